"""The panel's "Load for this pilot": a background task on recorded PDOK responses, saved for offline use."""

from __future__ import annotations

import pytest
from qgis.core import Qgis, QgsApplication, QgsCoordinateReferenceSystem, QgsGeometry, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtTest import QSignalSpy

from a4b_qgis_plugin.core.common import settings
from a4b_qgis_plugin.core.pilots import catalogue as pc
from a4b_qgis_plugin.core.pilots import work_gpkg
from tests import workspace_helpers
from tests.pdok_helpers import PdokStandIn
from tests.waiting import process_pending_events, wait_for_signal, wait_until

dock = workspace_helpers.dock  # the fixture
PILOT = "Veluwezoom-IJssel"


@pytest.fixture
def pdok(tmp_path):
    with PdokStandIn() as server:
        path, _token = server.catalogue(tmp_path)
        settings.SOURCE_CATALOGUE_PATH.set(str(path))
        yield server
    settings.SOURCE_CATALOGUE_PATH.reset()


def with_boundary(dock, tmp_path):
    index = dock.pilotCombo.findText(PILOT)
    dock.pilotCombo.setCurrentIndex(index)
    # the extent of the recordings' fictional areas 901 and 902
    geometry = QgsGeometry.fromWkt(
        "MULTIPOLYGON(((196000 446000,203000 446000,203000 450000,196000 450000,196000 446000)))"
    )
    work_gpkg.write_pilot_boundary(str(tmp_path / "a4b_work.gpkg"), PILOT, geometry, "Gelderland")


def load(dock, start=None) -> tuple[str, list]:
    """Start "Load for this pilot" (or *start*) and wait for the task's outcome and layers."""
    emissions = wait_for_signal(dock.pdok.finished, 120_000, start or dock.pdokButton.click)
    assert len(emissions) == 1
    return emissions[0][0], emissions[0][1]


def pdok_layers_in_project() -> list:
    return [layer for layer in QgsProject.instance().mapLayers().values() if " – " in layer.name()]


def test_load_for_this_pilot_fills_the_layers_and_keeps_a_copy(dock, pdok, tmp_path, qgis_iface):
    with_boundary(dock, tmp_path)
    qgis_iface.messageBar().clear_messages()
    outcome, loaded = load(dock)
    assert outcome == "loaded" and len(loaded) == 2
    n2k, parcels = loaded
    assert set(pdok_layers_in_project()) == {n2k, parcels}
    assert dock.n2kCombo.currentLayer() is n2k and dock.parcelsCombo.currentLayer() is parcels
    gpkg = str(tmp_path / "a4b_work.gpkg")
    assert {"natura2000_veluwezoom_ijssel", "brp_gewaspercelen_veluwezoom_ijssel"} <= set(
        work_gpkg.list_tables(gpkg)
    )
    assert n2k.source().startswith(gpkg) and n2k.providerType() == "ogr"
    assert sorted(f["nr"] for f in n2k.getFeatures()) == [901, 902]
    assert "naam_n2k" in n2k.fields().names() and "category" in parcels.fields().names()
    assert parcels.featureCount() > 0
    assert any("bbox=" in r for r in pdok.requests)
    assert "Loaded 2 layer(s) from PDOK" in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Info)[-1]
    assert dock.pdokButton.text() == "Load for this pilot" and dock.pdokButton.isEnabled()
    # the pilot can then be shown from the saved copies
    dock.show_pilot()
    group = QgsProject.instance().layerTreeRoot().findGroup(f"A4B – {PILOT}")
    assert group is not None and len(group.findLayers()) == 3


def test_the_load_is_a_task_and_the_panel_stays_responsive(dock, pdok, tmp_path):
    with_boundary(dock, tmp_path)
    pdok.hold = {"/items"}  # the features wait until the test releases them
    manager = QgsApplication.taskManager()
    progress = []
    manager.progressChanged.connect(lambda _id, value: progress.append(value))
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(1)
    try:
        assert dock.load_from_pdok()
        task = dock.pdok.task
        assert manager.taskId(task) >= 0 and task.description() == f"PDOK data for {PILOT}"
        assert dock.pdokButton.text() == "Cancel loading" and dock.pdokButton.isEnabled()
        wait_until(lambda: pdok.held, message="the task asks the server for features")
        # while the task waits for the network, the main thread runs its event loop
        seen = len(ticks)
        wait_until(lambda: len(ticks) >= seen + 5, message="the timer keeps firing during the load")
        assert dock.pilotCombo.isEnabled() and dock.showButton.isEnabled()
        assert not dock.flagButton.isEnabled()  # flagging writes to the same GeoPackage
        assert pdok_layers_in_project() == [] and dock.pdok.is_running()
        outcome, loaded = load(dock, pdok.release)
    finally:
        timer.stop()
    assert outcome == "loaded" and set(pdok_layers_in_project()) == set(loaded)
    assert progress and max(progress) >= 45
    assert not dock.pdok.is_running() and dock.pdokButton.text() == "Load for this pilot"
    assert dock.flagButton.isEnabled()


