"""A PDF map per pilot, from the shipped print layout template, with an atlas.

Works without a desktop (``qgis_process``): everything happens in a private
:class:`QgsProject` holding copies of the layers, so the user's project is
never touched. The algorithm must run in the main thread (layout rendering).
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsConditionalStyle,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsLegendRenderer,
    QgsMemoryProviderUtils,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument

from ..common.errors import OutputError
from ..common.i18n import tr
from ..common.numbers import format_money
from ..common.paths import LAYOUTS_DIR
from ..common.qt_compat import (
    FIELD_DOUBLE,
    FIELD_INT,
    FIELD_STRING,
    LEGEND_HIDDEN,
    WKB_NO_GEOMETRY,
    WKB_POLYGON,
)
from ..common.values import is_blank
from ..measures import vocabulary
from ..register import schema as register_schema
from .map_layers import style_boundaries, style_natura2000, style_other_measures, style_page_measures
from .summary import INTEGER_KEYS, VALUE_KEYS, read_records, summarise
from .xlsx import column_label

TEMPLATE = LAYOUTS_DIR / "pilot_measures_a4.qpt"
NORTH_ARROW = "arrows/NorthArrow_02.svg"
MIN_EXTENT_M = 400.0  # a single small measure still gets some surroundings
TABLE_KEYS = VALUE_KEYS
# Money is printed as the panel shows it (core/common/numbers.py: € 122.509 in Dutch).
MONEY_KEYS = ("cost_eur_yr", "revenue_eur_yr", "net_eur_yr")
UNKNOWN_MONEY = "–"


def map_crs(layer: QgsVectorLayer) -> QgsCoordinateReferenceSystem:
    """The map's CRS: the register's, or RD New if that one is geographic."""
    crs = layer.crs()
    if not crs.isValid() or crs.isGeographic():
        return QgsCoordinateReferenceSystem(register_schema.REGISTER_CRS)
    return crs


def pilot_extents(measures: QgsVectorLayer, crs, transform_context) -> dict[str, QgsRectangle]:
    """Bounding box (in *crs*) of each pilot's measures."""
    transform = QgsCoordinateTransform(measures.crs(), crs, transform_context)
    extents: dict[str, QgsRectangle] = {}
    for feature in measures.getFeatures():
        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty():
            continue
        geometry = QgsGeometry(geometry)
        geometry.transform(transform)
        pilot = feature["pilot"]
        pilot = "" if is_blank(pilot) else str(pilot)
        box = geometry.boundingBox()
        if pilot in extents:
            extents[pilot].combineExtentWith(box)
        else:
            extents[pilot] = QgsRectangle(box)
    for box in extents.values():
        if box.width() < MIN_EXTENT_M or box.height() < MIN_EXTENT_M:
            centre = box.center()
            half = max(box.width(), box.height(), MIN_EXTENT_M) / 2
            box.set(centre.x() - half, centre.y() - half, centre.x() + half, centre.y() + half)
    return extents


def coverage_layer(extents: dict[str, QgsRectangle], crs) -> QgsVectorLayer:
    """The atlas coverage: one rectangle per pilot; ``name`` for the page, ``pilot_key`` to match."""
    fields = QgsFields()
    fields.append(QgsField("name", FIELD_STRING))
    fields.append(QgsField("pilot_key", FIELD_STRING))
    layer = QgsMemoryProviderUtils.createMemoryLayer("pilot_pages", fields, WKB_POLYGON, crs)
    features = []
    for key, box in sorted(extents.items()):
        feature = QgsFeature(fields)
        feature.setAttributes([key or tr("(no pilot)"), key])
        feature.setGeometry(QgsGeometry.fromRect(box))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def clip_copy(layer: QgsVectorLayer, area: QgsRectangle, area_crs, transform_context, name: str):
    """A memory copy of the features of *layer* touching *area* (a rectangle in *area_crs*)."""
    transform = QgsCoordinateTransform(area_crs, layer.crs(), transform_context)
    try:
        rect = transform.transformBoundingBox(area)
    except QgsCsException:  # the page cannot be expressed in the layer's CRS: copy everything
        rect = QgsRectangle()
    request = QgsFeatureRequest()
    if not rect.isEmpty():
        request.setFilterRect(rect)
    copy = layer.materialize(request)
    copy.setName(name)
    return copy


