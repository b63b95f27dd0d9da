"""Both panels fit a laptop screen: their minimum height stays within what QGIS leaves a dock.

The budget, in logical pixels (what Qt lays out; 125 % scaling divides the
screen by 1.25):

* 1366 × 768 at 100 %: 768 minus the desktop's task bar (~40), QGIS's title
  bar (~30), menu bar (~25), two rows of toolbars (~75), status bar (~30),
  the dock's title and the tab bar of the tabified panels (~55) leaves
  about 510 px;
* 1920 × 1080 at 125 % is 1536 × 864 logical pixels: the same chrome leaves
  about 610 px.

So a panel may ask for at most :data:`BUDGET` = 480 px: both screens, with
a margin for a theme with larger fonts. What does not fit scrolls inside
the panel (a scroll area), it never makes QGIS's window taller than the
screen.
"""

from __future__ import annotations

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtWidgets import QScrollArea

from tests.measures_dock_helpers import (
    GRASS_MEASURE,
    PILOT,
    grass_ids,
    parcels,  # noqa: F401 - fixture
)
from tests.measures_dock_helpers import dock as measures_dock  # noqa: F401 - fixture
from tests.waiting import process_pending_events, wait_until
from tests.workspace_helpers import dock as workspace_dock  # noqa: F401 - fixture

BUDGET = 480


def _min_height(panel) -> int:
    panel.resize(380, 700)
    panel.show()
    wait_until(panel.isVisible, message="the panel is shown")
    return panel.minimumSizeHint().height()


def test_workspace_panel_after_flagging_fits(workspace_dock):  # noqa: F811
    dock = workspace_dock
    assert _min_height(dock) <= BUDGET
    assert dock.show_demo()
    wait_until(lambda: not dock.runner.is_running(), 240_000, "the flagging task ends")
    wait_until(dock.bandTable.isVisible, message="the band table is shown")
    assert _min_height(dock) <= BUDGET, dock.minimumSizeHint()
    _scrolls_when_short(dock)


def _scrolls_when_short(dock) -> None:
    """In a short panel nothing is cut off: the content scrolls."""
    area = dock.findChild(QScrollArea, "scrollArea")
    dock.resize(380, 300)
    wait_until(lambda: area.verticalScrollBar().maximum() > 0, message="the panel's content scrolls")
    content = area.widget()
    assert content.height() >= content.minimumSizeHint().height()
    dock.hide()


def test_measures_panel_after_tagging_fits(measures_dock, parcels, qgis_iface):  # noqa: F811
    dock = measures_dock
    assert _min_height(dock) <= BUDGET
    qgis_iface.setActiveLayer(parcels)
    grass_ids(parcels, 4)
    assert dock.picker.current_code() == GRASS_MEASURE
    assert dock.tag_selected(confirm=False)
    assert dock.model.rowCount() == 4 and dock.current_pilot() == PILOT
    dock.optionalGroup.setCollapsed(False)  # the tallest the tagging part gets
    assert _min_height(dock) <= BUDGET, dock.minimumSizeHint()
    _scrolls_when_short(dock)
    QgsProject.instance().removeAllMapLayers()


@pytest.mark.parametrize("name", ["layersGroup", "boundaryGroup", "flagGroup"])
def test_workspace_sections_collapse(workspace_dock, name):  # noqa: F811
    from qgis.gui import QgsCollapsibleGroupBox

    box = getattr(workspace_dock, name)
    assert isinstance(box, QgsCollapsibleGroupBox)


@pytest.fixture(params=["en", "nl"])
def language(request, qgis_app):
    """The interface language the panels are made in (the Dutch translation installed for "nl")."""
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    from tests.test_translation import QM

    if request.param == "en":
        yield "en"
        return
    translator = QTranslator()
    assert translator.load(str(QM)), "run `make qm`"
    QCoreApplication.installTranslator(translator)
    yield "nl"
    QCoreApplication.removeTranslator(translator)


def _cut_off(panel) -> list[str]:
    """Texts of labels, buttons and line edits narrower than their text, at the panel's narrowest."""
    from qgis.gui import QgsFileWidget
    from qgis.PyQt.QtWidgets import QAbstractButton, QLabel, QLineEdit

    panel.resize(panel.minimumSizeHint().width(), 700)
    panel.show()
    wait_until(panel.isVisible, message="the panel is shown")
    process_pending_events()
    cut = []
    for widget in panel.findChildren(QAbstractButton) + panel.findChildren(QLabel):
        if (
            not widget.isVisibleTo(panel)
            or not widget.text()
            or (isinstance(widget, QLabel) and widget.wordWrap())
        ):
            continue
        if widget.width() < widget.minimumSizeHint().width():
            cut.append(f"{widget.objectName()}: {widget.text()!r}")
    # a file path scrolls in its field (QGIS's file widget shows its end): not counted
    for edit in panel.findChildren(QLineEdit):
        text = "" if isinstance(edit.parentWidget(), QgsFileWidget) else edit.text()
        if edit.isVisibleTo(panel) and text and edit.width() < edit.fontMetrics().horizontalAdvance(text) + 8:
            cut.append(f"{edit.objectName()}: {text!r}")
    panel.hide()
    return cut


def test_workspace_texts_not_cut_off(language, workspace_dock):  # noqa: F811
    workspace_dock.load_demo_data()
    assert _cut_off(workspace_dock) == []


def test_measures_texts_not_cut_off(language, measures_dock):  # noqa: F811
    assert _cut_off(measures_dock) == []
