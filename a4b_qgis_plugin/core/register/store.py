"""The measures register: a GeoPackage written one transaction at a time.

Writes go through ``sqlite3`` on the GeoPackage with ``BEGIN IMMEDIATE``:
the write lock is taken before anything is read, so two QGIS processes
tagging the same register queue up instead of losing rows, and a failure or
a killed process midway leaves the file as it was (SQLite's journal). Each
write also records who changed what in ``measures_history``.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Optional

from qgis.core import QgsVectorLayer

from ..common.errors import RegisterError
from ..common.i18n import Translatable
from ..common.layer_source import table_source
from . import gpkg_blob
from . import migrations as register_migrations
from .schema import HISTORY_TABLE, MEASURES_TABLE, SCHEMA_VERSION
from .values import (  # RegisterError, utc_now, current_user are part of the API
    DOUBLES,
    FIELD_NAMES,
    RegisterTotals,
    checked_row,
    current_user,
    looks_like_sqlite,
    plain,
    stamped_row,
    utc_now,
)

# Waiting for another process's write: SQLite's busy handler, then a few retries
# (BEGIN IMMEDIATE can still report "locked" right after a WAL checkpoint).
BUSY_TIMEOUT_S = 10.0
LOCK_RETRIES = 3
# uuids per IN (...) query, below SQLite's bound-variable limit on old builds (999).
CHUNK = 500
# Set by the register itself, never by a caller's update.
_PROTECTED = {"uuid", "created_at", "created_by", "updated_at", "updated_by"}


def open_register(path: str, create: bool = True) -> MeasureRegister:
    """Open (creating or migrating when needed) the register in GeoPackage *path*."""
    register = MeasureRegister(str(path) if path else "")
    register._prepare(create)
    return register


class MeasureRegister(RegisterTotals, Translatable):
    """The ``measures`` table of one GeoPackage, with history and versioning."""

    backend = "gpkg"

    def __init__(self, path: str):
        self.path = str(Path(path).resolve()) if path else ""
        self.user = current_user()
        # Set when opening migrated an older register: the copy made first.
        self.backup_path: Optional[str] = None

    # -- connection and transactions ------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        gpkg_blob.register_functions(conn)
        return conn

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed when the block ends, rolled back on any error."""
        try:
            conn = self._connect()
        except sqlite3.Error as err:
            raise RegisterError(
                self.tr("Cannot open the register {path}: {error}").format(path=self.path, error=err)
            ) from err
        try:
            for attempt in range(LOCK_RETRIES):
                try:
                    conn.execute("BEGIN IMMEDIATE")
                    break
                except sqlite3.OperationalError as err:
                    if "locked" not in str(err) and "busy" not in str(err) or attempt == LOCK_RETRIES - 1:
                        raise RegisterError(
                            self.tr("The register {path} is busy or read-only ({error}); try again.").format(
                                path=self.path, error=err
                            )
                        ) from err
                    time.sleep(0.2 * (attempt + 1))
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                try:
                    conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass  # SQLite already rolled back (e.g. disk full); keep the first error
                raise
        except sqlite3.Error as err:
            raise RegisterError(
                self.tr("Writing to the register {path} failed; nothing was changed: {error}").format(
                    path=self.path, error=err
                )
            ) from err
        finally:
            conn.close()

    def _read(self) -> sqlite3.Connection:
        try:
            return self._connect()
        except sqlite3.Error as err:
            raise RegisterError(
                self.tr("Cannot open the register {path}: {error}").format(path=self.path, error=err)
            ) from err

    def _query(self, sql: str, params: tuple) -> list[tuple]:
        conn = self._read()
        try:
            return conn.execute(sql, params).fetchall()
        except sqlite3.Error as err:
            raise RegisterError(
                self.tr("Cannot read the register {path}: {error}").format(path=self.path, error=err)
            ) from err
        finally:
            conn.close()

    # -- opening ---------------------------------------------------------------------
    def _prepare(self, create: bool) -> None:
        if not self.path:
            raise RegisterError(self.tr("No register GeoPackage was given."))
        folder = Path(self.path).parent
        if not Path(self.path).exists():
            if not create:
                raise RegisterError(self.tr("The register {path} does not exist.").format(path=self.path))
            if not folder.is_dir():
                raise RegisterError(self.tr("The folder {folder} does not exist.").format(folder=folder))
            if not os.access(folder, os.W_OK):
                raise RegisterError(self.tr("Cannot write in the folder {folder}.").format(folder=folder))
        elif not looks_like_sqlite(self.path):
            raise RegisterError(self.tr("{path} is not a GeoPackage.").format(path=self.path))
        version = self._version()
        if version is not None and version > SCHEMA_VERSION:
            raise RegisterError(
                self.tr(
                    "The register {path} was made by a newer version of the A4B plugin (register version "
                    "{found}; this plugin knows up to {known}). Update the plugin to open it."
                ).format(path=self.path, found=version, known=SCHEMA_VERSION)
            )
        if version is not None and version < SCHEMA_VERSION:
            conn = self._read()
            try:
                self._check_is_register(conn)
            finally:
                conn.close()
            self._backup(version)
        if version is None and not create:
            raise RegisterError(self.tr("{path} holds no measures register.").format(path=self.path))
        if version != SCHEMA_VERSION:
            with self._write() as conn:
                # Checked again under the write lock: another process may have done it.
                found = register_migrations.stored_version(conn)
                if found is None:
                    register_migrations.create_register_tables(conn, utc_now())
                elif found < SCHEMA_VERSION:
                    self._check_is_register(conn)
                    register_migrations.migrate(conn, found, utc_now())

    def _version(self) -> Optional[int]:
        if not Path(self.path).exists():
            return None
        conn = self._read()
        try:
            return register_migrations.stored_version(conn)
        except sqlite3.DatabaseError as err:
            raise RegisterError(
                self.tr("{path} is not a GeoPackage: {error}").format(path=self.path, error=err)
            ) from err
        finally:
            conn.close()

    def _check_is_register(self, conn: sqlite3.Connection) -> None:
        columns = {c.lower() for c in register_migrations.table_columns(conn, MEASURES_TABLE)}
        if "measure_code" not in columns:
            raise RegisterError(
                self.tr(
                    "The table 'measures' in {path} is not an A4B measures register (no measure_code)."
                ).format(path=self.path)
            )

    def _backup(self, old_version: int) -> str:
        """Consistent copy ``<name>.bak-v<old>.gpkg`` before a migration."""
        self.backup_path = register_migrations.backup_copy(self.path, old_version)
        return self.backup_path

    # -- reading ---------------------------------------------------------------------
    def change_token(self) -> tuple:
        """Changes whenever anyone writes the register (size and time of the file and its WAL)."""
        token = []
        for suffix in ("", "-wal"):
            try:
                stat = os.stat(self.path + suffix)
                token += [stat.st_mtime_ns, stat.st_size]
            except OSError:
                token += [0, 0]
        return tuple(token)

    def layer_source(self) -> str:
        """The measures table as an OGR layer source."""
        return table_source(self.path, MEASURES_TABLE)

    def layer(self, name: Optional[str] = None) -> QgsVectorLayer:
        """The ``measures`` table as a QGIS layer (OGR provider)."""
        title = name or self.tr("Measures")
        return QgsVectorLayer(table_source(self.path, MEASURES_TABLE), title, "ogr")

    def list_measures(
        self, pilot: Optional[str] = None, with_geometry: bool = True, raw: bool = False
    ) -> list[dict]:
        """Rows as dicts (fields, ``fid``, ``geometry``); all when *pilot* is None, no pilot for ``""``.

        A number field holding text (damage from another program) reads as
        empty, unless *raw*; :meth:`totals` reads raw and names the damage.
        """
        fields = ", ".join(f'"{f}"' for f in FIELD_NAMES)
        sql = f'SELECT fid, geom, {fields} FROM "{MEASURES_TABLE}"'
        params: tuple = ()
        if pilot == "":
            sql += " WHERE pilot IS NULL OR pilot = ''"
        elif pilot is not None:
            sql += " WHERE pilot = ?"
            params = (pilot,)
        return self._select(sql + " ORDER BY fid", params, with_geometry, raw)

    def get_measures(self, uuids: list[str]) -> list[dict]:
        """The rows with these uuids (e.g. to keep before a delete, for undo)."""
        wanted = list(uuids)
        fields = ", ".join(f'"{f}"' for f in FIELD_NAMES)
        result = []
        for start in range(0, len(wanted), CHUNK):
            chunk = tuple(wanted[start : start + CHUNK])
            marks = ",".join("?" * len(chunk))
            result += self._select(
                f'SELECT fid, geom, {fields} FROM "{MEASURES_TABLE}" WHERE uuid IN ({marks})', chunk
            )
        return sorted(result, key=lambda row: row["fid"])

    def _select(self, sql: str, params: tuple, with_geometry: bool = True, raw: bool = False) -> list[dict]:
        rows = self._query(sql, params)
        result = []
        for row in rows:
            item = dict(zip(FIELD_NAMES, row[2:]))
            if not raw:
                for name in DOUBLES:
                    if not isinstance(item[name], (int, float, type(None))):
                        item[name] = None
            item["fid"] = row[0]
            if with_geometry:
                item["geometry"] = gpkg_blob.decode(row[1])
            result.append(item)
        return result

    def active_measures(self, codes: list[str], conn: Optional[sqlite3.Connection] = None) -> list[dict]:
        """Rows (identity, geometry) of the measures with these codes that are not dropped.

        Pass the connection of an open write transaction to read what the
        transaction sees (the duplicate check of :meth:`add_screened`).
        """
        wanted = sorted({c for c in codes if c})
        if not wanted:
            return []
        keys = ("uuid", "parcel_ref", "parcel_id", "parcel_source", "parcel_fingerprint", "measure_code")
        marks = ",".join("?" * len(wanted))
        sql = (
            f'SELECT geom, {", ".join(keys)} FROM "{MEASURES_TABLE}" WHERE measure_code IN ({marks})'
            " AND (status IS NULL OR status <> 'dropped') ORDER BY fid"
        )
        found = conn.execute(sql, wanted).fetchall() if conn is not None else self._query(sql, tuple(wanted))
        result = []
        for row in found:
            item = dict(zip(keys, row[1:]))
            item["geometry"] = gpkg_blob.decode(row[0])
            result.append(item)
        return result

    def history(self, uuid: Optional[str] = None) -> list[dict]:
        """History rows (oldest first), for one measure or all; values decoded from JSON."""
        sql = f'SELECT uuid, action, old_values, new_values, changed_at, changed_by FROM "{HISTORY_TABLE}"'
        params: tuple = ()
        if uuid:
            sql += " WHERE uuid = ?"
            params = (uuid,)
        rows = self._query(sql + " ORDER BY fid", params)
        keys = ("uuid", "action", "old_values", "new_values", "changed_at", "changed_by")
        result = []
        for row in rows:
            item = dict(zip(keys, row))
            for key in ("old_values", "new_values"):
                item[key] = json.loads(item[key]) if item[key] else None
            result.append(item)
        return result

    # -- writing ---------------------------------------------------------------------
    def add_measures(self, rows: list[dict]) -> list[str]:
        """Insert *rows* (register fields + ``geometry`` in EPSG:28992) in one transaction; their uuids."""
        return self.add_screened(rows, None)[1]

    def add_screened(self, rows: list[dict], screen: Optional[Callable]) -> tuple[list[dict], list[str]]:
        """Insert the rows *screen* lets through, deciding inside the same write transaction.

        ``screen(rows, existing)`` gets ``existing(codes)`` (see
        :meth:`active_measures`) reading under the write lock, and returns the
        rows to insert: another process cannot add a duplicate in between.
        Returns the rows inserted and their uuids.
        """
        now = utc_now()
        uuids = []
        with self._write() as conn:
            if screen is not None:
                rows = screen(rows, lambda codes: self.active_measures(codes, conn))
            for number, row in enumerate(rows, 1):
                values = stamped_row(row, number, now, self.user)
                blob = gpkg_blob.encode(values.pop("geometry"), register_migrations.REGISTER_SRS_ID)
                columns = ["geom"] + FIELD_NAMES
                marks = ",".join("?" * len(columns))
                try:
                    conn.execute(
                        f'INSERT INTO "{MEASURES_TABLE}" ({",".join(columns)}) VALUES ({marks})',
                        [blob] + [values.get(f) for f in FIELD_NAMES],
                    )
                except sqlite3.IntegrityError as err:
                    raise RegisterError(
                        self.tr("Row {n}: uuid {uuid} is already in the register.").format(
                            n=number, uuid=values["uuid"]
                        )
                    ) from err
                self._log(conn, values["uuid"], "insert", None, plain(values), now)
                uuids.append(values["uuid"])
            self._touch(conn, now)
        return rows, uuids

    def update_measure(self, uuid: str, values: dict) -> None:
        """Change fields (and/or ``geometry``) of one measure; records old and new values."""
        now = utc_now()
        unknown = set(values) - set(FIELD_NAMES) - {"geometry"}
        if unknown or set(values) & _PROTECTED:
            raise RegisterError(
                self.tr("Cannot change field(s): {fields}").format(
                    fields=", ".join(sorted(unknown | (set(values) & _PROTECTED)))
                )
            )
        with self._write() as conn:
            old_rows = self._rows_in(conn, [uuid])
            if not old_rows:
                raise RegisterError(self.tr("No measure with uuid {uuid} in the register.").format(uuid=uuid))
            old = old_rows[0]
            merged = dict(old)
            merged.update(values)
            checked = checked_row(merged, 1)
            changed = {k: checked[k] for k in values if k != "geometry" and checked[k] != old.get(k)}
            assignments = dict(changed)
            old_log = {k: old.get(k) for k in changed}
            new_log = dict(changed)
            if "geometry" in values and not checked["geometry"].equals(old["geometry"]):
                assignments["geom"] = gpkg_blob.encode(
                    checked["geometry"], register_migrations.REGISTER_SRS_ID
                )
                old_log["geometry"] = old["geometry"].asWkt()
                new_log["geometry"] = checked["geometry"].asWkt()
            if not assignments:
                return
            assignments["updated_at"] = now
            assignments["updated_by"] = self.user
            sets = ", ".join(f'"{k}" = ?' for k in assignments)
            conn.execute(
                f'UPDATE "{MEASURES_TABLE}" SET {sets} WHERE uuid = ?', list(assignments.values()) + [uuid]
            )
            self._log(conn, uuid, "update", old_log, new_log, now)
            self._touch(conn, now)

    def delete_measures(self, uuids: list[str]) -> int:
        """Delete measures in one transaction; history keeps their full values. Returns the count."""
        now = utc_now()
        with self._write() as conn:
            old_rows = self._rows_in(conn, list(uuids))
            for old in old_rows:
                conn.execute(f'DELETE FROM "{MEASURES_TABLE}" WHERE uuid = ?', (old["uuid"],))
                logged = plain(old)
                logged["geometry"] = old["geometry"].asWkt()
                self._log(conn, old["uuid"], "delete", logged, None, now)
            if old_rows:
                self._touch(conn, now)
        return len(old_rows)

    def _rows_in(self, conn: sqlite3.Connection, uuids: list[str]) -> list[dict]:
        fields = ", ".join(f'"{f}"' for f in FIELD_NAMES)
        result = []
        for start in range(0, len(uuids), CHUNK):
            chunk = uuids[start : start + CHUNK]
            marks = ",".join("?" * len(chunk))
            for row in conn.execute(
                f'SELECT geom, {fields} FROM "{MEASURES_TABLE}" WHERE uuid IN ({marks})', chunk
            ).fetchall():
                item = dict(zip(FIELD_NAMES, row[1:]))
                item["geometry"] = gpkg_blob.decode(row[0])
                result.append(item)
        return result

    def _log(self, conn, uuid: str, action: str, old: Optional[dict], new: Optional[dict], now: str) -> None:
        conn.execute(
            f'INSERT INTO "{HISTORY_TABLE}" (uuid, action, old_values, new_values, changed_at, changed_by)'
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                uuid,
                action,
                json.dumps(old, ensure_ascii=False) if old is not None else None,
                json.dumps(new, ensure_ascii=False) if new is not None else None,
                now,
                self.user,
            ),
        )

    def _touch(self, conn: sqlite3.Connection, now: str) -> None:
        conn.execute(
            "UPDATE gpkg_contents SET last_change = ? WHERE lower(table_name) = lower(?)",
            (now, MEASURES_TABLE),
        )
        # OGR caches feature counts here; a stale count would hide rows in QGIS.
        if register_migrations.table_exists(conn, "gpkg_ogr_contents"):
            conn.execute(
                "UPDATE gpkg_ogr_contents SET feature_count = NULL WHERE lower(table_name) = lower(?)",
                (MEASURES_TABLE,),
            )
