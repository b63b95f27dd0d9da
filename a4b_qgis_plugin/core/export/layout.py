"""The measures print layout: the shipped template, filled and driven by an atlas over the pages.

Used by ``a4b:exportmeasures`` (a private project, written to PDF) and by
"Open as print layout" in the Measures panel (the user's project, where the
layout lands in the Layout Manager to be edited and exported with QGIS's own
tools). The template's items are found by id; an item a user deleted from a
copy of the template is simply skipped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsExpression,
    QgsLayoutItemMap,
    QgsLayoutObject,
    QgsLegendRenderer,
    QgsPrintLayout,
    QgsProperty,
    QgsReadWriteContext,
    QgsRectangle,
)
from qgis.PyQt.QtXml import QDomDocument

from ..common.errors import OutputError
from ..common.i18n import tr
from ..common.paths import LAYOUTS_DIR
from ..common.qt_compat import LEGEND_HIDDEN
from .layout_table import table_columns

PAGE_SIZES = ("A4", "A3")
ORIENTATIONS = ("landscape", "portrait")
NORTH_ARROW = "arrows/NorthArrow_02.svg"
A3_TEXT = 1.2  # as scripts/make_layout_template.py: text on A3 is this much larger than on A4


def _is_a3(layout) -> bool:
    size = layout.pageCollection().page(0).pageSize()
    return size.width() * size.height() > 100000  # mm²: A4 is 62,370, A3 124,740


def template_path(page_size: str = "A4", orientation: str = "landscape") -> Path:
    """The shipped template for *page_size* (A4, A3) and *orientation* (landscape, portrait)."""
    if page_size not in PAGE_SIZES or orientation not in ORIENTATIONS:
        raise OutputError(
            tr("There is no layout for page size {size} in {orientation}.").format(
                size=page_size, orientation=orientation
            )
        )
    return LAYOUTS_DIR / f"pilot_measures_{page_size.lower()}_{orientation}.qpt"


@dataclass
class LayoutContent:
    """What goes on the pages: layers (top first), the legend's layers, texts and the atlas coverage."""

    layers: list
    legend_layers: list
    coverage: object
    totals: object
    crs: object
    facts: str = ""
    quiet_legend_layers: list = field(default_factory=list)  # one symbol, no class list
    legend_labels: dict = field(default_factory=dict)  # layer id -> its name in the legend
    background_names: list = field(default_factory=list)  # one per page, chosen by the atlas
    background_notes: dict = field(default_factory=dict)  # page number -> note, "" when drawn


def load_template(project, page_size: str = "A4", orientation: str = "landscape") -> QgsPrintLayout:
    """A new print layout of *project* from the shipped template; raise :class:`OutputError`."""
    path = template_path(page_size, orientation)
    document = QDomDocument()
    try:
        content = path.read_text(encoding="utf-8")
    except OSError as error:
        raise OutputError(
            tr("The layout template {path} cannot be read: {error}").format(path=path, error=error)
        ) from error
    document.setContent(content)
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not ok or layout.itemById("map") is None:
        raise OutputError(tr("The layout template {path} has no map item with id 'map'.").format(path=path))
    return layout


def map_ratio(layout: QgsPrintLayout) -> float:
    """Width / height of the layout's map frame."""
    rect = layout.itemById("map").rect()
    return rect.width() / rect.height() if rect.height() > 0 else 1.0


def _choose(condition: str, when: str, otherwise: str) -> str:
    """A label expression choosing between two translated texts; ``{pilot}`` stands for the page name."""

    def expression(text: str) -> str:
        parts = [QgsExpression.quotedString(part) for part in text.split("{pilot}")]
        return " || @atlas_pagename || ".join(parts)

    return f"[% if({condition}, {expression(when)}, {expression(otherwise)}) %]"


OVERVIEW = "coalesce(attribute(@atlas_feature, 'is_overview'), 0) = 1"


