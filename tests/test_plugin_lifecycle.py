"""The plugin class wires everything and unload() removes every trace."""

from __future__ import annotations

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QDockWidget, QToolBar


def _flush_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def _ours(main_window) -> dict:
    return {
        "toolbars": [t for t in main_window.findChildren(QToolBar) if t.objectName() == "A4BToolbar"],
        "docks": [d for d in main_window.findChildren(QDockWidget) if d.objectName().startswith("A4B")],
        "menus": [
            a for a in main_window.menuBar().actions() if a.menu() and a.menu().objectName() == "A4BMenu"
        ],
        "provider": QgsApplication.processingRegistry().providerById("a4b"),
    }


# Python providers must stay referenced from Python, or PyQt drops their
# overrides (id() becomes "") while the registry still holds them.
_KEEP_ALIVE: list = []


@pytest.fixture
def no_session_provider(qgis_processing):
    """Take a provider registered by other tests out for the test's duration."""
    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("a4b")
    if existing is not None:
        registry.removeProvider(existing)
    yield
    if registry.providerById("a4b") is None:
        from a4b_qgis_plugin.processing_provider.provider import A4BProvider

        _KEEP_ALIVE.append(A4BProvider())
        registry.addProvider(_KEEP_ALIVE[-1])


def test_load_and_unload_twice_leaves_nothing(qgis_iface, no_session_provider):
    from a4b_qgis_plugin import classFactory

    main = qgis_iface.mainWindow()
    for _round in range(2):
        plugin = classFactory(qgis_iface)
        plugin.initGui()
        _flush_deletes()
        ours = _ours(main)
        # the entries go under Plugins › All4Biodiversity, no menu of our own on the menu bar
        assert ours["menus"] == []
        titles = [a.text() for a in plugin.menu_actions]
        assert {"Open the demo pilot", "Settings…", "Export measures…"} <= set(titles)
        assert plugin.options_factory is not None
        assert len(ours["docks"]) == len(plugin.docks) >= 2
        assert ours["provider"] is not None
        assert ours["provider"].name() == "All4Biodiversity"
        assert "a4b:flagparcels" in [a.id() for a in ours["provider"].algorithms()]
        plugin.unload()
        _flush_deletes()
        ours = _ours(main)
        assert ours == {"toolbars": [], "docks": [], "menus": [], "provider": None}
        assert plugin.actions == [] and plugin.docks == {} and plugin.menu_actions == []
        assert plugin.options_factory is None


def test_init_processing_alone_registers_provider(qgis_app, no_session_provider):
    """qgis_process calls only initProcessing(); no GUI is built then."""
    from a4b_qgis_plugin.plugin import A4BPlugin

    plugin = A4BPlugin(iface=None)
    plugin.initProcessing()
    provider = QgsApplication.processingRegistry().providerById("a4b")
    assert provider is not None and provider.id() == "a4b"
    assert provider.svgIconPath().endswith("a4b.svg")
    QgsApplication.processingRegistry().removeProvider(provider)
    plugin.provider = None
