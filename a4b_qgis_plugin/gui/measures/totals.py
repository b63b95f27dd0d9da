"""The totals block under the Measures panel's table (count, area, money per year)."""

from __future__ import annotations

from html import escape

from qgis.PyQt.QtCore import QLocale

from ...core.common.i18n import tr
from ...core.common.numbers import ui_locale
from .table_model import format_money


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
    return html + _notes_html(totals, rows)


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
