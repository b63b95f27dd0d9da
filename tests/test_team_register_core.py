"""The team register in PostgreSQL/PostGIS: the GeoPackage register's guarantees, against a real server."""

from __future__ import annotations

import pytest
from qgis.core import QgsGeometry

from a4b_qgis_plugin.core.common.errors import RegisterError
from a4b_qgis_plugin.core.register import pg_schema
from a4b_qgis_plugin.core.register.backend import open_register
from a4b_qgis_plugin.core.register.pg_connect import parse_target
from a4b_qgis_plugin.core.register.postgis import RegisterConflictError
from a4b_qgis_plugin.core.register.schema import MEASURE_FIELDS


def square(x: float, y: float = 450000, size: float = 100) -> QgsGeometry:
    return QgsGeometry.fromWkt(
        f"POLYGON(({x} {y},{x + size} {y},{x + size} {y + size},{x} {y + size},{x} {y}))"
    )


def row(x: float, **extra) -> dict:
    values = {
        "geometry": square(x),
        "pilot": "Team",
        "parcel_ref": f"p:{x}",
        "measure_code": "ECO-KRUIDENGRAS",
        "measure_name": "Grasland met kruiden",
        "theme": "agri_nature",
        "status": "proposed",
        "quantity": 1.0,
        "unit": "ha",
        "revenue_eur_yr": 91.0,
        "stakeholder": "Boer Jansen",
    }
    values.update(extra)
    return values


def test_tables_have_the_geopackage_columns_and_a_row_version(pg_cluster, team_register):
    schema = parse_target(team_register).schema
    columns = [
        r[0]
        for r in pg_cluster.execute(
            "SELECT column_name FROM information_schema.columns"
            " WHERE table_schema = %s AND table_name = 'measures' ORDER BY ordinal_position",
            (schema,),
        )
    ]
    assert columns == ["fid", "geom"] + [name for name, _kind in MEASURE_FIELDS] + ["row_version"]
    assert pg_cluster.execute(f'SELECT version FROM "{schema}".schema_version') == [(2,)]
    indexes = {
        r[0] for r in pg_cluster.execute("SELECT indexname FROM pg_indexes WHERE schemaname = %s", (schema,))
    }
    assert {
        "idx_measures_uuid",
        "idx_measures_code",
        "idx_measures_geom",
        "idx_measures_history_uuid",
    } <= indexes


def test_write_read_history_and_totals(team_register):
    register = open_register(team_register)
    uuids = register.add_measures([row(200000), row(200200, status="agreed")])
    rows = register.list_measures()
    assert [r["uuid"] for r in rows] == uuids
    assert rows[0]["stakeholder"] == "Boer Jansen"
    assert rows[0]["created_at"].endswith("Z") and rows[0]["row_version"] == 1
    assert rows[0]["geometry"].area() == pytest.approx(10000)
    register.update_measure(uuids[0], {"status": "agreed", "notes": "met de boer gesproken"})
    register.delete_measures([uuids[1]])
    history = register.history()
    assert [h["action"] for h in history] == ["insert", "insert", "update", "delete"]
    assert history[2]["old_values"] == {"status": "proposed", "notes": None}
    assert history[2]["new_values"] == {"status": "agreed", "notes": "met de boer gesproken"}
    assert history[3]["old_values"]["geometry"].startswith("MULTIPOLYGON")
    assert all(h["changed_by"] == register.user for h in history)
    assert register.totals()["count"] == 1


def test_a_stale_save_is_refused_naming_both_versions(team_register):
    first = open_register(team_register)
    second = open_register(team_register)
    uuid = first.add_measures([row(200000)])[0]
    loaded = second.get_measures([uuid])[0]["row_version"]
    assert first.update_measure(uuid, {"notes": "first"}, expected_version=loaded) == 2
    with pytest.raises(RegisterConflictError) as caught:
        second.update_measure(uuid, {"notes": "second"}, expected_version=loaded)
    assert "(version 2)" in str(caught.value) and "(version 1)" in str(caught.value)
    assert caught.value.current_row["notes"] == "first"
    assert first.get_measures([uuid])[0]["notes"] == "first"
    # reload, or overwrite on purpose
    assert second.update_measure(uuid, {"notes": "second"}, expected_version=loaded, overwrite=True) == 3
    assert first.get_measures([uuid])[0]["notes"] == "second"


