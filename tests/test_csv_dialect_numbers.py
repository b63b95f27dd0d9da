"""Money and CSV follow the language of QGIS (€ 122.509 and ;/, in Dutch, € 122,509 and ,/. in English)."""

from __future__ import annotations

import csv

import pytest
from qgis.core import QgsApplication, QgsSettings


@pytest.fixture
def ui_language(qgis_app):
    """Set QGIS's interface language for one test (as Settings › Options › General does)."""
    settings = QgsSettings()
    saved = {key: settings.value(key) for key in ("locale/overrideFlag", "locale/userLocale")}

    def choose(name: str) -> None:
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/userLocale", name)
        assert QgsApplication.locale().startswith(name[:2])

    yield choose
    for key, value in saved.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)


@pytest.fixture
def csv_settings(qgis_app):
    from a4b_qgis_plugin.core.common import settings

    yield settings
    settings.CSV_SEPARATOR.reset()
    settings.CSV_DECIMAL.reset()


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl_NL", "€ 122.509"),
        ("nl", "€ 122.509"),
        ("en_US", "€ 122,509"),
        ("en", "€ 122,509"),
        ("C", "€ 122,509"),
    ],
)
def test_money_has_thousands_separators_of_the_ui_language(ui_language, language, expected):
    from a4b_qgis_plugin.core.common.numbers import format_money

    ui_language(language)
    assert format_money(122509.4) == expected


def test_money_unknown_stays_empty_and_small_amounts_have_no_separator(ui_language):
    from a4b_qgis_plugin.core.common.numbers import format_money, format_number

    ui_language("nl_NL")
    assert format_money(None) == "" and format_money("n/a") == "" and format_money(float("nan")) == ""
    assert format_money(0) == "€ 0" and format_money(-0.2) == "€ 0"
    assert format_money(-1234567.6) == "€ -1.234.568"
    assert format_money(999) == "€ 999"
    assert format_number(1234.5, 2) == "1.234,50"


def test_default_dialect_follows_the_language(ui_language, csv_settings):
    from a4b_qgis_plugin.core.common.csv_dialect import CsvDialect, configured_dialect, dialect_for_locale

    assert dialect_for_locale("nl_NL") == CsvDialect(";", ",")
    assert dialect_for_locale("de_DE") == CsvDialect(";", ",")
    assert dialect_for_locale("en_GB") == CsvDialect(",", ".")
    ui_language("nl_NL")
    assert configured_dialect() == CsvDialect(";", ",")
    ui_language("en_US")
    assert configured_dialect() == CsvDialect(",", ".")


def test_chosen_dialect_wins_and_a_clash_is_resolved(ui_language, csv_settings):
    from a4b_qgis_plugin.core.common.csv_dialect import CsvDialect, configured_dialect

    ui_language("nl_NL")
    csv_settings.CSV_SEPARATOR.set("\t")
    assert configured_dialect() == CsvDialect("\t", ",")
    csv_settings.CSV_SEPARATOR.reset()
    ui_language("en_US")
    csv_settings.CSV_DECIMAL.set(",")  # separator automatic (",") would clash
    assert configured_dialect() == CsvDialect(";", ",")


def test_dialect_refuses_ambiguous_files():
    from a4b_qgis_plugin.core.common.csv_dialect import CsvDialect

    with pytest.raises(ValueError):
        CsvDialect(",", ",")
    with pytest.raises(ValueError):
        CsvDialect("|", ".")


def test_dutch_csv_has_bom_semicolons_and_decimal_commas(tmp_path):
    from a4b_qgis_plugin.core.common.csv_dialect import CsvDialect, write_csv

    path = tmp_path / "measures.csv"
    rows = [
        ("ECO-KRUIDENGRAS", "Grasland; kruidenrijk", 2.5, 452.5, None, 3),
        ("N12.02", "Weide “oost”", 1.0, 0.1, 7.0, 0),
    ]
    assert (
        write_csv(path, ["code", "naam", "ha", "opbrengst", "kosten", "n"], rows, CsvDialect(";", ",")) == 2
    )
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads € and ë right
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[1] == 'ECO-KRUIDENGRAS;"Grasland; kruidenrijk";2,5;452,5;;3'
    assert text.splitlines()[2] == "N12.02;Weide “oost”;1;0,1;7;0"
    with open(path, encoding="utf-8-sig", newline="") as handle:
        read = list(csv.reader(handle, delimiter=";"))
    assert read[0] == ["code", "naam", "ha", "opbrengst", "kosten", "n"]
    assert [float(v.replace(",", ".")) for v in read[1][2:4]] == [2.5, 452.5]


def test_english_csv_keeps_points_and_quotes_commas(tmp_path):
    from a4b_qgis_plugin.core.common.csv_dialect import CsvDialect, write_csv

    path = tmp_path / "measures.csv"
    write_csv(path, ["name", "ha"], [("Hedge, hawthorn", 0.25)], CsvDialect(",", "."))
    assert path.read_text(encoding="utf-8-sig").splitlines() == ["name,ha", '"Hedge, hawthorn",0.25']


def test_a_gdal_csv_is_rewritten_for_dutch_excel(tmp_path):
    from a4b_qgis_plugin.core.common.csv_dialect import CsvDialect, rewrite_csv

    path = tmp_path / "totals.csv"
    path.write_text(
        'code,name,ha,cost_eur_yr,count\nN12.02,"Weide, oost",2.5,1234.56,3\nL01.02,Houtwal,,1e-05,0\n',
        encoding="utf-8",
    )
    assert rewrite_csv(path, ["ha", "cost_eur_yr", "count"], CsvDialect(";", ",")) == 2
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\xef\xbb\xbf") == 1
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines == [
        "code;name;ha;cost_eur_yr;count",
        "N12.02;Weide, oost;2,5;1234,56;3",  # the code keeps its point: it is text
        "L01.02;Houtwal;;1e-05;0",
    ]


def test_choose_dialect_fills_automatic_parts(ui_language, csv_settings):
    from a4b_qgis_plugin.core.common.csv_dialect import CsvDialect, choose_dialect

    ui_language("nl_NL")
    assert choose_dialect() == CsvDialect(";", ",")
    assert choose_dialect(",", "") == CsvDialect(";", ",")  # a comma would clash with the decimal comma
    assert choose_dialect("\t", ".") == CsvDialect("\t", ".")
    csv_settings.CSV_DECIMAL.set(".")
    assert choose_dialect() == CsvDialect(";", ".")
