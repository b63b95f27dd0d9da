"""The rest of the Dutch in the panels: demo layer and group names, shipped pilot notes, the terms chosen."""

from __future__ import annotations

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from a4b_qgis_plugin.core.pilots import catalogue as pc
from tests import workspace_helpers
from tests.test_translation import QM

dock = workspace_helpers.dock  # the fixture


@pytest.fixture
def dutch(qgis_app):
    translator = QTranslator()
    assert translator.load(str(QM)), "run `make qm`"
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_every_shipped_pilot_has_dutch_notes(qgis_app):
    for pilot in pc.shipped_pilots():
        assert pilot.notes and pilot.notes_nl, pilot.name
        assert pilot.display_notes("nl_NL") == pilot.notes_nl
        assert pilot.display_notes("en_GB") == pilot.notes
    own = pc.Pilot("Own", "Gelderland", notes="my own words")
    assert own.display_notes("nl") == "my own words"  # a user's notes in whatever language they wrote


def test_demo_layers_and_group_in_dutch(dutch, dock):
    layers = dock.load_demo_data()
    assert sorted(layer.name() for layer in layers) == [
        "BRP-gewaspercelen (demo)",
        "Natura 2000-gebieden (demo)",
        "Pilotgrenzen (demo)",
    ]
    root = QgsProject.instance().layerTreeRoot()
    assert root.findGroup("A4B-demodata (fictief)") is not None
    # the demo group is found by its mark, whatever its name: a second load adds nothing
    root.findGroup("A4B-demodata (fictief)").setName("A4B demo data (fictional)")
    assert dock.load_demo_data() == layers
    assert len(QgsProject.instance().mapLayers()) == 3


@pytest.mark.parametrize(
    "context, source, dutch_text",
    [
        ("MeasuresDock", "Stakeholder", "Contactpersoon"),
        ("MeasuresDock", "Stakeholder and notes (optional)", "Contactpersoon en opmerkingen (optioneel)"),
        ("WorkspaceDock", "Flag parcels", "Afstanden bepalen"),
        ("FlagParcelsAlgorithm", "Flag parcels near Natura 2000", "Afstanden tot Natura 2000 bepalen"),
        ("layer_group", "Flagged parcels", "Percelen met afstandszone"),
    ],
)
def test_the_terms_chosen(dutch, context, source, dutch_text):
    assert QCoreApplication.translate(context, source) == dutch_text
