"""The plugin class: wires actions, menu, toolbar, docks and the provider."""

from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QMenu

from .core.common.i18n import tr
from .core.common.log import install_log_handler, remove_log_handler
from .core.common.paths import icon_path
from .core.common.translator import install_translator, remove_translator
from .processing_provider.provider import A4BProvider


class A4BPlugin:
    """Adds the "All4Biodiversity" menu, toolbar, dock panels and provider."""

    def __init__(self, iface):
        self.iface = iface
        # Installed here, not in initGui, so qgis_process (which only calls
        # initProcessing) also gets translated algorithm texts.
        self.translator = install_translator()
        # Module loggers reach QGIS's Log Messages panel (tag A4B) while the plugin is loaded.
        self.log_handler = install_log_handler()
        self.provider: A4BProvider | None = None
        self.toolbar = None
        self.menu: QMenu | None = None
        self.actions: list[QAction] = []
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
        self.menu = QMenu(tr("All4Biodiversity"), main)
        self.menu.setObjectName("A4BMenu")
        # QGIS keeps Help (and Window) rightmost; plugin menus go before them.
        right = self.iface.firstRightStandardMenu()
        if isinstance(right, QMenu):
            main.menuBar().insertMenu(right.menuAction(), self.menu)
        else:
            main.menuBar().addMenu(self.menu)

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

        self.menu.addSeparator()
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
        self.menu.addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        if owned:
            self.actions.append(action)

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
        for action in self.actions:
            action.deleteLater()
        self.actions = []
        for dock in self.docks.values():
            self.iface.removeDockWidget(dock)
            if hasattr(dock, "cleanup"):
                dock.cleanup()
            dock.deleteLater()
        self.docks = {}
        if self.menu is not None:
            self.iface.mainWindow().menuBar().removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None
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
