"""Numbers per pilot: parcels and hectares per Natura 2000 area and distance band.

Pure logic behind ``a4b:overlaypilots``. A parcel is assigned exactly as
``a4b:flagparcels`` assigns it (the same indexes from flag_index):

* pilot: the pilot boundary holding the largest part of the parcel (parcels
  touching no pilot are left out);
* Natura 2000 area: the nearest one (distance 0 when touching or overlapping);
* band: the smallest band limit >= the distance (0 = inside or touching);
  parcels farther than the outermost band go to the pilot's "beyond" row.

All areas are measured in one metric CRS (EPSG:28992 by default).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsWkbTypes,
)

from ..common.crs import WORK_CRS
from ..common.errors import InputError
from ..common.features import features_including_invalid
from ..common.i18n import tr
from ..common.layer_crs import resolve_layer_crs
from ..common.qt_compat import GEOMETRY_POLYGON, REQUEST_NO_GEOMETRY, field_type
from ..common.values import plain_value
from ..flagging.bands import band_for_distance
from ..flagging.index import AreaIndex, PilotIndex, prepare_geometry
from ..flagging.run import area_field_warnings, check_area_numbers, check_pilot_names, default_pilot_field

# BRP categories (RVO's gewaspercelen) and their hectare columns; anything else -> ha_other.
CATEGORIES = (
    ("Grasland", "ha_grasland"),
    ("Bouwland", "ha_bouwland"),
    ("Sloot", "ha_sloot"),
    ("Landschapselement", "ha_landschapselement"),
    ("Natuurterrein", "ha_natuurterrein"),
    ("Braakland", "ha_braakland"),
    ("Overige", "ha_overige"),
)
HA_OTHER = "ha_other"
FLAG_FIELDS = ("n2k_dist_m", "n2k_name", "n2k_nr")
BAND_FIELD = "n2k_band"

NAME_CANDIDATES = ("naam_n2k", "naamN2K", "naam", "name")


@dataclass
class OverlayResult:
    """The table rows (dicts keyed by output field name) and what was counted."""

    rows: list = field(default_factory=list)
    parcels_counted: int = 0
    outside_pilots: int = 0
    repaired: int = 0
    skipped: int = 0
    used_flags: bool = False
    missing_category: bool = False
    canceled: bool = False
    warnings: list = field(default_factory=list)  # what the user should know (assumed CRS, left-out features)
    notes: list = field(default_factory=list)  # how the numbers were made (flags used or recomputed)


def output_fields() -> QgsFields:
    """Columns of the overlay table, always the same (models can rely on them)."""
    fields = QgsFields()
    specs = [("pilot", "string"), ("n2k_name", "string"), ("n2k_nr", "int"), ("band_m", "int")]
    specs += [("band_label", "string"), ("parcels", "int"), ("ha_parcels", "double")]
    specs += [(column, "double") for _c, column in CATEGORIES] + [
        (HA_OTHER, "double"),
        ("n2k_ha_in_pilot", "double"),
    ]
    for name, kind in specs:
        fields.append(QgsField(name, field_type(kind), "", 254 if kind == "string" else 0))
    return fields


def band_label(band, bands: list[int]) -> str:
    """Readable band: "0 m (inside or touching)", "100–250 m", "> 1000 m"."""
    if band is None:
        return tr("> {0} m (beyond the outer band)").format(max(bands))
    if band == 0:
        return tr("0 m (inside or touching)")
    lower = max([0] + [b for b in bands if b < band])
    return f"{lower}–{band} m"


def _lookup(fields: QgsFields, wanted: str | None, candidates=()) -> int:
    """Index of the field *wanted*, or when none is wanted of the first of *candidates*; -1 if absent.

    A field the user named is never swapped for a candidate: the caller reports it missing.
    """
    names = fields.names()
    for name in [wanted] if wanted else list(candidates):
        if name in names:
            return names.index(name)
        lower = [n.lower() for n in names]
        if name.lower() in lower:
            return lower.index(name.lower())
    return -1


def _xform(source_crs: QgsCoordinateReferenceSystem, crs: QgsCoordinateReferenceSystem, context):
    if not source_crs.isValid() or source_crs == crs:
        return None
    return QgsCoordinateTransform(source_crs, crs, context)


def _source_crs(source: QgsFeatureSource, label: str, warnings: list) -> QgsCoordinateReferenceSystem:
    crs, warning = resolve_layer_crs(source.sourceCrs(), source.sourceExtent(), label)
    if warning:
        warnings.append(warning)
    return crs


def _check_inputs(pilots, natura, parcels, bands, crs):
    if not crs.isValid() or crs.isGeographic():
        raise InputError(
            tr("Areas need a projected CRS in metres (e.g. EPSG:28992); got {0}.").format(crs.authid() or "?")
        )
    if not bands:
        raise InputError(tr("Give at least one distance band."))
    messages = (
        (pilots, tr("The pilots layer must hold polygons.")),
        (natura, tr("The Natura 2000 layer must hold polygons.")),
        (parcels, tr("The parcels layer must hold polygons.")),
    )
    for source, message in messages:
        if QgsWkbTypes.geometryType(source.wkbType()) != GEOMETRY_POLYGON:
            raise InputError(message)


def _load(source, xform, columns, feedback, label, warnings):
    """[(metric geometry, values of *columns*)] of a source; invalid geometries repaired.

    Features without a usable geometry are left out, with a warning naming *label*.
    """
    request = QgsFeatureRequest().setSubsetOfAttributes([c for c in columns if c >= 0])
    out = []
    dropped = 0
    for feat in features_including_invalid(source, request):
        if feedback is not None and feedback.isCanceled():
            break
        geom, _repaired = prepare_geometry(feat.geometry(), xform)
        if geom is not None:
            out.append((geom, [feat.attribute(c) if c >= 0 else None for c in columns], feat.id()))
        else:
            dropped += 1
    if dropped:
        warnings.append(
            tr(
                "{0} of the {1} features of {2} have no usable geometry (null or empty) and were left out."
            ).format(dropped, dropped + len(out), label)
        )
    return out


def overlay_pilots(
    pilots: QgsFeatureSource,
    natura: QgsFeatureSource,
    parcels: QgsFeatureSource,
    bands: list[int],
    transform_context,
    metric_crs: QgsCoordinateReferenceSystem | None = None,
    pilot_field: str | None = None,
    name_field: str | None = None,
    category_field: str | None = None,
    feedback=None,
) -> OverlayResult:
    """Rows of the overlay table (see module doc for how parcels are assigned)."""
    crs = metric_crs or QgsCoordinateReferenceSystem(WORK_CRS)
    _check_inputs(pilots, natura, parcels, bands, crs)
    # the same default as flagging, so both name a parcel's pilot alike
    default_pilot = default_pilot_field(pilots.fields())
    pilot_idx = _lookup(pilots.fields(), pilot_field, (default_pilot,) if default_pilot else ())
    if pilot_field and pilot_idx < 0:
        raise InputError(tr("The pilots layer has no field '{0}'.").format(pilot_field))
    name_idx = _lookup(natura.fields(), name_field, NAME_CANDIDATES)
    if name_field and name_idx < 0:
        raise InputError(tr("The Natura 2000 layer has no field '{0}'.").format(name_field))
    nr_idx = _lookup(natura.fields(), "nr")

    result = OverlayResult()
    warnings = result.warnings
    warnings += area_field_warnings(
        natura.fields(), natura.fields().at(name_idx).name() if name_idx >= 0 else None
    )
    pilots_crs = _source_crs(pilots, tr("The pilots layer"), warnings)
    natura_crs = _source_crs(natura, tr("The Natura 2000 layer"), warnings)
    parcels_crs = _source_crs(parcels, tr("The parcels layer"), warnings)
    pilot_rows = _load(
        pilots,
        _xform(pilots_crs, crs, transform_context),
        [pilot_idx],
        feedback,
        tr("the pilots layer"),
        warnings,
    )
    pilot_items = [(g, plain_value(v[0], str) if pilot_idx >= 0 else str(fid)) for g, v, fid in pilot_rows]
    if not pilot_items:
        raise InputError(tr("The pilots layer holds no usable polygon."))
    if pilot_idx >= 0:
        check_pilot_names([name for _g, name in pilot_items], pilots.fields().at(pilot_idx).name(), warnings)
    area_rows = _load(
        natura,
        _xform(natura_crs, crs, transform_context),
        [name_idx, nr_idx],
        feedback,
        tr("the Natura 2000 layer"),
        warnings,
    )
    areas = [(g, plain_value(v[0], str), plain_value(v[1], int)) for g, v, _fid in area_rows]
    check_area_numbers([(name, nr) for _g, name, nr in areas])
    if not areas:
        raise InputError(tr("The Natura 2000 layer holds no usable polygon."))

    pilot_index = PilotIndex(pilot_items)
    area_index = AreaIndex(areas, float(max(bands)))
    xform = _xform(parcels_crs, crs, transform_context)
    counts = _count_parcels(parcels, pilot_index, area_index, bands, category_field, xform, result, feedback)
    result.rows = _build_rows(pilot_items, areas, counts, bands)
    return result


def _parcel_assignment(parcels: QgsFeatureSource, bands: list[int], result: OverlayResult):
    """Indexes of n2k_dist_m, n2k_name, n2k_nr when the parcels' flags can be used, else None.

    A flagged parcel beyond the flagging's outer band has no distance. That
    says "beyond" here only if the outer band given here is not wider: the
    largest n2k_band found is a lower bound of the flagging's outer band.
    Otherwise every distance is computed again (and the log says why).
    """
    fields = parcels.fields()
    idx = [fields.lookupField(name) for name in FLAG_FIELDS]
    if not all(i >= 0 for i in idx):
        return None
    band_idx = fields.lookupField(BAND_FIELD)
    columns = [idx[0]] + ([band_idx] if band_idx >= 0 else [])
    request = QgsFeatureRequest().setFlags(REQUEST_NO_GEOMETRY).setSubsetOfAttributes(columns)
    without_distance, widest = 0, None
    for feat in parcels.getFeatures(request):
        if plain_value(feat.attribute(idx[0]), float) is None:
            without_distance += 1
        band = plain_value(feat.attribute(band_idx), int) if band_idx >= 0 else None
        if band is not None and (widest is None or band > widest):
            widest = band
    outer = max(bands)
    if without_distance and (widest is None or widest < outer):
        result.notes.append(
            tr(
                "The parcels were flagged with an outer band of {0}, less than the {1} m given here, so "
                "{2} parcels without a distance could lie within it: every distance was computed again."
            ).format(
                tr("at most {0} m").format(widest) if widest is not None else tr("unknown width"),
                outer,
                without_distance,
            )
        )
        return None
    return idx


def _count_parcels(parcels, pilot_index, area_index, bands, category_field, xform, result, feedback):
    """{(pilot, area key or None, band or None): [parcels, ha total, {column: ha}]}."""
    fields = parcels.fields()
    cat_idx = _lookup(fields, category_field, ("category",))
    if category_field and cat_idx < 0:
        raise InputError(tr("The parcels layer has no field '{0}'.").format(category_field))
    result.missing_category = cat_idx < 0
    flags = _parcel_assignment(parcels, bands, result)
    result.used_flags = flags is not None
    column_of = {c.lower(): col for c, col in CATEGORIES}
    counts: dict = {}
    total = parcels.featureCount()
    step = 100.0 / total if total and total > 0 else 0
    for i, feat in enumerate(features_including_invalid(parcels)):
        if feedback is not None and i % 500 == 0:
            if feedback.isCanceled():
                result.canceled = True
                break
            feedback.setProgress(i * step)
        geom, repaired = prepare_geometry(feat.geometry(), xform)
        if geom is None:
            result.skipped += 1
            continue
        result.repaired += int(repaired)
        pilot = pilot_index.pilot_for(geom)
        if pilot is None:
            result.outside_pilots += 1
            continue
        if flags is not None:
            dist = plain_value(feat.attribute(flags[0]), float)
            name, nr = plain_value(feat.attribute(flags[1]), str), plain_value(feat.attribute(flags[2]), int)
        else:
            nearest = area_index.nearest(geom)
            dist, name, nr = (
                (None, None, None) if nearest is None else (nearest[0], *area_index.attributes(nearest[1]))
            )
        band = band_for_distance(dist, bands)
        area_key = None if band is None else (name, nr)
        category = plain_value(feat.attribute(cat_idx), str) if cat_idx >= 0 else None
        column = column_of.get((category or "").strip().lower(), HA_OTHER)
        ha = geom.area() / 10000.0
        entry = counts.setdefault((pilot, area_key, band), [0, 0.0, {}])
        entry[0] += 1
        entry[1] += ha
        entry[2][column] = entry[2].get(column, 0.0) + ha
        result.parcels_counted += 1
    return counts


def _sort_key(area_key):
    name, nr = area_key
    return (nr is None, nr if nr is not None else 0, name or "")


def _build_rows(pilot_items, areas, counts, bands):
    pilot_geoms: dict = {}
    for geom, name in pilot_items:
        pilot_geoms.setdefault(name, []).append(geom)
    pilot_union = {name: QgsGeometry.unaryUnion(geoms) for name, geoms in pilot_geoms.items()}
    area_geoms: dict = {}
    for geom, name, nr in areas:
        area_geoms.setdefault((name, nr), []).append(geom)
    area_union = {key: QgsGeometry.unaryUnion(geoms) for key, geoms in area_geoms.items()}
    columns = [col for _c, col in CATEGORIES] + [HA_OTHER]
    rows = []
    for pilot in sorted(pilot_union, key=lambda p: (p is None, p or "")):
        boundary = pilot_union[pilot]
        inside = {}
        for key, geom in area_union.items():
            if geom.boundingBox().intersects(boundary.boundingBox()) and geom.intersects(boundary):
                inside[key] = geom.intersection(boundary).area() / 10000.0
        keys = set(inside) | {k[1] for k in counts if k[0] == pilot and k[1] is not None}
        for area_key in sorted(keys, key=_sort_key):
            for band in [0, *bands]:
                rows.append(
                    _row(
                        pilot,
                        area_key,
                        band,
                        bands,
                        counts.get((pilot, area_key, band)),
                        columns,
                        inside.get(area_key, 0.0),
                    )
                )
        rows.append(_row(pilot, None, None, bands, counts.get((pilot, None, None)), columns, None))
    return rows


def _row(pilot, area_key, band, bands, entry, columns, n2k_ha):
    name, nr = area_key if area_key is not None else (None, None)
    parcels, ha, per_column = entry if entry is not None else (0, 0.0, {})
    row = {
        "pilot": pilot,
        "n2k_name": name,
        "n2k_nr": nr,
        "band_m": band,
        "band_label": band_label(band, bands),
        "parcels": parcels,
        "ha_parcels": ha,
        "n2k_ha_in_pilot": n2k_ha,
    }
    row.update({col: per_column.get(col, 0.0) for col in columns})
    return row
