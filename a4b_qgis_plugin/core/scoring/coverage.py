"""Exact area of polygons inside raster cells, with numpy.

QGIS's zonal statistics count a cell when its centre lies in the polygon, so a
2.4 ha parcel on a 1 km grid often gets no cell at all and a parcel across a
cell edge takes the value of whichever cell holds most centres. Here every
cell is weighted by the area of the polygon inside it, computed exactly.

How: in pixel coordinates (cell (col, row) spans x in [col, col+1] and
y in [row, row+1]), every ring edge is cut where it crosses a grid line, so
each piece lies in one cell. By Green's theorem, the area of the polygon inside
row r and left of the grid line x = c is the integral of (x - c) dy along the
pieces in row r with a column below c (the cell boundary adds nothing: dy = 0
along horizontal lines and x - c = 0 on the line x = c). So the area inside
cell (r, k) is m - (k + 1) d - D, with m and d the sums of x dy and dy over the
pieces in that cell and D the sum of dy over the pieces left of it in the row.
Weighted by cell values v and summed over a row, that becomes a sum over the
pieces of v(r, k) (m - (k + 1) d) - d S(r, k), where S(r, k) is the sum of the
values right of cell k: the work is proportional to the pieces, and a window
of values is read once for many polygons.
"""

from __future__ import annotations

import numpy as np


def shoelace(xs: np.ndarray, ys: np.ndarray) -> float:
    """Signed area of a closed ring (positive counter-clockwise in a y-up frame)."""
    return 0.5 * float(np.dot(xs[:-1], ys[1:]) - np.dot(xs[1:], ys[:-1]))


def cut_edges(x1: np.ndarray, y1: np.ndarray, x2: np.ndarray, y2: np.ndarray):
    """Edges cut at every integer x and y they cross.

    Returns (edge index, x midpoint, y midpoint, dy) per piece; each piece lies
    in the one cell holding its midpoint.
    """
    n = len(x1)
    ts = [np.zeros(n), np.ones(n)]
    owners = [np.arange(n), np.arange(n)]
    for a, b in ((x1, x2), (y1, y2)):
        lo, hi = np.minimum(a, b), np.maximum(a, b)
        first = np.floor(lo) + 1.0  # first grid line strictly after the lower end
        counts = np.maximum(0, np.ceil(hi) - first).astype(np.int64)  # lines strictly inside
        total = int(counts.sum())
        if total == 0:
            continue
        edge = np.repeat(np.arange(n), counts)
        starts = np.repeat(np.cumsum(counts) - counts, counts)
        line = first[edge] + (np.arange(total) - starts)
        ts.append((line - a[edge]) / (b - a)[edge])
        owners.append(edge)
    t = np.concatenate(ts)
    owner = np.concatenate(owners)
    order = np.lexsort((t, owner))
    t, owner = t[order], owner[order]
    same = owner[1:] == owner[:-1]
    t0, t1, e = t[:-1][same], t[1:][same], owner[:-1][same]
    keep = t1 > t0
    t0, t1, e = t0[keep], t1[keep], e[keep]
    tm = (t0 + t1) * 0.5
    dy = y2[e] - y1[e]
    return e, x1[e] + tm * (x2[e] - x1[e]), y1[e] + tm * dy, (t1 - t0) * dy


def weighted_sums(xm, dy, row, col, values: np.ndarray) -> np.ndarray:
    """Per piece, its share of the sum of cell value x covered area, for *values* (rows x cols).

    *row*, *col* are the pieces' cells relative to the window of *values*, *xm*
    their x midpoints in the same pixel frame. Pieces must lie in the window's
    rows; pieces left or right of it see value 0. Summed over all pieces of a
    polygon (with each ring's sign) this gives the sum over cells of the value
    times the area of the polygon in the cell.
    """
    nrows, ncols = values.shape
    # one extra column each side: left holds the whole row to its right, right holds nothing
    padded = np.zeros((nrows, ncols + 2))
    padded[:, 1:-1] = values
    right = np.zeros_like(padded)
    right[:, :-1] = np.cumsum(padded[:, ::-1], axis=1)[:, ::-1][:, 1:]
    k = np.clip(col, -1, ncols)
    v = padded[row, k + 1]
    s = right[row, k + 1]
    return v * ((xm - (k + 1)) * dy) - dy * s


def coverage(polygons, ncols: int, nrows: int) -> np.ndarray:
    """Area (in cells) of *polygons* inside each cell of an *nrows* x *ncols* grid at the origin.

    *polygons* is a list of polygons, each a list of closed rings (exterior
    first) as (xs, ys) arrays in pixel coordinates. Holes are subtracted
    whatever the orientation of the rings. Used to check and explain the
    weights; the means themselves come from :func:`weighted_sums`.
    """
    out = np.zeros((nrows, ncols))
    for rings in polygons:
        for k, (xs, ys) in enumerate(rings):
            signed = shoelace(xs, ys)
            if len(xs) < 4 or signed == 0.0:
                continue
            sign = 1.0 if (signed > 0) == (k == 0) else -1.0
            e, xm, ym, dy = cut_edges(xs[:-1], ys[:-1], xs[1:], ys[1:])
            col = np.floor(xm).astype(np.int64)
            row = np.floor(ym).astype(np.int64)
            inside = (row >= 0) & (row < nrows)
            for c in range(ncols):
                cell = np.zeros((nrows, ncols))
                cell[:, c] = 1.0
                share = weighted_sums(xm[inside], dy[inside], row[inside], col[inside], cell)
                out[:, c] += sign * np.bincount(row[inside], weights=share, minlength=nrows)
    return out
