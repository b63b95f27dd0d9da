"""Where a run may write: never over data it did not create.

One guard for every algorithm and panel that writes a file. QGIS Processing
replaces the whole file when an output is a plain path, so a GeoPackage given
as output (the work GeoPackage with the measures register, the parcels' own
file) would lose every other table in it. The guard looks at the target before
anything is created and either lets the write go ahead, turns it into a new
layer of that GeoPackage, or refuses with a message that says what to do.

Rules, for a target file that already exists:

* a layer that is an input of the run, or one of the protected tables (the
  register's tables, the stored pilot boundaries), is never replaced;
* a plain path to a GeoPackage (or SQLite database) holding anything but one
  earlier output of the same name is written as a new layer named after the
  output; when that layer exists already the run is refused;
* a plain path to any other file that is an input's file is refused;
* a named layer (``ogr:dbname='…' table="…"``, ``…|layername=…``) is
  written as that layer, replacing only that layer.

Paths are compared as the operating system sees them (symbolic links, ``..``,
letter case on case-insensitive file systems).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from qgis.core import QgsDataSourceUri, QgsVectorLayer

from .errors import OutputError
from .i18n import tr
from .layer_source import file_and_table, same_file

# Formats that hold several tables, into which a new layer can be written.
CONTAINER_SUFFIXES = (".gpkg", ".sqlite", ".db", ".gdb")
# Tables of the format itself (GeoPackage, SpatiaLite): never a run's output.
_SYSTEM_PREFIXES = ("gpkg_", "rtree_", "sqlite_", "spatial_ref_sys", "geometry_columns")


@dataclass(frozen=True)
class Target:
    """An output as a file and an optional layer; *path* is "" for memory and database outputs."""

    path: str
    layer: str | None = None


@dataclass
class OutputPlan:
    """What the guard decided: the destination to hand to Processing and a note for the log."""

    destination: str
    target: Target
    note: str | None = None
    replaces: list = field(default_factory=list)  # existing layers the run will replace
    staging: str | None = None  # hidden file written first, moved over the target when all went well
    layer_option: str | None = None  # layer name of a new file, passed as the creation option layerName


def parse_destination(destination: str) -> Target:
    """The file and layer an output string of Processing names.

    Understands plain paths, ``path|layername=name`` and the
    ``ogr:dbname='path' table="name" (geom)`` form QGIS's "Save to
    GeoPackage" produces. Memory layers, databases and services give a
    target without a path.
    """
    text = (destination or "").strip()
    if not text or text.startswith("memory:") or text == "TEMPORARY_OUTPUT":
        return Target("")
    if text.startswith("ogr:"):
        uri = QgsDataSourceUri(text[4:])
        return Target(_expand(uri.database()), uri.table() or None)
    provider, sep, rest = text.partition(":")
    if sep and len(provider) > 1 and provider.isalpha() and not rest.startswith(("\\", "/")):
        return Target("")  # postgres:, spatialite:, …: not a plain file the guard looks at
    path, layer = file_and_layer(text)
    return Target(path, layer)


def file_and_layer(source: str, provider: str = "ogr") -> tuple[str, str | None]:
    """(absolute file, layer name or None) of a data source string, e.g. ``a.gpkg|layername=b``."""
    path, layer = file_and_table(source, provider)
    return _expand(path), layer


def layer_file_and_name(layer: QgsVectorLayer | None) -> tuple[str, str | None] | None:
    """(file, table) behind a layer, or None when it is not a file (memory, database, service)."""
    if layer is None:
        return None
    path, name = file_and_layer(layer.source(), layer.providerType())
    if not path or not os.path.exists(path):
        return None
    return path, name


def _expand(path: str) -> str:
    return os.path.abspath(os.path.expanduser(path)) if path else ""


def existing_tables(path: str) -> list[str] | None:
    """The layers of an existing file; None when the file does not exist.

    Raises :class:`OutputError` for a file that exists but cannot be read:
    it may be damaged data, so the guard does not write over it.
    """
    if not path or not os.path.exists(path):
        return None
    from osgeo import gdal

    try:
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
    except RuntimeError:
        # GDAL raises instead of returning None once anything in the process
        # has called gdal.UseExceptions() (QGIS 3.40's Python does).
        dataset = None
    if dataset is None:
        if os.path.getsize(path) == 0:
            return []
        raise OutputError(
            tr(
                "{0} exists and is not a data file QGIS can read; it is left as it is. "
                "Choose another file name, or delete that file first."
            ).format(path)
        )
    try:
        names = [dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())]
    finally:
        dataset = None
    return [n for n in names if not n.lower().startswith(_SYSTEM_PREFIXES)]


def _is_container(path: str) -> bool:
    return os.path.splitext(path)[1].lower() in CONTAINER_SUFFIXES


def _ogr_destination(path: str, layer: str) -> str:
    uri = QgsDataSourceUri()
    uri.setDatabase(path)
    uri.setDataSource("", layer, "geom")
    return "ogr:" + uri.uri(False)


def _how_to(path: str, layer: str) -> str:
    return tr(
        "To add a layer to that file, choose 'Save to GeoPackage…' in the output's menu and give a new "
        "layer name, or write the output as ogr:dbname='{0}' table=\"{1}\" (geom); or choose another file."
    ).format(path, layer)


def plan_output(
    destination: str,
    layer_name: str,
    inputs: list[tuple[str, str, str | None]] = (),
    protected_tables: tuple[str, ...] = (),
    layer_option: str | None = None,
) -> OutputPlan:
    """Check an output before anything is created; return where to write.

    *destination* is the output as Processing has it, *layer_name* the name a
    new layer gets (e.g. ``flagged_parcels``). *inputs* lists ``(label, file,
    table or None)`` of the run's inputs (None: the file's first or only
    table, so every table of it counts as an input). *protected_tables* are
    never replaced in any file. *layer_option* is a layer name given as a
    creation option. Raises :class:`OutputError` with what to do instead.
    """
    target = parse_destination(destination)
    if layer_option and target.path and not target.layer:
        target = Target(target.path, layer_option)
    if not target.path:
        return OutputPlan(destination, target)
    if os.path.isdir(target.path):
        raise OutputError(tr("The output {0} is a folder; give a file name.").format(target.path))
    tables = existing_tables(target.path)
    if tables is None:
        # a new file: OGR needs a plain path to pick the format, the layer name goes as an option
        return OutputPlan(target.path, target, layer_option=target.layer)
    mine = [(label, table) for label, path, table in inputs if same_file(path, target.path)]
    protected = {t.lower() for t in protected_tables}
    if target.layer is not None:
        _check_named_layer(target, tables, mine, protected)
        replaces = [t for t in tables if t.lower() == target.layer.lower()]
        return OutputPlan(_ogr_destination(target.path, target.layer), target, replaces=replaces)
    stem = os.path.splitext(os.path.basename(target.path))[0].lower()
    earlier_output = len(tables) <= 1 and all(
        t.lower() == stem and t.lower() not in protected for t in tables
    )
    if not _is_container(target.path) and len(tables) > 1:
        # a workbook with several sheets, say: writing the file would drop the others
        raise OutputError(
            tr(
                "{0} holds several layers ({1}); the run does not replace the file. Choose another file."
            ).format(target.path, ", ".join(tables))
        )
    if not mine and (earlier_output or not _is_container(target.path)):
        return OutputPlan(destination, target, replaces=list(tables))
    if not _is_container(target.path):
        raise OutputError(
            tr(
                "The output {0} is the file of the input '{1}'; the input is never replaced. "
                "Choose another file."
            ).format(target.path, mine[0][0])
        )
    if layer_name.lower() in {t.lower() for t in tables}:
        raise OutputError(
            tr(
                "{0} already holds other data and a layer '{1}', so the run does not replace the file. {2}"
            ).format(target.path, layer_name, _how_to(target.path, layer_name + "_2"))
        )
    new_target = Target(target.path, layer_name)
    _check_named_layer(new_target, tables, mine, protected)
    note = tr(
        "{0} already holds other layers ({1}); the result was added to it as the layer '{2}' "
        "instead of replacing the file."
    ).format(target.path, ", ".join(tables) or "-", layer_name)
    return OutputPlan(_ogr_destination(target.path, layer_name), new_target, note=note)


def _check_named_layer(target: Target, tables: list[str], mine: list, protected: set) -> None:
    wanted = target.layer.lower()
    if wanted.startswith(_SYSTEM_PREFIXES):
        raise OutputError(
            tr("'{0}' is a table of the GeoPackage format itself; give another layer name.").format(
                target.layer
            )
        )
    exists = wanted in {t.lower() for t in tables}
    if not exists:
        return
    if wanted in protected:
        raise OutputError(
            tr(
                "The layer '{0}' in {1} belongs to the measures register or the pilot boundaries and is "
                "never replaced. {2}"
            ).format(target.layer, target.path, _how_to(target.path, "result"))
        )
    for label, table in mine:
        if table is None or table.lower() == wanted:
            raise OutputError(
                tr("The layer '{0}' in {1} is the input '{2}'; the input is never replaced. {3}").format(
                    target.layer, target.path, label, _how_to(target.path, "result")
                )
            )


def check_file_output(
    path: str,
    inputs: list[tuple[str, str, str | None]] = (),
    protected_tables: tuple[str, ...] = (),
) -> None:
    """Refuse a whole-file output (CSV, XLSX, PDF, a fresh GeoPackage) that would replace data.

    For outputs that always replace the whole file: refused when *path* is an
    input's file, holds a protected table, or is a GeoPackage holding layers.
    """
    target = Target(_expand(path))
    if not target.path or not os.path.exists(target.path):
        return
    for label, source, _table in inputs:
        if same_file(source, target.path):
            raise OutputError(
                tr(
                    "The output {0} is the file of the input '{1}'; the input is never replaced. "
                    "Choose another file."
                ).format(target.path, label)
            )
    if not _is_container(target.path):
        return
    tables = existing_tables(target.path) or []
    protected = {t.lower() for t in protected_tables}
    if any(t.lower() in protected for t in tables) or len(tables) > 1:
        raise OutputError(
            tr(
                "{0} holds other layers ({1}); the export replaces whole files, so it is not written "
                "there. Choose another file."
            ).format(target.path, ", ".join(tables))
        )


def verify_written(destination_id: str, expected: int, context=None) -> None:
    """Raise :class:`OutputError` unless the output holds *expected* features.

    Call it after the sink is closed (deleted): a full disk or a failed
    commit often shows only then, as a missing layer or missing rows.
    """
    layer = None
    target = parse_destination(destination_id)
    if target.path and ("/" in destination_id or os.sep in destination_id):
        # a file: read back with a fresh layer (a missing file gives an invalid one)
        source = destination_id if "|" in destination_id else target.path
        dbf = os.path.splitext(target.path)[0] + ".dbf"
        if target.path.lower().endswith(".shp") and not os.path.exists(target.path) and os.path.exists(dbf):
            source = dbf  # a table without geometry written "as a shapefile" is a lone .dbf
        layer = QgsVectorLayer(source, "check", "ogr")
    elif context is not None:
        from qgis.core import QgsProcessingUtils

        # a memory output is a layer of the run's context, known by its id
        layer = QgsProcessingUtils.mapLayerFromString(destination_id, context, False)
    if layer is None:
        return  # a database or service: its provider reported its own errors
    if not layer.isValid():
        raise OutputError(
            tr("The output {0} could not be read back after writing (disk full or not writable?).").format(
                destination_id
            )
        )
    count = layer.featureCount()
    del layer
    if count != expected:
        raise OutputError(
            tr("The output {0} holds {1} rows instead of {2} (disk full or write error?).").format(
                destination_id, count, expected
            )
        )


# Formats made of several files (a shapefile's .shx, .dbf, .prj …) are not staged.
_MULTI_FILE_SUFFIXES = (".shp", ".mif", ".tab")
_SQLITE_SIDECARS = ("", "-wal", "-shm", "-journal")
# Formats whose layer (table, sheet) takes the file's name and is read back by that name.
_NAMED_LAYER_SUFFIXES = (*CONTAINER_SUFFIXES, ".xlsx", ".ods")
STAGING_MARK = ".a4b-part"


def _remove(path: str) -> None:
    for suffix in _SQLITE_SIDECARS:
        try:
            os.remove(path + suffix)
        except OSError:
            pass


def stage(plan: OutputPlan) -> OutputPlan:
    """Write a whole-file output that replaces an earlier file to a hidden sibling first.

    Processing deletes the earlier file as soon as the output is created, so
    a run failing while writing (a full disk) would lose it; written beside it
    and moved over it only when complete, the earlier file stays as it was
    until then. Leftovers of an interrupted run are removed here.
    """
    path = plan.target.path
    if not path or plan.target.layer is not None or not os.path.isfile(path):
        return plan
    folder, name = os.path.split(path)
    stem, suffix = os.path.splitext(name)
    if suffix.lower() in _MULTI_FILE_SUFFIXES:
        return plan
    staging = os.path.join(folder, f".{stem}{STAGING_MARK}{suffix}")
    _remove(staging)
    plan.staging = staging
    plan.destination = staging
    if suffix.lower() in _NAMED_LAYER_SUFFIXES:
        plan.layer_option = stem  # tables and sheets are named after the file: keep the final file's name
    return plan


def commit_staged(plan: OutputPlan, destination_id: str) -> str:
    """Move a staged output over its target; return the destination id of the final file."""
    if not plan.staging:
        return destination_id
    try:
        os.replace(plan.staging, plan.target.path)
    except OSError as err:
        raise OutputError(
            tr("Cannot replace {0}: {1}. Is it open in another program?").format(
                plan.target.path, err.strerror or err
            )
        ) from err
    for suffix in _SQLITE_SIDECARS[1:]:
        _remove_quietly(plan.staging + suffix)
    return plan.target.path


def _remove_quietly(path: str) -> None:
    try:
        os.remove(path)
    except OSError:
        pass


def discard_output(plan: OutputPlan | None) -> bool:
    """Remove what a failed run wrote when it created that whole file; True when nothing is left.

    A staged output is removed and the earlier file is kept; a new layer in
    an existing GeoPackage is left alone, since the file holds other data.
    """
    if plan is None or not plan.target.path or plan.target.layer is not None:
        return False
    doomed = plan.staging or plan.target.path
    _remove(doomed)
    return not os.path.exists(doomed)
