"""Algorithm ``a4b:summarisemeasures``: totals per pilot and theme as a table for models."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterVectorLayer,
)

from ..core.common.errors import A4BError
from ..core.common.qt_compat import SOURCE_VECTOR, WKB_NO_GEOMETRY
from ..core.export.inputs import resolve_register
from ..core.export.summary_table import GROUPS, summarise_register, summary_fields, write_summary
from ..core.export.verify import check_table_rows
from . import csv_params, register_filters, team_register
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
    INCLUDE_DROPPED = "INCLUDE_DROPPED"
    OUTPUT = "OUTPUT"
    GROUPS = GROUPS

    def name(self) -> str:
        return "summarisemeasures"

    def displayName(self) -> str:
        return self.tr("Summarise measures")

    def shortHelpString(self) -> str:
        return self.tr(
            "Totals of the measures register per pilot and theme (or per pilot and status), as a "
            "table without geometry for models and reports: number of measures, hectares, metres, "
            "pieces, and cost, revenue and net amount in euros per year. The same numbers as the "
            "export's spreadsheet.\n\nAn unknown amount is never counted as zero: a group in which no "
            "measure has a known amount gets an empty amount, cost_missing and revenue_missing count the "
            "measures without a figure, and the net covers only measures with both a cost and a revenue "
            "(net_left_out counts the others). Rows with an empty theme (or status) are the totals of "
            "a pilot; the row with an empty pilot is the grand total; the field row_kind says which is which "
            "(theme or status, pilot_total, total)."
        )

    def initAlgorithm(self, config=None):
        add = self.add_parameter

        add(
            QgsProcessingParameterVectorLayer(self.REGISTER, self.tr("Measures register"), [SOURCE_VECTOR]),
            self.tr("The register's measures table or any layer with the register's fields.")
            + " "
            + team_register.help_text(),
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
            QgsProcessingParameterBoolean(
                self.INCLUDE_DROPPED, self.tr("Count dropped measures in the totals"), False
            ),
            self.tr(
                "Off by default: dropped measures are left out of the totals, as in the export, unless "
                "the status filter chooses them."
            ),
            advanced=True,
        )
        for parameter in csv_params.csv_parameters():
            self.addParameter(parameter)
        add(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Measure totals"), SOURCE_VECTOR),
            self.tr(
                "The table of totals, without geometry. As a CSV file: UTF-8 with a byte order mark, "
                "separator and decimal mark from the CSV parameters."
            ),
        )

    def checkParameterValues(self, parameters, context):
        # a team register URI stands for the PostgreSQL layer of its measures
        return team_register.checked_with_team_layer(
            self, parameters, context, self.REGISTER, super().checkParameterValues
        )

    def processAlgorithm(self, parameters, context, feedback):
        parameters = team_register.with_team_layer(parameters, self.REGISTER)
        layer = self.parameterAsVectorLayer(parameters, self.REGISTER, context)
        if layer is None or not layer.isValid():
            raise QgsProcessingException(self.invalidSourceError(parameters, self.REGISTER))
        by = self.GROUPS[self.parameterAsEnum(parameters, self.GROUP_BY, context)]
        try:
            statuses, themes = register_filters.chosen_codes(self, parameters, context)
            filters = (self.parameterAsString(parameters, self.PILOTS, context), statuses, themes)
            summary = summarise_register(
                resolve_register(layer),
                filters,
                by,
                self.parameterAsBoolean(parameters, self.TOTALS, context),
                feedback,
                self.parameterAsBoolean(parameters, self.INCLUDE_DROPPED, context),
            )
        except A4BError as error:
            raise QgsProcessingException(str(error)) from error
        if summary.cancelled:
            return {}
        fields = summary_fields(by)
        # the output guard: never over the register, the input's file or a GeoPackage with other layers
        sink, dest_id, plan = self.guarded_sink(
            parameters,
            self.OUTPUT,
            context,
            feedback,
            fields,
            WKB_NO_GEOMETRY,
            QgsCoordinateReferenceSystem(),
            (self.REGISTER,),
            "measure_totals",
        )
        try:
            written = write_summary(summary, sink, fields, dest_id, feedback)
            del sink  # closes a file output, so what reached the disk can be counted
            check_table_rows(dest_id, written)
            csv_params.apply_to_table(dest_id, fields, csv_params.csv_dialect(self, parameters, context))
        except A4BError as error:
            self.output_failed(error, plan)
        dest_id = self.finish_output(dest_id, written, plan, context)
        for warning in summary.warnings:
            feedback.pushWarning(warning)
        grand = summary.rows[-1] if summary.rows and summary.rows[-1]["pilot"] is None else None
        if grand:
            unknown = self.tr("not known")
            feedback.pushInfo(
                self.tr(
                    "{count} measures; cost {cost} EUR/yr ({cost_missing} without a cost), revenue {revenue} "
                    "EUR/yr ({revenue_missing} without a revenue), net {net} EUR/yr ({left_out} left out)."
                ).format(
                    count=grand["count"],
                    cost=unknown if grand["cost_eur_yr"] is None else grand["cost_eur_yr"],
                    cost_missing=grand["cost_missing"],
                    revenue=unknown if grand["revenue_eur_yr"] is None else grand["revenue_eur_yr"],
                    revenue_missing=grand["revenue_missing"],
                    net=unknown if grand["net_eur_yr"] is None else grand["net_eur_yr"],
                    left_out=grand["net_left_out"],
                )
            )
        return {self.OUTPUT: dest_id}
