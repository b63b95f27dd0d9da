"""Algorithm ``a4b:validatemeasures``: hard and soft checks of the register, one row per finding."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorLayer,
)

from ..core.common.errors import A4BError
from ..core.common.qt_compat import (
    FIELD_STRING,
    GEOMETRY_POLYGON,
    NUMBER_DOUBLE,
    NUMBER_INTEGER,
    SOURCE_VECTOR,
    SOURCE_VECTOR_POLYGON,
    WKB_MULTIPOLYGON,
    WKB_NO_GEOMETRY,
)
from ..core.export.inputs import file_of, find_pilot_boundaries, resolve_register
from ..core.register.schema import REGISTER_CRS
from ..core.validation import rules
from ..core.validation.run import DEFAULT_STALE_MONTHS, DEFAULT_TOLERANCE_M2, CheckOptions, check_register
from . import register_filters
from .base import A4BAlgorithm

FINDING_FIELDS = ("uuid", "pilot", "measure_code", "code", "severity", "rule", "message")


def finding_fields() -> QgsFields:
    """The fields of the findings table and layer."""
    fields = QgsFields()
    for name in FINDING_FIELDS:
        fields.append(QgsField(name, FIELD_STRING))
    return fields


def _polygons(geometry) -> QgsGeometry | None:
    if geometry is None or geometry.isNull() or geometry.isEmpty() or geometry.type() != GEOMETRY_POLYGON:
        return None
    copy = QgsGeometry(geometry)
    copy.convertToMultiType()
    return copy


class ValidateMeasuresAlgorithm(A4BAlgorithm):
    """Check measures as the collectives' SCAN-GIS does before delivery: hard errors and soft warnings."""

    ICON = "a4b"
    GROUP_ID = "measures"
    REGISTER = "REGISTER"
    PILOTS = register_filters.PILOTS
    STATUSES = register_filters.STATUSES
    THEMES = register_filters.THEMES
    PARCELS = "PARCELS"
    PILOT_BOUNDARIES = "PILOT_BOUNDARIES"
    NATURA2000 = "NATURA2000"
    TOLERANCE = "TOLERANCE"
    STALE_MONTHS = "STALE_MONTHS"
    OUTPUT = "OUTPUT"
    OUTPUT_LAYER = "OUTPUT_LAYER"
    HARD_ERRORS = "HARD_ERRORS"
    SOFT_WARNINGS = "SOFT_WARNINGS"
    CHECKED = "CHECKED"

    def name(self) -> str:
        return "validatemeasures"

    def displayName(self) -> str:
        return self.tr("Check measures")

    def shortHelpString(self) -> str:
        lines = [
            f"{rule.code} ({rules.severity_label(rule.severity)}): {rule.title}" for rule in rules.rules()
        ]
        return (
            self.tr(
                "Checks the measures of the register before delivery, as the collectives' SCAN-GIS does: "
                "hard errors mean a measure cannot be delivered as it is, soft warnings ask for a second "
                "look. Dropped measures are not checked. The result is a table with one row per finding "
                "(measure uuid, rule code, severity, message) and, when asked for, a layer with the "
                "offending geometry, plus the number of hard errors and soft warnings.\n\nFindings are "
                "not failures: the algorithm succeeds with findings, so a model can decide what to do "
                "with them; it fails only when it cannot check (no register, an unreadable catalogue). "
                "The same checks run from the Measures panel's Check measures button.\n\nRules:"
            )
            + "\n"
            + "\n".join(lines)
        )

    def initAlgorithm(self, config=None):
        add = self.add_parameter
        add(
            QgsProcessingParameterVectorLayer(self.REGISTER, self.tr("Measures register"), [SOURCE_VECTOR]),
            self.tr(
                "The register's measures table (a4b_work.gpkg|layername=measures) or any layer with the "
                "register's fields. The status history is only read from a register GeoPackage."
            ),
        )
        for parameter in register_filters.filter_parameters():
            self.addParameter(parameter)
        polygon = [SOURCE_VECTOR_POLYGON]
        add(
            QgsProcessingParameterVectorLayer(self.PARCELS, self.tr("Parcels"), polygon, optional=True),
            self.tr(
                "The parcel layer the measures were tagged on (BRP or BRK). With it, a measure is checked "
                "against its parcel's outline and BRP category (field 'category')."
            ),
        )
        add(
            QgsProcessingParameterVectorLayer(
                self.PILOT_BOUNDARIES, self.tr("Pilot boundaries"), polygon, optional=True
            ),
            self.tr(
                "Measures touching none of these get a soft warning. Empty: the 'pilot_boundaries' table "
                "of the register's or the project's work GeoPackage, if there is one."
            ),
        )
        add(
            QgsProcessingParameterVectorLayer(
                self.NATURA2000, self.tr("Natura 2000 areas"), polygon, optional=True
            ),
            self.tr(
                "With it, a measure farther from the nearest area than its catalogue effect distance "
                "(max_distance_m) gets a soft warning."
            ),
        )
        tolerance = QgsProcessingParameterNumber(
            self.TOLERANCE, self.tr("Area tolerance (m²)"), NUMBER_DOUBLE, DEFAULT_TOLERANCE_M2, False, 0.0
        )
        add(
            tolerance,
            self.tr(
                "Ground a measure may have beyond its parcel, or share with an incompatible measure, "
                "before it counts as a hard error."
            ),
            advanced=True,
        )
        stale = QgsProcessingParameterNumber(
            self.STALE_MONTHS,
            self.tr("Proposed for at most (months)"),
            NUMBER_INTEGER,
            DEFAULT_STALE_MONTHS,
            False,
            1,
        )
        add(stale, self.tr("A measure proposed for longer gets a soft warning."), advanced=True)
        add(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Findings"), SOURCE_VECTOR),
            self.tr(
                "One row per finding, without geometry: uuid, pilot, measure code, rule code, severity, "
                "rule, message."
            ),
        )
        layer = QgsProcessingParameterFeatureSink(
            self.OUTPUT_LAYER,
            self.tr("Findings on the map"),
            SOURCE_VECTOR_POLYGON,
            optional=True,
            createByDefault=False,
        )
        add(
            layer,
            self.tr(
                "The findings that have a geometry, with it: the part beyond the parcel, the overlap, "
                "or the measure itself (EPSG:28992)."
            ),
        )
        self.addOutput(QgsProcessingOutputNumber(self.HARD_ERRORS, self.tr("Hard errors")))
        self.addOutput(QgsProcessingOutputNumber(self.SOFT_WARNINGS, self.tr("Soft warnings")))
        self.addOutput(QgsProcessingOutputNumber(self.CHECKED, self.tr("Measures checked")))

    def processAlgorithm(self, parameters, context, feedback):
        layer = self.parameterAsVectorLayer(parameters, self.REGISTER, context)
        if layer is None or not layer.isValid():
            raise QgsProcessingException(self.invalidSourceError(parameters, self.REGISTER))
        try:
            from ..core.measures.catalogue import load_catalogue

            register = resolve_register(layer)
            pilots, statuses, themes = register_filters.chosen_filters(self, parameters, context, register)
            boundaries = self.parameterAsVectorLayer(parameters, self.PILOT_BOUNDARIES, context)
            if boundaries is None:
                boundaries = find_pilot_boundaries(register, context.project())
                if boundaries is not None:
                    feedback.pushInfo(
                        self.tr("Pilot boundaries: {source}").format(source=boundaries.source())
                    )
            options = CheckOptions(
                catalogue=load_catalogue(),
                parcels=self.parameterAsVectorLayer(parameters, self.PARCELS, context),
                pilot_boundaries=boundaries,
                natura2000=self.parameterAsVectorLayer(parameters, self.NATURA2000, context),
                history_path=file_of(register),
                tolerance_m2=self.parameterAsDouble(parameters, self.TOLERANCE, context),
                stale_months=self.parameterAsInt(parameters, self.STALE_MONTHS, context),
            )
            feedback.setProgressText(self.tr("Checking measures…"))
            result = check_register(
                register, pilots, statuses, themes, options, context.transformContext(), feedback
            )
        except A4BError as error:
            raise QgsProcessingException(str(error)) from error
        if feedback.isCanceled():
            return {}
        return self._write(parameters, context, feedback, result)

    def _write(self, parameters, context, feedback, result) -> dict:
        fields = finding_fields()
        table, table_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, WKB_NO_GEOMETRY)
        if table is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        mapped, mapped_id = self.parameterAsSink(
            parameters,
            self.OUTPUT_LAYER,
            context,
            fields,
            WKB_MULTIPOLYGON,
            QgsCoordinateReferenceSystem(REGISTER_CRS),
        )
        titles = {rule.code: rule.title for rule in rules.rules()}
        for finding in result.findings:
            feature = QgsFeature(fields)
            feature.setAttributes(
                [
                    finding.uuid,
                    finding.pilot,
                    finding.measure_code,
                    finding.code,
                    finding.severity,
                    titles.get(finding.code, ""),
                    finding.message,
                ]
            )
            table.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            shape = _polygons(finding.geometry)
            if mapped is not None and shape is not None:
                feature.setGeometry(shape)
                mapped.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        hard, soft = result.count(rules.HARD), result.count(rules.SOFT)
        feedback.pushInfo(
            self.tr("{checked} measures checked: {hard} hard errors, {soft} soft warnings.").format(
                checked=result.checked, hard=hard, soft=soft
            )
        )
        if result.skipped:
            feedback.pushInfo(
                self.tr("Not checked, for want of input: {codes}.").format(codes=", ".join(result.skipped))
            )
        if result.unmatched_parcels:
            feedback.pushInfo(
                self.tr("{count} measures reference a parcel the parcel layer does not hold.").format(
                    count=result.unmatched_parcels
                )
            )
        outputs = {
            self.OUTPUT: table_id,
            self.HARD_ERRORS: hard,
            self.SOFT_WARNINGS: soft,
            self.CHECKED: result.checked,
        }
        if mapped is not None:
            outputs[self.OUTPUT_LAYER] = mapped_id
        return outputs
