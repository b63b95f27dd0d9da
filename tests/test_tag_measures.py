"""Tagging parcels: the core rows and warnings, a4b:tagmeasures in Processing and qgis_process."""

from __future__ import annotations

import json
import sqlite3

import pytest
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsVectorLayer,
)

from a4b_qgis_plugin.core.common.qt_compat import FIELD_STRING, INVALID_GEOMETRY_ABORT
from a4b_qgis_plugin.core.measures.catalogue import find_measure, load_catalogue
from a4b_qgis_plugin.core.register import store as reg
from a4b_qgis_plugin.core.tagging import service
from a4b_qgis_plugin.core.tagging.build import TagOptions

BOUWLAND_60 = "\"category\" = 'Bouwland' AND fid < 60"
GRASSLAND_250 = '"category" = \'Grasland\' AND "n2k_dist_m" <= 250'


@pytest.fixture(scope="module")
def catalogue(qgis_app):
    return load_catalogue()


def parcels_layer(crs: str = "EPSG:28992", pilot_field: bool = True) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"Polygon?crs={crs}", "percelen", "memory")
    fields = [QgsField("brp_id", FIELD_STRING), QgsField("category", FIELD_STRING)]
    if pilot_field:
        fields.append(QgsField("a4b_pilot", FIELD_STRING))
    layer.dataProvider().addAttributes(fields)
    layer.updateFields()
    return layer


def add(layer, wkt, values) -> None:
    feature = QgsFeature(layer.fields())
    if wkt:
        geometry = QgsGeometry.fromWkt(wkt)
        if layer.crs().authid() == "EPSG:28992":
            geometry.translate(200000, 450000)  # small local shapes, placed in the Netherlands
        feature.setGeometry(geometry)
    for key, value in values.items():
        feature[key] = value
    layer.dataProvider().addFeature(feature)


def plan_for(layer, measure, **kwargs) -> service.TagPlan:
    options = TagOptions(**dict({"id_field": "brp_id"}, **kwargs))
    source = service.ParcelSource(list(layer.getFeatures()), layer.name(), layer.fields(), layer.crs())
    return service.prepare(source, measure, options, QgsCoordinateTransformContext(), frozenset({"id_field"}))


def build(layer, measure, **kwargs):
    plan = plan_for(layer, measure, **kwargs)
    return plan.rows, plan.warnings


def duplicate_warnings(register, rows) -> list[str]:
    from a4b_qgis_plugin.core.tagging.duplicates import find_duplicates

    existing = register.active_measures if register is not None else (lambda codes: [])
    return [d.warning() for d in find_duplicates(rows, existing, 0.5)]


def test_rows_quantities_money_and_warnings(catalogue):
    layer = parcels_layer()
    add(
        layer,
        "POLYGON((0 0,200 0,200 100,0 100,0 0))",
        {"brp_id": "A1", "category": "Grasland", "a4b_pilot": "Brummen"},
    )
    add(layer, "POLYGON((0 200,100 200,100 300,0 300,0 200))", {"brp_id": "A2", "category": "Bouwland"})
    add(
        layer,
        "POLYGON((0 400,1 400,0 401,1 401,0 400))",
        {"brp_id": None, "category": "Grasland", "a4b_pilot": "X"},
    )
    add(layer, None, {"brp_id": "A4"})
    herbs = find_measure("ECO-KRUIDENGRAS", catalogue)
    rows, warnings = build(layer, herbs, notes="from test")
    assert [r["parcel_ref"] for r in rows] == ["percelen:A1", "percelen:A2", "percelen:3"]
    first = rows[0]
    assert first["quantity"] == pytest.approx(2.0) and first["unit"] == "ha"
    assert first["revenue_eur_yr"] == pytest.approx(362.0) and first["cost_eur_yr"] is None
    assert first["pilot"] == "Brummen" and first["notes"] == "from test" and first["status"] == "proposed"
    assert rows[1]["pilot"] is None
    text = "\n".join(warnings)
    assert "percelen:A2: measure ECO-KRUIDENGRAS is meant for Grasland, not for Bouwland" in text
    assert "percelen:A2: the parcel lies outside every pilot" in text
    assert "percelen:3: invalid geometry repaired" in text  # the bow-tie
    assert "percelen:A4: no usable polygon geometry; skipped" in text
    assert "percelen:A1" not in text
    # An explicit pilot wins over the field.
    rows, _ = build(layer, herbs, pilot="Wadden")
    assert {r["pilot"] for r in rows} == {"Wadden"}


