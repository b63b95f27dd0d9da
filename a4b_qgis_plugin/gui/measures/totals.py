"""The totals block under the Measures panel's table (count, area, money per year)."""

from __future__ import annotations

from html import escape

from qgis.PyQt.QtCore import QLocale

from ...core.common.i18n import tr
from .table_model import format_money


def totals_html(totals: dict, rows: list[dict], locale: QLocale | None = None) -> str:
    """A compact two-column table of *totals* (``MeasureRegister.totals``) as rich text.

    *rows* are the listed measures; those without a known cost or revenue
    are counted and named, so nobody takes a missing figure for a known zero.
    """
    locale = locale or QLocale()
    count = int(totals.get("count") or 0)
    counted = [row for row in rows if row.get("status") != "dropped"]
    no_cost = sum(1 for row in counted if row.get("cost_eur_yr") is None)
    no_revenue = sum(1 for row in counted if row.get("revenue_eur_yr") is None)
    amounts = [(tr("Area"), locale.toString(float(totals.get("ha") or 0.0), "f", 2) + " ha")]
    if totals.get("m"):
        amounts.append((tr("Length"), locale.toString(float(totals["m"]), "f", 0) + " m"))
    if totals.get("pieces"):
        amounts.append((tr("Pieces"), locale.toString(float(totals["pieces"]), "f", 0)))
    unknown = tr("not known")

    def amount(key: str, missing: int) -> str:
        # A sum over measures that all lack the figure is unknown, not € 0.
        if counted and missing == len(counted):
            return unknown
        return format_money(totals.get(key) or 0.0, locale)

    money = [
        (tr("Cost per year"), amount("cost_eur_yr", no_cost)),
        (tr("Revenue per year"), amount("revenue_eur_yr", no_revenue)),
    ]
    net = totals.get("net_eur_yr") or 0.0
    net_label = tr("Net per year")
    colour = "#b00020" if net < 0 else "#1b5e20"
    money.append(
        (f"<b>{escape(net_label)}</b>", f"<b style='color:{colour}'>{escape(format_money(net, locale))}</b>")
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
    notes = []
    if no_cost:
        notes.append(tr("Cost unknown for {count} measure(s): not in the net.").format(count=no_cost))
    if no_revenue:
        notes.append(tr("Revenue unknown for {count} measure(s): not in the net.").format(count=no_revenue))
    dropped = len(rows) - len(counted)
    if dropped:
        notes.append(tr("{count} dropped measure(s) not counted.").format(count=dropped))
    if notes:
        html += "<div style='color:#7a5300'>" + "<br>".join(escape(n) for n in notes) + "</div>"
    return html
