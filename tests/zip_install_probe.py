"""Install a plugin zip into a fresh profile folder and load it in-process.

Run as a separate Python process (so the repository's package is not already
imported): ``python zip_install_probe.py PLUGIN.zip PROFILE_DIR``. Prints a
JSON report of what loaded and what unloading left behind.
"""

import json
import os
import sys
import zipfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import QgsApplication
from qgis.gui import QgsMapCanvas
from qgis.PyQt.QtWidgets import QMainWindow

zip_path, profile = sys.argv[1], sys.argv[2]
plugins_dir = os.path.join(profile, "python", "plugins")
os.makedirs(plugins_dir, exist_ok=True)
with zipfile.ZipFile(zip_path) as zf:
    zf.extractall(plugins_dir)

app = QgsApplication([], True)
app.initQgis()
sys.path.append(os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))
from processing.core.Processing import Processing  # noqa: E402

Processing.initialize()

import qgis.utils  # noqa: E402
from qgis.gui import QgsMessageBar  # noqa: E402
from qgis.PyQt.QtCore import QObject, Qt, pyqtSignal  # noqa: E402


class MinimalIface(QObject):
    """The part of QgisInterface the plugin uses, on real Qt widgets."""

    currentLayerChanged = pyqtSignal(object)  # QgisInterface's name

    def __init__(self):
        super().__init__()
        self.main = QMainWindow()
        self.canvas = QgsMapCanvas(self.main)
        self.bar = QgsMessageBar(self.main)
        self.plugin_menu = self.main.menuBar().addMenu("Plugins")
        self.options_factories = []

    def mainWindow(self):
        return self.main

    def mapCanvas(self):
        return self.canvas

    def messageBar(self):
        return self.bar

    def addToolBar(self, name):
        return self.main.addToolBar(name)

    def addDockWidget(self, area, dock):
        self.main.addDockWidget(Qt.DockWidgetArea(area), dock)

    def removeDockWidget(self, dock):
        self.main.removeDockWidget(dock)

    def firstRightStandardMenu(self):
        return None

    def pluginMenu(self):
        return self.plugin_menu

    def addPluginToMenu(self, name, action):
        # like QGIS: one submenu per name, dropped with its last entry
        menus = [a.menu() for a in self.plugin_menu.actions() if a.menu() and a.menu().title() == name]
        menu = menus[0] if menus else self.plugin_menu.addMenu(name)
        menu.addAction(action)

    def removePluginMenu(self, name, action):
        for entry in self.plugin_menu.actions():
            if entry.menu() and entry.menu().title() == name:
                entry.menu().removeAction(action)
                if not entry.menu().actions():
                    self.plugin_menu.removeAction(entry)

    def registerOptionsWidgetFactory(self, factory):
        self.options_factories.append(factory)

    def unregisterOptionsWidgetFactory(self, factory):
        self.options_factories.remove(factory)

    def activeLayer(self):
        return None


iface = MinimalIface()
main = iface.main
qgis.utils.iface = iface
qgis.utils.plugin_paths = [plugins_dir]
sys.path.insert(0, plugins_dir)
qgis.utils.updateAvailablePlugins()

name = "a4b_qgis_plugin"
errors = []
qgis.utils.open_stack_dialog = lambda t, v, tb, msg, pop_error=True: errors.append(
    f"{msg}: {t.__name__}: {v}"
)
report = {"available": name in qgis.utils.available_plugins, "errors": errors}
report["loaded"] = bool(qgis.utils.loadPlugin(name))
# What qgis_process does: classFactory() and initProcessing(), no GUI.
report["processing_started"] = bool(qgis.utils.startProcessingPlugin(name))
provider = QgsApplication.processingRegistry().providerById("a4b")
report["processing_algorithms"] = sorted(a.id() for a in provider.algorithms()) if provider else []
qgis.utils.unloadPlugin(name)
report["loaded_again"] = bool(qgis.utils.loadPlugin(name))
# What the desktop does: initGui() as well (with the part of iface we have).
report["started"] = bool(qgis.utils.startPlugin(name))
module = sys.modules.get(name)
report["module_file"] = getattr(module, "__file__", "")
provider = QgsApplication.processingRegistry().providerById("a4b")
report["algorithms"] = sorted(a.id() for a in provider.algorithms()) if provider else []
report["metadata_name"] = qgis.utils.pluginMetadata(name, "name")
report["plugin_menus"] = [a.text() for a in iface.plugin_menu.actions()]
report["options_pages"] = [f.title() for f in iface.options_factories]
report["unloaded"] = bool(qgis.utils.unloadPlugin(name))
report["plugin_menus_after_unload"] = [a.text() for a in iface.plugin_menu.actions()]
report["options_pages_after_unload"] = [f.title() for f in iface.options_factories]
report["provider_after_unload"] = QgsApplication.processingRegistry().providerById("a4b") is not None
print("REPORT" + json.dumps(report))
app.exitQgis()
