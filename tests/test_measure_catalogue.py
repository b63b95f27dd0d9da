"""The measures catalogue: the shipped file and validation of user files."""

from __future__ import annotations

from pathlib import Path

import pytest

from a4b_qgis_plugin.core.common import settings
from a4b_qgis_plugin.core.measures import catalogue as mc
from a4b_qgis_plugin.core.measures.vocabulary import THEMES, UNITS

DATA = Path(__file__).resolve().parent / "data"


def test_shipped_catalogue_is_valid_and_complete(qgis_app):
    measures = mc.load_catalogue(str(mc.SHIPPED_CATALOGUE))
    assert len(measures) >= 30
    codes = [m.code for m in measures]
    assert len(codes) == len(set(codes))
    for prefix in ("ECO-", "ANLB-", "SNL-", "PILOT-"):
        assert any(c.startswith(prefix) for c in codes), prefix
    for code in (
        "SNL-N00.01",
        "SNL-N12.02",
        "SNL-L01.01",
        "SNL-L01.02",
        "SNL-L01.05",
        "SNL-L01.06",
        "SNL-L01.15",
    ):
        assert code in codes
    assert {m.theme for m in measures} == set(THEMES)
    assert {m.unit for m in measures} == set(UNITS)
    for m in measures:
        assert m.name_nl and m.name_en and m.brp_categories
        if m.cost_eur is not None or m.revenue_eur is not None:
            assert m.source, m.code
    # Pilot measures have no published subsidy; a cost only where a source gives one.
    assert all(m.revenue_eur is None for m in measures if m.code.startswith("PILOT-"))
    # Every cost names its document and year in the source column.
    for m in measures:
        if m.cost_eur is not None:
            assert "cost:" in m.source and any(str(year) in m.source for year in range(1990, 2030)), m.code


def test_themes_follow_the_problems_and_scheme_is_its_own_column(qgis_app):
    from a4b_qgis_plugin.core.measures.vocabulary import SCHEMES

    measures = mc.load_catalogue(str(mc.SHIPPED_CATALOGUE))
    by_prefix = {"ECO-": "eco_regeling", "ANLB-": "anlb", "SNL-": "snl", "PILOT-": "own"}
    for m in measures:
        assert m.scheme == next(s for p, s in by_prefix.items() if m.code.startswith(p)), m.code
        assert m.theme in ("water", "nitrogen", "landscape", "business_model"), m.code
    assert {m.scheme for m in measures} == set(SCHEMES)
    # Eco-regeling measures are never filed under an ANLb theme (there is none any more).
    assert not {m.theme for m in measures} & {"agri_nature", "nature_conversion"}


def test_catalogue_without_scheme_column_takes_it_from_the_code(qgis_app, tmp_path):
    path = tmp_path / "own.csv"
    path.write_text(
        "code,name_nl,name_en,theme,unit,brp_categories,cost_eur,revenue_eur\n"
        "ECO-X,X,X,agri_nature,ha,Grasland,,\n"
        "MY-Y,Y,Y,water,ha,Grasland,,\n",
        encoding="utf-8",
    )
    measures = mc.measures_by_code(mc.load_catalogue(str(path)))
    # A theme of before 0.2.0 is still read.
    assert measures["ECO-X"].scheme == "eco_regeling" and measures["ECO-X"].theme == "agri_nature"
    assert measures["MY-Y"].scheme == ""
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "code,name_nl,name_en,theme,scheme,unit,brp_categories,cost_eur,revenue_eur\nA,A,A,water,lottery,ha,,,\n",
        encoding="utf-8",
    )
    with pytest.raises(mc.CatalogueError, match="lottery"):
        mc.load_catalogue(str(bad))


def test_rvo_and_collective_figures(qgis_app):
    by_code = mc.measures_by_code(mc.load_catalogue(str(mc.SHIPPED_CATALOGUE)))
    herbs = by_code["ECO-KRUIDENGRAS"]
    assert herbs.revenue_eur == 181 and herbs.cost_eur is None and herbs.unit == "ha"
    assert herbs.brp_categories == ["Grasland"]
    assert by_code["ECO-NATTE-TEELT"].revenue_eur == 1005
    assert by_code["ECO-BUFFERSTROOK-KRUIDEN"].revenue_eur == 1026
    assert by_code["ANLB-RUST-1506"].revenue_eur == pytest.approx(623.72)
    assert by_code["ANLB-SLOOTKANT-RUST"].unit == "m"
    assert by_code["ANLB-SLOOTKANT-RUST"].revenue_eur == pytest.approx(0.5)


