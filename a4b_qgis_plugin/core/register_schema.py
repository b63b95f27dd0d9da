"""The measures register's schema: the contract between tagging and export.

The register is a GeoPackage (``a4b_work.gpkg`` beside the project by
default) with a ``measures`` layer, a ``measures_history`` table and a
``schema_version`` table. Any layer carrying :data:`REQUIRED_FIELDS` can be
exported, so a copy of the register in another format works too.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication

SCHEMA_VERSION = 1
MEASURES_TABLE = "measures"
HISTORY_TABLE = "measures_history"
VERSION_TABLE = "schema_version"
REGISTER_CRS = "EPSG:28992"

# (name, kind) with kind one of "string", "double", "datetime"; the order is
# the column order of the table and of every export.
MEASURE_FIELDS: list[tuple[str, str]] = [
    ("uuid", "string"),
    ("pilot", "string"),
    ("parcel_ref", "string"),
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

STATUSES = ["idea", "proposed", "agreed", "implemented", "dropped"]
DEFAULT_STATUS = "proposed"

THEMES = [
    "water",
    "nitrogen",
    "landscape",
    "agri_nature",
    "nature_conversion",
    "business_model",
]

UNITS = ["ha", "m", "piece"]


def status_label(status: str) -> str:
    """The status as the user reads it, in the interface language."""
    labels = {
        "idea": QCoreApplication.translate("register_schema", "idea"),
        "proposed": QCoreApplication.translate("register_schema", "proposed"),
        "agreed": QCoreApplication.translate("register_schema", "agreed"),
        "implemented": QCoreApplication.translate("register_schema", "implemented"),
        "dropped": QCoreApplication.translate("register_schema", "dropped"),
    }
    return labels.get(status, status)


def theme_label(theme: str) -> str:
    """The theme as the user reads it, in the interface language."""
    labels = {
        "water": QCoreApplication.translate("register_schema", "Water and drying out"),
        "nitrogen": QCoreApplication.translate("register_schema", "Nitrogen"),
        "landscape": QCoreApplication.translate("register_schema", "Fragmentation and landscape"),
        "agri_nature": QCoreApplication.translate("register_schema", "Agricultural nature management"),
        "nature_conversion": QCoreApplication.translate("register_schema", "Conversion to nature"),
        "business_model": QCoreApplication.translate("register_schema", "Business model"),
    }
    return labels.get(theme, theme)


def unit_label(unit: str) -> str:
    """The unit as the user reads it."""
    labels = {
        "ha": QCoreApplication.translate("register_schema", "ha"),
        "m": QCoreApplication.translate("register_schema", "m"),
        "piece": QCoreApplication.translate("register_schema", "piece"),
    }
    return labels.get(unit, unit)