def fill_layout(layout: QgsPrintLayout, content: LayoutContent) -> None:
    """Give the template's items their layers and texts, and set up the atlas over the pages."""
    texts = {
        "title": _choose(
            OVERVIEW,
            tr("Measures – overview of the pilots"),
            tr("Measures – {pilot}"),
        ),
        "disclaimer": tr(
            "Proposals, not decisions: the measures on this map are proposals for discussion; "
            "a status says how far each has come."
        ),
        "date": tr("Date: {date}").format(date="[% format_date(now(), 'yyyy-MM-dd') %]")
        + "\n"
        + tr("Page {page} of {pages}").format(
            page="[% @atlas_featurenumber %]", pages="[% @atlas_totalfeatures %]"
        ),
        "totals_title": _choose(
            OVERVIEW,
            tr("Totals per pilot (per year; – = not known; No …: measures without that figure)"),
            tr("Totals per theme (per year; – = not known; No …: measures without that figure)"),
        ),
        "sources": content.facts,
        "background_note": "[% attribute(@atlas_feature, 'background_note') %]",
    }
    for item_id, text in texts.items():
        item = layout.itemById(item_id)
        if item is not None:
            item.setText(text)
    note = layout.itemById("background_note")
    if note is not None:  # a white box only where there is something to say
        note.dataDefinedProperties().setProperty(
            QgsLayoutObject.DataDefinedProperty.BackgroundColor,
            QgsProperty.fromExpression(
                "if(coalesce(attribute(@atlas_feature, 'background_note'), '') = '', "
                "'255,255,255,0', '255,255,255,220')"
            ),
        )
    map_item = layout.itemById("map")
    map_item.setCrs(content.crs)
    map_item.setLayers(content.layers)
    map_item.setKeepLayerSet(True)
    if content.background_names:
        _page_backgrounds(map_item, content)
    map_item.setAtlasDriven(True)
    # The coverage rectangles already have their margin and the frame's shape.
    map_item.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
    map_item.setAtlasMargin(0.0)
    _fill_decorations(layout, map_item)
    _fill_legend(layout, map_item, content)
    chart = layout.itemById("chart")
    if chart is not None:
        chart.dataDefinedProperties().setProperty(
            QgsLayoutObject.DataDefinedProperty.PictureSource,
            QgsProperty.fromExpression("attribute(@atlas_feature, 'chart')"),
        )
    frame = layout.itemById("totals")
    if frame is not None and hasattr(frame, "multiFrame"):
        table = frame.multiFrame()
        table.setVectorLayer(content.totals)
        table.setColumns(table_columns(A3_TEXT if _is_a3(layout) else 1.0))
        table.setFilterFeatures(True)
        table.setFeatureFilter("\"pilot_key\" = attribute(@atlas_feature, 'pilot_key')")
        table.setUseConditionalStyling(True)
        table.refreshAttributes()
    atlas = layout.atlas()
    atlas.setCoverageLayer(content.coverage)
    atlas.setPageNameExpression('"name"')
    atlas.setSortFeatures(True)
    atlas.setSortExpression('"page_no"')
    atlas.setHideCoverage(True)
    atlas.setEnabled(True)


def _page_backgrounds(map_item: QgsLayoutItemMap, content: LayoutContent) -> None:
    """Each page draws its own background layer (named in the coverage) under the other layers.

    The map item's data-defined layer list takes layer names, joined with ``|``.
    """
    names = [layer.name() for layer in content.layers]
    listed = "|".join(names)
    expression = (
        f"concat({QgsExpression.quotedString(listed)}, "
        "if(coalesce(attribute(@atlas_feature, 'background'), '') = '', '', "
        "'|' || attribute(@atlas_feature, 'background')))"
    )
    map_item.dataDefinedProperties().setProperty(
        QgsLayoutObject.DataDefinedProperty.MapLayers, QgsProperty.fromExpression(expression)
    )


def _north_arrow_path() -> str:
    for folder in QgsApplication.svgPaths():
        candidate = Path(folder) / NORTH_ARROW
        if candidate.exists():
            return str(candidate)
    return ""


def _fill_decorations(layout, map_item) -> None:
    arrow = layout.itemById("north_arrow")
    if arrow is not None:
        arrow.setLinkedMap(map_item)
        if not Path(arrow.picturePath()).exists() and _north_arrow_path():
            arrow.setPicturePath(_north_arrow_path())
    scalebar = layout.itemById("scalebar")
    if scalebar is not None:
        scalebar.setLinkedMap(map_item)


def _fill_legend(layout, map_item, content: LayoutContent) -> None:
    legend = layout.itemById("legend")
    if legend is None:
        return
    legend.setTitle(tr("Legend"))
    legend.setLinkedMap(map_item)
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    for layer in content.legend_layers:
        node = root.addLayer(layer)
        if layer.id() in content.legend_labels:  # the legend's own label, kept in the project
            node.setCustomProperty("legend/title-label", content.legend_labels[layer.id()])
        if layer in content.quiet_legend_layers:  # one symbol: its label says it all
            QgsLegendRenderer.setNodeLegendStyle(node, LEGEND_HIDDEN)
    legend.setLegendFilterByMapEnabled(True)
    legend.refresh()


def fit_extent(map_item: QgsLayoutItemMap, rect: QgsRectangle) -> None:
    """Show *rect* without changing the item's size (for a layout shown before the atlas runs).

    ``setExtent`` resizes the item to the extent's shape, so widen *rect* to the
    item's shape first.
    """
    item = map_item.rect()
    if item.height() <= 0 or rect.height() <= 0:
        return
    ratio = item.width() / item.height()
    width, height = rect.width(), rect.height()
    if width / height < ratio:
        width = height * ratio
    else:
        height = width / ratio
    centre = rect.center()
    map_item.setExtent(
        QgsRectangle(
            centre.x() - width / 2, centre.y() - height / 2, centre.x() + width / 2, centre.y() + height / 2
        )
    )
