"""Background tasks the panels start: Processing algorithms as tasks, and ending them before a panel goes."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsTask,
)

# Task, context, feedback and algorithm of runs still going: the task uses
# them from its thread (and in finished()) even when the panel or dialog
# that started it was closed or unloaded.
_IN_FLIGHT: set = set()


class CollectingFeedback(QgsProcessingFeedback):
    """Feedback that keeps the errors and warnings, to show them in the panel or dialog."""

    def __init__(self):
        super().__init__()
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def reportError(self, error: str, fatalError: bool = False) -> None:
        """Keep *error*, then report it as usual."""
        self.errors.append(error)
        super().reportError(error, fatalError)

    def pushWarning(self, warning: str) -> None:
        """Keep *warning*, then report it as usual."""
        self.warnings.append(warning)
        super().pushWarning(warning)


def algorithm_task(
    algorithm: QgsProcessingAlgorithm, parameters: dict, project: QgsProject
) -> tuple[QgsProcessingAlgRunnerTask, QgsProcessingContext, CollectingFeedback]:
    """A task that runs *algorithm* on *project*, with its context and feedback.

    They stay alive until the task has ended, whatever happens to the caller.
    Connect to the task's signals, then add it to QGIS's task manager.
    """
    context = QgsProcessingContext()
    context.setProject(project)
    context.setTransformContext(project.transformContext())
    feedback = CollectingFeedback()
    task = QgsProcessingAlgRunnerTask(algorithm, parameters, context, feedback)
    bundle = (task, context, feedback, algorithm)
    _IN_FLIGHT.add(bundle)
    # taskCompleted/taskTerminated come after finished(): only then may they go
    task.taskCompleted.connect(lambda: _IN_FLIGHT.discard(bundle))
    task.taskTerminated.connect(lambda: _IN_FLIGHT.discard(bundle))
    return task, context, feedback


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
