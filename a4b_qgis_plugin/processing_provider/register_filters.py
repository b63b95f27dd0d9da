"""The register filters the export and the summary share: pilots, statuses, themes."""

from __future__ import annotations

from qgis.core import QgsProcessingParameterString

from ..core.common.i18n import tr
from ..core.export.selection import parse_filters
from ..core.measures import vocabulary

PILOTS = "PILOTS"
STATUSES = "STATUSES"
THEMES = "THEMES"


def filter_parameters() -> list:
    """The PILOTS, STATUSES and THEMES parameters, each with its help."""
    pilots = QgsProcessingParameterString(PILOTS, tr("Pilots (empty = all)"), optional=True)
    pilots.setHelp(tr("Pilot names separated by ';' (or ',' when no name contains one). Empty: every pilot."))
    statuses = QgsProcessingParameterString(STATUSES, tr("Statuses (empty = all)"), optional=True)
    statuses.setHelp(
        tr(
            "Statuses separated by ',': {statuses}. Empty: every status, "
            "dropped included (their amounts count in the totals)."
        ).format(statuses=", ".join(vocabulary.STATUSES))
    )
    themes = QgsProcessingParameterString(THEMES, tr("Themes (empty = all)"), optional=True)
    themes.setHelp(
        tr("Themes separated by ',': {themes}. Empty: every theme.").format(
            themes=", ".join(vocabulary.THEMES)
        )
    )
    return [pilots, statuses, themes]


def chosen_filters(algorithm, parameters: dict, context, register) -> tuple:
    """(pilots, statuses, themes) as chosen, checked against *register* and the vocabularies.

    Raises ``OutputError`` naming the allowed values when one is unknown.
    """
    text = lambda name: algorithm.parameterAsString(parameters, name, context)  # noqa: E731
    return parse_filters(text(PILOTS), text(STATUSES), text(THEMES), register)