def summary_layer(measures: QgsVectorLayer) -> QgsVectorLayer:
    """Per pilot and theme totals, without geometry, for the layout table."""
    fields = QgsFields()
    fields.append(QgsField("pilot_key", FIELD_STRING))
    fields.append(QgsField("theme", FIELD_STRING))
    fields.append(QgsField("is_total", FIELD_INT))
    for key in TABLE_KEYS:
        fields.append(QgsField(key, FIELD_INT if key in INTEGER_KEYS else FIELD_DOUBLE))
    for key in MONEY_KEYS:
        fields.append(QgsField(f"{key}_text", FIELD_STRING))
    layer = QgsMemoryProviderUtils.createMemoryLayer(
        "totals", fields, WKB_NO_GEOMETRY, QgsCoordinateReferenceSystem()
    )
    features = []
    for row in summarise(read_records(measures), "theme"):
        if row["pilot"] is None:
            continue  # the grand total spans pilots; each page shows its own
        feature = QgsFeature(fields)
        total = row["theme"] is None
        theme = tr("Total") if total else vocabulary.theme_label(row["theme"] or tr("(none)"))
        money = [format_money(row[k]) or UNKNOWN_MONEY for k in MONEY_KEYS]
        feature.setAttributes([row["pilot"] or "", theme, int(total)] + [row[k] for k in TABLE_KEYS] + money)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    bold = QgsConditionalStyle('"is_total" = 1')
    font = QFont()
    font.setBold(True)
    bold.setFont(font)
    bold.setBackgroundColor(QColor("#e6e6e6"))
    layer.conditionalStyles().setRowStyles([bold])
    return layer


def _table_columns() -> list:
    """Columns of the totals table; widths (mm) fill the 205 mm frame with its cell margins."""
    from qgis.PyQt.QtCore import Qt

    def column(key: str, expression: str, width: float, heading: str = "") -> QgsLayoutTableColumn:
        col = QgsLayoutTableColumn(heading or column_label(key))
        col.setAttribute(expression)
        col.setWidth(width)
        if key != "theme":
            col.setHAlignment(Qt.AlignmentFlag.AlignRight)
        return col

    columns = [column("theme", '"theme"', 32), column("count", '"count"', 10)]
    for key, decimals, width in (("ha", 2, 15), ("m", 0, 13), ("pieces", 0, 12)):
        # Zero quantities stay blank so the units a pilot uses stand out.
        blank_zero = (
            f'CASE WHEN coalesce("{key}", 0) = 0 THEN \'\' ELSE format_number("{key}", {decimals}) END'
        )
        columns.append(column(key, blank_zero, width))
    # Each amount has beside it the number of measures without that figure (blank: none).
    for key, missing, heading in (
        ("cost_eur_yr", "cost_missing", tr("No cost")),
        ("revenue_eur_yr", "revenue_missing", tr("No revenue")),
        ("net_eur_yr", "net_left_out", tr("Not in net")),
    ):
        columns.append(column(key, f'"{key}_text"', 24))
        blank_zero = f'CASE WHEN "{missing}" = 0 THEN \'\' ELSE to_string("{missing}") END'
        columns.append(column(missing, blank_zero, 10, heading))
    return columns


def _load_template(project: QgsProject) -> QgsPrintLayout:
    document = QDomDocument()
    try:
        content = TEMPLATE.read_text(encoding="utf-8")
    except OSError as error:
        raise OutputError(
            tr("The layout template {path} cannot be read: {error}").format(path=TEMPLATE, error=error)
        ) from error
    document.setContent(content)
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not ok or layout.itemById("map") is None:
        raise OutputError(
            tr("The layout template {path} has no map item with id 'map'.").format(path=TEMPLATE)
        )
    return layout


