"""Typed access to the plugin's settings, all under one ``a4b/`` prefix."""

from __future__ import annotations

from typing import Any

from qgis.core import QgsProject, QgsSettings

PREFIX = "a4b/"
# Scope of the plugin's entries in a QGIS project file (what belongs to one project).
PROJECT_SCOPE = "a4b"


class Setting:
    """One setting: a key, a type and a default."""

    def __init__(self, key: str, default: Any, kind: type = str):
        self.key = PREFIX + key
        self.default = default
        self.kind = kind

    def get(self) -> Any:
        """Current value, converted to the setting's type."""
        value = QgsSettings().value(self.key, self.default)
        if value is None:
            return self.default
        if self.kind is bool and isinstance(value, str):
            return value.lower() in ("true", "1", "yes")
        try:
            return self.kind(value)
        except (TypeError, ValueError):
            return self.default

    def set(self, value: Any) -> None:
        """Store *value*."""
        QgsSettings().setValue(self.key, value)

    def reset(self) -> None:
        """Forget the stored value; :meth:`get` returns the default again."""
        QgsSettings().remove(self.key)


# Distance bands in metres around Natura 2000 areas (text, as in the algorithms).
DEFAULT_BANDS = Setting("flag/bands", "100,250,500,1000")
# A user's own measures catalogue (empty: the shipped one).
MEASURE_CATALOGUE_PATH = Setting("measures/catalogue_path", "")
# A user's own pilot catalogue (empty: the shipped one).
PILOT_CATALOGUE_PATH = Setting("pilots/catalogue_path", "")
# A user's own PDOK source catalogue (empty: the shipped one).
SOURCE_CATALOGUE_PATH = Setting("sources/catalogue_path", "")
# Name of the work GeoPackage written beside the project: the default register.
WORK_GPKG_NAME = Setting("work/gpkg_name", "a4b_work.gpkg")
# CSV column separator ",", ";" or a tab; empty: follow QGIS's language (core/common/csv_dialect.py).
CSV_SEPARATOR = Setting("csv/separator", "")
# CSV decimal mark "." or ","; empty: follow QGIS's language.
CSV_DECIMAL = Setting("csv/decimal", "")

# Every setting the Options page shows, for a reset to defaults.
ALL = (
    DEFAULT_BANDS,
    MEASURE_CATALOGUE_PATH,
    PILOT_CATALOGUE_PATH,
    SOURCE_CATALOGUE_PATH,
    WORK_GPKG_NAME,
    CSV_SEPARATOR,
    CSV_DECIMAL,
)


def read_project_entry(project: QgsProject, key: str, default: str | None = "") -> str | None:
    """A text value the plugin stored in *project* under *key*, else *default*."""
    value, ok = project.readEntry(PROJECT_SCOPE, key, default or "")
    return value if ok else default


def write_project_entry(project: QgsProject, key: str, value: str) -> None:
    """Store *value* in *project*; only when it changed, so the project is not dirtied for nothing."""
    if read_project_entry(project, key, None) != value:
        project.writeEntry(PROJECT_SCOPE, key, value)
