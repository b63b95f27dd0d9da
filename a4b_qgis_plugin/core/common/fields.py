"""Fields an algorithm adds to its input's features: after the input's own, never replacing one."""

from __future__ import annotations

from qgis.core import QgsFields

from .errors import InputError
from .i18n import tr
from .qt_compat import make_field


def appended_fields(input_fields: QgsFields, specs) -> QgsFields:
    """*input_fields* followed by one field per spec ``(name, kind[, length[, precision]])``.

    Raises :class:`InputError` when the input already has a field of one of
    those names (compared case-insensitively, as GeoPackage and shapefiles
    do), so an existing value is never silently overwritten.
    """
    existing = {name.lower() for name in input_fields.names()}
    clash = [spec[0] for spec in specs if spec[0].lower() in existing]
    if clash:
        raise InputError(
            tr(
                "The parcels layer already has the field(s) {0}, which this tool writes. "
                "Rename or remove them first (e.g. with 'Refactor fields'); "
                "the tool never overwrites existing values."
            ).format(", ".join(clash))
        )
    fields = QgsFields(input_fields)
    for spec in specs:
        fields.append(make_field(*spec))
    return fields
