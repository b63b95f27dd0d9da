"""Generate the bundled demo GeoPackage, deterministically.

FICTIONAL DATA. A 10 x 10 km pilot landscape in EPSG:28992 (RD New) with:

* ``natura2000``: three fictional Natura 2000 areas with the PDOK/RVO file
  schema (``naam_n2k``, ``nr``, ``beschermin``, ``sitecode_h``, ``sitecode_v``,
  ``status``) and ragged boundaries of thousands of vertices; one is a
  multipolygon with a hole. Numbers 901-903 and site codes NL99xxxxx are not
  used by real areas.
* ``brp_gewaspercelen``: a few thousand parcels with the BRP gewaspercelen
  schema (``category``, ``gewas``, ``gewascode``, ``jaar``, ``status``): most
  outside the areas, some inside, some clipped so they exactly touch one.
* ``pilots``: two fictional pilot boundaries (``name``, ``province``).

Run: ``python3 scripts/make_demo_data.py a4b_qgis_plugin/resources/demo/a4b_demo.gpkg``
"""

from __future__ import annotations

import math
import random
import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsVectorFileWriter,
)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from a4b_qgis_plugin.core.common.qt_compat import FIELD_INT, FIELD_STRING, WKB_MULTIPOLYGON  # noqa: E402

SEED = 20251127
X0, Y0 = 196000.0, 446000.0  # south-west corner of the demo landscape
SIZE = 10000.0
CELL = 160.0  # about 2.4 ha parcels, as in the BRP
CRS = QgsCoordinateReferenceSystem("EPSG:28992")

# (category, gewas, gewascode, weight) for ordinary parcels.
CROPS = [
    ("Grasland", "Grasland, blijvend", 265, 40),
    ("Grasland", "Grasland, tijdelijk", 266, 12),
    ("Grasland", "Grasland, natuurlijk. Hoofdfunctie landbouw.", 331, 4),
    ("Bouwland", "Mais, snij-", 259, 20),
    ("Bouwland", "Tarwe, winter-", 233, 6),
    ("Bouwland", "Aardappelen, consumptie", 2014, 6),
    ("Bouwland", "Bieten, suiker-", 256, 4),
]
NATURE = ("Natuurterrein", "Grasland, natuurlijk. Hoofdfunctie natuur.", 332)
STRIPS = [
    ("Sloot", "Sloot", None),
    ("Landschapselement", "Houtwal en houtsingel", None),
    ("Landschapselement", "Heg en haag", None),
]


def ragged_ring(cx, cy, radius, vertices, rng, roughness=0.18, reverse=False):
    """A closed, star-shaped ring with a fractal-like wobbly edge."""
    waves = [(rng.randint(2, 40), rng.uniform(0, 2 * math.pi), rng.uniform(0.2, 1.0)) for _ in range(12)]
    scale = roughness / sum(w[2] for w in waves)
    points = []
    for i in range(vertices):
        t = 2 * math.pi * i / vertices
        r = radius * (1 + scale * sum(a * math.sin(k * t + p) for k, p, a in waves))
        r *= 1 + rng.uniform(-0.004, 0.004)  # vertex-level raggedness
        points.append(QgsPointXY(cx + r * math.cos(t), cy + r * math.sin(t)))
    if reverse:
        points.reverse()
    points.append(points[0])
    return points


def natura2000_areas(rng):
    """Three fictional areas: (attributes, geometry)."""
    big_outer = ragged_ring(X0 + 3600, Y0 + 6200, 2300, 4200, rng)
    big_hole = ragged_ring(X0 + 3300, Y0 + 6400, 650, 900, rng, roughness=0.1)
    big_part = ragged_ring(X0 + 6900, Y0 + 8600, 700, 1400, rng)
    big = QgsGeometry.fromMultiPolygonXY([[big_outer, big_hole], [big_part]])
    brook = ragged_ring(X0 + 7200, Y0 + 2900, 1300, 2600, rng, roughness=0.3)
    fen = ragged_ring(X0 + 2500, Y0 + 1800, 320, 700, rng, roughness=0.12)
    return [
        (["Hoge Veen en Beekdal (fictief)", 901, "VR+HR", "NL9900901", "NL9990901", "Aangewezen"], big),
        (
            ["Demo Beekdal Oost (fictief)", 902, "HR", "NL9900902", " ", "Ontwerp"],
            QgsGeometry.fromPolygonXY([brook]),
        ),
        (
            ["Klein Ven (fictief)", 903, "HR", "NL9900903", " ", "Aangewezen"],
            QgsGeometry.fromPolygonXY([fen]),
        ),
    ]


def jittered_grid(rng):
    """Corner points of a jittered grid, shared by neighbouring parcels."""
    n = int(SIZE / CELL)
    return n, [
        [
            QgsPointXY(
                X0 + i * CELL + (rng.uniform(-0.28, 0.28) * CELL if 0 < i < n else 0),
                Y0 + j * CELL + (rng.uniform(-0.28, 0.28) * CELL if 0 < j < n else 0),
            )
            for j in range(n + 1)
        ]
        for i in range(n + 1)
    ]


