"""A pilot's boundary from a layer feature, a drawn polygon or Natura 2000 areas plus a margin.

Every result is a valid (multi)polygon in EPSG:28992, ready for
:func:`work_gpkg.write_pilot_boundary`. Input layers are only read.
"""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsFeatureRequest,
    QgsGeometry,
    QgsVectorLayer,
)

from ..common.crs import WORK_CRS
from ..common.errors import InputError
from ..common.geometry import valid_polygon
from ..common.i18n import tr
from ..common.qt_compat import GEOMETRY_POLYGON
from .catalogue import Pilot, natura2000_filter

BUFFER_SEGMENTS = 16
MAX_BUFFER_M = 50000.0


def _clean(geometry: QgsGeometry) -> QgsGeometry:
    """Only the polygon parts of *geometry*, made valid; raise when nothing is left."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        raise InputError(tr("The boundary is empty."))
    geom, _repaired = valid_polygon(geometry)
    if geom is None or geom.area() <= 0:
        raise InputError(tr("The boundary has no area: draw or choose a polygon."))
    geom.convertToMultiType()
    return geom


def to_work_crs(
    geometry: QgsGeometry, crs: QgsCoordinateReferenceSystem, transform_context: QgsCoordinateTransformContext
) -> QgsGeometry:
    """*geometry* (in *crs*) as a valid multipolygon in EPSG:28992."""
    if not crs.isValid():
        raise InputError(tr("The boundary has no valid coordinate reference system."))
    geom = QgsGeometry(geometry)
    target = QgsCoordinateReferenceSystem(WORK_CRS)
    if crs != target:
        try:
            geom.transform(QgsCoordinateTransform(crs, target, transform_context))
        except QgsCsException as err:
            raise InputError(
                tr(
                    "The boundary cannot be transformed to EPSG:28992 (is it in the Netherlands?): {0}"
                ).format(err)
            ) from err
    return _clean(geom)


def _require_polygons(layer: QgsVectorLayer) -> None:
    if layer is None or not layer.isValid():
        raise InputError(tr("The layer is not available (removed from the project?)."))
    if layer.geometryType() != GEOMETRY_POLYGON:
        raise InputError(tr("The layer '{0}' has no polygons; choose a polygon layer.").format(layer.name()))


def boundary_from_features(
    layer: QgsVectorLayer, feature_ids: list[int], transform_context: QgsCoordinateTransformContext
) -> QgsGeometry:
    """The union of the given polygon features of *layer*, in EPSG:28992."""
    _require_polygons(layer)
    if not feature_ids:
        raise InputError(tr("Select the feature(s) that make up the pilot boundary first."))
    request = QgsFeatureRequest().setFilterFids(list(feature_ids)).setNoAttributes()
    geometries = [
        f.geometry() for f in layer.getFeatures(request) if f.hasGeometry() and not f.geometry().isEmpty()
    ]
    if not geometries:
        raise InputError(tr("The selected features have no geometry."))
    geometries = [g for g in (valid_polygon(g)[0] for g in geometries) if g is not None]
    return to_work_crs(QgsGeometry.unaryUnion(geometries), layer.crs(), transform_context)


def resolve_name_field(layer: QgsVectorLayer, name_field: str | None = None) -> str | None:
    """*name_field*, or the layer's Natura 2000 name field (naam_n2k, naamN2K, naam, name)."""
    if name_field:
        return name_field
    from ..flagging.run import default_name_field

    return default_name_field(layer.fields())


def matching_areas(
    layer: QgsVectorLayer, pilot: Pilot, name_field: str | None = None, nr_field: str | None = "nr"
) -> list:
    """The features of *layer* that are the pilot's Natura 2000 areas (by RVO number, else by name)."""
    _require_polygons(layer)
    names = layer.fields().names()
    name_field = resolve_name_field(layer, name_field)
    if name_field not in names:
        raise InputError(
            tr(
                "The Natura 2000 layer '{0}' has no area name field (naam_n2k, naamN2K, naam or name)."
            ).format(layer.name())
        )
    if nr_field not in names:
        nr_field = None
    expression = natura2000_filter(pilot, name_field, nr_field)
    if not expression:
        raise InputError(
            tr("The pilot '{0}' lists no Natura 2000 areas: add them in Manage pilots first.").format(
                pilot.name
            )
        )
    return list(layer.getFeatures(QgsFeatureRequest().setFilterExpression(expression)))


def boundary_from_natura2000(
    layer: QgsVectorLayer,
    pilot: Pilot,
    buffer_m: float,
    transform_context: QgsCoordinateTransformContext,
    name_field: str | None = None,
) -> tuple[QgsGeometry, list[str]]:
    """The pilot's Natura 2000 areas plus *buffer_m* metres, dissolved, in EPSG:28992.

    Returns the geometry and the names of the areas used. The margin is
    measured in EPSG:28992 (metres), whatever the layer's CRS.
    """
    if buffer_m is None or buffer_m < 0 or buffer_m > MAX_BUFFER_M:
        raise InputError(tr("The margin must be between 0 and {0} m.").format(int(MAX_BUFFER_M)))
    name_field = resolve_name_field(layer, name_field)
    features = matching_areas(layer, pilot, name_field)
    if not features:
        wanted = ", ".join(pilot.area_names() + [str(n) for n in pilot.area_numbers()])
        raise InputError(
            tr("None of the pilot's Natura 2000 areas ({0}) is in the layer '{1}'.").format(
                wanted, layer.name()
            )
        )
    target = QgsCoordinateReferenceSystem(WORK_CRS)
    transform = QgsCoordinateTransform(layer.crs(), target, transform_context)
    pieces, used = [], []
    for feature in features:
        if not feature.hasGeometry():
            continue
        geom = QgsGeometry(feature.geometry())
        try:
            geom.transform(transform)
        except QgsCsException as err:
            raise InputError(
                tr("A Natura 2000 area cannot be transformed to EPSG:28992: {0}").format(err)
            ) from err
        geom, _repaired = valid_polygon(geom)
        if geom is None:
            continue
        pieces.append(geom.buffer(buffer_m, BUFFER_SEGMENTS) if buffer_m > 0 else geom)
        name = str(feature.attribute(name_field) or "").strip()
        if name and name not in used:
            used.append(name)
    if not pieces:
        raise InputError(tr("The pilot's Natura 2000 areas have no geometry."))
    return _clean(QgsGeometry.unaryUnion(pieces)), used
