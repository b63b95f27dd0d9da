"""The measures spreadsheet (pandas + openpyxl): every measure and the totals.

Sheet names and headers follow the interface language; numbers are stored
as numbers (units in the headers) so the business case can compute on them.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsVectorLayer

from ..common.i18n import tr
from ..common.values import is_null
from ..measures import vocabulary
from ..measures.totals import measure_net
from ..register import schema as register_schema
from .cells import xlsx_text
from .summary import INTEGER_KEYS, VALUE_KEYS, read_records, summarise

MONEY_FORMAT = "#,##0.00"
FORMATS = {
    **{key: "0" for key in INTEGER_KEYS},
    "ha": "#,##0.00##",
    "m": "#,##0.00",
    "pieces": "#,##0.##",
    "quantity": "#,##0.00##",
    "cost_eur_yr": MONEY_FORMAT,
    "revenue_eur_yr": MONEY_FORMAT,
    "net_eur_yr": MONEY_FORMAT,
}


def column_label(key: str) -> str:
    """Header of a register field or summary column, with its unit."""
    labels = {
        "uuid": tr("ID"),
        "pilot": tr("Pilot"),
        "parcel_ref": tr("Parcel"),
        "measure_code": tr("Measure code"),
        "measure_name": tr("Measure"),
        "theme": tr("Theme"),
        "scheme": tr("Scheme"),
        "status": tr("Status"),
        "quantity": tr("Quantity"),
        "unit": tr("Unit"),
        "cost_eur_yr": tr("Cost (EUR/yr)"),
        "revenue_eur_yr": tr("Revenue (EUR/yr)"),
        "net_eur_yr": tr("Net (EUR/yr)"),
        "cost_missing": tr("Cost not known (measures)"),
        "revenue_missing": tr("Revenue not known (measures)"),
        "net_left_out": tr("Left out of net (measures)"),
        "stakeholder": tr("Stakeholder"),
        "notes": tr("Notes"),
        "created_at": tr("Created"),
        "created_by": tr("Created by"),
        "updated_at": tr("Updated"),
        "updated_by": tr("Updated by"),
        "count": tr("Count"),
        "ha": tr("Area (ha)"),
        "m": tr("Length (m)"),
        "pieces": tr("Pieces"),
    }
    return labels.get(key, key)


def sheet_names() -> dict[str, str]:
    """Sheet names in the interface language (at most 31 characters each)."""
    names = {
        "measures": tr("Measures"),
        "theme": tr("Per pilot and theme"),
        "status": tr("Per pilot and status"),
        "charts": tr("Charts"),
        "about": tr("About this export"),
        "checks": tr("Checks"),
    }
    return {key: name[:31] for key, name in names.items()}


class Cells:
    """Turns values into cells, and remembers the texts cut to fit a cell."""

    def __init__(self) -> None:
        self.cut: list[str] = []  # "column, row" of each text cut to the cell limit

    def value(self, value, where: str = ""):
        """A cell value: Qt types to Python, NULL to empty, text safe (:func:`cells.xlsx_text`)."""
        if is_null(value):
            return None
        if hasattr(value, "toPyDateTime"):
            stamp = value.toPyDateTime()
            return stamp.replace(tzinfo=None) if stamp.tzinfo else stamp  # Excel has no time zones
        if hasattr(value, "toPyDate"):
            return value.toPyDate()
        if isinstance(value, str):
            text, cut = xlsx_text(value)
            if cut:
                self.cut.append(where)
            return text
        return value


def measures_frame(layer: QgsVectorLayer, cells: Cells | None = None):
    """Every measure of *layer* as a DataFrame (labels for theme, status, unit; net added)."""
    import pandas as pd

    cells = cells or Cells()
    known = {name for name, _kind in register_schema.MEASURE_FIELDS}
    names = [field.name() for field in layer.fields()]
    # Register fields under their schema name, whatever their case in a copied layer.
    keys = [name.lower() if name.lower() in known else name for name in names]
    rows = []
    for number, feature in enumerate(layer.getFeatures(), start=2):
        row = {key: cells.value(value, f"{key} {number}") for key, value in zip(keys, feature.attributes())}
        for key, label in (
            ("theme", vocabulary.theme_label),
            ("scheme", vocabulary.scheme_label),
            ("status", vocabulary.status_label),
            ("unit", vocabulary.unit_label),
        ):
            if row.get(key):
                row[key] = cells.value(label(row[key]))
        row["net_eur_yr"] = measure_net(row.get("cost_eur_yr"), row.get("revenue_eur_yr"))
        rows.append(row)
    columns = list(keys)
    columns.insert(columns.index("revenue_eur_yr") + 1, "net_eur_yr")
    frame = pd.DataFrame(rows, columns=columns)
    for key in ("quantity", "cost_eur_yr", "revenue_eur_yr", "net_eur_yr"):
        frame[key] = pd.to_numeric(frame[key], errors="coerce").astype("float64")
    return frame


def summary_frame(rows: list[dict], by: str):
    """A summary table (see :func:`summary.summarise`) with readable labels."""
    import pandas as pd

    cells = Cells()
    label = vocabulary.theme_label if by == "theme" else vocabulary.status_label
    records = []
    for row in rows:
        if row["pilot"] is None:
            pilot, group = tr("All pilots"), tr("Total")
        else:
            pilot = row["pilot"] or tr("(no pilot)")
            group = tr("Total") if row[by] is None else (label(row[by]) if row[by] else tr("(none)"))
        records.append([cells.value(pilot), cells.value(group)] + [row[key] for key in VALUE_KEYS])
    frame = pd.DataFrame(records, columns=["pilot", by] + VALUE_KEYS)
    for key in VALUE_KEYS:
        if key in INTEGER_KEYS:
            frame[key] = frame[key].astype("int64")
        else:
            frame[key] = pd.to_numeric(frame[key], errors="coerce").astype("float64")
    return frame


def _format_sheet(sheet, keys: list[str], bold_rows: list[int]) -> None:
    """Number formats, bold header and total rows, readable column widths."""
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    for column, key in enumerate(keys, start=1):
        letter = get_column_letter(column)
        width = len(str(sheet.cell(row=1, column=column).value or ""))
        for (cell,) in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
            if key in FORMATS and isinstance(cell.value, (int, float)):
                cell.number_format = FORMATS[key]
                text = f"{cell.value:,.2f}"
            elif hasattr(cell.value, "isoformat"):
                cell.number_format = "yyyy-mm-dd hh:mm"
                text = "yyyy-mm-dd hh:mm"
            else:
                text = "" if cell.value is None else str(cell.value)
            width = max(width, len(text))
        sheet.column_dimensions[letter].width = min(max(width + 2, 8), 60)
    for cell in sheet[1]:
        cell.font = bold
    for row in bold_rows:
        for cell in sheet[row]:
            cell.font = bold
    sheet.freeze_panes = "A2"


CHECK_COLUMNS = ["uuid", "pilot", "measure_code", "code", "severity", "rule", "message"]


def checks_frame(checks: list[dict], cells: Cells):
    """The findings of the delivery checks, one row each (columns :data:`CHECK_COLUMNS`)."""
    import pandas as pd

    rows = [[cells.value(row.get(key)) for key in CHECK_COLUMNS] for row in checks]
    frame = pd.DataFrame(rows, columns=CHECK_COLUMNS)
    labels = {
        "uuid": tr("ID"),
        "pilot": tr("Pilot"),
        "measure_code": tr("Measure code"),
        "code": tr("Rule code"),
        "severity": tr("Severity"),
        "rule": tr("Rule"),
        "message": tr("Finding"),
    }
    return frame.rename(columns=labels)


def write_xlsx(
    layer: QgsVectorLayer,
    path: Path,
    about: list[tuple[str, str]] | None = None,
    checks: list[dict] | None = None,
) -> list[str]:
    """Write the measures of *layer* and their totals to the workbook *path*.

    With *checks* (findings of the delivery checks as dicts), a sheet "Checks"
    lists them, one row each; an empty list gives the sheet with its header.

    Returns where a text was cut to the 32,767 characters a cell holds
    (``"notes 5"``: column and spreadsheet row), so the caller can warn.
    """
    import pandas as pd

    names = sheet_names()
    cells = Cells()
    records = read_records(layer)
    measures = measures_frame(layer, cells)
    summaries = {by: summarise(records, by) for by in ("theme", "status")}
    with pd.ExcelWriter(str(path), engine="openpyxl") as writer:
        keys = list(measures.columns)
        measures.rename(columns=column_label).to_excel(writer, sheet_name=names["measures"], index=False)
        sheet = writer.sheets[names["measures"]]
        _format_sheet(sheet, keys, [])
        sheet.auto_filter.ref = sheet.dimensions
        for by, rows in summaries.items():
            frame = summary_frame(rows, by)
            keys = list(frame.columns)
            frame.rename(columns=column_label).to_excel(writer, sheet_name=names[by], index=False)
            totals_at = [number + 2 for number, row in enumerate(rows) if row[by] is None]
            _format_sheet(writer.sheets[names[by]], keys, totals_at)
        from .xlsx_chart import add_chart_sheet

        add_chart_sheet(writer.book, records, names["charts"])
        if about:
            safe = [(cells.value(item), cells.value(value)) for item, value in about]
            info = pd.DataFrame(safe, columns=[tr("Item"), tr("Value")])
            info.to_excel(writer, sheet_name=names["about"], index=False)
            _format_sheet(writer.sheets[names["about"]], ["item", "value"], [])
        if checks is not None:
            checks_frame(checks, cells).to_excel(writer, sheet_name=names["checks"], index=False)
            sheet = writer.sheets[names["checks"]]
            _format_sheet(sheet, CHECK_COLUMNS, [])
            sheet.auto_filter.ref = sheet.dimensions
    return cells.cut
