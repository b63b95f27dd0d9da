"""Generate the demo data for scoring parcels, deterministically. FICTIONAL DATA.

Beside the demo GeoPackage (made by make_demo_data.py, left as it is), in
``a4b_qgis_plugin/resources/demo/``:

* ``demo_deposition.tif``: total nitrogen deposition, mol N/ha/yr, on a
  1 x 1 km grid like RIVM's GDN map: high in the south-east (a fictional
  livestock area), lower towards the north-west.
* ``demo_glg.tif``: mean lowest groundwater depth below the surface (GLG), m,
  50 m cells, like BRO's groundwater depth model: deep on the ridge in the
  west, shallow in the brook valley; nodata over the fen (open water).
* ``demo_elevation.tif``: terrain height, m above NAP, 50 m cells, like a
  coarsened AHN: an ice-pushed ridge in the west sloping to the brook valley.
* ``demo_nature.geojson``: fictional Natuurnetwerk Nederland patches
  (woodland and wet grassland) between the Natura 2000 areas, 100-300 m
  apart from them and each other, so that some parcels would link them.

Run: ``python3 scripts/make_demo_scoring_data.py`` (``make demo-data`` runs it).
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import numpy as np
from osgeo import gdal, osr

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "a4b_qgis_plugin" / "resources" / "demo"
X0, Y0, SIZE = 196000.0, 446000.0, 10000.0  # the demo landscape of make_demo_data.py
NODATA = -9999.0
NOTE = "FICTIONAL demo data of the A4B Natura 2000 toolkit; not real measurements."

# Fictional NNN patches: (name, beheertype, centre x, centre y, radius); relative to (X0, Y0).
PATCHES = [
    ("Demo Broekbos (fictief)", "N14.01 Rivier- en beekbegeleidend bos", 2850, 2550, 260),
    ("Demo Heiderestant (fictief)", "N07.01 Droge heide", 2950, 3250, 300),
    ("Demo Stapsteen (fictief)", "N12.02 Kruiden- en faunarijk grasland", 5750, 4350, 330),
    ("Demo Beekoever (fictief)", "N10.02 Vochtig hooiland", 6350, 3950, 200),
    ("Demo Eikenhakhout (fictief)", "N17.02 Droog hakhout", 1650, 4700, 280),
]


def _grid(cell: float):
    n = int(SIZE / cell)
    centres = (np.arange(n) + 0.5) * cell
    gx, gy = np.meshgrid(centres, SIZE - centres)  # row 0 at the top (north)
    return gx, gy


def _write(path: Path, values: np.ndarray, cell: float, description: str, nodata=None) -> None:
    options = ["COMPRESS=DEFLATE", "PREDICTOR=3", "TILED=NO"]
    ds = gdal.GetDriverByName("GTiff").Create(
        str(path), values.shape[1], values.shape[0], 1, gdal.GDT_Float32, options
    )
    ds.SetGeoTransform((X0, cell, 0.0, Y0 + SIZE, 0.0, -cell))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    ds.SetProjection(srs.ExportToWkt())
    ds.SetMetadataItem("DESCRIPTION", NOTE)
    band = ds.GetRasterBand(1)
    band.SetDescription(description)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    band.WriteArray(values.astype(np.float32))
    ds = None


def deposition() -> np.ndarray:
    gx, gy = _grid(1000.0)
    values = 1300 + 110 * (gx / 1000) - 60 * (gy / 1000) + 180 * np.sin(gx / 1700) * np.cos(gy / 2300)
    return np.round(values)


def elevation() -> np.ndarray:
    gx, gy = _grid(50.0)
    ridge = 32 * np.exp(-(((gx - 1500) / 2600) ** 2))  # the ice-pushed ridge in the west
    valley = -4 * np.exp(-(((gx - 7200) ** 2 + (gy - 2900) ** 2) / 1600**2))  # the brook valley
    waves = 1.2 * np.sin(gx / 430) * np.sin(gy / 610)
    return np.round(6 + 0.0004 * gy + ridge + valley + waves, 2)


def groundwater(height: np.ndarray) -> np.ndarray:
    gx, gy = _grid(50.0)
    depth = 0.4 + 0.09 * (height - 6) + 0.25 * np.sin(gx / 900) * np.cos(gy / 1300)
    depth = np.round(np.clip(depth, 0.15, 4.0), 2)
    fen = (gx - 2500) ** 2 + (gy - 1800) ** 2 < 260**2  # open water of the fen: no groundwater depth
    depth[fen] = NODATA
    return depth


def nature() -> dict:
    features = []
    for k, (name, kind, cx, cy, radius) in enumerate(PATCHES):
        ring = []
        for i in range(48):
            t = 2 * math.pi * i / 48
            r = radius * (1 + 0.12 * math.sin(3 * t + k) + 0.06 * math.cos(5 * t))
            ring.append([round(X0 + cx + r * math.cos(t), 2), round(Y0 + cy + r * math.sin(t), 2)])
        ring.append(ring[0])
        features.append(
            {
                "type": "Feature",
                "properties": {"naam": name, "beheertype": kind, "bron": "fictief (demo)"},
                "geometry": {"type": "Polygon", "coordinates": [ring]},
            }
        )
    return {
        "type": "FeatureCollection",
        "name": "demo_nature",
        "description": NOTE,
        "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}},
        "features": features,
    }


def main(folder: Path = DEMO) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    height = elevation()
    _write(
        folder / "demo_deposition.tif", deposition(), 1000.0, "total N deposition, mol N/ha/yr (fictional)"
    )
    _write(folder / "demo_elevation.tif", height, 50.0, "terrain height, m NAP (fictional)")
    _write(folder / "demo_glg.tif", groundwater(height), 50.0, "GLG, m below surface (fictional)", NODATA)
    (folder / "demo_nature.geojson").write_text(json.dumps(nature(), indent=1) + "\n", encoding="utf-8")
    for name in ("demo_deposition.tif", "demo_elevation.tif", "demo_glg.tif", "demo_nature.geojson"):
        print(f"Wrote {folder / name} ({(folder / name).stat().st_size:,} bytes)")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEMO)
