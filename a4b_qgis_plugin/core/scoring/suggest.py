"""Advice: which catalogue measures fit a scored parcel, and why.

Rules read the score fields of ``a4b:scoreparcels`` and the parcel's BRP
category; they suggest, the user decides. "High" is relative to the parcels
of the same layer: at or above the value two thirds of them stay below (the
top third), so no national threshold is invented where none is published.

* fragmentation: 2 or more patches linked → convert to nature; plant hedges;
* drying: a high lowest-groundwater depth and higher than the nearby Natura
  2000 land → hold water, raise the water table; high depth close to the area
  (within the link distance) but not higher → a hydrological buffer zone;
* nitrogen: high deposition within 1 km of Natura 2000 (the nitrogen zones of
  recent policy work, DOMAIN.md) → nitrogen-extensive farming; on arable land
  also a buffer strip with herbs.

Every measure must also fit the parcel's BRP category in the catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..common.i18n import tr
from ..common.values import plain_value
from ..measures.catalogue import Measure
from .fields import DEP_MEAN, ELEV_DIFF, GAP, GW_MEAN, LINKS, N2K_DIST

NITROGEN_ZONE_M = 1000.0  # DOMAIN.md: zones of 500 m and 1 km around Natura 2000 in recent policy work
BUFFER_ZONE_M = 250.0  # the default link distance: "next to the area"


@dataclass
class Suggestion:
    """One measure suggested for some parcels, with the reason per parcel."""

    measure: Measure
    parcels: list = field(default_factory=list)  # feature ids
    reasons: list = field(default_factory=list)  # one text per parcel


def top_third(values) -> float | None:
    """The value at or above which the top third of *values* (None left out) lies; None without values."""
    finite = np.array([v for v in values if v is not None], dtype=float)
    if finite.size == 0:
        return None
    return float(np.quantile(finite, 2.0 / 3.0))


def _value(feature, name: str):
    index = feature.fields().lookupField(name)
    return plain_value(feature.attribute(index), float) if index >= 0 else None


def rules_for(values: dict, high_dep: float | None, high_gw: float | None) -> list[tuple[str, str]]:
    """(measure code, reason) pairs for one parcel's score *values* (field name -> value or None)."""
    out = []
    links, gap = values.get(LINKS), values.get(GAP)
    if links is not None and links >= 2:
        why = tr("links {0} nature patches across a gap of {1:.0f} m").format(int(links), gap or 0)
        out += [("PILOT-OMVORMING-NATUUR", why), ("PILOT-HAGEN", why)]
    gw, elev, dist = values.get(GW_MEAN), values.get(ELEV_DIFF), values.get(N2K_DIST)
    if gw is not None and high_gw is not None and gw >= high_gw:
        if elev is not None and elev > 0:
            why = tr(
                "dry (lowest groundwater {0:.2f} m below the surface) and {1:.1f} m above the nearby "
                "Natura 2000 land: water held here feeds the area"
            ).format(gw, elev)
            out += [("PILOT-WATER-VASTHOUDEN", why), ("PILOT-VERNATTING", why)]
        elif dist is not None and dist <= BUFFER_ZONE_M:
            why = tr(
                "dry (lowest groundwater {0:.2f} m below the surface) within {1:.0f} m of Natura 2000"
            ).format(gw, dist)
            out.append(("PILOT-HYDRO-BUFFERZONE", why))
    dep = values.get(DEP_MEAN)
    if (
        dep is not None
        and high_dep is not None
        and dep >= high_dep
        and dist is not None
        and dist <= NITROGEN_ZONE_M
    ):
        why = tr("nitrogen deposition {0:.0f} mol N/ha/yr (top third) within 1 km of Natura 2000").format(dep)
        out += [("PILOT-STIKSTOFEXTENSIEF", why), ("ECO-BUFFERSTROOK-KRUIDEN", why)]
    return out


def suggest(features: list, all_features, measures: dict[str, Measure], category_field: str | None) -> list:
    """Suggestions for *features* (scored parcels), "high" judged over *all_features* of their layer.

    *measures* maps catalogue codes to measures; a code the catalogue lacks, or
    a measure that does not fit a parcel's BRP category, is not suggested.
    Returns :class:`Suggestion` objects in the order of the rules.
    """
    deps, gws = [], []
    for feature in all_features:
        deps.append(_value(feature, DEP_MEAN))
        gws.append(_value(feature, GW_MEAN))
    high_dep, high_gw = top_third(deps), top_third(gws)
    found: dict[str, Suggestion] = {}
    for feature in features:
        values = {
            name: _value(feature, name) for name in (DEP_MEAN, GW_MEAN, ELEV_DIFF, LINKS, GAP, N2K_DIST)
        }
        category = None
        if category_field and feature.fields().lookupField(category_field) >= 0:
            category = plain_value(feature.attribute(category_field), str)
        for code, why in rules_for(values, high_dep, high_gw):
            measure = measures.get(code)
            if measure is None or not measure.fits_category(category):
                continue
            suggestion = found.setdefault(code, Suggestion(measure))
            if feature.id() not in suggestion.parcels:
                suggestion.parcels.append(feature.id())
                suggestion.reasons.append(why)
    return list(found.values())
