"""Workspace panel, boundary part: a selected feature, a drawn polygon, or Natura 2000 plus a margin."""

from __future__ import annotations

from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QObject

from ...core.common.errors import InputError
from ...core.pilots import work_gpkg
from ...core.pilots.boundary import boundary_from_features, boundary_from_natura2000, to_work_crs
from . import state


class BoundaryActions(QObject):
    """Sets the chosen pilot's boundary in the work GeoPackage; reports through the panel."""

    def __init__(self, dock):
        super().__init__(dock)
        self.dock = dock
        self.map_tool = None

    def update_info(self) -> None:
        """Say where the chosen pilot's boundary comes from."""
        pilot = self.dock.pilot()
        layer = self.dock.boundary_layer_for(pilot) if pilot else None
        if layer is None:
            self.dock.boundaryInfoLabel.setText(self.tr("No boundary yet: set one below."))
        elif layer.source().startswith(self.dock.work_gpkg()):
            self.dock.boundaryInfoLabel.setText(self.tr("Boundary stored in the work GeoPackage."))
        else:
            self.dock.boundaryInfoLabel.setText(
                self.tr("Boundary from the layer '{0}'.").format(
                    self.dock.boundaryCombo.currentLayer().name()
                )
            )
        self.dock.boundaryInfoLabel.setToolTip(layer.source() if layer is not None else "")

    def store(self, geometry, method: str, buffer_m=None, detail: str = "") -> bool:
        """Write *geometry* (EPSG:28992) as the chosen pilot's boundary; False after a warning."""
        pilot = self.dock.pilot()
        try:
            work_gpkg.write_pilot_boundary(
                self.dock.work_gpkg(), pilot.name, geometry, pilot.province, method, buffer_m, detail
            )
        except work_gpkg.OutputError as err:
            self.dock._warn(str(err))
            return False
        where = self.dock.work_gpkg()
        if work_gpkg.is_unsaved_fallback(self.dock.project):
            self.dock._warn(
                self.tr("The project is not saved yet, so the boundary went to {0}.").format(where)
            )
        else:
            self.dock._message(self.tr("Boundary of {0} stored in {1}.").format(pilot.name, where))
        self.update_info()
        return True

    def from_selection(self) -> bool:
        """Use the selected features of the active layer as the pilot's boundary."""
        layer = self.dock.iface.activeLayer()
        if self.dock.pilot() is None:
            return False
        if not isinstance(layer, QgsVectorLayer):
            self.dock._warn(
                self.tr("Make the polygon layer with the boundary feature(s) active and select them.")
            )
            return False
        try:
            ids = list(layer.selectedFeatureIds()) if isinstance(layer, QgsVectorLayer) else []
            geometry = boundary_from_features(layer, ids, self.dock.project.transformContext())
        except InputError as err:
            self.dock._warn(str(err))
            return False
        return self.store(geometry, work_gpkg.METHOD_FEATURE, detail=layer.name())

    def start_drawing(self) -> None:
        """Let the user draw the boundary on the map."""
        from .polygon_map_tool import PolygonMapTool

        canvas = self.dock.iface.mapCanvas()
        if self.map_tool is None:
            self.map_tool = PolygonMapTool(canvas)
            self.map_tool.polygonFinished.connect(self.drawn)
        canvas.setMapTool(self.map_tool)
        self.dock._message(
            self.tr("Click the corners of the boundary; right-click to finish, Esc to cancel.")
        )

    def drawn(self, geometry) -> bool:
        """Store a polygon drawn on the map (canvas CRS) as the pilot's boundary."""
        canvas = self.dock.iface.mapCanvas()
        canvas.unsetMapTool(self.map_tool)
        crs = canvas.mapSettings().destinationCrs()
        try:
            geometry = to_work_crs(
                geometry,
                crs if crs.isValid() else self.dock.project.crs(),
                self.dock.project.transformContext(),
            )
        except InputError as err:
            self.dock._warn(str(err))
            return False
        return self.store(geometry, work_gpkg.METHOD_DRAWN)

    def derive(self) -> bool:
        """The pilot's Natura 2000 areas plus the margin, as its boundary."""
        pilot, layer = self.dock.pilot(), self.dock.n2kCombo.currentLayer()
        margin = float(self.dock.marginSpin.value())
        state.write_entry(self.dock.project, state.KEY_MARGIN, str(int(margin)))
        if layer is None:
            self.dock._warn(self.tr("Choose a Natura 2000 layer first (or load the demo data)."))
            return False
        try:
            geometry, used = boundary_from_natura2000(
                layer, pilot, margin, self.dock.project.transformContext()
            )
        except InputError as err:
            self.dock._warn(str(err))
            return False
        return self.store(geometry, work_gpkg.METHOD_BUFFER, margin, ", ".join(used))

    def remove_tool(self) -> None:
        """Take the drawing tool off the map canvas (before the panel goes)."""
        if self.map_tool is None:
            return
        canvas = self.dock.iface.mapCanvas()
        if canvas.mapTool() is self.map_tool:
            canvas.unsetMapTool(self.map_tool)
        self.map_tool.remove()
        self.map_tool.deleteLater()
        self.map_tool = None
