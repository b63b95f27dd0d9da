"""One consistent copy of the register to read from, even while another session writes it.

Reading a GeoPackage through GDAL while another process commits to it can
end early (GDAL logs "database disk image is malformed" and the iteration
simply stops), so an export could hold fewer rows than the register without
any error. Instead the register is first copied with SQLite's backup API,
which copies every page in one step under SQLite's own read lock: the copy
is one committed state of the register. The export reads the copy, and
checks the number of rows it read against ``count(*)`` of that copy.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from qgis.core import QgsProviderRegistry, QgsVectorLayer

from ..common.errors import RegisterError
from ..common.i18n import tr
from ..common.layer_source import table_source
from ..register.pg_schema import PUBLIC_VIEW
from ..register.schema import MEASURES_TABLE
from .inputs import file_of

# Waiting for another process's write before the copy can start.
BUSY_TIMEOUT_S = 30.0
COPY_ATTEMPTS = 5


@dataclass
class Snapshot:
    """The layer to read (*layer*) and how many rows it must yield (*rows*; None: not checked)."""

    layer: QgsVectorLayer
    rows: int | None

    def is_empty(self) -> bool:
        """Whether the register read holds no measures at all (before any filter)."""
        return self.rows == 0 if self.rows is not None else self.layer.featureCount() == 0


def _table_of(layer: QgsVectorLayer) -> str:
    """The GeoPackage table behind *layer*; a bare path (OGR opens its first table) means the register's."""
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    if parts.get("layerName"):
        return parts["layerName"]
    return MEASURES_TABLE if layer.providerType() == "ogr" else ""


# Run by a separate Python: see _copy.
_COPY_SCRIPT = """
import sqlite3, sys
src = sqlite3.connect(sys.argv[1], timeout=float(sys.argv[3]))
dst = sqlite3.connect(sys.argv[2])
src.backup(dst)
dst.execute("PRAGMA journal_mode = DELETE")
print(dst.execute("PRAGMA quick_check").fetchone()[0])
dst.close()
src.close()
"""


def _python() -> str:
    """A Python interpreter to run the copy in, or "" (inside QGIS sys.executable may be QGIS itself)."""
    candidates = [sys.executable] if Path(sys.executable).name.lower().startswith("python") else []
    candidates += [shutil.which("python3") or "", shutil.which("python") or ""]
    return next((c for c in candidates if c), "")


def _copy_once(source: str, target: Path) -> str:
    """One copy of *source* to *target*; returns SQLite's ``quick_check`` of the copy or the error.

    The copy runs in a separate process when a Python is at hand: SQLite's
    locks and its shared WAL index belong to a process, and GDAL's own handles
    on the register in this process (QGIS layers) can leave this process with
    a stale view of a register in WAL mode, which gives a malformed copy.
    """
    python = _python()
    if python:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        run = subprocess.run(
            [python, "-I", "-c", _COPY_SCRIPT, source, str(target), str(BUSY_TIMEOUT_S)],
            capture_output=True,
            text=True,
            env=env,
            stdin=subprocess.DEVNULL,
        )
        return run.stdout.strip() if run.returncode == 0 else (run.stderr.strip().splitlines() or ["?"])[-1]
    try:
        src = sqlite3.connect(source, timeout=BUSY_TIMEOUT_S)
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)  # pages=-1: all pages in one step, one committed state
            dst.execute("PRAGMA journal_mode = DELETE")
            return dst.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            dst.close()
            src.close()
    except sqlite3.Error as error:
        return str(error)


def _copy(source: str, target: Path) -> None:
    """Copy *source* to *target* with SQLite's backup API; retry while the copy does not check out."""
    problem = ""
    for _attempt in range(COPY_ATTEMPTS):
        if target.exists():
            target.unlink()
        problem = _copy_once(source, target)
        if problem == "ok":
            return
    raise RegisterError(
        tr("Cannot read a consistent copy of the register {name}: {error}").format(
            name=Path(source).name, error=problem
        )
    )


def _count(path: Path, table: str, subset: str) -> int | None:
    sql = f'SELECT count(*) FROM "{table}"' + (f" WHERE {subset}" if subset else "")
    try:
        with sqlite3.connect(str(path)) as conn:
            return conn.execute(sql).fetchone()[0]
    except sqlite3.Error:
        return None  # a filter only GDAL understands: the layer's own count is used instead


@contextmanager
def register_snapshot(layer: QgsVectorLayer) -> Iterator[Snapshot]:
    """A :class:`Snapshot` of *layer*: a private copy when it is a GeoPackage table, else *layer* itself.

    The copy lives in a temporary folder that is removed when the block ends.
    """
    if layer.providerType() == "postgres":
        with _team_snapshot(layer) as snapshot:
            yield snapshot
        return
    path = file_of(layer)
    table = _table_of(layer) if path else ""
    if not path or not table or not path.lower().endswith(".gpkg"):
        # A memory layer does not change underneath; a database provider reads through one cursor
        # (one transaction), and its separate count could be an estimate or see a later commit.
        yield Snapshot(layer, None)
        return
    folder = Path(tempfile.mkdtemp(prefix="a4b_register_snapshot_"))
    copy = None
    try:
        target = folder / Path(path).name
        _copy(path, target)
        copy = QgsVectorLayer(table_source(target, table), layer.name(), "ogr")
        if not copy.isValid():
            raise RegisterError(
                tr("The register {name} has no table {table}.").format(name=Path(path).name, table=table)
            )
        subset = layer.subsetString()
        if subset:
            copy.setSubsetString(subset)
        rows = _count(target, table, subset)
        yield Snapshot(copy, rows if rows is not None else copy.featureCount())
    finally:
        del copy  # GDAL closes the file before it is removed
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def _team_snapshot(layer: QgsVectorLayer) -> Iterator[Snapshot]:
    """A team register (PostgreSQL) read in one REPEATABLE READ transaction into a private GeoPackage.

    The export then reads exactly what it reads from a GeoPackage register;
    a layer of another PostgreSQL table is read as it is.
    """
    from ..register.backend import register_for_layer
    from ..register.copy import snapshot_to_gpkg

    register = register_for_layer(layer)
    if register is None or layer.dataProvider().uri().table() not in (MEASURES_TABLE, PUBLIC_VIEW):
        count = layer.featureCount()
        yield Snapshot(layer, count if count >= 0 else None)
        return
    folder = Path(tempfile.mkdtemp(prefix="a4b_register_snapshot_"))
    copy = None
    try:
        target = folder / "team_register.gpkg"
        snapshot_to_gpkg(register, str(target))
        copy = QgsVectorLayer(f"{target}|layername={MEASURES_TABLE}", layer.name(), "ogr")
        subset = layer.subsetString()
        if subset:
            copy.setSubsetString(subset)
        rows = _count(target, MEASURES_TABLE, subset)
        yield Snapshot(copy, rows if rows is not None else copy.featureCount())
    finally:
        del copy
        shutil.rmtree(folder, ignore_errors=True)


def unsaved_edits(layer: QgsVectorLayer) -> list[str]:
    """A warning when *layer* is being edited: the snapshot holds the register as saved, without them."""
    if layer.isEditable() and layer.isModified() and file_of(layer).lower().endswith(".gpkg"):
        return [
            tr("The layer {name} has unsaved edits; they are not in this result (save them first).").format(
                name=layer.name()
            )
        ]
    return []
