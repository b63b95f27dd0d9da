"""a4b:validatemeasures and core/validation: exactly the planted findings, through processing.run."""

from __future__ import annotations

import pytest
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureRequest,
    QgsProcessingException,
    QgsVectorLayer,
)

from a4b_qgis_plugin.core.common.qt_compat import WKB_NO_GEOMETRY
from a4b_qgis_plugin.core.validation import rules
from a4b_qgis_plugin.core.validation.run import CheckOptions, check_register
from tests.validation_helpers import (
    EXPECTED,
    MEASURES,
    build_planted_register,
    label_of,
    natura2000_layer,
    parcel_layer,
    pilot_layer,
    triples,
    uuid_of,
)


def run(params: dict) -> dict:
    import processing

    from a4b_qgis_plugin.processing_provider.alg_validate_measures import ValidateMeasuresAlgorithm

    return processing.run(ValidateMeasuresAlgorithm().create(), {"OUTPUT": "memory:", **params})


def rows_of(layer) -> list[dict]:
    names = layer.fields().names()
    return [
        {
            n: (None if (v is None or (hasattr(v, "isNull") and v.isNull())) else v)
            for n, v in zip(names, f.attributes())
        }
        for f in layer.getFeatures()
    ]


@pytest.fixture
def planted(tmp_path):
    build_planted_register(tmp_path / "register.gpkg")
    return tmp_path / "register.gpkg"


@pytest.fixture
def layers():
    return {"PARCELS": parcel_layer(), "PILOT_BOUNDARIES": pilot_layer(), "NATURA2000": natura2000_layer()}


def test_exactly_the_planted_findings(qgis_processing, provider_registered, planted, layers):
    result = run({"REGISTER": f"{planted}|layername=measures", "OUTPUT_LAYER": "memory:", **layers})
    table = result["OUTPUT"]
    assert table.wkbType() == WKB_NO_GEOMETRY
    rows = rows_of(table)
    assert triples(rows) == EXPECTED
    assert len(rows) == len(EXPECTED)  # one row per finding, none twice
    assert result["HARD_ERRORS"] == 7 and result["SOFT_WARNINGS"] == 5
    assert result["CHECKED"] == len(MEASURES) - 1  # the dropped one is not checked
    by_label = {label_of(r["uuid"]): r for r in rows}
    assert by_label["quantity"]["message"] == "Quantity 1.50 ha, but the geometry measures 1.00 ha."
    assert by_label["transition"]["message"].startswith("Status implemented was set straight from idea on ")
    assert by_label["category"]["rule"] == "Parcel's BRP category does not fit the measure"
    assert by_label["money"]["pilot"] == "Testpilot" and by_label["money"]["measure_code"] == "ANLB-AKKERRAND"
    # The layer: every finding with a geometry; the overlap and the part beyond the parcel as such.
    mapped = {
        label_of(f["uuid"]) + "/" + f["code"]: f.geometry() for f in result["OUTPUT_LAYER"].getFeatures()
    }
    assert len(mapped) == len(EXPECTED)
    assert mapped["extent/H-PARCEL-EXTENT"].area() == pytest.approx(1000.0)
    assert mapped["incompatible_eco/H-INCOMPATIBLE"].area() == pytest.approx(10000.0)
    assert result["OUTPUT_LAYER"].crs().authid() == "EPSG:28992"


def test_input_layers_untouched(qgis_processing, provider_registered, planted, layers):
    before = {key: [f.attributes() for f in layer.getFeatures()] for key, layer in layers.items()}
    stamp = planted.stat().st_mtime_ns
    run({"REGISTER": f"{planted}|layername=measures", **layers})
    assert {key: [f.attributes() for f in layer.getFeatures()] for key, layer in layers.items()} == before
    assert planted.stat().st_mtime_ns == stamp


