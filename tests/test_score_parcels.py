"""a4b:scoreparcels on a hand-computed layout (see score_helpers for the rasters and nature)."""

from __future__ import annotations

import math

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)

from a4b_qgis_plugin.core.common.errors import InputError
from a4b_qgis_plugin.core.scoring.normalise import parse_weights

from .flag_helpers import memory_layer
from .score_helpers import (
    groundwater_meridian,
    make_deposition,
    make_elevation,
    make_groundwater,
    natura_layer,
    nature_layer,
    pilots_layer,
    rel_square,
)

NULL = None
GW_STRADDLE = "straddle"  # groundwater computed from the parcel's share west of the meridian

# name -> (relative box, deposition, groundwater, elevation difference, links, gap, distance, pilot)
CASES = {
    # between A and B, 20 m from each: links both; on 9 m ground, A's land is 5 m
    "bridge": ((320, 100, 480, 200), (1360 + 1460) / 2, 0.8, 4.0, 2, 200.0, 20.0, "West"),
    # touches A only (C is 250 m away, more than half the link distance)
    "one_patch": ((100, 300, 200, 350), 1140.0, 0.8, 2.0, 1, NULL, 0.0, "West"),
    # one whole cell; B is 300 m away, beyond the link distance: no elevation difference
    "aligned": ((500, 600, 600, 700), 1510.0, 0.8, NULL, 0, NULL, 300.0, "West"),
    # across four cells: 60 % in row 1, 40 % in row 2, half in column 6 and 7
    "across": ((650, 560, 750, 660), 0.6 * 1660 + 0.4 * 1670, GW_STRADDLE, NULL, 0, NULL, 260.0, "East"),
    # 40 m in column 6, 80 m in column 7
    "uneven": ((660, 420, 780, 480), (40 * 1630 + 80 * 1730) / 120, GW_STRADDLE, 0.0, 1, NULL, 120.0, "East"),
    # 10 x 10 m inside one 100 m cell: that cell's value
    "small": ((1010, 710, 1020, 720), 2000.0, 1.6, NULL, 0, NULL, math.hypot(210, 410), "East"),
    # half east of the deposition raster: the mean of the half inside
    "half_out": ((1150, 300, 1250, 400), 2140.0, 1.6, NULL, 0, NULL, 350.0, "East"),
    # exactly the nodata cell
    "nodata": ((900, 200, 1000, 300), NULL, 1.6, 0.0, 1, NULL, 100.0, "East"),
    # a quarter on the nodata cell: the mean of the other three quarters
    "part_nodata": ((950, 250, 1050, 350), (2050 + 1940 + 2040) / 3, 1.6, 0.0, 0, NULL, 150.0, "East"),
    # outside the deposition and elevation rasters and every pilot
    "far": ((1500, 1500, 1600, 1600), NULL, 1.6, NULL, 0, NULL, math.hypot(700, 1200), NULL),
    # inside the other nature patch C
    "inside_c": ((20, 620, 80, 680), 1010.0, 0.8, NULL, 1, NULL, 320.0, "West"),
}
MEANS = ("a4b_dep_mean", "a4b_gw_mean", "a4b_elev_diff_m")


def _plain(value):
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    return value


def _parcels(extra=()):
    rows = [{"wkt": rel_square(*box), "code": name} for name, (box, *_r) in CASES.items()]
    return memory_layer(rows + list(extra), "field=code:string")


def _straddle_groundwater(box) -> float:
    """0.8 west and 1.6 east of the meridian, weighted by the parcel's share on each side in EPSG:4326."""
    lon, lat = groundwater_meridian()
    xform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:28992"),
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsProject.instance().transformContext(),
    )
    geom = QgsGeometry.fromWkt(rel_square(*box))
    geom.transform(xform)
    west = geom.intersection(QgsGeometry.fromRect(QgsRectangle(lon - 1, lat - 1, lon, lat + 1))).area()
    share = west / geom.area()
    assert 0.05 < share < 0.95  # really across the cell edge
    return 0.8 * share + 1.6 * (1 - share)


