"""a4b:exportmeasures with the delivery checks: REFUSE_HARD_ERRORS and the XLSX "Checks" sheet."""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException

from tests.validation_helpers import EXPECTED, build_planted_register, label_of

# Without a parcel layer the export cannot check the parcel rules; no pilot boundaries nor
# Natura 2000 are given here either.
NEED_INPUT = {"H-PARCEL-EXTENT", "S-BRP-CATEGORY", "S-OUTSIDE-PILOT", "S-N2K-DISTANCE"}


def export(params: dict) -> dict:
    import processing

    from a4b_qgis_plugin.processing_provider.alg_export_measures import ExportMeasuresAlgorithm

    return processing.run(ExportMeasuresAlgorithm().create(), params)


@pytest.fixture
def planted(tmp_path):
    build_planted_register(tmp_path / "register.gpkg")
    return f"{tmp_path / 'register.gpkg'}|layername=measures"


def test_refuses_hard_errors_and_writes_nothing(qgis_processing, planted, tmp_path):
    csv = tmp_path / "out" / "m.csv"
    csv.parent.mkdir()
    with pytest.raises(QgsProcessingException) as raised:
        export({"REGISTER": planted, "REFUSE_HARD_ERRORS": True, "OUTPUT_CSV": str(csv)})
    text = str(raised.value)
    assert "6 hard error(s)" in text and "REFUSE_HARD_ERRORS" in text
    for code in ("H-GEOMETRY", "H-CODE", "H-QUANTITY", "H-INCOMPATIBLE", "H-TRANSITION"):
        assert code in text
    assert not any(csv.parent.iterdir())  # nothing written, no temporary file left


def test_exports_when_the_selection_has_no_hard_error(qgis_processing, planted, tmp_path):
    csv = tmp_path / "m.csv"
    # The proposed measures hold a soft warning only (proposed too long).
    result = export(
        {"REGISTER": planted, "REFUSE_HARD_ERRORS": True, "STATUSES": "proposed", "OUTPUT_CSV": str(csv)}
    )
    assert result["COUNT"] == 2 and csv.exists()
    # Off by default: the same register exports with its hard errors.
    assert export({"REGISTER": planted, "OUTPUT_CSV": str(tmp_path / "all.csv")})["COUNT"] == 18


def test_spreadsheet_has_a_checks_sheet(qgis_processing, planted, tmp_path):
    import pandas as pd

    xlsx = tmp_path / "m.xlsx"
    export({"REGISTER": planted, "OUTPUT_XLSX": str(xlsx)})
    sheet = pd.read_excel(xlsx, sheet_name="Checks")
    assert list(sheet.columns) == ["ID", "Pilot", "Measure code", "Rule code", "Severity", "Rule", "Finding"]
    found = {(label_of(r["ID"]), r["Rule code"], r["Severity"]) for _i, r in sheet.iterrows()}
    severity = {"hard": "Hard error", "soft": "Soft warning"}
    assert found == {(label, code, severity[s]) for label, code, s in EXPECTED if code not in NEED_INPUT}
    quantity = sheet[sheet["Rule code"] == "H-QUANTITY"].iloc[0]
    assert quantity["Finding"] == "Quantity 1.50 ha, but the geometry measures 1.00 ha."
    assert quantity["Rule"] == "Quantity does not match the geometry"
