"""The one way parcels are tagged with a measure, for the panel and ``a4b:tagmeasures``.

:func:`prepare` checks the layer's fields and CRS, reads the parcels and
builds the rows with every warning that does not need the register;
:func:`write` decides duplicates and inserts inside one write transaction,
so two runs at the same time cannot both tag a parcel when duplicates are
skipped. :func:`tag_parcels` does both. The panel calls :func:`prepare`,
:func:`duplicate_check` to show the warnings for confirmation, then
:func:`write`; the algorithm calls :func:`tag_parcels`. Both therefore give
the same checks, warnings and rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsRectangle,
)

from ..common.errors import InputError
from ..common.i18n import tr
from ..common.layer_crs import resolve_layer_crs
from ..measures.catalogue import Measure
from ..register.parcel_ref import default_id_field
from .build import TagOptions, build_rows, pilot_warnings, read_parcels
from .duplicates import Duplicate, find_duplicates


@dataclass
class ParcelSource:
    """The parcels to tag and what is known about the layer they come from."""

    features: list[QgsFeature]
    name: str  # the layer's name, for parcel_ref and messages
    fields: QgsFields
    crs: QgsCoordinateReferenceSystem
    # Pilot boundaries in EPSG:28992 by name (see pilots.pilot_boundaries); empty: none known.
    boundaries: dict[str, QgsGeometry] = field(default_factory=dict)


@dataclass
class TagPlan:
    """Rows ready to write, with the warnings found so far."""

    measure: Measure
    options: TagOptions
    rows: list[dict]
    warnings: list[str]
    skipped: list[str]  # parcels left out (no usable geometry)
    parcel_count: int
    crs_warning: Optional[str] = None


@dataclass
class TagResult:
    """What a run wrote and why it left anything out."""

    rows: list[dict]  # the rows written, each with its uuid
    uuids: list[str]
    warnings: list[str]
    skipped: list[str]  # parcel refs not written: unusable geometry, or duplicates with skip_duplicates
    duplicates: list[Duplicate] = field(default_factory=list)
    duplicates_written: int = 0  # written anyway, because skip_duplicates was off


def _checked_field(fields: QgsFields, name: Optional[str], role: str) -> Optional[str]:
    """*name* as the layer spells it; InputError naming the layer's fields when it does not exist."""
    if not name:
        return None
    index = fields.lookupField(name)
    if index < 0:
        raise InputError(
            tr("The parcel layer has no field '{name}' ({role}). Its fields are: {fields}.").format(
                name=name, role=role, fields=", ".join(fields.names()) or "-"
            )
        )
    return fields.at(index).name()


def resolve_options(options: TagOptions, fields: QgsFields, given: set[str]) -> TagOptions:
    """*options* with field names checked against the layer and defaults filled in.

    Fields named in *given* (``id_field``, ``pilot_field``, ``category_field``)
    were chosen by the user and must exist; the defaults may be missing.
    """
    resolved = TagOptions(**vars(options))
    if "id_field" in given:
        resolved.id_field = _checked_field(fields, options.id_field, tr("parcel identifier field"))
    if not resolved.id_field:
        resolved.id_field = default_id_field(fields)
    if "pilot_field" in given:
        resolved.pilot_field = _checked_field(fields, options.pilot_field, tr("pilot field"))
    if "category_field" in given:
        resolved.category_field = _checked_field(fields, options.category_field, tr("BRP category field"))
    if not 0.0 <= resolved.overlap_share <= 1.0:
        raise InputError(
            tr("The overlap share must lie between 0 and 100 %, not {share:g} %.").format(
                share=resolved.overlap_share * 100
            )
        )
    return resolved


def prepare(
    source: ParcelSource,
    measure: Measure,
    options: TagOptions,
    transform_context: QgsCoordinateTransformContext,
    given_fields: frozenset = frozenset(),
) -> TagPlan:
    """Check and read the parcels, build the rows and the warnings that need no register.

    *given_fields*: the option fields the user named (see :func:`resolve_options`).
    Raises :class:`InputError` for a field that does not exist or a layer that
    cannot be used (coordinates in degrees without a CRS).
    """
    options = resolve_options(options, source.fields, set(given_fields))
    extent = QgsRectangle()
    extent.setMinimal()
    for feature in source.features:
        if feature.hasGeometry():
            extent.combineExtentWith(feature.geometry().boundingBox())
    crs, crs_warning = resolve_layer_crs(
        source.crs, extent, tr("The parcel layer {name}").format(name=source.name)
    )
    parcels, warnings, skipped = read_parcels(
        source.features, source.name, measure, options, crs, transform_context
    )
    rows, row_warnings = build_rows(parcels, source.name, measure, options)
    warnings = ([crs_warning] if crs_warning else []) + warnings + row_warnings
    has_pilot_field = source.fields.lookupField(options.pilot_field) >= 0
    warnings += pilot_warnings(rows, source.boundaries, has_pilot_field, options.pilot)
    count = len(parcels) + len(skipped)
    return TagPlan(measure, options, rows, warnings, skipped, count, crs_warning)


def duplicate_check(plan: TagPlan, register) -> list[str]:
    """Warnings for rows already in the register, read now (for a confirmation before writing).

    :func:`write` decides again under the write lock.
    """
    found = find_duplicates(plan.rows, register.active_measures, plan.options.overlap_share)
    return [duplicate.warning() for duplicate in found]


def write(plan: TagPlan, register) -> TagResult:
    """Decide duplicates and insert, in one write transaction of *register*."""
    found: list[Duplicate] = []

    def screen(rows: list[dict], existing) -> list[dict]:
        found.extend(find_duplicates(rows, existing, plan.options.overlap_share))
        if not plan.options.skip_duplicates:
            return rows
        left_out = {duplicate.index for duplicate in found}
        return [row for number, row in enumerate(rows) if number not in left_out]

    written, uuids = register.add_screened(plan.rows, screen) if plan.rows else ([], [])
    skipped = list(plan.skipped)
    if plan.options.skip_duplicates:
        skipped += [duplicate.ref for duplicate in found]
    warnings = plan.warnings + [duplicate.warning() for duplicate in found]
    rows = [dict(row, uuid=uuid) for row, uuid in zip(written, uuids)]
    anyway = 0 if plan.options.skip_duplicates else len(found)
    return TagResult(rows, uuids, warnings, skipped, found, anyway)


def tag_parcels(
    source: ParcelSource,
    measure: Measure,
    options: TagOptions,
    register,
    transform_context: QgsCoordinateTransformContext,
    given_fields: frozenset = frozenset(),
) -> TagResult:
    """Check, build, decide duplicates and write: the whole tagging run."""
    return write(prepare(source, measure, options, transform_context, given_fields), register)
