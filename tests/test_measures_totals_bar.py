"""The Measures panel's totals: a bar per theme next to its area and net, in the map's colours."""

from __future__ import annotations

import re

from qgis.PyQt.QtCore import QLocale
from qgis.PyQt.QtGui import QTextDocument

from a4b_qgis_plugin.core.measures.totals import measure_totals
from a4b_qgis_plugin.gui.measures.totals import BAR_PX, theme_colours, theme_totals, totals_html

ROWS = [
    {"theme": "water", "status": "proposed", "quantity": 12.5, "unit": "ha", "cost_eur_yr": 100.0,
     "revenue_eur_yr": 1500.0},
    {"theme": "nitrogen", "status": "proposed", "quantity": 6.25, "unit": "ha", "cost_eur_yr": None,
     "revenue_eur_yr": 400.0},
    {"theme": "landscape", "status": "agreed", "quantity": 350, "unit": "m", "cost_eur_yr": 20.0,
     "revenue_eur_yr": 80.0},
    {"theme": "water", "status": "dropped", "quantity": 99.0, "unit": "ha", "cost_eur_yr": 1.0,
     "revenue_eur_yr": 2.0},
]  # fmt: skip


def _html(rows=ROWS, locale="en_GB"):
    live = [r for r in rows if r["status"] != "dropped"]
    return totals_html(measure_totals(live), rows, QLocale(locale))


def test_one_line_per_theme_with_area_and_net(qgis_app):
    per_theme = dict(theme_totals(ROWS))
    assert list(per_theme) == ["water", "nitrogen", "landscape"]  # the vocabulary's order
    assert per_theme["water"]["ha"] == 12.5  # the dropped measure is not counted
    assert per_theme["nitrogen"]["net_eur_yr"] is None  # an unknown cost stays unknown
    html = _html()
    for text in ("Water and drying out", "12.50&nbsp;ha", "€&nbsp;1,400", "350&nbsp;m", "€&nbsp;60"):
        assert text in html, text
    assert "Nitrogen" in html and "not&nbsp;known" in html


def test_bars_in_proportion_and_in_the_maps_colours(qgis_app):
    colours = theme_colours()
    assert colours["water"] == "#0072b2" and colours["nitrogen"] == "#e69f00"  # measures.qml
    bars = dict(
        (colour, int(width))
        for width, colour in re.findall(r"<td width='(\d+)' bgcolor='(#[0-9a-f]{6})'>", _html())
    )
    assert bars == {colours["water"]: BAR_PX, colours["nitrogen"]: BAR_PX // 2}
    # metres have no bar: they do not share a scale with hectares
    assert colours["landscape"] not in bars


def test_dutch_numbers_and_no_rows(qgis_app):
    html = _html(locale="nl_NL")
    assert "12,50&nbsp;ha" in html and "€&nbsp;1.400" in html
    assert "Per theme" not in totals_html(measure_totals([]), [], QLocale("en_GB"))


def test_fits_a_narrow_panel(qgis_app):
    """In a 320 px wide panel the totals wrap their labels, never their numbers, and nothing is cut."""
    document = QTextDocument()
    document.setHtml(_html())
    document.setTextWidth(320)
    assert document.idealWidth() <= 320
