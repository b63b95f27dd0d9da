"""The export and summary algorithms from the provider and from ``qgis_process``."""

from __future__ import annotations

import csv
import json

import pytest

from a4b_qgis_plugin.core.common.paths import DEMO_GPKG
from tests.export_helpers import WEST, build_register, expected


def test_provider_offers_the_export_algorithms(provider_registered):
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    for algorithm_id in ("a4b:exportmeasures", "a4b:summarisemeasures"):
        algorithm = registry.algorithmById(algorithm_id)
        assert algorithm is not None, algorithm_id
        assert algorithm.shortHelpString()
        assert all(p.help() for p in algorithm.parameterDefinitions()), algorithm_id


def _json(proc) -> dict:
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return json.loads(proc.stdout[proc.stdout.find("{") :])


@pytest.mark.slow
def test_qgis_process_exports_all_five_formats(staged_plugin_dir, tmp_path, qgis_app):
    from qgis_env import run_qgis_process

    register = build_register(tmp_path / "a4b_work.gpkg")
    out = tmp_path / "out"
    out.mkdir()
    outputs = {
        "OUTPUT_GPKG": out / "m.gpkg",
        "OUTPUT_GEOJSON": out / "m.geojson",
        "OUTPUT_CSV": out / "m.csv",
        "OUTPUT_XLSX": out / "m.xlsx",
        "OUTPUT_PDF": out / "m.pdf",
    }
    args = ["run", "a4b:exportmeasures", "--json", "--", f"REGISTER={register}|layername=measures"]
    args += [f"NATURA2000={DEMO_GPKG}|layername=natura2000", "STATUSES=proposed,agreed,idea,implemented"]
    args += [f"{key}={path}" for key, path in outputs.items()]
    result = _json(run_qgis_process(args, plugin_path=staged_plugin_dir, timeout=300))["results"]
    assert result["COUNT"] == 7 and result["PAGES"] == 3  # the overview and two pilots
    for path in outputs.values():
        assert path.exists() and path.stat().st_size > 0, path
    with open(outputs["OUTPUT_CSV"], newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert round(sum(float(r["cost_eur_yr"] or 0) for r in rows), 2) == expected()["cost_eur_yr"]

    summary = out / "summary.csv"
    args = ["run", "a4b:summarisemeasures", "--json", "--", f"REGISTER={register}", f"PILOTS={WEST}"]
    args.append(f"OUTPUT={summary}")
    _json(run_qgis_process(args, plugin_path=staged_plugin_dir, timeout=300))
    with open(summary, newline="", encoding="utf-8-sig") as handle:
        table = list(csv.DictReader(handle))
    grand = table[-1]
    assert grand["pilot"] == "" and int(grand["count"]) == expected(pilots=[WEST])["count"]
    assert float(grand["cost_eur_yr"]) == pytest.approx(expected(pilots=[WEST])["cost_eur_yr"])