def _expected() -> dict:
    out = {}
    for name, (box, dep, gw, elev, links, gap, dist, pilot) in CASES.items():
        gw = _straddle_groundwater(box) if gw == GW_STRADDLE else gw
        out[name] = dict(
            a4b_dep_mean=dep,
            a4b_gw_mean=gw,
            a4b_elev_diff_m=elev,
            a4b_links=links,
            a4b_gap_m=gap,
            a4b_n2k_dist_m=dist,
            pilot=pilot,
        )
    return out


def _scale(values: dict, higher=True) -> dict:
    present = [v for v in values.values() if v is not None]
    if not present:
        return dict.fromkeys(values)
    low, high = min(present), max(present)
    return {
        k: None if v is None else ((v - low) / (high - low) if higher else (high - v) / (high - low))
        for k, v in values.items()
    }


def _mean(*values):
    present = [v for v in values if v is not None]
    return sum(present) / len(present) if present else None


def _expected_scores(expected: dict, weights: dict) -> dict:
    """The documented formula, written out again: min-max per measure, criteria, weighted mean."""

    def col(field):
        return {k: e[field] for k, e in expected.items()}

    dep = _scale(col("a4b_dep_mean"))
    gw = _scale(col("a4b_gw_mean"))
    elev = _scale(col("a4b_elev_diff_m"))
    links = _scale(col("a4b_links"))
    near = _scale(col("a4b_n2k_dist_m"), higher=False)
    # one parcel bridges: its gap is the narrowest and the widest, so narrowness 1; others 0
    narrow = {k: 1.0 if e["a4b_links"] >= 2 else 0.0 for k, e in expected.items()}
    scores = {}
    for k in expected:
        criteria = {
            "nitrogen": dep[k],
            "drying": _mean(gw[k], elev[k]),
            "fragmentation": _mean(links[k], narrow[k]),
            "proximity": near[k],
        }
        used = {c: v for c, v in criteria.items() if v is not None and weights[c] > 0}
        scores[k] = 100 * sum(weights[c] * v for c, v in used.items()) / sum(weights[c] for c in used)
    return scores


def _ranks(scores: dict, groups: dict) -> dict:
    out = {}
    for k, s in scores.items():
        if groups[k] is None:
            out[k] = None
            continue
        out[k] = 1 + sum(1 for j, t in scores.items() if groups[j] == groups[k] and t > s + 1e-9)
    return out


def _run(tmp_path, parcels=None, feedback=None, **params):
    import processing

    out = str(tmp_path / "scored.gpkg")
    args = {
        "PARCELS": parcels if parcels is not None else _parcels(),
        "NATURA2000": natura_layer(),
        "NATURE": nature_layer(),
        "PILOTS": pilots_layer(),
        "PILOT_FIELD": "name",
        "DEPOSITION": make_deposition(tmp_path / "dep.tif"),
        "GROUNDWATER": make_groundwater(tmp_path / "glg.tif"),
        "ELEVATION": make_elevation(tmp_path / "ahn.tif"),
        "LINK_DISTANCE": 250,
        "OUTPUT": out,
    }
    args.update(params)
    result = processing.run("a4b:scoreparcels", args, feedback=feedback)
    layer = QgsVectorLayer(out, "scored", "ogr")
    assert layer.isValid()
    return result, {f["code"]: f for f in layer.getFeatures()}


def _check_value(got, want, name, field):
    got = _plain(got)
    if want is None:
        assert got is None, (name, field, got)
    elif field in ("a4b_links",):
        assert got == want, (name, field, got)
    else:
        assert got == pytest.approx(want, rel=1e-6, abs=1e-9), (name, field, got, want)


