"""Smoke test of the real QGIS desktop under Xvfb with the plugin enabled."""

from __future__ import annotations

import shutil
import sys

import pytest

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="xvfb-run (package xvfb) missing")
def test_desktop_loads_plugin_screenshots_and_unloads_cleanly(staged_plugin_dir, tmp_path, monkeypatch):
    from desktop_screenshot import run

    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    shot = tmp_path / "desktop.png"
    report = run(staged_plugin_dir, shot)
    assert report.get("loaded"), report
    assert report["errors"] == [] and report["python_errors"] == [], report
    start = report["at_start"]
    assert start["toolbars"] == ["A4BToolbar"] and start["providers"] == ["a4b"]
    assert len(start["docks"]) >= 2 and len(start["menus"]) == 1
    assert start["menus"] == ["All4Biodiversity"]  # under Plugins, not on the menu bar
    assert report["demo_pilots"][0] and report["demo_pilots"][0] == report["demo_pilots"][1]
    assert report["options_page"] == ["A4BSettingsPage"]  # Settings… opens Options at the plugin's page
    assert {"Open the demo pilot", "Settings…", "Pilot workspace", "Measures"} <= set(start["menu_entries"])
    empty = {"toolbars": [], "docks": [], "menus": [], "menu_entries": [], "providers": [], "algorithms": []}
    for key in ("after_unload_1", "after_unload_2", "after_final_unload"):
        assert report[key] == empty, key
    for key in ("after_reload_1", "after_reload_2"):
        assert report[key] == start, key
    assert shot.stat().st_size > 50_000


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="xvfb-run (package xvfb) missing")
def test_desktop_user_tags_parcels_from_the_measures_panel(staged_plugin_dir, tmp_path, monkeypatch):
    """Clicks in the real Measures panel write measures and warn about arable land."""
    from desktop_screenshot import run

    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    report = run(staged_plugin_dir, tmp_path / "measures.png", scenario="measures")
    assert report["errors"] == [], report
    assert report["after_grass"] == 4  # four grassland parcels tagged by clicking
    assert report["after_bouwland"] == 5  # the arable parcel, after answering the warning
    assert report["dialogs"] and "Bouwland" in report["dialogs"][0]
    assert report["totals"]
    # QGIS makes a layer it adds to the layer list active; the parcels must stay active
    for key in ("active_after_grass", "active_after_write_without_pilot", "active_at_end"):
        assert report[key] == "brp_gewaspercelen", key
    assert (tmp_path / "measures.png").stat().st_size > 50_000
