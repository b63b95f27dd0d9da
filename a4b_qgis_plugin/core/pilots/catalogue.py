"""The pilot catalogue: the programme's pilots, with the user's own changes on top.

The plugin ships ``resources/catalogue/pilots.json``. A user's edits go to a
separate file (``settings.PILOT_CATALOGUE_PATH``, or ``a4b/pilots.json`` in the
QGIS settings folder) holding only what differs: pilots added or changed
(matched by name, case-insensitive) and the names of shipped pilots removed.
So a plugin update that improves the shipped catalogue still reaches users.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from qgis.core import QgsExpression

from ..common import settings
from ..common.errors import CatalogueError
from ..common.i18n import tr
from ..common.paths import CATALOGUE_DIR, profile_dir

SHIPPED_CATALOGUE = CATALOGUE_DIR / "pilots.json"
FORMAT_VERSION = 1
# The twelve provinces, as RVO and the provinces spell them.
PROVINCES = (
    "Drenthe",
    "Flevoland",
    "Fryslân",
    "Gelderland",
    "Groningen",
    "Limburg",
    "Noord-Brabant",
    "Noord-Holland",
    "Overijssel",
    "Utrecht",
    "Zeeland",
    "Zuid-Holland",
)
_PROVINCE_ALIASES = {"friesland": "Fryslân", "fryslan": "Fryslân"}
MAX_N2K_NR = 999  # RVO numbers run 1-166 today; leave room for new areas


@dataclass
class Pilot:
    """One pilot: a name, its province and the Natura 2000 areas it surrounds.

    ``natura2000`` holds dicts ``{"name": str, "nr": int | None}``; ``nr`` is
    the RVO area number, None where it is not known.
    """

    name: str
    province: str
    natura2000: list = field(default_factory=list)
    notes: str = ""
    source: str = ""
    notes_nl: str = ""  # the shipped pilots' notes in Dutch; a user's own notes are in *notes*

    def __post_init__(self):
        self.name = (self.name or "").strip()
        self.province = normalise_province(self.province)

    def display_notes(self, language: str | None = None) -> str:
        """The notes in the interface language (Dutch for ``nl*`` when there are Dutch notes)."""
        from ..common.numbers import ui_locale_name

        lang = language if language is not None else ui_locale_name()
        if lang.lower().startswith("nl") and self.notes_nl:
            return self.notes_nl
        return self.notes

    def area_names(self) -> list[str]:
        """Names of the pilot's Natura 2000 areas (non-empty ones)."""
        return [a["name"] for a in self.natura2000 if (a.get("name") or "").strip()]

    def area_numbers(self) -> list[int]:
        """Known RVO numbers of the pilot's Natura 2000 areas."""
        return [a["nr"] for a in self.natura2000 if a.get("nr") is not None]

    def to_dict(self) -> dict:
        """The pilot as written to a catalogue file."""
        return asdict(self)


def normalise_province(text: str) -> str:
    """The official spelling of a province name typed by a user (unknown names unchanged)."""
    clean = (text or "").strip()
    lower = clean.lower()
    for province in PROVINCES:
        if province.lower() == lower:
            return province
    return _PROVINCE_ALIASES.get(lower, clean)


def pilot_from_dict(data, where: str) -> Pilot:
    """Build a :class:`Pilot` from catalogue JSON; raise :class:`CatalogueError` on bad data."""
    if not isinstance(data, dict):
        raise CatalogueError([tr("{0}: a pilot must be an object with a name.").format(where)])
    areas = data.get("natura2000") or []
    if not isinstance(areas, list):
        raise CatalogueError([tr("{0}: 'natura2000' must be a list of areas.").format(where)])
    clean_areas = []
    for area in areas:
        if isinstance(area, str):
            area = {"name": area, "nr": None}
        if not isinstance(area, dict):
            raise CatalogueError(
                [tr("{0}: each Natura 2000 area needs a name and a number (or null).").format(where)]
            )
        clean_areas.append({"name": str(area.get("name") or "").strip(), "nr": area.get("nr")})
    pilot = Pilot(
        name=str(data.get("name") or "").strip(),
        province=normalise_province(str(data.get("province") or "")),
        natura2000=clean_areas,
        notes=str(data.get("notes") or ""),
        source=str(data.get("source") or ""),
        notes_nl=str(data.get("notes_nl") or ""),
    )
    problems = validate_pilot(pilot)
    if problems:
        raise CatalogueError([f"{where}: {p}" for p in problems])
    return pilot