def test_every_field_matches_the_hand_computed_values(provider_registered, tmp_path):
    feedback = QgsProcessingFeedback()
    result, feats = _run(tmp_path, feedback=feedback)
    expected = _expected()
    for name, exp in expected.items():
        for field in (*MEANS, "a4b_links", "a4b_gap_m", "a4b_n2k_dist_m"):
            _check_value(feats[name][field], exp[field], name, field)
        assert _plain(feats[name]["a4b_rank_pilot"]) == exp["pilot"], name
    scores = _expected_scores(expected, parse_weights(None))
    ranks = _ranks(scores, {k: e["pilot"] for k, e in expected.items()})
    for name in expected:
        _check_value(feats[name]["a4b_score"], scores[name], name, "a4b_score")
        assert _plain(feats[name]["a4b_rank"]) == ranks[name], name
    assert result["COUNT_SCORED"] == len(CASES)
    assert result["COUNT_BRIDGING"] == 1
    assert result["PATCHES"] == 3
    assert result["SKIPPED"] == 0


def test_weights_and_overall_rank(provider_registered, tmp_path):
    weights = "nitrogen=3,drying=0,proximity=0.5"
    _result, feats = _run(tmp_path, PILOTS=None, WEIGHTS=weights)
    expected = _expected()
    scores = _expected_scores(expected, parse_weights(weights))
    ranks = _ranks(scores, {k: "all" for k in expected})
    for name in expected:
        _check_value(feats[name]["a4b_score"], scores[name], name, "a4b_score")
        assert _plain(feats[name]["a4b_rank"]) == ranks[name], name
        assert _plain(feats[name]["a4b_rank_pilot"]) is None


def test_criteria_without_data_are_left_out_and_logged(provider_registered, tmp_path):
    feedback = QgsProcessingFeedback()
    logged = []
    feedback.pushInfo = logged.append  # plain Python: keeps the log lines
    _result, feats = _run(tmp_path, feedback=feedback, DEPOSITION=None, GROUNDWATER=None, ELEVATION=None)
    log = "\n".join(logged)
    assert "Criterion nitrogen: no data; left out of the score." in log
    assert "Criterion drying: no data; left out of the score." in log
    expected = _expected()
    for exp in expected.values():
        exp["a4b_dep_mean"] = exp["a4b_gw_mean"] = exp["a4b_elev_diff_m"] = None
    scores = _expected_scores(expected, parse_weights(None))
    for name in expected:
        for field in MEANS:
            assert _plain(feats[name][field]) is None, (name, field)
        _check_value(feats[name]["a4b_score"], scores[name], name, "a4b_score")


def test_null_geometry_gets_null_fields(provider_registered, tmp_path):
    result, feats = _run(tmp_path, parcels=_parcels([{"wkt": None, "code": "null"}]))
    assert result["SKIPPED"] == 1
    for field in (*MEANS, "a4b_links", "a4b_gap_m", "a4b_n2k_dist_m", "a4b_score", "a4b_rank"):
        assert _plain(feats["null"][field]) is None, field
    _check_value(feats["bridge"]["a4b_gap_m"], 200.0, "bridge", "a4b_gap_m")


def test_parcels_in_another_crs_keep_it(provider_registered, tmp_path):
    from .flag_helpers import to_crs

    parcels = to_crs(_parcels(), "EPSG:4326")
    _result, feats = _run(tmp_path, parcels=parcels)
    expected = _expected()
    for name in ("bridge", "aligned", "uneven", "part_nodata"):
        # a round trip through degrees moves vertices by ~0.1 mm: compare to 1e-5
        assert feats[name]["a4b_dep_mean"] == pytest.approx(expected[name]["a4b_dep_mean"], rel=1e-5)
        assert feats[name]["a4b_links"] == expected[name]["a4b_links"]
    out = QgsVectorLayer(str(tmp_path / "scored.gpkg"), "o", "ogr")
    assert out.crs().authid() == "EPSG:4326"


def test_input_is_not_modified(provider_registered, tmp_path):
    parcels = _parcels()
    before = [(f.attributes(), f.geometry().asWkt()) for f in parcels.getFeatures()]
    _run(tmp_path, parcels=parcels)
    assert [(f.attributes(), f.geometry().asWkt()) for f in parcels.getFeatures()] == before
    assert parcels.fields().names() == ["code"]


