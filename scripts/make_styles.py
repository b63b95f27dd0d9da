"""Generate the shipped measures style ``resources/styles/measures.qml``.

A categorized renderer on ``theme`` (the keys of ``vocabulary.ALL_THEMES``):
one colour per theme from the Okabe-Ito palette (told apart by colour-blind
readers too), a semi-transparent fill so the parcels and the base map stay
visible, and a darker outline of the same hue. A last, catch-all category
shows measures whose theme is not (yet) known, so nothing disappears.

The category labels are English; ``core.export_style.apply_measures_style``
relabels them in the interface language when the style is loaded.

Run: ``/usr/bin/python3 scripts/make_styles.py`` (writes into the plugin).
"""

from __future__ import annotations

import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsMapLayer,
    QgsRendererCategory,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from a4b_qgis_plugin.core.measures.vocabulary import ALL_THEMES, theme_label  # noqa: E402

# Okabe & Ito (2008), "Color Universal Design"; one hue per theme.
THEME_COLOURS = {
    "water": "#0072B2",  # blue
    "nitrogen": "#E69F00",  # orange
    "landscape": "#009E73",  # bluish green
    "agri_nature": "#F0E442",  # yellow
    "nature_conversion": "#CC79A7",  # reddish purple
    "business_model": "#D55E00",  # vermillion
}
OTHER_COLOUR = "#999999"
FILL_ALPHA = 140  # of 255: parcels and base map show through
OUTLINE_WIDTH_MM = "0.6"


def theme_symbol(hex_colour: str) -> QgsFillSymbol:
    """A semi-transparent fill with a darker outline of the same hue."""
    fill = QColor(hex_colour)
    fill.setAlpha(FILL_ALPHA)
    outline = QColor(hex_colour).darker(150)
    return QgsFillSymbol.createSimple(
        {
            "color": f"{fill.red()},{fill.green()},{fill.blue()},{fill.alpha()}",
            "outline_color": f"{outline.red()},{outline.green()},{outline.blue()},255",
            "outline_width": OUTLINE_WIDTH_MM,
            "outline_width_unit": "MM",
            "style": "solid",
            "joinstyle": "miter",
        }
    )


def build_renderer() -> QgsCategorizedSymbolRenderer:
    """The categorized renderer on ``theme`` with one category per theme."""
    # the themes of registers from before 0.2.0 keep their colour too
    missing = set(ALL_THEMES) - set(THEME_COLOURS)
    if missing:
        raise SystemExit(f"no colour for theme(s): {', '.join(sorted(missing))}")
    categories = [
        QgsRendererCategory(theme, theme_symbol(THEME_COLOURS[theme]), theme_label(theme), True)
        for theme in ALL_THEMES
    ]
    # An empty value makes the catch-all category ("all other values").
    categories.append(QgsRendererCategory("", theme_symbol(OTHER_COLOUR), "Other or unknown theme", True))
    return QgsCategorizedSymbolRenderer("theme", categories)


def main(target: Path) -> None:
    """Write the style to *target*."""
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:28992&field=theme:string", "measures", "memory")
    layer.setRenderer(build_renderer())
    layer.setOpacity(1.0)
    target.parent.mkdir(parents=True, exist_ok=True)
    message, ok = layer.saveNamedStyle(str(target), QgsMapLayer.StyleCategory.Symbology)
    if not ok:
        raise SystemExit(f"could not write {target}: {message}")
    print(f"wrote {target}")


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    main(ROOT / "a4b_qgis_plugin" / "resources" / "styles" / "measures.qml")
    app.exitQgis()