def test_cancel_adds_nothing_and_says_so(dock, pdok, tmp_path, qgis_iface):
    with_boundary(dock, tmp_path)
    pdok.hold = {"/items"}
    qgis_iface.messageBar().clear_messages()
    assert dock.load_from_pdok()
    wait_until(lambda: pdok.held, message="the task asks the server for features")
    dock.pdokButton.click()  # now "Cancel loading"
    assert not dock.pdokButton.isEnabled() and dock.pdokButton.text() == "Canceling…"
    # the page being downloaded arrives; the task stops there
    outcome, loaded = load(dock, pdok.release)
    assert (outcome, loaded) == ("canceled", [])
    assert pdok_layers_in_project() == []
    assert pdok.requests_matching("gewaspercelen") == [], "the parcels were still asked for"
    gpkg = tmp_path / "a4b_work.gpkg"
    assert not [t for t in work_gpkg.list_tables(str(gpkg)) if t.startswith("natura2000_")]
    info = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Info)
    assert info and "was canceled; nothing was added" in info[-1]
    assert dock.pdokButton.isEnabled() and dock.pdokButton.text() == "Load for this pilot"
    assert dock.n2kCombo.currentLayer() is None


def test_cancel_between_pages_never_keeps_part_of_a_layer(dock, pdok, tmp_path):
    with_boundary(dock, tmp_path)
    pdok.max_limit = 1  # one area per page: the second page comes after the first has been copied
    pdok.hold = {"cursor=1"}
    assert dock.load_from_pdok()
    wait_until(lambda: pdok.held, message="the task asks for the second page")
    assert pdok.requests_matching("natura2000/items") and dock.pdok.is_running()
    outcome, loaded = load(dock, lambda: (dock.pdokButton.click(), pdok.release()))
    assert (outcome, loaded) == ("canceled", [])
    assert pdok_layers_in_project() == []
    # neither the WFS fallback nor the parcels were tried after the cancel
    assert pdok.requests_matching("/service/") == [] and pdok.requests_matching("gewaspercelen") == []


def test_another_pilot_chosen_while_loading_keeps_its_layers(dock, pdok, tmp_path, qgis_iface):
    dock.load_demo_data()  # the layers the panel uses before and after
    chosen = (dock.n2kCombo.currentLayer(), dock.parcelsCombo.currentLayer())
    with_boundary(dock, tmp_path)
    pdok.hold = {"/items"}
    assert dock.load_from_pdok()
    wait_until(lambda: pdok.held, message="the task asks the server for features")
    dock.pilotCombo.setCurrentIndex(dock.pilotCombo.findText("Brabants Bodem"))
    qgis_iface.messageBar().clear_messages()
    outcome, loaded = load(dock, pdok.release)
    assert outcome == "loaded" and set(pdok_layers_in_project()) == set(loaded)
    assert all(layer.name().endswith(f"– {PILOT}") for layer in loaded)
    # the layers are not chosen for the pilot the panel shows now
    assert (dock.n2kCombo.currentLayer(), dock.parcelsCombo.currentLayer()) == chosen
    assert "choose Veluwezoom-IJssel" in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Info)[-1]


def test_a_new_project_while_loading_gets_nothing(dock, pdok, tmp_path):
    with_boundary(dock, tmp_path)
    pdok.hold = {"/items"}
    assert dock.load_from_pdok()
    wait_until(lambda: pdok.held, message="the task asks the server for features")
    outcome, _loaded = load(dock, lambda: (QgsProject.instance().clear(), pdok.release()))
    assert outcome == "canceled" and pdok_layers_in_project() == []


def test_closing_the_panel_during_a_load_is_safe(qgis_iface, qgis_new_project, pdok, tmp_path):
    from a4b_qgis_plugin.gui.workspace.dock import WorkspaceDock

    settings.PILOT_CATALOGUE_PATH.set(str(tmp_path / "user_pilots.json"))
    QgsProject.instance().setFileName(str(tmp_path / "project.qgz"))
    panel = WorkspaceDock(qgis_iface)
    try:
        with_boundary(panel, tmp_path)
        assert panel.load_from_pdok()
        task = panel.pdok.task
        ended = [QSignalSpy(task.taskCompleted), QSignalSpy(task.taskTerminated)]
        panel.cleanup()  # cancels the load and waits for its thread
        panel.deleteLater()
        del panel
        wait_until(lambda: sum(len(spy) for spy in ended) == 1, message="the load task ends")
        process_pending_events()  # the task's finished() and the panel's deletion
        assert len(ended[1]) == 1 and pdok_layers_in_project() == []
    finally:
        settings.PILOT_CATALOGUE_PATH.reset()