def validate_pilot(pilot: Pilot, others: list[Pilot] | None = None) -> list[str]:
    """Readable problems with *pilot* (empty when it is fine).

    *others* are the other pilots of the catalogue, to catch duplicate names.
    """
    problems = []
    if not pilot.name.strip():
        problems.append(tr("The pilot needs a name."))
    elif others and any(o.name.strip().lower() == pilot.name.strip().lower() for o in others):
        problems.append(tr("There is already a pilot called '{0}'.").format(pilot.name))
    if pilot.province not in PROVINCES:
        problems.append(
            tr("'{0}' is not a Dutch province; choose one of: {1}.").format(
                pilot.province, ", ".join(PROVINCES)
            )
        )
    seen = set()
    for index, area in enumerate(pilot.natura2000, 1):
        name = (area.get("name") or "").strip()
        nr = area.get("nr")
        if nr is not None:
            if isinstance(nr, bool) or not isinstance(nr, int) or not 1 <= nr <= MAX_N2K_NR:
                problems.append(
                    tr(
                        "Natura 2000 area {0}: the RVO number must be a whole number from 1 to {1}, or empty."
                    ).format(index, MAX_N2K_NR)
                )
        if not name and nr is None:
            problems.append(tr("Natura 2000 area {0} needs a name or an RVO number.").format(index))
        key = name.lower() or nr
        if key in seen:
            problems.append(tr("Natura 2000 area '{0}' is listed twice.").format(name or nr))
        seen.add(key)
    return problems


def _read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise CatalogueError([tr("Cannot read the pilot catalogue {0}: {1}").format(path, err)]) from err
    except json.JSONDecodeError as err:
        raise CatalogueError(
            [
                tr("The pilot catalogue {0} is not valid JSON (line {1}, column {2}): {3}").format(
                    path, err.lineno, err.colno, err.msg
                )
            ]
        ) from err
    if not isinstance(data, dict) or not isinstance(data.get("pilots", []), list):
        raise CatalogueError([tr("The pilot catalogue {0} has no 'pilots' list.").format(path)])
    return data


def read_catalogue_file(path: str | Path) -> tuple[list[Pilot], list[str]]:
    """Pilots and removed names from one catalogue file; every problem at once."""
    path = Path(path)
    data = _read_json(path)
    pilots, problems = [], []
    for index, item in enumerate(data.get("pilots", []), 1):
        try:
            pilot = pilot_from_dict(item, tr("{0}, pilot {1}").format(path.name, index))
        except CatalogueError as err:
            problems.extend(err.problems)
            continue
        if any(p.name.lower() == pilot.name.lower() for p in pilots):
            problems.append(tr("{0}: the pilot '{1}' is listed twice.").format(path.name, pilot.name))
            continue
        pilots.append(pilot)
    if problems:
        raise CatalogueError(problems)
    removed = [str(n) for n in data.get("removed", []) if str(n).strip()]
    return pilots, removed


def user_catalogue_path() -> Path:
    """Where the user's pilot changes live (settings, or the QGIS settings folder)."""
    configured = settings.PILOT_CATALOGUE_PATH.get()
    if configured:
        return Path(configured)
    return profile_dir() / "pilots.json"


def shipped_pilots() -> list[Pilot]:
    """The pilots shipped with the plugin."""
    return read_catalogue_file(SHIPPED_CATALOGUE)[0]


