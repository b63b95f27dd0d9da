"""The dock panels the plugin adds, in the order of its menu."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from qgis.PyQt.QtCore import QCoreApplication


@dataclass(frozen=True)
class DockSpec:
    """How the plugin adds one dock: its class, object name, icon and title."""

    cls: type
    object_name: str
    icon: str
    title: Callable[[], str]


def dock_specs() -> list[DockSpec]:
    """Every dock of the plugin (imported lazily: GUI only)."""
    from .measures.dock import MeasuresDock
    from .workspace.dock import WorkspaceDock

    return [
        DockSpec(
            WorkspaceDock,
            "A4BWorkspaceDock",
            "pilot",
            lambda: QCoreApplication.translate("DockSpec", "Pilot workspace"),
        ),
        DockSpec(
            MeasuresDock,
            "A4BMeasuresDock",
            "measure",
            lambda: QCoreApplication.translate("DockSpec", "Measures"),
        ),
    ]
