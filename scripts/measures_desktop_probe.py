"""Runs INSIDE the QGIS desktop (``qgis --code measures_desktop_probe.py``).

A user's session with the Measures panel on the demo data: select grassland
parcels, tag them by clicking "Tag selected parcels", then try a grassland
measure on arable land and answer the warning dialog. Saves screenshots of
the main window and of the warning, writes a JSON report, exits QGIS.
Driven by environment variables set by ``desktop_screenshot.py --scenario measures``.
"""

import json
import os
import traceback

import qgis.utils
from qgis.core import QgsFeatureRequest, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, Qt, QTimer, QTranslator
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication, QMessageBox
from qgis.utils import iface

REPORT = os.environ["A4B_REPORT"]
SHOT = os.environ["A4B_SHOT"]
WORK = os.environ["A4B_WORK"]
DEMO = os.environ["A4B_DEMO_GPKG"]
PILOT = "Demo-pilot Hoge Veen (fictief)"
AREA = (
    "x_min($geometry) > 198500 AND x_max($geometry) < 200500"
    " AND y_min($geometry) > 449000 AND y_max($geometry) < 451000"
)
report = {"errors": [], "dialogs": []}
state = {}


def finish():
    with open(REPORT, "w") as out:
        json.dump(report, out, indent=1, ensure_ascii=False)
    QgsProject.instance().setDirty(False)
    QTimer.singleShot(15000, lambda: os._exit(3))
    iface.actionExit().trigger()


def answer_dialog(button):
    """Record the open message box (warnings before writing), screenshot it, press *button*."""
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        report["dialogs"].append(box.text())
        box.grab().save(SHOT.replace(".png", "_warning.png"))
        box.button(button).click()
    else:
        report["errors"].append("expected a warning dialog, found none")


def select(layer, expression, limit):
    request = QgsFeatureRequest().setFilterExpression(expression).setLimit(limit)
    layer.selectByIds([f.id() for f in layer.getFeatures(request)])


def step_open():
    try:
        if os.environ.get("A4B_EXTRA_QM"):
            translator = QTranslator(QCoreApplication.instance())
            translator.load(os.environ["A4B_EXTRA_QM"])
            QCoreApplication.installTranslator(translator)
        gpkg = DEMO  # already a copy made for this run
        project = QgsProject.instance()
        project.write(os.path.join(WORK, "demo.qgz"))
        layers = {}
        for table in ("natura2000", "brp_gewaspercelen"):
            layers[table] = QgsVectorLayer(f"{gpkg}|layername={table}", table, "ogr")
        project.addMapLayers(list(layers.values()))
        parcels = layers["brp_gewaspercelen"]
        iface.setActiveLayer(parcels)
        plugin = qgis.utils.plugins["a4b_qgis_plugin"]
        dock = plugin.docks["A4BMeasuresDock"]
        dock.show()
        dock.raise_()
        QApplication.processEvents()
        dock.set_pilot(PILOT)
        dock.picker.filterEdit.setText("ECO-KRUIDENGRAS")
        select(parcels, f"\"category\" = 'Grasland' AND {AREA}", 4)
        QTest.mouseClick(dock.tagButton, Qt.MouseButton.LeftButton)
        report["after_grass"] = len(dock.model.rows())
        # the parcels must stay active, or the next selection-and-tag goes elsewhere
        report["active_after_grass"] = iface.activeLayer().name() if iface.activeLayer() else None
        # A grassland measure on arable land: the panel must ask first.
        select(parcels, f"\"category\" = 'Bouwland' AND {AREA}", 1)
        QTimer.singleShot(1500, lambda: answer_dialog(QMessageBox.StandardButton.Yes))
        QTest.mouseClick(dock.tagButton, Qt.MouseButton.LeftButton)
        report["after_bouwland"] = len(dock.model.rows())
        report["warnings"] = dock.last_warnings
        report["totals"] = dock.totalsLabel.text()
        report["register"] = dock.register_path()
        report["messages"] = [item.text() for item in iface.messageBar().items() if hasattr(item, "text")]
        state["dock"] = dock
        # Without a pilot the register's layer goes on top of the layer list, and
        # QGIS makes a layer added there the active one: the panel must undo that.
        for layer in [lyr for lyr in project.mapLayers().values() if "layername=measures" in lyr.source()]:
            project.removeMapLayer(layer.id())
        dock.set_pilot("")
        dock.after_write()
        report["active_after_write_without_pilot"] = (
            iface.activeLayer().name() if iface.activeLayer() else None
        )
        iface.mapCanvas().setExtent(
            [lyr for lyr in project.mapLayers().values() if "layername=measures" in lyr.source()][0]
            .extent()
            .buffered(300)
        )
        iface.mapCanvas().refresh()
    except Exception:  # the report must record it
        report["errors"].append(traceback.format_exc())
    QTimer.singleShot(4000, step_shot)


def step_shot():
    try:
        report["active_at_end"] = iface.activeLayer().name() if iface.activeLayer() else None
        iface.mainWindow().grab().save(SHOT)
        report["screenshot"] = SHOT
    except Exception:
        report["errors"].append(traceback.format_exc())
    finish()


def note_dirty(dirty):
    # Who dirties the project at start-up makes QGIS ask "save?" and hang under Xvfb.
    if dirty:
        report.setdefault("dirtied_by", []).append("".join(traceback.format_stack(limit=12)))


report["script_started"] = True
with open(REPORT, "w") as started:
    json.dump(report, started)
QgsProject.instance().isDirtyChanged.connect(note_dirty)
iface.mainWindow().showMaximized()
QTimer.singleShot(2500, step_open)
