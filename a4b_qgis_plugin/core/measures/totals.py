"""The one rule for totals of measures: count, quantities per unit, and money.

An unknown cost or revenue stays unknown: it is never counted as zero.
Every total says how many measures had no figure (``cost_missing``,
``revenue_missing``). The net (revenue minus cost) is taken only over the
measures that have both figures; ``net_left_out`` says how many were left
out. A total over measures that all lack a figure is unknown (None), not 0.

The register's totals, the Measures panel, the spreadsheet, the PDF and
``a4b:summarisemeasures`` all use :func:`measure_totals`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from ..common.values import plain_value

# Keys of a totals dict in their output order; the counts stand next to their amount.
QUANTITY_KEYS = ["ha", "m", "pieces"]
MONEY_KEYS = [
    "cost_eur_yr",
    "cost_missing",
    "revenue_eur_yr",
    "revenue_missing",
    "net_eur_yr",
    "net_left_out",
]
TOTAL_KEYS = ["count"] + QUANTITY_KEYS + MONEY_KEYS
COUNT_KEYS = {"count", "cost_missing", "revenue_missing", "net_left_out"}
DECIMALS = {"ha": 4, "m": 2, "pieces": 2, "cost_eur_yr": 2, "revenue_eur_yr": 2, "net_eur_yr": 2}
UNIT_KEY = {"ha": "ha", "m": "m", "piece": "pieces"}


def amount(value) -> float | None:
    """A quantity or amount as a float; None when NULL, empty, not a number or NaN."""
    if isinstance(value, str) and not value.strip():
        return None
    number = plain_value(value, float)
    return None if number is None or math.isnan(number) else number


def measure_net(cost, revenue) -> float | None:
    """Revenue minus cost of one measure; None unless both are known."""
    cost, revenue = amount(cost), amount(revenue)
    if cost is None or revenue is None:
        return None
    return revenue - cost


def _sum(values: list[float], decimals: int) -> float | None:
    return round(math.fsum(values), decimals) if values else None


def measure_totals(measures: Iterable) -> dict:
    """Totals (:data:`TOTAL_KEYS`) of *measures*: dicts or features with the register's fields.

    Quantities are summed per unit (ha, m, pieces; 0 when none); money follows
    the rule in this module's docstring.
    """
    quantities: dict[str, list[float]] = {key: [] for key in QUANTITY_KEYS}
    costs, revenues, nets = [], [], []
    count = 0
    for measure in measures:
        count += 1
        key = UNIT_KEY.get(str(_field(measure, "unit") or ""))
        quantity = amount(_field(measure, "quantity"))
        if key and quantity is not None:
            quantities[key].append(quantity)
        cost, revenue = amount(_field(measure, "cost_eur_yr")), amount(_field(measure, "revenue_eur_yr"))
        if cost is not None:
            costs.append(cost)
        if revenue is not None:
            revenues.append(revenue)
        if cost is not None and revenue is not None:
            nets.append(revenue - cost)
    result = {"count": count}
    for key, values in quantities.items():
        result[key] = round(math.fsum(values), DECIMALS[key])
    result["cost_eur_yr"] = _sum(costs, DECIMALS["cost_eur_yr"])
    result["cost_missing"] = count - len(costs)
    result["revenue_eur_yr"] = _sum(revenues, DECIMALS["revenue_eur_yr"])
    result["revenue_missing"] = count - len(revenues)
    result["net_eur_yr"] = _sum(nets, DECIMALS["net_eur_yr"])
    result["net_left_out"] = count - len(nets)
    return result


def _field(measure, name: str):
    if isinstance(measure, dict):
        return measure.get(name)
    return measure[name]
