"""Pilot boundaries for tagging: where they come from and the warnings they give.

The panel and ``a4b:tagmeasures`` read the same boundaries (the
``pilot_boundaries`` table of the register's and of the project's work
GeoPackage, and the pilot boundary layers of the project's pilot groups), so
the same parcel gets the same warning from both.
"""

from __future__ import annotations

import os
from typing import Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
)

from ..common.errors import OutputError
from ..common.i18n import tr
from ..flagging.run import default_pilot_field
from ..pilots import work_gpkg
from ..pilots.layer_group import KIND_PROPERTY
from ..register.schema import REGISTER_CRS

BOUNDARY_KIND = "pilot_boundary"


def boundary_gpkg_paths(project: Optional[QgsProject], register_path: str) -> list[str]:
    """The GeoPackages that may hold pilot boundaries: the register's, then the project's work file."""
    paths = [register_path]
    if project is not None:
        paths.append(work_gpkg.default_work_gpkg(project))
    return list(dict.fromkeys(p for p in paths if p and os.path.exists(p)))


def pilot_boundaries(project: Optional[QgsProject], gpkg_paths: list[str]) -> dict[str, QgsGeometry]:
    """Pilot boundaries in EPSG:28992 by pilot name (first found wins)."""
    layers: list[QgsVectorLayer] = []
    for path in gpkg_paths:
        try:
            if work_gpkg.PILOT_BOUNDARY_TABLE in work_gpkg.list_tables(path):
                layers.append(work_gpkg.boundary_layer(path))
        except OutputError:
            continue  # an unreadable file holds no boundaries we can use
    if project is not None:
        for layer in project.mapLayers().values():
            if isinstance(layer, QgsVectorLayer) and layer.customProperty(KIND_PROPERTY) == BOUNDARY_KIND:
                layers.append(layer)
    target = QgsCoordinateReferenceSystem(REGISTER_CRS)
    context = project.transformContext() if project is not None else None
    boundaries: dict[str, QgsGeometry] = {}
    for layer in layers:
        name_field = default_pilot_field(layer.fields())
        index = layer.fields().lookupField(name_field) if name_field else -1
        transform = None
        if layer.crs().isValid() and layer.crs() != target and context is not None:
            transform = QgsCoordinateTransform(layer.crs(), target, context)
        for feature in layer.getFeatures():
            if not feature.hasGeometry():
                continue
            geometry = QgsGeometry(feature.geometry())
            if transform is not None:
                try:
                    geometry.transform(transform)
                except QgsCsException:
                    continue
            name = str(feature[index]) if index >= 0 and feature[index] else layer.name()
            boundaries.setdefault(name, geometry)
    return boundaries


def outside_pilot_warnings(
    rows: list[dict], boundaries: dict[str, QgsGeometry], pilot: Optional[str]
) -> list[str]:
    """Warn for rows outside every pilot boundary, or outside the chosen pilot's.

    Without any known boundary nothing can be said, so nothing is warned.
    """
    warnings: list[str] = []
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
