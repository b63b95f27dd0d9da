"""The catalogue of national (PDOK) sources: a data file, validated on load.

PDOK moves services now and then, so the URLs live in
``resources/catalogue/pdok_sources.json`` (or a user's copy named by the
setting ``sources/catalogue_path``) rather than in code. Each source lists its
endpoints in the order they are tried.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..common import settings
from ..common.crs import WORK_CRS
from ..common.errors import CatalogueError
from ..common.i18n import tr
from ..common.paths import CATALOGUE_DIR

SHIPPED_CATALOGUE = CATALOGUE_DIR / "pdok_sources.json"
SOURCE_KEYS = ("natura2000", "brp_gewaspercelen", "brk_percelen", "natuurnetwerk", "luchtfoto", "basemap")
VECTOR_TYPES = ("oapif", "wfs")
RASTER_TYPES = ("wms", "wmts")
# Keys every endpoint of a type needs, besides "type" and "url".
_REQUIRED = {
    "oapif": ("collection",),
    "wfs": ("typename",),
    "wms": ("layer",),
    "wmts": ("layer", "tile_matrix_set"),
}


@dataclass
class Endpoint:
    """One way to reach a source: an OGC API, WFS, WMS or WMTS service."""

    type: str
    url: str
    collection: str = ""  # oapif
    typename: str = ""  # wfs
    version: str = ""  # wfs; empty: let QGIS negotiate
    layer: str = ""  # wms / wmts
    tile_matrix_set: str = ""  # wmts
    format: str = "image/png"  # wms / wmts
    crs: str = WORK_CRS
    geometry_field: str = ""  # informational; QGIS finds the geometry itself
    fields: dict = field(default_factory=dict)  # service name -> file name

    def describe(self) -> str:
        """Short text naming the endpoint, for messages ("WFS https://… natura2000:natura2000")."""
        name = self.collection or self.typename or self.layer
        return f"{self.type.upper()} {self.url} ({name})"


@dataclass
class Source:
    """A national layer with its endpoints in the order they are tried."""

    key: str
    title: str
    crs: str = WORK_CRS
    schema: list = field(default_factory=list)  # field names of the file schema
    trim: list = field(default_factory=list)  # fields whose text values are stripped
    endpoints: list = field(default_factory=list)

    def vector_endpoints(self) -> list:
        """OGC API Features endpoints first, then WFS, each in catalogue order."""
        ordered = [e for e in self.endpoints if e.type == "oapif"]
        return ordered + [e for e in self.endpoints if e.type == "wfs"]

    def raster_endpoints(self) -> list:
        """WMTS and WMS endpoints in catalogue order."""
        return [e for e in self.endpoints if e.type in RASTER_TYPES]


def catalogue_path(path: str | None = None) -> Path:
    """The catalogue to read: *path*, else the user setting, else the shipped file."""
    chosen = path or settings.SOURCE_CATALOGUE_PATH.get()
    return Path(chosen) if chosen else SHIPPED_CATALOGUE


def _error(path, problems: list[str]) -> CatalogueError:
    return CatalogueError(problems, tr("The PDOK source catalogue {0} cannot be used:").format(path))


def load_source_catalogue(path: str | None = None) -> dict:
    """Read and validate the source catalogue; ``{key: Source}``.

    Raises :class:`CatalogueError` listing every problem found, so a
    user editing a copy sees all mistakes at once.
    """
    target = catalogue_path(path)
    try:
        data = json.loads(target.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise _error(target, [tr("the file does not exist")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise _error(target, [tr("the file cannot be read: {0}").format(exc)]) from None
    except json.JSONDecodeError as exc:
        raise _error(
            target,
            [tr("not valid JSON (line {0}, column {1}: {2})").format(exc.lineno, exc.colno, exc.msg)],
        ) from None
    sources, problems = parse_catalogue(data)
    if problems:
        raise _error(target, problems)
    return sources


def parse_catalogue(data) -> tuple[dict, list[str]]:
    """Build sources from decoded JSON; returns ``(sources, problems)``."""
    problems: list[str] = []
    if not isinstance(data, dict) or not isinstance(data.get("sources"), dict):
        return {}, [tr("the top level must be an object with a 'sources' object")]
    sources = {}
    raw = data["sources"]
    for key in SOURCE_KEYS:
        if key not in raw:
            problems.append(tr("source '{0}' is missing").format(key))
    for key, entry in raw.items():
        source = _parse_source(key, entry, problems)
        if source is not None:
            sources[key] = source
    return sources, problems


def _parse_source(key: str, entry, problems: list[str]) -> Source | None:
    if not isinstance(entry, dict):
        problems.append(tr("source '{0}' must be an object").format(key))
        return None
    endpoints_raw = entry.get("endpoints")
    if not isinstance(endpoints_raw, list) or not endpoints_raw:
        problems.append(tr("source '{0}' needs a non-empty list 'endpoints'").format(key))
        return None
    endpoints = []
    for number, raw in enumerate(endpoints_raw, start=1):
        endpoint = _parse_endpoint(key, number, raw, problems)
        if endpoint is not None:
            endpoints.append(endpoint)
    for name in ("schema", "trim"):
        value = entry.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            problems.append(tr("source '{0}': '{1}' must be a list of field names").format(key, name))
    return Source(
        key=key,
        title=str(entry.get("title") or key),
        crs=str(entry.get("crs") or WORK_CRS),
        schema=list(entry.get("schema") or []),
        trim=list(entry.get("trim") or []),
        endpoints=endpoints,
    )


def _parse_endpoint(key: str, number: int, raw, problems: list[str]) -> Endpoint | None:
    where = tr("source '{0}', endpoint {1}").format(key, number)
    if not isinstance(raw, dict):
        problems.append(tr("{0} must be an object").format(where))
        return None
    kind = str(raw.get("type", "")).lower()
    if kind not in _REQUIRED:
        problems.append(
            tr("{0}: type '{1}' is not one of oapif, wfs, wms, wmts").format(where, raw.get("type", ""))
        )
        return None
    url = raw.get("url")
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        problems.append(tr("{0}: 'url' must start with http:// or https://").format(where))
        return None
    missing = [name for name in _REQUIRED[kind] if not str(raw.get(name) or "").strip()]
    if missing:
        problems.append(tr("{0} ({1}) needs {2}").format(where, kind, ", ".join(f"'{m}'" for m in missing)))
        return None
    fields = raw.get("fields") or {}
    if not isinstance(fields, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in fields.items()
    ):
        problems.append(tr("{0}: 'fields' must map service field names to file field names").format(where))
        return None
    return Endpoint(
        type=kind,
        url=url.rstrip("/") if kind == "oapif" else url,
        collection=str(raw.get("collection") or ""),
        typename=str(raw.get("typename") or ""),
        version=str(raw.get("version") or ""),
        layer=str(raw.get("layer") or ""),
        tile_matrix_set=str(raw.get("tile_matrix_set") or ""),
        format=str(raw.get("format") or "image/png"),
        crs=str(raw.get("crs") or WORK_CRS),
        geometry_field=str(raw.get("geometry_field") or ""),
        fields=dict(fields),
    )
