"""Turning parcel features into register rows for one measure, with warnings.

Called through :mod:`.service` by the Measures panel and ``a4b:tagmeasures``.
Parcels are only read: geometries are copied, transformed to EPSG:28992 and
repaired when invalid. Warnings are returned, never silently swallowed: a
measure that does not fit the parcel's BRP category, a parcel outside every
pilot, a geometry that had to be repaired or could not be used.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsFeature,
    QgsGeometry,
)

from ..common.geometry import valid_polygon
from ..common.i18n import tr
from ..common.values import field_value
from ..measures.catalogue import Measure
from ..measures.vocabulary import DEFAULT_STATUS
from ..register import parcel_ref as identity
from ..register.gpkg_blob import LINE
from ..register.schema import REGISTER_CRS
from .pilots import outside_pilot_warnings

# The field a4b:flagparcels writes the parcel's pilot into.
PILOT_FIELD = "a4b_pilot"
# The BRP field holding Grasland, Bouwland...
CATEGORY_FIELD = "category"
DEFAULT_OVERLAP_SHARE = 0.5


@dataclass
class TagOptions:
    """What the user chose for one tagging run (fields already checked against the layer)."""

    status: str = DEFAULT_STATUS
    pilot: Optional[str] = None
    stakeholder: str = ""
    notes: str = ""
    merge: bool = False
    skip_duplicates: bool = False
    # Share (0-1) of the smaller geometry that an existing measure of the same code must
    # cover for a parcel to count as already tagged.
    overlap_share: float = DEFAULT_OVERLAP_SHARE
    id_field: Optional[str] = None
    pilot_field: str = PILOT_FIELD
    category_field: str = CATEGORY_FIELD


@dataclass
class Parcel:
    """One usable parcel: its reference, identity and geometry in EPSG:28992."""

    ref: str
    geometry: QgsGeometry
    pilot: Optional[str]
    parcel_id: Optional[str] = None
    parcel_source: Optional[str] = None
    warnings: list = field(default_factory=list)


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


def read_parcels(
    features: Iterable[QgsFeature],
    source_name: str,
    measure: Measure,
    options: TagOptions,
    source_crs: QgsCoordinateReferenceSystem,
    transform_context: QgsCoordinateTransformContext,
) -> tuple[list[Parcel], list[str], list[str]]:
    """The usable parcels, the warnings and the references of parcels skipped."""
    target = QgsCoordinateReferenceSystem(REGISTER_CRS)
    transform = None
    if source_crs != target:
        transform = QgsCoordinateTransform(source_crs, target, transform_context)
    warnings: list[str] = []
    skipped: list[str] = []
    parcels: list[Parcel] = []
    dataset = None
    for feature in features:
        if dataset is None:
            dataset = identity.source_dataset(feature.fields()) or ""
        ref = identity.parcel_ref(source_name, feature, options.id_field)
        geometry, repaired = valid_polygon(feature.geometry())
        if geometry is None:
            warnings.append(tr("{ref}: no usable polygon geometry; skipped.").format(ref=ref))
            skipped.append(ref)
            continue
        if repaired:
            warnings.append(tr("{ref}: invalid geometry repaired before tagging.").format(ref=ref))
        if transform is not None:
            try:
                geometry.transform(transform)
            except QgsCsException as err:
                warnings.append(
                    tr("{ref}: cannot transform to EPSG:28992 ({error}); skipped.").format(ref=ref, error=err)
                )
                skipped.append(ref)
                continue
        category = field_value(feature, options.category_field)
        if category is not None and not measure.fits_category(str(category)):
            warnings.append(
                tr("{ref}: measure {code} is meant for {fits}, not for {category}.").format(
                    ref=ref, code=measure.code, fits=", ".join(measure.brp_categories), category=category
                )
            )
        has_pilot_field = feature.fields().lookupField(options.pilot_field) >= 0
        parcel_pilot = field_value(feature, options.pilot_field)
        if has_pilot_field and parcel_pilot is None:
            warnings.append(tr("{ref}: the parcel lies outside every pilot.").format(ref=ref))
        elif not has_pilot_field and not options.pilot:
            warnings.append(
                tr("{ref}: no pilot given and the parcel has no {field} field.").format(
                    ref=ref, field=options.pilot_field
                )
            )
        parcels.append(
            Parcel(
                ref,
                geometry,
                options.pilot or (str(parcel_pilot) if parcel_pilot is not None else None),
                identity.parcel_id(feature, options.id_field),
                identity.parcel_source(dataset, feature),
            )
        )
    return parcels, warnings, skipped


def build_rows(
    parcels: list[Parcel], source_name: str, measure: Measure, options: TagOptions
) -> tuple[list[dict], list[str]]:
    """Register rows (``add_measures`` format) for *measure* on the parcels, and warnings."""
    warnings: list[str] = []
    base = {
        "measure_code": measure.code,
        "measure_name": measure.display_name(),
        "theme": measure.theme,
        "status": options.status,
        "unit": measure.unit,
        "stakeholder": options.stakeholder or None,
        "notes": options.notes or None,
    }
    groups = [parcels] if options.merge and parcels else [[parcel] for parcel in parcels]
    rows = []
    for group in groups:
        if len(group) == 1 and not options.merge:
            geometry, ref, pilot = group[0].geometry, group[0].ref, group[0].pilot
        else:
            geometry = QgsGeometry.unaryUnion([p.geometry for p in group])
            pilots = sorted({p.pilot for p in group if p.pilot})
            if len(pilots) > 1:
                warnings.append(
                    tr(
                        "The merged parcels lie in several pilots ({pilots}); the measure is filed under "
                        "{first}."
                    ).format(pilots=", ".join(pilots), first=pilots[0])
                )
            pilot = pilots[0] if pilots else None
            ids = identity.ID_SEPARATOR.join(p.ref.rpartition(":")[2] for p in group)
            ref = f"{source_name}:{ids}"
        known_ids = [p.parcel_id for p in group if p.parcel_id]
        sources = {p.parcel_source for p in group}
        quantity = quantity_for(geometry, measure.unit, len(group))
        rows.append(
            dict(
                base,
                geometry=geometry,
                pilot=pilot,
                parcel_ref=ref,
                parcel_id=identity.ID_SEPARATOR.join(known_ids) or None,
                parcel_source=sources.pop() if len(sources) == 1 else None,
                parcel_fingerprint=identity.geometry_fingerprint(geometry),
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


def pilot_warnings(
    rows: list[dict], boundaries: dict[str, QgsGeometry], layer_has_pilot_field: bool, pilot: Optional[str]
) -> list[str]:
    """Boundary warnings, for parcels that do not carry their pilot in a field already checked."""
    if layer_has_pilot_field:
        return []
    return outside_pilot_warnings(rows, boundaries, pilot)
