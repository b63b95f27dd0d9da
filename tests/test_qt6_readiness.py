"""QGIS 3.22 (Qt5), 3.40 and 4 (Qt6) readiness.

The suite runs on QGIS 3.22 and, with ``make test-debian13``, on 3.40; QGIS 4
does not run here, so two kinds of test guard it:

* a static scan (tests/qt6_scan.py) of the plugin, scripts and tests for
  spellings that exist only in Qt5 / old QGIS: unscoped enum members
  (``Qt.AlignLeft``, ``QgsFeatureSink.FastInsert``), ``QVariant.String`` field
  types, ``exec_()``, PyQt5 imports, ``QRegExp`` ... and QGIS enums that moved
  into ``Qgis`` (their old scoped names only live on as aliases). Only
  core/common/qt_compat.py may spell them.
* unit tests of core/qt_compat on the running QGIS: the picked values mean
  the same as before (the C++ values were kept when enums moved).

``python3 tests/qt6_scan.py`` lists what the scan finds in every file.
"""

from __future__ import annotations

import enum

import pytest

from tests.qt6_scan import ALLOWED, report, scan_text, scanned_files


def test_no_qt5_only_spellings(qgis_app):
    files = [f for f in scanned_files() if f not in ALLOWED]
    assert len(files) > 40  # the scan really covers the package, scripts and tests
    problems = report(files)
    assert not problems, "Qt5-only spellings:\n" + "\n".join(problems)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        ("x = Qt.AlignLeft", "Qt.AlignLeft"),
        ("role = Qt.UserRole + 1", "Qt.UserRole"),
        ("if answer == QMessageBox.Yes:", "QMessageBox.Yes"),
        ("policy = QSizePolicy.Expanding", "QSizePolicy.Expanding"),
        ("sink.addFeature(f, QgsFeatureSink.FastInsert)", "QgsFeatureSink.FastInsert"),
        ("t = QgsWkbTypes.PolygonGeometry", "QgsWkbTypes.PolygonGeometry"),
        ("t = QgsWkbTypes.GeometryType.PolygonGeometry", "QgsWkbTypes.GeometryType moved into Qgis"),
        ("s = [QgsProcessing.SourceType.TypeVectorPolygon]", "QgsProcessing.SourceType moved into Qgis"),
        ("f = QgsField('a', QVariant.String)", "QVariant.Type"),
        ("dialog.exec_()", "exec_()"),
        ("from PyQt5.QtCore import Qt", "direct PyQt5 import"),
        ("rx = QRegExp('a+')", "QRegExp"),
        ("x = Qt.NoSuchName", "Qt.NoSuchName does not exist"),
    ],
)
def test_scan_finds_qt5_spellings(qgis_app, snippet, expected):
    problems = [problem for _line, problem in scan_text(snippet + "\n")]
    assert any(expected in problem for problem in problems), problems


@pytest.mark.parametrize(
    "snippet",
    [
        "x = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter",
        "def data(self, index, role=Qt.ItemDataRole.DisplayRole): pass",
        "if answer == QMessageBox.StandardButton.Yes: pass",
        "sink.addFeature(f, QgsFeatureSink.Flag.FastInsert)",
        "error = QgsVectorFileWriter.WriterError.NoError",
        "wkb = QgsWkbTypes.multiType(layer.wkbType())",
        "dialog.exec()",
        "orientation: Qt.Orientation = None",
        "text = 'Qt.AlignLeft and QVariant.String in a string'  # and exec_() in a comment",
        "value = QVariant()",
    ],
)
def test_scan_passes_qt6_forms(qgis_app, snippet):
    assert scan_text(snippet + "\n") == []


# --- core/qt_compat on the running QGIS ---------------------------------------------------------


def _number(value) -> int:
    """The C++ value of an enum member (PyQt5 ints and PyQt6 Python enums alike)."""
    return value.value if isinstance(value, enum.Enum) else int(value)


