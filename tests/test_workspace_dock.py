"""The pilot workspace panel on the demo data: group, styles, zoom, flagging task, cancel, memory."""

from __future__ import annotations

import os

import pytest
from qgis.core import (
    NULL,
    Qgis,
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsLinePatternFillSymbolLayer,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsLayerTreeMapCanvasBridge
from qgis.PyQt.QtTest import QSignalSpy

from a4b_qgis_plugin.core.pilots import layer_group, work_gpkg
from tests import workspace_helpers
from tests.waiting import process_pending_events, wait_for_signal, wait_until

dock = workspace_helpers.dock  # the fixture

DEMO_PILOT = "Demo-pilot Hoge Veen (fictief)"


def choose(dock, name):
    index = dock.pilotCombo.findText(name)
    assert index >= 0, name
    dock.pilotCombo.setCurrentIndex(index)


def kinds_in_group(pilot):
    group = layer_group.find_group(QgsProject.instance(), pilot)
    return [node.layer().customProperty(layer_group.KIND_PROPERTY) for node in group.findLayers()]


def test_catalogue_pilots_are_offered(dock):
    names = [dock.pilotCombo.itemText(i) for i in range(dock.pilotCombo.count())]
    assert names[:2] == ["Veluwezoom-IJssel", "Landgoederen Brummen"]
    assert "Zuid-Holland pilot" in names


def test_demo_data_show_pilot_builds_styled_group_and_zooms(dock, qgis_iface, tmp_path):
    layers = dock.load_demo_data()
    assert len(layers) == 3
    assert dock.load_demo_data() == layers  # a second click adds nothing
    # a copy beside the project is used, never the file inside the plugin
    from a4b_qgis_plugin.core.common.paths import DEMO_GPKG

    assert all(layer.source().startswith(str(tmp_path)) for layer in layers)
    assert all(str(DEMO_GPKG) not in layer.source() for layer in layers)
    assert len(QgsProject.instance().mapLayers()) == 3
    assert dock.pilotCombo.currentText().startswith("Demo-pilot")
    choose(dock, DEMO_PILOT)
    dock.show_pilot()
    assert kinds_in_group(DEMO_PILOT) == ["pilot_boundary", "natura2000", "parcels"]
    project = QgsProject.instance()
    n2k = layer_group.group_layer(project, DEMO_PILOT, "natura2000")
    assert any(isinstance(sl, QgsLinePatternFillSymbolLayer) for sl in n2k.renderer().symbol().symbolLayers())
    parcels = layer_group.group_layer(project, DEMO_PILOT, "parcels")
    assert isinstance(parcels.renderer(), QgsCategorizedSymbolRenderer)
    assert parcels.renderer().classAttribute() == "category"
    boundary = layer_group.group_layer(project, DEMO_PILOT, "pilot_boundary")
    assert boundary.featureCount() == 1
    # the user's own demo layers are not restyled or filtered
    assert all(layer.subsetString() == "" for layer in layers)
    canvas = qgis_iface.mapCanvas().extent()
    assert canvas.contains(boundary.extent())
    assert (
        canvas.width() < boundary.extent().width() * 1.6 or canvas.height() < boundary.extent().height() * 1.6
    )
    # showing again refreshes in place: no duplicate layers
    dock.show_pilot()
    assert kinds_in_group(DEMO_PILOT) == ["pilot_boundary", "natura2000", "parcels"]


def test_flagging_task_runs_to_the_end_and_shows_counts(dock):
    dock.load_demo_data()
    choose(dock, DEMO_PILOT)
    dock.bandsEdit.setText("100,250,500")
    assert dock.flag_parcels()
    inputs = dock.flagging.inputs
    assert os.path.isfile(os.path.join(inputs, "parcels.gpkg"))  # the task reads files, not project layers
    assert dock.runner.is_running() and not dock.flagButton.isEnabled()
    assert not dock.showButton.isEnabled() and dock.show_pilot() is None  # the group stays put
    wait_until(lambda: not dock.runner.is_running(), 240_000, "the flagging task ends")
    assert dock.progressBar.value() == 100
    project = QgsProject.instance()
    flagged = layer_group.group_layer(project, DEMO_PILOT, "flagged_parcels")
    assert flagged is not None, "no flagged layer in the group"
    assert flagged.source().startswith(work_gpkg.default_work_gpkg(project))
    renderer = flagged.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer) and renderer.classAttribute() == "n2k_band"
    assert [c.value() for c in renderer.categories()] == [0, 100, 250, 500, None]
    # the counts in the panel match the layer
    per_band = {}
    for feature in flagged.getFeatures():
        band = None if feature["n2k_band"] == NULL else feature["n2k_band"]
        per_band[band] = per_band.get(band, 0) + 1
    shown = [int(dock.bandTable.item(r, 1).text()) for r in range(dock.bandTable.rowCount())]
    expected = [per_band.get(b, 0) for b in (0, 100, 250, 500)] + [per_band.get(None, 0)]
    assert shown == expected
    assert sum(shown) == flagged.featureCount() > 100
    # only parcels around the pilot went in, and the pilot name was written
    parcels = layer_group.group_layer(project, DEMO_PILOT, "parcels")
    assert flagged.featureCount() < parcels.featureCount()
    assert {f["a4b_pilot"] for f in flagged.getFeatures()} >= {DEMO_PILOT}
    # the plain parcels are switched off under the flagged ones
    group = layer_group.find_group(project, DEMO_PILOT)
    assert not group.findLayer(parcels.id()).itemVisibilityChecked()
    assert parcels.selectedFeatureCount() == 0 and dock.showButton.isEnabled()
    # the task's private copies are gone again
    assert not os.path.exists(inputs)


