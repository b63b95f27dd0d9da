""" "Suggest measures" of the Measures panel: advice from the scores, accepted into the register as ideas."""

from __future__ import annotations

from qgis.core import Qgis, QgsFeatureRequest, QgsProject
from qgis.PyQt.QtCore import QObject, Qt
from qgis.PyQt.QtWidgets import QDialog, QHeaderView, QPushButton, QTableWidgetItem

from ...core.common.errors import A4BError
from ...core.common.i18n import tr
from ...core.common.numbers import format_money
from ...core.common.qt_compat import REQUEST_NO_GEOMETRY
from ...core.measures.catalogue import load_catalogue, measures_by_code
from ...core.scoring.fields import SCORE, SCORE_FIELD_NAMES
from ...core.scoring.suggest import Suggestion, suggest
from ...core.tagging.build import CATEGORY_FIELD, TagOptions
from ...core.tagging.pilots import boundary_gpkg_paths, pilot_boundaries
from ...core.tagging.service import ParcelSource, prepare, write
from ..common.form_loader import load_ui
from .tagging import busy_cursor

FORM = load_ui(__file__, "suggest_dialog")


class SuggestAction(QObject):
    """The panel's "Suggest measures…" button, below "Tag selected parcels"."""

    def __init__(self, dock):
        super().__init__(dock)
        self.dock = dock
        self.dialog: SuggestDialog | None = None
        self.button = QPushButton(self.tr("Suggest measures…"), dock.tagButton.parentWidget())
        self.button.setToolTip(
            self.tr("Advice for the selected scored parcels: measures that fit their scores and BRP category")
        )
        layout = dock.tagButton.parentWidget().layout()
        layout.insertWidget(layout.indexOf(dock.tagButton) + 1, self.button)
        self.button.clicked.connect(self.open)

    def open(self) -> SuggestDialog | None:
        """Show the suggestions for the current selection (a new dialog each time)."""
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = open_suggestions(self.dock)
        return self.dialog


def open_suggestions(dock) -> SuggestDialog | None:
    """Suggestions for the selected scored parcels of the active layer, in a dialog (None after a warning)."""
    layer, problem = dock.parcel_layer()
    if problem:
        dock.message(problem, Qgis.MessageLevel.Warning)
        return None
    if layer.fields().lookupField(SCORE) < 0:
        dock.message(
            tr("“{layer}” has no scores: score the parcels first (Pilot workspace › Score parcels…).").format(
                layer=layer.name()
            ),
            Qgis.MessageLevel.Warning,
        )
        return None
    features = list(layer.getSelectedFeatures())
    if not features:
        dock.message(
            tr("Select one or more parcels on “{layer}” first.").format(layer=layer.name()),
            Qgis.MessageLevel.Warning,
        )
        return None
    try:
        measures = measures_by_code(load_catalogue())
    except A4BError as error:
        dock.message(str(error), Qgis.MessageLevel.Critical)
        return None
    request = QgsFeatureRequest().setNoAttributes()
    request.setFlags(request.flags() | REQUEST_NO_GEOMETRY)
    request.setSubsetOfAttributes(list(SCORE_FIELD_NAMES), layer.fields())
    category = CATEGORY_FIELD if layer.fields().lookupField(CATEGORY_FIELD) >= 0 else None
    suggestions = suggest(features, layer.getFeatures(request), measures, category)
    if not suggestions:
        dock.message(tr("No measure to suggest for the selected parcels."), Qgis.MessageLevel.Info)
        return None
    dialog = SuggestDialog(dock, layer, features, suggestions)
    dialog.show()
    return dialog


