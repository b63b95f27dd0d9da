"""Copying a GeoPackage register's rows as they are stored (``fid``, uuids, history), for :mod:`.copy`.

Kept beside :mod:`.store` so that module stays about transactions and edits;
these use its connection and transaction helpers.
"""

from __future__ import annotations

import sqlite3

from ..common.errors import RegisterError
from ..common.i18n import tr
from . import gpkg_blob
from . import migrations as register_migrations
from .schema import HISTORY_TABLE, MEASURES_TABLE
from .values import FIELD_NAMES, utc_now


def dump(register, with_history: bool = True) -> tuple[list[dict], list[dict]]:
    """Every measure (with ``fid``, values as stored) and history row, read in one transaction."""
    fields = ", ".join(f'"{f}"' for f in FIELD_NAMES)
    keys = ("uuid", "action", "old_values", "new_values", "changed_at", "changed_by")
    conn = register._read()
    try:
        conn.execute("BEGIN")  # one read transaction: both tables as of the same commit
        measures = []
        for row in conn.execute(f'SELECT fid, geom, {fields} FROM "{MEASURES_TABLE}" ORDER BY fid'):
            item = dict(zip(FIELD_NAMES, row[2:]), fid=row[0])
            item["geometry"] = gpkg_blob.decode(row[1])
            measures.append(item)
        history = []
        if with_history:
            sql = f'SELECT fid, {", ".join(keys)} FROM "{HISTORY_TABLE}" ORDER BY fid'
            history = [dict(zip(keys, row[1:]), fid=row[0]) for row in conn.execute(sql)]
        conn.execute("COMMIT")
    except sqlite3.Error as err:
        raise RegisterError(
            tr("Cannot read the register {path}: {error}").format(path=register.path, error=err)
        ) from err
    finally:
        conn.close()
    return measures, history


def load(register, measures: list[dict], history: list[dict]) -> None:
    """Put a copy into this empty register in one transaction: fids, uuids and history as they were."""
    keys = ("fid", "uuid", "action", "old_values", "new_values", "changed_at", "changed_by")
    with register._write() as conn:
        count = conn.execute(
            f'SELECT (SELECT count(*) FROM "{MEASURES_TABLE}") + (SELECT count(*) FROM "{HISTORY_TABLE}")'
        ).fetchone()[0]
        if count:
            raise RegisterError(
                tr("The register {path} is not empty; a copy goes into an empty register only.").format(
                    path=register.path
                )
            )
        columns = ["fid", "geom"] + FIELD_NAMES
        marks = ",".join("?" * len(columns))
        for row in measures:
            geometry = row.get("geometry")
            blob = None
            if geometry is not None and not geometry.isNull():
                blob = gpkg_blob.encode(geometry, register_migrations.REGISTER_SRS_ID)
            conn.execute(
                f'INSERT INTO "{MEASURES_TABLE}" ({",".join(columns)}) VALUES ({marks})',
                [row["fid"], blob] + [row.get(f) for f in FIELD_NAMES],
            )
        for item in history:
            conn.execute(
                f'INSERT INTO "{HISTORY_TABLE}" ({",".join(keys)}) VALUES ({",".join("?" * len(keys))})',
                [item.get(k) for k in keys],
            )
        register._touch(conn, utc_now())
