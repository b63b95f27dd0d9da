"""Generate the shipped pilot workspace styles in ``resources/styles/``.

* ``pilot_boundary.qml``: no fill, a wide dark purple outline over a white halo
  (reads on an aerial photo and on a light base map).
* ``natura2000.qml``: green diagonal hatching with a dark green outline, so
  parcels underneath stay visible.
* ``parcels.qml``: pale fills by BRP ``category`` (grassland, arable, other)
  with thin grey outlines.
* ``flagged_parcels.qml``: categorised on ``n2k_band`` (0 = touching or inside,
  then each band limit, NULL = beyond), colours from dark red (near) to pale
  (far). ``core.layer_group.apply_style`` rebuilds the categories for the
  bands a user actually chose, reusing this symbol.

Run: ``/usr/bin/python3 scripts/make_pilot_styles.py`` (writes into the plugin).
"""

from __future__ import annotations

import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLinePatternFillSymbolLayer,
    QgsLineSymbol,
    QgsMapLayer,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
STYLES = ROOT / "a4b_qgis_plugin" / "resources" / "styles"


def save(layer: QgsVectorLayer, name: str) -> None:
    path = STYLES / f"{name}.qml"
    message, ok = layer.saveNamedStyle(str(path), QgsMapLayer.StyleCategory.Symbology)
    if not ok:
        raise RuntimeError(message)
    print("wrote", path)


def boundary_style(layer: QgsVectorLayer) -> None:
    symbol = QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": "255,255,255,200", "outline_width": "1.6", "outline_style": "solid"}
    )
    dashed = QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": "94,42,132,255", "outline_width": "0.8", "outline_style": "dash"}
    )
    symbol.appendSymbolLayer(dashed.symbolLayer(0).clone())
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))


def natura2000_style(layer: QgsVectorLayer) -> None:
    # a very dark green edge and hatch: they must read on the dark red of the
    # nearest band as well as on pale parcels and aerial photos
    symbol = QgsFillSymbol.createSimple(
        {"color": "56,142,60,40", "outline_color": "10,61,10,255", "outline_width": "0.7", "style": "solid"}
    )
    hatch = QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(45)
    hatch.setDistance(2.2)
    hatch.setLineWidth(0.35)
    hatch.setColor(QColor("#145214"))
    line = QgsLineSymbol.createSimple({"color": "20,82,20,230", "width": "0.35"})
    hatch.setSubSymbol(line)
    symbol.appendSymbolLayer(hatch)
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.setOpacity(0.9)


def parcels_style(layer: QgsVectorLayer) -> None:
    def fill(colour: str) -> QgsFillSymbol:
        return QgsFillSymbol.createSimple(
            {"color": colour, "outline_color": "120,120,120,255", "outline_width": "0.15", "style": "solid"}
        )

    categories = [
        QgsRendererCategory("Grasland", fill("214,232,190,170"), "Grassland"),
        QgsRendererCategory("Bouwland", fill("240,225,190,170"), "Arable land"),
        QgsRendererCategory(None, fill("235,235,235,120"), "Other"),
    ]
    layer.setRenderer(QgsCategorizedSymbolRenderer("category", categories))


def flagged_style(layer: QgsVectorLayer) -> None:
    from a4b_qgis_plugin.core.pilots.layer_group import band_categories

    template = QgsFillSymbol.createSimple(
        {"color": "200,0,0,210", "outline_color": "90,90,90,255", "outline_width": "0.15", "style": "solid"}
    )
    layer.setRenderer(
        QgsCategorizedSymbolRenderer("n2k_band", band_categories([100, 250, 500, 1000], template))
    )


def main() -> None:
    STYLES.mkdir(parents=True, exist_ok=True)
    fields = "field=category:string&field=n2k_band:integer&field=name:string"
    for name, build in (
        ("pilot_boundary", boundary_style),
        ("natura2000", natura2000_style),
        ("parcels", parcels_style),
        ("flagged_parcels", flagged_style),
    ):
        layer = QgsVectorLayer(f"MultiPolygon?crs=EPSG:28992&{fields}", name, "memory")
        build(layer)
        save(layer, name)


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    main()
    app.exitQgis()
