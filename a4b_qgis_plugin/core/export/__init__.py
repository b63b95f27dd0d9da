"""Exports of the register: GeoPackage, CSV, GeoJSON, XLSX, a PDF per pilot, and the summary table.

``run`` is what ``a4b:exportmeasures`` calls (``ExportRequest``,
``export_measures``): it reads one consistent snapshot of the register
(``snapshot``), selects the measures (``selection``), writes every file in
full or not at all (``files``, ``data``, ``xlsx``, ``pdf``) and reads each
back (``verify``). ``summary_table`` is ``a4b:summarisemeasures``; ``inputs``
finds the register and the pilot boundaries; ``cells`` keeps spreadsheet
cells from running as formulas.

May import: core.common, core.measures, core.pilots, core.register.
"""

from .cells import neutralise_attributes
from .inputs import file_of, find_pilot_boundaries, open_files, resolve_register
from .run import ExportRequest, export_measures
from .selection import check_register_layer, parse_filters, select_measures
from .summary_table import GROUPS, summarise_register, summary_fields, write_summary
from .verify import check_table_rows

__all__ = [
    "neutralise_attributes",
    "file_of",
    "find_pilot_boundaries",
    "open_files",
    "resolve_register",
    "ExportRequest",
    "export_measures",
    "check_register_layer",
    "parse_filters",
    "select_measures",
    "GROUPS",
    "summarise_register",
    "summary_fields",
    "write_summary",
    "check_table_rows",
]
