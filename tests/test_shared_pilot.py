"""The two panels share the current pilot; after tagging the parcels stay the active layer."""

from __future__ import annotations

import pytest
from qgis.core import QgsProject, QgsVectorLayer

from tests.measures_dock_helpers import GRASS_MEASURE, grass_ids
from tests.waiting import wait_until
from tests.workspace_helpers import dock  # noqa: F401 - the workspace panel fixture

DEMO_PILOTS = {"Demo-pilot Hoge Veen (fictief)", "Demo-pilot Beekdal (fictief)"}


@pytest.fixture
def panels(dock, qgis_iface, tmp_path):  # noqa: F811
    """The workspace panel (saved empty project) and a Measures panel beside it."""
    from a4b_qgis_plugin.gui.measures.dock import MeasuresDock

    measures = MeasuresDock(qgis_iface)
    measures.set_register_path(str(tmp_path / "register.gpkg"))
    yield dock, measures
    measures.cleanup()
    measures.deleteLater()


def _demo(workspace) -> tuple[str, str]:
    """Load the demo data; return the pilot it chose and the other demo pilot."""
    workspace.load_demo_data()
    chosen = workspace.pilot().name
    assert chosen in DEMO_PILOTS
    return chosen, (DEMO_PILOTS - {chosen}).pop()


def test_demo_data_chooses_its_pilot_in_both_panels(panels):
    workspace, measures = panels
    chosen, _other = _demo(workspace)
    assert measures.current_pilot() == chosen
    assert measures.listGroup.title() == f"Measures of {chosen}"


def test_a_pilot_chosen_in_one_panel_is_chosen_in_the_other(panels):
    workspace, measures = panels
    first, other = _demo(workspace)
    workspace.pilotCombo.setCurrentIndex(workspace.pilotCombo.findText(other))
    assert measures.current_pilot() == other
    measures.pilotCombo.setEditText(first)
    measures.pilotCombo.lineEdit().editingFinished.emit()  # what leaving the field does
    assert workspace.pilot().name == first
    # the project remembers the same pilot for both panels
    entries = {
        key: QgsProject.instance().readEntry("a4b", key, "")[0]
        for key in ("workspace/pilot", "measures/pilot")
    }
    assert entries == {"workspace/pilot": first, "measures/pilot": first}


def test_a_name_the_workspace_does_not_know_or_every_pilot_leaves_it_alone(panels):
    workspace, measures = panels
    chosen, _other = _demo(workspace)
    measures.set_pilot("Pilot typed only in the register")
    assert workspace.pilot().name == chosen
    measures.set_pilot("")  # "every pilot" in the Measures panel
    assert workspace.pilot().name == chosen
    assert measures.current_pilot() is None


def test_unloaded_panels_no_longer_follow(panels):
    from a4b_qgis_plugin.gui.common.current_pilot import shared

    workspace, measures = panels
    chosen, other = _demo(workspace)
    measures.cleanup()
    shared().choose(other)
    assert workspace.pilot().name == other
    assert measures.current_pilot() == chosen


def test_after_tagging_the_parcels_stay_the_active_layer(panels, qgis_iface):
    """The register's layer joins the pilot's group, yet the next selection-and-tag works."""
    workspace, measures = panels
    layers = workspace.load_demo_data()
    workspace.show_pilot()
    parcels = next(layer for layer in layers if isinstance(layer, QgsVectorLayer) and "brp" in layer.source())
    qgis_iface.setActiveLayer(parcels)
    assert measures.picker.select_code(GRASS_MEASURE)
    grass_ids(parcels, 2)
    first = measures.tag_selected(confirm=False)
    assert len(first) == 2
    register_layers = [
        layer
        for layer in QgsProject.instance().mapLayers().values()
        if "layername=measures" in layer.source() and layer.customProperty("a4b/kind") == "measures"
    ]
    assert register_layers, "the register's measures are shown in the pilot's group"
    assert qgis_iface.activeLayer().id() == parcels.id()
    # the next tag goes to the parcels again, without touching the layer list
    grass_ids(parcels, 4)
    second = measures.tag_selected(confirm=False)
    assert len(second) == 4
    wait_until(lambda: measures.model.rowCount() == 6, message="the table lists the six measures")
    assert qgis_iface.activeLayer().id() == parcels.id()
