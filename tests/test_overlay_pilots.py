"""a4b:overlaypilots on tiny hand-made layers, with numbers worked out by hand.

Layout (EPSG:28992, metres; every parcel is a rectangle, so its area is exact):

  pilot P1: x 0..1000,    y 0..1000          pilot P2: x 1000..2000, y 0..1000
  Alpha (nr 1), two features: x 200..300 and 300..400, y 200..400  -> 4 ha, all in P1
  Beta  (nr 2): x 1800..2200, y 0..200                              -> 8 ha, 4 ha in P2

  parcel  box                      category        pilot  nearest, distance          band (100,250,500)
  1       300..500 x 300..500      Grasland  4 ha  P1     Alpha, 0 (overlaps)        0
  2       450..550 x 200..300      Bouwland  1 ha  P1     Alpha, 50                  100
  3       600..700 x 200..300      Grasland  1 ha  P1     Alpha, 200                 250
  4       950..1100 x 500..600     Sloot   1.5 ha  P2 (1 ha of 1.5 in P2)  Alpha 559.0 / Beta 761.6 -> beyond
  5       1850..1950 x 50..150     Natuurterrein 1 P2     Beta, 0 (inside)           0
  6       1500..1600 x 0..100      Bouwland  1 ha  P2     Beta, 200                  250
  7       1500..1600 x 800..900    Grasland  1 ha  P2     Beta, hypot(200,600)=632.5 beyond
  8       100..200 x 900..1000     (NULL)    1 ha  P1     Alpha, 500                 500
  9       3000..3100 x 0..100      Grasland  1 ha  none   -> left out (OUTSIDE_PILOTS = 1)
  10      700..800 x 700..800      Onbekend  1 ha  P1     Alpha, hypot(300,300)=424.3 500
"""

from __future__ import annotations

import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsRectangle,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from a4b_qgis_plugin.core.pilots.overlay import output_fields

BANDS = "100,250,500"
PARCELS = [
    ((300, 300, 500, 500), "Grasland"),
    ((450, 200, 550, 300), "Bouwland"),
    ((600, 200, 700, 300), "Grasland"),
    ((950, 500, 1100, 600), "Sloot"),
    ((1850, 50, 1950, 150), "Natuurterrein"),
    ((1500, 0, 1600, 100), "Bouwland"),
    ((1500, 800, 1600, 900), "Grasland"),
    ((100, 900, 200, 1000), None),
    ((3000, 0, 3100, 100), "Grasland"),
    ((700, 700, 800, 800), "Onbekend"),
]
CATS = (
    "grasland",
    "bouwland",
    "sloot",
    "landschapselement",
    "natuurterrein",
    "braakland",
    "overige",
    "other",
)


def _layer(spec: str, rows, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"MultiPolygon?crs=EPSG:28992&{spec}", name, "memory")
    feats = []
    for box, attrs in rows:
        feat = QgsFeature(layer.fields())
        feat.setAttributes(list(attrs))
        geom = QgsGeometry.fromRect(QgsRectangle(*box))
        geom.convertToMultiType()
        feat.setGeometry(geom)
        feats.append(feat)
    layer.dataProvider().addFeatures(feats)
    return layer


@pytest.fixture
def layers(qgis_app):
    pilots = _layer(
        "field=name:string", [((0, 0, 1000, 1000), ["P1"]), ((1000, 0, 2000, 1000), ["P2"])], "pilots"
    )
    natura = _layer(
        "field=naam_n2k:string&field=nr:integer",
        [
            ((200, 200, 300, 400), ["Alpha", 1]),
            ((300, 200, 400, 400), ["Alpha", 1]),
            ((1800, 0, 2200, 200), ["Beta", 2]),
        ],
        "natura2000",
    )
    parcels = _layer(
        "field=category:string&field=gewas:string", [(box, [cat, "x"]) for box, cat in PARCELS], "parcels"
    )
    return pilots, natura, parcels


