"""From raw per-parcel values to a 0-100 score and a rank.

Every measure is scaled to 0-1 over the parcels scored (min-max: the least
favourable parcel 0, the most favourable 1), so no unit dominates. A criterion
is the mean of its scaled measures that a parcel has; the score is the
weighted mean of the criteria a parcel has, times 100. A measure without any
value, or with the same value on every parcel, says nothing about where to act
and is left out (the log says so).

Criteria and their measures (higher is better unless noted):

* nitrogen: deposition;
* drying: lowest groundwater depth (deeper = drier), elevation above the
  nearby Natura 2000 land;
* fragmentation: patches linked, and for parcels that bridge patches the
  narrowness of the gap (1 = the narrowest gap bridged, 0 = the widest, and 0
  for parcels that bridge nothing);
* proximity: distance to the nearest Natura 2000 area (nearer is better).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..common.errors import InputError
from ..common.i18n import tr

CRITERIA = ("nitrogen", "drying", "fragmentation", "proximity")
# Dutch names accepted as well, for users of the Dutch interface.
ALIASES = {
    "stikstof": "nitrogen",
    "verdroging": "drying",
    "versnippering": "fragmentation",
    "nabijheid": "proximity",
}
DEFAULT_WEIGHTS = "nitrogen=1,drying=1,fragmentation=1,proximity=1"


def parse_weights(text: str | None) -> dict[str, float]:
    """Weights per criterion from text like ``nitrogen=2,drying=1``; criteria not named get 1."""
    weights = {c: 1.0 for c in CRITERIA}
    for item in (text or "").replace(";", ",").split(","):
        item = item.strip()
        if not item:
            continue
        name, sep, value = item.partition("=")
        key = ALIASES.get(name.strip().lower(), name.strip().lower())
        if not sep or key not in weights:
            raise InputError(
                tr("'{0}' is not a weight. Write them as criterion=number, e.g. {1}.").format(
                    item, DEFAULT_WEIGHTS
                )
            )
        try:
            weight = float(value.strip().replace(",", "."))
        except ValueError:
            raise InputError(
                tr("The weight of {0} must be a number; got '{1}'.").format(key, value.strip())
            ) from None
        if not np.isfinite(weight) or weight < 0:
            raise InputError(tr("The weight of {0} must be 0 or more; got '{1}'.").format(key, value.strip()))
        weights[key] = weight
    if not any(weights.values()):
        raise InputError(tr("At least one criterion needs a weight above 0."))
    return weights


def scale(values: np.ndarray, higher_is_better: bool = True) -> tuple[np.ndarray, float, float] | None:
    """(values scaled to 0-1, min, max), NaN kept; None when no value or all equal."""
    finite = values[~np.isnan(values)]
    if finite.size == 0:
        return None
    low, high = float(finite.min()), float(finite.max())
    if high == low:
        return None
    scaled = (values - low) / (high - low)
    return (scaled if higher_is_better else 1.0 - scaled), low, high


@dataclass
class Measures:
    """Raw per-parcel values (NaN where missing), one entry per parcel."""

    deposition: np.ndarray
    groundwater: np.ndarray
    elevation_diff: np.ndarray
    links: np.ndarray
    gap: np.ndarray
    distance: np.ndarray


@dataclass
class ScoreResult:
    """Scores (NaN where no criterion has a value) and what the log should tell."""

    score: np.ndarray
    used: dict = field(default_factory=dict)  # criterion -> weight
    notes: list = field(default_factory=list)  # translated log lines


def _mean_of(parts: list[np.ndarray], n: int) -> np.ndarray:
    if not parts:
        return np.full(n, np.nan)
    stack = np.vstack(parts)
    counts = (~np.isnan(stack)).sum(axis=0)
    with np.errstate(invalid="ignore"):
        return np.where(counts > 0, np.nansum(stack, axis=0) / np.maximum(counts, 1), np.nan)


def combine(measures: Measures, weights: dict[str, float], labels: dict[str, str]) -> ScoreResult:
    """Scale every measure, form the criteria and their weighted mean (0-100).

    *labels* names each measure for the log (``deposition``, ``groundwater``,
    ``elevation_diff``, ``links``, ``gap``, ``distance``).
    """
    n = len(measures.links)
    notes = []

    def scaled(name: str, higher: bool) -> np.ndarray | None:
        values = getattr(measures, name)
        out = scale(values, higher)
        if out is None:
            if np.isnan(values).all():
                notes.append(tr("{0}: no parcel has a value; left out.").format(labels[name]))
            else:
                notes.append(tr("{0}: the same on every parcel; left out.").format(labels[name]))
            return None
        notes.append(
            tr("{0}: scaled 0-1 between {1:.6g} and {2:.6g} ({3}; {4} parcels without a value).").format(
                labels[name],
                out[1],
                out[2],
                tr("higher scores higher") if higher else tr("lower scores higher"),
                int(np.isnan(values).sum()),
            )
        )
        return out[0]

    parts: dict[str, list] = {c: [] for c in CRITERIA}
    for name, criterion, higher in (
        ("deposition", "nitrogen", True),
        ("groundwater", "drying", True),
        ("elevation_diff", "drying", True),
        ("links", "fragmentation", True),
        ("distance", "proximity", False),
    ):
        values = scaled(name, higher)
        if values is not None:
            parts[criterion].append(values)
    bridging = measures.links >= 2
    if bridging.any():
        gap = scale(np.where(bridging, measures.gap, np.nan), higher_is_better=False)
        narrowness = np.where(bridging, 1.0, 0.0) if gap is None else np.where(bridging, gap[0], 0.0)
        narrowness[np.isnan(measures.links)] = np.nan
        parts["fragmentation"].append(narrowness)
        notes.append(
            tr(
                "{0}: 1 for the narrowest gap bridged, 0 for the widest and for parcels bridging none."
            ).format(labels["gap"])
        )
    total = np.zeros(n)
    weight_sum = np.zeros(n)
    used = {}
    for criterion in CRITERIA:
        values = _mean_of(parts[criterion], n)
        if not parts[criterion]:
            notes.append(tr("Criterion {0}: no data; left out of the score.").format(criterion))
            continue
        if weights[criterion] == 0:
            notes.append(tr("Criterion {0}: weight 0; left out of the score.").format(criterion))
            continue
        used[criterion] = weights[criterion]
        has = ~np.isnan(values)
        total[has] += weights[criterion] * values[has]
        weight_sum[has] += weights[criterion]
    with np.errstate(invalid="ignore", divide="ignore"):
        score = np.where(weight_sum > 0, 100.0 * total / weight_sum, np.nan)
    return ScoreResult(score=score, used=used, notes=notes)


def ranks(score: np.ndarray, groups: list) -> np.ndarray:
    """Rank per parcel within its group (1 = best; ties share the best rank); 0 where no score or group.

    A group of None means the parcel is in no group when groups are used at all
    (outside every pilot); pass all-equal groups for one overall ranking.
    """
    n = len(score)
    out = np.zeros(n, dtype=np.int64)
    keyed = np.round(score, 9)
    members: dict = {}
    for i in range(n):
        if groups[i] is not None and not np.isnan(keyed[i]):
            members.setdefault(groups[i], []).append(i)
    for idx in members.values():
        idx = np.array(idx)
        values = keyed[idx]
        # competition ranking: 1 + number of parcels scoring strictly higher
        sorted_desc = np.sort(-values)
        out[idx] = 1 + np.searchsorted(sorted_desc, -values, side="left")
    return out
