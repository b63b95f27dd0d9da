"""The fields ``a4b:flagparcels`` appends to every parcel."""

from __future__ import annotations

from qgis.core import QgsField, QgsFields
from qgis.PyQt.QtCore import QVariant

from .i18n import tr

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


def _make_field(name: str, kind: str, length: int, precision: int) -> QgsField:
    # QVariant types work on QGIS 3.x; QGIS 4 (Qt6) drops QVariant.Type, where
    # QgsField takes QMetaType.Type instead.
    try:
        qtype = {"double": QVariant.Double, "int": QVariant.Int, "string": QVariant.String}[kind]
    except AttributeError:  # Qt6
        from qgis.PyQt.QtCore import QMetaType

        qtype = {
            "double": QMetaType.Type.Double,
            "int": QMetaType.Type.Int,
            "string": QMetaType.Type.QString,
        }[kind]
    return QgsField(name, qtype, "", length, precision)


def is_text_field(field: QgsField) -> bool:
    """Whether *field* holds text (QVariant.String on Qt5, QMetaType.QString on Qt6)."""
    try:
        text = QVariant.String
    except AttributeError:  # Qt6
        from qgis.PyQt.QtCore import QMetaType

        text = QMetaType.Type.QString
    return field.type() == text


def output_fields(parcel_fields: QgsFields) -> QgsFields:
    """The parcels' fields followed by the flag fields.

    Raises ``FlagError`` when the parcels already have a field of that name
    (case-insensitive, as GeoPackage and shapefiles compare names), so values
    are never silently overwritten.
    """
    from .flagging import FlagError

    existing = {name.lower() for name in parcel_fields.names()}
    clash = [name for name in OUTPUT_FIELD_NAMES if name.lower() in existing]
    if clash:
        raise FlagError(
            tr(
                "The parcels layer already has the field(s) {0}, which this tool writes. "
                "Rename or remove them first (e.g. with 'Refactor fields'); "
                "the tool never overwrites existing values."
            ).format(", ".join(clash))
        )
    fields = QgsFields(parcel_fields)
    for spec in OUTPUT_FIELD_SPECS:
        fields.append(_make_field(*spec))
    return fields
