"""The plugin's page under Settings › Options: catalogues, register, bands and CSV style.

Every value lives in :mod:`core.common.settings` (one ``a4b/`` prefix); the
page only shows and stores them, so a setting changed here is the one the
panels and algorithms read.
"""

from __future__ import annotations

from qgis.gui import QgsFileWidget, QgsOptionsPageWidget, QgsOptionsWidgetFactory
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ...core.common import settings
from ...core.common.csv_dialect import dialect_for_locale
from ...core.common.numbers import ui_locale_name
from ...core.common.paths import icon_path
from ...core.flagging.bands import parse_bands
from ..common.form_loader import load_ui

FORM = load_ui(__file__, "page")
AUTOMATIC = ""
PROBLEM_STYLE = "color: #b00020;"


def _store(setting: settings.Setting, value: str) -> None:
    """Store *value*; an empty one means the default, so the setting is removed."""
    if value:
        setting.set(value)
    else:
        setting.reset()


def _separator_name(separator: str) -> str:
    names = {
        ",": QCoreApplication.translate("A4BSettingsPage", "comma (,)"),
        ";": QCoreApplication.translate("A4BSettingsPage", "semicolon (;)"),
        "\t": QCoreApplication.translate("A4BSettingsPage", "tab"),
    }
    return names[separator]


def _decimal_name(decimal: str) -> str:
    names = {
        ".": QCoreApplication.translate("A4BSettingsPage", "point (.)"),
        ",": QCoreApplication.translate("A4BSettingsPage", "comma (,)"),
    }
    return names[decimal]


