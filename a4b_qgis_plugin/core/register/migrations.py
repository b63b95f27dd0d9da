"""Creating and upgrading the register's tables inside a GeoPackage.

Everything here runs on a ``sqlite3`` connection that already holds a write
transaction (``BEGIN IMMEDIATE``), so creating or migrating a register is
atomic and two processes cannot both do it. The tables follow the
GeoPackage 1.2 core (``gpkg_contents``, ``gpkg_geometry_columns``,
``gpkg_spatial_ref_sys``); the register has no R-tree index on purpose: a
pilot's register holds hundreds of rows, and without the index's triggers
any SQLite client can write to it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Callable

from qgis.core import QgsCoordinateReferenceSystem
from qgis.PyQt.QtCore import QCoreApplication

from ..common.errors import RegisterError
from ..common.i18n import tr
from ..common.qt_compat import CRS_WKT1_GDAL
from . import gpkg_blob
from .parcel_ref import geometry_fingerprint
from .schema import HISTORY_TABLE, MEASURE_FIELDS, MEASURES_TABLE, SCHEMA_VERSION, VERSION_TABLE

GPKG_APPLICATION_ID = 0x47504B47  # "GPKG"
GPKG_USER_VERSION = 10200
REGISTER_SRS_ID = 28992
GEOMETRY_COLUMN = "geom"

SQL_TYPES = {"string": "TEXT", "double": "DOUBLE", "datetime": "DATETIME", "integer": "INTEGER"}

HISTORY_FIELDS: list[tuple[str, str]] = [
    ("uuid", "string"),
    ("action", "string"),
    ("old_values", "string"),
    ("new_values", "string"),
    ("changed_at", "datetime"),
    ("changed_by", "string"),
]

VERSION_FIELDS: list[tuple[str, str]] = [
    ("version", "integer"),
    ("applied_at", "datetime"),
    ("note", "string"),
]


def backup_copy(path: str, old_version: int) -> str:
    """Consistent copy ``<name>.bak-v<old>.gpkg`` (``-2``, ``-3``... when taken) of the register at *path*."""
    source = Path(path)
    target = source.with_name(f"{source.stem}.bak-v{old_version}{source.suffix}")
    number = 2
    while target.exists():
        target = source.with_name(f"{source.stem}.bak-v{old_version}-{number}{source.suffix}")
        number += 1
    try:
        src = sqlite3.connect(path)
        try:
            dst = sqlite3.connect(str(target))
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as err:
        raise RegisterError(
            QCoreApplication.translate(
                "MeasureRegister", "Cannot back up the register to {target} before upgrading it: {error}"
            ).format(target=target, error=err)
        ) from err
    return str(target)


def srs_definition(epsg: int) -> str:
    """WKT1 (GDAL flavour, as GeoPackage readers expect) of EPSG:*epsg* from QGIS's database."""
    crs = QgsCoordinateReferenceSystem(f"EPSG:{epsg}")
    return crs.toWkt(CRS_WKT1_GDAL)


def table_exists(conn: sqlite3.Connection, name: str) -> bool:
    """True when a table *name* exists (case-insensitive, as SQLite compares)."""
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND lower(name) = lower(?)", (name,)
    ).fetchone()
    return row is not None


def table_columns(conn: sqlite3.Connection, name: str) -> list[str]:
    """Column names of table *name*."""
    return [row[1] for row in conn.execute(f'PRAGMA table_info("{name}")')]


def stored_version(conn: sqlite3.Connection) -> int | None:
    """The register's schema version; 0 for a measures table without one, None for no register."""
    if table_exists(conn, VERSION_TABLE):
        values = [row[0] for row in conn.execute(f'SELECT version FROM "{VERSION_TABLE}"')]
        numbers = []
        for value in values:
            number = _version_number(value)
            if number is None:
                raise RegisterError(
                    tr(
                        "The register's table {table} holds '{value}' where a version number belongs: "
                        "the file is damaged. Restore a backup copy (a file named like *.bak-v1.gpkg "
                        "beside it), or open the table in a database tool and put back the number "
                        "(1 or 2)."
                    ).format(table=VERSION_TABLE, value=value)
                )
            numbers.append(number)
        return max(numbers) if numbers else 0
    if table_exists(conn, MEASURES_TABLE):
        return 0
    return None


