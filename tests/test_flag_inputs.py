"""No silent fallbacks in a4b:flagparcels and a4b:overlaypilots: a clear error or a visible warning.

Warnings must arrive as warnings (pushWarning), never as errors of a run that
succeeded; what was assumed is said in the warning.
"""

from __future__ import annotations

import pytest
from qgis.core import (
    NULL,
    QgsCoordinateTransformContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from .flag_helpers import memory_layer, square


class RecordingFeedback(QgsProcessingFeedback):
    """Processing feedback that keeps what the run reported, by kind."""

    def __init__(self):
        super().__init__()
        self.warnings: list[str] = []
        self.errors: list[str] = []
        self.infos: list[str] = []

    def pushWarning(self, warning):
        self.warnings.append(warning)
        super().pushWarning(warning)

    def reportError(self, error, fatalError=False):
        self.errors.append(error)
        super().reportError(error, fatalError)

    def pushInfo(self, info):
        self.infos.append(info)
        super().pushInfo(info)


def _no_crs_layer(rows, fields, tmp_path):
    """A shapefile without .prj, the usual layer without a CRS."""
    source = memory_layer(rows, fields)
    path = tmp_path / f"no_crs_{len(list(tmp_path.iterdir()))}.shp"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "ESRI Shapefile"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        source, str(path), QgsCoordinateTransformContext(), options
    )
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    for sidecar in (".prj", ".qpj"):
        path.with_suffix(sidecar).unlink(missing_ok=True)
    layer = QgsVectorLayer(str(path), "no crs", "ogr")
    assert layer.isValid() and not layer.crs().isValid()
    return layer


AREA_ROWS = [{"wkt": square(0, 0, 1000, 1000), "naam_n2k": "Groot", "nr": 1}]
AREA_FIELDS = "field=naam_n2k:string&field=nr:integer"
PARCEL_ROWS = [
    {"wkt": square(1100, 0, 1200, 100), "code": "near"},  # 100 m east
    {"wkt": square(1500, 0, 1600, 100), "code": "mid"},  # 500 m east
    {"wkt": square(4000, 0, 4100, 100), "code": "far"},  # 3 km east
]
PILOT_ROWS = [{"wkt": square(-500, -500, 5000, 1000), "name": "P1"}]


def _flag(feedback=None, **params):
    import processing

    base = {
        "PARCELS": memory_layer(PARCEL_ROWS, "field=code:string"),
        "NATURA2000": memory_layer(AREA_ROWS, AREA_FIELDS),
        "BANDS": "100,500",
        "OUTPUT": "memory:",
    }
    base.update(params)
    return processing.run("a4b:flagparcels", base, feedback=feedback)


def _overlay(feedback=None, **params):
    import processing

    base = {
        "PILOTS": memory_layer(PILOT_ROWS, "field=name:string"),
        "NATURA2000": memory_layer(AREA_ROWS, AREA_FIELDS),
        "PARCELS": memory_layer(PARCEL_ROWS, "field=code:string"),
        "BANDS": "100,500",
        "OUTPUT": "memory:",
    }
    base.update(params)
    return processing.run("a4b:overlaypilots", base, feedback=feedback)


def _by_code(layer) -> dict:
    return {f["code"]: f for f in layer.getFeatures()}


def _plain(value):
    return None if value is None or value == NULL else value


def _rows(layer) -> dict:
    return {(f["pilot"], _plain(f["band_m"])): f["parcels"] for f in layer.getFeatures()}


@pytest.mark.parametrize("run", [_flag, _overlay])
def test_a_typed_crs_that_does_not_exist_is_refused(provider_registered, run):
    for typed in ("EPSG:99999", "nonsense"):
        with pytest.raises(QgsProcessingException, match="not a coordinate reference system"):
            run(CRS=typed)
    run(CRS="")  # empty: the default, EPSG:28992


@pytest.mark.parametrize("run", [_flag, _overlay])
def test_bands_beyond_the_integer_fields_are_refused_by_name(provider_registered, run):
    with pytest.raises(QgsProcessingException, match="'3000000000'"):
        run(BANDS="100,3000000000")
    with pytest.raises(QgsProcessingException, match="1e12"):
        run(BANDS="1e12")


def test_flag_layer_without_crs_is_read_as_rd_new_with_a_warning(provider_registered, tmp_path):
    feedback = RecordingFeedback()
    result = _flag(feedback, PARCELS=_no_crs_layer(PARCEL_ROWS, "field=code:string", tmp_path))
    assert any("no coordinate reference system" in w and "EPSG:28992" in w for w in feedback.warnings)
    assert not feedback.errors
    output = result["OUTPUT"]
    assert output.crs().authid() == "EPSG:28992"
    feats = _by_code(output)
    assert feats["near"]["n2k_dist_m"] == pytest.approx(100.0)
    assert feats["mid"]["n2k_band"] == 500


def test_flag_and_overlay_refuse_a_layer_without_crs_in_degrees(provider_registered, tmp_path):
    rows = [{"wkt": square(5.0, 52.0, 5.001, 52.001), "code": "deg"}]
    degrees = _no_crs_layer(rows, "field=code:string", tmp_path)
    with pytest.raises(QgsProcessingException, match="degrees"):
        _flag(PARCELS=degrees)
    with pytest.raises(QgsProcessingException, match="degrees"):
        _overlay(PARCELS=degrees)


