"""Names that differ between QGIS 3.22 (Qt5), QGIS 3.40 and QGIS 4 (Qt6).

Everything else in the plugin uses forms valid on all three (scoped Qt enums
such as ``Qt.AlignmentFlag.AlignLeft``, ``exec()``); only what has no common
form lives here, picked once at import time:

- QgsField types: ``QMetaType.Type`` from QGIS 3.38 on (PyQt6 has no
  ``QVariant.Type``), ``QVariant.Type`` before.
- QGIS enums that moved into ``Qgis`` (3.30: geometry and WKB types, units;
  3.34: layer filters; 3.36: Processing enums, CRS WKT variants): the new
  name when this QGIS has it, else the old one (see ``enum_value``).

tests/test_qt6_readiness.py keeps the Qt5-only spellings out of the
rest of the package.
"""

from __future__ import annotations

from qgis.core import Qgis, QgsField

# QgsField gained QMetaType.Type constructors in 3.38; older versions take QVariant.Type only.
USES_QMETATYPE = Qgis.versionInt() >= 33800

if USES_QMETATYPE:
    from qgis.PyQt.QtCore import QMetaType

    FIELD_STRING = QMetaType.Type.QString
    FIELD_INT = QMetaType.Type.Int
    FIELD_INT64 = QMetaType.Type.LongLong
    FIELD_DOUBLE = QMetaType.Type.Double
    FIELD_DATETIME = QMetaType.Type.QDateTime
    FIELD_DATE = QMetaType.Type.QDate
    FIELD_BOOL = QMetaType.Type.Bool
else:
    from qgis.PyQt.QtCore import QVariant

    FIELD_STRING = QVariant.String
    FIELD_INT = QVariant.Int
    FIELD_INT64 = QVariant.LongLong
    FIELD_DOUBLE = QVariant.Double
    FIELD_DATETIME = QVariant.DateTime
    FIELD_DATE = QVariant.Date
    FIELD_BOOL = QVariant.Bool

FIELD_TYPES = {
    "string": FIELD_STRING,
    "int": FIELD_INT,
    "int64": FIELD_INT64,
    "double": FIELD_DOUBLE,
    "datetime": FIELD_DATETIME,
    "date": FIELD_DATE,
    "bool": FIELD_BOOL,
}


def field_type(kind: str):
    """The QgsField type for *kind* ("string", "int", "int64", "double", "datetime", "date", "bool").

    Raises KeyError for any other kind.
    """
    return FIELD_TYPES[kind]


def make_field(name: str, kind: str, length: int = 0, prec: int = 0) -> QgsField:
    """A QgsField called *name* of *kind* (see field_type) with optional length and precision."""
    return QgsField(name, FIELD_TYPES[kind], "", length, prec)


def enum_value(*paths: str):
    """The value at the first of *paths* that exists in this QGIS.

    Each path is a dotted name under ``qgis.core``, newest spelling first:
    ``enum_value("Qgis.GeometryType.Polygon", "QgsWkbTypes.GeometryType.PolygonGeometry")``.
    Raises AttributeError naming all paths when none exists.
    """
    import qgis.core

    for path in paths:
        value = qgis.core
        for part in path.split("."):
            value = getattr(value, part, None)
            if value is None:
                break
        if value is not None:
            return value
    raise AttributeError("none of these exists in this QGIS: " + ", ".join(paths))


# Geometry types (QgsVectorLayer.geometryType(), QgsGeometry.type()); Qgis.GeometryType since 3.30.
GEOMETRY_POINT = enum_value("Qgis.GeometryType.Point", "QgsWkbTypes.GeometryType.PointGeometry")
GEOMETRY_LINE = enum_value("Qgis.GeometryType.Line", "QgsWkbTypes.GeometryType.LineGeometry")
GEOMETRY_POLYGON = enum_value("Qgis.GeometryType.Polygon", "QgsWkbTypes.GeometryType.PolygonGeometry")
GEOMETRY_UNKNOWN = enum_value("Qgis.GeometryType.Unknown", "QgsWkbTypes.GeometryType.UnknownGeometry")
GEOMETRY_NULL = enum_value("Qgis.GeometryType.Null", "QgsWkbTypes.GeometryType.NullGeometry")

