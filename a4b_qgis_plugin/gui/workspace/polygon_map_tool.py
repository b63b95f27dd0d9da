"""A map tool to draw one polygon: click corners, right-click (or Enter) to finish, Esc to cancel."""

from __future__ import annotations

from qgis.core import QgsGeometry, QgsPointXY
from qgis.gui import QgsMapTool, QgsRubberBand
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor

from ...core.common.qt_compat import GEOMETRY_POLYGON


class PolygonMapTool(QgsMapTool):
    """Collects the corners of a polygon; emits it in the canvas CRS when finished."""

    polygonFinished = pyqtSignal(QgsGeometry)
    drawingCanceled = pyqtSignal()

    def __init__(self, canvas):
        super().__init__(canvas)
        self.points: list[QgsPointXY] = []
        self.band = QgsRubberBand(canvas, GEOMETRY_POLYGON)
        self.band.setColor(QColor(94, 42, 132, 200))
        self.band.setFillColor(QColor(94, 42, 132, 40))
        self.band.setWidth(2)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def canvasReleaseEvent(self, event):
        if event.button() == Qt.MouseButton.RightButton:
            self.finish()
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self.add_point(self.toMapCoordinates(event.pos()))

    def canvasMoveEvent(self, event):
        if self.points:
            self._redraw(self.toMapCoordinates(event.pos()))

    def keyPressEvent(self, event):
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
        elif event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete) and self.points:
            self.points.pop()
            self._redraw()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish()

    def add_point(self, point: QgsPointXY) -> None:
        """Add a corner (map coordinates of the canvas)."""
        self.points.append(QgsPointXY(point))
        self._redraw()

    def finish(self) -> None:
        """Emit the polygon when it has at least three corners, then reset."""
        if len(self.points) < 3:
            return
        geometry = QgsGeometry.fromPolygonXY([[*self.points, self.points[0]]])
        self.reset()
        self.polygonFinished.emit(geometry)

    def cancel(self) -> None:
        """Forget the corners drawn so far."""
        self.reset()
        self.drawingCanceled.emit()

    def reset(self) -> None:
        """Clear the corners and the rubber band."""
        self.points = []
        self.band.reset(GEOMETRY_POLYGON)

    def _redraw(self, moving: QgsPointXY | None = None) -> None:
        self.band.reset(GEOMETRY_POLYGON)
        for point in [*self.points, *([moving] if moving else [])]:
            self.band.addPoint(point, False)
        self.band.show()
        self.band.updatePosition()
        self.band.update()

    def deactivate(self):
        self.reset()
        super().deactivate()

    def remove(self) -> None:
        """Take the rubber band off the canvas (before the tool is deleted)."""
        self.reset()
        scene = self.band.scene()
        if scene is not None:
            scene.removeItem(self.band)
