"""Flagging parcels by their distance to Natura 2000 areas and by the pilot they lie in.

``run`` is what ``a4b:flagparcels`` and the workspace panel call (inputs,
checks, the parcel loop, writing); ``index`` holds the prepared polygon sets
the distances and overlaps are measured against, shared with the pilot
overlay and the scoring; ``bands`` the distance bands; ``threads`` writes
features from a helper thread while the next ones are computed (scoring uses
it too).

May import: core.common.
"""

from . import run
from .bands import band_for_distance, parse_bands
from .index import AreaIndex, PilotIndex, PolygonSet, prepare_geometry
from .run import check_metric_crs, default_name_field, default_pilot_field, flag_parcels
from .threads import CHUNK, BackgroundWriter

__all__ = [
    "run",
    "band_for_distance",
    "parse_bands",
    "AreaIndex",
    "PilotIndex",
    "PolygonSet",
    "prepare_geometry",
    "check_metric_crs",
    "default_name_field",
    "default_pilot_field",
    "flag_parcels",
    "CHUNK",
    "BackgroundWriter",
]
