"""The Measures panel in real QGIS: edit, delete and undo, each through the register; the edit dialog."""

from __future__ import annotations

import os

import pytest
from qgis.core import Qgis
from qgis.PyQt.QtWidgets import QMessageBox

from tests import measures_dock_helpers as helpers
from tests.measures_dock_helpers import GRASS_MEASURE, format_number, grass_ids, history, register_rows

dock = helpers.dock  # the fixture
parcels = helpers.parcels  # the fixture


def test_edit_and_undo_edit(dock, parcels):
    grass_ids(parcels, 1)
    (uuid,) = dock.tag_selected(confirm=False)
    before = register_rows(dock)[0]

    assert dock.edit_measure(uuid, {"status": "agreed", "cost_eur_yr": 120.5, "notes": "keukentafel"})
    row = register_rows(dock)[0]
    assert (row["status"], row["cost_eur_yr"], row["notes"]) == ("agreed", 120.5, "keukentafel")
    assert dock.model.row_dict(0)["status"] == "agreed"

    dock.undo()
    row = register_rows(dock)[0]
    assert (row["status"], row["cost_eur_yr"], row["notes"]) == (
        before["status"],
        before["cost_eur_yr"],
        before["notes"],
    )
    actions = [h["action"] for h in history(dock)]
    assert actions == ["insert", "update", "update"]


def test_delete_with_confirmation_and_undo(dock, parcels, monkeypatch):
    grass_ids(parcels, 2)
    uuids = dock.tag_selected(confirm=False)
    original = {r["uuid"]: r for r in register_rows(dock)}

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    assert not dock.delete_measures(uuids)
    assert len(register_rows(dock)) == 2

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    assert dock.delete_measures(uuids)
    assert register_rows(dock) == []
    assert dock.model.rowCount() == 0

    dock.undo()
    restored = {r["uuid"]: r for r in register_rows(dock)}
    assert set(restored) == set(uuids)
    for uuid, row in restored.items():
        assert row["quantity"] == pytest.approx(original[uuid]["quantity"])
        assert row["created_at"] == original[uuid]["created_at"]
    assert dock.model.rowCount() == 2
    assert [h["action"] for h in history(dock)].count("delete") == 2


def test_undo_tag_deletes_those_measures(dock, parcels):
    grass_ids(parcels, 2)
    dock.tag_selected(confirm=False)
    assert dock.undoButton.isEnabled()
    dock.undo()
    assert register_rows(dock) == []
    assert not dock.undoButton.isEnabled()
    assert [h["action"] for h in history(dock)] == ["insert", "insert", "delete", "delete"]


def test_edit_dialog_reads_dutch_or_english_numbers(qgis_app):
    from qgis.PyQt.QtCore import QLocale

    from a4b_qgis_plugin.gui.measures.edit_dialog import MeasureEditDialog, parse_number

    assert parse_number("1.234,5", QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)) == 1234.5
    assert parse_number("12.5", QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)) == 12.5
    assert parse_number("", QLocale()) is None
    row = {
        "measure_code": "X",
        "measure_name": "Test",
        "status": "proposed",
        "quantity": 2.0,
        "unit": "ha",
        "cost_eur_yr": None,
        "revenue_eur_yr": 362.0,
        "stakeholder": None,
        "notes": None,
    }
    dialog = MeasureEditDialog(row)
    dialog.statusCombo.setCurrentIndex(dialog.statusCombo.findData("agreed"))
    dialog.costEdit.setText("abc")
    dialog.accept()
    assert dialog.problemLabel.isVisibleTo(dialog) and not dialog.result()
    dialog.costEdit.setText("100")
    dialog.accept()
    assert dialog.changed_values() == {"status": "agreed", "cost_eur_yr": 100.0}


def test_buttons_tag_delete_and_undo_by_clicks(dock, parcels, monkeypatch):
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    grass_ids(parcels, 2)
    QTest.mouseClick(dock.tagButton, Qt.MouseButton.LeftButton)
    assert len(register_rows(dock)) == 2
    assert len(dock.selected_uuids()) == 2  # the new measures are selected
    assert dock.deleteButton.isEnabled() and not dock.editButton.isEnabled()
    QTest.mouseClick(dock.deleteButton, Qt.MouseButton.LeftButton)
    assert register_rows(dock) == []
    QTest.mouseClick(dock.undoButton, Qt.MouseButton.LeftButton)
    assert len(register_rows(dock)) == 2
    QTest.mouseClick(dock.undoButton, Qt.MouseButton.LeftButton)
    assert register_rows(dock) == []
    assert not dock.undoButton.isEnabled()


def test_edit_dialog_follows_catalogue_rates_until_an_amount_is_typed(qgis_app):
    from qgis.PyQt.QtTest import QTest

    from a4b_qgis_plugin.core.measures.catalogue import find_measure
    from a4b_qgis_plugin.gui.measures.edit_dialog import MeasureEditDialog

    measure = find_measure(GRASS_MEASURE)  # € 181 revenue per ha, no cost figure
    row = {
        "measure_code": GRASS_MEASURE,
        "measure_name": measure.display_name(),
        "status": "proposed",
        "quantity": 2.3456,
        "unit": "ha",
        "cost_eur_yr": None,
        "revenue_eur_yr": 424.55,
        "stakeholder": None,
        "notes": None,
    }
    untouched = MeasureEditDialog(row, measure=measure)
    untouched.accept()
    assert untouched.changed_values() == {}  # the rounded "2,35" is not written back

    dialog = MeasureEditDialog(row, measure=measure)
    dialog.quantityEdit.clear()
    QTest.keyClicks(dialog.quantityEdit, "3")
    assert dialog.revenueEdit.text() == format_number(543.0, 2)
    assert dialog.costEdit.text() == ""  # no rate: stays unknown
    dialog.revenueEdit.clear()
    QTest.keyClicks(dialog.revenueEdit, "500")
    dialog.quantityEdit.clear()
    QTest.keyClicks(dialog.quantityEdit, "4")
    assert dialog.revenueEdit.text() == "500"  # typed by the user: kept
    dialog.accept()
    assert dialog.changed_values() == {"quantity": 4.0, "revenue_eur_yr": 500.0}


def test_undo_after_the_register_is_gone_reports_and_does_not_crash(dock, parcels, qgis_iface):
    grass_ids(parcels, 1)
    dock.tag_selected(confirm=False)
    os.remove(dock.register_path())
    dock.undo()
    messages = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
    assert any("register" in m.lower() for m in messages)
    assert not dock.undo_stack.canUndo()
