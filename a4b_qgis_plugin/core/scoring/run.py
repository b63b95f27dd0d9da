"""Score parcels for measures: nitrogen, drying, fragmentation and proximity per parcel.

Pure logic behind ``a4b:scoreparcels``. Two passes over the parcels: the first
measures every parcel (raster means in batches, nature relations one by one)
and keeps only numbers; the second writes every parcel with its values, score
and rank, once the scaling over all parcels is known. Geometries are measured
in one metric CRS; the output keeps the parcels' own geometry and CRS.
"""

from __future__ import annotations

import itertools
from array import array
from dataclasses import dataclass, field

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFeatureSource,
    QgsRasterDataProvider,
    QgsRasterLayer,
    QgsWkbTypes,
)

from ..common.crs import WORK_CRS
from ..common.errors import InputError
from ..common.features import features_including_invalid
from ..common.i18n import tr
from ..common.layer_crs import resolve_layer_crs
from ..common.qt_compat import GEOMETRY_POLYGON
from ..common.values import plain_value
from ..flagging.index import PilotIndex, prepare_geometry
from ..flagging.run import check_metric_crs, default_pilot_field
from ..flagging.threads import CHUNK, BackgroundWriter
from . import normalise
from .fields import SCORE_FIELD_NAMES, score_output_fields
from .nature import NatureIndex
from .raster_mean import RasterMeans
from .shapes import polygon_rings

BATCH = 4096  # parcels measured per raster read round


@dataclass
class RasterInput:
    """A raster band to average over parcels, read through a provider of its own."""

    provider: QgsRasterDataProvider | None
    band: int = 1
    layer: QgsRasterLayer | None = None  # a clone dies with its original's layer: keep it

    @classmethod
    def from_layer(cls, layer: QgsRasterLayer, band: int = 1) -> RasterInput:
        """A private copy of *layer*'s provider (call in the main thread), safe to read from a task."""
        provider = layer.dataProvider() if layer is not None and layer.isValid() else None
        return cls(provider.clone() if provider is not None else None, band, layer)


@dataclass
class ScoreSummary:
    """What a scoring run counted and chose, for the log and the algorithm's outputs."""

    total: int = 0
    skipped: int = 0  # null or empty geometries
    repaired: int = 0
    scored: int = 0
    bridging: int = 0  # parcels with links >= 2
    patches: int = 0
    with_value: dict = field(default_factory=dict)  # measure -> parcels with a value
    weights: dict = field(default_factory=dict)  # criteria used -> weight
    notes: list = field(default_factory=list)
    canceled: bool = False


def _check_polygons(source: QgsFeatureSource | None, message: str) -> None:
    if source is not None and QgsWkbTypes.geometryType(source.wkbType()) != GEOMETRY_POLYGON:
        raise InputError(message)


def _transform(source_crs, target_crs, context):
    if not source_crs.isValid() or source_crs == target_crs:
        return None
    return QgsCoordinateTransform(source_crs, target_crs, context)


def _load(source, metric_crs, context, feedback, name_field=None):
    """(geometries in the metric CRS, names) of a polygon source; unusable geometries skipped."""
    if source is None:
        return [], []
    xform = _transform(source.sourceCrs(), metric_crs, context)
    index = source.fields().lookupField(name_field) if name_field else -1
    geoms, names = [], []
    for feat in features_including_invalid(source):
        if feedback is not None and feedback.isCanceled():
            break
        try:
            geom, _repaired = prepare_geometry(feat.geometry(), xform)
        except QgsCsException:
            geom = None
        if geom is None:
            continue
        geoms.append(geom)
        name = plain_value(feat.attribute(index), str) if index >= 0 else None
        # a pilot without a name is known by its feature id, as in the flagging
        names.append(name if name is not None else str(feat.id()))
    return geoms, names


def _samplers(rasters: dict, metric_crs, context) -> dict:
    labels = {
        "deposition": tr("Nitrogen deposition raster"),
        "groundwater": tr("Groundwater (GLG) raster"),
        "elevation": tr("Elevation raster"),
    }
    out = {}
    for key, raster in rasters.items():
        if raster is not None:
            out[key] = RasterMeans(raster.provider, raster.band, metric_crs, context, labels[key])
    return out


