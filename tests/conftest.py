"""Shared fixtures: the repository on sys.path, staged plugin, demo data."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .pg_fixtures import pg_cluster, team_register  # noqa: F401  (the team register's database)

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_exit_status = {}


def pytest_sessionfinish(session, exitstatus):
    _exit_status["code"] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """Leave without finalising Python once the results are reported.

    With QGIS 3.40 (Debian 13) the process sometimes crashed with a segmentation
    fault after the summary, while Python tore down QGIS objects, turning a green
    run red (seen in `make test-debian13`). Everything is written and flushed by
    now, so skip the teardown and exit with pytest's own status.
    """
    if "code" not in _exit_status:
        return
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_exit_status["code"])


@pytest.fixture(scope="session")
def staged_plugin_dir(tmp_path_factory) -> Path:
    """A plugin folder as QGIS installs it (metadata.txt, .qm, no tests)."""
    stage = tmp_path_factory.mktemp("plugins")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "stage_plugin.py"), str(stage)], check=True)
    return stage


@pytest.fixture(scope="session")
def demo_gpkg() -> Path:
    """The bundled demo GeoPackage (read-only: copy it before writing)."""
    from a4b_qgis_plugin.core.common.paths import DEMO_GPKG

    return DEMO_GPKG


@pytest.fixture
def demo_copy(tmp_path, demo_gpkg) -> Path:
    """A writable copy of the demo GeoPackage."""
    target = tmp_path / "demo.gpkg"
    shutil.copy(demo_gpkg, target)
    return target


# Providers made in Python must stay referenced from Python, or PyQt drops
# their overrides while the registry still holds them.
_PROVIDERS: list = []


@pytest.fixture
def provider_registered(qgis_app, qgis_processing):
    """The plugin's provider in the processing registry (re-added if a test removed it)."""
    from qgis.core import QgsApplication

    from a4b_qgis_plugin.processing_provider.provider import A4BProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("a4b")
    if provider is None:
        _PROVIDERS.append(A4BProvider())
        registry.addProvider(_PROVIDERS[-1])
        provider = _PROVIDERS[-1]
    return provider
