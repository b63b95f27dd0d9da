"""Native spreadsheet charts (openpyxl) per pilot: hectares and net money per theme, by status.

Each pilot gets a block on the charts sheet: two small tables (themes down,
statuses across) and a stacked bar chart over each, so the charts stay
editable in Excel or LibreOffice and their numbers are there to read. An
unknown net stays an empty cell (the rule of :mod:`..measures.totals`),
with the number of measures left out beside it.
"""

from __future__ import annotations

from ..common.i18n import tr
from ..measures import vocabulary
from .cells import xlsx_text
from .chart import chart_data


def _safe(text: str) -> str:
    """User text (a pilot's name) that a spreadsheet will not run as a formula."""
    return xlsx_text(text)[0]


ROWS_PER_CHART = 16  # a chart's height in rows, with room for its title and legend


def _table(sheet, row: int, title: str, themes, statuses, data, key: str) -> tuple[int, int]:
    """Write one table at *row*; return (first data row, last data row)."""
    sheet.cell(row=row, column=1, value=title)
    sheet.cell(row=row + 1, column=1, value=tr("Theme"))
    for column, status in enumerate(statuses, start=2):
        sheet.cell(
            row=row + 1, column=column, value=vocabulary.status_label(status) if status else tr("(none)")
        )
    if key == "net_eur_yr":
        sheet.cell(row=row + 1, column=len(statuses) + 2, value=tr("Left out of net (measures)"))
    for offset, theme in enumerate(themes, start=2):
        sheet.cell(row=row + offset, column=1, value=vocabulary.theme_label(theme) or tr("(none)"))
        left_out = 0
        for column, status in enumerate(statuses, start=2):
            totals = data[theme].get(status)
            value = totals[key] if totals else None
            if value is not None:
                sheet.cell(row=row + offset, column=column, value=value)
            if totals and key == "net_eur_yr":
                left_out += totals["net_left_out"]
        if key == "net_eur_yr":
            sheet.cell(row=row + offset, column=len(statuses) + 2, value=left_out)
    return row + 2, row + 1 + len(themes)


def _bar_chart(sheet, title: str, axis_title: str, header_row: int, first: int, last: int, columns: int):
    from openpyxl.chart import BarChart, Reference

    chart = BarChart()
    chart.type = "bar"  # horizontal bars: theme names read without turning the head
    chart.grouping = "stacked"
    chart.overlap = 100
    chart.title = title
    chart.x_axis.title = tr("Theme")
    chart.y_axis.title = axis_title
    data = Reference(sheet, min_col=2, max_col=columns + 1, min_row=header_row, max_row=last)
    categories = Reference(sheet, min_col=1, min_row=first, max_row=last)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(categories)
    chart.height = 7.5
    chart.width = 16
    return chart


def add_chart_sheet(workbook, records: list, sheet_name: str) -> int:
    """Add a sheet with a block of tables and two charts per pilot of *records*; return the chart count."""
    sheet = workbook.create_sheet(sheet_name)
    pilots = sorted({record.pilot for record in records}, key=lambda name: (name == "", name.lower()))
    row, charts = 1, 0
    for pilot in pilots:
        chosen = [record for record in records if record.pilot == pilot]
        themes, data = chart_data(chosen)
        if not themes:
            continue
        present = {status for per_status in data.values() for status in per_status}
        statuses = [s for s in vocabulary.STATUSES if s in present] + sorted(
            present - set(vocabulary.STATUSES)
        )
        name = pilot or tr("(no pilot)")
        sheet.cell(row=row, column=1, value=_safe(name))
        top = row + 1
        first, last = _table(sheet, top, tr("Area (ha) by theme and status"), themes, statuses, data, "ha")
        chart = _bar_chart(
            sheet, _safe(f"{name}: {tr('Area (ha)')}"), "ha", top + 1, first, last, len(statuses)
        )
        sheet.add_chart(chart, f"H{top}")
        net_top = max(last + 2, top + ROWS_PER_CHART)
        first, last = _table(sheet, net_top, tr("Net per year (€)"), themes, statuses, data, "net_eur_yr")
        chart = _bar_chart(
            sheet, _safe(f"{name}: {tr('Net (EUR/yr)')}"), "EUR", net_top + 1, first, last, len(statuses)
        )
        sheet.add_chart(chart, f"H{net_top}")
        charts += 2
        row = max(last + 2, net_top + ROWS_PER_CHART) + 1
    sheet.column_dimensions["A"].width = 34
    return charts
