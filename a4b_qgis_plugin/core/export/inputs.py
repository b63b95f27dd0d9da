"""Finding the export's inputs: the register table, pilot boundaries, open files."""

from __future__ import annotations

import os
from pathlib import Path

from qgis.core import QgsProject, QgsVectorLayer

from ..common.layer_source import layer_file_and_table, table_source
from ..pilots.work_gpkg import default_work_gpkg
from ..register import schema as register_schema
from .selection import missing_fields

BOUNDARY_TABLE = "pilot_boundaries"


def file_of(layer) -> str:
    """The file behind *layer*, or "" for databases, services and memory layers."""
    path, _table = layer_file_and_table(layer)
    return path if path and os.path.isfile(path) else ""


def describe(layer) -> str:
    """A short name of *layer*'s data for a sources line: ``file.gpkg (table)`` or its name."""
    path = file_of(layer)
    if not path:
        return layer.name()
    _path, table = layer_file_and_table(layer)
    return f"{Path(path).name} ({table})" if table else Path(path).name


def gpkg_table(path: str, table: str, name: str | None = None) -> QgsVectorLayer | None:
    """Table *table* of the GeoPackage *path* as a layer, or None if it has none."""
    if not path or not path.lower().endswith(".gpkg") or not os.path.isfile(path):
        return None
    layer = QgsVectorLayer(table_source(path, table), name or table, "ogr")
    return layer if layer.isValid() else None


def resolve_register(layer: QgsVectorLayer) -> QgsVectorLayer:
    """*layer*, or its GeoPackage's ``measures`` table when *layer* is another table of it.

    ``qgis_process`` opens a bare ``register.gpkg`` at its first table, which
    need not be the measures.
    """
    if not missing_fields(layer):
        return layer
    measures = gpkg_table(file_of(layer), register_schema.MEASURES_TABLE, layer.name())
    if measures is not None and not missing_fields(measures):
        return measures
    return layer


def find_pilot_boundaries(register: QgsVectorLayer, project: QgsProject | None) -> QgsVectorLayer | None:
    """A ``pilot_boundaries`` table in the register's GeoPackage or the project's work GeoPackage."""
    candidates = [file_of(register)]
    if project is not None and project.absoluteFilePath():
        candidates.append(default_work_gpkg(project))
    for path in candidates:
        layer = gpkg_table(path, BOUNDARY_TABLE)
        if layer is not None and layer.isSpatial():
            return layer
    return None


def open_files(project: QgsProject | None) -> list[str]:
    """Files behind the layers of *project*: exports must not replace them."""
    if project is None:
        return []
    return [path for path in (file_of(layer) for layer in project.mapLayers().values()) if path]
