"""What the workspace panel remembers per project, and the layers it puts in a pilot's group."""

from __future__ import annotations

import re

from qgis.core import QgsExpression, QgsFeatureRequest, QgsProject, QgsVectorLayer

from ...core.common import settings
from ...core.common.qt_compat import REQUEST_NO_GEOMETRY
from ...core.flagging.run import default_pilot_field
from ...core.pilots import work_gpkg
from ...core.pilots.catalogue import Pilot
from ...core.register.schema import MEASURES_TABLE
from ..measures.project import remembered_register_path

KEY_PILOT = "workspace/pilot"
KEY_PARCELS = "workspace/parcels_layer"
KEY_N2K = "workspace/natura2000_layer"
KEY_BOUNDARIES = "workspace/boundary_layer"
KEY_BOUNDARY_FIELD = "workspace/boundary_field"
KEY_BANDS = "workspace/bands"
KEY_MARGIN = "workspace/margin_m"
KEY_BACKGROUND = "workspace/background"
SOURCE_KEY_PROPERTY = "a4b/source_key"


# The panel's entries live in the plugin's one project scope.
read_entry = settings.read_project_entry
write_entry = settings.write_project_entry


def slug(text: str) -> str:
    """A table-name-safe version of a pilot name."""
    clean = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")
    return clean[:40] or "pilot"


def guess_name_field(layer: QgsVectorLayer | None) -> str:
    """The field of a boundary layer that probably holds the pilot name (flagging's rule)."""
    if layer is None:
        return ""
    return default_pilot_field(layer.fields()) or ""


def layer_pilots(layer: QgsVectorLayer | None, name_field: str) -> list[Pilot]:
    """Pilots named in a boundary layer (province from a ``province`` field when there is one)."""
    if layer is None or not name_field or name_field not in layer.fields().names():
        return []
    province_field = "province" if "province" in layer.fields().names() else None
    request = QgsFeatureRequest().setFlags(REQUEST_NO_GEOMETRY)
    request.setSubsetOfAttributes([f for f in (name_field, province_field) if f], layer.fields())
    found: dict[str, Pilot] = {}
    for feature in layer.getFeatures(request):
        name = str(feature[name_field] or "").strip()
        if name and name.lower() not in found:
            province = str(feature[province_field] or "") if province_field else ""
            found[name.lower()] = Pilot(name, province)
    return sorted(found.values(), key=lambda p: p.name.lower())


def merge_pilots(catalogue: list[Pilot], extra: list[Pilot]) -> list[Pilot]:
    """The catalogue's pilots, then pilots found elsewhere that the catalogue does not hold."""
    known = {p.name.lower() for p in catalogue}
    merged = list(catalogue)
    for pilot in extra:
        if pilot.name.lower() not in known:
            merged.append(pilot)
            known.add(pilot.name.lower())
    return merged


ORIGIN_PROPERTY = "a4b/origin"


def group_copy(layer: QgsVectorLayer, name: str, subset: str = "") -> QgsVectorLayer:
    """A new layer showing *layer*'s data (the user's own layer and its style stay untouched)."""
    copy = _copy(layer, name, subset)
    copy.setCustomProperty(ORIGIN_PROPERTY, layer.id())
    return copy


def _copy(layer: QgsVectorLayer, name: str, subset: str) -> QgsVectorLayer:
    if layer.providerType() == "memory":
        request = QgsFeatureRequest()
        if subset:
            request.setFilterExpression(subset)
        copy = layer.materialize(request)
        copy.setName(name)
        return copy
    copy = QgsVectorLayer(layer.source(), name, layer.providerType())
    filters = [f"({s})" for s in (layer.subsetString(), subset) if s]
    if filters:
        copy.setSubsetString(" AND ".join(filters))
    return copy


def boundary_subset(name_field: str, pilot_name: str) -> str:
    """Filter on a boundary layer that keeps one pilot."""
    return f"{QgsExpression.quotedColumnRef(name_field)} = {QgsExpression.quotedString(pilot_name)}"


def register_path(project: QgsProject) -> str:
    """The measures register of the project (the Measures panel's choice, else the work GeoPackage)."""
    return remembered_register_path(project)


def measures_layer(project: QgsProject, pilot_name: str, title: str) -> QgsVectorLayer | None:
    """The pilot's measures from the register, when the register exists."""
    path = register_path(project)
    try:
        if not path or MEASURES_TABLE not in work_gpkg.list_tables(path):
            return None
    except work_gpkg.OutputError:
        return None
    layer = QgsVectorLayer(work_gpkg.layer_uri(path, MEASURES_TABLE), title, "ogr")
    if not layer.isValid():
        return None
    layer.setSubsetString(boundary_subset("pilot", pilot_name))
    return layer
