"""PolygonSet overlays: the cut-then-overlay path gives the areas of a plain GEOS intersection."""

from __future__ import annotations

import math
import random

import pytest
from qgis.core import QgsGeometry, QgsPointXY, QgsRectangle

from a4b_qgis_plugin.core.flagging.compute import ParcelFlagger
from a4b_qgis_plugin.core.flagging.index import PIECE_MAX_VERTICES, PolygonSet


def ragged_area(n_vertices: int = 4 * PIECE_MAX_VERTICES, seed: int = 7) -> QgsGeometry:
    """A star-shaped polygon with more vertices than one piece holds, so it is cut into pieces."""
    rng = random.Random(seed)
    points = []
    for k in range(n_vertices):
        angle = 2 * math.pi * k / n_vertices
        radius = 2000 + rng.uniform(-150, 150)
        points.append(QgsPointXY(radius * math.cos(angle), radius * math.sin(angle)))
    geom = QgsGeometry.fromPolygonXY([points + [points[0]]])
    assert geom.isGeosValid()
    return geom


def parcel(x: float, y: float, size: float = 150.0) -> QgsGeometry:
    """An irregular 5-vertex parcel with its lower left corner at (x, y)."""
    return QgsGeometry.fromWkt(
        f"POLYGON(({x} {y},{x + size} {y + 10},{x + size + 20} {y + size},"
        f"{x + size / 2} {y + size + 30},{x - 10} {y + size / 2},{x} {y}))"
    )


def test_overlap_matches_plain_intersection_along_a_ragged_boundary():
    area = ragged_area()
    polygons = PolygonSet([area])
    rng = random.Random(11)
    checked = 0
    for _ in range(300):
        angle = rng.uniform(0, 2 * math.pi)
        radius = rng.uniform(1700, 2200)  # straddling the boundary
        geom = parcel(radius * math.cos(angle), radius * math.sin(angle))
        expected = area.intersection(geom).area()
        got = polygons.intersection_area(geom, 0)
        assert got == pytest.approx(expected, rel=1e-9, abs=1e-6)
        checked += 0 < expected < geom.area()
    assert checked > 50  # most parcels really cross the boundary
    assert len(polygons._pieces_of(0)[2]) > 1  # and the area was cut into pieces


def test_parcel_touching_a_piece_only_at_its_edge_has_no_overlap():
    area = QgsGeometry.fromWkt("POLYGON((0 0,1000 0,1000 1000,0 1000,0 0))")
    polygons = PolygonSet([area])
    touching = QgsGeometry.fromWkt("POLYGON((1000 100,1100 100,1100 200,1000 200,1000 100))")
    assert polygons.intersection_area(touching, 0) == 0.0
    inside = QgsGeometry.fromWkt("POLYGON((100 100,200 100,200 200,100 200,100 100))")
    assert polygons.intersection_area(inside, 0) == pytest.approx(10000.0)


@pytest.mark.parametrize(
    "rect",
    [
        QgsRectangle(float("nan"), float("nan"), float("nan"), float("nan")),  # empty geometry, QGIS 3.40
        QgsRectangle(10.0, 10.0, 10.0, 10.0),  # a single point
        QgsGeometry().boundingBox(),  # null geometry
        QgsGeometry.fromWkt("POLYGON EMPTY").boundingBox(),
    ],
)
def test_degenerate_boxes_have_no_cell_state(rect):
    flagger = ParcelFlagger(PolygonSet([ragged_area()]), [("area", 1)], [100, 1000])
    assert flagger.state(rect) is None
