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
    QgsCsException,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFeatureSource,
    QgsFields,
    QgsWkbTypes,
)

from ..common.errors import InputError, OutputError
from ..common.features import features_including_invalid
from ..common.i18n import tr
from ..common.qt_compat import GEOMETRY_POLYGON
from ..common.values import plain_value
from .compute import ParcelFlagger
from .fields import OUTPUT_FIELD_NAMES, is_text_field, output_fields
from .index import PolygonSet, prepare_geometry
from .loop import batched, flag_features
from .threads import BackgroundWriter

NAME_FIELD_CANDIDATES = ("naam_n2k", "naamN2K", "naam", "name")
NR_FIELD = "nr"

__all__ = [
    "NAME_FIELD_CANDIDATES",
    "OUTPUT_FIELD_NAMES",
    "InputError",
    "FlagSummary",
    "default_name_field",
    "default_pilot_field",
    "flag_parcels",
    "output_fields",
]


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


def default_pilot_field(fields: QgsFields) -> str | None:
    """``name`` or ``naam`` if present, else the first text field, else None."""
    names = fields.names()
    for candidate in ("name", "naam", "pilot"):
        if candidate in names:
            return candidate
    for f in fields:
        if is_text_field(f):
            return f.name()
    return None


def _is_polygon_source(source: QgsFeatureSource) -> bool:
    return QgsWkbTypes.geometryType(source.wkbType()) == GEOMETRY_POLYGON


def _transform(
    source_crs: QgsCoordinateReferenceSystem,
    metric_crs: QgsCoordinateReferenceSystem,
    context: QgsCoordinateTransformContext,
) -> QgsCoordinateTransform | None:
    if not source_crs.isValid() or source_crs == metric_crs:
        return None
    return QgsCoordinateTransform(source_crs, metric_crs, context)


def check_metric_crs(crs: QgsCoordinateReferenceSystem) -> None:
    """Raise :class:`InputError` unless *crs* is a valid projected CRS in metres."""
    if not crs.isValid() or crs.isGeographic():
        raise InputError(
            tr("Distances need a projected CRS in metres (e.g. EPSG:28992); got {0}.").format(
                crs.authid() or crs.description() or "?"
            )
        )


def _load_polygons(source, attr_names, metric_crs, context, feedback):
    """(valid metric geometries, attribute tuples, repaired count) of *source*'s polygons."""
    fields = source.fields()
    indexes = [fields.lookupField(n) if n else -1 for n in attr_names]
    xform = _transform(source.sourceCrs(), metric_crs, context)
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes([i for i in indexes if i >= 0])
    geoms, attrs, repaired = [], [], 0
    for feat in features_including_invalid(source, request):
        if feedback is not None and feedback.isCanceled():
            break
        try:
            geom, was_repaired = prepare_geometry(feat.geometry(), xform)
        except QgsCsException:
            geom, was_repaired = None, False
        repaired += was_repaired
        if geom is None:
            continue
        geoms.append(geom)
        attrs.append((*(feat.attribute(i) if i >= 0 else None for i in indexes), feat.id()))
    return geoms, attrs, repaired


def build_flagger(
    natura: QgsFeatureSource,
    bands: list[int],
    transform_context: QgsCoordinateTransformContext,
    metric_crs: QgsCoordinateReferenceSystem,
    name_field: str | None = None,
    pilots: QgsFeatureSource | None = None,
    pilot_field: str | None = None,
    feedback=None,
) -> ParcelFlagger:
    """A :class:`ParcelFlagger` over the Natura 2000 areas (and pilots) of the sources."""
    geoms, raw, repaired = _load_polygons(
        natura, (name_field, NR_FIELD), metric_crs, transform_context, feedback
    )
    if not geoms and not (feedback is not None and feedback.isCanceled()):
        raise InputError(tr("The Natura 2000 layer holds no usable polygon."))
    if repaired and feedback is not None:
        feedback.pushInfo(tr("{0} invalid Natura 2000 geometries repaired.").format(repaired))
    attrs = [(plain_value(name, str), plain_value(nr, int)) for name, nr, _fid in raw]
    pilot_set, pilot_names = None, []
    if pilots is not None:
        p_geoms, p_raw, _p_repaired = _load_polygons(
            pilots, (pilot_field,), metric_crs, transform_context, feedback
        )
        pilot_set = PolygonSet(p_geoms)
        # without a name field a pilot is known by its feature id
        pilot_names = [plain_value(name, str) if pilot_field else str(fid) for name, fid in p_raw]
    return ParcelFlagger(PolygonSet(geoms), attrs, bands, pilot_set, pilot_names)


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
    threaded: bool = True,
) -> FlagSummary:
    """Write every parcel with its Natura 2000 fields to *sink*; return the counts.

    *sink* must accept :func:`output_fields` of the parcels' fields. With
    *threaded*, a helper thread writes while the next parcels are computed
    (only that thread touches *sink*). Raises :class:`InputError` for
    unusable inputs or when the output cannot be written.
    """
    metric_crs = metric_crs or QgsCoordinateReferenceSystem("EPSG:28992")
    check_metric_crs(metric_crs)
    if not bands:
        raise InputError(tr("Give at least one distance band."))
    if not _is_polygon_source(parcels):
        raise InputError(tr("The parcels layer must hold polygons."))
    if not _is_polygon_source(natura):
        raise InputError(tr("The Natura 2000 layer must hold polygons."))
    if pilots is not None and not _is_polygon_source(pilots):
        raise InputError(tr("The pilots layer must hold polygons."))
    output_fields(parcels.fields())  # raises InputError on a name clash
    if name_field is None:
        name_field = default_name_field(natura.fields())
    elif natura.fields().lookupField(name_field) < 0:
        raise InputError(tr("The Natura 2000 layer has no field '{0}'.").format(name_field))
    if pilots is not None:
        if pilot_field is None:
            pilot_field = default_pilot_field(pilots.fields())
        elif pilots.fields().lookupField(pilot_field) < 0:
            raise InputError(tr("The pilots layer has no field '{0}'.").format(pilot_field))

    flagger = build_flagger(
        natura, bands, transform_context, metric_crs, name_field, pilots, pilot_field, feedback
    )
    summary = FlagSummary(bands=list(bands), band_counts={b: 0 for b in [0, *bands]})
    if feedback is not None and feedback.isCanceled():
        summary.canceled = True
        return summary
    xform = _transform(parcels.sourceCrs(), metric_crs, transform_context)
    batches = batched(features_including_invalid(parcels))
    if threaded:
        writer = BackgroundWriter(sink)
        try:
            flag_features(batches, parcels, flagger, writer.add, xform, summary, feedback)
        finally:
            try:
                writer.close()
            except OutputError as err:
                raise InputError(str(err)) from err
    else:

        def emit(batch):
            if not sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert):
                raise InputError(tr("Could not write the output: {0}").format(sink.lastError()))

        flag_features(batches, parcels, flagger, emit, xform, summary, feedback)
    summary.repaired = flagger.repaired
    return summary
