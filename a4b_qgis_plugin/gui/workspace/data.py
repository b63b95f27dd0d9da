"""Data the workspace panel brings in: demo layers, a pilot's boundary layer, flag parameters."""

from __future__ import annotations

import os
import shutil

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsProject,
    QgsRectangle,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from ...core.common.i18n import tr
from ...core.common.paths import DEMO_GPKG
from ...core.pilots import layer_group, work_gpkg
from . import state

DEMO_TABLES = ("pilots", "natura2000", "brp_gewaspercelen")
DEMO_GROUP_PROPERTY = "a4b/demo_group"


def demo_title(table: str) -> str:
    """The layer name of a demo table in the interface language."""
    return {
        "pilots": tr("Pilot boundaries (demo)"),
        "natura2000": tr("Natura 2000 areas (demo)"),
        "brp_gewaspercelen": tr("BRP parcels (demo)"),
    }.get(table, f"{table} (demo)")


def demo_copy(project: QgsProject) -> str:
    """A copy of the bundled demo GeoPackage beside the work GeoPackage (made once).

    QGIS opens a GeoPackage for writing and GDAL then updates its bookkeeping
    tables, so the file inside the plugin folder is never opened itself.
    """
    target = os.path.join(os.path.dirname(work_gpkg.default_work_gpkg(project)), DEMO_GPKG.name)
    if not os.path.exists(target):
        try:
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copyfile(DEMO_GPKG, target)
        except OSError as err:
            raise work_gpkg.OutputError(
                tr("Cannot copy the demo data to {0}: {1}").format(target, err)
            ) from err
    return target


def add_demo_layers(project: QgsProject, group_name: str) -> dict:
    """Add the demo layers (from :func:`demo_copy`) to *project* in a (hidden) group; ``{table: layer}``.

    Raises ``work_gpkg.OutputError`` when the demo GeoPackage cannot be copied or read.
    """
    path = demo_copy(project)
    root = project.layerTreeRoot()
    # found by its mark, so a project saved in another language gets no second group
    marked = [g for g in root.findGroups() if g.customProperty(DEMO_GROUP_PROPERTY)]
    group = marked[0] if marked else root.findGroup(group_name)
    present = {n.layer().source(): n.layer() for n in group.findLayers() if n.layer()} if group else {}
    layers = {}
    for table in DEMO_TABLES:
        uri = work_gpkg.layer_uri(path, table)
        if uri in present:  # loaded before: use those
            layers[table] = present[uri]
            continue
        layer = QgsVectorLayer(uri, demo_title(table), "ogr")
        if not layer.isValid():
            raise work_gpkg.OutputError(tr("The demo data could not be read from {0}.").format(path))
        layers[table] = layer
    group = group or root.addGroup(group_name)
    group.setCustomProperty(DEMO_GROUP_PROPERTY, True)
    for layer in layers.values():
        if project.mapLayer(layer.id()) is None:
            project.addMapLayer(layer, False)
            group.addLayer(layer)
    group.setItemVisibilityChecked(False)  # the pilot group shows them styled
    if not project.crs().isValid():
        project.setCrs(QgsCoordinateReferenceSystem(work_gpkg.WORK_CRS))
    return layers


def pilot_boundary_layer(
    gpkg_path: str, pilot_name: str, layer: QgsVectorLayer | None, name_field: str, title: str
) -> QgsVectorLayer | None:
    """A new layer with the pilot's boundary: from the work GeoPackage, else from *layer*'s feature(s)."""
    try:
        if work_gpkg.read_pilot_boundary(gpkg_path, pilot_name) is not None:
            return work_gpkg.boundary_layer(gpkg_path, pilot_name, title)
    except work_gpkg.OutputError:
        pass
    if layer is None or not name_field:
        return None
    copy = state.group_copy(layer, title, state.boundary_subset(name_field, pilot_name))
    return copy if copy.isValid() and copy.featureCount() > 0 else None


def extent_in(layer: QgsVectorLayer, target: QgsVectorLayer, project: QgsProject) -> QgsRectangle:
    """*layer*'s extent in the CRS of *target*."""
    transform = QgsCoordinateTransform(layer.crs(), target.crs(), project.transformContext())
    return transform.transformBoundingBox(layer.extent())


def _private_copy(layer: QgsVectorLayer, request: QgsFeatureRequest, folder: str, name: str) -> str:
    """A GeoPackage copy of *layer*'s features for the task alone; its source string.

    A file, not a layer of the project: the task's thread opens its own layer
    and shares none with the map, the panel or the project (resolving project
    layers from the task's thread crashed QGIS now and then).
    """
    path = os.path.join(folder, f"{name}.gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    error, message, _path, _layer = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer.materialize(request), path, QgsCoordinateTransformContext(), options
    )
    if error != QgsVectorFileWriter.WriterError.NoError:
        raise work_gpkg.OutputError(tr("Could not prepare the flagging input: {0}").format(message))
    return work_gpkg.layer_uri(path, name)


def flag_parameters(
    project: QgsProject, pilot_name: str, gpkg_path: str, bands: list[int], name_field: str, folder: str
):
    """Parameters of ``a4b:flagparcels`` for the pilot's group, and the output table.

    The task reads private copies written into *folder* (the caller removes
    it afterwards): the parcels around the pilot boundary, all Natura 2000
    areas (there are about two hundred, so distances stay exact) and the
    boundary. The output is a table of the work GeoPackage, replaced on every
    run.
    """
    parcels = layer_group.group_layer(project, pilot_name, "parcels")
    boundary = layer_group.group_layer(project, pilot_name, "pilot_boundary")
    natura = layer_group.group_layer(project, pilot_name, "natura2000")
    request = QgsFeatureRequest()
    if boundary is not None:
        request.setFilterRect(extent_in(boundary, parcels, project))
    table = f"flagged_{state.slug(pilot_name)}"
    parameters = {
        "PARCELS": _private_copy(parcels, request, folder, "parcels"),
        "NATURA2000": _private_copy(natura, QgsFeatureRequest(), folder, "natura2000"),
        "BANDS": ",".join(str(b) for b in bands),
        # a CRS object, not text: Processing looks a text CRS up among the
        # project's layers first, from the task's thread
        "CRS": QgsCoordinateReferenceSystem(work_gpkg.WORK_CRS),
        "OUTPUT": f"ogr:dbname='{gpkg_path}' table=\"{table}\" (geom)",
    }
    if boundary is not None:
        parameters["PILOTS"] = _private_copy(boundary, QgsFeatureRequest(), folder, "pilots")
        parameters["PILOT_FIELD"] = (
            "name" if boundary.source().startswith(gpkg_path) else (name_field or "name")
        )
    return parameters, table


def group_is_current(project: QgsProject, pilot_name: str, sources: dict) -> bool:
    """True when the pilot's group shows copies of exactly *sources* (``{kind: user layer}``)."""
    for kind, layer in sources.items():
        shown = layer_group.group_layer(project, pilot_name, kind)
        if shown is None or layer is None or shown.customProperty(state.ORIGIN_PROPERTY) != layer.id():
            return False
    return True
