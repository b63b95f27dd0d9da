"""The checks on measures about to be tagged, shared by the Measures panel and ``a4b:tagmeasures``.

Tagging already warns about the BRP category and the pilot boundary, and it
fills money from the catalogue's rates (most measures have no published
cost), so those rules are left out here; everything else "Check measures"
and ``a4b:validatemeasures`` would find on the new measures is reported
before anything is written.
"""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsCoordinateTransformContext, QgsVectorLayer

from ..common.i18n import tr
from ..measures.catalogue import load_catalogue
from . import rules
from .inputs import read_measures
from .run import CHECK_FIELDS, CheckOptions, check_rows

_LEFT_TO_TAGGING = (rules.BRP_CATEGORY, rules.OUTSIDE_PILOT, rules.MONEY_MISSING)


def new_measure_findings(
    rows: list[dict],
    register_layer: Optional[QgsVectorLayer],
    transform_context: QgsCoordinateTransformContext,
    natura2000: Optional[QgsVectorLayer] = None,
) -> list[str]:
    """One line per finding on *rows* (tagging rows, geometry in EPSG:28992), hard ones first.

    The register's measures count as the other party of an overlap; without a
    *natura2000* layer the distance rule is skipped.
    """
    new = [dict(row, uuid=f"new-{number}") for number, row in enumerate(rows)]
    existing = (
        read_measures(register_layer, transform_context, None, CHECK_FIELDS)
        if register_layer is not None and register_layer.isValid()
        else []
    )
    options = CheckOptions(catalogue=load_catalogue(), natura2000=natura2000)
    result = check_rows(new, options, transform_context, existing + new)
    findings = sorted(
        (f for f in result.findings if f.code not in _LEFT_TO_TAGGING), key=lambda f: f.severity != rules.HARD
    )
    refs = {row["uuid"]: row.get("parcel_ref") or "" for row in new}
    return [
        tr("{ref}: {message} ({code}, {severity})").format(
            ref=refs.get(f.uuid, ""),
            message=f.message,
            code=f.code,
            severity=rules.severity_label(f.severity),
        )
        for f in findings
    ]
