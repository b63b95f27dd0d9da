"""The Measures panel on a team register: tag, see another user's change, and a stale edit asked about."""

from __future__ import annotations

import pytest
from qgis.core import Qgis, QgsProject

from a4b_qgis_plugin.core.register.backend import open_register
from tests.measures_dock_helpers import GRASS_MEASURE, PILOT, dock, grass_ids, parcels  # noqa: F401


@pytest.fixture
def team_dock(dock, team_register):  # noqa: F811
    dock.set_register_path(team_register)
    assert dock.register_path() == team_register
    return dock


def test_tag_into_the_team_register_and_see_it_on_the_map(team_dock, parcels, team_register):  # noqa: F811
    grass_ids(parcels, 3)
    uuids = team_dock.tag_selected(confirm=False)
    assert len(uuids) == 3
    rows = open_register(team_register).list_measures(with_geometry=False)
    assert {r["uuid"] for r in rows} == set(uuids) and {r["pilot"] for r in rows} == {PILOT}
    assert {r["measure_code"] for r in rows} == {GRASS_MEASURE}
    assert team_dock.model.rowCount() == 3
    layers = [
        layer for layer in QgsProject.instance().mapLayers().values() if layer.providerType() == "postgres"
    ]
    assert len(layers) == 1 and layers[0].featureCount() == 3
    assert layers[0].isRefreshOnNotifyEnabled()
    grass_ids(parcels, 4)
    team_dock.tag_selected(confirm=False)  # the same layer is reloaded, not added again
    layers = [
        layer for layer in QgsProject.instance().mapLayers().values() if layer.providerType() == "postgres"
    ]
    assert len(layers) == 1
    assert layers[0].featureCount() == len(open_register(team_register).list_measures()) == 7
    label = team_dock.registerHomeLabel
    assert label.toolTip() == team_register and label.text() == f"Team register {team_register}"
    team_dock.undo()  # the second tagging only
    assert {r["uuid"] for r in open_register(team_register).list_measures()} == set(uuids)


def test_another_users_change_shows_after_the_check(team_dock, parcels, team_register):  # noqa: F811
    grass_ids(parcels, 1)
    team_dock.tag_selected(confirm=False)
    watch = team_dock.register_watch
    team_dock.show()
    watch.check()  # in step with the panel's own write
    assert watch.check() is False
    other = open_register(team_register)
    row = other.list_measures()[0]
    other.add_measures([dict(row, uuid=None, parcel_fingerprint=None, parcel_ref="elders", pilot=PILOT)])
    assert team_dock.model.rowCount() == 1
    assert watch.check() is True
    assert team_dock.model.rowCount() == 2


@pytest.mark.parametrize("answer", ["reload", "overwrite"])
def test_a_stale_edit_is_asked_about(team_dock, parcels, team_register, monkeypatch, answer):  # noqa: F811
    from a4b_qgis_plugin.gui.measures import team

    grass_ids(parcels, 1)
    (uuid,) = team_dock.tag_selected(confirm=False)
    open_register(team_register).update_measure(uuid, {"notes": "van de collega"})
    asked = []
    monkeypatch.setattr(team, "ask_conflict", lambda parent, text: asked.append(text) or answer)
    saved = team_dock.edit_measure(uuid, {"notes": "van mij"})
    assert "(version 2)" in asked[0] and "(version 1)" in asked[0]
    notes = open_register(team_register).get_measures([uuid])[0]["notes"]
    if answer == "reload":
        assert not saved and notes == "van de collega"
        assert team_dock.model.row_dict(0)["notes"] == "van de collega"
    else:
        assert saved and notes == "van mij"


