"""The pilot the user works on, shared by the two panels.

Choosing a pilot in the Pilot workspace chooses it in the Measures panel and
the other way round. The panels do not know each other: each publishes its
choice here and follows :attr:`CurrentPilot.changed`.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QObject, pyqtSignal


class CurrentPilot(QObject):
    """Holds the chosen pilot's name and tells every panel when a panel chooses one."""

    changed = pyqtSignal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._name = ""
        self._telling = False

    def name(self) -> str:
        """The pilot chosen last ("" for every pilot or none)."""
        return self._name

    def choose(self, name: str) -> None:
        """A panel chose *name*: tell the panels (each ignores a pilot it shows already).

        Told every time, not only on a change: a panel may have moved on by
        itself (a project read, a catalogue refilled). A panel that follows
        and publishes again while being told is not told twice.
        """
        if self._telling:
            return
        self._name = (name or "").strip()
        self._telling = True
        try:
            self.changed.emit(self._name)
        finally:
            self._telling = False


_shared: CurrentPilot | None = None


def shared() -> CurrentPilot:
    """The one current pilot of this QGIS session."""
    global _shared
    if _shared is None:
        _shared = CurrentPilot()
    return _shared


def release() -> None:
    """Forget the shared object (the plugin's unload; the panels disconnected already)."""
    global _shared
    if _shared is not None:
        _shared.deleteLater()
        _shared = None
