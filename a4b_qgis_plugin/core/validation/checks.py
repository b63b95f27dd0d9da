"""The rules, one function each: a measure (a register row as a dict) in, findings out.

Geometries are in EPSG:28992. A function returns ``(code, message, geometry)``
tuples; :mod:`.run` adds the measure's uuid and the severity. Rules that need
a usable geometry or a catalogue measure are only called when there is one.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Optional

from qgis.core import Qgis, QgsGeometry

from ..common.geometry import polygon_part
from ..measures.catalogue import Measure, incompatible
from ..measures.vocabulary import status_label, transition_allowed, unit_label
from ..tagging.build import quantity_for
from . import rules
from .inputs import AreaIndex, ParcelLookup, StatusChange

# Relative and absolute slack of the quantity rule (1 %, or 0.01 ha / 1 m when larger).
QUANTITY_RELATIVE = 0.01
QUANTITY_ABSOLUTE = {"ha": 0.01, "m": 1.0}
# Interiors that share an area (not just an edge or a point): DE-9IM.
_SHARED_AREA = "2********"

Finding = tuple[str, str, Optional[QgsGeometry]]


def _number(value: float, decimals: int = 2) -> str:
    return f"{value:.{decimals}f}"


def geometry_state(geometry: Optional[QgsGeometry]) -> Optional[str]:
    """None for a usable geometry, else ``missing``, ``empty`` or GEOS's reason it is invalid."""
    if geometry is None or geometry.isNull():
        return "missing"
    if geometry.isEmpty():
        return "empty"
    if geometry.isGeosValid():
        return None
    errors = geometry.validateGeometry(Qgis.GeometryValidationEngine.Geos)
    return "; ".join(error.what() for error in errors) or "GEOS"


def check_geometry(row: dict) -> list[Finding]:
    """H-GEOMETRY."""
    state = geometry_state(row.get("geometry"))
    if state is None:
        return []
    problem = rules.geometry_problem(state)
    geometry = row.get("geometry")
    shown = geometry if state not in ("missing", "empty") else None
    return [(rules.GEOMETRY, rules.message(rules.GEOMETRY, problem=problem), shown)]


def check_code(row: dict, measure: Optional[Measure]) -> list[Finding]:
    """H-CODE."""
    if measure is not None:
        return []
    code = row.get("measure_code") or ""
    return [(rules.UNKNOWN_CODE, rules.message(rules.UNKNOWN_CODE, measure_code=code), row.get("geometry"))]


def expected_quantity(geometry: QgsGeometry, unit: str) -> Optional[float]:
    """What the geometry measures in *unit* (tagging's own measure); None for pieces."""
    if unit not in QUANTITY_ABSOLUTE:
        return None
    return quantity_for(geometry, unit)


def check_quantity(row: dict, geometry: QgsGeometry) -> list[Finding]:
    """H-QUANTITY (the row's own unit; pieces are not measured)."""
    unit = row.get("unit") or ""
    expected = expected_quantity(geometry, unit)
    if expected is None:
        return []
    quantity = row.get("quantity")
    slack = max(QUANTITY_RELATIVE * expected, QUANTITY_ABSOLUTE[unit])
    if quantity is not None and abs(float(quantity) - expected) <= slack:
        return []
    decimals = 2 if unit == "ha" else 0
    text = rules.message(
        rules.QUANTITY,
        quantity="–" if quantity is None else _number(float(quantity), decimals),
        expected=_number(expected, decimals),
        unit=unit_label(unit),
    )
    return [(rules.QUANTITY, text, geometry)]


