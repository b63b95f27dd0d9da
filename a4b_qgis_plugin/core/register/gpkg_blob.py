"""GeoPackage geometry blobs (GPKG header + ISO WKB) for direct SQLite writes.

The register writes through ``sqlite3`` so that a whole batch is one
transaction that another process cannot interleave with; these helpers turn
``QgsGeometry`` into the blob GeoPackage readers (OGR, QGIS) expect and back.
"""

from __future__ import annotations

import sqlite3
import struct
from typing import Optional

from qgis.core import QgsGeometry

from ..common.qt_compat import GEOMETRY_LINE, GEOMETRY_POLYGON

_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


POLYGON = GEOMETRY_POLYGON
LINE = GEOMETRY_LINE


def to_multipolygon(geometry: QgsGeometry) -> QgsGeometry:
    """A 2D multipolygon copy of a polygon geometry (raises ValueError otherwise)."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        raise ValueError("empty geometry")
    if geometry.type() != POLYGON:
        raise ValueError("not a polygon geometry")
    copy = QgsGeometry(geometry)
    copy.get().dropZValue()
    copy.get().dropMValue()
    if not copy.isMultipart():
        copy.convertToMultiType()
    return copy


def encode(geometry: QgsGeometry, srs_id: int) -> bytes:
    """GPKG blob of *geometry* with an XY envelope, little endian."""
    box = geometry.boundingBox()
    header = b"GP" + bytes([0, 0b00000011]) + struct.pack("<i", srs_id)
    envelope = struct.pack("<4d", box.xMinimum(), box.xMaximum(), box.yMinimum(), box.yMaximum())
    return header + envelope + bytes(geometry.asWkb())


def decode(blob: Optional[bytes]) -> QgsGeometry:
    """``QgsGeometry`` of a GPKG blob (null geometry for NULL or empty)."""
    if not blob or len(blob) < 8 or blob[:2] != b"GP":
        return QgsGeometry()
    flags = blob[3]
    if flags & 0b00010000:
        return QgsGeometry()
    offset = 8 + _ENVELOPE_BYTES.get((flags >> 1) & 0b111, 0)
    geometry = QgsGeometry()
    geometry.fromWkb(bytes(blob[offset:]))
    return geometry


def _envelope(blob: Optional[bytes]) -> Optional[tuple[float, float, float, float]]:
    if not blob or len(blob) < 8 or blob[:2] != b"GP" or blob[3] & 0b00010000:
        return None
    flags = blob[3]
    order = "<" if flags & 1 else ">"
    if (flags >> 1) & 0b111:
        return struct.unpack(order + "4d", blob[8:40])
    box = decode(blob).boundingBox()
    return box.xMinimum(), box.xMaximum(), box.yMinimum(), box.yMaximum()


def _is_empty(blob: Optional[bytes]) -> Optional[int]:
    if blob is None:
        return None
    return 1 if _envelope(blob) is None else 0


def register_functions(conn: sqlite3.Connection) -> None:
    """The SQL functions of GeoPackage R-tree triggers, for tables that have an index.

    GDAL adds an R-tree with triggers calling ``ST_IsEmpty``/``ST_MinX``... to
    layers it creates; plain SQLite lacks them, so provide them here.
    """

    def coordinate(index: int):
        def pick(blob):
            box = _envelope(blob)
            return None if box is None else box[index]

        return pick

    conn.create_function("ST_IsEmpty", 1, _is_empty, deterministic=True)
    conn.create_function("ST_MinX", 1, coordinate(0), deterministic=True)
    conn.create_function("ST_MaxX", 1, coordinate(1), deterministic=True)
    conn.create_function("ST_MinY", 1, coordinate(2), deterministic=True)
    conn.create_function("ST_MaxY", 1, coordinate(3), deterministic=True)
