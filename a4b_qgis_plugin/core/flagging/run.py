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

from ..common.crs import WORK_CRS
from ..common.errors import InputError, OutputError
from ..common.features import features_including_invalid
from ..common.i18n import tr
from ..common.layer_crs import resolve_layer_crs
from ..common.qt_compat import GEOMETRY_POLYGON
from ..common.values import plain_value
from .compute import ParcelFlagger
from .fields import OUTPUT_FIELD_NAMES, is_text_field, output_fields
from .index import PolygonSet, prepare_geometry
from .loop import batched, flag_features
from .threads import BackgroundWriter

NAME_FIELD_CANDIDATES = ("naam_n2k", "naamN2K", "naam", "name")
NR_FIELD = "nr"
# the range of the integer fields n2k_nr and n2k_band (32-bit, as QGIS and OGR write them)
INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1

__all__ = [
    "NAME_FIELD_CANDIDATES",
    "OUTPUT_FIELD_NAMES",
    "FlagInputs",
    "FlagSummary",
    "InputError",
    "OutputError",
    "default_name_field",
    "default_pilot_field",
    "flag_parcels",
    "output_fields",
    "prepare_flagging",
    "write_flags",
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


def _load_polygons(source, attr_names, metric_crs, context, feedback, source_crs=None):
    """(valid metric geometries, attribute tuples, repaired count, dropped count) of *source*'s polygons.

    *source_crs* is the CRS to read the source in (its own when None);
    dropped counts features without a usable geometry (null, empty, not
    transformable).
    """
    fields = source.fields()
    indexes = [fields.lookupField(n) if n else -1 for n in attr_names]
    xform = _transform(source_crs or source.sourceCrs(), metric_crs, context)
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes([i for i in indexes if i >= 0])
    geoms, attrs, repaired, dropped = [], [], 0, 0
    for feat in features_including_invalid(source, request):
        if feedback is not None and feedback.isCanceled():
            break
        try:
            geom, was_repaired = prepare_geometry(feat.geometry(), xform)
        except QgsCsException:
            geom, was_repaired = None, False
        repaired += was_repaired
        if geom is None:
            dropped += 1
            continue
        geoms.append(geom)
        attrs.append((*(feat.attribute(i) if i >= 0 else None for i in indexes), feat.id()))
    return geoms, attrs, repaired, dropped


@dataclass
class FlagInputs:
    """Checked inputs of a flagging run: everything is known to be usable before an output exists."""

    flagger: ParcelFlagger
    bands: list[int]
    metric_crs: QgsCoordinateReferenceSystem
    parcels_crs: QgsCoordinateReferenceSystem  # the parcels' CRS, or the one assumed for them
    warnings: list[str] = field(default_factory=list)
    canceled: bool = False


def _resolved_crs(source, label: str, warnings: list[str]) -> QgsCoordinateReferenceSystem:
    crs, warning = resolve_layer_crs(source.sourceCrs(), source.sourceExtent(), label)
    if warning:
        warnings.append(warning)
    return crs


def _dropped_warning(dropped: int, total: int, label: str) -> str:
    return tr(
        "{0} of the {1} features of {2} have no usable geometry (null or empty) and were left out."
    ).format(dropped, total, label)


def check_area_numbers(attrs) -> None:
    """Raise :class:`InputError` when an area number ((name, nr) pairs) does not fit the field n2k_nr."""
    for name, nr in attrs:
        if nr is not None and not INT32_MIN <= nr <= INT32_MAX:
            raise InputError(
                tr("The Natura 2000 area '{0}' has the number {1}, more than the field n2k_nr holds.").format(
                    name, nr
                )
            )


def area_field_warnings(fields: QgsFields, name_field: str | None) -> list[str]:
    """Warnings for a Natura 2000 layer without a name field or without the number field ``nr``."""
    warnings = []
    if not name_field:
        warnings.append(
            tr(
                "The Natura 2000 layer has none of the name fields {0}; the area names stay empty. "
                "Choose the field holding them as 'Area name field'."
            ).format(", ".join(NAME_FIELD_CANDIDATES))
        )
    if fields.lookupField(NR_FIELD) < 0:
        warnings.append(tr("The Natura 2000 layer has no field 'nr'; the area numbers stay empty."))
    return warnings


def check_pilot_names(names: list, pilot_field: str, warnings: list[str]) -> None:
    """Refuse pilots whose name field is empty everywhere; warn about the pilots without a name."""
    empty = sum(1 for name in names if not name or not str(name).strip())
    if names and empty == len(names):
        raise InputError(
            tr(
                "The pilot name field '{0}' is empty in every pilot feature, so no parcel could be given "
                "a pilot. Choose the field that holds the pilot names as 'Pilot name field'."
            ).format(pilot_field)
        )
    if empty:
        warnings.append(
            tr(
                "{0} of the {1} pilot features have an empty '{2}'; parcels in them get no pilot name."
            ).format(empty, len(names), pilot_field)
        )


def build_flagger(
    natura: QgsFeatureSource,
    bands: list[int],
    transform_context: QgsCoordinateTransformContext,
    metric_crs: QgsCoordinateReferenceSystem,
    name_field: str | None = None,
    pilots: QgsFeatureSource | None = None,
    pilot_field: str | None = None,
    feedback=None,
    warnings: list[str] | None = None,
    crs: dict | None = None,
) -> ParcelFlagger:
    """A :class:`ParcelFlagger` over the Natura 2000 areas (and pilots) of the sources.

    *warnings* collects what the user should know (left-out features, empty
    pilot names); *crs* maps "natura"/"pilots" to the CRS to read them in.
    """
    warnings = warnings if warnings is not None else []
    crs = crs or {}
    geoms, raw, repaired, dropped = _load_polygons(
        natura, (name_field, NR_FIELD), metric_crs, transform_context, feedback, crs.get("natura")
    )
    if not geoms and not (feedback is not None and feedback.isCanceled()):
        raise InputError(tr("The Natura 2000 layer holds no usable polygon."))
    if dropped:
        warnings.append(_dropped_warning(dropped, dropped + len(geoms), tr("the Natura 2000 layer")))
    if repaired and feedback is not None:
        feedback.pushInfo(tr("{0} invalid Natura 2000 geometries repaired.").format(repaired))
    attrs = [(plain_value(name, str), plain_value(nr, int)) for name, nr, _fid in raw]
    check_area_numbers(attrs)
    pilot_set, pilot_names = None, []
    if pilots is not None:
        p_geoms, p_raw, _p_repaired, p_dropped = _load_polygons(
            pilots, (pilot_field,), metric_crs, transform_context, feedback, crs.get("pilots")
        )
        if p_dropped:
            warnings.append(_dropped_warning(p_dropped, p_dropped + len(p_geoms), tr("the pilots layer")))
        pilot_set = PolygonSet(p_geoms)
        # without a name field a pilot is known by its feature id
        pilot_names = [plain_value(name, str) if pilot_field else str(fid) for name, fid in p_raw]
        if pilot_field:
            check_pilot_names(pilot_names, pilot_field, warnings)
    return ParcelFlagger(PolygonSet(geoms), attrs, bands, pilot_set, pilot_names)


def prepare_flagging(
    parcels: QgsFeatureSource,
    natura: QgsFeatureSource,
    bands: list[int],
    transform_context: QgsCoordinateTransformContext,
    metric_crs: QgsCoordinateReferenceSystem | None = None,
    name_field: str | None = None,
    pilots: QgsFeatureSource | None = None,
    pilot_field: str | None = None,
    feedback=None,
) -> FlagInputs:
    """Check every input and build the flagger; raise :class:`InputError` for unusable inputs.

    Runs before the output is created, so a refused run leaves an earlier
    output as it was. Layers without a CRS are read as EPSG:28992 with a
    warning (see layer_crs); warnings are returned, not shown.
    """
    metric_crs = metric_crs or QgsCoordinateReferenceSystem(WORK_CRS)
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
    warnings = area_field_warnings(natura.fields(), name_field)
    crs = {"parcels": _resolved_crs(parcels, tr("The parcels layer"), warnings)}
    crs["natura"] = _resolved_crs(natura, tr("The Natura 2000 layer"), warnings)
    if pilots is not None:
        crs["pilots"] = _resolved_crs(pilots, tr("The pilots layer"), warnings)
    flagger = build_flagger(
        natura, bands, transform_context, metric_crs, name_field, pilots, pilot_field, feedback, warnings, crs
    )
    canceled = feedback is not None and feedback.isCanceled()
    return FlagInputs(flagger, list(bands), metric_crs, crs["parcels"], warnings, canceled)


def write_flags(
    inputs: FlagInputs,
    parcels: QgsFeatureSource,
    sink: QgsFeatureSink,
    transform_context: QgsCoordinateTransformContext,
    feedback=None,
    threaded: bool = True,
) -> FlagSummary:
    """Write every parcel with its Natura 2000 fields to *sink*; return the counts.

    *sink* must accept :func:`output_fields` of the parcels' fields. With
    *threaded*, a helper thread writes while the next parcels are computed
    (only that thread touches *sink*). Raises :class:`OutputError` when the
    output refuses features.
    """
    summary = FlagSummary(bands=list(inputs.bands), band_counts={b: 0 for b in [0, *inputs.bands]})
    if inputs.canceled or (feedback is not None and feedback.isCanceled()):
        summary.canceled = True
        return summary
    flagger = inputs.flagger
    xform = _transform(inputs.parcels_crs, inputs.metric_crs, transform_context)
    batches = batched(features_including_invalid(parcels))
    if threaded:
        writer = BackgroundWriter(sink)
        try:
            flag_features(batches, parcels, flagger, writer.add, xform, summary, feedback)
        finally:
            writer.close()
    else:

        def emit(batch):
            if not sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert):
                raise OutputError(tr("Could not write the output: {0}").format(sink.lastError()))

        flag_features(batches, parcels, flagger, emit, xform, summary, feedback)
    summary.repaired = flagger.repaired
    return summary


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
    """:func:`prepare_flagging` and :func:`write_flags` in one call (warnings go to *feedback*).

    Raises :class:`InputError` for unusable inputs and :class:`OutputError`
    when the output cannot be written.
    """
    inputs = prepare_flagging(
        parcels, natura, bands, transform_context, metric_crs, name_field, pilots, pilot_field, feedback
    )
    if feedback is not None:
        for warning in inputs.warnings:
            feedback.pushWarning(warning)
    return write_flags(inputs, parcels, sink, transform_context, feedback, threaded)
