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
    QgsProcessingParameterString,
    QgsProviderRegistry,
)

from ..core.common.errors import CatalogueError
from ..core.common.features import features_including_invalid
from ..core.common.qt_compat import FILE_BEHAVIOUR_FILE, PARAMETER_ADVANCED, SOURCE_VECTOR_POLYGON
from ..core.measures.catalogue import find_measure, load_catalogue
from ..core.measures.vocabulary import DEFAULT_STATUS, STATUSES, status_label, unit_label
from ..core.register import parcel_ref
from ..core.register import store as register_module
from ..core.register.schema import MEASURES_TABLE
from ..core.tagging import build as tagging
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
            "every pilot (field a4b_pilot empty). All rows are written in one transaction: when "
            "anything fails nothing is written."
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
                "Field identifying the parcel in the register's parcel_ref (layer name:identifier). "
                "Empty: the first of identificatie, identificatie_lokaal_id, perceel_id, gml_id, id "
                "that exists, else the feature id."
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
                "when older. Empty: a4b_work.gpkg beside the saved project."
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
        for param in params:
            self.addParameter(param)
        self.addOutput(QgsProcessingOutputNumber(self.MEASURES_WRITTEN, self.tr("Measures written")))
        self.addOutput(QgsProcessingOutputNumber(self.WARNINGS, self.tr("Warnings")))
        self.addOutput(QgsProcessingOutputVectorLayer(self.REGISTER, self.tr("Measures register")))

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.PARCELS, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.PARCELS))
        try:
            catalogue = load_catalogue()
        except CatalogueError as err:
            raise QgsProcessingException(str(err)) from err
        code = self.parameterAsString(parameters, self.MEASURE, context).strip()
        measure = find_measure(code, catalogue)
        if measure is None:
            near = [m.code for m in catalogue if code and code.upper().split("-")[0] in m.code][:10]
            raise QgsProcessingException(
                self.tr(
                    "Unknown measure code '{code}'. Codes start with ECO-, ANLB-, SNL- or PILOT-{near}."
                ).format(code=code, near=(self.tr(", e.g. ") + ", ".join(near)) if near else "")
            )
        status = self._status(self.parameterAsString(parameters, self.STATUS, context))
        pilot = self.parameterAsString(parameters, self.PILOT, context).strip() or None
        notes = self.parameterAsString(parameters, self.NOTES, context)
        stakeholder = self.parameterAsString(parameters, self.STAKEHOLDER, context).strip()
        merge = self.parameterAsBool(parameters, self.MERGE, context)
        skip_duplicates = self.parameterAsBool(parameters, self.SKIP_DUPLICATES, context)
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context) or parcel_ref.default_id_field(
            source.fields()
        )
        path = self._register_path(parameters, context)

        try:
            register = register_module.open_register(path, create=True)
        except register_module.RegisterError as err:
            raise QgsProcessingException(str(err)) from err
        if getattr(register, "backup_path", None):
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
            feedback.reportError(self.tr("No parcels to tag (empty layer or empty selection)."), False)

        try:
            rows, warnings = tagging.build_measures(
                features,
                self._source_name(parameters, context, source),
                id_field,
                measure,
                status,
                pilot,
                stakeholder,
                notes,
                merge,
                source.sourceCrs(),
                context.transformContext(),
            )
        except ValueError as err:
            raise QgsProcessingException(str(err)) from err
        duplicates = tagging.duplicate_warnings(register, rows)
        if skip_duplicates and duplicates:
            existing = register.codes_by_parcel(
                [r for row in rows for r in parcel_ref.split_parcel_ref(row["parcel_ref"])]
            )
            rows = [
                row
                for row in rows
                if not any(
                    measure.code in existing.get(r, set())
                    for r in parcel_ref.split_parcel_ref(row["parcel_ref"])
                )
            ]
        warnings += duplicates
        feedback.setProgress(60)
        if feedback.isCanceled():
            return {}

        try:
            uuids = register.add_measures(rows)
        except register_module.RegisterError as err:
            raise QgsProcessingException(str(err)) from err
        feedback.setProgress(100)

        for text in warnings[:MAX_WARNINGS_SHOWN]:
            feedback.reportError(text, False)
        if len(warnings) > MAX_WARNINGS_SHOWN:
            feedback.reportError(
                self.tr("… and {count} more warnings.").format(count=len(warnings) - MAX_WARNINGS_SHOWN),
                False,
            )
        quantity = sum(row["quantity"] for row in rows)
        revenue = sum(row["revenue_eur_yr"] or 0.0 for row in rows)
        cost = sum(row["cost_eur_yr"] or 0.0 for row in rows)
        feedback.pushInfo(
            self.tr(
                "{count} measure(s) {code} written to {path}: {quantity:.2f} {unit}, "
                "cost {cost:.2f} and revenue {revenue:.2f} euro per year (empty rates count as 0)."
            ).format(
                count=len(uuids),
                code=measure.code,
                path=register.path,
                quantity=quantity,
                unit=unit_label(measure.unit),
                cost=cost,
                revenue=revenue,
            )
        )
        totals = register.totals()
        net = totals["net_eur_yr"]
        feedback.pushInfo(
            self.tr(
                "Register now: {total} measures (dropped ones not counted), net {net} euro per year "
                "over the measures with both a cost and a revenue ({left_out} left out)."
            ).format(
                total=totals["count"],
                net=self.tr("not known") if net is None else f"{net:.2f}",
                left_out=totals["net_left_out"],
            )
        )
        layer_source = f"{register.path}|layername={MEASURES_TABLE}"
        details = QgsProcessingContext.LayerDetails(
            self.tr("Measures register"), context.project(), self.REGISTER
        )
        context.addLayerToLoadOnCompletion(layer_source, details)
        self._layer_source = layer_source
        return {self.MEASURES_WRITTEN: len(uuids), self.WARNINGS: len(warnings), self.REGISTER: layer_source}

    def postProcessAlgorithm(self, context, feedback):
        # Runs in the main thread: a register layer already in the project is refreshed
        # instead of being added a second time.
        source = getattr(self, "_layer_source", None)
        project = context.project()
        if not source or project is None:
            return {}
        wanted = _ogr_table(source)
        existing = [layer for layer in project.mapLayers().values() if _ogr_table(layer.source()) == wanted]
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
