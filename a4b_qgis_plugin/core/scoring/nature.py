"""Where a parcel lies relative to nature: nearest Natura 2000 area, patches it links, gap it bridges.

A *patch* is a piece of contiguous nature: the polygons of the Natura 2000
areas and of the other nature layer (e.g. Natuurnetwerk Nederland, CDDA),
joined where they touch or overlap (the detached parts of one Natura 2000
area are separate patches). A parcel *links* a patch when it touches it or
lies within half the link distance of it: converted to nature, it would close
half the gap from its side. Two or more links mean converting it joins
patches that are apart today.
"""

from __future__ import annotations

import math

from qgis.core import QgsGeometry, QgsRectangle

from ..flagging.index import PolygonSet

DIGITS = 6  # distances rounded to micrometres, as the flagging does


class NatureIndex:
    """Natura 2000 areas and nature patches, prepared for per-parcel questions.

    Patches are kept as their polygon parts with a patch number each (parts
    that touch or overlap share one), found with prepared intersection tests
    instead of a union of everything: a national union costs minutes and
    measures nothing more.
    """

    def __init__(self, areas: list[QgsGeometry], others: list[QgsGeometry], link_distance: float):
        self.link_distance = float(link_distance)
        self.areas = PolygonSet(areas) if areas else None
        parts = polygon_parts(areas + others)
        self.parts = PolygonSet(parts) if parts else None
        self.patch_of = connected_parts(self.parts) if parts else []
        self.patch_count = len(set(self.patch_of))

    def nearest_area(self, geom: QgsGeometry) -> tuple[float, int] | None:
        """(distance in metres, area number) of the nearest Natura 2000 area; ties go to the first."""
        if self.areas is None:
            return None
        box = geom.boundingBox()
        abstract = geom.constGet()
        engines, rects = self.areas.engines, self.areas.rects
        first = self.areas.index.nearestNeighbor(box.center(), 1)
        if not first:
            return None
        # no polygon is nearer than its bounding box: the first guess's distance bounds the search
        best, best_owner = math.inf, None
        for owner in first:
            d = round(max(0.0, engines[owner].distance(abstract)), DIGITS)
            if d < best or (d == best and owner < best_owner):
                best, best_owner = d, owner
        others = [o for o in self.areas.owners_near(box, best) if o not in first]
        for lower, owner in sorted((_box_distance(box, rects[o]), o) for o in others):
            if round(lower, DIGITS) > best:
                break
            d = round(max(0.0, engines[owner].distance(abstract)), DIGITS)
            if d < best or (d == best and owner < best_owner):
                best, best_owner = d, owner
        return (best, best_owner) if best_owner is not None else None

    def _linked_parts(self, geom: QgsGeometry) -> list[int]:
        if self.parts is None:
            return []
        half = self.link_distance / 2.0
        abstract = geom.constGet()
        engines = self.parts.engines
        return [
            part
            for part in sorted(self.parts.owners_near(geom.boundingBox(), half))
            if round(max(0.0, engines[part].distance(abstract)), DIGITS) <= half
        ]

    def links(self, geom: QgsGeometry) -> tuple[int, float | None]:
        """(patches the parcel touches or lies within half the link distance of, gap it bridges).

        The gap is the shortest distance between two of those patches, measured
        between their land within half the link distance of the parcel (the
        gap this parcel would close, not some other meeting point of the same
        patches far away); None for fewer than two patches.
        """
        parts = self._linked_parts(geom)
        patches = sorted({self.patch_of[p] for p in parts})
        if len(patches) < 2:
            return len(patches), None
        reach = geom.buffer(self.link_distance / 2.0, 8)
        near: dict = {}
        for part in parts:
            pieces = [p for p in self.parts.intersection_parts(reach, part) if not p.isEmpty()]
            # a part exactly at half the link distance may only touch the (segmented) reach
            near.setdefault(self.patch_of[part], []).extend(pieces or [self.parts.geometries[part]])
        best = math.inf
        for i, a in enumerate(patches):
            for b in patches[i + 1 :]:
                for pa in near.get(a, []):
                    for pb in near.get(b, []):
                        best = min(best, pa.distance(pb))
        return len(patches), (round(best, DIGITS) if best < math.inf else None)

    def area_land_near(self, geom: QgsGeometry, owner: int) -> QgsGeometry | None:
        """The land of Natura 2000 area *owner* within the link distance of *geom*, or None."""
        reach = geom.buffer(self.link_distance, 8)
        parts = self.areas.intersection_parts(reach, owner)
        polygons = [p for p in parts if not p.isEmpty() and p.area() > 0]
        if not polygons:
            return None
        return polygons[0] if len(polygons) == 1 else QgsGeometry.collectGeometry(polygons)


def _box_distance(a: QgsRectangle, b: QgsRectangle) -> float:
    dx = max(0.0, b.xMinimum() - a.xMaximum(), a.xMinimum() - b.xMaximum())
    dy = max(0.0, b.yMinimum() - a.yMaximum(), a.yMinimum() - b.yMaximum())
    return math.hypot(dx, dy)


def polygon_parts(geometries: list[QgsGeometry]) -> list[QgsGeometry]:
    """Every single polygon of *geometries* (the detached parts of a multipolygon apart)."""
    out = []
    for geom in geometries:
        if geom is None or geom.isEmpty():
            continue
        parts = geom.asGeometryCollection() if geom.isMultipart() else [geom]
        out.extend(QgsGeometry(p) for p in parts if not p.isEmpty())
    return out


def connected_parts(parts: PolygonSet) -> list[int]:
    """Patch number per part: parts that touch or overlap, directly or through others, share one."""
    parent = list(range(len(parts)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(parts)):
        for j in parts.owners_near(parts.rects[i], 0.0):
            if j > i and root(i) != root(j) and parts.engines[i].intersects(parts.geometries[j].constGet()):
                parent[root(j)] = root(i)
    numbers: dict = {}
    return [numbers.setdefault(root(i), len(numbers)) for i in range(len(parts))]
