"""Loads a Designer ``.ui`` file that lies beside its widget module."""

from __future__ import annotations

from pathlib import Path

from qgis.PyQt import uic


def load_ui(module_file: str, name: str):
    """Return the form class of ``<name>.ui`` in the folder of *module_file*."""
    form, _base = uic.loadUiType(str(Path(module_file).with_name(f"{name}.ui")))
    return form
