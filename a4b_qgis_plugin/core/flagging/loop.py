"""The per-parcel loop of the flagging: read, flag, pad the attributes, hand to the writer.

Kept apart and lean because it runs once per parcel (millions of times for the
national BRP): the common case, a parcel settled by its bounding box, costs a
dictionary lookup and two attribute writes.
"""

from __future__ import annotations

import itertools

from qgis.core import QgsCsException, QgsGeometry

from .compute import FAR_OUT, ParcelFlagger
from .fields import OUTPUT_FIELD_NAMES
from .threads import CHUNK


def batched(features, size: int = CHUNK):
    """Lists of up to *size* features from an iterator (the single-thread reader)."""
    while True:
        batch = list(itertools.islice(features, size))
        if not batch:
            return
        yield batch


def flag_features(batches, parcels, flagger: ParcelFlagger, emit, xform, summary, feedback=None) -> None:
    """Flag every feature of *batches* (lists of features of *parcels*); pass each batch to *emit*.

    *xform* transforms parcel geometries to the metric CRS (None: same CRS).
    Counts go into *summary* (a FlagSummary). A canceled run stops between
    batches and does not emit the batch in hand.
    """
    total = parcels.featureCount()
    step = 100.0 / total if total and total > 0 else 0
    n_in = parcels.fields().count()
    n_out = len(OUTPUT_FIELD_NAMES)
    counts = summary.band_counts
    beyond = skipped = done = 0
    flag = flagger.flag
    state_of = flagger.state
    cells, size, margin, descend = flagger.leaf_lookup()
    cell_of = cells.get
    far_out = FAR_OUT
    far = flagger.far_values
    i_ha, i_pct = n_in + 4, n_in + 5
    for batch in batches:
        if feedback is not None:
            if feedback.isCanceled():
                summary.canceled = True
                break
            feedback.setProgress(done * step)
        done += len(batch)
        for feat in batch:
            # Pad with NULLs, then set only what is not NULL: far cheaper per
            # parcel than rebuilding the attribute list.
            feat.padAttributes(n_out)
            geom = feat.geometry()
            state = None
            if xform is None:
                # flagger.state(), inlined for a parcel that fits a leaf cell
                rect = geom.boundingBox()
                width, height = rect.width(), rect.height()
                if width <= margin and height <= margin and (width > 0 or height > 0):
                    ix, iy = rect.xMinimum() // size, rect.yMinimum() // size
                    state = cell_of((ix, iy, 0)) or descend(int(ix), int(iy))
                else:
                    state = state_of(rect)
                if state is far_out:  # the common case, settled by the box
                    beyond += 1
                    feat.setAttribute(i_ha, 0.0)
                    feat.setAttribute(i_pct, 0.0)
                    continue
            elif not geom.isEmpty():
                geom = QgsGeometry(geom)
                try:
                    geom.transform(xform)
                except QgsCsException:
                    skipped += 1
                    continue
            values = flag(geom, state)
            if values is None or values[4] is None:  # null or empty, or nothing left after repair
                skipped += 1
                continue
            if values is far:
                beyond += 1
                feat.setAttribute(i_ha, 0.0)
                feat.setAttribute(i_pct, 0.0)
                continue
            band = values[3]
            if band is None:
                beyond += 1
            else:
                counts[band] += 1
            for i, value in enumerate(values, n_in):
                if value is not None:
                    feat.setAttribute(i, value)
        emit(batch)
    summary.total = done
    summary.beyond = beyond
    summary.skipped = skipped
