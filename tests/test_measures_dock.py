"""The Measures panel in real QGIS: tag, warn, list, totals, edit, delete, undo, zoom."""

from __future__ import annotations

import os

import pytest
from qgis.core import Qgis, QgsFeatureRequest, QgsProject, QgsVectorLayer
from qgis.PyQt.QtWidgets import QMessageBox

PILOT = "Demo-pilot Hoge Veen (fictief)"
GRASS_MEASURE = "ECO-KRUIDENGRAS"  # BRP Grasland only, € 181 revenue per ha (RVO 2023)


@pytest.fixture
def parcels(qgis_new_project, qgis_iface, demo_copy) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{demo_copy}|layername=brp_gewaspercelen", "brp_gewaspercelen", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    qgis_iface.setActiveLayer(layer)
    return layer


@pytest.fixture
def dock(qgis_iface, parcels, tmp_path):
    from a4b_qgis_plugin.gui.measures_dock import MeasuresDock

    qgis_iface.messageBar().clear_messages()
    # The register is the project's work GeoPackage (helper B's project entry), so
    # no work GeoPackage of another test in the settings folder is consulted.
    QgsProject.instance().writeEntry("a4b", "work_gpkg", str(tmp_path / "register.gpkg"))
    panel = MeasuresDock(qgis_iface)
    panel.set_register_path(str(tmp_path / "register.gpkg"))
    panel.set_pilot(PILOT)
    assert panel.picker.select_code(GRASS_MEASURE)
    yield panel
    panel.cleanup()
    panel.deleteLater()


def select(layer: QgsVectorLayer, expression: str, limit: int) -> list[int]:
    request = QgsFeatureRequest().setFilterExpression(expression).setLimit(limit)
    ids = [f.id() for f in layer.getFeatures(request)]
    layer.selectByIds(ids)
    return ids


def register_rows(dock) -> list[dict]:
    from a4b_qgis_plugin.core.register import open_register

    return open_register(dock.register_path(), create=False).list_measures(with_geometry=False)


def history(dock) -> list[dict]:
    from a4b_qgis_plugin.core.register import open_register

    return open_register(dock.register_path(), create=False).history()


def grass_ids(parcels, count=3) -> list[int]:
    return select(parcels, "\"category\" = 'Grasland'", count)


def test_tag_selected_parcels_writes_rows_shows_totals_and_layer(dock, parcels, qgis_iface):
    ids = grass_ids(parcels)
    areas = {f.id(): f.geometry().area() / 10000.0 for f in parcels.getSelectedFeatures()}
    assert "3" in dock.selectionInfoLabel.text()

    uuids = dock.tag_selected(confirm=False)

    assert len(uuids) == 3
    rows = register_rows(dock)
    assert {r["uuid"] for r in rows} == set(uuids)
    assert {r["measure_code"] for r in rows} == {GRASS_MEASURE}
    assert {r["pilot"] for r in rows} == {PILOT}
    assert {r["status"] for r in rows} == {"proposed"}
    total_ha = sum(areas[i] for i in ids)
    assert sum(r["quantity"] for r in rows) == pytest.approx(total_ha, rel=1e-3)
    assert sum(r["revenue_eur_yr"] for r in rows) == pytest.approx(181 * total_ha, rel=1e-3)
    assert dock.model.rowCount() == 3
    totals = dock.totalsLabel.text()
    from qgis.PyQt.QtCore import QLocale

    assert QLocale().toString(total_ha, "f", 2) + " ha" in totals
    assert "€ " + QLocale().toString(181 * total_ha, "f", 0) in totals
    layers = [
        layer
        for layer in QgsProject.instance().mapLayers().values()
        if "register.gpkg" in layer.source() and "layername=measures" in layer.source()
    ]
    assert len(layers) == 1 and layers[0].featureCount() == 3
    assert qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Success), dock.last_warnings


def test_one_merged_measure(dock, parcels):
    grass_ids(parcels, 4)
    dock.mergedRadio.setChecked(True)
    uuids = dock.tag_selected(confirm=False)
    assert len(uuids) == 1
    assert len(register_rows(dock)) == 1