def _fit_extent(map_item: QgsLayoutItemMap, rect: QgsRectangle) -> None:
    """Show *rect* without changing the item's size.

    ``setExtent`` resizes the item to the extent's shape, and ``zoomToExtent``
    (like the atlas) needs a valid current extent, which a template's map may
    lack: so widen *rect* to the item's shape and set that.
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


def _north_arrow_path() -> str:
    for folder in QgsApplication.svgPaths():
        candidate = Path(folder) / NORTH_ARROW
        if candidate.exists():
            return str(candidate)
    return ""


def write_pdf(
    measures: QgsVectorLayer,
    path: Path,
    transform_context: QgsCoordinateTransformContext,
    natura2000: QgsVectorLayer | None = None,
    boundaries: QgsVectorLayer | None = None,
    basemap=None,
    sources: str = "",
    feedback=None,
) -> int:
    """Write one A4 page per pilot of *measures* to *path*; return the page count."""
    if not measures.isSpatial():
        raise OutputError(
            tr("The register has no geometry, so no map can be drawn. Leave the PDF output empty.")
        )
    crs = map_crs(measures)
    extents = pilot_extents(measures, crs, transform_context)
    if not extents:
        raise OutputError(tr("None of the chosen measures has a geometry, so no map can be drawn."))
    everything = QgsRectangle()
    for box in extents.values():
        everything.combineExtentWith(box)
    everything.grow(max(everything.width(), everything.height()) * 0.2)

    project = QgsProject()
    project.setTransformContext(transform_context)
    project.setCrs(crs)
    page_measures = measures.materialize(QgsFeatureRequest())
    page_measures.setName(tr("Measures (by theme)"))
    style_page_measures(page_measures)
    other_measures = measures.materialize(QgsFeatureRequest())
    other_measures.setName(tr("Measures of other pilots"))
    style_other_measures(other_measures)
    layers = [page_measures, other_measures]  # top first
    legend_layers = [page_measures, other_measures]
    if boundaries is not None:
        boundary_copy = clip_copy(boundaries, everything, crs, transform_context, tr("Pilot boundary"))
        style_boundaries(boundary_copy)
        layers.insert(0, boundary_copy)  # an outline: above the measures
        legend_layers.append(boundary_copy)
    if natura2000 is not None:
        n2k_copy = clip_copy(natura2000, everything, crs, transform_context, tr("Natura 2000 area"))
        style_natura2000(n2k_copy)
        layers.append(n2k_copy)
        legend_layers.append(n2k_copy)
    if basemap is not None:
        base_copy = basemap.clone()
        layers.append(base_copy)
    coverage = coverage_layer(extents, crs)
    totals = summary_layer(measures)
    project.addMapLayers(layers + [coverage, totals], False)

    layout = _load_template(project)
    credit = tr("Map CRS: {crs}. Made with the A4B Natura 2000 toolkit.").format(crs=crs.authid())
    sources = f"{sources}\n{credit}" if sources else credit
    _fill_layout(layout, layers, legend_layers, other_measures, crs, totals, sources)
    _fit_extent(layout.itemById("map"), everything)
    atlas = layout.atlas()
    atlas.setCoverageLayer(coverage)
    atlas.setPageNameExpression('"name"')
    atlas.setSortFeatures(True)
    atlas.setSortExpression("concat(if(\"pilot_key\" = '', '1', '0'), \"name\")")  # "(no pilot)" last
    atlas.setHideCoverage(True)
    atlas.setEnabled(True)

    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = 150
    settings.rasterizeWholeImage = False
    # Real text (not outlines): the PDF stays searchable, copyable and small.
    # Qgis.TextRenderFormat exists from 3.22, the oldest QGIS this plugin supports.
    settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
    result, error = QgsLayoutExporter.exportToPdf(atlas, str(path), settings, feedback)
    if feedback is not None and feedback.isCanceled():
        raise OutputError(tr("Export cancelled; nothing was written."))
    if result != QgsLayoutExporter.ExportResult.Success:
        raise OutputError(tr("The PDF could not be written: {error}").format(error=error or result))
    return coverage.featureCount()


def write_empty_pdf(path: Path, text: str) -> int:
    """A one-page PDF that says *text* (an empty register: a model still gets its file)."""
    project = QgsProject()  # kept alive for as long as the layout that refers to it
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    label.attemptMove(QgsLayoutPoint(20, 20))
    label.attemptResize(QgsLayoutSize(170, 40))
    layout.addLayoutItem(label)
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
    result = QgsLayoutExporter(layout).exportToPdf(str(path), settings)
    if result != QgsLayoutExporter.ExportResult.Success:
        raise OutputError(tr("The PDF could not be written: {error}").format(error=result))
    return 1


def _fill_layout(layout, layers, legend_layers, other_measures, crs, totals, sources: str) -> None:
    """Give the template's items their layers and texts (items a user removed are skipped)."""
    page_name = "[% @atlas_pagename %]"
    texts = {
        "title": tr("Measures – {pilot}").format(pilot=page_name),
        "date": tr("Date: {date}").format(date="[% format_date(now(), 'yyyy-MM-dd') %]"),
        "totals_title": tr("Totals per theme (per year; – = not known; No …: measures without that figure)"),
        "sources": sources,
    }
    for item_id, text in texts.items():
        item = layout.itemById(item_id)
        if item is not None:
            item.setText(text)
    map_item = layout.itemById("map")
    map_item.setCrs(crs)
    map_item.setLayers(layers)
    map_item.setKeepLayerSet(True)
    map_item.setAtlasDriven(True)
    map_item.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
    map_item.setAtlasMargin(0.12)
    arrow = layout.itemById("north_arrow")
    if arrow is not None:
        arrow.setLinkedMap(map_item)
        if not Path(arrow.picturePath()).exists() and _north_arrow_path():
            arrow.setPicturePath(_north_arrow_path())
    scalebar = layout.itemById("scalebar")
    if scalebar is not None:
        scalebar.setLinkedMap(map_item)
    legend = layout.itemById("legend")
    if legend is not None:
        legend.setTitle(tr("Legend"))
        legend.setLinkedMap(map_item)
        legend.setAutoUpdateModel(False)
        root = legend.model().rootGroup()
        root.removeAllChildren()
        for layer in legend_layers:
            node = root.addLayer(layer)
            if layer is other_measures:  # one grey symbol: its label says it all
                QgsLegendRenderer.setNodeLegendStyle(node, LEGEND_HIDDEN)
        legend.setLegendFilterByMapEnabled(True)
        legend.refresh()
    frame = layout.itemById("totals")
    if frame is not None and hasattr(frame, "multiFrame"):
        table = frame.multiFrame()
        table.setVectorLayer(totals)
        table.setColumns(_table_columns())
        table.setFilterFeatures(True)
        table.setFeatureFilter("\"pilot_key\" = attribute(@atlas_feature, 'pilot_key')")
        table.setUseConditionalStyling(True)
        table.refreshAttributes()
