"""Shared set-up for the workspace panel tests: a dock on a saved, empty project."""

from __future__ import annotations

import time

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QCoreApplication

from a4b_qgis_plugin.core.common import settings


def wait_for(condition, timeout: float = 120.0) -> bool:
    """Process Qt events until *condition()* is true or *timeout* seconds passed."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        if condition():
            return True
        time.sleep(0.02)
    return False


@pytest.fixture
def dock(qgis_iface, qgis_new_project, provider_registered, tmp_path):
    """A WorkspaceDock on a new project saved as tmp_path/project.qgz."""
    from a4b_qgis_plugin.gui.workspace.dock import WorkspaceDock

    settings.PILOT_CATALOGUE_PATH.set(str(tmp_path / "user_pilots.json"))
    QgsProject.instance().setFileName(str(tmp_path / "project.qgz"))
    widget = WorkspaceDock(qgis_iface)
    yield widget
    if widget.runner.is_running():
        widget.runner.cancel()
        wait_for(lambda: not widget.runner.is_running(), 60)
    widget.cleanup()
    widget.deleteLater()
    QgsProject.instance().clear()
    settings.PILOT_CATALOGUE_PATH.reset()
