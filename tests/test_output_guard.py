"""No run deletes or overwrites data it did not create (core/common/outputs.py and its algorithms).

Every case runs the real algorithms through processing.run (and one through
qgis_process); a full disk is tried in tests/test_full_disk.py.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from a4b_qgis_plugin.core.common import outputs
from a4b_qgis_plugin.core.common.errors import OutputError

from .flag_helpers import memory_layer, square

HERE = Path(__file__).resolve().parent
STORE_TABLES = ("measures", "measures_history", "schema_version", "pilot_boundaries")


def _save(layer, path: Path, table: str) -> None:
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = table
    if path.exists():
        options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsCoordinateTransformContext(), options
    )
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error


def _areas():
    return memory_layer(
        [{"wkt": square(0, 0, 1000, 1000), "naam_n2k": "Groot", "nr": 1}],
        "field=naam_n2k:string&field=nr:integer",
    )


def _pilots():
    return memory_layer([{"wkt": square(-500, -500, 3000, 3000), "name": "P1"}], "field=name:string")


def _parcels():
    rows = [{"wkt": square(1100 + 10 * i, 0, 1105 + 10 * i, 5), "code": f"p{i}"} for i in range(20)]
    return memory_layer(rows, "field=code:string")


def _work_gpkg(path: Path) -> Path:
    """A work GeoPackage as the plugin keeps it: the register's tables and the pilot boundaries."""
    for table in STORE_TABLES:
        _save(memory_layer([{"wkt": square(0, 0, 10, 10), "note": table}], "field=note:string"), path, table)
    return path


def _tables(path: Path) -> dict:
    from osgeo import ogr

    dataset = ogr.Open(str(path))
    try:
        return {
            dataset.GetLayer(i).GetName(): dataset.GetLayer(i).GetFeatureCount()
            for i in range(dataset.GetLayerCount())
        }
    finally:
        dataset = None


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _flag(output, parcels=None, **extra):
    import processing

    params = {"PARCELS": parcels or _parcels(), "NATURA2000": _areas(), "BANDS": "100,250", "OUTPUT": output}
    params.update(extra)
    return processing.run("a4b:flagparcels", params)


def _overlay(output, **extra):
    import processing

    params = {
        "PILOTS": _pilots(),
        "NATURA2000": _areas(),
        "PARCELS": _parcels(),
        "BANDS": "100,250",
        "OUTPUT": output,
    }
    params.update(extra)
    return processing.run("a4b:overlaypilots", params)


# -- the work GeoPackage (register, pilot boundaries) as output --------------------------------
@pytest.mark.parametrize("run, layer", [(_flag, "flagged_parcels"), (_overlay, "pilot_overlay")])
def test_work_gpkg_as_output_gets_a_new_layer_and_keeps_the_register(
    provider_registered, tmp_path, run, layer
):
    work = _work_gpkg(tmp_path / "a4b_work.gpkg")
    before = _tables(work)
    result = run(str(work))
    after = _tables(work)
    assert {k: after[k] for k in before} == before  # every register table and its rows still there
    assert layer in after and after[layer] > 0
    assert result["OUTPUT"] == f"{work}|layername={layer}"
    # a second run does not replace the first one's layer silently: it says how to choose one
    digest = _digest(work)
    with pytest.raises(QgsProcessingException, match="ogr:dbname="):
        run(str(work))
    assert _digest(work) == digest


@pytest.mark.parametrize("table", STORE_TABLES)
def test_register_tables_are_never_replaced_even_when_named(provider_registered, tmp_path, table):
    work = _work_gpkg(tmp_path / "a4b_work.gpkg")
    digest = _digest(work)
    with pytest.raises(QgsProcessingException, match="never replaced"):
        _flag(f"ogr:dbname='{work}' table=\"{table}\" (geom)")
    with pytest.raises(QgsProcessingException, match="never replaced"):
        _overlay(f"{work}|layername={table.upper()}")  # letter case does not matter to GeoPackage
    assert _digest(work) == digest


