"""One rule for a layer whose CRS is missing, shared by every algorithm and panel.

A layer without a CRS (a shapefile without .prj, a CSV of WKT) is common with
Dutch data. Its coordinates are taken as EPSG:28992 when they fit the Dutch
grid, and the caller shows the returned warning; coordinates that look like
degrees are refused, because reading them as metres would put every parcel
within a few hundred metres of the origin.
"""

from __future__ import annotations

from qgis.core import QgsCoordinateReferenceSystem, QgsRectangle

from .crs import WORK_CRS
from .errors import InputError
from .i18n import tr


def looks_like_degrees(extent: QgsRectangle) -> bool:
    """Whether *extent* lies within longitude/latitude bounds (so is probably in degrees)."""
    if extent is None or extent.isNull():
        return False
    return -180.0 <= extent.xMinimum() <= extent.xMaximum() <= 180.0 and (
        -90.0 <= extent.yMinimum() <= extent.yMaximum() <= 90.0
    )


def resolve_layer_crs(
    crs: QgsCoordinateReferenceSystem, extent: QgsRectangle, layer_label: str
) -> tuple[QgsCoordinateReferenceSystem, str | None]:
    """The CRS to read a layer in, and a warning when it had to be assumed.

    Raises :class:`InputError` for a layer without CRS whose coordinates look
    like degrees.
    """
    if crs.isValid():
        return crs, None
    if looks_like_degrees(extent):
        raise InputError(
            tr(
                "{0} has no coordinate reference system and its coordinates look like degrees. "
                "Set its CRS (Layer Properties › Source) and run again."
            ).format(layer_label)
        )
    return QgsCoordinateReferenceSystem(WORK_CRS), tr(
        "{0} has no coordinate reference system; its coordinates were read as {1} (Amersfoort / RD New)."
    ).format(layer_label, WORK_CRS)