def test_rules_without_their_input_are_skipped(qgis_processing, provider_registered, planted):
    rows = rows_of(run({"REGISTER": f"{planted}|layername=measures"})["OUTPUT"])
    need_input = {"H-PARCEL-EXTENT", "S-BRP-CATEGORY", "S-OUTSIDE-PILOT", "S-N2K-DISTANCE"}
    assert triples(rows) == {t for t in EXPECTED if t[1] not in need_input}


def test_filters_as_the_export(qgis_processing, provider_registered, planted, layers):
    rows = rows_of(
        run({"REGISTER": f"{planted}|layername=measures", "STATUSES": "proposed", **layers})["OUTPUT"]
    )
    assert triples(rows) == {("stale", "S-STALE-PROPOSED", "soft")}
    # The other party of an overlap counts even when a filter leaves it out.
    source = QgsVectorLayer(f"{planted}|layername=measures", "m", "ogr")
    options = CheckOptions(history_path=str(planted))
    result = check_register(source, [], [], [], options, QgsCoordinateTransformContext())
    assert ("incompatible_eco", "H-INCOMPATIBLE", "hard") in triples(result.findings)
    with pytest.raises(QgsProcessingException, match="Unknown status"):
        run({"REGISTER": f"{planted}|layername=measures", "STATUSES": "finished"})
    rows = rows_of(run({"REGISTER": f"{planted}|layername=measures", "STATUSES": "dropped"})["OUTPUT"])
    assert rows == []  # nothing left to check is no error


def test_copy_without_history_skips_the_transition_rule(
    qgis_processing, provider_registered, planted, layers
):
    copy = QgsVectorLayer(f"{planted}|layername=measures", "m", "ogr").materialize(QgsFeatureRequest())
    rows = rows_of(run({"REGISTER": copy, **layers})["OUTPUT"])
    # Without history a measure counts as proposed since its last change (now, when it was written):
    # never older than it really is.
    assert triples(rows) == EXPECTED - {
        ("transition", "H-TRANSITION", "hard"),
        ("stale", "S-STALE-PROPOSED", "soft"),
    }


def test_not_a_register_is_an_error(qgis_processing, provider_registered, layers):
    with pytest.raises(QgsProcessingException, match="not a measures register"):
        run({"REGISTER": layers["PARCELS"]})


def test_same_eco_activity_twice_and_tolerance(tmp_path):
    from a4b_qgis_plugin.core.register.store import open_register
    from tests.validation_helpers import square

    register = open_register(str(tmp_path / "r.gpkg"))
    base = {
        "pilot": "p",
        "theme": "nitrogen",
        "status": "agreed",
        "unit": "ha",
        "cost_eur_yr": 0,
        "revenue_eur_yr": 0,
    }
    x = 150000.0
    register.add_measures(
        [
            dict(
                base,
                uuid="a",
                measure_code="ECO-RUSTGEWAS-R1",
                measure_name="r1",
                quantity=1.0,
                geometry=square(x),
            ),
            # Region 2's variant of the same activity, 10 m over the first: 1000 m² shared.
            dict(
                base,
                uuid="b",
                measure_code="ECO-RUSTGEWAS-R2",
                measure_name="r2",
                quantity=1.0,
                geometry=square(x + 90),
            ),
            # Another eco-activity on the same ground may go together with it.
            dict(
                base,
                uuid="c",
                measure_code="ECO-GROENBEDEKKING",
                measure_name="g",
                quantity=1.0,
                geometry=square(x),
            ),
        ]
    )
    context = QgsCoordinateTransformContext()
    found = check_register(register.layer(), [], [], [], CheckOptions(), context).findings
    assert sorted((f.uuid, f.code) for f in found) == [("a", "H-INCOMPATIBLE"), ("b", "H-INCOMPATIBLE")]
    found = check_register(register.layer(), [], [], [], CheckOptions(tolerance_m2=1500.0), context).findings
    assert found == []


def test_every_rule_has_code_severity_texts():
    items = rules.rules()
    assert [r.code for r in items] == list(rules.CODES)
    for item in items:
        assert (
            item.severity
            == rules.severity_of(item.code)
            == (rules.HARD if item.code[0] == "H" else rules.SOFT)
        )
        assert item.title and len(item.help) > 40
    assert {code for _label, code, _severity in EXPECTED} == set(rules.CODES)  # every rule planted