def test_a_named_new_layer_is_written_beside_the_register(provider_registered, tmp_path):
    work = _work_gpkg(tmp_path / "a4b_work.gpkg")
    _flag(
        f"{work}|layername=flags"
    )  # QGIS 3.22 would write a file called 'a4b_work.gpkg|layername=flags.gpkg'
    assert sorted(os.listdir(tmp_path)) == ["a4b_work.gpkg"]
    assert _tables(work)["flags"] == 20
    # the panel's form: the named layer is replaced on every run, nothing else
    _flag(f"ogr:dbname='{work}' table=\"flags\" (geom)", BANDS="100")
    tables = _tables(work)
    assert tables["flags"] == 20 and all(tables[t] == 1 for t in STORE_TABLES)


def test_layer_name_as_creation_option_adds_a_layer(provider_registered, tmp_path):
    work = _work_gpkg(tmp_path / "a4b_work.gpkg")
    definition = QgsProcessingOutputLayerDefinition(str(work))
    definition.createOptions = {"layerName": "via_option"}
    _flag(definition)  # QGIS 3.22 replaced the whole file with this one layer
    tables = _tables(work)
    assert tables["via_option"] == 20 and all(tables[t] == 1 for t in STORE_TABLES)


@pytest.mark.parametrize("output", ["plain", "named"])
def test_summary_into_its_own_register_keeps_the_register(provider_registered, tmp_path, output):
    import processing

    from .export_helpers import build_register

    register = build_register(tmp_path / "register.gpkg")
    before = _tables(register)
    params = {"REGISTER": f"{register}|layername=measures", "OUTPUT": str(register)}
    if output == "named":
        params["OUTPUT"] = f"ogr:dbname='{register}' table=\"measures\" (geom)"
        with pytest.raises(QgsProcessingException, match="never replaced"):
            processing.run("a4b:summarisemeasures", params)
        assert _tables(register) == before
        return
    result = processing.run("a4b:summarisemeasures", params)
    after = _tables(register)
    assert {k: after[k] for k in before} == before
    assert result["OUTPUT"] == f"{register}|layername=measure_totals" and after["measure_totals"] > 0


def test_export_never_replaces_the_register_or_boundaries(provider_registered, tmp_path):
    import processing

    from .export_helpers import build_register

    register = build_register(tmp_path / "register.gpkg")
    boundaries = tmp_path / "boundaries.gpkg"
    _save(_pilots(), boundaries, "pilot_boundaries")
    digests = {path: _digest(path) for path in (register, boundaries)}
    base = {"REGISTER": f"{register}|layername=measures", "STATUSES": "proposed,agreed,idea,implemented"}
    for target in (register, boundaries):
        with pytest.raises(QgsProcessingException, match="other layers|never replaced"):
            processing.run("a4b:exportmeasures", dict(base, OUTPUT_GPKG=str(target)))
    with pytest.raises(QgsProcessingException, match="input"):
        processing.run("a4b:exportmeasures", dict(base, OUTPUT_CSV=str(register)))
    assert {path: _digest(path) for path in digests} == digests
    # an earlier export of its own is replaced as before
    out = tmp_path / "export.gpkg"
    processing.run("a4b:exportmeasures", dict(base, OUTPUT_GPKG=str(out)))
    processing.run("a4b:exportmeasures", dict(base, OUTPUT_GPKG=str(out)))
    assert _tables(out) == {"measures": 7}


# -- an input's file as output ---------------------------------------------------------------
def test_input_gpkg_as_output_keeps_the_input(provider_registered, tmp_path):
    source = tmp_path / "parcels.gpkg"
    _save(_parcels(), source, "parcels")
    parcels = QgsVectorLayer(f"{source}|layername=parcels", "parcels", "ogr")
    result = _flag(str(source), parcels=parcels)
    assert _tables(source) == {"parcels": 20, "flagged_parcels": 20}
    assert result["OUTPUT"].endswith("|layername=flagged_parcels")
    with pytest.raises(QgsProcessingException, match="input"):
        _flag(f"ogr:dbname='{source}' table=\"parcels\" (geom)", parcels=parcels)
    assert _tables(source) == {"parcels": 20, "flagged_parcels": 20}


