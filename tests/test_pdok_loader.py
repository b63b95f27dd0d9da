"""PDOK sources: catalogue, loading through QGIS's real OAPIF/WFS providers, fallback, saving.

Nothing here touches the internet: a stand-in server on 127.0.0.1 serves the
recorded responses of tests/data/pdok_recorded (see tests/pdok_helpers.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from a4b_qgis_plugin.core.common import settings
from a4b_qgis_plugin.core.pdok import loader as pdok_loader
from a4b_qgis_plugin.core.pdok import sources as pdok_sources
from a4b_qgis_plugin.core.pdok.normalise import field_mapping
from tests.pdok_helpers import SHIPPED_CATALOGUE, PdokStandIn

RD = QgsCoordinateReferenceSystem("EPSG:28992")
# Holds the fictional areas 901 and 902 of the recordings, not 903 (far north).
EXTENT = QgsRectangle(196000, 446000, 203000, 450000)


@pytest.fixture(scope="module")
def server():
    with PdokStandIn() as stand_in:
        yield stand_in


@pytest.fixture
def pdok(server, tmp_path):
    """(server, catalogue path, token) with fresh URLs and no failures."""
    server.fail = {}
    server.max_limit = None
    server.requests.clear()
    path, token = server.catalogue(tmp_path)
    return server, str(path), token


# --- catalogue -------------------------------------------------------------------


def test_shipped_catalogue_has_every_source_with_the_published_urls(qgis_app):
    sources = pdok_sources.load_source_catalogue(str(SHIPPED_CATALOGUE))
    assert set(pdok_sources.SOURCE_KEYS) <= set(sources)
    n2k = sources["natura2000"].vector_endpoints()
    assert [(e.type, e.url, e.collection or e.typename) for e in n2k] == [
        ("oapif", "https://api.pdok.nl/rvo/natura2000/ogc/v1", "natura2000"),
        ("wfs", "https://service.pdok.nl/rvo/natura2000/wfs/v1_0", "natura2000:natura2000"),
    ]
    brp = sources["brp_gewaspercelen"].vector_endpoints()
    assert brp[0].url == "https://api.pdok.nl/rvo/gewaspercelen/ogc/v1" and brp[0].collection == "brpgewas"
    assert brp[1].typename == "brpgewaspercelen:BrpGewas"
    assert sources["brk_percelen"].vector_endpoints()[0].collection == "perceel"
    nnn = sources["natuurnetwerk"].raster_endpoints()[0]
    assert (nnn.type, nnn.layer) == ("wms", "PS.ProtectedSite")
    photo = sources["luchtfoto"].raster_endpoints()[0]
    assert (photo.type, photo.layer, photo.tile_matrix_set) == ("wmts", "Actueel_orthoHR", "EPSG:28992")
    assert sources["basemap"].raster_endpoints()[0].layer == "standaard"
    assert "sitecode_v" in sources["natura2000"].trim


def test_catalogue_problems_are_all_listed(qgis_app, tmp_path):
    data = json.loads(SHIPPED_CATALOGUE.read_text(encoding="utf-8"))
    del data["sources"]["basemap"]
    data["sources"]["natura2000"]["endpoints"][0]["type"] = "ftp"
    data["sources"]["luchtfoto"]["endpoints"][0].pop("tile_matrix_set")
    data["sources"]["brk_percelen"]["endpoints"][0]["url"] = "api.pdok.nl/no-scheme"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(pdok_sources.CatalogueError) as caught:
        pdok_sources.load_source_catalogue(str(bad))
    text = str(caught.value)
    assert str(bad) in text
    assert "'basemap' is missing" in text
    assert "type 'ftp'" in text
    assert "'tile_matrix_set'" in text
    assert "http://" in text and len(caught.value.problems) == 4


def test_catalogue_broken_json_names_the_line(qgis_app, tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text('{\n  "sources": {\n    "natura2000": [,]\n', encoding="utf-8")
    with pytest.raises(pdok_sources.CatalogueError, match="line 3"):
        pdok_sources.load_source_catalogue(str(bad))
    with pytest.raises(pdok_sources.CatalogueError, match="does not exist"):
        pdok_sources.load_source_catalogue(str(tmp_path / "missing.json"))


def test_user_catalogue_from_settings_overrides_the_shipped_one(qgis_app, tmp_path):
    data = json.loads(SHIPPED_CATALOGUE.read_text(encoding="utf-8"))
    data["sources"]["natura2000"]["endpoints"][0]["url"] = "https://example.org/moved/ogc/v1"
    own = tmp_path / "own.json"
    own.write_text(json.dumps(data), encoding="utf-8")
    settings.SOURCE_CATALOGUE_PATH.set(str(own))
    try:
        loaded = pdok_sources.load_source_catalogue()
        assert loaded["natura2000"].endpoints[0].url == "https://example.org/moved/ogc/v1"
    finally:
        settings.SOURCE_CATALOGUE_PATH.reset()
    assert pdok_sources.catalogue_path() == SHIPPED_CATALOGUE


# --- field names -----------------------------------------------------------------


def test_field_mapping_brings_service_names_to_the_file_schema():
    schema = ["naam_n2k", "nr", "beschermin", "sitecode_h", "sitecode_v", "status"]
    names = ["gml_id", "naamN2K", "nr", "beschermin", "sitecodeH", "sitecodeV", "status", "extra", "fid"]
    assert field_mapping(names, schema, {}) == {
        "naamN2K": "naam_n2k",
        "nr": "nr",
        "beschermin": "beschermin",
        "sitecodeH": "sitecode_h",
        "sitecodeV": "sitecode_v",
        "status": "status",
        "extra": "extra",
        "fid": "source_fid",
    }
    assert field_mapping(["NaamGebied"], schema, {"naamgebied": "naam_n2k"}) == {"NaamGebied": "naam_n2k"}
    # two service names for one file name: the first keeps it, the second is dropped
    assert field_mapping(["naamN2K", "naam_n2k"], schema, {}) == {"naamN2K": "naam_n2k"}


# --- loading ---------------------------------------------------------------------


def _rows(layer):
    return sorted((f["nr"], f["naam_n2k"], f["sitecode_h"], f["sitecode_v"]) for f in layer.getFeatures())


def test_oapif_loads_only_the_extent_with_normalised_fields(qgis_app, pdok):
    server, catalogue, token = pdok
    layer = pdok_loader.load_vector_for_extent("natura2000", EXTENT, RD, catalogue=catalogue)
    assert layer.isValid() and layer.crs().authid() == "EPSG:28992"
    assert layer.fields().names() == ["naam_n2k", "nr", "beschermin", "sitecode_h", "sitecode_v", "status"]
    assert _rows(layer) == [
        (901, "Testveen (fictief)", "NL9900901", "NL9990901"),
        (902, "Testbeek (fictief)", "NL9900902", ""),  # " " in the service, trimmed
    ]
    box = {f["nr"]: f.geometry().boundingBox() for f in layer.getFeatures()}
    assert abs(box[901].xMinimum() - 197000) < 0.01 and abs(box[901].yMaximum() - 449000) < 0.01
    items = server.requests_matching(f"/{token}/api/rvo/natura2000/ogc/v1/collections/natura2000/items")
    assert any("bbox=" in r for r in items), items
    assert not server.requests_matching(f"/{token}/service/"), "WFS must not be asked when OAPIF works"


def test_oapif_pages_are_followed(qgis_app, pdok):
    # PDOK serves at most 1000 features per page; QGIS must follow the "next" links.
    server, catalogue, token = pdok
    server.max_limit = 1
    layer = pdok_loader.load_vector_for_extent("natura2000", EXTENT, RD, catalogue=catalogue)
    assert sorted(f["nr"] for f in layer.getFeatures()) == [901, 902]
    pages = server.requests_matching(f"/{token}/api/rvo/natura2000/ogc/v1/collections/natura2000/items")
    assert any("cursor=1" in r for r in pages), pages


def test_a_page_failing_part_way_is_not_taken_as_the_whole(qgis_app, pdok):
    # The first page arrives, the second fails: the OGC API result is incomplete, so WFS is used.
    server, catalogue, token = pdok
    server.max_limit = 1
    server.fail = {"cursor=1": 502}
    layer = pdok_loader.load_vector_for_extent("natura2000", EXTENT, RD, catalogue=catalogue)
    assert sorted(f["nr"] for f in layer.getFeatures()) == [901, 902]
    assert server.requests_matching(
        f"/{token}/service/rvo/natura2000/wfs/v1_0?SERVICE=WFS&REQUEST=GetFeature"
    )


def test_extent_in_another_crs_is_transformed(qgis_app, pdok):
    _server, catalogue, _token = pdok
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    # roughly the RD extent above, in degrees
    extent = QgsRectangle(5.985, 52.001, 6.086, 52.036)
    layer = pdok_loader.load_vector_for_extent("natura2000", extent, wgs84, catalogue=catalogue)
    assert sorted(f["nr"] for f in layer.getFeatures()) == [901, 902]


@pytest.mark.parametrize("status", [500, 404])
def test_failing_oapif_falls_back_to_wfs(qgis_app, pdok, status):
    server, catalogue, token = pdok
    server.fail = {"/ogc/v1": status}
    messages = []

    class Feedback:
        def isCanceled(self):
            return False

        def pushInfo(self, text):
            messages.append(text)

        def reportError(self, text, fatal=False):
            messages.append("ERROR " + text)

    layer = pdok_loader.load_vector_for_extent(
        "natura2000", EXTENT, RD, feedback=Feedback(), catalogue=catalogue
    )
    assert _rows(layer) == [
        (901, "Testveen (fictief)", "NL9900901", "NL9990901"),
        (902, "Testbeek (fictief)", "NL9900902", ""),
    ]
    assert layer.fields().names() == ["naam_n2k", "nr", "beschermin", "sitecode_h", "sitecode_v", "status"]
    getfeature = server.requests_matching(
        f"/{token}/service/rvo/natura2000/wfs/v1_0?SERVICE=WFS&REQUEST=GetFeature"
    )
    # QGIS 3.40 first asks for one feature (COUNT=1) to learn the geometry type
    assert any("BBOX=196000,446000,203000,450000" in r for r in getfeature), getfeature
    assert any(m.startswith("ERROR OAPIF") for m in messages), messages


def test_harmless_provider_warnings_are_not_failures():
    # logged by QGIS 3.40 while the features arrive in full (seen against this stand-in)
    assert pdok_loader.is_provider_notice(
        "Download of OPTIONS failed: Error transferring http://127.0.0.1:1/api/x/items - "
        "server replied: Unsupported method ('OPTIONS')"
    )
    assert pdok_loader.is_provider_notice(
        "Layer extent reported by the server is not correct. "
        "You may need to zoom again on layer while features are being downloaded"
    )
    assert not pdok_loader.is_provider_notice(
        "Download of items failed: Error transferring http://127.0.0.1:1/api/x/items?limit=1000 - "
        "server replied: Internal Server Error"
    )


def test_harmless_provider_warnings_are_recognised_in_a_dutch_qgis(qgis_app):
    qm = Path(QgsApplication.i18nPath()) / "qgis_nl.qm"
    if not qm.is_file():
        pytest.skip(f"QGIS's Dutch translation is not installed ({qm})")
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        dutch = QCoreApplication.translate("QObject", pdok_loader._EXTENT_NOTICE)
        assert dutch != pdok_loader._EXTENT_NOTICE  # QGIS 3.22 and 3.40 both translate it
        assert pdok_loader.is_provider_notice(dutch)
    finally:
        QCoreApplication.removeTranslator(translator)


def test_broken_items_fall_back_to_wfs(qgis_app, pdok):
    server, catalogue, token = pdok
    server.fail = {"collections/natura2000/items": "garbage"}
    layer = pdok_loader.load_vector_for_extent("natura2000", EXTENT, RD, catalogue=catalogue)
    assert sorted(f["nr"] for f in layer.getFeatures()) == [901, 902]
    assert server.requests_matching(f"/{token}/service/rvo/natura2000/wfs/v1_0")


def test_valid_layer_whose_feature_request_fails_falls_back(qgis_app, pdok):
    # The OGC API answers its landing page, collection and first page, then fails on the bbox
    # request: QGIS keeps a valid layer with no features, which must count as a failure.
    server, catalogue, token = pdok
    server.fail = {"bbox=": 500}
    layer = pdok_loader.load_vector_for_extent("natura2000", EXTENT, RD, catalogue=catalogue)
    assert sorted(f["nr"] for f in layer.getFeatures()) == [901, 902]
    assert server.requests_matching(
        f"/{token}/api/rvo/natura2000/ogc/v1/collections/natura2000/items?limit=10"
    )
    assert server.requests_matching(
        f"/{token}/service/rvo/natura2000/wfs/v1_0?SERVICE=WFS&REQUEST=GetFeature"
    )


def test_all_endpoints_failing_raises_source_error_listing_them(qgis_app, pdok):
    server, catalogue, token = pdok
    server.fail = {"/ogc/v1": 500, "/wfs/v1_0": 503}
    with pytest.raises(pdok_loader.SourceError) as caught:
        pdok_loader.load_vector_for_extent("natura2000", EXTENT, RD, catalogue=catalogue)
    text = str(caught.value)
    assert text.startswith("Could not load Natura 2000 (RVO). Tried:")
    assert f"OAPIF http://127.0.0.1:{server.port}/{token}/api/rvo/natura2000/ogc/v1 (natura2000)" in text
    assert f"WFS http://127.0.0.1:{server.port}/{token}/service/rvo/natura2000/wfs/v1_0" in text
    assert "sources/catalogue_path" in text
    assert len(caught.value.attempts) == 2


def test_unknown_key_and_raster_only_source(qgis_app, pdok):
    _server, catalogue, _token = pdok
    with pytest.raises(pdok_loader.SourceError, match="no source 'nope'"):
        pdok_loader.load_vector_for_extent("nope", EXTENT, RD, catalogue=catalogue)
    with pytest.raises(pdok_loader.SourceError, match="only available as a map"):
        pdok_loader.load_vector_for_extent("natuurnetwerk", EXTENT, RD, catalogue=catalogue)
    with pytest.raises(pdok_loader.SourceError, match="extent is empty"):
        pdok_loader.load_vector_for_extent("natura2000", QgsRectangle(), RD, catalogue=catalogue)


def test_brp_parcels_from_oapif_and_wfs(qgis_app, pdok):
    server, catalogue, _token = pdok
    expected = [("Bouwland", "Mais, snij-", 2024), ("Grasland", "Grasland, blijvend", 2024)]
    layer = pdok_loader.load_vector_for_extent("brp_gewaspercelen", EXTENT, RD, catalogue=catalogue)
    assert sorted((f["category"], f["gewas"], f["jaar"]) for f in layer.getFeatures()) == expected
    server.fail = {"/ogc/v1": 500}
    layer = pdok_loader.load_vector_for_extent("brp_gewaspercelen", EXTENT, RD, catalogue=catalogue)
    assert sorted((f["category"], f["gewas"], f["jaar"]) for f in layer.getFeatures()) == expected
    assert {"category", "gewas", "gewascode", "jaar", "status"} <= set(layer.fields().names())


# --- saving for offline use --------------------------------------------------------


def test_save_to_gpkg_then_read_offline(qgis_app, tmp_path):
    with PdokStandIn() as own_server:
        catalogue, _token = own_server.catalogue(tmp_path)
        n2k = pdok_loader.load_vector_for_extent("natura2000", EXTENT, RD, catalogue=str(catalogue))
        brp = pdok_loader.load_vector_for_extent("brp_gewaspercelen", EXTENT, RD, catalogue=str(catalogue))
    # the server is gone: what follows works offline
    gpkg = str(tmp_path / "a4b_work.gpkg")
    saved = pdok_loader.save_to_gpkg(n2k, gpkg, "natura2000")
    pdok_loader.save_to_gpkg(brp, gpkg, "brp_gewaspercelen")
    assert saved.isValid() and saved.featureCount() == 2 and saved.crs().authid() == "EPSG:28992"
    again = QgsVectorLayer(f"{gpkg}|layername=natura2000", "n2k", "ogr")
    assert sorted((f["nr"], f["sitecode_v"]) for f in again.getFeatures()) == [(901, "NL9990901"), (902, "")]
    # overwriting one table keeps the other and does not duplicate features
    pdok_loader.save_to_gpkg(n2k, gpkg, "natura2000")
    assert QgsVectorLayer(f"{gpkg}|layername=natura2000", "n2k", "ogr").featureCount() == 2
    assert QgsVectorLayer(f"{gpkg}|layername=brp_gewaspercelen", "brp", "ogr").featureCount() == 2


def test_save_to_gpkg_reports_an_unwritable_place(qgis_app, tmp_path):
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:28992&field=nr:integer", "x", "memory")
    with pytest.raises(pdok_loader.SourceError, match="does not exist"):
        pdok_loader.save_to_gpkg(layer, str(tmp_path / "no" / "such" / "dir.gpkg"), "t")
    with pytest.raises(pdok_loader.SourceError, match="table name"):
        pdok_loader.save_to_gpkg(layer, str(tmp_path / "ok.gpkg"), " ")


# --- map layers (WMTS / WMS) ----------------------------------------------------------


@pytest.mark.parametrize(
    "key, layer_name, tiled",
    [
        ("luchtfoto", "Actueel_orthoHR", True),
        ("basemap", "standaard", True),
        ("natuurnetwerk", "PS.ProtectedSite", False),
    ],
)
def test_load_raster_from_recorded_capabilities(qgis_app, pdok, key, layer_name, tiled):
    server, catalogue, token = pdok
    layer = pdok_loader.load_raster(key, catalogue=catalogue)
    assert layer.isValid() and layer.crs().authid() == "EPSG:28992"
    assert f"layers={layer_name}" in layer.source()
    assert ("tileMatrixSet=EPSG:28992" in layer.source()) == tiled
    service = "WMTS" if tiled else "WMS"
    assert server.requests_matching(f"/{token}/service/") == [
        r for r in server.requests if f"SERVICE={service}&REQUEST=GetCapabilities" in r
    ]


def test_load_raster_failing_and_vector_only(qgis_app, pdok):
    server, catalogue, _token = pdok
    server.fail = {"luchtfotorgb": 500}
    with pytest.raises(pdok_loader.SourceError, match="Could not load Luchtfoto"):
        pdok_loader.load_raster("luchtfoto", catalogue=catalogue)
    with pytest.raises(pdok_loader.SourceError, match="no map"):
        pdok_loader.load_raster("brp_gewaspercelen", catalogue=catalogue)


def test_loading_in_a_background_task_hands_the_layer_to_the_main_thread(qgis_app, pdok):
    # The workspace panel loads in a QgsTask; the layer must be usable in the main thread afterwards.
    from qgis.core import QgsApplication, QgsTask

    from tests.waiting import wait_until

    server, catalogue, _token = pdok
    server.fail = {"bbox=": 500}  # also exercises the fallback from a worker thread
    out = {}

    def work(_task):
        out["layer"] = pdok_loader.load_vector_for_extent("natura2000", EXTENT, RD, catalogue=catalogue)
        return True

    task = QgsTask.fromFunction(
        "load natura2000", work, on_finished=lambda exc, result=None: out.update(done=exc)
    )
    QgsApplication.taskManager().addTask(task)
    wait_until(lambda: "done" in out, message="the task finishes")
    assert out["done"] is None
    layer = out["layer"]
    assert layer.thread() == qgis_app.thread()
    assert sorted(f["nr"] for f in layer.getFeatures()) == [901, 902]


@pytest.mark.parametrize("key, colour", [("luchtfoto", (0x4A, 0x7A, 0x3A)), ("basemap", (0xE8, 0xE4, 0xD8))])
def test_wmts_tiles_are_fetched_and_drawn(qgis_app, pdok, key, colour):
    from qgis.core import QgsMapRendererSequentialJob, QgsMapSettings
    from qgis.PyQt.QtCore import QSize

    server, catalogue, token = pdok
    layer = pdok_loader.load_raster(key, catalogue=catalogue)
    settings_ = QgsMapSettings()
    settings_.setLayers([layer])
    settings_.setDestinationCrs(RD)
    settings_.setExtent(QgsRectangle(196000, 446000, 206000, 456000))
    settings_.setOutputSize(QSize(120, 120))
    job = QgsMapRendererSequentialJob(settings_)
    job.start()
    job.waitForFinished()
    pixel = job.renderedImage().pixelColor(60, 60)
    # JPEG may shift a colour channel by a step or two
    assert all(abs(a - b) <= 3 for a, b in zip((pixel.red(), pixel.green(), pixel.blue()), colour)), (
        pixel.name()
    )
    assert [r for r in server.requests if f"/{token}/service/" in r and "GetCapabilities" not in r]
