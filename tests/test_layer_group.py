"""The pilot layer group: shipped styles, band categories, order, refresh in place."""

from __future__ import annotations

from qgis.core import QgsCategorizedSymbolRenderer, QgsFillSymbol, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QEvent, Qt
from qgis.PyQt.QtGui import QKeyEvent

from a4b_qgis_plugin.core.pilots import layer_group


def polygons(name, fields="category:string&field=n2k_band:integer&field=name:string"):
    return QgsVectorLayer(f"MultiPolygon?crs=EPSG:28992&field={fields}", name, "memory")


def test_every_shipped_style_loads(qgis_app):
    for kind in ("pilot_boundary", "natura2000", "parcels", "flagged_parcels"):
        layer = polygons(kind)
        assert layer_group.apply_style(layer, kind), kind


def test_band_categories_follow_the_chosen_bands(qgis_app):
    layer = polygons("flagged")
    assert layer_group.apply_style(layer, "flagged_parcels", [50, 200])
    renderer = layer.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer) and renderer.classAttribute() == "n2k_band"
    categories = renderer.categories()
    assert [c.value() for c in categories] == [0, 50, 200, None]
    assert [c.label() for c in categories] == [
        "Inside or touching Natura 2000",
        "Within 50 m",
        "Within 200 m",
        "Farther than 200 m",
    ]
    # nearest darkest: the ramp gets lighter outward
    lightness = [c.symbol().color().lightness() for c in categories[:-1]]
    assert lightness == sorted(lightness)
    assert len({c.symbol().color().name() for c in categories}) == 4
    template = layer_group.band_categories([100], QgsFillSymbol())
    assert [c.value() for c in template] == [0, 100, None]


def test_group_order_and_refresh_in_place(qgis_new_project):
    project = QgsProject.instance()
    first = {kind: polygons(kind) for kind in ("parcels", "pilot_boundary", "natura2000")}
    group = layer_group.build_pilot_group(project, "P", first)
    assert group.name() == "A4B – P"
    kinds = [n.layer().customProperty(layer_group.KIND_PROPERTY) for n in group.findLayers()]
    assert kinds == ["pilot_boundary", "natura2000", "parcels"]
    old_parcels_id = first["parcels"].id()
    flagged = polygons("flagged")
    layer_group.build_pilot_group(project, "P", {"flagged_parcels": flagged, "parcels": polygons("again")})
    kinds = [n.layer().customProperty(layer_group.KIND_PROPERTY) for n in group.findLayers()]
    assert kinds == ["pilot_boundary", "natura2000", "flagged_parcels", "parcels"]
    assert old_parcels_id not in project.mapLayers()  # replaced, not duplicated
    assert not group.findLayer(layer_group.group_layer(project, "P", "parcels").id()).itemVisibilityChecked()
    assert layer_group.group_layer(project, "P", "flagged_parcels") is flagged
    layer_group.remove_group_layer(project, "P", "flagged_parcels")
    assert layer_group.group_layer(project, "P", "flagged_parcels") is None


def test_polygon_tool_keys(qgis_canvas):
    from qgis.core import QgsPointXY

    from a4b_qgis_plugin.gui.workspace.polygon_map_tool import PolygonMapTool

    tool = PolygonMapTool(qgis_canvas)
    got, canceled = [], []
    tool.polygonFinished.connect(got.append)
    tool.drawingCanceled.connect(lambda: canceled.append(True))
    for x, y in ((0, 0), (10, 0), (10, 10), (99, 99)):
        tool.add_point(QgsPointXY(x, y))
    tool.keyPressEvent(QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Backspace, Qt.KeyboardModifier.NoModifier))
    tool.finish()
    assert len(got) == 1 and got[0].area() == 50
    tool.add_point(QgsPointXY(0, 0))
    tool.finish()  # fewer than three corners: nothing
    assert len(got) == 1
    tool.keyPressEvent(QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier))
    assert canceled and tool.points == []
    tool.remove()
