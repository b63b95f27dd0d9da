"""How a register row points at the parcel it was tagged on.

Three things are stored per measure:

- ``parcel_ref``: ``<layer name>:<id>``, readable in a table but not stable
  (a renamed or copied layer, or a Dutch QGIS, gives another name);
- ``parcel_id`` and ``parcel_source``: what the data itself says, the value of
  an identifier field (BRK ``identificatie_lokaal_id``, BRP, a field the user
  chose) and the dataset it comes from (``BRK``, ``BRP 2024``) when known;
- ``parcel_fingerprint``: a hash of the geometry in EPSG:28992 rounded to the
  centimetre, the same wherever the parcel was copied to, whatever its vertex
  order, ring orientation or part order.
"""

from __future__ import annotations

import hashlib
from typing import Optional

from qgis.core import QgsFeature, QgsFields, QgsGeometry

from ..common.values import field_value

# Parcel identifier fields tried in order (BRK, BRP/WFS).
PARCEL_ID_FIELDS = ("identificatie", "identificatie_lokaal_id", "perceel_id", "gml_id", "id")
# Fields that tell which national dataset a parcel layer holds.
BRK_FIELDS = ("identificatie_lokaal_id", "kadastrale_gemeente_waarde", "perceelnummer")
BRP_FIELDS = ("gewascode", "gewas")
YEAR_FIELD = "jaar"
# Merged measures list their parcels' ids with this separator.
ID_SEPARATOR = ","


def parcel_ref(source_name: str, feature: QgsFeature, id_field: Optional[str]) -> str:
    """``<layer name>:<id field value or fid>``."""
    value = field_value(feature, id_field)
    if value is None:
        value = feature.id()
    return f"{source_name}:{value}"


def parcel_id(feature: QgsFeature, id_field: Optional[str]) -> Optional[str]:
    """The parcel's identifier from *id_field*; None without one (a feature id is no identity)."""
    value = field_value(feature, id_field)
    return None if value is None else str(value).strip()


def default_id_field(fields: QgsFields) -> Optional[str]:
    """The first of :data:`PARCEL_ID_FIELDS` in *fields* (case-insensitive), else None (feature id)."""
    names = {field.name().lower(): field.name() for field in fields}
    for candidate in PARCEL_ID_FIELDS:
        if candidate in names:
            return names[candidate]
    return None


def source_dataset(fields: QgsFields) -> Optional[str]:
    """``BRK`` or ``BRP`` when the fields say so, else None."""
    names = {field.name().lower() for field in fields}
    if any(name in names for name in BRK_FIELDS):
        return "BRK"
    if any(name in names for name in BRP_FIELDS):
        return "BRP"
    return None


def parcel_source(dataset: Optional[str], feature: QgsFeature) -> Optional[str]:
    """The dataset and, for BRP, its year (``BRP 2024``); None when unknown."""
    if not dataset:
        return None
    year = field_value(feature, YEAR_FIELD)
    if dataset == "BRP" and year is not None:
        return f"BRP {str(year).strip()}"
    return dataset


def split_parcel_ref(ref: str) -> list[str]:
    """The single-parcel refs in *ref* (a merged measure lists ids: ``layer:1,2,3``)."""
    layer, sep, ids = (ref or "").rpartition(":")
    if not sep:
        return [ref] if ref else []
    return [f"{layer}:{part}" for part in ids.split(ID_SEPARATOR) if part]


def split_parcel_id(value: Optional[str]) -> set[str]:
    """The single identifiers in a stored ``parcel_id`` (merged measures list several)."""
    return {part.strip() for part in (value or "").split(ID_SEPARATOR) if part.strip()}


def _ring_key(ring) -> Optional[tuple]:
    """A ring's centimetre vertices from a fixed start, in a fixed direction."""
    points = [(round(p.x() * 100), round(p.y() * 100)) for p in ring]
    clean: list[tuple[int, int]] = []
    for point in points:
        if not clean or clean[-1] != point:
            clean.append(point)
    while len(clean) > 1 and clean[0] == clean[-1]:
        clean.pop()
    if len(clean) < 3:
        return None
    candidates = []
    for sequence in (clean, clean[::-1]):
        start = sequence.index(min(sequence))
        candidates.append(tuple(sequence[start:] + sequence[:start]))
    return min(candidates)


def geometry_fingerprint(geometry: Optional[QgsGeometry]) -> Optional[str]:
    """Hash of a polygon geometry (EPSG:28992) at centimetre precision; None when empty.

    Rings start at their smallest vertex and run in the direction that sorts
    first; holes and parts are sorted, so two copies of the same parcel get the
    same fingerprint however a program wrote them.
    """
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    polygons = geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]
    parts = []
    for polygon in polygons:
        rings = [_ring_key(ring) for ring in polygon]
        if not rings or rings[0] is None:
            continue
        parts.append((rings[0], tuple(sorted(r for r in rings[1:] if r is not None))))
    if not parts:
        return None
    parts.sort()
    return hashlib.sha256(repr(parts).encode("ascii")).hexdigest()[:32]
