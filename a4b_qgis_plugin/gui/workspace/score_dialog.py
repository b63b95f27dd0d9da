"""Workspace panel, scoring step: ``a4b:scoreparcels`` with layers from the project and weights as sliders.

The algorithm runs as a background task; its result joins the project as the
opportunity map (graduated on the score, the best parcels labelled by rank).
"""

from __future__ import annotations

from qgis.core import (
    QgsApplication,
    QgsMapLayer,
    QgsProject,
)
from qgis.PyQt.QtCore import QObject, pyqtSignal
from qgis.PyQt.QtWidgets import QDialog, QPushButton

from ...core.common.qt_compat import LAYER_FILTER_POLYGON, enum_value
from ...core.pilots import layer_group
from ...core.scoring.normalise import CRITERIA
from ...core.scoring.style import apply_score_style
from ..common.form_loader import load_ui
from ..common.tasks import algorithm_task, wait_until_finished

FORM = load_ui(__file__, "score_dialog")
ALGORITHM_ID = "a4b:scoreparcels"
LAYER_FILTER_RASTER = enum_value("Qgis.LayerFilter.RasterLayer", "QgsMapLayerProxyModel.Filter.RasterLayer")


class ScoreDialog(QDialog, FORM):
    """Choose the data and weights, run the scoring, add the opportunity map to the project."""

    scored = pyqtSignal(object)  # the result layer, once it is in the project
    failed = pyqtSignal(str)

    def __init__(self, project: QgsProject, parent=None, parcels=None, natura=None, pilots=None):
        super().__init__(parent)
        self.setupUi(self)
        self.project = project
        self.task = None
        self.context = None
        self.feedback = None
        self.result_layer: QgsMapLayer | None = None
        for combo in (self.parcelsCombo, self.n2kCombo, self.natureCombo, self.pilotsCombo):
            combo.setFilters(LAYER_FILTER_POLYGON)
        for combo in (self.depositionCombo, self.groundwaterCombo, self.elevationCombo):
            combo.setFilters(LAYER_FILTER_RASTER)
        for combo in (
            self.n2kCombo,
            self.natureCombo,
            self.pilotsCombo,
            self.depositionCombo,
            self.groundwaterCombo,
            self.elevationCombo,
        ):
            combo.setAllowEmptyLayer(True)
            combo.setLayer(None)
        for combo, layer in (
            (self.parcelsCombo, parcels),
            (self.n2kCombo, natura),
            (self.pilotsCombo, pilots),
        ):
            if layer is not None:
                combo.setLayer(layer)
        for criterion in CRITERIA:
            slider, value = self._slider(criterion)
            slider.valueChanged.connect(lambda v, label=value: label.setText(str(v)))
        self.cancelButton.setEnabled(False)
        self.runButton.clicked.connect(self.run)
        self.cancelButton.clicked.connect(self.cancel)
        self.buttonBox.rejected.connect(self.reject)

    def _slider(self, criterion: str):
        return getattr(self, f"{criterion}Slider"), getattr(self, f"{criterion}Value")

    def weights_text(self) -> str:
        """The sliders as the algorithm's WEIGHTS text."""
        return ",".join(f"{c}={self._slider(c)[0].value()}" for c in CRITERIA)

    def parameters(self) -> dict:
        """The algorithm's parameters from the dialog (the output is a temporary layer)."""
        params = {
            "PARCELS": self.parcelsCombo.currentLayer(),
            "LINK_DISTANCE": self.linkSpin.value(),
            "WEIGHTS": self.weights_text(),
            "OUTPUT": "TEMPORARY_OUTPUT",
        }
        for key, combo in (
            ("NATURA2000", self.n2kCombo),
            ("NATURE", self.natureCombo),
            ("PILOTS", self.pilotsCombo),
            ("DEPOSITION", self.depositionCombo),
            ("GROUNDWATER", self.groundwaterCombo),
            ("ELEVATION", self.elevationCombo),
        ):
            if combo.currentLayer() is not None:
                params[key] = combo.currentLayer()
        return params

    def run(self) -> bool:
        """Start the scoring in the background; False (with the reason shown) when it cannot start."""
        if self.task is not None:
            return False
        if self.parcelsCombo.currentLayer() is None:
            self._status(self.tr("Choose the parcels first."))
            return False
        if not any(self._slider(c)[0].value() for c in CRITERIA):
            self._status(self.tr("At least one criterion needs a weight above 0."))
            return False
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(ALGORITHM_ID)
        if algorithm is None:
            self._status(
                self.tr("The algorithm {0} is not available; is the plugin enabled?").format(ALGORITHM_ID)
            )
            return False
        self.task, self.context, self.feedback = algorithm_task(algorithm, self.parameters(), self.project)
        self.feedback.progressChanged.connect(lambda value: self.progressBar.setValue(int(value)))
        self.task.executed.connect(self._executed)
        self._set_busy(True)
        self._status(self.tr("Scoring…"))
        QgsApplication.taskManager().addTask(self.task)
        return True

    def cancel(self) -> None:
        """Ask the running task to stop."""
        if self.task is not None:
            self.feedback.cancel()
            self.task.cancel()

    def stop(self, timeout_ms: int = 20000) -> None:
        """Cancel and wait for the task's thread (before the dialog goes)."""
        task = self.task
        self.cancel()
        wait_until_finished(task, timeout_ms)

    def _set_busy(self, busy: bool) -> None:
        self.runButton.setEnabled(not busy)
        self.cancelButton.setEnabled(busy)

    def _status(self, text: str) -> None:
        self.statusLabel.setText(text)

    def _executed(self, successful: bool, results: dict) -> None:
        self.task = None
        self._set_busy(False)
        if self.feedback is not None and self.feedback.isCanceled():
            self._fail(self.tr("Scoring was canceled."))
            return
        layer = self.context.takeResultLayer(results.get("OUTPUT")) if successful and results else None
        if layer is None:
            errors = "\n".join(self.feedback.errors if self.feedback else [])
            self._fail(errors or self.tr("Scoring failed; see the Processing log for details."))
            return
        layer.setName(self.tr("Opportunity score"))
        apply_score_style(layer, top=self.topSpin.value())
        self.project.addMapLayer(layer)
        self.result_layer = layer
        self.progressBar.setValue(100)
        self._status(
            self.tr("{0} parcels scored; {1} link two or more nature patches.").format(
                int(results.get("COUNT_SCORED", 0)), int(results.get("COUNT_BRIDGING", 0))
            )
        )
        self.scored.emit(layer)

    def _fail(self, text: str) -> None:
        self.progressBar.setValue(0)
        self._status(text)
        self.failed.emit(text)

    def reject(self) -> None:
        self.stop()
        super().reject()


