"""The panels' "Export…": the algorithm dialog opens pre-filled with pilot and register."""

from __future__ import annotations

from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QDialog

from a4b_qgis_plugin.core.common.paths import DEMO_GPKG
from a4b_qgis_plugin.gui.measures.export_dialog import export_parameters, open_export_dialog
from tests.export_helpers import WEST, build_register


def test_parameters_name_the_register_and_pilot(qgis_app, tmp_path):
    register = build_register(tmp_path / "a4b_work.gpkg", boundaries=False)
    params = export_parameters(WEST, str(register), QgsProject())
    assert params == {"REGISTER": f"{register}|layername=measures", "PILOTS": WEST}
    assert export_parameters(None, None, None) == {}

    project = QgsProject()
    layer = QgsVectorLayer(f"{register}|layername=measures", "Measures", "ogr")
    project.addMapLayer(layer)
    assert export_parameters(WEST, str(register), project)["REGISTER"] == layer.id()

    natura = QgsVectorLayer(f"{DEMO_GPKG}|layername=natura2000", "Natura 2000 (PDOK)", "ogr")
    boundaries = QgsVectorLayer(f"{DEMO_GPKG}|layername=pilots", "pilots", "ogr")
    project.addMapLayers([natura, boundaries])
    params = export_parameters(WEST, str(register), project)
    assert params["NATURA2000"] == natura.id() and "PILOT_BOUNDARIES" not in params


def test_dialog_opens_prefilled(qgis_iface, provider_registered, tmp_path, monkeypatch):
    from qgis.gui import QgsBrowserGuiModel

    browser = QgsBrowserGuiModel()  # pytest-qgis's iface has none; the dialog asks for it
    monkeypatch.setattr(qgis_iface, "browserModel", lambda: browser, raising=False)
    register = build_register(tmp_path / "a4b_work.gpkg", boundaries=False)
    seen = {}

    tries = []

    def inspect_and_close():
        dialogs = [w for w in QApplication.topLevelWidgets() if hasattr(w, "mainWidget") and w.isVisible()]
        if not dialogs:
            tries.append(1)
            if len(tries) < 1200:
                QTimer.singleShot(50, inspect_and_close)
            else:  # a guard, not a speed limit: give up after a minute rather than hang in exec()
                for widget in QApplication.topLevelWidgets():
                    if isinstance(widget, QDialog):
                        widget.reject()
            return
        seen.update(dialogs[0].mainWidget().createProcessingParameters())
        dialogs[0].resize(900, 1000)
        seen["shot"] = dialogs[0].grab().save(str(tmp_path / "export_dialog.png"))  # to look at
        dialogs[0].reject()

    QTimer.singleShot(50, inspect_and_close)
    results = open_export_dialog(WEST, str(register))
    assert not results  # cancelled: nothing ran
    assert seen["PILOTS"] == WEST
    assert "a4b_work.gpkg" in str(seen["REGISTER"])
    assert seen["INCLUDE_PERSONAL"] is False
    assert seen["shot"]


def test_dialog_exports_an_empty_register_with_a_message(
    qgis_iface, provider_registered, tmp_path, monkeypatch
):
    """The panel's Export… on an empty register: empty files and the message in the dialog's log."""
    import csv

    from qgis.gui import QgsBrowserGuiModel
    from qgis.PyQt.QtWidgets import QTextEdit

    browser = QgsBrowserGuiModel()
    monkeypatch.setattr(qgis_iface, "browserModel", lambda: browser, raising=False)
    register = build_register(tmp_path / "a4b_work.gpkg", rows=[], boundaries=False)
    out = tmp_path / "out"
    out.mkdir()
    logs, tries = [], []

    def run_and_close():
        dialogs = [w for w in QApplication.topLevelWidgets() if hasattr(w, "mainWidget") and w.isVisible()]
        if not dialogs:
            tries.append(1)
            if len(tries) < 200:
                QTimer.singleShot(50, run_and_close)
            else:  # give up rather than hang in exec()
                for widget in QApplication.topLevelWidgets():
                    if isinstance(widget, QDialog):
                        widget.reject()
            return
        dialog = dialogs[0]
        dialog.setParameters({"OUTPUT_CSV": str(out / "m.csv"), "OUTPUT_XLSX": str(out / "m.xlsx")})
        dialog.runAlgorithm()  # the export runs in the main thread (no threading): done on return
        logs.extend(edit.toPlainText() for edit in dialog.findChildren(QTextEdit))
        dialog.close()

    QTimer.singleShot(50, run_and_close)
    results = open_export_dialog(None, str(register))
    assert results["COUNT"] == 0
    with open(out / "m.csv", newline="", encoding="utf-8") as handle:
        assert list(csv.DictReader(handle)) == []
    assert (out / "m.xlsx").exists() and [p for p in out.iterdir() if ".part" in p.name] == []
    assert any("holds no measures" in text for text in logs), logs
