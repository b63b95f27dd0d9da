"""Load PDOK layers for an area, falling back from one endpoint to the next.

Vector sources are read through QGIS's own OGC API Features ("OAPIF") and
WFS providers, limited to a bounding box, and copied into a memory layer in
EPSG:28992 with the field names of the file schema (see field_normalise). The
copy no longer needs the network; :func:`save_to_gpkg` keeps it for offline use.
"""

from __future__ import annotations

import os

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsDataSourceUri,
    QgsFeatureRequest,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, Qt, QThread

from ..common.crs import WORK_CRS
from ..common.errors import SourceError
from ..common.i18n import tr
from ..common.layer_source import table_source
from .normalise import normalised_copy
from .sources import Endpoint, Source, load_source_catalogue

TARGET_CRS = WORK_CRS
_PROVIDER_TAGS = ("WFS", "OAPIF", "Network", "WMS")

_EXTENT_NOTICE = (
    "Layer extent reported by the server is not correct. "
    "You may need to zoom again on layer while features are being downloaded"
)
# Warnings the providers log that say nothing about the features asked for.
# QGIS 3.40 probes an OAPIF collection with an HTTP OPTIONS request (to learn
# whether it can be edited) and warns when the server refuses that; both
# versions warn when the first features lie outside the extent the server
# advertises. (translation context, source text) as in QGIS's code, so that the
# check also holds in a Dutch QGIS.
_NOTICES = (
    ("QgsOapifOptionsRequest", "Download of OPTIONS failed: %1"),
    ("QObject", _EXTENT_NOTICE),
    ("QgsWFSSharedData", _EXTENT_NOTICE),
)


def is_provider_notice(message: str) -> bool:
    """Whether a provider's warning is one of the harmless :data:`_NOTICES`."""
    for context, text in _NOTICES:
        for variant in {text, QCoreApplication.translate(context, text)}:
            head, placeholder, _tail = variant.partition("%1")
            if message == variant or (placeholder and message.startswith(head)):
                return True
    return False


def _source(key: str, catalogue) -> Source:
    if catalogue is None or isinstance(catalogue, (str, os.PathLike)):
        catalogue = load_source_catalogue(str(catalogue) if catalogue else None)
    if key not in catalogue:
        raise SourceError(tr("The PDOK source catalogue has no source '{0}'.").format(key))
    return catalogue[key]


def vector_uri(endpoint: Endpoint) -> tuple[str, str]:
    """``(uri, provider key)`` of a vector endpoint, limited to the request's bounding box."""
    uri = QgsDataSourceUri()
    uri.setParam("url", endpoint.url)
    if endpoint.type == "oapif":
        uri.setParam("typename", endpoint.collection)
        provider = "OAPIF"
    else:
        uri.setParam("typename", endpoint.typename)
        if endpoint.version:
            uri.setParam("version", endpoint.version)
        uri.setParam("srsname", endpoint.crs or TARGET_CRS)
        provider = "WFS"
    # Only fetch features in the bounding box of the request, never the whole country.
    uri.setParam("restrictToRequestBBOX", "1")
    return uri.uri(False), provider


def raster_uri(endpoint: Endpoint) -> str:
    """Data source of a WMS or WMTS endpoint for the ``wms`` provider."""
    uri = QgsDataSourceUri()
    uri.setParam("crs", endpoint.crs or TARGET_CRS)
    uri.setParam("format", endpoint.format)
    uri.setParam("layers", endpoint.layer)
    uri.setParam("styles", "default" if endpoint.type == "wmts" else "")
    uri.setParam("dpiMode", "7")
    uri.setParam("contextualWMSLegend", "0")
    if endpoint.type == "wmts":
        uri.setParam("tileMatrixSet", endpoint.tile_matrix_set)
        # The provider asks for WMS capabilities unless the URL names WMTS itself.
        separator = "&" if "?" in endpoint.url else "?"
        uri.setParam("url", f"{endpoint.url}{separator}SERVICE=WMTS&REQUEST=GetCapabilities")
    else:
        uri.setParam("url", endpoint.url)
    return bytes(uri.encodedUri()).decode()


