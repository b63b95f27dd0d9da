"""The fields ``a4b:scoreparcels`` adds to every parcel."""

from __future__ import annotations

from qgis.core import QgsFields

from ..common.fields import appended_fields

DEP_MEAN = "a4b_dep_mean"
GW_MEAN = "a4b_gw_mean"
ELEV_DIFF = "a4b_elev_diff_m"
LINKS = "a4b_links"
GAP = "a4b_gap_m"
N2K_DIST = "a4b_n2k_dist_m"
SCORE = "a4b_score"
RANK = "a4b_rank"
RANK_PILOT = "a4b_rank_pilot"

SCORE_FIELDS = (
    (DEP_MEAN, "double"),
    (GW_MEAN, "double"),
    (ELEV_DIFF, "double"),
    (LINKS, "int"),
    (GAP, "double"),
    (N2K_DIST, "double"),
    (SCORE, "double"),
    (RANK, "int"),
    (RANK_PILOT, "string"),
)
SCORE_FIELD_NAMES = tuple(name for name, _kind in SCORE_FIELDS)


def score_output_fields(parcel_fields: QgsFields) -> QgsFields:
    """The parcels' fields followed by the score fields; refuses a layer that already has one."""
    return appended_fields(parcel_fields, SCORE_FIELDS)