def test_field_types_follow_the_qgis_version():
    from qgis.core import Qgis

    from a4b_qgis_plugin.core.common import qt_compat

    new = Qgis.versionInt() >= 33800
    assert qt_compat.USES_QMETATYPE is new
    expected_type = "QMetaType.Type" if new else "QVariant.Type"
    assert {type(value).__qualname__ for value in qt_compat.FIELD_TYPES.values()} == {expected_type}


def test_make_field_round_trips_through_a_geopackage(qgis_app, tmp_path):
    from osgeo import ogr
    from qgis.core import QgsFields, QgsVectorFileWriter, QgsVectorLayer

    from a4b_qgis_plugin.core.common.qt_compat import WKB_NO_GEOMETRY, field_type, make_field

    fields = QgsFields()
    kinds = ("string", "int", "int64", "double", "datetime", "date", "bool")
    for kind in kinds:
        fields.append(
            make_field(f"f_{kind}", kind, 12 if kind == "string" else 0, 3 if kind == "double" else 0)
        )
    assert fields.field("f_string").length() == 12 and fields.field("f_double").precision() == 3
    assert [fields.field(f"f_{k}").type() for k in kinds] == [field_type(k) for k in kinds]

    layer = QgsVectorLayer("None", "types", "memory")
    layer.dataProvider().addAttributes(fields.toList())
    layer.updateFields()
    assert [layer.fields().field(f"f_{k}").type() for k in kinds] == [field_type(k) for k in kinds]
    assert layer.wkbType() == WKB_NO_GEOMETRY

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    path = tmp_path / "types.gpkg"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), layer.transformContext(), options)
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    dataset = ogr.Open(str(path))  # kept: OGR layers die with their dataset
    definition = dataset.GetLayer(0).GetLayerDefn()
    ogr_types = {}
    for index in range(definition.GetFieldCount()):
        field = definition.GetFieldDefn(index)
        ogr_types[field.GetName()] = (field.GetTypeName(), field.GetSubType())
    assert ogr_types == {
        "f_string": ("String", ogr.OFSTNone),
        "f_int": ("Integer", ogr.OFSTNone),
        "f_int64": ("Integer64", ogr.OFSTNone),
        "f_double": ("Real", ogr.OFSTNone),
        "f_datetime": ("DateTime", ogr.OFSTNone),
        "f_date": ("Date", ogr.OFSTNone),
        "f_bool": ("Integer", ogr.OFSTBoolean),
    }
    with pytest.raises(KeyError):
        field_type("text")


def test_geometry_and_wkb_types_match_real_layers(qgis_app):
    from qgis.core import QgsGeometry, QgsVectorLayer, QgsWkbTypes

    from a4b_qgis_plugin.core.common import qt_compat as c

    polygons = QgsVectorLayer("MultiPolygon?crs=EPSG:28992", "p", "memory")
    table = QgsVectorLayer("None", "t", "memory")
    assert polygons.geometryType() == c.GEOMETRY_POLYGON
    assert polygons.wkbType() == c.WKB_MULTIPOLYGON
    assert table.wkbType() == c.WKB_NO_GEOMETRY and table.geometryType() == c.GEOMETRY_NULL
    assert QgsGeometry.fromWkt("LINESTRING(0 0, 1 1)").type() == c.GEOMETRY_LINE
    assert QgsGeometry.fromWkt("POINT(0 0)").type() == c.GEOMETRY_POINT
    assert QgsGeometry.fromWkt("POLYGON((0 0, 1 0, 1 1, 0 0))").wkbType() == c.WKB_POLYGON
    assert QgsWkbTypes.geometryType(c.WKB_UNKNOWN) == c.GEOMETRY_UNKNOWN


def test_request_without_geometry(qgis_app, demo_gpkg):
    from qgis.core import QgsFeatureRequest, QgsVectorLayer

    from a4b_qgis_plugin.core.common.qt_compat import REQUEST_NO_GEOMETRY

    # OGR honours the flag (the memory provider ignores it); the file is only read.
    layer = QgsVectorLayer(f"{demo_gpkg}|layername=pilots", "pilots", "ogr")
    assert next(layer.getFeatures()).hasGeometry()
    request = QgsFeatureRequest().setFlags(REQUEST_NO_GEOMETRY)
    assert not next(layer.getFeatures(request)).hasGeometry()


