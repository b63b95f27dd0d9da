"""Suggested measures: the rules on hand-made values, and the Measures panel writing ideas."""

from __future__ import annotations

import pytest
from qgis.core import QgsProject, QgsVectorLayer

from a4b_qgis_plugin.core.common.paths import DEMO_DIR
from a4b_qgis_plugin.core.scoring.suggest import rules_for, top_third
from tests import measures_dock_helpers
from tests.measures_dock_helpers import register_rows

dock = measures_dock_helpers.dock  # the fixtures
parcels = measures_dock_helpers.parcels


def _codes(values, high_dep=1500.0, high_gw=1.0):
    return [code for code, _why in rules_for(values, high_dep, high_gw)]


def test_rules():
    assert top_third([None, 1, 2, 3, 4]) == pytest.approx(3.0)
    assert top_third([None]) is None
    bridge = {"a4b_links": 2, "a4b_gap_m": 180.0}
    assert _codes(bridge) == ["PILOT-OMVORMING-NATUUR", "PILOT-HAGEN"]
    dry_high = {"a4b_gw_mean": 1.4, "a4b_elev_diff_m": 2.0, "a4b_n2k_dist_m": 600.0}
    assert _codes(dry_high) == ["PILOT-WATER-VASTHOUDEN", "PILOT-VERNATTING"]
    dry_low_near = {"a4b_gw_mean": 1.4, "a4b_elev_diff_m": -0.5, "a4b_n2k_dist_m": 100.0}
    assert _codes(dry_low_near) == ["PILOT-HYDRO-BUFFERZONE"]
    assert _codes({"a4b_gw_mean": 1.4, "a4b_n2k_dist_m": 900.0}) == []  # dry, but neither higher nor near
    nitrogen = {"a4b_dep_mean": 1800.0, "a4b_n2k_dist_m": 1000.0}
    assert _codes(nitrogen) == ["PILOT-STIKSTOFEXTENSIEF", "ECO-BUFFERSTROOK-KRUIDEN"]
    assert _codes({"a4b_dep_mean": 1800.0, "a4b_n2k_dist_m": 1000.5}) == []  # beyond the 1 km zone
    assert _codes({"a4b_dep_mean": 1400.0, "a4b_n2k_dist_m": 10.0}) == []  # not in the top third
    assert _codes({"a4b_links": 1, "a4b_dep_mean": None, "a4b_gw_mean": None}) == []  # NULLs suggest nothing


@pytest.fixture
def scored(dock, demo_copy, tmp_path, qgis_iface, provider_registered):
    import processing

    crops = "\"category\" IN ('Grasland','Bouwland')"
    out = str(tmp_path / "scored.gpkg")
    processing.run(
        "a4b:scoreparcels",
        {
            "PARCELS": f"{demo_copy}|layername=brp_gewaspercelen|subset={crops}",
            "NATURA2000": f"{demo_copy}|layername=natura2000",
            "NATURE": str(DEMO_DIR / "demo_nature.geojson"),
            "DEPOSITION": str(DEMO_DIR / "demo_deposition.tif"),
            "GROUNDWATER": str(DEMO_DIR / "demo_glg.tif"),
            "ELEVATION": str(DEMO_DIR / "demo_elevation.tif"),
            "OUTPUT": out,
        },
    )
    layer = QgsVectorLayer(out, "scored", "ogr")
    QgsProject.instance().addMapLayer(layer)
    qgis_iface.setActiveLayer(layer)
    return layer


def test_panel_suggests_and_writes_ideas(dock, scored):
    bridging = [f.id() for f in scored.getFeatures() if (f["a4b_links"] or 0) >= 2][:3]
    assert bridging
    scored.selectByIds(bridging)
    dialog = dock.suggesting.open()
    assert dialog is not None
    codes = [s.measure.code for s in dialog.suggestions]
    assert "PILOT-OMVORMING-NATUUR" in codes
    conversion = dialog.suggestions[codes.index("PILOT-OMVORMING-NATUUR")]
    assert sorted(conversion.parcels) == sorted(bridging)
    assert dialog.suggestionTable.rowCount() == len(codes)
    assert not dialog.add_checked()  # nothing checked: nothing written
    assert dialog.set_checked("PILOT-OMVORMING-NATUUR")
    uuids = dialog.add_checked()
    assert len(uuids) == len(bridging)
    rows = [r for r in register_rows(dock) if r["uuid"] in uuids]
    assert {r["measure_code"] for r in rows} == {"PILOT-OMVORMING-NATUUR"}
    assert {r["status"] for r in rows} == {"idea"}
    assert all("links" in (r["notes"] or "") for r in rows)
    assert dialog.add_checked() == []  # the parcels have it now: nothing twice
    dialog.close()


def test_panel_needs_scored_parcels(dock, parcels, qgis_iface):
    qgis_iface.setActiveLayer(parcels)
    parcels.selectByIds([next(parcels.getFeatures()).id()])
    assert dock.suggesting.open() is None
