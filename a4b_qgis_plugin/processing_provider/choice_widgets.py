"""Drop-down widgets for text parameters of ``a4b:tagmeasures`` (measure code, status).

The parameters stay plain text, so ``qgis_process`` and models take a code
such as ``ECO-KRUIDENGRAS``; in the Processing dialog these wrappers offer
the codes with their names to pick from (QGIS 3.22 has no value hints for
text parameters). Loaded by class path from the parameter's metadata, only
in the desktop.
"""

from __future__ import annotations

from processing.gui.wrappers import DIALOG_MODELER, WidgetWrapper
from qgis.core import QgsProcessingOutputString, QgsProcessingParameterString
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QComboBox, QCompleter

from ..core.common.errors import CatalogueError
from ..core.measures.catalogue import load_catalogue
from ..core.measures.vocabulary import STATUSES, scheme_label, status_label, theme_label


class _ChoiceWidgetWrapper(WidgetWrapper):
    """An editable, searchable combo box of (label, code) choices."""

    def choices(self) -> list[tuple[str, str]]:
        return []

    def createWidget(self, **kwargs):
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if self.dialogType == DIALOG_MODELER:
            # Model inputs and outputs of other steps that give text, as in QGIS's own wrappers.
            for value in self.dialog.getAvailableValuesOfType(
                QgsProcessingParameterString, QgsProcessingOutputString
            ):
                combo.addItem(self.dialog.resolveValueDescription(value), value)
        for label, code in self.choices():
            combo.addItem(label, code)
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        combo.setCompleter(completer)
        default = self.parameterDefinition().defaultValue()
        if default:
            self.setComboValue(default, combo)
        else:
            combo.setEditText("")
        return combo

    def setValue(self, value):
        self.setComboValue(value if value is not None else "")

    def value(self):
        return self.comboValue()


class MeasureWidgetWrapper(_ChoiceWidgetWrapper):
    """Catalogue measures as ``CODE - name [theme; scheme]``."""

    def choices(self) -> list[tuple[str, str]]:
        try:
            measures = load_catalogue()
        except CatalogueError:
            return []  # the algorithm reports the catalogue's problems when run
        return [(f"{m.code} - {m.display_name()} [{_kind(m)}]", m.code) for m in measures]


def _kind(measure) -> str:
    """The measure's theme and, when known, how it is paid for."""
    parts = [theme_label(measure.theme)]
    if measure.scheme:
        parts.append(scheme_label(measure.scheme))
    return "; ".join(parts)


class StatusWidgetWrapper(_ChoiceWidgetWrapper):
    """The five statuses, labelled in the interface language."""

    def choices(self) -> list[tuple[str, str]]:
        return [(status_label(status), status) for status in STATUSES]
