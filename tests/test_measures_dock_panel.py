"""The Measures panel in real QGIS: register, pilot, catalogue, picker, zoom, export, clean-up, bulk tags."""

from __future__ import annotations

from qgis.core import Qgis, QgsProject

from tests import measures_dock_helpers as helpers
from tests.measures_dock_helpers import PILOT, grass_ids, select

dock = helpers.dock  # the fixture
parcels = helpers.parcels  # the fixture


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
    from a4b_qgis_plugin.gui.measures import project as mp

    assert mp.remembered_register_path(QgsProject.instance()) == str(tmp_path / "register.gpkg")


def test_cleanup_disconnects(dock, parcels):
    dock.cleanup()
    assert dock._connections == []
    before = dock.selectionInfoLabel.text()
    grass_ids(parcels, 2)
    assert dock.selectionInfoLabel.text() == before


def test_export_button_passes_pilot_and_register(dock, monkeypatch):
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest

    from a4b_qgis_plugin.gui.measures import export_dialog

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
    from a4b_qgis_plugin.core.common import settings

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


def test_saving_a_new_project_moves_the_default_register_beside_it(qgis_iface, parcels, tmp_path):
    from a4b_qgis_plugin.gui.measures.dock import MeasuresDock

    project = QgsProject.instance()
    panel = MeasuresDock(qgis_iface)
    try:
        assert not panel.register_path().startswith(str(tmp_path))
        project.write(str(tmp_path / "pilot.qgz"))
        assert panel.register_path() == str(tmp_path / "a4b_work.gpkg")
    finally:
        panel.cleanup()
        panel.deleteLater()


def test_tagging_many_parcels_writes_them_all_and_lists_them(dock, parcels):
    # No time bound: a loaded machine is slower, the result is the same.
    ids = select(parcels, "\"category\" = 'Grasland'", 600)
    assert len(ids) == 600
    uuids = dock.tag_selected(confirm=False)
    assert len(uuids) == 600 and len(set(uuids)) == 600
    rows = helpers.register_rows(dock)
    assert len(rows) == 600 and {r["uuid"] for r in rows} == set(uuids)
    assert {r["measure_code"] for r in rows} == {helpers.GRASS_MEASURE}
    # the panel lists them, selected, and counts them in its totals
    assert dock.model.rowCount() == 600 and sorted(dock.selected_uuids()) == sorted(uuids)
    assert "600" in dock.totalsLabel.text()


def test_opening_the_panel_leaves_the_project_clean(qgis_iface, parcels):
    # A dirty project at QGIS start-up makes QGIS ask to save before anything else.
    from a4b_qgis_plugin.gui.measures.dock import MeasuresDock

    QgsProject.instance().setDirty(False)
    panel = MeasuresDock(qgis_iface)
    panel.show()
    try:
        assert not QgsProject.instance().isDirty()
    finally:
        panel.cleanup()
        panel.deleteLater()
