"""The pilot catalogue: shipped file, user overrides, validation."""

from __future__ import annotations

import json

import pytest

from a4b_qgis_plugin.core.common import settings
from a4b_qgis_plugin.core.pilots import catalogue as pc


@pytest.fixture
def user_file(tmp_path, qgis_app):
    path = tmp_path / "own" / "pilots.json"
    settings.PILOT_CATALOGUE_PATH.set(str(path))
    yield path
    settings.PILOT_CATALOGUE_PATH.reset()


def test_shipped_catalogue_lists_the_programme_pilots(qgis_app):
    pilots = pc.shipped_pilots()
    names = [p.name for p in pilots]
    assert names == [
        "Veluwezoom-IJssel",
        "Landgoederen Brummen",
        "Brabants Bodem",
        "Wadden: Terschelling, Ameland, Schiermonnikoog",
        "Geuldal en Heuvelland",
        "Zuid-Holland pilot",
    ]
    by_name = {p.name: p for p in pilots}
    assert by_name["Veluwezoom-IJssel"].area_names() == ["Rijntakken"]
    assert by_name["Wadden: Terschelling, Ameland, Schiermonnikoog"].province == "Fryslân"
    assert by_name["Zuid-Holland pilot"].natura2000 == []
    # No RVO number is invented: every number is either known or empty.
    for pilot in pilots:
        assert all(a["nr"] is None or isinstance(a["nr"], int) for a in pilot.natura2000)
        assert pilot.province in pc.PROVINCES
    assert all(p.source.startswith("https://") for p in pilots if p.name != "Zuid-Holland pilot")


def test_without_user_file_load_gives_shipped(user_file):
    assert not user_file.exists()
    assert [p.name for p in pc.load_pilots()] == [p.name for p in pc.shipped_pilots()]


def test_user_changes_override_shipped_and_survive_reload(user_file):
    pilots = pc.load_pilots()
    changed = pc.Pilot(
        "Zuid-Holland pilot", "Zuid-Holland", [{"name": "Nieuwkoopse Plassen & De Haeck", "nr": None}]
    )
    pilots = pc.update_pilot(pilots, "Zuid-Holland pilot", changed)
    pilots = pc.remove_pilot(pilots, "Brabants Bodem")
    pilots = pc.add_pilot(pilots, pc.Pilot("Eigen pilot", "friesland", [{"name": "", "nr": 12}]))
    pc.save_user_pilots(pilots)
    stored = json.loads(user_file.read_text(encoding="utf-8"))
    # Only the differences are stored.
    assert [p["name"] for p in stored["pilots"]] == ["Zuid-Holland pilot", "Eigen pilot"]
    assert stored["removed"] == ["Brabants Bodem"]
    again = pc.load_pilots()
    names = [p.name for p in again]
    assert "Brabants Bodem" not in names
    assert names[-1] == "Eigen pilot"
    assert again[-1].province == "Fryslân"  # alias normalised
    assert names.index("Zuid-Holland pilot") == 4  # keeps its shipped place
    assert again[4].area_names() == ["Nieuwkoopse Plassen & De Haeck"]


def test_validation_messages(qgis_app):
    pilots = pc.shipped_pilots()
    with pytest.raises(pc.CatalogueError) as err:
        pc.add_pilot(pilots, pc.Pilot("brabants bodem", "Noord-Brabant"))
    assert "already a pilot" in str(err.value)
    problems = pc.validate_pilot(pc.Pilot("", "Bavaria", [{"name": "", "nr": None}, {"name": "X", "nr": 0}]))
    text = "\n".join(problems)
    assert "needs a name" in text
    assert "'Bavaria' is not a Dutch province" in text
    assert "needs a name or an RVO number" in text
    assert "whole number from 1" in text
    with pytest.raises(pc.CatalogueError):
        pc.remove_pilot(pilots, "Nowhere")


def test_broken_user_file_gives_line_and_column(user_file):
    user_file.parent.mkdir(parents=True)
    user_file.write_text('{"pilots": [\n  {"name": "A",}\n]}', encoding="utf-8")
    with pytest.raises(pc.CatalogueError) as err:
        pc.load_pilots()
    assert "line 2" in str(err.value)
    user_file.write_text(json.dumps({"pilots": [{"name": "A", "province": "Mars"}]}), encoding="utf-8")
    with pytest.raises(pc.CatalogueError) as err:
        pc.load_pilots()
    assert "pilot 1" in str(err.value) and "Mars" in str(err.value)


def test_unwritable_user_file_is_a_clear_error(tmp_path, qgis_app):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(pc.CatalogueError) as err:
        pc.save_user_pilots(pc.shipped_pilots(), blocker / "sub" / "pilots.json")
    assert "Cannot write" in str(err.value)


def test_natura2000_filter_uses_number_else_name(qgis_app):
    pilot = pc.Pilot("P", "Limburg", [{"name": "Geuldal", "nr": None}, {"name": "Other", "nr": 7}])
    expression = pc.natura2000_filter(pilot)
    assert '"nr" IN (7)' in expression
    assert "lower(trim(\"naam_n2k\")) IN ('geuldal')" in expression
    assert pc.natura2000_filter(pc.Pilot("Q", "Limburg")) == ""
