"""Scoring parcels for measures: nitrogen, drying, fragmentation and proximity to Natura 2000.

``run`` is what ``a4b:scoreparcels`` calls (``score_parcels``); ``normalise``
turns raw values into a 0-100 score and a rank; ``coverage``,
``raster_mean`` and ``shapes`` measure rasters under polygons exactly;
``nature`` relates parcels to the Natura 2000 areas and nature patches;
``fields`` names the output fields; ``style`` draws the opportunity map;
``suggest`` turns scores into advice on catalogue measures.

May import: core.common, core.flagging, core.measures.
"""

from . import normalise
from .run import RasterInput, score_parcels

__all__ = ["normalise", "RasterInput", "score_parcels"]
