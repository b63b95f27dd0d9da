"""Totals of measures per pilot and theme or status: count, quantities, money.

One definition used by the spreadsheet, the PDF and ``a4b:summarisemeasures``.
Quantities are summed per unit (ha, m, pieces); ``cost_eur_yr`` and
``revenue_eur_yr`` are the yearly amounts of each measure. An unknown amount
stays unknown: a group where no measure has a cost has an empty cost rather
than a made-up zero.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from qgis.core import QgsFeature, QgsVectorLayer

from ..measures import vocabulary

# Summary columns in their output order, and their rounding (decimals).
VALUE_KEYS = ["count", "ha", "m", "pieces", "cost_eur_yr", "revenue_eur_yr", "net_eur_yr"]
DECIMALS = {"ha": 4, "m": 2, "pieces": 2, "cost_eur_yr": 2, "revenue_eur_yr": 2, "net_eur_yr": 2}
UNIT_KEY = {"ha": "ha", "m": "m", "piece": "pieces"}
TOTAL = None  # the group key of a total row


@dataclass
class MeasureRecord:
    """The numbers of one measure that the summaries use."""

    pilot: str
    theme: str
    status: str
    quantity: float | None
    unit: str
    cost: float | None
    revenue: float | None

    @property
    def net(self) -> float | None:
        """Revenue minus cost; unknown when both are unknown."""
        if self.cost is None and self.revenue is None:
            return None
        return (self.revenue or 0.0) - (self.cost or 0.0)


def _number(value) -> float | None:
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def _text(value) -> str:
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return ""
    return str(value)


def record_from_feature(feature: QgsFeature) -> MeasureRecord:
    """The summary numbers of a register feature."""
    return MeasureRecord(
        pilot=_text(feature["pilot"]),
        theme=_text(feature["theme"]),
        status=_text(feature["status"]),
        quantity=_number(feature["quantity"]),
        unit=_text(feature["unit"]),
        cost=_number(feature["cost_eur_yr"]),
        revenue=_number(feature["revenue_eur_yr"]),
    )


def read_records(layer: QgsVectorLayer) -> list[MeasureRecord]:
    """Summary numbers of every feature of *layer* (a register-like layer)."""
    return [record_from_feature(feature) for feature in layer.getFeatures()]


def totals(records: list[MeasureRecord]) -> dict:
    """count, ha, m, pieces, cost_eur_yr, revenue_eur_yr, net_eur_yr of *records*."""
    quantities = {"ha": [], "m": [], "pieces": []}
    for record in records:
        key = UNIT_KEY.get(record.unit)
        if key and record.quantity is not None:
            quantities[key].append(record.quantity)

    def money(values):
        known = [v for v in values if v is not None]
        return round(math.fsum(known), 2) if known else None

    result = {"count": len(records)}
    for key, values in quantities.items():
        result[key] = round(math.fsum(values), DECIMALS[key])
    result["cost_eur_yr"] = money(r.cost for r in records)
    result["revenue_eur_yr"] = money(r.revenue for r in records)
    result["net_eur_yr"] = money(r.net for r in records)
    return result


def _order(keys: list[str]):
    position = {key: number for number, key in enumerate(keys)}
    return lambda value: (position.get(value, len(keys)), value)


def summarise(records: list[MeasureRecord], by: str, with_totals: bool = True) -> list[dict]:
    """Rows ``{"pilot", by, **totals}`` per pilot and *by* (``"theme"`` or ``"status"``).

    Pilots come alphabetically, themes and statuses in the register's order.
    With *with_totals*, each pilot ends with a row whose *by* is ``None``
    (the pilot total) and the table with a row whose pilot is ``None`` too.
    """
    if by not in ("theme", "status"):
        raise ValueError(f"cannot summarise by {by!r}")
    order = _order(vocabulary.THEMES if by == "theme" else vocabulary.STATUSES)
    groups: dict[str, dict[str, list[MeasureRecord]]] = {}
    for record in records:
        groups.setdefault(record.pilot, {}).setdefault(getattr(record, by), []).append(record)
    rows = []
    for pilot in sorted(groups, key=lambda name: (name == "", name.lower())):
        pilot_records = []
        for key in sorted(groups[pilot], key=order):
            members = groups[pilot][key]
            pilot_records.extend(members)
            rows.append({"pilot": pilot, by: key, **totals(members)})
        if with_totals:
            rows.append({"pilot": pilot, by: TOTAL, **totals(pilot_records)})
    if with_totals:
        rows.append({"pilot": TOTAL, by: TOTAL, **totals(records)})
    return rows
