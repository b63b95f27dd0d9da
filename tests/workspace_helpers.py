"""Shared set-up for the workspace panel tests: a dock on a saved, empty project."""

from __future__ import annotations

import pytest
from qgis.core import QgsProject

from a4b_qgis_plugin.core.common import settings
from tests.waiting import wait_until


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
        wait_until(lambda: not widget.runner.is_running(), message="the flagging task ends after cancel")
    widget.cleanup()
    widget.deleteLater()
    QgsProject.instance().clear()
    settings.PILOT_CATALOGUE_PATH.reset()
