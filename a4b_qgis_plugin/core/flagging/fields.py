"""The fields ``a4b:flagparcels`` appends to every parcel."""

from __future__ import annotations

from qgis.core import QgsField, QgsFields

from ..common.fields import appended_fields
from ..common.qt_compat import field_type

# (name, kind, length, precision); the order is the order in the output.
OUTPUT_FIELD_SPECS = (
    ("n2k_dist_m", "double", 0, 0),
    ("n2k_name", "string", 254, 0),
    ("n2k_nr", "int", 0, 0),
    ("n2k_band", "int", 0, 0),
    ("n2k_overlap_ha", "double", 0, 0),
    ("n2k_overlap_pct", "double", 0, 0),
    ("a4b_pilot", "string", 254, 0),
)
OUTPUT_FIELD_NAMES = tuple(spec[0] for spec in OUTPUT_FIELD_SPECS)


def is_text_field(field: QgsField) -> bool:
    """Whether *field* holds text."""
    return field.type() == field_type("string")


def output_fields(parcel_fields: QgsFields) -> QgsFields:
    """The parcels' fields followed by the flag fields.

    Raises ``InputError`` when the parcels already have a field of that name
    (case-insensitive, as GeoPackage and shapefiles compare names), so values
    are never silently overwritten.
    """

    return appended_fields(parcel_fields, OUTPUT_FIELD_SPECS)
