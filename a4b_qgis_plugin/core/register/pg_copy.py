"""Copying a team register's rows as they are stored (``fid``, uuids, history), for :mod:`.copy`.

Kept beside :mod:`.postgis` so that module stays about the register's calls;
these use its transaction helpers.
"""

from __future__ import annotations

import json

from ..common.errors import RegisterError
from ..common.i18n import tr
from . import pg_schema
from .migrations import HISTORY_FIELDS
from .postgis import iso
from .schema import HISTORY_TABLE, MEASURES_TABLE
from .values import FIELD_NAMES


def dump(register, with_history: bool = True) -> tuple[list[dict], list[dict]]:
    """Every measure (with ``fid``) and history row, read in one snapshot."""
    columns = register._columns()  # before the transaction: it asks the database itself
    with register._transaction(read_only=True) as cursor:
        cursor.execute(
            f"SELECT fid, ST_AsBinary(geom), {pg_schema.ROW_VERSION}, {columns}"
            f" FROM {register._table(MEASURES_TABLE)} ORDER BY fid"
        )
        measures = register._rows(cursor.fetchall(), raw=True)
        history = []
        if with_history:
            keys = [name for name, _kind in HISTORY_FIELDS]
            cursor.execute(
                f"SELECT fid, {', '.join(keys)} FROM {register._table(HISTORY_TABLE)} ORDER BY fid"
            )
            for row in cursor.fetchall():
                item = dict(zip(keys, row[1:]), fid=row[0])
                item["changed_at"] = iso(item["changed_at"])
                for key in ("old_values", "new_values"):
                    if item[key] is not None:
                        item[key] = json.dumps(item[key], ensure_ascii=False)
                history.append(item)
    return measures, history


def load(register, measures: list[dict], history: list[dict]) -> None:
    """Put a copy into this empty register, fids, uuids and history as they were.

    The history trigger is off for the copy (its rows come with it), which
    only the owner role may do.
    """
    table = register._table(MEASURES_TABLE)
    owner = pg_schema.role_names(register.schema)["owner"]
    with register._transaction() as cursor:
        cursor.execute(
            "SELECT pg_has_role(current_user, oid, 'USAGE') FROM pg_roles WHERE rolname = %s", (owner,)
        )
        found = cursor.fetchone()
        if not found or not found[0]:
            raise RegisterError(
                tr("Copying into the team register {name} needs its owner role {owner}.").format(
                    name=register.path, owner=owner
                )
            )
        cursor.execute(
            f"SELECT (SELECT count(*) FROM {table}) + (SELECT count(*) FROM {register._table(HISTORY_TABLE)})"
        )
        if cursor.fetchone()[0]:
            raise RegisterError(
                tr("The team register {name} is not empty; a copy goes into an empty register only.").format(
                    name=register.path
                )
            )
        cursor.execute(f'ALTER TABLE {table} DISABLE TRIGGER "{pg_schema.HISTORY_TRIGGER}"')
        columns = ["fid", "geom"] + FIELD_NAMES
        marks = ", ".join(
            ["%s", f"ST_Multi(ST_GeomFromWKB(%s, {pg_schema.SRID}))"] + ["%s"] * len(FIELD_NAMES)
        )
        for row in measures:
            geometry = row.get("geometry")
            wkb = bytes(geometry.asWkb()) if geometry is not None and not geometry.isNull() else None
            cursor.execute(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",
                [row["fid"], wkb] + [row.get(f) for f in FIELD_NAMES],
            )
        keys = ["fid"] + [name for name, _kind in HISTORY_FIELDS]
        for item in history:
            cursor.execute(
                f"INSERT INTO {register._table(HISTORY_TABLE)} ({', '.join(keys)})"
                f" VALUES ({', '.join(['%s'] * len(keys))})",
                [item.get(k) for k in keys],
            )
        cursor.execute(f'ALTER TABLE {table} ENABLE TRIGGER "{pg_schema.HISTORY_TRIGGER}"')
        for name in (MEASURES_TABLE, HISTORY_TABLE):
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence(%s, 'fid'), coalesce(max(fid), 0) + 1, false)"
                f" FROM {register._table(name)}",
                (register._table(name),),
            )
