"""The team register: the measures register in PostgreSQL/PostGIS, for several organisations at once.

It answers the same calls as the GeoPackage register (:mod:`.store`), so
tagging, the panel, export and summary do not know which one they use.
Differences that matter to users:

- History rows are written by a trigger in the database (:mod:`.pg_schema`).
- Two taggers at once: the duplicate check and the insert run under a
  transaction-level advisory lock, so with ``skip_duplicates`` no parcel is
  tagged twice, whatever the timing.
- Two editors at once: every row has a ``row_version``; a save that names
  the version it was made from fails with :class:`RegisterConflictError` when
  someone saved in between, instead of silently overwriting their change.
- A reader (no write grant) gets a message saying so, not a database error.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Optional

from qgis.core import QgsGeometry, QgsVectorLayer

from ..common.errors import RegisterError
from ..common.i18n import Translatable
from . import pg_connect, pg_schema
from .migrations import HISTORY_FIELDS
from .schema import HISTORY_TABLE, MEASURES_TABLE, PERSONAL_FIELDS, SCHEMA_VERSION, VERSION_TABLE
from .values import DOUBLES, FIELD_NAMES, RegisterTotals, checked_row, current_user, stamped_row, utc_now

DATETIMES = {"created_at", "updated_at"}
_PROTECTED = {"uuid", "created_at", "created_by", "updated_at", "updated_by"}
# First key of the advisory lock that serialises check-and-insert (the second is the schema's hash).
LOCK_CLASS = 0x0A4B


class RegisterConflictError(RegisterError):
    """A save made from version *expected* of a measure that is at *current* now."""

    def __init__(self, message: str, uuid: str, expected: int, current: int, current_row: dict):
        super().__init__(message)
        self.uuid = uuid
        self.expected = expected
        self.current = current
        self.current_row = current_row


def iso(value) -> Optional[str]:
    """A timestamp as the GeoPackage register writes it (ISO 8601, UTC, milliseconds, ``Z``)."""
    if isinstance(value, datetime):
        value = value.astimezone(timezone.utc)
        return value.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    return value


def wkb_geometry(value) -> QgsGeometry:
    geometry = QgsGeometry()
    if value is not None:
        geometry.fromWkb(bytes(value))
    return geometry


def _boxes(rows: list) -> Optional[list[tuple]]:
    """Boxes (a centimetre wider) of the rows' geometries, merged per 1 km tile; None if one has none."""
    tiles: dict[tuple, list[float]] = {}
    for row in rows:
        geometry = row.get("geometry")
        if geometry is None or geometry.isNull():
            return None
        box = geometry.boundingBox()
        key = (int(box.xMinimum() // 1000), int(box.yMinimum() // 1000))
        edges = [box.xMinimum() - 0.01, box.yMinimum() - 0.01, box.xMaximum() + 0.01, box.yMaximum() + 0.01]
        known = tiles.setdefault(key, edges)
        known[:] = [
            min(known[0], edges[0]),
            min(known[1], edges[1]),
            max(known[2], edges[2]),
            max(known[3], edges[3]),
        ]
    return [tuple(box) for box in tiles.values()]


def open_team_register(value, create: bool = False) -> PostgisRegister:
    """Open the team register named by *value* (URI, ``pg-connection:`` name or a :class:`TeamTarget`).

    Team registers are made by :func:`create_team_register` (an administrator's
    step), never as a side effect of tagging: *create* is accepted for the
    GeoPackage's signature only.
    """
    target = value if isinstance(value, pg_connect.TeamTarget) else pg_connect.parse_target(value)
    register = PostgisRegister(target)
    register.check_version()
    return register


class PostgisRegister(RegisterTotals, Translatable):
    """The tables ``measures``, ``measures_history``, ``schema_version`` of one schema."""

    backend = "postgis"

    def __init__(self, target: pg_connect.TeamTarget):
        self.target = target
        self.schema = target.schema
        self.path = target.display()
        self.user = current_user()
        self.backup_path: Optional[str] = None
        self._personal: Optional[set[str]] = None
        self._conn = None

    def _table(self, name: str) -> str:
        return f'"{self.schema}"."{name}"'

    # -- connection and transactions ------------------------------------------------
    def _connection(self):
        """This register's connection, opened on first use and again after it broke."""
        if self._conn is None or self._conn.closed:
            self._conn = pg_connect.connect(self.target)
            # Transactions are begun explicitly, each with its own isolation.
            self._conn.autocommit = True
        return self._conn

    def close(self) -> None:
        """Close the connection (a later call opens a new one)."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    @contextmanager
    def _transaction(self, read_only: bool = False) -> Iterator:
        """A cursor in one transaction: committed at the end, rolled back on any error."""
        import psycopg2

        conn = self._connection()
        cursor = conn.cursor()
        try:
            # Read only: one snapshot for every query of the block (a consistent export or copy).
            cursor.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" if read_only else "BEGIN")
            if not read_only:
                cursor.execute("SELECT set_config('a4b.user', %s, true)", (self.user,))
            yield cursor
            cursor.execute("COMMIT")
        except BaseException as error:
            self._rollback(cursor)
            if isinstance(error, psycopg2.errors.InsufficientPrivilege):
                raise RegisterError(self._no_right_message(read_only, error)) from error
            if isinstance(error, psycopg2.Error):
                if read_only:
                    text = self.tr("Cannot read the team register {name}: {error}")
                else:
                    text = self.tr("Writing to the team register {name} failed; nothing was changed: {error}")
                raise RegisterError(text.format(name=self.path, error=str(error).strip())) from error
            raise
        finally:
            cursor.close()

    def _rollback(self, cursor) -> None:
        import psycopg2

        try:
            cursor.execute("ROLLBACK")
        except psycopg2.Error:
            self.close()  # a broken connection: the next transaction opens a new one

    def _no_right_message(self, read_only: bool, err) -> str:
        roles = pg_schema.role_names(self.schema)
        if read_only:
            return self.tr(
                "The database user {user} may not read the team register {name} (grant it the role {reader} "
                "or {editor}): {error}"
            ).format(
                user=self.target.params.get("user", "?"),
                name=self.path,
                reader=roles["reader"],
                editor=roles["editor"],
                error=str(err).strip(),
            )
        return self.tr(
            "The database user {user} may read the team register {name} but not change it: ask its owner "
            "for the role {editor}. Nothing was written."
        ).format(user=self.target.params.get("user", "?"), name=self.path, editor=roles["editor"])

    def _query(self, sql: str, params: tuple = ()) -> list[tuple]:
        with self._transaction(read_only=True) as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    # -- opening ---------------------------------------------------------------------
    def check_version(self) -> None:
        """RegisterError when the schema holds no register, or one made by a newer plugin."""
        found = self._query(
            "SELECT has_schema_privilege(n.oid, 'USAGE') FROM pg_namespace n WHERE nspname = %s",
            (self.schema,),
        )
        exists = self._query("SELECT to_regclass(%s) IS NOT NULL", (f'"{self.schema}"."{VERSION_TABLE}"',))
        if not found or not exists or not exists[0][0]:
            if found and not found[0][0]:
                raise RegisterError(self._no_right_message(True, self.tr("no USAGE on the schema")))
            raise RegisterError(
                self.tr(
                    "The database of {name} holds no team register in schema {schema}. Set one up with "
                    "the algorithm a4b:createregister (Set up a team register)."
                ).format(name=self.path, schema=self.schema)
            )
        version = self._query(f"SELECT max(version) FROM {self._table(VERSION_TABLE)}")[0][0]
        if version is not None and version > SCHEMA_VERSION:
            raise RegisterError(
                self.tr(
                    "The team register {name} was made by a newer version of the A4B plugin (register "
                    "version {found}; this plugin knows up to {known}). Update the plugin to use it."
                ).format(name=self.path, found=version, known=SCHEMA_VERSION)
            )

    def can_write(self) -> bool:
        """Whether the connected user may add measures."""
        return bool(
            self._query("SELECT has_table_privilege(%s, 'INSERT')", (self._table(MEASURES_TABLE),))[0][0]
        )

    def personal_readable(self) -> set[str]:
        """The personal columns this user may read (none for the reader role)."""
        if self._personal is None:
            rows = self._query(
                "SELECT c FROM unnest(%s::text[]) AS c WHERE has_column_privilege(%s, c, 'SELECT')",
                (PERSONAL_FIELDS, self._table(MEASURES_TABLE)),
            )
            self._personal = {row[0] for row in rows}
        return self._personal

    def change_token(self) -> tuple:
        """Changes whenever anyone writes the register: every write adds history rows."""
        found = self._query(f"SELECT coalesce(max(fid), 0), count(*) FROM {self._table(HISTORY_TABLE)}")
        return tuple(found[0])

    # -- reading ---------------------------------------------------------------------
    def layer_source(self) -> str:
        """A layer string Processing can load (``postgres://`` + QGIS data source)."""
        table = MEASURES_TABLE if set(PERSONAL_FIELDS) <= self.personal_readable() else pg_schema.PUBLIC_VIEW
        return "postgres://" + self.target.datasource_uri(table).uri(False)

    def layer(self, name: Optional[str] = None) -> QgsVectorLayer:
        """The measures as a QGIS layer (the public view for a reader, who may not see personal columns)."""
        return QgsVectorLayer(
            self.layer_source()[len("postgres://") :], name or self.tr("Measures"), "postgres"
        )

    def _columns(self) -> str:
        readable = self.personal_readable()
        return ", ".join(
            f'"{f}"' if f not in PERSONAL_FIELDS or f in readable else f'NULL AS "{f}"' for f in FIELD_NAMES
        )

    def _rows(self, found: list[tuple], with_geometry: bool = True, raw: bool = False) -> list[dict]:
        result = []
        for row in found:
            item = dict(zip(FIELD_NAMES, row[3:]))
            for name in DATETIMES:
                item[name] = iso(item[name])
            if not raw:
                for name in DOUBLES:
                    if not isinstance(item[name], (int, float, type(None))):
                        item[name] = None
            item["fid"] = row[0]
            item[pg_schema.ROW_VERSION] = row[2]
            if with_geometry:
                item["geometry"] = wkb_geometry(row[1])
            result.append(item)
        return result

    def _select(self, where: str = "", params: tuple = (), with_geometry: bool = True, raw: bool = False):
        geom = "ST_AsBinary(geom)" if with_geometry else "NULL"
        columns = f"fid, {geom}, {pg_schema.ROW_VERSION}, {self._columns()}"
        sql = f"SELECT {columns} FROM {self._table(MEASURES_TABLE)}"
        return self._rows(self._query(sql + where + " ORDER BY fid", params), with_geometry, raw)

    def list_measures(self, pilot: Optional[str] = None, with_geometry: bool = True, raw: bool = False):
        """Rows as dicts (fields, ``fid``, ``row_version``, ``geometry``), like the GeoPackage's."""
        if pilot == "":
            return self._select(" WHERE pilot IS NULL OR pilot = ''", (), with_geometry, raw)
        if pilot is not None:
            return self._select(" WHERE pilot = %s", (pilot,), with_geometry, raw)
        return self._select("", (), with_geometry, raw)

    def get_measures(self, uuids: list[str]) -> list[dict]:
        """The rows with these uuids."""
        return self._select(" WHERE uuid = ANY(%s)", (list(uuids),))

    def active_measures(self, codes: list[str], cursor=None, near: Optional[list] = None) -> list[dict]:
        """Identity and geometry of the measures with these codes that are not dropped.

        With *near* (rows with a ``geometry``) only measures whose box meets
        theirs, found through the spatial index: every duplicate test needs
        the shapes to meet (same fingerprint, same identifier and meeting,
        or overlap), so none is missed, and a large register is not read whole.
        """
        wanted = sorted({c for c in codes if c})
        if not wanted:
            return []
        keys = ("uuid", "parcel_ref", "parcel_id", "parcel_source", "parcel_fingerprint", "measure_code")
        sql = (
            f"SELECT ST_AsBinary(geom), {', '.join(keys)} FROM {self._table(MEASURES_TABLE)}"
            " WHERE measure_code = ANY(%s) AND (status IS NULL OR status <> 'dropped')"
        )
        params: list = [wanted]
        boxes = _boxes(near) if near is not None else None
        if boxes:
            # an OR of boxes: one index scan each (GiST cannot search an array)
            meets = " OR ".join(["geom && ST_MakeEnvelope(%s, %s, %s, %s, 28992)"] * len(boxes))
            sql += f" AND ({meets})"
            params += [value for box in boxes for value in box]
        sql += " ORDER BY fid"
        if cursor is not None:
            cursor.execute(sql, params)
            found = cursor.fetchall()
        else:
            found = self._query(sql, tuple(params))
        result = []
        for row in found:
            item = dict(zip(keys, row[1:]))
            item["geometry"] = wkb_geometry(row[0])
            result.append(item)
        return result

    def history(self, uuid: Optional[str] = None) -> list[dict]:
        """History rows, oldest first (values as dicts)."""
        keys = [name for name, _kind in HISTORY_FIELDS]
        sql = f"SELECT {', '.join(keys)} FROM {self._table(HISTORY_TABLE)}"
        params: tuple = ()
        if uuid:
            sql += " WHERE uuid = %s"
            params = (uuid,)
        result = []
        for row in self._query(sql + " ORDER BY fid", params):
            item = dict(zip(keys, row))
            item["changed_at"] = iso(item["changed_at"])
            result.append(item)
        return result

    # -- writing ---------------------------------------------------------------------
    def add_measures(self, rows: list[dict]) -> list[str]:
        """Insert *rows* in one transaction; their uuids."""
        return self.add_screened(rows, None)[1]

    def add_screened(self, rows: list[dict], screen: Optional[Callable]) -> tuple[list[dict], list[str]]:
        """Insert the rows *screen* lets through, deciding under the register's advisory lock."""
        now = utc_now()
        uuids = []
        columns = ["geom"] + FIELD_NAMES
        marks = ", ".join([f"ST_Multi(ST_GeomFromWKB(%s, {pg_schema.SRID}))"] + ["%s"] * len(FIELD_NAMES))
        from psycopg2.extras import execute_values

        with self._transaction() as cursor:
            cursor.execute("SELECT has_table_privilege(%s, 'INSERT')", (self._table(MEASURES_TABLE),))
            if not cursor.fetchone()[0]:
                raise RegisterError(self._no_right_message(False, ""))
            # Held until commit: the next tagger reads the register only after this one's rows are in.
            cursor.execute("SELECT pg_advisory_xact_lock(%s, hashtext(%s))", (LOCK_CLASS, self.schema))
            if screen is not None:
                rows = screen(rows, lambda codes: self.active_measures(codes, cursor, rows))
            batch = []
            for number, row in enumerate(rows, 1):
                values = stamped_row(
                    {k: v for k, v in row.items() if k != pg_schema.ROW_VERSION}, number, now, self.user
                )
                wkb = bytes(values.pop("geometry").asWkb())
                batch.append([wkb] + [values.get(f) for f in FIELD_NAMES])
                uuids.append(values["uuid"])
            if batch:
                # One statement for the whole batch: one round trip, not one per row.
                execute_values(
                    cursor,
                    f"INSERT INTO {self._table(MEASURES_TABLE)} ({', '.join(columns)}) VALUES %s",
                    batch,
                    template=f"({marks})",
                    page_size=1000,
                )
        return rows, uuids

    def update_measure(
        self, uuid: str, values: dict, expected_version: Optional[int] = None, overwrite: bool = False
    ) -> int:
        """Change fields (and/or ``geometry``) of one measure; returns its new ``row_version``.

        With *expected_version* (the ``row_version`` the change was made from),
        a row saved by someone else since raises :class:`RegisterConflictError`
        naming both versions; *overwrite* saves over it on purpose.
        """
        now = utc_now()
        unknown = set(values) - set(FIELD_NAMES) - {"geometry"}
        if unknown or set(values) & _PROTECTED:
            raise RegisterError(
                self.tr("Cannot change field(s): {fields}").format(
                    fields=", ".join(sorted(unknown | (set(values) & _PROTECTED)))
                )
            )
        columns = self._columns()  # before the transaction: it asks the database itself
        with self._transaction() as cursor:
            cursor.execute(
                f"SELECT fid, ST_AsBinary(geom), {pg_schema.ROW_VERSION}, {columns}"
                f" FROM {self._table(MEASURES_TABLE)} WHERE uuid = %s FOR UPDATE",
                (uuid,),
            )
            found = self._rows(cursor.fetchall())
            if not found:
                raise RegisterError(self.tr("No measure with uuid {uuid} in the register.").format(uuid=uuid))
            old = found[0]
            current = old[pg_schema.ROW_VERSION]
            if expected_version is not None and not overwrite and int(expected_version) != current:
                raise self._conflict(uuid, int(expected_version), old)
            merged = {k: v for k, v in old.items() if k in FIELD_NAMES or k == "geometry"}
            merged.update(values)
            checked = checked_row(merged, 1)
            assignments = {k: checked[k] for k in values if k != "geometry" and checked[k] != old.get(k)}
            geometry_sql = ""
            params: list = []
            if "geometry" in values and not checked["geometry"].equals(old["geometry"]):
                geometry_sql = f"geom = ST_Multi(ST_GeomFromWKB(%s, {pg_schema.SRID})), "
                params.append(bytes(checked["geometry"].asWkb()))
            if not assignments and not geometry_sql:
                return current
            assignments["updated_at"] = now
            assignments["updated_by"] = self.user
            sets = geometry_sql + ", ".join(f'"{k}" = %s' for k in assignments)
            cursor.execute(
                f"UPDATE {self._table(MEASURES_TABLE)} SET {sets} WHERE uuid = %s"
                f" RETURNING {pg_schema.ROW_VERSION}",
                params + list(assignments.values()) + [uuid],
            )
            return cursor.fetchone()[0]

    def _conflict(self, uuid: str, expected: int, current_row: dict) -> RegisterConflictError:
        current = current_row[pg_schema.ROW_VERSION]
        message = self.tr(
            "Measure {code} on {ref} was saved by {who} at {when} (version {current}) after you opened "
            "it (version {expected}); your change was not saved. Reload it to see theirs, or save again "
            "choosing to overwrite it."
        ).format(
            code=current_row.get("measure_code"),
            ref=current_row.get("parcel_ref") or uuid,
            who=current_row.get("updated_by") or "?",
            when=current_row.get("updated_at") or "?",
            current=current,
            expected=expected,
        )
        return RegisterConflictError(message, uuid, expected, current, current_row)

    def delete_measures(self, uuids: list[str]) -> int:
        """Delete measures in one transaction (the trigger keeps their values in the history)."""
        with self._transaction() as cursor:
            cursor.execute(f"DELETE FROM {self._table(MEASURES_TABLE)} WHERE uuid = ANY(%s)", (list(uuids),))
            return cursor.rowcount
