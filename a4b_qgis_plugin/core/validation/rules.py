"""The rules a measure is checked against: stable code, severity, title, message and help.

Codes never change once released: models, spreadsheets and people filter on
them. Hard errors mean the measure cannot be delivered as it is (as in the
collectives' SCAN-GIS); soft ones mean deliver, but look again.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..common.i18n import Translatable

HARD = "hard"
SOFT = "soft"
SEVERITIES = (HARD, SOFT)

GEOMETRY = "H-GEOMETRY"
UNKNOWN_CODE = "H-CODE"
QUANTITY = "H-QUANTITY"
PARCEL_EXTENT = "H-PARCEL-EXTENT"
INCOMPATIBLE = "H-INCOMPATIBLE"
TRANSITION = "H-TRANSITION"
BRP_CATEGORY = "S-BRP-CATEGORY"
OUTSIDE_PILOT = "S-OUTSIDE-PILOT"
N2K_DISTANCE = "S-N2K-DISTANCE"
MONEY_MISSING = "S-MONEY-MISSING"
STALE_PROPOSED = "S-STALE-PROPOSED"

CODES = (
    GEOMETRY,
    UNKNOWN_CODE,
    QUANTITY,
    PARCEL_EXTENT,
    INCOMPATIBLE,
    TRANSITION,
    BRP_CATEGORY,
    OUTSIDE_PILOT,
    N2K_DISTANCE,
    MONEY_MISSING,
    STALE_PROPOSED,
)


@dataclass(frozen=True)
class Rule:
    """One check: its stable code, severity, and texts in the interface language."""

    code: str
    severity: str
    title: str
    help: str


def rule(code: str) -> Rule:
    """The rule with *code*; KeyError for an unknown code."""
    for item in rules():
        if item.code == code:
            return item
    raise KeyError(code)


def severity_of(code: str) -> str:
    """The severity of the rule *code* (from the code's prefix, no translation needed)."""
    return HARD if code.startswith("H-") else SOFT


class ValidationRules(Translatable):
    """The rules' texts; a class so that Qt's translation tools file them under one context."""

    def severity_label(self, severity: str) -> str:
        """ "Hard error" or "Soft warning", translated."""
        if severity == HARD:
            return self.tr("Hard error")
        if severity == SOFT:
            return self.tr("Soft warning")
        return severity

    def rules(self) -> list[Rule]:
        """Every rule, hard ones first, with title and help in the interface language."""
        return [
            Rule(
                GEOMETRY,
                HARD,
                self.tr("Geometry missing, empty or invalid"),
                self.tr(
                    "The measure has no geometry, an empty one, or one GEOS rejects (self-intersection, "
                    "unclosed ring). Redraw or repair it; the other geometry checks skip such a measure.",
                ),
            ),
            Rule(
                UNKNOWN_CODE,
                HARD,
                self.tr("Measure code not in the catalogue"),
                self.tr(
                    "The measure code is not in the measures catalogue in use (the shipped one or the file "
                    "set in the settings). Choose a catalogue measure, or add the code to your catalogue; "
                    "the checks that need the catalogue skip such a measure.",
                ),
            ),
            Rule(
                QUANTITY,
                HARD,
                self.tr("Quantity does not match the geometry"),
                self.tr(
                    "The quantity differs from what the geometry measures in EPSG:28992 (area in ha; for "
                    "measures in metres the length of a line, or the long side of a strip polygon, as "
                    "tagging estimates it) by more than 1 %, or 0.01 ha / 1 m when that is larger. Measures "
                    "counted in pieces are not checked. Correct the quantity or the geometry.",
                ),
            ),
            Rule(
                PARCEL_EXTENT,
                HARD,
                self.tr("Measure extends beyond its parcel"),
                self.tr(
                    "Part of the measure lies outside the parcel(s) it references, by more than the "
                    "tolerance (1 m² by default). Only checked when a parcel layer is given; the parcel is "
                    "found by its identifier, by layer name and id as in parcel_ref, or by its outline "
                    "(parcel_fingerprint).",
                ),
            ),
            Rule(
                INCOMPATIBLE,
                HARD,
                self.tr("Overlaps an incompatible measure"),
                self.tr(
                    "Two active measures (proposed, agreed or implemented) share more than the tolerance of "
                    "ground and the catalogue's excludes column says they cannot go together, for example "
                    "conversion to nature and a production measure, or the same eco-activity twice.",
                ),
            ),
            Rule(
                TRANSITION,
                HARD,
                self.tr("Status reached by an impossible step"),
                self.tr(
                    "The register's history shows that the measure's current status was set straight from "
                    "a status it may not follow, for example implemented from idea without agreed. A "
                    "measure moves one step at a time along idea, proposed, agreed, implemented (either "
                    "way) and can be dropped or revived. Only checked for a GeoPackage register.",
                ),
            ),
            Rule(
                BRP_CATEGORY,
                SOFT,
                self.tr("Parcel's BRP category does not fit the measure"),
                self.tr(
                    "The parcel's BRP category (field 'category') is not one the catalogue lists for the "
                    "measure: the same check the panel makes when tagging. Only checked when a parcel "
                    "layer is given.",
                ),
            ),
            Rule(
                OUTSIDE_PILOT,
                SOFT,
                self.tr("Measure outside every pilot boundary"),
                self.tr(
                    "The measure touches no pilot boundary. Only checked when pilot boundaries are given "
                    "or found in the register's or project's work GeoPackage.",
                ),
            ),
            Rule(
                N2K_DISTANCE,
                SOFT,
                self.tr("Too far from Natura 2000 for its effect"),
                self.tr(
                    "The measure lies farther from the nearest Natura 2000 area than the effect distance "
                    "the catalogue gives for it (column max_distance_m). Only checked when Natura 2000 "
                    "areas are given and the catalogue has a distance.",
                ),
            ),
            Rule(
                MONEY_MISSING,
                SOFT,
                self.tr("Cost or revenue missing"),
                self.tr(
                    "The cost or the revenue per year is empty, so the totals and the net amount leave "
                    "this measure out. Fill in the amount, or 0 when there is none.",
                ),
            ),
            Rule(
                STALE_PROPOSED,
                SOFT,
                self.tr("Proposed for too long"),
                self.tr(
                    "The measure has been proposed, unchanged in status, for longer than the set time (12 "
                    "months by default), counted from its last status change in the history (else from "
                    "when it was last changed).",
                ),
            ),
        ]

    def message(self, code: str, **values) -> str:
        """The finding's message for rule *code*, filled with *values*, in the interface language."""
        # Only the one template needed is translated: a check may write thousands of findings.
        templates = {
            GEOMETRY: lambda: self.tr("The measure has no usable geometry: {problem}."),
            UNKNOWN_CODE: lambda: self.tr("Measure code {measure_code} is not in the catalogue."),
            QUANTITY: lambda: self.tr(
                "Quantity {quantity} {unit}, but the geometry measures {expected} {unit}."
            ),
            PARCEL_EXTENT: lambda: self.tr("{area} m² of the measure lies outside its parcel {parcel}."),
            INCOMPATIBLE: lambda: self.tr(
                "{area} m² overlaps measure {other_code} ({other_uuid}), which cannot go together with "
                "{measure_code}.",
            ),
            TRANSITION: lambda: self.tr("Status {new} was set straight from {old} on {date}."),
            BRP_CATEGORY: lambda: self.tr(
                "Parcel {parcel} is {category}; {measure_code} is meant for {fits}."
            ),
            OUTSIDE_PILOT: lambda: self.tr("The measure lies outside every pilot boundary."),
            N2K_DISTANCE: lambda: self.tr(
                "The measure lies {distance} m from the nearest Natura 2000 area; {measure_code} has its "
                "effect up to {limit} m.",
            ),
            MONEY_MISSING: lambda: self.tr("{missing} not known."),
            STALE_PROPOSED: lambda: self.tr("Proposed since {since}, more than {months} months."),
        }
        return templates[code]().format(**values)

    def geometry_problem(self, kind: str) -> str:
        """The {problem} of a geometry finding: missing, empty or invalid (with GEOS's reason)."""
        texts = {
            "missing": self.tr("none"),
            "empty": self.tr("empty"),
        }
        if kind in texts:
            return texts[kind]
        return self.tr("invalid ({reason})").format(reason=kind)

    def money_missing_text(self, cost: bool, revenue: bool) -> str:
        """The {missing} of a money finding."""
        if cost and revenue:
            return self.tr("Cost and revenue are")
        if cost:
            return self.tr("Cost is")
        return self.tr("Revenue is")


_TEXTS = ValidationRules()


def severity_label(severity: str) -> str:
    """ "Hard error" or "Soft warning", translated."""
    return _TEXTS.severity_label(severity)


def rules() -> list[Rule]:
    """Every rule, hard ones first, with title and help in the interface language."""
    return _TEXTS.rules()


def message(code: str, **values) -> str:
    """The finding's message for rule *code*, filled with *values*, in the interface language."""
    return _TEXTS.message(code, **values)


def geometry_problem(kind: str) -> str:
    """The {problem} of a geometry finding: missing, empty or invalid (with GEOS's reason)."""
    return _TEXTS.geometry_problem(kind)


def money_missing_text(cost: bool, revenue: bool) -> str:
    """The {missing} of a money finding."""
    return _TEXTS.money_missing_text(cost, revenue)
