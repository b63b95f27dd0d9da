"""One export run: check the targets, read one snapshot, write every format, verify, move into place.

``a4b:exportmeasures`` only parses its parameters into an
:class:`ExportRequest` and calls :func:`export_measures`. The run:

1. checks every target before anything is read or written;
2. reads the register from a consistent snapshot (:mod:`.snapshot`) and
   checks the number of rows read against the snapshot's count;
3. writes each format to a hidden temporary file, reads it back
   (:mod:`.verify`) and compares the count with the count selected;
4. moves all files into place only when every one of them is complete.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import QgsCoordinateTransformContext, QgsProject, QgsVectorLayer

from ..common.errors import OutputError
from ..common.i18n import tr
from .data import IncompleteWriteError, write_csv, write_geojson, write_gpkg
from .describe import about_lines
from .files import OutputSet, check_target
from .inputs import file_of, find_pilot_boundaries
from .selection import check_register_layer, parse_filters, select_measures
from .snapshot import register_snapshot, unsaved_edits
from .summary import INCLUDE_DROPPED_PROPERTY, count_dropped
from .verify import check_written

FORMATS = ["gpkg", "geojson", "csv", "xlsx", "pdf"]


@dataclass
class ExportRequest:
    """What to export where. *targets* maps a format of :data:`FORMATS` to a file path."""

    register: QgsVectorLayer
    targets: dict[str, str]
    pilots: str | list = ""
    statuses: str | list = ""
    themes: str | list = ""
    include_personal: bool = False
    include_dropped: bool = False
    boundaries: QgsVectorLayer | None = None
    natura2000: QgsVectorLayer | None = None
    basemap: object = None
    map_options: object = None  # pdf.MapOptions: page size, background, labels, no-pilot page
    csv_dialect: object = None  # core.common.csv_dialect.CsvDialect; None: the settings, else the language
    project: QgsProject | None = None
    open_files: list[str] = field(default_factory=list)
    # Rows of the XLSX "Checks" sheet (core/validation findings as plain values); None: no sheet.
    checks: list[dict] | None = None


@dataclass
class ExportResult:
    """What was written: *count* measures, *pages* PDF pages, the final *paths*, and *warnings*."""

    count: int = 0
    pages: int = 0
    paths: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    cancelled: bool = False


def checked_targets(targets: dict[str, str], in_use: list[str]) -> dict[str, Path]:
    """The targets as paths, after every check (:func:`files.check_target`); raise on the first problem."""
    targets = {key: path for key, path in targets.items() if path}
    if not targets:
        raise OutputError(tr("Choose at least one output file."))
    if len({os.path.abspath(p) for p in targets.values()}) < len(targets):
        raise OutputError(tr("Two outputs have the same file name; give each its own."))
    return {key: check_target(path, in_use) for key, path in targets.items()}


def export_measures(
    request: ExportRequest, transform_context: QgsCoordinateTransformContext, feedback
) -> ExportResult:
    """Run the export described by *request*; raise :class:`OutputError` (or a subclass of A4BError)."""
    register = request.register
    check_register_layer(register)
    finals = checked_targets(request.targets, request.open_files + [file_of(register)])
    result = ExportResult()
    feedback.setProgressText(tr("Reading the register…"))
    with register_snapshot(register) as snapshot:
        filters = parse_filters(request.pilots, request.statuses, request.themes, snapshot.layer)
        measures = select_measures(
            snapshot.layer, *filters, request.include_personal, feedback, expected=snapshot.rows
        )
        empty = snapshot.is_empty()
    if feedback.isCanceled():
        result.cancelled = True
        return result
    measures.setCustomProperty(INCLUDE_DROPPED_PROPERTY, count_dropped(request.include_dropped, filters[1]))
    result.count = measures.featureCount()
    if empty:
        result.warnings.append(
            tr("The register {name} holds no measures: the outputs are empty.").format(name=register.name())
        )
    result.warnings += unsaved_edits(register)
    feedback.pushInfo(tr("{count} measures selected.").format(count=result.count))
    context = _Context(request, filters, measures, transform_context, feedback, result)
    result.paths = context.write_all(finals)
    return result


class _Context:
    """The state one export's writers share."""

    def __init__(self, request, filters, measures, transform_context, feedback, result: ExportResult):
        self.request = request
        self.filters = filters
        self.measures = measures
        self.transform_context = transform_context
        self.feedback = feedback
        self.result = result

    def write_all(self, finals: dict[str, Path]) -> dict[str, str]:
        """Write every output to a temporary file, verify it, then move them all into place."""
        outputs = OutputSet()
        try:
            for number, (key, final) in enumerate(finals.items()):
                if self.feedback.isCanceled():
                    raise OutputError(tr("Export cancelled; nothing was written."))
                self.feedback.setProgress(100.0 * number / len(finals))
                self.feedback.setProgressText(tr("Writing {path}…").format(path=final.name))
                temporary = outputs.temporary_for(final)
                try:
                    sheet = self._write(key, temporary)
                except IncompleteWriteError as error:
                    raise OutputError(
                        tr(
                            "{path} was not written completely (is the disk full?); "
                            "nothing was replaced: {error}"
                        ).format(path=final, error=error)
                    ) from error
                except OutputError:
                    raise
                except Exception as error:  # a disk, library or data problem: say where
                    raise OutputError(
                        tr("Could not write {path}: {error}").format(path=final, error=error)
                    ) from error
                check_written(key, temporary, self.result.count, final, sheet)
            written = outputs.commit()
        except BaseException:
            # Also on KeyboardInterrupt or SystemExit: no hidden part stays behind.
            outputs.discard()
            raise
        self.feedback.setProgress(100)
        return {key: path for key, path in zip(finals, written)}

    def _write(self, key: str, temporary: Path) -> str:
        """Write format *key* to *temporary*; the sheet to count for XLSX, else ""."""
        if key == "gpkg":
            write_gpkg(self.measures, temporary, self.transform_context)
        elif key == "geojson":
            write_geojson(self.measures, temporary, self.transform_context)
        elif key == "csv":
            write_csv(self.measures, temporary, self.transform_context, self.request.csv_dialect)
        elif key == "xlsx":
            from .xlsx import sheet_names, write_xlsx

            about = about_lines(self.request, self.filters, self.result.count)
            cut = write_xlsx(self.measures, temporary, about, self.request.checks)
            if cut:
                self.result.warnings.append(
                    tr(
                        "{count} text(s) longer than the 32,767 characters a spreadsheet cell holds were cut "
                        "in the XLSX (column and row: {where}); the other formats hold them whole."
                    ).format(count=len(cut), where="; ".join(cut[:10]))
                )
            return sheet_names()["measures"]
        elif key == "pdf":
            self.result.pages = self._write_pdf(temporary)
        else:
            raise ValueError(f"unknown export format {key!r}")
        return ""

    def _write_pdf(self, temporary: Path) -> int:
        from .pdf import MapInputs, write_empty_pdf, write_pdf

        request = self.request
        if self.result.count == 0:
            return write_empty_pdf(temporary, tr("The register holds no measures."))
        boundaries = request.boundaries
        if boundaries is None:
            boundaries = find_pilot_boundaries(request.register, request.project)
        inputs = MapInputs(self.measures, request, self.filters, self.result.count, boundaries)
        return write_pdf(inputs, temporary, self.transform_context, request.map_options, self.feedback)