def check_parcels(
    row: dict, geometry: QgsGeometry, measure: Optional[Measure], lookup: ParcelLookup, tolerance: float
) -> tuple[list[Finding], bool]:
    """H-PARCEL-EXTENT and S-BRP-CATEGORY; the flag says whether a parcel was found."""
    parcels = lookup.parcels_of(row)
    if not parcels:
        return [], False
    found: list[Finding] = []
    shapes = [p.geometry for p in parcels if p.geometry is not None and not p.geometry.isEmpty()]
    if shapes:
        ground = shapes[0] if len(shapes) == 1 else QgsGeometry.unaryUnion(shapes)
        outside = polygon_part(geometry.difference(ground))
        area = outside.area() if outside is not None else 0.0
        if area > tolerance:
            labels = ", ".join(p.label for p in parcels)
            text = rules.message(rules.PARCEL_EXTENT, area=_number(area, 1), parcel=labels)
            found.append((rules.PARCEL_EXTENT, text, outside))
    if measure is not None:
        for parcel in parcels:
            # The tagging code's own check: the catalogue measure's BRP categories.
            if parcel.category and not measure.fits_category(parcel.category):
                text = rules.message(
                    rules.BRP_CATEGORY,
                    parcel=parcel.label,
                    category=parcel.category,
                    measure_code=measure.code,
                    fits=", ".join(measure.brp_categories),
                )
                found.append((rules.BRP_CATEGORY, text, geometry))
    return found, True


