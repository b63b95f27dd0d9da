"""Where a parcel lies relative to nature: nearest Natura 2000 area, patches it links, gap it bridges.

A *patch* is a piece of contiguous nature: the Natura 2000 polygons and the
other nature polygons (e.g. Natuurnetwerk Nederland, CDDA) merged where they
touch or overlap, then split into their connected parts (the detached parts of
one Natura 2000 area are separate patches). A parcel *links* a patch when it
touches it or lies within half the link distance of it: converted to nature,
it would close half the gap from its side. Two or more links mean converting
it joins patches that are apart today.
"""

from __future__ import annotations

import math

from qgis.core import QgsGeometry, QgsRectangle

from ..flagging.index import PolygonSet

DIGITS = 6  # distances rounded to micrometres, as the flagging does


class NatureIndex:
    """Natura 2000 areas and nature patches, prepared for per-parcel questions."""

    def __init__(self, areas: list[QgsGeometry], others: list[QgsGeometry], link_distance: float):
        self.link_distance = float(link_distance)
        self.areas = PolygonSet(areas) if areas else None
        self.patches = PolygonSet(merge_patches(areas + others)) if (areas or others) else None
        self._gaps: dict = {}

    @property
    def patch_count(self) -> int:
        """Number of patches after merging."""
        return len(self.patches) if self.patches is not None else 0

    def nearest_area(self, geom: QgsGeometry) -> tuple[float, int] | None:
        """(distance in metres, area number) of the nearest Natura 2000 area; ties go to the first."""
        if self.areas is None:
            return None
        box = geom.boundingBox()
        abstract = geom.constGet()
        engines = self.areas.engines
        first = self.areas.index.nearestNeighbor(box.center(), 1)
        if not first:
            return None
        # no polygon is nearer than its bounding box: the nearest one's distance bounds the search
        reach = min(max(0.0, engines[o].distance(abstract)) for o in first)
        best, best_owner = math.inf, None
        for owner in sorted(self.areas.owners_near(box, reach)):
            d = round(max(0.0, engines[owner].distance(abstract)), DIGITS)
            if d < best:
                best, best_owner = d, owner
        return (best, best_owner) if best_owner is not None else None

    def links(self, geom: QgsGeometry) -> list[int]:
        """Patches the parcel touches or lies within half the link distance of."""
        if self.patches is None:
            return []
        half = self.link_distance / 2.0
        abstract = geom.constGet()
        engines = self.patches.engines
        return [
            owner
            for owner in sorted(self.patches.owners_near(geom.boundingBox(), half))
            if round(max(0.0, engines[owner].distance(abstract)), DIGITS) <= half
        ]

    def gap(self, linked: list[int]) -> float | None:
        """Width of the narrowest gap between two of the *linked* patches (None for fewer than two)."""
        if len(linked) < 2:
            return None
        best = math.inf
        for i, a in enumerate(linked):
            for b in linked[i + 1 :]:
                key = (a, b)
                d = self._gaps.get(key)
                if d is None:
                    d = round(self.patches.geometries[a].distance(self.patches.geometries[b]), DIGITS)
                    self._gaps[key] = d
                best = min(best, d)
        return best

    def area_land_near(self, geom: QgsGeometry, owner: int) -> QgsGeometry | None:
        """The land of Natura 2000 area *owner* within the link distance of *geom*, or None."""
        reach = geom.buffer(self.link_distance, 8)
        parts = self.areas.intersection_parts(reach, owner)
        polygons = [p for p in parts if not p.isEmpty() and p.area() > 0]
        if not polygons:
            return None
        return polygons[0] if len(polygons) == 1 else QgsGeometry.collectGeometry(polygons)


def merge_patches(geometries: list[QgsGeometry]) -> list[QgsGeometry]:
    """*geometries* merged where they touch or overlap, as one geometry per connected part."""
    geometries = [g for g in geometries if g is not None and not g.isEmpty()]
    if not geometries:
        return []
    merged = QgsGeometry.unaryUnion(geometries)
    if merged.isNull() or merged.isEmpty():
        return []
    parts = [QgsGeometry(p) for p in merged.asGeometryCollection() if not p.isEmpty()]
    return _join_touching(parts)


def _join_touching(parts: list[QgsGeometry]) -> list[QgsGeometry]:
    """Union parts that share only a point (a union keeps them apart as separate polygons)."""
    if len(parts) < 2:
        return parts
    index = PolygonSet(parts)
    parent = list(range(len(parts)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, part in enumerate(parts):
        box = QgsRectangle(part.boundingBox())
        for j in index.owners_near(box, 0.0):
            if j > i and index.engines[i].intersects(parts[j].constGet()):
                parent[root(j)] = root(i)
    groups: dict = {}
    for i in range(len(parts)):
        groups.setdefault(root(i), []).append(parts[i])
    return [g[0] if len(g) == 1 else QgsGeometry.collectGeometry(g) for g in groups.values()]
