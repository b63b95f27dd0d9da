"""Checking measures before they leave the pilot: hard errors block delivery, soft ones warn.

``rules`` names every rule (stable code, severity, texts), ``checks`` holds
one function per rule, ``run`` the single entry point that the algorithm
``a4b:validatemeasures``, the Measures panel and the export call.

May import: every other core package (it sits on top, above tagging and export).
"""

from . import rules
from .run import (
    DEFAULT_STALE_MONTHS,
    DEFAULT_TOLERANCE_M2,
    CheckOptions,
    CheckResult,
    Finding,
    check_register,
)

__all__ = [
    "rules",
    "DEFAULT_STALE_MONTHS",
    "DEFAULT_TOLERANCE_M2",
    "CheckOptions",
    "CheckResult",
    "Finding",
    "check_register",
]
