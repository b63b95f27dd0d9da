"""a4b:exportmeasures PDF: one page per pilot, rendered to PNG and checked.

Small data (seven measures), 40 dpi renderings: a few seconds in all.
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest
from qgis.PyQt.QtGui import QColor, QImage

from a4b_qgis_plugin.core.common.paths import DEMO_GPKG
from tests.export_helpers import EAST, WEST, build_register

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")


def run(params: dict) -> dict:
    import processing

    from a4b_qgis_plugin.processing_provider.alg_export_measures import ExportMeasuresAlgorithm

    return processing.run(ExportMeasuresAlgorithm().create(), params)


def pdf_pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def pdf_text(path, page: int) -> str:
    command = ["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(path), "-"]
    text = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", text)  # the PDF writes "fi" as a ligature


def render(path, page: int, target) -> QImage:
    stem = str(target.with_suffix(""))
    command = [
        "pdftoppm",
        "-r",
        "40",
        "-f",
        str(page),
        "-l",
        str(page),
        "-png",
        "-singlefile",
        str(path),
        stem,
    ]
    subprocess.run(command, check=True)
    image = QImage(stem + ".png")
    assert not image.isNull()
    return image


def coloured_share(image: QImage) -> float:
    """Share of clearly coloured (not grey, not white) pixels: the measures on the map."""
    coloured = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            colour = QColor(image.pixel(x, y))
            if (
                max(colour.red(), colour.green(), colour.blue())
                - min(colour.red(), colour.green(), colour.blue())
                > 50
            ):
                coloured += 1
    return coloured / ((image.width() // 2) * (image.height() // 2))


def test_one_page_per_pilot_with_map_legend_and_totals(qgis_processing, tmp_path):
    register = build_register(tmp_path / "register.gpkg")
    target = tmp_path / "measures.pdf"
    result = run(
        {
            "REGISTER": f"{register}|layername=measures",
            "NATURA2000": f"{DEMO_GPKG}|layername=natura2000",
            "OUTPUT_PDF": str(target),
        }
    )
    assert result["PAGES"] == 2 and pdf_pages(target) == 2
    # Pages come in pilot order; each has its title, its legend and its own totals.
    first, second = pdf_text(target, 1), pdf_text(target, 2)
    assert f"Measures – {EAST}" in first and f"Measures – {WEST}" in second
    for text in (first, second):
        assert "Legend" in text and "Totals per theme" in text and "Date:" in text
        assert "Cost (EUR/yr)" in text and "Natura 2000: a4b_demo.gpkg (natura2000)" in text
    # money in whole euros with thousands separators, as in the panel (core/common/numbers.py)
    assert "€ 3,921" in first and "Conversion to nature" in first  # Beekdal: 820.80 + 99.99 + 3000.00
    assert "€ 2,141" in second and "Water and drying out" in second  # Hoge Veen
    assert "Pilot boundary" in first  # found in the register's GeoPackage
    # Legend and table show the page's own pilot: Hoge Veen's themes are not on Beekdal's page.
    assert "Water and drying out" not in first and "Agricultural nature management" not in first
    assert "Conversion to nature" not in second and "Nitrogen" not in second
    image = render(target, 1, tmp_path / "page1.png")
    assert image.width() > image.height()  # A4 landscape
    assert coloured_share(image) > 0.02


def small_basemap(path) -> str:
    """A 20 x 20 pixel green raster over the demo landscape (EPSG:28992)."""
    from osgeo import gdal, osr

    dataset = gdal.GetDriverByName("GTiff").Create(str(path), 20, 20, 3, gdal.GDT_Byte)
    dataset.SetGeoTransform((196000, 500, 0, 456000, 0, -500))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    dataset.SetProjection(srs.ExportToWkt())
    for band, value in zip((1, 2, 3), (200, 230, 200)):
        dataset.GetRasterBand(band).Fill(value)
    dataset = None
    return str(path)


def test_pdf_follows_the_pilot_filter_and_draws_a_base_map(qgis_processing, tmp_path):
    register = build_register(tmp_path / "register.gpkg", boundaries=False)
    target = tmp_path / "west.pdf"
    result = run(
        {
            "REGISTER": f"{register}|layername=measures",
            "PILOTS": WEST,
            "BASEMAP": small_basemap(tmp_path / "base.tif"),
            "OUTPUT_PDF": str(target),
        }
    )
    assert result["PAGES"] == 1 and pdf_pages(target) == 1
    text = pdf_text(target, 1)
    assert WEST in text and EAST not in text and "Pilot boundary" not in text
    assert "Base map: base.tif" in text
    image = render(target, 1, tmp_path / "west.png")
    centre = QColor(image.pixel(int(image.width() * 0.2), int(image.height() * 0.3)))
    # The base map shows under the map (colour management may shift a channel by one).
    assert abs(centre.red() - 200) <= 2 and abs(centre.green() - 230) <= 2 and abs(centre.blue() - 200) <= 2


def test_geographic_register_and_missing_geometry(qgis_processing, tmp_path):
    """A copy of the register in EPSG:4326 with one geometry missing still maps in RD New."""
    import processing
    from qgis.core import QgsGeometry, QgsProject

    register = build_register(tmp_path / "register.gpkg", boundaries=False)
    wgs84 = processing.run(
        "native:reprojectlayer",
        {"INPUT": f"{register}|layername=measures", "TARGET_CRS": "EPSG:4326", "OUTPUT": "memory:"},
    )["OUTPUT"]
    first = next(wgs84.getFeatures())
    wgs84.dataProvider().changeGeometryValues({first.id(): QgsGeometry()})
    QgsProject.instance().addMapLayer(wgs84)
    try:
        target = tmp_path / "wgs84.pdf"
        result = run({"REGISTER": wgs84.id(), "OUTPUT_PDF": str(target)})
    finally:
        QgsProject.instance().removeMapLayer(wgs84.id())
    assert result["COUNT"] == 7 and pdf_pages(target) == 2
    assert "Map CRS: EPSG:28992" in pdf_text(target, 1)


def test_pdf_names_the_selection(qgis_processing, tmp_path):
    register = build_register(tmp_path / "register.gpkg", boundaries=False)
    target = tmp_path / "agreed.pdf"
    result = run(
        {"REGISTER": f"{register}|layername=measures", "STATUSES": "agreed", "OUTPUT_PDF": str(target)}
    )
    assert result["PAGES"] == 1  # only Hoge Veen has agreed measures
    assert "Selection: statuses agreed; themes all." in pdf_text(target, 1)
