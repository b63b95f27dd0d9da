"""The measures catalogue and the words of the register: what a measure is, costs and is called.

``catalogue`` reads and checks the catalogue file (``Measure``);
``vocabulary`` holds the fixed lists (themes, units, statuses and the
allowed status changes) with their translated labels; ``totals`` the one
money rule (an unknown cost stays unknown and is counted); ``style`` the map
style of measures.

May import: core.common.
"""

from . import vocabulary
from .catalogue import Measure, find_measure, incompatible, load_catalogue
from .style import apply_measures_style
from .totals import COUNT_KEYS, TOTAL_KEYS, amount, measure_net, measure_totals

__all__ = [
    "vocabulary",
    "Measure",
    "find_measure",
    "incompatible",
    "load_catalogue",
    "apply_measures_style",
    "COUNT_KEYS",
    "TOTAL_KEYS",
    "amount",
    "measure_net",
    "measure_totals",
]
