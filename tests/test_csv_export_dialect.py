"""CSV outputs of a4b:exportmeasures and a4b:summarisemeasures open right in the user's Excel.

Semicolons and decimal commas for Dutch, commas and decimal points for
English, always UTF-8 with a byte order mark; the algorithms' advanced
parameters choose explicitly.
"""

from __future__ import annotations

import csv
import math

import pytest
from qgis.core import QgsApplication, QgsSettings

from tests.export_helpers import build_register, expected

BOM = b"\xef\xbb\xbf"


@pytest.fixture
def register(qgis_processing, tmp_path):
    return build_register(tmp_path / "a4b_work.gpkg")


@pytest.fixture
def dutch_qgis(qgis_app):
    """QGIS's interface in Dutch for one test (Settings › Options › General › Locale)."""
    from a4b_qgis_plugin.core.common import settings as a4b_settings

    qgs = QgsSettings()
    saved = {key: qgs.value(key) for key in ("locale/overrideFlag", "locale/userLocale")}
    qgs.setValue("locale/overrideFlag", True)
    qgs.setValue("locale/userLocale", "nl_NL")
    assert QgsApplication.locale() == "nl_NL"
    a4b_settings.CSV_SEPARATOR.reset()
    a4b_settings.CSV_DECIMAL.reset()
    yield
    for key, value in saved.items():
        if value is None:
            qgs.remove(key)
        else:
            qgs.setValue(key, value)


def _run(algorithm_id: str, params: dict) -> dict:
    import processing

    return processing.run(algorithm_id, params)


def _read(path, delimiter: str) -> list[dict]:
    raw = path.read_bytes()
    assert raw.startswith(BOM) and raw.count(BOM) == 1
    with open(path, newline="", encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter))


def _money(rows, key: str, decimal: str) -> float:
    return round(math.fsum(float(r[key].replace(decimal, ".")) for r in rows if r[key]), 2)


def test_export_writes_the_chosen_separator_and_decimal_mark(provider_registered, register, tmp_path):
    target = tmp_path / "m.csv"
    _run(
        "a4b:exportmeasures",
        {
            "REGISTER": f"{register}|layername=measures",
            "OUTPUT_CSV": str(target),
            "CSV_SEPARATOR": 1,
            "CSV_DECIMAL": 1,
        },
    )
    rows = _read(target, ";")
    assert len(rows) == expected()["count"]
    assert any("," in r["cost_eur_yr"] for r in rows)  # 820,80-like amounts
    assert not any("." in r["cost_eur_yr"] for r in rows)
    assert _money(rows, "cost_eur_yr", ",") == expected()["cost_eur_yr"]


def test_export_follows_the_dutch_language_by_default(provider_registered, register, tmp_path, dutch_qgis):
    target = tmp_path / "m.csv"
    _run("a4b:exportmeasures", {"REGISTER": f"{register}|layername=measures", "OUTPUT_CSV": str(target)})
    header = target.read_bytes()[len(BOM) :].split(b"\r\n", 1)[0].decode("utf-8")
    assert header.count(";") > 5 and "," not in header
    rows = _read(target, ";")
    assert _money(rows, "cost_eur_yr", ",") == expected()["cost_eur_yr"]


def test_export_in_english_keeps_commas_and_points(provider_registered, register, tmp_path):
    target = tmp_path / "m.csv"
    _run(
        "a4b:exportmeasures",
        {
            "REGISTER": f"{register}|layername=measures",
            "OUTPUT_CSV": str(target),
            "CSV_SEPARATOR": 2,
            "CSV_DECIMAL": 2,
        },
    )
    rows = _read(target, ",")
    assert _money(rows, "cost_eur_yr", ".") == expected()["cost_eur_yr"]


def test_summary_table_as_csv_uses_the_dialect(provider_registered, register, tmp_path):
    target = tmp_path / "summary.csv"
    result = _run(
        "a4b:summarisemeasures",
        {
            "REGISTER": f"{register}|layername=measures",
            "OUTPUT": str(target),
            "CSV_SEPARATOR": 3,
            "CSV_DECIMAL": 1,
        },
    )
    assert result["OUTPUT"]
    rows = _read(target, "\t")
    grand = rows[-1]
    assert grand["pilot"] == "" and int(grand["count"]) == expected()["count"]
    assert float(grand["cost_eur_yr"].replace(",", ".")) == pytest.approx(expected()["cost_eur_yr"])
