"""Render the Pilot workspace panel beside a map canvas to a PNG, after a real flagging run.

Run under Xvfb with QT_QPA_PLATFORM unset, e.g.::

    xvfb-run -a -s "-screen 0 1600x1000x24" /usr/bin/python3 scripts/screenshot_workspace_dock.py \
        build/workspace_dock.png [--qm /tmp/nl.qm]

Loads the demo data with the panel's own button, shows the demo pilot and
flags its parcels in the background exactly as a user would; works in a
temporary project folder and a throwaway QGIS profile.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, "/usr/share/qgis/python/plugins")
from qgis_env import make_profile_root  # noqa: E402
from window_shot import save_when_rendered  # noqa: E402

PILOT = "Demo-pilot Hoge Veen (fictief)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--qm", help="compiled Dutch translation to install")
    parser.add_argument("--bands", default="100,250,500,1000")
    args = parser.parse_args()
    os.environ["QGIS_CUSTOM_CONFIG_PATH"] = str(make_profile_root(locale="nl" if args.qm else "en"))

    from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsProject
    from qgis.gui import QgsMapCanvas, QgsMessageBar
    from qgis.PyQt.QtCore import QLocale, QObject, Qt, QTranslator
    from qgis.PyQt.QtWidgets import QMainWindow, QVBoxLayout, QWidget

    app = QgsApplication([], True)
    app.initQgis()
    if args.qm:
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        translator = QTranslator()
        assert translator.load(args.qm), args.qm
        app.installTranslator(translator)
    from processing.core.Processing import Processing

    from a4b_qgis_plugin.processing_provider.provider import A4BProvider

    Processing.initialize()
    provider = A4BProvider()  # keep a reference: the Python algorithms live with it
    QgsApplication.processingRegistry().addProvider(provider)

    class Iface(QObject):
        """The few QgisInterface calls the panel makes, for a standalone window."""

        def __init__(self, canvas, bar):
            super().__init__()
            self._canvas, self._bar = canvas, bar

        def mapCanvas(self):
            return self._canvas

        def messageBar(self):
            return self._bar

        def activeLayer(self):
            return None

    work = Path(tempfile.mkdtemp(prefix="a4b_workspace_shot_"))
    project = QgsProject.instance()
    project.setFileName(str(work / "demo.qgz"))
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:28992"))

    window = QMainWindow()
    window.resize(1500, 920)
    central = QWidget()
    layout = QVBoxLayout(central)
    layout.setContentsMargins(0, 0, 0, 0)
    bar = QgsMessageBar()
    canvas = QgsMapCanvas()
    canvas.setCanvasColor(Qt.GlobalColor.white)
    layout.addWidget(bar)
    layout.addWidget(canvas)
    window.setCentralWidget(central)
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    # the canvas shows the layer tree's layers, as in the desktop
    from qgis.gui import QgsLayerTreeMapCanvasBridge

    bridge = QgsLayerTreeMapCanvasBridge(project.layerTreeRoot(), canvas)  # noqa: F841

    from a4b_qgis_plugin.gui.workspace.dock import WorkspaceDock

    dock = WorkspaceDock(Iface(canvas, bar), window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.resizeDocks([dock], [430], Qt.Orientation.Horizontal)
    window.show()
    dock.load_demo_data()
    dock.pilotCombo.setCurrentIndex(dock.pilotCombo.findText(PILOT))
    dock.bandsEdit.setText(args.bands)
    if not dock.flag_parcels():
        texts = [item.text() for item in bar.items()]
        raise SystemExit(f"flagging did not start: {texts}")
    end = time.monotonic() + 300
    while dock.runner.is_running() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
    save_when_rendered(app, canvas, window, args.out, before_exit=dock.cleanup)


if __name__ == "__main__":
    main()