def test_bouwland_with_grassland_measure_warns_before_writing(dock, parcels, monkeypatch):
    select(parcels, "\"category\" = 'Bouwland'", 1)
    asked = []

    def answer_no(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    assert dock.tag_selected() == []
    assert len(asked) == 1 and "Bouwland" in asked[0]
    assert any("Bouwland" in w for w in dock.last_warnings)
    assert not os.path.exists(dock.register_path()) or register_rows(dock) == []

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    assert len(dock.tag_selected()) == 1
    assert len(register_rows(dock)) == 1


def test_same_measure_twice_on_a_parcel_warns(dock, parcels):
    grass_ids(parcels, 1)
    dock.tag_selected(confirm=False)
    dock.tag_selected(confirm=False)
    assert dock.last_warnings, "the second tag of the same measure must warn"
    assert len(register_rows(dock)) == 2  # accepted without confirmation when confirm=False


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


def test_double_click_zooms_to_measure(dock, parcels, qgis_iface):
    grass_ids(parcels, 1)
    bbox = next(parcels.getSelectedFeatures()).geometry().boundingBox()
    (uuid,) = dock.tag_selected(confirm=False)
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(parcels.crs())
    canvas.setExtent(parcels.extent())
    index = dock.proxy.index(0, 0)
    dock.measuresTable.doubleClicked.emit(index)
    extent = canvas.extent()
    assert extent.contains(bbox)
    assert extent.width() < parcels.extent().width() / 4


def test_non_polygon_layer_gets_a_clear_message(dock, qgis_iface):
    points = QgsVectorLayer("Point?crs=EPSG:28992", "punten", "memory")
    QgsProject.instance().addMapLayer(points)
    qgis_iface.setActiveLayer(points)
    assert dock.tag_selected(confirm=False) == []
    messages = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert any("punten" in m for m in messages)


def test_no_selection_gets_a_clear_message(dock, parcels, qgis_iface):
    parcels.removeSelection()
    assert dock.tag_selected(confirm=False) == []
    assert qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)


def test_picker_searches_code_and_name(dock):
    picker = dock.picker
    picker.filterEdit.setText("N12.02")
    assert picker.current_code() == "SNL-N12.02"  # a single hit is chosen
    picker.filterEdit.setText("houtwal")
    visible = [
        picker.proxy.index(c, 0, picker.proxy.index(r, 0)).data()
        for r in range(picker.proxy.rowCount())
        for c in range(picker.proxy.rowCount(picker.proxy.index(r, 0)))
    ]
    assert visible and all("outwal" in v.lower() or "wooded" in v.lower() for v in visible)


def test_register_path_is_remembered_in_the_project(dock, tmp_path):
    from a4b_qgis_plugin.gui import measures_project as mp

    assert mp.remembered_register_path(QgsProject.instance()) == str(tmp_path / "register.gpkg")


def test_cleanup_disconnects(dock, parcels):
    dock.cleanup()
    assert dock._connections == []
    before = dock.selectionInfoLabel.text()
    grass_ids(parcels, 2)
    assert dock.selectionInfoLabel.text() == before


@pytest.fixture
def boundaries_stored(dock, demo_copy):
    """The demo pilots stored as boundaries in the register's GeoPackage (the work GeoPackage)."""
    from a4b_qgis_plugin.core import work_gpkg

    pilots = QgsVectorLayer(f"{demo_copy}|layername=pilots", "pilots", "ogr")
    for feature in pilots.getFeatures():
        work_gpkg.write_pilot_boundary(dock.register_path(), feature["name"], feature.geometry())
    return [f["name"] for f in pilots.getFeatures()]


def test_parcel_outside_every_pilot_warns(dock, parcels, boundaries_stored):
    select(parcels, "\"category\" = 'Grasland' AND x_max($geometry) < 196400", 1)
    dock.tag_selected(confirm=False)
    assert any("outside every pilot" in w for w in dock.last_warnings)


def test_parcel_in_another_pilot_warns(dock, parcels, boundaries_stored):
    select(
        parcels,
        "\"category\" = 'Grasland' AND x_min($geometry) > 202300"
        " AND y_min($geometry) > 446600 AND y_max($geometry) < 452200",
        1,
    )
    dock.tag_selected(confirm=False)
    assert any("Beekdal" in w and "not in pilot" in w for w in dock.last_warnings)


def test_parcel_inside_the_pilot_does_not_warn(dock, parcels, boundaries_stored):
    select(
        parcels,
        "\"category\" = 'Grasland' AND x_min($geometry) > 197000 AND x_max($geometry) < 201000"
        " AND y_min($geometry) > 447000 AND y_max($geometry) < 455000",
        1,
    )
    dock.tag_selected(confirm=False)
    assert dock.last_warnings == []


def test_edit_dialog_reads_dutch_or_english_numbers(qgis_app):
    from qgis.PyQt.QtCore import QLocale

    from a4b_qgis_plugin.gui.measure_edit_dialog import MeasureEditDialog, parse_number

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


def test_export_button_passes_pilot_and_register(dock, monkeypatch):
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest

    from a4b_qgis_plugin.gui import export_dialog

    calls = []
    monkeypatch.setattr(export_dialog, "open_export_dialog", lambda *args: calls.append(args))
    QTest.mouseClick(dock.exportButton, Qt.MouseButton.LeftButton)
    assert calls == [(PILOT, dock.register_path())]


