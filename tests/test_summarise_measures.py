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
    # Beside each amount, the measures without that figure (the money rule).
    assert (grand["cost_missing"], grand["revenue_missing"], grand["net_left_out"]) == (1, 4, 4)
    assert grand["net_eur_yr"] == pytest.approx(-3846.28)  # 3 measures with both figures
    west_agri = next(r for r in rows if r["pilot"] == WEST and r["theme"] == "agri_nature")
    assert west_agri["count"] == 2
    assert west_agri["ha"] == pytest.approx(2.4512 + 1.75)
    assert west_agri["cost_eur_yr"] == pytest.approx(1934.70)
    assert west_agri["theme_label"] == "Agricultural nature management"
    west_water = next(r for r in rows if r["pilot"] == WEST and r["theme"] == "water")
    assert west_water["cost_eur_yr"] is None and west_water["net_eur_yr"] is None  # unknown, not zero
    assert west_water["cost_missing"] == 1 and west_water["net_left_out"] == 1
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
    assert result["cost_missing"] == 1 and result["revenue_missing"] == 10
    # No measure has both figures: the net is unknown, not 0.2 - 1.0.
    assert result["net_eur_yr"] is None and result["net_left_out"] == 11
    assert result["ha"] == 10 and result["m"] == 1
    records += [MeasureRecord("p", "water", "idea", 1.0, "ha", 0.1, 0.3) for _ in range(10)]
    result = totals(records)
    assert result["net_eur_yr"] == 2.0 and result["net_left_out"] == 11
    rows = summarise(records, "theme")
    assert [r["theme"] for r in rows] == ["water", None, None]


def test_register_panel_and_summary_share_the_money_rule(qgis_app, tmp_path):
    """The register's totals (the panel's), the summary and the panel text agree on one rule."""
    from qgis.core import QgsGeometry
    from qgis.PyQt.QtCore import QLocale

    from a4b_qgis_plugin.core.register.store import open_register
    from a4b_qgis_plugin.gui.measures.totals import totals_html

    register = open_register(str(tmp_path / "r.gpkg"))
    base = {
        "pilot": "P",
        "measure_code": "X",
        "measure_name": "x",
        "theme": "water",
        "status": "proposed",
        "quantity": 1.0,
        "unit": "ha",
    }
    money = [(100.0, 150.0), (None, 40.0), (30.0, None), (None, None)]
    rows = []
    for number, (cost, revenue) in enumerate(money):
        x = 200000 + number * 100
        geometry = QgsGeometry.fromWkt(f"POLYGON(({x} 450000,{x + 50} 450000,{x + 50} 450050,{x} 450000))")
        rows.append(
            {
                **base,
                "parcel_ref": f"p:{number}",
                "cost_eur_yr": cost,
                "revenue_eur_yr": revenue,
                "geometry": geometry,
            }
        )
    register.add_measures(rows)
    panel = register.totals("P")
    summary = totals([MeasureRecord("P", "water", "proposed", 1.0, "ha", c, r) for c, r in money])
    for key in (
        "count",
        "cost_eur_yr",
        "cost_missing",
        "revenue_eur_yr",
        "revenue_missing",
        "net_eur_yr",
        "net_left_out",
    ):
        assert panel[key] == summary[key], key
    assert (panel["cost_eur_yr"], panel["revenue_eur_yr"], panel["net_eur_yr"]) == (130.0, 190.0, 50.0)
    assert (panel["cost_missing"], panel["revenue_missing"], panel["net_left_out"]) == (2, 2, 3)
    html = totals_html(panel, register.list_measures("P", with_geometry=False), QLocale("en_GB"))
    assert "Cost not known for 2 measure(s)." in html and "Revenue not known for 2 measure(s)." in html
    assert "3 measure(s) left out" in html and "€ 50" in html
