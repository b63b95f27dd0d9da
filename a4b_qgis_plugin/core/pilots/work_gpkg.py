"""The work GeoPackage beside the project: pilot boundaries, flagged parcels, measures.

One file per project (``a4b_work.gpkg`` by default) keeps a pilot's work
together and lets it travel with the project. The measures register lives
in the same file by default.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsExpression,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from ..common import settings
from ..common.crs import WORK_CRS
from ..common.errors import OutputError
from ..common.i18n import tr
from ..common.layer_source import table_source
from ..common.paths import profile_dir
from ..common.qt_compat import WKB_MULTIPOLYGON, make_field

PILOT_BOUNDARY_TABLE = "pilot_boundaries"
PROJECT_KEY_GPKG = "work_gpkg"
# method values stored with each boundary
METHOD_FEATURE = "feature"
METHOD_DRAWN = "drawn"
METHOD_BUFFER = "natura2000_buffer"


def default_work_gpkg(project: QgsProject) -> str:
    """Path of the project's work GeoPackage.

    A path stored in the project (``a4b/work_gpkg``) wins; otherwise
    ``<project folder>/a4b_work.gpkg`` (name from ``settings.WORK_GPKG_NAME``).
    An unsaved project has no folder: the file then goes to ``a4b/`` in the
    QGIS settings folder, and :func:`is_unsaved_fallback` says so.
    """
    custom, _ok = project.readEntry(settings.PROJECT_SCOPE, PROJECT_KEY_GPKG, "")
    if custom:
        return custom
    name = settings.WORK_GPKG_NAME.get() or settings.WORK_GPKG_NAME.default
    folder = project.absolutePath() if project.fileName() else ""
    if not folder:
        folder = str(profile_dir())
    return os.path.join(folder, name)


def is_unsaved_fallback(project: QgsProject) -> bool:
    """True when the work GeoPackage is not beside the project because it was never saved."""
    custom, _ok = project.readEntry(settings.PROJECT_SCOPE, PROJECT_KEY_GPKG, "")
    return not custom and not project.fileName()


def layer_uri(gpkg_path: str, table: str) -> str:
    """OGR data source string of one table of a GeoPackage."""
    return table_source(gpkg_path, table)


def list_tables(gpkg_path: str) -> list[str]:
    """Names of the tables (layers) in a GeoPackage; empty when it does not exist."""
    if not os.path.exists(gpkg_path):
        return []
    from osgeo import ogr

    try:
        dataset = ogr.Open(gpkg_path)
    except RuntimeError:  # raised rather than None when GDAL exceptions are on (QGIS 3.40)
        dataset = None
    if dataset is None:
        raise OutputError(tr("{0} is not a GeoPackage QGIS can read.").format(gpkg_path))
    try:
        return [dataset.GetLayerByIndex(i).GetName() for i in range(dataset.GetLayerCount())]
    finally:
        dataset = None


def _boundary_fields() -> QgsFields:
    fields = QgsFields()
    for name, kind in (
        ("name", "string"),
        ("province", "string"),
        ("method", "string"),
        ("buffer_m", "double"),
        ("detail", "string"),
        ("updated_at", "string"),
    ):
        fields.append(make_field(name, kind))
    return fields


def ensure_boundary_table(gpkg_path: str) -> None:
    """Create the GeoPackage and its ``pilot_boundaries`` table when missing."""
    if PILOT_BOUNDARY_TABLE in list_tables(gpkg_path):
        return
    folder = os.path.dirname(os.path.abspath(gpkg_path))
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as err:
        raise OutputError(tr("Cannot create the folder {0}: {1}").format(folder, err)) from err
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = PILOT_BOUNDARY_TABLE
    if os.path.exists(gpkg_path):
        options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
    writer = QgsVectorFileWriter.create(
        gpkg_path,
        _boundary_fields(),
        WKB_MULTIPOLYGON,
        QgsCoordinateReferenceSystem(WORK_CRS),
        QgsCoordinateTransformContext(),
        options,
    )
    error = writer.hasError()
    message = writer.errorMessage()
    del writer  # closes the file
    if error != QgsVectorFileWriter.WriterError.NoError:
        raise OutputError(tr("Cannot create the work GeoPackage {0}: {1}").format(gpkg_path, message))


def boundary_layer(gpkg_path: str, pilot_name: str | None = None, layer_name: str = "") -> QgsVectorLayer:
    """The ``pilot_boundaries`` table as a layer, limited to one pilot when *pilot_name* is given."""
    layer = QgsVectorLayer(
        layer_uri(gpkg_path, PILOT_BOUNDARY_TABLE), layer_name or PILOT_BOUNDARY_TABLE, "ogr"
    )
    if not layer.isValid():
        raise OutputError(tr("The work GeoPackage {0} has no pilot boundaries table.").format(gpkg_path))
    if pilot_name is not None:
        layer.setSubsetString(f'"name" = {QgsExpression.quotedString(pilot_name)}')
    return layer


def write_pilot_boundary(
    gpkg_path: str,
    pilot_name: str,
    geometry: QgsGeometry,
    province: str = "",
    method: str = METHOD_FEATURE,
    buffer_m: float | None = None,
    detail: str = "",
) -> None:
    """Store (or replace) the boundary of *pilot_name*; *geometry* must be in EPSG:28992.

    The old row is deleted and the new one added in one commit, so a failed
    write leaves the previous boundary in place.
    """
    if geometry is None or geometry.isEmpty():
        raise OutputError(tr("The boundary of '{0}' is empty; nothing was stored.").format(pilot_name))
    ensure_boundary_table(gpkg_path)
    layer = boundary_layer(gpkg_path)
    geom = QgsGeometry(geometry)
    geom.convertToMultiType()
    feature = QgsFeature(layer.fields())
    feature.setGeometry(geom)
    feature["name"] = pilot_name
    feature["province"] = province
    feature["method"] = method
    feature["buffer_m"] = buffer_m
    feature["detail"] = detail
    feature["updated_at"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    request = QgsFeatureRequest().setFilterExpression(f'"name" = {QgsExpression.quotedString(pilot_name)}')
    old_ids = [f.id() for f in layer.getFeatures(request)]
    layer.startEditing()
    layer.deleteFeatures(old_ids)
    layer.addFeature(feature)
    if not layer.commitChanges():
        errors = "; ".join(layer.commitErrors())
        layer.rollBack()
        raise OutputError(tr("Cannot store the boundary in {0}: {1}").format(gpkg_path, errors))


def _boundary_rows(gpkg_path: str, pilot_name: str | None = None):
    """(name, WKB) of the stored boundaries, read with OGR directly.

    A QGIS layer on a second table of a GeoPackage that the project already
    has open makes GDAL log "unable to open database file" (harmless, but
    noisy); a plain read-only OGR handle does not.
    """
    from osgeo import ogr

    try:
        dataset = ogr.Open(gpkg_path)
    except RuntimeError:  # raised rather than None when GDAL exceptions are on (QGIS 3.40)
        dataset = None
    if dataset is None:
        raise OutputError(tr("{0} is not a GeoPackage QGIS can read.").format(gpkg_path))
    try:
        table = dataset.GetLayerByName(PILOT_BOUNDARY_TABLE)
        if table is None:
            return []
        if pilot_name is not None:
            table.SetAttributeFilter("name = " + QgsExpression.quotedString(pilot_name))
        rows = []
        for feature in table:
            geometry = feature.GetGeometryRef()
            rows.append((feature.GetField("name"), bytes(geometry.ExportToIsoWkb()) if geometry else None))
        return rows
    finally:
        dataset = None


def read_pilot_boundary(gpkg_path: str, pilot_name: str) -> QgsGeometry | None:
    """The stored boundary of *pilot_name* (EPSG:28992), or None when there is none."""
    if not os.path.exists(gpkg_path):
        return None
    for _name, wkb in _boundary_rows(gpkg_path, pilot_name):
        if wkb:
            geometry = QgsGeometry()
            geometry.fromWkb(wkb)
            if not geometry.isEmpty():
                return geometry
    return None


def stored_pilot_names(gpkg_path: str) -> list[str]:
    """Names of the pilots with a boundary in the work GeoPackage."""
    if not os.path.exists(gpkg_path):
        return []
    return sorted({name for name, _wkb in _boundary_rows(gpkg_path) if name})