def test_cancel_stops_the_task(dock):
    dock.load_demo_data()
    choose(dock, DEMO_PILOT)
    assert dock.flag_parcels()
    ok, _results, error = wait_for_signal(dock.runner.finished, 120_000, dock.cancelButton.click)[0]
    assert not ok and error == "Flagging was canceled."
    assert not dock.runner.is_running()
    assert dock.flagButton.isEnabled() and not dock.cancelButton.isEnabled()
    assert layer_group.group_layer(QgsProject.instance(), DEMO_PILOT, "flagged_parcels") is None


def test_bad_bands_are_refused_with_a_message(dock, qgis_iface):
    dock.load_demo_data()
    dock.bandsEdit.setText("100,abc")
    qgis_iface.messageBar().clear_messages()
    assert not dock.flag_parcels()
    assert not dock.runner.is_running()
    assert "'abc' is not a distance" in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)[-1]


def test_boundary_from_natura2000_plus_margin_for_a_catalogue_style_pilot(dock, tmp_path):
    from a4b_qgis_plugin.core.pilots import catalogue as pc

    dock.load_demo_data()
    own = pc.Pilot("Own pilot", "Gelderland", [{"name": "Klein Ven (fictief)", "nr": None}])
    pc.save_user_pilots([*dock.catalogue, own])
    dock.reload_catalogue()
    choose(dock, "Own pilot")
    assert "No boundary" in dock.boundaryInfoLabel.text()
    dock.marginSpin.setValue(250)
    assert dock.derive_boundary()
    stored = work_gpkg.read_pilot_boundary(str(tmp_path / "a4b_work.gpkg"), "Own pilot")
    assert stored is not None and stored.area() > 0
    dock.show_pilot()
    assert "pilot_boundary" in kinds_in_group("Own pilot")


def test_boundary_from_selected_feature_and_drawn(dock, qgis_iface, tmp_path):
    from qgis.core import QgsGeometry

    layers = dock.load_demo_data()
    pilots = layers[0]
    choose(dock, "Landgoederen Brummen")
    pilots.selectByExpression("\"name\" = 'Demo-pilot Beekdal (fictief)'")
    qgis_iface.setActiveLayer(pilots)
    assert dock.boundary_from_selection()
    gpkg = str(tmp_path / "a4b_work.gpkg")
    assert work_gpkg.read_pilot_boundary(gpkg, "Landgoederen Brummen") is not None
    qgis_iface.mapCanvas().setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    dock.start_drawing()
    assert qgis_iface.mapCanvas().mapTool() is dock.map_tool
    for x, y in ((197000, 447000), (199000, 447000), (199000, 449000)):
        from qgis.core import QgsPointXY

        dock.map_tool.add_point(QgsPointXY(x, y))
    received = []
    dock.map_tool.polygonFinished.connect(lambda g: received.append(QgsGeometry(g)))
    dock.map_tool.finish()
    assert received and work_gpkg.read_pilot_boundary(gpkg, "Landgoederen Brummen").area() == pytest.approx(
        2e6
    )


def test_choices_are_remembered_per_project(dock, tmp_path):
    dock.load_demo_data()
    choose(dock, DEMO_PILOT)
    dock.bandsEdit.setText("50,500")
    dock.flagButton.setEnabled(True)
    from a4b_qgis_plugin.gui.workspace import state

    state.write_entry(QgsProject.instance(), state.KEY_BANDS, "50,500")
    project = QgsProject.instance()
    assert project.write(str(tmp_path / "project.qgz"))
    parcels_id = dock.parcelsCombo.currentLayer().id()
    project.clear()
    assert dock.parcelsCombo.currentLayer() is None
    assert project.read(str(tmp_path / "project.qgz"))
    assert dock.parcelsCombo.currentLayer().id() == parcels_id
    assert dock.pilotCombo.currentText() == DEMO_PILOT
    assert dock.bandsEdit.text() == "50,500"
    assert dock.boundaryFieldCombo.currentField() == "name"


