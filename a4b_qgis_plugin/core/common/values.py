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


def plain_value(value, kind):
    """*value* converted with *kind* (str, int, float), or None for NULL or unconvertible values."""
    if is_null(value):
        return None
    try:
        return kind(value)
    except (TypeError, ValueError):
        return None
