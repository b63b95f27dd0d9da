"""The scoring step's dialog: project layers and sliders in, a styled opportunity map out."""

from __future__ import annotations

import pytest
from qgis.core import QgsGraduatedSymbolRenderer, QgsProject, QgsRasterLayer

from a4b_qgis_plugin.gui.workspace.score_dialog import ScoreDialog
from tests import workspace_helpers
from tests.waiting import wait_for_signal

from .score_helpers import make_deposition, natura_layer, nature_layer, pilots_layer
from .test_score_parcels import _parcels

dock = workspace_helpers.dock  # the fixture


@pytest.fixture
def project_layers(qgis_new_project, provider_registered, tmp_path):
    project = QgsProject.instance()
    layers = {
        "parcels": _parcels(),
        "natura": natura_layer(),
        "nature": nature_layer(),
        "pilots": pilots_layer(),
        "deposition": QgsRasterLayer(make_deposition(tmp_path / "dep.tif"), "deposition"),
    }
    for layer in layers.values():
        project.addMapLayer(layer)
    return project, layers


def test_dialog_scores_and_adds_the_styled_map(project_layers):
    project, layers = project_layers
    dialog = ScoreDialog(project, parcels=layers["parcels"], natura=layers["natura"], pilots=layers["pilots"])
    dialog.natureCombo.setLayer(layers["nature"])
    dialog.depositionCombo.setLayer(layers["deposition"])
    dialog.proximitySlider.setValue(0)
    dialog.nitrogenSlider.setValue(10)
    assert dialog.nitrogenValue.text() == "10"
    assert dialog.weights_text() == "nitrogen=10,drying=5,fragmentation=5,proximity=0"
    params = dialog.parameters()
    assert params["DEPOSITION"] is layers["deposition"] and "GROUNDWATER" not in params
    started = []
    wait_for_signal(
        dialog.scored, trigger=lambda: started.append((dialog.run(), dialog.runButton.isEnabled()))
    )
    assert started == [(True, False)]  # running: no second run
    layer = dialog.result_layer
    assert layer is not None and project.mapLayer(layer.id()) is layer
    assert isinstance(layer.renderer(), QgsGraduatedSymbolRenderer)
    assert layer.labelsEnabled()
    values = {f["code"]: f for f in layer.getFeatures()}
    assert values["aligned"]["a4b_dep_mean"] == pytest.approx(1510.0)
    assert values["bridge"]["a4b_links"] == 2
    assert dialog.runButton.isEnabled()
    dialog.close()


def test_dialog_refuses_without_parcels_or_weights(project_layers):
    project, layers = project_layers
    dialog = ScoreDialog(project)
    dialog.parcelsCombo.setLayer(None)
    if dialog.parcelsCombo.currentLayer() is None:
        assert not dialog.run()
        assert "parcels" in dialog.statusLabel.text()
    dialog.parcelsCombo.setLayer(layers["parcels"])
    for name in ("nitrogen", "drying", "fragmentation", "proximity"):
        getattr(dialog, f"{name}Slider").setValue(0)
    assert not dialog.run()
    assert "weight" in dialog.statusLabel.text()
    assert dialog.task is None


def test_workspace_panel_opens_the_scoring_step_with_its_layers(dock):
    dock.load_demo_data()
    dialog = dock.scoring.open()
    assert dialog.isVisible()
    assert dialog.parcelsCombo.currentLayer() is dock.parcelsCombo.currentLayer() is not None
    assert dialog.n2kCombo.currentLayer() is dock.n2kCombo.currentLayer()
    assert dock.scoring.open() is dialog  # one dialog at a time
    dialog.reject()
