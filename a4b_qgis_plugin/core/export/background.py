"""The background map under the measures: PDOK's BRT-Achtergrondkaart (grey) or aerial photo.

The background never holds the export up for long: the service is asked for
its capabilities with a short timeout, and each page's background is drawn
once, before the PDF is written, by a render job that is cancelled when the
time is up. A page whose background could not be drawn gets none, and says
so on the map; the export goes on. The drawn backgrounds are kept as small
georeferenced images, one per page, that the layout's atlas picks by name.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsNetworkAccessManager,
    QgsRasterLayer,
)
from qgis.PyQt.QtCore import QEventLoop, QSize, QTimer, QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ..common.errors import A4BError
from ..common.i18n import tr
from ..pdok import loader as pdok_loader
from ..pdok.sources import load_source_catalogue

NONE, GREY, PHOTO = "none", "grey", "photo"
CHOICES = (NONE, GREY, PHOTO)
# Catalogue source per choice; the grey map falls back to the standard one when a user's
# catalogue has no grey entry.
SOURCE_KEYS = {GREY: ("basemap_grey", "basemap"), PHOTO: ("luchtfoto",)}
TIMEOUT_MS = 8000
DPI = 120  # enough for a background that should stay in the background
CREDITS = {
    "basemap_grey": "BRT-Achtergrondkaart grijs, © Kadaster (CC BY 4.0) via PDOK",
    "basemap": "BRT-Achtergrondkaart, © Kadaster (CC BY 4.0) via PDOK",
    "luchtfoto": "Luchtfoto Beeldmateriaal Nederland (CC BY 4.0) via PDOK",
}


def _wait(condition_signal, timeout_ms: int) -> bool:
    """Run the event loop until *condition_signal* fires or *timeout_ms* pass; True if it fired."""
    loop = QEventLoop()
    timer = QTimer()
    timer.setSingleShot(True)
    fired = []
    condition_signal.connect(lambda *args: (fired.append(True), loop.quit()))
    timer.timeout.connect(loop.quit)
    timer.start(timeout_ms)
    loop.exec()
    timer.stop()
    return bool(fired)


def probe(url: str, timeout_ms: int = TIMEOUT_MS) -> str:
    """ "" when *url* answers within *timeout_ms*, else why not."""
    reply = QgsNetworkAccessManager.instance().get(QNetworkRequest(QUrl(url)))
    try:
        if not reply.isFinished() and not _wait(reply.finished, timeout_ms):
            reply.abort()
            return tr("no answer within {seconds} s").format(seconds=round(timeout_ms / 1000))
        if reply.error() != QNetworkReply.NetworkError.NoError:
            return reply.errorString()
        return ""
    finally:
        reply.deleteLater()


def service_layer(choice: str, timeout_ms: int = TIMEOUT_MS, catalogue=None):
    """``(layer, source key, problem)``: the WMTS layer for *choice*, or None and why not."""
    try:
        sources = catalogue if isinstance(catalogue, dict) else load_source_catalogue(catalogue)
    except A4BError as error:
        return None, "", str(error)
    keys = [key for key in SOURCE_KEYS.get(choice, ()) if key in sources]
    if not keys:
        return None, "", tr("the PDOK source catalogue has no source for it")
    key = keys[0]
    endpoints = sources[key].raster_endpoints()
    if not endpoints:
        return None, key, tr("the PDOK source catalogue has no map endpoint for it")
    endpoint = endpoints[0]
    separator = "&" if "?" in endpoint.url else "?"
    kind = "WMTS" if endpoint.type == "wmts" else "WMS"
    problem = probe(f"{endpoint.url}{separator}SERVICE={kind}&REQUEST=GetCapabilities", timeout_ms)
    if problem:
        return None, key, problem
    try:
        layer = pdok_loader.load_raster(key, catalogue=sources)
    except A4BError as error:
        return None, key, str(error).splitlines()[0]
    return layer, key, ""


def _render(layer, extent, crs, size: QSize, timeout_ms: int):
    """``(image, timed out)``: the image of *layer* over *extent*, None when it failed or took too long."""
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(crs)
    settings.setExtent(extent)
    settings.setOutputSize(size)
    settings.setOutputDpi(DPI)
    job = QgsMapRendererParallelJob(settings)
    job.start()
    if job.isActive() and not _wait(job.finished, timeout_ms):
        job.cancel()
        return None, True
    if job.errors():
        return None, False
    return job.renderedImage(), False


def _georeferenced(image, extent, crs, path: Path, name: str) -> QgsRasterLayer | None:
    """Save *image* as PNG with a world file and open it as a layer in *crs*."""
    if not image.save(str(path), "PNG"):
        return None
    pixel_x = extent.width() / image.width()
    pixel_y = extent.height() / image.height()
    world = [pixel_x, 0.0, 0.0, -pixel_y, extent.xMinimum() + pixel_x / 2, extent.yMaximum() - pixel_y / 2]
    path.with_suffix(".pgw").write_text(
        "\n".join(f"{value:.10f}" for value in world) + "\n", encoding="ascii"
    )
    layer = QgsRasterLayer(str(path), name, "gdal")
    if not layer.isValid():
        return None
    layer.setCrs(crs)
    return layer


def page_backgrounds(
    choice, pages, crs, frame_mm, folder: Path, timeout_ms=TIMEOUT_MS, feedback=None, catalogue=None
):
    """Draw the background of each page; ``(layers, line for the sources text)``.

    Sets ``page.background`` (the layer's name) or ``page.background_note``.
    """
    if choice not in (GREY, PHOTO):
        return [], ""
    if feedback is not None:
        feedback.setProgressText(tr("Fetching the background map…"))
    layer, key, problem = service_layer(choice, timeout_ms, catalogue)
    if layer is None:
        note = tr("No background map: PDOK could not be reached ({problem}).").format(problem=problem)
        for page in pages:
            page.background_note = tr("No background map: PDOK could not be reached.")
        return [], note
    width_px = max(64, round(frame_mm[0] / 25.4 * DPI))
    height_px = max(64, round(frame_mm[1] / 25.4 * DPI))
    layers, missing, gave_up = [], 0, False
    for number, page in enumerate(pages):
        if feedback is not None and feedback.isCanceled():
            break
        image = None
        if not gave_up:  # one page out of time: the service is too slow today, spare the others the wait
            image, gave_up = _render(layer, page.extent, crs, QSize(width_px, height_px), timeout_ms)
        name = f"{CREDITS.get(key, layer.name())} ({number + 1})"
        drawn = None
        if image is not None:
            drawn = _georeferenced(image, page.extent, crs, folder / f"background_{number + 1}.png", name)
        if drawn is None:
            missing += 1
            page.background_note = tr("No background map: PDOK did not deliver it in time.")
            continue
        page.background = name
        layers.append(drawn)
    line = tr("Background: {credit}, fetched {date}.").format(
        credit=CREDITS.get(key, layer.name()), date="[% format_date(now(), 'yyyy-MM-dd') %]"
    )
    if missing:
        line += " " + tr("{count} page(s) without it: PDOK did not deliver in time.").format(count=missing)
    return layers, line
