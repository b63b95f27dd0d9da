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
    QgsRasterLayer,
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
    """Area-weighted means of one band of *layer* over polygons given in *crs*."""

    def __init__(
        self,
        layer: QgsRasterLayer,
        band: int,
        crs: QgsCoordinateReferenceSystem,
        transform_context: QgsCoordinateTransformContext,
        label: str,
    ):
        provider: QgsRasterDataProvider = layer.dataProvider()
        if provider is None or not layer.isValid():
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
        raster_crs = layer.crs()
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

    def _rings(self, geom: QgsGeometry | None):
        """Polygons of *geom* in the raster's pixel frame (x right, y down, cell = 1)."""
        if geom is None or geom.isNull() or geom.isEmpty():
            return []
        if self.xform is not None:
            geom = QgsGeometry(geom)
            try:
                geom.transform(self.xform)
            except QgsCsException:
                return []
        out = []
        for rings in polygon_rings(geom):
            out.append([((r[:, 0] - self.x0) / self.xres, (self.y0 - r[:, 1]) / self.yres) for r in rings])
        return out

    def means(self, geoms: list[QgsGeometry | None]) -> np.ndarray:
        """Area-weighted mean per geometry (NaN where no valued cell is covered)."""
        n = len(geoms)
        xs1, ys1, xs2, ys2, signs, owners = [], [], [], [], [], []
        area = np.zeros(n)
        boxes = np.full((n, 4), np.nan)
        for i, geom in enumerate(geoms):
            for polygon in self._rings(geom):
                for k, (xs, ys) in enumerate(polygon):
                    if len(xs) < 4:
                        continue
                    signed = 0.5 * float(np.dot(xs[:-1], ys[1:]) - np.dot(xs[1:], ys[:-1]))
                    if signed == 0.0:
                        continue
                    # exterior rings add, holes subtract, whichever way they were drawn
                    sign = 1.0 if (signed > 0) == (k == 0) else -1.0
                    area[i] += abs(signed) if k == 0 else -abs(signed)
                    xs1.append(xs[:-1])
                    ys1.append(ys[:-1])
                    xs2.append(xs[1:])
                    ys2.append(ys[1:])
                    signs.append(np.full(len(xs) - 1, sign))
                    owners.append(np.full(len(xs) - 1, i))
                    box = (xs.min(), ys.min(), xs.max(), ys.max())
                    old = boxes[i]
                    boxes[i] = (
                        box
                        if np.isnan(old[0])
                        else (*np.minimum(old[:2], box[:2]), *np.maximum(old[2:], box[2:]))
                    )
        result = np.full(n, np.nan)
        if not owners:
            return result
        x1, y1, x2, y2 = (np.concatenate(a) for a in (xs1, ys1, xs2, ys2))
        sign, owner = np.concatenate(signs), np.concatenate(owners)
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