def _expected():
    """(pilot, name, nr, band) -> (parcels, ha_parcels, {category: ha}, n2k_ha_in_pilot), by hand."""
    zero = {}
    return {
        ("P1", "Alpha", 1, 0): (1, 4.0, {"grasland": 4.0}, 4.0),
        ("P1", "Alpha", 1, 100): (1, 1.0, {"bouwland": 1.0}, 4.0),
        ("P1", "Alpha", 1, 250): (1, 1.0, {"grasland": 1.0}, 4.0),
        ("P1", "Alpha", 1, 500): (2, 2.0, {"other": 2.0}, 4.0),  # parcels 8 (no category) and 10 (Onbekend)
        ("P1", None, None, None): (0, 0.0, zero, None),
        ("P2", "Beta", 2, 0): (1, 1.0, {"natuurterrein": 1.0}, 4.0),
        ("P2", "Beta", 2, 100): (0, 0.0, zero, 4.0),
        ("P2", "Beta", 2, 250): (1, 1.0, {"bouwland": 1.0}, 4.0),
        ("P2", "Beta", 2, 500): (0, 0.0, zero, 4.0),
        ("P2", None, None, None): (2, 2.5, {"sloot": 1.5, "grasland": 1.0}, None),  # parcels 4 and 7
    }


def _check(rows):
    expected = _expected()
    got = {(r["pilot"], r["n2k_name"], r["n2k_nr"], r["band_m"]): r for r in rows}
    assert list(got) == list(expected), "rows and their order"
    for key, (count, ha, per_cat, n2k_ha) in expected.items():
        row = got[key]
        assert row["parcels"] == count, key
        assert row["ha_parcels"] == pytest.approx(ha, abs=1e-9), key
        for cat in CATS:
            assert row[f"ha_{cat}"] == pytest.approx(per_cat.get(cat, 0.0), abs=1e-9), (key, cat)
        if n2k_ha is None:
            assert row["n2k_ha_in_pilot"] is None, key
        else:
            assert row["n2k_ha_in_pilot"] == pytest.approx(n2k_ha, abs=1e-9), key


def _table_rows(layer):
    names = layer.fields().names()
    rows = []
    for feat in layer.getFeatures():
        row = {}
        for name, value in zip(names, feat.attributes()):
            row[name] = None if (value is None or (hasattr(value, "isNull") and value.isNull())) else value
        rows.append(row)
    return rows


def test_core_overlay_matches_hand_computed_numbers(layers):
    from qgis.core import QgsCoordinateTransformContext

    from a4b_qgis_plugin.core.pilots.overlay import overlay_pilots

    pilots, natura, parcels = layers
    result = overlay_pilots(pilots, natura, parcels, [100, 250, 500], QgsCoordinateTransformContext())
    _check(result.rows)
    assert (result.parcels_counted, result.outside_pilots, result.skipped) == (9, 1, 0)
    labels = {r["band_m"]: r["band_label"] for r in result.rows}
    assert labels == {
        0: "0 m (inside or touching)",
        100: "0–100 m",
        250: "100–250 m",
        500: "250–500 m",
        None: "> 500 m (beyond the outer band)",
    }
    assert not result.used_flags


def _run(params):
    import processing

    return processing.run("a4b:overlaypilots", params)


def test_processing_run_writes_the_table(layers, provider_registered, tmp_path):
    pilots, natura, parcels = layers
    out = str(tmp_path / "overlay.gpkg")
    result = _run({"PILOTS": pilots, "NATURA2000": natura, "PARCELS": parcels, "BANDS": BANDS, "OUTPUT": out})
    table = QgsVectorLayer(out, "overlay", "ogr")
    assert table.isValid() and not table.isSpatial()
    assert [n for n in table.fields().names() if n != "fid"] == output_fields().names()
    _check(_table_rows(table))
    assert (result["ROWS"], result["PARCELS_COUNTED"], result["OUTSIDE_PILOTS"]) == (10, 9, 1)


def test_flagged_parcels_give_the_same_table(layers, provider_registered):
    pilots, natura, parcels = layers
    flagged = _run_flag(pilots, natura, parcels)
    assert "n2k_dist_m" in flagged.fields().names()
    result = _run(
        {"PILOTS": pilots, "NATURA2000": natura, "PARCELS": flagged, "BANDS": BANDS, "OUTPUT": "memory:"}
    )
    _check(_table_rows(result["OUTPUT"]))


