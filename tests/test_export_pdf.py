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


def pdf_flat(path, page: int) -> str:
    """The page's text in reading order, every run of white space one space (wrapped lines joined)."""
    command = ["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"]
    text = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return " ".join(unicodedata.normalize("NFKC", text).split())


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


def test_overview_and_one_page_per_pilot_with_map_legend_totals_and_facts(qgis_processing, tmp_path):
    register = build_register(tmp_path / "register.gpkg")
    target = tmp_path / "measures.pdf"
    result = run(
        {
            "REGISTER": f"{register}|layername=measures",
            "NATURA2000": f"{DEMO_GPKG}|layername=natura2000",
            "OUTPUT_PDF": str(target),
        }
    )
    # An overview first, then the pilots in order.
    assert result["PAGES"] == 3 and pdf_pages(target) == 3
    overview, first, second = (pdf_text(target, page) for page in (1, 2, 3))
    assert "Measures – overview of the pilots" in overview and "Totals per pilot" in overview
    # (names wrap in their table cell)
    assert (
        "Demo-pilot Beekdal" in overview and "Demo-pilot Hoge Veen" in overview and "All pilots" in overview
    )
    assert f"Measures – {EAST}" in first and f"Measures – {WEST}" in second
    for page in (1, 2, 3):
        text = pdf_flat(target, page)
        assert "Legend" in text and "Date:" in text and "Proposals, not decisions" in text
        assert (
            "Cost (EUR/yr)" in text and "Natura 2000: a4b_demo.gpkg (natura2000) (RVO via PDOK, CC0" in text
        )
        # the register by name, never its folder; the plugin version; the selection
        assert "Register: register.gpkg" in text and str(tmp_path) not in text
        assert "A4B Natura 2000 toolkit 0." in text and "Selection: statuses all; themes all." in text
        # no internet here: no background, and the page says so (the export goes on)
        assert "No background map: PDOK could not be reached" in text
    assert "Totals per theme" in first and "Totals per theme" in second
    # money in whole euros with thousands separators, as in the panel (core/common/numbers.py)
    assert "€ 3,921" in first and "Conversion to nature" in first  # Beekdal: 820.80 + 99.99 + 3000.00
    assert "€ 2,141" in second and "Water and drying out" in second  # Hoge Veen
    assert "Pilot boundary" in first  # found in the register's GeoPackage
    # Legend and table show the page's own pilot: Hoge Veen's themes are not in Beekdal's legend.
    assert "Agricultural nature management" not in first.split("Totals per theme")[0].split("Area (ha)")[0]
    # measure codes label the measures
    assert "N00.01" in pdf_flat(target, 2) and "WATER" in pdf_flat(target, 3)
    image = render(target, 2, tmp_path / "page2.png")
    assert image.width() > image.height()  # A4 landscape
    assert coloured_share(image) > 0.002  # the whole pilot is in view, so the measures are small


def test_page_shows_the_whole_pilot_boundary(qgis_app, tmp_path):
    from qgis.core import QgsCoordinateTransformContext, QgsProject, QgsVectorLayer

    from a4b_qgis_plugin.core.export.pdf import MapInputs, MapOptions, MeasuresLayout
    from a4b_qgis_plugin.core.export.run import ExportRequest

    register = build_register(tmp_path / "register.gpkg")
    measures = QgsVectorLayer(f"{register}|layername=measures", "measures", "ogr")
    boundaries = QgsVectorLayer(f"{register}|layername=pilot_boundaries", "pilots", "ogr")
    request = ExportRequest(register=measures, targets={})
    inputs = MapInputs(measures, request, ([], [], []), 7, boundaries)
    project = QgsProject()
    built = MeasuresLayout(project, inputs, MapOptions(background="none"), QgsCoordinateTransformContext())
    pages = {page.key: page for page in built.pages}
    assert set(pages) == {"*", EAST, WEST}
    ratio = built.layout.itemById("map").rect().width() / built.layout.itemById("map").rect().height()
    for feature in boundaries.getFeatures():
        page = pages[feature["name"]]
        box = feature.geometry().boundingBox()
        assert page.extent.contains(box)  # the whole boundary ...
        assert (
            page.extent.width() > box.width() * 1.1 or page.extent.height() > box.height() * 1.1
        )  # ... margin
        assert abs(page.extent.width() / page.extent.height() - ratio) < 1e-6  # in the frame's shape
        assert pages["*"].extent.contains(box)


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
    assert result["PAGES"] == 1 and pdf_pages(target) == 1  # one pilot: no overview
    text = pdf_text(target, 1)
    assert WEST in text and EAST not in text and "Pilot boundary" not in text
    assert "Background: base" in text
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
    assert result["COUNT"] == 7 and pdf_pages(target) == 3
    assert "map CRS EPSG:28992" in pdf_text(target, 1)


def test_pdf_names_the_selection(qgis_processing, tmp_path):
    register = build_register(tmp_path / "register.gpkg", boundaries=False)
    target = tmp_path / "agreed.pdf"
    result = run(
        {"REGISTER": f"{register}|layername=measures", "STATUSES": "agreed", "OUTPUT_PDF": str(target)}
    )
    assert result["PAGES"] == 1  # only Hoge Veen has agreed measures
    assert "Selection: statuses agreed; themes all." in pdf_text(target, 1)


