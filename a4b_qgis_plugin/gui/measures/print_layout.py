""" "Print layout" in the Measures panel: the measures map as a QGIS print layout in the project.

The same template and pages as the PDF of ``a4b:exportmeasures`` (an
overview and an atlas page per pilot), added to the project's Layout
Manager and opened in QGIS's layout designer, where the user edits and
exports it with QGIS's own tools.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import Qgis, QgsFeatureRequest, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QMenu, QToolButton

from ...core.common.errors import A4BError
from ...core.export.inputs import find_pilot_boundaries, resolve_register
from ...core.export.layout_project import open_in_project
from ...core.export.pdf import MapInputs, MapOptions
from ...core.export.run import ExportRequest
from .export_dialog import export_parameters

CONTEXT = "PrintLayoutButton"
PAGES = (("A4", "landscape"), ("A4", "portrait"), ("A3", "landscape"), ("A3", "portrait"))


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _page_label(size: str, orientation: str) -> str:
    names = {"landscape": _tr("landscape"), "portrait": _tr("portrait")}
    return _tr("{size} {orientation}").format(size=size, orientation=names[orientation])


def _layer(project: QgsProject, value) -> QgsVectorLayer | None:
    """A layer of *project* by id, or a layer opened from a data source."""
    if not value:
        return None
    layer = project.mapLayer(str(value))
    if layer is None:
        layer = QgsVectorLayer(str(value), Path(str(value).split("|")[0]).stem, "ogr")
    return layer if layer is not None and layer.isValid() else None


def build_print_layout(project: QgsProject, register_path: str, page_size: str, orientation: str):
    """Add the measures print layout of *register_path* to *project*; return it. Raises A4BError."""
    parameters = export_parameters(None, register_path, project)
    register = _layer(project, parameters.get("REGISTER"))
    if register is None:
        raise A4BError(_tr("The register {path} cannot be opened.").format(path=register_path))
    register = resolve_register(register)
    boundaries = _layer(project, parameters.get("PILOT_BOUNDARIES"))
    if boundaries is None:
        boundaries = find_pilot_boundaries(register, project)
    natura2000 = _layer(project, parameters.get("NATURA2000"))
    measures = register.materialize(QgsFeatureRequest())
    request = ExportRequest(register=register, targets={}, natura2000=natura2000, project=project)
    inputs = MapInputs(measures, request, ([], [], []), measures.featureCount(), boundaries)
    options = MapOptions(page_size=page_size, orientation=orientation)
    return open_in_project(project, inputs, options, Path(register_path).name or register.name())


def add_print_layout_button(dock, layout) -> QToolButton:
    """A "Print layout" button with a menu of page sizes, added to *layout* of the *dock*."""
    from qgis.core import QgsApplication

    button = QToolButton(dock)
    button.setObjectName("printLayoutButton")
    button.setText(_tr("Print layout"))
    button.setToolTip(
        _tr(
            "Open the measures map as a QGIS print layout (an overview and a page per pilot) "
            "to edit and export it with QGIS's own tools."
        )
    )
    button.setIcon(QgsApplication.getThemeIcon("/mActionNewLayout.svg"))
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)
    for size, orientation in PAGES:
        action = menu.addAction(_page_label(size, orientation))
        action.setObjectName(f"printLayout_{size}_{orientation}")
        action.triggered.connect(lambda _checked=False, s=size, o=orientation: open_print_layout(dock, s, o))
    button.setMenu(menu)
    layout.addWidget(button)
    return button


def open_print_layout(dock, page_size: str = "A4", orientation: str = "landscape"):
    """Build the layout for the panel's register and open it in the layout designer."""
    path = dock.register_path()
    bar = dock.iface.messageBar()
    if not path:
        bar.pushMessage(_tr("Measures"), _tr("Choose a register first."), Qgis.MessageLevel.Warning, 8)
        return None
    try:
        layout = build_print_layout(QgsProject.instance(), path, page_size, orientation)
    except A4BError as error:
        bar.pushMessage(_tr("Measures"), str(error), Qgis.MessageLevel.Critical, 12)
        return None
    dock.iface.openLayoutDesigner(layout)
    bar.pushMessage(
        _tr("Measures"),
        _tr("Print layout '{name}' added to the project's Layout Manager.").format(name=layout.name()),
        Qgis.MessageLevel.Success,
        8,
    )
    return layout
