"""The file and table behind a layer, read and written with QGIS's own data source parser.

A source string such as ``parcels.gpkg|layername=brp|subset=...`` has
provider-specific syntax (quoting, ``layerid``, options), so it is decoded by
the provider's ``decodeUri`` rather than split on ``|`` (and made by
``encodeUri``).
"""

from __future__ import annotations

import os

from qgis.core import QgsMapLayer, QgsProviderRegistry

from .values import is_null


def file_and_table(source: str, provider: str = "ogr") -> tuple[str, str | None]:
    """(file path or "", table name or None) of a data source string of *provider*.

    Memory layers, databases and services have no file: their path is "".
    """
    parts = QgsProviderRegistry.instance().decodeUri(provider, source or "")
    path = parts.get("path")
    table = parts.get("layerName")
    return ("" if is_null(path) else str(path)), (None if is_null(table) or not table else str(table))


def layer_file_and_table(layer: QgsMapLayer) -> tuple[str, str | None]:
    """(file path or "", table name or None) behind *layer*."""
    return file_and_table(layer.source(), layer.providerType())


def table_source(path: str, table: str) -> str:
    """The OGR data source string of table *table* in the file *path* (``a.gpkg|layername=b``)."""
    return QgsProviderRegistry.instance().encodeUri("ogr", {"path": str(path), "layerName": table})


def same_file(a: str, b: str) -> bool:
    """Whether two paths name one file (links, ``..`` and letter case resolved as the OS does)."""
    if not a or not b:
        return False
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b))
