"""The PDF's background map from PDOK's WMTS, against the local stand-in (tests/pdok_helpers.py).

The stand-in serves the recorded capabilities (layer ``standaard``) and one
single-colour tile (#e8e4d8) for every tile request. A catalogue copy points
the grey map at that layer; PDOK's real grey layer is ``grijs``.
"""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from qgis.PyQt.QtGui import QColor

from tests.export_helpers import WEST, build_register
from tests.pdok_helpers import PdokStandIn

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
TILE = (0xE8, 0xE4, 0xD8)


@pytest.fixture(scope="module")
def server():
    with PdokStandIn() as stand_in:
        yield stand_in


@pytest.fixture
def catalogue(server, tmp_path):
    """A catalogue pointing at the stand-in, set as the plugin's catalogue for the test."""
    from a4b_qgis_plugin.core.common import settings

    server.fail = {}
    server.hold = set()
    server.requests.clear()
    path, token = server.catalogue(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["sources"]["basemap_grey"]["endpoints"][0]["layer"] = "standaard"  # the recorded layer
    path.write_text(json.dumps(data), encoding="utf-8")
    settings.SOURCE_CATALOGUE_PATH.set(str(path))
    yield path, token
    settings.SOURCE_CATALOGUE_PATH.reset()


def export(tmp_path, target, **extra) -> dict:
    import processing

    from a4b_qgis_plugin.processing_provider.alg_export_measures import ExportMeasuresAlgorithm

    register = build_register(tmp_path / "register.gpkg", boundaries=False)
    params = {"REGISTER": f"{register}|layername=measures", "PILOTS": WEST, "OUTPUT_PDF": str(target)}
    params.update(extra)
    return processing.run(ExportMeasuresAlgorithm().create(), params)


def page_image(path, tmp_path):
    from qgis.PyQt.QtGui import QImage

    stem = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-singlefile", str(path), str(stem)], check=True)
    image = QImage(str(stem) + ".png")
    assert not image.isNull()
    return image


def flat_text(path) -> str:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(text.split())


def near(colour: QColor, rgb, step: int = 3) -> bool:
    return all(abs(a - b) <= step for a, b in zip((colour.red(), colour.green(), colour.blue()), rgb))


def test_background_tiles_are_drawn_under_the_map(qgis_processing, server, catalogue, tmp_path):
    _path, token = catalogue
    target = tmp_path / "grey.pdf"
    result = export(tmp_path, target)  # the grey BRT map is the default
    assert result["PAGES"] == 1
    text = flat_text(target)
    assert "Background: BRT-Achtergrondkaart grijs, © Kadaster (CC BY 4.0) via PDOK, fetched" in text
    assert "No background map" not in text
    tiles = [r for r in server.requests if f"/{token}/service/" in r and "GetCapabilities" not in r]
    assert tiles  # tiles were fetched from the (stand-in) service
    image = page_image(target, tmp_path)
    # an empty corner of the map: the tile's colour, not white
    assert near(QColor(image.pixel(int(image.width() * 0.06), int(image.height() * 0.2))), TILE)


def test_unreachable_service_gives_no_background_and_says_so(qgis_processing, server, catalogue, tmp_path):
    server.fail = {"achtergrondkaart": 503}
    target = tmp_path / "offline.pdf"
    result = export(tmp_path, target)
    assert result["PAGES"] == 1
    text = flat_text(target)
    assert "No background map: PDOK could not be reached" in text
    image = page_image(target, tmp_path)
    assert near(QColor(image.pixel(int(image.width() * 0.06), int(image.height() * 0.2))), (255, 255, 255))


def test_a_silent_service_does_not_hold_the_export(qgis_app, server, catalogue, tmp_path):
    """The capabilities request gets no answer: after the timeout the pages go without background."""
    from a4b_qgis_plugin.core.export import background
    from a4b_qgis_plugin.core.export.pages import Page

    path, _token = catalogue
    server.hold = {"achtergrondkaart"}
    from qgis.core import QgsCoordinateReferenceSystem, QgsRectangle

    pages = [Page("x", "x", QgsRectangle(196000, 446000, 200000, 449000))]
    try:
        layers, line = background.page_backgrounds(
            background.GREY,
            pages,
            QgsCoordinateReferenceSystem("EPSG:28992"),
            (200, 130),
            tmp_path,
            timeout_ms=1500,
            catalogue=str(path),
        )
    finally:
        server.release()
    assert layers == [] and "no answer within 2 s" in line
    assert (
        pages[0].background_note == "No background map: PDOK could not be reached."
        and not pages[0].background
    )
    assert server.held  # the request was made and left waiting


def test_no_background_when_asked_for_none(qgis_processing, server, catalogue, tmp_path):
    target = tmp_path / "none.pdf"
    export(tmp_path, target, BACKGROUND=2)
    text = flat_text(target)
    assert "Background" not in text and "No background map" not in text
    assert not [r for r in server.requests if "/service/" in r]


def test_tiles_that_do_not_come_cost_one_timeout_not_one_per_page(qgis_app, tmp_path):
    """Capabilities answer, tiles never do: the first page waits out the timeout, the others not."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsRectangle

    from a4b_qgis_plugin.core.export import background
    from a4b_qgis_plugin.core.export.pages import Page

    with PdokStandIn() as stand_in:  # its own server: holding requests is for good here
        path, _token = stand_in.catalogue(tmp_path)
        data = json.loads(path.read_text(encoding="utf-8"))
        data["sources"]["basemap_grey"]["endpoints"][0]["layer"] = "standaard"
        path.write_text(json.dumps(data), encoding="utf-8")
        stand_in.hold = {"GetTile", "/standaard/EPSG"}
        pages = [
            Page(str(n), str(n), QgsRectangle(196000 + n * 5000, 446000, 199000 + n * 5000, 448000))
            for n in range(3)
        ]
        try:
            layers, line = background.page_backgrounds(
                background.GREY,
                pages,
                QgsCoordinateReferenceSystem("EPSG:28992"),
                (200, 130),
                tmp_path,
                timeout_ms=1500,
                catalogue=str(path),
            )
            tiles_asked = len(stand_in.held)
        finally:
            stand_in.release()
    assert layers == [] and "3 page(s) without it" in line
    assert all(
        page.background_note == "No background map: PDOK did not deliver it in time." for page in pages
    )
    assert tiles_asked >= 1


def test_print_layout_in_a_project_draws_its_background_and_not_the_users_namesakes(
    qgis_app, catalogue, tmp_path
):
    """The atlas picks each page's layers by name; a user's layer with a helper's name stays off the map."""
    from qgis.core import (
        QgsCoordinateTransformContext,
        QgsFeature,
        QgsFillSymbol,
        QgsGeometry,
        QgsLayoutExporter,
        QgsProject,
        QgsRectangle,
        QgsVectorLayer,
    )
    from qgis.PyQt.QtGui import QImage

    from a4b_qgis_plugin.core.export.layout_project import open_in_project
    from a4b_qgis_plugin.core.export.pdf import MapInputs, MapOptions
    from a4b_qgis_plugin.core.export.run import ExportRequest

    register = build_register(tmp_path / "register.gpkg", boundaries=False)
    layer = QgsVectorLayer(f"{register}|layername=measures", "measures", "ogr")
    project = QgsProject()
    project.setFileName(str(tmp_path / "work.qgz"))
    namesake = QgsVectorLayer("Polygon?crs=EPSG:28992", "Measures (by theme)", "memory")  # a helper's name
    cover = QgsFeature()
    cover.setGeometry(QgsGeometry.fromRect(QgsRectangle(150000, 400000, 250000, 500000)))
    namesake.dataProvider().addFeatures([cover])
    namesake.renderer().setSymbol(QgsFillSymbol.createSimple({"color": "255,0,0,255"}))
    project.addMapLayer(namesake)
    inputs = MapInputs(layer, ExportRequest(register=layer, targets={}), ([], [], []), 7)
    layout = open_in_project(
        project, inputs, MapOptions(background="grey"), "register.gpkg", QgsCoordinateTransformContext()
    )
    atlas = layout.atlas()
    assert atlas.beginRender() and atlas.first()
    image_path = tmp_path / "page.png"
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = 40
    assert (
        QgsLayoutExporter(layout).exportToImage(str(image_path), settings)
        == QgsLayoutExporter.ExportResult.Success
    )
    atlas.endRender()
    image = QImage(str(image_path))
    corner = QColor(image.pixel(int(image.width() * 0.06), int(image.height() * 0.2)))
    assert near(corner, TILE), corner.name()  # the page's background, not the user's red layer
