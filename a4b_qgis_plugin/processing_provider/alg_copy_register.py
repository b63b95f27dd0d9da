"""Processing algorithm ``a4b:copyregister``: a register copied between GeoPackage and PostGIS."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterString,
)

from ..core.common.errors import A4BError
from ..core.register.copy import copy_register
from .base import A4BAlgorithm


class CopyRegisterAlgorithm(A4BAlgorithm):
    """Copy every measure and history row of one register into another (empty) one."""

    SOURCE = "SOURCE"
    TARGET = "TARGET"
    MEASURES = "MEASURES"
    HISTORY = "HISTORY"

    ICON = "tag"
    GROUP_ID = "measures"

    def name(self) -> str:
        return "copyregister"

    def displayName(self) -> str:
        return self.tr("Copy a measures register")

    def shortHelpString(self) -> str:
        return self.tr(
            "Copies a measures register with its history: from a GeoPackage into a team register in "
            "PostgreSQL/PostGIS (to start a team register from one person's work), or from a team "
            "register into a GeoPackage (an offline copy). Every measure keeps its uuid, dates and "
            "authors; the history rows are copied as they are.\n\n"
            "The source is read as one consistent state, even while others are tagging; the target "
            "is written in one transaction and counted against the source, so a failed copy leaves "
            "nothing behind. The target must be empty: a new GeoPackage, or a team register just set "
            "up with a4b:createregister (copying into it needs its owner role). Copying out of a team "
            "register needs a user that may read the personal columns (editor or owner)."
        )

    def initAlgorithm(self, config=None):
        text = self.tr(
            "A GeoPackage file, or a team register: postgresql://USER@HOST:PORT/DBNAME?schema=NAME "
            "(no password in it) or pg-connection:NAME?schema=NAME."
        )
        self.add_parameter(QgsProcessingParameterString(self.SOURCE, self.tr("Register to copy")), text)
        self.add_parameter(
            QgsProcessingParameterString(self.TARGET, self.tr("Copy into")),
            text + " " + self.tr("A GeoPackage is created; it must not exist or hold an empty register."),
        )
        self.addOutput(QgsProcessingOutputNumber(self.MEASURES, self.tr("Measures copied")))
        self.addOutput(QgsProcessingOutputNumber(self.HISTORY, self.tr("History rows copied")))
        self.addOutput(QgsProcessingOutputString(self.TARGET, self.tr("Copy")))

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsString(parameters, self.SOURCE, context).strip()
        target = self.parameterAsString(parameters, self.TARGET, context).strip()
        try:
            result = copy_register(source, target)
        except A4BError as err:
            raise QgsProcessingException(str(err)) from err
        feedback.pushInfo(
            self.tr("{measures} measures and {history} history rows copied into {target}.").format(
                measures=result.measures, history=result.history, target=result.target
            )
        )
        return {self.MEASURES: result.measures, self.HISTORY: result.history, self.TARGET: result.target}