def test_uuid_helpers_round_trip():
    assert all(label_of(uuid_of(label)) == label for label in MEASURES)


@pytest.fixture
def dutch(qgis_app, tmp_path):
    """The Dutch translation of the checks, built from the sources and glossaries as `make qm` does."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    if not (shutil.which("pylupdate5") and shutil.which("lrelease")):
        pytest.skip("needs pylupdate5 and lrelease")
    root = Path(__file__).resolve().parent.parent
    sources = [str(p) for p in (root / "a4b_qgis_plugin" / "core" / "validation").glob("*.py")]
    sources.append(str(root / "a4b_qgis_plugin" / "processing_provider" / "alg_validate_measures.py"))
    ts, qm = tmp_path / "nl.ts", tmp_path / "nl.qm"
    subprocess.run(["pylupdate5", *sources, "-ts", str(ts)], check=True, capture_output=True)
    subprocess.run(
        [sys.executable, str(root / "scripts" / "fill_translations.py"), str(ts)],
        check=True,
        capture_output=True,
    )
    subprocess.run(["lrelease", "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_findings_in_dutch(dutch, qgis_processing, provider_registered, planted, layers):
    rows = rows_of(run({"REGISTER": f"{planted}|layername=measures", **layers})["OUTPUT"])
    assert triples(rows) == EXPECTED  # codes and severities never translated
    by_label = {label_of(r["uuid"]): r for r in rows}
    assert by_label["quantity"]["message"] == "Hoeveelheid 1.50 ha, maar de geometrie meet 1.00 ha."
    assert by_label["quantity"]["rule"] == "Hoeveelheid klopt niet met de geometrie"
    assert by_label["money"]["message"] == "Kosten zijn niet bekend."
    assert rules.severity_label(rules.HARD) == "Harde fout"


@pytest.mark.slow
def test_qgis_process_exit_code(staged_plugin_dir, tmp_path, qgis_app):
    """A nightly model can rely on it: findings give exit code 0 and counts; no register is an error."""
    import json

    from qgis.core import QgsVectorFileWriter
    from qgis_env import run_qgis_process

    build_planted_register(tmp_path / "register.gpkg")
    table = tmp_path / "findings.csv"
    args = ["run", "a4b:validatemeasures", "--json", "--", f"REGISTER={tmp_path / 'register.gpkg'}"]
    proc = run_qgis_process(args + [f"OUTPUT={table}"], plugin_path=staged_plugin_dir, timeout=300)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    results = json.loads(proc.stdout[proc.stdout.find("{") :])["results"]
    # Without parcels, pilots and Natura 2000 the rules needing them are skipped.
    assert results["HARD_ERRORS"] == 6 and results["SOFT_WARNINGS"] == 2
    assert results["CHECKED"] == len(MEASURES) - 1
    assert table.read_text(encoding="utf-8").count("H-INCOMPATIBLE") == 2

    other = tmp_path / "not_a_register.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV3(
        parcel_layer(), str(other), QgsCoordinateTransformContext(), options
    )
    args = ["run", "a4b:validatemeasures", "--", f"REGISTER={other}", f"OUTPUT={tmp_path / 'x.csv'}"]
    proc = run_qgis_process(args, plugin_path=staged_plugin_dir, timeout=300)
    assert proc.returncode != 0
    assert "not a measures register" in proc.stdout + proc.stderr


def test_parcel_found_by_its_outline(tmp_path):
    from a4b_qgis_plugin.core.register.parcel_ref import geometry_fingerprint
    from a4b_qgis_plugin.core.register.store import open_register
    from tests.validation_helpers import PARCELS, square

    parcels = parcel_layer()
    copy = QgsVectorLayer("MultiPolygon?crs=EPSG:28992&field=category:string", "renamed copy", "memory")
    features = []
    for parcel in parcels.getFeatures():  # no identifier field, another name
        feature = QgsFeature(copy.fields())
        feature.setAttributes([parcel["category"]])
        feature.setGeometry(parcel.geometry())
        features.append(feature)
    copy.dataProvider().addFeatures(features)
    x = PARCELS["P3"][0]
    register = open_register(str(tmp_path / "r.gpkg"))
    register.add_measures(
        [
            {
                "uuid": "wide",
                "pilot": "p",
                "parcel_ref": "brp_2024:17",
                "parcel_fingerprint": geometry_fingerprint(square(x)),
                "measure_code": "ECO-KRUIDENGRAS",
                "measure_name": "k",
                "theme": "agri_nature",
                "status": "agreed",
                "quantity": 1.1,
                "unit": "ha",
                "cost_eur_yr": 0,
                "revenue_eur_yr": 0,
                "geometry": square(x, 110.0),
            }
        ]
    )
    options = CheckOptions(parcels=copy)
    result = check_register(register.layer(), [], [], [], options, QgsCoordinateTransformContext())
    assert [(f.uuid, f.code) for f in result.findings] == [("wide", "H-PARCEL-EXTENT")]
    assert result.unmatched_parcels == 0


def test_status_steps():
    from a4b_qgis_plugin.core.measures.vocabulary import STATUSES, allowed_statuses, transition_allowed

    assert transition_allowed("agreed", "implemented") and transition_allowed("implemented", "agreed")
    assert not transition_allowed("idea", "implemented") and not transition_allowed("proposed", "implemented")
    assert not transition_allowed("implemented", "idea")
    assert all(transition_allowed(s, "dropped") and transition_allowed("dropped", s) for s in STATUSES)
    assert transition_allowed(None, "implemented")  # a damaged row can be repaired
    assert allowed_statuses("idea") == ["idea", "proposed", "dropped"]
    assert allowed_statuses("bogus") == STATUSES


def test_catalogue_check_columns(tmp_path):
    from a4b_qgis_plugin.core.common.errors import CatalogueError
    from a4b_qgis_plugin.core.measures.catalogue import incompatible, load_catalogue, measures_by_code

    head = "code,name_nl,name_en,theme,unit,brp_categories,cost_eur,revenue_eur,source,notes,"
    head += "excludes,max_distance_m\n"
    good = tmp_path / "good.csv"
    good.write_text(
        head
        + "A-1,a,a,water,ha,Grasland,,,,,B-*,\n"
        + "B-1,b,b,water,ha,Grasland,,,,,,250\n"
        + "C-1,c,c,water,ha,Grasland,,,,,,\n",
        encoding="utf-8",
    )
    measures = measures_by_code(load_catalogue(str(good)))
    assert incompatible(measures["B-1"], measures["A-1"])  # either side may say so
    assert not incompatible(measures["C-1"], measures["A-1"])
    assert measures["B-1"].max_distance_m == 250.0 and measures["A-1"].max_distance_m is None
    bad = tmp_path / "bad.csv"
    bad.write_text(head + "A-1,a,a,water,ha,Grasland,,,,,TYPO-*,-5\n", encoding="utf-8")
    with pytest.raises(CatalogueError) as raised:
        load_catalogue(str(bad))
    assert raised.value.problems == [
        "line 2: max_distance_m '-5' is not a distance in metres (0 or more)",
        "line 2: excludes 'TYPO-*' matches no code of the catalogue",
    ]
    # The shipped catalogue: conversion to nature excludes production, an eco-activity itself.
    shipped = measures_by_code(load_catalogue())
    assert incompatible(shipped["PILOT-OMVORMING-NATUUR"], shipped["ANLB-AKKERRAND"])
    assert incompatible(shipped["ECO-RUSTGEWAS-R1"], shipped["ECO-RUSTGEWAS-R2"])
    assert not incompatible(shipped["ECO-KRUIDENGRAS"], shipped["ECO-NATTE-TEELT"])
