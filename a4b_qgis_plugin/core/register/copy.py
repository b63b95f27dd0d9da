"""Copying a register between backends, history included (``a4b:copyregister``).

GeoPackage to PostGIS starts a team register from one person's work;
PostGIS to GeoPackage makes an offline copy (and the export's snapshot of a
team register). The source is read in one consistent snapshot, the target
written in one transaction, and the copy is counted against the source.
Rows keep their ``fid``, uuid, timestamps and authors; history rows are
copied as they are, not written again.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from ..common.errors import RegisterError
from ..common.i18n import tr
from . import gpkg_copy, pg_copy
from .backend import is_team, open_register
from .pg_connect import is_team_register
from .schema import PERSONAL_FIELDS


@dataclass
class CopyResult:
    """How many measures and history rows the target holds after the copy."""

    measures: int
    history: int
    target: str


def dump(register, with_history: bool = True) -> tuple[list[dict], list[dict]]:
    """(measures, history) of any register, read in one snapshot."""
    if is_team(register):
        return pg_copy.dump(register, with_history)
    return gpkg_copy.dump(register, with_history)


def load(register, measures: list[dict], history: list[dict]) -> None:
    """Put (measures, history) into an empty register of any backend, in one transaction."""
    if is_team(register):
        pg_copy.load(register, measures, history)
    else:
        gpkg_copy.load(register, measures, history)


def copy_register(source_value: str, target_value: str) -> CopyResult:
    """Copy the register *source_value* into *target_value* (an empty register, or a new GeoPackage).

    A team register must exist already (a4b:createregister) and be empty; a
    GeoPackage target is created when missing.
    """
    if source_value.strip() == target_value.strip():
        raise RegisterError(tr("The source and the target are the same register."))
    source = open_register(source_value, create=False)
    if is_team(source) and set(PERSONAL_FIELDS) - source.personal_readable():
        raise RegisterError(
            tr(
                "Copying {name} needs a user that may read every column (the editor or owner role); "
                "this one may not read the personal columns."
            ).format(name=source.path)
        )
    existed = not is_team_register(target_value) and os.path.exists(target_value)
    target = open_register(target_value, create=True)
    measures, history = dump(source)
    try:
        load(target, measures, history)
    except RegisterError:
        if not existed and not is_team(target):
            _remove(target.path)
        raise
    copied, copied_history = dump(target)
    if len(copied) != len(measures) or len(copied_history) != len(history):
        raise RegisterError(
            tr("The copy in {target} holds {count} of {expected} measures; check it before use.").format(
                target=target.path, count=len(copied), expected=len(measures)
            )
        )
    return CopyResult(len(copied), len(copied_history), target.path)


def snapshot_to_gpkg(register, path: str, with_history: bool = False) -> int:
    """Write one consistent snapshot of *register* as a new GeoPackage register at *path*; its row count."""
    target = open_register(path, create=True)
    measures, history = dump(register, with_history)
    load(target, measures, history)
    return len(measures)


def _remove(path: str) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            os.remove(path + suffix)
        except OSError:
            pass