class ScoringStep(QObject):
    """The panel's "Score parcels…" button (below flagging) and the dialog it opens."""

    def __init__(self, dock):
        super().__init__(dock)
        self.dock = dock
        self.dialog: ScoreDialog | None = None
        self.button = QPushButton(self.tr("Score parcels…"), dock.flagGroup)
        self.button.setToolTip(
            self.tr(
                "Where do measures help most? Score the flagged parcels on nitrogen, drying and fragmentation"
            )
        )
        grid = dock.flagGroup.layout()
        grid.addWidget(self.button, grid.rowCount(), 0, 1, grid.columnCount())
        self.button.clicked.connect(self.open)

    def open(self) -> ScoreDialog:
        """Show the dialog, with the pilot's flagged parcels (else the parcels layer) and its areas chosen."""
        if self.dialog is None:
            dock = self.dock
            pilot = dock.pilot()
            flagged = layer_group.group_layer(dock.project, pilot.name, "flagged_parcels") if pilot else None
            self.dialog = ScoreDialog(
                dock.project,
                dock,
                parcels=flagged or dock.parcelsCombo.currentLayer(),
                natura=dock.n2kCombo.currentLayer(),
            )
            self.dialog.finished.connect(self._closed)
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def _closed(self, _result: int) -> None:
        if self.dialog is not None and self.dialog.task is None:
            self.dialog.deleteLater()
            self.dialog = None

    def stop(self) -> None:
        """Stop a running scoring before the panel goes."""
        if self.dialog is not None:
            self.dialog.stop()
