"""Pilot workspace dock panel."""

from __future__ import annotations

from qgis.gui import QgsDockWidget

from .ui_loader import load_ui

FORM = load_ui(__file__, "workspace_dock")


class WorkspaceDock(QgsDockWidget, FORM):
    """Pilot workspace panel."""

    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.setupUi(self)

    def cleanup(self) -> None:
        """Disconnect from QGIS signals before the dock is deleted."""
