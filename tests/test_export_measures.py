"""a4b:exportmeasures: each data format read back and compared with the register.

The register is built from core/register/schema.py in tests/export_helpers.py;
the expected numbers are worked out there in plain Python.
"""

from __future__ import annotations

import csv
import math
import os

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

from tests.export_helpers import EAST, ROWS, STAKEHOLDER, WEST, build_register, expected


@pytest.fixture
def register(qgis_processing, tmp_path):
    return build_register(tmp_path / "register.gpkg")


def run(params: dict) -> dict:
    """Run the algorithm itself, so other algorithms of the provider cannot get in the way."""
    import processing

    from a4b_qgis_plugin.processing_provider.alg_export_measures import ExportMeasuresAlgorithm

    return processing.run(ExportMeasuresAlgorithm().create(), params)


def measures_layer(path) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{path}|layername=measures", "m", "ogr")
    assert layer.isValid()
    return layer


def money_sum(values) -> float | None:
    known = [float(v) for v in values if v not in (None, "") and not (hasattr(v, "isNull") and v.isNull())]
    return round(math.fsum(known), 2) if known else None


def leftovers(folder) -> list[str]:
    """Temporary export files left in *folder* (there must be none)."""
    return [name for name in os.listdir(folder) if ".part." in name]


def test_every_data_format_matches_the_register(qgis_processing, register, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    result = run(
        {
            "REGISTER": f"{register}|layername=measures",
            "OUTPUT_GPKG": str(out / "m.gpkg"),
            "OUTPUT_GEOJSON": str(out / "m.geojson"),
            "OUTPUT_CSV": str(out / "m.csv"),
            "OUTPUT_XLSX": str(out / "m.xlsx"),
        }
    )
    want = expected()
    assert result["COUNT"] == want["count"] == 7
    source = {f["uuid"]: f for f in measures_layer(register).getFeatures()}

    # GeoPackage: same CRS, same geometries, same sums, no personal data.
    gpkg = measures_layer(out / "m.gpkg")
    assert gpkg.crs().authid() == "EPSG:28992"
    assert gpkg.featureCount() == 7
    assert money_sum(f["cost_eur_yr"] for f in gpkg.getFeatures()) == want["cost_eur_yr"] == 6061.74
    assert money_sum(f["revenue_eur_yr"] for f in gpkg.getFeatures()) == want["revenue_eur_yr"] == 60.11
    for feature in gpkg.getFeatures():
        assert feature.geometry().isGeosEqual(source[feature["uuid"]].geometry())
    names = gpkg.fields().names()
    assert "stakeholder" not in names and "created_by" not in names and "updated_by" not in names
    assert "notes" in names and "measure_code" in names

    # GeoJSON: WGS 84, same count and sums, geometries where they belong.
    geojson = QgsVectorLayer(str(out / "m.geojson"), "g", "ogr")
    assert geojson.isValid() and geojson.crs().authid() == "EPSG:4326"
    assert geojson.featureCount() == 7
    assert money_sum(f["cost_eur_yr"] for f in geojson.getFeatures()) == want["cost_eur_yr"]
    back = QgsCoordinateTransform(
        geojson.crs(), QgsCoordinateReferenceSystem("EPSG:28992"), QgsProject.instance()
    )
    for feature in geojson.getFeatures():
        extent = feature.geometry().boundingBox()
        assert 3 < extent.xMinimum() < 8 and 50 < extent.yMinimum() < 54  # the Netherlands in lon/lat
        geometry = feature.geometry()
        geometry.transform(back)
        original = source[feature["uuid"]].geometry()
        assert geometry.area() == pytest.approx(original.area(), rel=1e-4)

    # CSV: every row, sums to the cent, no stakeholder.
    with open(out / "m.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 7
    assert "stakeholder" not in rows[0] and "created_by" not in rows[0]
    assert rows[0]["created_at"] == "2026-11-27T10:00:00"  # ISO 8601, not GDAL's 2026/11/27
    assert money_sum(r["cost_eur_yr"] for r in rows) == want["cost_eur_yr"]
    assert round(math.fsum(float(r["quantity"]) for r in rows if r["unit"] == "ha"), 4) == want["ha"]
    assert leftovers(out) == []


def test_xlsx_sheets_totals_and_types(qgis_processing, register, tmp_path):
    import pandas as pd

    target = tmp_path / "m.xlsx"
    run({"REGISTER": f"{register}|layername=measures", "OUTPUT_XLSX": str(target)})
    sheets = pd.read_excel(target, sheet_name=None)
    assert list(sheets) == [
        "Measures",
        "Per pilot and theme",
        "Per pilot and status",
        "Charts",
        "About this export",
        "Checks",
    ]
    measures = sheets["Measures"]
    assert len(measures) == 7
    for column in ("Quantity", "Cost (EUR/yr)", "Revenue (EUR/yr)", "Net (EUR/yr)"):
        assert pd.api.types.is_float_dtype(measures[column]), column
    assert round(measures["Cost (EUR/yr)"].sum(), 2) == 6061.74
    assert "Stakeholder" not in measures.columns

    want = expected()
    for name in ("Per pilot and theme", "Per pilot and status"):
        sheet = sheets[name]
        assert pd.api.types.is_integer_dtype(sheet["Count"])
        for column in ("Area (ha)", "Length (m)", "Cost (EUR/yr)", "Revenue (EUR/yr)", "Net (EUR/yr)"):
            assert pd.api.types.is_float_dtype(sheet[column]), column
        grand = sheet.iloc[-1]
        assert grand["Pilot"] == "All pilots" and grand.iloc[1] == "Total"
        assert grand["Count"] == want["count"]
        assert round(grand["Cost (EUR/yr)"], 2) == want["cost_eur_yr"]
        assert round(grand["Revenue (EUR/yr)"], 2) == want["revenue_eur_yr"]
        # The net only over the 3 measures with both a cost and a revenue; the others are counted.
        assert round(grand["Net (EUR/yr)"], 2) == want["net_eur_yr"] == -3846.28
        assert grand["Left out of net (measures)"] == want["net_left_out"] == 4
        assert grand["Cost not known (measures)"] == want["cost_missing"] == 1
        assert grand["Revenue not known (measures)"] == want["revenue_missing"] == 4
        assert round(grand["Area (ha)"], 4) == want["ha"]
        assert round(grand["Length (m)"], 2) == want["m"] == 412.5
        for pilot in (WEST, EAST):
            total = sheet[(sheet["Pilot"] == pilot) & (sheet.iloc[:, 1] == "Total")].iloc[0]
            pilot_want = expected(pilots=[pilot])
            assert total["Count"] == pilot_want["count"]
            assert round(total["Cost (EUR/yr)"], 2) == pilot_want["cost_eur_yr"]
    # A theme nobody priced stays empty, not zero.
    theme = sheets["Per pilot and theme"]
    water = theme[(theme["Pilot"] == WEST) & (theme["Theme"] == "Water and drying out")].iloc[0]
    assert math.isnan(water["Cost (EUR/yr)"])


def test_control_characters_in_notes_do_not_break_the_spreadsheet(qgis_processing, tmp_path):
    import pandas as pd

    rows = [ROWS[0][:9] + ("bell\x07 and form feed\x0c",)]
    register = build_register(tmp_path / "register.gpkg", rows=rows, boundaries=False)
    target = tmp_path / "m.xlsx"
    run({"REGISTER": f"{register}|layername=measures", "INCLUDE_PERSONAL": True, "OUTPUT_XLSX": str(target)})
    assert pd.read_excel(target, sheet_name="Measures")["Stakeholder"][0] == "bell and form feed"


def test_personal_data_only_when_asked(qgis_processing, register, tmp_path):
    target = tmp_path / "with.csv"
    run({"REGISTER": f"{register}|layername=measures", "INCLUDE_PERSONAL": True, "OUTPUT_CSV": str(target)})
    with open(target, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert sum(1 for r in rows if r["stakeholder"] == STAKEHOLDER) == 3
    assert rows[0]["created_by"] == "tester"


def test_filters_by_pilot_status_and_theme(qgis_processing, register, tmp_path):
    target = tmp_path / "f.csv"
    result = run(
        {
            "REGISTER": f"{register}|layername=measures",
            "PILOTS": WEST,  # a name with spaces and parentheses
            "STATUSES": "proposed, Agreed",
            "THEMES": "Agricultural nature management;landscape",  # a label and a key
            "OUTPUT_CSV": str(target),
        }
    )
    want = expected(pilots=[WEST], statuses=["proposed", "agreed"], themes=["agri_nature", "landscape"])
    assert result["COUNT"] == want["count"] == 3
    with open(target, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["pilot"] for r in rows} == {WEST}
    assert money_sum(r["cost_eur_yr"] for r in rows) == want["cost_eur_yr"]

    both = run(
        {
            "REGISTER": f"{register}|layername=measures",
            "PILOTS": f"{WEST};{EAST}",
            "OUTPUT_CSV": str(tmp_path / "both.csv"),
        }
    )
    assert both["COUNT"] == len(ROWS)


def test_missing_fields_are_listed(qgis_processing, tmp_path):
    layer = QgsVectorLayer(
        "Polygon?crs=EPSG:28992&field=pilot:string&field=theme:string", "not a register", "memory"
    )
    QgsProject.instance().addMapLayer(layer)
    try:
        with pytest.raises(QgsProcessingException) as error:
            run({"REGISTER": layer.id(), "OUTPUT_CSV": str(tmp_path / "x.csv")})
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    message = str(error.value)
    for name in ("measure_code", "status", "quantity", "cost_eur_yr", "revenue_eur_yr"):
        assert name in message
    assert not (tmp_path / "x.csv").exists()


@pytest.mark.parametrize(
    "params, words",
    [
        ({"STATUSES": "dropped"}, "No measures match"),
        ({"THEMES": "wetlands"}, "wetlands"),
        ({"PILOTS": "Nowhere"}, "Nowhere"),
    ],
)
def test_empty_or_unknown_selection_is_an_error(qgis_processing, register, tmp_path, params, words):
    with pytest.raises(QgsProcessingException, match=words):
        run({"REGISTER": f"{register}|layername=measures", "OUTPUT_CSV": str(tmp_path / "x.csv"), **params})
    assert os.listdir(tmp_path) == ["register.gpkg"]


def test_unwritable_targets_leave_nothing_behind(qgis_processing, register, tmp_path):
    good = tmp_path / "good.csv"
    with pytest.raises(QgsProcessingException, match="does not exist"):
        run(
            {
                "REGISTER": f"{register}|layername=measures",
                "OUTPUT_CSV": str(good),
                "OUTPUT_XLSX": str(tmp_path / "no" / "such" / "folder" / "m.xlsx"),
            }
        )
    (tmp_path / "adir.xlsx").mkdir()
    with pytest.raises(QgsProcessingException, match="folder"):
        run(
            {
                "REGISTER": f"{register}|layername=measures",
                "OUTPUT_CSV": str(good),
                "OUTPUT_XLSX": str(tmp_path / "adir.xlsx"),
            }
        )
    with pytest.raises(QgsProcessingException, match="at least one output"):
        run({"REGISTER": f"{register}|layername=measures"})
    assert not good.exists() and leftovers(tmp_path) == []


def test_failure_midway_removes_written_parts(qgis_processing, tmp_path):
    """The CSV is written before the PDF fails (no geometry): neither may remain."""
    table = QgsVectorLayer(f"{build_register(tmp_path / 'r.gpkg')}|layername=measures", "m", "ogr")
    flat = QgsVectorLayer("None", "flat copy", "memory")
    flat.dataProvider().addAttributes(table.fields().toList())
    flat.updateFields()
    flat.dataProvider().addFeatures(list(table.getFeatures()))
    QgsProject.instance().addMapLayer(flat)
    out = tmp_path / "out"
    out.mkdir()
    try:
        with pytest.raises(QgsProcessingException, match="no geometry"):
            run({"REGISTER": flat.id(), "OUTPUT_CSV": str(out / "a.csv"), "OUTPUT_PDF": str(out / "a.pdf")})
        only_csv = run({"REGISTER": flat.id(), "OUTPUT_CSV": str(out / "b.csv")})
    finally:
        QgsProject.instance().removeMapLayer(flat.id())
    assert os.listdir(out) == ["b.csv"] and only_csv["COUNT"] == 7


def test_existing_file_is_replaced_but_not_when_open(qgis_processing, register, tmp_path):
    target = tmp_path / "m.gpkg"
    run({"REGISTER": f"{register}|layername=measures", "STATUSES": "agreed", "OUTPUT_GPKG": str(target)})
    assert measures_layer(target).featureCount() == 2
    run({"REGISTER": f"{register}|layername=measures", "OUTPUT_GPKG": str(target)})
    assert measures_layer(target).featureCount() == 7

    opened = measures_layer(target)
    QgsProject.instance().addMapLayer(opened)
    try:
        with pytest.raises(QgsProcessingException, match="open as a layer"):
            run({"REGISTER": f"{register}|layername=measures", "OUTPUT_GPKG": str(target)})
    finally:
        QgsProject.instance().removeMapLayer(opened.id())

    sheet = tmp_path / "m.xlsx"
    sheet.write_bytes(b"old")
    (tmp_path / ".~lock.m.xlsx#").write_text("someone,host")  # LibreOffice has it open
    with pytest.raises(QgsProcessingException, match="open in another program"):
        run({"REGISTER": f"{register}|layername=measures", "OUTPUT_XLSX": str(sheet)})
    assert sheet.read_bytes() == b"old"


def test_bare_geopackage_path_finds_the_measures_table(qgis_processing, tmp_path):
    """qgis_process opens ``register.gpkg`` at its first table, here ``pilot_boundaries``."""
    from tests.export_helpers import _write, demo_pilots

    path = tmp_path / "work.gpkg"
    pilots = demo_pilots()
    _write(
        path, "pilot_boundaries", pilots.fields(), pilots.wkbType(), list(pilots.getFeatures()), append=False
    )
    build_register(tmp_path / "tmp.gpkg", boundaries=False)
    measures = measures_layer(tmp_path / "tmp.gpkg")
    _write(path, "measures", measures.fields(), measures.wkbType(), list(measures.getFeatures()), append=True)
    result = run({"REGISTER": str(path), "OUTPUT_CSV": str(tmp_path / "m.csv")})
    assert result["COUNT"] == 7


def test_register_written_by_the_register_module(qgis_processing, tmp_path):
    """A register made by core/register/store.py (as tagging and the panel make it) exports to the cent."""
    import pandas as pd

    from a4b_qgis_plugin.core.register.store import open_register

    source = measures_layer(build_register(tmp_path / "built.gpkg", boundaries=False))
    register = open_register(str(tmp_path / "a4b_work.gpkg"))
    names = [f.name() for f in source.fields() if f.name() not in ("fid", "created_at", "updated_at")]
    rows = []
    for feature in source.getFeatures():
        row = {name: feature[name] for name in names}
        row = {k: (None if hasattr(v, "isNull") and v.isNull() else v) for k, v in row.items()}
        row["geometry"] = feature.geometry()
        rows.append(row)
    register.add_measures(rows)
    out = tmp_path / "out"
    out.mkdir()
    run({"REGISTER": register.path, "OUTPUT_GPKG": str(out / "m.gpkg"), "OUTPUT_XLSX": str(out / "m.xlsx")})
    totals = register.totals(exclude_statuses=())
    gpkg = measures_layer(out / "m.gpkg")
    assert gpkg.featureCount() == totals["count"] == 7 and gpkg.crs().authid() == "EPSG:28992"
    assert money_sum(f["cost_eur_yr"] for f in gpkg.getFeatures()) == round(totals["cost_eur_yr"], 2)
    originals = {f["uuid"]: f.geometry() for f in register.layer().getFeatures()}
    assert all(f.geometry().isGeosEqual(originals[f["uuid"]]) for f in gpkg.getFeatures())
    grand = pd.read_excel(out / "m.xlsx", sheet_name="Per pilot and theme").iloc[-1]
    assert round(grand["Cost (EUR/yr)"], 2) == round(totals["cost_eur_yr"], 2)
    assert round(grand["Net (EUR/yr)"], 2) == round(totals["net_eur_yr"], 2)
    assert round(grand["Area (ha)"], 4) == round(totals["ha"], 4)


def test_cancelled_export_writes_nothing(qgis_processing, register, tmp_path):
    import processing
    from qgis.core import QgsProcessingFeedback

    from a4b_qgis_plugin.processing_provider.alg_export_measures import ExportMeasuresAlgorithm

    out = tmp_path / "out"
    out.mkdir()
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    try:
        processing.run(
            ExportMeasuresAlgorithm().create(),
            {
                "REGISTER": f"{register}|layername=measures",
                "OUTPUT_CSV": str(out / "m.csv"),
                "OUTPUT_PDF": str(out / "m.pdf"),
            },
            feedback=feedback,
        )
    except QgsProcessingException:
        pass  # either way: nothing may be written
    assert os.listdir(out) == []


def test_copy_with_capitalised_field_names(qgis_processing, register, tmp_path):
    """ "Any layer with the register's fields": also a copy whose field names are capitalised."""
    import pandas as pd

    source = measures_layer(register)
    copy = QgsVectorLayer("MultiPolygon?crs=EPSG:28992", "Copy", "memory")
    fields = [f for f in source.fields() if f.name() != "fid"]
    for field in fields:
        field.setName(field.name().capitalize())
    copy.dataProvider().addAttributes(fields)
    copy.updateFields()
    features = []
    for feature in source.getFeatures():
        feature.setFields(copy.fields(), False)
        feature.setAttributes(feature.attributes()[1:])  # without fid
        features.append(feature)
    copy.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(copy)
    try:
        result = run({"REGISTER": copy.id(), "OUTPUT_XLSX": str(tmp_path / "m.xlsx")})
    finally:
        QgsProject.instance().removeMapLayer(copy.id())
    assert result["COUNT"] == 7
    grand = pd.read_excel(tmp_path / "m.xlsx", sheet_name="Per pilot and theme").iloc[-1]
    assert round(grand["Cost (EUR/yr)"], 2) == expected()["cost_eur_yr"]
