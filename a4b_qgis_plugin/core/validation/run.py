"""Checking measures: the one entry point the algorithm, the panel and the export share.

:func:`check_register` selects measures with the export's filters and runs
:func:`check_rows`; tagging may call :func:`check_rows` on rows not yet
written. Dropped measures are not checked: they are not delivered.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Optional

from qgis.core import QgsCoordinateTransformContext, QgsRectangle, QgsVectorLayer

from ..common.errors import OutputError
from ..export.selection import check_register_layer, select_measures
from ..measures.catalogue import Measure, load_catalogue
from . import checks, rules
from .inputs import AreaIndex, ParcelLookup, read_measures, status_changes

# Statuses of measures that hold ground (an idea does not yet, a dropped one no longer).
ACTIVE_STATUSES = ("proposed", "agreed", "implemented")
NOT_CHECKED_STATUSES = ("dropped",)
DEFAULT_TOLERANCE_M2 = 1.0
DEFAULT_STALE_MONTHS = 12
# The register fields the rules read: converting values is most of the cost of reading.
CHECK_FIELDS = [
    "uuid",
    "pilot",
    "measure_code",
    "status",
    "quantity",
    "unit",
    "cost_eur_yr",
    "revenue_eur_yr",
]
# Read only when a parcel layer is given.
PARCEL_FIELDS = ["parcel_ref", "parcel_id", "parcel_fingerprint"]
# Read for proposed measures only: the one rule that needs them (S-STALE-PROPOSED) checks no other.
STALE_FIELDS = ("created_at", "updated_at")


@dataclass
class Finding:
    """One rule a measure breaks."""

    uuid: str
    code: str
    severity: str
    message: str
    geometry: object = None  # QgsGeometry in EPSG:28992, or None
    measure_code: str = ""
    pilot: Optional[str] = None


@dataclass
class CheckOptions:
    """What to check against; layers left None switch their rules off."""

    catalogue: Optional[list[Measure]] = None  # None: the catalogue in use
    parcels: Optional[QgsVectorLayer] = None
    pilot_boundaries: Optional[QgsVectorLayer] = None
    natura2000: Optional[QgsVectorLayer] = None
    history_path: str = ""  # the register GeoPackage holding measures_history
    tolerance_m2: float = DEFAULT_TOLERANCE_M2
    stale_months: int = DEFAULT_STALE_MONTHS
    now: Optional[datetime] = None  # for tests; the current time otherwise


@dataclass
class CheckResult:
    """The findings, how many measures were checked, and the rules that had nothing to check against."""

    findings: list[Finding] = field(default_factory=list)
    checked: int = 0
    skipped: list[str] = field(default_factory=list)  # rule codes: no history, parcels or areas given
    unmatched_parcels: int = 0  # measures whose parcel the parcel layer does not hold

    def count(self, severity: str) -> int:
        """Number of findings of *severity*."""
        return sum(1 for f in self.findings if f.severity == severity)

    def worst_by_uuid(self) -> dict[str, str]:
        """Per measure uuid its worst severity (hard over soft); measures without findings absent."""
        worst: dict[str, str] = {}
        for finding in self.findings:
            if worst.get(finding.uuid) != rules.HARD:
                worst[finding.uuid] = finding.severity
        return worst

    def hard_uuids(self) -> list[str]:
        """The measures with at least one hard error, in finding order."""
        return list(dict.fromkeys(f.uuid for f in self.findings if f.severity == rules.HARD))


def _extent(rows: list[dict]) -> QgsRectangle:
    box = QgsRectangle()
    box.setMinimal()
    for row in rows:
        geometry = row.get("geometry")
        if geometry is not None and not geometry.isNull() and not geometry.isEmpty():
            box.combineExtentWith(geometry.boundingBox())
    return box


def check_rows(
    rows: list[dict],
    options: CheckOptions,
    context: QgsCoordinateTransformContext,
    others: Optional[list[dict]] = None,
    feedback=None,
) -> CheckResult:
    """Check register rows (dicts with ``geometry`` in EPSG:28992).

    *others* are the measures the rows may overlap (the whole register); the
    rows themselves when None.
    """
    result = CheckResult()
    catalogue = {m.code.upper(): m for m in (options.catalogue or load_catalogue())}
    now = options.now or datetime.now(timezone.utc)
    cutoff = checks.months_before(now, options.stale_months)
    checked = [row for row in rows if row.get("status") not in NOT_CHECKED_STATUSES]
    result.checked = len(checked)
    changes = status_changes(options.history_path)
    if changes is None:
        result.skipped.append(rules.TRANSITION)
    pool = checked if others is None else others
    overlaps = checks.OverlapIndex([r for r in pool if r.get("status") in ACTIVE_STATUSES], catalogue)
    lookup = None
    if options.parcels is not None:
        lookup = ParcelLookup(options.parcels, context, _extent(checked))
    boundaries = (
        AreaIndex(options.pilot_boundaries, context) if options.pilot_boundaries is not None else None
    )
    natura2000 = AreaIndex(options.natura2000, context) if options.natura2000 is not None else None
    for codes, source in (
        ((rules.PARCEL_EXTENT, rules.BRP_CATEGORY), lookup),
        ((rules.OUTSIDE_PILOT,), boundaries),
        ((rules.N2K_DISTANCE,), natura2000),
    ):
        if source is None or (isinstance(source, AreaIndex) and not source):
            result.skipped.extend(codes)
    unmatched = 0
    step = 100.0 / len(checked) if checked else 0
    for number, row in enumerate(checked):
        if feedback is not None:
            if feedback.isCanceled():
                break
            if number % 1000 == 0:
                feedback.setProgress(number * step)
        measure = catalogue.get(str(row.get("measure_code") or "").upper())
        found = checks.check_geometry(row) + checks.check_code(row, measure)
        geometry = row.get("geometry") if not found or found[0][0] != rules.GEOMETRY else None
        if geometry is not None:
            if measure is not None:
                found += checks.check_quantity(row, geometry)
            if row.get("status") in ACTIVE_STATUSES:
                found += overlaps.check(row, geometry, options.tolerance_m2)
        change = changes.get(row.get("uuid")) if changes is not None else None
        found += checks.check_transition(row, change)
        if geometry is not None and lookup is not None:
            parcel_found, matched = checks.check_parcels(row, geometry, measure, lookup, options.tolerance_m2)
            found += parcel_found
            unmatched += 0 if matched else 1
        if geometry is not None and boundaries:
            found += checks.check_pilot(geometry, boundaries)
        if geometry is not None and natura2000 and measure is not None:
            found += checks.check_natura2000(geometry, measure, natura2000)
        found += checks.check_money(row)
        found += checks.check_stale(row, change, changes is not None, cutoff, options.stale_months)
        for code, message, shown in found:
            result.findings.append(
                Finding(
                    uuid=str(row.get("uuid") or ""),
                    code=code,
                    severity=rules.severity_of(code),
                    message=message,
                    geometry=shown,
                    measure_code=str(row.get("measure_code") or ""),
                    pilot=row.get("pilot"),
                )
            )
    result.unmatched_parcels = unmatched
    return result


def check_register(
    layer: QgsVectorLayer,
    pilots: list[str],
    statuses: list[str],
    themes: list[str],
    options: CheckOptions,
    context: QgsCoordinateTransformContext,
    feedback=None,
) -> CheckResult:
    """Check the measures of *layer* the filters select, as ``a4b:exportmeasures`` selects them.

    Empty filter lists mean all. Overlaps are sought in the whole register, so
    a measure left out by a filter still counts as the other party.
    Raises :class:`OutputError` when *layer* is no measures register.
    """
    check_register_layer(layer)
    fields = CHECK_FIELDS + (PARCEL_FIELDS if options.parcels is not None else [])
    everything = read_measures(layer, context, feedback, fields, STALE_FIELDS)
    if not (pilots or statuses or themes):
        return check_rows(everything, options, context, None, feedback)
    try:
        chosen = select_measures(layer, pilots, statuses, themes, False)
    except OutputError:
        # The only error left after the field check: no measure matches the filters.
        return check_rows([], options, context, everything, feedback)
    return check_rows(
        read_measures(chosen, context, None, fields, STALE_FIELDS),
        options,
        context,
        everything,
        feedback,
    )
