"""Table model over the register rows of one pilot, with locale-aware money."""

from __future__ import annotations

from qgis.PyQt.QtCore import QAbstractTableModel, QLocale, QModelIndex, QSortFilterProxyModel, Qt
from qgis.PyQt.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ...core.common.numbers import format_money as money_text
from ...core.common.numbers import ui_locale
from ...core.measures.totals import measure_net
from ...core.measures.vocabulary import status_label, unit_label
from ...core.validation.rules import HARD, SOFT
from .checks import severity_icon

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
# Raw value for sorting: numbers sort as numbers, not as formatted text.
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

CODE, NAME, STATUS, QUANTITY, COST, REVENUE, NET = range(7)
_NUMERIC = (QUANTITY, COST, REVENUE, NET)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
try:
    _RIGHT_ALIGNED = int(_RIGHT)
except TypeError:  # PyQt6: flags are enum.Flag, their number is .value
    _RIGHT_ALIGNED = _RIGHT.value


def net_value(row: dict):
    """Revenue minus cost per year; None unless both are known (``core/measures/totals.py``)."""
    return measure_net(row.get("cost_eur_yr"), row.get("revenue_eur_yr"))


def format_money(value, locale: QLocale | None = None) -> str:
    """``€ 122.509`` / ``€ 122,509`` in QGIS's interface language (or *locale*); "" for None."""
    return money_text(value, locale)


def format_quantity(value, unit: str, locale: QLocale | None = None) -> str:
    """``12,35 ha`` / ``250 m`` / ``3 piece`` in QGIS's interface language (or *locale*)."""
    if value is None:
        return ""
    locale = locale or ui_locale()
    decimals = 2 if unit == "ha" else 0
    return f"{locale.toString(float(value), 'f', decimals)} {unit_label(unit)}"


class MeasureTableModel(QAbstractTableModel):
    """Read-only rows of the register (dicts as ``list_measures`` returns them)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[dict] = []
        # uuid -> findings of the last "Check measures" (core/validation), for icons and tooltips.
        self._findings: dict[str, list] = {}
        self._headers = [
            self.tr("Code"),
            self.tr("Measure"),
            self.tr("Status"),
            self.tr("Quantity"),
            self.tr("Cost €/yr"),
            self.tr("Revenue €/yr"),
            self.tr("Net €/yr"),
        ]

    def set_rows(self, rows: list[dict]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_findings(self, findings: list) -> None:
        """Mark rows with their worst finding (``core.validation.run.Finding`` objects)."""
        self._findings = {}
        for finding in findings:
            self._findings.setdefault(finding.uuid, []).append(finding)
        if self._rows:
            self.dataChanged.emit(self.index(0, CODE), self.index(len(self._rows) - 1, CODE))

    def worst_severity(self, uuid: str) -> str | None:
        """``hard``, ``soft`` or None: the worst finding of the measure in the last check."""
        severities = {f.severity for f in self._findings.get(uuid, [])}
        return HARD if HARD in severities else (SOFT if severities else None)

    def rows(self) -> list[dict]:
        """The rows shown, in register order."""
        return list(self._rows)

    def row_dict(self, row: int) -> dict:
        """The register row at *row* (model order)."""
        return self._rows[row]

    def row_of_uuid(self, uuid: str) -> int:
        """Model row of the measure *uuid*; -1 when not shown."""
        for number, row in enumerate(self._rows):
            if row.get("uuid") == uuid:
                return number
        return -1

    # QAbstractTableModel ---------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == UUID_ROLE:
            return row.get("uuid")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return _RIGHT_ALIGNED
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.DecorationRole and column == CODE:
            worst = self.worst_severity(row.get("uuid"))
            return severity_icon(worst) if worst else None
        return None

    # Helpers ---------------------------------------------------------------
    def _display(self, row: dict, column: int) -> str:
        if column == CODE:
            return row.get("measure_code") or ""
        if column == NAME:
            return row.get("measure_name") or ""
        if column == STATUS:
            return status_label(row.get("status") or "")
        if column == QUANTITY:
            return format_quantity(row.get("quantity"), row.get("unit") or "")
        if column == COST:
            return format_money(row.get("cost_eur_yr"))
        if column == REVENUE:
            return format_money(row.get("revenue_eur_yr"))
        if column == NET:
            return format_money(net_value(row))
        return ""

    def _sort_value(self, row: dict, column: int):
        if column == QUANTITY:
            return float(row.get("quantity") or 0.0)
        if column == COST:
            return float(row.get("cost_eur_yr") or 0.0)
        if column == REVENUE:
            return float(row.get("revenue_eur_yr") or 0.0)
        if column == NET:
            net = net_value(row)
            return float("-inf") if net is None else net
        return self._display(row, column).casefold()

    def _tooltip(self, row: dict) -> str:
        lines = [f"{row.get('measure_code') or ''} {row.get('measure_name') or ''}"]
        if row.get("parcel_ref"):
            lines.append(self.tr("Parcel: {ref}").format(ref=row["parcel_ref"]))
        if row.get("notes"):
            lines.append(self.tr("Notes: {notes}").format(notes=row["notes"]))
        if row.get("cost_eur_yr") is None:
            lines.append(self.tr("Cost not known: no net for this measure."))
        if row.get("revenue_eur_yr") is None:
            lines.append(self.tr("Revenue not known: no net for this measure."))
        if row.get("stakeholder"):
            lines.append(self.tr("Stakeholder: {name}").format(name=row["stakeholder"]))
        lines += [f"{f.code}: {f.message}" for f in self._findings.get(row.get("uuid"), [])]
        return "\n".join(lines)


def configure_table(view: QTableView, model: MeasureTableModel) -> QSortFilterProxyModel:
    """Show *model* in *view*: sortable by value, whole rows, compact, long texts elided."""
    proxy = QSortFilterProxyModel(view)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view.setModel(proxy)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().lineSpacing() + 8)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # Codes and names are long; a narrow dock shows their start, the tooltip the rest.
    for column, width in ((CODE, 80), (NAME, 130)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    return proxy
