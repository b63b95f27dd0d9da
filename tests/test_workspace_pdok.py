"""The panel's "Load for this pilot": recorded PDOK responses from a local server, saved for offline use."""

from __future__ import annotations

import pytest
from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsGeometry, QgsProject

from a4b_qgis_plugin.core.common import settings
from a4b_qgis_plugin.core.pilots import catalogue as pc
from a4b_qgis_plugin.core.pilots import work_gpkg
from tests import workspace_helpers
from tests.pdok_helpers import PdokStandIn

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


def test_load_for_this_pilot_fills_the_layers_and_keeps_a_copy(dock, pdok, tmp_path):
    with_boundary(dock, tmp_path)
    loaded = dock.load_from_pdok()
    assert len(loaded) == 2
    n2k, parcels = loaded
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
    # the pilot can then be shown from the saved copies
    dock.show_pilot()
    group = QgsProject.instance().layerTreeRoot().findGroup(f"A4B – {PILOT}")
    assert group is not None and len(group.findLayers()) == 3


def test_without_keeping_a_copy_the_layers_stay_in_memory(dock, pdok, tmp_path):
    with_boundary(dock, tmp_path)
    dock.keepCopyCheck.setChecked(False)
    loaded = dock.load_from_pdok()
    assert [layer.providerType() for layer in loaded] == ["memory", "memory"]


def test_failing_services_give_a_message_not_a_crash(dock, pdok, tmp_path, qgis_iface):
    with_boundary(dock, tmp_path)
    pdok.fail = {"natura2000": 500}
    qgis_iface.messageBar().clear_messages()
    assert dock.load_from_pdok() == []
    warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert warnings and "Tried:" in warnings[-1]


def test_without_boundary_the_visible_map_is_loaded_when_small_enough(dock, pdok, qgis_iface):
    from qgis.core import QgsRectangle

    dock.pilotCombo.setCurrentIndex(dock.pilotCombo.findText("Brabants Bodem"))
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    canvas.setExtent(QgsRectangle(0, 300000, 280000, 620000))  # the whole country: refused
    qgis_iface.messageBar().clear_messages()
    assert dock.load_from_pdok() == []
    assert pdok.requests == []
    assert "Zoom the map in" in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)[-1]
    canvas.setExtent(QgsRectangle(196000, 446000, 203000, 450000))
    loaded = dock.load_from_pdok()
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
