"""The Measures panel's register home: named on screen, never switched silently.

Keeps the line under the register chooser and ``@a4b_register`` in step with
the register in use, asks what to do with the measures of the profile
register when a project is saved for the first time, and says so when a
project's register has gone missing.
"""

from __future__ import annotations

import os

from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QFileDialog, QMessageBox, QPushButton

from ...core.common.errors import RegisterError
from ...core.register import home
from ...core.register.pg_connect import is_team_register
from . import project as mp

COPY, MOVE, KEEP = "copy", "move", "keep"


def _tr(text: str) -> str:
    return QCoreApplication.translate("RegisterHome", text)


def ask_first_save(parent, old_path: str, new_path: str, count: int) -> str:
    """Ask what to do with *count* measures of the profile register now that the project is saved."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Measures register"))
    box.setText(
        _tr(
            "This project's {count} measure(s) are in the register in your QGIS profile ({old}), which "
            "every unsaved project shares. Keep them with the project in {new}?"
        ).format(count=count, old=old_path, new=new_path)
    )
    copy = box.addButton(_tr("Copy beside the project"), QMessageBox.ButtonRole.AcceptRole)
    move = box.addButton(_tr("Move beside the project"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(_tr("Keep using the profile register"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(copy)
    box.exec()
    clicked = box.clickedButton()
    return {copy: COPY, move: MOVE, keep: KEEP}.get(clicked, KEEP)


class RegisterHome:
    """Ties the panel's register choice to what the user sees and to the project."""

    def __init__(self, dock):
        self.dock = dock
        # Replaced in tests; returns COPY, MOVE or KEEP.
        self.ask = ask_first_save
        self.locate = lambda parent: QFileDialog.getOpenFileName(
            parent, _tr("Locate the measures register"), "", _tr("GeoPackage (*.gpkg)")
        )[0]

    def show(self, path: str) -> None:
        """Name the register in the panel and publish it as ``@a4b_register``."""
        label = self.dock.registerHomeLabel
        label.setText(home.describe(path))
        full = path if is_team_register(path) else os.path.abspath(path) if path else ""
        label.setToolTip(full)
        self.dock.registerFileWidget.lineEdit().setToolTip(full)
        home.publish(QgsProject.instance(), path)

    def project_moved(self, *_args) -> None:
        """A project saved for the first time leaves the profile register every unsaved one shares.

        The user decides what happens to its measures (:meth:`after_first_save`
        asks); the panel never switches register by itself.
        """
        project = QgsProject.instance()
        current = self.dock.register_path()
        if not project.fileName() or not home.is_profile_register(current):
            return
        if mp.profile_register_kept(project):
            return
        target = mp.default_register_path(project)
        if home.is_profile_register(target):
            return
        chosen = self.after_first_save(current, target)
        if chosen == current:
            mp.keep_profile_register(project)
            return
        self.dock.set_register_path(chosen)

    def after_first_save(self, old_path: str, new_path: str) -> str:
        """The register to use once a project left its profile register for a folder of its own."""
        count = home.count_measures(old_path)
        if count == 0:
            return new_path
        choice = self.ask(self.dock, old_path, new_path, count)
        if choice == KEEP:
            return old_path
        if os.path.exists(new_path):
            self._notify(
                _tr("{0} exists already and was left as it is; still using {1}.").format(new_path, old_path),
                Qgis.MessageLevel.Warning,
            )
            return old_path
        try:
            copied = home.copy_register(old_path, new_path)
        except RegisterError as error:
            self._notify(str(error), Qgis.MessageLevel.Critical)
            return old_path
        if choice == MOVE:
            os.remove(old_path)
            text = _tr("Moved {count} measure(s) to {path}.")
        else:
            text = _tr("Copied {count} measure(s) to {path}; the profile register keeps its copy.")
        self._notify(text.format(count=copied, path=new_path), Qgis.MessageLevel.Success)
        return new_path

    def _notify(self, text: str, level) -> None:
        self.dock.iface.messageBar().pushMessage(_tr("Measures"), text, level, 10)

    def check_missing(self, path: str, stored: bool) -> None:
        """Warn, with a way to find it, when the project names a register that is not there."""
        if not stored or not path or os.path.exists(path) or is_team_register(path):
            return
        bar = self.dock.iface.messageBar()
        item = bar.createMessage(
            _tr("Measures"),
            _tr("This project's measures register {0} is missing.").format(path),
        )
        button = QPushButton(_tr("Locate…"), item)
        button.clicked.connect(lambda: self._locate(item))
        item.layout().addWidget(button)
        bar.pushWidget(item, Qgis.MessageLevel.Warning)

    def _locate(self, item) -> None:
        chosen = self.locate(self.dock)
        if chosen:
            self.dock.set_register_path(chosen)
            self.dock.iface.messageBar().popWidget(item)
