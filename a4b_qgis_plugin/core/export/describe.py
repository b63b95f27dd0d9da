"""What an export says about itself: the spreadsheet's "About" sheet and the PDF's sources line.

A full path often holds the user's login (``/home/jdevries/...``,
``C:\\Users\\jdevries\\...``), which is personal data: unless personal data are
included, only the register's file name is given.
"""

from __future__ import annotations

from pathlib import Path

from qgis.PyQt.QtCore import QDateTime

from ..common.i18n import tr
from ..measures import vocabulary
from .inputs import describe, file_of
from .summary import count_dropped


def register_name(register, include_personal: bool) -> str:
    """The register as an export names it: its file name, or the full path with personal data."""
    path = file_of(register)
    if not path:
        return register.name()
    return path if include_personal else Path(path).name


def dropped_line(request, statuses: list[str]) -> str:
    """What the totals do with dropped measures (the rule of :func:`summary.count_dropped`)."""
    if count_dropped(getattr(request, "include_dropped", False), statuses):
        return tr("Dropped measures are counted in the totals.")
    return tr("Dropped measures are left out of the totals (the measures list still holds them).")


def about_lines(request, filters, count: int) -> list[tuple[str, str]]:
    """Rows of the spreadsheet's "About this export" sheet."""
    pilots, statuses, themes = filters
    every = tr("all")
    return [
        (tr("Exported at"), QDateTime.currentDateTime().toString("yyyy-MM-dd HH:mm")),
        (tr("Register"), register_name(request.register, request.include_personal)),
        (tr("Pilots"), "; ".join(pilots) or every),
        (tr("Statuses"), ", ".join(vocabulary.status_label(s) for s in statuses) or every),
        (tr("Themes"), ", ".join(vocabulary.theme_label(t) for t in themes) or every),
        (tr("Personal data included"), tr("yes") if request.include_personal else tr("no")),
        (tr("Measures"), str(count)),
        (tr("Dropped measures"), dropped_line(request, statuses)),
        (
            tr("Amounts"),
            tr(
                "Euros per year; an empty cell means the amount is not known. Totals leave unknown "
                "amounts out and say how many measures had none; the net covers only measures with "
                "both a cost and a revenue."
            ),
        ),
    ]


def source_lines(request, filters, count: int, boundaries) -> str:
    """The PDF's sources text: register, selection, and the map layers used."""
    _pilots, statuses, themes = filters
    lines = [
        tr("Measures: {source}; {count} measures in this export.").format(
            source=describe(request.register), count=count
        )
    ]
    if statuses or themes:
        every = tr("all")
        lines.append(
            tr("Selection: statuses {statuses}; themes {themes}.").format(
                statuses=", ".join(vocabulary.status_label(x) for x in statuses) or every,
                themes=", ".join(vocabulary.theme_label(x) for x in themes) or every,
            )
        )
    lines.append(dropped_line(request, statuses))
    if boundaries is not None:
        lines.append(tr("Pilot boundaries: {name}.").format(name=describe(boundaries)))
    if request.natura2000 is not None:
        lines.append(tr("Natura 2000: {name}.").format(name=describe(request.natura2000)))
    if request.basemap is not None:
        lines.append(tr("Base map: {name}.").format(name=describe(request.basemap)))
    return "\n".join(lines)
