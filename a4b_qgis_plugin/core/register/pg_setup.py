"""Setting up a team register (``a4b:createregister``): schema, tables, trigger, roles, one transaction."""

from __future__ import annotations

from ..common.errors import RegisterError
from ..common.i18n import tr
from . import pg_connect, pg_schema
from .postgis import PostgisRegister
from .schema import VERSION_TABLE
from .values import utc_now


def create_team_register(target: pg_connect.TeamTarget) -> dict[str, str]:
    """Create schema, tables, indexes, triggers and the three roles in one transaction; the role names.

    Needs a database user that may create schemas and roles (an administrator).
    """
    import psycopg2

    register = PostgisRegister(target)
    roles = pg_schema.role_names(target.schema)
    conn = pg_connect.connect(target)
    try:
        with conn, conn.cursor() as cursor:
            cursor.execute("SELECT to_regnamespace(%s) IS NOT NULL", (target.schema,))
            if cursor.fetchone()[0]:
                raise RegisterError(
                    tr("The schema {schema} exists already in {name}; choose another schema.").format(
                        schema=target.schema, name=register.path
                    )
                )
            cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'postgis'")
            if cursor.fetchone() is None:
                cursor.execute("CREATE EXTENSION IF NOT EXISTS postgis")
            cursor.execute("SELECT rolname FROM pg_roles WHERE rolname = ANY(%s)", (list(roles.values()),))
            existing = {row[0] for row in cursor.fetchall()}
            for statement in pg_schema.role_statements(target.schema, existing):
                cursor.execute(statement)
            # Owned by the owner role from the start: a non-superuser administrator may not
            # hand over a schema afterwards.
            cursor.execute(f'CREATE SCHEMA "{target.schema}" AUTHORIZATION "{roles["owner"]}"')
            for statement in pg_schema.table_statements(target.schema):
                cursor.execute(statement)
            cursor.execute(
                f'INSERT INTO "{target.schema}"."{VERSION_TABLE}" (version, applied_at, note)'
                " VALUES (%s, %s, %s)",
                pg_schema.version_row(utc_now()),
            )
            for statement in pg_schema.grant_statements(target.schema):
                cursor.execute(statement)
    except psycopg2.errors.InsufficientPrivilege as err:
        raise RegisterError(
            tr(
                "The database user {user} may not set up a team register in {name} (it needs the right to "
                "create schemas and roles, or an existing PostGIS): {error}. Nothing was created."
            ).format(user=target.params.get("user", "?"), name=register.path, error=str(err).strip())
        ) from err
    except psycopg2.Error as err:
        raise RegisterError(
            tr("Setting up the team register {name} failed; nothing was created: {error}").format(
                name=register.path, error=str(err).strip()
            )
        ) from err
    finally:
        conn.close()
    return roles
