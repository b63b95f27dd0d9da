"""The Measures panel and a4b:tagmeasures run the same tagging service: same parcels, same warnings."""

from __future__ import annotations

import re

import pytest
from qgis.core import QgsProcessingContext, QgsProcessingFeatureSourceDefinition, QgsProject

from tests import measures_dock_helpers as helpers
from tests.measures_dock_helpers import GRASS_MEASURE, PILOT, select
from tests.test_parcel_identity import Collecting

boundaries_stored = helpers.boundaries_stored  # the fixture
dock = helpers.dock  # the fixture
parcels = helpers.parcels  # the fixture


UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def same_text(warnings: list[str]) -> list[str]:
    """*warnings* sorted, with the uuids of register rows (each path has its own register) masked."""
    return sorted(UUID.sub("<uuid>", w) for w in warnings)


def _run_algorithm(parcels, register_path) -> list[str]:
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = Collecting()
    processing.run(
        "a4b:tagmeasures",
        {
            "PARCELS": QgsProcessingFeatureSourceDefinition(parcels.id(), True),
            "MEASURE": GRASS_MEASURE,
            "PILOT": PILOT,
            "REGISTER": str(register_path),
        },
        context=context,
        feedback=feedback,
    )
    return feedback.warnings


def test_panel_and_algorithm_give_the_same_warnings(
    provider_registered, dock, parcels, boundaries_stored, tmp_path
):
    # A Bouwland parcel (category), one outside every pilot, one in another pilot, one inside.
    ids = []
    for expression in (
        "\"category\" = 'Bouwland'",
        "\"category\" = 'Grasland' AND x_max($geometry) < 196400",
        "\"category\" = 'Grasland' AND x_min($geometry) > 202300"
        " AND y_min($geometry) > 446600 AND y_max($geometry) < 452200",
        "\"category\" = 'Grasland' AND x_min($geometry) > 197000 AND x_max($geometry) < 201000"
        " AND y_min($geometry) > 447000 AND y_max($geometry) < 455000",
    ):
        ids += select(parcels, expression, 1)
    parcels.selectByIds(ids)
    assert parcels.selectedFeatureCount() == 4

    assert len(dock.tag_selected(confirm=False)) == 4
    panel = dock.last_warnings
    algorithm = _run_algorithm(parcels, tmp_path / "algorithm.gpkg")
    assert any("Bouwland" in w for w in panel)
    assert any("outside every pilot boundary" in w for w in panel)
    assert any("not in pilot" in w for w in panel)
    assert algorithm == panel

    # Again: each now warns that the parcels already have the measure; the algorithm adds
    # that it wrote them anyway and how to avoid it.
    # Both also give the delivery checks' findings on the new measures (the same measure twice on
    # the same ground is an incompatible pair).
    dock.tag_selected(confirm=False)
    panel = dock.last_warnings
    algorithm = _run_algorithm(parcels, tmp_path / "algorithm.gpkg")
    assert sum("already in the register" in w for w in panel) == 4
    assert any("(H-INCOMPATIBLE" in w for w in panel)
    anyway = [w for w in algorithm if "SKIP_DUPLICATES" in w]
    assert len(anyway) == 1
    assert same_text(w for w in algorithm if w not in anyway) == same_text(panel)
    assert "written anyway" in algorithm[-1] and "SKIP_DUPLICATES" in algorithm[-1]


def test_layer_without_crs_warns_in_the_panel_and_the_algorithm(
    provider_registered, dock, qgis_iface, tmp_path
):
    """Read as EPSG:28992 with a warning in both, as flagging does (message bar / pushWarning)."""
    from qgis.core import Qgis, QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer("Polygon?crs=", "zonder crs", "memory")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(
        QgsGeometry.fromWkt(
            "POLYGON((200000 450000,200100 450000,200100 450100,200000 450100,200000 450000))"
        )
    )
    layer.dataProvider().addFeature(feature)
    QgsProject.instance().addMapLayer(layer)
    qgis_iface.setActiveLayer(layer)
    layer.selectAll()
    qgis_iface.messageBar().clear_messages()
    assert len(dock.tag_selected(confirm=False)) == 1
    bar = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert any("zonder crs has no coordinate reference system" in m for m in bar), bar
    algorithm = _run_algorithm(layer, tmp_path / "algorithm.gpkg")
    assert algorithm == dock.last_warnings
    assert "EPSG:28992" in algorithm[0]


@pytest.mark.parametrize("value", [1e308, "veel"])
def test_damaged_amount_in_the_register_is_explained_in_the_panel(dock, parcels, qgis_iface, value):
    import sqlite3

    from qgis.core import Qgis

    select(parcels, "\"category\" = 'Grasland'", 1)
    (uuid,) = dock.tag_selected(confirm=False)
    with sqlite3.connect(dock.register_path()) as conn:  # damage from another program
        conn.execute("UPDATE measures SET cost_eur_yr = ? WHERE uuid = ?", (value, uuid))
    qgis_iface.messageBar().clear_messages()
    dock.refresh_table()
    assert dock.model.rowCount() == 1  # still listed, so it can be corrected with Edit
    assert "impossible value" in dock.totalsLabel.text() and uuid in dock.totalsLabel.text()
    assert any("cost_eur_yr" in m for m in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical))
