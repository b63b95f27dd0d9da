"""Polygons made usable: one repair rule for parcels, areas, boundaries and measures.

``makeValid`` keeps every point of a broken polygon, so a bow tie or a
spike can come back as a collection of polygons, lines and points. Only the
polygon parts carry area; the rest is dropped here, in one place, so that
flagging, tagging and pilot boundaries agree on what a repaired polygon is.
"""

from __future__ import annotations

from qgis.core import QgsGeometry, QgsWkbTypes

from .qt_compat import GEOMETRY_POLYGON


def _is_polygonal(geom: QgsGeometry) -> bool:
    return QgsWkbTypes.geometryType(geom.wkbType()) == GEOMETRY_POLYGON


def polygon_part(geom: QgsGeometry | None) -> QgsGeometry | None:
    """Only the polygon parts of *geom* (makeValid may add lines or points), or None."""
    if geom is None or geom.isNull() or geom.isEmpty():
        return None
    if _is_polygonal(geom):
        return geom
    parts = [part for part in geom.asGeometryCollection() if _is_polygonal(part) and not part.isEmpty()]
    if not parts:
        return None
    return QgsGeometry.collectGeometry(parts)


def valid_polygon(geom: QgsGeometry | None) -> tuple[QgsGeometry | None, bool]:
    """(*geom* as a valid polygon geometry, whether it needed repair).

    Of a collection only the polygon parts count. ``(None, False)`` for a
    null or empty geometry or one without polygons; ``(None, True)`` when the
    repair leaves no polygon. *geom* itself is never changed.
    """
    if geom is not None and not geom.isNull() and not _is_polygonal(geom):
        geom = polygon_part(geom)
    if geom is None or geom.isNull() or geom.isEmpty():
        return None, False
    if geom.isGeosValid():
        return QgsGeometry(geom), False
    return polygon_part(geom.makeValid()), True
