"""A dock's content in a scroll area that scrolls up and down only, never sideways."""

from __future__ import annotations

from qgis.PyQt.QtCore import QEvent, QObject
from qgis.PyQt.QtWidgets import QScrollArea


class _WidthKeeper(QObject):
    """Keeps the scroll area as wide as its content's minimum whenever the content's layout changes."""

    def __init__(self, area: QScrollArea):
        super().__init__(area)
        self.area = area
        self.update()

    def update(self) -> None:
        content = self.area.widget()
        if content is None:
            return
        scrollbar = self.area.verticalScrollBar().sizeHint().width()
        frame = 2 * self.area.frameWidth()
        self.area.setMinimumWidth(content.minimumSizeHint().width() + scrollbar + frame)

    def eventFilter(self, watched, event) -> bool:  # Qt's name
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show):
            self.update()
        return False


def scroll_vertically_only(area: QScrollArea) -> None:
    """Let *area* scroll its content up and down; its width follows the content's minimum width.

    A dock panel then never needs more height than the screen offers (the
    content scrolls), and never cuts its content off at the right: the dock
    is as wide as the widest row of the content needs.
    """
    from qgis.PyQt.QtCore import Qt

    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    keeper = _WidthKeeper(area)
    area.installEventFilter(keeper)
    if area.widget() is not None:
        area.widget().installEventFilter(keeper)
