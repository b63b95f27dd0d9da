"""Workspace panel, PDOK part: "Load for this pilot" as a background task with progress and cancel.

The task's thread only talks to the network and writes the work GeoPackage;
the project and the panel are changed in the main thread once the task has
finished, and only with a complete result.
"""

from __future__ import annotations

import logging
import os

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessingFeedback,
    QgsProject,
    QgsRectangle,
    QgsTask,
)
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ...core.common.errors import A4BError
from ...core.common.i18n import tr
from ...core.pdok import loader as pdok_loader
from ...core.pilots import work_gpkg
from ..common.tasks import wait_until_finished
from . import state

LOG = logging.getLogger(__name__)
PDOK_KEYS = ("natura2000", "brp_gewaspercelen")
# Without a boundary the visible map is loaded, up to 50 x 50 km: a province
# holds hundreds of thousands of BRP parcels, which PDOK serves page by page.
MAX_LOAD_AREA_M2 = 50_000.0 * 50_000.0
# Share of the progress bar for each download; saving the copies takes the rest.
_DOWNLOAD_SHARE = 45.0
# Tasks still running: the task manager owns them, but Python must keep its
# wrapper (and the overridden run/finished) alive until they have finished,
# also when the panel is closed meanwhile.
_IN_FLIGHT: set = set()


def area_m2(extent: QgsRectangle, crs: QgsCoordinateReferenceSystem, project: QgsProject) -> float:
    """Area of *extent* in square metres (measured in EPSG:28992)."""
    target = QgsCoordinateReferenceSystem(work_gpkg.WORK_CRS)
    rect = QgsCoordinateTransform(crs, target, project.transformContext()).transformBoundingBox(extent)
    return rect.width() * rect.height()


def load_pdok_layers(
    pilot_name: str,
    extent: QgsRectangle,
    crs: QgsCoordinateReferenceSystem,
    gpkg_path: str,
    keep_copy: bool,
    feedback: QgsProcessingFeedback | None = None,
    progress=None,
) -> list:
    """Natura 2000 and BRP parcels from PDOK for *extent* (in *crs*): ``[(key, layer), ...]``.

    With *keep_copy* each layer is saved as ``<key>_<pilot>`` in the work
    GeoPackage and the saved table is returned, so the pilot works offline.
    Both are downloaded before either is saved, so a cancel or a failure
    never leaves a new table beside an old one. *progress* (0–100) is called
    after each step. Touches neither the project nor any widget: it runs in
    the task's thread. Raises ``SourceError`` with a message for the user.
    """
    if keep_copy:
        folder = os.path.dirname(os.path.abspath(gpkg_path))
        try:
            os.makedirs(folder, exist_ok=True)
        except OSError as err:
            raise pdok_loader.SourceError(
                tr("Cannot create the folder {0}: {1}").format(folder, err)
            ) from err
    downloaded = []
    for step, key in enumerate(PDOK_KEYS, start=1):
        downloaded.append((key, pdok_loader.load_vector_for_extent(key, extent, crs, feedback)))
        if progress is not None:
            progress(step * _DOWNLOAD_SHARE)
    loaded = []
    for key, layer in downloaded:
        if keep_copy:
            if feedback is not None and feedback.isCanceled():
                return []
            layer = pdok_loader.save_to_gpkg(layer, gpkg_path, f"{key}_{state.slug(pilot_name)}")
        layer.setName(f"{key} – {pilot_name}")
        loaded.append((key, layer))
    if progress is not None:
        progress(100.0)
    return loaded


class PdokLoadTask(QgsTask):
    """Downloads the PDOK layers of one pilot in QGIS's task manager (progress, cancel)."""

    ended = pyqtSignal()

    def __init__(self, pilot_name: str, extent, crs, gpkg_path: str, keep_copy: bool):
        super().__init__("", QgsTask.Flag.CanCancel)
        self.setDescription(self.tr("PDOK data for {0}").format(pilot_name))
        self.pilot_name = pilot_name
        self.extent = QgsRectangle(extent)
        self.crs = QgsCoordinateReferenceSystem(crs)
        self.gpkg_path = gpkg_path
        self.keep_copy = keep_copy
        # The loader checks this feedback; cancel() below cancels it together with the task.
        self.feedback = QgsProcessingFeedback()
        self.layers: list = []
        self.error = ""

    def cancel(self) -> None:
        """Cancel the task and the loader's feedback (also from the task manager's button)."""
        self.feedback.cancel()
        # QGIS 3.22 can leave a thread of its pool blocked for good when a task is
        # canceled before it has started (seen when the panel closed right after
        # a click): a queued task starts instead, finds the feedback canceled and
        # ends at once.
        if self.status() != QgsTask.TaskStatus.Queued:
            super().cancel()

    def was_canceled(self) -> bool:
        """True when the task or its feedback was canceled."""
        return self.isCanceled() or self.feedback.isCanceled()

    def run(self) -> bool:
        """Download (and save); runs in the task's thread."""
        try:
            self.layers = load_pdok_layers(
                self.pilot_name,
                self.extent,
                self.crs,
                self.gpkg_path,
                self.keep_copy,
                self.feedback,
                self.setProgress,
            )
        except A4BError as err:
            self.error = str(err)
            return False
        except Exception as err:  # reported to the user and logged, not swallowed
            LOG.exception("Loading from PDOK failed")
            self.error = self.tr("Loading from PDOK failed: {0}").format(err)
            return False
        return not self.was_canceled()

    def finished(self, result: bool) -> None:
        """In the main thread once run() has returned: the panel takes over."""
        self.ended.emit()


