"""The Measures panel in real QGIS: tagging selected parcels, warnings before writing, totals, map layer."""

from __future__ import annotations

import os

import pytest
from qgis.core import Qgis, QgsProject, QgsVectorLayer
from qgis.PyQt.QtWidgets import QMessageBox

from tests import measures_dock_helpers as helpers
from tests.measures_dock_helpers import GRASS_MEASURE, PILOT, grass_ids, register_rows, select

boundaries_stored = helpers.boundaries_stored  # the fixture
dock = helpers.dock  # the fixture
parcels = helpers.parcels  # the fixture


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
    from a4b_qgis_plugin.core.common.numbers import format_money, ui_locale

    assert ui_locale().toString(total_ha, "f", 2) + " ha" in totals
    assert format_money(181 * total_ha) in totals
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
