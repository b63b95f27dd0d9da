"""The hand-computed layout of the scoring tests: rasters made with GDAL, parcels and nature.

All coordinates are relative to (X0, Y0) in EPSG:28992 (metres). Rasters:

* deposition (EPSG:28992): 100 m cells, x 0..1200, y 0..800, value
  1000 + 100 * col + 10 * row (row 0 at the top), nodata in (col 9, row 5),
  i.e. x 900..1000, y 200..300;
* groundwater (EPSG:4326): two huge cells split on the meridian through
  relative (700, 500): 0.8 m west, 1.6 m east;
* elevation (EPSG:28992): 50 m cells, x -100..1300, y -100..900: 5 m for
  x < 300 and y < 300 (area A), 7 m for x < 300 above that, 9 m for
  300 <= x < 500 (the gap between A and B), 6 m from x = 500 eastwards.

Nature: Natura 2000 areas A (0..300, 0..300) and B (500..800, 0..300), 200 m
apart; another nature patch C (0..100, 600..700).
"""

from __future__ import annotations

import numpy as np
from osgeo import gdal, osr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProject,
)

from .flag_helpers import memory_layer, square

X0, Y0 = 150000.0, 450000.0
NODATA = -9999.0


def rel_square(x0, y0, x1, y1) -> str:
    """WKT of a rectangle given relative to (X0, Y0)."""
    return square(X0 + x0, Y0 + y0, X0 + x1, Y0 + y1)


def write_raster(path, values: np.ndarray, origin: tuple, res: tuple, epsg: int, nodata=None) -> str:
    """A one-band Float32 GeoTIFF; *origin* is the top-left corner, *res* (x, y) cell sizes."""
    rows, cols = values.shape
    ds = gdal.GetDriverByName("GTiff").Create(str(path), cols, rows, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((origin[0], res[0], 0.0, origin[1], 0.0, -res[1]))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    band.WriteArray(values.astype(np.float32))
    if nodata is not None:
        band.SetNoDataValue(nodata)
    ds = None
    return str(path)


def deposition_value(col: int, row: int) -> float:
    """The deposition raster's value in (col, row)."""
    return 1000.0 + 100.0 * col + 10.0 * row


def make_deposition(path) -> str:
    values = np.array([[deposition_value(c, r) for c in range(12)] for r in range(8)])
    values[5, 9] = NODATA
    return write_raster(path, values, (X0, Y0 + 800), (100.0, 100.0), 28992, NODATA)


def groundwater_meridian() -> tuple[float, float]:
    """(longitude, latitude) of relative (700, 500): the groundwater raster's cell edge runs along it."""
    xform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:28992"),
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsProject.instance().transformContext(),
    )
    point = xform.transform(QgsPointXY(X0 + 700, Y0 + 500))
    return point.x(), point.y()


def make_groundwater(path) -> str:
    lon, lat = groundwater_meridian()
    values = np.array([[0.8, 1.6]])
    return write_raster(path, values, (lon - 0.05, lat + 0.05), (0.05, 0.1), 4326)


def elevation_value(x: float, y: float) -> float:
    """The elevation raster's value at relative (x, y) (cell-aligned blocks)."""
    if x >= 500:
        return 6.0
    if x >= 300:
        return 9.0
    return 5.0 if y < 300 else 7.0


def make_elevation(path) -> str:
    cols, rows = 28, 20
    values = np.array(
        [[elevation_value(-100 + 50 * c + 25, 900 - 50 * r - 25) for c in range(cols)] for r in range(rows)]
    )
    return write_raster(path, values, (X0 - 100, Y0 + 900), (50.0, 50.0), 28992)


def natura_layer():
    rows = [
        {"wkt": rel_square(0, 0, 300, 300), "naam_n2k": "A", "nr": 1},
        {"wkt": rel_square(500, 0, 800, 300), "naam_n2k": "B", "nr": 2},
    ]
    return memory_layer(rows, "field=naam_n2k:string&field=nr:integer")


def nature_layer():
    return memory_layer([{"wkt": rel_square(0, 600, 100, 700), "name": "C"}], "field=name:string")


def pilots_layer():
    rows = [
        {"wkt": rel_square(-200, -200, 550, 1000), "name": "West"},
        {"wkt": rel_square(550, -200, 1300, 1000), "name": "East"},
    ]
    return memory_layer(rows, "field=name:string")
