"""Attribute values as plain Python: QGIS hands NULL as a QVariant (Qt5) or None."""

from __future__ import annotations


def is_null(value) -> bool:
    """Whether *value* is None or a NULL QVariant."""
    if value is None:
        return True
    try:
        return bool(hasattr(value, "isNull") and value.isNull())
    except TypeError:  # isNull of a value that takes arguments, e.g. a QDate method: not NULL
        return False


def is_blank(value) -> bool:
    """Whether *value* holds nothing a user would call a value: NULL, empty or only spaces.

    The text ``NULL`` counts as NULL too: ``str()`` of a Qt5 NULL QVariant is
    "NULL", so a value that went through text once still says so.
    """
    if is_null(value):
        return True
    text = str(value).strip()
    return not text or text == "NULL"


def field_value(feature, name: str | None):
    """The value of field *name* of *feature*; None when there is no such field or the value is blank."""
    if not name or feature.fields().lookupField(name) < 0:
        return None
    value = feature[name]
    return None if is_blank(value) else value


def plain_value(value, kind):
    """*value* converted with *kind* (str, int, float), or None for NULL or unconvertible values."""
    if is_null(value):
        return None
    try:
        return kind(value)
    except (TypeError, ValueError):
        return None