class _LogCollector:
    """Messages the network providers log while one endpoint is tried.

    The providers download in worker threads and report failures only through
    the message log (their error signal reaches the provider through the event
    loop, which a background task may not run), so listen with a direct
    connection: the slot runs in the logging thread and only appends to a list.
    """

    def __init__(self):
        self.messages: list[str] = []

    def __enter__(self):
        QgsApplication.messageLog().messageReceived.connect(
            self._received, Qt.ConnectionType.DirectConnection
        )
        return self

    def __exit__(self, *exc):
        try:
            QgsApplication.messageLog().messageReceived.disconnect(self._received)
        except TypeError:
            pass

    def _received(self, message, tag, level):
        if (
            tag in _PROVIDER_TAGS
            and level >= Qgis.MessageLevel.Warning
            and message not in self.messages
            and not is_provider_notice(message)
        ):
            self.messages.append(message)


def _first_line(text: str, limit: int = 300) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _try_vector(endpoint, source, extent, extent_crs, context, feedback):
    """Load one endpoint; returns (layer or None, reason for failure)."""
    uri, provider = vector_uri(endpoint)
    with _LogCollector() as log:
        layer = QgsVectorLayer(uri, source.title, provider)
        if not layer.isValid():
            # Do not ask an invalid OAPIF layer for its provider's error: QGIS 3.22 crashes.
            return None, _first_line("; ".join(log.messages) or tr("the service did not answer"))
        if feedback is not None and feedback.isCanceled():
            return None, ""
        rect = QgsRectangle(extent)
        if extent_crs.isValid() and layer.crs().isValid() and extent_crs != layer.crs():
            rect = QgsCoordinateTransform(extent_crs, layer.crs(), context).transformBoundingBox(rect)
        request = QgsFeatureRequest().setFilterRect(rect)
        memory, count = normalised_copy(
            layer,
            source.schema,
            endpoint.fields,
            source.trim,
            QgsCoordinateReferenceSystem(TARGET_CRS),
            context,
            request,
            name=source.title,
            feedback=feedback,
        )
        errors = list(layer.dataProvider().errors()) + log.messages
    if errors:
        # Also after some pages arrived: incomplete parcels would give wrong totals, so try the next endpoint.
        if count:
            return None, _first_line(tr("stopped after {0} features: {1}").format(count, "; ".join(errors)))
        return None, _first_line("; ".join(errors))
    return memory, ""


def _to_main_thread(layer):
    """Hand a layer made in a background task to the main thread, where the project lives.

    Only the thread owning an object may move it, so this is done here rather
    than by the caller after the task has finished.
    """
    app = QCoreApplication.instance()
    if app is not None and layer.thread() != app.thread() and layer.thread() == QThread.currentThread():
        layer.moveToThread(app.thread())
    return layer