def _run_flag(pilots, natura, parcels):
    import processing

    return processing.run(
        "a4b:flagparcels",
        {"PARCELS": parcels, "NATURA2000": natura, "BANDS": BANDS, "PILOTS": pilots, "OUTPUT": "memory:"},
    )["OUTPUT"]


def test_inputs_are_not_modified(layers, provider_registered):
    pilots, natura, parcels = layers
    before = [(f.attributes(), f.geometry().asWkt()) for f in parcels.getFeatures()]
    _run({"PILOTS": pilots, "NATURA2000": natura, "PARCELS": parcels, "BANDS": BANDS, "OUTPUT": "memory:"})
    assert [(f.attributes(), f.geometry().asWkt()) for f in parcels.getFeatures()] == before
    assert parcels.fields().names() == ["category", "gewas"]


def test_bad_inputs_give_clear_messages(layers, provider_registered):
    pilots, natura, parcels = layers
    base = {"PILOTS": pilots, "NATURA2000": natura, "PARCELS": parcels, "BANDS": BANDS, "OUTPUT": "memory:"}
    with pytest.raises(QgsProcessingException, match="not a distance"):
        _run(dict(base, BANDS="100,abc"))
    with pytest.raises(QgsProcessingException, match="projected CRS"):
        _run(dict(base, CRS="EPSG:4326"))
    points = QgsVectorLayer("Point?crs=EPSG:28992&field=name:string", "pts", "memory")
    with pytest.raises(QgsProcessingException):
        _run(dict(base, PILOTS=points))
    empty = QgsVectorLayer("MultiPolygon?crs=EPSG:28992&field=name:string", "empty", "memory")
    with pytest.raises(QgsProcessingException, match="no usable polygon"):
        _run(dict(base, PILOTS=empty))


def test_null_geometries_are_skipped_and_counted(layers, provider_registered):
    pilots, natura, parcels = layers
    feat = QgsFeature(parcels.fields())
    feat.setAttributes(["Grasland", "x"])
    parcels.dataProvider().addFeatures([feat])
    result = _run(
        {"PILOTS": pilots, "NATURA2000": natura, "PARCELS": parcels, "BANDS": BANDS, "OUTPUT": "memory:"}
    )
    assert result["SKIPPED"] == 1 and result["PARCELS_COUNTED"] == 9


def _write(layer, path, name, first):
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    if not first:
        options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
    from qgis.core import QgsCoordinateTransformContext

    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsCoordinateTransformContext(), options
    )
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error


@pytest.mark.slow
def test_qgis_process_runs_the_algorithm(layers, staged_plugin_dir, tmp_path):
    from qgis_env import run_qgis_process

    pilots, natura, parcels = layers
    gpkg = tmp_path / "input.gpkg"
    _write(pilots, gpkg, "pilots", True)
    _write(natura, gpkg, "natura2000", False)
    _write(parcels, gpkg, "parcels", False)
    out = tmp_path / "overlay.csv"
    proc = run_qgis_process(
        [
            "run",
            "a4b:overlaypilots",
            "--",
            f"PILOTS={gpkg}|layername=pilots",
            f"NATURA2000={gpkg}|layername=natura2000",
            f"PARCELS={gpkg}|layername=parcels",
            f"BANDS={BANDS}",
            f"OUTPUT={out}",
        ],
        plugin_path=staged_plugin_dir,
        timeout=240,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    table = QgsVectorLayer(str(out), "overlay", "ogr")
    assert table.isValid()
    rows = _table_rows(table)
    assert len(rows) == 10
    beyond_p2 = [r for r in rows if r["pilot"] == "P2" and not r["band_m"] and not r["n2k_name"]]
    assert len(beyond_p2) == 1 and int(beyond_p2[0]["parcels"]) == 2
    assert float(beyond_p2[0]["ha_sloot"]) == pytest.approx(1.5)


def test_in_a_model_after_flagparcels(layers, provider_registered):
    """flagparcels -> overlaypilots chained in a Processing model."""
    import processing
    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterFeatureSource,
    )

    model = QgsProcessingModelAlgorithm("pilot_numbers", "tests")
    for name in ("pilots", "natura", "parcels"):
        model.addModelParameter(
            QgsProcessingParameterFeatureSource(name, name), QgsProcessingModelParameter(name)
        )
    src = QgsProcessingModelChildParameterSource
    flag = QgsProcessingModelChildAlgorithm("a4b:flagparcels")
    flag.setChildId("flag")
    flag.addParameterSources("PARCELS", [src.fromModelParameter("parcels")])
    flag.addParameterSources("NATURA2000", [src.fromModelParameter("natura")])
    flag.addParameterSources("BANDS", [src.fromStaticValue(BANDS)])
    model.addChildAlgorithm(flag)
    overlay = QgsProcessingModelChildAlgorithm("a4b:overlaypilots")
    overlay.setChildId("overlay")
    overlay.addParameterSources("PILOTS", [src.fromModelParameter("pilots")])
    overlay.addParameterSources("NATURA2000", [src.fromModelParameter("natura")])
    overlay.addParameterSources("PARCELS", [src.fromChildOutput("flag", "OUTPUT")])
    overlay.addParameterSources("BANDS", [src.fromStaticValue(BANDS)])
    output = QgsProcessingModelOutput("table")
    output.setChildId("overlay")
    output.setChildOutputName("OUTPUT")
    overlay.setModelOutputs({"table": output})
    model.addChildAlgorithm(overlay)
    pilots, natura, parcels = layers
    result = processing.run(
        model, {"pilots": pilots, "natura": natura, "parcels": parcels, "overlay:table": "memory:"}
    )
    table = result["overlay:table"]
    assert isinstance(table, QgsVectorLayer), table
    _check(_table_rows(table))


