"""Values of register rows: validation, timestamps and the current user.

Kept apart from :mod:`register` so the transaction code stays short; every
function here is pure apart from reading the user's name.
"""

from __future__ import annotations

import getpass
import uuid
from datetime import datetime, timezone
from typing import Any

from qgis.core import QgsApplication, QgsGeometry, QgsRectangle
from qgis.PyQt.QtCore import QCoreApplication

from ..common.errors import RegisterError
from ..common.i18n import tr
from ..measures.totals import measure_totals
from ..measures.vocabulary import ALL_THEMES, STATUSES, UNITS
from . import gpkg_blob
from .parcel_ref import geometry_fingerprint
from .schema import MEASURE_FIELDS

FIELD_NAMES = [name for name, _kind in MEASURE_FIELDS]
DOUBLES = {name for name, kind in MEASURE_FIELDS if kind == "double"}
# EPSG:28992's area of use (the Netherlands with the Wadden and the 12-mile zone) with a wide
# margin: catches geometries still in degrees or in another CRS.
RD_NEW_EXTENT = QgsRectangle(-100000, 200000, 400000, 750000)
# Upper bounds no real measure reaches (the Netherlands hold about 4.2 million ha; a
# pilot's budget is millions of euros a year); beyond them a value is a typo or damage.
MAX_VALUES = {"quantity": 1e9, "cost_eur_yr": 1e12, "revenue_eur_yr": 1e12}


def utc_now() -> str:
    """Current UTC time as GeoPackage DATETIME text (ISO 8601, ``Z``)."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def current_user() -> str:
    """The QGIS user's full name, else the login name."""
    name = QgsApplication.userFullName()
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (e.g. some services)
        return ""


def looks_like_sqlite(path: str) -> bool:
    try:
        with open(path, "rb") as handle:
            head = handle.read(16)
    except OSError:
        return False
    return head == b"SQLite format 3\x00" or head == b""


def plain(values: dict) -> dict:
    return {k: v for k, v in values.items() if k in FIELD_NAMES}


def checked_row(row: dict, number: int) -> dict[str, Any]:
    """The row's register values, validated; raises RegisterError naming the row."""

    def problem(text: str) -> RegisterError:
        return RegisterError(tr("Row {n}: {problem}").format(n=number, problem=text))

    unknown = set(row) - set(FIELD_NAMES) - {"geometry", "fid"}
    if unknown:
        raise problem(tr("unknown field(s) {fields}").format(fields=", ".join(sorted(unknown))))
    values: dict[str, Any] = {f: row.get(f) for f in FIELD_NAMES}
    for name in DOUBLES:
        value = values[name]
        if value is None or value == "":
            values[name] = None
            continue
        try:
            values[name] = float(value)
        except (TypeError, ValueError):
            raise problem(tr("{field} '{value}' is not a number").format(field=name, value=value)) from None
        if values[name] != values[name] or values[name] < 0:
            raise problem(tr("{field} must be a number of zero or more").format(field=name))
        if values[name] > MAX_VALUES.get(name, float("inf")) or values[name] == float("inf"):
            raise problem(
                tr("{field} {value:g} is beyond any real measure (at most {limit:g})").format(
                    field=name, value=values[name], limit=MAX_VALUES.get(name, 0)
                )
            )
    if not values.get("measure_code"):
        raise problem(tr("the measure code is empty"))
    if values.get("status") not in STATUSES:
        raise problem(tr("unknown status '{status}'").format(status=values.get("status")))
    if values.get("unit") not in UNITS:
        raise problem(tr("unknown unit '{unit}'").format(unit=values.get("unit")))
    if values.get("theme") not in ALL_THEMES:
        raise problem(tr("unknown theme '{theme}'").format(theme=values.get("theme")))
    geometry = row.get("geometry")
    if not isinstance(geometry, QgsGeometry):
        raise problem(tr("no geometry"))
    try:
        values["geometry"] = gpkg_blob.to_multipolygon(geometry)
    except ValueError:
        raise problem(tr("the geometry must be a non-empty polygon")) from None
    if not RD_NEW_EXTENT.contains(values["geometry"].boundingBox()):
        raise problem(tr("the geometry lies outside the Netherlands in EPSG:28992 (was it transformed?)"))
    for name in FIELD_NAMES:
        if name not in DOUBLES and values[name] is not None and not isinstance(values[name], str):
            values[name] = str(values[name])
    return values


def stored_value_problem(row: dict) -> str | None:
    """What is impossible in a row read from the register (damage, a typo in another program)."""
    for name in sorted(DOUBLES):
        value = row.get(name)
        if value is None or value == "":
            continue
        try:
            number = float(value)
        except (TypeError, ValueError):
            return tr("{field} holds '{value}', which is not a number").format(field=name, value=value)
        if number != number or number < 0 or number > MAX_VALUES.get(name, float("inf")):
            return tr("{field} holds {value}, which no real measure has").format(field=name, value=value)
    return None


def stamped_row(row: dict, number: int, now: str, user: str) -> dict:
    """*row* checked (:func:`checked_row`) and stamped for insertion by *user* at *now*.

    Keeps a given uuid, creation time and author and parcel fingerprint
    (a copied register keeps its history); fills in what is missing.
    """
    values = checked_row(row, number)
    values["uuid"] = values.get("uuid") or str(uuid.uuid4())
    values["created_at"] = values.get("created_at") or now
    values["created_by"] = values.get("created_by") or user
    values["updated_at"] = now
    values["updated_by"] = user
    if not values.get("parcel_fingerprint"):
        values["parcel_fingerprint"] = geometry_fingerprint(values["geometry"])
    return values


def check_stored_values(path: str, rows: list[dict]) -> None:
    """Raise RegisterError naming the measure, the value and how to fix it, for an impossible number."""
    for row in rows:
        problem = stored_value_problem(row)
        if problem:
            raise RegisterError(
                QCoreApplication.translate(
                    "MeasureRegister",
                    "The register {path} holds an impossible value in measure {code} of {ref} "
                    "(uuid {uuid}): {problem}. Correct it with Edit in the Measures panel or in the "
                    "attribute table of the measures layer.",
                ).format(
                    path=path,
                    code=row.get("measure_code"),
                    ref=row.get("parcel_ref") or "?",
                    uuid=row.get("uuid"),
                    problem=problem,
                )
            )


class RegisterTotals:
    """What every register backend computes alike from its rows (it gives ``list_measures`` and ``path``)."""

    def totals(self, pilot: str | None = None, exclude_statuses: tuple[str, ...] = ("dropped",)) -> dict:
        """Totals per unit and money per year (:func:`measure_totals`); dropped ones left out by default."""
        rows = self.list_measures(pilot, with_geometry=False, raw=True)
        self.check_values(rows)
        return measure_totals(row for row in rows if row.get("status") not in exclude_statuses)

    def check_values(self, rows: list[dict]) -> None:
        """Raise RegisterError, saying what to fix, for a row with an impossible number (damage, a typo)."""
        check_stored_values(self.path, rows)
