"""The CSV style parameters shared by the algorithms that write CSV tables.

Each is an advanced enum whose first choice, "Automatic", means the plugin's
settings, else QGIS's language (`;` and `,` in Dutch): see
core/common/csv_dialect.py.
"""

from __future__ import annotations

import os

from qgis.core import QgsFields, QgsProcessingParameterEnum
from qgis.PyQt.QtCore import QCoreApplication

from ..core.common.csv_dialect import CsvDialect, choose_dialect, rewrite_csv
from ..core.common.qt_compat import PARAMETER_ADVANCED

CSV_SEPARATOR = "CSV_SEPARATOR"
CSV_DECIMAL = "CSV_DECIMAL"
SEPARATORS = ["", ";", ",", "\t"]  # in the order of the enum's options
DECIMALS = ["", ",", "."]


class CsvParameters:
    """Makes the two parameters; pylupdate files ``self.tr`` texts under this class's name."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("CsvParameters", text)

    def parameters(self) -> list[QgsProcessingParameterEnum]:
        """The separator and decimal mark parameters, advanced, with their help texts."""
        automatic = self.tr("Automatic (your settings, else QGIS's language)")
        separator = QgsProcessingParameterEnum(
            CSV_SEPARATOR,
            self.tr("CSV column separator"),
            [automatic, self.tr("Semicolon (;)"), self.tr("Comma (,)"), self.tr("Tab")],
            defaultValue=0,
        )
        separator.setHelp(
            self.tr(
                "How the columns of a CSV output are separated. Automatic: the plugin's settings "
                "(Settings › Options › All4Biodiversity), else the language of QGIS: a semicolon in Dutch, "
                "as Dutch Excel expects, a comma in English."
            )
        )
        decimal = QgsProcessingParameterEnum(
            CSV_DECIMAL,
            self.tr("CSV decimal mark"),
            [automatic, self.tr("Comma (,)"), self.tr("Point (.)")],
            defaultValue=0,
        )
        decimal.setHelp(
            self.tr(
                "The decimal mark of numbers in a CSV output. Automatic: the plugin's settings, else the "
                "language of QGIS (a comma in Dutch). CSV files are UTF-8 with a byte order mark."
            )
        )
        for parameter in (separator, decimal):
            parameter.setFlags(parameter.flags() | PARAMETER_ADVANCED)
        return [separator, decimal]


def csv_parameters() -> list[QgsProcessingParameterEnum]:
    """The two advanced parameters, with their help texts, in QGIS's language."""
    return CsvParameters().parameters()


def csv_dialect(algorithm, parameters, context) -> CsvDialect:
    """The dialect the two parameters ask for (automatic parts filled from the settings or language)."""
    separator = algorithm.parameterAsEnum(parameters, CSV_SEPARATOR, context)
    decimal = algorithm.parameterAsEnum(parameters, CSV_DECIMAL, context)
    return choose_dialect(SEPARATORS[separator], DECIMALS[decimal])


def apply_to_table(destination: str, fields: QgsFields, dialect: CsvDialect) -> bool:
    """Rewrite a closed CSV output in *dialect* (other formats are left alone); True when rewritten."""
    path = destination.split("|", 1)[0]
    if os.path.splitext(path)[1].lower() != ".csv" or not os.path.isfile(path):
        return False
    rewrite_csv(path, [field.name() for field in fields if field.isNumeric()], dialect)
    return True