def test_inputs_in_other_crs_and_invalid_geometry(layers, provider_registered):
    import processing

    pilots, natura, parcels = layers
    pilots_wgs84 = processing.run(
        "native:reprojectlayer", {"INPUT": pilots, "TARGET_CRS": "EPSG:4326", "OUTPUT": "memory:"}
    )["OUTPUT"]
    # a self-intersecting "bow tie" parcel inside P1, far from both areas: repaired, then counted
    bowtie = QgsFeature(parcels.fields())
    bowtie.setAttributes(["Grasland", "x"])
    bowtie.setGeometry(QgsGeometry.fromWkt("MultiPolygon(((0 800, 100 900, 100 800, 0 900, 0 800)))"))
    parcels.dataProvider().addFeatures([bowtie])
    result = _run(
        {
            "PILOTS": pilots_wgs84,
            "NATURA2000": natura,
            "PARCELS": parcels,
            "BANDS": BANDS,
            "OUTPUT": "memory:",
        }
    )
    assert result["REPAIRED"] == 1 and result["PARCELS_COUNTED"] == 10
    rows = {(r["pilot"], r["n2k_name"], r["band_m"]): r for r in _table_rows(result["OUTPUT"])}
    # the pilots went to degrees and back: areas agree to well under a square metre
    assert rows[("P1", "Alpha", 0)]["n2k_ha_in_pilot"] == pytest.approx(4.0, abs=1e-4)
    assert rows[("P2", "Beta", 0)]["n2k_ha_in_pilot"] == pytest.approx(4.0, abs=1e-4)
    # the bow tie: two triangles of 0.25 ha; nearest point (100, 800) lies hypot(100, 400) = 412 m
    # from Alpha, so it joins band 500 of P1
    assert rows[("P1", "Alpha", 500)]["parcels"] == 3
    assert rows[("P1", "Alpha", 500)]["ha_grasland"] == pytest.approx(0.5, abs=1e-9)


def test_default_pilot_field_matches_flagging(layers, provider_registered):
    """A pilots layer naming its pilots in `naam` gets them by name, as in flagparcels."""
    _pilots, natura, parcels = layers
    pilots = _layer(
        "field=id:integer&field=naam:string",
        [((0, 0, 1000, 1000), [7, "P1"]), ((1000, 0, 2000, 1000), [8, "P2"])],
        "p",
    )
    table = _run({"PILOTS": pilots, "NATURA2000": natura, "PARCELS": parcels, "OUTPUT": "memory:"})["OUTPUT"]
    assert {f["pilot"] for f in table.getFeatures()} == {"P1", "P2"}
