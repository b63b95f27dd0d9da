"""Background tasks the panels start: ending them before the panel goes."""

from __future__ import annotations

from qgis.core import QgsTask


def wait_until_finished(task: QgsTask | None, timeout_ms: int) -> None:
    """Wait (at most *timeout_ms*) for a cancelled *task*'s thread to end.

    A panel deleted while its task still runs can crash QGIS; the task
    manager may already have deleted a finished task, which is fine.
    """
    if task is None:
        return
    try:
        task.waitForFinished(timeout_ms)
    except RuntimeError:  # the task manager already deleted it
        pass
