"""The layer group "A4B – <pilot>": boundary, Natura 2000, parcels, flagged parcels, measures.

Each layer gets a shipped QML style. The group is rebuilt in place: a layer of
the same kind replaces the old one, other kinds stay, so refreshing the
parcels does not drop the flagging result.
"""

from __future__ import annotations

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLayerTreeGroup,
    QgsLayerTreeLayer,
    QgsMapLayer,
    QgsProject,
    QgsRectangle,
    QgsRendererCategory,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QColor

from ..common.paths import STYLES_DIR

GROUP_PREFIX = "A4B – "
KIND_PROPERTY = "a4b/kind"
PILOT_PROPERTY = "a4b/pilot"
# Top to bottom in the layer tree: outline over everything, fills below.
KINDS = ("pilot_boundary", "measures", "natura2000", "flagged_parcels", "parcels", "background")
STYLE_FILES = {kind: f"{kind}.qml" for kind in KINDS if kind not in ("measures", "background")}
# Colours of the band ramp, nearest (0 = touching) first; interpolated for other band counts.
BAND_RAMP = ("#7f0000", "#d7301f", "#fc8d59", "#fdcc8a", "#fef0d9")
BEYOND_COLOUR = "#d9d9d9"


def group_name(pilot_name: str) -> str:
    """Name of the layer group of a pilot."""
    return f"{GROUP_PREFIX}{pilot_name}"


def kind_title(kind: str) -> str:
    """Layer name shown in the layer tree for *kind*."""
    return {
        "pilot_boundary": QCoreApplication.translate("layer_group", "Pilot boundary"),
        "measures": QCoreApplication.translate("layer_group", "Measures"),
        "natura2000": QCoreApplication.translate("layer_group", "Natura 2000 areas"),
        "flagged_parcels": QCoreApplication.translate("layer_group", "Flagged parcels"),
        "parcels": QCoreApplication.translate("layer_group", "Parcels"),
        "background": QCoreApplication.translate("layer_group", "Background map"),
    }[kind]


def style_path(kind: str) -> str:
    """Path of the shipped QML style of *kind*."""
    return str(STYLES_DIR / STYLE_FILES[kind])


def _ramp_colour(index: int, count: int) -> QColor:
    if count <= 1:
        return QColor(BAND_RAMP[0])
    position = index / (count - 1) * (len(BAND_RAMP) - 1)
    low = int(position)
    high = min(low + 1, len(BAND_RAMP) - 1)
    t = position - low
    a, b = QColor(BAND_RAMP[low]), QColor(BAND_RAMP[high])
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


def band_categories(bands: list[int], template) -> list[QgsRendererCategory]:
    """One category per band (0 = touching or inside, each limit, beyond) coloured along the ramp."""
    values = [0, *bands]
    categories = []
    for index, value in enumerate(values):
        symbol = template.clone()
        symbol.setColor(_ramp_colour(index, len(values) + 1))
        if value == 0:
            label = QCoreApplication.translate("layer_group", "Inside or touching Natura 2000")
        else:
            label = QCoreApplication.translate("layer_group", "Within {0} m").format(value)
        categories.append(QgsRendererCategory(value, symbol, label))
    beyond = template.clone()
    beyond.setColor(QColor(BEYOND_COLOUR))
    last = bands[-1] if bands else 0
    categories.append(
        QgsRendererCategory(
            None, beyond, QCoreApplication.translate("layer_group", "Farther than {0} m").format(last)
        )
    )
    return categories


def apply_style(layer: QgsMapLayer, kind: str, bands: list[int] | None = None) -> bool:
    """Style *layer* with the shipped QML of *kind*; flagged parcels get one category per band."""
    if kind == "measures":
        from ..measures.style import apply_measures_style

        return apply_measures_style(layer)
    if kind == "background":
        return True  # the service's own rendering
    _message, ok = layer.loadNamedStyle(style_path(kind))
    if not ok:
        return False
    renderer = layer.renderer() if isinstance(layer, QgsVectorLayer) else None
    if kind == "flagged_parcels" and isinstance(renderer, QgsCategorizedSymbolRenderer):
        categories = renderer.categories()  # a copy: keep it alive while its symbol is cloned
        source = categories[0].symbol() if categories else renderer.sourceSymbol()
        template = source.clone() if source is not None else QgsFillSymbol()
        new = QgsCategorizedSymbolRenderer(
            "n2k_band", band_categories(bands or [100, 250, 500, 1000], template)
        )
        layer.setRenderer(new)
    elif kind == "parcels" and isinstance(renderer, QgsCategorizedSymbolRenderer):
        labels = {
            "Grasland": QCoreApplication.translate("layer_group", "Grassland"),
            "Bouwland": QCoreApplication.translate("layer_group", "Arable land"),
            "": QCoreApplication.translate("layer_group", "Other"),
        }
        for index, category in enumerate(renderer.categories()):
            value = category.value()
            key = "" if value in (None, "") else str(value)
            if key in labels:
                renderer.updateCategoryLabel(index, labels[key])
    layer.triggerRepaint()
    return True


def find_group(project: QgsProject, pilot_name: str) -> QgsLayerTreeGroup | None:
    """The pilot's group in the layer tree, if there is one."""
    return project.layerTreeRoot().findGroup(group_name(pilot_name))


