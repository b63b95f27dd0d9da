"""The opportunity map: parcels graduated on their score, the best ones labelled with their rank."""

from __future__ import annotations

from qgis.core import (
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsPalLayerSettings,
    QgsRendererRange,
    QgsRuleBasedLabeling,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor, QFont

from .fields import RANK, SCORE

# ColorBrewer YlGn, light (little to gain) to dark (most to gain)
CLASSES = (
    (0, 20, "#ffffcc"),
    (20, 40, "#c2e699"),
    (40, 60, "#78c679"),
    (60, 80, "#31a354"),
    (80, 100, "#006837"),
)


def score_renderer() -> QgsGraduatedSymbolRenderer:
    """Five equal classes of a4b_score (0-100); parcels without a score are not drawn."""
    ranges = []
    for low, high, colour in CLASSES:
        symbol = QgsFillSymbol.createSimple(
            {"color": colour, "outline_color": "#7a7a7a", "outline_width": "0.05", "outline_style": "solid"}
        )
        ranges.append(QgsRendererRange(low, high, symbol, f"{low}-{high}"))
    renderer = QgsGraduatedSymbolRenderer(SCORE, ranges)
    return renderer


def rank_labels(top: int) -> QgsRuleBasedLabeling:
    """Labels '#rank' on the parcels ranked *top* or better (within their pilot)."""
    settings = QgsPalLayerSettings()
    settings.fieldName = f"'#' || \"{RANK}\""
    settings.isExpression = True
    text = QgsTextFormat()
    font = QFont()
    font.setBold(True)
    text.setFont(font)
    text.setSize(8)
    text.setColor(QColor("#1a1a1a"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor("#ffffff"))
    text.setBuffer(buffer)
    settings.setFormat(text)
    settings.priority = 10
    root = QgsRuleBasedLabeling.Rule(None)
    rule = QgsRuleBasedLabeling.Rule(settings)
    rule.setFilterExpression(f'"{RANK}" IS NOT NULL AND "{RANK}" <= {int(top)}')
    root.appendChild(rule)
    return QgsRuleBasedLabeling(root)


def apply_score_style(layer: QgsVectorLayer, top: int = 10) -> None:
    """Style *layer* (with the score fields) as the opportunity map."""
    layer.setRenderer(score_renderer())
    layer.setLabeling(rank_labels(top))
    layer.setLabelsEnabled(True)
    layer.triggerRepaint()