def test_cleanup_disconnects_from_the_project(dock):
    dock.start_drawing()
    dock.cleanup()
    assert dock.map_tool is None
    # after cleanup a project load does not touch the dock any more
    dock.bandsEdit.setText("keep")
    QgsProject.instance().clear()
    assert dock.bandsEdit.text() == "keep"


def test_measures_layer_joins_the_group_when_the_register_exists(dock, tmp_path):
    from a4b_qgis_plugin.core.register.schema import MEASURES_TABLE

    dock.load_demo_data()
    choose(dock, DEMO_PILOT)
    gpkg = str(tmp_path / "a4b_work.gpkg")
    source = QgsVectorLayer(
        "MultiPolygon?crs=EPSG:28992&field=pilot:string&field=theme:string", MEASURES_TABLE, "memory"
    )
    from a4b_qgis_plugin.core.pdok.loader import save_to_gpkg

    save_to_gpkg(source, gpkg, MEASURES_TABLE)
    dock.show_pilot()
    assert kinds_in_group(DEMO_PILOT)[:2] == ["pilot_boundary", "measures"]


def test_opening_the_panel_or_a_project_leaves_the_project_clean(qgis_iface, qgis_new_project, tmp_path):
    from a4b_qgis_plugin.gui.workspace.dock import WorkspaceDock

    project = QgsProject.instance()
    project.setFileName(str(tmp_path / "p.qgz"))  # the demo copy goes beside it
    project.setDirty(False)
    panel = WorkspaceDock(qgis_iface)
    process_pending_events()
    assert not project.isDirty(), "the panel changed a project the user did not touch"
    panel.load_demo_data()
    assert project.write(str(tmp_path / "p.qgz"))
    assert project.read(str(tmp_path / "p.qgz"))
    process_pending_events()  # the panel restores its choices once the read is done
    assert not project.isDirty()
    panel.cleanup()
    panel.deleteLater()


def test_show_demo_runs_the_whole_tour(dock):
    assert dock.show_demo()
    wait_until(lambda: not dock.runner.is_running(), 240_000, "the flagging task ends")
    pilot = dock.pilotCombo.currentText()
    assert pilot.startswith("Demo-pilot")
    assert "flagged_parcels" in kinds_in_group(pilot)


def test_unloading_during_a_run_is_safe(qgis_iface, qgis_new_project, provider_registered, tmp_path):
    from qgis.core import QgsApplication

    from a4b_qgis_plugin.gui.workspace.dock import WorkspaceDock

    QgsProject.instance().setFileName(str(tmp_path / "p.qgz"))
    panel = WorkspaceDock(qgis_iface)
    panel.load_demo_data()
    assert panel.flag_parcels()
    task = panel.runner.task
    ended = [QSignalSpy(task.taskCompleted), QSignalSpy(task.taskTerminated)]
    panel.cleanup()
    panel.deleteLater()
    del panel
    wait_until(lambda: sum(len(spy) for spy in ended) == 1, 120_000, "the flagging task ends")
    wait_until(lambda: QgsApplication.taskManager().countActiveTasks() == 0, 120_000, "no task left")
    process_pending_events()  # the deletions of the panel and the task


def test_zoom_to_the_pilot_survives_qgis_first_layer_setup(dock, qgis_iface, monkeypatch):
    # The desktop's bridge zooms to all data once the first layers reach an
    # empty project (on the next event-loop turn); pytest-qgis has none.
    canvas = qgis_iface.mapCanvas()
    bridge = QgsLayerTreeMapCanvasBridge(QgsProject.instance().layerTreeRoot(), canvas)
    monkeypatch.setattr(qgis_iface, "layerTreeCanvasBridge", lambda: bridge, raising=False)
    dock.load_demo_data()
    pilot = "Demo-pilot Beekdal (fictief)"  # the smaller pilot: all data is far larger
    choose(dock, pilot)
    dock.show_pilot()
    for _ in range(5):
        QgsApplication.processEvents()
    boundary = layer_group.group_layer(QgsProject.instance(), pilot, "pilot_boundary").extent()
    extent = canvas.extent()
    assert QgsProject.instance().crs().authid() == "EPSG:28992"
    assert extent.contains(boundary)
    # zoomed to the boundary plus 5 %, in the direction that limits the zoom
    assert extent.width() < boundary.width() * 1.1 or extent.height() < boundary.height() * 1.1
