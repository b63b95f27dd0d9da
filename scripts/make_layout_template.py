"""Generate the shipped print layouts ``resources/layouts/pilot_measures_<a4|a3>_<orientation>.qpt``.

A4 and A3, landscape and portrait; one page per pilot (the export and "Open
as print layout" drive it with an atlas). The items carry fixed ids that
``core/export/layout.py`` looks up and fills: ``title``, ``disclaimer``,
``date``, ``map``, ``north_arrow``, ``scalebar``, ``background_note``,
``legend``, ``chart`` (a picture), ``totals_title``, ``totals`` (frame of an
attribute table) and ``sources``.
Users may restyle or move them in the layout designer; an item they delete
is simply left out.

Run: ``/usr/bin/python3 scripts/make_layout_template.py``
"""

from __future__ import annotations

import os
import re
import sys
import uuid
from pathlib import Path

# Qt writes XML attributes in hash order; a fixed seed makes the files the same on every run.
os.environ.setdefault("QT_HASH_SEED", "0")

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
TARGETS = ROOT / "a4b_qgis_plugin" / "resources" / "layouts"
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


PAGE_SIZES = ("A4", "A3")
A3_TEXT = 1.2  # text size on A3 relative to A4; core/export/layout_table.py widens the columns alike
ORIENTATIONS = ("landscape", "portrait")
MARGIN = 10.0


def frames(width: float, height: float) -> dict:
    """Item rectangles (x, y, w, h in mm) for a page of *width* x *height* mm.

    Landscape: the map on the left, legend and chart beside it, the totals
    table and the facts below. Portrait: the map on top, legend and chart side
    by side below it, then table and facts.
    """
    inner = width - 2 * MARGIN
    top = 21.0  # below title and disclaimer
    bottom = height - MARGIN
    if width > height:
        side = round(inner * 0.27, 1)
        map_w = inner - side - 5
        block = round((height - top - MARGIN) * 0.30, 1)
        map_h = bottom - top - block - 3
        right = MARGIN + map_w + 5
        legend_h = round(map_h * 0.5, 1)
        below = top + map_h + 3
        return {
            "map": (MARGIN, top, map_w, map_h),
            "legend": (right, top, side, legend_h),
            "chart": (right, top + legend_h + 2, side, map_h - legend_h - 2),
            "totals_title": (MARGIN, below, map_w, 5),
            "totals": (MARGIN, below + 5.5, map_w, block - 5.5),
            "sources": (right, below, side, block),
        }
    map_h = round((height - top - MARGIN) * 0.52, 1)
    below = top + map_h + 3
    half = (inner - 5) / 2
    middle = round((height - top - MARGIN) * 0.23, 1)
    table_y = below + middle + 2
    facts_h = 27.0
    return {
        "map": (MARGIN, top, inner, map_h),
        "legend": (MARGIN, below, half, middle),
        "chart": (MARGIN + half + 5, below, half, middle),
        "totals_title": (MARGIN, table_y, inner, 5),
        "totals": (MARGIN, table_y + 5.5, inner, bottom - facts_h - table_y - 7),
        "sources": (MARGIN, bottom - facts_h, inner, facts_h),
    }


