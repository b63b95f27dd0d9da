"""What an export reports is what it wrote, and it carries data, never code or private paths.

Export and summary read one snapshot while another process writes the
register; a write that fails (a real file-size limit) is an error; a killed
export leaves no hidden part for long; spreadsheet text never runs as a
formula; without personal data no path with a login; long notes warn; an
empty register gives empty outputs.
"""

from __future__ import annotations

import csv
import os
import resource
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from tests.export_helpers import EAST, ROWS, WEST, build_register
from tests.waiting import wait_until

WORKER = Path(__file__).resolve().parent / "register_worker.py"
PYTHON = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable
FORMULAS = ["=1+2", "+31 6 1234", "-2+3", "@SUM(A1)", "\tTab", "\rReturn"]


class Recorder(QgsProcessingFeedback):
    """Processing feedback that keeps the warnings it is given."""

    def __init__(self):
        super().__init__()
        self.warnings: list[str] = []

    def pushWarning(self, text):  # QGIS's name
        self.warnings.append(text)
        super().pushWarning(text)


def export(params: dict, feedback=None) -> dict:
    import processing

    from a4b_qgis_plugin.processing_provider.alg_export_measures import ExportMeasuresAlgorithm

    return processing.run(ExportMeasuresAlgorithm().create(), params, feedback=feedback)


def summarise(params: dict, feedback=None) -> dict:
    import processing

    from a4b_qgis_plugin.processing_provider.alg_summarise_measures import SummariseMeasuresAlgorithm

    return processing.run(SummariseMeasuresAlgorithm().create(), params, feedback=feedback)


def csv_rows(path) -> list[dict]:
    with open(path, newline="", encoding="utf-8-sig") as handle:  # CSV outputs start with a BOM
        return list(csv.DictReader(handle))


def parts(folder) -> list[str]:
    return [name for name in os.listdir(folder) if ".part" in name]


# -- 4. one consistent snapshot while another process writes ----------------------------------


