"""Processing algorithm ``a4b:overlaypilots``: numbers per pilot, Natura 2000 area and band."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from ..core.common.errors import A4BError, OutputError
from ..core.common.qt_compat import (
    FIELD_PARAMETER_STRING,
    PARAMETER_ADVANCED,
    SOURCE_VECTOR,
    SOURCE_VECTOR_POLYGON,
    WKB_NO_GEOMETRY,
)
from ..core.export.cells import neutralise_attributes
from ..core.flagging.bands import parse_bands
from ..core.pilots import overlay as pilot_overlay
from . import area_params
from .base import A4BAlgorithm


class OverlayPilotsAlgorithm(A4BAlgorithm):
    """One row per pilot × Natura 2000 area × distance band with parcel counts and hectares."""

    PILOTS = "PILOTS"
    PILOT_FIELD = "PILOT_FIELD"
    NATURA2000 = "NATURA2000"
    NAME_FIELD = "NAME_FIELD"
    PARCELS = "PARCELS"
    CATEGORY_FIELD = "CATEGORY_FIELD"
    BANDS = "BANDS"
    CRS = "CRS"
    OUTPUT = "OUTPUT"
    ROWS = "ROWS"
    PARCELS_COUNTED = "PARCELS_COUNTED"
    OUTSIDE_PILOTS = "OUTSIDE_PILOTS"
    REPAIRED = "REPAIRED"
    SKIPPED = "SKIPPED"

    ICON = "overlay"
    GROUP_ID = "natura2000"

    def name(self) -> str:
        return "overlaypilots"

    def displayName(self) -> str:
        return self.tr("Overlay pilot boundaries")

    def shortHelpString(self) -> str:
        text = self.tr(
            "Counts, per pilot, the parcels and their hectares per Natura 2000 area and distance band, "
            "with the hectares of each Natura 2000 area inside the pilot. The result is a table without "
            "geometry, e.g. for a province's report.\n\n"
            "How a parcel is assigned (the same rules as 'Flag parcels near Natura 2000'):\n"
            "- pilot: the pilot boundary holding the largest part of the parcel; the whole parcel counts "
            "there. Parcels touching no pilot are left out (OUTSIDE_PILOTS).\n"
            "- Natura 2000 area: the nearest one (distance 0 when the parcel touches or overlaps it). "
            "Features with the same name and number (nr) form one area.\n"
            "- band: the smallest band limit at or above the distance; band 0 = inside or touching, "
            "band 100 = more than 0 and at most 100 m, and so on. Parcels farther than the outermost band "
            "are counted in the pilot's row without area (band_m empty, 'beyond').\n"
            "If the parcels were flagged already (fields n2k_dist_m, n2k_name, n2k_nr), their distance "
            "and area are used and only the band is worked out again from the bands given here; "
            "distances the flagging left empty (beyond its outer band) count as beyond only when that band "
            "was at least as wide as the outer band given here; otherwise every distance is computed "
            "again.\n\n"
            "Rows: for every pilot, every Natura 2000 area that overlaps the pilot or is the nearest "
            "area of one of its parcels, one row per band (0 and each limit, zero rows included), plus "
            "one 'beyond' row per pilot.\n"
            "Columns: pilot, n2k_name, n2k_nr, band_m, band_label, parcels, ha_parcels, one hectare "
            "column per BRP category (ha_grasland, ha_bouwland, ha_sloot, ha_landschapselement, "
            "ha_natuurterrein, ha_braakland, ha_overige; any other or empty category in ha_other), and "
            "n2k_ha_in_pilot: hectares of that Natura 2000 area inside the pilot boundary (the same on "
            "every band row of the pair; empty on the beyond row).\n\n"
            "Areas are measured in the metric CRS of the advanced parameter (EPSG:28992 by default). "
            "Invalid geometries are repaired for the computation only (REPAIRED); null or empty parcel "
            "geometries are skipped (SKIPPED)."
        )
        return text + "\n\n" + self.reliability_help()

    def initAlgorithm(self, config=None):
        polygon = [SOURCE_VECTOR_POLYGON]
        params = []
        params += area_params.pilot_parameters(optional=False)
        params += area_params.natura2000_parameters()
        p = QgsProcessingParameterFeatureSource(self.PARCELS, self.tr("Parcels (plain or flagged)"), polygon)
        p.setHelp(
            self.tr(
                "Parcels such as BRP gewaspercelen, or the output of 'Flag parcels near Natura 2000' "
                "(then its distances and areas are used)."
            )
        )
        params.append(p)
        params.append(area_params.bands_parameter())
        p = QgsProcessingParameterField(
            self.CATEGORY_FIELD,
            self.tr("Crop category field"),
            parentLayerParameterName=self.PARCELS,
            type=FIELD_PARAMETER_STRING,
            optional=True,
        )
        p.setHelp(self.tr("Field with the BRP category (Grasland, Bouwland …). Empty: field 'category'."))
        p.setFlags(p.flags() | PARAMETER_ADVANCED)
        params.append(p)
        params.append(area_params.metric_crs_parameter())
        p = QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Pilot overlay table"), SOURCE_VECTOR)
        p.setHelp(self.tr("Table (no geometry) with one row per pilot, Natura 2000 area and band."))
        params.append(p)
        for param in params:
            self.addParameter(param)
        self.addOutput(QgsProcessingOutputNumber(self.ROWS, self.tr("Rows written")))
        self.addOutput(QgsProcessingOutputNumber(self.PARCELS_COUNTED, self.tr("Parcels counted")))
        self.addOutput(QgsProcessingOutputNumber(self.OUTSIDE_PILOTS, self.tr("Parcels outside every pilot")))
        self.addOutput(QgsProcessingOutputNumber(self.REPAIRED, self.tr("Repaired geometries")))
        self.addOutput(QgsProcessingOutputNumber(self.SKIPPED, self.tr("Skipped (null or empty) geometries")))

    def processAlgorithm(self, parameters, context, feedback):
        sources = {}
        for key in (self.PILOTS, self.NATURA2000, self.PARCELS):
            sources[key] = self.parameterAsSource(parameters, key, context)
            if sources[key] is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, key))
        try:
            bands = parse_bands(self.parameterAsString(parameters, self.BANDS, context))
        except ValueError as err:
            raise QgsProcessingException(str(err)) from err
        crs = self.metric_crs(parameters, self.CRS, context)
        # the whole table is computed before the output exists: a refused run leaves an earlier one as it was
        try:
            result = pilot_overlay.overlay_pilots(
                sources[self.PILOTS],
                sources[self.NATURA2000],
                sources[self.PARCELS],
                bands,
                context.transformContext(),
                metric_crs=crs,
                pilot_field=self.parameterAsString(parameters, self.PILOT_FIELD, context) or None,
                name_field=self.parameterAsString(parameters, self.NAME_FIELD, context) or None,
                category_field=self.parameterAsString(parameters, self.CATEGORY_FIELD, context) or None,
                feedback=feedback,
            )
        except A4BError as err:
            raise QgsProcessingException(str(err)) from err
        if result.canceled:
            return {}
        for warning in result.warnings:
            feedback.pushWarning(warning)
        fields = pilot_overlay.output_fields()
        sink, dest_id, plan = self.guarded_sink(
            parameters,
            self.OUTPUT,
            context,
            feedback,
            fields,
            WKB_NO_GEOMETRY,
            QgsCoordinateReferenceSystem(),
            (self.PILOTS, self.NATURA2000, self.PARCELS),
            "pilot_overlay",
        )
        names = fields.names()
        written = 0
        for row in result.rows:
            feature = QgsFeature(fields)
            # Pilot and area names in a CSV/XLSX table must not run as formulas.
            feature.setAttributes(neutralise_attributes([row[name] for name in names], dest_id))
            if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
                error = OutputError(self.tr("Could not write the output: {0}").format(sink.lastError()))
                del sink
                self.output_failed(error, plan)
            written += 1
        del sink  # closes the file: a full disk often shows only at the final commit
        dest_id = self.finish_output(dest_id, written, plan, context)
        if result.used_flags:
            feedback.pushInfo(
                self.tr("The parcels were flagged already: their distances and areas were used.")
            )
        for note in result.notes:
            feedback.pushInfo(note)
        if result.missing_category:
            feedback.pushWarning(self.tr("The parcels have no category field: all hectares are in ha_other."))
        feedback.pushInfo(
            self.tr(
                "{0} rows; {1} parcels counted, {2} outside every pilot, {3} repaired, {4} skipped."
            ).format(
                written,
                result.parcels_counted,
                result.outside_pilots,
                result.repaired,
                result.skipped,
            )
        )
        return {
            self.OUTPUT: dest_id,
            self.ROWS: written,
            self.PARCELS_COUNTED: result.parcels_counted,
            self.OUTSIDE_PILOTS: result.outside_pilots,
            self.REPAIRED: result.repaired,
            self.SKIPPED: result.skipped,
        }
