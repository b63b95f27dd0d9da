"""Runs INSIDE the QGIS desktop (``qgis --code panels_desktop_probe.py``).

What a user sees of both panels on the screen they have: Plugins ›
All4Biodiversity › Open the demo pilot, then grassland parcels tagged in the
Measures panel. Saves a screenshot of the whole screen with each panel in
front, after the demo and after tagging (``<shot>_workspace_demo.png``,
``<shot>_measures_demo.png``, ``..._tagged.png``), and records each panel's
minimum height and whether the main window still fits the screen. Writes a
JSON report; exits QGIS. Driven by ``desktop_screenshot.py --scenario panels``.
"""

import json
import os
import traceback

import qgis.utils
from qgis.core import QgsApplication, QgsFeatureRequest, QgsGeometry, QgsProject
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtGui import QGuiApplication
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication, QMessageBox
from qgis.utils import iface

from a4b_qgis_plugin.core.pilots import layer_group

REPORT = os.environ["A4B_REPORT"]
SHOT = os.environ["A4B_SHOT"]
NAME = "a4b_qgis_plugin"
report = {"errors": [], "shots": [], "sizes": {}}


def finish():
    with open(REPORT, "w") as out:
        json.dump(report, out, indent=1, ensure_ascii=False)
    QgsProject.instance().setDirty(False)
    QTimer.singleShot(15000, lambda: os._exit(3))
    iface.actionExit().trigger()


def docks():
    plugin = qgis.utils.plugins[NAME]
    return plugin.docks["A4BWorkspaceDock"], plugin.docks["A4BMeasuresDock"]


def measure(stage):
    """Minimum heights of the panels and the window against the screen, in logical pixels."""
    screen = QGuiApplication.primaryScreen()
    main = iface.mainWindow()
    sizes = {
        "screen": [screen.geometry().width(), screen.geometry().height()],
        "available": screen.availableGeometry().height(),
        "device_pixel_ratio": screen.devicePixelRatio(),
        "window_frame": [main.frameGeometry().width(), main.frameGeometry().height()],
        "window_min_height": main.minimumSizeHint().height(),
    }
    for dock in docks():
        sizes[dock.objectName()] = {
            "min_height": dock.minimumSizeHint().height(),
            "height": dock.height(),
            "width": dock.width(),
        }
    report["sizes"][stage] = sizes


def shoot(stage):
    """The whole screen with each panel in front."""
    for dock in docks():
        dock.show()
        dock.raise_()
        for _ in range(20):
            QApplication.processEvents()
        iface.mapCanvas().waitWhileRendering()
        QApplication.processEvents()
        kind = "workspace" if dock.objectName() == "A4BWorkspaceDock" else "measures"
        path = SHOT.replace(".png", f"_{kind}_{stage}.png")
        QGuiApplication.primaryScreen().grabWindow(0).save(path)
        report["shots"].append(path)
        if kind == "measures":
            # what the user scrolls down to: the table and the totals with a bar per theme
            dock.scrollArea.ensureWidgetVisible(dock.exportButton)
            for _ in range(20):
                QApplication.processEvents()
            path = SHOT.replace(".png", f"_{kind}_{stage}_scrolled.png")
            QGuiApplication.primaryScreen().grabWindow(0).save(path)
            report["scrolled_shots"] = report.get("scrolled_shots", []) + [path]
            dock.scrollArea.verticalScrollBar().setValue(0)


def step_demo():
    try:
        plugin = qgis.utils.plugins[NAME]
        for dock in docks():
            dock.show()
        report["demo_started"] = bool(plugin.open_demo_pilot())
    except Exception:  # the report must record it
        report["errors"].append(traceback.format_exc())
    QTimer.singleShot(1000, wait_for_tasks)


def wait_for_tasks(tries=[0]):  # noqa: B006 - a counter kept between timer calls
    tries[0] += 1
    if QgsApplication.taskManager().countActiveTasks() and tries[0] < 90:
        QTimer.singleShot(1000, wait_for_tasks)
        return
    QTimer.singleShot(1500, after_demo)


def after_demo():
    try:
        measure("demo")
        shoot("demo")
        tag()
    except Exception:
        report["errors"].append(traceback.format_exc())
    QTimer.singleShot(3000, after_tagging)


def tag():
    workspace, dock = docks()
    parcels = workspace.parcelsCombo.currentLayer()
    iface.setActiveLayer(parcels)
    dock.show()
    dock.raise_()
    QApplication.processEvents()
    dock.picker.filterEdit.setText("ECO-KRUIDENGRAS")
    # four grassland parcels inside the pilot's boundary, as a user would pick them
    pilot = workspace.pilot().name
    boundary = layer_group.group_layer(QgsProject.instance(), pilot, "pilot_boundary")
    shape = QgsGeometry.unaryUnion([f.geometry() for f in boundary.getFeatures()])
    request = QgsFeatureRequest().setFilterRect(shape.boundingBox())
    request.setFilterExpression("\"category\" = 'Grasland'")
    inside = [f.id() for f in parcels.getFeatures(request) if shape.contains(f.geometry())]
    parcels.selectByIds(inside[:4])

    asked = []

    def answer(tries=[0]):  # noqa: B006 - a counter kept between timer calls
        # Wait for the question however long a busy machine takes to show it.
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            report.setdefault("dialogs", []).append(box.text())
            box.button(QMessageBox.StandardButton.Yes).click()
            asked.append(True)
            return
        tries[0] += 1
        if tries[0] < 240 and not asked:
            QTimer.singleShot(250, answer)

    QTimer.singleShot(250, answer)
    QTest.mouseClick(dock.tagButton, Qt.MouseButton.LeftButton)
    asked.append(None)  # tagging is over (the click returns after any question): stop looking
    report["tagged"] = len(dock.model.rows())
    report["totals"] = dock.totalsLabel.text()


def after_tagging():
    try:
        workspace, _dock = docks()
        workspace.show_pilot()  # the measures join the pilot's group
        measure("tagged")
        shoot("tagged")
    except Exception:
        report["errors"].append(traceback.format_exc())
    finish()


report["script_started"] = True
with open(REPORT, "w") as started:
    json.dump(report, started)
# Xvfb has no window manager to maximise the window: give it the screen, as one would.
iface.mainWindow().showMaximized()
iface.mainWindow().setGeometry(QGuiApplication.primaryScreen().availableGeometry())
QTimer.singleShot(2500, step_demo)
