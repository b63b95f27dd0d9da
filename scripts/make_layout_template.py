"""Generate the shipped print layout ``resources/layouts/pilot_measures_a4.qpt``.

A4 landscape, one page per pilot (the export drives it with an atlas). The
items carry fixed ids that ``core/export/pdf.py`` looks up and fills:
``title``, ``date``, ``map``, ``north_arrow``, ``scalebar``, ``legend``,
``totals_title``, ``totals`` (frame of an attribute table) and ``sources``.
Users may restyle or move them in the layout designer; an item they delete
is simply left out.

Run: ``/usr/bin/python3 scripts/make_layout_template.py``
"""

from __future__ import annotations

import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMeasurement,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsTextFormat,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from a4b_qgis_plugin.core.common.qt_compat import (  # noqa: E402
    LEGEND_GROUP,
    LEGEND_SUBGROUP,
    LEGEND_SYMBOL_LABEL,
    LEGEND_TITLE,
    enum_value,
)

# Unit and scale bar enums moved into Qgis in QGIS 3.30; the old names are for 3.22.
MM = enum_value("Qgis.LayoutUnit.Millimeters", "QgsUnitTypes.LayoutUnit.LayoutMillimeters")
POINTS = enum_value("Qgis.RenderUnit.Points", "QgsUnitTypes.RenderUnit.RenderPoints")
KILOMETERS = enum_value("Qgis.DistanceUnit.Kilometers", "QgsUnitTypes.DistanceUnit.DistanceKilometers")
FIT_WIDTH = enum_value(
    "Qgis.ScaleBarSegmentSizeMode.FitWidth", "QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFitWidth"
)
TARGET = ROOT / "a4b_qgis_plugin" / "resources" / "layouts" / "pilot_measures_a4.qpt"
NORTH_ARROW = "arrows/NorthArrow_02.svg"  # shipped with QGIS in its SVG path
TEXT = QColor("#1a1a1a")


def text_format(size: float, bold: bool = False) -> QgsTextFormat:
    """A text format of *size* points."""
    font = QFont()
    font.setBold(bold)
    fmt = QgsTextFormat()
    fmt.setFont(font)
    fmt.setSize(size)
    fmt.setSizeUnit(POINTS)
    fmt.setColor(TEXT)
    return fmt


def place(item, x: float, y: float, width: float, height: float, item_id: str) -> None:
    """Position *item* in millimetres and give it its id."""
    item.attemptMove(QgsLayoutPoint(x, y, MM))
    item.attemptResize(QgsLayoutSize(width, height, MM))
    item.setId(item_id)


def label(layout, text: str, size: float, bold: bool, rect, item_id: str, align=None) -> QgsLayoutItemLabel:
    """A text label."""
    item = QgsLayoutItemLabel(layout)
    item.setText(text)
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    item.setFont(font)
    item.setFontColor(TEXT)
    item.setMode(QgsLayoutItemLabel.Mode.ModeFont)
    item.setHAlign(align if align is not None else Qt.AlignmentFlag.AlignLeft)  # the default is justified
    item.setVAlign(Qt.AlignmentFlag.AlignTop)
    layout.addLayoutItem(item)
    place(item, *rect, item_id)
    return item


def build(layout: QgsPrintLayout) -> None:
    """Add the page and items to *layout*."""
    layout.pageCollection().clear()
    page = QgsLayoutItemPage(layout)
    page.setPageSize("A4", QgsLayoutItemPage.Orientation.Landscape)
    layout.pageCollection().addPage(page)

    label(layout, "Measures – [% @atlas_pagename %]", 16, True, (10, 6, 205, 11), "title")
    label(
        layout,
        "[% format_date(now(), 'yyyy-MM-dd') %]",
        8,
        False,
        (220, 8, 67, 6),
        "date",
        Qt.AlignmentFlag.AlignRight,
    )

    map_item = QgsLayoutItemMap(layout)
    map_item.setFrameEnabled(True)
    map_item.setFrameStrokeWidth(QgsLayoutMeasurement(0.3, MM))
    map_item.setBackgroundColor(QColor("#ffffff"))
    layout.addLayoutItem(map_item)
    place(map_item, 10, 19, 205, 131, "map")
    # A valid extent (the demo landscape, in the item's shape): the atlas zooms from it.
    map_item.setCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    half_height = 5000 * 131 / 205
    map_item.setExtent(QgsRectangle(196000, 451000 - half_height, 206000, 451000 + half_height))

    arrow = QgsLayoutItemPicture(layout)
    arrow.setPicturePath(str(Path(QgsApplication.svgPaths()[0]) / NORTH_ARROW))
    arrow.setBackgroundEnabled(False)
    layout.addLayoutItem(arrow)
    place(arrow, 203, 22, 9, 14, "north_arrow")
    arrow.setLinkedMap(map_item)

    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setStyle("Single Box")
    scalebar.setLinkedMap(map_item)
    scalebar.setUnits(KILOMETERS)
    scalebar.setUnitLabel("km")
    scalebar.setNumberOfSegments(2)
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setSegmentSizeMode(FIT_WIDTH)
    scalebar.setMinimumBarWidth(25)
    scalebar.setMaximumBarWidth(60)
    scalebar.setTextFormat(text_format(7))
    scalebar.setBackgroundEnabled(True)
    scalebar.setBackgroundColor(QColor(255, 255, 255, 210))
    layout.addLayoutItem(scalebar)
    place(scalebar, 12, 139, 70, 9, "scalebar")

    legend = QgsLayoutItemLegend(layout)
    legend.setTitle("Legend")
    legend.setLinkedMap(map_item)
    legend.setStyleFont(LEGEND_TITLE, _font(10, True))
    legend.setStyleFont(LEGEND_GROUP, _font(8, True))
    legend.setStyleFont(LEGEND_SUBGROUP, _font(8, True))
    legend.setStyleFont(LEGEND_SYMBOL_LABEL, _font(8))
    legend.setSymbolWidth(6)
    legend.setSymbolHeight(4)
    legend.setWrapString("\n")
    legend.setColumnCount(1)
    legend.setResizeToContents(False)
    legend.setFrameEnabled(False)
    layout.addLayoutItem(legend)
    place(legend, 220, 19, 67, 131, "legend")

    label(layout, "Totals per theme", 9, True, (10, 153, 205, 6), "totals_title")
    table = QgsLayoutItemAttributeTable.create(layout)
    table.setHeaderTextFormat(text_format(7, True))
    table.setContentTextFormat(text_format(7))
    table.setCellMargin(0.8)
    table.setGridStrokeWidth(0.15)
    table.setGridColor(QColor("#9a9a9a"))
    table.setHeaderHAlignment(QgsLayoutItemAttributeTable.HeaderHAlignment.FollowColumn)
    table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.UseExistingFrames)
    table.setWrapBehavior(QgsLayoutItemAttributeTable.WrapBehavior.WrapText)
    table.setMaximumNumberOfFeatures(50)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    table.addFrame(frame)
    place(frame, 10, 159, 205, 44, "totals")  # after addFrame, which shrinks it to the (empty) table

    label(layout, "Sources", 7, False, (220, 153, 67, 50), "sources")


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def main() -> None:
    """Write the template."""
    project = QgsProject()
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName("A4B pilot measures (A4)")
    build(layout)
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    if not layout.saveAsTemplate(str(TARGET), QgsReadWriteContext()):
        raise SystemExit(f"could not write {TARGET}")
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    main()
    app.exitQgis()
