"""The Measures panel's ties to the project: remembered choices, the map layer, zoom."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsMapCanvas

from ...core.common import settings
from ...core.common.layer_source import layer_file_and_table, same_file, table_source
from ...core.measures.style import apply_measures_style
from ...core.pilots.layer_group import build_pilot_group
from ...core.pilots.work_gpkg import default_work_gpkg
from ...core.register.schema import MEASURES_TABLE

SCOPE = settings.PROJECT_SCOPE
KEY_REGISTER = "measures/register_path"
KEY_PILOT = "measures/pilot"
KEY_PROFILE_KEPT = "measures/profile_register_kept"


def default_register_path(project: QgsProject) -> str:
    """The project's work GeoPackage: its register unless the user chose another file."""
    return default_work_gpkg(project)


def remembered_register_path(project: QgsProject) -> str:
    """The register chosen for this project earlier, else the default."""
    stored, _ok = project.readEntry(SCOPE, KEY_REGISTER, "")
    return project.readPath(stored) if stored else default_register_path(project)


def has_stored_register(project: QgsProject) -> bool:
    """Whether the project names its register (rather than using the default)."""
    stored, _ok = project.readEntry(SCOPE, KEY_REGISTER, "")
    return bool(stored)


def profile_register_kept(project: QgsProject) -> bool:
    """Whether the user chose to keep this saved project on the profile register."""
    value, _ok = project.readBoolEntry(SCOPE, KEY_PROFILE_KEPT, False)
    return value


def keep_profile_register(project: QgsProject) -> None:
    """Remember that the user keeps the profile register for this project (so we ask once)."""
    project.writeEntryBool(SCOPE, KEY_PROFILE_KEPT, True)


def remember_register_path(project: QgsProject, path: str) -> None:
    """Store *path* in the project (relative when the project says so)."""
    stored, _ok = project.readEntry(SCOPE, KEY_REGISTER, "")
    wanted = project.writePath(path) if path else ""
    if stored != wanted:
        project.writeEntry(SCOPE, KEY_REGISTER, wanted)


def remembered_pilot(project: QgsProject) -> str:
    """The pilot last chosen in this project ("" when none)."""
    value, _ok = project.readEntry(SCOPE, KEY_PILOT, "")
    return value


def remember_pilot(project: QgsProject, pilot: str) -> None:
    """Store the chosen pilot in the project."""
    value, _ok = project.readEntry(SCOPE, KEY_PILOT, "")
    if value != pilot:
        project.writeEntry(SCOPE, KEY_PILOT, pilot)


def pilot_names(register) -> tuple[list[str], str]:
    """Pilot names for the panel's list: the pilot catalogue's and those in *register* (or None).

    Returns the names and a problem text ("" when none): a broken pilot
    catalogue must not stop the panel.
    """
    names: set[str] = set()
    problem = ""
    try:
        from ...core.pilots.catalogue import load_pilots

        names.update(p.name for p in load_pilots())
    except Exception as error:  # reported to the user, the panel goes on
        problem = str(error)
    if register is not None:
        names.update(r["pilot"] for r in register.list_measures(with_geometry=False) if r.get("pilot"))
    return sorted(names, key=str.casefold), problem


def _shows_table(layer: QgsVectorLayer, path: str, table: str) -> bool:
    layer_path, layer_table = layer_file_and_table(layer)
    return layer_table == table and same_file(layer_path, path)


def find_register_layer(project: QgsProject, path: str) -> QgsVectorLayer | None:
    """The project's layer showing the register's measures table, if any."""
    for layer in project.mapLayers().values():
        if isinstance(layer, QgsVectorLayer) and layer.providerType() == "ogr":
            if _shows_table(layer, path, MEASURES_TABLE):
                return layer
    return None


def show_register_layer(
    project: QgsProject, path: str, name: str, pilot: str | None = None
) -> QgsVectorLayer | None:
    """Add the register's measures to the map, or redraw them when already there.

    With a pilot the layer goes into the pilot's group "A4B – <pilot>",
    otherwise on top of the layer tree; styled by theme.
    """
    layer = find_register_layer(project, path)
    if layer is not None:
        layer.dataProvider().reloadData()
        layer.updateExtents()
        layer.triggerRepaint()
        return layer
    layer = QgsVectorLayer(table_source(path, MEASURES_TABLE), name, "ogr")
    if not layer.isValid():
        return None
    if pilot:
        build_pilot_group(project, pilot, {"measures": layer})
        return layer
    apply_measures_style(layer)
    project.addMapLayer(layer)
    return layer


def keep_active_layer(iface, project: QgsProject, layer_id: str) -> None:
    """Make the layer *layer_id* the active one again, if it is still in *project*."""
    layer = project.mapLayer(layer_id) if layer_id else None
    current = iface.activeLayer()
    if layer is not None and (current is None or current.id() != layer_id):
        iface.setActiveLayer(layer)


def zoom_to_geometry(
    canvas: QgsMapCanvas, geometry: QgsGeometry, crs: QgsCoordinateReferenceSystem, project: QgsProject
) -> bool:
    """Zoom *canvas* to *geometry* (in *crs*) with a margin and flash it; False when empty."""
    if geometry is None or geometry.isEmpty():
        return False
    target = canvas.mapSettings().destinationCrs()
    geom = QgsGeometry(geometry)
    if target.isValid() and crs.isValid() and target != crs:
        geom.transform(QgsCoordinateTransform(crs, target, project.transformContext()))
    rect = geom.boundingBox()
    if rect.width() == 0 and rect.height() == 0:
        rect.grow(50.0 if not target.isGeographic() else 0.0005)
    else:
        rect.scale(1.5)
    canvas.setExtent(rect)
    canvas.refresh()
    canvas.flashGeometries([geom], target)
    return True
