"""The "Export…" button of the panels: the export algorithm's dialog, pre-filled."""

from __future__ import annotations

import os

from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from ...core.common.layer_source import layer_file_and_table, table_source
from ...core.common.qt_compat import GEOMETRY_POLYGON
from ...core.register import schema as register_schema
from ...core.register.pg_connect import is_team_register
from .project import find_register_layer

ALGORITHM_ID = "a4b:exportmeasures"


def export_parameters(
    pilot: str | None, register_path: str | None, project: QgsProject | None = None
) -> dict:
    """Initial values for the export dialog: the register and the current pilot.

    A register layer already in *project* is chosen by its id, so the dialog
    shows its name; otherwise the GeoPackage's ``measures`` table by path.
    """
    parameters: dict = {}
    if register_path and is_team_register(register_path):
        parameters["REGISTER"] = _team_layer(register_path, project)
    elif register_path:
        source = table_source(register_path, register_schema.MEASURES_TABLE)
        parameters["REGISTER"] = source
        layer = find_register_layer(project, register_path) if project is not None else None
        if layer is not None:
            parameters["REGISTER"] = layer.id()
    if pilot:
        parameters["PILOTS"] = pilot
    if project is not None:
        # The map context the workspace loaded: Natura 2000 areas and pilot boundaries.
        for key, table, words in (
            ("NATURA2000", "natura2000", ("natura2000", "natura 2000")),
            ("PILOT_BOUNDARIES", "pilot_boundaries", ("pilot_boundaries",)),
        ):
            layer = _project_layer(project, table, words)
            if layer is not None:
                parameters[key] = layer.id()
    return parameters


def _team_layer(register_path: str, project: QgsProject | None) -> str:
    """A team register as the export's REGISTER: its layer in *project* (by id), else its source."""
    from ...core.common.errors import A4BError
    from ...core.register.backend import open_register
    from .team import find_team_layer

    try:
        register = open_register(register_path)
    except A4BError:
        return register_path  # the algorithm says what is wrong when it runs
    layer = find_team_layer(project, register) if project is not None else None
    return layer.id() if layer is not None else register.layer_source()


def _project_layer(project: QgsProject, table: str, words: tuple[str, ...]):
    """The first polygon layer of *project* from a table *table* or named like *words*."""
    for layer in project.mapLayers().values():
        if not isinstance(layer, QgsVectorLayer) or layer.geometryType() != GEOMETRY_POLYGON:
            continue
        _path, layer_table = layer_file_and_table(layer)
        if (layer_table or "").lower() == table or any(word in layer.name().lower() for word in words):
            return layer
    return None


def open_export_dialog(pilot: str | None, register_path: str | None):
    """Open the "Export measures" dialog pre-filled with *pilot* and *register_path*.

    Returns the algorithm results when the user ran it (empty when cancelled),
    None when the algorithm is not available.
    """
    import processing

    if QgsApplication.processingRegistry().algorithmById(ALGORITHM_ID) is None:
        _warn(
            QCoreApplication.translate(
                "export_dialog", "The export algorithm is not available: is the A4B provider loaded?"
            )
        )
        return None
    if register_path and not is_team_register(register_path) and not register_exists(register_path):
        _warn(
            QCoreApplication.translate(
                "export_dialog",
                "There is no measures register at {path} yet: tag parcels in the Measures panel first.",
            ).format(path=register_path)
        )
        return None
    return processing.execAlgorithmDialog(
        ALGORITHM_ID, export_parameters(pilot, register_path, QgsProject.instance())
    )


def register_exists(register_path: str) -> bool:
    """Does the GeoPackage at *register_path* exist and hold a measures table?"""
    from ...core.pilots import work_gpkg

    if not os.path.isfile(register_path):
        return False
    try:
        return register_schema.MEASURES_TABLE in work_gpkg.list_tables(register_path)
    except work_gpkg.OutputError:
        return True  # there is a file: the algorithm names what is wrong with it


def _warn(text: str) -> None:
    from qgis.utils import iface

    if iface is not None:
        iface.messageBar().pushWarning(QCoreApplication.translate("export_dialog", "Export"), text)