class SuggestDialog(QDialog, FORM):
    """The suggestions, one row per measure, checkable; the checked ones become ideas in the register."""

    def __init__(self, dock, layer, features: list, suggestions: list[Suggestion]):
        super().__init__(dock)
        self.setupUi(self)
        self.dock = dock
        self.layer = layer
        self.features = {f.id(): f for f in features}
        self.suggestions = suggestions
        self.written: list[str] = []
        headers = [tr("Measure"), tr("Parcels"), tr("Cost / unit"), tr("Revenue / unit"), tr("Why")]
        table = self.suggestionTable
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(suggestions))
        for row, suggestion in enumerate(suggestions):
            measure = suggestion.measure
            name = QTableWidgetItem(measure.display_name())
            name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Unchecked)
            name.setToolTip(measure.code)
            reasons = sorted(set(suggestion.reasons))
            cells = [
                name,
                QTableWidgetItem(str(len(suggestion.parcels))),
                QTableWidgetItem(_money(measure.cost_eur, measure.unit)),
                QTableWidgetItem(_money(measure.revenue_eur, measure.unit)),
                QTableWidgetItem(
                    reasons[0]
                    + (tr(" (and {0} other reasons)").format(len(reasons) - 1) if len(reasons) > 1 else "")
                ),
            ]
            cells[4].setToolTip("\n".join(reasons))
            for column, item in enumerate(cells):
                table.setItem(row, column, item)
        table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnsToContents()
        self.addButton.clicked.connect(self.add_checked)
        self.buttonBox.rejected.connect(self.reject)

    def set_checked(self, code: str, checked: bool = True) -> bool:
        """Check the row of measure *code*; False when it is not suggested."""
        for row, suggestion in enumerate(self.suggestions):
            if suggestion.measure.code == code:
                state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                self.suggestionTable.item(row, 0).setCheckState(state)
                return True
        return False

    def checked(self) -> list[Suggestion]:
        """The suggestions checked by the user."""
        return [
            s
            for row, s in enumerate(self.suggestions)
            if self.suggestionTable.item(row, 0).checkState() == Qt.CheckState.Checked
        ]

    def add_checked(self) -> list[str]:
        """Write each checked measure for its parcels as an idea (once per parcel); return the new uuids."""
        chosen = self.checked()
        dock = self.dock
        if not chosen:
            dock.message(tr("Check the measures to add first."), Qgis.MessageLevel.Warning)
            return []
        register = dock.open_register(create=True)
        if register is None:
            return []
        project = QgsProject.instance()
        uuids, skipped = [], 0
        try:
            with busy_cursor():
                boundaries = pilot_boundaries(project, boundary_gpkg_paths(project, register.path))
                for suggestion in chosen:
                    # one write per reason, so each measure's note says why it was suggested
                    by_reason: dict = {}
                    for fid, why in zip(suggestion.parcels, suggestion.reasons):
                        by_reason.setdefault(why, []).append(self.features[fid])
                    for why, features in by_reason.items():
                        options = TagOptions(
                            status="idea",
                            pilot=dock.current_pilot(),
                            notes=tr("Suggested from the score: {0}").format(why),
                            skip_duplicates=True,
                        )
                        source = ParcelSource(
                            features, self.layer.name(), self.layer.fields(), self.layer.crs(), boundaries
                        )
                        result = write(
                            prepare(source, suggestion.measure, options, project.transformContext()), register
                        )
                        if result.rows:
                            dock.push_command(dock.make_tag_command(result.rows))
                        uuids += result.uuids
                        skipped += len(result.skipped)
        except A4BError as error:
            dock.message(str(error), Qgis.MessageLevel.Critical)
        dock.after_write()
        dock.select_uuids(uuids)
        text = tr("{0} suggested measures added to the register as ideas.").format(len(uuids))
        if skipped:
            text += " " + tr(
                "{0} left out: the parcel already has that measure, or no usable polygon."
            ).format(skipped)
        dock.message(text, Qgis.MessageLevel.Success if uuids else Qgis.MessageLevel.Info)
        self.written += uuids
        return uuids


def _money(value, unit: str) -> str:
    if value is None:
        return tr("no published figure")
    return f"{format_money(value, decimals=2 if abs(value) < 100 else 0)} / {unit}"
