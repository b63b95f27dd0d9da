"""The words of the measures domain: statuses, themes and units, and their labels.

Both the catalogue and the register speak this vocabulary; it lives here so
that neither has to import the other for it.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication

STATUSES = ["idea", "proposed", "agreed", "implemented", "dropped"]
DEFAULT_STATUS = "proposed"

# A measure moves one step at a time along idea - proposed - agreed - implemented,
# either way (a step back is a correction, and it is what undo writes), and can be
# dropped or revived from any status. Skipping a step (implemented straight from
# idea, never agreed) is what a delivery check must catch. A new measure may start
# at any status: measures taken before the register existed are entered as they are.
ALLOWED_TRANSITIONS: dict[str, tuple[str, ...]] = {
    "idea": ("proposed", "dropped"),
    "proposed": ("idea", "agreed", "dropped"),
    "agreed": ("proposed", "implemented", "dropped"),
    "implemented": ("agreed", "dropped"),
    "dropped": ("idea", "proposed", "agreed", "implemented"),
}


def transition_allowed(old: str | None, new: str | None) -> bool:
    """Whether a measure may go from status *old* to *new* (staying put is allowed).

    An unknown or empty *old* status (a damaged or foreign row) allows any
    change, so it can be repaired.
    """
    if old == new or old not in ALLOWED_TRANSITIONS:
        return True
    return new in ALLOWED_TRANSITIONS[old]


def allowed_statuses(current: str | None) -> list[str]:
    """The statuses a measure at *current* may be given, *current* first, then in :data:`STATUSES` order."""
    if current not in ALLOWED_TRANSITIONS:
        return list(STATUSES)
    return [current] + [s for s in STATUSES if s in ALLOWED_TRANSITIONS[current]]


# Themes follow the programme's three problems; business_model is for measures that serve
# the farm as a whole (a monitor, a short chain) rather than one problem. How a measure is
# paid for (ANLb, eco-regeling, SNL, own) is its scheme, not its theme.
THEMES = [
    "water",
    "nitrogen",
    "landscape",
    "business_model",
]
# Themes of catalogues and registers before 0.2.0: still read, filtered and summarised.
FORMER_THEMES = ["agri_nature", "nature_conversion"]
ALL_THEMES = THEMES + FORMER_THEMES

SCHEMES = ["anlb", "eco_regeling", "snl", "own"]
# The scheme of a catalogue code by its prefix, for catalogues without a scheme column.
SCHEME_PREFIXES = {"ANLB-": "anlb", "ECO-": "eco_regeling", "SNL-": "snl", "PILOT-": "own"}


def scheme_of_code(code: str | None) -> str:
    """The scheme a catalogue code's prefix names (``ECO-`` eco-regeling ...); "" when none does."""
    upper = (code or "").upper()
    for prefix, scheme in SCHEME_PREFIXES.items():
        if upper.startswith(prefix):
            return scheme
    return ""


UNITS = ["ha", "m", "piece"]


def status_label(status: str) -> str:
    """The status as the user reads it, in the interface language."""
    labels = {
        "idea": QCoreApplication.translate("register_schema", "idea"),
        "proposed": QCoreApplication.translate("register_schema", "proposed"),
        "agreed": QCoreApplication.translate("register_schema", "agreed"),
        "implemented": QCoreApplication.translate("register_schema", "implemented"),
        "dropped": QCoreApplication.translate("register_schema", "dropped"),
    }
    return labels.get(status, status)


def theme_label(theme: str) -> str:
    """The theme as the user reads it, in the interface language."""
    labels = {
        "water": QCoreApplication.translate("register_schema", "Water and drying out"),
        "nitrogen": QCoreApplication.translate("register_schema", "Nitrogen"),
        "landscape": QCoreApplication.translate("register_schema", "Fragmentation and landscape"),
        "agri_nature": QCoreApplication.translate("register_schema", "Agricultural nature management"),
        "nature_conversion": QCoreApplication.translate("register_schema", "Conversion to nature"),
        "business_model": QCoreApplication.translate("register_schema", "Business model"),
    }
    return labels.get(theme, theme)


def scheme_label(scheme: str) -> str:
    """How a measure is paid for, as the user reads it."""
    labels = {
        "anlb": QCoreApplication.translate("register_schema", "ANLb (agricultural nature management)"),
        "eco_regeling": QCoreApplication.translate("register_schema", "Eco-regeling (CAP)"),
        "snl": QCoreApplication.translate("register_schema", "SNL (nature management subsidy)"),
        "own": QCoreApplication.translate("register_schema", "Own (pilot measure)"),
    }
    return labels.get(scheme, scheme)


def unit_label(unit: str) -> str:
    """The unit as the user reads it."""
    labels = {
        "ha": QCoreApplication.translate("register_schema", "ha"),
        "m": QCoreApplication.translate("register_schema", "m"),
        "piece": QCoreApplication.translate("register_schema", "piece"),
    }
    return labels.get(unit, unit)
