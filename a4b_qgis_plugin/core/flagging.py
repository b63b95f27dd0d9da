"""Flag parcels near Natura 2000 areas: distance, band, overlap and pilot per parcel.

Pure logic shared by the ``a4b:flagparcels`` algorithm and the workspace panel.
Every measurement happens in one projected metric CRS, whatever the CRS of the
inputs; the output keeps the parcels' own geometry and CRS.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFeatureSource,
    QgsFields,
    QgsGeometry,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from .bands import band_for_distance
from .flag_fields import OUTPUT_FIELD_NAMES, output_fields
from .flag_index import AreaIndex, PilotIndex, prepare_geometry

NAME_FIELD_CANDIDATES = ("naam_n2k", "naamN2K", "naam", "name")
NR_FIELD = "nr"

__all__ = [
    "NAME_FIELD_CANDIDATES",
    "OUTPUT_FIELD_NAMES",
    "FlagError",
    "FlagSummary",
    "default_name_field",
    "flag_parcels",
    "output_fields",
]


class FlagError(Exception):
    """A problem with the inputs, worded for the user."""


@dataclass
class FlagSummary:
    """What a flagging run counted."""

    bands: list[int]
    band_counts: dict = field(default_factory=dict)  # band upper bound (0 = touching) -> count
    beyond: int = 0  # parcels farther than the outermost band
    repaired: int = 0  # invalid geometries repaired for the computation
    skipped: int = 0  # null or empty geometries (all output fields NULL)
    total: int = 0
    canceled: bool = False


def default_name_field(fields: QgsFields) -> str | None:
    """The first of ``naam_n2k``, ``naamN2K``, ``naam``, ``name`` present in *fields*."""
    names = fields.names()
    for candidate in NAME_FIELD_CANDIDATES:
        if candidate in names:
            return candidate
    lower = {n.lower(): n for n in names}
    for candidate in NAME_FIELD_CANDIDATES:
        if candidate.lower() in lower:
            return lower[candidate.lower()]
    return None


def _is_polygon_source(source: QgsFeatureSource) -> bool:
    return QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.PolygonGeometry


def _transform(
    source_crs: QgsCoordinateReferenceSystem,
    metric_crs: QgsCoordinateReferenceSystem,
    context: QgsCoordinateTransformContext,
) -> QgsCoordinateTransform | None:
    if not source_crs.isValid() or source_crs == metric_crs:
        return None
    return QgsCoordinateTransform(source_crs, metric_crs, context)


def check_metric_crs(crs: QgsCoordinateReferenceSystem) -> None:
    """Raise :class:`FlagError` unless *crs* is a valid projected CRS in metres."""
    if not crs.isValid() or crs.isGeographic():
        raise FlagError(
            QCoreApplication.translate(
                "flagging", "Distances need a projected CRS in metres (e.g. EPSG:28992); got {0}."
            ).format(crs.authid() or crs.description() or "?")
        )


def _load_areas(natura, name_field, metric_crs, context, feedback):
    """Natura 2000 features as (metric geometry, name, nr); invalid ones repaired."""
    fields = natura.fields()
    name_idx = fields.lookupField(name_field) if name_field else -1
    nr_idx = fields.lookupField(NR_FIELD)
    xform = _transform(natura.sourceCrs(), metric_crs, context)
    request = QgsFeatureRequest()
    attrs = [i for i in (name_idx, nr_idx) if i >= 0]
    request.setSubsetOfAttributes(attrs)
    areas = []
    for feat in natura.getFeatures(request):
        geom, _repaired = prepare_geometry(feat.geometry(), xform)
        if geom is None:
            continue
        name = feat.attribute(name_idx) if name_idx >= 0 else None
        nr = feat.attribute(nr_idx) if nr_idx >= 0 else None
        areas.append((geom, _clean(name, str), _clean(nr, int)))
        if feedback is not None and feedback.isCanceled():
            break
    return areas


def _clean(value, kind):
    """A plain Python value of *kind*, or None for NULL / unconvertible values."""
    if value is None:
        return None
    try:
        if hasattr(value, "isNull") and value.isNull():
            return None
    except TypeError:
        pass
    try:
        return kind(value)
    except (TypeError, ValueError):
        return None


def _load_pilots(pilots, pilot_field, metric_crs, context):
    fields = pilots.fields()
    idx = fields.lookupField(pilot_field) if pilot_field else -1
    xform = _transform(pilots.sourceCrs(), metric_crs, context)
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes([idx] if idx >= 0 else [])
    items = []
    for feat in pilots.getFeatures(request):
        geom, _repaired = prepare_geometry(feat.geometry(), xform)
        if geom is None:
            continue
        name = _clean(feat.attribute(idx), str) if idx >= 0 else str(feat.id())
        items.append((geom, name))
    return items


def flag_parcels(
    parcels: QgsFeatureSource,
    natura: QgsFeatureSource,
    sink: QgsFeatureSink,
    bands: list[int],
    transform_context: QgsCoordinateTransformContext,
    metric_crs: QgsCoordinateReferenceSystem | None = None,
    name_field: str | None = None,
    pilots: QgsFeatureSource | None = None,
    pilot_field: str | None = None,
    feedback=None,
) -> FlagSummary:
    """Write every parcel with its Natura 2000 fields to *sink*; return the counts.

    *sink* must accept :func:`output_fields` of the parcels' fields. Raises
    :class:`FlagError` for unusable inputs.
    """
    metric_crs = metric_crs or QgsCoordinateReferenceSystem("EPSG:28992")
    check_metric_crs(metric_crs)
    if not bands:
        raise FlagError(QCoreApplication.translate("flagging", "Give at least one distance band."))
    for source, label in ((parcels, "parcels"), (natura, "Natura 2000")):
        if not _is_polygon_source(source):
            raise FlagError(
                QCoreApplication.translate("flagging", "The {0} layer must hold polygons.").format(label)
            )
    if pilots is not None and not _is_polygon_source(pilots):
        raise FlagError(QCoreApplication.translate("flagging", "The pilots layer must hold polygons."))
    out_fields = output_fields(parcels.fields())  # raises FlagError on a name clash
    if name_field is None:
        name_field = default_name_field(natura.fields())
    elif natura.fields().lookupField(name_field) < 0:
        raise FlagError(
            QCoreApplication.translate("flagging", "The Natura 2000 layer has no field '{0}'.").format(
                name_field
            )
        )

    outer = float(max(bands))
    areas = _load_areas(natura, name_field, metric_crs, transform_context, feedback)
    if not areas:
        raise FlagError(
            QCoreApplication.translate("flagging", "The Natura 2000 layer holds no usable polygon.")
        )
    index = AreaIndex(areas, outer)
    pilot_index = None
    if pilots is not None:
        pilot_index = PilotIndex(_load_pilots(pilots, pilot_field, metric_crs, transform_context))

    summary = FlagSummary(bands=list(bands), band_counts={b: 0 for b in [0, *bands]})
    xform = _transform(parcels.sourceCrs(), metric_crs, transform_context)
    count = parcels.featureCount()
    step = 100.0 / count if count and count > 0 else 0
    n_in = parcels.fields().count()
    out = QgsFeature(out_fields)
    for i, feat in enumerate(parcels.getFeatures()):
        if feedback is not None and i % 1000 == 0:
            if feedback.isCanceled():
                summary.canceled = True
                break
            feedback.setProgress(i * step)
        summary.total += 1
        geom, repaired = prepare_geometry(feat.geometry(), xform)
        values = [None] * 7
        if geom is None:
            summary.skipped += 1
        else:
            if repaired:
                summary.repaired += 1
            values = _flag_one(geom, index, pilot_index, bands)
            band = values[3]
            if band is None:
                summary.beyond += 1
            else:
                summary.band_counts[band] += 1
        attrs = feat.attributes()
        if len(attrs) < n_in:
            attrs += [None] * (n_in - len(attrs))
        out.setAttributes(attrs + values)
        out.setGeometry(feat.geometry())
        out.setId(feat.id())
        sink.addFeature(out, QgsFeatureSink.FastInsert)
    return summary


def _flag_one(geom: QgsGeometry, index: AreaIndex, pilot_index, bands):
    nearest = index.nearest(geom)
    if nearest is None:
        dist = name = nr = band = None
    else:
        dist, area_no = nearest
        name, nr = index.attributes(area_no)
        band = band_for_distance(dist, bands)
    parcel_area = geom.area()
    overlap = index.overlap_area(geom) if (dist is not None and dist <= 0) else 0.0
    pct = 100.0 * overlap / parcel_area if parcel_area > 0 else 0.0
    pilot = pilot_index.pilot_for(geom) if pilot_index is not None else None
    return [dist, name, nr, band, overlap / 10000.0, min(pct, 100.0), pilot]
