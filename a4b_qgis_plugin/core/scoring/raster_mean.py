"""Area-weighted means of a raster band over polygons, read in small windows.

Every cell counts with the area of the polygon inside it (see coverage.py).
Cells without a value (the band's nodata, the user's nodata ranges, NaN, or
outside the raster) are left out of both the sum and the weights, so a parcel
half outside the raster gets the mean of its other half, and a parcel with no
valued cell gets no mean (NaN here, NULL in the output), never 0.

The raster is never read whole: polygons are grouped by the raster tile their
window starts in, and each group's window is read with one
``QgsRasterDataProvider.block`` call, in row strips of at most ``MAX_CELLS``.
"""

from __future__ import annotations

import math

import numpy as np
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsGeometry,
    QgsRasterDataProvider,
    QgsRectangle,
)

from ..common.errors import InputError
from ..common.i18n import tr
from .coverage import cut_edges, weighted_sums
from .shapes import polygon_rings

TILE = 256  # cells: polygons whose windows start in the same TILE x TILE square share one read
MAX_CELLS = 2_000_000  # cells read at once (16 MB as float64)

_DTYPES = {
    "Byte": np.uint8,
    "Int8": np.int8,
    "UInt16": np.uint16,
    "Int16": np.int16,
    "UInt32": np.uint32,
    "Int32": np.int32,
    "Float32": np.float32,
    "Float64": np.float64,
}
NUMPY_TYPES = {getattr(Qgis.DataType, n): t for n, t in _DTYPES.items() if hasattr(Qgis.DataType, n)}


