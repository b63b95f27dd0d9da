""" "Tag selected parcels" of the Measures panel: build rows, confirm warnings, write, undo."""

from __future__ import annotations

import os
from contextlib import contextmanager
from html import escape

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QCursor
from qgis.PyQt.QtWidgets import QApplication, QMessageBox

from ...core.common.errors import RegisterError
from ...core.common.i18n import tr
from ...core.register.schema import REGISTER_CRS
from . import project as mp

# Field names that identify a parcel better than the feature id (BRP, BRK).
PARCEL_ID_FIELDS = ("identificatie", "identificatie_lokaal_id", "perceel_id", "gml_id", "id")
MAX_LISTED_WARNINGS = 12


@contextmanager
def busy_cursor():
    """A wait cursor while the panel reads parcels or writes the register."""
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def parcel_id_field(layer: QgsVectorLayer) -> str | None:
    """The layer's parcel identifier field, None to use feature ids."""
    names = {field.name().lower(): field.name() for field in layer.fields()}
    for candidate in PARCEL_ID_FIELDS:
        if candidate in names:
            return names[candidate]
    return None


def pilot_boundaries(project: QgsProject, gpkg_paths: list[str]) -> dict[str, QgsGeometry]:
    """Pilot boundaries in EPSG:28992: from the work GeoPackage(s) and the pilot groups' layers."""
    boundaries: dict[str, QgsGeometry] = {}
    target = QgsCoordinateReferenceSystem(REGISTER_CRS)
    layers = []
    try:
        from ...core.pilots import work_gpkg
    except ImportError:
        work_gpkg = None
    for path in dict.fromkeys(p for p in gpkg_paths if p and os.path.exists(p)):
        try:
            if work_gpkg is not None and work_gpkg.PILOT_BOUNDARY_TABLE in work_gpkg.list_tables(path):
                layers.append((work_gpkg.boundary_layer(path), "name"))
        except Exception:  # an unreadable file means no boundaries from it
            continue
    for layer in project.mapLayers().values():
        if isinstance(layer, QgsVectorLayer) and layer.customProperty("a4b/kind") == "pilot_boundary":
            layers.append((layer, "name"))
    for layer, field in layers:
        transform = QgsCoordinateTransform(layer.crs(), target, project.transformContext())
        index = layer.fields().lookupField(field)
        for feature in layer.getFeatures():
            if not feature.hasGeometry():
                continue
            geometry = QgsGeometry(feature.geometry())
            if layer.crs() != target:
                geometry.transform(transform)
            name = str(feature[index]) if index >= 0 and feature[index] else layer.name()
            boundaries.setdefault(name, geometry)
    return boundaries


def outside_pilot_warnings(
    rows: list[dict], boundaries: dict[str, QgsGeometry], pilot: str | None
) -> list[str]:
    """Warn for rows outside every pilot boundary, or outside the chosen pilot's.

    Without any known boundary nothing can be said, so nothing is warned.
    """
    warnings = []
    if not boundaries:
        return warnings
    for row in rows:
        geometry = row.get("geometry")
        if geometry is None:
            continue
        inside = [name for name, boundary in boundaries.items() if boundary.intersects(geometry)]
        ref = row.get("parcel_ref") or ""
        if not inside:
            warnings.append(tr("{ref}: the parcel lies outside every pilot boundary.").format(ref=ref))
        elif pilot and pilot in boundaries and pilot not in inside:
            warnings.append(
                tr("{ref}: the parcel lies in {pilots}, not in pilot {pilot}.").format(
                    ref=ref, pilots=", ".join(inside), pilot=pilot
                )
            )
    return warnings


def confirm_warnings(parent, warnings: list[str], count: int) -> bool:
    """Ask whether to tag despite *warnings*; the first few are listed, the rest counted."""
    shown = warnings[:MAX_LISTED_WARNINGS]
    items = "".join(f"<li>{escape(w)}</li>" for w in shown)
    more = ""
    if len(warnings) > len(shown):
        more = "<p>" + escape(tr("… and {count} more.").format(count=len(warnings) - len(shown))) + "</p>"
    text = (
        "<p>"
        + escape(
            (
                tr("Check before tagging 1 parcel:")
                if count == 1
                else tr("Check before tagging {count} parcels:")
            ).format(count=count)
        )
        + f"</p><ul>{items}</ul>{more}<p>"
        + escape(tr("Tag them anyway?"))
        + "</p>"
    )
    answer = QMessageBox.question(
        parent,
        tr("Tag parcels: warnings"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def tag_parcels(dock, confirm: bool = True) -> list[str]:
    """Tag the selected parcels of the active layer with the panel's measure.

    Returns the uuids written ([] when nothing was written); warnings end up
    in ``dock.last_warnings``.
    """
    from ...core.tagging import build as tagging

    dock.last_warnings = []
    measure = dock.picker.current_measure()
    if measure is None:
        dock._message(tr("Choose a measure first."), Qgis.MessageLevel.Warning)
        return []
    layer, problem = dock._parcel_layer()
    if problem:
        dock._message(problem, Qgis.MessageLevel.Warning)
        return []
    features = list(layer.getSelectedFeatures())
    if not features:
        dock._message(
            tr("Select one or more parcels on “{layer}” first.").format(layer=layer.name()),
            Qgis.MessageLevel.Warning,
        )
        return []
    register = dock._open_register(create=True)
    if register is None:
        return []
    project = QgsProject.instance()
    try:
        with busy_cursor():
            rows, warnings = tagging.build_measures(
                features,
                layer.name(),
                parcel_id_field(layer),
                measure,
                dock.statusCombo.currentData(),
                dock.current_pilot(),
                dock.stakeholderEdit.text().strip(),
                dock.notesEdit.text().strip(),
                dock.mergedRadio.isChecked(),
                layer.crs(),
                project.transformContext(),
            )
            warnings = list(warnings) + list(tagging.duplicate_warnings(register, rows))
            # Parcels flagged by a4b:flagparcels carry a4b_pilot and were checked above.
            if layer.fields().lookupField(tagging.PILOT_FIELD) < 0:
                paths = [dock.register_path(), mp.default_register_path(project)]
                warnings += outside_pilot_warnings(
                    rows, pilot_boundaries(project, paths), dock.current_pilot()
                )
    except (ValueError, RegisterError) as error:
        dock._message(str(error), Qgis.MessageLevel.Critical)
        return []
    if not rows:
        dock._message(tr("None of the selected parcels has a usable polygon."), Qgis.MessageLevel.Warning)
        return []
    dock.last_warnings = warnings
    if warnings and confirm and not confirm_warnings(dock, warnings, len(features)):
        dock._message(tr("Nothing was tagged."), Qgis.MessageLevel.Info)
        return []
    try:
        with busy_cursor():
            uuids = register.add_measures(rows)
    except RegisterError as error:
        dock._message(str(error), Qgis.MessageLevel.Critical)
        return []
    written = [dict(row, uuid=uuid) for row, uuid in zip(rows, uuids)]
    dock.push_command(dock.make_tag_command(written))
    dock.after_write()
    dock.select_uuids(uuids)
    added = (
        tr("1 measure “{measure}” added to the register.")
        if len(uuids) == 1
        else tr("{count} measures “{measure}” added to the register.")
    )
    text = added.format(count=len(uuids), measure=measure.display_name())
    if warnings:
        text += " " + tr("{count} warning(s) accepted.").format(count=len(warnings))
        dock._message(text, Qgis.MessageLevel.Warning)
    else:
        dock._message(text, Qgis.MessageLevel.Success)
    return uuids