def test_chart_has_hectares_and_net_per_theme_and_status(qgis_app, tmp_path):
    from qgis.core import QgsVectorLayer
    from qgis.PyQt.QtGui import QImage, QPainter
    from qgis.PyQt.QtSvg import QSvgRenderer

    from a4b_qgis_plugin.core.export.chart import STATUS_COLOURS, chart_data, draw_chart
    from a4b_qgis_plugin.core.export.summary import read_records

    register = build_register(tmp_path / "register.gpkg", boundaries=False)
    records = read_records(QgsVectorLayer(f"{register}|layername=measures", "m", "ogr"))
    west = [r for r in records if r.pilot == WEST]
    themes, data = chart_data(west)
    assert themes == ["water", "landscape", "agri_nature"] or set(themes) == {
        "water",
        "landscape",
        "agri_nature",
    }
    # N12.02 proposed (2.4512 ha, no revenue) and agreed (1.75 ha, net 50 - 700.14)
    assert (
        data["agri_nature"]["proposed"]["ha"] == 2.4512
        and data["agri_nature"]["proposed"]["net_eur_yr"] is None
    )
    assert round(data["agri_nature"]["agreed"]["net_eur_yr"], 2) == -650.14
    path = tmp_path / "chart.svg"
    draw_chart(path, west, 67, 60)
    svg = path.read_text(encoding="utf-8")
    assert "Area (ha) by theme and status" in svg and "Net per year" in svg and "(+1)" in svg
    image = QImage(268, 240, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    QSvgRenderer(str(path)).render(painter)
    painter.end()
    colours = {image.pixelColor(x, y).name() for x in range(0, 268, 2) for y in range(0, 240, 2)}
    assert STATUS_COLOURS["proposed"] in colours and STATUS_COLOURS["agreed"] in colours


def add_measure_without_pilot(register) -> None:
    """A copy of the first measure, 3 km east and without a pilot."""
    from qgis.core import QgsFeature, QgsVectorLayer

    layer = QgsVectorLayer(f"{register}|layername=measures", "measures", "ogr")
    first = next(layer.getFeatures())
    copy = QgsFeature(first)
    geometry = first.geometry()
    geometry.translate(3000, 0)
    copy.setGeometry(geometry)
    copy["pilot"] = None
    copy["uuid"] = "00000000-0000-4000-8000-999999999999"
    copy["measure_code"] = "LOOSE"
    copy.setId(-1)
    provider = layer.dataProvider()
    attributes = [copy[field.name()] if field.name() != "fid" else None for field in layer.fields()]
    copy.setAttributes(attributes)
    assert provider.addFeatures([copy])[0]


def test_measures_without_a_pilot_get_a_page_only_when_asked(qgis_processing, tmp_path):
    register = build_register(tmp_path / "register.gpkg")
    add_measure_without_pilot(register)
    default, asked = tmp_path / "default.pdf", tmp_path / "asked.pdf"
    params = {"REGISTER": f"{register}|layername=measures", "BACKGROUND": 2}
    result = run({**params, "OUTPUT_PDF": str(default)})
    assert result["COUNT"] == 8 and result["PAGES"] == 3  # overview + two pilots
    assert "(no pilot)" not in pdf_flat(default, 3)
    result = run({**params, "OUTPUT_PDF": str(asked), "NO_PILOT_PAGE": True})
    assert result["PAGES"] == 4 and pdf_pages(asked) == 4
    last = pdf_flat(asked, 4)
    assert "Measures – (no pilot)" in last and "LOOSE" in last  # last, with its label


def test_page_size_orientation_and_parcel_labels(qgis_processing, tmp_path):
    register = build_register(tmp_path / "register.gpkg")
    target = tmp_path / "a3.pdf"
    result = run(
        {
            "REGISTER": f"{register}|layername=measures",
            "PILOTS": EAST,
            "PAGE_SIZE": 1,  # A3
            "ORIENTATION": 1,  # portrait
            "LABEL_PARCELS": True,
            "BACKGROUND": 2,
            "OUTPUT_PDF": str(target),
        }
    )
    assert result["PAGES"] == 1
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    size = next(line for line in info.splitlines() if line.startswith("Page size:")).split()
    assert (round(float(size[2])), round(float(size[4]))) == (842, 1191)  # A3 portrait in points
    text = pdf_flat(target, 1)
    assert "N00.01" in text and "BRP-4" in text  # code and parcel reference of Beekdal's conversion


def test_facts_name_the_parcel_datasets_with_their_licence(qgis_app, tmp_path):
    from qgis.core import QgsFeatureRequest, QgsVectorLayer

    from a4b_qgis_plugin.core.export.facts import facts_text, plugin_version
    from a4b_qgis_plugin.core.export.run import ExportRequest

    register = build_register(tmp_path / "register.gpkg")
    register_layer = QgsVectorLayer(f"{register}|layername=measures", "measures", "ogr")
    measures = register_layer.materialize(QgsFeatureRequest())
    sources = iter(["BRP 2024", "BRK", "BRP 2024", None, "BRK", "BRP 2023", "BRP 2024"])
    measures.startEditing()
    for feature in list(measures.getFeatures()):
        measures.changeAttributeValue(feature.id(), measures.fields().indexOf("parcel_source"), next(sources))
    assert measures.commitChanges()
    request = ExportRequest(register=register_layer, targets={})
    text = facts_text(request, ([], ["agreed"], []), 7, measures, None, "", "EPSG:28992")
    assert "Parcels: BRP 2023, BRP 2024 (BRP gewaspercelen, RVO via PDOK, CC0)." in text
    assert "Parcels: kadastrale percelen (BRK, Kadaster via PDOK, CC BY 4.0 Kadaster)." in text
    assert "Register: register.gpkg; 7 measures" in text and str(tmp_path) not in text
    assert "Selection: statuses agreed; themes all." in text
    assert f"A4B Natura 2000 toolkit {plugin_version()}; map CRS EPSG:28992" in text
    assert plugin_version() != "?"
