"""Where a project's measures register lives, and moving it without losing a row.

An unsaved project has no folder, so its register lives in the QGIS profile
(``<profile>/a4b/a4b_work.gpkg``), shared by every unsaved project. The user
must always see which file that is, and saving the project must never switch
to another register behind their back: these helpers give the panel what it
needs to name the register and to copy it beside the project on request.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from qgis.core import QgsExpressionContextUtils, QgsProject

from ..common.errors import RegisterError
from ..common.i18n import tr
from ..common.paths import profile_dir
from .pg_connect import is_team_register
from .schema import MEASURES_TABLE

# Models use it as @a4b_register; the panel keeps it in step with its choice.
PROJECT_VARIABLE = "a4b_register"


def profile_folder() -> Path:
    """The folder of registers that belong to no saved project."""
    return profile_dir()


def is_profile_register(path: str) -> bool:
    """Whether *path* lies in the QGIS profile rather than beside a project."""
    if not path or is_team_register(path):
        return False
    folder = os.path.normcase(os.path.realpath(profile_folder()))
    return os.path.normcase(os.path.realpath(os.path.dirname(path))) == folder


def display_name(path: str) -> str:
    """The register as named on screen and in outputs: its file name, never its folder.

    A team register is named by its URI (which never holds a password).
    """
    if is_team_register(path):
        return path
    return os.path.basename(path) if path else ""


def describe(path: str) -> str:
    """One line for the panel: which register is in use and where it lives."""
    if not path:
        return tr("No register chosen")
    if is_team_register(path):
        return tr("Team register {0}").format(display_name(path))
    if is_profile_register(path):
        return tr("{0} in your QGIS profile (not beside a project)").format(display_name(path))
    if not os.path.exists(path):
        return tr("{0} (not created yet)").format(display_name(path))
    return display_name(path)


def publish(project: QgsProject, path: str) -> None:
    """Set the project variable ``@a4b_register`` to *path* (removed when empty).

    The variable mirrors the register the project already remembers, so
    setting it does not make a clean project ask to be saved.
    """
    current = QgsExpressionContextUtils.projectScope(project).variable(PROJECT_VARIABLE)
    if (current or "") == (path or ""):
        return
    was_dirty = project.isDirty()
    if path:
        QgsExpressionContextUtils.setProjectVariable(project, PROJECT_VARIABLE, path)
    else:
        QgsExpressionContextUtils.removeProjectVariable(project, PROJECT_VARIABLE)
    if not was_dirty:
        project.setDirty(False)


def count_measures(path: str) -> int:
    """How many measures the register at *path* holds (0 when it does not exist)."""
    if not path or not os.path.exists(path):
        return 0
    try:
        with sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro", uri=True) as db:
            return int(db.execute(f'SELECT count(*) FROM "{MEASURES_TABLE}"').fetchone()[0])
    except sqlite3.Error:
        return 0


def copy_register(source: str, target: str) -> int:
    """Copy the register *source* to *target* (a new file) and return its measure count.

    Uses SQLite's online backup, so a register that another session is
    writing is copied as one consistent state. An existing *target* is never
    replaced, and the copy is checked against the source before it counts.
    """
    if not os.path.exists(source):
        raise RegisterError(tr("The register {0} does not exist.").format(source))
    if os.path.exists(target):
        raise RegisterError(
            tr("{0} exists already; it was left as it is. Choose it, or another file name.").format(target)
        )
    expected = count_measures(source)
    partial = f"{target}.copying"
    try:
        with sqlite3.connect(f"file:{Path(source).as_posix()}?mode=ro", uri=True) as src:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
            finally:
                dst.close()
        if count_measures(partial) != expected:
            raise RegisterError(tr("The copy of {0} is incomplete; nothing was changed.").format(source))
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as error:
        raise RegisterError(tr("Could not copy the register to {0}: {1}").format(target, error)) from error
    finally:
        if os.path.exists(partial):
            os.remove(partial)
    return expected
