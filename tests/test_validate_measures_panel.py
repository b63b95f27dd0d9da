"""The Measures panel's "Check measures": the same findings as a4b:validatemeasures, on the rows."""

from __future__ import annotations

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt

from a4b_qgis_plugin.core.pilots.layer_group import KIND_PROPERTY
from a4b_qgis_plugin.core.validation import rules
from tests.validation_helpers import (
    EXPECTED,
    MEASURES,
    build_planted_register,
    natura2000_layer,
    parcel_layer,
    pilot_layer,
    triples,
    uuid_of,
)


@pytest.fixture
def checked_dock(qgis_iface, qgis_new_project, tmp_path):
    from a4b_qgis_plugin.gui.measures.dock import MeasuresDock

    path = tmp_path / "register.gpkg"
    build_planted_register(path)
    project = QgsProject.instance()
    project.writeEntry("a4b", "work_gpkg", str(path))
    for layer, kind in (
        (parcel_layer(), "parcels"),
        (pilot_layer(), "pilot_boundary"),
        (natura2000_layer(), "natura2000"),
    ):
        layer.setCustomProperty(KIND_PROPERTY, kind)
        project.addMapLayer(layer)
    qgis_iface.messageBar().clear_messages()
    panel = MeasuresDock(qgis_iface)
    panel.set_register_path(str(path))
    panel.set_pilot("Testpilot")
    yield panel
    if panel.findings_dialog is not None:
        panel.findings_dialog.close()
    panel.cleanup()
    panel.deleteLater()


def test_panel_finds_what_the_algorithm_finds(checked_dock, qgis_processing, provider_registered):
    import processing

    result = checked_dock.check_measures()
    assert triples(result.findings) == EXPECTED
    layers = {
        kind: next(
            layer
            for layer in QgsProject.instance().mapLayers().values()
            if layer.customProperty(KIND_PROPERTY) == kind
        )
        for kind in ("parcels", "pilot_boundary", "natura2000")
    }
    algorithm = processing.run(
        "a4b:validatemeasures",
        {
            "REGISTER": f"{checked_dock.register_path()}|layername=measures",
            "PILOTS": "Testpilot",
            "PARCELS": layers["parcels"],
            "PILOT_BOUNDARIES": layers["pilot_boundary"],
            "NATURA2000": layers["natura2000"],
            "OUTPUT": "memory:",
        },
    )
    table = [
        {"uuid": f["uuid"], "code": f["code"], "severity": f["severity"]}
        for f in algorithm["OUTPUT"].getFeatures()
    ]
    assert triples(table) == triples(result.findings)
    messages = sorted(f["message"] for f in algorithm["OUTPUT"].getFeatures())
    assert messages == sorted(f.message for f in result.findings)


def test_rows_carry_their_worst_finding(checked_dock):
    checked_dock.check_measures(show=False)
    model = checked_dock.model
    worst = {label: model.worst_severity(uuid_of(label)) for label in MEASURES}
    assert worst["quantity"] == rules.HARD and worst["stale"] == rules.SOFT
    assert worst["clean_grass"] is None and worst["clean_near_n2k"] is None
    row = model.row_of_uuid(uuid_of("transition"))
    icon = model.data(model.index(row, 0), Qt.ItemDataRole.DecorationRole)
    assert icon is not None and not icon.isNull()
    clean = model.row_of_uuid(uuid_of("clean_grass"))
    assert model.data(model.index(clean, 0), Qt.ItemDataRole.DecorationRole) is None
    tooltip = model.data(model.index(row, 1), Qt.ItemDataRole.ToolTipRole)
    assert "H-TRANSITION: Status implemented was set straight from idea" in tooltip


def test_findings_list_and_zoom(checked_dock, qgis_iface):
    checked_dock.check_measures()
    dialog = checked_dock.findings_dialog
    assert dialog.isVisible()
    assert dialog.findingsTree.topLevelItemCount() == len(EXPECTED)
    assert "17 measures checked: 7 hard errors, 5 soft warnings." in dialog.summaryLabel.text()
    # Hard errors first.
    severities = [dialog.findingsTree.topLevelItem(i).text(0) for i in range(len(EXPECTED))]
    assert severities == sorted(severities, key=lambda text: text != rules.severity_label(rules.HARD))
    index = dialog.uuids().index(uuid_of("outside_pilot"))
    item = dialog.findingsTree.topLevelItem(index)
    dialog.findingsTree.itemDoubleClicked.emit(item, 0)
    assert checked_dock.selected_uuids() == [uuid_of("outside_pilot")]
    extent = qgis_iface.mapCanvas().extent()
    assert extent.contains(150000.0 + 5050.0, 450050.0)


def test_checks_follow_edits(checked_dock):
    checked_dock.check_measures(show=False)
    assert checked_dock.model.worst_severity(uuid_of("quantity")) == rules.HARD
    assert checked_dock.edit_measure(uuid_of("quantity"), {"quantity": 1.0})
    # The table reloads after the write and is checked again: the error is gone.
    assert checked_dock.model.worst_severity(uuid_of("quantity")) is None


def test_edit_dialog_offers_only_allowed_statuses(checked_dock):
    from a4b_qgis_plugin.gui.measures.edit_dialog import MeasureEditDialog

    dialog = MeasureEditDialog(checked_dock.row_of(uuid_of("clean_pond")), checked_dock)
    offered = [dialog.statusCombo.itemData(i) for i in range(dialog.statusCombo.count())]
    assert offered == ["proposed", "idea", "agreed", "dropped"]
    dialog.deleteLater()


def test_tagging_shows_the_checks_findings(checked_dock, qgis_iface):
    parcels = next(
        layer
        for layer in QgsProject.instance().mapLayers().values()
        if layer.customProperty(KIND_PROPERTY) == "parcels"
    )
    qgis_iface.setActiveLayer(parcels)
    parcels.selectByIds([f.id() for f in parcels.getFeatures() if f["identificatie"] == "P8"])
    assert checked_dock.picker.select_code("ECO-KRUIDENGRAS")
    checked_dock.statusCombo.setCurrentIndex(checked_dock.statusCombo.findData("agreed"))
    assert len(checked_dock.tag_selected(confirm=False)) == 1
    incompatible = [w for w in checked_dock.last_warnings if "(H-INCOMPATIBLE, Hard error)" in w]
    # P8 holds conversion to nature and the same eco-activity already: both named.
    assert len(incompatible) == 2
    assert all(w.startswith("parcels:P8: ") for w in incompatible)
    assert not any("S-MONEY-MISSING" in w for w in checked_dock.last_warnings)


def test_two_layers_of_a_kind_outside_the_pilots_group_are_not_guessed(checked_dock):
    # Another pilot's Natura 2000 copy could give false findings: the rule is skipped instead.
    other = natura2000_layer()
    other.setCustomProperty(KIND_PROPERTY, "natura2000")
    QgsProject.instance().addMapLayer(other)
    result = checked_dock.check_measures(show=False)
    assert rules.N2K_DISTANCE in result.skipped
    assert triples(result.findings) == {t for t in EXPECTED if t[1] != rules.N2K_DISTANCE}
