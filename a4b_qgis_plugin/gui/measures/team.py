"""The Measures panel with a team register (PostgreSQL/PostGIS): choose or set one up, see others' changes.

:func:`install` adds two buttons beside the register chooser: *Team…* (pick a
PostgreSQL connection of QGIS's Browser or a URI, and a schema; set one up there
with ``a4b:createregister``) and *Refresh*; and a :class:`RegisterWatch` that
reloads the table when anyone changed the register: at once on a team
register's notification, and every :data:`CHECK_INTERVAL_MS` by its change token.
"""

from __future__ import annotations

from qgis.core import Qgis, QgsDataSourceUri, QgsProject, QgsProviderRegistry, QgsVectorLayer
from qgis.PyQt.QtCore import QSocketNotifier, QTimer
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QToolButton

from ...core.common.errors import A4BError
from ...core.common.i18n import tr
from ...core.measures.style import apply_measures_style
from ...core.register.pg_connect import CONNECTION_PREFIX, DEFAULT_SCHEMA
from ..common.form_loader import load_ui
from .project import keep_active_layer

CHECK_INTERVAL_MS = 30_000
FORM = load_ui(__file__, "team_dialog")


class TeamRegisterDialog(QDialog, FORM):
    """Choose a team register, or set one up; :attr:`value` is what the panel's REGISTER becomes."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        # QGIS's own connection combo box has no parent-only constructor in 3.22: fill a plain one.
        metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
        self.connectionCombo.addItem("")
        self.connectionCombo.addItems(sorted(metadata.connections().keys()) if metadata is not None else [])
        self.value = ""
        self.useButton = self.buttonBox.addButton(
            tr("Use this register"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.setUpButton = self.buttonBox.addButton(
            tr("Set up a team register"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.useButton.clicked.connect(self.use)
        self.setUpButton.clicked.connect(self.set_up)
        self.buttonBox.rejected.connect(self.reject)

    def chosen(self) -> str:
        """The register named by the fields (a connection wins over a URI), or ""."""
        schema = self.schemaEdit.text().strip() or DEFAULT_SCHEMA
        connection = self.connectionCombo.currentText()
        uri = self.uriEdit.text().strip()
        if uri:
            if "schema=" in uri:
                return uri
            return uri + ("&" if "?" in uri else "?") + f"schema={schema}"
        if connection:
            return f"{CONNECTION_PREFIX}{connection}?schema={schema}"
        return ""

    def use(self) -> None:
        """Check that the register opens, then accept."""
        from ...core.register.backend import open_register

        value = self.chosen()
        if not value:
            self.statusLabel.setText(tr("Choose a PostgreSQL connection or give a database URI."))
            return
        try:
            open_register(value)
        except A4BError as error:
            self.statusLabel.setText(str(error))
            return
        self.value = value
        self.accept()

    def set_up(self) -> None:
        """Run a4b:createregister for the chosen database and schema, then use it."""
        from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback

        from ...processing_provider.alg_create_register import CreateRegisterAlgorithm

        value = self.chosen()
        if not value:
            self.statusLabel.setText(tr("Choose a PostgreSQL connection or give a database URI."))
            return
        algorithm = CreateRegisterAlgorithm().create()
        algorithm.initAlgorithm()
        connection = self.connectionCombo.currentText() if not self.uriEdit.text().strip() else ""
        parameters = {
            "CONNECTION": connection or None,
            "URI": "" if connection else value,
            "SCHEMA": self.schemaEdit.text().strip() or DEFAULT_SCHEMA,
        }
        context = QgsProcessingContext()
        feedback = QgsProcessingFeedback()
        try:
            results, ok = algorithm.run(parameters, context, feedback)
        except QgsProcessingException as error:
            results, ok = {}, False
            feedback.reportError(str(error))
        if not ok:
            self.statusLabel.setText(
                feedback.textLog().strip().splitlines()[-1] if feedback.textLog() else ""
            )
            return
        self.value = value
        QMessageBox.information(
            self,
            tr("Team register"),
            tr(
                "The team register is set up. Give people their role in the database: {editor} to tag "
                "and edit, {reader} to read without the personal columns, {owner} to manage it."
            ).format(
                editor=results["EDITOR_ROLE"], reader=results["READER_ROLE"], owner=results["OWNER_ROLE"]
            ),
        )
        self.accept()


def install(dock) -> None:
    """Add *Team register…*, *Refresh* and the periodic check to the Measures panel *dock*."""
    row = dock.registerFileWidget.parentWidget().layout()
    team_button = QToolButton(dock)
    team_button.setText(tr("Team…"))
    team_button.setToolTip(tr("Use or set up a team register in PostgreSQL/PostGIS"))
    team_button.setObjectName("teamRegisterButton")
    refresh_button = QToolButton(dock)
    refresh_button.setText(tr("Refresh"))
    refresh_button.setToolTip(tr("Reload the measures: others may have changed the register"))
    refresh_button.setObjectName("refreshRegisterButton")
    index = row.indexOf(dock.registerFileWidget)
    if hasattr(row, "insertWidget") and index >= 0:
        row.insertWidget(index + 1, team_button)
        row.insertWidget(index + 2, refresh_button)
    else:
        row.addWidget(team_button)
        row.addWidget(refresh_button)
    dock._connect(team_button.clicked, lambda: choose_team_register(dock))
    dock._connect(refresh_button.clicked, dock.refresh_table)
    watch = RegisterWatch(dock)
    dock.register_watch = watch
    dock._connect(watch.timer.timeout, watch.check)
    # The panel publishes its register as @a4b_register: follow it when it changes.
    dock._connect(QgsProject.instance().customVariablesChanged, watch.follow)
    watch.follow()
    watch.timer.start(CHECK_INTERVAL_MS)


def choose_team_register(dock) -> bool:
    """Open the dialog; choose its register in the panel when the user accepts."""
    dialog = TeamRegisterDialog(dock)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.value:
        return False
    dock.set_register_path(dialog.value)
    return True


class RegisterWatch:
    """Reloads the panel when someone changed the register.

    A team register tells at once: its trigger sends a PostgreSQL notification
    on every write, which a listening connection receives through a socket
    notifier in Qt's event loop. Every register is also compared with its
    change token by the timer, for a GeoPackage and in case a notification
    was missed (a dropped connection).
    """

    def __init__(self, dock):
        self.dock = dock
        self.timer = QTimer(dock)
        self.register = None
        self.value = ""
        self.token = None
        self.listener = None
        self.notifier = None

    def follow(self, *_args) -> None:
        """Watch the register the panel names now (called when it changes)."""
        from ...core.register.backend import is_team, open_register

        value = self.dock.register_path()
        if value == self.value and self.register is not None:
            return
        self.stop()
        self.value = value
        try:
            self.register = open_register(value, create=False) if value else None
            self.token = self.register.change_token() if self.register is not None else None
        except (A4BError, OSError):
            self.register = None
            return
        if is_team(self.register):
            self._listen()

    def _listen(self) -> None:
        import psycopg2

        from ...core.register import pg_connect, pg_schema

        try:
            self.listener = pg_connect.connect(self.register.target)
            self.listener.autocommit = True
            self.listener.cursor().execute(f"LISTEN {pg_schema.NOTIFY_CHANNEL}")
        except (A4BError, psycopg2.Error):
            self.listener = None  # the timer still looks
            return
        self.payload = pg_schema.NOTIFY_PREFIX + self.register.schema
        self.notifier = QSocketNotifier(self.listener.fileno(), QSocketNotifier.Type.Read, self.dock)
        self.dock._connect(self.notifier.activated, self._notified)

    def _notified(self, *_args) -> None:
        import psycopg2

        try:
            self.listener.poll()
        except psycopg2.Error:
            self.stop()
            return
        payloads = {note.payload for note in self.listener.notifies}
        self.listener.notifies.clear()
        if self.payload in payloads:
            self._reload()

    def stop(self) -> None:
        """Stop listening (the panel closes or names another register)."""
        if self.notifier is not None:
            self.notifier.setEnabled(False)
            self.notifier.deleteLater()
            self.notifier = None
        if self.listener is not None:
            self.listener.close()
            self.listener = None
        if self.register is not None and hasattr(self.register, "close"):
            self.register.close()
        self.register = None

    def check(self) -> bool:
        """Reload when the register's change token moved; True when it did."""
        if self.dock.register_path() != self.value or self.register is None:
            self.follow()
            return False
        if not self.dock.isVisible():
            return False
        try:
            token = self.register.change_token()
        except (A4BError, OSError):
            self.stop()
            return False
        if token == self.token:
            return False
        self._reload(token)
        return True

    def _reload(self, token=None) -> None:
        if token is None and self.register is not None:
            try:
                token = self.register.change_token()
            except (A4BError, OSError):
                token = None
        self.token = token
        self.dock.refresh_table()