def test_without_keeping_a_copy_the_layers_stay_in_memory(dock, pdok, tmp_path):
    with_boundary(dock, tmp_path)
    dock.keepCopyCheck.setChecked(False)
    outcome, loaded = load(dock)
    assert outcome == "loaded"
    assert [layer.providerType() for layer in loaded] == ["memory", "memory"]


def test_failing_services_give_a_message_not_a_crash(dock, pdok, tmp_path, qgis_iface):
    with_boundary(dock, tmp_path)
    pdok.fail = {"natura2000": 500}
    qgis_iface.messageBar().clear_messages()
    assert load(dock) == ("failed", [])
    warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert warnings and "Tried:" in warnings[-1]
    assert pdok_layers_in_project() == [] and dock.pdokButton.isEnabled()


def test_without_boundary_the_visible_map_is_loaded_when_small_enough(dock, pdok, qgis_iface):
    from qgis.core import QgsRectangle

    dock.pilotCombo.setCurrentIndex(dock.pilotCombo.findText("Brabants Bodem"))
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    canvas.setExtent(QgsRectangle(0, 300000, 280000, 620000))  # the whole country: refused
    qgis_iface.messageBar().clear_messages()
    assert not dock.load_from_pdok() and not dock.pdok.is_running()
    assert pdok.requests == []
    assert "Zoom the map in" in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)[-1]
    canvas.setExtent(QgsRectangle(196000, 446000, 203000, 450000))
    outcome, loaded = load(dock)
    assert outcome == "loaded"
    assert [layer.featureCount() > 0 for layer in loaded] == [True, True]
    assert sorted(f["nr"] for f in loaded[0].getFeatures()) == [901, 902]


def test_pilot_dialog_adds_and_saves(dock, tmp_path, qgis_app):
    from a4b_qgis_plugin.gui.workspace.pilot_dialog import PilotDialog

    dialog = PilotDialog(dock.catalogue, dock, str(tmp_path / "user_pilots.json"))
    dialog.new_pilot()
    dialog.nameEdit.setText("Mijn pilot")
    dialog.provinceCombo.setCurrentText("Utrecht")
    dialog.addAreaButton.click()
    dialog.areaTable.item(0, 0).setText("Oostelijke Vechtplassen")
    dialog.areaTable.item(0, 1).setText("x1")
    assert not dialog.apply_form()
    assert "not a whole number" in dialog.messageLabel.text()
    dialog.areaTable.item(0, 1).setText("")
    assert dialog.save()
    pilots = pc.load_pilots(tmp_path / "user_pilots.json")
    assert pilots[-1] == pc.Pilot("Mijn pilot", "Utrecht", [{"name": "Oostelijke Vechtplassen", "nr": None}])
    # a duplicate name is refused with a message, nothing saved
    dialog.new_pilot()
    dialog.nameEdit.setText("brabants bodem")
    assert not dialog.save()
    assert "already a pilot" in dialog.messageLabel.text()
    # the panel offers the new pilot after a reload
    dock.reload_catalogue()
    assert dock.pilotCombo.findText("Mijn pilot") >= 0
    assert QgsCoordinateReferenceSystem("EPSG:28992").isValid()


def test_background_map_goes_under_the_pilot_layers(dock, pdok, tmp_path):
    from a4b_qgis_plugin.core.pilots import layer_group

    dock.load_demo_data()
    with_boundary(dock, tmp_path)
    dock.backgroundCombo.setCurrentIndex(dock.backgroundCombo.findData("luchtfoto"))
    dock.show_pilot()
    project = QgsProject.instance()
    group = layer_group.find_group(project, PILOT)
    kinds = [n.layer().customProperty(layer_group.KIND_PROPERTY) for n in group.findLayers()]
    assert kinds == ["pilot_boundary", "natura2000", "parcels", "background"]
    background = layer_group.group_layer(project, PILOT, "background")
    assert background.isValid() and background.providerType() == "wms"
    # showing again keeps the same background layer; "No background" removes it
    dock.show_pilot()
    assert layer_group.group_layer(project, PILOT, "background") is background
    dock.backgroundCombo.setCurrentIndex(dock.backgroundCombo.findData(""))
    dock.show_pilot()
    assert layer_group.group_layer(project, PILOT, "background") is None
    # the zoom is on the pilot, not on the country-wide background
    assert dock.iface.mapCanvas().extent().width() < 20000