def test_units_m_and_piece_and_no_rate(catalogue):
    layer = parcels_layer(pilot_field=False)
    add(layer, "POLYGON((0 0,500 0,500 4,0 4,0 0))", {"brp_id": "H1", "category": "Landschapselement"})
    hedge = find_measure("SNL-L01.05", catalogue)
    rows, warnings = build(layer, hedge)
    assert rows[0]["unit"] == "m" and rows[0]["quantity"] == pytest.approx(500.0)
    assert rows[0]["cost_eur_yr"] is None and rows[0]["revenue_eur_yr"] is None
    assert any("no pilot given" in w for w in warnings)
    assert any("estimated from the parcel shape" in w for w in warnings)
    ditch = find_measure("ANLB-SLOOTKANT-RUST", catalogue)
    rows, _ = build(layer, ditch, pilot="P")
    assert rows[0]["revenue_eur_yr"] == pytest.approx(250.0)
    pond = find_measure("SNL-L01.01", catalogue)
    rows, _ = build(layer, pond, pilot="P")
    assert rows[0]["unit"] == "piece" and rows[0]["quantity"] == 1


def test_area_measured_in_rd_new_from_wgs84(catalogue):
    layer = parcels_layer("EPSG:4326")
    # About 100 m x 100 m near Brummen, given in degrees.
    add(
        layer,
        "POLYGON((6.15 52.09,6.151463 52.09,6.151463 52.0909,6.15 52.0909,6.15 52.09))",
        {"brp_id": "W", "category": "Grasland", "a4b_pilot": "Brummen"},
    )
    rows, _ = build(layer, find_measure("ECO-KRUIDENGRAS", catalogue))
    geometry = rows[0]["geometry"]
    assert geometry.boundingBox().xMinimum() > 190000  # metres in EPSG:28992, not degrees
    assert rows[0]["quantity"] == pytest.approx(1.0, rel=0.03)


def test_merge_and_duplicates(catalogue, tmp_path):
    layer = parcels_layer()
    add(
        layer,
        "POLYGON((0 0,100 0,100 100,0 100,0 0))",
        {"brp_id": "M1", "category": "Grasland", "a4b_pilot": "A"},
    )
    add(
        layer,
        "POLYGON((100 0,200 0,200 100,100 100,100 0))",
        {"brp_id": "M2", "category": "Grasland", "a4b_pilot": "B"},
    )
    herbs = find_measure("ECO-KRUIDENGRAS", catalogue)
    rows, warnings = build(layer, herbs, merge=True)
    assert len(rows) == 1
    assert rows[0]["parcel_ref"] == "percelen:M1,M2" and rows[0]["quantity"] == pytest.approx(2.0)
    assert rows[0]["pilot"] == "A" and any("several pilots" in w for w in warnings)
    register = reg.open_register(str(tmp_path / "r.gpkg"))
    assert duplicate_warnings(register, rows) == []
    register.add_measures(rows)
    single, _ = build(layer, herbs)
    dupes = duplicate_warnings(register, single)
    assert len(dupes) == 2 and "percelen:M2: measure ECO-KRUIDENGRAS is already in the register" in dupes[1]
    other, _ = build(layer, find_measure("ECO-LANGJARIG-GRASLAND", catalogue))
    assert duplicate_warnings(register, other) == []
    assert len(duplicate_warnings(None, single + single)) == 2


# --- a4b:tagmeasures ---------------------------------------------------------------


def _flagged(demo_gpkg, tmp_path):
    import processing

    out = tmp_path / "flagged.gpkg"
    processing.run(
        "a4b:flagparcels",
        {
            "PARCELS": f"{demo_gpkg}|layername=brp_gewaspercelen",
            "NATURA2000": f"{demo_gpkg}|layername=natura2000",
            "BANDS": "100,250,500,1000",
            "PILOTS": f"{demo_gpkg}|layername=pilots",
            "PILOT_FIELD": "name",
            "OUTPUT": f"ogr:dbname='{out}' table=\"flagged_parcels\" (geom)",
        },
    )
    return out


def _expected_grassland_250(demo_gpkg) -> int:
    """Counted independently of flagparcels: distance to the nearest Natura 2000 polygon."""
    areas = [
        f.geometry() for f in QgsVectorLayer(f"{demo_gpkg}|layername=natura2000", "n", "ogr").getFeatures()
    ]
    parcels = QgsVectorLayer(
        f"{demo_gpkg}|layername=brp_gewaspercelen|subset=\"category\" = 'Grasland'", "p", "ogr"
    )
    return sum(1 for f in parcels.getFeatures() if min(f.geometry().distance(a) for a in areas) <= 250)


