"""a4b:flagparcels on the demo data: distances equal a brute force and native:joinbynearest; qgis_process."""

from __future__ import annotations

import json

import pytest
from qgis.core import Qgis, QgsVectorLayer

BANDS = "100,250,500,1000"


def _with_ids(demo_gpkg, tmp_path):
    """The demo parcels with a 'pid' field, so two outputs can be matched row by row."""
    import processing

    out = str(tmp_path / "parcels_ids.gpkg")
    processing.run(
        "native:addautoincrementalfield",
        {"INPUT": f"{demo_gpkg}|layername=brp_gewaspercelen", "FIELD_NAME": "pid", "START": 1, "OUTPUT": out},
    )
    return out


def _null(v):
    return v is None or (hasattr(v, "isNull") and v.isNull())


def _brute_force_nearest(parcels_path, natura):
    """pid -> (distance, names of the areas at that distance), by QgsGeometry.distance to every area."""
    areas = [(f.geometry(), f["naam_n2k"]) for f in QgsVectorLayer(natura, "n", "ogr").getFeatures()]
    nearest = {}
    for f in QgsVectorLayer(parcels_path, "p", "ogr").getFeatures():
        dists = [(f.geometry().distance(geom), name) for geom, name in areas]
        best = min(d for d, _name in dists)
        nearest[f["pid"]] = (best, {name for d, name in dists if d <= best + 1e-9})
    return nearest


def test_demo_distances_equal_brute_force_and_joinbynearest(provider_registered, demo_gpkg, tmp_path):
    import processing

    parcels = _with_ids(demo_gpkg, tmp_path)
    natura = f"{demo_gpkg}|layername=natura2000"
    flagged = str(tmp_path / "flagged.gpkg")
    result = processing.run(
        "a4b:flagparcels",
        {
            "PARCELS": parcels,
            "NATURA2000": natura,
            "BANDS": BANDS,
            "PILOTS": f"{demo_gpkg}|layername=pilots",
            "PILOT_FIELD": "name",
            "OUTPUT": flagged,
        },
    )
    joined = str(tmp_path / "joined.gpkg")
    processing.run(
        "native:joinbynearest",
        {
            "INPUT": parcels,
            "INPUT_2": natura,
            "FIELDS_TO_COPY": ["naam_n2k"],
            "NEIGHBORS": 1,
            "MAX_DISTANCE": 1000,
            "DISCARD_NONMATCHING": False,
            "PREFIX": "j_",
            "OUTPUT": joined,
        },
    )
    ours = {f["pid"]: f for f in QgsVectorLayer(flagged, "f", "ogr").getFeatures()}
    brute = _brute_force_nearest(parcels, natura)
    theirs: dict = {}
    for f in QgsVectorLayer(joined, "j", "ogr").getFeatures():
        # one row per tie (a parcel inside two overlapping areas): keep the names of all
        theirs.setdefault(f["pid"], []).append(
            (None if _null(f["distance"]) else f["distance"], f["j_naam_n2k"])
        )
    assert len(ours) == len(theirs) == len(brute) > 1000
    within = 0
    join_differs = []
    for pid, feat in ours.items():
        dist = None if _null(feat["n2k_dist_m"]) else feat["n2k_dist_m"]
        ref, names = brute[pid]
        if ref > 1000 + 1e-5:
            assert dist is None, pid
        else:
            within += 1
            assert dist == pytest.approx(ref, abs=1e-5), pid
            assert feat["n2k_name"] in names, pid
        join_ref = theirs[pid][0][0]
        if (dist is None) != (join_ref is None) or (dist is not None and abs(dist - join_ref) > 1e-5):
            join_differs.append(pid)
        elif len(theirs[pid]) == 1 and dist is not None:
            assert feat["n2k_name"] == theirs[pid][0][1], pid
    assert within == result["COUNT_FLAGGED"]
    assert within > 100
    # QGIS 3.40.6's join (Debian 13) ignores MAX_DISTANCE and, for 130 demo
    # parcels, names an area farther than the nearest one; there only the brute
    # force above is the reference. Where the join is exact, ours equals it.
    if Qgis.QGIS_VERSION_INT < 33400:
        assert join_differs == []


@pytest.mark.slow
def test_qgis_process_runs_flagparcels(staged_plugin_dir, demo_gpkg, tmp_path):
    from qgis_env import run_qgis_process

    out = tmp_path / "flagged.gpkg"
    proc = run_qgis_process(
        [
            "run",
            "a4b:flagparcels",
            "--json",
            f"--PARCELS={demo_gpkg}|layername=brp_gewaspercelen",
            f"--NATURA2000={demo_gpkg}|layername=natura2000",
            f"--BANDS={BANDS}",
            f"--PILOTS={demo_gpkg}|layername=pilots",
            "--PILOT_FIELD=name",
            f"--OUTPUT={out}",
        ],
        plugin_path=staged_plugin_dir,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:] + proc.stdout[-2000:]
    results = json.loads(proc.stdout[proc.stdout.index("{") :])["results"]
    layer = QgsVectorLayer(str(out), "out", "ogr")
    source = QgsVectorLayer(f"{demo_gpkg}|layername=brp_gewaspercelen", "src", "ogr")
    assert layer.featureCount() == source.featureCount()
    for name in (
        "n2k_dist_m",
        "n2k_name",
        "n2k_nr",
        "n2k_band",
        "n2k_overlap_ha",
        "n2k_overlap_pct",
        "a4b_pilot",
    ):
        assert layer.fields().lookupField(name) >= 0, name
    flagged = int(results["COUNT_FLAGGED"])
    beyond = int(results["COUNT_BEYOND"])
    assert flagged + beyond + int(results["SKIPPED"]) == source.featureCount()
    assert sum(int(results[f"COUNT_BAND_{b}"]) for b in (0, 100, 250, 500, 1000)) == flagged


def test_demo_gpkg_as_output_keeps_the_demo_tables(provider_registered, demo_copy):
    """The demo GeoPackage (inputs are its tables) as OUTPUT: a new layer joins it, the rest stays."""
    import processing
    from osgeo import ogr

    def tables():
        dataset = ogr.Open(str(demo_copy))
        try:
            return {
                dataset.GetLayer(i).GetName(): dataset.GetLayer(i).GetFeatureCount()
                for i in range(dataset.GetLayerCount())
            }
        finally:
            dataset = None

    before = tables()
    result = processing.run(
        "a4b:flagparcels",
        {
            "PARCELS": f"{demo_copy}|layername=brp_gewaspercelen",
            "NATURA2000": f"{demo_copy}|layername=natura2000",
            "BANDS": BANDS,
            "PILOTS": f"{demo_copy}|layername=pilots",
            "PILOT_FIELD": "name",
            "OUTPUT": str(demo_copy),
        },
    )
    after = tables()
    assert {name: after[name] for name in before} == before
    assert after["flagged_parcels"] == before["brp_gewaspercelen"]
    assert result["OUTPUT"] == f"{demo_copy}|layername=flagged_parcels"
