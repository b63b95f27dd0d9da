"""The plugin class: wires actions, menu, toolbar, docks, the options page and the provider."""

from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .core.common.i18n import tr
from .core.common.log import install_log_handler, remove_log_handler
from .core.common.paths import icon_path
from .core.common.translator import install_translator, remove_translator
from .processing_provider.provider import A4BProvider


class A4BPlugin:
    """Adds Plugins › All4Biodiversity, a toolbar, dock panels, an options page and the provider.

    The entries sit under QGIS's Plugins menu, as the plugin repository asks of
    plugins, rather than in a menu of their own on the menu bar.
    """

    def __init__(self, iface):
        self.iface = iface
        # Installed here, not in initGui, so qgis_process (which only calls
        # initProcessing) also gets translated algorithm texts.
        self.translator = install_translator()
        # Module loggers reach QGIS's Log Messages panel (tag A4B) while the plugin is loaded.
        self.log_handler = install_log_handler()
        self.provider: A4BProvider | None = None
        self.toolbar = None
        self.menu_name = tr("All4Biodiversity")
        self.menu_actions: list[QAction] = []  # what is under Plugins › All4Biodiversity
        self.actions: list[QAction] = []
        self.options_factory = None
        self.docks: dict = {}
        self._tabbed = False

    # Processing -----------------------------------------------------------
    def initProcessing(self) -> None:
        """Register the ``a4b`` provider (also called by qgis_process)."""
        if self.provider is None:
            self.provider = A4BProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    # GUI ------------------------------------------------------------------
    def initGui(self) -> None:
        """Build the menu, toolbar and docks."""
        self.initProcessing()
        main = self.iface.mainWindow()
        self.toolbar = self.iface.addToolBar(tr("All4Biodiversity"))
        self.toolbar.setObjectName("A4BToolbar")
        from .gui.settings.page import A4BOptionsFactory

        self.options_factory = A4BOptionsFactory()
        self.iface.registerOptionsWidgetFactory(self.options_factory)

        from .gui.docks import dock_specs

        for spec in dock_specs():
            dock = spec.cls(self.iface, main)
            dock.setObjectName(spec.object_name)
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            dock.hide()
            dock.visibilityChanged.connect(self._tabify_docks)
            self.docks[spec.object_name] = dock
            action = dock.toggleViewAction()
            action.setIcon(QIcon(icon_path(spec.icon)))
            action.setText(spec.title())
            self._add_action(action, owned=False)

        demo = QAction(QIcon(icon_path("pilot")), tr("Open the demo pilot"), main)
        demo.setToolTip(tr("Load the fictional demo data, show its first pilot and flag its parcels"))
        demo.triggered.connect(self.open_demo_pilot)
        self._add_action(demo, toolbar=False)

        self._add_separator()
        for alg_id, icon, title in (
            ("a4b:flagparcels", "flag", tr("Flag parcels near Natura 2000…")),
            ("a4b:overlaypilots", "overlay", tr("Overlay pilot boundaries…")),
            ("a4b:tagmeasures", "tag", tr("Tag parcels with a measure…")),
            ("a4b:exportmeasures", "export", tr("Export measures…")),
            ("a4b:summarisemeasures", "summary", tr("Summarise measures…")),
        ):
            action = QAction(QIcon(icon_path(icon)), title, main)
            action.triggered.connect(lambda _checked=False, a=alg_id: self.open_algorithm(a))
            self._add_action(action, toolbar=False)
        self._add_separator()
        options = QAction(QgsApplication.getThemeIcon("/mActionOptions.svg"), tr("Settings…"), main)
        options.triggered.connect(self.open_settings)
        self._add_action(options, toolbar=False)

    def _tabify_docks(self, visible: bool) -> None:
        """Tab the panels the first time two show together: each is taller than half a laptop screen.

        Qt only tabs visible docks, and only once, so a layout the user makes later stays.
        """
        main = self.iface.mainWindow()
        shown = [d for d in self.docks.values() if d.isVisible() and not d.isFloating()]
        if not visible or self._tabbed or len(shown) < 2:
            return
        self._tabbed = True
        for dock in shown[1:]:
            main.tabifyDockWidget(shown[0], dock)
        shown[0].raise_()

    def _add_action(self, action: QAction, owned: bool = True, toolbar: bool = True) -> None:
        self.iface.addPluginToMenu(self.menu_name, action)
        self.menu_actions.append(action)
        if toolbar:
            self.toolbar.addAction(action)
        if owned:
            self.actions.append(action)

    def _add_separator(self) -> None:
        separator = QAction(self.iface.mainWindow())
        separator.setSeparator(True)
        self._add_action(separator, toolbar=False)

    def open_settings(self) -> None:
        """Open Settings › Options at the plugin's page."""
        self.iface.showOptionsDialog(self.iface.mainWindow(), "A4BSettingsPage")

    def open_demo_pilot(self) -> bool:
        """Show the workspace panel on the demo data with its first pilot flagged."""
        dock = self.docks.get("A4BWorkspaceDock")
        if dock is None:
            return False
        dock.show()
        dock.raise_()
        return dock.show_demo()

    def open_algorithm(self, alg_id: str, params: dict | None = None) -> None:
        """Open a Processing dialog of one of the plugin's algorithms."""
        import processing

        processing.execAlgorithmDialog(alg_id, params or {})

    def unload(self) -> None:
        """Remove every trace of the plugin, in reverse order of creation."""
        if self.options_factory is not None:
            self.iface.unregisterOptionsWidgetFactory(self.options_factory)
            self.options_factory = None
        # QGIS drops Plugins › All4Biodiversity once its last entry is gone.
        for action in reversed(self.menu_actions):
            self.iface.removePluginMenu(self.menu_name, action)
        self.menu_actions = []
        for action in self.actions:
            action.deleteLater()
        self.actions = []
        for dock in self.docks.values():
            self.iface.removeDockWidget(dock)
            if hasattr(dock, "cleanup"):
                dock.cleanup()
            dock.deleteLater()
        self.docks = {}
        from .gui.common import current_pilot

        current_pilot.release()
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator(self.translator)
        self.translator = None
        remove_log_handler(self.log_handler)
        self.log_handler = None
