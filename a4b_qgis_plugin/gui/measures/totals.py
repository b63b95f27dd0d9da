"""The totals block under the Measures panel's table: count, area, money per year, a bar per theme."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import lru_cache
from html import escape

from qgis.PyQt.QtCore import QLocale

from ...core.common.i18n import tr
from ...core.common.numbers import ui_locale
from ...core.measures.style import MEASURES_QML
from ...core.measures.totals import measure_totals
from ...core.measures.vocabulary import ALL_THEMES, theme_label
from .table_model import format_money, format_quantity

BAR_PX = 100  # the longest bar; the others in proportion to their hectares
OTHER_COLOUR = "#999999"


def totals_html(totals: dict, rows: list[dict], locale: QLocale | None = None) -> str:
    """A compact two-column table of *totals* (``MeasureRegister.totals``) as rich text.

    The money follows the one rule of ``core/measures/totals.py``: an unknown
    figure is never counted as € 0, each amount says how many measures had no
    figure, and the net covers only measures with both a cost and a revenue.
    *rows* are the listed measures (dropped ones are named, not counted).
    """
    locale = locale or ui_locale()  # thousands separators as in the PDF
    count = int(totals.get("count") or 0)
    amounts = [(tr("Area"), locale.toString(float(totals.get("ha") or 0.0), "f", 2) + " ha")]
    if totals.get("m"):
        amounts.append((tr("Length"), locale.toString(float(totals["m"]), "f", 0) + " m"))
    if totals.get("pieces"):
        amounts.append((tr("Pieces"), locale.toString(float(totals["pieces"]), "f", 0)))
    unknown = tr("not known")

    def amount(key: str) -> str:
        value = totals.get(key)
        return unknown if value is None else format_money(value, locale)

    money = [
        (tr("Cost per year"), amount("cost_eur_yr")),
        (tr("Revenue per year"), amount("revenue_eur_yr")),
    ]
    net = totals.get("net_eur_yr")
    net_label = tr("Net per year")
    colour = "#7a5300" if net is None else ("#b00020" if net < 0 else "#1b5e20")
    money.append(
        (f"<b>{escape(net_label)}</b>", f"<b style='color:{colour}'>{escape(amount('net_eur_yr'))}</b>")
    )
    left = [(tr("Measures"), locale.toString(count))] + amounts
    lines = []
    for index in range(max(len(left), len(money))):
        cells = []
        for pairs in (left, money):
            if index < len(pairs):
                label, value = pairs[index]
                label = label if label.startswith("<b>") else escape(label)
                value = value if value.startswith("<b") else escape(value)
                cells.append(f"<td>{label}</td><td align='right'>{value}</td>")
            else:
                cells.append("<td></td><td></td>")
        lines.append("<tr>" + "<td width='12'></td>".join(cells) + "</tr>")
    html = "<table cellspacing='0' cellpadding='1'>" + "".join(lines) + "</table>"
    return html + themes_html(rows, locale) + _notes_html(totals, rows)


def _unbroken(text: str) -> str:
    """*text* escaped, never broken over two lines ("€ 1,400", "12.50 ha"); labels beside it may be."""
    return escape(text).replace(" ", "&nbsp;")


@lru_cache(maxsize=1)
def theme_colours() -> dict[str, str]:
    """Each theme's fill colour in the shipped measures style, so a bar matches the map."""
    colours = {}
    try:
        root = ET.parse(MEASURES_QML).getroot()
    except (OSError, ET.ParseError):
        return colours
    fills = {}
    for symbol in root.iter("symbol"):
        for prop in symbol.iter("prop"):
            if prop.get("k") == "color":
                rgba = [int(part) for part in prop.get("v", "").split(",")[:3] if part.strip().isdigit()]
                if len(rgba) == 3:
                    fills.setdefault(symbol.get("name"), "#{:02x}{:02x}{:02x}".format(*rgba))
                break
    for category in root.iter("category"):
        if category.get("symbol") in fills:
            colours[category.get("value") or ""] = fills[category.get("symbol")]
    return colours


def theme_totals(rows: list[dict]) -> list[tuple[str, dict]]:
    """Totals per theme of the listed measures (dropped ones left out), in the vocabulary's order."""
    by_theme: dict[str, list[dict]] = {}
    for row in rows:
        if row.get("status") != "dropped":
            by_theme.setdefault(str(row.get("theme") or ""), []).append(row)
    order = {theme: index for index, theme in enumerate(ALL_THEMES)}
    themes = sorted(by_theme, key=lambda theme: (order.get(theme, len(order)), theme))
    return [(theme, measure_totals(by_theme[theme])) for theme in themes]


def themes_html(rows: list[dict], locale: QLocale) -> str:
    """One line per theme: a bar as long as its share of the hectares, the area and the net.

    A theme whose measures are all in metres or pieces shows that quantity
    and no bar (hectares and metres do not share a scale).
    """
    per_theme = theme_totals(rows)
    if not per_theme:
        return ""
    most = max(totals["ha"] for _theme, totals in per_theme) or 0.0
    colours = theme_colours()
    lines = []
    for theme, totals in per_theme:
        width = round(BAR_PX * totals["ha"] / most) if most else 0
        colour = colours.get(theme, OTHER_COLOUR)
        bar = (
            f"<table cellspacing='0' cellpadding='0'><tr><td width='{width}' bgcolor='{colour}'>"
            "<span style='font-size:6pt'>&nbsp;</span></td></tr></table>"
            if width
            else ""
        )
        if totals["ha"] or not (totals["m"] or totals["pieces"]):
            quantity = format_quantity(totals["ha"], "ha", locale)
        elif totals["m"]:
            quantity = format_quantity(totals["m"], "m", locale)
        else:
            quantity = format_quantity(totals["pieces"], "piece", locale)
        net = totals["net_eur_yr"]
        net_text = tr("not known") if net is None else format_money(net, locale)
        label = theme_label(theme) if theme else tr("Other or unknown theme")
        lines.append(
            f"<tr><td>{escape(label)}{bar}</td>"
            f"<td align='right'>&nbsp;{_unbroken(quantity)}</td>"
            f"<td align='right'>&nbsp;{_unbroken(net_text)}</td></tr>"
        )
    title = escape(tr("Per theme (area; net per year)"))
    return (
        f"<div style='margin-top:4px'>{title}</div>"
        "<table cellspacing='0' cellpadding='1'>" + "".join(lines) + "</table>"
    )


def _notes_html(totals: dict, rows: list[dict]) -> str:
    """The counts beside the amounts: measures without a figure, left out of the net, dropped."""
    notes = []
    if totals.get("cost_missing"):
        notes.append(tr("Cost not known for {count} measure(s).").format(count=totals["cost_missing"]))
    if totals.get("revenue_missing"):
        notes.append(tr("Revenue not known for {count} measure(s).").format(count=totals["revenue_missing"]))
    if totals.get("net_left_out"):
        notes.append(
            tr("Net over the measures with both figures; {count} measure(s) left out.").format(
                count=totals["net_left_out"]
            )
        )
    dropped = sum(1 for row in rows if row.get("status") == "dropped")
    if dropped:
        notes.append(tr("{count} dropped measure(s) not counted.").format(count=dropped))
    if not notes:
        return ""
    return "<div style='color:#7a5300'>" + "<br>".join(escape(n) for n in notes) + "</div>"
