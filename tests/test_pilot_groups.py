"""One group per pilot: the pilot in hand shown, the others collapsed and hidden; empty states stay empty."""

from __future__ import annotations

from qgis.core import Qgis, QgsProject, QgsVectorLayer

from a4b_qgis_plugin.core.pilots import layer_group
from tests import workspace_helpers

dock = workspace_helpers.dock  # the fixture

HOGE_VEEN = "Demo-pilot Hoge Veen (fictief)"
BEEKDAL = "Demo-pilot Beekdal (fictief)"


def polygons(name):
    return QgsVectorLayer("MultiPolygon?crs=EPSG:28992&field=category:string", name, "memory")


def choose(panel, name):
    index = panel.pilotCombo.findText(name)
    assert index >= 0, name
    panel.pilotCombo.setCurrentIndex(index)


def shown_pilots(project) -> set[str]:
    """The pilots whose layers QGIS draws (checked in the layer tree, group and layer)."""
    return {
        layer.customProperty(layer_group.PILOT_PROPERTY) for layer in project.layerTreeRoot().checkedLayers()
    }


def test_the_newest_group_is_shown_the_others_collapsed_and_hidden(qgis_new_project):
    project = QgsProject.instance()
    first = layer_group.build_pilot_group(
        project, "A", {"parcels": polygons("a"), "measures": polygons("ma")}
    )
    second = layer_group.build_pilot_group(
        project, "B", {"parcels": polygons("b"), "measures": polygons("mb")}
    )
    assert [g.name() for g in layer_group.pilot_groups(project)] == ["A4B – B", "A4B – A"]
    assert second.itemVisibilityChecked() and second.isExpanded()
    assert not first.itemVisibilityChecked() and not first.isExpanded()
    # B's opaque parcels cannot cover A's measures: A is not drawn at all, and says so in the tree
    assert shown_pilots(project) == {"B"}
    assert layer_group.focus_pilot_group(project, "A")
    assert shown_pilots(project) == {"A"} and first.isExpanded() and not second.isExpanded()
    assert not layer_group.focus_pilot_group(project, "no such pilot")
    assert shown_pilots(project) == {"A"}
    project.removeAllMapLayers()
    project.layerTreeRoot().removeAllChildren()


def test_no_layers_no_group(qgis_new_project):
    project = QgsProject.instance()
    assert layer_group.build_pilot_group(project, "Empty", {}) is None
    assert (
        layer_group.build_pilot_group(project, "Empty", {"parcels": None, "unknown": polygons("x")}) is None
    )
    assert layer_group.find_group(project, "Empty") is None and layer_group.pilot_groups(project) == []


def test_switching_pilots_in_the_panel_shows_that_pilots_group(dock):
    project = QgsProject.instance()
    dock.load_demo_data()
    choose(dock, HOGE_VEEN)
    dock.show_pilot()
    choose(dock, BEEKDAL)
    dock.show_pilot()
    assert shown_pilots(project) - {None} == {BEEKDAL}
    assert not layer_group.find_group(project, HOGE_VEEN).isExpanded()
    # choosing a pilot that has a group brings it back, without pressing Show pilot
    choose(dock, HOGE_VEEN)
    assert shown_pilots(project) - {None} == {HOGE_VEEN}
    assert layer_group.find_group(project, HOGE_VEEN).isExpanded()
    # a pilot without a group leaves the map as it is
    choose(dock, "Zuid-Holland pilot")
    assert shown_pilots(project) - {None} == {HOGE_VEEN}


def test_show_pilot_without_layers_adds_no_empty_group(dock, qgis_iface):
    qgis_iface.messageBar().clear_messages()
    choose(dock, "Zuid-Holland pilot")
    assert dock.show_pilot() is None
    assert layer_group.pilot_groups(QgsProject.instance()) == []
    warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert any("Nothing to show yet" in text for text in warnings), warnings


def test_export_of_a_register_that_does_not_exist_says_so(dock, qgis_iface, tmp_path):
    from a4b_qgis_plugin.gui.measures import export_dialog

    qgis_iface.messageBar().clear_messages()
    missing = tmp_path / "nobody" / "register.gpkg"
    assert export_dialog.open_export_dialog("P", str(missing)) is None
    warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert any("There is no measures register at" in text and str(missing) in text for text in warnings)
    # the workspace panel's Export… on a project without a register says the same
    qgis_iface.messageBar().clear_messages()
    dock.open_export()
    warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert any("There is no measures register at" in text for text in warnings), warnings