def _version_number(value) -> int | None:
    """A stored version as a whole number; None for text, fractions or absurd numbers."""
    if isinstance(value, str):
        value = value.strip()
        if not value.isdigit():
            return None
        value = int(value)
    if isinstance(value, float):
        if value != value or not value.is_integer():
            return None
        value = int(value)
    if not isinstance(value, int) or value < 0 or value > 10000:
        return None
    return value


def ensure_gpkg_core(conn: sqlite3.Connection) -> None:
    """Make an empty SQLite file a GeoPackage; leave an existing one alone."""
    if not table_exists(conn, "gpkg_spatial_ref_sys"):
        conn.execute(
            "CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY,"
            " organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL,"
            " definition TEXT NOT NULL, description TEXT)"
        )
        conn.executemany(
            "INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)",
            [
                ("Undefined Cartesian SRS", -1, "NONE", -1, "undefined", "undefined Cartesian SRS"),
                ("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic SRS"),
                (
                    "WGS 84 geodetic",
                    4326,
                    "EPSG",
                    4326,
                    srs_definition(4326),
                    "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid",
                ),
            ],
        )
    if not table_exists(conn, "gpkg_contents"):
        conn.execute(
            "CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,"
            " identifier TEXT UNIQUE, description TEXT DEFAULT '',"
            " last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),"
            " min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,"
            " CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))"
        )
    if not table_exists(conn, "gpkg_geometry_columns"):
        conn.execute(
            "CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,"
            " geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL,"
            " m TINYINT NOT NULL, CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),"
            " CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),"
            " CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))"
        )
    if conn.execute("PRAGMA application_id").fetchone()[0] == 0:
        conn.execute(f"PRAGMA application_id = {GPKG_APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {GPKG_USER_VERSION}")
    exists = conn.execute(
        "SELECT 1 FROM gpkg_spatial_ref_sys WHERE srs_id = ?", (REGISTER_SRS_ID,)
    ).fetchone()
    if not exists:
        conn.execute(
            "INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, 'EPSG', ?, ?, '')",
            ("Amersfoort / RD New", REGISTER_SRS_ID, REGISTER_SRS_ID, srs_definition(REGISTER_SRS_ID)),
        )


def _column_sql(fields: list[tuple[str, str]]) -> str:
    return ", ".join(f'"{name}" {SQL_TYPES[kind]}' for name, kind in fields)


def _create_attribute_table(conn: sqlite3.Connection, name: str, fields: list[tuple[str, str]]) -> None:
    conn.execute(
        f'CREATE TABLE "{name}" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, {_column_sql(fields)})'
    )
    conn.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description)"
        " VALUES (?, 'attributes', ?, ?)",
        (name, name, "A4B measures register"),
    )


def create_register_tables(conn: sqlite3.Connection, now: str) -> None:
    """Create the measures, history and version tables (current schema)."""
    ensure_gpkg_core(conn)
    conn.execute(
        f'CREATE TABLE "{MEASURES_TABLE}" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,'
        f' "{GEOMETRY_COLUMN}" MULTIPOLYGON, {_column_sql(MEASURE_FIELDS)})'
    )
    conn.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id)"
        " VALUES (?, 'features', ?, ?, ?)",
        (MEASURES_TABLE, MEASURES_TABLE, "A4B measures register", REGISTER_SRS_ID),
    )
    conn.execute(
        "INSERT INTO gpkg_geometry_columns VALUES (?, ?, 'MULTIPOLYGON', ?, 0, 0)",
        (MEASURES_TABLE, GEOMETRY_COLUMN, REGISTER_SRS_ID),
    )
    _ensure_history_and_version(conn)
    _create_indexes(conn)
    conn.execute(
        f'INSERT INTO "{VERSION_TABLE}" (version, applied_at, note) VALUES (?, ?, ?)',
        (SCHEMA_VERSION, now, "created"),
    )


