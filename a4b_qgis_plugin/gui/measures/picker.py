"""Choose a measure from the catalogue: a search field over a tree grouped by theme."""

from __future__ import annotations

from html import escape

from qgis.PyQt.QtCore import QLocale, QModelIndex, QSortFilterProxyModel, Qt, pyqtSignal
from qgis.PyQt.QtGui import QStandardItem, QStandardItemModel
from qgis.PyQt.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QTreeView, QVBoxLayout, QWidget

from ...core.measures.vocabulary import THEMES, theme_label, unit_label

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2


class _ThemeAwareFilter(QSortFilterProxyModel):
    """Keeps a measure when its code or name matches, or when its theme does.

    Typing "water" then lists every water measure, while "N12" finds one
    measure under its theme; themes without a match disappear.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._needle = ""

    def set_needle(self, text: str) -> None:
        """Show only rows containing *text* (any case)."""
        self._needle = text.strip().casefold()
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._matches(index, self._needle):
            return True
        if source_parent.isValid():
            return self._matches(source_parent, self._needle)
        return any(
            self._matches(model.index(r, 0, index), self._needle) for r in range(model.rowCount(index))
        )

    @staticmethod
    def _matches(index: QModelIndex, needle: str) -> bool:
        return needle in str(index.data(SEARCH_ROLE) or "").casefold()


class MeasurePicker(QWidget):
    """Search field, theme tree and a line of facts about the chosen measure.

    ``measureChanged`` carries the chosen catalogue code ("" when none).
    """

    measureChanged = pyqtSignal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._measures: dict[str, object] = {}
        self.filterEdit = QLineEdit(self)
        self.filterEdit.setObjectName("measureFilterEdit")
        self.filterEdit.setPlaceholderText(self.tr("Search by code or name…"))
        self.filterEdit.setClearButtonEnabled(True)
        self.tree = QTreeView(self)
        self.tree.setObjectName("measureTree")
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setMinimumHeight(self.tree.fontMetrics().height() * 4)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detailLabel = QLabel(self)
        self.detailLabel.setObjectName("measureDetailLabel")
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detailLabel.setMinimumHeight(self.detailLabel.fontMetrics().lineSpacing() * 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filterEdit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detailLabel)

        self.model = QStandardItemModel(self)
        self.proxy = _ThemeAwareFilter(self)
        self.proxy.setSourceModel(self.model)
        self.tree.setModel(self.proxy)
        self.filterEdit.textChanged.connect(self._filter_changed)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self._show_details(None)

    def cleanup(self) -> None:
        """Disconnect the picker's own signals (its panel calls this on unload)."""
        for signal, slot in (
            (self.filterEdit.textChanged, self._filter_changed),
            (self.tree.selectionModel().currentChanged, self._current_changed),
        ):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass

    # Content ---------------------------------------------------------------
    def set_measures(self, measures: list) -> None:
        """Fill the tree with catalogue measures (``measure_catalogue.Measure``)."""
        previous = self.current_code()
        self.model.clear()
        self._measures = {m.code: m for m in measures}
        themes = [t for t in THEMES if any(m.theme == t for m in measures)]
        themes += sorted({m.theme for m in measures} - set(themes))
        for theme in themes:
            group = QStandardItem(theme_label(theme))
            group.setData(theme_label(theme) + " " + theme, SEARCH_ROLE)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font()
            font.setBold(True)
            group.setFont(font)
            for measure in sorted((m for m in measures if m.theme == theme), key=lambda m: m.code):
                item = QStandardItem(f"{measure.code}  {measure.display_name()}")
                item.setData(measure.code, CODE_ROLE)
                item.setData(f"{measure.code} {measure.name_nl} {measure.name_en}", SEARCH_ROLE)
                item.setToolTip(self._describe(measure))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                group.appendRow(item)
            self.model.appendRow(group)
        self.tree.expandAll()
        if not (previous and self.select_code(previous)):
            # Clearing the model does not report a change of the current item.
            self._show_details(None)
            self.measureChanged.emit("")

    def measure(self, code: str):
        """The catalogue measure with *code*, or None."""
        return self._measures.get(code)

    def current_code(self) -> str:
        """Code of the chosen measure, "" when none is chosen."""
        index = self.tree.currentIndex()
        return str(index.data(CODE_ROLE) or "") if index.isValid() else ""

    def current_measure(self):
        """The chosen ``Measure``, or None."""
        return self._measures.get(self.current_code())

    def select_code(self, code: str) -> bool:
        """Choose the measure with *code*; False when the catalogue lacks it."""
        for row in range(self.model.rowCount()):
            group = self.model.item(row)
            for child_row in range(group.rowCount()):
                item = group.child(child_row)
                if item.data(CODE_ROLE) == code:
                    index = self.proxy.mapFromSource(item.index())
                    if not index.isValid():
                        self.filterEdit.clear()
                        index = self.proxy.mapFromSource(item.index())
                    self.tree.setCurrentIndex(index)
                    self.tree.scrollTo(index)
                    return True
        return False

    # Slots -----------------------------------------------------------------
    def _filter_changed(self, text: str) -> None:
        self.proxy.set_needle(text)
        self.tree.expandAll()
        leaves = [
            self.proxy.index(c, 0, self.proxy.index(r, 0))
            for r in range(self.proxy.rowCount())
            for c in range(self.proxy.rowCount(self.proxy.index(r, 0)))
        ]
        # One hit left: choose it, so "search, then tag" needs no extra click.
        if len(leaves) == 1 and text.strip():
            self.tree.setCurrentIndex(leaves[0])

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        code = str(current.data(CODE_ROLE) or "") if current.isValid() else ""
        self._show_details(self._measures.get(code))
        self.measureChanged.emit(code)

    # Text ------------------------------------------------------------------
    def _show_details(self, measure) -> None:
        if measure is None:
            self.detailLabel.setText(self.tr("Choose a measure in the list."))
            self.detailLabel.setToolTip("")
            return
        self.detailLabel.setText(self._describe(measure, with_source=False))
        self.detailLabel.setToolTip(self._describe(measure))

    def _describe(self, measure, with_source: bool = True) -> str:
        unit = unit_label(measure.unit)
        categories = ", ".join(measure.brp_categories) or self.tr("any")
        cost = self._money(measure.cost_eur, unit)
        revenue = self._money(measure.revenue_eur, unit)
        lines = [
            f"<b>{escape(measure.code)}</b> {escape(measure.display_name())}",
            escape(self.tr("Unit: {unit} · fits BRP: {categories}").format(unit=unit, categories=categories)),
            escape(self.tr("Cost: {cost} · revenue: {revenue}").format(cost=cost, revenue=revenue)),
        ]
        if measure.source and with_source:
            lines.append(escape(self.tr("Source: {source}").format(source=measure.source)))
        return "<br>".join(lines)

    def _money(self, value, unit: str) -> str:
        if value is None:
            return self.tr("not known")
        amount = QLocale().toString(float(value), "f", 2)
        return self.tr("€ {amount} per {unit} per year").format(amount=amount, unit=unit)
