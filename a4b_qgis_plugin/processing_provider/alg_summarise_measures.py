"""Algorithm ``a4b:summarisemeasures``: totals per pilot and theme as a table for models."""

from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterVectorLayer,
)

from ..core.common.errors import OutputError
from ..core.common.qt_compat import FIELD_DOUBLE, FIELD_INT, FIELD_STRING, SOURCE_VECTOR, WKB_NO_GEOMETRY
from ..core.export.inputs import resolve_register
from ..core.export.selection import check_register_layer, select_measures
from ..core.export.summary import VALUE_KEYS, read_records, summarise
from ..core.measures import vocabulary
from . import register_filters
from .base import A4BAlgorithm


class SummariseMeasuresAlgorithm(A4BAlgorithm):
    """Per pilot and theme (or status): count, ha, m, pieces, cost, revenue, net."""

    ICON = "summary"
    GROUP_ID = "measures"
    REGISTER = "REGISTER"
    PILOTS = register_filters.PILOTS
    STATUSES = register_filters.STATUSES
    THEMES = register_filters.THEMES
    GROUP_BY = "GROUP_BY"
    TOTALS = "TOTALS"
    OUTPUT = "OUTPUT"
    GROUPS = ["theme", "status"]

    def name(self) -> str:
        return "summarisemeasures"

    def displayName(self) -> str:
        return self.tr("Summarise measures")

    def shortHelpString(self) -> str:
        return self.tr(
            "Totals of the measures register per pilot and theme (or per pilot and status), as a "
            "table without geometry for models and reports: number of measures, hectares, metres, "
            "pieces, and cost, revenue and net amount in euros per year. The same numbers as the "
            "export's spreadsheet.\n\nA group in which no measure has a known amount gets an empty "
            "amount, not zero. Rows with an empty theme (or status) are the totals of a pilot; the "
            "row with an empty pilot is the grand total; the field row_kind says which is which "
            "(theme or status, pilot_total, total)."
        )

    def initAlgorithm(self, config=None):
        add = self.add_parameter

        add(
            QgsProcessingParameterVectorLayer(self.REGISTER, self.tr("Measures register"), [SOURCE_VECTOR]),
            self.tr("The register's measures table or any layer with the register's fields."),
        )
        for parameter in register_filters.filter_parameters():
            self.addParameter(parameter)
        add(
            QgsProcessingParameterEnum(
                self.GROUP_BY, self.tr("Group per pilot and"), [self.tr("theme"), self.tr("status")], False, 0
            ),
            self.tr("The second grouping after the pilot."),
            advanced=True,
        )
        add(
            QgsProcessingParameterBoolean(self.TOTALS, self.tr("Add total rows"), True),
            self.tr("A total row per pilot (empty theme or status) and a grand total (empty pilot)."),
            advanced=True,
        )
        add(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Measure totals"), SOURCE_VECTOR),
            self.tr("The table of totals, without geometry."),
        )

    def processAlgorithm(self, parameters, context, feedback):
        layer = self.parameterAsVectorLayer(parameters, self.REGISTER, context)
        if layer is None or not layer.isValid():
            raise QgsProcessingException(self.invalidSourceError(parameters, self.REGISTER))
        by = self.GROUPS[self.parameterAsEnum(parameters, self.GROUP_BY, context)]
        try:
            register = resolve_register(layer)
            check_register_layer(register)
            pilots, statuses, themes = register_filters.chosen_filters(self, parameters, context, register)
            measures = select_measures(register, pilots, statuses, themes, False, feedback)
        except OutputError as error:
            raise QgsProcessingException(str(error)) from error
        rows = summarise(
            read_records(measures), by, self.parameterAsBoolean(parameters, self.TOTALS, context)
        )

        fields = QgsFields()
        fields.append(QgsField("pilot", FIELD_STRING))
        fields.append(QgsField(by, FIELD_STRING))
        fields.append(QgsField(f"{by}_label", FIELD_STRING))
        fields.append(QgsField("row_kind", FIELD_STRING))
        for key in VALUE_KEYS:
            fields.append(QgsField(key, FIELD_INT if key == "count" else FIELD_DOUBLE))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, WKB_NO_GEOMETRY)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        label = vocabulary.theme_label if by == "theme" else vocabulary.status_label
        for number, row in enumerate(rows):
            if feedback.isCanceled():
                break
            feature = QgsFeature(fields)
            key = row[by]
            if row["pilot"] is None:
                kind = "total"
            elif key is None:
                kind = "pilot_total"
            else:
                kind = by
            pilot = row["pilot"]
            feature.setAttributes(
                [pilot, key, label(key) if key else None, kind] + [row[name] for name in VALUE_KEYS]
            )
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            feedback.setProgress(100.0 * (number + 1) / len(rows))
        grand = rows[-1] if rows and rows[-1]["pilot"] is None else None
        if grand:
            feedback.pushInfo(
                self.tr("{count} measures; cost {cost} EUR/yr, revenue {revenue} EUR/yr.").format(
                    count=grand["count"], cost=grand["cost_eur_yr"], revenue=grand["revenue_eur_yr"]
                )
            )
        return {self.OUTPUT: dest_id}