def score_parcels(
    parcels: QgsFeatureSource,
    sink: QgsFeatureSink,
    transform_context: QgsCoordinateTransformContext,
    natura: QgsFeatureSource | None = None,
    nature: QgsFeatureSource | None = None,
    rasters: dict | None = None,
    link_distance: float = 250.0,
    weights: dict | None = None,
    pilots: QgsFeatureSource | None = None,
    pilot_field: str | None = None,
    metric_crs: QgsCoordinateReferenceSystem | None = None,
    feedback=None,
) -> ScoreSummary:
    """Write every parcel with its score fields to *sink*; return what was counted.

    *rasters* maps ``deposition``, ``groundwater``, ``elevation`` to a
    :class:`RasterInput` or None. Raises :class:`InputError` for unusable inputs.
    """
    metric_crs = metric_crs or QgsCoordinateReferenceSystem(WORK_CRS)
    check_metric_crs(metric_crs)
    _check_polygons(parcels, tr("The parcels layer must hold polygons."))
    _check_polygons(natura, tr("The Natura 2000 layer must hold polygons."))
    _check_polygons(nature, tr("The nature layer must hold polygons."))
    _check_polygons(pilots, tr("The pilots layer must hold polygons."))
    if not link_distance > 0:
        raise InputError(tr("The link distance must be greater than 0 m."))
    weights = weights or normalise.parse_weights(None)
    score_output_fields(parcels.fields())
    summary = ScoreSummary()
    parcel_crs, warning = resolve_layer_crs(
        parcels.sourceCrs(), parcels.sourceExtent(), tr("The parcels layer")
    )
    if warning:
        summary.notes.append(warning)
    samplers = _samplers(rasters or {}, metric_crs, transform_context)
    for sampler in samplers.values():
        summary.notes.append(
            tr("{0}: cells of {1} (raster units).").format(sampler.label, sampler.cell_size_text())
        )

    areas, _ = _load(natura, metric_crs, transform_context, feedback)
    if natura is not None and not areas:
        raise InputError(tr("The Natura 2000 layer holds no usable polygon."))
    others, _ = _load(nature, metric_crs, transform_context, feedback)
    index = NatureIndex(areas, others, link_distance)
    summary.patches = index.patch_count
    pilot_index = None
    if pilots is not None:
        pilot_field = pilot_field or default_pilot_field(pilots.fields())
        if pilot_field and pilots.fields().lookupField(pilot_field) < 0:
            raise InputError(tr("The pilots layer has no field '{0}'.").format(pilot_field))
        p_geoms, p_names = _load(pilots, metric_crs, transform_context, feedback, pilot_field)
        pilot_index = PilotIndex(list(zip(p_geoms, p_names)))

    measured = _measure(
        parcels, parcel_crs, metric_crs, transform_context, index, samplers, pilot_index, summary, feedback
    )
    if summary.canceled:
        return summary
    fids, measures, pilot_of = measured
    labels = {
        "deposition": tr("nitrogen deposition"),
        "groundwater": tr("lowest groundwater depth"),
        "elevation_diff": tr("elevation above the nearby Natura 2000 land"),
        "links": tr("patches linked"),
        "gap": tr("narrowness of the gap bridged"),
        "distance": tr("distance to Natura 2000"),
    }
    result = normalise.combine(measures, weights, labels)
    summary.notes += result.notes
    summary.weights = result.used
    groups = pilot_of if pilot_index is not None else ["" for _ in pilot_of]
    rank = normalise.ranks(result.score, groups)
    summary.scored = int((~np.isnan(result.score)).sum())
    summary.bridging = int((measures.links >= 2).sum())
    for name in ("deposition", "groundwater", "elevation_diff", "distance"):
        summary.with_value[name] = int((~np.isnan(getattr(measures, name))).sum())
    _write(
        parcels,
        sink,
        fids,
        measures,
        result.score,
        rank,
        pilot_of,
        pilot_index is not None,
        summary,
        feedback,
    )
    return summary


