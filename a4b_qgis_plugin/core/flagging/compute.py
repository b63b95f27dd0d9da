"""Per-parcel flag values, with a lazily built grid that settles most parcels by bounding box.

A parcel's bounding box is looked up in a grid of square cells. Each cell that
parcels fall in is classified once, against the "reach" of the cell (the cell
grown by the largest parcel size the grid accepts, so it holds the bounding box
of every parcel filed under it):

* no Natura 2000 area within the outer band of the reach: every parcel there
  is beyond the last band, without one GEOS call;
* the reach lies inside one area (and touches no area listed before it): every
  parcel there lies inside that area;
* otherwise the cell keeps its candidate areas with their distance to the reach,
  a lower bound that lets the per-parcel search stop early.

Pilots are classified the same way (outside all, inside one, or mixed). Parcels
larger than the margin skip the grid and are classified on their own box.
Ties (overlapping areas at distance 0, parcels wholly inside two pilots) go to
the feature listed first, as in the brute-force definition the tests use.
"""

from __future__ import annotations

from qgis.core import QgsGeometry, QgsRectangle

from ..common.geometry import polygon_part
from .bands import band_for_distance
from .index import DIGITS, PolygonSet, nearest_area

FAR, INSIDE, MIXED = 0, 1, 2
OUT, IN = 0, 1
FAR_OUT = (FAR, [], -1, OUT, [], None)
# Quadtree depth: leaf cells of 1 km, top cells of 1 km x 2^(LEVELS-1) = 16 km.
LEVELS = 5
TOLERANCE = 10.0**-DIGITS


