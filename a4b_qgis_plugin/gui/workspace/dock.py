"""Pilot workspace dock panel: pick a pilot, set its boundary, show it styled, flag its parcels."""

from __future__ import annotations

import logging

from qgis.core import (
    Qgis,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QHeaderView, QSizePolicy

from ...core.common import settings
from ...core.common.qt_compat import LAYER_FILTER_POLYGON
from ...core.flagging.bands import parse_bands
from ...core.pilots import catalogue as pc
from ...core.pilots import layer_group, work_gpkg
from ..common.current_pilot import shared as shared_pilot
from ..common.form_loader import load_ui
from ..common.scroll import scroll_vertically_only
from ..measures import export_dialog
from . import data, state
from .boundary import BoundaryActions
from .flag_runner import FlagRunner
from .flagging import FlagActions
from .pdok_task import PdokLoading
from .score_dialog import ScoringStep

FORM = load_ui(__file__, "dock")
LOG = logging.getLogger(__name__)


class WorkspaceDock(QgsDockWidget, FORM):
    """Pilot workspace panel."""

    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.setupUi(self)
        scroll_vertically_only(self.scrollArea)  # fits a laptop screen: the content scrolls
        self.project = QgsProject.instance()
        self.catalogue: list[pc.Pilot] = []
        self.pilots: list[pc.Pilot] = []
        self.boundary = BoundaryActions(self)
        self.runner = FlagRunner(self)
        self.flagging = FlagActions(self)
        self.pdok = PdokLoading(self)
        self.scoring = ScoringStep(self)
        # Nothing is written to the project until the user acts: a project
        # changed by merely opening the panel would ask to be saved.
        self._restoring = True
        for combo in (self.parcelsCombo, self.n2kCombo, self.boundaryCombo):
            combo.setFilters(LAYER_FILTER_POLYGON)
        self.boundaryCombo.setAllowEmptyLayer(True)
        self.bandTable.setHorizontalHeaderLabels([self.tr("Band"), self.tr("Parcels")])
        self.bandTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.bandTable.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.bandTable.verticalHeader().setVisible(False)
        self.bandTable.setVisible(False)
        for text, key in (
            (self.tr("No background"), ""),
            (self.tr("Aerial photo (PDOK)"), "luchtfoto"),
            (self.tr("Base map (PDOK)"), "basemap"),
        ):
            self.backgroundCombo.addItem(text, key)
        # the groups keep their natural height; the spacer below takes the rest
        for widget in (self.layersGroup, self.boundaryGroup, self.flagGroup, self.pilotInfoLabel):
            widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.cancelButton.setEnabled(False)
        # Signals of our own widgets die with the dock; only project/iface ones need cleanup().
        self.pilotCombo.currentIndexChanged.connect(self._pilot_changed)
        self.manageButton.clicked.connect(self.manage_pilots)
        self.boundaryCombo.layerChanged.connect(self._boundary_layer_changed)
        self.boundaryFieldCombo.fieldChanged.connect(self._boundary_field_changed)
        self.parcelsCombo.layerChanged.connect(self._remember_layers)
        self.n2kCombo.layerChanged.connect(self._remember_layers)
        self.demoButton.clicked.connect(self.load_demo_data)
        self.pdokButton.clicked.connect(self.pdok.toggle)
        self.fromFeatureButton.clicked.connect(self.boundary_from_selection)
        self.drawButton.clicked.connect(self.start_drawing)
        self.deriveButton.clicked.connect(self.derive_boundary)
        self.showButton.clicked.connect(self.show_pilot)
        self.flagButton.clicked.connect(self.flag_parcels)
        self.cancelButton.clicked.connect(self.runner.cancel)
        self.exportButton.clicked.connect(self.open_export)
        self.project.readProject.connect(self.restore_project_state)
        self.project.cleared.connect(self._project_cleared)
        shared_pilot().changed.connect(self._follow_pilot)
        self.reload_catalogue()
        self.restore_project_state()
        self._restoring = False

    # messages ----------------------------------------------------------------
    def _message(self, text: str, level=Qgis.MessageLevel.Info) -> None:
        LOG.info(text)
        self.iface.messageBar().pushMessage(self.tr("Pilot workspace"), text, level, 8)

    def _warn(self, text: str) -> None:
        self._message(text, Qgis.MessageLevel.Warning)

    # pilots -------------------------------------------------------------------
    def reload_catalogue(self) -> None:
        """Read the pilot catalogue again (shipped + user's); a broken user file is reported."""
        try:
            self.catalogue = pc.load_pilots()
        except pc.CatalogueError as err:
            self.catalogue = pc.shipped_pilots()
            self._warn(self.tr("Your pilot catalogue was not loaded: {0}").format("; ".join(err.problems)))
        self._fill_pilots()

    def _fill_pilots(self, select: str | None = None) -> None:
        wanted = select or self.pilotCombo.currentText() or state.read_entry(self.project, state.KEY_PILOT)
        extra = state.layer_pilots(self.boundaryCombo.currentLayer(), self.boundaryFieldCombo.currentField())
        try:
            stored = [pc.Pilot(n, "") for n in work_gpkg.stored_pilot_names(self.work_gpkg())]
        except work_gpkg.OutputError:
            stored = []
        self.pilots = state.merge_pilots(self.catalogue, extra + stored)
        self.pilotCombo.blockSignals(True)
        self.pilotCombo.clear()
        for pilot in self.pilots:
            self.pilotCombo.addItem(pilot.name)
        index = self.pilotCombo.findText(wanted) if wanted else -1
        self.pilotCombo.setCurrentIndex(max(index, 0))
        self.pilotCombo.blockSignals(False)
        self._pilot_changed()

    def pilot(self) -> pc.Pilot | None:
        """The pilot chosen in the combo box."""
        index = self.pilotCombo.currentIndex()
        return self.pilots[index] if 0 <= index < len(self.pilots) else None

    def _pilot_changed(self, *_args) -> None:
        pilot = self.pilot()
        if pilot is None:
            self.pilotInfoLabel.clear()
            return
        if not self._restoring:
            state.write_entry(self.project, state.KEY_PILOT, pilot.name)
        areas = ", ".join(pilot.area_names()) or self.tr("none listed")
        province = pilot.province or self.tr("unknown province")
        self.pilotInfoLabel.setText(self.tr("{0} · Natura 2000: {1}").format(province, areas))
        self.pilotInfoLabel.setToolTip(pilot.display_notes() + (f"\n{pilot.source}" if pilot.source else ""))
        self.boundary.update_info()
        if not self._restoring:
            # its group on the map, the other pilots' groups hidden (their layers would cover it)
            layer_group.focus_pilot_group(self.project, pilot.name)
            shared_pilot().choose(pilot.name)

    def _follow_pilot(self, name: str) -> None:
        """Choose the pilot the Measures panel chose, when this panel lists it and is not flagging."""
        index = self.pilotCombo.findText(name) if name else -1
        if index < 0 or index == self.pilotCombo.currentIndex() or self.runner.is_running():
            return
        self.pilotCombo.setCurrentIndex(index)

    def manage_pilots(self) -> None:
        """Open the pilot dialog; reload the catalogue when it saved."""
        from .pilot_dialog import PilotDialog

        dialog = PilotDialog(self.catalogue, self)
        if dialog.exec():
            self.reload_catalogue()

    # layers -------------------------------------------------------------------
    def work_gpkg(self) -> str:
        """Path of the project's work GeoPackage."""
        return work_gpkg.default_work_gpkg(self.project)

    def restore_project_state(self, *_args) -> None:
        """Choose the layers, pilot, bands and margin remembered in the project."""
        self._restoring = True
        try:
            for combo, key in ((self.parcelsCombo, state.KEY_PARCELS), (self.n2kCombo, state.KEY_N2K)):
                layer = self.project.mapLayer(state.read_entry(self.project, key))
                if layer is not None:
                    combo.setLayer(layer)
            # the boundary layer is optional: no remembered layer means none
            self.boundaryCombo.setLayer(
                self.project.mapLayer(state.read_entry(self.project, state.KEY_BOUNDARIES))
            )
            self._boundary_layer_changed(self.boundaryCombo.currentLayer())
            field = state.read_entry(self.project, state.KEY_BOUNDARY_FIELD)
            if field:
                self.boundaryFieldCombo.setField(field)
            self.bandsEdit.setText(
                state.read_entry(self.project, state.KEY_BANDS, settings.DEFAULT_BANDS.get())
            )
            index = self.backgroundCombo.findData(state.read_entry(self.project, state.KEY_BACKGROUND))
            self.backgroundCombo.setCurrentIndex(max(index, 0))
            margin = state.read_entry(self.project, state.KEY_MARGIN, "1000")
            self.marginSpin.setValue(int(float(margin)) if margin else 1000)
            self._fill_pilots(state.read_entry(self.project, state.KEY_PILOT))
        finally:
            self._restoring = False

    def _project_cleared(self) -> None:
        # A project being read is cleared first and its layers are added one by
        # one, which moves the combo boxes: do not remember those moves. The
        # timer fires once the read (or the plain clear) is done.
        self._restoring = True
        self.pdok.cancel()  # its layers belong to the project that was closed
        QTimer.singleShot(0, self.restore_project_state)

    def _remember_layers(self, *_args) -> None:
        if self._restoring:
            return
        for combo, key in (
            (self.parcelsCombo, state.KEY_PARCELS),
            (self.n2kCombo, state.KEY_N2K),
            (self.boundaryCombo, state.KEY_BOUNDARIES),
        ):
            layer = combo.currentLayer()
            state.write_entry(self.project, key, layer.id() if layer else "")

    def _boundary_layer_changed(self, layer) -> None:
        self.boundaryFieldCombo.setLayer(layer)
        guess = state.guess_name_field(layer)
        if guess:
            self.boundaryFieldCombo.setField(guess)
        self._remember_layers()
        if not self._restoring:
            self._fill_pilots()

    def _boundary_field_changed(self, field: str) -> None:
        if not self._restoring:
            state.write_entry(self.project, state.KEY_BOUNDARY_FIELD, field)
            self._fill_pilots()

    def load_demo_data(self) -> list[QgsVectorLayer]:
        """Add the bundled, fictional demo layers and choose them in the panel."""
        try:
            layers = data.add_demo_layers(self.project, self.tr("A4B demo data (fictional)"))
        except work_gpkg.OutputError as err:
            self._warn(str(err))
            return []
        self.parcelsCombo.setLayer(layers["brp_gewaspercelen"])
        self.n2kCombo.setLayer(layers["natura2000"])
        self.boundaryCombo.setLayer(layers["pilots"])
        self.boundaryFieldCombo.setField("name")
        self._fill_pilots(state.layer_pilots(layers["pilots"], "name")[0].name)
        self._message(self.tr("Demo data loaded (fictional areas and parcels). Press Show pilot."))
        return list(layers.values())

    def show_demo(self) -> bool:
        """Demo data, the first demo pilot shown and its parcels being flagged (for tours and screenshots)."""
        if not self.load_demo_data():
            return False
        self.show_pilot()
        return self.flag_parcels()

    # boundary -----------------------------------------------------------------
    def boundary_layer_for(self, pilot: pc.Pilot) -> QgsVectorLayer | None:
        """A new layer holding the pilot's boundary: the work GeoPackage first, else the boundary layer."""
        return data.pilot_boundary_layer(
            self.work_gpkg(),
            pilot.name,
            self.boundaryCombo.currentLayer(),
            self.boundaryFieldCombo.currentField(),
            layer_group.kind_title("pilot_boundary"),
        )

    def boundary_from_selection(self) -> bool:
        """Use the selected features of the active layer as the pilot's boundary."""
        return self.boundary.from_selection()

    def start_drawing(self) -> None:
        """Let the user draw the boundary on the map."""
        self.boundary.start_drawing()

    def derive_boundary(self) -> bool:
        """The pilot's Natura 2000 areas plus the margin, as its boundary."""
        return self.boundary.derive()

    @property
    def map_tool(self):
        """The boundary drawing tool, once drawing started."""
        return self.boundary.map_tool

    # group --------------------------------------------------------------------
    def show_pilot(self) -> object:
        """Build or refresh the layer group "A4B – <pilot>" and zoom to the pilot."""
        pilot = self.pilot()
        if pilot is None:
            return None
        if self.runner.is_running():
            # the running task reads the group's layers: they must stay
            self._warn(self.tr("Wait until the flagging has finished, or cancel it."))
            return None
        layers = {}
        boundary = self.boundary_layer_for(pilot)
        if boundary is not None:
            layers["pilot_boundary"] = boundary
        else:
            self._warn(self.tr("{0} has no boundary yet: the map shows the whole layers.").format(pilot.name))
        for kind, combo in (("natura2000", self.n2kCombo), ("parcels", self.parcelsCombo)):
            if combo.currentLayer() is not None:
                layers[kind] = state.group_copy(combo.currentLayer(), layer_group.kind_title(kind))
        measures = state.measures_layer(self.project, pilot.name, layer_group.kind_title("measures"))
        if measures is not None:
            layers["measures"] = measures
        background = self._background_layer(pilot.name)
        if background is not None:
            layers["background"] = background
        if not layers and layer_group.find_group(self.project, pilot.name) is None:
            self._warn(
                self.tr(
                    "Nothing to show yet: choose the parcels or Natura 2000 layer, or load the demo data."
                )
            )
            return None
        group = layer_group.build_pilot_group(self.project, pilot.name, layers, self._bands(quiet=True))
        self._settle_canvas_layers()
        extent = layer_group.group_extent(self.project, pilot.name)
        if not extent.isEmpty():
            extent.scale(1.05)
            self.iface.mapCanvas().setExtent(extent)
            self.iface.mapCanvas().refresh()
        return group

    def _settle_canvas_layers(self) -> None:
        """Let QGIS set the canvas up for the new layers now, before zooming to the pilot.

        In an empty project QGIS sets the project CRS and zooms to all data on
        the next turn of the event loop after the first layers arrive, which
        would undo the zoom to the pilot ("Open the demo pilot" in a new session).
        """
        bridge_of = getattr(self.iface, "layerTreeCanvasBridge", None)
        bridge = bridge_of() if callable(bridge_of) else None
        if bridge is not None:
            bridge.setCanvasLayers()

    def _background_layer(self, pilot_name: str):
        """A new background map when the chosen one is not in the group yet (None: keep or none)."""
        key = self.backgroundCombo.currentData() or ""
        if not self._restoring:
            state.write_entry(self.project, state.KEY_BACKGROUND, key)
        current = layer_group.group_layer(self.project, pilot_name, "background")
        if current is not None and current.customProperty(state.SOURCE_KEY_PROPERTY) == key:
            return None
        if not key:
            layer_group.remove_group_layer(self.project, pilot_name, "background")
            return None
        from ...core.pdok import loader as pdok_loader

        try:
            layer = pdok_loader.load_raster(key)
        except pdok_loader.SourceError as err:
            self._warn(str(err))
            return None
        layer.setCustomProperty(state.SOURCE_KEY_PROPERTY, key)
        return layer

    def _bands(self, quiet: bool = False) -> list[int] | None:
        try:
            return parse_bands(self.bandsEdit.text())
        except ValueError as err:
            if not quiet:
                self._warn(str(err))
            return None

    # flagging -----------------------------------------------------------------
    def flag_parcels(self) -> bool:
        """Run ``a4b:flagparcels`` for the pilot in the background; the result joins the group."""
        return self.flagging.start()

    # PDOK and export ------------------------------------------------------------
    def load_from_pdok(self) -> bool:
        """Start loading Natura 2000 and BRP parcels from PDOK for the pilot (a background task)."""
        return self.pdok.start()

    def open_export(self) -> None:
        """Open the export dialog for the pilot's measures."""
        pilot = self.pilot()
        export_dialog.open_export_dialog(pilot.name if pilot else None, state.register_path(self.project))

    # unload ---------------------------------------------------------------------
    def cleanup(self) -> None:
        """Disconnect from QGIS signals and take the map tool away before the dock is deleted."""
        for signal, slot in (
            (self.project.readProject, self.restore_project_state),
            (self.project.cleared, self._project_cleared),
            (shared_pilot().changed, self._follow_pilot),
        ):
            try:
                signal.disconnect(slot)
            except TypeError:
                pass
        self.runner.stop()
        self.pdok.stop()
        self.scoring.stop()
        self.flagging.drop_inputs()
        self.boundary.remove_tool()
