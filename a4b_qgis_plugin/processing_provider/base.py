"""Shared base of the plugin's Processing algorithms."""

from __future__ import annotations

from qgis.core import QgsProcessingAlgorithm
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core.common.i18n import tr
from ..core.common.paths import icon_path
from ..core.common.qt_compat import PARAMETER_ADVANCED


class A4BAlgorithm(QgsProcessingAlgorithm):
    """Base class: translation with the concrete class as context, icon, group.

    Subclasses set ``ICON`` and ``GROUP_ID`` and define ``name()``, ``displayName()``, ``shortHelpString()``,
    ``initAlgorithm()`` and ``processAlgorithm()``, and call ``self.tr`` only
    in their own methods (pylupdate5 files strings under the class they are in).
    """

    ICON = "a4b"
    GROUP_ID = ""  # "natura2000" or "measures": the toolbox group

    def tr(self, text: str) -> str:
        return QCoreApplication.translate(type(self).__name__, text)

    def add_parameter(self, parameter, help_text: str, advanced: bool = False) -> None:
        """Add *parameter* with its help text, flagged advanced when it is rarely needed."""
        parameter.setHelp(help_text)
        if advanced:
            parameter.setFlags(parameter.flags() | PARAMETER_ADVANCED)
        self.addParameter(parameter)

    def groupId(self) -> str:
        return self.GROUP_ID

    def group(self) -> str:
        names = {"natura2000": tr("Natura 2000"), "measures": tr("Measures")}
        return names.get(self.GROUP_ID, "")

    def createInstance(self):
        return type(self)()

    def icon(self) -> QIcon:
        return QIcon(icon_path(self.ICON))

    def helpUrl(self) -> str:
        return "https://github.com/all4biodiversity/a4b_qgis_plugin#algorithms"
