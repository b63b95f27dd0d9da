""" "Tag selected parcels" of the Measures panel: the tagging service, a confirmation, undo."""

from __future__ import annotations

from contextlib import contextmanager
from html import escape

from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QCursor
from qgis.PyQt.QtWidgets import QApplication, QMessageBox

from ...core.common.errors import A4BError
from ...core.common.i18n import tr
from ...core.tagging.build import TagOptions
from ...core.tagging.pilots import boundary_gpkg_paths, pilot_boundaries
from ...core.tagging.service import ParcelSource, duplicate_check, prepare, write
from .checks import new_measure_warnings

MAX_LISTED_WARNINGS = 12


@contextmanager
def busy_cursor():
    """A wait cursor while the panel reads parcels or writes the register."""
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def confirm_warnings(parent, warnings: list[str], count: int) -> bool:
    """Ask whether to tag despite *warnings*; the first few are listed, the rest counted."""
    shown = warnings[:MAX_LISTED_WARNINGS]
    items = "".join(f"<li>{escape(w)}</li>" for w in shown)
    more = ""
    if len(warnings) > len(shown):
        more = "<p>" + escape(tr("… and {count} more.").format(count=len(warnings) - len(shown))) + "</p>"
    text = (
        "<p>"
        + escape(
            (
                tr("Check before tagging 1 parcel:")
                if count == 1
                else tr("Check before tagging {count} parcels:")
            ).format(count=count)
        )
        + f"</p><ul>{items}</ul>{more}<p>"
        + escape(tr("Tag them anyway?"))
        + "</p>"
    )
    answer = QMessageBox.question(
        parent,
        tr("Tag parcels: warnings"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def tag_parcels(dock, confirm: bool = True) -> list[str]:
    """Tag the selected parcels of the active layer with the panel's measure.

    The checks, warnings and writes are those of ``a4b:tagmeasures`` (the
    tagging service); this adds the confirmation and the undo command. Returns
    the uuids written ([] when nothing was written); warnings end up in
    ``dock.last_warnings``.
    """
    dock.last_warnings = []
    measure = dock.picker.current_measure()
    if measure is None:
        dock.message(tr("Choose a measure first."), Qgis.MessageLevel.Warning)
        return []
    layer, problem = dock.parcel_layer()
    if problem:
        dock.message(problem, Qgis.MessageLevel.Warning)
        return []
    features = list(layer.getSelectedFeatures())
    if not features:
        dock.message(
            tr("Select one or more parcels on “{layer}” first.").format(layer=layer.name()),
            Qgis.MessageLevel.Warning,
        )
        return []
    register = dock.open_register(create=True)
    if register is None:
        return []
    project = QgsProject.instance()
    options = TagOptions(
        status=dock.statusCombo.currentData(),
        pilot=dock.current_pilot(),
        stakeholder=dock.stakeholderEdit.text().strip(),
        notes=dock.notesEdit.text().strip(),
        merge=dock.mergedRadio.isChecked(),
    )
    try:
        with busy_cursor():
            source = ParcelSource(
                features,
                layer.name(),
                layer.fields(),
                layer.crs(),
                pilot_boundaries(project, boundary_gpkg_paths(project, register.path)),
            )
            plan = prepare(source, measure, options, project.transformContext())
            # The delivery checks (core/validation) on the new measures, as "Check measures" runs them.
            checks = new_measure_warnings(plan.rows, register, project, dock.current_pilot())
            warnings = plan.warnings + duplicate_check(plan, register) + checks
    except A4BError as error:
        dock.message(str(error), Qgis.MessageLevel.Critical)
        return []
    if plan.crs_warning:
        dock.message(plan.crs_warning, Qgis.MessageLevel.Warning)
    if not plan.rows:
        dock.message(tr("None of the selected parcels has a usable polygon."), Qgis.MessageLevel.Warning)
        return []
    dock.last_warnings = warnings
    if warnings and confirm and not confirm_warnings(dock, warnings, len(features)):
        dock.message(tr("Nothing was tagged."), Qgis.MessageLevel.Info)
        return []
    try:
        with busy_cursor():
            result = write(plan, register)
    except A4BError as error:
        dock.message(str(error), Qgis.MessageLevel.Critical)
        return []
    dock.last_warnings = result.warnings + checks
    if result.rows:
        dock.push_command(dock.make_tag_command(result.rows))
    dock.after_write()
    dock.select_uuids(result.uuids)
    added = (
        tr("1 measure “{measure}” added to the register.")
        if len(result.uuids) == 1
        else tr("{count} measures “{measure}” added to the register.")
    )
    text = added.format(count=len(result.uuids), measure=measure.display_name())
    if result.warnings:
        text += " " + tr("{count} warning(s) accepted.").format(count=len(result.warnings))
        dock.message(text, Qgis.MessageLevel.Warning)
    else:
        dock.message(text, Qgis.MessageLevel.Success)
    return result.uuids
