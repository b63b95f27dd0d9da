"""The measure a user names by its official code (N12.02) or by the catalogue's code (SNL-N12.02)."""

from __future__ import annotations

import dataclasses

import pytest
from qgis.core import QgsProcessingException

from a4b_qgis_plugin.core.measures.catalogue import find_measure, load_catalogue
from a4b_qgis_plugin.core.register import store as reg

GRASS = "\"category\" = 'Grasland' AND fid < 40"


@pytest.fixture(scope="module")
def catalogue(qgis_app):
    return load_catalogue()


@pytest.mark.parametrize(
    "typed, code",
    [
        ("N12.02", "SNL-N12.02"),
        ("l01.02", "SNL-L01.02"),
        (" SNL-N12.02 ", "SNL-N12.02"),
        ("snl-l01.02", "SNL-L01.02"),
        ("ECO-KRUIDENGRAS", "ECO-KRUIDENGRAS"),
    ],
)
def test_official_and_catalogue_codes(catalogue, typed, code):
    assert find_measure(typed, catalogue).code == code


def test_unknown_empty_and_ambiguous_codes_find_none(catalogue):
    assert find_measure("N99.99", catalogue) is None
    assert find_measure("", catalogue) is None
    assert find_measure("SNL", catalogue) is None
    # two schemes with the same official code: no guess
    twins = [m for m in catalogue if m.code == "SNL-N12.02"]
    twin = dataclasses.replace(twins[0], code="OWN-N12.02")
    assert find_measure("N12.02", [*catalogue, twin]) is None
    assert find_measure("OWN-N12.02", [*catalogue, twin]) is twin


def test_tagmeasures_takes_the_official_code(provider_registered, demo_gpkg, tmp_path):
    import processing

    register = tmp_path / "reg.gpkg"
    result = processing.run(
        "a4b:tagmeasures",
        {
            "PARCELS": f"{demo_gpkg}|layername=brp_gewaspercelen|subset={GRASS}",
            "MEASURE": "N12.02",
            "REGISTER": str(register),
        },
    )
    assert result["MEASURES_WRITTEN"] > 0
    rows = reg.open_register(str(register)).list_measures(with_geometry=False)
    assert {r["measure_code"] for r in rows} == {"SNL-N12.02"}
    with pytest.raises(QgsProcessingException, match="Unknown measure code 'N99.99'"):
        processing.run(
            "a4b:tagmeasures",
            {
                "PARCELS": f"{demo_gpkg}|layername=brp_gewaspercelen|subset=fid < 5",
                "MEASURE": "N99.99",
                "REGISTER": str(tmp_path / "r2.gpkg"),
            },
        )


@pytest.mark.parametrize("typed, code", [("N12.02", "SNL-N12.02"), ("l01.02", "SNL-L01.02")])
def test_the_panels_picker_finds_the_official_code(catalogue, typed, code):
    from a4b_qgis_plugin.gui.measures.picker import MeasurePicker

    picker = MeasurePicker()
    picker.set_measures(catalogue)
    picker.filterEdit.setText(typed)  # one hit left: chosen without a click
    assert picker.current_code() == code
    picker.cleanup()
    picker.deleteLater()
