"""Render the Measures panel with demo measures beside a map canvas to a PNG.

Run under Xvfb with QT_QPA_PLATFORM unset, e.g.::

    xvfb-run -a -s "-screen 0 1600x1000x24" /usr/bin/python3 scripts/screenshot_measures_dock.py \
        build/measures_dock.png --qm /tmp/measures_nl.qm

With ``--qm`` the interface is Dutch (numbers too). Works on a copy of the
demo GeoPackage in a temporary folder and a throwaway QGIS profile.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from qgis_env import make_profile_root  # noqa: E402
from window_shot import save_when_rendered  # noqa: E402

PILOT = "Demo-pilot Hoge Veen (fictief)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--qm", help="compiled Dutch translation to install")
    args = parser.parse_args()
    locale = "nl" if args.qm else "en"
    os.environ["QGIS_CUSTOM_CONFIG_PATH"] = str(make_profile_root(locale=locale))

    from qgis.core import QgsApplication, QgsLayerTreeModel, QgsProject, QgsVectorLayer
    from qgis.gui import QgsLayerTreeMapCanvasBridge, QgsLayerTreeView, QgsMapCanvas, QgsMessageBar
    from qgis.PyQt.QtCore import QLocale, QObject, Qt, QTranslator, pyqtSignal
    from qgis.PyQt.QtWidgets import QDockWidget, QMainWindow, QVBoxLayout, QWidget

    app = QgsApplication([], True)
    app.initQgis()
    if args.qm:
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        translator = QTranslator()
        assert translator.load(args.qm), args.qm
        app.installTranslator(translator)
        qt_translator = QTranslator()
        if qt_translator.load("qtbase_nl", "/usr/share/qt5/translations"):
            app.installTranslator(qt_translator)

    class Iface(QObject):
        """The few QgisInterface calls the panel makes, for a standalone window."""

        currentLayerChanged = pyqtSignal(object)

        def __init__(self, canvas, bar):
            super().__init__()
            self._canvas, self._bar, self._layer = canvas, bar, None

        def mapCanvas(self):
            return self._canvas

        def messageBar(self):
            return self._bar

        def activeLayer(self):
            return self._layer

        def setActiveLayer(self, layer):
            self._layer = layer
            self.currentLayerChanged.emit(layer)

    work = Path(tempfile.mkdtemp(prefix="a4b_measures_shot_"))
    gpkg = work / "demo.gpkg"
    shutil.copy(ROOT / "a4b_qgis_plugin" / "resources" / "demo" / "a4b_demo.gpkg", gpkg)
    project = QgsProject.instance()
    project.setFileName(str(work / "demo.qgz"))  # the work GeoPackage goes beside it

    from a4b_qgis_plugin.core.pilots import layer_group, work_gpkg

    n2k = QgsVectorLayer(f"{gpkg}|layername=natura2000", "Natura 2000", "ogr")
    parcels = QgsVectorLayer(f"{gpkg}|layername=brp_gewaspercelen", "BRP gewaspercelen", "ogr")
    pilots = QgsVectorLayer(f"{gpkg}|layername=pilots", "pilots", "ogr")
    register_path = work_gpkg.default_work_gpkg(project)
    for feature in pilots.getFeatures():
        work_gpkg.write_pilot_boundary(register_path, feature["name"], feature.geometry())
    boundary = work_gpkg.boundary_layer(register_path, PILOT, "Pilotgrens" if args.qm else "Pilot boundary")
    layer_group.build_pilot_group(
        project, PILOT, {"pilot_boundary": boundary, "natura2000": n2k, "parcels": parcels}
    )

    window = QMainWindow()
    window.resize(1700, 920)
    central = QWidget()
    layout = QVBoxLayout(central)
    layout.setContentsMargins(0, 0, 0, 0)
    bar = QgsMessageBar()
    canvas = QgsMapCanvas()
    layout.addWidget(bar)
    layout.addWidget(canvas)
    window.setCentralWidget(central)
    tree_model = QgsLayerTreeModel(project.layerTreeRoot())
    tree_view = QgsLayerTreeView()
    tree_view.setModel(tree_model)
    layers_dock = QDockWidget("Lagen" if args.qm else "Layers", window)
    layers_dock.setWidget(tree_view)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, layers_dock)
    # kept referenced: the bridge feeds the canvas the layer tree's layers
    window.bridge = QgsLayerTreeMapCanvasBridge(project.layerTreeRoot(), canvas)
    canvas.setDestinationCrs(parcels.crs())
    iface = Iface(canvas, bar)
    iface.setActiveLayer(parcels)

    from a4b_qgis_plugin.gui.measures.dock import MeasuresDock

    dock = MeasuresDock(iface, window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.resizeDocks([dock, layers_dock], [680, 280], Qt.Orientation.Horizontal)
    dock.set_register_path(register_path)
    dock.set_pilot(PILOT)

    def tag(code: str, expression: str, limit: int, status: str = "proposed", merged: bool = False) -> None:
        from qgis.core import QgsFeatureRequest

        request = QgsFeatureRequest().setFilterExpression(expression).setLimit(limit)
        parcels.selectByIds([f.id() for f in parcels.getFeatures(request)])
        dock.picker.select_code(code)
        dock.statusCombo.setCurrentIndex(dock.statusCombo.findData(status))
        dock.mergedRadio.setChecked(merged)
        dock.perParcelRadio.setChecked(not merged)
        dock.tag_selected(confirm=False)

    area = "x_min($geometry) > 198500 AND x_max($geometry) < 200500 AND y_min($geometry) > 449000"
    area += " AND y_max($geometry) < 451000"
    tag("ECO-KRUIDENGRAS", f"\"category\" = 'Grasland' AND {area}", 5)
    tag("ANLB-UITGESTELD-MAAIEN-2W", f"\"category\" = 'Grasland' AND {area} AND $id % 3 = 0", 3, "agreed")
    tag("SNL-N12.02", f"\"category\" = 'Grasland' AND {area} AND $id % 5 = 1", 2, "idea", merged=True)
    tag("ECO-GROENBEDEKKING", f"\"category\" = 'Bouwland' AND {area}", 2, "agreed")
    # Leave a fresh selection and a chosen measure, as a user about to tag.
    from qgis.core import QgsFeatureRequest

    request = QgsFeatureRequest().setFilterExpression(f"\"category\" = 'Grasland' AND {area} AND $id % 7 = 2")
    parcels.selectByIds([f.id() for f in parcels.getFeatures(request.setLimit(2))])
    dock.picker.filterEdit.setText("kruiden" if args.qm else "herb")
    dock.picker.select_code("ECO-KRUIDENGRAS")
    dock.statusCombo.setCurrentIndex(dock.statusCombo.findData("proposed"))
    dock.perParcelRadio.setChecked(True)

    window.show()
    tree_view.expandAll()
    layer = [lyr for lyr in project.mapLayers().values() if "layername=measures" in lyr.source()][0]
    extent = layer.extent()
    extent.scale(1.6)
    canvas.setExtent(extent)
    canvas.refresh()
    save_when_rendered(app, canvas, window, args.out)


if __name__ == "__main__":
    main()