def test_other_register_clears_undo_and_lists_its_measures(dock, parcels, tmp_path):
    grass_ids(parcels, 1)
    dock.tag_selected(confirm=False)
    assert dock.undo_stack.canUndo()
    dock.set_register_path(str(tmp_path / "other"))
    assert dock.register_path().endswith("other.gpkg")
    assert not dock.undo_stack.canUndo()
    assert dock.model.rowCount() == 0


def test_all_pilots_when_pilot_is_empty(dock, parcels):
    grass_ids(parcels, 2)
    dock.tag_selected(confirm=False)
    dock.set_pilot("Demo-pilot Beekdal (fictief)")
    assert dock.model.rowCount() == 0
    dock.set_pilot("")
    assert dock.model.rowCount() == 2
    assert "2" in dock.totalsLabel.text()


def test_bad_catalogue_gives_a_clear_message(dock, qgis_iface, tmp_path):
    from a4b_qgis_plugin.core import settings

    bad = tmp_path / "bad.csv"
    bad.write_text("code,name_nl\nX,Y\n", encoding="utf-8")
    settings.MEASURE_CATALOGUE_PATH.set(str(bad))
    try:
        dock.reload_catalogue()
    finally:
        settings.MEASURE_CATALOGUE_PATH.reset()
    messages = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
    assert any("bad.csv" in m for m in messages)
    assert dock.picker.model.rowCount() == 0 and not dock.tagButton.isEnabled()
    dock.reload_catalogue()
    assert dock.picker.model.rowCount() > 0


def test_register_in_a_missing_folder_gives_a_clear_message(dock, parcels, qgis_iface, tmp_path):
    dock.set_register_path(str(tmp_path / "nowhere" / "register.gpkg"))
    grass_ids(parcels, 1)
    assert dock.tag_selected(confirm=False) == []
    messages = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
    assert any("nowhere" in m for m in messages)
    assert not (tmp_path / "nowhere").exists()


def test_a_file_that_is_no_geopackage_gives_a_clear_message(dock, parcels, qgis_iface, tmp_path):
    text = tmp_path / "notes.gpkg"
    text.write_text("not a database", encoding="utf-8")
    dock.set_register_path(str(text))
    grass_ids(parcels, 1)
    assert dock.tag_selected(confirm=False) == []
    assert qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
    assert text.read_text(encoding="utf-8") == "not a database"


def test_saving_a_new_project_moves_the_default_register_beside_it(qgis_iface, parcels, tmp_path):
    from a4b_qgis_plugin.gui.measures_dock import MeasuresDock

    project = QgsProject.instance()
    panel = MeasuresDock(qgis_iface)
    try:
        assert not panel.register_path().startswith(str(tmp_path))
        project.write(str(tmp_path / "pilot.qgz"))
        assert panel.register_path() == str(tmp_path / "a4b_work.gpkg")
    finally:
        panel.cleanup()
        panel.deleteLater()


def test_edit_dialog_follows_catalogue_rates_until_an_amount_is_typed(qgis_app):
    from qgis.PyQt.QtTest import QTest

    from a4b_qgis_plugin.core.measure_catalogue import find_measure
    from a4b_qgis_plugin.gui.measure_edit_dialog import MeasureEditDialog

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


def format_number(value, decimals):
    from a4b_qgis_plugin.gui.measure_edit_dialog import format_number as fmt

    return fmt(value, decimals)


def test_undo_after_the_register_is_gone_reports_and_does_not_crash(dock, parcels, qgis_iface):
    grass_ids(parcels, 1)
    dock.tag_selected(confirm=False)
    os.remove(dock.register_path())
    dock.undo()
    messages = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
    assert any("register" in m.lower() for m in messages)
    assert not dock.undo_stack.canUndo()


def test_tagging_many_parcels_stays_quick(dock, parcels):
    import time

    select(parcels, "\"category\" = 'Grasland'", 600)
    start = time.perf_counter()
    uuids = dock.tag_selected(confirm=False)
    elapsed = time.perf_counter() - start
    assert len(uuids) == 600 and len(dock.selected_uuids()) == 600
    assert elapsed < 5.0, f"tagging 600 parcels took {elapsed:.1f} s"


def test_opening_the_panel_leaves_the_project_clean(qgis_iface, parcels):
    # A dirty project at QGIS start-up makes QGIS ask to save before anything else.
    from a4b_qgis_plugin.gui.measures_dock import MeasuresDock

    QgsProject.instance().setDirty(False)
    panel = MeasuresDock(qgis_iface)
    panel.show()
    try:
        assert not QgsProject.instance().isDirty()
    finally:
        panel.cleanup()
        panel.deleteLater()
