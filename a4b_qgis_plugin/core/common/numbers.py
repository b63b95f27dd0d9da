"""Numbers and money as people read them in the language of the QGIS interface.

One rule for the panel, the PDF and the exports: money in whole euros with
thousands separators (``€ 122.509`` in Dutch, ``€ 122,509`` in English). The
"C" locale a headless run often has would print ``122509``, so it is read as
English.
"""

from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QLocale

# Locales that name no language: QGIS then speaks English.
_NO_LANGUAGE = {"", "c", "posix"}


def ui_locale_name() -> str:
    """The language of the QGIS interface, e.g. ``nl`` or ``en_US`` (``en`` for the C locale)."""
    name = QgsApplication.locale() or ""
    return "en" if name.lower() in _NO_LANGUAGE else name


def ui_locale(name: str | None = None) -> QLocale:
    """QLocale of the interface language (or of *name*), with thousands separators switched on."""
    locale = QLocale(name or ui_locale_name())
    if locale.language() == QLocale.Language.C:
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    return locale


def format_number(value, decimals: int = 0, locale: QLocale | None = None) -> str:
    """*value* with thousands separators and *decimals* decimals; "" for None or non-numbers."""
    if value is None or isinstance(value, bool):
        return ""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return ""
    if number != number:  # NaN: no figure
        return ""
    text = (locale or ui_locale()).toString(number, "f", decimals)
    # -0 after rounding reads as a loss that is not there
    return text[1:] if text.startswith("-") and float(round(number, decimals)) == 0 else text


def format_money(value, locale: QLocale | None = None, decimals: int = 0) -> str:
    """``€ 122.509`` (Dutch) / ``€ 122,509`` (English); "" when the amount is unknown."""
    text = format_number(value, decimals, locale)
    return f"€ {text}" if text else ""