def test_input_through_a_symlink_or_as_shapefile_is_refused(provider_registered, tmp_path):
    source = tmp_path / "parcels.shp"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "ESRI Shapefile"
    QgsVectorFileWriter.writeAsVectorFormatV3(
        _parcels(), str(source), QgsCoordinateTransformContext(), options
    )
    parcels = QgsVectorLayer(str(source), "parcels", "ogr")
    digest = _digest(source)
    link = tmp_path / "link.shp"
    link.symlink_to(source)
    for target in (source, link, tmp_path / "sub" / ".." / "parcels.shp"):
        with pytest.raises(QgsProcessingException, match="input"):
            _flag(str(target), parcels=parcels)
    assert _digest(source) == digest


def test_an_earlier_output_of_its_own_is_replaced(provider_registered, tmp_path):
    out = tmp_path / "flagged.gpkg"
    _flag(str(out))
    result = _flag(str(out), BANDS="100")
    assert result["OUTPUT"] == str(out) and _tables(out) == {"flagged": 20}
    assert sorted(os.listdir(tmp_path)) == ["flagged.gpkg"]  # written beside it first, then moved


@pytest.mark.parametrize("suffix", ["csv", "xlsx", "geojson", "shp"])
def test_other_formats_are_replaced_in_place(provider_registered, tmp_path, suffix):
    out = tmp_path / f"overlay.{suffix}"
    _overlay(str(out))
    result = _overlay(str(out), BANDS="100")
    assert result["OUTPUT"] == str(out) and result["ROWS"] == 3
    assert not [name for name in os.listdir(tmp_path) if ".a4b-part" in name]
    if suffix == "xlsx":
        assert list(_tables(out)) == ["overlay"]  # the sheet keeps the file's name


def test_a_workbook_with_other_sheets_is_not_replaced(provider_registered, tmp_path):
    book = tmp_path / "report.xlsx"
    for sheet in ("budget", "contacts"):
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "XLSX"
        options.layerName = sheet
        if book.exists():
            options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
        layer = memory_layer([{"wkt": None, "note": sheet}], "field=note:string", kind="None")
        error = QgsVectorFileWriter.writeAsVectorFormatV3(
            layer, str(book), QgsCoordinateTransformContext(), options
        )
        assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    digest = _digest(book)
    with pytest.raises(QgsProcessingException, match="several layers"):
        _overlay(str(book))
    assert _digest(book) == digest


def test_a_replaced_output_is_loaded_from_its_final_file(provider_registered, qgis_new_project, tmp_path):
    import processing
    from qgis.core import QgsProject

    out = tmp_path / "flagged.gpkg"
    _flag(str(out))
    params = {"PARCELS": _parcels(), "NATURA2000": _areas(), "BANDS": "100", "OUTPUT": str(out)}
    processing.runAndLoadResults("a4b:flagparcels", params)
    sources = [layer.source() for layer in QgsProject.instance().mapLayers().values()]
    assert any(source.split("|")[0] == str(out) for source in sources), sources
    assert not any(".a4b-part" in source for source in sources), sources


# -- a run that fails a check leaves the earlier output byte for byte -------------------------
@pytest.mark.parametrize(
    "bad",
    [
        {"NAME_FIELD": "nope"},
        {"BANDS": "100,abc"},
        {"BANDS": "100,3000000000"},
        {"CRS": "EPSG:99999"},
        {"PILOTS": "empty-names"},
    ],
)
def test_failed_check_leaves_the_earlier_output_as_it_was(provider_registered, tmp_path, bad):
    out = tmp_path / "flagged.gpkg"
    _flag(str(out))
    digest = _digest(out)
    if bad.get("PILOTS") == "empty-names":
        bad = {
            "PILOTS": memory_layer([{"wkt": square(0, 0, 10, 10)}], "field=name:string"),
            "PILOT_FIELD": "name",
        }
    with pytest.raises(QgsProcessingException):
        _flag(str(out), **bad)
    assert _digest(out) == digest


