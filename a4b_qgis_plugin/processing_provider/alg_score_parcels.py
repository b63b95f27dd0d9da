"""Processing algorithm ``a4b:scoreparcels``: where do measures help most?"""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBand,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsVectorLayer,
)

from ..core.common.crs import WORK_CRS
from ..core.common.errors import A4BError, InputError
from ..core.common.qt_compat import NUMBER_DOUBLE, SOURCE_VECTOR_POLYGON
from ..core.scoring import normalise
from ..core.scoring import run as scoring
from ..core.scoring.fields import SCORE
from ..core.scoring.style import apply_score_style
from . import area_params
from .base import A4BAlgorithm


class ScoreStyler(QgsProcessingLayerPostProcessorInterface):
    """Styles the loaded output as the opportunity map (graduated score, best ranks labelled)."""

    instance = None  # Processing keeps no reference: the instance must outlive the algorithm

    def postProcessLayer(self, layer, context, feedback):
        if isinstance(layer, QgsVectorLayer) and layer.fields().lookupField(SCORE) >= 0:
            apply_score_style(layer)

    @staticmethod
    def create() -> ScoreStyler:
        """A new styler, kept alive until the next run."""
        ScoreStyler.instance = ScoreStyler()
        return ScoreStyler.instance


class ScoreParcelsAlgorithm(A4BAlgorithm):
    """Nitrogen, drying, fragmentation and proximity per parcel, a 0-100 score and a rank."""

    PARCELS = "PARCELS"
    NATURA2000 = "NATURA2000"
    NATURE = "NATURE"
    PILOTS = area_params.PILOTS
    PILOT_FIELD = area_params.PILOT_FIELD
    DEPOSITION = "DEPOSITION"
    DEPOSITION_BAND = "DEPOSITION_BAND"
    GROUNDWATER = "GROUNDWATER"
    GROUNDWATER_BAND = "GROUNDWATER_BAND"
    ELEVATION = "ELEVATION"
    ELEVATION_BAND = "ELEVATION_BAND"
    LINK_DISTANCE = "LINK_DISTANCE"
    WEIGHTS = "WEIGHTS"
    CRS = area_params.CRS
    OUTPUT = "OUTPUT"
    COUNT_SCORED = "COUNT_SCORED"
    COUNT_BRIDGING = "COUNT_BRIDGING"
    PATCHES = "PATCHES"
    SKIPPED = "SKIPPED"

    ICON = "flag"
    GROUP_ID = "natura2000"

    def name(self) -> str:
        return "scoreparcels"

    def displayName(self) -> str:
        return self.tr("Score parcels for measures")

    def shortHelpString(self) -> str:
        return self.tr(
            "Where do measures help most against the three problems that damage Natura 2000 nature: "
            "nitrogen, drying out and fragmentation? Adds to every parcel:\n\n"
            "a4b_dep_mean: area-weighted mean of the deposition raster over the parcel (every cell weighted "
            "by the area of the parcel inside it; a parcel smaller than a cell gets that cell's value). "
            "a4b_gw_mean: the same for the lowest groundwater depth. a4b_elev_diff_m: the parcel's mean "
            "elevation minus the mean elevation of the land of its nearest Natura 2000 area within the link "
            "distance of the parcel (positive: the parcel lies higher, so water held there feeds the area; "
            "NULL when no area lies within the link distance). a4b_links: how many nature patches "
            "(Natura 2000 and other nature polygons joined where they touch or overlap) the parcel touches "
            "or lies within half the link distance of; 2 or more means converting it joins patches that are "
            "apart. a4b_gap_m: for parcels with 2 or more links, the shortest distance between two of the "
            "patches it links, measured between their land within half the link distance of the parcel. "
            "a4b_n2k_dist_m: distance to the nearest Natura 2000 area. a4b_score (0-100) and "
            "a4b_rank (1 = best; within the pilot named in a4b_rank_pilot when pilots are given, else "
            "over all parcels; NULL outside every pilot).\n\n"
            "Cells without a value (nodata, outside the raster) are left out of a mean; a parcel without "
            "any valued cell gets NULL, never 0. Every measure is scaled 0-1 over the parcels scored "
            "(min-max); a criterion is the mean of its scaled measures (nitrogen: deposition; drying: "
            "groundwater depth and elevation difference; fragmentation: links and narrowness of the gap; "
            "proximity: nearness to Natura 2000), and the score is their weighted mean over the criteria a "
            "parcel has, times 100. A criterion without data is left out and the log says so, with the "
            "scaling ranges. Rasters are read in small windows, never whole; any GDAL raster in any CRS."
        )

    def initAlgorithm(self, config=None):
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.PARCELS, self.tr("Parcels"), [SOURCE_VECTOR_POLYGON]),
            self.tr("Agricultural parcels (e.g. BRP gewaspercelen), plain or flagged by 'Flag parcels'."),
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSource(
                self.NATURA2000, self.tr("Natura 2000 areas"), [SOURCE_VECTOR_POLYGON], optional=True
            ),
            self.tr(
                "Natura 2000 area polygons (RVO). Needed for proximity and the elevation difference; "
                "they are nature patches too."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSource(
                self.NATURE, self.tr("Other nature"), [SOURCE_VECTOR_POLYGON], optional=True
            ),
            self.tr(
                "Other nature polygons, e.g. Natuurnetwerk Nederland (provincial downloads) or the CDDA "
                "protected areas; joined with the Natura 2000 areas into patches for the links."
            ),
        )
        for param in area_params.pilot_parameters(optional=True):
            self.addParameter(param)
        rasters = (
            (
                self.DEPOSITION,
                self.DEPOSITION_BAND,
                self.tr("Nitrogen deposition raster"),
                self.tr(
                    "Total nitrogen deposition in mol N/ha/yr, e.g. RIVM's GDN map (1 x 1 km). "
                    "Higher deposition scores higher."
                ),
            ),
            (
                self.GROUNDWATER,
                self.GROUNDWATER_BAND,
                self.tr("Lowest groundwater depth raster (GLG)"),
                self.tr(
                    "Mean lowest groundwater depth below the surface in metres, e.g. BRO's GLG map. "
                    "Deeper (a drier parcel, where holding water helps most) scores higher."
                ),
            ),
            (
                self.ELEVATION,
                self.ELEVATION_BAND,
                self.tr("Elevation raster"),
                self.tr(
                    "Terrain model in metres, e.g. AHN (a coarser copy, e.g. 5 m, is much faster than "
                    "0.5 m). A parcel higher than the nearby Natura 2000 land scores higher."
                ),
            ),
        )
        for name, band_name, label, help_text in rasters:
            self.add_parameter(QgsProcessingParameterRasterLayer(name, label, optional=True), help_text)
            self.add_parameter(
                QgsProcessingParameterBand(
                    band_name, self.tr("Band of {0}").format(label), 1, name, optional=True
                ),
                self.tr("Band holding the values (default 1)."),
                advanced=True,
            )
        distance = QgsProcessingParameterNumber(
            self.LINK_DISTANCE, self.tr("Link distance (m)"), NUMBER_DOUBLE, 250.0, minValue=1.0
        )
        self.add_parameter(
            distance,
            self.tr(
                "The largest gap in metres between nature patches that a converted parcel can bridge "
                "(default 250). A parcel links the patches within half of it; the elevation is compared "
                "with the Natura 2000 land within all of it."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterString(self.WEIGHTS, self.tr("Weights"), normalise.DEFAULT_WEIGHTS),
            self.tr(
                "Weight of each criterion, e.g. nitrogen=2,drying=1,fragmentation=1,proximity=0.5 (Dutch "
                "names stikstof, verdroging, versnippering, nabijheid work too). Criteria not named get 1; "
                "0 leaves one out."
            ),
        )
        self.addParameter(area_params.metric_crs_parameter())
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Scored parcels"), SOURCE_VECTOR_POLYGON),
            self.tr("Every parcel with its attributes and the score fields."),
        )
        self.addOutput(QgsProcessingOutputNumber(self.COUNT_SCORED, self.tr("Parcels with a score")))
        self.addOutput(
            QgsProcessingOutputNumber(self.COUNT_BRIDGING, self.tr("Parcels linking 2 or more patches"))
        )
        self.addOutput(QgsProcessingOutputNumber(self.PATCHES, self.tr("Nature patches")))
        self.addOutput(QgsProcessingOutputNumber(self.SKIPPED, self.tr("Skipped (null or empty) geometries")))

    def prepareAlgorithm(self, parameters, context, feedback):
        # In the main thread: copies of the rasters' providers, which the task may
        # read while the map canvas draws from the layers' own.
        self._rasters = {}
        for key, name, band_name in (
            ("deposition", self.DEPOSITION, self.DEPOSITION_BAND),
            ("groundwater", self.GROUNDWATER, self.GROUNDWATER_BAND),
            ("elevation", self.ELEVATION, self.ELEVATION_BAND),
        ):
            layer = self.parameterAsRasterLayer(parameters, name, context)
            band = self.parameterAsInt(parameters, band_name, context) or 1
            self._rasters[key] = scoring.RasterInput.from_layer(layer, band) if layer is not None else None
        return True

    def processAlgorithm(self, parameters, context, feedback):
        parcels = self.parameterAsSource(parameters, self.PARCELS, context)
        if parcels is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.PARCELS))
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        if not crs.isValid():
            crs = QgsCoordinateReferenceSystem(WORK_CRS)
        try:
            weights = normalise.parse_weights(self.parameterAsString(parameters, self.WEIGHTS, context))
            fields = scoring.score_output_fields(parcels.fields())
        except InputError as err:
            raise QgsProcessingException(str(err)) from err
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, parcels.wkbType(), parcels.sourceCrs()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        try:
            summary = scoring.score_parcels(
                parcels,
                sink,
                context.transformContext(),
                natura=self.parameterAsSource(parameters, self.NATURA2000, context),
                nature=self.parameterAsSource(parameters, self.NATURE, context),
                rasters=self._rasters,
                link_distance=self.parameterAsDouble(parameters, self.LINK_DISTANCE, context),
                weights=weights,
                pilots=self.parameterAsSource(parameters, self.PILOTS, context),
                pilot_field=self.parameterAsString(parameters, self.PILOT_FIELD, context) or None,
                metric_crs=crs,
                feedback=feedback,
            )
        except A4BError as err:
            raise QgsProcessingException(str(err)) from err
        for note in summary.notes:
            feedback.pushInfo(note)
        feedback.pushInfo(
            self.tr("Weights used: {0}").format(
                ", ".join(f"{k}={v:g}" for k, v in summary.weights.items()) or self.tr("none")
            )
        )
        feedback.pushInfo(
            self.tr(
                "{0} parcels: {1} scored, {2} linking 2 or more of {3} nature patches, "
                "{4} invalid geometries repaired, {5} null or empty skipped"
            ).format(
                summary.total,
                summary.scored,
                summary.bridging,
                summary.patches,
                summary.repaired,
                summary.skipped,
            )
        )
        if context.willLoadLayerOnCompletion(dest_id):
            # loaded into the project (Toolbox, panels): show it as the opportunity map
            context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(ScoreStyler.create())
        return {
            self.OUTPUT: dest_id,
            self.COUNT_SCORED: summary.scored,
            self.COUNT_BRIDGING: summary.bridging,
            self.PATCHES: summary.patches,
            self.SKIPPED: summary.skipped,
        }
