"""A separate process writing to a measures register (for concurrency and crash tests).

Usage: register_worker.py REGISTER LABEL BATCHES BATCH_SIZE [--stall-after N] [--wait-for FILE]
       register_worker.py REGISTER LABEL 1 PARCELS --tag [--wait-for FILE]

Writes BATCHES transactions of BATCH_SIZE rows whose notes are LABEL. With
``--stall-after N`` the single batch stops after N rows inside its open
transaction, prints ``STALLED`` and sleeps, so the test can kill it there.
With ``--tag`` it tags PARCELS squares through the tagging service with
skip_duplicates, the way ``a4b:tagmeasures`` does: rows are prepared (and the
register read) before ``--wait-for`` appears, then written at once, and it
prints ``WROTE <n>``.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qgis.core import QgsGeometry

from a4b_qgis_plugin.core.register import store as register


def rows(label: str, batch: int, size: int) -> list[dict]:
    """Small squares along a line, one per row."""
    result = []
    for i in range(size):
        x = 200000 + (batch * size + i) * 20
        result.append(
            {
                "geometry": QgsGeometry.fromWkt(
                    f"POLYGON(({x} 450000,{x + 10} 450000,{x + 10} 450010,{x} 450000))"
                ),
                "pilot": "Worker",
                "parcel_ref": f"{label}:{batch}:{i}",
                "measure_code": "ECO-KRUIDENGRAS",
                "measure_name": "Grasland met kruiden",
                "theme": "agri_nature",
                "status": "proposed",
                "quantity": 0.005,
                "unit": "ha",
                "revenue_eur_yr": 0.91,
                "notes": label,
            }
        )
    return result


def wait_for_rows(path: str, label: str) -> None:
    """Block until the worker *label* has committed a row (it does so without waiting for us)."""
    while True:
        conn = sqlite3.connect(path, timeout=60)
        try:
            if conn.execute("SELECT count(*) FROM measures WHERE notes = ?", (label,)).fetchone()[0]:
                return
        finally:
            conn.close()
        time.sleep(0.01)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("register")
    parser.add_argument("label")
    parser.add_argument("batches", type=int)
    parser.add_argument("size", type=int)
    parser.add_argument("--stall-after", type=int, default=0)
    parser.add_argument("--wait-for", default="", help="start writing once this file exists")
    parser.add_argument("--pause", type=float, default=0.0, help="seconds between batches")
    parser.add_argument(
        "--interleave-with", default="", help="before the last batch, wait until this label has a row"
    )
    parser.add_argument("--hold-last", default="", help="before the last batch, wait until this file exists")
    parser.add_argument("--tag", action="store_true", help="tag parcels with skip_duplicates")
    args = parser.parse_args()
    if args.tag:
        tag(args)
        return
    reg = register.open_register(args.register)
    if args.stall_after:
        real_encode = register.gpkg_blob.encode
        calls = {"n": 0}

        def stalling_encode(geometry, srs_id):
            calls["n"] += 1
            if calls["n"] == args.stall_after:
                print("STALLED", flush=True)
                time.sleep(120)
            return real_encode(geometry, srs_id)

        register.gpkg_blob.encode = stalling_encode
    print("READY", flush=True)
    while args.wait_for and not Path(args.wait_for).exists():
        time.sleep(0.01)
    for batch in range(args.batches):
        if args.interleave_with and args.batches > 1 and batch == args.batches - 1:
            wait_for_rows(args.register, args.interleave_with)
        if args.hold_last and batch == args.batches - 1:
            while not Path(args.hold_last).exists():
                time.sleep(0.01)
        reg.add_measures(rows(args.label, batch, args.size))
        time.sleep(args.pause)
    print("DONE", flush=True)


def tag(args) -> None:
    """Prepare a tagging run, wait for the go file, then write with skip_duplicates."""
    from qgis.core import QgsApplication, QgsCoordinateTransformContext, QgsFeature, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    from a4b_qgis_plugin.core.measures.catalogue import find_measure, load_catalogue
    from a4b_qgis_plugin.core.tagging.build import TagOptions
    from a4b_qgis_plugin.core.tagging.service import ParcelSource, duplicate_check, prepare, write

    layer = QgsVectorLayer("Polygon?crs=EPSG:28992", args.label, "memory")
    features = []
    for i in range(args.size):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(rows(args.label, 0, args.size)[i]["geometry"])
        features.append(feature)
    source = ParcelSource(features, args.label, layer.fields(), layer.crs())
    options = TagOptions(pilot="Worker", notes=args.label, skip_duplicates=True)
    measure = find_measure("ECO-KRUIDENGRAS", load_catalogue())
    from a4b_qgis_plugin.core.register.backend import open_register  # a GeoPackage or a team register

    reg = open_register(args.register)
    plan = prepare(source, measure, options, QgsCoordinateTransformContext())
    print(f"READY {len(duplicate_check(plan, reg))}", flush=True)
    while args.wait_for and not Path(args.wait_for).exists():
        time.sleep(0.01)
    result = write(plan, reg)
    print(f"WROTE {len(result.uuids)}", flush=True)
    app.exitQgis()


if __name__ == "__main__":
    main()
