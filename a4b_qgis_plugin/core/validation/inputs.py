"""What the checks read: measures, the register's status history, parcels and areas.

Everything is read once, into EPSG:28992 (the register's CRS, in which areas
and lengths are measured), and only read: no input is ever changed. The
history is read straight from the GeoPackage, read-only, so a register made
by an older plugin is not migrated by a check.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsFeatureRequest,
    QgsGeometry,
    QgsRectangle,
    QgsSpatialIndex,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from ..common.errors import InputError
from ..common.geometry import valid_polygon
from ..common.i18n import tr
from ..common.values import is_null
from ..register.parcel_ref import default_id_field, geometry_fingerprint, split_parcel_id, split_parcel_ref
from ..register.schema import HISTORY_TABLE, REGISTER_CRS
from ..tagging.build import CATEGORY_FIELD


def _plain(value):
    return None if is_null(value) else value


def _fast_plain(value):
    # Qt5 hands NULL attributes as QVariant objects (any other value arrives converted), Qt6 as None.
    return None if value is None or type(value) is QVariant else value


def _transform(layer: QgsVectorLayer, context: QgsCoordinateTransformContext):
    target = QgsCoordinateReferenceSystem(REGISTER_CRS)
    if not layer.crs().isValid() or layer.crs() == target:
        return None
    return QgsCoordinateTransform(layer.crs(), target, context)


def _in_work_crs(geometry: QgsGeometry, transform) -> Optional[QgsGeometry]:
    if geometry is None or geometry.isNull():
        return None
    if transform is None:
        return geometry  # already a copy of the feature's own
    copy = QgsGeometry(geometry)
    if not copy.isEmpty():
        try:
            copy.transform(transform)
        except QgsCsException:  # outside the CRS's area: unusable
            return None
    return copy


def read_measures(
    layer: QgsVectorLayer,
    context: QgsCoordinateTransformContext,
    feedback=None,
    fields: Optional[list[str]] = None,
    proposed_only: tuple[str, ...] = (),
) -> list[dict]:
    """Features of *layer* as dicts of plain values plus ``geometry`` in EPSG:28992 (or None).

    Only *fields* are read when given (those the layer has), and the fields in
    *proposed_only* only for measures whose status is ``proposed``: converting
    values, times most of all, is most of the cost of reading.
    """
    transform = _transform(layer, context)
    request = QgsFeatureRequest()
    layer_fields = layer.fields()
    names = layer_fields.names()
    wanted = [name for name in names if fields is None or name in fields or name in proposed_only]
    if fields is not None:
        request.setSubsetOfAttributes(wanted, layer_fields)
    eager = [(name, layer_fields.lookupField(name)) for name in wanted if name not in proposed_only]
    later = [(name, layer_fields.lookupField(name)) for name in wanted if name in proposed_only]
    rows = []
    for feature in layer.getFeatures(request):
        if feedback is not None and feedback.isCanceled():
            break
        row = {name: _fast_plain(feature.attribute(index)) for name, index in eager}
        if later and row.get("status") == "proposed":
            row.update((name, _fast_plain(feature.attribute(index))) for name, index in later)
        row["geometry"] = _in_work_crs(feature.geometry(), transform) if feature.hasGeometry() else None
        rows.append(row)
    return rows


@dataclass
class StatusChange:
    """The last status change of a measure, from the register's history."""

    old: Optional[str]
    new: Optional[str]
    changed_at: str


def status_changes(gpkg_path: str) -> Optional[dict[str, StatusChange]]:
    """The last status change per uuid from ``measures_history``; None when there is no history.

    Only updates that changed the status are read (inserts set a first status,
    which may be any).
    """
    if not gpkg_path or not Path(gpkg_path).is_file():
        return None
    try:
        conn = sqlite3.connect(f"{Path(gpkg_path).resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        found = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND lower(name) = lower(?)", (HISTORY_TABLE,)
        ).fetchone()
        if not found:
            return None
        rows = conn.execute(
            f'SELECT uuid, old_values, new_values, changed_at FROM "{HISTORY_TABLE}" '
            "WHERE action = 'update' AND new_values LIKE '%\"status\"%' ORDER BY fid"
        ).fetchall()
    except sqlite3.Error as err:
        raise InputError(
            tr("Cannot read the register's history in {path}: {error}").format(path=gpkg_path, error=err)
        ) from err
    finally:
        conn.close()
    changes: dict[str, StatusChange] = {}
    for uuid, old_text, new_text, changed_at in rows:
        try:
            old = json.loads(old_text) if old_text else {}
            new = json.loads(new_text) if new_text else {}
        except ValueError:
            continue  # a damaged history row says nothing about the status
        if "status" in new:
            changes[uuid] = StatusChange(old.get("status"), new.get("status"), str(changed_at or ""))
    return changes