def open_team_register(dock, value: str, quiet: bool):
    """The panel's team register, or None with the reason in the message bar (unless *quiet*)."""
    from ...core.register.backend import open_register

    try:
        return open_register(value, create=False)
    except A4BError as error:
        if not quiet:
            dock._message(str(error), Qgis.MessageLevel.Critical)
        return None


def show_team_layer(dock) -> QgsVectorLayer | None:
    """Add the team register's measures to the map, or reload them; the parcels stay the active layer."""
    register = dock._open_register(create=False, quiet=True)
    if register is None:
        return None
    project = QgsProject.instance()
    active = dock.iface.activeLayer()
    layer = _show_layer(project, register, tr("Measures"))
    keep_active_layer(dock.iface, project, active.id() if active is not None else "")
    return layer


def _key(source: str) -> tuple:
    uri = QgsDataSourceUri(source)
    return (uri.host(), uri.port(), uri.database(), uri.username(), uri.service(), uri.schema(), uri.table())


def find_team_layer(project: QgsProject, register) -> QgsVectorLayer | None:
    """The project's layer of this team register's measures (QGIS rewrites a source it opens)."""
    wanted = _key(register.layer_source()[len("postgres://") :])
    for layer in project.mapLayers().values():
        if isinstance(layer, QgsVectorLayer) and layer.providerType() == "postgres":
            if _key(layer.source()) == wanted:
                return layer
    return None


