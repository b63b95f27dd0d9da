"""The register in use is named on screen and in the project, and saving never switches it silently."""

from __future__ import annotations

import os
import uuid

import pytest
from qgis.core import QgsExpressionContextUtils, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QEvent

from a4b_qgis_plugin.core.common import settings
from a4b_qgis_plugin.core.register import home
from a4b_qgis_plugin.gui.measures import register_home
from tests import measures_dock_helpers as helpers

parcels = helpers.parcels  # the fixture


def project_variable(name: str):
    return QgsExpressionContextUtils.projectScope(QgsProject.instance()).variable(name)


@pytest.fixture
def profile_dock(qgis_iface, parcels):
    """A panel on an unsaved project, whose register therefore lives in the QGIS profile."""
    from a4b_qgis_plugin.gui.measures.dock import MeasuresDock

    name = f"test_home_{uuid.uuid4().hex}.gpkg"
    previous = settings.WORK_GPKG_NAME.get()
    settings.WORK_GPKG_NAME.set(name)
    qgis_iface.messageBar().clear_messages()
    panel = MeasuresDock(qgis_iface)
    panel.set_pilot(helpers.PILOT)
    assert panel.picker.select_code(helpers.GRASS_MEASURE)
    asked = []
    yield panel, asked
    panel.cleanup()
    panel.deleteLater()
    # Let the panel go and close the project's layers on the register before its file goes.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QgsProject.instance().removeAllMapLayers()
    settings.WORK_GPKG_NAME.set(previous)
    leftover = home.profile_folder() / name
    if leftover.exists():
        os.remove(leftover)


def tag_three(panel, parcels) -> None:
    helpers.grass_ids(parcels, 3)
    assert len(panel.tag_selected(confirm=False)) == 3


def answering(panel, asked, choice):
    def ask(parent, old, new, count):
        asked.append((old, new, count))
        return choice

    panel.home.ask = ask


def test_register_named_on_screen_and_as_project_variable(qgis_iface, parcels, tmp_path):
    from a4b_qgis_plugin.gui.measures.dock import MeasuresDock

    panel = MeasuresDock(qgis_iface)
    try:
        path = str(tmp_path / "team.gpkg")
        panel.set_register_path(path)
        assert "team.gpkg" in panel.registerHomeLabel.text()
        assert str(tmp_path) not in panel.registerHomeLabel.text()
        assert panel.registerHomeLabel.toolTip() == os.path.abspath(path)
        assert project_variable("a4b_register") == path
    finally:
        panel.cleanup()
        panel.deleteLater()


def test_unsaved_project_says_the_register_is_in_the_profile(profile_dock):
    panel, _asked = profile_dock
    assert home.is_profile_register(panel.register_path())
    assert "profile" in panel.registerHomeLabel.text()


@pytest.mark.parametrize("choice", [register_home.COPY, register_home.MOVE])
def test_first_save_copies_or_moves_the_measures_beside_the_project(profile_dock, parcels, tmp_path, choice):
    panel, asked = profile_dock
    tag_three(panel, parcels)
    old = panel.register_path()
    answering(panel, asked, choice)
    project = QgsProject.instance()
    assert project.write(str(tmp_path / "pilot.qgz"))
    new = panel.register_path()
    assert len(asked) == 1 and asked[0][2] == 3
    assert os.path.dirname(new) == str(tmp_path)
    assert home.count_measures(new) == 3
    assert panel.model.rowCount() == 3
    assert project_variable("a4b_register") == new
    assert os.path.exists(old) == (choice == register_home.COPY)


def test_first_save_can_keep_the_profile_register_and_asks_once(profile_dock, parcels, tmp_path):
    panel, asked = profile_dock
    tag_three(panel, parcels)
    old = panel.register_path()
    answering(panel, asked, register_home.KEEP)
    project = QgsProject.instance()
    assert project.write(str(tmp_path / "pilot.qgz"))
    assert project.write(str(tmp_path / "pilot.qgz"))
    assert panel.register_path() == old
    assert len(asked) == 1
    assert not os.path.exists(tmp_path / os.path.basename(old))


def test_first_save_never_overwrites_a_register_beside_the_project(
    profile_dock, parcels, tmp_path, qgis_iface
):
    panel, asked = profile_dock
    tag_three(panel, parcels)
    old = panel.register_path()
    beside = tmp_path / os.path.basename(old)
    beside.write_bytes(b"someone else's file")
    answering(panel, asked, register_home.COPY)
    assert QgsProject.instance().write(str(tmp_path / "pilot.qgz"))
    assert beside.read_bytes() == b"someone else's file"
    assert panel.register_path() == old
    assert home.count_measures(old) == 3


def test_saving_an_empty_profile_register_asks_nothing(profile_dock, tmp_path):
    panel, asked = profile_dock
    answering(panel, asked, register_home.KEEP)
    assert QgsProject.instance().write(str(tmp_path / "pilot.qgz"))
    assert asked == []
    assert os.path.dirname(panel.register_path()) == str(tmp_path)


def test_a_missing_register_is_reported_with_a_way_to_locate_it(qgis_iface, parcels, tmp_path):
    from a4b_qgis_plugin.gui.measures.dock import MeasuresDock

    project = QgsProject.instance()
    project.writeEntry("a4b", "measures/register_path", str(tmp_path / "gone.gpkg"))
    bar = qgis_iface.messageBar()
    bar.clearWidgets()
    panel = MeasuresDock(qgis_iface)
    try:
        item = bar.currentItem()
        assert item is not None and "gone.gpkg" in item.text() and "missing" in item.text()
        found = tmp_path / "found.gpkg"
        panel.home.locate = lambda parent: str(found)
        panel.home._locate(item)
        assert panel.register_path() == str(found)
    finally:
        panel.cleanup()
        panel.deleteLater()


def test_copy_register_is_consistent_and_refuses_to_replace(tmp_path):
    from a4b_qgis_plugin.core.common.errors import RegisterError
    from a4b_qgis_plugin.core.register.store import open_register

    source = str(tmp_path / "a.gpkg")
    open_register(source, create=True)
    assert home.copy_register(source, str(tmp_path / "b.gpkg")) == 0
    with pytest.raises(RegisterError, match="exists already"):
        home.copy_register(source, str(tmp_path / "b.gpkg"))
    assert not list(tmp_path.glob("*.copying"))
