"""Undo and redo of the Measures panel's writes, each again through the register.

The panel writes first (so it can show errors and warnings as usual) and then
pushes a command built with what was written; the command's first ``redo``
is therefore skipped. Later undo/redo steps open the register and write
through it, so ``measures_history`` records them like any other change.

A failed step (register gone, locked, newer schema) cannot raise out of Qt's
undo stack: it reports through ``on_error`` and marks the command obsolete,
so the stack drops it instead of pretending it happened.
"""

from __future__ import annotations

import copy
from typing import Callable

try:
    from qgis.PyQt.QtWidgets import QUndoCommand, QUndoStack
except ImportError:  # Qt 6 moved the undo framework to QtGui
    from qgis.PyQt.QtGui import QUndoCommand, QUndoStack

from ...core.common.i18n import tr

__all__ = ["QUndoStack", "TagCommand", "DeleteCommand", "EditCommand"]

ErrorHandler = Callable[[str], None]
ChangeHandler = Callable[[], None]


class RegisterCommand(QUndoCommand):
    """Base: opens the register at *register_path* for each step."""

    def __init__(self, register_path: str, text: str, on_error: ErrorHandler, on_change: ChangeHandler):
        super().__init__(text)
        self.register_path = register_path
        self._on_error = on_error
        self._on_change = on_change
        self._skip_redo = True  # the panel already did the first write

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._run(self.do_redo)

    def undo(self) -> None:
        self._run(self.do_undo)

    def do_redo(self, register) -> None:
        """Write the change again."""
        raise NotImplementedError

    def do_undo(self, register) -> None:
        """Write the opposite of the change."""
        raise NotImplementedError

    def _run(self, step: Callable) -> None:
        from ...core.register import backend as register_module  # a GeoPackage or a team register

        try:
            step(register_module.open_register(self.register_path, create=False))
        except Exception as error:  # Qt's undo stack must never see an exception
            self.setObsolete(True)
            self._on_error(str(error))
        self._on_change()


class TagCommand(RegisterCommand):
    """Undo of tagging deletes the measures; redo adds the same rows (same uuids)."""

    def __init__(
        self, register_path: str, rows: list[dict], on_error: ErrorHandler, on_change: ChangeHandler
    ):
        super().__init__(register_path, tr("Tag parcels"), on_error, on_change)
        self.rows = [copy.copy(row) for row in rows]
        self.uuids = [row["uuid"] for row in rows]

    def do_undo(self, register) -> None:
        register.delete_measures(self.uuids)

    def do_redo(self, register) -> None:
        register.add_measures([copy.copy(row) for row in self.rows])


class DeleteCommand(RegisterCommand):
    """Undo of a delete adds the rows back, geometry and uuid included."""

    def __init__(
        self, register_path: str, rows: list[dict], on_error: ErrorHandler, on_change: ChangeHandler
    ):
        super().__init__(register_path, tr("Delete measures"), on_error, on_change)
        self.rows = [copy.copy(row) for row in rows]
        self.uuids = [row["uuid"] for row in rows]

    def do_undo(self, register) -> None:
        register.add_measures([copy.copy(row) for row in self.rows])

    def do_redo(self, register) -> None:
        register.delete_measures(self.uuids)


class EditCommand(RegisterCommand):
    """Undo of an edit writes the old values back."""

    def __init__(
        self,
        register_path: str,
        uuid: str,
        old_values: dict,
        new_values: dict,
        on_error: ErrorHandler,
        on_change: ChangeHandler,
        version: int | None = None,
    ):
        super().__init__(register_path, tr("Edit measure"), on_error, on_change)
        self.uuid = uuid
        self.old_values = dict(old_values)
        self.new_values = dict(new_values)
        # A team register's row_version after the edit: an undo never overwrites a later save.
        self.version = version

    def do_undo(self, register) -> None:
        self._update(register, self.old_values)

    def do_redo(self, register) -> None:
        self._update(register, self.new_values)

    def _update(self, register, values: dict) -> None:
        if self.version is None:
            register.update_measure(self.uuid, dict(values))
        else:
            self.version = register.update_measure(self.uuid, dict(values), expected_version=self.version)
