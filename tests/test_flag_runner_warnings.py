"""The workspace panel's flagging task passes the algorithm's warnings on, not only its errors."""

from __future__ import annotations

import subprocess

from qgis.core import QgsProject

from tests.waiting import wait_for_signal


def test_warnings_of_a_successful_run_reach_the_panel(
    qgis_new_project, provider_registered, demo_gpkg, tmp_path
):
    from a4b_qgis_plugin.gui.workspace.flag_runner import FlagRunner

    # Natura 2000 areas without a name field: the run succeeds and warns that names stay empty.
    areas = tmp_path / "areas.gpkg"
    subprocess.run(
        ["ogr2ogr", "-f", "GPKG", "-select", "nr", str(areas), str(demo_gpkg), "natura2000"], check=True
    )
    runner = FlagRunner()
    parameters = {
        "PARCELS": f"{demo_gpkg}|layername=brp_gewaspercelen",
        "NATURA2000": str(areas),
        "BANDS": "100,250",
        "OUTPUT": str(tmp_path / "flagged.gpkg"),
    }
    ok, results, error = wait_for_signal(
        runner.finished, 240_000, lambda: runner.start(parameters, QgsProject.instance())
    )[0]
    assert ok, error
    assert results["COUNT_FLAGGED"] > 0
    assert any("name" in warning for warning in runner.warnings()), runner.warnings()
