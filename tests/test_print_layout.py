"""'Print layout' from the Measures panel: the measures map as a QGIS print layout in the project.

The layout is the one a4b:exportmeasures writes (same template), lands in
the project's Layout Manager with an atlas over the pilots, and survives
saving and reopening the project.
"""

from __future__ import annotations

from qgis.core import Qgis, QgsCoordinateTransformContext, QgsLayoutExporter, QgsProject, QgsVectorLayer

from tests import measures_dock_helpers as helpers
from tests.export_helpers import EAST, WEST, build_register
from tests.measures_dock_helpers import grass_ids

dock = helpers.dock  # the fixture
parcels = helpers.parcels  # the fixture


def test_layout_in_the_project_survives_save_and_reopen(qgis_app, tmp_path):
    from a4b_qgis_plugin.core.export.layout_project import GPKG_NAME, layout_folder, open_in_project
    from a4b_qgis_plugin.core.export.pdf import MapInputs, MapOptions
    from a4b_qgis_plugin.core.export.run import ExportRequest

    register = build_register(tmp_path / "register.gpkg")
    layer = QgsVectorLayer(f"{register}|layername=measures", "measures", "ogr")
    boundaries = QgsVectorLayer(f"{register}|layername=pilot_boundaries", "pilots", "ogr")
    project = QgsProject()
    project.setFileName(str(tmp_path / "work.qgz"))
    inputs = MapInputs(layer, ExportRequest(register=layer, targets={}), ([], [], []), 7, boundaries)
    options = MapOptions(page_size="A3", orientation="portrait", background="none")
    layout = open_in_project(project, inputs, options, "register.gpkg", QgsCoordinateTransformContext())
    # twice: the second replaces the first, layout and helper layers alike
    layout = open_in_project(project, inputs, options, "register.gpkg", QgsCoordinateTransformContext())
    assert [lay.name() for lay in project.layoutManager().printLayouts()] == ["A4B measures – register.gpkg"]
    page = layout.pageCollection().page(0).pageSize()
    assert (round(page.width()), round(page.height())) == (297, 420)  # A3 portrait
    atlas = layout.atlas()
    assert atlas.enabled() and atlas.coverageLayer().featureCount() == 3  # overview + two pilots
    assert (layout_folder(project) / GPKG_NAME).exists()
    assert all(lay.providerType() == "ogr" for lay in project.mapLayers().values() if lay.type() == 0)
    groups = [g for g in project.layerTreeRoot().findGroups() if "helper layers" in g.name()]
    assert len(groups) == 1 and not groups[0].itemVisibilityChecked()
    assert project.write()

    reopened = QgsProject()
    assert reopened.read(str(tmp_path / "work.qgz"))
    again = reopened.layoutManager().layoutByName("A4B measures – register.gpkg")
    assert again is not None and again.atlas().enabled()
    coverage = again.atlas().coverageLayer()
    assert coverage is not None and coverage.isValid() and coverage.featureCount() == 3
    names = sorted(f["name"] for f in coverage.getFeatures())
    assert names == sorted(["Overview", EAST, WEST])
    # QGIS's own exporter writes it: one page per atlas feature
    target = tmp_path / "from_project.pdf"
    settings = QgsLayoutExporter.PdfExportSettings()
    # text as text, to read the legend back: QGIS's default (paths) reaches the legend from 3.3x on
    settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
    result, _error = QgsLayoutExporter.exportToPdf(again.atlas(), str(target), settings)
    assert result == QgsLayoutExporter.ExportResult.Success and target.stat().st_size > 10000
    # helper layers carry "(A4B)" in the project (the atlas picks layers by name); the legend does not
    from tests.test_export_pdf import pdf_flat

    assert all(lay.name().endswith("(A4B)") for lay in reopened.mapLayers().values() if "Pilot" in lay.name())
    legend = pdf_flat(target, 2)
    assert "Pilot boundary" in legend and "(A4B)" not in legend


def test_panel_button_opens_the_layout(dock, parcels, qgis_iface, monkeypatch):
    opened = []
    monkeypatch.setattr(qgis_iface, "openLayoutDesigner", opened.append, raising=False)
    grass_ids(parcels, 2)
    assert dock.tag_selected(confirm=False)
    button = dock.printLayoutButton
    actions = {action.objectName(): action for action in button.menu().actions()}
    assert set(actions) == {f"printLayout_{s}_{o}" for s in ("A4", "A3") for o in ("landscape", "portrait")}
    actions["printLayout_A4_landscape"].trigger()
    layouts = QgsProject.instance().layoutManager().printLayouts()
    assert len(layouts) == 1 and opened == [layouts[0]]
    assert layouts[0].atlas().coverageLayer().featureCount() == 1  # one pilot tagged: no overview


def test_panel_says_so_when_the_register_does_not_exist(dock, qgis_iface, tmp_path):
    dock.set_register_path(str(tmp_path / "nowhere" / "register.gpkg"))
    qgis_iface.messageBar().clear_messages()
    from a4b_qgis_plugin.gui.measures.print_layout import open_print_layout

    assert open_print_layout(dock) is None
    assert QgsProject.instance().layoutManager().printLayouts() == []
    messages = qgis_iface.messageBar().get_messages(2)  # Critical
    assert any("cannot be opened" in message for message in messages), messages
