"""Runs INSIDE the QGIS desktop (``qgis --code desktop_probe.py``).

Checks that the plugin loaded, opens its panels on the demo data, saves a
screenshot of the main window, then unloads and reloads the plugin twice and
records what it left behind. Writes a JSON report; exits QGIS when done.
Driven by environment variables set by ``desktop_screenshot.py``.
"""

import faulthandler
import json
import os
import traceback

import qgis.utils
from qgis.core import QgsApplication, QgsProject
from qgis.gui import QgsMessageLogViewer
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QTimer
from qgis.PyQt.QtWidgets import QDockWidget, QMenu, QToolBar
from qgis.utils import iface

NAME = "a4b_qgis_plugin"
REPORT = os.environ["A4B_REPORT"]
SHOT = os.environ["A4B_SHOT"]
report = {"errors": [], "steps": []}
# If QGIS stalls (a modal dialog nobody can answer, a deadlock), dump every
# thread's stack next to the report and end the process.
_stall_log = open(REPORT + ".stall.txt", "w")
faulthandler.dump_traceback_later(
    int(os.environ.get("A4B_PROBE_TIMEOUT_S", "150")), exit=True, file=_stall_log
)


def _record_stack_dialog(type_, value, tb, msg, pop_error=True):
    """Replaces QGIS's modal Python error dialog: nobody can close it here."""
    report["errors"].append(f"{msg}\n" + "".join(traceback.format_exception(type_, value, tb)))


qgis.utils.open_stack_dialog = _record_stack_dialog


def save():
    with open(REPORT, "w") as out:
        json.dump(report, out, indent=1)


def traces():
    """Everything of ours in the main window and the processing registry."""
    # deleteLater() runs on the next event loop pass; run it now.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QgsApplication.processEvents()
    main = iface.mainWindow()
    return {
        "toolbars": sorted(
            t.objectName() for t in main.findChildren(QToolBar) if t.objectName().startswith("A4B")
        ),
        "docks": sorted(
            d.objectName() for d in main.findChildren(QDockWidget) if d.objectName().startswith("A4B")
        ),
        # Plugins › All4Biodiversity (and any menu of ours left on the menu bar)
        "menus": sorted(
            a.text()
            for a in iface.pluginMenu().actions() + main.menuBar().actions()
            if isinstance(a.menu(), QMenu)
            and (
                a.menu().objectName() == "A4BMenu" or a.menu().title().replace("&", "") == "All4Biodiversity"
            )
        ),
        "menu_entries": sorted(
            entry.text()
            for a in iface.pluginMenu().actions()
            if isinstance(a.menu(), QMenu) and a.menu().title().replace("&", "") == "All4Biodiversity"
            for entry in a.menu().actions()
            if entry.text()
        ),
        "providers": [p.id() for p in QgsApplication.processingRegistry().providers() if p.id() == "a4b"],
        "algorithms": sorted(
            a.id() for a in QgsApplication.processingRegistry().algorithms() if a.provider().id() == "a4b"
        ),
    }


def python_error_tabs():
    """Text of the "Python error" tabs of QGIS's message log, if any."""
    from qgis.PyQt.QtWidgets import QTabWidget

    found = []
    for viewer in iface.mainWindow().findChildren(QgsMessageLogViewer):
        for tabs in viewer.findChildren(QTabWidget):
            for i in range(tabs.count()):
                if "python" in tabs.tabText(i).lower() and "error" in tabs.tabText(i).lower():
                    widget = tabs.widget(i)
                    found.append(widget.toPlainText() if hasattr(widget, "toPlainText") else tabs.tabText(i))
    return found


def finish():
    report["python_errors"] = python_error_tabs()
    report["steps"].append("exit")
    save()
    # A clean project so QGIS does not ask to save it; hard exit if the
    # normal exit stalls (Xvfb sessions have no one to answer a dialog).
    QgsProject.instance().setDirty(False)
    QTimer.singleShot(15000, lambda: os._exit(3))
    iface.actionExit().trigger()


def step_cycle():
    try:
        for round_ in (1, 2):
            report["steps"].append(f"unload {round_}")
            save()
            qgis.utils.unloadPlugin(NAME)
            QgsApplication.processEvents()
            report[f"after_unload_{round_}"] = traces()
            report["steps"].append(f"reload {round_}")
            save()
            qgis.utils.loadPlugin(NAME)
            qgis.utils.startPlugin(NAME)
            QgsApplication.processEvents()
            report[f"after_reload_{round_}"] = traces()
        qgis.utils.unloadPlugin(NAME)
        QgsApplication.processEvents()
        report["after_final_unload"] = traces()
    except Exception:  # the report must record it
        report["errors"].append(traceback.format_exc())
    finish()


def step_shot():
    report["steps"].append("screenshot")
    save()
    try:
        iface.mainWindow().grab().save(SHOT)
        report["screenshot"] = SHOT
    except Exception:
        report["errors"].append(traceback.format_exc())
    QTimer.singleShot(200, step_options)


def step_options():
    """Plugins › All4Biodiversity › Settings… opens QGIS's Options at the plugin's page."""
    report["steps"].append("options")
    save()

    def look_and_close():
        from qgis.PyQt.QtWidgets import QApplication, QDialog, QStackedWidget

        for dialog in QApplication.topLevelWidgets():
            if isinstance(dialog, QDialog) and dialog.isVisible() and dialog.findChildren(QStackedWidget):
                pages = [s.currentWidget() for s in dialog.findChildren(QStackedWidget) if s.currentWidget()]
                report["options_page"] = [
                    p.objectName() for p in pages if p.objectName() == "A4BSettingsPage"
                ]
                dialog.reject()

    try:
        plugin = qgis.utils.plugins.get(NAME)
        QTimer.singleShot(1500, look_and_close)
        plugin.open_settings()  # modal: returns once look_and_close rejected it
    except Exception:
        report["errors"].append(traceback.format_exc())
    QTimer.singleShot(200, step_cycle)


def step_open():
    try:
        report["loaded"] = NAME in qgis.utils.active_plugins
        report["at_start"] = traces()
        plugin = qgis.utils.plugins.get(NAME)
        for dock in plugin.docks.values():
            dock.show()
        # What a user gets from All4Biodiversity > Open the demo pilot; the
        # panel copies the demo data, so point it at this run's copy.
        report["demo_started"] = bool(plugin.open_demo_pilot())
        # "Open the demo pilot" chooses the pilot in both panels
        workspace, measures = plugin.docks["A4BWorkspaceDock"], plugin.docks["A4BMeasuresDock"]
        chosen = workspace.pilot()
        report["demo_pilots"] = [chosen.name if chosen else None, measures.current_pilot()]
    except Exception:
        report["errors"].append(traceback.format_exc())
    QTimer.singleShot(1000, wait_for_tasks)


def wait_for_tasks(tries=[0]):  # noqa: B006 - a counter kept between timer calls
    """Screenshot once the background flagging has finished (or after 60 s)."""
    tries[0] += 1
    if QgsApplication.taskManager().countActiveTasks() and tries[0] < 60:
        QTimer.singleShot(1000, wait_for_tasks)
        return
    report["waited_s"] = tries[0]
    QTimer.singleShot(1500, step_shot)


iface.mainWindow().showMaximized()
QTimer.singleShot(1500, step_open)
