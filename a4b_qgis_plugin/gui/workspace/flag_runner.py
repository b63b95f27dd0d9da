"""Runs ``a4b:flagparcels`` as a background task, with progress and cancel, for the workspace panel."""

from __future__ import annotations

from qgis.core import (
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProject,
)
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..common.tasks import CollectingFeedback, algorithm_task, wait_until_finished

ALGORITHM_ID = "a4b:flagparcels"


class FlagRunner(QObject):
    """One flagging run at a time; signals progress and the result."""

    progressChanged = pyqtSignal(float)
    finished = pyqtSignal(bool, dict, str)  # success, results, error text

    def __init__(self, parent=None):
        super().__init__(parent)
        self.task: QgsProcessingAlgRunnerTask | None = None
        self.context: QgsProcessingContext | None = None
        self.feedback: CollectingFeedback | None = None

    def warnings(self) -> list[str]:
        """What the last run assumed or repaired (shown by the panel, not only in the log)."""
        return list(self.feedback.warnings) if self.feedback else []

    def is_running(self) -> bool:
        """True while a task is queued or running."""
        return self.task is not None

    def start(self, parameters: dict, project: QgsProject) -> None:
        """Queue the algorithm with *parameters*; raises RuntimeError when it is not available."""
        if self.is_running():
            raise RuntimeError(self.tr("Flagging is already running."))
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(ALGORITHM_ID)
        if algorithm is None:
            raise RuntimeError(
                self.tr("The algorithm {0} is not available; is the plugin enabled?").format(ALGORITHM_ID)
            )
        self.task, self.context, self.feedback = algorithm_task(algorithm, parameters, project)
        self.feedback.progressChanged.connect(self.progressChanged)
        self.task.executed.connect(self._executed)
        QgsApplication.taskManager().addTask(self.task)

    def cancel(self) -> None:
        """Ask the running task to stop (it stops at its next check)."""
        if self.task is not None:
            self.feedback.cancel()
            self.task.cancel()

    def stop(self, timeout_ms: int = 20000) -> None:
        """Cancel and wait until the task's thread is done (before the panel is deleted).

        Deleting the panel while the algorithm still starts up in its thread
        crashed QGIS now and then; waiting a moment for the cancel avoids that.
        """
        task = self.task
        self.cancel()
        wait_until_finished(task, timeout_ms)

    def _executed(self, successful: bool, results: dict) -> None:
        canceled = self.feedback.isCanceled() if self.feedback else False
        self.task = None
        error = ""
        if canceled:
            error = self.tr("Flagging was canceled.")
            successful = False
        elif not successful:
            error = "\n".join(self.feedback.errors if self.feedback else []) or self.tr(
                "Flagging failed; see the Processing log for details."
            )
        self.finished.emit(bool(successful), dict(results or {}), error)
