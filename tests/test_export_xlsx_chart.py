"""The spreadsheet's native charts: per pilot, hectares and net money per theme and status."""

from __future__ import annotations

from tests.export_helpers import EAST, WEST, build_register


def test_a_native_bar_chart_per_pilot_with_its_numbers(qgis_processing, tmp_path):
    import processing
    from openpyxl import load_workbook

    from a4b_qgis_plugin.processing_provider.alg_export_measures import ExportMeasuresAlgorithm

    register = build_register(tmp_path / "register.gpkg", boundaries=False)
    target = tmp_path / "m.xlsx"
    processing.run(
        ExportMeasuresAlgorithm().create(),
        {"REGISTER": f"{register}|layername=measures", "OUTPUT_XLSX": str(target)},
    )
    sheet = load_workbook(target)["Charts"]
    charts = sheet._charts
    assert len(charts) == 4  # two pilots, hectares and net each
    assert all(chart.type == "bar" and chart.grouping == "stacked" for chart in charts)
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    names = [row[0] for row in rows]
    assert names.index(EAST) < names.index(WEST)  # pilots in the order of the other sheets
    west = rows[names.index(WEST) :]
    header = west[2]
    assert list(header[:3]) == ["Theme", "proposed", "agreed"]
    grass = next(row for row in west if row[0] == "Agricultural nature management")
    assert grass[1] == 2.4512 and grass[2] == 1.75  # hectares: proposed, agreed
    net_at = next(n for n, row in enumerate(west) if row[0] == "Net per year (€)")
    net_grass = next(row for row in west[net_at:] if row[0] == "Agricultural nature management")
    # the proposed one has no revenue: its net stays unknown (empty), counted as left out
    assert net_grass[1] is None and round(net_grass[2], 2) == -650.14
    assert "Left out of net (measures)" in west[net_at + 1]
    left_out_column = list(west[net_at + 1]).index("Left out of net (measures)")
    assert net_grass[left_out_column] == 1
