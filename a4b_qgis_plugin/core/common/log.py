"""The plugin's log records in QGIS's Log Messages panel, under the tag "A4B".

Modules log with ``logging.getLogger(__name__)``. Their loggers all descend
from the package's own logger, so one handler there routes every record; the
plugin installs it on load and removes it on unload, leaving Python's logging
as it found it.
"""

from __future__ import annotations

import logging

from qgis.core import Qgis, QgsMessageLog

TAG = "A4B"
# The top-level package (its folder name when QGIS loads the plugin).
PACKAGE_LOGGER = __name__.split(".")[0]


class MessageLogHandler(logging.Handler):
    """Forwards log records to ``QgsMessageLog``; warnings and errors also notify the user."""

    def __init__(self, level: int = logging.INFO, previous_level: int = logging.NOTSET):
        super().__init__(level)
        # The package logger's own level before install, restored on removal.
        self.previous_level = previous_level

    def emit(self, record: logging.LogRecord) -> None:
        """Write *record* to QGIS's message log."""
        try:
            if record.levelno >= logging.ERROR:
                level = Qgis.MessageLevel.Critical
            elif record.levelno >= logging.WARNING:
                level = Qgis.MessageLevel.Warning
            else:
                level = Qgis.MessageLevel.Info
            QgsMessageLog.logMessage(self.format(record), TAG, level, level != Qgis.MessageLevel.Info)
        except Exception:  # logging must never raise into the caller; Python reports it on stderr
            self.handleError(record)


def install_log_handler(level: int = logging.INFO) -> MessageLogHandler:
    """Route the package's log records of *level* and above to QGIS; keep the result for removal."""
    logger = logging.getLogger(PACKAGE_LOGGER)
    handler = MessageLogHandler(level, logger.level)
    logger.addHandler(handler)
    if logger.getEffectiveLevel() > level:
        logger.setLevel(level)
    return handler


def remove_log_handler(handler: MessageLogHandler | None) -> None:
    """Undo :func:`install_log_handler`."""
    if handler is None:
        return
    logger = logging.getLogger(PACKAGE_LOGGER)
    logger.removeHandler(handler)
    logger.setLevel(handler.previous_level)