def _measure(parcels, parcel_crs, metric_crs, context, index, samplers, pilot_index, summary, feedback):
    """(feature ids, Measures, pilot per parcel) of every parcel; None values become NaN."""
    total = parcels.featureCount()
    step = 90.0 / total if total and total > 0 else 0
    xform = _transform(parcel_crs, metric_crs, context)
    fids = array("q")
    # per-parcel numbers in compact arrays (8 bytes each, not a Python float object)
    cols = {k: [] for k in ("deposition", "groundwater", "elevation_diff")}
    cols.update({k: array("d") for k in ("links", "gap", "distance")})
    pilot_of: list = []
    elevation = samplers.get("elevation")
    # the first pass needs the geometries only; the second reads everything again
    features = features_including_invalid(parcels, QgsFeatureRequest().setNoAttributes())
    done = 0
    while True:
        batch = list(itertools.islice(features, BATCH))
        if not batch:
            break
        if feedback is not None:
            if feedback.isCanceled():
                summary.canceled = True
                return None
            feedback.setProgress(done * step)
        done += len(batch)
        geoms, regions = [], []
        for feat in batch:
            fids.append(feat.id())
            try:
                geom, repaired = prepare_geometry(feat.geometry(), xform)
            except QgsCsException:
                geom, repaired = None, False
            summary.repaired += repaired
            geoms.append(geom)
            region, links, gap, distance, pilot = None, np.nan, np.nan, np.nan, None
            if geom is None:
                summary.skipped += 1
            else:
                nearest = index.nearest_area(geom)
                if nearest is not None:
                    distance = nearest[0]
                    if elevation is not None and nearest[0] <= index.link_distance:
                        region = index.area_land_near(geom, nearest[1])
                count, found = index.links(geom)
                links = float(count)
                gap = np.nan if found is None else found
                if pilot_index is not None:
                    pilot = pilot_index.pilot_for(geom)
            regions.append(region)
            cols["links"].append(links)
            cols["gap"].append(gap)
            cols["distance"].append(distance)
            pilot_of.append(pilot)
        n = len(batch)
        rings = [polygon_rings(g) for g in geoms] if samplers else None
        for key in ("deposition", "groundwater"):
            sampler = samplers.get(key)
            cols[key].append(sampler.means(geoms, rings) if sampler is not None else np.full(n, np.nan))
        if elevation is not None:
            cols["elevation_diff"].append(elevation.means(geoms, rings) - elevation.means(regions))
        else:
            cols["elevation_diff"].append(np.full(n, np.nan))
    summary.total = len(fids)

    def column(key):
        parts = cols[key]
        if key in ("links", "gap", "distance"):
            return np.frombuffer(parts, dtype=np.float64).copy() if len(parts) else np.zeros(0)
        return np.concatenate(parts) if parts else np.zeros(0)

    measures = normalise.Measures(**{k: column(k) for k in cols})
    return (
        np.frombuffer(fids, dtype=np.int64).copy() if len(fids) else np.zeros(0, np.int64),
        measures,
        pilot_of,
    )


class _RowBlocks:
    """The score fields of parcel *i* as Python values, converted a block of parcels at a time.

    Converting column slices with ``tolist`` is far cheaper than numpy scalars
    one by one, and a block at a time keeps the memory of 770,000 rows of Python
    objects away.
    """

    BLOCK = 4096

    def __init__(self, measures, score, rank, pilot_of):
        self.columns = (
            measures.deposition,
            measures.groundwater,
            measures.elevation_diff,
            measures.links,
            measures.gap,
            measures.distance,
            score,
        )
        self.rank = rank
        self.pilot_of = pilot_of
        self.start = -1
        self.rows: list = []

    def row(self, i: int) -> tuple:
        if not self.start <= i < self.start + len(self.rows):
            self.start = i - i % self.BLOCK
            self.rows = self._convert(self.start, self.start + self.BLOCK)
        return self.rows[i - self.start]

    def _convert(self, a: int, b: int) -> list:
        dep, gw, elev, links, gap, dist, score = (_python_values(c[a:b]) for c in self.columns)
        links = [None if v is None else int(v) for v in links]
        rank = [int(r) if r > 0 else None for r in self.rank[a:b].tolist()]
        pilots = self.pilot_of[a:b] if self.pilot_of is not None else [None] * len(rank)
        return list(zip(dep, gw, elev, links, gap, dist, score, rank, pilots))


def _python_values(values: np.ndarray) -> list:
    """*values* as Python floats, None where NaN."""
    return [None if v != v else v for v in values.tolist()]  # v != v: NaN


def _write(parcels, sink, fids, measures, score, rank, pilot_of, ranked_in_pilots, summary, feedback) -> None:
    """Second pass: every parcel with its attributes and score fields, in reading order.

    A helper thread writes while the next features are read (as the flagging does).
    """
    n_out = len(SCORE_FIELD_NAMES)
    total = len(fids)
    step = 10.0 / total if total else 0
    rows = _RowBlocks(measures, score, rank, pilot_of if ranked_in_pilots else None)
    position: dict | None = None  # feature id -> index, built only if the order changed
    writer = BackgroundWriter(sink)
    try:
        chunk = []
        for k, feat in enumerate(features_including_invalid(parcels, QgsFeatureRequest())):
            if k % 1000 == 0 and feedback is not None:
                if feedback.isCanceled():
                    summary.canceled = True
                    return
                feedback.setProgress(90.0 + k * step)
            fid = feat.id()
            if k < total and fids[k] == fid:
                i = k
            else:
                if position is None:
                    position = {int(f): n for n, f in enumerate(fids)}
                i = position.get(fid)
            attrs = feat.attributes()
            # a feature that appeared between the passes gets no values
            attrs += [None] * n_out if i is None else rows.row(i)
            feat.setAttributes(attrs)
            chunk.append(feat)
            if len(chunk) >= CHUNK:
                writer.add(chunk)
                chunk = []
        writer.add(chunk)
    finally:
        writer.close()


__all__ = ["RasterInput", "ScoreSummary", "score_parcels"]