class GridIndex:
    """Boxes filed by the cell of their lower-left corner: one dictionary step to fill.

    A query looks back by the widest and tallest box filed, so a box is found
    from any cell it reaches; callers compare the boxes themselves afterwards.
    """

    def __init__(self, cell: float = 250.0):
        self.cell = cell
        self.cells: dict[tuple[int, int], list[int]] = {}
        self.reach_x = 0.0
        self.reach_y = 0.0

    def add(self, key: int, box) -> None:
        """File *key* under the cell of its box's lower-left corner."""
        cell = (int(box.xMinimum() // self.cell), int(box.yMinimum() // self.cell))
        bucket = self.cells.get(cell)
        if bucket is None:
            self.cells[cell] = [key]
        else:
            bucket.append(key)
        self.reach_x = max(self.reach_x, box.width())
        self.reach_y = max(self.reach_y, box.height())

    def candidates(self, box) -> list[int]:
        """Keys whose boxes may touch *box* (a superset: compare the boxes to be sure)."""
        size = self.cell
        found: list[int] = []
        for ix in range(int((box.xMinimum() - self.reach_x) // size), int(box.xMaximum() // size) + 1):
            for iy in range(int((box.yMinimum() - self.reach_y) // size), int(box.yMaximum() // size) + 1):
                bucket = self.cells.get((ix, iy))
                if bucket:
                    found.extend(bucket)
        return found


class OverlapIndex:
    """Active measures whose code the catalogue makes incompatible with another, by place."""

    def __init__(self, rows: list[dict], catalogue: dict[str, Measure]):
        self._catalogue = catalogue
        self._pairs: dict[tuple[str, str], bool] = {}
        involved = {
            code
            for code, measure in catalogue.items()
            if any(incompatible(measure, other) for other in catalogue.values())
        }
        self.rows: dict[int, dict] = {}
        self.index = GridIndex()
        for number, row in enumerate(rows):
            geometry = row.get("geometry")
            if str(row.get("measure_code") or "").upper() not in involved:
                continue
            if geometry_state(geometry) is not None:
                continue
            self.rows[number] = row
            self.index.add(number, geometry.boundingBox())

    def _incompatible(self, first: str, second: str) -> bool:
        key = (first, second)
        if key not in self._pairs:
            a, b = self._catalogue.get(first), self._catalogue.get(second)
            self._pairs[key] = a is not None and b is not None and incompatible(a, b)
        return self._pairs[key]

    def check(self, row: dict, geometry: QgsGeometry, tolerance: float) -> list[Finding]:
        """H-INCOMPATIBLE: one finding per incompatible measure sharing more than *tolerance* m²."""
        code = str(row.get("measure_code") or "").upper()
        found: list[Finding] = []
        engine = None
        box = geometry.boundingBox()
        for key in self.index.candidates(box):
            other = self.rows[key]
            if not box.intersects(other["geometry"].boundingBox()):
                continue
            if other.get("uuid") == row.get("uuid"):
                continue
            other_code = str(other.get("measure_code") or "").upper()
            if not self._incompatible(code, other_code):
                continue
            if engine is None:
                engine = QgsGeometry.createGeometryEngine(geometry.constGet())
                engine.prepareGeometry()
            if not engine.relatePattern(other["geometry"].constGet(), _SHARED_AREA):
                continue
            shared = polygon_part(geometry.intersection(other["geometry"]))
            area = shared.area() if shared is not None else 0.0
            if area > tolerance:
                text = rules.message(
                    rules.INCOMPATIBLE,
                    area=_number(area, 1),
                    other_code=other.get("measure_code"),
                    other_uuid=other.get("uuid"),
                    measure_code=row.get("measure_code"),
                )
                found.append((rules.INCOMPATIBLE, text, shared))
        return found


def check_transition(row: dict, change: Optional[StatusChange]) -> list[Finding]:
    """H-TRANSITION: the step that set the current status must be an allowed one."""
    if change is None or change.new != row.get("status") or transition_allowed(change.old, change.new):
        return []
    text = rules.message(
        rules.TRANSITION,
        new=status_label(change.new or ""),
        old=status_label(change.old or ""),
        date=change.changed_at[:10],
    )
    return [(rules.TRANSITION, text, row.get("geometry"))]


def check_pilot(geometry: QgsGeometry, boundaries: AreaIndex) -> list[Finding]:
    """S-OUTSIDE-PILOT."""
    if boundaries.intersects(geometry):
        return []
    return [(rules.OUTSIDE_PILOT, rules.message(rules.OUTSIDE_PILOT), geometry)]


def check_natura2000(geometry: QgsGeometry, measure: Measure, areas: AreaIndex) -> list[Finding]:
    """S-N2K-DISTANCE (only for measures with a catalogue effect distance)."""
    limit = measure.max_distance_m
    if limit is None or areas.within_distance(geometry, limit):
        return []
    distance = areas.nearest_distance(geometry)
    text = rules.message(
        rules.N2K_DISTANCE,
        distance=_number(distance or 0.0, 0),
        measure_code=measure.code,
        limit=_number(limit, 0),
    )
    return [(rules.N2K_DISTANCE, text, geometry)]


def check_money(row: dict) -> list[Finding]:
    """S-MONEY-MISSING."""
    cost, revenue = row.get("cost_eur_yr") is None, row.get("revenue_eur_yr") is None
    if not cost and not revenue:
        return []
    text = rules.message(rules.MONEY_MISSING, missing=rules.money_missing_text(cost, revenue))
    return [(rules.MONEY_MISSING, text, row.get("geometry"))]


def parse_time(value) -> Optional[datetime]:
    """A register time (ISO text, ``Z`` or offset; or a QDateTime) as an aware UTC datetime."""
    if value is None:
        return None
    if hasattr(value, "toPyDateTime"):
        if not value.isValid():
            return None
        value = value.toUTC().toString("yyyy-MM-ddTHH:mm:ss") + "Z"
    text = str(value).strip().replace("Z", "+00:00").replace(" ", "T")
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def months_before(moment: datetime, months: int) -> datetime:
    """*moment* minus whole calendar months (the 31st becomes the month's last day)."""
    total = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(total, 12)
    for day in (moment.day, 30, 29, 28):
        try:
            return moment.replace(year=year, month=month + 1, day=day)
        except ValueError:
            continue
    return moment


def check_stale(
    row: dict, change: Optional[StatusChange], history_known: bool, cutoff: datetime, months: int
):
    """S-STALE-PROPOSED: proposed since before *cutoff*.

    With the history: since the last status change, else since creation.
    Without it, since the last change of any kind (never older than the truth).
    """
    if row.get("status") != "proposed":
        return []
    if history_known:
        since = parse_time(change.changed_at) if change is not None else parse_time(row.get("created_at"))
    else:
        since = parse_time(row.get("updated_at")) or parse_time(row.get("created_at"))
    if since is None or since >= cutoff:
        return []
    text = rules.message(rules.STALE_PROPOSED, since=since.date().isoformat(), months=months)
    return [(rules.STALE_PROPOSED, text, row.get("geometry"))]
