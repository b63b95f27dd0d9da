"""Where a team register lives in PostgreSQL, and connecting to it without storing a password.

A team register is named by a libpq URI ``postgresql://USER@HOST:PORT/DBNAME?schema=NAME``
(``authcfg=ID``, ``service=NAME``, ``sslmode=...`` allowed in the query) or by
a PostgreSQL connection of QGIS's Browser, ``pg-connection:NAME?schema=NAME``.
The plugin never stores a password: libpq finds it (``PGPASSWORD``,
``~/.pgpass``, a service file) or QGIS's authentication manager gives it
at connect time for an ``authcfg``. A URI that carries a password is
refused, because a processing run or a project would keep it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from qgis.core import QgsDataSourceUri

from ..common.errors import RegisterError
from ..common.i18n import tr

URI_SCHEMES = ("postgresql://", "postgres://")
CONNECTION_PREFIX = "pg-connection:"
DEFAULT_SCHEMA = "a4b"
# Unquoted identifiers only: the schema also names the roles (schema_editor, ...).
SCHEMA_PATTERN = re.compile(r"^[a-z_][a-z0-9_]{0,40}$")
CONNECT_TIMEOUT_S = "15"
# libpq keywords a URI query may carry besides schema and authcfg.
PASSED_ON = {
    "service",
    "sslmode",
    "sslrootcert",
    "sslcert",
    "sslkey",
    "connect_timeout",
    "options",
    "passfile",
}


def is_team_register(value) -> bool:
    """Whether *value* names a PostgreSQL register rather than a GeoPackage file."""
    text = str(value or "").strip()
    return text.lower().startswith(URI_SCHEMES) or text.startswith(CONNECTION_PREFIX)


@dataclass
class TeamTarget:
    """A team register: libpq connection keywords, the schema, and the authcfg to resolve."""

    params: dict = field(default_factory=dict)
    schema: str = DEFAULT_SCHEMA
    authcfg: str = ""
    connection: str = ""  # the QGIS connection it came from, if any

    def display(self) -> str:
        """The register as named on screen: a URI without any password."""
        if self.connection:
            return f"{CONNECTION_PREFIX}{self.connection}?schema={self.schema}"
        user = self.params.get("user", "")
        host = self.params.get("host", "")
        port = self.params.get("port", "")
        where = (quote(user) + "@" if user else "") + host + (f":{port}" if port else "")
        query = f"schema={self.schema}"
        if self.params.get("service"):
            query += f"&service={self.params['service']}"
        if self.authcfg:
            query += f"&authcfg={self.authcfg}"
        return f"postgresql://{where}/{quote(self.params.get('dbname', ''))}?{query}"

    def datasource_uri(self, table: str, key: str = "fid", geometry: str = "geom") -> QgsDataSourceUri:
        """A QGIS data source for *table* of the register (no password: QGIS resolves it the same way)."""
        uri = QgsDataSourceUri()
        if self.params.get("service"):
            uri.setConnection(
                self.params["service"],
                self.params.get("dbname", ""),
                self.params.get("user", ""),
                "",
                QgsDataSourceUri.SslMode.SslPrefer,
                self.authcfg,
            )
        else:
            uri.setConnection(
                self.params.get("host", ""),
                str(self.params.get("port", "")),
                self.params.get("dbname", ""),
                self.params.get("user", ""),
                "",
                QgsDataSourceUri.SslMode.SslPrefer,
                self.authcfg,
            )
        uri.setDataSource(self.schema, table, geometry, "", key)
        if geometry:
            uri.setSrid("28992")
        return uri


def _checked_schema(schema: str) -> str:
    schema = (schema or DEFAULT_SCHEMA).strip()
    if not SCHEMA_PATTERN.match(schema):
        raise RegisterError(
            tr(
                "'{schema}' cannot name a team register's schema: use lower-case letters, digits and "
                "underscores (at most 41), starting with a letter."
            ).format(schema=schema)
        )
    return schema


def parse_target(value: str) -> TeamTarget:
    """The :class:`TeamTarget` named by *value*; RegisterError saying what is wrong."""
    text = str(value or "").strip()
    if text.startswith(CONNECTION_PREFIX):
        return _from_connection(text[len(CONNECTION_PREFIX) :])
    parts = urlsplit(text)
    if parts.password:
        raise RegisterError(
            tr(
                "The register URI holds a password. The plugin never keeps passwords: leave it out and "
                "let libpq find it (PGPASSWORD, ~/.pgpass or a service file), or add authcfg=ID for a "
                "configuration in QGIS's authentication manager."
            )
        )
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    unknown = set(query) - PASSED_ON - {"schema", "authcfg"}
    if unknown:
        raise RegisterError(
            tr(
                "The register URI has unknown option(s) {names}; known are schema, authcfg and {known}."
            ).format(names=", ".join(sorted(unknown)), known=", ".join(sorted(PASSED_ON)))
        )
    params = {key: query[key] for key in PASSED_ON if query.get(key)}
    if parts.hostname:
        params["host"] = parts.hostname
    if parts.port:
        params["port"] = str(parts.port)
    if parts.username:
        params["user"] = unquote(parts.username)
    dbname = unquote(parts.path.lstrip("/"))
    if dbname:
        params["dbname"] = dbname
    if not dbname and not params.get("service"):
        raise RegisterError(
            tr("The register URI names no database: write postgresql://USER@HOST:PORT/DBNAME?schema=NAME.")
        )
    return TeamTarget(params, _checked_schema(query.get("schema", "")), query.get("authcfg", ""))


def _from_connection(text: str) -> TeamTarget:
    """A target from a PostgreSQL connection saved in QGIS (Browser > PostgreSQL)."""
    name, _sep, rest = text.partition("?")
    query = dict(parse_qsl(rest))
    name = unquote(name).strip()
    from qgis.core import QgsProviderConnectionException, QgsProviderRegistry

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    try:
        connection = metadata.findConnection(name) if metadata is not None else None
    except QgsProviderConnectionException:
        connection = None
    if connection is None:
        known = list(metadata.connections().keys()) if metadata is not None else []
        raise RegisterError(
            tr("QGIS has no PostgreSQL connection named '{name}'. Known connections: {known}.").format(
                name=name, known=", ".join(known) or "-"
            )
        )
    return target_from_uri(QgsDataSourceUri(connection.uri()), query.get("schema", ""), name)


def target_from_uri(uri: QgsDataSourceUri, schema: str = "", connection: str = "") -> TeamTarget:
    """A target from a QGIS data source (a Browser connection or a postgres layer)."""
    params = {}
    for key, value in (
        ("host", uri.host()),
        ("port", uri.port()),
        ("dbname", uri.database()),
        ("user", uri.username()),
        ("service", uri.service()),
        # a password QGIS saved with the connection is used, never copied anywhere
        ("password", uri.password()),
    ):
        if value:
            params[key] = value
    return TeamTarget(params, _checked_schema(schema or uri.schema()), uri.authConfigId(), connection)


def _auth_credentials(authcfg: str) -> tuple[str, str]:
    """(user, password) of a Basic configuration in QGIS's authentication manager."""
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    manager = QgsApplication.authManager()
    config = QgsAuthMethodConfig()
    loaded = manager.loadAuthenticationConfig(authcfg, config, True)
    ok = loaded[0] if isinstance(loaded, tuple) else loaded
    if not ok or not config.isValid(True):
        raise RegisterError(
            tr(
                "QGIS's authentication manager has no usable configuration '{id}' (is the master "
                "password set?)."
            ).format(id=authcfg)
        )
    if config.method() != "Basic":
        raise RegisterError(
            tr("The authentication configuration '{id}' uses {method}; a team register needs Basic.").format(
                id=authcfg, method=config.method()
            )
        )
    return config.config("username"), config.config("password")


def connect(target: TeamTarget):
    """An open psycopg2 connection (not in autocommit); RegisterError naming the register on failure."""
    try:
        import psycopg2
    except ImportError as err:
        raise RegisterError(
            tr("A team register needs psycopg2 (Debian: apt install python3-psycopg2).")
        ) from err
    params = dict(target.params)
    if target.authcfg:
        user, password = _auth_credentials(target.authcfg)
        if user:
            params["user"] = user
        params["password"] = password
    params.setdefault("connect_timeout", CONNECT_TIMEOUT_S)
    params.setdefault("application_name", "A4B QGIS plugin")
    try:
        return psycopg2.connect(**params)
    except psycopg2.Error as err:
        raise RegisterError(
            tr(
                "Cannot connect to the team register {name}: {error}The password comes from "
                "PGPASSWORD, ~/.pgpass, a service file or an authcfg; the plugin keeps none."
            ).format(name=target.display(), error=str(err).strip() + " ")
        ) from err