@pytest.mark.parametrize(
    "params, message",
    [
        ({"WEIGHTS": "nitrogen=x"}, "must be a number"),
        ({"WEIGHTS": "water=1"}, "is not a weight"),
        ({"WEIGHTS": "nitrogen=0,drying=0,fragmentation=0,proximity=0"}, "weight above 0"),
        ({"WEIGHTS": "drying=-1"}, "0 or more"),
    ],
)
def test_bad_weights_are_explained(provider_registered, tmp_path, params, message):
    with pytest.raises(QgsProcessingException, match=message):
        _run(tmp_path, **params)


def test_field_clash_is_refused(provider_registered, tmp_path):
    parcels = memory_layer([{"wkt": rel_square(0, 0, 10, 10), "a4b_score": 1.0}], "field=a4b_score:double")
    with pytest.raises(QgsProcessingException, match="a4b_score"):
        _run(tmp_path, parcels=parcels)


def test_parse_weights_accepts_dutch_names_and_defaults():
    assert parse_weights("stikstof=2, versnippering=0.5") == {
        "nitrogen": 2.0,
        "drying": 1.0,
        "fragmentation": 0.5,
        "proximity": 1.0,
    }
    with pytest.raises(InputError):
        parse_weights("nitrogen")


def test_native_zonal_statistics_counts_cells_by_centre(provider_registered, tmp_path):
    """native:zonalstatisticsfb counts the cells whose centre lies in the parcel.

    Where a parcel covers whole cells the two agree. A parcel over three cells
    of which it covers 60, 100 and 80 m of width holds all three centres, so
    QGIS gives their plain mean (1730) where the area share gives 1738.33. A
    parcel holding at most one centre is weighted by area share in QGIS too
    (its fallback for small polygons), so there they agree again.
    """
    import processing

    wide = {"wkt": rel_square(640, 430, 880, 470), "code": "wide"}
    _result, ours = _run(tmp_path, parcels=_parcels([wide]))
    out = str(tmp_path / "native.gpkg")
    processing.run(
        "native:zonalstatisticsfb",
        {
            "INPUT": _parcels([wide]),
            "INPUT_RASTER": str(tmp_path / "dep.tif"),
            "RASTER_BAND": 1,
            "COLUMN_PREFIX": "n_",
            "STATISTICS": [2],  # mean
            "OUTPUT": out,
        },
    )
    native = {f["code"]: _plain(f["n_mean"]) for f in QgsVectorLayer(out, "n", "ogr").getFeatures()}
    for name in ("bridge", "aligned", "nodata", "uneven", "small"):
        want = native[name]
        got = _plain(ours[name]["a4b_dep_mean"])
        assert got == (None if want is None else pytest.approx(want, rel=1e-9)), name
    assert native["wide"] == pytest.approx((1630 + 1730 + 1830) / 3)
    assert ours["wide"]["a4b_dep_mean"] == pytest.approx((60 * 1630 + 100 * 1730 + 80 * 1830) / 240, rel=1e-9)