def test_display_name_follows_language(qgis_app):
    herbs = mc.find_measure("eco-kruidengras", mc.load_catalogue(str(mc.SHIPPED_CATALOGUE)))
    assert herbs.display_name("nl") == "Grasland met kruiden (eco-activiteit)"
    assert herbs.display_name("en_US") == "Grassland with herbs (eco-activity)"
    assert herbs.fits_category("grasland") and not herbs.fits_category("Bouwland")
    assert herbs.fits_category(None)


def _problems(name: str) -> list[str]:
    with pytest.raises(mc.CatalogueError) as info:
        mc.load_catalogue(str(DATA / name))
    assert str(DATA / name) in str(info.value)
    return info.value.problems


def test_duplicate_codes_named_with_lines(qgis_app):
    problems = _problems("measures_bad_duplicate.csv")
    assert any("line 4" in p and "duplicate code A-1" in p and "line 2" in p for p in problems), problems


def test_unknown_unit_and_theme(qgis_app):
    problems = _problems("measures_bad_unit_theme.csv")
    assert any("line 2" in p and "unknown unit 'acre'" in p for p in problems), problems
    assert any("line 3" in p and "unknown theme 'climate'" in p for p in problems), problems


def test_non_numeric_money_and_unknown_category(qgis_app):
    problems = _problems("measures_bad_money.csv")
    assert any("line 2" in p and "cost_eur 'veel'" in p for p in problems), problems
    assert any("line 3" in p and "revenue_eur '€ 12'" in p for p in problems), problems
    assert any("line 4" in p and "Weiland" in p for p in problems), problems


def test_missing_columns(qgis_app):
    problems = _problems("measures_bad_columns.csv")
    assert len(problems) == 1
    assert "line 1" in problems[0] and "name_en" in problems[0] and "revenue_eur" in problems[0]


def test_missing_file(qgis_app, tmp_path):
    with pytest.raises(mc.CatalogueError):
        mc.load_catalogue(str(tmp_path / "nope.csv"))


def test_semicolon_csv_and_decimal_comma(qgis_app):
    (measure,) = mc.load_catalogue(str(DATA / "measures_semicolon.csv"))
    assert measure.brp_categories == ["Grasland", "Bouwland"]
    assert measure.revenue_eur == pytest.approx(400.07)


def test_user_catalogue_from_settings(qgis_app):
    settings.MEASURE_CATALOGUE_PATH.set(str(DATA / "measures_user.json"))
    try:
        (measure,) = mc.load_catalogue()
        assert measure.code == "USER-1" and measure.cost_eur == 12.5 and measure.revenue_eur is None
    finally:
        settings.MEASURE_CATALOGUE_PATH.reset()
    assert len(mc.load_catalogue()) >= 30


EXCEL_1252 = (
    "code;name_nl;name_en;theme;unit;brp_categories;cost_eur;revenue_eur;source;notes\r\n"
    "USER-ÉÉN;Bloemrijke akkerrand – één jaar;Flower-rich field margin, one year;agri_nature;ha;"
    "Bouwland;;1026,00;Collectief, tarieven 2024 (€ per ha);\r\n"
)


@pytest.mark.parametrize(
    "encoding, note",
    [("utf-8", False), ("utf-8-sig", False), ("utf-16", False), ("cp1252", True)],
)
def test_catalogue_encodings(qgis_app, tmp_path, encoding, note):
    """Excel writes "CSV" in Windows-1252 and "CSV UTF-8" with a BOM; both load, the first with a note."""
    path = tmp_path / f"catalogue-{encoding}.csv"
    path.write_bytes(EXCEL_1252.encode(encoding))
    catalogue = mc.load_catalogue(str(path))
    (measure,) = catalogue
    assert measure.code == "USER-ÉÉN" and measure.name_nl == "Bloemrijke akkerrand – één jaar"
    assert measure.revenue_eur == pytest.approx(1026.0)
    if note:
        assert (
            len(catalogue.notes) == 1
            and "Windows-1252" in catalogue.notes[0]
            and str(path) in catalogue.notes[0]
        )
    else:
        assert catalogue.notes == []


def test_binary_or_undecodable_catalogue_is_refused_clearly(qgis_app, tmp_path):
    path = tmp_path / "measures.csv"
    path.write_bytes(b"code,name_nl\x81\x8d\n")  # bytes Windows-1252 does not define either
    with pytest.raises(mc.CatalogueError, match="neither UTF-8 nor Windows-1252"):
        mc.load_catalogue(str(path))
    path.write_bytes(b"PK\x03\x04\x00\x00binary xlsx")
    with pytest.raises(mc.CatalogueError, match="binary data"):
        mc.load_catalogue(str(path))