@pytest.mark.slow
def test_issue_example_grassland_within_250m(provider_registered, demo_gpkg, tmp_path):
    import processing

    flagged = _flagged(demo_gpkg, tmp_path)
    expected = _expected_grassland_250(demo_gpkg)
    assert expected > 0
    before = flagged.read_bytes()
    register_path = tmp_path / "a4b_work.gpkg"
    result = processing.run(
        "a4b:tagmeasures",
        {
            "PARCELS": f"{flagged}|layername=flagged_parcels|subset={GRASSLAND_250}",
            "MEASURE": "ECO-KRUIDENGRAS",
            "REGISTER": str(register_path),
            "NOTES": "issue example",
        },
    )
    assert flagged.read_bytes() == before  # the input is never edited
    assert result["MEASURES_WRITTEN"] == expected
    assert result["REGISTER"] == f"{register_path}|layername=measures"
    layer = QgsVectorLayer(result["REGISTER"], "m", "ogr")
    assert layer.isValid() and layer.featureCount() == expected
    register = reg.open_register(str(register_path))
    rows = register.list_measures(with_geometry=False)
    assert {r["status"] for r in rows} == {"proposed"}
    assert {r["measure_code"] for r in rows} == {"ECO-KRUIDENGRAS"}
    assert all(r["parcel_ref"].startswith("flagged_parcels:") for r in rows)
    totals = register.totals()
    assert totals["revenue_eur_yr"] == pytest.approx(181 * totals["ha"], abs=0.01 * expected)
    # Running again warns about every duplicate; SKIP_DUPLICATES then writes nothing.
    again = processing.run(
        "a4b:tagmeasures",
        {
            "PARCELS": f"{flagged}|layername=flagged_parcels|subset={GRASSLAND_250}",
            "MEASURE": "ECO-KRUIDENGRAS",
            "REGISTER": str(register_path),
            "SKIP_DUPLICATES": True,
        },
    )
    assert again["MEASURES_WRITTEN"] == 0 and again["WARNINGS"] >= expected


def test_selected_features_and_status(provider_registered, demo_copy, tmp_path):
    import processing

    layer = QgsVectorLayer(f"{demo_copy}|layername=brp_gewaspercelen", "brp", "ogr")
    layer.selectByExpression("\"category\" = 'Bouwland' AND $id <= 60")
    selected = layer.selectedFeatureCount()
    assert selected > 0
    register_path = tmp_path / "reg.gpkg"
    result = processing.run(
        "a4b:tagmeasures",
        {
            "PARCELS": QgsProcessingFeatureSourceDefinition(layer.id(), True),
            "MEASURE": "eco-groenbedekking",
            "STATUS": "2",
            "PILOT": "Geuldal en Heuvelland",
            "REGISTER": str(register_path),
            "STAKEHOLDER": "Boer Jansen",
            "MERGE": True,
        },
        context=_context_with(layer),
    )
    assert result["MEASURES_WRITTEN"] == 1
    (row,) = reg.open_register(str(register_path)).list_measures("Geuldal en Heuvelland")
    assert row["status"] == "agreed" and row["stakeholder"] == "Boer Jansen"
    assert len(row["parcel_ref"].split(",")) == selected


def _context_with(layer):
    from qgis.core import QgsProcessingContext, QgsProject

    project = QgsProject.instance()
    project.addMapLayer(layer)
    context = QgsProcessingContext()
    context.setProject(project)
    return context


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"MEASURE": "ECO-NOPE"}, "Unknown measure code 'ECO-NOPE'"),
        ({"STATUS": "finished"}, "Unknown status 'finished'"),
        ({"REGISTER": "/proc/no/such/dir/reg.gpkg"}, "does not exist"),
        ({"REGISTER": ""}, "Choose a register GeoPackage"),
    ],
)
def test_bad_parameters(provider_registered, demo_gpkg, tmp_path, changes, message):
    import processing

    params = {
        "PARCELS": f"{demo_gpkg}|layername=brp_gewaspercelen|subset=fid < 5",
        "MEASURE": "ECO-KRUIDENGRAS",
        "REGISTER": str(tmp_path / "r.gpkg"),
    }
    params.update(changes)
    with pytest.raises(QgsProcessingException, match=message):
        processing.run("a4b:tagmeasures", params)


