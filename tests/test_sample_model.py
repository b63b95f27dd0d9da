"""The sample model in resources/models: listed by the provider, reproducible, runs in qgis_process."""

from __future__ import annotations

import csv
import json
import subprocess
import sys

import pytest
from qgis.core import Qgis, QgsApplication, QgsProcessingModelAlgorithm

from a4b_qgis_plugin.core.common.paths import DEMO_GPKG

from .conftest import ROOT

MODEL_ID = "a4b:modelflagtagexport"
MODEL_FILE = ROOT / "a4b_qgis_plugin" / "resources" / "models" / "flag_tag_export.model3"
SHIPPED_WITH = 322  # QGIS 3.22 writes the shipped file (scripts/make_sample_model.py)


def test_provider_lists_the_sample_model_under_models(provider_registered):
    model = QgsApplication.processingRegistry().algorithmById(MODEL_ID)
    assert model is not None
    assert model.provider().id() == "a4b" and model.id() == MODEL_ID
    assert model.group() == "Models" and model.groupId() == "models"
    assert model.displayName().startswith("Sample model")
    assert "Graphical Modeler" in model.shortHelpString()
    names = {p.name() for p in model.parameterDefinitions()}
    assert {"PARCELS", "NATURA2000", "DISTANCE", "MEASURE", "REGISTER"} <= names
    assert any(name.endswith("OUTPUT_CSV") for name in names)
    assert all(p.help() for p in model.parameterDefinitions())
    # the steps are the plugin's algorithms and QGIS's own
    steps = sorted(child.algorithmId() for child in model.childAlgorithms().values())
    assert steps == ["a4b:exportmeasures", "a4b:flagparcels", "a4b:tagmeasures", "native:extractbyexpression"]
    assert all(child.algorithm() is not None for child in model.childAlgorithms().values())
    ok, problems = model.validate()
    assert ok, problems


def test_a_fresh_provider_instance_lists_the_model_again(provider_registered):
    """Reloading the provider (the Processing options' refresh) keeps the model and its id."""
    provider = QgsApplication.processingRegistry().providerById("a4b")
    provider.refreshAlgorithms()
    assert [a.id() for a in provider.algorithms() if a.groupId() == "models"] == [MODEL_ID]


def test_the_shipped_file_is_what_the_script_builds(provider_registered, tmp_path):
    built = tmp_path / "model.model3"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_sample_model.py"), str(built)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert _model_content(built) == _model_content(MODEL_FILE), (
        "run scripts/make_sample_model.py and commit the file"
    )
    if Qgis.QGIS_VERSION_INT // 100 == SHIPPED_WITH:
        # the version the file is built with writes it byte for byte; later ones add their own keys
        assert built.read_bytes() == MODEL_FILE.read_bytes(), (
            "run scripts/make_sample_model.py and commit the file"
        )


def _plain(value):
    """A comparable form of a parameter's default or a static source value."""
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value.toVariant()) if hasattr(value, "toVariant") else str(value)


def _model_content(path) -> dict:
    """What a .model3 file says, whatever QGIS version wrote it.

    Later QGIS versions name model outputs differently ("measures_csv" rather
    than "export:OUTPUT_CSV") and store extra keys; the steps, their inputs,
    the links between them and the texts are what must match.
    """
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(path)), path

    def parameter(p):
        return (p.type(), p.description(), p.help(), _plain(p.defaultValue()), int(p.flags()))

    steps = {}
    for child_id, child in model.childAlgorithms().items():
        sources = {
            name: [
                (
                    int(s.source()),
                    _plain(s.staticValue()),
                    s.parameterName(),
                    s.outputChildId(),
                    s.outputName(),
                    s.expression(),
                    s.expressionText(),
                )
                for s in found
            ]
            for name, found in child.parameterSources().items()
        }
        outputs = sorted(
            (o.childOutputName(), o.description(), _plain(o.defaultValue()), o.isMandatory())
            for o in child.modelOutputs().values()
        )
        dependencies = sorted((d.childId, d.conditionalBranch) for d in child.dependencies())
        steps[child_id] = (
            child.algorithmId(),
            child.description(),
            child.isActive(),
            sources,
            outputs,
            dependencies,
        )
    # the child algorithms resolve (provider registered), so the model's outputs exist as parameters
    assert model.destinationParameterDefinitions(), "register the a4b provider first"
    return {
        "name": (model.name(), model.group()),
        "help": _plain(model.helpContent()),
        "inputs": {p.name(): parameter(p) for p in model.parameterDefinitions() if not p.isDestination()},
        "outputs": sorted(parameter(p) for p in model.destinationParameterDefinitions()),
        "order": [p.name() for p in model.parameterDefinitions() if not p.isDestination()],
        "steps": steps,
    }


def _expected_grassland(tmp_path, distance: float) -> int:
    """Grassland parcels within *distance* of Natura 2000, from a4b:flagparcels run on its own."""
    import processing

    result = processing.run(
        "a4b:flagparcels",
        {
            "PARCELS": f"{DEMO_GPKG}|layername=brp_gewaspercelen",
            "NATURA2000": f"{DEMO_GPKG}|layername=natura2000",
            "BANDS": "100,250,500,1000",
            "OUTPUT": str(tmp_path / "flagged.gpkg"),
        },
    )
    from qgis.core import QgsVectorLayer

    from a4b_qgis_plugin.core.common.values import plain_value

    layer = QgsVectorLayer(result["OUTPUT"], "flagged", "ogr")
    distances = [
        plain_value(f["n2k_dist_m"], float) for f in layer.getFeatures() if f["category"] == "Grasland"
    ]
    return sum(1 for d in distances if d is not None and d <= distance)


def _csv_rows(path) -> list[dict]:
    with open(path, newline="", encoding="utf-8-sig") as handle:
        header = handle.readline()
        handle.seek(0)
        if handle.read(1) != "\ufeff":
            handle.seek(0)
        return list(csv.DictReader(handle, delimiter=";" if header.count(";") > header.count(",") else ","))


@pytest.mark.slow
def test_qgis_process_runs_the_sample_model_on_the_demo_data(
    staged_plugin_dir, tmp_path, provider_registered
):
    from qgis_env import run_qgis_process

    register = tmp_path / "register.gpkg"
    out_csv, out_gpkg = tmp_path / "measures.csv", tmp_path / "measures.gpkg"
    args = ["run", MODEL_ID, "--json", "--"]
    args += [
        f"PARCELS={DEMO_GPKG}|layername=brp_gewaspercelen",
        f"NATURA2000={DEMO_GPKG}|layername=natura2000",
    ]
    args += ["DISTANCE=250", "MEASURE=ECO-KRUIDENGRAS", f"REGISTER={register}"]
    args += [f"export:OUTPUT_CSV={out_csv}", f"export:OUTPUT_GPKG={out_gpkg}"]
    proc = run_qgis_process(args, plugin_path=staged_plugin_dir, timeout=600)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    json.loads(proc.stdout[proc.stdout.find("{") :])
    rows = _csv_rows(out_csv)
    expected = _expected_grassland(tmp_path, 250)
    assert expected > 0
    assert len(rows) == expected
    assert {r["measure_code"] for r in rows} == {"ECO-KRUIDENGRAS"}
    assert {r["status"] for r in rows} == {"proposed"}
    assert register.exists() and out_gpkg.exists()
