"""Tagging parcels with a catalogue measure: the one path the panel and ``a4b:tagmeasures`` share.

``service`` is the entry point (``prepare``/``duplicate_check``/``write``, or
``tag_parcels`` for all three); ``build`` turns parcels into register rows
(``TagOptions``, quantities and money), ``duplicates`` decides whether a
measure is already on a parcel, ``pilots`` reads pilot boundaries for the
outside-pilot warnings.

May import: core.common, core.flagging, core.measures, core.pilots, core.register.
"""

from .build import CATEGORY_FIELD, DEFAULT_OVERLAP_SHARE, PILOT_FIELD, TagOptions, quantity_for
from .pilots import boundary_gpkg_paths, pilot_boundaries
from .service import ParcelSource, duplicate_check, prepare, tag_parcels, write

__all__ = [
    "CATEGORY_FIELD",
    "DEFAULT_OVERLAP_SHARE",
    "PILOT_FIELD",
    "TagOptions",
    "quantity_for",
    "boundary_gpkg_paths",
    "pilot_boundaries",
    "ParcelSource",
    "duplicate_check",
    "prepare",
    "tag_parcels",
    "write",
]
