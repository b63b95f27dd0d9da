"""The totals table of ``a4b:summarisemeasures``: read one snapshot, summarise, write the rows.

The algorithm only parses its parameters and hands its sink to
:func:`write_summary`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from qgis.core import QgsFeature, QgsFeatureSink, QgsField, QgsFields, QgsVectorLayer

from ..common.errors import OutputError
from ..common.i18n import tr
from ..common.qt_compat import FIELD_DOUBLE, FIELD_INT, FIELD_STRING
from ..measures import vocabulary
from .cells import neutralise_attributes
from .selection import check_register_layer, parse_filters, select_measures
from .snapshot import register_snapshot, unsaved_edits
from .summary import (
    INCLUDE_DROPPED_PROPERTY,
    INTEGER_KEYS,
    VALUE_KEYS,
    count_dropped,
    read_records,
    summarise,
)

GROUPS = ["theme", "status"]


@dataclass
class Summary:
    """Rows of totals (see :func:`summary.summarise`), grouped *by*, with *warnings* for the user."""

    by: str
    rows: list[dict]
    warnings: list[str] = field(default_factory=list)
    cancelled: bool = False


def summary_fields(by: str) -> QgsFields:
    """pilot, *by*, its label, row_kind, then :data:`summary.VALUE_KEYS` (counts as integers)."""
    fields = QgsFields()
    for name in ("pilot", by, f"{by}_label", "row_kind"):
        fields.append(QgsField(name, FIELD_STRING))
    for key in VALUE_KEYS:
        fields.append(QgsField(key, FIELD_INT if key in INTEGER_KEYS else FIELD_DOUBLE))
    return fields


def summarise_register(
    register: QgsVectorLayer,
    filters: tuple,
    by: str,
    with_totals: bool,
    feedback,
    include_dropped: bool = False,
) -> Summary:
    """Totals of *register* after *filters* (three filter texts or lists), read from one snapshot.

    Dropped measures count only with *include_dropped* or when the status filter chose them.
    """
    if by not in GROUPS:
        raise ValueError(f"cannot summarise by {by!r}")
    check_register_layer(register)
    with register_snapshot(register) as snapshot:
        chosen = parse_filters(*filters, snapshot.layer)
        measures = select_measures(snapshot.layer, *chosen, False, feedback, expected=snapshot.rows)
        empty = snapshot.is_empty()
    if feedback is not None and feedback.isCanceled():
        return Summary(by, [], cancelled=True)
    measures.setCustomProperty(INCLUDE_DROPPED_PROPERTY, count_dropped(include_dropped, chosen[1]))
    summary = Summary(by, summarise(read_records(measures), by, with_totals))
    if empty:
        summary.warnings.append(
            tr("The register {name} holds no measures: the totals are empty.").format(name=register.name())
        )
    summary.warnings += unsaved_edits(register)
    return summary


def _kind(row: dict, by: str) -> str:
    if row["pilot"] is None:
        return "total"
    return "pilot_total" if row[by] is None else by


def write_summary(
    summary: Summary, sink: QgsFeatureSink, fields: QgsFields, destination: str, feedback
) -> int:
    """Add the rows of *summary* to *sink*; return how many. Raises :class:`OutputError` on a failed write.

    Text is neutralised (:mod:`.cells`) when *destination* is a file a spreadsheet opens.
    """
    by = summary.by
    label = vocabulary.theme_label if by == "theme" else vocabulary.status_label
    written = 0
    for number, row in enumerate(summary.rows):
        if feedback is not None and feedback.isCanceled():
            break
        key = row[by]
        values = [row["pilot"], key, label(key) if key else None, _kind(row, by)]
        feature = QgsFeature(fields)
        feature.setAttributes(neutralise_attributes(values, destination) + [row[name] for name in VALUE_KEYS])
        if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
            raise OutputError(
                tr("Row {number} of the totals could not be written to {destination}{error}.").format(
                    number=number + 1,
                    destination=destination,
                    error=f": {sink.lastError()}" if hasattr(sink, "lastError") and sink.lastError() else "",
                )
            )
        written += 1
        if feedback is not None:
            feedback.setProgress(100.0 * (number + 1) / len(summary.rows))
    return written