def test_moved_enums_keep_their_values():
    # QGIS kept the C++ values when it moved these enums into Qgis.
    from a4b_qgis_plugin.core.common import qt_compat as c

    expected = {
        "GEOMETRY_POINT": 0,
        "GEOMETRY_LINE": 1,
        "GEOMETRY_POLYGON": 2,
        "GEOMETRY_UNKNOWN": 3,
        "GEOMETRY_NULL": 4,
        "WKB_UNKNOWN": 0,
        "WKB_POLYGON": 3,
        "WKB_MULTIPOLYGON": 6,
        "WKB_NO_GEOMETRY": 100,
        "SOURCE_VECTOR": 5,
        "SOURCE_VECTOR_POLYGON": 2,
        "PARAMETER_ADVANCED": 2,
        "FIELD_PARAMETER_ANY": -1,
        "FIELD_PARAMETER_NUMERIC": 0,
        "FIELD_PARAMETER_STRING": 1,
        "NUMBER_INTEGER": 0,
        "NUMBER_DOUBLE": 1,
        "FILE_BEHAVIOUR_FILE": 0,
        "ALGORITHM_NO_THREADING": 64,
        "SOURCE_SKIP_GEOMETRY_CHECKS": 2,
        "CRS_WKT1_GDAL": 0,
        "INVALID_GEOMETRY_ABORT": 2,
        "LEGEND_HIDDEN": 1,
        "LEGEND_TITLE": 2,
        "LEGEND_GROUP": 3,
        "LEGEND_SUBGROUP": 4,
        "LEGEND_SYMBOL_LABEL": 6,
        "LAYER_FILTER_POLYGON": 16,
        "REQUEST_NO_GEOMETRY": 1,
    }
    assert {name: _number(getattr(c, name)) for name in expected} == expected


def test_processing_enums_work_in_parameters_and_algorithms(qgis_app):
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsMapLayerProxyModel,
        QgsProcessingParameterFeatureSource,
        QgsVectorLayer,
    )

    from a4b_qgis_plugin.core.common import qt_compat as c
    from a4b_qgis_plugin.processing_provider.alg_export_measures import ExportMeasuresAlgorithm

    parameter = QgsProcessingParameterFeatureSource("P", "p", [c.SOURCE_VECTOR_POLYGON])
    assert [_number(t) for t in parameter.dataTypes()] == [2]
    assert not parameter.flags() & c.PARAMETER_ADVANCED
    parameter.setFlags(parameter.flags() | c.PARAMETER_ADVANCED)
    assert parameter.flags() & c.PARAMETER_ADVANCED
    assert ExportMeasuresAlgorithm().flags() & c.ALGORITHM_NO_THREADING
    proxy = QgsMapLayerProxyModel()
    proxy.setFilters(c.LAYER_FILTER_POLYGON)
    assert proxy.acceptsLayer(QgsVectorLayer("Polygon?crs=EPSG:28992", "p", "memory"))
    assert not proxy.acceptsLayer(QgsVectorLayer("Point?crs=EPSG:28992", "p", "memory"))
    wkt = QgsCoordinateReferenceSystem("EPSG:28992").toWkt(c.CRS_WKT1_GDAL)
    assert wkt.startswith('PROJCS["Amersfoort / RD New"')


def test_enum_value_takes_the_first_name_that_exists():
    from qgis.core import QgsGeometry

    from a4b_qgis_plugin.core.common.qt_compat import enum_value

    point = enum_value("Qgis.NoSuchEnum.Point", "Qgis.WkbType.Point", "QgsWkbTypes.Type.Point")
    assert point == QgsGeometry.fromWkt("POINT(0 0)").wkbType()
    assert enum_value("Qgis.MessageLevel.Warning", "Qgis.NoSuchEnum") == enum_value(
        "Qgis.MessageLevel.Warning"
    )
    with pytest.raises(AttributeError, match="Qgis.NoSuchEnum.A, QgsNoSuchClass.B"):
        enum_value("Qgis.NoSuchEnum.A", "QgsNoSuchClass.B")
