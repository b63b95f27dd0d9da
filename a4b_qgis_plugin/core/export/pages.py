"""The pages of the measures map: which area each page shows.

A pilot's page shows its whole boundary (when the boundaries are known) and
all its measures, with a margin, in the shape of the layout's map frame. An
overview page before them shows every pilot of the export. The pages are the
features of the atlas coverage layer (:func:`coverage_layer`).
"""

from __future__ import annotations

from dataclasses import dataclass

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsMemoryProviderUtils,
    QgsRectangle,
    QgsVectorLayer,
)

from ..common.i18n import tr
from ..common.qt_compat import FIELD_INT, FIELD_STRING, WKB_POLYGON
from ..common.values import is_blank
from ..register import schema as register_schema

MIN_EXTENT_M = 400.0  # a single small measure still gets some surroundings
MARGIN = 0.08  # of the larger side, on every side
OVERVIEW_KEY = "*"  # the overview page's pilot_key: no pilot is called that
BOUNDARY_NAME_FIELDS = ("name", "pilot", "naam")


@dataclass
class Page:
    """One atlas page: *key* is the pilot ("" for measures without one, OVERVIEW_KEY for the overview)."""

    key: str
    name: str
    extent: QgsRectangle
    overview: bool = False
    background: str = ""  # name of the page's background layer
    chart: str = ""  # path of the page's chart picture
    background_note: str = ""  # said on the map when its background could not be drawn


def map_crs(layer: QgsVectorLayer) -> QgsCoordinateReferenceSystem:
    """The map's CRS: the register's, or RD New if that one is geographic."""
    crs = layer.crs()
    if not crs.isValid() or crs.isGeographic():
        return QgsCoordinateReferenceSystem(register_schema.REGISTER_CRS)
    return crs


def _pilot_of(value) -> str:
    return "" if is_blank(value) else str(value)


def _add(extents: dict, key: str, geometry: QgsGeometry, transform: QgsCoordinateTransform) -> None:
    if geometry is None or geometry.isEmpty():
        return
    geometry = QgsGeometry(geometry)
    try:
        geometry.transform(transform)
    except QgsCsException:
        return
    box = geometry.boundingBox()
    if key in extents:
        extents[key].combineExtentWith(box)
    else:
        extents[key] = QgsRectangle(box)


def pilot_extents(measures, boundaries, crs, transform_context) -> dict[str, QgsRectangle]:
    """Bounding box (in *crs*) of each pilot's measures and of its boundary, if known."""
    extents: dict[str, QgsRectangle] = {}
    transform = QgsCoordinateTransform(measures.crs(), crs, transform_context)
    for feature in measures.getFeatures():
        _add(extents, _pilot_of(feature["pilot"]), feature.geometry(), transform)
    if boundaries is not None:
        names = [name for name in BOUNDARY_NAME_FIELDS if boundaries.fields().indexOf(name) >= 0]
        if names:
            transform = QgsCoordinateTransform(boundaries.crs(), crs, transform_context)
            for feature in boundaries.getFeatures():
                key = _pilot_of(feature[names[0]])
                if key and key in extents:  # only pilots that have measures in this export
                    _add(extents, key, feature.geometry(), transform)
    return extents


def framed(box: QgsRectangle, ratio: float, margin: float = MARGIN) -> QgsRectangle:
    """*box* with a margin, at least :data:`MIN_EXTENT_M` wide, widened to *ratio* (width / height)."""
    centre = box.center()
    width = max(box.width(), MIN_EXTENT_M)
    height = max(box.height(), MIN_EXTENT_M)
    grow = max(width, height) * margin
    width, height = width + 2 * grow, height + 2 * grow
    if ratio > 0:
        if width / height < ratio:
            width = height * ratio
        else:
            height = width / ratio
    return QgsRectangle(
        centre.x() - width / 2, centre.y() - height / 2, centre.x() + width / 2, centre.y() + height / 2
    )


def plan_pages(extents: dict[str, QgsRectangle], ratio: float, with_no_pilot: bool) -> list[Page]:
    """The pages in print order: the overview (two pilots or more), the pilots, "(no pilot)" last."""
    pilots = sorted((key for key in extents if key), key=str.lower)
    keys = pilots + ([""] if with_no_pilot and "" in extents else [])
    pages = [Page(key, key or tr("(no pilot)"), framed(extents[key], ratio)) for key in keys]
    if len(pages) > 1:
        everything = QgsRectangle()
        for key in keys:
            everything.combineExtentWith(extents[key])
        pages.insert(0, Page(OVERVIEW_KEY, tr("Overview"), framed(everything, ratio, 0.05), True))
    return pages


def coverage_layer(pages: list[Page], crs) -> QgsVectorLayer:
    """The atlas coverage: one rectangle per page, in print order.

    Fields: ``name`` (the page title), ``pilot_key`` (matches the measures'
    pilot), ``is_overview``, ``page_no`` (the sort key) and ``background``
    (the name of the page's background layer, when there is one) and
    ``chart`` (the path of its chart picture).
    """
    fields = QgsFields()
    for name, kind in (
        ("name", FIELD_STRING),
        ("pilot_key", FIELD_STRING),
        ("is_overview", FIELD_INT),
        ("page_no", FIELD_INT),
        ("background", FIELD_STRING),
        ("chart", FIELD_STRING),
        ("background_note", FIELD_STRING),
    ):
        fields.append(QgsField(name, kind))
    layer = QgsMemoryProviderUtils.createMemoryLayer("pilot_pages", fields, WKB_POLYGON, crs)
    features = []
    for number, page in enumerate(pages):
        feature = QgsFeature(fields)
        feature.setAttributes(
            [
                page.name,
                page.key,
                int(page.overview),
                number,
                page.background,
                page.chart,
                page.background_note,
            ]
        )
        feature.setGeometry(QgsGeometry.fromRect(page.extent))
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
