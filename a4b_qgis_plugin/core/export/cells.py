"""Text cells that a spreadsheet shows as data: no formulas, no forbidden characters.

A spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and
some also after a tab or carriage return) as a formula, so a pilot name or a
note such as ``=HYPERLINK(...)`` would become code when a CSV or XLSX export
is opened. OWASP's advice is followed: such text gets a leading single quote.
Only text is touched; numbers stay numbers (a negative net is a number).
"""

from __future__ import annotations

import re
from pathlib import Path

from ..common.outputs import parse_destination

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Characters XLSX does not allow (pasted notes); they would fail the whole file.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# The most characters an Excel cell holds.
XLSX_CELL_LIMIT = 32767
# File types a spreadsheet program opens directly.
SPREADSHEET_SUFFIXES = {".csv", ".tsv", ".txt", ".xlsx", ".xls", ".ods"}


def neutralise(value):
    """*value*, with a leading ``'`` when it is text a spreadsheet would run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def xlsx_text(value: str) -> tuple[str, bool]:
    """*value* made safe for an XLSX cell, and whether it had to be cut to :data:`XLSX_CELL_LIMIT`."""
    text = neutralise(_CONTROL.sub("", value))
    if len(text) > XLSX_CELL_LIMIT:
        return text[:XLSX_CELL_LIMIT], True
    return text, False


def is_spreadsheet_file(destination: str) -> bool:
    """Whether the output *destination* (a path or an OGR source) is a spreadsheet-readable file."""
    path = parse_destination(str(destination or "")).path
    return bool(path) and Path(path).suffix.lower() in SPREADSHEET_SUFFIXES


def neutralise_attributes(values: list, destination: str) -> list:
    """*values* with every text neutralised when *destination* is a spreadsheet-readable file."""
    if not is_spreadsheet_file(destination):
        return values
    return [neutralise(value) for value in values]
