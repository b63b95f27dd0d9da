"""Pilot boundaries: from a feature, from Natura 2000 areas plus a margin, stored in the work GeoPackage."""

from __future__ import annotations

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
)

from a4b_qgis_plugin.core.common.errors import InputError
from a4b_qgis_plugin.core.pilots import work_gpkg
from a4b_qgis_plugin.core.pilots.boundary import boundary_from_features, boundary_from_natura2000, to_work_crs
from a4b_qgis_plugin.core.pilots.catalogue import Pilot

CTX = QgsCoordinateTransformContext()


def demo_layer(path, table):
    layer = QgsVectorLayer(f"{path}|layername={table}", table, "ogr")
    assert layer.isValid()
    return layer


def square(x, y, size, crs="EPSG:28992"):
    layer = QgsVectorLayer(f"Polygon?crs={crs}&field=name:string", "sq", "memory")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(
        QgsGeometry.fromWkt(f"POLYGON(({x} {y},{x + size} {y},{x + size} {y + size},{x} {y + size},{x} {y}))")
    )
    feature["name"] = "a"
    layer.dataProvider().addFeatures([feature])
    return layer


def test_boundary_from_feature_keeps_area(demo_copy, qgis_app):
    pilots = demo_layer(demo_copy, "pilots")
    fid = next(f.id() for f in pilots.getFeatures() if f["name"].startswith("Demo-pilot Hoge"))
    geom = boundary_from_features(pilots, [fid], CTX)
    original = pilots.getFeature(fid).geometry().area()
    assert geom.area() == pytest.approx(original, rel=1e-9)
    assert geom.isMultipart()


def test_boundary_from_wgs84_feature_is_transformed(qgis_app):
    layer = square(5.9, 52.0, 0.01, "EPSG:4326")
    geom = boundary_from_features(layer, [1], CTX)
    box = geom.boundingBox()
    assert 150000 < box.xMinimum() < 250000 and 400000 < box.yMinimum() < 500000
    assert 600_000 < geom.area() < 800_000  # about 680 m x 1110 m


def test_bad_inputs_give_clear_errors(demo_copy, qgis_app):
    points = QgsVectorLayer("Point?crs=EPSG:28992", "pts", "memory")
    with pytest.raises(InputError, match="no polygons"):
        boundary_from_features(points, [1], CTX)
    with pytest.raises(InputError, match="Select the feature"):
        boundary_from_features(demo_layer(demo_copy, "pilots"), [], CTX)
    with pytest.raises(InputError, match="no area"):
        to_work_crs(
            QgsGeometry.fromWkt("LINESTRING(0 0, 1 1)"), QgsCoordinateReferenceSystem("EPSG:28992"), CTX
        )
    with pytest.raises(InputError, match="valid coordinate"):
        to_work_crs(QgsGeometry.fromWkt("POLYGON((0 0,1 0,1 1,0 0))"), QgsCoordinateReferenceSystem(), CTX)
    # a self-intersecting bow tie is repaired, not refused
    bowtie = to_work_crs(
        QgsGeometry.fromWkt("POLYGON((0 0, 10 10, 10 0, 0 10, 0 0))"),
        QgsCoordinateReferenceSystem("EPSG:28992"),
        CTX,
    )
    assert bowtie.isGeosValid() and bowtie.area() == pytest.approx(50)


def test_natura2000_plus_margin_is_buffered_and_dissolved(demo_copy, qgis_app):
    n2k = demo_layer(demo_copy, "natura2000")
    pilot = Pilot(
        "Demo",
        "Gelderland",
        [{"name": "hoge veen en beekdal (fictief) ", "nr": None}, {"name": "", "nr": 903}],
    )
    plain, used = boundary_from_natura2000(n2k, pilot, 0, CTX)
    assert sorted(used) == ["Hoge Veen en Beekdal (fictief)", "Klein Ven (fictief)"]
    buffered, _used = boundary_from_natura2000(n2k, pilot, 500, CTX)
    assert buffered.isGeosValid()
    assert buffered.area() > plain.area()
    # every point of the areas lies inside, and the margin reaches ~500 m out
    assert buffered.contains(plain.pointOnSurface())
    assert buffered.boundingBox().width() == pytest.approx(plain.boundingBox().width() + 1000, abs=5)
    # the hole of the big area (radius ~650 m) is filled by a 500 m margin only partly
    assert buffered.constGet().numGeometries() <= plain.constGet().numGeometries()


def test_natura2000_errors(demo_copy, qgis_app):
    n2k = demo_layer(demo_copy, "natura2000")
    with pytest.raises(InputError, match="lists no Natura 2000"):
        boundary_from_natura2000(n2k, Pilot("Empty", "Zuid-Holland"), 100, CTX)
    with pytest.raises(InputError, match="None of the pilot"):
        boundary_from_natura2000(n2k, Pilot("X", "Limburg", [{"name": "Geuldal", "nr": None}]), 100, CTX)
    with pytest.raises(InputError, match="margin"):
        boundary_from_natura2000(n2k, Pilot("X", "Limburg", [{"name": "Geuldal", "nr": None}]), -5, CTX)


def test_work_gpkg_store_replace_read(tmp_path, qgis_app):
    gpkg = str(tmp_path / "work" / "a4b_work.gpkg")
    geom = to_work_crs(
        square(1000, 1000, 100).getFeature(1).geometry(), QgsCoordinateReferenceSystem("EPSG:28992"), CTX
    )
    work_gpkg.write_pilot_boundary(gpkg, "Pilot A", geom, "Limburg", work_gpkg.METHOD_DRAWN)
    work_gpkg.write_pilot_boundary(gpkg, "Pilot B", geom, "Limburg")
    bigger = geom.buffer(10, 4)
    work_gpkg.write_pilot_boundary(gpkg, "Pilot A", bigger, "Limburg", work_gpkg.METHOD_BUFFER, 10.0)
    assert work_gpkg.stored_pilot_names(gpkg) == ["Pilot A", "Pilot B"]
    read = work_gpkg.read_pilot_boundary(gpkg, "Pilot A")
    assert read.area() == pytest.approx(bigger.area(), rel=1e-6)
    assert work_gpkg.read_pilot_boundary(gpkg, "Nobody") is None
    layer = work_gpkg.boundary_layer(gpkg, "Pilot A")
    rows = list(layer.getFeatures())
    assert len(rows) == 1 and rows[0]["method"] == "natura2000_buffer" and rows[0]["buffer_m"] == 10.0
    assert layer.crs().authid() == "EPSG:28992"
    with pytest.raises(work_gpkg.OutputError, match="empty"):
        work_gpkg.write_pilot_boundary(gpkg, "Pilot C", QgsGeometry())


def test_unwritable_work_gpkg(tmp_path, qgis_app):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    geom = QgsGeometry.fromWkt("MULTIPOLYGON(((0 0,1 0,1 1,0 0)))")
    with pytest.raises(work_gpkg.OutputError):
        work_gpkg.write_pilot_boundary(str(blocker / "a4b_work.gpkg"), "P", geom)


def test_default_work_gpkg(tmp_path, qgis_app):
    project = QgsProject()
    assert work_gpkg.is_unsaved_fallback(project)
    assert work_gpkg.default_work_gpkg(project).endswith("a4b/a4b_work.gpkg")
    project.setFileName(str(tmp_path / "p.qgz"))
    assert work_gpkg.default_work_gpkg(project) == str(tmp_path / "a4b_work.gpkg")
    project.writeEntry("a4b", "work_gpkg", "/elsewhere/w.gpkg")
    assert work_gpkg.default_work_gpkg(project) == "/elsewhere/w.gpkg"
