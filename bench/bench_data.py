"""Deterministic national-scale test data for the flagging benchmark.

Parcels: about 2.4 ha each (155 m cells of a jittered grid whose shared corners
and edge midpoints are jittered, so neighbours tile without gaps), placed in
farm blocks of 4 x 4 cells chosen at random over a Netherlands-sized extent in
EPSG:28992. Natura 2000: 209 ragged features (lognormal sizes, some elongated,
some multipolygons, some with holes, some overlapping each other) with about
470,000 vertices together, like RVO's dataset. Pilots: 7 ellipses.

Same arguments, same bytes: everything comes from seeded numpy generators.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
from osgeo import ogr, osr

EXTENT = (13000.0, 306000.0, 278000.0, 620000.0)  # RD New bounding box of the Netherlands
CELL = 155.0  # 155 m x 155 m = 2.4 ha
BLOCK = 4  # farm blocks of 4 x 4 parcels
N2K_FEATURES = 209
N2K_AREAS = 162
N2K_VERTICES = 470_000
INVALID_EVERY = 10_000  # one bow-tie parcel in this many, as real data has a few


def _srs() -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    return srs


def _hash01(i: np.ndarray, j: np.ndarray, salt: int) -> np.ndarray:
    """Deterministic pseudo-random numbers in [0, 1) per integer grid position."""
    h = (i.astype(np.uint64) * np.uint64(73856093)) ^ (j.astype(np.uint64) * np.uint64(19349663))
    h ^= np.uint64(salt * 83492791)
    h = (h ^ (h >> np.uint64(13))) * np.uint64(0x5BD1E995)
    h ^= h >> np.uint64(15)
    return (h & np.uint64(0xFFFFFF)).astype(np.float64) / float(0x1000000)


def _corner(i, j):
    x = EXTENT[0] + i * CELL + (_hash01(i, j, 1) - 0.5) * 0.4 * CELL
    y = EXTENT[1] + j * CELL + (_hash01(i, j, 2) - 0.5) * 0.4 * CELL
    return x, y


def _mid(ax, ay, bx, by, i, j, salt):
    """Jittered midpoint of edge a-b, shared by the two parcels along it."""
    t = (_hash01(i, j, salt) - 0.5) * 0.2 * CELL
    mx, my = (ax + bx) / 2, (ay + by) / 2
    dx, dy = bx - ax, by - ay
    n = np.hypot(dx, dy)
    return mx - dy / n * t, my + dx / n * t


def parcel_rings(i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Closed 9-point rings (n, 9, 2) of the parcels in cells (i, j)."""
    x00, y00 = _corner(i, j)
    x10, y10 = _corner(i + 1, j)
    x11, y11 = _corner(i + 1, j + 1)
    x01, y01 = _corner(i, j + 1)
    mbx, mby = _mid(x00, y00, x10, y10, i, j, 3)  # bottom edge, key (i, j)
    mrx, mry = _mid(x10, y10, x11, y11, i + 1, j, 4)  # right edge = left edge of (i+1, j)
    mtx, mty = _mid(x01, y01, x11, y11, i, j + 1, 3)  # top edge = bottom edge of (i, j+1)
    mlx, mly = _mid(x00, y00, x01, y01, i, j, 4)  # left edge, key (i, j)
    xs = np.stack([x00, mbx, x10, mrx, x11, mtx, x01, mlx, x00], axis=1)
    ys = np.stack([y00, mby, y10, mry, y11, mty, y01, mly, y00], axis=1)
    return np.stack([xs, ys], axis=2)


