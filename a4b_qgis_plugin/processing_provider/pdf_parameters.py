"""The PDF map parameters of ``a4b:exportmeasures``: page, background, labels, the no-pilot page."""

from __future__ import annotations

from qgis.core import QgsProcessingParameterBoolean, QgsProcessingParameterEnum

from ..core.common.i18n import tr
from ..core.export import background
from ..core.export.layout import ORIENTATIONS, PAGE_SIZES
from ..core.export.pdf import MapOptions

BACKGROUNDS = (background.GREY, background.PHOTO, background.NONE)


def parameters(alg) -> list:
    """``(parameter, help, advanced)`` for each PDF option of *alg*."""
    return [
        (
            QgsProcessingParameterEnum(
                alg.PAGE_SIZE, tr("Page size (PDF)"), list(PAGE_SIZES), defaultValue=0
            ),
            tr("A4 or A3; the same layout as 'Open as print layout' in the Measures panel."),
            False,
        ),
        (
            QgsProcessingParameterEnum(
                alg.ORIENTATION, tr("Orientation (PDF)"), [tr("Landscape"), tr("Portrait")], defaultValue=0
            ),
            tr("Landscape puts legend and chart beside the map, portrait below it."),
            False,
        ),
        (
            QgsProcessingParameterEnum(
                alg.BACKGROUND,
                tr("Background map (PDF)"),
                [tr("BRT-Achtergrondkaart, grey (PDOK)"), tr("Aerial photo (PDOK)"), tr("None")],
                defaultValue=0,
            ),
            tr(
                "Fetched from PDOK for each page. When PDOK cannot be reached within a few seconds the pages "
                "have no background and say so; the export goes on. A raster given as 'Base map' is used "
                "instead."
            ),
            False,
        ),
        (
            QgsProcessingParameterBoolean(alg.LABEL_PARCELS, tr("Label parcel references (PDF)"), False),
            tr("Each measure is labelled with its code; with this, also with its parcel reference."),
            True,
        ),
        (
            QgsProcessingParameterBoolean(
                alg.NO_PILOT_PAGE, tr("Page for measures without a pilot (PDF)"), False
            ),
            tr("Off by default: measures without a pilot are in the other outputs, but get no map page."),
            True,
        ),
    ]


def map_options(alg, parameters_, context) -> MapOptions:
    """The :class:`MapOptions` the parameters ask for."""
    size = alg.parameterAsEnum(parameters_, alg.PAGE_SIZE, context)
    orientation = alg.parameterAsEnum(parameters_, alg.ORIENTATION, context)
    choice = alg.parameterAsEnum(parameters_, alg.BACKGROUND, context)
    return MapOptions(
        page_size=PAGE_SIZES[size] if 0 <= size < len(PAGE_SIZES) else PAGE_SIZES[0],
        orientation=ORIENTATIONS[orientation] if 0 <= orientation < len(ORIENTATIONS) else ORIENTATIONS[0],
        background=BACKGROUNDS[choice] if 0 <= choice < len(BACKGROUNDS) else background.NONE,
        with_no_pilot=alg.parameterAsBoolean(parameters_, alg.NO_PILOT_PAGE, context),
        label_parcels=alg.parameterAsBoolean(parameters_, alg.LABEL_PARCELS, context),
    )