def load_vector_for_extent(
    key: str,
    extent: QgsRectangle,
    extent_crs: QgsCoordinateReferenceSystem,
    feedback=None,
    catalogue=None,
    transform_context: QgsCoordinateTransformContext | None = None,
) -> QgsVectorLayer:
    """Features of source *key* in *extent*, as a memory layer in EPSG:28992.

    Tries the OGC API Features endpoints first, then WFS. Field names follow
    the file schema (``naam_n2k``, ``sitecode_h`` …; text trimmed). *catalogue*
    is a loaded catalogue or a path (None: the configured one). Raises
    :class:`SourceError`, listing each endpoint and why it failed.

    *feedback* (a ``QgsProcessingFeedback``) is checked before each endpoint and for
    every feature copied, so a cancel takes effect between pages: the page
    QGIS is downloading at that moment is finished first (the providers'
    wait cannot be interrupted from Python). A canceled load raises
    :class:`SourceError` and never returns part of the features.
    """
    source = _source(key, catalogue)
    endpoints = source.vector_endpoints()
    if not endpoints:
        raise SourceError(tr("{0} is only available as a map, not as features.").format(source.title))
    if extent is None or extent.isEmpty():
        raise SourceError(tr("Give an area to load {0} for (the extent is empty).").format(source.title))
    context = transform_context or QgsCoordinateTransformContext()
    attempts = []
    for endpoint in endpoints:
        _stop_if_canceled(feedback, source)
        if feedback is not None:
            feedback.pushInfo(tr("Loading {0} from {1}").format(source.title, endpoint.describe()))
        layer, reason = _try_vector(endpoint, source, extent, extent_crs, context, feedback)
        # A copy the cancel cut short misses features: never hand it out.
        _stop_if_canceled(feedback, source)
        if layer is not None:
            return _to_main_thread(layer)
        attempts.append((endpoint.describe(), reason))
        if feedback is not None:
            feedback.reportError(tr("{0} failed: {1}").format(endpoint.describe(), reason))
    raise SourceError(_failure_message(source, attempts), attempts)


def _stop_if_canceled(feedback, source: Source) -> None:
    if feedback is not None and feedback.isCanceled():
        raise SourceError(tr("Loading {0} was canceled.").format(source.title))


def _failure_message(source: Source, attempts: list) -> str:
    lines = [tr("Could not load {0}. Tried:").format(source.title)]
    lines += [f"- {where}: {reason}" for where, reason in attempts]
    lines.append(
        tr(
            "Check the internet connection. If PDOK has moved the service, correct the URL in a copy of "
            "the PDOK source catalogue and name it in the plugin setting 'sources/catalogue_path'."
        )
    )
    return "\n".join(lines)


def load_raster(key: str, catalogue=None) -> QgsRasterLayer:
    """A WMTS/WMS map layer of source *key* (luchtfoto, basemap, natuurnetwerk …).

    Tries the raster endpoints in catalogue order; raises :class:`SourceError`.
    """
    source = _source(key, catalogue)
    endpoints = source.raster_endpoints()
    if not endpoints:
        raise SourceError(tr("{0} has no map (WMS/WMTS) endpoint in the catalogue.").format(source.title))
    attempts = []
    for endpoint in endpoints:
        with _LogCollector() as log:
            layer = QgsRasterLayer(raster_uri(endpoint), source.title, "wms")
        if layer.isValid():
            return layer
        attempts.append(
            (endpoint.describe(), _first_line("; ".join(log.messages) or tr("the service did not answer")))
        )
    raise SourceError(_failure_message(source, attempts), attempts)


def save_to_gpkg(layer: QgsVectorLayer, gpkg_path: str, table: str) -> QgsVectorLayer:
    """Write *layer* as table *table* of *gpkg_path* (added, or replaced if present).

    Other tables of the GeoPackage are kept. Returns the saved table as a layer;
    raises :class:`SourceError` when the file cannot be written.
    """
    if not table or not table.strip():
        raise SourceError(tr("Give a table name to save the layer as."))
    folder = os.path.dirname(os.path.abspath(gpkg_path))
    if not os.path.isdir(folder):
        raise SourceError(tr("The folder {0} does not exist.").format(folder))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = table
    options.fileEncoding = "UTF-8"
    if os.path.exists(gpkg_path):
        options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
    else:
        options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
    context = QgsCoordinateTransformContext()
    result = QgsVectorFileWriter.writeAsVectorFormatV3(layer, gpkg_path, context, options)
    error, message = result[0], result[1]
    if error != QgsVectorFileWriter.WriterError.NoError:
        raise SourceError(tr("Could not write {0} to {1}: {2}").format(table, gpkg_path, message))
    saved = QgsVectorLayer(table_source(gpkg_path, table), table, "ogr")
    if not saved.isValid():
        raise SourceError(tr("Wrote {0} to {1}, but cannot open it again.").format(table, gpkg_path))
    return _to_main_thread(saved)
