"""Distance bands around Natura 2000 areas, as users type them ("100,250,500,1000")."""

from __future__ import annotations

import bisect
import re

from ..common.i18n import tr

# Band limits are written to integer fields (n2k_band, band_m), 32-bit in QGIS and OGR.
MAX_BAND = 2**31 - 1


def parse_bands(text: str) -> list[int]:
    """Parse a comma (or semicolon/space) separated list of band limits in metres.

    Returns the limits sorted ascending, without duplicates. Raises
    ``ValueError`` with a message for the user when the text is empty, holds
    something other than whole positive numbers, a limit beyond what the
    integer band fields hold, or more than 50 bands.
    """
    if text is None or not str(text).strip():
        raise ValueError(tr("Give at least one distance band in metres, e.g. 100,250,500,1000."))
    parts = [p for p in re.split(r"[,;\s]+", str(text).strip()) if p]
    values: set[int] = set()
    for part in parts:
        try:
            number = float(part)
        except ValueError:
            raise ValueError(
                tr(
                    "'{0}' is not a distance in metres. Write the bands as whole numbers, e.g. 100,250,500."
                ).format(part)
            ) from None
        if number != number or number in (float("inf"), float("-inf")) or number != int(number):
            raise ValueError(tr("'{0}' is not a whole number of metres.").format(part))
        if number <= 0:
            raise ValueError(tr("Distance bands must be greater than 0 m; got '{0}'.").format(part))
        if number > MAX_BAND:
            raise ValueError(
                tr("The band '{0}' is larger than the band fields hold (at most {1} m).").format(
                    part, MAX_BAND
                )
            )
        values.add(int(number))
    if len(values) > 50:
        raise ValueError(tr("At most 50 distance bands are supported."))
    return sorted(values)


def band_for_distance(distance: float | None, bands: list[int]) -> int | None:
    """Upper bound of the smallest band holding *distance*; 0 for 0; None beyond the last band."""
    if distance is None:
        return None
    if distance <= 0:
        return 0
    i = bisect.bisect_left(bands, distance)
    return bands[i] if i < len(bands) else None
