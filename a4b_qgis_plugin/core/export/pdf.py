"""The measures map as a PDF: an overview page and a page per pilot, from the shipped layout.

Works without a desktop (``qgis_process``): everything happens in a private
:class:`QgsProject` holding copies of the layers, so the user's project is
never touched. The algorithm must run in the main thread (layout rendering).
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)

from ..common.errors import OutputError
from ..common.i18n import tr
from . import background as backgrounds
from .chart import write_page_charts
from .facts import facts_text
from .layout import LayoutContent, fill_layout, fit_extent, load_template, map_ratio
from .layout_table import summary_layer
from .map_layers import (
    label_measures,
    style_boundaries,
    style_natura2000,
    style_other_measures,
    style_page_measures,
)
from .pages import clip_copy, coverage_layer, map_crs, pilot_extents, plan_pages
from .summary import read_records


@dataclass
class MapOptions:
    """How the map pages look: page size and orientation, background, labels, the no-pilot page."""

    page_size: str = "A4"
    orientation: str = "landscape"
    background: str = backgrounds.NONE  # one of background.CHOICES
    with_no_pilot: bool = False
    label_parcels: bool = False
    timeout_ms: int = backgrounds.TIMEOUT_MS


@dataclass
class MapInputs:
    """The data on the map and what the pages say about the export."""

    measures: QgsVectorLayer
    request: object  # run.ExportRequest: register, natura2000, basemap (a user's raster)
    filters: tuple
    count: int
    boundaries: QgsVectorLayer | None = None


class MeasuresLayout:
    """A filled measures print layout of *project*, and the layers it needs kept alive."""

    def __init__(
        self,
        project: QgsProject,
        inputs: MapInputs,
        options: MapOptions,
        transform_context,
        feedback=None,
        folder: Path | None = None,
        name_suffix: str = "",
    ):
        """*folder* keeps the charts and backgrounds; a temporary one (gone with this object) if None.

        *name_suffix* is added to the helper layers' names in a user's project, where the
        atlas picks layers by name and another layer of the same name would be drawn too; the
        legend keeps the plain names.
        """
        self.project = project
        self._temporary = None if folder is not None else tempfile.TemporaryDirectory(prefix="a4b_layout_")
        self.folder = Path(folder) if folder is not None else Path(self._temporary.name)
        measures = inputs.measures
        if not measures.isSpatial():
            raise OutputError(
                tr("The register has no geometry, so no map can be drawn. Leave the PDF output empty.")
            )
        crs = map_crs(measures)
        self.layout = load_template(project, options.page_size, options.orientation)
        extents = pilot_extents(measures, inputs.boundaries, crs, transform_context)
        self.pages = plan_pages(extents, map_ratio(self.layout), options.with_no_pilot)
        if not self.pages:
            raise OutputError(
                tr("None of the chosen measures has a geometry on a pilot's page, so no map can be drawn.")
                + " "
                + tr("Measures without a pilot get a page only when you ask for it.")
            )
        everything = QgsRectangle()
        for page in self.pages:
            everything.combineExtentWith(page.extent)

        page_measures = measures.materialize(QgsFeatureRequest())
        page_measures.setName(tr("Measures (by theme)"))
        style_page_measures(page_measures)
        label_measures(page_measures, options.label_parcels)
        other_measures = measures.materialize(QgsFeatureRequest())
        other_measures.setName(tr("Measures of other pilots"))
        style_other_measures(other_measures)
        layers = [page_measures, other_measures]  # top first
        legend_layers = [page_measures, other_measures]
        if inputs.boundaries is not None:
            boundary_copy = clip_copy(
                inputs.boundaries, everything, crs, transform_context, tr("Pilot boundary")
            )
            style_boundaries(boundary_copy)
            layers.insert(0, boundary_copy)  # an outline: above the measures
            legend_layers.append(boundary_copy)
        natura2000 = getattr(inputs.request, "natura2000", None)
        if natura2000 is not None:
            n2k_copy = clip_copy(natura2000, everything, crs, transform_context, tr("Natura 2000 area"))
            style_natura2000(n2k_copy)
            layers.append(n2k_copy)
            legend_layers.append(n2k_copy)
        user_raster = getattr(inputs.request, "basemap", None)
        page_backgrounds = []
        if user_raster is not None:
            layers.append(user_raster.clone())
            line = tr("Background: {name}.").format(name=user_raster.name())
        else:
            map_item = self.layout.itemById("map")
            page_backgrounds, line = backgrounds.page_backgrounds(
                options.background,
                self.pages,
                crs,
                (map_item.rect().width(), map_item.rect().height()),
                self.folder,
                options.timeout_ms,
                feedback,
            )
        records = read_records(measures)
        chart = self.layout.itemById("chart")
        if chart is not None:
            frame = (chart.rect().width(), chart.rect().height())
            write_page_charts(records, self.pages, self.folder, frame)
        self.coverage = coverage_layer(self.pages, crs)
        self.totals = summary_layer(records, [page.key for page in self.pages if not page.overview])
        legend_labels = {layer.id(): layer.name() for layer in legend_layers}
        for layer in layers:
            layer.setName(layer.name() + name_suffix)
        project.addMapLayers(layers + page_backgrounds + [self.coverage, self.totals], False)
        facts = facts_text(
            inputs.request, inputs.filters, inputs.count, measures, inputs.boundaries, line, crs.authid()
        )
        content = LayoutContent(
            layers=layers,
            legend_layers=legend_layers,
            coverage=self.coverage,
            totals=self.totals,
            crs=crs,
            facts=facts,
            quiet_legend_layers=[other_measures],
            legend_labels=legend_labels,
            background_names=[layer.name() for layer in page_backgrounds],
        )
        fill_layout(self.layout, content)
        fit_extent(self.layout.itemById("map"), self.pages[0].extent)
        self.layers = layers + page_backgrounds


def write_pdf(
    inputs: MapInputs,
    path: Path,
    transform_context: QgsCoordinateTransformContext,
    options: MapOptions,
    feedback=None,
) -> int:
    """Write the map pages to *path*; return the page count."""
    options = options or MapOptions()
    project = QgsProject()
    project.setTransformContext(transform_context)
    built = MeasuresLayout(project, inputs, options, transform_context, feedback)
    project.setCrs(map_crs(inputs.measures))
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = 150
    settings.rasterizeWholeImage = False
    # Real text (not outlines): the PDF stays searchable, copyable and small.
    # Qgis.TextRenderFormat exists from 3.22, the oldest QGIS this plugin supports.
    settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
    result, error = QgsLayoutExporter.exportToPdf(built.layout.atlas(), str(path), settings, feedback)
    if feedback is not None and feedback.isCanceled():
        raise OutputError(tr("Export cancelled; nothing was written."))
    if result != QgsLayoutExporter.ExportResult.Success:
        raise OutputError(tr("The PDF could not be written: {error}").format(error=error or result))
    return built.coverage.featureCount()


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
