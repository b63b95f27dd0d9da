"""Workspace panel, flagging part: ``a4b:flagparcels`` for the pilot as a task; the result joins its group."""

from __future__ import annotations

import shutil
import tempfile

from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QObject, Qt
from qgis.PyQt.QtWidgets import QTableWidgetItem

from ...core.pilots import layer_group, work_gpkg
from . import data, state


class FlagActions(QObject):
    """Starts the panel's flagging task (``dock.runner``) and shows its outcome in the panel."""

    def __init__(self, dock):
        super().__init__(dock)
        self.dock = dock
        self.inputs = ""  # folder of the running task's private input copies
        self._target = None  # (pilot, work GeoPackage, output table, bands) of the running task
        dock.runner.progressChanged.connect(lambda value: dock.progressBar.setValue(int(value)))
        dock.runner.finished.connect(self._finished)

    def start(self) -> bool:
        """Run ``a4b:flagparcels`` for the pilot in the background; False after a warning."""
        dock = self.dock
        pilot, parcels, n2k = dock.pilot(), dock.parcelsCombo.currentLayer(), dock.n2kCombo.currentLayer()
        bands = dock._bands()
        if pilot is None or bands is None:
            return False
        if parcels is None or n2k is None:
            dock._warn(self.tr("Choose the parcels and the Natura 2000 layer first (or load the demo data)."))
            return False
        state.write_entry(dock.project, state.KEY_BANDS, dock.bandsEdit.text())
        sources = {"parcels": parcels, "natura2000": n2k}
        if not data.group_is_current(dock.project, pilot.name, sources):
            dock.show_pilot()
        old = layer_group.group_layer(dock.project, pilot.name, "flagged_parcels")
        if old is not None:
            dock.project.removeMapLayer(old.id())  # releases the table before it is overwritten
        self.inputs = tempfile.mkdtemp(prefix="a4b_flag_")
        try:
            parameters, table = data.flag_parameters(
                dock.project,
                pilot.name,
                dock.work_gpkg(),
                bands,
                dock.boundaryFieldCombo.currentField(),
                self.inputs,
            )
            self._target = (pilot.name, dock.work_gpkg(), table, bands)
            work_gpkg.ensure_boundary_table(dock.work_gpkg())  # creates the file and folder
            dock.runner.start(parameters, dock.project)
        except (RuntimeError, work_gpkg.OutputError) as err:
            self.drop_inputs()
            dock._warn(str(err))
            return False
        dock.progressBar.setValue(0)
        self._set_busy(True)
        return True

    def _set_busy(self, busy: bool) -> None:
        """While flagging runs, only Cancel is offered for what changes the group or the GeoPackage."""
        dock = self.dock
        for widget in (dock.flagButton, dock.showButton, dock.demoButton, dock.pdokButton, dock.pilotCombo):
            widget.setEnabled(not busy)
        dock.cancelButton.setEnabled(busy)

    def _finished(self, ok: bool, results: dict, error: str) -> None:
        dock = self.dock
        self._set_busy(False)
        self.drop_inputs()
        pilot_name, path, table, bands = self._target
        if not ok:
            dock.progressBar.setValue(0)
            dock._warn(error)
            return
        dock.progressBar.setValue(100)
        layer = QgsVectorLayer(
            work_gpkg.layer_uri(path, table), layer_group.kind_title("flagged_parcels"), "ogr"
        )
        if not layer.isValid():
            dock._warn(self.tr("The flagged parcels could not be read from {0}.").format(path))
            return
        layer_group.build_pilot_group(dock.project, pilot_name, {"flagged_parcels": layer}, bands)
        self.show_counts(results, bands)
        for warning in dock.runner.warnings():
            dock._warn(warning)
        dock._message(
            self.tr("Parcels flagged: {0} within {1} m.").format(results.get("COUNT_FLAGGED", 0), bands[-1])
        )

    def drop_inputs(self) -> None:
        """Remove the folder of the task's private input copies."""
        if self.inputs:
            shutil.rmtree(self.inputs, ignore_errors=True)
            self.inputs = ""

    def show_counts(self, results: dict, bands: list[int]) -> None:
        """Fill the table of parcels per band from the algorithm's outputs."""
        table = self.dock.bandTable
        rows = [(self.tr("Inside or touching Natura 2000"), results.get("COUNT_BAND_0", 0))]
        rows += [(self.tr("Within {0} m").format(b), results.get(f"COUNT_BAND_{b}", 0)) for b in bands]
        rows.append((self.tr("Farther than {0} m").format(bands[-1]), results.get("COUNT_BEYOND", 0)))
        table.setRowCount(len(rows))
        for row, (label, count) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(label))
            item = QTableWidgetItem(str(int(count or 0)))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, 1, item)
        # as tall as its rows, so the panel does not grow an empty table
        height = table.horizontalHeader().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(len(rows)))
        table.setFixedHeight(height)
        table.setVisible(True)
