"""Turning parcel features into register rows for one measure, with warnings.

Used by the Measures panel and by ``a4b:tagmeasures``. Parcels are only
read: geometries are copied, transformed to EPSG:28992 and repaired when
invalid. Warnings are returned, never silently swallowed: a measure that does
not fit the parcel's BRP category, the same measure twice on a parcel, a
parcel outside every pilot.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsGeometry,
)

from ..common.geometry import valid_polygon
from ..common.i18n import tr
from ..measures.catalogue import Measure
from ..register.gpkg_blob import LINE
from ..register.parcel_ref import parcel_ref, split_parcel_ref
from ..register.schema import REGISTER_CRS

PILOT_FIELD = "a4b_pilot"
CATEGORY_FIELD = "category"


def length_estimate_m(geometry: QgsGeometry) -> float:
    """Length in metres of a line, or of a polygon taken as a strip (a hedge, a bank).

    For a polygon: the long side of the rectangle with the same area and
    perimeter, which is the element's length for a thin strip and one side
    for a block-shaped parcel. An estimate the user can edit.
    """
    if geometry.type() == LINE:
        return geometry.length()
    area = geometry.area()
    quarter = geometry.length() / 4.0
    return quarter + math.sqrt(max(quarter * quarter - area, 0.0))


def quantity_for(geometry: QgsGeometry, unit: str, pieces: int = 1) -> float:
    """Quantity in the measure's unit from a geometry in EPSG:28992."""
    if unit == "ha":
        return geometry.area() / 10000.0
    if unit == "m":
        return length_estimate_m(geometry)
    return float(pieces)


def money(rate: Optional[float], quantity: float) -> Optional[float]:
    """Catalogue rate × quantity, rounded to cents; None when there is no rate."""
    if rate is None:
        return None
    return round(rate * quantity, 2)


def _value(feature: QgsFeature, name: str):
    if feature.fields().lookupField(name) < 0:
        return None
    value = feature[name]
    if value is None or (hasattr(value, "isNull") and value.isNull()) or str(value) == "NULL":
        return None
    return value


def build_measures(
    features: Iterable[QgsFeature],
    source_name: str,
    id_field: Optional[str],
    measure: Measure,
    status: str,
    pilot: Optional[str],
    stakeholder: str,
    notes: str,
    merge: bool,
    source_crs: QgsCoordinateReferenceSystem,
    transform_context: QgsCoordinateTransformContext,
) -> tuple[list[dict], list[str]]:
    """Register rows (``add_measures`` format) for *measure* on the parcels, and warnings."""
    if not source_crs.isValid():
        raise ValueError(tr("The parcel layer has no valid coordinate reference system."))
    target = QgsCoordinateReferenceSystem(REGISTER_CRS)
    transform = None
    if source_crs != target:
        transform = QgsCoordinateTransform(source_crs, target, transform_context)
    warnings: list[str] = []
    parcels = []  # (ref, geometry in EPSG:28992, pilot)
    for feature in features:
        ref = parcel_ref(source_name, feature, id_field)
        geometry, repaired = valid_polygon(feature.geometry())
        if geometry is None:
            warnings.append(tr("{ref}: no usable polygon geometry; skipped.").format(ref=ref))
            continue
        if repaired:
            warnings.append(tr("{ref}: invalid geometry repaired before tagging.").format(ref=ref))
        if transform is not None:
            try:
                geometry.transform(transform)
            except Exception as err:  # QgsCsException and friends
                warnings.append(
                    tr("{ref}: cannot transform to EPSG:28992 ({error}); skipped.").format(ref=ref, error=err)
                )
                continue
        category = _value(feature, CATEGORY_FIELD)
        if category is not None and not measure.fits_category(str(category)):
            warnings.append(
                tr("{ref}: measure {code} is meant for {fits}, not for {category}.").format(
                    ref=ref, code=measure.code, fits=", ".join(measure.brp_categories), category=category
                )
            )
        has_pilot_field = feature.fields().lookupField(PILOT_FIELD) >= 0
        parcel_pilot = _value(feature, PILOT_FIELD)
        if has_pilot_field and parcel_pilot is None:
            warnings.append(tr("{ref}: the parcel lies outside every pilot.").format(ref=ref))
        elif not has_pilot_field and not pilot:
            warnings.append(
                tr("{ref}: no pilot given and the parcel has no a4b_pilot field.").format(ref=ref)
            )
        parcels.append((ref, geometry, pilot or (str(parcel_pilot) if parcel_pilot is not None else None)))

    base = {
        "measure_code": measure.code,
        "measure_name": measure.display_name(),
        "theme": measure.theme,
        "status": status,
        "unit": measure.unit,
        "stakeholder": stakeholder or None,
        "notes": notes or None,
    }
    rows = []
    if merge and parcels:
        geometry = QgsGeometry.unaryUnion([g for _r, g, _p in parcels])
        pilots = sorted({p for _r, _g, p in parcels if p})
        if len(pilots) > 1:
            warnings.append(
                tr(
                    "The merged parcels lie in several pilots ({pilots}); the measure is filed under {first}."
                ).format(pilots=", ".join(pilots), first=pilots[0])
            )
        ids = ",".join(ref.rpartition(":")[2] for ref, _g, _p in parcels)
        quantity = quantity_for(geometry, measure.unit, len(parcels))
        rows.append(
            dict(
                base,
                geometry=geometry,
                pilot=pilots[0] if pilots else None,
                parcel_ref=f"{source_name}:{ids}",
                quantity=quantity,
                cost_eur_yr=money(measure.cost_eur, quantity),
                revenue_eur_yr=money(measure.revenue_eur, quantity),
            )
        )
    else:
        for ref, geometry, parcel_pilot in parcels:
            quantity = quantity_for(geometry, measure.unit)
            rows.append(
                dict(
                    base,
                    geometry=geometry,
                    pilot=parcel_pilot,
                    parcel_ref=ref,
                    quantity=quantity,
                    cost_eur_yr=money(measure.cost_eur, quantity),
                    revenue_eur_yr=money(measure.revenue_eur, quantity),
                )
            )
    if measure.unit == "m" and rows:
        warnings.append(
            tr(
                "{code} is counted in metres: the length was estimated from the parcel shape; check it."
            ).format(code=measure.code)
        )
    return rows, warnings


def duplicate_warnings(register, rows: list[dict]) -> list[str]:
    """Warnings for rows whose measure is already on the parcel (in the register or twice in *rows*)."""
    refs = [single for row in rows for single in split_parcel_ref(row.get("parcel_ref") or "")]
    existing = register.codes_by_parcel(refs) if register is not None else {}
    warnings = []
    seen: set[tuple[str, str]] = set()
    for row in rows:
        code = row.get("measure_code")
        for single in split_parcel_ref(row.get("parcel_ref") or ""):
            if code in existing.get(single, set()):
                warnings.append(
                    tr("{ref}: measure {code} is already in the register for this parcel.").format(
                        ref=single, code=code
                    )
                )
            elif (single, code) in seen:
                warnings.append(tr("{ref}: measure {code} is tagged twice.").format(ref=single, code=code))
            seen.add((single, code))
    return warnings
