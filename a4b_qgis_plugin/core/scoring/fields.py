"""The fields ``a4b:scoreparcels`` adds to every parcel."""

from __future__ import annotations

from qgis.core import QgsFields

from ..common.errors import InputError
from ..common.i18n import tr
from ..common.qt_compat import make_field

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
    existing = {name.lower() for name in parcel_fields.names()}
    clash = [name for name in SCORE_FIELD_NAMES if name in existing]
    if clash:
        raise InputError(
            tr(
                "The parcels layer already has the field(s) {0}, which this tool writes. "
                "Rename or remove them first (e.g. with 'Refactor fields'); "
                "the tool never overwrites existing values."
            ).format(", ".join(clash))
        )
    fields = QgsFields(parcel_fields)
    for name, kind in SCORE_FIELDS:
        fields.append(make_field(name, kind))
    return fields