@pytest.mark.parametrize("tile, max_cells", [(256, 2_000_000), (3, 40)])
def test_means_equal_a_cell_by_cell_brute_force(qgis_app, tmp_path, monkeypatch, tile, max_cells):
    """Random polygons (some outside, some over nodata) on a random raster, read in windows and strips.

    Small TILE and MAX_CELLS force many windows and strips of a few rows: the
    means must not depend on how the raster is cut up.
    """
    import numpy as np
    from qgis.core import QgsCoordinateTransformContext, QgsRasterLayer

    from a4b_qgis_plugin.core.scoring import raster_mean

    from .score_helpers import write_raster

    monkeypatch.setattr(raster_mean, "TILE", tile)
    monkeypatch.setattr(raster_mean, "MAX_CELLS", max_cells)
    rng = np.random.default_rng(3)
    values = rng.uniform(0, 50, (23, 37))
    values[5, 5] = -9999
    values[10:12, 20:25] = -9999
    path = write_raster(tmp_path / "r.tif", values, (1000.0, 5000.0), (100.0, 100.0), 28992, -9999)
    stored = values.astype(np.float32)
    layer = QgsRasterLayer(path, "r")
    means = raster_mean.RasterMeans(
        layer.dataProvider().clone(),
        1,
        QgsCoordinateReferenceSystem("EPSG:28992"),
        QgsCoordinateTransformContext(),
        "r",
    )
    geoms = []
    while len(geoms) < 120:
        cx, cy = rng.uniform(800, 4900), rng.uniform(2500, 5200)
        angles = np.sort(rng.uniform(0, 2 * np.pi, rng.integers(3, 10)))
        radii = rng.uniform(5, 400, len(angles))
        ring = [(cx + r * np.cos(a), cy + r * np.sin(a)) for r, a in zip(radii, angles)]
        geom = QgsGeometry.fromWkt("POLYGON((" + ",".join(f"{x} {y}" for x, y in ring + ring[:1]) + "))")
        if geom.isGeosValid():
            geoms.append(geom)
    got = means.means([*geoms, None])
    assert np.isnan(got[-1])
    for geom, mean in zip(geoms, got):
        num = den = 0.0
        for r in range(23):
            for c in range(37):
                if values[r, c] == -9999:
                    continue
                cell = QgsRectangle(
                    1000 + c * 100, 5000 - (r + 1) * 100, 1000 + (c + 1) * 100, 5000 - r * 100
                )
                if cell.intersects(geom.boundingBox()):
                    area = geom.intersection(QgsGeometry.fromRect(cell)).area()
                    num += area * float(stored[r, c])
                    den += area
        if den == 0:
            assert np.isnan(mean)
        else:
            assert mean == pytest.approx(num / den, rel=1e-9)


def test_loaded_output_is_styled_as_the_opportunity_map(provider_registered, qgis_new_project, tmp_path):
    import processing
    from qgis.core import QgsGraduatedSymbolRenderer

    args = {
        "PARCELS": _parcels(),
        "NATURA2000": natura_layer(),
        "DEPOSITION": make_deposition(tmp_path / "dep.tif"),
        "OUTPUT": str(tmp_path / "loaded.gpkg"),
    }
    processing.runAndLoadResults("a4b:scoreparcels", args)
    loaded = [lyr for lyr in QgsProject.instance().mapLayers().values() if "loaded.gpkg" in lyr.source()]
    assert len(loaded) == 1
    layer = loaded[0]
    assert isinstance(layer.renderer(), QgsGraduatedSymbolRenderer)
    assert layer.renderer().classAttribute() == "a4b_score"
    assert layer.labelsEnabled()


def test_patches_exactly_half_the_link_distance_away_are_linked(qgis_app):
    """A parcel 100 m from two patches with a link distance of 200 m links both; the gap is between them."""
    from a4b_qgis_plugin.core.scoring.nature import NatureIndex

    west = QgsGeometry.fromWkt(rel_square(0, 0, 100, 100))
    east = QgsGeometry.fromWkt(rel_square(400, 0, 500, 100))
    index = NatureIndex([west], [east], 200.0)
    links, gap = index.links(QgsGeometry.fromWkt(rel_square(200, 0, 300, 100)))
    assert (links, gap) == (2, 300.0)
    links, gap = index.links(QgsGeometry.fromWkt(rel_square(200.5, 0, 300, 100)))
    assert (links, gap) == (1, None)


def test_empty_parcels_layer_gives_an_empty_output(provider_registered, tmp_path):
    result, feats = _run(tmp_path, parcels=memory_layer([], "field=code:string"))
    assert feats == {}
    assert result["COUNT_SCORED"] == 0 and result["SKIPPED"] == 0
