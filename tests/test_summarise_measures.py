"""a4b:summarisemeasures and core/export/summary.py against hand-worked totals."""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException

from a4b_qgis_plugin.core.common.qt_compat import WKB_NO_GEOMETRY
from a4b_qgis_plugin.core.export.summary import MeasureRecord, summarise, totals
from tests.export_helpers import EAST, WEST, build_register, expected


def run(params: dict) -> dict:
    import processing

    from a4b_qgis_plugin.processing_provider.alg_summarise_measures import SummariseMeasuresAlgorithm

    return processing.run(SummariseMeasuresAlgorithm().create(), {"OUTPUT": "memory:", **params})


def rows_of(layer) -> list[dict]:
    names = layer.fields().names()
    return [
        {
            n: (None if (v is None or (hasattr(v, "isNull") and v.isNull())) else v)
            for n, v in zip(names, f.attributes())
        }
        for f in layer.getFeatures()
    ]


def test_per_pilot_and_theme_table(qgis_processing, tmp_path):
    register = build_register(tmp_path / "register.gpkg", boundaries=False)
    layer = run({"REGISTER": f"{register}|layername=measures"})["OUTPUT"]
    assert layer.wkbType() == WKB_NO_GEOMETRY
    rows = rows_of(layer)
    # Beekdal: 3 themes + total; Hoge Veen: 3 themes + total; grand total.
    assert len(rows) == 9
    grand = rows[-1]
    want = expected()
    assert grand["pilot"] is None and grand["theme"] is None and grand["row_kind"] == "total"
    assert [r["row_kind"] for r in rows].count("pilot_total") == 2
    for key in ("count", "ha", "m", "pieces", "cost_eur_yr", "revenue_eur_yr", "net_eur_yr"):
        assert grand[key] == pytest.approx(want[key], abs=0.001), key
    west_agri = next(r for r in rows if r["pilot"] == WEST and r["theme"] == "agri_nature")
    assert west_agri["count"] == 2
    assert west_agri["ha"] == pytest.approx(2.4512 + 1.75)
    assert west_agri["cost_eur_yr"] == pytest.approx(1934.70)
    assert west_agri["theme_label"] == "Agricultural nature management"
    west_water = next(r for r in rows if r["pilot"] == WEST and r["theme"] == "water")
    assert west_water["cost_eur_yr"] is None and west_water["net_eur_yr"] is None  # unknown, not zero
    east_total = next(r for r in rows if r["pilot"] == EAST and r["theme"] is None)
    assert east_total["cost_eur_yr"] == pytest.approx(3920.79) and east_total["pieces"] == 2


def test_by_status_without_totals_and_filtered(qgis_processing, tmp_path):
    register = build_register(tmp_path / "register.gpkg", boundaries=False)
    layer = run(
        {"REGISTER": f"{register}|layername=measures", "GROUP_BY": 1, "TOTALS": False, "PILOTS": EAST}
    )["OUTPUT"]
    rows = rows_of(layer)
    assert [r["status"] for r in rows] == ["idea", "proposed", "implemented"]  # the register's order
    assert {r["pilot"] for r in rows} == {EAST}
    assert sum(r["count"] for r in rows) == expected(pilots=[EAST])["count"]


def test_summary_errors(qgis_processing, tmp_path):
    register = build_register(tmp_path / "register.gpkg", boundaries=False)
    with pytest.raises(QgsProcessingException, match="No measures match"):
        run({"REGISTER": f"{register}|layername=measures", "STATUSES": "dropped"})


def test_money_sums_to_the_cent():
    records = [MeasureRecord("p", "water", "idea", 1.0, "ha", 0.1, None) for _ in range(10)]
    records.append(MeasureRecord("p", "water", "idea", 1.0, "m", None, 0.2))
    result = totals(records)
    assert result["cost_eur_yr"] == 1.0 and result["revenue_eur_yr"] == 0.2
    assert result["net_eur_yr"] == -0.8 and result["ha"] == 10 and result["m"] == 1
    rows = summarise(records, "theme")
    assert [r["theme"] for r in rows] == ["water", None, None]
