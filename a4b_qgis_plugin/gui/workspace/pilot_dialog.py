"""Dialog to add, edit and remove pilots; saves the user's catalogue on Save."""

from __future__ import annotations

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem

from ...core.pilots import catalogue as pc
from ..common.form_loader import load_ui

FORM = load_ui(__file__, "pilot_dialog")


class PilotDialog(QDialog, FORM):
    """Edits a copy of the pilot list; :meth:`save` writes it as the user's catalogue."""

    def __init__(self, pilots: list[pc.Pilot], parent=None, user_path: str | None = None):
        super().__init__(parent)
        self.setupUi(self)
        self.pilots = list(pilots)
        self.user_path = user_path
        self.current: str | None = None  # name of the pilot in the form
        self.provinceCombo.addItems(pc.PROVINCES)
        self.areaTable.setHorizontalHeaderLabels([self.tr("Name (naam_n2k)"), self.tr("RVO number")])
        self.areaTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.areaTable.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.areaTable.verticalHeader().setVisible(False)
        self.pilotList.currentTextChanged.connect(self._show)
        self.newButton.clicked.connect(self.new_pilot)
        self.removeButton.clicked.connect(self.remove_current)
        self.addAreaButton.clicked.connect(lambda: self._add_area_row("", None))
        self.removeAreaButton.clicked.connect(self._remove_area_row)
        self.applyButton.clicked.connect(self.apply_form)
        self.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save_and_close)
        self.buttonBox.rejected.connect(self.reject)
        self._fill_list()

    # list ------------------------------------------------------------------
    def _fill_list(self, select: str | None = None) -> None:
        self.pilotList.blockSignals(True)
        self.pilotList.clear()
        self.pilotList.addItems([p.name for p in self.pilots])
        self.pilotList.blockSignals(False)
        names = [p.name for p in self.pilots]
        row = names.index(select) if select in names else (0 if names else -1)
        self.pilotList.setCurrentRow(row)
        if row < 0:
            self._show("")

    def _show(self, name: str) -> None:
        index = pc.find_index(self.pilots, name) if name else None
        pilot = self.pilots[index] if index is not None else pc.Pilot("", "Zuid-Holland")
        self.current = pilot.name if index is not None else None
        self.nameEdit.setText(pilot.name)
        self.provinceCombo.setCurrentText(pilot.province)
        self.areaTable.setRowCount(0)
        for area in pilot.natura2000:
            self._add_area_row(area.get("name", ""), area.get("nr"))
        self.notesEdit.setPlainText(pilot.notes)
        self.sourceEdit.setText(pilot.source)
        self.messageLabel.clear()

    def _add_area_row(self, name: str, nr) -> None:
        row = self.areaTable.rowCount()
        self.areaTable.insertRow(row)
        self.areaTable.setItem(row, 0, QTableWidgetItem(name))
        item = QTableWidgetItem("" if nr is None else str(nr))
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.areaTable.setItem(row, 1, item)

    def _remove_area_row(self) -> None:
        row = self.areaTable.currentRow()
        if row >= 0:
            self.areaTable.removeRow(row)

    # form ------------------------------------------------------------------
    def form_pilot(self) -> pc.Pilot:
        """The pilot as the form shows it; raises CatalogueError for an unreadable number."""
        areas, problems = [], []
        for row in range(self.areaTable.rowCount()):
            name = (self.areaTable.item(row, 0).text() if self.areaTable.item(row, 0) else "").strip()
            text = (self.areaTable.item(row, 1).text() if self.areaTable.item(row, 1) else "").strip()
            if not name and not text:
                continue
            nr = None
            if text:
                try:
                    nr = int(text)
                except ValueError:
                    problems.append(
                        self.tr("Row {0}: '{1}' is not a whole number; leave it empty when unknown.").format(
                            row + 1, text
                        )
                    )
            areas.append({"name": name, "nr": nr})
        if problems:
            raise pc.CatalogueError(problems)
        return pc.Pilot(
            self.nameEdit.text(),
            self.provinceCombo.currentText(),
            areas,
            self.notesEdit.toPlainText().strip(),
            self.sourceEdit.text().strip(),
        )

    def apply_form(self) -> bool:
        """Put the form into the list (new or changed pilot); show problems and return False."""
        try:
            pilot = self.form_pilot()
            if self.current is None:
                self.pilots = pc.add_pilot(self.pilots, pilot)
            else:
                self.pilots = pc.update_pilot(self.pilots, self.current, pilot)
        except pc.CatalogueError as err:
            self.messageLabel.setText("\n".join(err.problems))
            return False
        self._fill_list(pilot.name)
        self.messageLabel.setText(self.tr("Changes kept; press Save to store them."))
        return True

    def new_pilot(self) -> None:
        """Clear the form for a new pilot."""
        self.pilotList.clearSelection()
        self._show("")
        self.nameEdit.setFocus()

    def remove_current(self) -> None:
        """Drop the selected pilot from the list."""
        if self.current is None:
            return
        self.pilots = pc.remove_pilot(self.pilots, self.current)
        self._fill_list()

    def _form_changed(self) -> bool:
        if self.current is None:
            return bool(self.nameEdit.text().strip())
        try:
            return self.form_pilot() != self.pilots[pc.find_index(self.pilots, self.current)]
        except pc.CatalogueError:
            return True

    def save(self) -> bool:
        """Store the list as the user's catalogue; show problems and return False."""
        if self._form_changed() and not self.apply_form():
            return False
        try:
            pc.save_user_pilots(self.pilots, self.user_path)
        except pc.CatalogueError as err:
            self.messageLabel.setText("\n".join(err.problems))
            return False
        return True

    def save_and_close(self) -> None:
        """Save, and close when that worked."""
        if self.save():
            self.accept()
