"""Render the opportunity map of scored parcels to PDF and PNG (used by ``make demo``).

    python3 scripts/render_score_map.py SCORED.gpkg DEMO.gpkg NATURE.geojson OUT_STEM [--pilot NAME]

Draws the parcels graduated on ``a4b_score`` with the ten best of each pilot
labelled by rank, over the Natura 2000 areas, the other nature and the pilot
boundaries, on an A4 landscape page with a legend and a scale bar; writes
OUT_STEM.pdf and OUT_STEM.png. Runs headless in its own QgsApplication and
private project.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QFont

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from a4b_qgis_plugin.core.common.qt_compat import enum_value  # noqa: E402
from a4b_qgis_plugin.core.export.map_layers import style_boundaries, style_natura2000  # noqa: E402
from a4b_qgis_plugin.core.scoring.style import apply_score_style  # noqa: E402

KILOMETRES = enum_value("Qgis.DistanceUnit.Kilometers", "QgsUnitTypes.DistanceUnit.DistanceKilometers")
EXPORT_OK = QgsLayoutExporter.ExportResult.Success


def _layer(uri: str, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(uri, name, "ogr")
    if not layer.isValid():
        sys.exit(f"cannot open {uri}")
    return layer


def render(scored: Path, demo: Path, nature: Path, stem: Path, pilot: str | None) -> list[Path]:
    """Write stem.pdf and stem.png; return their paths."""
    project = QgsProject()
    parcels = _layer(str(scored), "Opportunity score (0-100)")
    if pilot:
        parcels.setSubsetString(f"\"a4b_rank_pilot\" = '{pilot}'")
    apply_score_style(parcels, top=10)
    n2k = _layer(f"{demo}|layername=natura2000", "Natura 2000 (fictional)")
    style_natura2000(n2k)
    other = _layer(str(nature), "Other nature, NNN-like (fictional)")
    other.renderer().setSymbol(
        QgsFillSymbol.createSimple(
            {"color": "90,140,200,120", "outline_color": "30,70,140,255", "outline_width": "0.5"}
        )
    )
    pilots = _layer(f"{demo}|layername=pilots", "Pilot boundaries")
    style_boundaries(pilots)
    for layer in (pilots, n2k, other, parcels):
        project.addMapLayer(layer)
    project.setCrs(parcels.crs())
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    page = layout.pageCollection().page(0)
    page.setPageSize("A4", page.Orientation.Landscape)
    map_item = QgsLayoutItemMap(layout)
    layout.addLayoutItem(map_item)
    map_item.attemptMove(QgsLayoutPoint(8, 20))
    map_item.attemptResize(QgsLayoutSize(200, 182))
    map_item.setCrs(parcels.crs())
    map_item.setLayers([pilots, n2k, other, parcels])
    extent = QgsRectangle(parcels.extent())
    if pilot:
        pilots.setSubsetString(f"\"name\" = '{pilot}'")
        extent = QgsRectangle(pilots.extent())
        pilots.setSubsetString("")
    extent.grow(200)
    # zoomToExtent needs a valid current extent, which a new map item lacks: widen to the item's shape
    ratio = 200 / 182
    width, height = max(extent.width(), extent.height() * ratio), max(extent.height(), extent.width() / ratio)
    centre = extent.center()
    map_item.setExtent(
        QgsRectangle(
            centre.x() - width / 2, centre.y() - height / 2, centre.x() + width / 2, centre.y() + height / 2
        )
    )
    map_item.setFrameEnabled(True)
    title = QgsLayoutItemLabel(layout)
    title.setText(f"Where measures help most: opportunity score per parcel{' - ' + pilot if pilot else ''}")
    font = QFont()
    font.setPointSize(16)
    font.setBold(True)
    title.setFont(font)
    title.attemptMove(QgsLayoutPoint(8, 6))
    title.attemptResize(QgsLayoutSize(280, 10))
    layout.addLayoutItem(title)
    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(map_item)
    legend.setTitle("Legend")
    legend.attemptMove(QgsLayoutPoint(212, 20))
    layout.addLayoutItem(legend)
    note = QgsLayoutItemLabel(layout)
    note.setText(
        "a4b:scoreparcels, equal weights: nitrogen (deposition), drying (lowest groundwater depth, "
        "height above the nearby Natura 2000 land), fragmentation (nature patches linked, gap bridged), "
        "proximity to Natura 2000; each scaled 0-1 over the parcels scored. "
        "#n: the parcel's rank within its pilot (the ten best of each pilot are labelled).\n\n"
        "FICTIONAL demo data: not real areas, parcels or measurements."
    )
    small = QFont()
    small.setPointSize(8)
    note.setFont(small)
    note.attemptMove(QgsLayoutPoint(212, 120))
    note.attemptResize(QgsLayoutSize(78, 70))
    layout.addLayoutItem(note)
    bar = QgsLayoutItemScaleBar(layout)
    bar.setLinkedMap(map_item)
    bar.applyDefaultSize()
    bar.setStyle("Single Box")
    bar.setUnits(KILOMETRES)
    bar.setUnitLabel("km")
    bar.setNumberOfSegments(2)
    bar.setUnitsPerSegment(1)
    bar.attemptMove(QgsLayoutPoint(12, 188))
    layout.addLayoutItem(bar)
    exporter = QgsLayoutExporter(layout)
    pdf, png = stem.with_suffix(".pdf"), stem.with_suffix(".png")
    if (
        exporter.exportToPdf(str(pdf), QgsLayoutExporter.PdfExportSettings())
        != QgsLayoutExporter.ExportResult.Success
    ):
        sys.exit(f"could not write {pdf}")
    image = QgsLayoutExporter.ImageExportSettings()
    image.dpi = 120
    if exporter.exportToImage(str(png), image) != EXPORT_OK:
        sys.exit(f"could not write {png}")
    return [pdf, png]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("scored", type=Path)
    parser.add_argument("demo", type=Path)
    parser.add_argument("nature", type=Path)
    parser.add_argument("stem", type=Path)
    parser.add_argument("--pilot", default=None)
    args = parser.parse_args()
    app = QgsApplication([], False)
    app.initQgis()
    for path in render(args.scored, args.demo, args.nature, args.stem, args.pilot):
        print(f"Wrote {path}")
    app.exitQgis()


if __name__ == "__main__":
    main()