def load_pilots(user_path: str | Path | None = None) -> list[Pilot]:
    """Shipped pilots with the user's catalogue on top (added, changed, removed).

    Raises :class:`CatalogueError` when the user's file is broken, so the
    user learns about it instead of silently losing their pilots.
    """
    pilots = shipped_pilots()
    path = Path(user_path) if user_path else user_catalogue_path()
    if not path.exists():
        return pilots
    own, removed = read_catalogue_file(path)
    removed_names = {n.strip().lower() for n in removed}
    own_by_name = {p.name.lower(): p for p in own}
    # Changed pilots keep their shipped place; new ones come last.
    merged = [
        own_by_name.get(p.name.lower(), p)
        for p in pilots
        if p.name.lower() not in removed_names or p.name.lower() in own_by_name
    ]
    shipped_names = {p.name.lower() for p in pilots}
    merged += [p for p in own if p.name.lower() not in shipped_names]
    return merged


def save_user_pilots(pilots: list[Pilot], user_path: str | Path | None = None) -> Path:
    """Store *pilots* (the whole list the user now has) as differences from the shipped ones."""
    problems = []
    for index, pilot in enumerate(pilots):
        problems.extend(validate_pilot(pilot, pilots[:index]))
    if problems:
        raise CatalogueError(problems)
    shipped = {p.name.lower(): p for p in shipped_pilots()}
    names = {p.name.lower() for p in pilots}
    own = [p.to_dict() for p in pilots if shipped.get(p.name.lower()) != p]
    removed = [p.name for key, p in shipped.items() if key not in names]
    path = Path(user_path) if user_path else user_catalogue_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(
            json.dumps(
                {"version": FORMAT_VERSION, "pilots": own, "removed": removed}, ensure_ascii=False, indent=2
            ),
            encoding="utf-8",
        )
        os.replace(tmp, path)  # never leave a half-written catalogue behind
    except OSError as err:
        raise CatalogueError([tr("Cannot write the pilot catalogue {0}: {1}").format(path, err)]) from err
    return path


def add_pilot(pilots: list[Pilot], pilot: Pilot) -> list[Pilot]:
    """A new list with *pilot* appended; raises :class:`CatalogueError` when invalid."""
    problems = validate_pilot(pilot, pilots)
    if problems:
        raise CatalogueError(problems)
    return [*pilots, pilot]


def update_pilot(pilots: list[Pilot], old_name: str, pilot: Pilot) -> list[Pilot]:
    """A new list with the pilot called *old_name* replaced by *pilot*."""
    index = find_index(pilots, old_name)
    if index is None:
        raise CatalogueError([tr("There is no pilot called '{0}'.").format(old_name)])
    others = pilots[:index] + pilots[index + 1 :]
    problems = validate_pilot(pilot, others)
    if problems:
        raise CatalogueError(problems)
    return pilots[:index] + [pilot] + pilots[index + 1 :]


def remove_pilot(pilots: list[Pilot], name: str) -> list[Pilot]:
    """A new list without the pilot called *name*."""
    index = find_index(pilots, name)
    if index is None:
        raise CatalogueError([tr("There is no pilot called '{0}'.").format(name)])
    return pilots[:index] + pilots[index + 1 :]


def find_index(pilots: list[Pilot], name: str) -> int | None:
    """Position of the pilot called *name* (case-insensitive), or None."""
    wanted = (name or "").strip().lower()
    for index, pilot in enumerate(pilots):
        if pilot.name.lower() == wanted:
            return index
    return None


def natura2000_filter(pilot: Pilot, name_field: str = "naam_n2k", nr_field: str | None = "nr") -> str:
    """A QGIS expression selecting the pilot's Natura 2000 areas (by number, else by name).

    Names compare trimmed and case-insensitively, as services pad and capitalise
    differently. Returns ``""`` when the pilot lists no areas.
    """
    parts = []
    numbers = pilot.area_numbers()
    if numbers and nr_field:
        parts.append(f"{QgsExpression.quotedColumnRef(nr_field)} IN ({', '.join(str(n) for n in numbers)})")
    names = [a["name"].strip().lower() for a in pilot.natura2000 if a.get("nr") is None and a.get("name")]
    if names:
        quoted = ", ".join(QgsExpression.quotedString(n) for n in names)
        parts.append(f"lower(trim({QgsExpression.quotedColumnRef(name_field)})) IN ({quoted})")
    return " OR ".join(parts)
