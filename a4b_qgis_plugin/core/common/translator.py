"""Installs the plugin's Qt translator for the QGIS user interface language."""

from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from .paths import PLUGIN_DIR

I18N_DIR = PLUGIN_DIR / "i18n"


def install_translator() -> QTranslator | None:
    """Load ``i18n/a4b_qgis_plugin_<lang>.qm`` for QGIS's locale, if shipped.

    Returns the installed translator (keep it, and remove it on unload), or
    None when the language has no translation (English is the source text).
    """
    locale = (QgsApplication.locale() or "en")[:2]
    qm = I18N_DIR / f"a4b_qgis_plugin_{locale}.qm"
    if not qm.exists():
        return None
    translator = QTranslator()
    if not translator.load(str(qm)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator: QTranslator | None) -> None:
    """Undo :func:`install_translator`."""
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
