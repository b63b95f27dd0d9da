"""The measures register's schema: the contract between tagging and export.

The register is a GeoPackage (``a4b_work.gpkg`` beside the project by
default) with a ``measures`` layer, a ``measures_history`` table and a
``schema_version`` table. Any layer carrying :data:`REQUIRED_FIELDS` can be
exported, so a copy of the register in another format works too.

Version 2 added the parcel identity (``parcel_id``, ``parcel_source``,
``parcel_fingerprint``; see :mod:`.parcel_ref`), so exported measures can be
traced to their parcel.
"""

from __future__ import annotations

from ..common.crs import WORK_CRS

SCHEMA_VERSION = 2
MEASURES_TABLE = "measures"
HISTORY_TABLE = "measures_history"
VERSION_TABLE = "schema_version"
REGISTER_CRS = WORK_CRS

# (name, kind) with kind one of "string", "double", "datetime"; the order is
# the column order of the table and of every export.
MEASURE_FIELDS: list[tuple[str, str]] = [
    ("uuid", "string"),
    ("pilot", "string"),
    ("parcel_ref", "string"),
    ("parcel_id", "string"),
    ("parcel_source", "string"),
    ("parcel_fingerprint", "string"),
    ("measure_code", "string"),
    ("measure_name", "string"),
    ("theme", "string"),
    ("status", "string"),
    ("quantity", "double"),
    ("unit", "string"),
    ("cost_eur_yr", "double"),
    ("revenue_eur_yr", "double"),
    ("stakeholder", "string"),
    ("notes", "string"),
    ("created_at", "datetime"),
    ("created_by", "string"),
    ("updated_at", "datetime"),
    ("updated_by", "string"),
]

REQUIRED_FIELDS = [
    "pilot",
    "measure_code",
    "measure_name",
    "theme",
    "status",
    "quantity",
    "unit",
    "cost_eur_yr",
    "revenue_eur_yr",
]

# Personal data under the GDPR: left out of exports unless asked for.
PERSONAL_FIELDS = ["stakeholder", "created_by", "updated_by"]
