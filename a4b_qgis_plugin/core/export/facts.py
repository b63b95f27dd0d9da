"""What every page of the measures map says about itself: sources with licence and date, the
register's name, the export date, the plugin version and the selection.

The register is named, never given by its path (a path often holds the
user's login). Licences as the data holders publish them: RVO's Natura 2000
and BRP data on PDOK are CC0; the Kadaster's BRK, BRT and the aerial photos
(Beeldmateriaal Nederland) are CC BY 4.0 and must be credited to their holder.
"""

from __future__ import annotations

import os
from pathlib import Path

from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QDate, QFileInfo

from ..common.i18n import tr
from ..common.paths import PLUGIN_DIR
from ..measures import vocabulary
from .describe import dropped_line
from .inputs import describe, file_of


def plugin_version() -> str:
    """The version in ``metadata.txt`` (inside the installed plugin, or beside it in a checkout)."""
    for folder in (PLUGIN_DIR, PLUGIN_DIR.parent):
        try:
            for line in (folder / "metadata.txt").read_text(encoding="utf-8").splitlines():
                if line.startswith("version="):
                    return line.split("=", 1)[1].strip()
        except OSError:
            continue
    return "?"


def register_title(register) -> str:
    """The register's name for a page: its layer name, or its file's name without the folder."""
    path = file_of(register)
    if path:
        return Path(path).name
    return register.name()


def file_date(layer) -> str:
    """The date the data file of *layer* was last written (when it was fetched), or ""."""
    path = file_of(layer) if layer is not None else ""
    if not path or not os.path.isfile(path):
        return ""
    return QFileInfo(path).lastModified().date().toString("yyyy-MM-dd")


def parcel_sources(measures: QgsVectorLayer) -> list[str]:
    """The parcel datasets the measures were tagged on (``BRP 2024``, ``BRK``), from ``parcel_source``."""
    index = measures.fields().indexOf("parcel_source")
    if index < 0:
        return []
    values = {str(value).strip() for value in measures.uniqueValues(index) if value not in (None, "")}
    return sorted(value for value in values if value and str(value) != "NULL")


def _parcel_line(sources: list[str]) -> list[str]:
    lines = []
    brp = [source for source in sources if source.upper().startswith("BRP")]
    if brp:
        lines.append(
            tr("Parcels: {datasets} (BRP gewaspercelen, RVO via PDOK, CC0).").format(datasets=", ".join(brp))
        )
    if any(source.upper().startswith("BRK") for source in sources):
        lines.append(tr("Parcels: kadastrale percelen (BRK, Kadaster via PDOK, CC BY 4.0 Kadaster)."))
    return lines


def facts_text(
    request,
    filters,
    count: int,
    measures: QgsVectorLayer,
    boundaries,
    background: str,
    crs: str,
) -> str:
    """The text of the ``sources`` item: register and selection, sources, date and version.

    *background* is the line about the background map (see :mod:`.background`).
    """
    _pilots, statuses, themes = filters
    every = tr("all")
    today = QDate.currentDate().toString("yyyy-MM-dd")
    lines = [
        tr("Register: {name}; {count} measures in this export.").format(
            name=register_title(request.register), count=count
        ),
        tr("Selection: statuses {statuses}; themes {themes}.").format(
            statuses=", ".join(vocabulary.status_label(x) for x in statuses) or every,
            themes=", ".join(vocabulary.theme_label(x) for x in themes) or every,
        ),
        dropped_line(request, statuses),
    ]
    if request.natura2000 is not None:
        date = file_date(request.natura2000)
        lines.append(
            tr("Natura 2000: {name} (RVO via PDOK, CC0{date}).").format(
                name=describe(request.natura2000),
                date=", " + tr("as of {date}").format(date=date) if date else "",
            )
        )
    lines += _parcel_line(parcel_sources(measures))
    if boundaries is not None:
        lines.append(tr("Pilot boundaries: {name}.").format(name=describe(boundaries)))
    if background:
        lines.append(background)
    lines.append(
        tr("Exported {date} with the A4B Natura 2000 toolkit {version}; map CRS {crs}.").format(
            date=today, version=plugin_version(), crs=crs
        )
    )
    return "\n".join(lines)
