"""Algorithm ``a4b:exportmeasures``: measures as GeoPackage, GeoJSON, CSV, XLSX and PDF."""

from __future__ import annotations

import os
from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorLayer,
)
from qgis.PyQt.QtCore import QDateTime

from ..core.common.errors import OutputError
from ..core.common.qt_compat import ALGORITHM_NO_THREADING, SOURCE_VECTOR, SOURCE_VECTOR_POLYGON
from ..core.export.data import write_csv, write_geojson, write_gpkg
from ..core.export.files import OutputSet, check_target
from ..core.export.inputs import describe, file_of, find_pilot_boundaries, open_files, resolve_register
from ..core.export.selection import check_register_layer, select_measures
from ..core.measures import vocabulary
from . import register_filters
from .base import A4BAlgorithm


class ExportMeasuresAlgorithm(A4BAlgorithm):
    """Write the chosen measures to the requested formats, all or nothing."""

    ICON = "export"
    GROUP_ID = "measures"
    REGISTER = "REGISTER"
    PILOTS = register_filters.PILOTS
    STATUSES = register_filters.STATUSES
    THEMES = register_filters.THEMES
    INCLUDE_PERSONAL = "INCLUDE_PERSONAL"
    PILOT_BOUNDARIES = "PILOT_BOUNDARIES"
    NATURA2000 = "NATURA2000"
    BASEMAP = "BASEMAP"
    OUTPUT_GPKG = "OUTPUT_GPKG"
    OUTPUT_GEOJSON = "OUTPUT_GEOJSON"
    OUTPUT_CSV = "OUTPUT_CSV"
    OUTPUT_XLSX = "OUTPUT_XLSX"
    OUTPUT_PDF = "OUTPUT_PDF"
    COUNT = "COUNT"
    PAGES = "PAGES"

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
            "and only moved into place when all succeeded, so a failed export leaves no half-written "
            "file behind."
        )

    def initAlgorithm(self, config=None):
        add = self.add_parameter

        add(
            QgsProcessingParameterVectorLayer(self.REGISTER, self.tr("Measures register"), [SOURCE_VECTOR]),
            self.tr(
                "The register's measures table (a4b_work.gpkg|layername=measures) or any layer with the "
                "register's fields."
            ),
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
                self.tr("The measures' attributes, comma-separated, UTF-8, without geometry."),
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
                self.tr("An A4 landscape map per pilot with legend, scale bar and a table of totals."),
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

    def _targets(self, parameters, context) -> dict:
        targets = {}
        for key in (
            self.OUTPUT_GPKG,
            self.OUTPUT_GEOJSON,
            self.OUTPUT_CSV,
            self.OUTPUT_XLSX,
            self.OUTPUT_PDF,
        ):
            value = parameters.get(key)
            if value is None or value == "":
                continue
            path = self.parameterAsFileOutput(parameters, key, context)
            if path:
                targets[key] = path
        return targets

    def processAlgorithm(self, parameters, context, feedback):
        layer = self.parameterAsVectorLayer(parameters, self.REGISTER, context)
        if layer is None or not layer.isValid():
            raise QgsProcessingException(self.invalidSourceError(parameters, self.REGISTER))
        project = context.project()
        try:
            register = resolve_register(layer)
            check_register_layer(register)
            targets = self._targets(parameters, context)
            if not targets:
                raise OutputError(self.tr("Choose at least one output file."))
            if len({os.path.abspath(p) for p in targets.values()}) < len(targets):
                raise OutputError(self.tr("Two outputs have the same file name; give each its own."))
            in_use = open_files(project) + [file_of(register)]
            finals = {key: check_target(path, in_use) for key, path in targets.items()}
            pilots, statuses, themes = register_filters.chosen_filters(self, parameters, context, register)
            personal = self.parameterAsBoolean(parameters, self.INCLUDE_PERSONAL, context)
            feedback.setProgressText(self.tr("Selecting measures…"))
            measures = select_measures(register, pilots, statuses, themes, personal, feedback)
            if feedback.isCanceled():
                return {}
            feedback.pushInfo(self.tr("{count} measures selected.").format(count=measures.featureCount()))
            pages = self._write_all(
                parameters,
                context,
                feedback,
                register,
                measures,
                finals,
                (pilots, statuses, themes, personal),
            )
        except OutputError as error:
            raise QgsProcessingException(str(error)) from error
        results = {key: str(path) for key, path in finals.items()}
        results[self.COUNT] = measures.featureCount()
        results[self.PAGES] = pages
        return results

    def _write_all(self, parameters, context, feedback, register, measures, finals, filters) -> int:
        """Write every output to a temporary file, then move them all into place."""
        from ..core.export.xlsx import write_xlsx

        outputs = OutputSet()
        transform_context = context.transformContext()
        pages = 0
        writers = {
            self.OUTPUT_GPKG: lambda tmp: write_gpkg(measures, tmp, transform_context),
            self.OUTPUT_GEOJSON: lambda tmp: write_geojson(measures, tmp, transform_context),
            self.OUTPUT_CSV: lambda tmp: write_csv(measures, tmp, transform_context),
            self.OUTPUT_XLSX: lambda tmp: write_xlsx(measures, tmp, self._about(register, measures, filters)),
        }
        try:
            for number, (key, final) in enumerate(finals.items()):
                if feedback.isCanceled():
                    raise OutputError(self.tr("Export cancelled; nothing was written."))
                feedback.setProgress(100.0 * number / len(finals))
                feedback.setProgressText(self.tr("Writing {path}…").format(path=final.name))
                temporary = outputs.temporary_for(final)
                try:
                    if key == self.OUTPUT_PDF:
                        pages = self._write_pdf(
                            parameters, context, feedback, register, measures, temporary, filters
                        )
                    else:
                        writers[key](temporary)
                except OutputError:
                    raise
                except Exception as error:  # a disk, library or data problem: say where
                    raise OutputError(
                        self.tr("Could not write {path}: {error}").format(path=final, error=error)
                    ) from error
            written = outputs.commit()
        except Exception:
            outputs.discard()
            raise
        for path in written:
            feedback.pushInfo(self.tr("Written: {path}").format(path=path))
        feedback.setProgress(100)
        return pages

    def _write_pdf(self, parameters, context, feedback, register, measures, temporary: Path, filters) -> int:
        from ..core.export.pdf import write_pdf

        boundaries = self.parameterAsVectorLayer(parameters, self.PILOT_BOUNDARIES, context)
        if boundaries is None:
            boundaries = find_pilot_boundaries(register, context.project())
        natura2000 = self.parameterAsVectorLayer(parameters, self.NATURA2000, context)
        basemap = self.parameterAsRasterLayer(parameters, self.BASEMAP, context)
        lines = [
            self.tr("Measures: {source}; {count} measures in this export.").format(
                source=describe(register), count=measures.featureCount()
            )
        ]
        _pilots, statuses, themes, _personal = filters
        if statuses or themes:
            every = self.tr("all")
            lines.append(
                self.tr("Selection: statuses {statuses}; themes {themes}.").format(
                    statuses=", ".join(vocabulary.status_label(x) for x in statuses) or every,
                    themes=", ".join(vocabulary.theme_label(x) for x in themes) or every,
                )
            )
        if boundaries is not None:
            lines.append(self.tr("Pilot boundaries: {name}.").format(name=describe(boundaries)))
        if natura2000 is not None:
            lines.append(self.tr("Natura 2000: {name}.").format(name=describe(natura2000)))
        if basemap is not None:
            lines.append(self.tr("Base map: {name}.").format(name=describe(basemap)))
        return write_pdf(
            measures,
            temporary,
            context.transformContext(),
            natura2000,
            boundaries,
            basemap,
            "\n".join(lines),
            feedback,
        )

    def _about(self, register, measures, filters) -> list[tuple[str, str]]:
        pilots, statuses, themes, personal = filters
        every = self.tr("all")
        return [
            (self.tr("Exported at"), QDateTime.currentDateTime().toString("yyyy-MM-dd HH:mm")),
            (self.tr("Register"), file_of(register) or register.source()),
            (self.tr("Pilots"), "; ".join(pilots) or every),
            (self.tr("Statuses"), ", ".join(vocabulary.status_label(s) for s in statuses) or every),
            (self.tr("Themes"), ", ".join(vocabulary.theme_label(t) for t in themes) or every),
            (self.tr("Personal data included"), self.tr("yes") if personal else self.tr("no")),
            (self.tr("Measures"), str(measures.featureCount())),
            (self.tr("Amounts"), self.tr("Euros per year; an empty cell means the amount is not known.")),
        ]