def _ensure_history_and_version(conn: sqlite3.Connection) -> None:
    if not table_exists(conn, HISTORY_TABLE):
        _create_attribute_table(conn, HISTORY_TABLE, HISTORY_FIELDS)
    if not table_exists(conn, VERSION_TABLE):
        _create_attribute_table(conn, VERSION_TABLE, VERSION_FIELDS)


def _create_indexes(conn: sqlite3.Connection) -> None:
    conn.execute(
        f'CREATE UNIQUE INDEX IF NOT EXISTS "idx_{MEASURES_TABLE}_uuid" ON "{MEASURES_TABLE}" (uuid)'
    )
    conn.execute(f'CREATE INDEX IF NOT EXISTS "idx_{MEASURES_TABLE}_pilot" ON "{MEASURES_TABLE}" (pilot)')
    conn.execute(f'CREATE INDEX IF NOT EXISTS "idx_{HISTORY_TABLE}_uuid" ON "{HISTORY_TABLE}" (uuid)')
    conn.execute(
        f'CREATE INDEX IF NOT EXISTS "idx_{MEASURES_TABLE}_code" ON "{MEASURES_TABLE}" (measure_code)'
    )


def _migrate_0_to_1(conn: sqlite3.Connection, now: str) -> None:
    """A measures table from before versioning: add missing columns and tables, give rows a uuid."""
    import uuid as uuid_module

    present = {c.lower() for c in table_columns(conn, MEASURES_TABLE)}
    for name, kind in MEASURE_FIELDS:
        if name.lower() not in present:
            conn.execute(f'ALTER TABLE "{MEASURES_TABLE}" ADD COLUMN "{name}" {SQL_TYPES[kind]}')
    missing = conn.execute(f"SELECT fid FROM \"{MEASURES_TABLE}\" WHERE uuid IS NULL OR uuid = ''").fetchall()
    for (fid,) in missing:
        conn.execute(f'UPDATE "{MEASURES_TABLE}" SET uuid = ? WHERE fid = ?', (str(uuid_module.uuid4()), fid))
    _ensure_history_and_version(conn)
    _create_indexes(conn)


def _migrate_1_to_2(conn: sqlite3.Connection, now: str) -> None:
    """Parcel identity: add the columns, fingerprint every stored geometry.

    ``parcel_ref`` stays as it was; ``parcel_id``/``parcel_source`` stay empty
    because an old reference cannot tell a feature id from an identifier.
    """
    present = {c.lower() for c in table_columns(conn, MEASURES_TABLE)}
    for name, kind in MEASURE_FIELDS:
        if name.lower() not in present:
            conn.execute(f'ALTER TABLE "{MEASURES_TABLE}" ADD COLUMN "{name}" {SQL_TYPES[kind]}')
    rows = conn.execute(
        f'SELECT fid, "{GEOMETRY_COLUMN}" FROM "{MEASURES_TABLE}" WHERE parcel_fingerprint IS NULL'
    ).fetchall()
    for fid, blob in rows:
        fingerprint = geometry_fingerprint(gpkg_blob.decode(blob))
        if fingerprint:
            conn.execute(
                f'UPDATE "{MEASURES_TABLE}" SET parcel_fingerprint = ? WHERE fid = ?', (fingerprint, fid)
            )
    _create_indexes(conn)


# from-version -> step taking the register to from-version + 1
MIGRATIONS: dict[int, Callable[[sqlite3.Connection, str], None]] = {0: _migrate_0_to_1, 1: _migrate_1_to_2}


def migrate(conn: sqlite3.Connection, from_version: int, now: str) -> None:
    """Run every step from *from_version* to SCHEMA_VERSION and record it."""
    for version in range(from_version, SCHEMA_VERSION):
        MIGRATIONS[version](conn, now)
        conn.execute(
            f'INSERT INTO "{VERSION_TABLE}" (version, applied_at, note) VALUES (?, ?, ?)',
            (version + 1, now, f"migrated from version {version}"),
        )