def test_failed_overlay_check_leaves_the_earlier_output_as_it_was(provider_registered, tmp_path):
    out = tmp_path / "overlay.gpkg"
    _overlay(str(out))
    digest = _digest(out)
    with pytest.raises(QgsProcessingException, match="no field"):
        _overlay(str(out), CATEGORY_FIELD="nope")
    empty = memory_layer([], "field=name:string")
    with pytest.raises(QgsProcessingException, match="no usable polygon"):
        _overlay(str(out), PILOTS=empty)
    assert _digest(out) == digest


# -- the guard itself --------------------------------------------------------------------------
def test_parse_destination_forms(qgis_app, tmp_path):
    path = str(tmp_path / "a b.gpkg")
    assert outputs.parse_destination(path) == outputs.Target(path)
    assert outputs.parse_destination(f"{path}|layername=x") == outputs.Target(path, "x")
    assert outputs.parse_destination(f"ogr:dbname='{path}' table=\"x y\" (geom)") == outputs.Target(
        path, "x y"
    )
    for other in ("memory:", "TEMPORARY_OUTPUT", "postgres:dbname='db' table=\"t\"", ""):
        assert outputs.parse_destination(other).path == ""


def test_check_file_output_refuses_inputs_and_containers(qgis_app, tmp_path):
    work = _work_gpkg(tmp_path / "a4b_work.gpkg")
    with pytest.raises(OutputError, match="other layers"):
        outputs.check_file_output(str(work), protected_tables=STORE_TABLES)
    csv = tmp_path / "in.csv"
    csv.write_text("a\n1\n")
    with pytest.raises(OutputError, match="input"):
        outputs.check_file_output(str(tmp_path / "." / "in.csv"), inputs=[("Parcels", str(csv), None)])
    outputs.check_file_output(str(tmp_path / "new.csv"))  # a new file is fine
    damaged = tmp_path / "damaged.gpkg"
    damaged.write_bytes(b"not a database at all" * 100)
    with pytest.raises(OutputError, match="not a data file"):
        outputs.plan_output(str(damaged), "x")


@pytest.mark.slow
def test_qgis_process_adds_a_layer_to_the_work_gpkg(staged_plugin_dir, tmp_path, qgis_app):
    from qgis_env import run_qgis_process

    work = _work_gpkg(tmp_path / "a4b_work.gpkg")
    inputs = tmp_path / "inputs.gpkg"
    _save(_parcels(), inputs, "parcels")
    _save(_areas(), inputs, "natura2000")
    args = ["run", "a4b:flagparcels", "--json", "--", f"PARCELS={inputs}|layername=parcels"]
    args += [f"NATURA2000={inputs}|layername=natura2000", "BANDS=100,250", f"OUTPUT={work}"]
    proc = run_qgis_process(args, plugin_path=staged_plugin_dir, timeout=300)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    result = json.loads(proc.stdout[proc.stdout.find("{") :])["results"]
    assert result["OUTPUT"] == f"{work}|layername=flagged_parcels"
    tables = _tables(work)
    assert tables["flagged_parcels"] == 20 and all(tables[t] == 1 for t in STORE_TABLES)
    # an input's own table as output: refused, with a non-zero exit code
    args[-1] = f"OUTPUT=ogr:dbname='{inputs}' table=\"parcels\" (geom)"
    proc = run_qgis_process(args, plugin_path=staged_plugin_dir, timeout=300)
    assert proc.returncode != 0 and "never replaced" in proc.stdout + proc.stderr
    assert _tables(inputs) == {"parcels": 20, "natura2000": 1}
