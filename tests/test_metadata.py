"""metadata.txt is complete and valid for the official plugin repository.

The repository, tracker and homepage URLs are left out until the project has
them (README, "Publishing"): an invented address is worse than none.
"""

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
    assert meta["supportsQt6"] == "True"  # tests/test_qt6_readiness.py holds the checks
    for key in ("repository", "tracker", "homepage"):
        assert meta.get(key, "https://").startswith("https://"), key


def test_about_and_tags_describe_the_plugin():
    meta = _metadata()
    assert len(meta["about"]) > 300 and "Natura 2000" in meta["about"]
    tags = [t.strip() for t in meta["tags"].split(",")]
    assert len(tags) == len(set(tags)) >= 8 and all(t == t.lower() for t in tags)
    assert meta["category"] in ("Raster", "Vector", "Database", "Mesh", "Web")


def test_icon_exists_inside_package():
    assert (ROOT / "a4b_qgis_plugin" / _metadata()["icon"]).is_file()
