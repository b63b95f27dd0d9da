"""The register in Processing scripts and models: as a path, a layer source or a model step's output;
enum filters that still take the old text; totals without dropped measures; the scheme column."""

from __future__ import annotations

import csv

import pytest
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProject,
    QgsVectorLayer,
)

from a4b_qgis_plugin.core.common.qt_compat import FIELD_STRING, FILE_BEHAVIOUR_FILE, SOURCE_VECTOR_POLYGON
from a4b_qgis_plugin.core.common.values import is_null
from tests.export_helpers import EAST, ROWS, WEST, build_register

# The export's rows plus two dropped measures with money, so leaving them out shows in the totals.
DROPPED = [
    (WEST, "ECO-KRUIDENGRAS", "Grasland met kruiden", "landscape", "dropped", 2.0, "ha", 500.0, 362.0, ""),
    (EAST, "SNL-N12.02", "Kruidenrijk grasland", "landscape", "dropped", 1.0, "ha", 100.0, 10.0, ""),
]


def _run(algorithm_id: str, params: dict) -> dict:
    import processing

    return processing.run(algorithm_id, params)


def _csv_rows(path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        sample = handle.read(4096)
        handle.seek(0)
        dialect = csv.Sniffer().sniff(sample, delimiters=",;")
        return list(csv.DictReader(handle, dialect=dialect))


def _grand_total(path) -> dict:
    table = QgsVectorLayer(str(path), "totals", "ogr")
    assert table.isValid()
    rows = [f for f in table.getFeatures() if f["row_kind"] == "total"]
    assert len(rows) == 1
    return {name: rows[0][name] for name in ("count", "cost_eur_yr", "revenue_eur_yr")}


def test_register_as_bare_path_layer_source_or_project_layer(provider_registered, tmp_path):
    """README documents REGISTER as a path: a bare GeoPackage, a layer source string and a layer id agree."""
    register = build_register(tmp_path / "register.gpkg")
    layer = QgsVectorLayer(f"{register}|layername=measures", "register", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        counts = []
        for number, value in enumerate((str(register), f"{register}|layername=measures", layer.id())):
            result = _run(
                "a4b:exportmeasures", {"REGISTER": value, "OUTPUT_CSV": str(tmp_path / f"m{number}.csv")}
            )
            counts.append(result["COUNT"])
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    assert counts == [len(ROWS)] * 3


@pytest.mark.parametrize(
    "statuses, themes",
    [
        ("proposed,agreed", "landscape,agri_nature"),  # the text scripts passed before 0.2.0
        ("Proposed; AGREED", "landscape;agri_nature"),  # any case, ';' too
        ("1,2", "2,4"),  # numbers as text
        ([1, 2], [2, 4]),  # what the dialog and models pass
        (["proposed", 2], ["landscape", 4]),  # a mix
    ],
)
def test_status_and_theme_filters_take_old_text_and_enum_values(
    provider_registered, tmp_path, statuses, themes
):
    register = build_register(tmp_path / "register.gpkg")
    want = [r for r in ROWS if r[4] in ("proposed", "agreed") and r[3] in ("landscape", "agri_nature")]
    assert want  # the filter keeps some rows and leaves others
    result = _run(
        "a4b:exportmeasures",
        {
            "REGISTER": str(register),
            "STATUSES": statuses,
            "THEMES": themes,
            "OUTPUT_CSV": str(tmp_path / "m.csv"),
        },
    )
    assert result["COUNT"] == len(want) < len(ROWS)
    assert {row["measure_code"] for row in _csv_rows(tmp_path / "m.csv")} == {r[1] for r in want}


def test_unknown_status_names_the_allowed_ones(provider_registered, tmp_path):
    register = build_register(tmp_path / "register.gpkg")
    for value in ("proposed,maybe", "9"):
        with pytest.raises(QgsProcessingException, match="idea, proposed, agreed, implemented, dropped"):
            _run("a4b:summarisemeasures", {"REGISTER": str(register), "STATUSES": value, "OUTPUT": "memory:"})


def test_totals_leave_dropped_measures_out_unless_asked(provider_registered, tmp_path):
    register = build_register(tmp_path / "register.gpkg", rows=ROWS + DROPPED)
    active = [r for r in ROWS if r[4] != "dropped"]
    default = _grand_total(
        _run("a4b:summarisemeasures", {"REGISTER": str(register), "OUTPUT": str(tmp_path / "a.gpkg")})[
            "OUTPUT"
        ]
    )
    assert default["count"] == len(active)
    assert default["cost_eur_yr"] == pytest.approx(sum(r[7] for r in active if r[7] is not None))
    included = _grand_total(
        _run(
            "a4b:summarisemeasures",
            {"REGISTER": str(register), "INCLUDE_DROPPED": True, "OUTPUT": str(tmp_path / "b.gpkg")},
        )["OUTPUT"]
    )
    assert included["count"] == len(active) + 2
    assert included["cost_eur_yr"] == pytest.approx(default["cost_eur_yr"] + 600.0)
    # Choosing the dropped status is asking for them.
    chosen = _grand_total(
        _run(
            "a4b:summarisemeasures",
            {"REGISTER": str(register), "STATUSES": "dropped", "OUTPUT": str(tmp_path / "c.gpkg")},
        )["OUTPUT"]
    )
    assert chosen["count"] == 2 and chosen["revenue_eur_yr"] == pytest.approx(372.0)


def test_export_keeps_dropped_rows_says_so_and_adds_the_scheme(provider_registered, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    register = build_register(tmp_path / "register.gpkg", rows=ROWS + DROPPED)
    result = _run(
        "a4b:exportmeasures",
        {
            "REGISTER": str(register),
            "OUTPUT_CSV": str(tmp_path / "m.csv"),
            "OUTPUT_XLSX": str(tmp_path / "m.xlsx"),
        },
    )
    assert result["COUNT"] == len(ROWS) + 2  # the measures themselves are all exported
    rows = {row["measure_code"]: row for row in _csv_rows(tmp_path / "m.csv")}
    # The scheme comes from the catalogue (or the code's prefix); codes the catalogue lacks stay empty.
    assert rows["ECO-KRUIDENGRAS"]["scheme"] == "eco_regeling"
    assert rows["SNL-N12.02"]["scheme"] == "snl"
    assert rows["N12.02"]["scheme"] == ""
    book = openpyxl.load_workbook(tmp_path / "m.xlsx")
    about = {row[0]: row[1] for row in book["About this export"].iter_rows(values_only=True)}
    assert "left out of the totals" in about["Dropped measures"]
    per_status = [row[1] for row in book["Per pilot and status"].iter_rows(values_only=True)]
    assert "dropped" not in [str(value).lower() for value in per_status]


def test_pdf_says_whether_totals_count_dropped_measures(provider_registered, tmp_path):
    from tests.test_export_pdf import pdf_flat, pdf_pages

    register = build_register(tmp_path / "register.gpkg", rows=ROWS + DROPPED)
    for include, words in ((False, "Dropped measures are left out of the totals"), (True, "are counted")):
        pdf = tmp_path / f"m{int(include)}.pdf"
        _run(
            "a4b:exportmeasures",
            {"REGISTER": str(register), "INCLUDE_DROPPED": include, "BACKGROUND": 2, "OUTPUT_PDF": str(pdf)},
        )
        pages = pdf_pages(pdf)
        assert all(words in pdf_flat(pdf, page) for page in range(1, pages + 1)), words


def _parcels() -> QgsVectorLayer:
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992", "percelen", "memory")
    layer.dataProvider().addAttributes([QgsField("brp_id", FIELD_STRING), QgsField("category", FIELD_STRING)])
    layer.updateFields()
    for number in range(3):
        feature = QgsFeature(layer.fields())
        x = 200000 + number * 200
        feature.setGeometry(
            QgsGeometry.fromWkt(f"POLYGON(({x} 450000,{x + 100} 450000,{x + 100} 450100,{x} 450000))")
        )
        feature.setAttributes([f"P{number}", "Grasland"])
        layer.dataProvider().addFeature(feature)
    return layer


def _with_defaults(child: QgsProcessingModelChildAlgorithm) -> QgsProcessingModelChildAlgorithm:
    """Every parameter left open gets its default, as the Modeler's dialog fills it in."""
    algorithm = QgsApplication.processingRegistry().algorithmById(child.algorithmId())
    for definition in algorithm.parameterDefinitions():
        if definition.name() in child.parameterSources() or definition.isDestination():
            continue
        if definition.defaultValue() is not None:
            source = QgsProcessingModelChildParameterSource.fromStaticValue(definition.defaultValue())
            child.addParameterSources(definition.name(), [source])
    return child


def _tag_then_export_model() -> QgsProcessingModelAlgorithm:
    """A model as a user builds it: tag parcels, then export what the tag step wrote."""
    model = QgsProcessingModelAlgorithm("tag then export", "tests")
    parcels = QgsProcessingParameterFeatureSource("PARCELS", "Parcels", [SOURCE_VECTOR_POLYGON])
    register = QgsProcessingParameterFile("REGISTER", "Register", FILE_BEHAVIOUR_FILE, "gpkg")
    for parameter in (parcels, register):
        model.addModelParameter(parameter, QgsProcessingModelParameter(parameter.name()))
    tag = QgsProcessingModelChildAlgorithm("a4b:tagmeasures")
    tag.setChildId("tag")
    tag.addParameterSources("PARCELS", [QgsProcessingModelChildParameterSource.fromModelParameter("PARCELS")])
    tag.addParameterSources(
        "REGISTER", [QgsProcessingModelChildParameterSource.fromModelParameter("REGISTER")]
    )
    statics = (
        ("MEASURE", "ECO-KRUIDENGRAS"),
        ("STATUS", "proposed"),
        ("PILOT", "Model pilot"),
        ("ID_FIELD", "brp_id"),
    )
    for name, value in statics:
        tag.addParameterSources(name, [QgsProcessingModelChildParameterSource.fromStaticValue(value)])
    model.addChildAlgorithm(_with_defaults(tag))
    export = QgsProcessingModelChildAlgorithm("a4b:exportmeasures")
    export.setChildId("export")
    # the register layer the tag step outputs, not the file name the user gave
    export.addParameterSources(
        "REGISTER", [QgsProcessingModelChildParameterSource.fromChildOutput("tag", "REGISTER")]
    )
    export.addParameterSources("STATUSES", [QgsProcessingModelChildParameterSource.fromStaticValue([1])])
    output = QgsProcessingModelOutput("CSV", "Measures (CSV)")
    output.setChildOutputName("OUTPUT_CSV")
    output.setChildId("export")
    export.setModelOutputs({"CSV": output})
    model.addChildAlgorithm(_with_defaults(export))
    return model


def _csv_output(model: QgsProcessingModelAlgorithm) -> str:
    """The model's parameter and result name for the CSV output: "export:CSV" up to QGIS 3.3x, "CSV" later."""
    names = [p.name() for p in model.destinationParameterDefinitions() if p.description() == "Measures (CSV)"]
    assert len(names) == 1, [p.name() for p in model.destinationParameterDefinitions()]
    return names[0]


def test_a_model_passes_the_register_from_tag_to_export(provider_registered, tmp_path):
    model = _tag_then_export_model()
    ok, problems = model.validate()
    assert ok, problems
    register = tmp_path / "register.gpkg"
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = QgsProcessingFeedback()
    results, ok = model.run(
        {"PARCELS": _parcels(), "REGISTER": str(register), _csv_output(model): str(tmp_path / "m.csv")},
        context,
        feedback,
    )
    assert ok
    rows = _csv_rows(results[_csv_output(model)])
    assert len(rows) == 3
    assert {row["measure_code"] for row in rows} == {"ECO-KRUIDENGRAS"}
    assert {row["pilot"] for row in rows} == {"Model pilot"} and {row["scheme"] for row in rows} == {
        "eco_regeling"
    }
    # The tag step's output is the register's measures table, which the export read.
    assert register.exists()
    assert QgsVectorLayer(f"{register}|layername=measures", "m", "ogr").featureCount() == 3


def test_a_sourced_cost_without_a_revenue_leaves_the_net_unknown(provider_registered, tmp_path):
    """The money rule with the catalogue's one cost: cost known, revenue unknown, so no net."""
    register = tmp_path / "register.gpkg"
    tagged = _run(
        "a4b:tagmeasures",
        {"PARCELS": _parcels(), "MEASURE": "PILOT-VERNATTING", "PILOT": "P", "REGISTER": str(register)},
    )
    assert tagged["MEASURES_WRITTEN"] == 3
    rows = list(QgsVectorLayer(f"{register}|layername=measures", "m", "ogr").getFeatures())
    for row in rows:
        assert row["cost_eur_yr"] == pytest.approx(200.0 * row["quantity"], rel=1e-6)
        assert is_null(row["revenue_eur_yr"])
    summary = _run("a4b:summarisemeasures", {"REGISTER": str(register), "OUTPUT": str(tmp_path / "t.gpkg")})
    totals = QgsVectorLayer(summary["OUTPUT"], "t", "ogr")
    grand = next(f for f in totals.getFeatures() if f["row_kind"] == "total")
    assert grand["cost_eur_yr"] > 0 and grand["revenue_missing"] == 3
    assert grand["net_left_out"] == 3
    assert is_null(grand["net_eur_yr"])


def test_a_model_can_filter_the_register_with_qgis_before_exporting(provider_registered, tmp_path):
    """Any layer with the register's fields works: QGIS's own extract step sits between tag and export."""
    static = QgsProcessingModelChildParameterSource.fromStaticValue
    model = _tag_then_export_model()
    extract = QgsProcessingModelChildAlgorithm("native:extractbyexpression")
    extract.setChildId("extract")
    extract.addParameterSources(
        "INPUT", [QgsProcessingModelChildParameterSource.fromChildOutput("tag", "REGISTER")]
    )
    extract.addParameterSources("EXPRESSION", [static("\"parcel_id\" <> 'P1'")])
    model.addChildAlgorithm(_with_defaults(extract))
    export = model.childAlgorithms()["export"]
    export.addParameterSources(
        "REGISTER", [QgsProcessingModelChildParameterSource.fromChildOutput("extract", "OUTPUT")]
    )
    model.setChildAlgorithm(export)
    ok, problems = model.validate()
    assert ok, problems
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    inputs = {"PARCELS": _parcels(), "REGISTER": str(tmp_path / "register.gpkg")}
    results, ok = model.run(
        dict(inputs, **{_csv_output(model): str(tmp_path / "m.csv")}), context, QgsProcessingFeedback()
    )
    assert ok
    rows = _csv_rows(results[_csv_output(model)])
    assert sorted(row["parcel_id"] for row in rows) == ["P0", "P2"]
