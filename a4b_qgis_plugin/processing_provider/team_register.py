"""A team register given as REGISTER to the algorithms that read the register as a layer.

``a4b:exportmeasures`` and ``a4b:summarisemeasures`` take the register as a
vector layer. A team register URI (``postgresql://USER@HOST:PORT/DBNAME?schema=NAME``
or ``pg-connection:NAME?schema=NAME``) is turned into the PostgreSQL layer
of its measures, which QGIS opens itself (the password found the same way:
``authcfg``, ``PGPASSWORD``, ``.pgpass`` or a service file).
"""

from __future__ import annotations

from qgis.core import QgsProcessingException

from ..core.common.errors import A4BError
from ..core.common.i18n import tr
from ..core.register.pg_connect import is_team_register


def help_text() -> str:
    """The sentence the REGISTER help of these algorithms adds for a team register."""
    return tr(
        "Or a team register in PostgreSQL/PostGIS: postgresql://USER@HOST:PORT/DBNAME?schema=NAME or "
        "pg-connection:NAME?schema=NAME (no password in it; it comes from authcfg=ID, PGPASSWORD, "
        "~/.pgpass or a service file)."
    )


def with_team_layer(parameters: dict, key: str) -> dict:
    """*parameters* with a team register URI under *key* replaced by its ``postgres://`` layer source."""
    value = parameters.get(key)
    if not isinstance(value, str) or not is_team_register(value):
        return parameters
    from ..core.register.postgis import open_team_register

    try:
        register = open_team_register(value)
        source = register.layer_source()
    except A4BError as err:
        raise QgsProcessingException(str(err)) from err
    return dict(parameters, **{key: source})


def checked_with_team_layer(algorithm, parameters: dict, context, key: str, check) -> tuple[bool, str]:
    """``check(parameters, context)`` (the base class's check) after :func:`with_team_layer`."""
    try:
        parameters = with_team_layer(parameters, key)
    except QgsProcessingException as err:
        return False, str(err)
    return check(parameters, context)
