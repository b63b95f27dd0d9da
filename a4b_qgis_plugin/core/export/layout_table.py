"""The totals table of the measures layout: its data layer and its columns.

A pilot's page lists its themes and the pilot's total; the overview page
lists each pilot's total and the total of all pilots on the pages. Money is
printed as the panel shows it (core/common/numbers.py: € 122.509 in Dutch);
an unknown amount stays unknown (–).
"""

from __future__ import annotations

from qgis.core import (
    QgsConditionalStyle,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsLayoutTableColumn,
    QgsMemoryProviderUtils,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..common.i18n import tr
from ..common.numbers import format_money
from ..common.qt_compat import FIELD_DOUBLE, FIELD_INT, FIELD_STRING, WKB_NO_GEOMETRY
from ..measures import vocabulary
from .pages import OVERVIEW_KEY
from .summary import INTEGER_KEYS, VALUE_KEYS, summarise, totals
from .xlsx import column_label

TABLE_KEYS = VALUE_KEYS
MONEY_KEYS = ("cost_eur_yr", "revenue_eur_yr", "net_eur_yr")
UNKNOWN_MONEY = "–"


def _fields() -> QgsFields:
    fields = QgsFields()
    fields.append(QgsField("pilot_key", FIELD_STRING))
    fields.append(QgsField("theme", FIELD_STRING))
    fields.append(QgsField("is_total", FIELD_INT))
    for key in TABLE_KEYS:
        fields.append(QgsField(key, FIELD_INT if key in INTEGER_KEYS else FIELD_DOUBLE))
    for key in MONEY_KEYS:
        fields.append(QgsField(f"{key}_text", FIELD_STRING))
    return fields


def _feature(fields, key: str, label: str, total: bool, values: dict) -> QgsFeature:
    feature = QgsFeature(fields)
    money = [format_money(values[k]) or UNKNOWN_MONEY for k in MONEY_KEYS]
    feature.setAttributes([key, label, int(total)] + [values[k] for k in TABLE_KEYS] + money)
    return feature


def summary_layer(records: list, page_keys: list[str]) -> QgsVectorLayer:
    """Rows per page (``pilot_key``) for the layout table, without geometry.

    *records* are :class:`summary.MeasureRecord`; *page_keys* the pilots that
    have a page ("" for the measures without a pilot), in page order.
    """
    fields = _fields()
    layer = QgsMemoryProviderUtils.createMemoryLayer(
        "totals", fields, WKB_NO_GEOMETRY, QgsCoordinateReferenceSystem()
    )
    on_pages = [record for record in records if record.pilot in page_keys]
    features = []
    for row in summarise(on_pages, "theme", with_totals=True):
        if row["pilot"] is None:
            continue  # the grand total: on the overview below
        total = row["theme"] is None
        theme = tr("Total") if total else vocabulary.theme_label(row["theme"] or tr("(none)"))
        features.append(_feature(fields, row["pilot"] or "", theme, total, row))
    for key in page_keys:
        members = [record for record in on_pages if record.pilot == key]
        features.append(_feature(fields, OVERVIEW_KEY, key or tr("(no pilot)"), False, totals(members)))
    features.append(_feature(fields, OVERVIEW_KEY, tr("All pilots"), True, totals(on_pages)))
    layer.dataProvider().addFeatures(features)
    bold = QgsConditionalStyle('"is_total" = 1')
    font = QFont()
    font.setBold(True)
    bold.setFont(font)
    bold.setBackgroundColor(QColor("#e6e6e6"))
    layer.conditionalStyles().setRowStyles([bold])
    return layer


def table_columns(scale: float = 1.0) -> list:
    """Columns of the totals table; widths (mm) and cell margins fit the narrowest frame (190 mm).

    *scale* widens them for the larger text of an A3 page.
    """

    def column(key: str, expression: str, width: float, heading: str = "") -> QgsLayoutTableColumn:
        col = QgsLayoutTableColumn(heading or column_label(key))
        col.setAttribute(expression)
        col.setWidth(width * scale)
        if key != "theme":
            col.setHAlignment(Qt.AlignmentFlag.AlignRight)
        return col

    # The overview page lists pilots in the first column, a pilot's page its themes.
    columns = [column("theme", '"theme"', 31, tr("Theme / pilot")), column("count", '"count"', 11)]
    for key, decimals, width in (("ha", 2, 16), ("m", 0, 11), ("pieces", 0, 10)):
        # Zero quantities stay blank so the units a pilot uses stand out.
        blank_zero = (
            f'CASE WHEN coalesce("{key}", 0) = 0 THEN \'\' ELSE format_number("{key}", {decimals}) END'
        )
        columns.append(column(key, blank_zero, width))
    # Each amount has beside it the number of measures without that figure (blank: none).
    for key, missing, heading in (
        ("cost_eur_yr", "cost_missing", tr("No cost")),
        ("revenue_eur_yr", "revenue_missing", tr("No revenue")),
        ("net_eur_yr", "net_left_out", tr("Not in net")),
    ):
        columns.append(column(key, f'"{key}_text"', 20))
        blank_zero = f'CASE WHEN "{missing}" = 0 THEN \'\' ELSE to_string("{missing}") END'
        columns.append(column(missing, blank_zero, 13, heading))
    return columns