# WKB types (layer.wkbType(), memory layers, sinks); Qgis.WkbType since 3.30.
WKB_UNKNOWN = enum_value("Qgis.WkbType.Unknown", "QgsWkbTypes.Type.Unknown")
WKB_NO_GEOMETRY = enum_value("Qgis.WkbType.NoGeometry", "QgsWkbTypes.Type.NoGeometry")
WKB_POLYGON = enum_value("Qgis.WkbType.Polygon", "QgsWkbTypes.Type.Polygon")
WKB_MULTIPOLYGON = enum_value("Qgis.WkbType.MultiPolygon", "QgsWkbTypes.Type.MultiPolygon")

# Processing (moved into Qgis in 3.36).
SOURCE_VECTOR = enum_value("Qgis.ProcessingSourceType.Vector", "QgsProcessing.SourceType.TypeVector")
SOURCE_VECTOR_POLYGON = enum_value(
    "Qgis.ProcessingSourceType.VectorPolygon", "QgsProcessing.SourceType.TypeVectorPolygon"
)
PARAMETER_ADVANCED = enum_value(
    "Qgis.ProcessingParameterFlag.Advanced", "QgsProcessingParameterDefinition.Flag.FlagAdvanced"
)
FIELD_PARAMETER_ANY = enum_value(
    "Qgis.ProcessingFieldParameterDataType.Any", "QgsProcessingParameterField.DataType.Any"
)
FIELD_PARAMETER_STRING = enum_value(
    "Qgis.ProcessingFieldParameterDataType.String", "QgsProcessingParameterField.DataType.String"
)
FIELD_PARAMETER_NUMERIC = enum_value(
    "Qgis.ProcessingFieldParameterDataType.Numeric", "QgsProcessingParameterField.DataType.Numeric"
)
NUMBER_DOUBLE = enum_value(
    "Qgis.ProcessingNumberParameterType.Double", "QgsProcessingParameterNumber.Type.Double"
)
NUMBER_INTEGER = enum_value(
    "Qgis.ProcessingNumberParameterType.Integer", "QgsProcessingParameterNumber.Type.Integer"
)
FILE_BEHAVIOUR_FILE = enum_value(
    "Qgis.ProcessingFileParameterBehavior.File", "QgsProcessingParameterFile.Behavior.File"
)
ALGORITHM_NO_THREADING = enum_value(
    "Qgis.ProcessingAlgorithmFlag.NoThreading", "QgsProcessingAlgorithm.Flag.FlagNoThreading"
)
SOURCE_SKIP_GEOMETRY_CHECKS = enum_value(
    "Qgis.ProcessingFeatureSourceFlag.SkipGeometryValidityChecks",
    "QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks",
)

# Feature requests without geometry (Qgis.FeatureRequestFlag since 3.36).
REQUEST_NO_GEOMETRY = enum_value("Qgis.FeatureRequestFlag.NoGeometry", "QgsFeatureRequest.Flag.NoGeometry")

# Processing's check of input geometries (Qgis.InvalidGeometryCheck since 3.36).
INVALID_GEOMETRY_ABORT = enum_value(
    "Qgis.InvalidGeometryCheck.AbortOnInvalid",
    "QgsFeatureRequest.InvalidGeometryCheck.GeometryAbortOnInvalid",
)

# Layer combo box filter (Qgis.LayerFilter since 3.34).
LAYER_FILTER_POLYGON = enum_value(
    "Qgis.LayerFilter.PolygonLayer", "QgsMapLayerProxyModel.Filter.PolygonLayer"
)

# Print layout legend parts (Qgis.LegendComponent in newer QGIS, QgsLegendStyle.Style before).
LEGEND_HIDDEN = enum_value("Qgis.LegendComponent.Hidden", "QgsLegendStyle.Style.Hidden")
LEGEND_TITLE = enum_value("Qgis.LegendComponent.Title", "QgsLegendStyle.Style.Title")
LEGEND_GROUP = enum_value("Qgis.LegendComponent.Group", "QgsLegendStyle.Style.Group")
LEGEND_SUBGROUP = enum_value("Qgis.LegendComponent.Subgroup", "QgsLegendStyle.Style.Subgroup")
LEGEND_SYMBOL_LABEL = enum_value("Qgis.LegendComponent.SymbolLabel", "QgsLegendStyle.Style.SymbolLabel")

# CRS WKT flavour GeoPackage readers expect (Qgis.CrsWktVariant since 3.36).
CRS_WKT1_GDAL = enum_value("Qgis.CrsWktVariant.Wkt1Gdal", "QgsCoordinateReferenceSystem.WktVariant.WKT1_GDAL")
