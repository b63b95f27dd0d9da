"""The measures catalogue: what can be tagged on a parcel, with its money.

The shipped catalogue is ``resources/catalogue/measures.csv``; a user may
point the setting ``a4b/measures/catalogue_path`` at a file of their own
(CSV with the same columns, or a JSON list of objects with the same keys).
Every file is validated on load and all problems are reported together, with
line numbers, so a user can fix a spreadsheet in one go.

Encoding: UTF-8 (with or without the BOM Excel writes for "CSV UTF-8") and
UTF-16 with a BOM are read as such. A file that is not valid UTF-8 is read as
Windows-1252, what Excel on a Dutch or English Windows writes for plain "CSV";
the loaded catalogue then carries a note saying so (shown as a warning), because
another encoding would give wrong letters, never an error.
"""

from __future__ import annotations

import csv
import fnmatch
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from qgis.PyQt.QtCore import QCoreApplication

from ..common import settings
from ..common.errors import CatalogueError
from ..common.i18n import tr
from ..common.numbers import ui_locale_name
from ..common.paths import CATALOGUE_DIR
from .vocabulary import ALL_THEMES, SCHEMES, THEMES, UNITS, scheme_of_code

SHIPPED_CATALOGUE = CATALOGUE_DIR / "measures.csv"

REQUIRED_COLUMNS = [
    "code",
    "name_nl",
    "name_en",
    "theme",
    "unit",
    "brp_categories",
    "cost_eur",
    "revenue_eur",
]

# The values of the BRP ``category`` field (RVO gewaspercelen).
BRP_CATEGORIES = [
    "Grasland",
    "Bouwland",
    "Sloot",
    "Landschapselement",
    "Natuurterrein",
    "Braakland",
    "Overige",
]

_MONEY = re.compile(r"^-?\d+(?:[.,]\d+)?$")
# ``excludes`` lists codes or code patterns (``ECO-RUSTGEWAS-*``) separated by ';'.
EXCLUDES_SEPARATOR = ";"


class Catalogue(list):
    """The measures of a catalogue file, with notes on how it was read (e.g. the encoding assumed)."""

    def __init__(self, measures=(), notes: Optional[list[str]] = None):
        super().__init__(measures)
        self.notes: list[str] = list(notes or [])


@dataclass
class Measure:
    """One measure of the catalogue; money is per unit per year (None: no source)."""

    code: str
    name_nl: str
    name_en: str
    theme: str
    unit: str
    brp_categories: list[str] = field(default_factory=list)
    cost_eur: Optional[float] = None
    revenue_eur: Optional[float] = None
    source: str = ""
    notes: str = ""
    # Codes or patterns of measures that cannot lie on the same ground (either side may say so).
    excludes: list[str] = field(default_factory=list)
    # Farthest the measure may lie from a Natura 2000 area to have its effect (None: anywhere).
    max_distance_m: Optional[float] = None
    # How it is paid for (vocabulary.SCHEMES); from the code's prefix when the file has no scheme column.
    scheme: str = ""

    def display_name(self, language: Optional[str] = None) -> str:
        """The name in the interface language (Dutch for ``nl*``, else English)."""
        lang = language if language is not None else ui_locale_name()
        if lang.lower().startswith("nl"):
            return self.name_nl or self.name_en
        return self.name_en or self.name_nl

    def fits_category(self, category: Optional[str]) -> bool:
        """True when *category* is empty/unknown or one of the measure's BRP categories."""
        if not category or not self.brp_categories:
            return True
        wanted = {c.lower() for c in self.brp_categories}
        return str(category).strip().lower() in wanted

    def excludes_code(self, code: str) -> bool:
        """True when this measure's ``excludes`` names *code* (patterns with ``*``, any case)."""
        return any(fnmatch.fnmatchcase((code or "").upper(), p.upper()) for p in self.excludes)


def incompatible(first: Measure, second: Measure) -> bool:
    """True when either measure excludes the other (or itself, for the same measure twice)."""
    return first.excludes_code(second.code) or second.excludes_code(first.code)


def catalogue_path(path: Optional[str] = None) -> Path:
    """The file to load: *path*, else the user's setting, else the shipped file."""
    if path:
        return Path(path)
    user = settings.MEASURE_CATALOGUE_PATH.get()
    if user:
        return Path(user)
    return SHIPPED_CATALOGUE


def _error(source, problems: list[str]) -> CatalogueError:
    heading = QCoreApplication.translate(
        "CatalogueError", "The measures catalogue {path} has {count} problem(s):"
    ).format(path=source, count=len(problems))
    return CatalogueError(problems, heading)