def worker(path, label, batches, size, *extra) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONHOME", None)
    return subprocess.Popen(
        [PYTHON, str(WORKER), str(path), label, str(batches), str(size), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


@pytest.mark.slow
@pytest.mark.parametrize("journal", ["delete", "wal"])
def test_export_and_summary_read_one_snapshot_while_another_process_writes(
    qgis_processing, tmp_path, journal
):
    path = tmp_path / "busy.gpkg"
    first = worker(path, "base", 1, 3000)
    assert first.communicate(timeout=300)[0].strip().endswith("DONE")
    if journal == "wal":
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"
    go, release = tmp_path / "go", tmp_path / "release"
    # The writer keeps its last batch until the first export is done, so that export surely
    # ran while another process was writing, however busy the machine is.
    writer = worker(
        path, "live", 300, 20, "--wait-for", str(go), "--pause", "0.002", "--hold-last", str(release)
    )
    assert writer.stdout.readline().strip() == "READY", writer.stderr.read()
    # The register layer is opened before the writes start: with a rollback journal, opening a
    # GeoPackage by path at the instant another process commits can fail in QGIS's own
    # parameter check, before the plugin runs (a known limit; WAL registers do not have it).
    register = QgsVectorLayer(f"{path}|layername=measures", "register", "ogr")
    assert register.isValid()
    go.touch()
    wait_until(lambda: _rows(path) > 3000, timeout_ms=120_000)
    runs = []
    while writer.poll() is None and len(runs) < 4:
        out = tmp_path / f"run{len(runs)}"
        out.mkdir()
        result = export(
            {"REGISTER": register, "OUTPUT_CSV": str(out / "m.csv"), "OUTPUT_GPKG": str(out / "m.gpkg")}
        )
        table = summarise({"REGISTER": register, "OUTPUT": "memory:"})["OUTPUT"]
        grand = list(table.getFeatures())[-1]
        runs.append((result["COUNT"], writer.poll() is None, grand["count"]))
        # What the run reports is what it wrote, and it is one committed state: whole batches.
        assert len(csv_rows(out / "m.csv")) == result["COUNT"]
        assert (
            QgsVectorLayer(f"{out / 'm.gpkg'}|layername=measures", "m", "ogr").featureCount()
            == result["COUNT"]
        )
        assert (result["COUNT"] - 3000) % 20 == 0 and (grand["count"] - 3000) % 20 == 0
        assert parts(out) == []
        release.touch()
    release.touch()
    out, err = writer.communicate(timeout=300)
    assert writer.returncode == 0, err
    print(f"exports during the writes (count, writer still running, summary count): {runs}")
    assert any(running for _count, running, _grand in runs)  # at least one export overlapped the writes
    assert all(3000 <= count <= 9000 for count, _running, _grand in runs)


def _rows(path) -> int:
    with sqlite3.connect(path, timeout=30) as conn:
        return conn.execute("SELECT count(*) FROM measures").fetchone()[0]


def test_reading_fewer_rows_than_the_register_holds_is_an_error(qgis_processing, tmp_path):
    """The check behind the snapshot: a read that stops early (GDAL's "malformed") fails the run."""
    from a4b_qgis_plugin.core.common.errors import OutputError
    from a4b_qgis_plugin.core.export.selection import select_measures

    layer = QgsVectorLayer(f"{build_register(tmp_path / 'r.gpkg')}|layername=measures", "r", "ogr")
    assert select_measures(layer, [], [], [], False, expected=len(ROWS)).featureCount() == len(ROWS)
    with pytest.raises(OutputError, match=f"Read {len(ROWS)} of the {len(ROWS) + 1} measures"):
        select_measures(layer, [], [], [], False, expected=len(ROWS) + 1)


# -- 4. a write that fails is an error: a real file-size limit ---------------------------------


def noise_basemap(path) -> str:
    """A 1,500 x 1,500 pixel raster of random colours over the demo pilots: a big PDF page."""
    import numpy
    from osgeo import gdal, osr

    dataset = gdal.GetDriverByName("GTiff").Create(str(path), 1500, 1500, 3, gdal.GDT_Byte)
    dataset.SetGeoTransform((196000, 7, 0, 456000, 0, -7))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    dataset.SetProjection(srs.ExportToWkt())
    generator = numpy.random.default_rng(1)
    for band in (1, 2, 3):
        dataset.GetRasterBand(band).WriteArray(generator.integers(0, 255, (1500, 1500), dtype=numpy.uint8))
    dataset = None
    return str(path)


def file_size_limit(limit: int):
    def apply():
        # Writing past the limit then fails with EFBIG, as on a full disk, instead of killing the process.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


@pytest.mark.slow
def test_full_disk_is_an_error_and_leaves_nothing(qgis_app, staged_plugin_dir, tmp_path):
    from qgis_env import make_profile_root, run_qgis_process

    register = build_register(tmp_path / "register.gpkg")
    basemap = noise_basemap(tmp_path / "noise.tif")
    profile = make_profile_root()
    args = ["run", "a4b:exportmeasures", "--json", "--", f"REGISTER={register}|layername=measures"]
    args.append(f"BASEMAP={basemap}")
    out = tmp_path / "out"
    out.mkdir()
    good = run_qgis_process(
        args + [f"OUTPUT_CSV={out / 'good.csv'}", f"OUTPUT_PDF={out / 'good.pdf'}"],
        plugin_path=staged_plugin_dir,
        profile_root=profile,
        timeout=300,
    )
    assert good.returncode == 0, good.stdout[-2000:] + good.stderr[-2000:]
    limit = 3 * register.stat().st_size  # the register's snapshot fits; the PDF does not
    assert (out / "good.pdf").stat().st_size > limit
    (out / "old.pdf").write_bytes(b"an earlier, good export")
    full = run_qgis_process(
        args + [f"OUTPUT_CSV={out / 'new.csv'}", f"OUTPUT_PDF={out / 'old.pdf'}"],
        plugin_path=staged_plugin_dir,
        profile_root=profile,
        timeout=300,
        preexec_fn=file_size_limit(limit),
    )
    print(full.stdout[-1500:], full.stderr[-1500:])
    assert full.returncode != 0
    assert "not written completely" in full.stdout + full.stderr
    assert not (out / "new.csv").exists() and (out / "old.pdf").read_bytes() == b"an earlier, good export"
    assert parts(out) == []


def detailed_register(path: Path, count: int) -> Path:
    """A register of *count* round measures of 256 vertices each, as a digitised hedge or pond might be."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    from a4b_qgis_plugin.core.common.qt_compat import WKB_MULTIPOLYGON
    from tests.export_helpers import _write, register_fields

    fields = register_fields()
    features = []
    for number in range(count):
        feature = QgsFeature(fields)
        values = dict(zip(fields.names(), [None] * fields.count()))
        values.update(
            uuid=f"00000000-0000-4000-8000-{number:012d}",
            pilot=WEST,
            measure_code="L01.01",
            measure_name="Poel",
            theme="landscape",
            status="proposed",
            quantity=1.0,
            unit="piece",
            cost_eur_yr=10.0,
        )
        feature.setAttributes([values[name] for name in fields.names()])
        centre = QgsPointXY(200000 + (number % 50) * 100, 450000 + (number // 50) * 100)
        geometry = QgsGeometry.fromPointXY(centre).buffer(30, 64)
        geometry.convertToMultiType()
        feature.setGeometry(geometry)
        features.append(feature)
    _write(path, "measures", fields, WKB_MULTIPOLYGON, features, append=False)
    return path


@pytest.mark.slow
def test_full_disk_while_gdal_writes_is_an_error(qgis_app, staged_plugin_dir, tmp_path):
    """GeoJSON (text, WGS 84) outgrows the register; a file-size limit between the two fails the export."""
    from qgis_env import make_profile_root, run_qgis_process

    register = detailed_register(tmp_path / "register.gpkg", 1500)
    profile = make_profile_root()
    out = tmp_path / "out"
    out.mkdir()
    args = ["run", "a4b:exportmeasures", "--json", "--", f"REGISTER={register}"]
    good = run_qgis_process(
        args + [f"OUTPUT_GEOJSON={out / 'good.geojson'}"],
        plugin_path=staged_plugin_dir,
        profile_root=profile,
        timeout=300,
    )
    assert good.returncode == 0, good.stdout[-2000:] + good.stderr[-2000:]
    limit = int(register.stat().st_size * 1.1)
    print(f"register {register.stat().st_size} bytes, GeoJSON {(out / 'good.geojson').stat().st_size}")
    assert (out / "good.geojson").stat().st_size > limit
    full = run_qgis_process(
        args + [f"OUTPUT_GEOJSON={out / 'full.geojson'}", f"OUTPUT_CSV={out / 'full.csv'}"],
        plugin_path=staged_plugin_dir,
        profile_root=profile,
        timeout=300,
        preexec_fn=file_size_limit(limit),
    )
    print(full.stdout[-1500:], full.stderr[-1500:])
    assert full.returncode != 0
    assert "full.geojson was not written completely" in full.stdout + full.stderr
    assert sorted(os.listdir(out)) == ["good.geojson"]


# -- 4. an interrupted export leaves no hidden part for long -----------------------------------


@pytest.mark.slow
def test_killed_export_leaves_no_part_after_the_next_run(qgis_app, staged_plugin_dir, tmp_path):
    from qgis_env import make_profile_root, qgis_env, qgis_process_binary

    register = build_register(tmp_path / "register.gpkg")
    basemap = noise_basemap(tmp_path / "noise.tif")
    out = tmp_path / "out"
    out.mkdir()
    args = [
        qgis_process_binary(),
        "run",
        "a4b:exportmeasures",
        "--",
        f"REGISTER={register}|layername=measures",
    ]
    args += [f"BASEMAP={basemap}", f"OUTPUT_GPKG={out / 'm.gpkg'}", f"OUTPUT_PDF={out / 'm.pdf'}"]
    env = qgis_env(staged_plugin_dir, make_profile_root())
    proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # The GeoPackage is written first and waits, hidden, while the PDF renders: kill it then.
    wait_until(lambda: any(name.endswith(".part.gpkg") for name in parts(out)), timeout_ms=240_000)
    proc.send_signal(signal.SIGKILL)
    assert proc.wait(timeout=60) == -signal.SIGKILL
    left = parts(out)
    assert left and not (out / "m.gpkg").exists()  # the killed run could not clean up
    result = export({"REGISTER": f"{register}|layername=measures", "OUTPUT_GPKG": str(out / "m.gpkg")})
    assert result["COUNT"] == len(ROWS)
    assert parts(out) == [] and os.listdir(out) == ["m.gpkg"]


def test_parts_of_a_running_export_are_kept(qgis_processing, tmp_path):
    """Only parts whose process is gone are removed: a concurrent export keeps its file."""
    from a4b_qgis_plugin.core.export.files import remove_stale_parts

    final = tmp_path / "m.csv"
    mine = tmp_path / f".m.{os.getpid()}-abc.part.csv"
    mine.write_text("being written")
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    gone = tmp_path / f".m.{int(child.stdout)}-xyz.part.csv"
    gone.write_text("left by a killed run")
    assert remove_stale_parts(final) == [gone]
    assert mine.exists() and not gone.exists()


# -- 5. data, never code ----------------------------------------------------------------------


def set_values(register: Path, values: dict[int, dict[str, str]]) -> None:
    """Change fields of the measures at these row numbers (as a user editing in QGIS would)."""
    layer = QgsVectorLayer(f"{register}|layername=measures", "m", "ogr")
    index = {name: layer.fields().indexOf(name) for name in layer.fields().names()}
    by_uuid = {f["uuid"]: f.id() for f in layer.getFeatures()}
    changes = {
        by_uuid[f"00000000-0000-4000-8000-{number:012d}"]: {index[k]: v for k, v in fields.items()}
        for number, fields in values.items()
    }
    assert layer.dataProvider().changeAttributeValues(changes)


def formula_register(path: Path) -> Path:
    rows = [
        ROWS[number % len(ROWS)][:2] + (text,) + ROWS[number % len(ROWS)][3:]
        for number, text in enumerate(FORMULAS)
    ]
    register = build_register(path, rows=rows, boundaries=False)
    changes = {number: {"notes": text} for number, text in enumerate(FORMULAS)}
    for number in (0, 2, 4):  # pilot names too
        changes[number]["pilot"] = FORMULAS[number]
    set_values(register, changes)
    return register


def test_csv_and_xlsx_never_run_text_as_a_formula(qgis_processing, tmp_path):
    from openpyxl import load_workbook

    register = formula_register(tmp_path / "register.gpkg")
    out = tmp_path / "out"
    out.mkdir()
    export({"REGISTER": str(register), "OUTPUT_CSV": str(out / "m.csv"), "OUTPUT_XLSX": str(out / "m.xlsx")})
    rows = csv_rows(out / "m.csv")
    assert [r["measure_name"] for r in rows] == ["'" + text for text in FORMULAS]
    assert [r["notes"] for r in rows] == ["'" + text for text in FORMULAS]
    assert {r["pilot"] for r in rows} == {WEST, EAST, "'=1+2", "'-2+3", "'\tTab"}
    assert all(not r["cost_eur_yr"] or float(r["cost_eur_yr"]) >= 0 for r in rows)

    book = load_workbook(out / "m.xlsx")
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    assert not cell.value.startswith(("=", "+", "-", "@", "\t", "\r")), cell.value
    measures = book["Measures"]
    header = [cell.value for cell in measures[1]]
    notes = [row[header.index("Notes")] for row in measures.iter_rows(min_row=2, values_only=True)]
    assert notes == ["'" + text for text in FORMULAS]
    net = [row[header.index("Net (EUR/yr)")] for row in measures.iter_rows(min_row=2, values_only=True)]
    assert any(isinstance(value, float) and value < 0 for value in net)  # numbers stay numbers

    summary = out / "summary.csv"
    summarise({"REGISTER": str(register), "OUTPUT": str(summary)})
    pilots = {r["pilot"] for r in csv_rows(summary)}
    assert "'=1+2" in pilots and "=1+2" not in pilots
    kept = summarise({"REGISTER": str(register), "OUTPUT": "memory:"})["OUTPUT"]
    assert "=1+2" in {f["pilot"] for f in kept.getFeatures()}  # a GIS table keeps the data as it is


def test_without_personal_data_no_output_names_a_path(qgis_processing, tmp_path):
    import zipfile

    from openpyxl import load_workbook

    folder = tmp_path / "home" / "jdevries" / "projects"
    folder.mkdir(parents=True)
    register = build_register(folder / "a4b_work.gpkg")
    out = tmp_path / "out"
    out.mkdir()
    params = {"REGISTER": f"{register}|layername=measures", "OUTPUT_XLSX": str(out / "m.xlsx")}
    formats = {
        "OUTPUT_GPKG": "m.gpkg",
        "OUTPUT_GEOJSON": "m.geojson",
        "OUTPUT_CSV": "m.csv",
        "OUTPUT_PDF": "m.pdf",
    }
    export({**params, **{key: str(out / name) for key, name in formats.items()}})
    about = dict(load_workbook(out / "m.xlsx")["About this export"].iter_rows(min_row=2, values_only=True))
    assert about["Register"] == "a4b_work.gpkg"
    with zipfile.ZipFile(out / "m.xlsx") as book:
        assert not any(b"jdevries" in book.read(name) for name in book.namelist())
    for name in ("m.gpkg", "m.geojson", "m.csv", "m.pdf"):
        assert b"jdevries" not in (out / name).read_bytes(), name
    text = subprocess.run(["pdftotext", str(out / "m.pdf"), "-"], capture_output=True, text=True).stdout
    assert "jdevries" not in text and "a4b_work.gpkg" in text
    export({**params, "INCLUDE_PERSONAL": True})
    about = dict(load_workbook(out / "m.xlsx")["About this export"].iter_rows(min_row=2, values_only=True))
    assert about["Register"] == str(register)  # asked for: the full path


def test_notes_longer_than_a_cell_warn(qgis_processing, tmp_path):
    import pandas as pd

    register = build_register(tmp_path / "register.gpkg", boundaries=False)
    long_note = "lang verhaal " * 4000  # 52,000 characters
    set_values(register, {3: {"notes": long_note}})
    feedback = Recorder()
    out = tmp_path / "out"
    out.mkdir()
    export(
        {"REGISTER": str(register), "OUTPUT_XLSX": str(out / "m.xlsx"), "OUTPUT_CSV": str(out / "m.csv")},
        feedback,
    )
    assert any("32,767" in w and "notes 5" in w for w in feedback.warnings), feedback.warnings
    notes = pd.read_excel(out / "m.xlsx", sheet_name="Measures")["Notes"]
    assert len(notes[3]) == 32767
    assert [len(r["notes"]) for r in csv_rows(out / "m.csv")][3] == len(long_note)  # CSV holds it whole


# -- 6. an empty register exports an empty result --------------------------------------------


def test_empty_register_exports_empty_outputs_with_a_message(qgis_processing, tmp_path):
    from openpyxl import load_workbook

    register = build_register(tmp_path / "register.gpkg", rows=[], boundaries=False)
    out = tmp_path / "out"
    out.mkdir()
    feedback = Recorder()
    targets = {
        "OUTPUT_GPKG": out / "m.gpkg",
        "OUTPUT_GEOJSON": out / "m.geojson",
        "OUTPUT_CSV": out / "m.csv",
        "OUTPUT_XLSX": out / "m.xlsx",
        "OUTPUT_PDF": out / "m.pdf",
    }
    result = export({"REGISTER": str(register), **{k: str(v) for k, v in targets.items()}}, feedback)
    assert result["COUNT"] == 0 and result["PAGES"] == 1
    assert any("holds no measures" in w for w in feedback.warnings)
    assert all(path.exists() for path in targets.values())
    assert QgsVectorLayer(f"{targets['OUTPUT_GPKG']}|layername=measures", "m", "ogr").featureCount() == 0
    assert csv_rows(targets["OUTPUT_CSV"]) == []
    assert load_workbook(targets["OUTPUT_XLSX"])["Measures"].max_row == 1
    text = subprocess.run(
        ["pdftotext", str(targets["OUTPUT_PDF"]), "-"], capture_output=True, text=True
    ).stdout
    assert "holds no measures" in text

    feedback = Recorder()
    table = summarise({"REGISTER": str(register), "OUTPUT": "memory:"}, feedback)["OUTPUT"]
    (grand,) = list(table.getFeatures())
    assert grand["count"] == 0 and grand["row_kind"] == "total"
    assert any("holds no measures" in w for w in feedback.warnings)
    # Filters that match nothing in a register that has measures stay an error (a likely typo).
    with pytest.raises(QgsProcessingException, match="No measures match"):
        export(
            {
                "REGISTER": str(build_register(tmp_path / "r2.gpkg")),
                "STATUSES": "dropped",
                "OUTPUT_CSV": str(out / "x.csv"),
            }
        )


def test_unsaved_edits_are_named(qgis_processing, tmp_path):
    """The export reads the register as saved; a layer being edited says its edits are not in it."""
    from qgis.core import QgsProject

    layer = QgsVectorLayer(f"{build_register(tmp_path / 'r.gpkg')}|layername=measures", "Register", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        layer.startEditing()
        layer.deleteFeature(next(layer.getFeatures()).id())
        feedback = Recorder()
        result = export({"REGISTER": layer.id(), "OUTPUT_CSV": str(tmp_path / "m.csv")}, feedback)
        layer.rollBack()
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    assert result["COUNT"] == len(ROWS) and len(csv_rows(tmp_path / "m.csv")) == len(ROWS)
    assert any("unsaved edits" in w for w in feedback.warnings), feedback.warnings


def test_empty_memory_layer_exports_empty_outputs(qgis_processing, tmp_path):
    """A register copy in memory (no file to snapshot) that is empty: the same message, no failure."""
    from qgis.core import QgsProject

    from tests.export_helpers import register_fields

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:28992", "Empty copy", "memory")
    layer.dataProvider().addAttributes(register_fields().toList())
    layer.updateFields()
    QgsProject.instance().addMapLayer(layer)
    feedback = Recorder()
    try:
        result = export({"REGISTER": layer.id(), "OUTPUT_CSV": str(tmp_path / "m.csv")}, feedback)
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    assert result["COUNT"] == 0 and csv_rows(tmp_path / "m.csv") == []
    assert any("holds no measures" in w for w in feedback.warnings), feedback.warnings