class AreaIndex:
    """Polygons of a layer (pilot boundaries, Natura 2000) in EPSG:28992 with a spatial index."""

    def __init__(self, layer: QgsVectorLayer, context: QgsCoordinateTransformContext):
        transform = _transform(layer, context)
        self.geometries: dict[int, QgsGeometry] = {}
        self.index = QgsSpatialIndex()
        self._engines: dict[int, object] = {}
        for number, feature in enumerate(layer.getFeatures()):
            geometry = _in_work_crs(feature.geometry(), transform) if feature.hasGeometry() else None
            if geometry is None or geometry.isEmpty():
                continue
            geometry, _repaired = valid_polygon(geometry)
            if geometry is None:
                continue
            self.geometries[number] = geometry
            self.index.addFeature(number, geometry.boundingBox())

    def __bool__(self) -> bool:
        return bool(self.geometries)

    def _engine(self, key: int):
        engine = self._engines.get(key)
        if engine is None:
            engine = QgsGeometry.createGeometryEngine(self.geometries[key].constGet())
            engine.prepareGeometry()
            self._engines[key] = engine
        return engine

    def intersects(self, geometry: QgsGeometry) -> bool:
        """True when *geometry* touches or overlaps any area."""
        for key in self.index.intersects(geometry.boundingBox()):
            if self._engine(key).intersects(geometry.constGet()):
                return True
        return False

    def within_distance(self, geometry: QgsGeometry, distance: float) -> bool:
        """True when *geometry* lies at most *distance* metres from an area."""
        box = geometry.boundingBox().buffered(distance)
        for key in self.index.intersects(box):
            if self._engine(key).distance(geometry.constGet()) <= distance:
                return True
        return False

    def nearest_distance(self, geometry: QgsGeometry) -> Optional[float]:
        """Distance in metres to the nearest area (None when there are none)."""
        keys = self.index.nearestNeighbor(geometry, 1)
        if not keys:
            return None
        return min(self.geometries[key].distance(geometry) for key in keys)


@dataclass
class Parcel:
    """A parcel of the parcel layer: its geometry (EPSG:28992), BRP category and names."""

    geometry: Optional[QgsGeometry]
    category: Optional[str]
    label: str


class ParcelLookup:
    """Finds the parcels a measure references, in the parcel layer given to the check.

    A measure names its parcels by identifier (``parcel_id``) and by
    ``<layer name>:<id or fid>`` (``parcel_ref``). An identifier matches the
    layer's identifier field (BRK/BRP, as tagging picks it) whatever the layer
    is called; a feature id only counts when the layer names match, since a
    copied layer numbers its features anew. Only parcels near *extent* are read.
    """

    def __init__(self, layer: QgsVectorLayer, context: QgsCoordinateTransformContext, extent: QgsRectangle):
        self.name = layer.name()
        transform = _transform(layer, context)
        id_field = default_id_field(layer.fields())
        category_index = layer.fields().lookupField(CATEGORY_FIELD)
        id_index = layer.fields().lookupField(id_field) if id_field else -1
        request = QgsFeatureRequest()
        if not extent.isNull() and not extent.isEmpty():
            box = QgsRectangle(extent)
            if transform is not None:
                try:
                    box = transform.transformBoundingBox(box, Qgis.TransformDirection.Reverse)
                except QgsCsException:  # read everything rather than guess
                    box = QgsRectangle()
            if not box.isNull():
                request.setFilterRect(box.buffered(1.0))
        self.by_id: dict[str, Parcel] = {}
        self.by_fid: dict[str, Parcel] = {}
        self._by_fingerprint: Optional[dict[str, Parcel]] = None  # made when first needed
        for feature in layer.getFeatures(request):
            geometry = _in_work_crs(feature.geometry(), transform) if feature.hasGeometry() else None
            if geometry is not None:
                geometry, _repaired = valid_polygon(geometry)
            category = _plain(feature[category_index]) if category_index >= 0 else None
            identifier = _plain(feature[id_index]) if id_index >= 0 else None
            label = f"{self.name}:{identifier if identifier is not None else feature.id()}"
            parcel = Parcel(geometry, None if category is None else str(category), label)
            if identifier is not None and str(identifier).strip():
                self.by_id[str(identifier).strip()] = parcel
            self.by_fid[str(feature.id())] = parcel

    def parcels_of(self, row: dict) -> list[Parcel]:
        """The parcels *row* references that this layer holds ([] when none is found)."""
        found: dict[int, Parcel] = {}
        for part in split_parcel_id(row.get("parcel_id")):
            parcel = self.by_id.get(part)
            if parcel is not None:
                found[id(parcel)] = parcel
        for single in split_parcel_ref(str(row.get("parcel_ref") or "")):
            layer, _sep, value = single.rpartition(":")
            parcel = self.by_id.get(value.strip())
            if parcel is None and layer == self.name:
                parcel = self.by_fid.get(value.strip())
            if parcel is not None:
                found[id(parcel)] = parcel
        if not found and row.get("parcel_fingerprint"):
            # The same parcel copied into a layer of another name, without identifiers.
            parcel = self._fingerprints().get(row["parcel_fingerprint"])
            if parcel is not None:
                found[id(parcel)] = parcel
        return list(found.values())

    def _fingerprints(self) -> dict[str, Parcel]:
        if self._by_fingerprint is None:
            self._by_fingerprint = {}
            for parcel in self.by_fid.values():
                key = geometry_fingerprint(parcel.geometry)
                if key:
                    self._by_fingerprint.setdefault(key, parcel)
        return self._by_fingerprint
