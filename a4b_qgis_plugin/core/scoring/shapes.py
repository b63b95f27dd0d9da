"""Polygon rings as numpy arrays, read straight from a geometry's WKB.

Walking QGIS's geometry objects vertex by vertex from Python costs far more
than the coverage arithmetic itself; the WKB bytes hold the same coordinates
and numpy reads them in one call per ring.
"""

from __future__ import annotations

import struct

import numpy as np
from qgis.core import QgsGeometry, QgsWkbTypes

POLYGON, MULTIPOLYGON, COLLECTION = 3, 6, 7


def _read(buf: bytes, pos: int, out: list) -> int:
    """Append the polygons of the WKB geometry at *pos* to *out*; return the end position."""
    order = "<" if buf[pos] == 1 else ">"
    (kind,) = struct.unpack_from(order + "I", buf, pos + 1)
    pos += 5
    base, dims = kind % 1000, 2 + (1 if kind // 1000 in (1, 2) else 2 if kind // 1000 == 3 else 0)
    if base == POLYGON:
        (nrings,) = struct.unpack_from(order + "I", buf, pos)
        pos += 4
        rings = []
        for _ in range(nrings):
            (npts,) = struct.unpack_from(order + "I", buf, pos)
            pos += 4
            coords = np.frombuffer(buf, dtype=order + "f8", count=npts * dims, offset=pos).reshape(npts, dims)
            pos += npts * dims * 8
            rings.append(coords[:, :2])
        if rings:
            out.append(rings)
        return pos
    if base in (MULTIPOLYGON, COLLECTION):
        (nparts,) = struct.unpack_from(order + "I", buf, pos)
        pos += 4
        for _ in range(nparts):
            pos = _read(buf, pos, out)
        return pos
    raise ValueError(f"not a polygon WKB type: {kind}")


def polygon_rings(geom: QgsGeometry | None) -> list[list[np.ndarray]]:
    """Polygons of *geom*, each a list of (n, 2) closed rings, exterior first; [] if none.

    Curved geometries are segmentized first; points and lines in a collection
    are not expected (callers pass repaired polygon geometries).
    """
    if geom is None or geom.isNull() or geom.isEmpty():
        return []
    if QgsWkbTypes.isCurvedType(geom.wkbType()):
        geom = QgsGeometry(geom.constGet().segmentize())
    out: list = []
    _read(bytes(geom.asWkb()), 0, out)
    return out