def test_the_team_dialog_sets_up_and_chooses_a_register(team_dock, pg_cluster, monkeypatch):
    from qgis.PyQt.QtWidgets import QMessageBox

    from a4b_qgis_plugin.gui.measures.team import TeamRegisterDialog

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    dialog = TeamRegisterDialog(team_dock)
    dialog.uriEdit.setText(pg_cluster.uri().split("?")[0])
    dialog.schemaEdit.setText("waterschap")
    dialog.useButton.click()  # nothing there yet: said in the dialog, which stays open
    assert "holds no team register in schema waterschap" in dialog.statusLabel.text() and not dialog.value
    dialog.setUpButton.click()
    assert dialog.value.endswith("?schema=waterschap") and "waterschap_editor" in told[0]
    assert open_register(dialog.value).list_measures() == []
    dialog.setUpButton.click()  # a second time: the schema exists, nothing changes
    assert "exists already" in dialog.statusLabel.text()


def test_export_from_the_panel_is_prefilled_with_the_team_register(team_dock, parcels):  # noqa: F811
    from a4b_qgis_plugin.gui.measures.export_dialog import export_parameters

    grass_ids(parcels, 2)
    team_dock.tag_selected(confirm=False)
    parameters = export_parameters(PILOT, team_dock.register_path(), QgsProject.instance())
    layer = QgsProject.instance().mapLayer(parameters["REGISTER"])
    assert layer is not None and layer.providerType() == "postgres" and layer.featureCount() == 2


def test_another_users_change_shows_at_once_by_notification(team_dock, parcels, team_register):  # noqa: F811
    from tests.waiting import wait_until

    grass_ids(parcels, 1)
    team_dock.tag_selected(confirm=False)
    assert team_dock.register_watch.listener is not None
    other = open_register(team_register)
    row = other.list_measures()[0]
    other.add_measures([dict(row, uuid=None, parcel_fingerprint=None, parcel_ref="elders", pilot=PILOT)])
    # no timer involved: the trigger's notification reaches the panel through Qt's event loop
    wait_until(lambda: team_dock.model.rowCount() == 2, message="the panel shows the other user's measure")
    other.delete_measures([row["uuid"]])
    wait_until(lambda: team_dock.model.rowCount() == 1, message="the panel drops the deleted measure")


def test_a_reader_in_the_panel_cannot_tag(team_dock, parcels, pg_cluster, team_register, qgis_iface):  # noqa: F811
    from qgis.core import Qgis

    from a4b_qgis_plugin.core.register import pg_schema
    from a4b_qgis_plugin.core.register.pg_connect import parse_target

    """The reader sees the measures without personal data, and tagging says which role to ask for."""
    schema = parse_target(team_register).schema
    grass_ids(parcels, 2)
    team_dock.tag_selected(confirm=False)
    reader = pg_cluster.add_login(f"{schema}_waterschap", pg_schema.role_names(schema)["reader"])
    team_dock.set_register_path(pg_cluster.uri(reader, schema))
    assert team_dock.model.rowCount() == 2
    assert {team_dock.model.row_dict(n)["stakeholder"] for n in range(2)} == {None}
    qgis_iface.messageBar().clear_messages()
    grass_ids(parcels, 3)
    assert team_dock.tag_selected(confirm=False) == []
    errors = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
    assert any("but not change it" in text and f"{schema}_editor" in text for text in errors), errors
    assert len(open_register(team_register).list_measures()) == 2


def test_undo_of_an_edit_never_overwrites_a_later_save(team_dock, parcels, team_register, qgis_iface):  # noqa: F811
    grass_ids(parcels, 1)
    (uuid,) = team_dock.tag_selected(confirm=False)
    assert team_dock.edit_measure(uuid, {"notes": "van mij"})
    team_dock.undo()
    assert open_register(team_register).get_measures([uuid])[0]["notes"] is None
    team_dock.undo_stack.redo()
    assert open_register(team_register).get_measures([uuid])[0]["notes"] == "van mij"
    open_register(team_register).update_measure(uuid, {"notes": "van de collega"})
    team_dock.undo()  # would put back the value before my edit over the colleague's
    assert open_register(team_register).get_measures([uuid])[0]["notes"] == "van de collega"
    assert any("version" in text for text in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical))
