"""Measures as data for other systems: GeoPackage, GeoJSON and CSV."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsMemoryProviderUtils,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt

from ..common.csv_dialect import CsvDialect, rewrite_csv
from ..common.errors import OutputError
from ..common.i18n import tr
from ..common.qt_compat import FIELD_DATE, FIELD_DATETIME, FIELD_STRING, WKB_NO_GEOMETRY
from .cells import neutralise

GPKG_LAYER = "measures"
WGS84 = "EPSG:4326"


class IncompleteWriteError(OutputError):
    """GDAL stopped writing part-way (a full disk or a file size limit); the message is its reason."""


def _write(
    layer: QgsVectorLayer,
    path: Path,
    options: QgsVectorFileWriter.SaveVectorOptions,
    transform_context: QgsCoordinateTransformContext,
) -> None:
    options.fileEncoding = "UTF-8"
    result = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), transform_context, options)
    error, message = result[0], result[1]
    if error == QgsVectorFileWriter.WriterError.ErrFeatureWriteFailed:
        # GDAL repeats its reason for every feature; once each is enough
        raise IncompleteWriteError(
            " ".join(dict.fromkeys(line for line in message.splitlines() if line.strip()))
        )
    if error != QgsVectorFileWriter.WriterError.NoError:
        raise OutputError(
            tr("Could not write {path}: {message}").format(path=path, message=message or str(error))
        )


def write_gpkg(layer: QgsVectorLayer, path: Path, transform_context: QgsCoordinateTransformContext) -> None:
    """Write *layer* as table ``measures`` of a new GeoPackage, in its own CRS."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = GPKG_LAYER
    options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
    _write(layer, path, options, transform_context)


def write_geojson(
    layer: QgsVectorLayer, path: Path, transform_context: QgsCoordinateTransformContext
) -> None:
    """Write *layer* as GeoJSON in EPSG:4326 (RFC 7946 requires WGS 84)."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GeoJSON"
    options.layerOptions = ["RFC7946=YES", "WRITE_NAME=NO"]
    if layer.isSpatial():
        options.ct = QgsCoordinateTransform(
            layer.crs(), QgsCoordinateReferenceSystem(WGS84), transform_context
        )
    _write(layer, path, options, transform_context)


def write_csv(
    layer: QgsVectorLayer,
    path: Path,
    transform_context: QgsCoordinateTransformContext,
    dialect: CsvDialect | None = None,
) -> None:
    """Write the attributes of *layer* as UTF-8 text with a byte order mark (no geometry), in *dialect*.

    The separator and decimal mark are *dialect*'s; by default the user's
    settings, else QGIS's language (``;`` and ``,`` in Dutch, as Excel there
    expects: core/common/csv_dialect.py).

    Dates and times are written as ISO 8601 text (``2026-11-27T10:00:00``),
    which other systems read without guessing, rather than GDAL's ``2026/11/27``;
    text that a spreadsheet would run as a formula gets a leading quote.
    """
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "CSV"
    options.layerOptions = ["SEPARATOR=COMMA", "STRING_QUOTING=IF_NEEDED"]
    _write(_csv_copy(layer), path, options, transform_context)
    rewrite_csv(path, [field.name() for field in layer.fields() if field.isNumeric()], dialect)


def _csv_copy(layer: QgsVectorLayer) -> QgsVectorLayer:
    """An attribute-only copy of *layer*: dates as ISO 8601 text, text neutralised (:mod:`.cells`)."""
    temporal = [i for i, f in enumerate(layer.fields()) if f.type() in (FIELD_DATETIME, FIELD_DATE)]
    fields = QgsFields()
    for index, field in enumerate(layer.fields()):
        fields.append(QgsField(field.name(), FIELD_STRING) if index in temporal else QgsField(field))
    copy = QgsMemoryProviderUtils.createMemoryLayer(layer.name(), fields, WKB_NO_GEOMETRY, layer.crs())
    rows = []
    for feature in layer.getFeatures():
        values = feature.attributes()
        for index in temporal:
            value = values[index]
            if hasattr(value, "isValid") and value.isValid() and not value.isNull():
                values[index] = value.toString(Qt.DateFormat.ISODate)
            else:
                values[index] = None
        row = QgsFeature(fields)
        row.setAttributes([neutralise(value) for value in values])
        rows.append(row)
    if not copy.dataProvider().addFeatures(rows):
        raise OutputError(
            tr("Could not prepare the CSV table: {error}").format(error=copy.dataProvider().lastError())
        )
    return copy