def test_overlay_layers_without_crs_warn_and_count_alike(provider_registered, tmp_path):
    feedback = RecordingFeedback()
    result = _overlay(feedback, NATURA2000=_no_crs_layer(AREA_ROWS, AREA_FIELDS, tmp_path))
    assert any("The Natura 2000 layer has no coordinate reference system" in w for w in feedback.warnings)
    assert not feedback.errors
    assert _rows(result["OUTPUT"]) == _rows(_overlay()["OUTPUT"])


@pytest.mark.parametrize("run", [_flag, _overlay])
def test_pilot_name_field_all_empty_is_an_error(provider_registered, run):
    pilots = memory_layer([{"wkt": PILOT_ROWS[0]["wkt"]}], "field=name:string")
    with pytest.raises(QgsProcessingException, match="empty in every pilot feature"):
        run(PILOTS=pilots, PILOT_FIELD="name")


@pytest.mark.parametrize("run", [_flag, _overlay])
def test_some_empty_pilot_names_are_a_warning(provider_registered, run):
    rows = [dict(PILOT_ROWS[0]), {"wkt": square(6000, 0, 7000, 1000), "name": None}]
    feedback = RecordingFeedback()
    run(feedback, PILOTS=memory_layer(rows, "field=name:string"), PILOT_FIELD="name")
    assert any("1 of the 2 pilot features have an empty 'name'" in w for w in feedback.warnings)
    assert not feedback.errors


@pytest.mark.parametrize("run", [_flag, _overlay])
def test_missing_fields_are_named(provider_registered, run):
    with pytest.raises(QgsProcessingException, match="no field 'nope'"):
        run(NAME_FIELD="nope")
    with pytest.raises(QgsProcessingException, match="no field 'gone'"):
        run(PILOTS=memory_layer(PILOT_ROWS, "field=name:string"), PILOT_FIELD="gone")


@pytest.mark.parametrize("run", [_flag, _overlay])
def test_area_layer_with_null_geometries_warns_what_was_left_out(provider_registered, run):
    rows = [*AREA_ROWS, {"wkt": None, "naam_n2k": "Zonder vorm", "nr": 2}]
    feedback = RecordingFeedback()
    run(feedback, NATURA2000=memory_layer(rows, AREA_FIELDS))
    assert any("1 of the 2 features of the Natura 2000 layer" in w for w in feedback.warnings)
    assert not feedback.errors
    only_null = memory_layer([{"wkt": None, "naam_n2k": "Leeg", "nr": 3}], AREA_FIELDS)
    with pytest.raises(QgsProcessingException, match="no usable polygon"):
        run(NATURA2000=only_null)


def test_overlay_of_parcels_flagged_with_a_narrower_band_recomputes(provider_registered):
    """Flagged with an outer band of 100 m, counted up to 5 km: parcels 0.5 and 3 km away are not beyond."""
    flagged = _flag(BANDS="100")["OUTPUT"]
    assert flagged.fields().lookupField("n2k_dist_m") >= 0
    feedback = RecordingFeedback()
    result = _overlay(feedback, PARCELS=flagged, BANDS="100,500,5000")
    plain = _overlay(BANDS="100,500,5000")
    assert _rows(result["OUTPUT"]) == _rows(plain["OUTPUT"])
    rows = _rows(result["OUTPUT"])
    assert rows[("P1", 5000)] == 1 and rows[("P1", 500)] == 1 and rows[("P1", None)] == 0
    assert any("computed again" in line for line in feedback.infos)
    # flagged with a band at least as wide: the flags are used
    feedback = RecordingFeedback()
    wide = _flag(BANDS="100,500,5000")["OUTPUT"]
    result = _overlay(feedback, PARCELS=wide, BANDS="100,500")
    assert any("flagged already" in line for line in feedback.infos)
    assert _rows(result["OUTPUT"]) == _rows(_overlay(BANDS="100,500")["OUTPUT"])


@pytest.mark.parametrize("run", [_flag, _overlay])
def test_area_layer_without_name_or_number_field_says_so(provider_registered, run):
    natura = memory_layer([{"wkt": AREA_ROWS[0]["wkt"], "code": 7}], "field=code:integer")
    feedback = RecordingFeedback()
    run(feedback, NATURA2000=natura)
    assert any("none of the name fields" in w for w in feedback.warnings), feedback.warnings
    assert any("no field 'nr'" in w for w in feedback.warnings), feedback.warnings
    assert not feedback.errors


@pytest.mark.parametrize("run", [_flag, _overlay])
def test_area_number_beyond_the_integer_field_is_refused(provider_registered, run):
    natura = memory_layer(
        [{"wkt": AREA_ROWS[0]["wkt"], "naam_n2k": "Groot", "nr": 5_000_000_000}],
        "field=naam_n2k:string&field=nr:long",
    )
    with pytest.raises(QgsProcessingException, match="5000000000"):
        run(NATURA2000=natura)
