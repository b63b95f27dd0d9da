"""The measures register: the table of measures with their history, safe for several writers.

A register is a GeoPackage file (``store``) or a team register in
PostgreSQL/PostGIS (``postgis``); ``backend.open_register`` opens either
from a REGISTER value and both answer the same calls. ``schema`` names the
tables and fields; ``parcel_ref`` says which parcel a measure lies on;
``gpkg_blob`` encodes geometries for SQLite; ``values`` checks a value
before it is written; ``migrations`` brings older files up to date; ``home``
is where a project's register lives and how it moves; ``copy`` copies
measures between backends.

May import: core.common, core.measures.
"""

from . import backend, copy, home, parcel_ref, pg_schema, schema
from .backend import is_team, open_register
from .gpkg_blob import LINE, POLYGON
from .store import MeasureRegister

__all__ = [
    "backend",
    "copy",
    "pg_schema",
    "home",
    "parcel_ref",
    "schema",
    "is_team",
    "open_register",
    "LINE",
    "POLYGON",
    "MeasureRegister",
]
