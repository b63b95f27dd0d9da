"""Every register guarantee, on both backends: the GeoPackage and the team register (PostgreSQL/PostGIS)."""

from __future__ import annotations

import pytest
from qgis.core import QgsGeometry

from a4b_qgis_plugin.core.common.errors import RegisterError
from a4b_qgis_plugin.core.register.backend import open_register
from a4b_qgis_plugin.core.tagging.duplicates import find_duplicates


@pytest.fixture(params=["gpkg", "postgis"])
def register_value(request, tmp_path, qgis_app) -> str:
    if request.param == "gpkg":
        return str(tmp_path / "register.gpkg")
    return request.getfixturevalue("team_register")


def square(x: float, size: float = 100) -> QgsGeometry:
    y = 450000
    return QgsGeometry.fromWkt(
        f"POLYGON(({x} {y},{x + size} {y},{x + size} {y + size},{x} {y + size},{x} {y}))"
    )


def row(x: float, **extra) -> dict:
    values = {
        "geometry": square(x),
        "pilot": "Beide",
        "parcel_ref": f"p:{x}",
        "measure_code": "ECO-KRUIDENGRAS",
        "measure_name": "Grasland met kruiden",
        "theme": "agri_nature",
        "status": "proposed",
        "quantity": 1.5,
        "unit": "ha",
        "cost_eur_yr": 10.0,
        "revenue_eur_yr": 136.5,
        "stakeholder": "Boer Jansen",
        "notes": "één",
    }
    values.update(extra)
    return values


def plain(rows: list[dict]) -> list[dict]:
    return [{k: v for k, v in r.items() if k not in ("fid", "row_version", "geometry")} for r in rows]


def test_round_trip_keeps_every_value(register_value):
    register = open_register(register_value)
    uuids = register.add_measures([row(200000), row(200200, pilot=None, notes=None, cost_eur_yr=None)])
    rows = register.list_measures()
    assert [r["uuid"] for r in rows] == uuids
    assert rows[0]["quantity"] == 1.5 and rows[0]["notes"] == "één" and rows[1]["cost_eur_yr"] is None
    assert rows[0]["parcel_fingerprint"] and rows[0]["created_by"] == register.user
    assert rows[0]["geometry"].isGeosEqual(square(200000))
    assert [r["uuid"] for r in register.list_measures("Beide")] == uuids[:1]
    assert [r["uuid"] for r in register.list_measures("")] == uuids[1:]
    assert plain(register.get_measures(uuids[::-1])) == plain(rows)


def test_a_bad_row_writes_nothing(register_value):
    register = open_register(register_value)
    register.add_measures([row(200000)])
    with pytest.raises(RegisterError, match="Row 2: unknown status"):
        register.add_measures([row(200200), row(200400, status="misschien")])
    with pytest.raises(RegisterError):
        register.add_measures([row(200600, uuid="same"), row(200800, uuid="same")])
    assert len(register.list_measures()) == 1
    assert len(register.history()) == 1


def test_update_and_delete_are_in_the_history(register_value):
    register = open_register(register_value)
    uuid = register.add_measures([row(200000)])[0]
    register.update_measure(uuid, {"status": "agreed", "geometry": square(200000, 120)})
    with pytest.raises(RegisterError, match="Cannot change field"):
        register.update_measure(uuid, {"created_by": "iemand anders"})
    assert register.delete_measures([uuid]) == 1
    history = register.history(uuid)
    assert [h["action"] for h in history] == ["insert", "update", "delete"]
    assert history[1]["old_values"]["status"] == "proposed" and history[1]["new_values"]["status"] == "agreed"
    assert "geometry" in history[1]["new_values"] and "geometry" in history[2]["old_values"]
    assert history[2]["old_values"]["stakeholder"] == "Boer Jansen"
    assert register.list_measures() == []


def test_totals_and_active_measures_leave_dropped_ones_out(register_value):
    register = open_register(register_value)
    register.add_measures(
        [row(200000), row(200200, status="dropped"), row(200400, measure_code="SNL-N12.02")]
    )
    assert register.totals()["count"] == 2
    active = register.active_measures(["ECO-KRUIDENGRAS"])
    assert [a["parcel_ref"] for a in active] == ["p:200000"]


def test_the_duplicate_check_runs_inside_the_write(register_value):
    register = open_register(register_value)
    register.add_measures([row(200000)])

    def screen(rows, existing):
        found = {d.index for d in find_duplicates(rows, existing, 0.5)}
        return [r for n, r in enumerate(rows) if n not in found]

    written, uuids = register.add_screened([row(200000), row(200010), row(200500)], screen)
    assert [r["parcel_ref"] for r in written] == ["p:200500"] and len(uuids) == 1
    assert len(register.list_measures()) == 2


def test_the_measures_layer_opens_in_qgis(register_value):
    register = open_register(register_value)
    register.add_measures([row(200000), row(200200)])
    layer = register.layer()
    assert layer.isValid() and layer.featureCount() == 2
    assert layer.crs().authid() == "EPSG:28992"
