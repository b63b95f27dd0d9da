"""Measures dock panel: tag selected parcels with a measure, list, edit, delete, undo."""

from __future__ import annotations

import os

from qgis.core import Qgis, QgsProject, QgsVectorLayer
from qgis.gui import QgsDockWidget, QgsFileWidget

from ...core.common.errors import CatalogueError, RegisterError
from ...core.common.qt_compat import GEOMETRY_POLYGON
from ...core.measures.vocabulary import DEFAULT_STATUS, STATUSES, status_label
from ...core.register.pg_connect import is_team_register
from ..common.current_pilot import shared as shared_pilot
from ..common.form_loader import load_ui
from ..common.scroll import scroll_vertically_only
from . import export_dialog, print_layout, team
from . import project as mp
from .picker import MeasurePicker
from .register_home import RegisterHome
from .suggest_dialog import SuggestAction
from .table_model import UUID_ROLE, MeasureTableModel, configure_table
from .totals import totals_html
from .undo_commands import QUndoStack, TagCommand

FORM = load_ui(__file__, "dock")


class MeasuresDock(QgsDockWidget, FORM):
    """Measures panel: the user's way to fill the measures register from the map."""

    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.setupUi(self)
        scroll_vertically_only(self.scrollArea)  # fits a laptop screen: the content scrolls
        self._connections: list[tuple] = []
        # Once the user checked, every reload of the table checks again (icons stay true).
        self.checks_run = False
        self.findings_dialog = None
        self._splitter_sized = False
        self._watched_layer: QgsVectorLayer | None = None
        self.last_warnings: list[str] = []
        self.undo_stack = QUndoStack(self)
        self.home = RegisterHome(self)

        self.picker = MeasurePicker(self)
        self.pickerLayout.addWidget(self.picker)
        self.suggesting = SuggestAction(self)
        for status in STATUSES:
            self.statusCombo.addItem(status_label(status), status)
        self.statusCombo.setCurrentIndex(self.statusCombo.findData(DEFAULT_STATUS))
        self.registerFileWidget.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.registerFileWidget.setFilter(self.tr("GeoPackage (*.gpkg)"))
        self.registerFileWidget.setConfirmOverwrite(False)
        self.registerFileWidget.setDialogTitle(self.tr("Measures register"))
        self.registerFileWidget.lineEdit().setPlaceholderText(self.tr("Choose or create a GeoPackage"))

        self.model = MeasureTableModel(self)
        self.proxy = configure_table(self.measuresTable, self.model)
        # The tagging part keeps its natural height; extra height goes to the table.
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self._set_icons()

        self._connect(self.picker.measureChanged, self._update_buttons)
        self._connect(self.stakeholderEdit.textChanged, self._update_optional_title)
        self._connect(self.notesEdit.textChanged, self._update_optional_title)
        self._connect(self.tagButton.clicked, self._on_tag_clicked)
        self._connect(self.editButton.clicked, self._on_edit_clicked)
        self._connect(self.deleteButton.clicked, self._on_delete_clicked)
        self._connect(self.undoButton.clicked, self.undo)
        self._connect(self.exportButton.clicked, self.open_export)
        self.printLayoutButton = print_layout.add_print_layout_button(self, self.actionLayout)
        self._connect(self.checkButton.clicked, self._on_check_clicked)
        self._connect(self.measuresTable.doubleClicked, self._on_double_clicked)
        self._connect(self.measuresTable.selectionModel().selectionChanged, self._update_buttons)
        self._connect(self.registerFileWidget.fileChanged, self._on_register_changed)
        self._connect(self.pilotCombo.activated, self._on_pilot_changed)
        self._connect(self.pilotCombo.lineEdit().editingFinished, self._on_pilot_changed)
        self._connect(self.undo_stack.canUndoChanged, self._update_buttons)
        self._connect(self.undo_stack.undoTextChanged, self._update_buttons)
        self._connect(self.iface.currentLayerChanged, self._watch_active_layer)
        project = QgsProject.instance()
        self._connect(project.readProject, self._on_project_loaded)
        self._connect(project.cleared, self._on_project_loaded)
        self._connect(project.fileNameChanged, self.home.project_moved)
        self._connect(project.projectSaved, self.home.project_moved)
        self._connect(project.homePathChanged, self.home.project_moved)
        self._connect(shared_pilot().changed, self._follow_pilot)

        self.reload_catalogue()
        self._on_project_loaded()
        self._watch_active_layer()
        team.install(self)  # Team… and Refresh buttons, the check for others' changes

    # Setup -----------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        # The register may have changed while hidden (a4b:tagmeasures, another
        # user), and the catalogue setting too.
        self.reload_catalogue()
        self.refresh_table()
        if not self._splitter_sized:
            # Tagging controls at their natural height, but never more than about
            # half the panel: the table and its totals need room too.
            self._splitter_sized = True
            total = sum(self.splitter.sizes())
            lowest = self.tagGroup.minimumSizeHint().height()
            tag = min(self.tagGroup.sizeHint().height(), max(lowest, int(total * 0.55)))
            if total > tag:
                self.splitter.setSizes([tag, total - tag])
            self.picker.tree.scrollTo(self.picker.tree.currentIndex())

    def _update_optional_title(self, *_args) -> None:
        # The box may be collapsed: say that what it holds goes with the next tag.
        filled = self.stakeholderEdit.text().strip() or self.notesEdit.text().strip()
        self.optionalGroup.setTitle(
            self.tr("Stakeholder and notes (filled in)")
            if filled
            else self.tr("Stakeholder and notes (optional)")
        )

    def _connect(self, signal, slot) -> None:
        signal.connect(slot)
        self._connections.append((signal, slot))

    def _set_icons(self) -> None:
        from qgis.core import QgsApplication

        for button, icon in (
            (self.editButton, "/mActionToggleEditing.svg"),
            (self.deleteButton, "/mActionDeleteSelected.svg"),
            (self.undoButton, "/mActionUndo.svg"),
            (self.exportButton, "/mActionFileSaveAs.svg"),
            (self.checkButton, "/algorithms/mAlgorithmCheckGeometry.svg"),
        ):
            button.setIcon(QgsApplication.getThemeIcon(icon))

    def cleanup(self) -> None:
        """Disconnect every signal this panel connected (the plugin calls it on unload)."""
        self._watch_layer(None)
        for signal, slot in reversed(self._connections):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass  # already gone with its object
        self._connections = []
        self.picker.cleanup()
        self.undo_stack.clear()
        self.register_watch.stop()  # closes a team register's listening connection

    def reload_catalogue(self) -> None:
        """Load the measures catalogue (the user's own file when set) into the picker."""
        from ...core.measures.catalogue import load_catalogue

        try:
            catalogue = load_catalogue()
        except CatalogueError as error:
            self.picker.set_measures([])
            self._message(str(error), Qgis.MessageLevel.Critical)
            return
        self.picker.set_measures(catalogue)
        for note in catalogue.notes:
            self._message(note, Qgis.MessageLevel.Warning)

    # Register and pilot ----------------------------------------------------
    def register_path(self) -> str:
        """The register GeoPackage chosen in the panel ("" when none)."""
        return self.registerFileWidget.filePath().strip()

    def set_register_path(self, path: str) -> None:
        """Choose the register GeoPackage (also what the file widget does)."""
        self.registerFileWidget.setFilePath(path)
        self._on_register_changed(path)

    def current_pilot(self) -> str | None:
        """The pilot typed or chosen; None for "every pilot"."""
        return self.pilotCombo.currentText().strip() or None

    def set_pilot(self, pilot: str) -> None:
        """Choose the pilot whose measures are tagged and listed."""
        self.pilotCombo.setEditText(pilot)
        self._on_pilot_changed()

    def _on_register_changed(self, path: str = "") -> None:
        if path and not path.lower().endswith(".gpkg") and not is_team_register(path):
            path += ".gpkg"
            self.registerFileWidget.blockSignals(True)
            self.registerFileWidget.setFilePath(path)
            self.registerFileWidget.blockSignals(False)
        mp.remember_register_path(QgsProject.instance(), self.register_path())
        self.home.show(self.register_path())
        # Commands belong to the register they wrote to.
        self.undo_stack.clear()
        self._fill_pilots()
        self.refresh_table()

    def _on_pilot_changed(self, *_args) -> None:
        mp.remember_pilot(QgsProject.instance(), self.current_pilot() or "")
        self.refresh_table()
        shared_pilot().choose(self.current_pilot() or "")

    def _follow_pilot(self, name: str) -> None:
        # "" is this panel's "every pilot": the workspace panel never asks for it.
        if name and name != (self.current_pilot() or ""):
            self.set_pilot(name)

    def _on_project_loaded(self, *_args) -> None:
        project = QgsProject.instance()
        path = mp.remembered_register_path(project)
        self.registerFileWidget.blockSignals(True)
        self.registerFileWidget.setFilePath(path)
        self.registerFileWidget.blockSignals(False)
        self.home.show(path)
        self.home.check_missing(path, mp.has_stored_register(project))
        self.undo_stack.clear()
        self._fill_pilots()
        self.pilotCombo.setEditText(mp.remembered_pilot(project))
        self.refresh_table()

    def _fill_pilots(self) -> None:
        names, problem = mp.pilot_names(self._open_register(create=False, quiet=True))
        if problem:
            self._message(problem, Qgis.MessageLevel.Warning)
        text = self.pilotCombo.currentText()
        self.pilotCombo.blockSignals(True)
        self.pilotCombo.clear()
        self.pilotCombo.addItem("")
        self.pilotCombo.addItems(names)
        self.pilotCombo.setEditText(text)
        self.pilotCombo.blockSignals(False)

    def _open_register(self, create: bool, quiet: bool = False):
        from ...core.register.backend import open_register

        path = self.register_path()
        if not path:
            if not quiet:
                self._message(self.tr("Choose a register GeoPackage first."), Qgis.MessageLevel.Warning)
            return None
        if is_team_register(path):
            return team.open_team_register(self, path, quiet)
        if not create and not os.path.exists(path):
            return None
        folder = os.path.dirname(path)
        if create and folder and not os.path.isdir(folder):
            # Only the default place (QGIS's settings folder for an unsaved project)
            # is created; a folder the user typed must exist, typos stay visible.
            if path == mp.default_register_path(QgsProject.instance()):
                os.makedirs(folder, exist_ok=True)
        try:
            return open_register(path, create=create)
        except RegisterError as error:
            if not quiet:
                self._message(str(error), Qgis.MessageLevel.Critical)
            return None

    # Table -----------------------------------------------------------------
    def refresh_table(self) -> None:
        """Reload the pilot's measures and totals from the register."""
        pilot = self.current_pilot()
        self.listGroup.setTitle(
            self.tr("Measures of {pilot}").format(pilot=pilot)
            if pilot
            else self.tr("All measures in the register")
        )
        register = self._open_register(create=False, quiet=True)
        if register is None:
            self.model.set_rows([])
            exists = os.path.exists(self.register_path()) if self.register_path() else False
            self.totalsLabel.setText(
                self.tr("The register cannot be opened.")
                if exists
                else self.tr("No measures yet: the register is created when you tag the first parcels.")
            )
        else:
            rows = register.list_measures(pilot, with_geometry=False)
            self.model.set_rows(rows)
            if self.checks_run:
                self.check_measures(show=False)
            try:
                self.totalsLabel.setText(totals_html(register.totals(pilot), rows))
            except RegisterError as error:
                # A damaged value: the rows stay listed so the user can fix it with Edit.
                self.totalsLabel.setText(str(error))
                self._message(str(error), Qgis.MessageLevel.Critical)
        self._update_buttons()

    def selected_uuids(self) -> list[str]:
        """The uuids of the measures selected in the table."""
        rows = self.measuresTable.selectionModel().selectedRows()
        return [str(index.data(UUID_ROLE)) for index in rows]

    def select_uuids(self, uuids: list[str]) -> None:
        """Select these measures in the table (one selection change, however many)."""
        from qgis.PyQt.QtCore import QItemSelection, QItemSelectionModel

        wanted = set(uuids)
        selection = QItemSelection()
        last = self.proxy.columnCount() - 1
        for row in range(self.proxy.rowCount()):
            first = self.proxy.index(row, 0)
            if first.data(UUID_ROLE) in wanted:
                selection.select(first, self.proxy.index(row, last))
        self.measuresTable.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def row_of(self, uuid: str) -> dict | None:
        """The listed register row of the measure *uuid*, None when not listed."""
        row = self.model.row_of_uuid(uuid)
        return self.model.row_dict(row) if row >= 0 else None

    def _on_double_clicked(self, index) -> None:
        self.zoom_to_measure(str(index.data(UUID_ROLE)))

    def zoom_to_measure(self, uuid: str) -> bool:
        """Zoom the map to the measure *uuid* and flash it."""
        from .edits import zoom_to_measure

        return zoom_to_measure(self, uuid)

    def _update_buttons(self, *_args) -> None:
        selected = len(self.measuresTable.selectionModel().selectedRows())
        self.editButton.setEnabled(selected == 1)
        self.deleteButton.setEnabled(selected > 0)
        self.undoButton.setEnabled(self.undo_stack.canUndo())
        undo_text = self.undo_stack.undoText()
        self.undoButton.setToolTip(self.tr("Undo: {action}").format(action=undo_text) if undo_text else "")
        self.tagButton.setEnabled(bool(self.picker.current_code()))
        self._update_selection_info()

    # Selection on the map --------------------------------------------------
    def _watch_active_layer(self, *_args) -> None:
        layer = self.iface.activeLayer()
        self._watch_layer(layer if isinstance(layer, QgsVectorLayer) else None)
        self._update_selection_info()

    def _watch_layer(self, layer: QgsVectorLayer | None) -> None:
        if self._watched_layer is not None:
            try:
                self._watched_layer.selectionChanged.disconnect(self._update_selection_info)
            except (TypeError, RuntimeError):
                pass
        self._watched_layer = layer
        if layer is not None:
            layer.selectionChanged.connect(self._update_selection_info)

    def _update_selection_info(self, *_args) -> None:
        layer, problem = self._parcel_layer()
        if problem:
            self.selectionInfoLabel.setText(problem)
        else:
            count = layer.selectedFeatureCount()
            text = (
                self.tr("1 parcel selected in “{layer}”.")
                if count == 1
                else self.tr("{count} parcels selected in “{layer}”.")
            )
            self.selectionInfoLabel.setText(text.format(count=count, layer=layer.name()))

    def parcel_layer(self) -> tuple[QgsVectorLayer | None, str]:
        """The active polygon layer to tag, or None and what is wrong with the active layer."""
        return self._parcel_layer()

    def open_register(self, create: bool, quiet: bool = False):
        """The panel's register (created when *create*), None after telling the user why not."""
        return self._open_register(create, quiet)

    def message(self, text: str, level=Qgis.MessageLevel.Info) -> None:
        """Show *text* in QGIS's message bar under the panel's name."""
        self._message(text, level)

    def _parcel_layer(self) -> tuple[QgsVectorLayer | None, str]:
        layer = self.iface.activeLayer()
        if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
            return None, self.tr("Make a polygon layer with parcels active and select parcels on it.")
        if layer.geometryType() != GEOMETRY_POLYGON:
            return None, self.tr("The active layer “{layer}” has no polygons; choose a parcel layer.").format(
                layer=layer.name()
            )
        return layer, ""

    # Actions ---------------------------------------------------------------
    def _on_tag_clicked(self) -> None:
        self.tag_selected()

    def _on_edit_clicked(self) -> None:
        uuids = self.selected_uuids()
        if len(uuids) == 1:
            self.edit_with_dialog(uuids[0])

    def _on_check_clicked(self) -> None:
        self.check_measures()

    def check_measures(self, show: bool = True):
        """Check the listed measures (core/validation), mark their rows, list the findings when *show*."""
        from .checks import run_checks

        self.checks_run = True
        return run_checks(self, show)

    def _on_delete_clicked(self) -> None:
        self.delete_measures(self.selected_uuids())

    def tag_selected(self, confirm: bool = True) -> list[str]:
        """Tag the selected parcels of the active layer; return the new uuids.

        Warnings (BRP category, duplicate, outside every pilot) are shown for
        confirmation when *confirm* is True; they are kept in
        :attr:`last_warnings` either way.
        """
        from .tagging import tag_parcels

        return tag_parcels(self, confirm)

    def edit_with_dialog(self, uuid: str) -> bool:
        """Open the edit dialog for *uuid* and write what the user changed."""
        from .edit_dialog import MeasureEditDialog

        row = self.row_of(uuid)
        if row is None:
            return False
        dialog = MeasureEditDialog(row, self, self.picker.measure(row.get("measure_code") or ""))
        if not dialog.exec():
            return False
        return self.edit_measure(uuid, dialog.changed_values())

    def edit_measure(self, uuid: str, values: dict) -> bool:
        """Write *values* to the measure *uuid* (undoable); False when nothing was written."""
        from .edits import edit_measure

        return edit_measure(self, uuid, values)

    def delete_measures(self, uuids: list[str], confirm: bool = True) -> bool:
        """Delete the measures *uuids* after confirmation (undoable)."""
        from .edits import delete_measures

        return delete_measures(self, uuids, confirm)

    def undo(self) -> None:
        """Undo the last tag, edit or delete (written through the register)."""
        if self.undo_stack.canUndo():
            self.undo_stack.undo()

    def push_command(self, command) -> None:
        """Put an already-written change on the undo stack."""
        self.undo_stack.push(command)

    def make_tag_command(self, rows: list[dict]) -> TagCommand:
        """The undo command for rows just added (each row holds its uuid)."""
        return TagCommand(self.register_path(), rows, self._on_undo_error, self.after_write)

    def after_write(self) -> None:
        """Refresh the table, totals and the map after any write.

        The parcels stay the active layer: QGIS makes a layer it adds active,
        and the next selection-and-tag would then go to the measures.
        """
        self.refresh_table()
        if is_team_register(self.register_path()):
            team.show_team_layer(self)
        elif os.path.exists(self.register_path()):
            active = self.iface.activeLayer()
            active_id = active.id() if active is not None else ""
            mp.show_register_layer(
                QgsProject.instance(), self.register_path(), self.tr("Measures"), self.current_pilot()
            )
            mp.keep_active_layer(self.iface, QgsProject.instance(), active_id)

    def _on_undo_error(self, text: str) -> None:
        self._message(self.tr("Undo or redo failed: {error}").format(error=text), Qgis.MessageLevel.Critical)

    def open_export(self) -> None:
        """Open the export dialog for this pilot and register."""
        export_dialog.open_export_dialog(self.current_pilot(), self.register_path() or None)

    def _message(self, text: str, level=Qgis.MessageLevel.Info, duration: int = 8) -> None:
        self.iface.messageBar().pushMessage(self.tr("Measures"), text, level, duration)
