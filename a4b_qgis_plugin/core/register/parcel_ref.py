"""How a register row points at the parcel it was tagged on."""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsFeature

# Parcel identifier fields tried in order (BRK, BRP/WFS), as the Measures panel does.
PARCEL_ID_FIELDS = ("identificatie", "identificatie_lokaal_id", "perceel_id", "gml_id", "id")


def parcel_ref(source_name: str, feature: QgsFeature, id_field: Optional[str]) -> str:
    """``<layer name>:<id field value or fid>``."""
    value = None
    if id_field and feature.fields().lookupField(id_field) >= 0:
        value = feature[id_field]
        if value is None or (hasattr(value, "isNull") and value.isNull()) or str(value) == "NULL":
            value = None
    if value is None:
        value = feature.id()
    return f"{source_name}:{value}"


def default_id_field(fields) -> Optional[str]:
    """The first of :data:`PARCEL_ID_FIELDS` in *fields* (case-insensitive), else None (feature id)."""
    names = {field.name().lower(): field.name() for field in fields}
    for candidate in PARCEL_ID_FIELDS:
        if candidate in names:
            return names[candidate]
    return None


def split_parcel_ref(ref: str) -> list[str]:
    """The single-parcel refs in *ref* (a merged measure lists ids: ``layer:1,2,3``)."""
    layer, sep, ids = (ref or "").rpartition(":")
    if not sep:
        return [ref] if ref else []
    return [f"{layer}:{part}" for part in ids.split(",") if part]