def test_newer_register_refused_by_algorithm(provider_registered, demo_gpkg, tmp_path):
    import processing

    path = tmp_path / "r.gpkg"
    reg.open_register(str(path))
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO schema_version (version, applied_at, note) VALUES (99, '', '')")
    with pytest.raises(QgsProcessingException, match="newer version"):
        processing.run(
            "a4b:tagmeasures",
            {
                "PARCELS": f"{demo_gpkg}|layername=brp_gewaspercelen|subset=fid < 5",
                "MEASURE": "ECO-KRUIDENGRAS",
                "REGISTER": str(path),
            },
        )


def test_help_on_every_parameter(provider_registered):
    from qgis.core import QgsApplication

    alg = QgsApplication.processingRegistry().algorithmById("a4b:tagmeasures")
    assert alg.displayName() == "Tag parcels with a measure" and alg.shortHelpString()
    for definition in alg.parameterDefinitions():
        assert definition.help(), definition.name()
    assert {o.name() for o in alg.outputDefinitions()} == {"MEASURES_WRITTEN", "WARNINGS", "REGISTER"}


@pytest.mark.slow
def test_qgis_process(staged_plugin_dir, demo_gpkg, tmp_path):
    from qgis_env import run_qgis_process

    register_path = tmp_path / "cli.gpkg"
    subset = "\"category\" = 'Grasland' AND fid <= 200"
    proc = run_qgis_process(
        [
            "run",
            "a4b:tagmeasures",
            "--json",
            "--",
            f"PARCELS={demo_gpkg}|layername=brp_gewaspercelen|subset={subset}",
            "MEASURE=ECO-KRUIDENGRAS",
            "STATUS=proposed",
            f"REGISTER={register_path}",
            "NOTES=qgis_process",
        ],
        plugin_path=staged_plugin_dir,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    results = json.loads(proc.stdout[proc.stdout.find("{") :])["results"]
    expected = QgsVectorLayer(
        f"{demo_gpkg}|layername=brp_gewaspercelen|subset={subset}", "p", "ogr"
    ).featureCount()
    assert results["MEASURES_WRITTEN"] == expected > 0
    assert results["REGISTER"] == f"{register_path}|layername=measures"
    assert len(reg.open_register(str(register_path)).list_measures(with_geometry=False)) == expected


def test_layer_without_crs(catalogue):
    """Degrees are refused; metres on the Dutch grid are read as EPSG:28992 with a warning."""
    from a4b_qgis_plugin.core.common.errors import InputError

    layer = QgsVectorLayer("Polygon?crs=", "nocrs", "memory")
    add(layer, "POLYGON((5 52,5.001 52,5.001 52.001,5 52))", {})
    with pytest.raises(InputError, match="look like degrees"):
        build(layer, find_measure("ECO-KRUIDENGRAS", catalogue), id_field=None, pilot="P")
    layer = QgsVectorLayer("Polygon?crs=", "nocrs", "memory")
    add(layer, "POLYGON((200000 450000,200100 450000,200100 450100,200000 450000))", {})
    rows, warnings = build(layer, find_measure("ECO-KRUIDENGRAS", catalogue), id_field=None, pilot="P")
    assert len(rows) == 1 and rows[0]["quantity"] == pytest.approx(0.5)
    assert "nocrs has no coordinate reference system" in warnings[0] and "EPSG:28992" in warnings[0]


def test_in_a_model(provider_registered, demo_gpkg, tmp_path):
    """Extract by expression → tagmeasures, as a user builds it in the Model Designer."""
    import processing
    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelParameter,
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterFile,
    )
    from qgis.core import (
        QgsProcessingModelChildParameterSource as Source,
    )

    model = QgsProcessingModelAlgorithm("Tag grassland", "a4b tests")
    model.addModelParameter(
        QgsProcessingParameterFeatureSource("parcels", "Parcels"), QgsProcessingModelParameter("parcels")
    )
    model.addModelParameter(
        QgsProcessingParameterFile("register", "Register", extension="gpkg"),
        QgsProcessingModelParameter("register"),
    )
    extract = QgsProcessingModelChildAlgorithm("native:extractbyexpression")
    extract.setChildId("extract")
    extract.addParameterSources("INPUT", [Source.fromModelParameter("parcels")])
    extract.addParameterSources(
        "EXPRESSION", [Source.fromStaticValue("\"category\" = 'Grasland' AND $id <= 300")]
    )
    model.addChildAlgorithm(extract)
    tag = QgsProcessingModelChildAlgorithm("a4b:tagmeasures")
    tag.setChildId("tag")
    tag.addParameterSources("PARCELS", [Source.fromChildOutput("extract", "OUTPUT")])
    tag.addParameterSources("MEASURE", [Source.fromStaticValue("ANLB-UITGESTELD-MAAIEN-2W")])
    tag.addParameterSources("STATUS", [Source.fromStaticValue("idea")])
    tag.addParameterSources("PILOT", [Source.fromStaticValue("Model pilot")])
    tag.addParameterSources("REGISTER", [Source.fromModelParameter("register")])
    model.addChildAlgorithm(tag)
    register_path = tmp_path / "model.gpkg"
    processing.run(
        model, {"parcels": f"{demo_gpkg}|layername=brp_gewaspercelen", "register": str(register_path)}
    )
    expected = QgsVectorLayer(
        f"{demo_gpkg}|layername=brp_gewaspercelen|subset=\"category\" = 'Grasland' AND fid <= 300", "p", "ogr"
    ).featureCount()
    rows = reg.open_register(str(register_path)).list_measures("Model pilot", with_geometry=False)
    assert len(rows) == expected > 0
    assert {(r["status"], r["measure_code"]) for r in rows} == {("idea", "ANLB-UITGESTELD-MAAIEN-2W")}
    assert all(r["revenue_eur_yr"] == pytest.approx(round(304.38 * r["quantity"], 2)) for r in rows)


