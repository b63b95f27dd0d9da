"""The register filters the export, the summary and the check share: pilots, statuses, themes.

Statuses and themes have a fixed vocabulary, so they are enum parameters with
multiple choice (the Processing dialog and the Graphical Modeler offer check
boxes). Scripts written before 0.2.0 passed them as text (``proposed,agreed``);
:func:`as_enum_values` turns such text (codes, labels in either language, or
numbers, separated by ``,`` or ``;``) into the enum's numbers, so those
scripts keep working. Pilots are free names and stay text.
"""

from __future__ import annotations

from qgis.core import QgsProcessingParameterEnum, QgsProcessingParameterString, QgsProperty

from ..core.common.errors import A4BError, InputError
from ..core.common.i18n import tr
from ..core.export.selection import parse_choices, parse_filters, split_list
from ..core.measures import vocabulary

PILOTS = "PILOTS"
STATUSES = "STATUSES"
THEMES = "THEMES"


def _vocabularies() -> dict:
    """Per enum filter: (its codes in option order, their label, the word for an error)."""
    return {
        STATUSES: (vocabulary.STATUSES, vocabulary.status_label, tr("status")),
        THEMES: (vocabulary.ALL_THEMES, vocabulary.theme_label, tr("theme")),
    }


def filter_parameters() -> list:
    """The PILOTS, STATUSES and THEMES parameters, each with its help."""
    pilots = QgsProcessingParameterString(PILOTS, tr("Pilots (empty = all)"), optional=True)
    pilots.setHelp(
        tr(
            "Pilot names separated by ';'. A ',' separates names only when no ';' is given and the "
            "whole text is not itself the name of a pilot in the register (so 'Geuldal, Heuvelland' "
            "stays one name when the register has it). Any case. Empty: every pilot."
        )
    )
    codes, label, _what = _vocabularies()[STATUSES]
    statuses = QgsProcessingParameterEnum(
        STATUSES, tr("Statuses (none chosen = all)"), [label(c) for c in codes], True, None, True
    )
    statuses.setHelp(
        tr(
            "The statuses to include; none chosen: every status. In scripts a list of numbers "
            "(0 = {first}) or, as before, text with the codes separated by ',': {statuses}."
        ).format(first=codes[0], statuses=", ".join(codes))
    )
    codes, label, _what = _vocabularies()[THEMES]
    themes = QgsProcessingParameterEnum(
        THEMES, tr("Themes (none chosen = all)"), [label(c) for c in codes], True, None, True
    )
    themes.setHelp(
        tr(
            "The themes to include; none chosen: every theme. In scripts a list of numbers "
            "(0 = {first}) or text with the codes separated by ',': {themes} (the last two are the "
            "themes of registers made before version 0.2.0)."
        ).format(first=codes[0], themes=", ".join(codes))
    )
    return [pilots, statuses, themes]


def _numbers(value, codes: list[str], label, what: str) -> list[int]:
    """The option numbers *value* names: numbers, codes or labels, in a list or a text."""
    items = value if isinstance(value, (list, tuple)) else split_list(str(value))
    numbers, names = [], []
    for item in items:
        text = str(item).strip()
        if text.isdigit():
            if int(text) >= len(codes):
                raise InputError(
                    tr("Unknown {what}: {unknown}. Choose from: {allowed}.").format(
                        what=what, unknown=text, allowed=", ".join(codes)
                    )
                )
            numbers.append(int(text))
        elif text:
            names.append(text)
    # parse_choices reads codes and labels alike and names the unknown ones
    numbers += [codes.index(code) for code in parse_choices(names, codes, label, what)]
    return sorted(set(numbers))


def as_enum_values(algorithm, parameters: dict) -> dict:
    """*parameters* with STATUSES and THEMES as the lists of numbers the enum parameters take.

    Only values given as text or lists are changed (a model's expression or
    property stays). Raises :class:`InputError` naming the allowed values when
    one is unknown (``OutputError`` from the shared parser, as the export's other filters).
    """
    changed = dict(parameters)
    for name, (codes, label, what) in _vocabularies().items():
        definition = algorithm.parameterDefinition(name)
        value = parameters.get(name)
        if not isinstance(definition, QgsProcessingParameterEnum) or isinstance(value, QgsProperty):
            continue
        if value is None or isinstance(value, int):
            continue
        changed[name] = _numbers(value, codes, label, what)
    return changed


def check_filters(algorithm, parameters: dict, context, check) -> tuple[bool, str]:
    """``check(parameters, context)`` after :func:`as_enum_values`; its error as the message."""
    try:
        parameters = as_enum_values(algorithm, parameters)
    except A4BError as error:
        return False, str(error)
    return check(parameters, context)


def chosen_codes(algorithm, parameters: dict, context) -> tuple[list[str], list[str]]:
    """(statuses, themes) chosen, as codes; empty lists mean all. Raises :class:`InputError`."""
    parameters = as_enum_values(algorithm, parameters)
    chosen = {}
    for name, (codes, _label, _what) in _vocabularies().items():
        if parameters.get(name) in (None, [], ""):
            # parameterAsEnums would give option 0 for an empty optional enum (QGIS 3.22)
            chosen[name] = []
        else:
            chosen[name] = [codes[i] for i in algorithm.parameterAsEnums(parameters, name, context)]
    return chosen[STATUSES], chosen[THEMES]


def chosen_filters(algorithm, parameters: dict, context, register) -> tuple:
    """(pilots, statuses, themes) as chosen, checked against *register* and the vocabularies.

    Raises ``InputError`` or ``OutputError`` naming the allowed values when one is unknown.
    """
    statuses, themes = chosen_codes(algorithm, parameters, context)
    pilots = algorithm.parameterAsString(parameters, PILOTS, context)
    return parse_filters(pilots, statuses, themes, register)
