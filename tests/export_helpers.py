"""Test registers for the export tests, built from ``core/register/schema.py``.

The measures sit on real parcels of the bundled (fictional) demo data, inside
its two pilots, so the PDF shows what a user would see.
"""

from __future__ import annotations

import math
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDateTime

from a4b_qgis_plugin.core.common.paths import DEMO_GPKG
from a4b_qgis_plugin.core.common.qt_compat import WKB_MULTIPOLYGON, field_type
from a4b_qgis_plugin.core.register import schema as register_schema

WEST = "Demo-pilot Hoge Veen (fictief)"
EAST = "Demo-pilot Beekdal (fictief)"
STAKEHOLDER = "J. de Vries (fictief)"

# pilot, code, name, theme, status, quantity, unit, cost, revenue, stakeholder
ROWS = [
    (
        WEST,
        "N12.02",
        "Kruidenrijk grasland",
        "agri_nature",
        "proposed",
        2.4512,
        "ha",
        1234.56,
        None,
        STAKEHOLDER,
    ),
    (WEST, "WATER", "Vernatting", "water", "proposed", 3.1, "ha", None, None, ""),
    (WEST, "L01.02", "Houtwal", "landscape", "agreed", 412.5, "m", 206.25, 10.1, STAKEHOLDER),
    (WEST, "N12.02", "Kruidenrijk grasland", "agri_nature", "agreed", 1.75, "ha", 700.14, 50.0, ""),
    (EAST, "N00.01", "Omvorming naar natuur", "nature_conversion", "idea", 5.0, "ha", 3000.0, 0.01, ""),
    (EAST, "BUFFER", "Bufferstrook", "nitrogen", "proposed", 0.8, "ha", 820.8, None, STAKEHOLDER),
    (EAST, "L01.01", "Poel", "landscape", "implemented", 2.0, "piece", 99.99, None, ""),
]


def register_fields() -> QgsFields:
    """The measures table's fields per the schema."""
    fields = QgsFields()
    for name, kind in register_schema.MEASURE_FIELDS:
        fields.append(QgsField(name, field_type(kind)))
    return fields


def demo_pilots() -> QgsVectorLayer:
    """The demo data's pilot boundaries (field ``name``)."""
    return QgsVectorLayer(f"{DEMO_GPKG}|layername=pilots", "pilots", "ogr")


def parcels_in(pilot_geometry: QgsGeometry, count: int) -> list[QgsGeometry]:
    """The first *count* demo parcels (by fid) whose centroid lies in the pilot."""
    parcels = QgsVectorLayer(f"{DEMO_GPKG}|layername=brp_gewaspercelen", "brp", "ogr")
    found = []
    for feature in parcels.getFeatures():
        geometry = feature.geometry()
        if pilot_geometry.contains(geometry.centroid()):
            found.append(geometry)
            if len(found) == count:
                break
    return found


def _write(path: Path, table: str, fields, wkb, features, append: bool) -> None:
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = table
    if append:
        options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
    writer = QgsVectorFileWriter.create(
        str(path),
        fields,
        wkb,
        QgsCoordinateReferenceSystem(register_schema.REGISTER_CRS),
        QgsCoordinateTransformContext(),
        options,
    )
    assert writer.hasError() == QgsVectorFileWriter.WriterError.NoError, writer.errorMessage()
    writer.addFeatures(features)
    del writer


def build_register(path: Path, rows=ROWS, boundaries: bool = True) -> Path:
    """Write a register GeoPackage (``measures`` and optionally ``pilot_boundaries``)."""
    fields = register_fields()
    pilots = {f["name"]: f.geometry() for f in demo_pilots().getFeatures()}
    wanted = {pilot: sum(1 for r in rows if r[0] == pilot) for pilot in pilots}
    geometries = {pilot: parcels_in(pilots[pilot], n) for pilot, n in wanted.items() if n}
    stamp = QDateTime.fromString("2026-11-27T10:00:00", "yyyy-MM-ddTHH:mm:ss")
    features = []
    for number, row in enumerate(rows):
        pilot, code, name, theme, status, quantity, unit, cost, revenue, stakeholder = row
        feature = QgsFeature(fields)
        values = {
            "uuid": f"00000000-0000-4000-8000-{number:012d}",
            "pilot": pilot,
            "parcel_ref": f"BRP-{number}",
            "measure_code": code,
            "measure_name": name,
            "theme": theme,
            "status": status,
            "quantity": quantity,
            "unit": unit,
            "cost_eur_yr": cost,
            "revenue_eur_yr": revenue,
            "stakeholder": stakeholder,
            "notes": "fictional test measure",
            "created_at": stamp,
            "created_by": "tester",
            "updated_at": stamp,
            "updated_by": "tester",
        }
        feature.setAttributes([values.get(f.name()) for f in fields])  # newer schema fields: empty
        geometry = QgsGeometry(geometries[pilot].pop(0))
        geometry.convertToMultiType()
        feature.setGeometry(geometry)
        features.append(feature)
    _write(path, register_schema.MEASURES_TABLE, fields, WKB_MULTIPOLYGON, features, append=False)
    if boundaries:
        boundary_fields = QgsFields()
        boundary_fields.append(QgsField("name", field_type("string")))
        outlines = []
        for pilot_name, geometry in pilots.items():
            feature = QgsFeature(boundary_fields)
            feature.setAttributes([pilot_name])
            feature.setGeometry(geometry)
            outlines.append(feature)
        _write(path, "pilot_boundaries", boundary_fields, WKB_MULTIPOLYGON, outlines, append=True)
    return path


def expected(rows=ROWS, pilots=None, statuses=None, themes=None) -> dict:
    """Plain-Python totals of *rows* after the filters (independent of the code under test)."""
    chosen = [
        r
        for r in rows
        if (not pilots or r[0] in pilots)
        and (not statuses or r[4] in statuses)
        and (not themes or r[3] in themes)
    ]

    def money(values):
        known = [v for v in values if v is not None]
        return round(math.fsum(known), 2) if known else None

    # The money rule: unknown stays unknown; the net only over measures with both figures.
    nets = [r[8] - r[7] for r in chosen if r[7] is not None and r[8] is not None]
    return {
        "count": len(chosen),
        "ha": round(math.fsum(r[5] for r in chosen if r[6] == "ha"), 4),
        "m": round(math.fsum(r[5] for r in chosen if r[6] == "m"), 2),
        "pieces": round(math.fsum(r[5] for r in chosen if r[6] == "piece"), 2),
        "cost_eur_yr": money(r[7] for r in chosen),
        "revenue_eur_yr": money(r[8] for r in chosen),
        "net_eur_yr": money(nets),
        "cost_missing": sum(1 for r in chosen if r[7] is None),
        "revenue_missing": sum(1 for r in chosen if r[8] is None),
        "net_left_out": len(chosen) - len(nets),
        "rows": chosen,
    }
