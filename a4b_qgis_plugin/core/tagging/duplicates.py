"""Is a new measure already in the register? Decided by the parcel, not by a layer name.

A new row duplicates an active (not dropped) measure of the same code when
it is the same parcel by fingerprint (same geometry to the centimetre), by
identifier (same ``parcel_id`` from the same known dataset, and the shapes
meet), or when the two geometries overlap by more than the chosen share of
the smaller one. Rows of one run are checked against each other the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Optional

from qgis.core import QgsGeometry, QgsSpatialIndex

from ..common.i18n import tr
from ..register.parcel_ref import split_parcel_id


@dataclass
class Duplicate:
    """A new row (by index) that repeats a measure already there."""

    index: int
    ref: str
    code: str
    other: str  # the existing measure's parcel_ref (or uuid), or the earlier row's ref
    share: Optional[float]  # overlap share when decided by overlap, None for the same parcel
    in_run: bool  # the earlier measure is in this same run, not in the register

    def warning(self) -> str:
        """The warning shown for this duplicate (the same in the panel and the algorithm)."""
        if self.in_run:
            return tr("{ref}: measure {code} is tagged twice.").format(ref=self.ref, code=self.code)
        if self.share is None:
            return tr("{ref}: measure {code} is already in the register for this parcel.").format(
                ref=self.ref, code=self.code
            )
        return tr(
            "{ref}: measure {code} is already in the register for this parcel "
            "({share:.0f} % overlap with the measure on {other})."
        ).format(ref=self.ref, code=self.code, share=self.share * 100, other=self.other)


class _Known:
    """Measures seen so far (register or earlier rows), indexed for the three tests."""

    def __init__(self):
        self.index = QgsSpatialIndex()
        self.items: list[dict] = []
        self.by_fingerprint: dict[tuple, int] = {}
        self.by_id: dict[tuple, list[int]] = {}

    def add(self, item: dict) -> None:
        number = len(self.items)
        self.items.append(item)
        geometry = item.get("geometry")
        if geometry is not None and not geometry.isNull():
            self.index.addFeature(number, geometry.boundingBox())
        code = item.get("measure_code")
        if item.get("parcel_fingerprint"):
            self.by_fingerprint.setdefault((code, item["parcel_fingerprint"]), number)
        if item.get("parcel_source"):
            for single in split_parcel_id(item.get("parcel_id")):
                self.by_id.setdefault((code, item["parcel_source"], single), []).append(number)

    def match(self, row: dict, min_share: float) -> Optional[tuple[dict, Optional[float]]]:
        code = row.get("measure_code")
        geometry: QgsGeometry = row["geometry"]
        number = self.by_fingerprint.get((code, row.get("parcel_fingerprint")))
        if number is not None:
            return self.items[number], None
        if row.get("parcel_source"):
            for single in split_parcel_id(row.get("parcel_id")):
                for number in self.by_id.get((code, row["parcel_source"], single), []):
                    if self.items[number]["geometry"].intersects(geometry):
                        return self.items[number], None
        area = geometry.area()
        best = None
        for number in self.index.intersects(geometry.boundingBox()):
            item = self.items[number]
            if item.get("measure_code") != code:
                continue
            smaller = min(area, item["geometry"].area())
            if smaller <= 0:
                continue
            share = geometry.intersection(item["geometry"]).area() / smaller
            if share > min_share and (best is None or share > best[1]):
                best = (item, share)
        return best


def find_duplicates(
    rows: list[dict], existing: Callable[[list[str]], list[dict]], min_share: float
) -> list[Duplicate]:
    """The rows that repeat an active measure in the register (``existing(codes)``) or an earlier row."""
    register = _Known()
    for item in existing(sorted({row.get("measure_code") for row in rows})):
        register.add(item)
    earlier = _Known()
    found = []
    for number, row in enumerate(rows):
        ref = row.get("parcel_ref") or ""
        match = register.match(row, min_share)
        if match is not None:
            item, share = match
            other = item.get("parcel_ref") or item.get("uuid") or ""
            found.append(Duplicate(number, ref, row.get("measure_code"), other, share, False))
        else:
            match = earlier.match(row, min_share)
            if match is not None:
                found.append(
                    Duplicate(
                        number, ref, row.get("measure_code"), match[0].get("parcel_ref"), match[1], True
                    )
                )
        earlier.add(row)
    return found
