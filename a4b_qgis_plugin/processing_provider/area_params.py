"""Parameters that flagging and the pilot overlay share, defined once so they read alike."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
)

from ..core.common.crs import WORK_CRS
from ..core.common.i18n import tr
from ..core.common.qt_compat import FIELD_PARAMETER_STRING, PARAMETER_ADVANCED, SOURCE_VECTOR_POLYGON

NATURA2000 = "NATURA2000"
NAME_FIELD = "NAME_FIELD"
PILOTS = "PILOTS"
PILOT_FIELD = "PILOT_FIELD"
BANDS = "BANDS"
CRS = "CRS"


def _with_help(parameter, help_text: str, advanced: bool = False):
    parameter.setHelp(help_text)
    if advanced:
        parameter.setFlags(parameter.flags() | PARAMETER_ADVANCED)
    return parameter


def natura2000_parameters() -> list:
    """The Natura 2000 layer and its name field."""
    return [
        _with_help(
            QgsProcessingParameterFeatureSource(NATURA2000, tr("Natura 2000 areas"), [SOURCE_VECTOR_POLYGON]),
            tr("Natura 2000 area polygons (e.g. RVO's natura2000 layer); the area number comes from nr."),
        ),
        _with_help(
            QgsProcessingParameterField(
                NAME_FIELD,
                tr("Area name field"),
                parentLayerParameterName=NATURA2000,
                type=FIELD_PARAMETER_STRING,
                optional=True,
            ),
            tr("Field holding the area name. Empty: the first of naam_n2k, naamN2K, naam, name that exists."),
        ),
    ]


def pilot_parameters(optional: bool) -> list:
    """The pilot boundary layer and its name field."""
    return [
        _with_help(
            QgsProcessingParameterFeatureSource(
                PILOTS, tr("Pilot boundaries"), [SOURCE_VECTOR_POLYGON], optional=optional
            ),
            tr(
                "Pilot boundary polygons; each parcel belongs to the pilot holding most of it, "
                "and features with the same name form one pilot."
            ),
        ),
        _with_help(
            QgsProcessingParameterField(
                PILOT_FIELD, tr("Pilot name field"), parentLayerParameterName=PILOTS, optional=True
            ),
            tr(
                "Field of the pilot layer holding the pilot name. Empty: name, naam or pilot if present, "
                "else the first text field, else the feature id."
            ),
        ),
    ]


def bands_parameter():
    """The distance bands, as text."""
    return _with_help(
        QgsProcessingParameterString(BANDS, tr("Distance bands (m)"), "100,250,500,1000"),
        tr(
            "Upper limits of the distance bands in whole metres, separated by commas (default "
            "100,250,500,1000). A distance exactly on a limit is in that band."
        ),
    )


def metric_crs_parameter():
    """The projected CRS distances and areas are measured in (advanced)."""
    return _with_help(
        QgsProcessingParameterCrs(CRS, tr("CRS for distances and areas"), WORK_CRS, optional=True),
        tr(
            "Projected CRS in metres in which distances and areas are measured (default EPSG:28992, "
            "Amersfoort / RD New). A geographic CRS (degrees) or one QGIS does not know is refused; outputs "
            "keep the input's CRS."
        ),
        advanced=True,
    )