def group_layer(project: QgsProject, pilot_name: str, kind: str) -> QgsMapLayer | None:
    """The layer of *kind* in the pilot's group, if there is one."""
    group = find_group(project, pilot_name)
    if group is None:
        return None
    for node in group.findLayers():
        layer = node.layer()
        if layer is not None and layer.customProperty(KIND_PROPERTY) == kind:
            return layer
    return None


def remove_group_layer(project: QgsProject, pilot_name: str, kind: str) -> None:
    """Take the layer of *kind* out of the pilot's group (and the project)."""
    layer = group_layer(project, pilot_name, kind)
    if layer is not None:
        project.removeMapLayer(layer.id())


def build_pilot_group(
    project: QgsProject, pilot_name: str, layers: dict, bands: list[int] | None = None
) -> QgsLayerTreeGroup | None:
    """Create or refresh the pilot's group with *layers* (``{kind: layer}``), each styled.

    The layers are added to *project* (not to the legend root) and replace any
    earlier layer of the same kind in the group. When flagged parcels are in
    the group the plain parcels are switched off, as they would hide each other.
    The group becomes the one shown (:func:`focus_pilot_group`). None, and no
    group made, when the pilot has no group yet and *layers* holds nothing.
    """
    root = project.layerTreeRoot()
    group = find_group(project, pilot_name)
    layers = {kind: layer for kind, layer in layers.items() if kind in KINDS and layer is not None}
    if group is None:
        if not layers:
            return None  # nothing to show: no empty group in the layer tree
        group = root.insertGroup(0, group_name(pilot_name))
    for kind, layer in layers.items():
        old = group_layer(project, pilot_name, kind)
        if old is not None and old.id() != layer.id():
            project.removeMapLayer(old.id())
        layer.setCustomProperty(KIND_PROPERTY, kind)
        layer.setCustomProperty(PILOT_PROPERTY, pilot_name)
        if not layer.name():
            layer.setName(kind_title(kind))
        apply_style(layer, kind, bands)
        if project.mapLayer(layer.id()) is None:
            project.addMapLayer(layer, False)
        if group.findLayer(layer.id()) is None:
            group.insertChildNode(_position(group, kind), QgsLayerTreeLayer(layer))
    flagged = group_layer(project, pilot_name, "flagged_parcels")
    parcels = group_layer(project, pilot_name, "parcels")
    if flagged is not None and parcels is not None:
        node = group.findLayer(parcels.id())
        if node is not None:
            node.setItemVisibilityChecked(False)
    focus_pilot_group(project, pilot_name)
    return group


def pilot_groups(project: QgsProject) -> list[QgsLayerTreeGroup]:
    """Every pilot's group in the layer tree, top to bottom."""
    return [
        node
        for node in project.layerTreeRoot().children()
        if isinstance(node, QgsLayerTreeGroup) and node.name().startswith(GROUP_PREFIX)
    ]


def focus_pilot_group(project: QgsProject, pilot_name: str) -> bool:
    """Show the pilot's group, expanded; collapse and hide every other pilot's group.

    Each pilot keeps its own group (its measures filtered to it), and the
    groups' parcels and background are opaque: a pilot shown over another
    would hide the other's measures without a trace. So one pilot is on the
    map at a time; ticking another group back on shows it again. False (and
    nothing changed) when the pilot has no group.
    """
    wanted = find_group(project, pilot_name)
    if wanted is None:
        return False
    for group in pilot_groups(project):
        active = group is wanted
        group.setItemVisibilityChecked(active)
        group.setExpanded(active)
    return True


def _position(group: QgsLayerTreeGroup, kind: str) -> int:
    """Index in *group* where a layer of *kind* goes to keep the order of :data:`KINDS`."""
    rank = KINDS.index(kind)
    for index, node in enumerate(group.children()):
        layer = node.layer() if isinstance(node, QgsLayerTreeLayer) else None
        other = layer.customProperty(KIND_PROPERTY) if layer is not None else None
        if other in KINDS and KINDS.index(other) > rank:
            return index
    return len(group.children())


def group_extent(project: QgsProject, pilot_name: str) -> QgsRectangle:
    """Extent to zoom to, in the project CRS: the boundary if present, else all the group's layers."""
    from qgis.core import QgsCoordinateTransform

    boundary = group_layer(project, pilot_name, "pilot_boundary")
    group = find_group(project, pilot_name)
    if boundary is not None:
        layers = [boundary]
    else:  # a background map covers the whole country: leave it out
        nodes = group.findLayers() if group else []
        layers = [
            n.layer() for n in nodes if n.layer() and n.layer().customProperty(KIND_PROPERTY) != "background"
        ]
    extent = QgsRectangle()
    for layer in layers:
        if layer is None or not layer.isValid():
            continue
        if isinstance(layer, QgsVectorLayer):
            layer.updateExtents()
        rect = layer.extent()
        if rect.isEmpty():
            continue
        transform = QgsCoordinateTransform(layer.crs(), project.crs(), project.transformContext())
        rect = transform.transformBoundingBox(rect)
        if extent.isEmpty():
            extent = QgsRectangle(rect)
        else:
            extent.combineExtentWith(rect)
    return extent
