"""How CSV files are written so that the user's spreadsheet opens them right.

Excel in a Dutch (or German, French, ...) Windows splits columns on ``;`` and
reads ``1,5`` as one and a half; an English one wants ``,`` and ``1.5``.
Excel also needs a byte order mark to read UTF-8 (else ``€`` and ``ë`` come
out garbled). The default follows the language of QGIS; the user can choose
in the plugin's settings page.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from . import settings
from .numbers import ui_locale

SEPARATORS = {",": "COMMA", ";": "SEMICOLON", "\t": "TAB"}
DECIMAL_MARKS = (".", ",")
ENCODING = "utf-8-sig"  # UTF-8 with a byte order mark


@dataclass(frozen=True)
class CsvDialect:
    """Column separator and decimal mark of a CSV file (always UTF-8 with BOM)."""

    separator: str = ","
    decimal: str = "."

    def __post_init__(self):
        if self.separator not in SEPARATORS:
            raise ValueError(f"unsupported CSV separator {self.separator!r}")
        if self.decimal not in DECIMAL_MARKS:
            raise ValueError(f"unsupported decimal mark {self.decimal!r}")
        if self.separator == self.decimal:
            # "1,5" would be two columns
            raise ValueError("the separator and the decimal mark must differ")

    @property
    def gdal_separator(self) -> str:
        """The GDAL CSV driver's ``SEPARATOR`` layer option value."""
        return SEPARATORS[self.separator]

    def format_value(self, value) -> str:
        """One cell: numbers with the decimal mark, no thousands separators; None as empty."""
        if value is None:
            return ""
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, float):
            if math.isnan(value):
                return ""
            text = repr(value) if not value.is_integer() else str(int(value))
            return text.replace(".", self.decimal) if "e" not in text else text
        return str(value)


def dialect_for_locale(name: str | None = None) -> CsvDialect:
    """The dialect a spreadsheet in locale *name* (default: QGIS's language) expects."""
    if ui_locale(name).decimalPoint() == ",":
        return CsvDialect(";", ",")
    return CsvDialect(",", ".")


def configured_dialect() -> CsvDialect:
    """The user's choice from the settings, each part following the locale when left on automatic."""
    return choose_dialect(settings.CSV_SEPARATOR.get(), settings.CSV_DECIMAL.get())


def choose_dialect(separator: str = "", decimal: str = "") -> CsvDialect:
    """A dialect from an explicit *separator* and *decimal* mark; "" means the settings, then the locale.

    A decimal comma with a separator left on automatic that is also a comma
    (English QGIS) gets the semicolon, as a Dutch spreadsheet would.
    """
    if not separator or not decimal:
        automatic = dialect_for_locale()
        configured = settings.CSV_SEPARATOR.get(), settings.CSV_DECIMAL.get()
        separator = separator or configured[0] or automatic.separator
        decimal = decimal or configured[1] or automatic.decimal
    try:
        return CsvDialect(separator, decimal)
    except ValueError:
        return CsvDialect(";" if decimal == "," else ",", decimal)


def write_csv(
    path: str | Path, header: Sequence[str], rows: Iterable[Sequence], dialect: CsvDialect | None = None
) -> int:
    """Write *header* and *rows* to *path* in *dialect* (UTF-8 with BOM); return the row count."""
    dialect = dialect or configured_dialect()
    count = 0
    with open(path, "w", encoding=ENCODING, newline="") as handle:
        writer = csv.writer(
            handle, delimiter=dialect.separator, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n"
        )
        writer.writerow(list(header))
        for row in rows:
            writer.writerow([dialect.format_value(value) for value in row])
            count += 1
    return count


def rewrite_csv(path: str | Path, numeric_columns: Iterable[str], dialect: CsvDialect | None = None) -> int:
    """Rewrite a plain CSV file (comma, decimal point, as GDAL writes it) in *dialect*; return the row count.

    Only the *numeric_columns* get the decimal mark: a code such as
    ``N12.02`` in a text column stays as it is.
    """
    dialect = dialect or configured_dialect()
    with open(path, encoding=ENCODING, newline="") as handle:
        rows = list(csv.reader(handle))
    if not rows:
        return 0
    header, body = rows[0], rows[1:]
    numeric = {index for index, name in enumerate(header) if name in set(numeric_columns)}

    def cell(index: int, text: str) -> str:
        if index in numeric and dialect.decimal != "." and "e" not in text.lower():
            return text.replace(".", dialect.decimal)
        return text

    with open(path, "w", encoding=ENCODING, newline="") as handle:
        writer = csv.writer(
            handle, delimiter=dialect.separator, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n"
        )
        writer.writerow(header)
        for row in body:
            writer.writerow([cell(index, text) for index, text in enumerate(row)])
    return len(body)
