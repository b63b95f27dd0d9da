"""Reading back what an export wrote, before it is moved into place.

A writer can report success and still leave a short file: GDAL flushes when
it closes, and a full disk or a file-size limit then only shows as a line on
stderr. Each written file is therefore opened again and its measures counted;
a count other than the one read from the register is an error.
"""

from __future__ import annotations

import csv
import os
import sqlite3
from pathlib import Path

from ..common.errors import OutputError
from ..common.i18n import tr
from .data import GPKG_LAYER

# A complete PDF ends with this marker (within its last bytes).
_PDF_END = b"%%EOF"


def written_count(kind: str, path: Path, sheet: str = "") -> int:
    """The number of measures in the written file *path* of format *kind*.

    *kind* is ``gpkg``, ``geojson``, ``csv`` or ``xlsx`` (*sheet*: the measures
    sheet's name). Raises :class:`OutputError` when the file cannot be read.
    """
    try:
        if kind == "gpkg":
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
                return conn.execute(f'SELECT count(*) FROM "{GPKG_LAYER}"').fetchone()[0]
        if kind == "geojson":
            import json

            with open(path, encoding="utf-8") as handle:
                return len(json.load(handle)["features"])
        if kind == "csv":
            with open(path, newline="", encoding="utf-8") as handle:
                return sum(1 for _row in csv.DictReader(handle))
        if kind == "xlsx":
            from openpyxl import load_workbook

            book = load_workbook(str(path), read_only=True)
            try:
                return sum(1 for _row in book[sheet].iter_rows(min_row=2, values_only=True))
            finally:
                book.close()
    except Exception as error:  # any unreadable file is a failed write
        raise OutputError(
            tr("The written file {name} cannot be read back: {error}").format(name=path.name, error=error)
        ) from error
    raise ValueError(f"unknown output kind {kind!r}")


def check_written(kind: str, path: Path, expected: int, final: Path, sheet: str = "") -> None:
    """Raise :class:`OutputError` unless *path* holds *expected* measures (the PDF: is complete)."""
    if kind == "pdf":
        try:
            with open(path, "rb") as handle:
                handle.seek(0, 2)
                handle.seek(max(0, handle.tell() - 1024))
                complete = _PDF_END in handle.read()
        except OSError:
            complete = False
        if not complete:
            raise OutputError(
                tr("The PDF {path} was not written completely (is the disk full?).").format(path=final)
            )
        return
    try:
        found = written_count(kind, path, sheet)
    except OutputError as error:
        raise OutputError(
            tr("{path} was not written completely (is the disk full?); nothing was replaced: {error}").format(
                path=final, error=error.__cause__ or error
            )
        ) from error
    if found != expected:
        raise OutputError(
            tr(
                "{path}: {found} of {expected} measures were written (is the disk full?); "
                "nothing was replaced."
            ).format(path=final, found=found, expected=expected)
        )


def check_table_rows(destination: str, expected: int) -> None:
    """Raise :class:`OutputError` unless the closed file output *destination* holds *expected* rows.

    Outputs that are not files (a memory layer, a database) are left to their provider.
    """
    from qgis.core import QgsVectorLayer

    path = str(destination or "").split("|")[0]
    if not os.path.isfile(path):
        return
    layer = QgsVectorLayer(destination, "written", "ogr")
    found = layer.featureCount() if layer.isValid() else -1
    if found != expected:
        raise OutputError(
            tr("{path}: {found} of {expected} rows were written (is the disk full?).").format(
                path=path, found=max(found, 0), expected=expected
            )
        )
