"""The delivery checks inside ``a4b:exportmeasures``: refuse on hard errors, the XLSX "Checks" sheet.

The export runs the same checks as ``a4b:validatemeasures`` on the measures
its filters select, with the register's history, the pilot boundaries and
the Natura 2000 areas it was given; it has no parcel layer, so the two
parcel rules are not checked here.
"""

from __future__ import annotations

from ..core.common.i18n import tr
from ..core.export.inputs import file_of, find_pilot_boundaries
from ..core.measures.catalogue import load_catalogue
from ..core.validation import CheckOptions, CheckResult, check_register, rules
from . import register_filters

# Hard errors named one by one in the refusal; the rest are counted.
LISTED = 20


def delivery_checks(
    algorithm, parameters, context, register, boundaries, natura2000, feedback
) -> CheckResult:
    """Check the measures the export's filters select in *register* (raises A4BError when it cannot)."""
    pilots, statuses, themes = register_filters.chosen_filters(algorithm, parameters, context, register)
    if boundaries is None:
        boundaries = find_pilot_boundaries(register, context.project())
    options = CheckOptions(
        catalogue=load_catalogue(),
        pilot_boundaries=boundaries,
        natura2000=natura2000,
        history_path=file_of(register),
    )
    feedback.setProgressText(tr("Checking measures…"))
    return check_register(register, pilots, statuses, themes, options, context.transformContext())


def sheet_rows(result: CheckResult) -> list[dict]:
    """The findings as rows of the "Checks" sheet (severity and rule in the interface language)."""
    titles = {rule.code: rule.title for rule in rules.rules()}
    return [
        {
            "uuid": finding.uuid,
            "pilot": finding.pilot,
            "measure_code": finding.measure_code,
            "code": finding.code,
            "severity": rules.severity_label(finding.severity),
            "rule": titles.get(finding.code, ""),
            "message": finding.message,
        }
        for finding in result.findings
    ]


def refusal(result: CheckResult) -> str:
    """Why the export is refused, naming the hard errors (empty when there are none)."""
    hard = [finding for finding in result.findings if finding.severity == rules.HARD]
    if not hard:
        return ""
    lines = [
        tr(
            "Nothing was exported: {count} hard error(s) in the selected measures, and hard errors "
            "were to be refused (REFUSE_HARD_ERRORS). Correct them, or check with a4b:validatemeasures:"
        ).format(count=len(hard))
    ]
    lines += [f"- {f.uuid} {f.measure_code}: {f.code} {f.message}" for f in hard[:LISTED]]
    if len(hard) > LISTED:
        lines.append(tr("… and {count} more.").format(count=len(hard) - LISTED))
    return "\n".join(lines)
