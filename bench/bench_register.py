"""Load on one measures register: N writer processes tagging at once while a reader takes snapshots.

    /usr/bin/python3 bench/bench_register.py                      # 8 writers x 5,000 parcels, both backends
    /usr/bin/python3 bench/bench_register.py --writers 4 --parcels 1000 --backends postgis
    /usr/bin/python3 bench/bench_register.py --uri 'postgresql://me@localhost/db?schema=bench'

Each writer is a separate Python process with QGIS. It tags its own M parcels (squares that no
other writer uses) through the tagging service as ``a4b:tagmeasures`` does: batches of
``--batch`` parcels, each batch one transaction that reads the register's active measures for
the duplicate check and inserts (``SKIP_DUPLICATES``). Meanwhile a reader process takes the
snapshot the export reads (``core.register.copy.dump``) again and again.

Reported per backend: throughput (measures per second from the start signal to the last
commit), the slowest transaction, and the checks: every row and every history row is there
(none lost, none duplicated) and every snapshot was consistent (as many measures as history
inserts, from one committed state). A transaction the register refuses (a GeoPackage busy for
longer than its timeout) is an error the user sees; it is counted as refused, not as lost.
Without ``--uri`` the PostGIS run uses a throwaway cluster (tests/pg_cluster.py, as the tests do).
This is a benchmark, not a test: nothing asserts a speed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
PYTHON = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable
SIDE = 20.0  # m: a parcel square; squares 40 m apart never overlap
COLUMNS = 250  # squares per row of the grid


def _qgis():
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    return app


def _wait(go: str) -> None:
    while not os.path.exists(go):
        time.sleep(0.005)


def writer(register_value: str, number: int, parcels: int, batch: int, go: str) -> None:
    """Tag this writer's parcels in batches; print one JSON line with the transaction times."""
    app = _qgis()
    from qgis.core import QgsCoordinateTransformContext, QgsFeature, QgsGeometry, QgsVectorLayer

    from a4b_qgis_plugin.core.measures.catalogue import find_measure, load_catalogue
    from a4b_qgis_plugin.core.register.backend import open_register
    from a4b_qgis_plugin.core.tagging.build import TagOptions
    from a4b_qgis_plugin.core.tagging.service import ParcelSource, prepare, write

    layer = QgsVectorLayer("Polygon?crs=EPSG:28992", f"writer{number}", "memory")
    measure = find_measure("ECO-KRUIDENGRAS", load_catalogue())
    options = TagOptions(pilot="Bench", notes=f"writer{number}", skip_duplicates=True)
    plans = []
    for start in range(0, parcels, batch):
        features = []
        for index in range(start, min(start + batch, parcels)):
            cell = number * parcels + index
            x = 150000 + (cell % COLUMNS) * 2 * SIDE
            y = 400000 + (cell // COLUMNS) * 2 * SIDE
            feature = QgsFeature(layer.fields())
            feature.setGeometry(
                QgsGeometry.fromWkt(
                    f"POLYGON(({x} {y},{x + SIDE} {y},{x + SIDE} {y + SIDE},{x} {y + SIDE},{x} {y}))"
                )
            )
            features.append(feature)
        source = ParcelSource(features, f"writer{number}", layer.fields(), layer.crs())
        plans.append(prepare(source, measure, options, QgsCoordinateTransformContext()))
    register = open_register(register_value)
    print("READY", flush=True)
    _wait(go)
    from a4b_qgis_plugin.core.common.errors import RegisterError

    times = []
    written = refused = 0
    errors = set()
    for plan in plans:
        started = time.perf_counter()
        try:
            written += len(write(plan, register).uuids)
        except RegisterError as error:  # reported to the user as an error: counted, not lost
            refused += len(plan.rows)
            errors.add(str(error).split(":")[0])
        times.append(time.perf_counter() - started)
    result = {"written": written, "refused": refused, "errors": sorted(errors), "times": times}
    print(json.dumps(dict(result, end=time.time())), flush=True)
    del app


def reader(register_value: str, go: str, stop: str) -> None:
    """Take export snapshots until *stop* exists; print how many and whether each was consistent."""
    app = _qgis()
    from a4b_qgis_plugin.core.register.backend import open_register
    from a4b_qgis_plugin.core.register.copy import dump

    register = open_register(register_value)
    print("READY", flush=True)
    _wait(go)
    snapshots, inconsistent, largest = 0, 0, 0
    while not os.path.exists(stop):
        measures, history = dump(register)
        inserts = sum(1 for h in history if h["action"] == "insert")
        snapshots += 1
        largest = max(largest, len(measures))
        if inserts != len(measures) or len({m["uuid"] for m in measures}) != len(measures):
            inconsistent += 1
    print(json.dumps({"snapshots": snapshots, "inconsistent": inconsistent, "largest": largest}), flush=True)
    del app


def _start(*args: str) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONHOME", None)
    return subprocess.Popen(
        [PYTHON, __file__, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )


def run(register_value: str, writers: int, parcels: int, batch: int, folder: Path) -> dict:
    """One backend: start everyone, give the signal, collect and verify."""
    go, stop = str(folder / "go"), str(folder / "stop")
    for path in (go, stop):
        if os.path.exists(path):
            os.remove(path)
    procs = [_start("--writer", register_value, str(n), str(parcels), str(batch), go) for n in range(writers)]
    read = _start("--reader", register_value, go, stop)
    for proc in procs + [read]:
        line = proc.stdout.readline().strip()
        if line != "READY":
            raise SystemExit(f"a process did not start: {line}\n{proc.stderr.read()}")
    started = time.time()
    Path(go).touch()
    results = []
    for proc in procs:
        out, err = proc.communicate()
        if proc.returncode != 0:
            raise SystemExit(f"writer failed:\n{err}")
        results.append(json.loads(out.strip().splitlines()[-1]))
    Path(stop).touch()
    out, err = read.communicate()
    if read.returncode != 0:
        raise SystemExit(f"reader failed:\n{err}")
    snapshots = json.loads(out.strip().splitlines()[-1])
    end = max(r["end"] for r in results)
    from a4b_qgis_plugin.core.register.backend import open_register
    from a4b_qgis_plugin.core.register.copy import dump

    measures, history = dump(open_register(register_value))
    written = sum(r["written"] for r in results)
    refs = {m["parcel_fingerprint"] for m in measures}
    return {
        "measures_per_s": written / (end - started),
        "seconds": end - started,
        "slowest_transaction_s": max(max(r["times"]) for r in results),
        "written": written,
        "refused_as_busy": sum(r["refused"] for r in results),
        "errors": sorted({e for r in results for e in r["errors"]}),
        "rows": len(measures),
        "lost": written - len(refs),
        "duplicated": len(measures) - len(refs),
        "history_inserts": sum(1 for h in history if h["action"] == "insert"),
        **snapshots,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--writers", type=int, default=8)
    parser.add_argument("--parcels", type=int, default=5000, help="parcels per writer")
    parser.add_argument("--batch", type=int, default=500, help="parcels per transaction")
    parser.add_argument("--backends", default="gpkg,postgis")
    parser.add_argument("--uri", default="", help="an empty team register to use instead of a throwaway one")
    parser.add_argument("--writer", nargs=5, metavar=("REGISTER", "N", "PARCELS", "BATCH", "GO"))
    parser.add_argument("--reader", nargs=3, metavar=("REGISTER", "GO", "STOP"))
    args = parser.parse_args()
    if args.writer:
        register, number, parcels, batch, go = args.writer
        writer(register, int(number), int(parcels), int(batch), go)
        return
    if args.reader:
        reader(*args.reader)
        return
    app = _qgis()
    folder = Path(tempfile.mkdtemp(prefix="a4b_bench_register_"))
    cluster = None
    report = {}
    try:
        for backend in args.backends.split(","):
            if backend == "gpkg":
                value = str(folder / "register.gpkg")
                from a4b_qgis_plugin.core.register.backend import open_register

                open_register(value, create=True)
            else:
                value = args.uri
                if not value:
                    import pg_cluster

                    from a4b_qgis_plugin.core.register.pg_connect import parse_target
                    from a4b_qgis_plugin.core.register.pg_setup import create_team_register

                    reason = pg_cluster.why_not()
                    if reason:
                        raise SystemExit(reason)
                    cluster = pg_cluster.Cluster().start()
                    os.environ["PGPASSFILE"] = str(cluster.passfile)
                    value = cluster.uri(schema="bench")
                    create_team_register(parse_target(value))
            print(
                f"{backend}: {args.writers} writers x {args.parcels} parcels, batches of {args.batch}",
                flush=True,
            )
            report[backend] = run(value, args.writers, args.parcels, args.batch, folder)
            print(json.dumps(report[backend], indent=1), flush=True)
    finally:
        if cluster is not None:
            cluster.stop()
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
    if len(report) == 2:
        ratio = report["postgis"]["measures_per_s"] / report["gpkg"]["measures_per_s"]
        print(f"PostGIS / GeoPackage throughput: {ratio:.2f}x")
    del app


if __name__ == "__main__":
    main()
