"""The shared helpers in core/common that replaced several copies each."""

from __future__ import annotations

import logging

from qgis.core import QgsApplication, QgsGeometry, QgsProject, QgsVectorLayer
from qgis.PyQt.QtTest import QSignalSpy

from a4b_qgis_plugin.core.common import geometry, layer_source, log, settings, values

BOW_TIE = "POLYGON((0 0, 10 10, 10 0, 0 10, 0 0))"


def test_valid_polygon_repairs_a_bow_tie_and_keeps_only_polygons(qgis_app):
    broken = QgsGeometry.fromWkt(BOW_TIE)
    assert not broken.isGeosValid()

    fixed, repaired = geometry.valid_polygon(broken)

    assert repaired
    assert fixed.isGeosValid()
    assert abs(fixed.area() - 50.0) < 1e-9
    assert broken.asWkt() == QgsGeometry.fromWkt(BOW_TIE).asWkt()  # the input is untouched


def test_valid_polygon_passes_a_valid_polygon_and_refuses_the_rest(qgis_app):
    square = QgsGeometry.fromWkt("POLYGON((0 0, 1 0, 1 1, 0 1, 0 0))")
    same, repaired = geometry.valid_polygon(square)
    assert not repaired and same.equals(square)

    assert geometry.valid_polygon(QgsGeometry.fromWkt("LINESTRING(0 0, 1 1)")) == (None, False)
    assert geometry.valid_polygon(QgsGeometry()) == (None, False)
    assert geometry.valid_polygon(None) == (None, False)
    # A polygon that collapses to a line has no polygon part left after repair.
    assert geometry.valid_polygon(QgsGeometry.fromWkt("POLYGON((0 0, 1 1, 2 2, 0 0))")) == (None, True)


def test_polygon_part_drops_lines_and_points(qgis_app):
    mixed = QgsGeometry.fromWkt(
        "GEOMETRYCOLLECTION(POLYGON((0 0, 2 0, 2 2, 0 0)), LINESTRING(5 5, 6 6), POINT(9 9))"
    )
    part = geometry.polygon_part(mixed)
    assert part.area() == 2.0
    assert all(p.type() == part.type() for p in part.asGeometryCollection())
    assert geometry.polygon_part(QgsGeometry.fromWkt("LINESTRING(0 0, 1 1)")) is None

    kept, repaired = geometry.valid_polygon(mixed)
    assert not repaired and kept.area() == 2.0


def test_file_and_table_reads_ogr_sources(qgis_app, tmp_path):
    gpkg = tmp_path / "a b.gpkg"
    assert layer_source.file_and_table(f"{gpkg}|layername=measures") == (str(gpkg), "measures")
    assert layer_source.file_and_table(f'{gpkg}|layerid=0|subset="x" = 1') == (str(gpkg), None)
    assert layer_source.file_and_table(str(gpkg)) == (str(gpkg), None)

    source = layer_source.table_source(gpkg, "measures")
    assert layer_source.file_and_table(source) == (str(gpkg), "measures")

    memory = QgsVectorLayer("Polygon?crs=EPSG:28992", "scratch", "memory")
    assert layer_source.layer_file_and_table(memory) == ("", None)


def test_same_file_resolves_links_and_dots(tmp_path):
    target = tmp_path / "register.gpkg"
    target.write_bytes(b"")
    link = tmp_path / "link.gpkg"
    link.symlink_to(target)
    assert layer_source.same_file(str(link), str(tmp_path / "x" / ".." / "register.gpkg"))
    assert not layer_source.same_file(str(target), "")
    assert not layer_source.same_file(str(target), str(tmp_path / "other.gpkg"))


def test_is_blank_covers_null_empty_and_the_text_null(qgis_app):
    from qgis.core import NULL

    for blank in (None, NULL, "", "   ", "NULL"):
        assert values.is_blank(blank), repr(blank)
    for value in ("x", 0, 0.0, "0"):
        assert not values.is_blank(value), repr(value)


def test_field_value_is_none_for_a_missing_field_or_a_blank_value(qgis_app):
    from qgis.core import QgsFeature, QgsField, QgsFields

    from a4b_qgis_plugin.core.common.qt_compat import FIELD_STRING

    fields = QgsFields()
    for name in ("id", "empty", "spaces"):
        fields.append(QgsField(name, FIELD_STRING))
    feature = QgsFeature(fields)
    feature.setAttributes(["A1", None, "  "])
    assert values.field_value(feature, "id") == "A1"
    assert values.field_value(feature, "empty") is None
    assert values.field_value(feature, "spaces") is None
    assert values.field_value(feature, "missing") is None
    assert values.field_value(feature, None) is None


def test_project_entries_share_one_scope_and_only_write_changes(qgis_app):
    project = QgsProject()
    assert settings.read_project_entry(project, "test/key", "fallback") == "fallback"
    settings.write_project_entry(project, "test/key", "value")
    assert project.readEntry(settings.PROJECT_SCOPE, "test/key")[0] == "value"
    project.setDirty(False)
    settings.write_project_entry(project, "test/key", "value")
    assert not project.isDirty()


def test_log_handler_routes_package_records_to_the_message_log(qgis_app):
    logger = logging.getLogger("a4b_qgis_plugin.core.example")
    package = logging.getLogger(log.PACKAGE_LOGGER)
    level_before, handlers_before = package.level, list(package.handlers)
    spy = QSignalSpy(QgsApplication.messageLog().messageReceived)

    handler = log.install_log_handler()
    try:
        logger.info("routed to QGIS")
        logger.debug("below the level")
        if not any(call[1] == log.TAG for call in spy):
            spy.wait(10000)
    finally:
        log.remove_log_handler(handler)

    ours = [(call[0], call[2]) for call in spy if call[1] == log.TAG]
    assert [text for text, _level in ours] == ["routed to QGIS"]
    assert package.level == level_before and package.handlers == handlers_before
