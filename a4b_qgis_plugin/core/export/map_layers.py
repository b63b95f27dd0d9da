"""Styled copies of the layers drawn on the PDF pages.

Each page shows the measures of its own pilot by theme and, in grey, those
of other pilots that fall in view. Both follow the atlas through the
expression :data:`PAGE_PILOT`, so one layer serves every page.
"""

from __future__ import annotations

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsExpression,
    QgsFillSymbol,
    QgsPalLayerSettings,
    QgsRuleBasedRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor

from ..common.i18n import tr
from ..common.paths import STYLES_DIR
from ..measures.style import apply_measures_style

# True for a measure of the pilot of the current atlas page (key "" = no pilot); the
# overview page shows every pilot's measures in colour.
PAGE_PILOT = (
    "(coalesce(attribute(@atlas_feature, 'is_overview'), 0) = 1 "
    "OR coalesce(\"pilot\", '') = attribute(@atlas_feature, 'pilot_key'))"
)
LABEL_SIZE_PT = 7.0


def style_page_measures(layer: QgsVectorLayer) -> None:
    """The theme colours of ``measures.qml``, for the page's pilot only."""
    apply_measures_style(layer)
    categorized = layer.renderer()
    root = QgsRuleBasedRenderer.Rule(None)
    if isinstance(categorized, QgsCategorizedSymbolRenderer):
        known = [c.value() for c in categorized.categories() if c.value() not in (None, "")]
        listed = ", ".join(QgsExpression.quotedValue(v) for v in known) or "''"
        for category in categorized.categories():
            if category.value() in (None, ""):
                condition = f"coalesce(\"theme\", '') NOT IN ({listed})"
            else:
                condition = f'"theme" = {QgsExpression.quotedValue(category.value())}'
            root.appendChild(
                QgsRuleBasedRenderer.Rule(
                    category.symbol().clone(), 0, 0, f"{PAGE_PILOT} AND {condition}", category.label()
                )
            )
    else:  # the style could not be read: one plain symbol still shows the measures
        symbol = QgsFillSymbol.createSimple({"color": "230,159,0,140", "outline_color": "153,106,0,255"})
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, PAGE_PILOT, tr("Measures")))
    layer.setRenderer(QgsRuleBasedRenderer(root))


def label_measures(layer: QgsVectorLayer, with_parcels: bool = False) -> None:
    """Label the page's measures with their code (or name), and the parcel reference if asked.

    7 pt with a white halo reads on any background at the printed scale; labels
    that would overlap are left out by QGIS's label engine rather than piled up.
    """
    text = 'coalesce(nullif(trim("measure_code"), \'\'), "measure_name")'
    if with_parcels:
        text = f"concat({text}, '\\n', \"parcel_ref\")"
    settings = QgsPalLayerSettings()
    # A pilot's own measures only; the overview's scale is too small for them.
    own = "coalesce(\"pilot\", '') = attribute(@atlas_feature, 'pilot_key')"
    settings.fieldName = f"if({own}, {text}, '')"
    settings.isExpression = True
    settings.placement = QgsPalLayerSettings.Placement.OverPoint
    settings.centroidInside = True
    fmt = QgsTextFormat()
    fmt.setSize(LABEL_SIZE_PT)
    fmt.setColor(QColor("#1a1a1a"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor(255, 255, 255, 230))
    fmt.setBuffer(buffer)
    settings.setFormat(fmt)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def style_other_measures(layer: QgsVectorLayer) -> None:
    """Measures of other pilots: grey, so the page's pilot stands out."""
    symbol = QgsFillSymbol.createSimple(
        {"color": "189,189,189,110", "outline_color": "130,130,130,255", "outline_width": "0.3"}
    )
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, f"NOT ({PAGE_PILOT})", layer.name()))
    layer.setRenderer(QgsRuleBasedRenderer(root))


def style_boundaries(layer: QgsVectorLayer) -> None:
    """Pilot boundaries: a dark dashed outline, no fill."""
    symbol = QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": "35,35,35,255", "outline_width": "0.7", "outline_style": "dash"}
    )
    layer.renderer().setSymbol(symbol)


def style_natura2000(layer: QgsVectorLayer) -> None:
    """The shipped Natura 2000 style, or a green hatch when there is none."""
    shipped = STYLES_DIR / "natura2000.qml"
    if shipped.exists():
        _message, ok = layer.loadNamedStyle(str(shipped))
        if ok:
            return
    symbol = QgsFillSymbol.createSimple(
        {
            "style": "b_diagonal",
            "color": "46,125,50,255",
            "outline_color": "46,125,50,255",
            "outline_width": "0.4",
        }
    )
    layer.renderer().setSymbol(symbol)
