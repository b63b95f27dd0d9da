"""Totals of measures per pilot and theme or status: count, quantities, money.

One definition used by the spreadsheet, the PDF and ``a4b:summarisemeasures``.
Quantities are summed per unit (ha, m, pieces); ``cost_eur_yr`` and
``revenue_eur_yr`` are the yearly amounts of each measure. Money follows the
rule of :mod:`..measures.totals`: an unknown amount stays unknown, each
amount has the number of measures without a figure beside it, and the net
covers only the measures with both a cost and a revenue.
"""

from __future__ import annotations

from dataclasses import dataclass

from qgis.core import QgsFeature, QgsVectorLayer

from ..common.values import is_null
from ..measures import vocabulary
from ..measures.totals import COUNT_KEYS, TOTAL_KEYS, amount, measure_net, measure_totals

# Summary columns in their output order; the integer ones (counts of measures).
VALUE_KEYS = TOTAL_KEYS
INTEGER_KEYS = COUNT_KEYS
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
        """Revenue minus cost; unknown unless both are known."""
        return measure_net(self.cost, self.revenue)

    def as_measure(self) -> dict:
        """The register field names and values :func:`measure_totals` reads."""
        return {
            "quantity": self.quantity,
            "unit": self.unit,
            "cost_eur_yr": self.cost,
            "revenue_eur_yr": self.revenue,
        }


def _text(value) -> str:
    return "" if is_null(value) else str(value)


def record_from_feature(feature: QgsFeature) -> MeasureRecord:
    """The summary numbers of a register feature."""
    return MeasureRecord(
        pilot=_text(feature["pilot"]),
        theme=_text(feature["theme"]),
        status=_text(feature["status"]),
        quantity=amount(feature["quantity"]),
        unit=_text(feature["unit"]),
        cost=amount(feature["cost_eur_yr"]),
        revenue=amount(feature["revenue_eur_yr"]),
    )


# Set on an export's copy of the measures (a layer custom property) when its totals count
# dropped measures; the spreadsheet and the PDF read the copy, not the request.
INCLUDE_DROPPED_PROPERTY = "a4b/totals_include_dropped"


def read_records(layer: QgsVectorLayer) -> list[MeasureRecord]:
    """Summary numbers of the features of *layer* (a register-like layer) that totals count.

    Dropped measures are left out unless *layer* has :data:`INCLUDE_DROPPED_PROPERTY` set.
    """
    include_dropped = str(layer.customProperty(INCLUDE_DROPPED_PROPERTY, "false")).lower() == "true"
    records = (record_from_feature(feature) for feature in layer.getFeatures())
    return [record for record in records if include_dropped or record.status != "dropped"]


def count_dropped(include_dropped: bool, statuses: list[str]) -> bool:
    """Whether totals count dropped measures: when asked, or when the status filter chose them."""
    return include_dropped or "dropped" in statuses


def totals(records: list[MeasureRecord]) -> dict:
    """:data:`VALUE_KEYS` of *records* (see :func:`..measures.totals.measure_totals`)."""
    return measure_totals(record.as_measure() for record in records)


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
    order = _order(vocabulary.ALL_THEMES if by == "theme" else vocabulary.STATUSES)
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