def _show_layer(project: QgsProject, register, name: str) -> QgsVectorLayer | None:
    layer = find_team_layer(project, register)
    if layer is not None:
        layer.dataProvider().reloadData()
        layer.triggerRepaint()
        return layer
    layer = QgsVectorLayer(register.layer_source()[len("postgres://") :], name, "postgres")
    if not layer.isValid():
        return None
    apply_measures_style(layer)
    # QGIS redraws it when the register's trigger announces a write (by anyone).
    from ...core.register.pg_schema import NOTIFY_PREFIX

    # (QGIS before 3.34 spells it setRefreshOnNofifyMessage)
    set_message = getattr(layer, "setRefreshOnNotifyMessage", None) or layer.setRefreshOnNofifyMessage
    set_message(NOTIFY_PREFIX + register.schema)
    layer.setRefreshOnNotifyEnabled(True)
    project.addMapLayer(layer)
    return layer


def save_with_version(dock, register, uuid: str, values: dict, row: dict) -> int | None:
    """Save an edit made from *row*; when someone saved in between, ask: reload, or overwrite on purpose.

    Returns the measure's new ``row_version``, None when the user chose to reload.
    """
    from ...core.register.postgis import RegisterConflictError

    try:
        return register.update_measure(uuid, dict(values), expected_version=row.get("row_version"))
    except RegisterConflictError as conflict:
        if ask_conflict(dock, str(conflict)) == "overwrite":
            return register.update_measure(uuid, dict(values), overwrite=True)
        dock.refresh_table()
        return None


def ask_conflict(dock, text: str) -> str:
    """Ask what to do with a save that someone else's save overtook: "overwrite" or "reload"."""
    box = QMessageBox(dock)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Edited by someone else"))
    box.setText(text)
    overwrite = box.addButton(tr("Overwrite their change"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(tr("Reload"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return "overwrite" if box.clickedButton() is overwrite else "reload"


__all__ = ["install", "choose_team_register", "show_team_layer", "save_with_version"]
