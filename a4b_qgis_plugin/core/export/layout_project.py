"""The measures print layout in the user's project, to edit and export with QGIS's own tools.

Builds the same layout as the PDF export (:class:`.pdf.MeasuresLayout`) in
the project, then makes it last: the helper layers (the styled copies of
the measures, boundaries and Natura 2000 areas, the atlas pages and the
totals) are written to a GeoPackage in a folder beside the project and
their layers switched to it, so they survive saving and reopening the
project. They sit in one hidden layer group; the layout lands in the
project's Layout Manager under a fixed name and replaces its earlier copy.
"""

from __future__ import annotations

import re
from pathlib import Path

from qgis.core import (
    QgsCoordinateTransformContext,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDateTime

from ..common.errors import OutputError
from ..common.i18n import tr
from ..common.layer_source import table_source
from ..common.paths import profile_dir
from .pdf import MapInputs, MapOptions, MeasuresLayout

FOLDER_NAME = "a4b_print_layout"
GPKG_NAME = "layout_layers.gpkg"


def layout_folder(project: QgsProject) -> Path:
    """Where the layout's files go: beside a saved project, else in the plugin's profile folder."""
    home = project.absolutePath()
    base = Path(home) if home else profile_dir()
    return base / FOLDER_NAME


def layout_name(register_name: str) -> str:
    """The layout's name in the Layout Manager."""
    return tr("A4B measures – {register}").format(register=register_name)


def _table(number: int, layer) -> str:
    slug = re.sub(r"[^a-z0-9]+", "_", layer.name().lower()).strip("_")[:40]
    return f"l{number:02d}_{slug or 'layer'}"


def _persist(layers: list, gpkg: Path, transform_context) -> None:
    """Write each memory layer to a table of *gpkg* and point the layer at it, keeping its style."""
    try:
        if gpkg.exists():
            gpkg.unlink()  # the previous layout's copy: this one replaces it
    except OSError:  # still open somewhere (Windows locks open files): use a new file beside it
        stamp = QDateTime.currentDateTime().toString("yyyyMMddHHmmsszzz")
        gpkg = gpkg.with_name(f"{gpkg.stem}_{stamp}.gpkg")
    for number, layer in enumerate(layers):
        if not isinstance(layer, QgsVectorLayer) or layer.providerType() != "memory":
            continue
        table = _table(number, layer)
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = table
        options.fileEncoding = "UTF-8"
        options.actionOnExistingFile = (
            QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
            if gpkg.exists()
            else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
        )
        result = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(gpkg), transform_context, options)
        if result[0] != QgsVectorFileWriter.WriterError.NoError:
            raise OutputError(tr("Could not write {path}: {error}").format(path=gpkg, error=result[1]))
        layer.setDataSource(table_source(str(gpkg), table), layer.name(), "ogr")


def open_in_project(
    project: QgsProject,
    inputs: MapInputs,
    options: MapOptions,
    register_name: str,
    transform_context: QgsCoordinateTransformContext | None = None,
    feedback=None,
):
    """Add the measures print layout (atlas over the pilots) to *project*; return the layout."""
    transform_context = transform_context or project.transformContext()
    folder = layout_folder(project)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(tr("Could not write {path}: {error}").format(path=folder, error=error)) from error
    name = layout_name(register_name)
    manager = project.layoutManager()
    old = manager.layoutByName(name)
    if old is not None:
        manager.removeLayout(old)
    root = project.layerTreeRoot()
    group_name = tr("A4B print layout (helper layers)")
    for group in [g for g in root.findGroups() if g.name() == group_name]:
        project.removeMapLayers([layer.layerId() for layer in group.findLayers()])
        root.removeChildNode(group)
    built = MeasuresLayout(project, inputs, options, transform_context, feedback, folder, " (A4B)")
    helpers = built.layers + [built.coverage, built.totals]
    _persist(helpers, folder / GPKG_NAME, transform_context)
    group = root.addGroup(group_name)
    for layer in helpers:
        if project.mapLayer(layer.id()) is not None:
            group.addLayer(layer)
    group.setItemVisibilityChecked(False)  # the layout chooses its layers; the canvas stays as it was
    group.setExpanded(False)
    built.layout.setName(name)
    if not manager.addLayout(built.layout):
        raise OutputError(tr("The layout {name} could not be added to the project.").format(name=name))
    return built.layout
