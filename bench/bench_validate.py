"""Benchmark the measure checks (``core/validation``) against reading the register.

Writes (once, cached in bench/data/, git-ignored) a register GeoPackage with N
measures of about 1 ha on a jittered grid over a Netherlands-sized extent,
written through the register itself (so with its history), codes drawn from
the shipped catalogue, 2 % of the measures stacked on another (some of those
pairs incompatible), 10 % with a status change in the history (some
impossible), money missing on 10 %, a few wrong quantities and invalid
geometries; plus a parcel table (one parcel per measure, BRP categories),
7 pilot rectangles and 200 Natura 2000 squares.

Then times, in this process, the fastest of --repeat runs (interleaved) of

* read: every measure of the register layer with its attributes and geometry
  (what any tool that looks at the measures must do);
* check: ``check_register`` with the register's history only (the checks that
  need no other layer);
* check+layers: the same with the parcels, pilot boundaries and Natura 2000.

and prints seconds and the ratios check / read. Not a test: run it as

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 bench/bench_validate.py --measures 100000
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsRectangle,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

SEED = 20261201
EXTENT = (13000.0, 306000.0, 278000.0, 619000.0)  # RD New, the Netherlands' box
STEP = 130.0  # grid spacing of the measures, m


def _square(x: float, y: float, rng: random.Random) -> QgsGeometry:
    j = lambda: rng.uniform(-3.0, 3.0)  # noqa: E731
    points = [
        (x + j(), y + j()),
        (x + 100 + j(), y + j()),
        (x + 100 + j(), y + 100 + j()),
        (x + j(), y + 100 + j()),
    ]
    ring = ",".join(f"{px:.2f} {py:.2f}" for px, py in points + points[:1])
    return QgsGeometry.fromWkt(f"POLYGON(({ring}))")


def _write_layer(path: Path, name: str, fields: list[tuple[str, str]], rows) -> None:
    from qgis.core import QgsCoordinateReferenceSystem, QgsFields

    from a4b_qgis_plugin.core.common.qt_compat import WKB_MULTIPOLYGON, field_type

    qfields = QgsFields()
    for field_name, kind in fields:
        qfields.append(QgsField(field_name, field_type(kind)))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
    writer = QgsVectorFileWriter.create(
        str(path),
        qfields,
        WKB_MULTIPOLYGON,
        QgsCoordinateReferenceSystem("EPSG:28992"),
        QgsCoordinateTransformContext(),
        options,
    )
    features = []
    for geometry, values in rows:
        feature = QgsFeature(qfields)
        feature.setAttributes(values)
        geometry = QgsGeometry(geometry)
        geometry.convertToMultiType()
        feature.setGeometry(geometry)
        features.append(feature)
    writer.addFeatures(features)
    del writer


def make_data(count: int) -> Path:
    """The cached benchmark GeoPackage with *count* measures (made when missing)."""
    from a4b_qgis_plugin.core.measures.catalogue import load_catalogue
    from a4b_qgis_plugin.core.measures.vocabulary import STATUSES
    from a4b_qgis_plugin.core.register.store import open_register

    target = HERE / "data" / f"validate_{count}.gpkg"
    if target.exists():
        return target
    target.parent.mkdir(exist_ok=True)
    partial = target.with_suffix(".partial.gpkg")
    partial.unlink(missing_ok=True)
    rng = random.Random(SEED)
    catalogue = load_catalogue()
    columns = int((EXTENT[2] - EXTENT[0]) / STEP)
    cells = rng.sample(range(columns * int((EXTENT[3] - EXTENT[1]) / STEP)), count)
    rows, parcels = [], []
    for number, cell in enumerate(cells):
        x = EXTENT[0] + (cell % columns) * STEP
        y = EXTENT[1] + (cell // columns) * STEP
        if number and rng.random() < 0.02:  # stacked on the previous measure's ground
            x, y = rows[-1]["_xy"]
        geometry = _square(x, y, rng)
        measure = rng.choice(catalogue)
        category = rng.choice(measure.brp_categories or ["Grasland"]) if rng.random() > 0.03 else "Overige"
        # The parcel holds its measure with a few metres to spare.
        parcels.append(
            (QgsGeometry.fromRect(QgsRectangle(x - 5, y - 5, x + 105, y + 105)), [f"P{number}", category])
        )
        quantity = geometry.area() / 10000.0 if measure.unit == "ha" else 1.0
        if measure.unit == "m":
            from a4b_qgis_plugin.core.tagging.build import length_estimate_m

            quantity = length_estimate_m(geometry)
        if rng.random() < 0.005:
            quantity *= 1.5
        if rng.random() < 0.0005:
            geometry = QgsGeometry.fromWkt(
                f"POLYGON(({x} {y},{x + 100} {y + 100},{x + 100} {y},{x} {y + 100},{x} {y}))"
            )
        money = None if rng.random() < 0.1 else round(quantity * 100, 2)
        year = rng.choice((2024, 2025, 2026))
        rows.append(
            {
                "_xy": (x, y),
                "uuid": f"bench-{number:08d}",
                "pilot": f"Pilot {cell % 7}",
                "parcel_ref": f"parcels:P{number}",
                "measure_code": measure.code,
                "measure_name": measure.name_en,
                "theme": measure.theme,
                "status": rng.choice(STATUSES),
                "quantity": quantity,
                "unit": measure.unit,
                "cost_eur_yr": money,
                "revenue_eur_yr": money,
                "created_at": f"{year}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T10:00:00.000Z",
                "geometry": geometry,
            }
        )
    register = open_register(str(partial))
    for row in rows:
        row.pop("_xy")
    register.add_measures(rows)
    # Status changes written as the register writes them (one history row each).
    conn = sqlite3.connect(str(partial))
    with conn:
        for row in rng.sample(rows, count // 10):
            old, new = rng.choice(STATUSES), row["status"]
            conn.execute(
                "INSERT INTO measures_history (uuid, action, old_values, new_values, changed_at, changed_by) "
                "VALUES (?, 'update', ?, ?, '2026-06-01T10:00:00.000Z', 'bench')",
                (row["uuid"], json.dumps({"status": old}), json.dumps({"status": new})),
            )
    conn.close()
    _write_layer(partial, "parcels", [("identificatie", "string"), ("category", "string")], parcels)
    width = (EXTENT[2] - EXTENT[0]) / 7
    pilots = [
        (
            QgsGeometry.fromRect(
                QgsRectangle(EXTENT[0] + i * width, EXTENT[1], EXTENT[0] + (i + 0.9) * width, EXTENT[3])
            ),
            [f"Pilot {i}"],
        )
        for i in range(7)
    ]
    _write_layer(partial, "pilots", [("name", "string")], pilots)
    areas = []
    for number in range(200):
        x, y = rng.uniform(EXTENT[0], EXTENT[2]), rng.uniform(EXTENT[1], EXTENT[3])
        size = rng.uniform(500, 5000)
        areas.append((QgsGeometry.fromRect(QgsRectangle(x, y, x + size, y + size)), [f"Area {number}"]))
    _write_layer(partial, "natura2000", [("naam_n2k", "string")], areas)
    partial.rename(target)
    return target


def read_all(layer: QgsVectorLayer) -> int:
    """Read every feature's attributes and geometry; the number read."""
    count = 0
    for feature in layer.getFeatures():
        feature.attributes()
        feature.geometry().constGet()
        count += 1
    return count


