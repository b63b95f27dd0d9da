"""What every other package builds on: errors, translation, settings, values, CRS and geometry rules.

Every module here is public and small; import from the module itself
(``from ..common.errors import InputError``). One rule lives in one module:
``values`` for NULL, ``geometry`` for repairing polygons, ``fields`` for the
fields an algorithm adds, ``crs`` for the working CRS, ``layer_crs`` for
layers without one, ``layer_source`` for the file behind a layer,
``outputs`` for where a run may write, ``numbers`` and ``csv_dialect`` for
numbers as people read them, ``settings`` for the plugin's settings and its
project entries, ``log`` for logging into QGIS, ``qt_compat`` for names that
differ between Qt5 and Qt6.

May import: nothing else of the plugin (no other core package, no panels, no algorithms).
"""

from . import (
    crs,
    csv_dialect,
    errors,
    features,
    fields,
    geometry,
    i18n,
    layer_crs,
    layer_source,
    log,
    numbers,
    outputs,
    paths,
    qt_compat,
    settings,
    translator,
    values,
)

__all__ = [
    "crs",
    "csv_dialect",
    "errors",
    "features",
    "fields",
    "geometry",
    "i18n",
    "layer_crs",
    "layer_source",
    "log",
    "numbers",
    "outputs",
    "paths",
    "qt_compat",
    "settings",
    "translator",
    "values",
]
