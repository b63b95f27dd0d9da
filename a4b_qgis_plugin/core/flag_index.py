"""Spatial indexes over Natura 2000 areas and pilot boundaries for fast flagging.

Large areas (RVO's have up to tens of thousands of vertices) are cut into
small pieces so each distance or overlap test only touches a few hundred
vertices, and every piece keeps a prepared GEOS engine so only the parcel is
converted per call.
"""

from __future__ import annotations

import math

from qgis.core import (
    QgsCoordinateTransform,
    QgsGeometry,
    QgsRectangle,
    QgsSpatialIndex,
    QgsWkbTypes,
)

PIECE_MAX_VERTICES = 256


def _polygon_part(geom: QgsGeometry) -> QgsGeometry | None:
    """Only the polygon parts of *geom* (makeValid may add lines or points)."""
    if geom is None or geom.isNull() or geom.isEmpty():
        return None
    if QgsWkbTypes.geometryType(geom.wkbType()) == QgsWkbTypes.PolygonGeometry:
        return geom
    parts = [
        part
        for part in geom.asGeometryCollection()
        if QgsWkbTypes.geometryType(part.wkbType()) == QgsWkbTypes.PolygonGeometry and not part.isEmpty()
    ]
    if not parts:
        return None
    return QgsGeometry.collectGeometry(parts)


def prepare_geometry(
    geom: QgsGeometry | None, xform: QgsCoordinateTransform | None
) -> tuple[QgsGeometry | None, bool]:
    """(*geom* in the metric CRS and valid, whether it needed repair).

    Returns ``(None, False)`` for null or empty geometries, ``(None, True)``
    when repair left nothing of it. *geom* itself is never changed.
    """
    if geom is None or geom.isNull() or geom.isEmpty():
        return None, False
    g = QgsGeometry(geom)
    if xform is not None:
        g.transform(xform)
    if g.isGeosValid():
        return g, False
    return _polygon_part(g.makeValid()), True


def _pieces(geom: QgsGeometry) -> list[QgsGeometry]:
    """*geom* cut into parts of at most PIECE_MAX_VERTICES vertices."""
    cut = geom.subdivide(PIECE_MAX_VERTICES)
    if cut.isNull() or cut.isEmpty():
        return []
    return [p for p in cut.asGeometryCollection() if not p.isEmpty() and p.area() > 0]


def _prepared(geom: QgsGeometry):
    engine = QgsGeometry.createGeometryEngine(geom.constGet())
    engine.prepareGeometry()
    return engine


def _rect_distance(a: QgsRectangle, b: QgsRectangle) -> float:
    dx = max(a.xMinimum() - b.xMaximum(), b.xMinimum() - a.xMaximum(), 0.0)
    dy = max(a.yMinimum() - b.yMaximum(), b.yMinimum() - a.yMaximum(), 0.0)
    return math.hypot(dx, dy)


class AreaIndex:
    """Nearest Natura 2000 area and overlap with their union, for one parcel at a time."""

    def __init__(self, areas: list[tuple[QgsGeometry, str | None, int | None]], outer: float):
        self.outer = outer
        self._attrs = [(name, nr) for _g, name, nr in areas]
        self._piece_area: list[int] = []
        self._piece_rect: list[QgsRectangle] = []
        self._piece_engine = []
        self._index = QgsSpatialIndex()
        for area_no, (geom, _name, _nr) in enumerate(areas):
            for piece in _pieces(geom):
                pid = len(self._piece_area)
                self._piece_area.append(area_no)
                self._piece_rect.append(piece.boundingBox())
                self._piece_engine.append(_prepared(piece))
                self._index.addFeature(pid, piece.boundingBox())
        # Overlap is measured against the dissolved union, so areas that overlap
        # each other (VR and HR sites often do) are not counted twice.
        union = QgsGeometry.unaryUnion([g for g, _n, _nr in areas])
        self._union_rect: list[QgsRectangle] = []
        self._union_engine = []
        self._union_index = QgsSpatialIndex()
        for piece in _pieces(union):
            uid = len(self._union_rect)
            self._union_rect.append(piece.boundingBox())
            self._union_engine.append(_prepared(piece))
            self._union_index.addFeature(uid, piece.boundingBox())

    def attributes(self, area_no: int) -> tuple[str | None, int | None]:
        """(name, nr) of area *area_no*."""
        return self._attrs[area_no]

    def nearest(self, geom: QgsGeometry) -> tuple[float, int] | None:
        """(distance in metres, area number) of the nearest area within the outer band."""
        rect = geom.boundingBox()
        search = QgsRectangle(rect)
        search.grow(self.outer)
        candidates = []
        for pid in self._index.intersects(search):
            d = _rect_distance(rect, self._piece_rect[pid])
            if d <= self.outer:
                candidates.append((d, pid))
        if not candidates:
            return None
        candidates.sort()
        best = math.inf
        best_area = -1
        abstract = geom.constGet()
        for d_rect, pid in candidates:
            if d_rect > best:
                break
            d = self._piece_engine[pid].distance(abstract)
            if d < best:
                best = d
                best_area = self._piece_area[pid]
                if best <= 0:
                    break
        if best > self.outer:
            return None
        return best, best_area

    def overlap_area(self, geom: QgsGeometry) -> float:
        """Area (m²) of *geom* inside the union of all areas."""
        rect = geom.boundingBox()
        abstract = geom.constGet()
        total = 0.0
        for uid in self._union_index.intersects(rect):
            engine = self._union_engine[uid]
            if engine.contains(abstract):
                return geom.area()
            if engine.intersects(abstract):
                part = engine.intersection(abstract)
                if part is not None:
                    total += part.area()
        return total


class PilotIndex:
    """The pilot holding the largest part of a parcel."""

    def __init__(self, pilots: list[tuple[QgsGeometry, str | None]]):
        self._names = [name for _g, name in pilots]
        self._engines = [_prepared(g) for g, _n in pilots]
        self._index = QgsSpatialIndex()
        for i, (g, _n) in enumerate(pilots):
            self._index.addFeature(i, g.boundingBox())

    def pilot_for(self, geom: QgsGeometry) -> str | None:
        """Name of the pilot with the largest intersection with *geom*, None if none."""
        abstract = geom.constGet()
        best, best_name = 0.0, None
        for i in sorted(self._index.intersects(geom.boundingBox())):
            engine = self._engines[i]
            if not engine.intersects(abstract):
                continue
            if engine.contains(abstract):
                area = geom.area()
            else:
                part = engine.intersection(abstract)
                area = part.area() if part is not None else 0.0
            if area > best:
                best, best_name = area, self._names[i]
        return best_name
