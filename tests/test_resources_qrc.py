"""resources.qrc lists exactly the icons the plugin ships, and Qt's resource compiler accepts it.

The plugin loads its icons by file path; resources.qrc exists for Qt Designer
and rcc, so it must name every icon in a4b_qgis_plugin/resources/icons/ and
nothing else.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

from .conftest import ROOT

QRC = ROOT / "resources.qrc"
ICONS = ROOT / "a4b_qgis_plugin" / "resources" / "icons"
IMAGE_SUFFIXES = {".svg", ".png"}


def _qrc_entries() -> list[tuple[str, str]]:
    """(prefix, file) for every <file> of the qrc, paths as written (relative to the qrc)."""
    root = ET.parse(QRC).getroot()
    assert root.tag == "RCC"
    return [
        (resource.get("prefix", "/"), (entry.text or "").strip())
        for resource in root.iter("qresource")
        for entry in resource.iter("file")
    ]


def _shipped_icons() -> set[str]:
    return {
        path.relative_to(ROOT).as_posix()
        for path in ICONS.rglob("*")
        if path.is_file() and path.suffix.lower() in IMAGE_SUFFIXES
    }


def test_every_shipped_icon_is_listed():
    listed = {path for _prefix, path in _qrc_entries()}
    assert sorted(_shipped_icons() - listed) == [], "icons missing from resources.qrc"


def test_every_listed_file_is_a_shipped_icon():
    listed = [path for _prefix, path in _qrc_entries()]
    assert len(listed) == len(set(listed)), "a file is listed twice"
    assert sorted(set(listed) - _shipped_icons()) == [], "resources.qrc names files that are not icons"
    assert all((ROOT / path).is_file() for path in listed)


def test_resource_compiler_accepts_it_and_serves_every_icon(tmp_path, qgis_app):
    """pyrcc5 compiles the qrc; once loaded, Qt finds each icon under its resource path."""
    pyrcc5 = shutil.which("pyrcc5")
    if pyrcc5 is None:
        pytest.skip("pyrcc5 (Debian package pyqt5-dev-tools, installed by make deps) is not on PATH")
    from qgis.PyQt.QtCore import QFile
    from qgis.PyQt.QtGui import QIcon

    compiled = tmp_path / "a4b_resources_check.py"
    run = subprocess.run([pyrcc5, str(QRC), "-o", str(compiled)], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    spec = importlib.util.spec_from_file_location("a4b_resources_check", compiled)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # registers the resources with Qt
    try:
        for prefix, path in _qrc_entries():
            resource = f":{prefix.rstrip('/')}/{path}"
            assert QFile(resource).exists(), resource
            assert not QIcon(resource).isNull(), resource
    finally:
        module.qCleanupResources()
