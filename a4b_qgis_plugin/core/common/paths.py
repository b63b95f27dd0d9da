"""Locations of the files shipped inside the plugin, and of its folder in the user profile."""

from pathlib import Path

from qgis.core import QgsApplication

PLUGIN_DIR = Path(__file__).resolve().parents[2]
RESOURCES_DIR = PLUGIN_DIR / "resources"
ICONS_DIR = RESOURCES_DIR / "icons"
STYLES_DIR = RESOURCES_DIR / "styles"
LAYOUTS_DIR = RESOURCES_DIR / "layouts"
CATALOGUE_DIR = RESOURCES_DIR / "catalogue"
DEMO_DIR = RESOURCES_DIR / "demo"
DEMO_GPKG = DEMO_DIR / "a4b_demo.gpkg"


def icon_path(name: str) -> str:
    """Path of a shipped SVG icon, e.g. ``icon_path("a4b")``."""
    return str(ICONS_DIR / f"{name}.svg")


def profile_dir() -> Path:
    """The plugin's folder in the QGIS user profile, for files that belong to no project."""
    return Path(QgsApplication.qgisSettingsDirPath()) / "a4b"
