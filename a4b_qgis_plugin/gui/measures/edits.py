"""Edit, delete and zoom of the Measures panel: each write undoable and through the register."""

from __future__ import annotations

from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsProject
from qgis.PyQt.QtWidgets import QMessageBox

from ...core.common.errors import RegisterError
from ...core.common.i18n import tr
from ...core.register.backend import is_team
from ...core.register.schema import REGISTER_CRS
from . import project as mp
from . import team
from .undo_commands import DeleteCommand, EditCommand


def edit_measure(dock, uuid: str, values: dict) -> bool:
    """Write *values* to the measure *uuid* and push the undo step; False when nothing was written."""

    row = dock.row_of(uuid)
    register = dock._open_register(create=False)
    if row is None or register is None or not values:
        return False
    old = {key: row.get(key) for key in values}
    version = None
    try:
        if is_team(register):
            # saved from the row the panel shows: someone else's save in between is not lost
            version = team.save_with_version(dock, register, uuid, values, row)
            if version is None:
                return False
        else:
            register.update_measure(uuid, dict(values))
    except RegisterError as error:
        dock._message(str(error), Qgis.MessageLevel.Critical)
        return False
    dock.push_command(
        EditCommand(dock.register_path(), uuid, old, values, dock._on_undo_error, dock.after_write, version)
    )
    dock.after_write()
    dock.select_uuids([uuid])
    return True


def delete_measures(dock, uuids: list[str], confirm: bool = True) -> bool:
    """Delete the measures *uuids* after the user confirms; the undo step keeps the full rows."""

    register = dock._open_register(create=False)
    if not uuids or register is None:
        return False
    if confirm:
        question = (
            tr("Delete 1 measure from the register? You can undo this.")
            if len(uuids) == 1
            else tr("Delete {count} measures from the register? You can undo this.")
        )
        answer = QMessageBox.question(
            dock,
            tr("Delete measures"),
            question.format(count=len(uuids)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
    try:
        rows = register.get_measures(uuids)
        register.delete_measures(uuids)
    except RegisterError as error:
        dock._message(str(error), Qgis.MessageLevel.Critical)
        return False
    dock.push_command(DeleteCommand(dock.register_path(), rows, dock._on_undo_error, dock.after_write))
    dock.after_write()
    done = tr("1 measure deleted.") if len(rows) == 1 else tr("{count} measures deleted.")
    dock._message(done.format(count=len(rows)), Qgis.MessageLevel.Info)
    return True


def zoom_to_measure(dock, uuid: str) -> bool:
    """Zoom the panel's map canvas to the measure *uuid* and flash it."""

    register = dock._open_register(create=False)
    if register is None:
        return False
    try:
        found = register.get_measures([uuid])
    except RegisterError as error:
        dock._message(str(error), Qgis.MessageLevel.Critical)
        return False
    geometry = found[0].get("geometry") if found else None
    if geometry is None or geometry.isEmpty():
        dock._message(tr("This measure has no geometry to zoom to."), Qgis.MessageLevel.Info)
        return False
    crs = QgsCoordinateReferenceSystem(REGISTER_CRS)
    return mp.zoom_to_geometry(dock.iface.mapCanvas(), geometry, crs, QgsProject.instance())
