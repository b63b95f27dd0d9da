"""Which register a REGISTER value names: a GeoPackage file or a team register in PostgreSQL.

Both backends answer the same calls (``list_measures``, ``add_screened``,
``update_measure``, ``history``, ``totals``, ``layer_source``, ``dump`` /
``load`` for copying...), so callers open a register with
:func:`open_register` and never ask which one they hold, except to name it.
"""

from __future__ import annotations

from .pg_connect import is_team_register


def open_register(value: str, create: bool = True):
    """The register named by *value*: a GeoPackage path (created when missing and *create*),
    ``postgresql://USER@HOST:PORT/DBNAME?schema=NAME`` or ``pg-connection:NAME?schema=NAME``."""
    if is_team_register(value):
        from .postgis import open_team_register

        return open_team_register(value, create)
    from .store import open_register as open_gpkg

    return open_gpkg(value, create)


def is_team(register) -> bool:
    """Whether an open register is a team register (PostgreSQL)."""
    return getattr(register, "backend", "gpkg") == "postgis"


def register_for_layer(layer):
    """The team register behind a ``postgres`` layer of its measures (or public view), else None."""
    if layer is None or layer.providerType() != "postgres":
        return None
    from qgis.core import QgsDataSourceUri

    from .pg_connect import target_from_uri
    from .postgis import PostgisRegister

    return PostgisRegister(target_from_uri(QgsDataSourceUri(layer.source())))


__all__ = ["open_register", "is_team", "is_team_register", "register_for_layer"]
