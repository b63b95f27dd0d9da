"""The Measures panel's "Check measures": the core checks on the listed measures, findings shown.

The panel runs :func:`core.validation.run.check_register`, the function
``a4b:validatemeasures`` runs, on the register and pilot it lists. The
parcels, pilot boundaries and Natura 2000 areas are the project's layers of
the pilot's group (or any A4B layer of that kind); a rule whose layer is
missing is skipped and the summary says so.
"""

from __future__ import annotations

from html import escape

from qgis.core import Qgis, QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QCursor, QIcon
from qgis.PyQt.QtWidgets import QApplication, QDialog, QTreeWidgetItem

from ...core.common.errors import A4BError
from ...core.common.i18n import tr
from ...core.export.inputs import file_of, find_pilot_boundaries
from ...core.pilots.layer_group import KIND_PROPERTY, group_layer
from ...core.validation import rules
from ...core.validation.run import CheckOptions, CheckResult, check_register
from ..common.form_loader import load_ui

FORM = load_ui(__file__, "checks")
_ICONS = {rules.HARD: "/mIconCritical.svg", rules.SOFT: "/mIconWarning.svg"}
_UUID_ROLE = Qt.ItemDataRole.UserRole + 1


def severity_icon(severity: str | None) -> QIcon:
    """The message-bar icon of *severity* (critical for hard, warning for soft); empty for None."""
    name = _ICONS.get(severity or "")
    return QgsApplication.getThemeIcon(name) if name else QIcon()


def project_layer(project: QgsProject, pilot: str | None, kinds: tuple[str, ...]) -> QgsVectorLayer | None:
    """The A4B layer of the first of *kinds* in the pilot's group, else the project's only one.

    With several layers of a kind and none in the pilot's group, None: another
    pilot's parcels or Natura 2000 copy would give false findings, so the rule
    is skipped (and the summary says so).
    """
    for kind in kinds:
        layer = group_layer(project, pilot, kind) if pilot else None
        if isinstance(layer, QgsVectorLayer) and layer.isValid():
            return layer
        found = [
            candidate
            for candidate in project.mapLayers().values()
            if isinstance(candidate, QgsVectorLayer)
            and candidate.isValid()
            and candidate.customProperty(KIND_PROPERTY) == kind
        ]
        if len(found) == 1:
            return found[0]
    return None


def check_options(register_layer: QgsVectorLayer, project: QgsProject, pilot: str | None) -> CheckOptions:
    """What the panel checks against: the catalogue in use and the project's A4B layers."""
    from ...core.measures.catalogue import load_catalogue

    # Every pilot's boundary (the work GeoPackage's table) before the one of the pilot's group.
    boundaries = find_pilot_boundaries(register_layer, project)
    if boundaries is None:
        boundaries = project_layer(project, pilot, ("pilot_boundary",))
    return CheckOptions(
        catalogue=load_catalogue(),
        parcels=project_layer(project, pilot, ("parcels", "flagged_parcels")),
        pilot_boundaries=boundaries,
        natura2000=project_layer(project, pilot, ("natura2000",)),
        history_path=file_of(register_layer),
    )


def run_checks(dock, show: bool = True) -> CheckResult | None:
    """Check the panel's listed measures; mark their rows and, when *show*, list the findings.

    None when there is no register to check (the user has been told why).
    """
    register = dock._open_register(create=False, quiet=not show)
    if register is None:
        return None
    project = QgsProject.instance()
    pilot = dock.current_pilot()
    layer = register.layer()
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        options = check_options(layer, project, pilot)
        result = check_register(layer, [pilot] if pilot else [], [], [], options, project.transformContext())
    except A4BError as error:
        dock._message(str(error), Qgis.MessageLevel.Critical)
        return None
    finally:
        QApplication.restoreOverrideCursor()
    dock.model.set_findings(result.findings)
    if show:
        dock.findings_dialog = show_findings(dock, result)
    return result


def new_measure_warnings(rows: list[dict], register, project: QgsProject, pilot: str | None) -> list[str]:
    """The checks' findings on measures about to be tagged, with the pilot's Natura 2000 layer."""
    from ...core.validation.new_measures import new_measure_findings

    natura2000 = project_layer(project, pilot, ("natura2000",))
    return new_measure_findings(rows, register.layer(), project.transformContext(), natura2000)


def summary_text(result: CheckResult) -> str:
    """One line: measures checked, hard errors, soft warnings, and the rules skipped."""
    text = tr("{checked} measures checked: {hard} hard errors, {soft} soft warnings.").format(
        checked=result.checked, hard=result.count(rules.HARD), soft=result.count(rules.SOFT)
    )
    if result.skipped:
        titles = {rule.code: rule.title for rule in rules.rules()}
        text += " " + tr("Not checked, for want of a layer or history: {rules}.").format(
            rules="; ".join(titles[code] for code in result.skipped)
        )
    return text


def show_findings(dock, result: CheckResult) -> FindingsDialog:
    """The findings dialog of *dock* (one, reused), filled with *result* and raised."""
    dialog = getattr(dock, "findings_dialog", None)
    if dialog is None:
        dialog = FindingsDialog(dock)
    dialog.set_result(result)
    dialog.show()
    dialog.raise_()
    return dialog


class FindingsDialog(QDialog, FORM):
    """The findings of the last check, hard errors first; double-click zooms to the measure."""

    def __init__(self, dock):
        super().__init__(dock)
        self.setupUi(self)
        self.dock = dock
        self.findingsTree.itemDoubleClicked.connect(self._on_double_clicked)

    def set_result(self, result: CheckResult) -> None:
        """Show *result*: a summary line and one row per finding, hard errors first."""
        self.summaryLabel.setText(escape(summary_text(result)))
        titles = {rule.code: rule for rule in rules.rules()}
        self.findingsTree.clear()
        ordered = sorted(result.findings, key=lambda f: (f.severity != rules.HARD, f.code, f.measure_code))
        for finding in ordered:
            rule = titles.get(finding.code)
            item = QTreeWidgetItem(
                [
                    rules.severity_label(finding.severity),
                    finding.code,
                    finding.measure_code,
                    finding.message,
                ]
            )
            item.setIcon(0, severity_icon(finding.severity))
            item.setData(0, _UUID_ROLE, finding.uuid)
            if rule is not None:
                item.setToolTip(1, f"{rule.title}\n\n{rule.help}")
            item.setToolTip(3, finding.message)
            self.findingsTree.addTopLevelItem(item)
        for column in range(3):
            self.findingsTree.resizeColumnToContents(column)

    def uuids(self) -> list[str]:
        """The measure uuid of each listed finding, in the order shown."""
        tree = self.findingsTree
        return [tree.topLevelItem(i).data(0, _UUID_ROLE) for i in range(tree.topLevelItemCount())]

    def _on_double_clicked(self, item, _column) -> None:
        uuid = item.data(0, _UUID_ROLE)
        self.dock.select_uuids([uuid])
        self.dock.zoom_to_measure(uuid)
