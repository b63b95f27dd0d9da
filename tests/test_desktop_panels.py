"""The real QGIS desktop on a laptop screen: both panels fit, QGIS's window stays on the screen."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from .conftest import ROOT
from .test_panel_sizes import BUDGET

sys.path.insert(0, str(ROOT / "scripts"))


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="xvfb-run (package xvfb) missing")
@pytest.mark.parametrize("screen, scale", [("1366x768", None), ("1920x1080", 1.25)])
def test_panels_fit_the_screen_after_the_demo_and_after_tagging(
    staged_plugin_dir, tmp_path, monkeypatch, screen, scale
):
    from desktop_screenshot import run

    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    report = run(staged_plugin_dir, tmp_path / "panels.png", scenario="panels", screen=screen, scale=scale)
    assert report["errors"] == [], report
    assert report["demo_started"] and report["tagged"] == 4
    for stage in ("demo", "tagged"):
        sizes = report["sizes"][stage]
        width, height = sizes["screen"]  # logical pixels: 1536 x 864 at 125 %
        assert sizes["window_frame"][1] <= height, (stage, sizes)
        assert sizes["window_min_height"] <= height, (stage, sizes)
        for dock in ("A4BWorkspaceDock", "A4BMeasuresDock"):
            assert sizes[dock]["min_height"] <= BUDGET, (stage, dock, sizes)
            assert sizes[dock]["width"] < width / 2, (stage, dock, sizes)  # the map keeps most of it
    assert len(report["shots"]) == 4
    assert all(Path(shot).stat().st_size > 50_000 for shot in report["shots"])