def _read_text(source: Path) -> tuple[str, list[str]]:
    """The file's text and notes on the encoding assumed; raises :class:`CatalogueError`."""
    try:
        data = source.read_bytes()
    except OSError as err:
        raise _error(source, [tr("cannot read the file: {error}").format(error=err)]) from err
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError as err:
            raise _error(source, [tr("the file is not valid UTF-16: {error}").format(error=err)]) from err
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as err:
        raise _error(
            source,
            [
                tr(
                    'the file is neither UTF-8 nor Windows-1252 ({error}); save it as "CSV UTF-8" in '
                    "your spreadsheet program"
                ).format(error=err)
            ],
        ) from err
    note = tr(
        "The measures catalogue {path} is not UTF-8; it was read as Windows-1252 (what Excel writes for "
        'plain CSV). Check names with accents, or save it as "CSV UTF-8" to be sure.'
    ).format(path=source)
    return text, [note]


def load_catalogue(path: Optional[str] = None) -> Catalogue:
    """Load and validate a catalogue; raises :class:`CatalogueError`.

    The result is a list of measures; its ``notes`` say what was assumed to read it.
    """
    source = catalogue_path(path)
    if not source.is_file():
        raise _error(source, [tr("the file does not exist or is not a file")])
    text, notes = _read_text(source)
    if "\x00" in text:
        raise _error(source, [tr("the file holds binary data; save it as CSV (UTF-8) or JSON")])
    if source.suffix.lower() == ".json":
        records, problems = _records_from_json(text)
    else:
        records, problems = _records_from_csv(text)
    if problems:
        raise _error(source, problems)
    measures, problems = _validate(records)
    if problems:
        raise _error(source, problems)
    return Catalogue(measures, notes)


def measures_by_code(measures: list[Measure]) -> dict[str, Measure]:
    """Index measures by code."""
    return {m.code: m for m in measures}


def find_measure(code: str, measures: Optional[list[Measure]] = None) -> Optional[Measure]:
    """The measure with *code* (case-insensitive) or None.

    The official code a user knows ("N12.02", "L01.02") finds the catalogue's
    prefixed one ("SNL-N12.02") when exactly one code ends in it after its
    scheme prefix; an ambiguous code finds none.
    """
    wanted = (code or "").strip().upper()
    if not wanted:
        return None
    listed = list(measures if measures is not None else load_catalogue())
    for measure in listed:
        if measure.code.upper() == wanted:
            return measure
    unprefixed = [m for m in listed if "-" in m.code and m.code.upper().split("-", 1)[1] == wanted]
    return unprefixed[0] if len(unprefixed) == 1 else None


def _records_from_csv(text: str) -> tuple[list[tuple[int, dict]], list[str]]:
    first = text.splitlines()[0] if text.strip() else ""
    # Dutch spreadsheet programs save CSV with semicolons.
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.DictReader(text.splitlines(), delimiter=delimiter)
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        return [], [tr("line 1: missing column(s): {columns}").format(columns=", ".join(missing))]
    records = []
    problems = []
    for row in reader:
        if None in row:
            problems.append(
                tr("line {line}: more values than columns (quote text that holds a '{sep}')").format(
                    line=reader.line_num, sep=delimiter
                )
            )
            continue
        clean = {(k or "").strip(): (v or "").strip() for k, v in row.items()}
        if not any(clean.values()):
            continue
        records.append((reader.line_num, clean))
    return records, problems


