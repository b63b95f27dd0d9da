"""Processing algorithm ``a4b:flagparcels``: flag parcels near Natura 2000 areas."""

from __future__ import annotations

import json

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
)

from ..core.common import outputs
from ..core.common.errors import A4BError
from ..core.common.qt_compat import SOURCE_VECTOR_POLYGON
from ..core.flagging import run as flagging
from ..core.flagging.bands import parse_bands
from . import area_params
from .base import A4BAlgorithm


class FlagParcelsAlgorithm(A4BAlgorithm):
    """Distance, band, overlap and pilot of every parcel relative to Natura 2000 areas."""

    PARCELS = "PARCELS"
    NATURA2000 = "NATURA2000"
    NAME_FIELD = "NAME_FIELD"
    BANDS = "BANDS"
    PILOTS = "PILOTS"
    PILOT_FIELD = "PILOT_FIELD"
    CRS = "CRS"
    OUTPUT = "OUTPUT"
    COUNT_BEYOND = "COUNT_BEYOND"
    COUNT_FLAGGED = "COUNT_FLAGGED"
    REPAIRED = "REPAIRED"
    SKIPPED = "SKIPPED"
    COUNTS_JSON = "COUNTS_JSON"
    # Per-band counts are COUNT_BAND_<upper bound>, COUNT_BAND_0 for touching/overlapping.
    MAX_BAND_OUTPUTS = (0, 50, 100, 250, 500, 1000, 1500, 2000, 2500, 3000, 5000, 10000)

    ICON = "flag"
    GROUP_ID = "natura2000"

    def name(self) -> str:
        return "flagparcels"

    def displayName(self) -> str:
        return self.tr("Flag parcels near Natura 2000")

    def shortHelpString(self) -> str:
        text = self.tr(
            "Adds to every parcel how near it lies to a Natura 2000 area and how much of it lies inside.\n\n"
            "n2k_dist_m: shortest distance in metres to the nearest area (0 where they touch or overlap; "
            "NULL beyond the outermost band), rounded to the micrometre. n2k_name, n2k_nr: that area's "
            "name and number (field nr); when several are equally near, e.g. overlapping areas, the one "
            "listed first. n2k_band: upper bound of the smallest band holding the distance (0 = touching "
            "or overlapping, NULL beyond the last band); a parcel exactly on a limit is in that band. "
            "n2k_overlap_ha, n2k_overlap_pct: area of the parcel inside Natura 2000 areas (overlapping "
            "areas are dissolved first, so nothing is counted twice). a4b_pilot: the pilot whose boundary "
            "holds most of the parcel (NULL if none).\n\n"
            "Distances and areas are measured in the metric CRS of the advanced parameter "
            "(EPSG:28992 by default) whatever the CRS of the inputs; the output keeps the parcels' "
            "geometry, attributes and CRS. Invalid geometries are repaired for the computation only. "
            "Parcels beyond the outermost band and outside every pilot are settled on their bounding box "
            "without a geometry check; REPAIRED counts the repaired parcels within the outermost band or "
            "in a pilot. Null or empty geometries get NULL fields and are counted in SKIPPED. A parcels "
            "layer that already has one of the output fields is refused rather than overwritten.\n\n"
            "Scalar outputs: COUNT_BAND_0 (touching or overlapping), COUNT_BAND_100, COUNT_BAND_250, … "
            "(one per band limit, in metres; declared "
            "for the usual limits 50, 100, 250, 500, 1000, 1500, 2000, 2500, 3000, 5000, 10000; other limits "
            "are returned too), COUNT_FLAGGED (within the outermost band), COUNT_BEYOND, REPAIRED, SKIPPED, "
            "and COUNTS_JSON: all of them as one JSON text, e.g. "
            '{"bands": {"0": 3, "100": 5, "250": 8}, "flagged": 16, "beyond": 40, "repaired": 1, '
            '"skipped": 0, "total": 56}. '
            "The log lists the count of every band."
        )
        return text + "\n\n" + self.reliability_help()

    def initAlgorithm(self, config=None):
        params = []
        p = QgsProcessingParameterFeatureSource(self.PARCELS, self.tr("Parcels"), [SOURCE_VECTOR_POLYGON])
        p.setHelp(
            self.tr("Agricultural parcels (e.g. BRP gewaspercelen). Selected features only is supported.")
        )
        params.append(p)
        params += area_params.natura2000_parameters()
        params.append(area_params.bands_parameter())
        params += area_params.pilot_parameters(optional=True)
        params.append(area_params.metric_crs_parameter())
        p = QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Flagged parcels"), SOURCE_VECTOR_POLYGON)
        p.setHelp(self.tr("Every parcel with its attributes and the Natura 2000 fields."))
        params.append(p)
        for param in params:
            self.addParameter(param)
        for band in self.MAX_BAND_OUTPUTS:
            self.addOutput(
                QgsProcessingOutputNumber(f"COUNT_BAND_{band}", self.tr("Parcels in band {0} m").format(band))
            )
        self.addOutput(
            QgsProcessingOutputNumber(self.COUNT_FLAGGED, self.tr("Parcels within the outer band"))
        )
        self.addOutput(QgsProcessingOutputNumber(self.COUNT_BEYOND, self.tr("Parcels beyond the outer band")))
        self.addOutput(QgsProcessingOutputNumber(self.REPAIRED, self.tr("Repaired geometries")))
        self.addOutput(QgsProcessingOutputNumber(self.SKIPPED, self.tr("Skipped (null or empty) geometries")))
        self.addOutput(QgsProcessingOutputString(self.COUNTS_JSON, self.tr("All counts (JSON)")))

    def processAlgorithm(self, parameters, context, feedback):
        parcels = self.parameterAsSource(parameters, self.PARCELS, context)
        if parcels is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.PARCELS))
        natura = self.parameterAsSource(parameters, self.NATURA2000, context)
        if natura is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.NATURA2000))
        pilots = self.parameterAsSource(parameters, self.PILOTS, context)
        try:
            bands = parse_bands(self.parameterAsString(parameters, self.BANDS, context))
        except ValueError as err:
            raise QgsProcessingException(str(err)) from err
        name_field = self.parameterAsString(parameters, self.NAME_FIELD, context) or None
        pilot_field = self.parameterAsString(parameters, self.PILOT_FIELD, context) or None
        crs = self.metric_crs(parameters, self.CRS, context)
        if natura.featureCount() == 0:
            raise QgsProcessingException(self.tr("The Natura 2000 layer is empty."))
        # every check runs before the output exists, so a refused run leaves an earlier output as it was
        try:
            fields = flagging.output_fields(parcels.fields())
            inputs = flagging.prepare_flagging(
                parcels,
                natura,
                bands,
                context.transformContext(),
                metric_crs=crs,
                name_field=name_field,
                pilots=pilots,
                pilot_field=pilot_field,
                feedback=feedback,
            )
        except A4BError as err:
            raise QgsProcessingException(str(err)) from err
        for warning in inputs.warnings:
            feedback.pushWarning(warning)
        sink, dest_id, plan = self.guarded_sink(
            parameters,
            self.OUTPUT,
            context,
            feedback,
            fields,
            parcels.wkbType(),
            inputs.parcels_crs,
            (self.PARCELS, self.NATURA2000, self.PILOTS),
            "flagged_parcels",
        )
        error = None
        try:
            summary = flagging.write_flags(
                inputs, parcels, sink, context.transformContext(), feedback=feedback
            )
        except A4BError as err:
            error = err.with_traceback(None)  # its frames hold the sink open
        del sink  # closes the file: a full disk often shows only at the final commit
        if error is not None:
            self.output_failed(error, plan)
        if not summary.canceled:
            dest_id = self.finish_output(dest_id, summary.total, plan, context)
        elif outputs.discard_output(plan) and plan.staging:
            return {}  # nothing written: the earlier output is as it was
        for band in [0, *bands]:
            feedback.pushInfo(
                self.tr("Band {0} m: {1} parcels").format(band, summary.band_counts.get(band, 0))
            )
        feedback.pushInfo(self.tr("Beyond {0} m: {1} parcels").format(max(bands), summary.beyond))
        feedback.pushInfo(
            self.tr("{0} parcels, {1} invalid geometries repaired, {2} null or empty skipped").format(
                summary.total, summary.repaired, summary.skipped
            )
        )
        results = {
            self.OUTPUT: dest_id,
            self.COUNT_BEYOND: summary.beyond,
            self.COUNT_FLAGGED: summary.total - summary.beyond - summary.skipped,
            self.REPAIRED: summary.repaired,
            self.SKIPPED: summary.skipped,
        }
        for band, n in summary.band_counts.items():
            results[f"COUNT_BAND_{band}"] = n
        # One text with every count, for band limits without a declared output of their own.
        results[self.COUNTS_JSON] = json.dumps(
            {
                "bands": {str(band): summary.band_counts.get(band, 0) for band in [0, *bands]},
                "flagged": results[self.COUNT_FLAGGED],
                "beyond": summary.beyond,
                "repaired": summary.repaired,
                "skipped": summary.skipped,
                "total": summary.total,
            }
        )
        return results
