"""a4b:flagparcels on hand-computed layouts, bad inputs, and parse_bands."""

from __future__ import annotations

import json
import math

import pytest
from qgis.core import (
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

from a4b_qgis_plugin.core.flagging import run as flagging
from a4b_qgis_plugin.core.flagging.bands import band_for_distance, parse_bands

from .flag_helpers import memory_layer, square, to_crs

BANDS = "100,250,500,1000"

# Natura 2000 areas (EPSG:28992, metres). Groot and Hoek overlap in (0..200, 0..200).
AREAS = [
    {"wkt": square(0, 0, 1000, 1000), "naam_n2k": "Groot", "nr": 1},
    {"wkt": square(3000, 0, 3010, 10), "naam_n2k": "Klein", "nr": 2},
    {
        # a ring with a hole (10200..10800) and a second, detached part
        "wkt": "MULTIPOLYGON(((10000 0,11000 0,11000 1000,10000 1000,10000 0),"
        "(10200 200,10800 200,10800 800,10200 800,10200 200)),"
        "((12000 0,12100 0,12100 100,12000 100,12000 0)))",
        "naam_n2k": "Ring",
        "nr": 3,
    },
    {"wkt": square(-200, -200, 200, 200), "naam_n2k": "Hoek", "nr": 4},
]
PILOTS = [
    {"wkt": square(-500, -500, 1500, 1500), "name": "P1"},
    {"wkt": square(1150, 0, 3000, 1500), "name": "P2"},
]
# name -> (wkt, expected dist, name, nr, band, overlap ha, overlap pct, pilot)
CASES = {
    "edge100": (square(1100, 400, 1200, 500), 100.0, "Groot", 1, 100, 0.0, 0.0, "P1"),
    "touching": (square(1000, 600, 1100, 700), 0.0, "Groot", 1, 0, 0.0, 0.0, "P1"),
    "half_inside": (square(900, 300, 1100, 400), 0.0, "Groot", 1, 0, 1.0, 50.0, "P1"),
    "in_hole": (square(10400, 400, 10600, 600), 200.0, "Ring", 3, 250, 0.0, 0.0, None),
    "near_small": (square(2900, 0, 2950, 10), 50.0, "Klein", 2, 100, 0.0, 0.0, "P2"),
    # in two overlapping areas: the union counts once; ties go to the area listed first
    "two_areas": (square(-300, 100, 100, 300), 0.0, "Groot", 1, 0, 4.0, 50.0, "P1"),
    "inside": (square(400, 400, 500, 500), 0.0, "Groot", 1, 0, 1.0, 100.0, "P1"),
    "edge1000": (square(2000, 600, 2050, 650), 1000.0, "Groot", 1, 1000, 0.0, 0.0, "P2"),
    "beyond": (square(2000.5, 700, 2050, 750), None, None, None, None, 0.0, 0.0, "P2"),
    "far": (square(5000, 5000, 5100, 5100), None, None, None, None, 0.0, 0.0, None),
    "pilot_p2": (square(1300, 800, 1700, 900), 300.0, "Groot", 1, 500, 0.0, 0.0, "P2"),
    "multipart_part": (square(12100, 0, 12150, 50), 0.0, "Ring", 3, 0, 0.0, 0.0, None),
    # a bow-tie (invalid) inside Groot: repaired, two triangles of 2500 m2
    "bowtie_inside": (
        "POLYGON((500 500,600 600,600 500,500 600,500 500))",
        0.0,
        "Groot",
        1,
        0,
        0.5,
        100.0,
        "P1",
    ),
    # a bow-tie 200 m east of Groot
    # a bow-tie 200 m east of Groot, wholly inside both pilots: the tie goes to P1
    "bowtie_near": (
        "POLYGON((1200 0,1300 100,1300 0,1200 100,1200 0))",
        200.0,
        "Groot",
        1,
        250,
        0.0,
        0.0,
        "P1",
    ),
}


def _areas_layer():
    return memory_layer(AREAS, "field=naam_n2k:string&field=nr:integer")


def _pilots_layer():
    return memory_layer(PILOTS, "field=name:string")


def _parcels_layer(extra=()):
    rows = [{"wkt": wkt, "code": name} for name, (wkt, *_rest) in CASES.items()]
    rows += list(extra)
    return memory_layer(rows, "field=code:string")


def _run(parcels, tmp_path, natura=None, pilots="default", **params):
    import processing

    out = str(tmp_path / "flagged.gpkg")
    args = {
        "PARCELS": parcels,
        "NATURA2000": natura if natura is not None else _areas_layer(),
        "BANDS": BANDS,
        "PILOTS": _pilots_layer() if pilots == "default" else pilots,
        "PILOT_FIELD": "name",
        "OUTPUT": out,
    }
    args.update(params)
    result = processing.run("a4b:flagparcels", args)
    layer = QgsVectorLayer(out, "flagged", "ogr")
    assert layer.isValid()
    return result, {f["code"]: f for f in layer.getFeatures()}


def _check(feat, expected, name):
    dist, area_name, nr, band, ha, pct, pilot = expected
    got = feat["n2k_dist_m"]
    if dist is None:
        assert got is None or got == "NULL" or (hasattr(got, "isNull") and got.isNull()), name
    else:
        assert got == pytest.approx(dist, abs=0.01), name
    assert _plain(feat["n2k_name"]) == area_name, name
    assert _plain(feat["n2k_nr"]) == nr, name
    assert _plain(feat["n2k_band"]) == band, name
    assert feat["n2k_overlap_ha"] == pytest.approx(ha, rel=1e-4, abs=1e-6), name
    assert feat["n2k_overlap_pct"] == pytest.approx(pct, rel=1e-4, abs=1e-4), name
    assert _plain(feat["a4b_pilot"]) == pilot, name


def _plain(value):
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    return value


def test_hand_computed_cases(provider_registered, tmp_path):
    result, feats = _run(_parcels_layer(), tmp_path)
    for name, (_wkt, *expected) in CASES.items():
        _check(feats[name], expected, name)
    assert result["REPAIRED"] == 2
    assert result["SKIPPED"] == 0
    assert result["COUNT_BAND_0"] == 6
    assert result["COUNT_BAND_100"] == 2
    assert result["COUNT_BAND_250"] == 2
    assert result["COUNT_BAND_500"] == 1
    assert result["COUNT_BAND_1000"] == 1
    assert result["COUNT_BEYOND"] == 2
    assert result["COUNT_FLAGGED"] == len(CASES) - 2
    # The same counts as one JSON text; the per-band outputs stay for models that use them.
    counts = json.loads(result["COUNTS_JSON"])
    assert counts["bands"] == {"0": 6, "100": 2, "250": 2, "500": 1, "1000": 1}
    assert counts["beyond"] == 2 and counts["flagged"] == len(CASES) - 2
    assert counts["repaired"] == 2 and counts["skipped"] == 0 and counts["total"] == len(CASES)


def test_geographic_input_is_measured_in_metres(provider_registered, tmp_path):
    """Parcels and areas in EPSG:4326 give the same metres as in EPSG:28992."""
    parcels = to_crs(_parcels_layer(), "EPSG:4326")
    natura = to_crs(_areas_layer(), "EPSG:4326")
    _result, feats = _run(parcels, tmp_path, natura=natura, pilots=to_crs(_pilots_layer(), "EPSG:4326"))
    for name, (_wkt, *expected) in CASES.items():
        if name in ("edge100", "edge1000"):
            # a round trip through EPSG:4326 moves vertices by ~0.1 mm, so a
            # parcel exactly on a band limit may land on either side of it
            # (and 1000.0001 m is beyond the outer band: NULL)
            got = _plain(feats[name]["n2k_dist_m"])
            assert got is None or got == pytest.approx(expected[0], abs=0.01), name
            continue
        _check(feats[name], expected, name)
    out = QgsVectorLayer(str(tmp_path / "flagged.gpkg"), "o", "ogr")
    assert out.crs().authid() == "EPSG:4326"  # the output keeps the parcels' CRS


def test_null_and_empty_geometries_are_skipped(provider_registered, tmp_path):
    extra = [{"wkt": None, "code": "null"}, {"wkt": "POLYGON EMPTY", "code": "empty"}]
    result, feats = _run(_parcels_layer(extra), tmp_path)
    assert result["SKIPPED"] == 2
    for code in ("null", "empty"):
        for field in ("n2k_dist_m", "n2k_name", "n2k_band", "n2k_overlap_ha", "n2k_overlap_pct", "a4b_pilot"):
            assert _plain(feats[code][field]) is None, (code, field)
    _check(feats["half_inside"], CASES["half_inside"][1:], "half_inside")


def test_attributes_and_geometry_are_kept(provider_registered, tmp_path):
    parcels = _parcels_layer()
    _result, feats = _run(parcels, tmp_path)
    src = {f["code"]: f.geometry() for f in parcels.getFeatures()}
    assert set(feats) == set(src)
    for code, feat in feats.items():
        got = [(v.x(), v.y()) for v in feat.geometry().vertices()]
        assert got == [(v.x(), v.y()) for v in src[code].vertices()], code
    assert parcels.featureCount() == len(CASES)  # input untouched


def test_without_pilots_and_name_field_default(provider_registered, tmp_path):
    _result, feats = _run(_parcels_layer(), tmp_path, pilots=None)
    assert _plain(feats["edge100"]["a4b_pilot"]) is None
    assert feats["edge100"]["n2k_name"] == "Groot"


def test_field_name_clash_is_refused(provider_registered, tmp_path):
    rows = [{"wkt": square(0, 0, 10, 10), "code": "a", "n2k_band": 5}]
    parcels = memory_layer(rows, "field=code:string&field=n2k_band:integer")
    with pytest.raises(QgsProcessingException, match="n2k_band"):
        _run(parcels, tmp_path)


def test_bad_inputs_give_clear_errors(provider_registered, tmp_path):
    points = memory_layer([{"wkt": "POINT(0 0)", "code": "p"}], "field=code:string", kind="Point")
    with pytest.raises(QgsProcessingException):
        _run(points, tmp_path)
    empty_natura = memory_layer([], "field=naam_n2k:string")
    with pytest.raises(QgsProcessingException, match="empty"):
        _run(_parcels_layer(), tmp_path, natura=empty_natura)
    with pytest.raises(QgsProcessingException, match="abc"):
        _run(_parcels_layer(), tmp_path, BANDS="100,abc")
    with pytest.raises(QgsProcessingException, match="metres|projected"):
        _run(_parcels_layer(), tmp_path, CRS="EPSG:4326")
    with pytest.raises(QgsProcessingException, match="no field"):
        _run(_parcels_layer(), tmp_path, NAME_FIELD="nope")


def test_parse_bands():
    assert parse_bands("100,250,500,1000") == [100, 250, 500, 1000]
    assert parse_bands(" 500; 100 250 100 ") == [100, 250, 500]
    assert parse_bands("1e3") == [1000]
    for bad in ("", "  ", "abc", "100,-5", "0", "12.5", "nan", "inf"):
        with pytest.raises(ValueError):
            parse_bands(bad)


def test_band_for_distance():
    bands = [100, 250]
    assert band_for_distance(0.0, bands) == 0
    assert band_for_distance(1e-9, bands) == 100
    assert band_for_distance(100.0, bands) == 100
    assert band_for_distance(math.nextafter(100.0, 200), bands) == 250
    assert band_for_distance(250.0, bands) == 250
    assert band_for_distance(250.01, bands) is None
    assert band_for_distance(None, bands) is None


def test_pilot_name_field_defaults(provider_registered, tmp_path):
    # no PILOT_FIELD: the first text field names the pilot
    pilots = memory_layer(
        [{"wkt": square(-500, -500, 1500, 1500), "nr": 7, "province": "Gelderland"}],
        "field=nr:integer&field=province:string",
    )
    _result, feats = _run(_parcels_layer(), tmp_path, pilots=pilots, PILOT_FIELD=None)
    assert feats["inside"]["a4b_pilot"] == "Gelderland"
    # no text field at all: the feature id
    pilots = memory_layer([{"wkt": square(-500, -500, 1500, 1500), "nr": 7}], "field=nr:integer")
    _result, feats = _run(_parcels_layer(), tmp_path, pilots=pilots, PILOT_FIELD=None)
    assert feats["inside"]["a4b_pilot"] == "1"
    with pytest.raises(QgsProcessingException, match="no field"):
        _run(_parcels_layer(), tmp_path, PILOT_FIELD="nope")


def test_cancel_before_flagging_writes_nothing(qgis_app):
    natura = _areas_layer()
    parcels = _parcels_layer()
    context = QgsProject.instance().transformContext()
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    out = QgsVectorLayer("Polygon?crs=EPSG:28992", "out", "memory")
    out.dataProvider().addAttributes(flagging.output_fields(parcels.fields()).toList())
    summary = flagging.flag_parcels(
        parcels.dataProvider(), natura.dataProvider(), out.dataProvider(), [100], context, feedback=feedback
    )
    assert summary.canceled
    assert out.featureCount() == 0


def test_cancel_between_batches_stops_reader_and_writer(qgis_app):
    rows = [
        {"wkt": square(2000 + i % 100 * 20, i // 100 * 20, 2010 + i % 100 * 20, 10 + i // 100 * 20)}
        for i in range(5000)
    ]
    parcels = memory_layer(rows, "field=code:string")
    out = QgsVectorLayer("Polygon?crs=EPSG:28992", "out", "memory")
    out.dataProvider().addAttributes(flagging.output_fields(parcels.fields()).toList())
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda p: feedback.cancel() if p > 0 else None)
    natura = _areas_layer()
    summary = flagging.flag_parcels(
        parcels.dataProvider(),
        natura.dataProvider(),
        out.dataProvider(),
        [100, 1000],
        QgsProject.instance().transformContext(),
        feedback=feedback,
    )
    assert summary.canceled
    assert 0 < out.featureCount() < 5000  # the batches before the cancel, nothing after


def test_invalid_natura2000_geometry_is_repaired(provider_registered, tmp_path):
    # a bow-tie area: two triangles meeting at (550 550) once repaired
    natura = memory_layer(
        [{"wkt": "POLYGON((500 500,600 600,600 500,500 600,500 500))", "naam_n2k": "Strik", "nr": 9}],
        "field=naam_n2k:string&field=nr:integer",
    )
    parcels = memory_layer(
        [
            {"wkt": square(505, 540, 515, 560), "code": "in_lobe"},
            {"wkt": square(700, 540, 710, 560), "code": "east"},
        ],
        "field=code:string",
    )
    _result, feats = _run(parcels, tmp_path, natura=natura, pilots=None)
    assert feats["in_lobe"]["n2k_dist_m"] == 0
    assert feats["in_lobe"]["n2k_overlap_pct"] == pytest.approx(100.0)
    assert feats["east"]["n2k_dist_m"] == pytest.approx(100.0, abs=0.01)
    assert parcels.fields().count() == 1  # the input layer is not modified
    assert [f["code"] for f in parcels.getFeatures()] == ["in_lobe", "east"]