class PdokLoading(QObject):
    """The panel's "Load for this pilot": one load at a time, its result for the pilot it was asked for."""

    # outcome ("loaded", "canceled" or "failed"), the layers added to the project
    finished = pyqtSignal(str, list)

    def __init__(self, dock):
        super().__init__(dock)
        self.dock = dock
        self.task: PdokLoadTask | None = None
        self._canceled = False
        self._idle_text = dock.pdokButton.text()
        self._idle_tip = dock.pdokButton.toolTip()

    def is_running(self) -> bool:
        """True from the start of a load until its result has been handled."""
        return self.task is not None

    def toggle(self) -> None:
        """The button: start loading, or cancel the load that is running."""
        if self.is_running():
            self.cancel()
        else:
            self.start()

    def start(self) -> bool:
        """Start loading for the chosen pilot's boundary (else the visible map); False after a warning."""
        dock = self.dock
        pilot = dock.pilot()
        if pilot is None or self.is_running():
            return False
        area = self._area(pilot)
        if area is None:
            return False
        extent, crs = area
        self._canceled = False
        task = PdokLoadTask(pilot.name, extent, crs, dock.work_gpkg(), dock.keepCopyCheck.isChecked())
        task.ended.connect(self._ended)
        _IN_FLIGHT.add(task)
        # taskCompleted/taskTerminated come after finished(): only then may it go
        task.taskCompleted.connect(lambda: _IN_FLIGHT.discard(task))
        task.taskTerminated.connect(lambda: _IN_FLIGHT.discard(task))
        self.task = task
        QgsApplication.taskManager().addTask(task)
        # flagging writes to the same GeoPackage: one task at a time
        dock.flagButton.setEnabled(False)
        dock.pdokButton.setText(self.tr("Cancel loading"))
        tip = self.tr("Loading from PDOK for {0} runs in the background; click to cancel it.")
        dock.pdokButton.setToolTip(tip.format(pilot.name))
        return True

    def _area(self, pilot):
        """``(extent, crs)`` to load: the pilot's boundary, else the visible map when small enough."""
        dock = self.dock
        boundary = dock.boundary_layer_for(pilot)
        if boundary is not None:
            return boundary.extent(), boundary.crs()
        # no boundary yet: the visible map, so the user can fetch the areas and derive one
        canvas = dock.iface.mapCanvas()
        extent, crs = canvas.extent(), canvas.mapSettings().destinationCrs()
        if not crs.isValid():
            crs = dock.project.crs()
        if extent.isEmpty() or area_m2(extent, crs, dock.project) > MAX_LOAD_AREA_M2:
            dock._warn(
                self.tr(
                    "{0} has no boundary yet. Zoom the map in to the pilot's area (at most 50 x 50 km) "
                    "to load that, or set the boundary first."
                ).format(pilot.name)
            )
            return None
        return extent, crs

    def cancel(self) -> None:
        """Ask the running load to stop; nothing of it is added to the project."""
        if self.task is None:
            return
        self._canceled = True
        self.task.cancel()
        self.dock.pdokButton.setEnabled(False)
        self.dock.pdokButton.setText(self.tr("Canceling…"))

    def stop(self, timeout_ms: int = 20000) -> None:
        """Cancel and wait until the task's thread is done (before the panel is deleted)."""
        task = self.task
        self.cancel()
        wait_until_finished(task, timeout_ms)

    def _ended(self) -> None:
        task, self.task = self.task, None
        self.dock.flagButton.setEnabled(True)
        self.dock.pdokButton.setEnabled(True)
        self.dock.pdokButton.setText(self._idle_text)
        self.dock.pdokButton.setToolTip(self._idle_tip)
        if task is None:
            return
        if self._canceled or task.was_canceled():
            self.dock._message(
                self.tr("Loading from PDOK for {0} was canceled; nothing was added.").format(task.pilot_name)
            )
            self.finished.emit("canceled", [])
            return
        if task.error or not task.layers:
            self.dock._warn(task.error or self.tr("Loading from PDOK gave no layers."))
            self.finished.emit("failed", [])
            return
        self.finished.emit("loaded", self._add(task))

    def _add(self, task: PdokLoadTask) -> list:
        """Add the loaded layers to the project; choose them in the panel if it still shows their pilot."""
        dock = self.dock
        layers = []
        for _key, layer in task.layers:
            dock.project.addMapLayer(layer)
            layers.append(layer)
        pilot = dock.pilot()
        if pilot is not None and pilot.name == task.pilot_name:
            combos = {"natura2000": dock.n2kCombo, "brp_gewaspercelen": dock.parcelsCombo}
            for key, layer in task.layers:
                combos[key].setLayer(layer)
            dock._message(
                self.tr("Loaded {0} layer(s) from PDOK for {1}.").format(len(layers), task.pilot_name)
            )
        else:
            # another pilot was chosen meanwhile: its layer choice stays as it is
            dock._message(
                self.tr(
                    "Loaded {0} layer(s) from PDOK for {1}. They are in the Layers panel; "
                    "choose {1} and its layers to work with them."
                ).format(len(layers), task.pilot_name)
            )
        return layers