def fastest(repeat: int, actions: dict) -> dict[str, tuple[float, object]]:
    """Run every action *repeat* times, interleaved (the machine may be shared); the fastest of each."""
    best = {name: (float("inf"), None) for name in actions}
    for _ in range(repeat):
        for name, action in actions.items():
            start = time.perf_counter()
            result = action()
            seconds = time.perf_counter() - start
            if seconds < best[name][0]:
                best[name] = (seconds, result)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--measures", type=int, default=100000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    app = QgsApplication([], False)
    app.initQgis()
    from a4b_qgis_plugin.core.measures.catalogue import load_catalogue
    from a4b_qgis_plugin.core.validation import rules
    from a4b_qgis_plugin.core.validation.run import CheckOptions, check_register

    started = time.perf_counter()
    path = make_data(args.measures)
    print(f"data: {path} ({time.perf_counter() - started:.1f} s)")
    register = QgsVectorLayer(f"{path}|layername=measures", "measures", "ogr")
    layer = lambda name: QgsVectorLayer(f"{path}|layername={name}", name, "ogr")  # noqa: E731
    context = QgsCoordinateTransformContext()
    catalogue = load_catalogue()
    bare = CheckOptions(catalogue=catalogue, history_path=str(path))
    full = CheckOptions(
        catalogue=catalogue,
        history_path=str(path),
        parcels=layer("parcels"),
        pilot_boundaries=layer("pilots"),
        natura2000=layer("natura2000"),
    )
    timed = fastest(
        args.repeat,
        {
            "read": lambda: read_all(register),
            "check": lambda: check_register(register, [], [], [], bare, context),
            "full": lambda: check_register(register, [], [], [], full, context),
        },
    )
    (read_s, read_count), (check_s, bare_result), (full_s, full_result) = timed.values()
    print(f"measures read: {read_count}; checked (not dropped): {bare_result.checked}")
    for name, result in (("check", bare_result), ("check+layers", full_result)):
        per_code = {code: sum(1 for f in result.findings if f.code == code) for code in rules.CODES}
        print(f"{name} findings: " + ", ".join(f"{code} {n}" for code, n in per_code.items() if n))
    print(f"read          {read_s:7.2f} s")
    print(f"check         {check_s:7.2f} s   check / read = {check_s / read_s:.2f}x (target <= 2)")
    print(f"check+layers  {full_s:7.2f} s   check+layers / read = {full_s / read_s:.2f}x")


if __name__ == "__main__":
    main()
