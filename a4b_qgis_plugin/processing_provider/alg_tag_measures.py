"""Processing algorithm ``a4b:tagmeasures``: write a measure for parcels into the register."""

from __future__ import annotations

import os

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsProviderRegistry,
)

from ..core.common.errors import A4BError
from ..core.common.features import features_including_invalid
from ..core.common.qt_compat import (
    FILE_BEHAVIOUR_FILE,
    NUMBER_DOUBLE,
    PARAMETER_ADVANCED,
    SOURCE_VECTOR_POLYGON,
)
from ..core.measures.catalogue import find_measure, load_catalogue
from ..core.measures.totals import measure_totals
from ..core.measures.vocabulary import DEFAULT_STATUS, STATUSES, status_label, unit_label
from ..core.register import backend as register_module
from ..core.register.pg_connect import is_team_register
from ..core.tagging.build import CATEGORY_FIELD, DEFAULT_OVERLAP_SHARE, PILOT_FIELD, TagOptions
from ..core.tagging.pilots import boundary_gpkg_paths, pilot_boundaries
from ..core.tagging.service import ParcelSource, prepare, write
from ..core.validation.new_measures import new_measure_findings
from .base import A4BAlgorithm

MAX_WARNINGS_SHOWN = 50


class TagMeasuresAlgorithm(A4BAlgorithm):
    """Tag parcels with one catalogue measure in the measures register."""

    PARCELS = "PARCELS"
    ID_FIELD = "ID_FIELD"
    MEASURE = "MEASURE"
    STATUS = "STATUS"
    PILOT = "PILOT"
    REGISTER = "REGISTER"
    STAKEHOLDER = "STAKEHOLDER"
    NOTES = "NOTES"
    MERGE = "MERGE"
    SKIP_DUPLICATES = "SKIP_DUPLICATES"
    OVERLAP_SHARE = "OVERLAP_SHARE"
    NATURA2000 = "NATURA2000"
    PILOT_FIELD = "PILOT_FIELD"
    CATEGORY_FIELD = "CATEGORY_FIELD"
    MEASURES_WRITTEN = "MEASURES_WRITTEN"
    WARNINGS = "WARNINGS"

    ICON = "tag"
    GROUP_ID = "measures"

    def name(self) -> str:
        return "tagmeasures"

    def displayName(self) -> str:
        return self.tr("Tag parcels with a measure")

    def shortHelpString(self) -> str:
        return self.tr(
            "Records one measure of the catalogue on parcels in the measures register (a GeoPackage with "
            "the tables measures, measures_history and schema_version; created when missing). The parcel "
            "layer itself is never changed.\n\n"
            "One measure per parcel, or one merged measure for all parcels. The quantity is the area in "
            "ha (measured in EPSG:28992), an estimated length in m, or a count of pieces, by the "
            "measure's unit; default cost and revenue per year are the catalogue rate times the "
            "quantity (empty where the catalogue has no rate).\n\n"
            "To tag some parcels only, use 'Selected features only', or filter first (e.g. Extract by "
            "expression, keeping category Grasland with n2k_dist_m at most 250, on the output of Flag "
            "parcels near Natura 2000).\n\n"
            "Warnings, not silent acceptance: the measure does not fit the parcel's BRP category "
            "(field category), the same measure is already on the parcel, the parcel lies outside "
            "every pilot (field a4b_pilot empty, or outside the pilot boundaries stored in the "
            "register's or the project's work GeoPackage). These are the checks and warnings of the "
            "Measures panel too.\n\n"
            "A measure is already on a parcel when the register holds an active (not dropped) measure "
            "with the same code on the same parcel: the same identifier from the same dataset (BRK "
            "identificatie_lokaal_id, BRP, the identifier field), the same geometry to the centimetre, "
            "or an overlap of more than the overlap share; layer names do not matter. Every measure "
            "stores parcel_id, parcel_source and parcel_fingerprint so exports can be traced to the "
            "parcel. Duplicates are decided and rows written in one transaction: when anything fails "
            "nothing is written, and two runs at once with SKIP_DUPLICATES do not both tag a parcel."
        )

    def initAlgorithm(self, config=None):
        params = []
        p = QgsProcessingParameterFeatureSource(self.PARCELS, self.tr("Parcels"), [SOURCE_VECTOR_POLYGON])
        p.setHelp(
            self.tr(
                "Parcels to tag, e.g. BRP gewaspercelen or the output of 'Flag parcels near Natura "
                "2000'. Selected features only is supported."
            )
        )
        params.append(p)
        p = QgsProcessingParameterField(
            self.ID_FIELD,
            self.tr("Parcel identifier field"),
            parentLayerParameterName=self.PARCELS,
            optional=True,
        )
        p.setHelp(
            self.tr(
                "Field identifying the parcel (stored as parcel_id, and in parcel_ref as layer "
                "name:identifier). Empty: the first of identificatie, identificatie_lokaal_id, "
                "perceel_id, gml_id, id that exists, else none (parcel_ref then uses the feature id)."
            )
        )
        params.append(p)
        p = QgsProcessingParameterString(self.MEASURE, self.tr("Measure code"))
        p.setHelp(
            self.tr(
                "Code of a measure in the catalogue, e.g. ECO-KRUIDENGRAS (grassland with herbs), "
                "SNL-N12.02 or PILOT-VERNATTING. The Measures panel lists all codes."
            )
        )
        p.setMetadata({"widget_wrapper": {"class": f"{__package__}.choice_widgets.MeasureWidgetWrapper"}})
        params.append(p)
        p = QgsProcessingParameterString(self.STATUS, self.tr("Status"), DEFAULT_STATUS)
        p.setHelp(
            self.tr(
                "Stage of the measure: idea, proposed (default), agreed, implemented or dropped "
                "(or its number 0-4, or its name in the interface language)."
            )
        )
        p.setMetadata({"widget_wrapper": {"class": f"{__package__}.choice_widgets.StatusWidgetWrapper"}})
        params.append(p)
        p = QgsProcessingParameterString(self.PILOT, self.tr("Pilot"), optional=True)
        p.setHelp(
            self.tr(
                "Pilot the measures belong to. Empty: each parcel's a4b_pilot field, when the layer has it."
            )
        )
        params.append(p)
        p = QgsProcessingParameterFile(
            self.REGISTER,
            self.tr("Measures register (GeoPackage)"),
            behavior=FILE_BEHAVIOUR_FILE,
            extension="gpkg",
            optional=True,
        )
        p.setHelp(
            self.tr(
                "GeoPackage holding the register; created when missing, upgraded (after a backup copy) "
                "when older. Empty: a4b_work.gpkg beside the saved project. A team register in "
                "PostgreSQL/PostGIS: postgresql://USER@HOST:PORT/DBNAME?schema=NAME (the password from "
                "authcfg=ID, PGPASSWORD, ~/.pgpass or a service file, never in the URI) or "
                "pg-connection:NAME?schema=NAME for a PostgreSQL connection of QGIS's Browser."
            )
        )
        params.append(p)
        p = QgsProcessingParameterString(self.NOTES, self.tr("Notes"), optional=True, multiLine=True)
        p.setHelp(self.tr("Free text stored with every measure written."))
        params.append(p)
        p = QgsProcessingParameterString(self.STAKEHOLDER, self.tr("Stakeholder"), optional=True)
        p.setHelp(
            self.tr("Farmer or organisation involved (personal data: left out of exports unless asked for).")
        )
        p.setFlags(p.flags() | PARAMETER_ADVANCED)
        params.append(p)
        p = QgsProcessingParameterBoolean(self.MERGE, self.tr("One merged measure for all parcels"), False)
        p.setHelp(self.tr("Write a single measure covering all parcels instead of one per parcel."))
        p.setFlags(p.flags() | PARAMETER_ADVANCED)
        params.append(p)
        p = QgsProcessingParameterBoolean(
            self.SKIP_DUPLICATES, self.tr("Skip parcels that already have this measure"), False
        )
        p.setHelp(
            self.tr("Leave out parcels the register already holds this measure for (useful when re-running).")
        )
        p.setFlags(p.flags() | PARAMETER_ADVANCED)
        params.append(p)
        p = QgsProcessingParameterNumber(
            self.OVERLAP_SHARE,
            self.tr("Overlap that makes a duplicate (%)"),
            NUMBER_DOUBLE,
            DEFAULT_OVERLAP_SHARE * 100,
            minValue=0.0,
            maxValue=100.0,
        )
        p.setHelp(
            self.tr(
                "A parcel already has the measure when an active measure of the same code in the register "
                "covers more than this share of the smaller of the two geometries (default 50 %)."
            )
        )
        p.setFlags(p.flags() | PARAMETER_ADVANCED)
        params.append(p)
        for name, label, default, text in (
            (
                self.PILOT_FIELD,
                self.tr("Pilot field of the parcels"),
                PILOT_FIELD,
                self.tr("Field holding each parcel's pilot, as Flag parcels near Natura 2000 writes it."),
            ),
            (
                self.CATEGORY_FIELD,
                self.tr("BRP category field of the parcels"),
                CATEGORY_FIELD,
                self.tr(
                    "Field holding the BRP category (Grasland, Bouwland...) the measure is checked against."
                ),
            ),
        ):
            p = QgsProcessingParameterField(name, label, parentLayerParameterName=self.PARCELS, optional=True)
            p.setHelp(text + " " + self.tr("Empty: {field} when the layer has it.").format(field=default))
            p.setFlags(p.flags() | PARAMETER_ADVANCED)
            params.append(p)
        p = QgsProcessingParameterVectorLayer(
            self.NATURA2000,
            self.tr("Natura 2000 areas (for the checks)"),
            [SOURCE_VECTOR_POLYGON],
            optional=True,
        )
        p.setHelp(
            self.tr(
                "Optional. With it, the checks on the new measures also report a measure farther from "
                "Natura 2000 than the catalogue's effect distance (as Check measures does in the panel)."
            )
        )
        p.setFlags(p.flags() | PARAMETER_ADVANCED)
        params.append(p)
        for param in params:
            self.addParameter(param)
        self.addOutput(QgsProcessingOutputNumber(self.MEASURES_WRITTEN, self.tr("Measures written")))
        self.addOutput(QgsProcessingOutputNumber(self.WARNINGS, self.tr("Warnings")))
        self.addOutput(QgsProcessingOutputVectorLayer(self.REGISTER, self.tr("Measures register")))

    def checkParameterValues(self, parameters, context):
        # A team register URI is no file name: the file parameter checks GeoPackage paths only.
        if is_team_register(parameters.get(self.REGISTER)):
            others = {key: value for key, value in parameters.items() if key != self.REGISTER}
            return super().checkParameterValues(others, context)
        return super().checkParameterValues(parameters, context)

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.PARCELS, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.PARCELS))
        measure, notes = self._measure(self.parameterAsString(parameters, self.MEASURE, context).strip())
        options, given = self._options(parameters, context)
        path = self._register_path(parameters, context)
        try:
            register = register_module.open_register(path, create=True)
        except A4BError as err:
            raise QgsProcessingException(str(err)) from err
        for note in notes:
            feedback.pushWarning(note)
        if register.backup_path:
            feedback.pushInfo(
                self.tr("Register upgraded; backup copy: {path}").format(path=register.backup_path)
            )
        features = []
        total = source.featureCount()
        step = 50.0 / total if total and total > 0 else 0
        for current, feature in enumerate(features_including_invalid(source)):
            if feedback.isCanceled():
                return {}
            features.append(feature)
            feedback.setProgress(current * step)
        if not features:
            feedback.pushWarning(self.tr("No parcels to tag (empty layer or empty selection)."))
        project = context.project()
        parcels = ParcelSource(
            features,
            self._source_name(parameters, context, source),
            source.fields(),
            source.sourceCrs(),
            pilot_boundaries(project, boundary_gpkg_paths(project, register.path)),
        )
        try:
            plan = prepare(parcels, measure, options, context.transformContext(), given)
            # The delivery checks on the new measures, as the panel shows them before it writes.
            checks = new_measure_findings(
                plan.rows,
                register.layer(),
                context.transformContext(),
                self.parameterAsVectorLayer(parameters, self.NATURA2000, context),
            )
            result = write(plan, register)
        except A4BError as err:
            raise QgsProcessingException(str(err)) from err
        feedback.setProgress(100)
        self._report(result, checks, options, measure, register, feedback)
        layer_source = register.layer_source()
        details = QgsProcessingContext.LayerDetails(self.tr("Measures register"), project, self.REGISTER)
        context.addLayerToLoadOnCompletion(layer_source, details)
        self._layer_source = layer_source
        return {
            self.MEASURES_WRITTEN: len(result.uuids),
            self.WARNINGS: len(result.warnings) + len(checks),
            self.REGISTER: layer_source,
        }

    def _measure(self, code: str):
        """The catalogue measure for *code*, and the catalogue's notes (encoding assumed)."""
        try:
            catalogue = load_catalogue()
        except A4BError as err:
            raise QgsProcessingException(str(err)) from err
        measure = find_measure(code, catalogue)
        if measure is None:
            near = [m.code for m in catalogue if code and code.upper().split("-")[0] in m.code][:10]
            raise QgsProcessingException(
                self.tr(
                    "Unknown measure code '{code}'. Codes start with ECO-, ANLB-, SNL- or PILOT-{near}."
                ).format(code=code, near=(self.tr(", e.g. ") + ", ".join(near)) if near else "")
            )
        return measure, list(getattr(catalogue, "notes", []))

    def _options(self, parameters, context) -> tuple[TagOptions, frozenset]:
        """The run's options and which fields the user named (those must exist)."""
        fields = {
            "id_field": self.parameterAsString(parameters, self.ID_FIELD, context),
            "pilot_field": self.parameterAsString(parameters, self.PILOT_FIELD, context),
            "category_field": self.parameterAsString(parameters, self.CATEGORY_FIELD, context),
        }
        given = frozenset(name for name, value in fields.items() if value)
        options = TagOptions(
            status=self._status(self.parameterAsString(parameters, self.STATUS, context)),
            pilot=self.parameterAsString(parameters, self.PILOT, context).strip() or None,
            stakeholder=self.parameterAsString(parameters, self.STAKEHOLDER, context).strip(),
            notes=self.parameterAsString(parameters, self.NOTES, context),
            merge=self.parameterAsBool(parameters, self.MERGE, context),
            skip_duplicates=self.parameterAsBool(parameters, self.SKIP_DUPLICATES, context),
            overlap_share=self.parameterAsDouble(parameters, self.OVERLAP_SHARE, context) / 100.0,
            id_field=fields["id_field"] or None,
            pilot_field=fields["pilot_field"] or PILOT_FIELD,
            category_field=fields["category_field"] or CATEGORY_FIELD,
        )
        return options, given

    def _report(self, result, checks: list[str], options: TagOptions, measure, register, feedback) -> None:
        """Warnings and the checks' findings as warnings (QGIS >= 3.16), then what was written."""
        warnings = list(result.warnings) + list(checks)
        for text in warnings[:MAX_WARNINGS_SHOWN]:
            feedback.pushWarning(text)
        if len(warnings) > MAX_WARNINGS_SHOWN:
            feedback.pushWarning(
                self.tr("… and {count} more warnings.").format(count=len(warnings) - MAX_WARNINGS_SHOWN)
            )
        if result.duplicates_written:
            feedback.pushWarning(
                self.tr(
                    "{count} measure(s) were written anyway although the parcel already had measure {code}; "
                    "run with SKIP_DUPLICATES to leave such parcels out."
                ).format(count=result.duplicates_written, code=measure.code)
            )
        elif options.skip_duplicates and result.duplicates:
            feedback.pushInfo(
                self.tr(
                    "{count} parcel(s) left out because they already had measure {code} (SKIP_DUPLICATES)."
                ).format(count=len(result.duplicates), code=measure.code)
            )
        written = measure_totals(result.rows)
        feedback.pushInfo(
            self.tr(
                "{count} measure(s) {code} written to {path}: {quantity:.2f} {unit}, cost {cost} and "
                "revenue {revenue} euro per year ({missing} without a catalogue rate: their money stays "
                "unknown)."
            ).format(
                count=len(result.uuids),
                code=measure.code,
                path=register.path,
                quantity=sum(row["quantity"] for row in result.rows),
                unit=unit_label(measure.unit),
                cost=self._money(written["cost_eur_yr"]),
                revenue=self._money(written["revenue_eur_yr"]),
                missing=max(written["cost_missing"], written["revenue_missing"]),
            )
        )
        try:
            totals = register.totals()
        except A4BError as err:
            feedback.pushWarning(str(err))
            return
        feedback.pushInfo(
            self.tr(
                "Register now: {total} measures (dropped ones not counted), net {net} euro per year "
                "over the measures with both a cost and a revenue ({left_out} left out)."
            ).format(
                total=totals["count"],
                net=self._money(totals["net_eur_yr"]),
                left_out=totals["net_left_out"],
            )
        )

    def _money(self, value) -> str:
        return self.tr("not known") if value is None else f"{value:.2f}"

    def postProcessAlgorithm(self, context, feedback):
        # Runs in the main thread: a register layer already in the project is refreshed
        # instead of being added a second time.
        source = getattr(self, "_layer_source", None)
        project = context.project()
        if not source or project is None:
            return {}
        if source.startswith("postgres://"):
            wanted = source[len("postgres://") :]
            existing = [layer for layer in project.mapLayers().values() if layer.source() == wanted]
        else:
            wanted = _ogr_table(source)
            existing = [
                layer for layer in project.mapLayers().values() if _ogr_table(layer.source()) == wanted
            ]
        if existing:
            for layer in existing:
                layer.reload()
                layer.triggerRepaint()
            pending = context.layersToLoadOnCompletion()
            pending.pop(source, None)
            context.setLayersToLoadOnCompletion(pending)
        return {}

    def _source_name(self, parameters, context, source) -> str:
        """Layer name for parcel_ref: the project layer's name, else the table name in the file."""
        layer = self.parameterAsVectorLayer(parameters, self.PARCELS, context)
        if layer is None:
            return source.sourceName()
        project = context.project()
        if project is not None and project.mapLayer(layer.id()) is not None:
            return layer.name()
        parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
        return parts.get("layerName") or layer.name()

    def _status(self, text: str) -> str:
        """The status code for a code, a number 0-4 or a translated label."""
        wanted = (text or "").strip().lower()
        if not wanted:
            return DEFAULT_STATUS
        for index, status in enumerate(STATUSES):
            if wanted in (status, str(index), status_label(status).lower()):
                return status
        raise QgsProcessingException(
            self.tr("Unknown status '{status}': use one of {known}.").format(
                status=text, known=", ".join(STATUSES)
            )
        )

    def _register_path(self, parameters, context) -> str:
        path = self.parameterAsFile(parameters, self.REGISTER, context)
        if path:
            return path
        project = context.project()
        if project is not None and project.fileName():
            from ..core.pilots.work_gpkg import default_work_gpkg

            return default_work_gpkg(project)
        raise QgsProcessingException(
            self.tr(
                "Choose a register GeoPackage: the project is not saved, so there is no "
                "a4b_work.gpkg beside it."
            )
        )


def _ogr_table(source: str) -> tuple[str, str]:
    """(real path, lower-case table name) of an OGR layer source, for comparing layers."""
    parts = QgsProviderRegistry.instance().decodeUri("ogr", source)
    path = parts.get("path") or ""
    return (os.path.realpath(path) if path else "", (parts.get("layerName") or "").lower())
