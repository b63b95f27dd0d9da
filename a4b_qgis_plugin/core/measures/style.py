"""The shipped measures style, loaded onto a layer in the interface language."""

from __future__ import annotations

from qgis.core import QgsCategorizedSymbolRenderer, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from ..common.paths import STYLES_DIR
from .vocabulary import theme_label

MEASURES_QML = STYLES_DIR / "measures.qml"


def apply_measures_style(layer: QgsVectorLayer) -> bool:
    """Style *layer* with ``measures.qml`` (by theme); return True on success.

    The category labels in the file are English; they are replaced by the
    theme names in the interface language, so the legend and the PDF read
    in the user's language.
    """
    _message, ok = layer.loadNamedStyle(str(MEASURES_QML))
    if not ok:
        return False
    renderer = layer.renderer()
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        for index, category in enumerate(renderer.categories()):
            value = category.value()
            if value in (None, ""):
                label = QCoreApplication.translate("export_style", "Other or unknown theme")
            else:
                label = theme_label(str(value))
            renderer.updateCategoryLabel(index, label)
    layer.triggerRepaint()
    return True
