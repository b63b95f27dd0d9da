"""The measures register: a GeoPackage table of measures with their history, safe for several writers.

``store`` opens and writes it (``open_register``, ``MeasureRegister``);
``schema`` names its tables and fields; ``parcel_ref`` says which parcel a
measure lies on; ``gpkg_blob`` encodes geometries for SQLite; ``values``
checks a value before it is written; ``migrations`` brings older files up to
date; ``home`` is where a project's register lives and how it moves.

May import: core.common, core.measures.
"""

from . import home, parcel_ref, schema
from .gpkg_blob import LINE, POLYGON
from .store import MeasureRegister, open_register

__all__ = [
    "home",
    "parcel_ref",
    "schema",
    "LINE",
    "POLYGON",
    "MeasureRegister",
    "open_register",
]
