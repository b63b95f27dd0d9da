"""Fixtures of the team register tests: one PostgreSQL cluster per session, a new register per test.

``pg_cluster`` starts a throwaway cluster (:mod:`tests.pg_cluster`) the first
time a test asks for it and stops and removes it when the session ends, also
after failures. Tests skip, naming the reason, only when PostgreSQL or PostGIS
is truly absent; ``make test`` installs both.
"""

from __future__ import annotations

import itertools
import os

import pytest

from . import pg_cluster as cluster_module

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_cluster():
    """The running :class:`tests.pg_cluster.Cluster`; PGPASSFILE points libpq (and QGIS) at its passwords."""
    reason = cluster_module.why_not()
    if reason:
        pytest.skip(f"no PostgreSQL for the team register tests: {reason}")
    cluster = cluster_module.Cluster()
    old = os.environ.get("PGPASSFILE")
    try:
        cluster.start()
        os.environ["PGPASSFILE"] = str(cluster.passfile)
        yield cluster
    finally:
        if old is None:
            os.environ.pop("PGPASSFILE", None)
        else:
            os.environ["PGPASSFILE"] = old
        cluster.stop()


@pytest.fixture
def team_register(pg_cluster, qgis_app) -> str:
    """The URI of a new, empty team register in its own schema (made by the administrator)."""
    from a4b_qgis_plugin.core.register.pg_connect import parse_target
    from a4b_qgis_plugin.core.register.pg_setup import create_team_register

    uri = pg_cluster.uri(schema=f"team{os.getpid()}_{next(_numbers)}")
    create_team_register(parse_target(uri))
    return uri
