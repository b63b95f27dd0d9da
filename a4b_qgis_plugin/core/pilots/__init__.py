"""Pilots: the catalogue of pilot areas, their boundaries, the work GeoPackage and their layer group.

``catalogue`` reads and edits the pilot catalogue (``Pilot``); ``boundary``
makes a boundary from features, a drawing or Natura 2000 areas plus a
margin; ``work_gpkg`` is the GeoPackage beside the project that holds the
boundaries (and by default the register); ``layer_group`` is a pilot's group
of layers in the project; ``overlay`` is ``a4b:overlaypilots``.

May import: core.common, core.flagging, core.measures.
"""

from . import catalogue, layer_group, overlay, work_gpkg
from .boundary import boundary_from_features, boundary_from_natura2000, to_work_crs
from .catalogue import Pilot, load_pilots
from .layer_group import KIND_PROPERTY, build_pilot_group, group_layer
from .work_gpkg import PILOT_BOUNDARY_TABLE, default_work_gpkg

__all__ = [
    "catalogue",
    "layer_group",
    "overlay",
    "work_gpkg",
    "boundary_from_features",
    "boundary_from_natura2000",
    "to_work_crs",
    "Pilot",
    "load_pilots",
    "KIND_PROPERTY",
    "build_pilot_group",
    "group_layer",
    "PILOT_BOUNDARY_TABLE",
    "default_work_gpkg",
]
