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

import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from qgis.core import QgsProviderRegistry, QgsVectorLayer

from ..common.errors import RegisterError
from ..common.i18n import tr
from .inputs import file_of

# Waiting for another process's write before the copy can start.
BUSY_TIMEOUT_S = 30.0


@dataclass
class Snapshot:
    """The layer to read (*layer*) and how many rows it must yield (*rows*; None: not known)."""

    layer: QgsVectorLayer
    rows: int | None


def _table_of(layer: QgsVectorLayer) -> str:
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    return parts.get("layerName") or ""


def _copy(source: str, target: Path) -> None:
    try:
        src = sqlite3.connect(source, timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error as error:
        raise RegisterError(
            tr("Cannot open the register {name}: {error}").format(name=Path(source).name, error=error)
        ) from error
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)  # pages=-1: all pages in one step, one committed state
            # The copy is read by this process only: no write-ahead log beside it.
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    except sqlite3.Error as error:
        raise RegisterError(
            tr("Cannot read a consistent copy of the register {name}: {error}").format(
                name=Path(source).name, error=error
            )
        ) from error
    finally:
        src.close()


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
    path = file_of(layer)
    table = _table_of(layer) if path else ""
    if not path or not table or not path.lower().endswith(".gpkg"):
        count = layer.featureCount()
        yield Snapshot(layer, count if count >= 0 else None)
        return
    folder = Path(tempfile.mkdtemp(prefix="a4b_register_snapshot_"))
    copy = None
    try:
        target = folder / Path(path).name
        _copy(path, target)
        copy = QgsVectorLayer(f"{target}|layername={table}", layer.name(), "ogr")
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