class A4BSettingsPage(QgsOptionsPageWidget, FORM):
    """Shows the plugin's settings; :meth:`apply` stores them (QGIS calls it on OK)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.setObjectName("A4BSettingsPage")
        self._catalogues = (
            (
                self.measureCatalogueWidget,
                settings.MEASURE_CATALOGUE_PATH,
                self.tr("Measures (*.csv *.json)"),
            ),
            (self.pilotCatalogueWidget, settings.PILOT_CATALOGUE_PATH, self.tr("Pilots (*.json)")),
            (self.sourceCatalogueWidget, settings.SOURCE_CATALOGUE_PATH, self.tr("PDOK sources (*.json)")),
        )
        for widget, _setting, file_filter in self._catalogues:
            widget.setStorageMode(QgsFileWidget.StorageMode.GetFile)
            widget.setFilter(file_filter)
            widget.lineEdit().setPlaceholderText(self.tr("The shipped catalogue"))
        self.catalogueNote.setText(
            self.tr(
                "A catalogue of your own is checked when it is read; its problems are reported in the panels."
            )
        )
        self.registerNameEdit.setPlaceholderText(settings.WORK_GPKG_NAME.default)
        self.registerNote.setText(
            self.tr(
                "The register (work GeoPackage) created beside each project that has not chosen one. "
                "A project without a folder keeps it in your QGIS profile."
            )
        )
        self.bandsEdit.setPlaceholderText(settings.DEFAULT_BANDS.default)
        automatic = dialect_for_locale()
        self.separatorCombo.addItem(
            self.tr("Automatic: {0} (follows QGIS's language)").format(_separator_name(automatic.separator)),
            AUTOMATIC,
        )
        for separator in (";", ",", "\t"):
            self.separatorCombo.addItem(_separator_name(separator), separator)
        self.decimalCombo.addItem(
            self.tr("Automatic: {0} (follows QGIS's language)").format(_decimal_name(automatic.decimal)),
            AUTOMATIC,
        )
        for decimal in (",", "."):
            self.decimalCombo.addItem(_decimal_name(decimal), decimal)
        self._csv_hint = self.tr(
            "CSV files are written in UTF-8 with a byte order mark. Excel in Dutch expects "
            "semicolons and decimal commas, in English commas and decimal points (language now: {0})."
        ).format(ui_locale_name())
        self.bandsEdit.textChanged.connect(self._check_bands)
        self.separatorCombo.currentIndexChanged.connect(self._check_csv)
        self.decimalCombo.currentIndexChanged.connect(self._check_csv)
        self.defaultsButton.clicked.connect(self.restore_defaults)
        self.load()

    def load(self) -> None:
        """Show the stored values."""
        for widget, setting, _filter in self._catalogues:
            widget.setFilePath(setting.get())
        name = settings.WORK_GPKG_NAME.get()
        self.registerNameEdit.setText("" if name == settings.WORK_GPKG_NAME.default else name)
        bands = settings.DEFAULT_BANDS.get()
        self.bandsEdit.setText("" if bands == settings.DEFAULT_BANDS.default else bands)
        for combo, setting in (
            (self.separatorCombo, settings.CSV_SEPARATOR),
            (self.decimalCombo, settings.CSV_DECIMAL),
        ):
            combo.setCurrentIndex(max(combo.findData(setting.get()), 0))
        self._check_bands()
        self._check_csv()

    def restore_defaults(self) -> None:
        """Clear every field to its default (stored only on apply, like QGIS's own pages)."""
        for widget, _setting, _filter in self._catalogues:
            widget.setFilePath("")
        self.registerNameEdit.clear()
        self.bandsEdit.clear()
        self.separatorCombo.setCurrentIndex(0)
        self.decimalCombo.setCurrentIndex(0)

    def bands_problem(self) -> str:
        """Why the typed bands cannot be used ("" when they can, or when left empty)."""
        text = self.bandsEdit.text().strip()
        if not text:
            return ""
        try:
            parse_bands(text)
        except ValueError as error:
            return str(error)
        return ""

    def _check_bands(self, *_args) -> None:
        problem = self.bands_problem()
        self.bandsNote.setText(
            problem or self.tr("New pilots start with these bands; a project keeps its own.")
        )
        self.bandsNote.setStyleSheet(PROBLEM_STYLE if problem else "")

    def csv_problem(self) -> str:
        """Why the chosen separator and decimal mark cannot go together ("" when they can)."""
        separator = self.separatorCombo.currentData() or dialect_for_locale().separator
        decimal = self.decimalCombo.currentData() or dialect_for_locale().decimal
        if separator == decimal:
            return self.tr("The separator and the decimal mark must differ: 1,5 would become two columns.")
        return ""

    def _check_csv(self, *_args) -> None:
        problem = self.csv_problem()
        self.csvNote.setText(problem or self._csv_hint)
        self.csvNote.setStyleSheet(PROBLEM_STYLE if problem else "")

    def apply(self) -> None:
        """Store the values; bands or a CSV style that cannot work are left as they were."""
        for widget, setting, _filter in self._catalogues:
            _store(setting, widget.filePath().strip())
        name = self.registerNameEdit.text().strip()
        if name and not name.lower().endswith(".gpkg"):
            name += ".gpkg"
        _store(settings.WORK_GPKG_NAME, name)
        bands = self.bandsEdit.text().strip()
        if not bands:
            settings.DEFAULT_BANDS.reset()
        elif not self.bands_problem():
            settings.DEFAULT_BANDS.set(",".join(str(b) for b in parse_bands(bands)))
        if not self.csv_problem():
            for combo, setting in (
                (self.separatorCombo, settings.CSV_SEPARATOR),
                (self.decimalCombo, settings.CSV_DECIMAL),
            ):
                _store(setting, combo.currentData() or "")


class A4BOptionsFactory(QgsOptionsWidgetFactory):
    """Adds the "All4Biodiversity" page to Settings › Options."""

    def __init__(self):
        super().__init__()
        self.setTitle(QCoreApplication.translate("A4BOptionsFactory", "All4Biodiversity"))

    def icon(self) -> QIcon:
        return QIcon(icon_path("a4b"))

    def createWidget(self, parent=None) -> A4BSettingsPage:
        return A4BSettingsPage(parent)