class ParcelFlagger:
    """Computes ``[dist, name, nr, band, overlap_ha, overlap_pct, pilot]`` for parcels.

    *areas* and *pilots* hold valid polygons in one metric CRS; *attrs* are the
    (name, nr) of each area, *pilot_names* the name of each pilot.
    """

    def __init__(
        self,
        areas: PolygonSet,
        attrs: list[tuple],
        bands: list[int],
        pilots: PolygonSet | None = None,
        pilot_names: list | None = None,
        cell: float = 1000.0,
        margin: float = 500.0,
    ):
        self.areas = areas
        self.attrs = attrs
        self.bands = list(bands)
        self.outer = float(max(bands))
        self.pilots = pilots if pilots is not None and len(pilots) else None
        self.pilot_names = pilot_names or []
        self.cell = float(cell)
        self.margin = float(margin)
        self._cells: dict = {}
        self.repaired = 0
        self.far_values = [None, None, None, None, 0.0, 0.0, None]

    # -- classification ---------------------------------------------------
    def _classify(self, reach: QgsRectangle, parent: tuple | None = None) -> tuple:
        """State of a reach rectangle; *parent* is the state of a reach holding it, if known."""
        if parent is not None and parent[0] != MIXED and parent[3] != MIXED:
            return parent  # far / inside / outside stay so in every part of the parent
        reach_geom = QgsGeometry.fromRect(reach)
        abstract = reach_geom.constGet()
        if parent is not None and parent[0] != MIXED:
            kind, cands, inside = parent[0], parent[1], parent[2]
        else:
            if parent is None:
                owners = sorted(self.areas.owners_near(reach, self.outer))
            else:
                owners = sorted(owner for _d, owner in parent[1])
            kind, cands, inside = self._classify_areas(abstract, owners)
        if self.pilots is None:
            p_kind, p_cands, p_in = OUT, [], None
        elif parent is not None and parent[3] != MIXED:
            p_kind, p_cands, p_in = parent[3], parent[4], parent[5]
        else:
            owners = sorted(self.pilots.owners_near(reach, 0.0)) if parent is None else parent[4]
            p_kind, p_cands, p_in = self._classify_pilots(abstract, owners)
        if kind == FAR and p_kind == OUT:
            return FAR_OUT  # one shared object, so callers can test it with ``is``
        return kind, cands, inside, p_kind, p_cands, p_in

    def _classify_areas(self, abstract, owners: list[int]) -> tuple:
        outer = self.outer
        engines = self.areas.engines
        cands = []
        for owner in owners:
            d = engines[owner].distance(abstract)
            if d <= outer + TOLERANCE:
                cands.append((d, owner))
        if not cands:
            return FAR, [], -1
        # the area listed first among those touching the reach (ties go to it)
        touching = [owner for d, owner in cands if d <= 0]
        if touching and engines[touching[0]].contains(abstract):
            return INSIDE, [], touching[0]
        cands.sort()
        return MIXED, cands, -1

    def _classify_pilots(self, abstract, owners: list[int]) -> tuple:
        engines = self.pilots.engines
        p_cands = [p for p in owners if engines[p].intersects(abstract)]
        if not p_cands:
            return OUT, [], None
        if engines[p_cands[0]].contains(abstract):
            return IN, [], self.pilot_names[p_cands[0]]
        return MIXED, p_cands, None

    def state(self, rect: QgsRectangle) -> tuple | None:
        """State of the leaf cell a parcel with bounding box *rect* is filed under.

        ``FAR_OUT`` (test with ``is``) means beyond the outer band and outside
        every pilot. None for a degenerate box (an empty or null geometry has
        one): check the geometry itself.
        """
        margin = self.margin
        width, height = rect.width(), rect.height()
        if width > margin or height > margin:
            return self._classify(rect)
        if not (width > 0 or height > 0):
            # a point-sized box, or NaN: QGIS 3.40 gives an empty geometry a NaN box
            return None
        size = self.cell
        # floor division of floats: a float key equals (and hashes like) the int key
        ix, iy = rect.xMinimum() // size, rect.yMinimum() // size
        state = self._cells.get((ix, iy, 0))
        if state is None:
            state = self._descend(int(ix), int(iy))
        return state

    def _descend(self, ix: int, iy: int) -> tuple:
        """Classify the quadtree cells above leaf (ix, iy), coarse to fine, reusing cached ones."""
        state = None
        margin = self.margin
        cells = self._cells
        for level in range(LEVELS - 1, -1, -1):
            key = (ix >> level, iy >> level, level)
            cached = cells.get(key)
            if cached is None:
                if state is not None and state[0] != MIXED and state[3] != MIXED:
                    # settled above: every finer cell inherits it (what _classify would return)
                    for finer in range(level, -1, -1):
                        cells[(ix >> finer, iy >> finer, finer)] = state
                    return state
                size = self.cell * (1 << level)
                x0, y0 = key[0] * size, key[1] * size
                cached = self._classify(QgsRectangle(x0, y0, x0 + size + margin, y0 + size + margin), state)
                cells[key] = cached
            state = cached
        return state

    def leaf_lookup(self) -> tuple:
        """(cells, cell size, margin, descend) for callers inlining :meth:`state`'s common case."""
        return self._cells, self.cell, self.margin, self._descend

    # -- per parcel --------------------------------------------------------
    def flag(self, geom: QgsGeometry, state: tuple | None = None) -> list:
        """Flag values of one parcel; *geom* is in the metric CRS.

        Returns ``far_values`` itself (test with ``is``; never modify it) for a
        parcel settled by its bounding box: beyond the outer band, outside all
        pilots; None for an empty geometry. *state* is :meth:`state` of the
        parcel's bounding box when the caller already has it. Other parcels
        are checked and, when invalid, repaired for the computation;
        ``repaired`` counts those that end up within the outer band or in a
        pilot, so the count does not depend on the grid.
        """
        if state is None:
            state = self.state(geom.boundingBox())
        if state is FAR_OUT:
            return self.far_values
        if state is None:
            if geom.isEmpty():
                return None
            state = self._classify(geom.boundingBox())
        kind, cands, inside, p_kind, p_cands, p_in = state
        repaired = not geom.isGeosValid()
        if repaired:
            geom = polygon_part(geom.makeValid())
            if geom is None:  # nothing polygonal left: the caller counts it as skipped
                return [None, None, None, None, None, None, None]
        area = geom.area()
        if kind == FAR:
            dist = owner = None
            overlap = 0.0
        elif kind == INSIDE:
            dist, owner, overlap = 0.0, inside, area
        else:
            dist, owner, touching = nearest_area(self.areas.engines, geom.constGet(), cands, self.outer)
            overlap = self._overlap(geom, area, touching) if touching else 0.0
        if p_kind == OUT:
            pilot = None
        elif p_kind == IN:
            pilot = p_in
        else:
            pilot = self._pilot(geom, area, p_cands)
        if owner is None:
            name = nr = band = None
        else:
            name, nr = self.attrs[owner]
            band = band_for_distance(dist, self.bands)
        if repaired and (owner is not None or pilot is not None):
            self.repaired += 1
        pct = min(100.0, 100.0 * overlap / area) if area > 0 else 0.0
        return [dist, name, nr, band, overlap / 10000.0, pct, pilot]

    def _overlap(self, geom: QgsGeometry, area: float, touching: list) -> float:
        abstract = geom.constGet()
        engines = self.areas.engines
        for owner in touching:
            if engines[owner].contains(abstract):
                return area
        return self.areas.union_intersection_area(geom, touching)

    def _pilot(self, geom: QgsGeometry, area: float, p_cands: list):
        abstract = geom.constGet()
        engines = self.pilots.engines
        best, best_name = 0.0, None
        for p in p_cands:
            engine = engines[p]
            if not engine.intersects(abstract):
                continue
            if engine.contains(abstract):
                share = area
            else:
                share = self.pilots.intersection_area(geom, p)
            if share > best:
                best, best_name = share, self.pilot_names[p]
                if share >= area:
                    break
        return best_name
