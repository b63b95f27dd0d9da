"""metadata.txt is complete and valid for the official plugin repository."""

from __future__ import annotations

import configparser

from .conftest import ROOT

REQUIRED = [
    "name",
    "qgisMinimumVersion",
    "qgisMaximumVersion",
    "description",
    "about",
    "version",
    "author",
    "email",
    "repository",
    "tracker",
    "homepage",
    "tags",
    "category",
    "icon",
    "hasProcessingProvider",
    "changelog",
]


def _metadata() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    return parser["general"]


def test_required_keys_present_and_filled():
    meta = _metadata()
    missing = [key for key in REQUIRED if not meta.get(key, "").strip()]
    assert missing == []


def test_versions_and_flags():
    meta = _metadata()
    assert meta["qgisMinimumVersion"] == "3.22"
    assert meta["qgisMaximumVersion"] == "4.99"
    assert meta["hasProcessingProvider"] == "yes"
    major, minor, patch = (int(p) for p in meta["version"].split("."))
    assert (major, minor, patch) >= (0, 1, 0)
    assert meta["version"] in meta["changelog"]
    assert meta["repository"].startswith("https://")


def test_icon_exists_inside_package():
    assert (ROOT / "a4b_qgis_plugin" / _metadata()["icon"]).is_file()