def parcels(rng, areas):
    """BRP-like parcels: (attributes, geometry)."""
    n, corners = jittered_grid(rng)
    union = QgsGeometry.unaryUnion([g for _a, g in areas])
    engine = QgsGeometry.createGeometryEngine(union.constGet())
    engine.prepareGeometry()
    weights = [c[3] for c in CROPS]
    out = []
    for i in range(n):
        for j in range(n):
            ring = [corners[i][j], corners[i + 1][j], corners[i + 1][j + 1], corners[i][j + 1], corners[i][j]]
            cell = QgsGeometry.fromPolygonXY([ring])
            crop = rng.choices(CROPS, weights)[0]
            attrs = [crop[0], crop[1], crop[2]]
            if engine.contains(cell.constGet()):
                if rng.random() < 0.8:
                    attrs = list(NATURE)
                elif rng.random() < 0.5:
                    continue  # nature without a BRP parcel
            elif engine.intersects(cell.constGet()):
                roll = rng.random()
                if roll < 0.45:
                    # clipped along the area boundary: touches it exactly
                    cell = cell.difference(union)
                    if cell.isEmpty() or cell.area() < 500:
                        continue
                    cell = cell.buffer(0, 1) if not cell.isGeosValid() else cell
                elif roll < 0.65:
                    attrs = list(NATURE)
            if rng.random() < 0.08 and not cell.isMultipart():
                # a thin ditch or hedge along the parcel's western edge
                strip_w = rng.uniform(4, 8)
                box = cell.boundingBox()
                strip = QgsGeometry.fromRect(box).intersection(cell)
                cutter = QgsGeometry.fromPolygonXY(
                    [
                        [
                            QgsPointXY(box.xMinimum() - 1, box.yMinimum() - 1),
                            QgsPointXY(box.xMinimum() + strip_w + 0.5 * CELL * 0.28, box.yMinimum() - 1),
                            QgsPointXY(box.xMinimum() + strip_w + 0.5 * CELL * 0.28, box.yMaximum() + 1),
                            QgsPointXY(box.xMinimum() - 1, box.yMaximum() + 1),
                            QgsPointXY(box.xMinimum() - 1, box.yMinimum() - 1),
                        ]
                    ]
                )
                strip = cell.intersection(cutter)
                rest = cell.difference(cutter)
                if not strip.isEmpty() and not rest.isEmpty() and rest.area() > 2000:
                    kind = rng.choice(STRIPS)
                    out.append(([kind[0], kind[1], kind[2]], strip))
                    cell = rest
            out.append((attrs, cell))
    return out


def pilots():
    """Two fictional pilot boundaries: (attributes, geometry)."""
    west = [(X0 + 500, Y0 + 700), (X0 + 5600, Y0 + 400), (X0 + 6100, Y0 + 9300), (X0 + 900, Y0 + 9600)]
    east = [(X0 + 5600, Y0 + 400), (X0 + 9500, Y0 + 900), (X0 + 9300, Y0 + 6000), (X0 + 6000, Y0 + 6300)]
    ring = lambda pts: [QgsPointXY(x, y) for x, y in pts + pts[:1]]  # noqa: E731
    return [
        (["Demo-pilot Hoge Veen (fictief)", "Gelderland"], QgsGeometry.fromPolygonXY([ring(west)])),
        (["Demo-pilot Beekdal (fictief)", "Gelderland"], QgsGeometry.fromPolygonXY([ring(east)])),
    ]


def write_layer(path: Path, name: str, fields: QgsFields, wkb, rows, append: bool):
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    options.layerOptions = [
        "DESCRIPTION=FICTIONAL demo data of the A4B Natura 2000 toolkit; not real areas or parcels."
    ]
    if append:
        options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
    writer = QgsVectorFileWriter.create(str(path), fields, wkb, CRS, QgsCoordinateTransformContext(), options)
    if writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
        raise RuntimeError(writer.errorMessage())
    for attrs, geom in rows:
        feature = QgsFeature(fields)
        feature.setAttributes(attrs)
        if not geom.isMultipart():
            geom.convertToMultiType()
        feature.setGeometry(geom)
        writer.addFeature(feature)
    del writer


def make_fields(spec):
    fields = QgsFields()
    for name, kind in spec:
        fields.append(QgsField(name, kind))
    return fields


def main(target: Path) -> None:
    rng = random.Random(SEED)
    areas = natura2000_areas(rng)
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        target.unlink()
    n2k_fields = make_fields(
        [
            ("naam_n2k", FIELD_STRING),
            ("nr", FIELD_INT),
            ("beschermin", FIELD_STRING),
            ("sitecode_h", FIELD_STRING),
            ("sitecode_v", FIELD_STRING),
            ("status", FIELD_STRING),
        ]
    )
    write_layer(target, "natura2000", n2k_fields, WKB_MULTIPOLYGON, areas, append=False)
    brp_fields = make_fields(
        [
            ("category", FIELD_STRING),
            ("gewas", FIELD_STRING),
            ("gewascode", FIELD_INT),
            ("jaar", FIELD_INT),
            ("status", FIELD_STRING),
        ]
    )
    rows = [(a + [2024, "Definitief"], g) for a, g in parcels(rng, areas)]
    write_layer(target, "brp_gewaspercelen", brp_fields, WKB_MULTIPOLYGON, rows, append=True)
    pilot_fields = make_fields([("name", FIELD_STRING), ("province", FIELD_STRING)])
    write_layer(target, "pilots", pilot_fields, WKB_MULTIPOLYGON, pilots(), append=True)
    vertices = sum(g.constGet().nCoordinates() for _a, g in areas)
    print(
        f"Wrote {target}: {len(areas)} Natura 2000 areas ({vertices} vertices), {len(rows)} parcels, 2 pilots"
    )


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "a4b_demo.gpkg"))
    app.exitQgis()