def parcel_cells(n: int) -> tuple[np.ndarray, np.ndarray]:
    """Grid cells (i, j) of *n* parcels: random farm blocks, in row order."""
    nx = int((EXTENT[2] - EXTENT[0]) // CELL)
    ny = int((EXTENT[3] - EXTENT[1]) // CELL)
    bx, by = nx // BLOCK, ny // BLOCK
    nblocks = math.ceil(n / (BLOCK * BLOCK))
    if nblocks > bx * by:
        raise ValueError(f"at most {bx * by * BLOCK * BLOCK} parcels fit the extent")
    rng = np.random.default_rng(20260101)
    chosen = np.sort(rng.choice(bx * by, size=nblocks, replace=False))
    bi, bj = chosen % bx, chosen // bx
    di, dj = np.meshgrid(np.arange(BLOCK), np.arange(BLOCK))
    i = (bi[:, None] * BLOCK + di.ravel()[None, :]).ravel()[:n]
    j = (bj[:, None] * BLOCK + dj.ravel()[None, :]).ravel()[:n]
    return i, j


def _polygon_wkb(rings: list[np.ndarray]) -> bytes:
    out = [np.array([1], "<u1").tobytes(), np.array([3, len(rings)], "<u4").tobytes()]
    for ring in rings:
        out.append(np.array([len(ring)], "<u4").tobytes())
        out.append(np.ascontiguousarray(ring, "<f8").tobytes())
    return b"".join(out)


def _multipolygon_wkb(polys: list[list[np.ndarray]]) -> bytes:
    head = np.array([1], "<u1").tobytes() + np.array([6, len(polys)], "<u4").tobytes()
    return head + b"".join(_polygon_wkb(p) for p in polys)


def write_parcels(path: Path, n: int, chunk: int = 100_000) -> None:
    """Layer ``parcels`` of *n* BRP-like crop parcels."""
    ds = (
        ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
        if not path.exists()
        else ogr.Open(str(path), 1)
    )
    lyr = ds.CreateLayer("parcels", _srs(), ogr.wkbPolygon, ["GEOMETRY_NAME=geom", "FID=fid"])
    for name, kind in (
        ("category", ogr.OFTString),
        ("gewas", ogr.OFTString),
        ("gewascode", ogr.OFTInteger),
        ("jaar", ogr.OFTInteger),
        ("status", ogr.OFTString),
    ):
        lyr.CreateField(ogr.FieldDefn(name, kind))
    i_all, j_all = parcel_cells(n)
    crops = [
        ("Grasland", "Grasland, blijvend", 265),
        ("Bouwland", "Mais, snij-", 259),
        ("Bouwland", "Aardappelen, consumptie", 2014),
        ("Grasland", "Grasland, tijdelijk", 266),
    ]
    defn = lyr.GetLayerDefn()
    header = np.array([1], "<u1").tobytes() + np.array([3, 1, 9], "<u4").tobytes()
    for start in range(0, n, chunk):
        i, j = i_all[start : start + chunk], j_all[start : start + chunk]
        rings = parcel_rings(i, j)
        ds.StartTransaction()
        for k in range(len(i)):
            ring = rings[k]
            fid = start + k + 1
            if fid % INVALID_EVERY == 0:
                ring = ring[[0, 4, 2, 6, 0]]  # bow-tie: self-intersecting
                wkb = np.array([1], "<u1").tobytes() + np.array([3, 1, 5], "<u4").tobytes() + ring.tobytes()
            else:
                wkb = header + ring.tobytes()
            feat = ogr.Feature(defn)
            feat.SetFID(fid)
            cat, gewas, code = crops[fid % 4]
            feat.SetField(0, cat)
            feat.SetField(1, gewas)
            feat.SetField(2, code)
            feat.SetField(3, 2025)
            feat.SetField(4, "Definitief")
            feat.SetGeometryDirectly(ogr.CreateGeometryFromWkb(wkb))
            lyr.CreateFeature(feat)
        ds.CommitTransaction()
    ds = None


def _star_ring(rng, n_vertices: int, radius: float, scale: float = 1.0) -> np.ndarray:
    """A ragged star-shaped ring (always simple) around the origin, radius ~ *radius*."""
    theta = np.linspace(0, 2 * math.pi, n_vertices, endpoint=False)
    r = np.ones(n_vertices)
    for k in range(1, 9):
        r += rng.uniform(0, 0.35 / k) * np.cos(k * theta + rng.uniform(0, 2 * math.pi))
    # fine raggedness: a smoothed random walk, periodic
    walk = np.cumsum(rng.normal(0, 1, n_vertices))
    walk -= np.linspace(0, walk[-1], n_vertices)
    walk = (walk - walk.mean()) / (np.abs(walk).max() + 1e-9)
    r *= 1 + 0.12 * walk + 0.01 * rng.normal(0, 1, n_vertices)
    r = np.clip(r, 0.25, None) * radius * scale
    ring = np.stack([r * np.cos(theta), r * np.sin(theta)], axis=1)
    return np.vstack([ring, ring[:1]])


def natura2000_geometries(seed: int = 2000) -> list[tuple[bytes, int, str]]:
    """(WKB, nr, name) of 209 ragged Natura 2000-like features."""
    rng = np.random.default_rng(seed)
    # lognormal radii: median ~2 km, a few large (Waddenzee-like) up to ~30 km
    radii = np.clip(rng.lognormal(math.log(1800), 0.8, N2K_FEATURES), 400, 25000)
    radii[:3] = [25000, 15000, 10000]
    weights = np.sqrt(radii)
    vertices = np.maximum(40, (weights / weights.sum() * N2K_VERTICES * 0.93).astype(int))
    out = []
    for f in range(N2K_FEATURES):
        cx = rng.uniform(EXTENT[0] + 5000, EXTENT[2] - 5000)
        cy = rng.uniform(EXTENT[1] + 5000, EXTENT[3] - 5000)
        stretch = rng.uniform(1.0, 2.5)
        angle = rng.uniform(0, math.pi)
        rot = np.array([[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]])
        affine = rot @ np.diag([stretch, 1 / stretch])
        nv = int(vertices[f])
        outer = _star_ring(rng, nv, radii[f])
        rings = [outer @ affine.T + (cx, cy)]
        if rng.uniform() < 0.10:  # a hole (a lake, a village) inside the smallest outer radius
            r_min = np.hypot(outer[:, 0], outer[:, 1]).min()
            hole = _star_ring(rng, max(20, nv // 10), r_min * 0.35)[::-1]
            rings.append(hole @ affine.T + (cx, cy))
        polys = [rings]
        if rng.uniform() < 0.15:  # satellites: disjoint parts of a multipolygon
            reach = np.hypot(*(rings[0] - (cx, cy)).T).max()
            for _s in range(int(rng.integers(1, 5))):
                rs = radii[f] * rng.uniform(0.15, 0.4)
                sat = _star_ring(rng, max(20, nv // 6), rs)
                sat_reach = np.hypot(sat[:, 0], sat[:, 1]).max() * stretch
                ang = rng.uniform(0, 2 * math.pi)
                dist = reach + sat_reach * 1.2 + (reach + sat_reach) * len(polys) * 1.1
                sx, sy = cx + dist * math.cos(ang), cy + dist * math.sin(ang)
                polys.append([sat @ affine.T + (sx, sy)])
        wkb = _polygon_wkb(polys[0]) if len(polys) == 1 else _multipolygon_wkb(polys)
        nr = 1 + f % N2K_AREAS
        out.append((wkb, nr, f"Gebied {nr:03d}" + ("" if f < N2K_AREAS else " (VR)")))
    return out


def write_natura2000(path: Path) -> None:
    """Layer ``natura2000`` (fields naam_n2k, nr, beschermin) in *path*."""
    ds = ogr.Open(str(path), 1) if path.exists() else ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    lyr = ds.CreateLayer("natura2000", _srs(), ogr.wkbMultiPolygon, ["GEOMETRY_NAME=geom"])
    lyr.CreateField(ogr.FieldDefn("naam_n2k", ogr.OFTString))
    lyr.CreateField(ogr.FieldDefn("nr", ogr.OFTInteger))
    lyr.CreateField(ogr.FieldDefn("beschermin", ogr.OFTString))
    ds.StartTransaction()
    for wkb, nr, name in natura2000_geometries():
        feat = ogr.Feature(lyr.GetLayerDefn())
        feat.SetField("naam_n2k", name)
        feat.SetField("nr", nr)
        feat.SetField("beschermin", "HR" if nr % 3 else "VR+HR")
        geom = ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkb(wkb))
        feat.SetGeometryDirectly(geom)
        lyr.CreateFeature(feat)
    ds.CommitTransaction()
    ds = None


def write_pilots(path: Path) -> None:
    """Layer ``pilots``: 7 elliptic pilot boundaries (field ``name``)."""
    ds = ogr.Open(str(path), 1)
    lyr = ds.CreateLayer("pilots", _srs(), ogr.wkbPolygon, ["GEOMETRY_NAME=geom"])
    lyr.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    rng = np.random.default_rng(7)
    theta = np.linspace(0, 2 * math.pi, 65)
    for k in range(7):
        cx = rng.uniform(EXTENT[0] + 20000, EXTENT[2] - 20000)
        cy = rng.uniform(EXTENT[1] + 20000, EXTENT[3] - 20000)
        ring = np.stack([cx + 15000 * np.cos(theta), cy + 10000 * np.sin(theta)], axis=1)
        ring[-1] = ring[0]
        feat = ogr.Feature(lyr.GetLayerDefn())
        feat.SetField("name", f"Pilot {k + 1}")
        feat.SetGeometryDirectly(ogr.CreateGeometryFromWkb(_polygon_wkb([ring])))
        lyr.CreateFeature(feat)
    ds = None


def make_dataset(path: Path, parcels: int) -> Path:
    """Write the benchmark GeoPackage (layers parcels, natura2000, pilots) unless it exists."""
    path = Path(path)
    if path.exists():
        return path
    tmp = path.with_suffix(".tmp.gpkg")
    if tmp.exists():
        tmp.unlink()
    write_parcels(tmp, parcels)
    write_natura2000(tmp)
    write_pilots(tmp)
    tmp.rename(path)
    return path