def _records_from_json(text: str) -> tuple[list[tuple[int, dict]], list[str]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        return [], [tr("line {line}: not valid JSON: {error}").format(line=err.lineno, error=err.msg)]
    if isinstance(data, dict):
        data = data.get("measures", [])
    if not isinstance(data, list):
        return [], [tr("line 1: expected a list of measures")]
    records = []
    problems = []
    for number, item in enumerate(data, 1):
        if not isinstance(item, dict):
            problems.append(tr("measure {n}: expected an object").format(n=number))
            continue
        clean = {}
        for key, value in item.items():
            if isinstance(value, list):
                value = ";".join(str(v) for v in value)
            clean[str(key)] = "" if value is None else str(value).strip()
        missing = [c for c in REQUIRED_COLUMNS if c not in clean]
        if missing:
            problems.append(
                tr("measure {n}: missing key(s): {keys}").format(n=number, keys=", ".join(missing))
            )
            continue
        records.append((number, clean))
    return records, problems


def _money(value: str, line: int, column: str, problems: list[str]) -> Optional[float]:
    if value == "":
        return None
    if not _MONEY.match(value):
        problems.append(
            tr("line {line}: {column} '{value}' is not a number (use e.g. 181 or 400.07)").format(
                line=line, column=column, value=value
            )
        )
        return None
    number = float(value.replace(",", "."))
    if number < 0:
        problems.append(tr("line {line}: {column} must not be negative").format(line=line, column=column))
    return number


def _distance(value: str, line: int, problems: list[str]) -> Optional[float]:
    if value == "":
        return None
    try:
        number = float(value.replace(",", "."))
    except ValueError:
        number = -1.0
    if not number >= 0:
        problems.append(
            tr("line {line}: max_distance_m '{value}' is not a distance in metres (0 or more)").format(
                line=line, value=value
            )
        )
        return None
    return number


def _unmatched_excludes(patterns: list[tuple[int, str]], codes: list[str]) -> list[str]:
    # A typo in ``excludes`` would silently switch the overlap check off.
    return [
        tr("line {line}: excludes '{pattern}' matches no code of the catalogue").format(
            line=line, pattern=pattern
        )
        for line, pattern in patterns
        if not any(fnmatch.fnmatchcase(code, pattern.upper()) for code in codes)
    ]


def _validate(records: list[tuple[int, dict]]) -> tuple[list[Measure], list[str]]:
    problems: list[str] = []
    measures = []
    seen: dict[str, int] = {}
    patterns: list[tuple[int, str]] = []
    known_categories = {c.lower(): c for c in BRP_CATEGORIES}
    for line, rec in records:
        code = rec.get("code", "")
        if not code:
            problems.append(tr("line {line}: the code is empty").format(line=line))
        elif code.upper() in seen:
            problems.append(
                tr("line {line}: duplicate code {code} (first on line {first})").format(
                    line=line, code=code, first=seen[code.upper()]
                )
            )
        else:
            seen[code.upper()] = line
        if not rec.get("name_nl") and not rec.get("name_en"):
            problems.append(tr("line {line}: both names are empty").format(line=line))
        theme = rec.get("theme", "")
        if theme not in ALL_THEMES:
            problems.append(
                tr("line {line}: unknown theme '{theme}' (expected one of {known})").format(
                    line=line, theme=theme, known=", ".join(THEMES)
                )
            )
        scheme = rec.get("scheme", "").strip().lower() or scheme_of_code(code)
        if scheme and scheme not in SCHEMES:
            problems.append(
                tr("line {line}: unknown scheme '{scheme}' (expected one of {known})").format(
                    line=line, scheme=scheme, known=", ".join(SCHEMES)
                )
            )
        unit = rec.get("unit", "")
        if unit not in UNITS:
            problems.append(
                tr("line {line}: unknown unit '{unit}' (expected one of {known})").format(
                    line=line, unit=unit, known=", ".join(UNITS)
                )
            )
        categories = []
        for part in rec.get("brp_categories", "").split(";"):
            part = part.strip()
            if not part:
                continue
            if part.lower() not in known_categories:
                problems.append(
                    tr("line {line}: unknown BRP category '{category}' (expected {known})").format(
                        line=line, category=part, known=", ".join(BRP_CATEGORIES)
                    )
                )
            else:
                categories.append(known_categories[part.lower()])
        cost = _money(rec.get("cost_eur", ""), line, "cost_eur", problems)
        revenue = _money(rec.get("revenue_eur", ""), line, "revenue_eur", problems)
        if (cost is not None or revenue is not None) and not rec.get("source"):
            problems.append(tr("line {line}: a euro figure needs a source").format(line=line))
        distance = _distance(rec.get("max_distance_m", ""), line, problems)
        excludes = [p.strip() for p in rec.get("excludes", "").split(EXCLUDES_SEPARATOR) if p.strip()]
        patterns.extend((line, pattern) for pattern in excludes)
        measures.append(
            Measure(
                code=code,
                name_nl=rec.get("name_nl", ""),
                name_en=rec.get("name_en", ""),
                theme=theme,
                unit=unit,
                brp_categories=categories,
                cost_eur=cost,
                revenue_eur=revenue,
                source=rec.get("source", ""),
                notes=rec.get("notes", ""),
                excludes=excludes,
                max_distance_m=distance,
                scheme=scheme,
            )
        )
    problems += _unmatched_excludes(patterns, list(seen))
    if not records and not problems:
        problems.append(tr("the catalogue holds no measures"))
    return measures, problems
