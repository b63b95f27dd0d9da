""" "Tag selected parcels" of the Measures panel: build rows, confirm warnings, write, undo."""

from __future__ import annotations

from html import escape

from qgis.core import Qgis, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QMessageBox

# Field names that identify a parcel better than the feature id (BRP, BRK).
PARCEL_ID_FIELDS = ("identificatie", "identificatie_lokaal_id", "perceel_id", "gml_id", "id")
MAX_LISTED_WARNINGS = 12


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeasuresDock", text)


def parcel_id_field(layer: QgsVectorLayer) -> str | None:
    """The layer's parcel identifier field, None to use feature ids."""
    names = {field.name().lower(): field.name() for field in layer.fields()}
    for candidate in PARCEL_ID_FIELDS:
        if candidate in names:
            return names[candidate]
    return None


def confirm_warnings(parent, warnings: list[str], count: int) -> bool:
    """Ask whether to tag despite *warnings*; the first few are listed, the rest counted."""
    shown = warnings[:MAX_LISTED_WARNINGS]
    items = "".join(f"<li>{escape(w)}</li>" for w in shown)
    more = ""
    if len(warnings) > len(shown):
        more = "<p>" + escape(_tr("… and {count} more.").format(count=len(warnings) - len(shown))) + "</p>"
    text = (
        "<p>"
        + escape(_tr("Check before tagging {count} parcel(s):").format(count=count))
        + f"</p><ul>{items}</ul>{more}<p>"
        + escape(_tr("Tag them anyway?"))
        + "</p>"
    )
    answer = QMessageBox.question(
        parent,
        _tr("Tag parcels: warnings"),
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
    from ..core import tagging
    from ..core.register import RegisterError

    dock.last_warnings = []
    measure = dock.picker.current_measure()
    if measure is None:
        dock._message(_tr("Choose a measure first."), Qgis.MessageLevel.Warning)
        return []
    layer, problem = dock._parcel_layer()
    if problem:
        dock._message(problem, Qgis.MessageLevel.Warning)
        return []
    features = list(layer.getSelectedFeatures())
    if not features:
        dock._message(
            _tr("Select one or more parcels on “{layer}” first.").format(layer=layer.name()),
            Qgis.MessageLevel.Warning,
        )
        return []
    register = dock._open_register(create=True)
    if register is None:
        return []
    project = QgsProject.instance()
    try:
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
    except (ValueError, RegisterError) as error:
        dock._message(str(error), Qgis.MessageLevel.Critical)
        return []
    if not rows:
        dock._message(_tr("None of the selected parcels has a usable polygon."), Qgis.MessageLevel.Warning)
        return []
    dock.last_warnings = warnings
    if warnings and confirm and not confirm_warnings(dock, warnings, len(features)):
        dock._message(_tr("Nothing was tagged."), Qgis.MessageLevel.Info)
        return []
    try:
        uuids = register.add_measures(rows)
    except RegisterError as error:
        dock._message(str(error), Qgis.MessageLevel.Critical)
        return []
    written = [dict(row, uuid=uuid) for row, uuid in zip(rows, uuids)]
    dock.push_command(dock.make_tag_command(written))
    dock.after_write()
    dock.select_uuids(uuids)
    text = _tr("{count} measure(s) “{measure}” added to the register.").format(
        count=len(uuids), measure=measure.display_name()
    )
    if warnings:
        text += " " + _tr("{count} warning(s) accepted.").format(count=len(warnings))
        dock._message(text, Qgis.MessageLevel.Warning)
    else:
        dock._message(text, Qgis.MessageLevel.Success)
    return uuids