class RasterMeans:
    """Area-weighted means of one band over polygons given in *crs*.

    *provider* should be the caller's own copy (``clone()``) of a layer's
    provider, made in the main thread: a layer's provider may be drawing the
    map while a Processing task reads.
    """

    def __init__(
        self,
        provider: QgsRasterDataProvider | None,
        band: int,
        crs: QgsCoordinateReferenceSystem,
        transform_context: QgsCoordinateTransformContext,
        label: str,
    ):
        # no isValid() check: a clone of a valid GDAL provider says False in QGIS 3.22 and reads fine
        if provider is None:
            raise InputError(tr("{0}: the raster cannot be read.").format(label))
        if band < 1 or band > provider.bandCount():
            raise InputError(tr("{0}: the raster has no band {1}.").format(label, band))
        if provider.xSize() <= 0 or provider.ySize() <= 0:
            raise InputError(
                tr("{0}: the raster has no fixed cell size (a web map?); use a file or a coverage.").format(
                    label
                )
            )
        self.dtype = NUMPY_TYPES.get(provider.dataType(band))
        if self.dtype is None:
            raise InputError(tr("{0}: band {1} does not hold plain numbers.").format(label, band))
        self.label = label
        self.provider = provider
        self.band = band
        extent = provider.extent()
        self.width, self.height = provider.xSize(), provider.ySize()
        self.x0, self.y0 = extent.xMinimum(), extent.yMaximum()
        self.xres = extent.width() / self.width
        self.yres = extent.height() / self.height
        self.nodata = None
        if provider.sourceHasNoDataValue(band) and provider.useSourceNoDataValue(band):
            self.nodata = provider.sourceNoDataValue(band)
        self.user_ranges = [(r.min(), r.max()) for r in provider.userNoDataValues(band)]
        raster_crs = provider.crs()
        self.xform = None
        if raster_crs.isValid() and raster_crs != crs:
            self.xform = QgsCoordinateTransform(crs, raster_crs, transform_context)

    def cell_size_text(self) -> str:
        """The cell size, for the log."""
        return f"{self.xres:g} x {self.yres:g}"

    def _values(self, c0: int, r0: int, c1: int, r1: int) -> tuple[np.ndarray, np.ndarray]:
        """(values with 0 where missing, 1/0 where valued) of cells [c0, c1) x [r0, r1), inside the raster."""
        rect = QgsRectangle(
            self.x0 + c0 * self.xres,
            self.y0 - r1 * self.yres,
            self.x0 + c1 * self.xres,
            self.y0 - r0 * self.yres,
        )
        nc, nr = c1 - c0, r1 - r0
        block = self.provider.block(self.band, rect, nc, nr)
        raw = bytes(block.data()) if block is not None and block.isValid() else b""
        if len(raw) != nc * nr * np.dtype(self.dtype).itemsize:
            return np.zeros((nr, nc)), np.zeros((nr, nc))
        values = np.frombuffer(raw, dtype=self.dtype).reshape(nr, nc).astype(np.float64)
        missing = np.isnan(values)
        nodata = block.noDataValue() if block.hasNoDataValue() else self.nodata
        if nodata is not None and not math.isnan(nodata):
            missing |= values == nodata
        for low, high in self.user_ranges:
            missing |= (values >= low) & (values <= high)
        valid = (~missing).astype(np.float64)
        values[missing] = 0.0
        return values, valid

    def _world_rings(self, geom: QgsGeometry | None, rings=None) -> list:
        """:func:`polygon_rings` of *geom* in the raster's CRS.

        *rings* are *geom*'s rings when the caller has them already (used when
        the raster shares the geometries' CRS).
        """
        if self.xform is None:
            return rings if rings is not None else polygon_rings(geom)
        if geom is None or geom.isNull() or geom.isEmpty():
            return []
        geom = QgsGeometry(geom)
        try:
            geom.transform(self.xform)
        except QgsCsException:
            return []
        return polygon_rings(geom)

    def means(self, geoms: list[QgsGeometry | None], rings: list | None = None) -> np.ndarray:
        """Area-weighted mean per geometry (NaN where no valued cell is covered).

        *rings*, if given, holds :func:`polygon_rings` of every geometry, read once
        for all rasters.
        """
        n = len(geoms)
        result = np.full(n, np.nan)
        rings_xy, ring_item, ring_exterior = [], [], []
        for i, geom in enumerate(geoms):
            for polygon in self._world_rings(geom, rings[i] if rings is not None else None):
                for k, ring in enumerate(polygon):
                    if len(ring) >= 4:
                        rings_xy.append(ring)
                        ring_item.append(i)
                        ring_exterior.append(k == 0)
        if not rings_xy:
            return result
        lengths = np.array([len(r) for r in rings_xy])
        xy = np.concatenate(rings_xy)
        px = (xy[:, 0] - self.x0) / self.xres
        py = (self.y0 - xy[:, 1]) / self.yres
        starts = np.r_[0, np.cumsum(lengths)[:-1]]
        ring_of_point = np.repeat(np.arange(len(lengths)), lengths)
        # an edge joins a point to the next one of the same ring
        first = np.ones(len(px), dtype=bool)
        first[starts] = False
        head = np.flatnonzero(first)  # index of each edge's end point
        x1, y1, x2, y2 = px[head - 1], py[head - 1], px[head], py[head]
        ring_of_edge = ring_of_point[head]
        # shoelace per ring, around the ring's first point for precision
        ox, oy = px[starts][ring_of_edge], py[starts][ring_of_edge]
        cross = (x1 - ox) * (y2 - oy) - (x2 - ox) * (y1 - oy)
        signed = 0.5 * np.bincount(ring_of_edge, weights=cross, minlength=len(lengths))
        exterior = np.array(ring_exterior)
        # exterior rings add, holes subtract, whichever way they were drawn
        ring_sign = np.where(signed == 0.0, 0.0, np.where((signed > 0) == exterior, 1.0, -1.0))
        items = np.array(ring_item)
        area = np.bincount(items, weights=np.where(exterior, 1.0, -1.0) * np.abs(signed), minlength=n)
        sign, owner = ring_sign[ring_of_edge], items[ring_of_edge]
        keep = sign != 0.0
        x1, y1, x2, y2, sign, owner = x1[keep], y1[keep], x2[keep], y2[keep], sign[keep], owner[keep]
        if not len(owner):
            return result
        point_item = items[ring_of_point]
        boxes = np.full((n, 4), np.nan)
        for column, values, reducer in (
            (0, px, np.fmin),
            (1, py, np.fmin),
            (2, px, np.fmax),
            (3, py, np.fmax),
        ):
            reducer.at(boxes[:, column], point_item, values)
        num, den = np.zeros(n), np.zeros(n)
        with np.errstate(invalid="ignore"):
            c0 = np.clip(np.floor(boxes[:, 0]), 0, self.width)
            r0 = np.clip(np.floor(boxes[:, 1]), 0, self.height)
            c1 = np.clip(np.ceil(boxes[:, 2]), 0, self.width)
            r1 = np.clip(np.ceil(boxes[:, 3]), 0, self.height)
        usable = ~np.isnan(boxes[:, 0]) & (c1 > c0) & (r1 > r0)
        key = np.where(usable, (r0 // TILE) * (self.width // TILE + 1) + c0 // TILE, -1)
        order = np.argsort(key[owner], kind="stable")
        x1, y1, x2, y2, sign, owner = x1[order], y1[order], x2[order], y2[order], sign[order], owner[order]
        edge_keys = key[owner]
        bounds = np.flatnonzero(np.diff(edge_keys)) + 1
        for lo, hi in zip(np.r_[0, bounds], np.r_[bounds, len(owner)]):
            if edge_keys[lo] < 0:
                continue
            members = np.unique(owner[lo:hi])
            window = (
                int(c0[members].min()),
                int(r0[members].min()),
                int(c1[members].max()),
                int(r1[members].max()),
            )
            e, xm, ym, dy = cut_edges(x1[lo:hi], y1[lo:hi], x2[lo:hi], y2[lo:hi])
            piece_owner = owner[lo:hi][e]
            piece_sign = sign[lo:hi][e]
            self._accumulate(window, xm, ym, dy * piece_sign, piece_owner, num, den)
        with np.errstate(invalid="ignore", divide="ignore"):
            ok = den > 1e-9 * np.maximum(area, 1e-12)
            result[ok] = num[ok] / den[ok]
        return result

    def _accumulate(self, window, xm, ym, dy, owner, num, den) -> None:
        """Add every piece's share of value x area and valued area, strip by strip of *window*."""
        c0, r0, c1, r1 = window
        col = np.floor(xm).astype(np.int64) - c0
        row = np.floor(ym).astype(np.int64) - r0
        xrel = xm - c0
        rows_per_strip = max(1, MAX_CELLS // max(1, c1 - c0))
        n = len(num)
        for ra in range(0, r1 - r0, rows_per_strip):
            rb = min(r1 - r0, ra + rows_per_strip)
            sel = (row >= ra) & (row < rb)
            if not sel.any():
                continue
            values, valid = self._values(c0, r0 + ra, c1, r0 + rb)
            args = (xrel[sel], dy[sel], row[sel] - ra, col[sel])
            num += np.bincount(owner[sel], weights=weighted_sums(*args, values), minlength=n)
            den += np.bincount(owner[sel], weights=weighted_sums(*args, valid), minlength=n)