def build(layout: QgsPrintLayout, size: str = "A4", orientation: str = "landscape") -> None:
    """Add the page and items to *layout*."""
    layout.pageCollection().clear()
    page = QgsLayoutItemPage(layout)
    turn = QgsLayoutItemPage.Orientation.Landscape
    if orientation == "portrait":
        turn = QgsLayoutItemPage.Orientation.Portrait
    page.setPageSize(size, turn)
    layout.pageCollection().addPage(page)
    width, height = page.pageSize().width(), page.pageSize().height()
    rects = frames(width, height)
    k = A3_TEXT if size == "A3" else 1.0  # text grows with the page, a little
    inner = width - 2 * MARGIN

    header = 42.0  # the date and page number, top right
    label(layout, "Measures – [% @atlas_pagename %]", 14 * k, True, (MARGIN, 5, inner - header, 9), "title")
    # full width: the date block above it on the right ends at 14 mm
    label(layout, "Proposals, not decisions", 7 * k, False, (MARGIN, 15, inner, 5), "disclaimer")
    label(
        layout,
        "[% format_date(now(), 'yyyy-MM-dd') %]",
        7.5 * k,
        False,
        (width - MARGIN - header, 5.5, header, 9),
        "date",
        Qt.AlignmentFlag.AlignRight,
    )

    map_item = QgsLayoutItemMap(layout)
    map_item.setFrameEnabled(True)
    map_item.setFrameStrokeWidth(QgsLayoutMeasurement(0.3, MM))
    map_item.setBackgroundColor(QColor("#ffffff"))
    layout.addLayoutItem(map_item)
    mx, my, mw, mh = rects["map"]
    place(map_item, mx, my, mw, mh, "map")
    # A valid extent (the demo landscape, in the item's shape): the atlas zooms from it.
    map_item.setCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    half_height = 5000 * mh / mw
    map_item.setExtent(QgsRectangle(196000, 451000 - half_height, 206000, 451000 + half_height))

    arrow = QgsLayoutItemPicture(layout)
    arrow.setPicturePath(str(Path(QgsApplication.svgPaths()[0]) / NORTH_ARROW))
    arrow.setBackgroundEnabled(False)
    layout.addLayoutItem(arrow)
    place(arrow, mx + mw - 12, my + 3, 9, 14, "north_arrow")
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
    scalebar.setTextFormat(text_format(7 * k))
    scalebar.setBackgroundEnabled(True)
    scalebar.setBackgroundColor(QColor(255, 255, 255, 210))
    layout.addLayoutItem(scalebar)
    place(scalebar, mx + 2, my + mh - 11, 70, 9, "scalebar")

    # Says so on the map when the background could not be fetched (empty otherwise).
    note = label(layout, "", 7 * k, False, (mx + mw - 92, my + mh - 9, 90, 7), "background_note")
    note.setHAlign(Qt.AlignmentFlag.AlignRight)
    note.setBackgroundEnabled(True)
    note.setBackgroundColor(QColor(255, 255, 255, 220))

    legend = QgsLayoutItemLegend(layout)
    legend.setTitle("Legend")
    legend.setLinkedMap(map_item)
    legend.setStyleFont(LEGEND_TITLE, _font(9 * k, True))
    legend.setStyleFont(LEGEND_GROUP, _font(8 * k, True))
    legend.setStyleFont(LEGEND_SUBGROUP, _font(8 * k, True))
    legend.setStyleFont(LEGEND_SYMBOL_LABEL, _font(7.5 * k))
    legend.setSymbolWidth(6)
    legend.setSymbolHeight(3.5)
    legend.setWrapString("\n")
    legend.setColumnCount(1)
    legend.setResizeToContents(False)
    legend.setFrameEnabled(False)
    layout.addLayoutItem(legend)
    place(legend, *rects["legend"], "legend")

    chart = QgsLayoutItemPicture(layout)
    chart.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
    chart.setBackgroundEnabled(False)
    layout.addLayoutItem(chart)
    place(chart, *rects["chart"], "chart")

    label(layout, "Totals per theme", 8.5 * k, True, rects["totals_title"], "totals_title")
    table = QgsLayoutItemAttributeTable.create(layout)
    table.setHeaderTextFormat(text_format(6 * k, True))
    table.setContentTextFormat(text_format(6.5 * k))
    table.setCellMargin(0.5)
    table.setGridStrokeWidth(0.15)
    table.setGridColor(QColor("#9a9a9a"))
    table.setHeaderHAlignment(QgsLayoutItemAttributeTable.HeaderHAlignment.FollowColumn)
    table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.UseExistingFrames)
    table.setWrapBehavior(QgsLayoutItemAttributeTable.WrapBehavior.WrapText)
    table.setMaximumNumberOfFeatures(50)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    table.addFrame(frame)
    place(frame, *rects["totals"], "totals")  # after addFrame, which shrinks it to the (empty) table

    label(layout, "Sources", 6.5 * k, False, rects["sources"], "sources")


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _stable_uuids(path: Path) -> None:
    """Replace the random item UUIDs by ones derived from the file name and their order.

    Running the script twice then gives the same files, so a diff shows only real changes.
    """
    text = path.read_text(encoding="utf-8")
    found: dict[str, str] = {}

    def stable(match) -> str:
        key = match.group(0)
        if key not in found:
            found[key] = "{" + str(uuid.uuid5(uuid.NAMESPACE_URL, f"{path.name}/{len(found)}")) + "}"
        return found[key]

    path.write_text(re.sub(r"\{[0-9a-f]{8}-[0-9a-f-]{27}\}", stable, text), encoding="utf-8")


def main() -> None:
    """Write the templates, one per page size and orientation."""
    TARGETS.mkdir(parents=True, exist_ok=True)
    for size in PAGE_SIZES:
        for orientation in ORIENTATIONS:
            project = QgsProject()
            layout = QgsPrintLayout(project)
            layout.initializeDefaults()
            layout.setName(f"A4B pilot measures ({size} {orientation})")
            build(layout, size, orientation)
            target = TARGETS / f"pilot_measures_{size.lower()}_{orientation}.qpt"
            if not layout.saveAsTemplate(str(target), QgsReadWriteContext()):
                raise SystemExit(f"could not write {target}")
            _stable_uuids(target)
            print(f"wrote {target}")


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    main()
    app.exitQgis()