def test_register_layer_loaded_once_and_refreshed(provider_registered, demo_gpkg, tmp_path):
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject

    register_path = tmp_path / "shown.gpkg"
    params = {
        "PARCELS": f"{demo_gpkg}|layername=brp_gewaspercelen|subset=fid <= 10",
        "MEASURE": "ECO-LANGJARIG-GRASLAND",
        "PILOT": "P",
        "REGISTER": str(register_path),
    }
    project = QgsProject()
    context = QgsProcessingContext()
    context.setProject(project)
    alg = QgsApplication.processingRegistry().createAlgorithmById("a4b:tagmeasures")
    results, ok = alg.run(params, context, QgsProcessingFeedback())
    assert ok and results["MEASURES_WRITTEN"] == 10
    assert list(context.layersToLoadOnCompletion()) == [results["REGISTER"]]  # loaded after a first run
    shown = QgsVectorLayer(results["REGISTER"], "Measures", "ogr")
    project.addMapLayer(shown)
    assert shown.featureCount() == 10
    context = QgsProcessingContext()
    context.setProject(project)
    alg = QgsApplication.processingRegistry().createAlgorithmById("a4b:tagmeasures")
    results, ok = alg.run(params, context, QgsProcessingFeedback())
    assert ok and context.layersToLoadOnCompletion() == {}  # not added twice...
    assert shown.featureCount() == 20  # ...but refreshed


def test_dialog_offers_measures_and_statuses(provider_registered, qgis_iface):
    """The Processing dialog shows drop-downs; the values stay plain codes."""
    from processing.gui.wrappers import WidgetWrapperFactory
    from qgis.core import QgsApplication
    from qgis.PyQt.QtWidgets import QComboBox, QWidget

    alg = QgsApplication.processingRegistry().algorithmById("a4b:tagmeasures")
    dialog = QWidget()
    measure = WidgetWrapperFactory.create_wrapper(alg.parameterDefinition("MEASURE"), dialog)
    assert type(measure).__name__ == "MeasureWidgetWrapper" and isinstance(measure.widget, QComboBox)
    labels = [measure.widget.itemText(i) for i in range(measure.widget.count())]
    assert len(labels) >= 30 and any(label.startswith("ECO-KRUIDENGRAS - ") for label in labels)
    # the scheme stands beside the theme: an eco-regeling measure is not shown as ANLb
    herbs = next(label for label in labels if label.startswith("ECO-KRUIDENGRAS - "))
    assert "Eco-regeling" in herbs and "ANLb" not in herbs
    measure.setValue("SNL-N12.02")
    assert measure.value() == "SNL-N12.02" and measure.widget.currentText().startswith("SNL-N12.02 - ")
    measure.widget.setEditText("MY-OWN-CODE")  # typed codes pass through (validated when run)
    assert measure.value() == "MY-OWN-CODE"
    status = WidgetWrapperFactory.create_wrapper(alg.parameterDefinition("STATUS"), dialog)
    assert status.value() == "proposed"
    assert [status.widget.itemData(i) for i in range(status.widget.count())] == [
        "idea",
        "proposed",
        "agreed",
        "implemented",
        "dropped",
    ]


