"""`make zip` gives a zip that installs and loads in a clean profile."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile

import pytest

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from qgis_env import run_qgis_process
from stage_plugin import make_zip


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory):
    return make_zip(tmp_path_factory.mktemp("zip") / "a4b_qgis_plugin.zip")


def test_zip_has_one_top_folder_and_no_tests_or_caches(plugin_zip):
    names = zipfile.ZipFile(plugin_zip).namelist()
    assert {n.split("/")[0] for n in names} == {"a4b_qgis_plugin"}
    for required in (
        "metadata.txt",
        "LICENSE",
        "__init__.py",
        "resources/icons/a4b.svg",
        "i18n/a4b_qgis_plugin_nl.qm",
    ):
        assert f"a4b_qgis_plugin/{required}" in names, required
    assert not [n for n in names if "__pycache__" in n or n.endswith((".pyc", ".ts")) or "/tests/" in n]
    assert (
        "GNU GENERAL PUBLIC LICENSE" in zipfile.ZipFile(plugin_zip).read("a4b_qgis_plugin/LICENSE").decode()
    )


def test_zip_installs_and_loads_in_a_clean_profile(plugin_zip, tmp_path):
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tests" / "zip_install_probe.py"),
            str(plugin_zip),
            str(tmp_path / "profile"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    line = next((x for x in proc.stdout.splitlines() if x.startswith("REPORT")), None)
    assert line, proc.stdout + proc.stderr
    report = json.loads(line[len("REPORT") :])
    assert report["available"] and report["loaded"] and report["processing_started"], report
    assert "a4b:flagparcels" in report["processing_algorithms"]
    assert report["loaded_again"] and report["started"], report
    assert report["errors"] == []
    assert str(tmp_path) in report["module_file"], "loaded the repository, not the installed zip"
    assert "a4b:flagparcels" in report["algorithms"]
    assert report["metadata_name"] == "A4B Natura 2000 toolkit"
    assert report["unloaded"] and not report["provider_after_unload"]
    assert report["plugin_menus"] == ["All4Biodiversity"] and report["plugin_menus_after_unload"] == []
    assert report["options_pages"] == ["All4Biodiversity"] and report["options_pages_after_unload"] == []


@pytest.mark.slow
def test_qgis_process_lists_the_provider_from_the_zip(plugin_zip, tmp_path):
    plugins = tmp_path / "plugins"
    zipfile.ZipFile(plugin_zip).extractall(plugins)
    proc = run_qgis_process(["list"], plugins, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "All4Biodiversity" in proc.stdout
    assert "a4b:flagparcels" in proc.stdout
