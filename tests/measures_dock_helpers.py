"""Fixtures and helpers for the Measures panel tests (real QGIS, demo data copy)."""

from __future__ import annotations

import pytest
from qgis.core import QgsFeatureRequest, QgsProject, QgsVectorLayer

PILOT = "Demo-pilot Hoge Veen (fictief)"
GRASS_MEASURE = "ECO-KRUIDENGRAS"  # BRP Grasland only, € 181 revenue per ha (RVO 2023)


@pytest.fixture
def parcels(qgis_new_project, qgis_iface, demo_copy) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{demo_copy}|layername=brp_gewaspercelen", "brp_gewaspercelen", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    qgis_iface.setActiveLayer(layer)
    return layer


@pytest.fixture
def dock(qgis_iface, parcels, tmp_path):
    from a4b_qgis_plugin.gui.measures.dock import MeasuresDock

    qgis_iface.messageBar().clear_messages()
    # The register is the project's work GeoPackage (helper B's project entry), so
    # no work GeoPackage of another test in the settings folder is consulted.
    QgsProject.instance().writeEntry("a4b", "work_gpkg", str(tmp_path / "register.gpkg"))
    panel = MeasuresDock(qgis_iface)
    panel.set_register_path(str(tmp_path / "register.gpkg"))
    panel.set_pilot(PILOT)
    assert panel.picker.select_code(GRASS_MEASURE)
    yield panel
    panel.cleanup()
    panel.deleteLater()


def select(layer: QgsVectorLayer, expression: str, limit: int) -> list[int]:
    request = QgsFeatureRequest().setFilterExpression(expression).setLimit(limit)
    ids = [f.id() for f in layer.getFeatures(request)]
    layer.selectByIds(ids)
    return ids


def register_rows(dock) -> list[dict]:
    from a4b_qgis_plugin.core.register.store import open_register

    return open_register(dock.register_path(), create=False).list_measures(with_geometry=False)


def history(dock) -> list[dict]:
    from a4b_qgis_plugin.core.register.store import open_register

    return open_register(dock.register_path(), create=False).history()


def grass_ids(parcels, count=3) -> list[int]:
    return select(parcels, "\"category\" = 'Grasland'", count)


@pytest.fixture
def boundaries_stored(dock, demo_copy):
    """The demo pilots stored as boundaries in the register's GeoPackage (the work GeoPackage)."""
    from a4b_qgis_plugin.core.pilots import work_gpkg

    pilots = QgsVectorLayer(f"{demo_copy}|layername=pilots", "pilots", "ogr")
    for feature in pilots.getFeatures():
        work_gpkg.write_pilot_boundary(dock.register_path(), feature["name"], feature.geometry())
    return [f["name"] for f in pilots.getFeatures()]


def format_number(value, decimals):
    from a4b_qgis_plugin.gui.measures.edit_dialog import format_number as fmt

    return fmt(value, decimals)