def test_bad_user_catalogue_stops_the_algorithm(provider_registered, demo_gpkg, tmp_path):
    import processing

    from a4b_qgis_plugin.core.common import settings
    from tests.test_measure_catalogue import DATA

    settings.MEASURE_CATALOGUE_PATH.set(str(DATA / "measures_bad_duplicate.csv"))
    try:
        with pytest.raises(QgsProcessingException, match="duplicate code A-1"):
            processing.run(
                "a4b:tagmeasures",
                {
                    "PARCELS": f"{demo_gpkg}|layername=brp_gewaspercelen|subset=fid < 5",
                    "MEASURE": "A-1",
                    "REGISTER": str(tmp_path / "r.gpkg"),
                },
            )
    finally:
        settings.MEASURE_CATALOGUE_PATH.reset()
    assert not (tmp_path / "r.gpkg").exists()


def test_invalid_parcel_is_repaired_not_fatal(provider_registered, tmp_path):
    """Processing's default invalid-geometry check must not stop the run."""
    import processing
    from qgis.core import QgsProcessingContext

    layer = parcels_layer()
    add(layer, "POLYGON((0 0, 200 200, 200 0, 0 200, 0 0))", {"brp_id": "bowtie", "category": "Grasland"})
    add(layer, "POLYGON((300 0, 500 0, 500 100, 300 100, 300 0))", {"brp_id": "ok", "category": "Grasland"})
    context = _context_with(layer)
    context.setInvalidGeometryCheck(INVALID_GEOMETRY_ABORT)  # QGIS's default
    assert isinstance(context, QgsProcessingContext)
    register_path = tmp_path / "reg.gpkg"
    result = processing.run(
        "a4b:tagmeasures",
        {
            "PARCELS": layer.id(),
            "ID_FIELD": "brp_id",
            "MEASURE": "ECO-KRUIDENGRAS",
            "REGISTER": str(register_path),
            "PILOT": "P",
        },
        context=context,
    )
    assert result["MEASURES_WRITTEN"] == 2
    rows = {r["parcel_ref"]: r for r in reg.open_register(str(register_path)).list_measures("P")}
    # the bow-tie's two triangles of 100 x 200 / 2 m² each: 2 ha in all
    assert rows["percelen:bowtie"]["quantity"] == pytest.approx(2.0, abs=1e-6)
    assert rows["percelen:ok"]["quantity"] == pytest.approx(2.0, abs=1e-6)


def test_windows_1252_catalogue_is_a_warning_in_the_algorithm(provider_registered, demo_gpkg, tmp_path):
    import processing

    from a4b_qgis_plugin.core.common import settings
    from tests.test_measure_catalogue import EXCEL_1252
    from tests.test_parcel_identity import Collecting

    path = tmp_path / "excel.csv"
    path.write_bytes(EXCEL_1252.encode("cp1252"))
    settings.MEASURE_CATALOGUE_PATH.set(str(path))
    feedback = Collecting()
    try:
        result = processing.run(
            "a4b:tagmeasures",
            {
                "PARCELS": f"{demo_gpkg}|layername=brp_gewaspercelen|subset={BOUWLAND_60}",
                "MEASURE": "user-één",
                "PILOT": "P",
                "REGISTER": str(tmp_path / "r.gpkg"),
            },
            feedback=feedback,
        )
    finally:
        settings.MEASURE_CATALOGUE_PATH.reset()
    assert result["MEASURES_WRITTEN"] > 0
    assert any("Windows-1252" in w for w in feedback.warnings)


def test_damaged_register_is_an_error_not_a_traceback(provider_registered, demo_gpkg, tmp_path):
    import processing

    path = tmp_path / "r.gpkg"
    reg.open_register(str(path))
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE schema_version SET version = 'twee'")
    with pytest.raises(QgsProcessingException, match="'twee' where a version number belongs"):
        processing.run(
            "a4b:tagmeasures",
            {
                "PARCELS": f"{demo_gpkg}|layername=brp_gewaspercelen|subset=fid < 5",
                "MEASURE": "ECO-KRUIDENGRAS",
                "REGISTER": str(path),
            },
        )