def test_roles_reader_sees_no_personal_column_and_cannot_write(pg_cluster, team_register):
    from psycopg2 import errors

    schema = parse_target(team_register).schema
    roles = pg_schema.role_names(schema)
    open_register(team_register).add_measures([row(200000)])
    reader = pg_cluster.add_login(f"{schema}_anna", roles["reader"])
    nobody = pg_cluster.add_login(f"{schema}_piet")
    editor = pg_cluster.add_login(f"{schema}_ed", roles["editor"])
    assert pg_cluster.execute(f'SELECT measure_code FROM "{schema}".measures', user=reader) == [
        ("ECO-KRUIDENGRAS",)
    ]
    for column in ("stakeholder", "created_by", "updated_by"):
        with pytest.raises(errors.InsufficientPrivilege):
            pg_cluster.execute(f'SELECT {column} FROM "{schema}".measures', user=reader)
    with pytest.raises(errors.InsufficientPrivilege):
        pg_cluster.execute(f'SELECT old_values FROM "{schema}".measures_history', user=reader)
    with pytest.raises(errors.InsufficientPrivilege):
        pg_cluster.execute(f'SELECT measure_code FROM "{schema}".measures', user=nobody)
    with pytest.raises(errors.InsufficientPrivilege):
        pg_cluster.execute(f'DELETE FROM "{schema}".measures_history', user=editor)

    as_reader = open_register(pg_cluster.uri(reader, schema))
    rows = as_reader.list_measures()
    assert rows[0]["measure_code"] == "ECO-KRUIDENGRAS" and rows[0]["stakeholder"] is None
    with pytest.raises(RegisterError, match="may read the team register .* but not change it"):
        as_reader.add_measures([row(200400)])
    with pytest.raises(RegisterError, match="may not read the team register"):
        open_register(pg_cluster.uri(nobody, schema))

    as_editor = open_register(pg_cluster.uri(editor, schema))
    as_editor.add_measures([row(200400)])
    assert [h["changed_by"] for h in as_editor.history()][-1] == as_editor.user


def test_uri_with_a_password_or_unknown_schema_is_refused(pg_cluster, team_register):
    with pytest.raises(RegisterError, match="never keeps passwords"):
        open_register(f"postgresql://a4b_admin:geheim@127.0.0.1:{pg_cluster.port}/a4b_team?schema=a4b")
    with pytest.raises(RegisterError, match="holds no team register in schema elders"):
        open_register(pg_cluster.uri(schema="elders"))
    with pytest.raises(RegisterError, match="cannot name a team register's schema"):
        open_register(pg_cluster.uri(schema="Robert'); DROP TABLE x;--"))


def test_an_administrator_without_superuser_rights_sets_it_up(pg_cluster):
    from a4b_qgis_plugin.core.register.pg_setup import create_team_register

    admin = pg_cluster.add_login("gis_beheer")
    pg_cluster.execute('ALTER ROLE "gis_beheer" CREATEROLE')
    with pytest.raises(RegisterError, match="may not set up a team register"):
        create_team_register(parse_target(pg_cluster.uri(admin, "provincie_gld")))
    assert pg_cluster.execute("SELECT count(*) FROM pg_namespace WHERE nspname = 'provincie_gld'") == [(0,)]
    pg_cluster.execute('GRANT CREATE ON DATABASE a4b_team TO "gis_beheer"')
    roles = create_team_register(parse_target(pg_cluster.uri(admin, "provincie_gld")))
    owner = pg_cluster.execute(
        "SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'provincie_gld'"
    )
    assert owner == [(roles["owner"],)]
    register = open_register(pg_cluster.uri(admin, "provincie_gld"))
    register.add_measures([row(200000)])
    assert [h["action"] for h in register.history()] == ["insert"]


def test_copying_in_needs_the_owner_role(pg_cluster, team_register, tmp_path):
    from a4b_qgis_plugin.core.register.copy import copy_register

    gpkg = str(tmp_path / "mine.gpkg")
    open_register(gpkg).add_measures([row(200000)])
    schema = parse_target(team_register).schema
    editor = pg_cluster.add_login(f"{schema}_bewerker", pg_schema.role_names(schema)["editor"])
    with pytest.raises(RegisterError, match=f"needs its owner role {schema}_owner"):
        copy_register(gpkg, pg_cluster.uri(editor, schema))
    assert open_register(team_register).list_measures() == []
    # out of the team register into a new GeoPackage: an editor may (it reads every column)
    assert copy_register(pg_cluster.uri(editor, schema), str(tmp_path / "offline.gpkg")).measures == 0
