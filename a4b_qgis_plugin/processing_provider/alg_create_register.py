"""Processing algorithm ``a4b:createregister``: set up a team register in PostgreSQL/PostGIS."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterProviderConnection,
    QgsProcessingParameterString,
)

from ..core.common.errors import A4BError
from ..core.register.pg_connect import CONNECTION_PREFIX, DEFAULT_SCHEMA, is_team_register, parse_target
from ..core.register.pg_setup import create_team_register
from .base import A4BAlgorithm


class CreateRegisterAlgorithm(A4BAlgorithm):
    """Create the schema, tables, history trigger and roles of a team register."""

    CONNECTION = "CONNECTION"
    URI = "URI"
    SCHEMA = "SCHEMA"
    REGISTER = "REGISTER"
    OWNER_ROLE = "OWNER_ROLE"
    EDITOR_ROLE = "EDITOR_ROLE"
    READER_ROLE = "READER_ROLE"

    ICON = "tag"
    GROUP_ID = "measures"

    def name(self) -> str:
        return "createregister"

    def displayName(self) -> str:
        return self.tr("Set up a team register (PostgreSQL)")

    def shortHelpString(self) -> str:
        return self.tr(
            "Creates a measures register in a PostgreSQL/PostGIS database that several people and "
            "organisations tag at once: a schema (default a4b) with the tables measures, "
            "measures_history and schema_version (the columns and meaning of the GeoPackage register, "
            "plus row_version), their indexes, a trigger that writes the history, and three roles "
            "for the administrator to grant: SCHEMA_owner (owns everything, may copy a register in), "
            "SCHEMA_editor (tags and edits) and SCHEMA_reader (reads, exports and summarises, but "
            "cannot read the personal columns stakeholder, created_by and updated_by, nor write).\n\n"
            "Run it as a database user that may create schemas and roles. Give the users their roles "
            "afterwards, e.g. GRANT a4b_editor TO anna. Nothing is created when any step fails; an "
            "existing schema is never changed.\n\n"
            "Passwords are never stored: choose a PostgreSQL connection of QGIS's Browser (with its "
            "authentication configuration), or give a URI without a password and let libpq find it "
            "(PGPASSWORD, ~/.pgpass or a service file)."
        )

    def initAlgorithm(self, config=None):
        self.add_parameter(
            QgsProcessingParameterProviderConnection(
                self.CONNECTION, self.tr("PostgreSQL connection"), "postgres", optional=True
            ),
            self.tr("A PostgreSQL connection defined in QGIS's Browser. Empty: give a URI."),
        )
        self.add_parameter(
            QgsProcessingParameterString(self.URI, self.tr("Database URI"), optional=True),
            self.tr(
                "postgresql://USER@HOST:PORT/DBNAME (no password; authcfg=ID or service=NAME may be added "
                "as ?authcfg=ID). Used when no connection is chosen."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterString(self.SCHEMA, self.tr("Schema"), DEFAULT_SCHEMA),
            self.tr(
                "Schema of the register; it also names the roles (SCHEMA_owner, SCHEMA_editor, "
                "SCHEMA_reader). Lower-case letters, digits and underscores."
            ),
        )
        self.addOutput(QgsProcessingOutputString(self.REGISTER, self.tr("Team register")))
        self.addOutput(QgsProcessingOutputString(self.OWNER_ROLE, self.tr("Owner role")))
        self.addOutput(QgsProcessingOutputString(self.EDITOR_ROLE, self.tr("Editor role")))
        self.addOutput(QgsProcessingOutputString(self.READER_ROLE, self.tr("Reader role")))

    def processAlgorithm(self, parameters, context, feedback):
        connection = self.parameterAsConnectionName(parameters, self.CONNECTION, context)
        uri = self.parameterAsString(parameters, self.URI, context).strip()
        schema = self.parameterAsString(parameters, self.SCHEMA, context).strip() or DEFAULT_SCHEMA
        if connection:
            value = f"{CONNECTION_PREFIX}{connection}?schema={schema}"
        elif uri:
            if not is_team_register(uri):
                raise QgsProcessingException(
                    self.tr("'{uri}' is no PostgreSQL URI: write postgresql://USER@HOST:PORT/DBNAME.").format(
                        uri=uri
                    )
                )
            value = uri if "schema=" in uri else uri + ("&" if "?" in uri else "?") + f"schema={schema}"
        else:
            raise QgsProcessingException(self.tr("Choose a PostgreSQL connection or give a database URI."))
        try:
            target = parse_target(value)
            roles = create_team_register(target)
        except A4BError as err:
            raise QgsProcessingException(str(err)) from err
        register = target.display()
        feedback.pushInfo(
            self.tr(
                "Team register {register} set up. Grant the roles to the users: {owner} (owner), {editor} "
                "(tags and edits), {reader} (reads without the personal columns)."
            ).format(register=register, owner=roles["owner"], editor=roles["editor"], reader=roles["reader"])
        )
        return {
            self.REGISTER: register,
            self.OWNER_ROLE: roles["owner"],
            self.EDITOR_ROLE: roles["editor"],
            self.READER_ROLE: roles["reader"],
        }
