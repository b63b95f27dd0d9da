"""Small dialog to edit one measure's status, quantity, money, stakeholder and notes."""

from __future__ import annotations

from qgis.PyQt.QtCore import QLocale
from qgis.PyQt.QtWidgets import QDialog

from ...core.measures.vocabulary import allowed_statuses, status_label, unit_label
from ..common.form_loader import load_ui

FORM = load_ui(__file__, "edit_dialog")

EDITABLE_FIELDS = ["status", "quantity", "cost_eur_yr", "revenue_eur_yr", "stakeholder", "notes"]


def parse_number(text: str, locale: QLocale | None = None):
    """*text* as a float in the user's locale (a point also works); None when empty.

    Raises ValueError when *text* is not a number.
    """
    text = text.strip().replace("€", "").strip()
    if not text:
        return None
    for candidate in (locale or QLocale(), QLocale.c()):
        value, ok = candidate.toDouble(text)
        if ok:
            return value
    raise ValueError(text)


def format_number(value, decimals: int, locale: QLocale | None = None) -> str:
    """*value* for an edit field in the user's locale ("" for None), no thousands separator."""
    if value is None:
        return ""
    locale = QLocale(locale or QLocale())
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "f", decimals)


class MeasureEditDialog(QDialog, FORM):
    """Shows a register row; :meth:`changed_values` holds what the user changed.

    With the catalogue *measure*, cost and revenue follow its rates when the
    quantity changes, until the user types an amount of their own.
    """

    def __init__(self, row: dict, parent=None, measure=None):
        super().__init__(parent)
        self.setupUi(self)
        self._row = dict(row)
        self._values: dict = {}
        self._measure = measure
        self._typed: set[str] = set()
        self.measureLabel.setText(f"<b>{row.get('measure_code') or ''}</b> {row.get('measure_name') or ''}")
        # Only the statuses the measure may move to (core/measures/vocabulary.py).
        for status in allowed_statuses(row.get("status")):
            self.statusCombo.addItem(status_label(status), status)
        index = self.statusCombo.findData(row.get("status"))
        self.statusCombo.setCurrentIndex(max(index, 0))
        unit = row.get("unit") or ""
        self.quantityLabel.setText(self.tr("Quantity ({unit})").format(unit=unit_label(unit)))
        self.quantityEdit.setText(format_number(row.get("quantity"), 2 if unit == "ha" else 0))
        self.costEdit.setText(format_number(row.get("cost_eur_yr"), 2))
        self.revenueEdit.setText(format_number(row.get("revenue_eur_yr"), 2))
        self.stakeholderEdit.setText(row.get("stakeholder") or "")
        self.stakeholderEdit.setToolTip(self.tr("Personal data (GDPR): only fill in when needed."))
        self.notesEdit.setPlainText(row.get("notes") or "")
        self.notesEdit.setMaximumHeight(80)
        self.problemLabel.hide()
        # Only what the user changed is written; an untouched rounded quantity is not.
        self._initial = self._texts()
        self.quantityEdit.textEdited.connect(self._follow_rates)
        self.costEdit.textEdited.connect(lambda _text: self._typed.add("cost_eur_yr"))
        self.revenueEdit.textEdited.connect(lambda _text: self._typed.add("revenue_eur_yr"))

    def _texts(self) -> dict:
        return {
            "status": self.statusCombo.currentData(),
            "quantity": self.quantityEdit.text(),
            "cost_eur_yr": self.costEdit.text(),
            "revenue_eur_yr": self.revenueEdit.text(),
            "stakeholder": self.stakeholderEdit.text(),
            "notes": self.notesEdit.toPlainText(),
        }

    def _follow_rates(self, text: str) -> None:
        if self._measure is None:
            return
        try:
            quantity = parse_number(text)
        except ValueError:
            return
        if quantity is None:
            return
        for key, rate, edit in (
            ("cost_eur_yr", self._measure.cost_eur, self.costEdit),
            ("revenue_eur_yr", self._measure.revenue_eur, self.revenueEdit),
        ):
            if rate is not None and key not in self._typed:
                edit.setText(format_number(round(rate * quantity, 2), 2))

    def accept(self) -> None:
        try:
            self._values = self._read()
        except ValueError as error:
            self.problemLabel.setText(str(error))
            self.problemLabel.setStyleSheet("color: #b00020;")
            self.problemLabel.show()
            return
        super().accept()

    def changed_values(self) -> dict:
        """Fields whose value the user changed (valid after the dialog was accepted)."""
        current = self._texts()
        changed = {}
        for key, value in self._values.items():
            if current[key].strip() != (self._initial[key] or "").strip():
                changed[key] = value
        return changed

    def _read(self) -> dict:
        values = {"status": self.statusCombo.currentData()}
        fields = (
            ("quantity", self.quantityEdit, self.tr("Quantity")),
            ("cost_eur_yr", self.costEdit, self.tr("Cost")),
            ("revenue_eur_yr", self.revenueEdit, self.tr("Revenue")),
        )
        for key, edit, label in fields:
            try:
                values[key] = parse_number(edit.text())
            except ValueError:
                raise ValueError(
                    self.tr("{field} is not a number: {text}").format(field=label, text=edit.text())
                ) from None
        if values["quantity"] is None or values["quantity"] < 0:
            raise ValueError(self.tr("Quantity must be a number of zero or more."))
        for key in ("cost_eur_yr", "revenue_eur_yr"):
            if values[key] is not None and values[key] < 0:
                raise ValueError(
                    self.tr("Money amounts cannot be negative; leave the field empty when not known.")
                )
        values["stakeholder"] = self.stakeholderEdit.text().strip() or None
        values["notes"] = self.notesEdit.toPlainText().strip() or None
        return values
