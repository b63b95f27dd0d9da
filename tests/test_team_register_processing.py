"""The team register through Processing: set up, tag, export, summarise and copy, as users run them."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsProcessingException, QgsVectorLayer

from a4b_qgis_plugin.core.common.qt_compat import FIELD_STRING
from a4b_qgis_plugin.core.register import pg_schema
from a4b_qgis_plugin.core.register.backend import open_register
from a4b_qgis_plugin.core.register.copy import dump
from a4b_qgis_plugin.core.register.pg_connect import parse_target

WORKER = Path(__file__).resolve().parent / "register_worker.py"
PYTHON = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable
# Differ between two taggings of the same parcels by nature (or by backend: fid).
RUN_COLUMNS = {"fid", "uuid", "created_at", "updated_at"}


def run(algorithm: str, params: dict) -> dict:
    import processing

    from a4b_qgis_plugin.processing_provider import provider

    classes = {cls().name(): cls for cls in provider.algorithm_classes()}
    return processing.run(classes[algorithm]().create(), params)


def parcels(count: int = 6) -> QgsVectorLayer:
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992", "Percelen", "memory")
    layer.dataProvider().addAttributes([QgsField("identificatie", FIELD_STRING)])
    layer.updateFields()
    features = []
    for number in range(count):
        x = 200000 + number * 300
        feature = QgsFeature(layer.fields())
        feature.setGeometry(
            QgsGeometry.fromWkt(
                f"POLYGON(({x} 450000,{x + 200} 450000,{x + 200} 450150,{x} 450150,{x} 450000))"
            )
        )
        feature.setAttributes([f"NL.IMKAD.{number}"])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def tag(register: str, layer: QgsVectorLayer, **extra) -> dict:
    params = {
        "PARCELS": layer,
        "MEASURE": "ECO-KRUIDENGRAS",
        "PILOT": "Team",
        "REGISTER": register,
        "STAKEHOLDER": "Boer Jansen",
        "NOTES": "keukentafel",
    }
    params.update(extra)
    return run("tagmeasures", params)


def export_csv(register: str, path: Path) -> list[dict]:
    run("exportmeasures", {"REGISTER": register, "OUTPUT_CSV": str(path), "INCLUDE_PERSONAL": True})
    # the CSV starts with a byte order mark (for Excel)
    with open(path, newline="", encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def without(rows: list[dict], columns: set) -> list[dict]:
    return [{k: v for k, v in row.items() if k not in columns} for row in rows]


def test_createregister_then_an_existing_schema_is_refused(qgis_processing, pg_cluster):
    uri = pg_cluster.uri().split("?")[0]
    result = run("createregister", {"URI": uri, "SCHEMA": "provincie"})
    assert result["REGISTER"].endswith("?schema=provincie")
    assert (result["OWNER_ROLE"], result["EDITOR_ROLE"], result["READER_ROLE"]) == (
        "provincie_owner",
        "provincie_editor",
        "provincie_reader",
    )
    assert open_register(result["REGISTER"]).list_measures() == []
    with pytest.raises(QgsProcessingException, match="exists already"):
        run("createregister", {"URI": uri, "SCHEMA": "provincie"})
    with pytest.raises(QgsProcessingException, match="never keeps passwords"):
        run("createregister", {"URI": f"postgresql://a4b_admin:x@127.0.0.1:{pg_cluster.port}/a4b_team"})


def test_tag_export_and_summary_match_the_geopackage(qgis_processing, team_register, tmp_path):
    gpkg = str(tmp_path / "register.gpkg")
    layer = parcels()
    for register in (gpkg, team_register):
        assert tag(register, layer)["MEASURES_WRITTEN"] == 6
        # a second run skips every parcel: the duplicate check reads the team register too
        assert tag(register, layer, SKIP_DUPLICATES=True)["MEASURES_WRITTEN"] == 0
    from_gpkg = export_csv(f"{gpkg}|layername=measures", tmp_path / "gpkg.csv")
    from_team = export_csv(team_register, tmp_path / "team.csv")
    assert len(from_team) == 6
    assert list(from_team[0]) == list(from_gpkg[0])
    assert without(from_team, RUN_COLUMNS) == without(from_gpkg, RUN_COLUMNS)
    assert {row["stakeholder"] for row in from_team} == {"Boer Jansen"}
    totals = []
    for register in (f"{gpkg}|layername=measures", team_register):
        out = run("summarisemeasures", {"REGISTER": register, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
        layer_out = out if isinstance(out, QgsVectorLayer) else QgsVectorLayer(out, "t", "ogr")
        totals.append([f.attributes() for f in layer_out.getFeatures()])
    assert totals[0] == totals[1] and totals[0]


def test_copy_both_ways_keeps_every_row_and_history(qgis_processing, team_register, tmp_path):
    gpkg = str(tmp_path / "mine.gpkg")
    tag(gpkg, parcels())
    mine = open_register(gpkg)
    mine.update_measure(mine.list_measures()[0]["uuid"], {"status": "agreed"})
    mine.delete_measures([mine.list_measures()[-1]["uuid"]])
    result = run("copyregister", {"SOURCE": gpkg, "TARGET": team_register})
    assert (result["MEASURES"], result["HISTORY"]) == (5, 8)
    team = open_register(team_register)
    measures, history = dump(mine)
    team_measures, team_history = dump(team)
    strip = lambda rows: [{k: v for k, v in r.items() if k not in ("geometry", "row_version")} for r in rows]  # noqa: E731
    assert strip(team_measures) == strip(measures)
    assert all(a["geometry"].isGeosEqual(b["geometry"]) for a, b in zip(team_measures, measures))
    assert [(h["action"], h["uuid"], h["changed_by"]) for h in team.history()] == [
        (h["action"], h["uuid"], h["changed_by"]) for h in mine.history()
    ]
    assert [h["new_values"] for h in team.history()] == [h["new_values"] for h in mine.history()]
    # a copy goes into an empty register only
    with pytest.raises(QgsProcessingException, match="not empty"):
        run("copyregister", {"SOURCE": gpkg, "TARGET": team_register})
    # new measures after the copy continue the fids; the trigger writes their history again
    # (parcel 5's measure was deleted: it is tagged again, with 6 and 7)
    assert tag(team_register, parcels(8), SKIP_DUPLICATES=True)["MEASURES_WRITTEN"] == 3
    assert [h["action"] for h in team.history()][-4:] == ["delete", "insert", "insert", "insert"]
    assert [r["fid"] for r in team.list_measures()] == [1, 2, 3, 4, 5, 6, 7, 8]

    offline = str(tmp_path / "offline.gpkg")
    result = run("copyregister", {"SOURCE": team_register, "TARGET": offline})
    assert (result["MEASURES"], result["HISTORY"]) == (8, len(team_history) + 3)
    assert export_csv(team_register, tmp_path / "a.csv") == export_csv(
        f"{offline}|layername=measures", tmp_path / "b.csv"
    )


def test_reader_cannot_tag_and_exports_without_personal_data(
    qgis_processing, pg_cluster, team_register, tmp_path
):
    schema = parse_target(team_register).schema
    tag(team_register, parcels(3))
    reader = pg_cluster.add_login(f"{schema}_lezer", pg_schema.role_names(schema)["reader"])
    as_reader = pg_cluster.uri(reader, schema)
    with pytest.raises(QgsProcessingException, match="may read the team register .* but not change it"):
        tag(as_reader, parcels(5))
    assert len(open_register(team_register).list_measures()) == 3
    rows = export_csv(as_reader, tmp_path / "reader.csv")
    assert len(rows) == 3 and {row["stakeholder"] for row in rows} == {""}
    assert {row["measure_code"] for row in rows} == {"ECO-KRUIDENGRAS"}


@pytest.mark.slow
def test_two_tagging_processes_skipping_duplicates_tag_each_parcel_once(qgis_app, team_register, tmp_path):
    """Both read an empty register first; the advisory lock makes the second see the first's rows."""
    go = tmp_path / "go"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONHOME", None)
    procs = [
        subprocess.Popen(
            [PYTHON, str(WORKER), team_register, label, "1", "120", "--tag", "--wait-for", str(go)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for label in ("alpha", "beta")
    ]
    for proc in procs:
        line = proc.stdout.readline().strip()
        assert line == "READY 0", line + proc.stderr.read()
    go.touch()
    written = []
    for proc in procs:
        out, err = proc.communicate(timeout=240)
        assert proc.returncode == 0, err
        written.append(int(out.split("WROTE")[1].split()[0]))
    assert sorted(written) == [0, 120]
    rows = open_register(team_register).list_measures(with_geometry=False)
    assert len(rows) == 120 and len({row["parcel_fingerprint"] for row in rows}) == 120
    assert len(open_register(team_register).history()) == 120


@pytest.mark.slow
def test_killed_mid_write_leaves_nothing_and_releases_the_lock(qgis_app, pg_cluster, team_register):
    import signal

    schema = parse_target(team_register).schema
    register = open_register(team_register)
    tag(team_register, parcels(3))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONHOME", None)
    proc = subprocess.Popen(
        [PYTHON, str(Path(__file__).resolve().parent / "pg_kill_worker.py"), team_register, "500"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    line = proc.stdout.readline()
    assert "STALLED" in line, proc.stderr.read()
    # 500 rows (and their history, by the trigger) sit in the open transaction, holding the lock
    waiting = pg_cluster.execute(
        "SELECT count(*) FROM pg_stat_activity WHERE state = 'idle in transaction' AND datname = 'a4b_team'"
    )
    assert waiting[0][0] >= 1
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)
    # the server rolls the transaction back when the connection drops
    assert len(register.list_measures()) == 3 and len(register.history()) == 3
    assert pg_cluster.execute(f'SELECT count(*) FROM "{schema}".measures_history') == [(3,)]
    # the advisory lock went with it: the next tagging run is not blocked
    assert tag(team_register, parcels(5), SKIP_DUPLICATES=True)["MEASURES_WRITTEN"] == 2


@pytest.mark.slow
def test_qgis_process_sets_up_tags_into_and_exports_a_team_register(staged_plugin_dir, pg_cluster, tmp_path):
    import json

    from qgis_env import run_qgis_process

    from a4b_qgis_plugin.core.common.paths import DEMO_GPKG

    def qgis_process(*args: str) -> dict:
        proc = run_qgis_process(["run", *args], plugin_path=staged_plugin_dir, timeout=300)
        assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
        return json.loads(proc.stdout[proc.stdout.find("{") :])["results"]

    database = pg_cluster.uri().split("?")[0]
    made = qgis_process("a4b:createregister", "--json", "--", f"URI={database}", "SCHEMA=qgis_process")
    register = made["REGISTER"]
    parcels_source = f"{DEMO_GPKG}|layername=brp_gewaspercelen"
    tagged = qgis_process(
        "a4b:tagmeasures",
        "--json",
        "--",
        f"PARCELS={parcels_source}",
        "MEASURE=ECO-KRUIDENGRAS",
        f"REGISTER={register}",
        "SKIP_DUPLICATES=true",
    )
    assert tagged["MEASURES_WRITTEN"] > 0
    out = tmp_path / "team.csv"
    exported = qgis_process("a4b:exportmeasures", "--json", "--", f"REGISTER={register}", f"OUTPUT_CSV={out}")
    assert exported["COUNT"] == tagged["MEASURES_WRITTEN"] == len(open_register(register).list_measures())
    with open(out, newline="", encoding="utf-8-sig") as handle:
        assert len(list(csv.DictReader(handle))) == exported["COUNT"]
