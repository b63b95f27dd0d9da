"""The team register's password comes from QGIS's authentication manager or libpq, never from the plugin."""

from __future__ import annotations

import pytest
from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsProviderRegistry

from a4b_qgis_plugin.core.common.errors import RegisterError
from a4b_qgis_plugin.core.register.backend import open_register
from a4b_qgis_plugin.core.register.pg_connect import parse_target

# The test profile's authentication database keeps its master password between runs.
MASTER = "a4b-test-master"


@pytest.fixture
def authcfg(pg_cluster, qgis_app):
    manager = QgsApplication.authManager()
    assert manager.setMasterPassword(MASTER, True), "the test profile's auth db has another master password"
    config = QgsAuthMethodConfig("Basic")
    config.setName("A4B team register test")
    config.setConfig("username", "a4b_admin")
    config.setConfig("password", pg_cluster.password)
    stored = manager.storeAuthenticationConfig(config)
    assert stored[0] if isinstance(stored, tuple) else stored
    config_id = stored[1].id() if isinstance(stored, tuple) else config.id()
    yield config_id
    manager.removeAuthenticationConfig(config_id)


def test_authcfg_gives_the_password_at_connect_time(pg_cluster, team_register, authcfg, monkeypatch):
    schema = parse_target(team_register).schema
    monkeypatch.delenv("PGPASSFILE")  # libpq finds no password now: only the authcfg can give one
    monkeypatch.setenv("HOME", "/nonexistent")
    with pytest.raises(RegisterError, match="the plugin keeps none"):
        open_register(team_register)
    uri = f"postgresql://127.0.0.1:{pg_cluster.port}/a4b_team?schema={schema}&authcfg={authcfg}"
    register = open_register(uri)
    assert register.list_measures() == []
    assert "password" not in register.path and authcfg in register.path
    # the layer QGIS opens carries the authcfg, not the password
    assert (
        f"authcfg={authcfg}" in register.layer_source() and pg_cluster.password not in register.layer_source()
    )
    assert register.layer().isValid()


def test_a_browser_connection_names_the_register(pg_cluster, team_register, authcfg, monkeypatch):
    schema = parse_target(team_register).schema
    monkeypatch.delenv("PGPASSFILE")
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    connection = metadata.createConnection(
        f"host=127.0.0.1 port={pg_cluster.port} dbname=a4b_team authcfg={authcfg}", {}
    )
    metadata.saveConnection(connection, "A4B team test")
    try:
        register = open_register(f"pg-connection:A4B team test?schema={schema}")
        register.add_measures([])
        assert register.list_measures() == []
        assert register.path == f"pg-connection:A4B team test?schema={schema}"
        with pytest.raises(RegisterError, match="no PostgreSQL connection named 'Elders'"):
            open_register("pg-connection:Elders?schema=a4b")
    finally:
        metadata.deleteConnection("A4B team test")
