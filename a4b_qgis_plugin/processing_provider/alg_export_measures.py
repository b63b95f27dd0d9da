"""Algorithm ``a4b:exportmeasures``: measures as GeoPackage, GeoJSON, CSV, XLSX and PDF."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorLayer,
)

from ..core.common import outputs
from ..core.common.errors import A4BError
from ..core.common.qt_compat import ALGORITHM_NO_THREADING, SOURCE_VECTOR, SOURCE_VECTOR_POLYGON
from ..core.export.inputs import open_files, resolve_register
from ..core.export.run import ExportRequest, export_measures
from . import csv_params, pdf_parameters, register_filters, team_register
from .base import PROTECTED_TABLES, A4BAlgorithm
from .export_checks import delivery_checks, refusal, sheet_rows

# An earlier export's GeoPackage holds one table 'measures' and may be replaced; a register never.
EXPORT_PROTECTED_TABLES = tuple(table for table in PROTECTED_TABLES if table != "measures")


class ExportMeasuresAlgorithm(A4BAlgorithm):
    """Write the chosen measures to the requested formats, all or nothing."""

    ICON = "export"
    GROUP_ID = "measures"
    REGISTER = "REGISTER"
    PILOTS = register_filters.PILOTS
    STATUSES = register_filters.STATUSES
    THEMES = register_filters.THEMES
    INCLUDE_PERSONAL = "INCLUDE_PERSONAL"
    REFUSE_HARD_ERRORS = "REFUSE_HARD_ERRORS"
    INCLUDE_DROPPED = "INCLUDE_DROPPED"
    PILOT_BOUNDARIES = "PILOT_BOUNDARIES"
    NATURA2000 = "NATURA2000"
    BASEMAP = "BASEMAP"
    BACKGROUND = "BACKGROUND"
    PAGE_SIZE = "PAGE_SIZE"
    ORIENTATION = "ORIENTATION"
    NO_PILOT_PAGE = "NO_PILOT_PAGE"
    LABEL_PARCELS = "LABEL_PARCELS"
    OUTPUT_GPKG = "OUTPUT_GPKG"
    OUTPUT_GEOJSON = "OUTPUT_GEOJSON"
    OUTPUT_CSV = "OUTPUT_CSV"
    OUTPUT_XLSX = "OUTPUT_XLSX"
    OUTPUT_PDF = "OUTPUT_PDF"
    COUNT = "COUNT"
    PAGES = "PAGES"
    OUTPUTS = {
        "gpkg": OUTPUT_GPKG,
        "geojson": OUTPUT_GEOJSON,
        "csv": OUTPUT_CSV,
        "xlsx": OUTPUT_XLSX,
        "pdf": OUTPUT_PDF,
    }

    def name(self) -> str:
        return "exportmeasures"

    def displayName(self) -> str:
        return self.tr("Export measures")

    def flags(self):
        # Print layouts render fonts and pictures: main thread only.
        return super().flags() | ALGORITHM_NO_THREADING

    def shortHelpString(self) -> str:
        return self.tr(
            "Exports measures from the measures register (every status unless filtered) "
            "for the next step: GIS data for "
            "other systems (GeoPackage in the register's CRS, GeoJSON in EPSG:4326, CSV), a spreadsheet "
            "with every measure and the totals per pilot and theme and per pilot and status, and a PDF "
            "with one map page per pilot.\n\nEvery output is optional; fill in the ones you need. "
            "Filters left empty select all. The stakeholder and user names are personal data (GDPR) "
            "and are left out unless you include them.\n\nOutputs are written to temporary files first "
            "and only moved into place when all succeeded and each was read back in full, so a failed "
            "export (a full disk too) leaves no half-written file behind. The register is read as one "
            "consistent copy, even while another session writes to it.\n\nAmounts: an unknown cost or "
            "revenue stays empty, never 0; the totals say how many measures had none, and the net covers "
            "only measures with both. In CSV and XLSX, text that a spreadsheet would run as a formula "
            "(starting with =, +, -, @) gets a leading '. An empty register gives empty files and a warning."
        )

    def initAlgorithm(self, config=None):
        add = self.add_parameter

        add(
            QgsProcessingParameterVectorLayer(self.REGISTER, self.tr("Measures register"), [SOURCE_VECTOR]),
            self.tr(
                "The register's measures table (a4b_work.gpkg|layername=measures) or any layer with the "
                "register's fields."
            )
            + " "
            + team_register.help_text(),
        )
        for parameter in register_filters.filter_parameters():
            self.addParameter(parameter)
        add(
            QgsProcessingParameterBoolean(
                self.INCLUDE_PERSONAL, self.tr("Include personal data (stakeholder, user names)"), False
            ),
            self.tr(
                "Off by default: the stakeholder and the names of who created or changed a measure are "
                "personal data under the GDPR."
            ),
        )
        add(
            QgsProcessingParameterBoolean(
                self.INCLUDE_DROPPED, self.tr("Count dropped measures in the totals"), False
            ),
            self.tr(
                "Off by default: the totals of the spreadsheet and the PDF leave dropped measures out "
                "(both say so); the measures themselves are exported whatever this says."
            ),
            advanced=True,
        )
        add(
            QgsProcessingParameterBoolean(
                self.REFUSE_HARD_ERRORS, self.tr("Refuse to export measures with hard errors"), False
            ),
            self.tr(
                "For delivery runs: the selected measures are checked first (as a4b:validatemeasures does, "
                "without a parcel layer) and nothing is exported when any has a hard error; the message "
                "lists them. Off by default. The spreadsheet always gets a sheet 'Checks' with every "
                "finding."
            ),
        )
        add(
            QgsProcessingParameterVectorLayer(
                self.PILOT_BOUNDARIES,
                self.tr("Pilot boundaries (PDF)"),
                [SOURCE_VECTOR_POLYGON],
                optional=True,
            ),
            self.tr(
                "Drawn on the PDF maps. Empty: the 'pilot_boundaries' table of the register's or the "
                "project's work GeoPackage, if there is one."
            ),
        )
        add(
            QgsProcessingParameterVectorLayer(
                self.NATURA2000,
                self.tr("Natura 2000 areas (PDF)"),
                [SOURCE_VECTOR_POLYGON],
                optional=True,
            ),
            self.tr("Drawn on the PDF maps when given."),
        )
        add(
            QgsProcessingParameterRasterLayer(self.BASEMAP, self.tr("Base map (PDF)"), optional=True),
            self.tr("A raster drawn under the PDF maps, e.g. an aerial photo. None by default."),
            advanced=True,
        )
        for parameter, help_text, advanced in pdf_parameters.parameters(self):
            add(parameter, help_text, advanced=advanced)
        for parameter in csv_params.csv_parameters():
            self.addParameter(parameter)
        outputs = [
            (
                self.OUTPUT_GPKG,
                self.tr("GeoPackage"),
                "GeoPackage (*.gpkg)",
                self.tr("The measures as table 'measures', in the register's CRS."),
            ),
            (
                self.OUTPUT_GEOJSON,
                self.tr("GeoJSON (EPSG:4326)"),
                "GeoJSON (*.geojson)",
                self.tr("The measures in WGS 84 (EPSG:4326), as GeoJSON requires."),
            ),
            (
                self.OUTPUT_CSV,
                self.tr("CSV table"),
                "CSV (*.csv)",
                self.tr(
                    "The measures' attributes without geometry, UTF-8 with a byte order mark; the "
                    "separator and decimal mark follow the CSV parameters (automatic: ; and , in Dutch)."
                ),
            ),
            (
                self.OUTPUT_XLSX,
                self.tr("Spreadsheet (XLSX)"),
                "Excel (*.xlsx)",
                self.tr("Every measure, and totals per pilot and theme and per pilot and status."),
            ),
            (
                self.OUTPUT_PDF,
                self.tr("PDF maps (one page per pilot)"),
                "PDF (*.pdf)",
                self.tr(
                    "An overview page and a map page per pilot showing its whole boundary, with measure "
                    "codes, legend, scale bar, a chart and a table of totals, and on every page the sources, "
                    "export date, plugin version and selection. Page size, orientation and background below."
                ),
            ),
        ]
        for name, label, file_filter, help_text in outputs:
            add(
                QgsProcessingParameterFileDestination(
                    name, label, file_filter, optional=True, createByDefault=False
                ),
                help_text,
            )
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, self.tr("Measures exported")))
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, self.tr("PDF pages")))

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
        targets = {}
        for key, name in self.OUTPUTS.items():
            if parameters.get(name) not in (None, ""):
                targets[key] = self.parameterAsFileOutput(parameters, name, context)
        # the output guard: never over the register, an input's file or a GeoPackage with other layers
        read = (self.REGISTER, self.PILOT_BOUNDARIES, self.NATURA2000)
        inputs = self.input_files(parameters, context, read)
        try:
            for path in targets.values():
                outputs.check_file_output(path, inputs, EXPORT_PROTECTED_TABLES)
        except A4BError as error:
            raise QgsProcessingException(str(error)) from error
        text = lambda name: self.parameterAsString(parameters, name, context)  # noqa: E731
        try:
            statuses, themes = register_filters.chosen_codes(self, parameters, context)
        except A4BError as error:
            raise QgsProcessingException(str(error)) from error
        register = resolve_register(layer)
        boundaries = self.parameterAsVectorLayer(parameters, self.PILOT_BOUNDARIES, context)
        natura2000 = self.parameterAsVectorLayer(parameters, self.NATURA2000, context)
        refuse = self.parameterAsBoolean(parameters, self.REFUSE_HARD_ERRORS, context)
        checks = None
        if refuse or "xlsx" in targets:
            try:
                found = delivery_checks(self, parameters, context, register, boundaries, natura2000, feedback)
            except A4BError as error:
                raise QgsProcessingException(str(error)) from error
            if refuse and refusal(found):
                raise QgsProcessingException(refusal(found))
            checks = sheet_rows(found)
        request = ExportRequest(
            register=register,
            targets=targets,
            pilots=text(self.PILOTS),
            statuses=statuses,
            themes=themes,
            include_personal=self.parameterAsBoolean(parameters, self.INCLUDE_PERSONAL, context),
            include_dropped=self.parameterAsBoolean(parameters, self.INCLUDE_DROPPED, context),
            boundaries=boundaries,
            natura2000=natura2000,
            basemap=self.parameterAsRasterLayer(parameters, self.BASEMAP, context),
            map_options=pdf_parameters.map_options(self, parameters, context),
            csv_dialect=csv_params.csv_dialect(self, parameters, context),
            project=context.project(),
            open_files=open_files(context.project()),
            checks=checks,
        )
        try:
            result = export_measures(request, context.transformContext(), feedback)
        except A4BError as error:
            raise QgsProcessingException(str(error)) from error
        if result.cancelled:
            return {}
        for warning in result.warnings:
            feedback.pushWarning(warning)
        for path in result.paths.values():
            feedback.pushInfo(self.tr("Written: {path}").format(path=path))
        results = {self.OUTPUTS[key]: path for key, path in result.paths.items()}
        results[self.COUNT] = result.count
        results[self.PAGES] = result.pages
        return results
