"""The ``a4b`` Processing provider ("All4Biodiversity")."""

from __future__ import annotations

from qgis.core import QgsApplication, QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core.common.paths import icon_path


def algorithm_classes() -> list:
    """Every algorithm the provider offers, imported lazily."""
    from .alg_copy_register import CopyRegisterAlgorithm
    from .alg_create_register import CreateRegisterAlgorithm
    from .alg_export_measures import ExportMeasuresAlgorithm
    from .alg_flag_parcels import FlagParcelsAlgorithm
    from .alg_overlay_pilots import OverlayPilotsAlgorithm
    from .alg_score_parcels import ScoreParcelsAlgorithm
    from .alg_summarise_measures import SummariseMeasuresAlgorithm
    from .alg_tag_measures import TagMeasuresAlgorithm
    from .alg_validate_measures import ValidateMeasuresAlgorithm

    return [
        FlagParcelsAlgorithm,
        OverlayPilotsAlgorithm,
        ScoreParcelsAlgorithm,
        TagMeasuresAlgorithm,
        ExportMeasuresAlgorithm,
        SummariseMeasuresAlgorithm,
        ValidateMeasuresAlgorithm,
        CreateRegisterAlgorithm,
        CopyRegisterAlgorithm,
    ]


class A4BProvider(QgsProcessingProvider):
    """Provider id ``a4b``: pilots, flagging, measures and exports."""

    def id(self) -> str:
        return "a4b"

    def name(self) -> str:
        return QCoreApplication.translate("A4BProvider", "All4Biodiversity")

    def longName(self) -> str:
        return QCoreApplication.translate("A4BProvider", "All4Biodiversity Natura 2000 toolkit")

    def icon(self) -> QIcon:
        return QIcon(icon_path("a4b"))

    def svgIconPath(self) -> str:
        return icon_path("a4b")

    def loadAlgorithms(self) -> None:
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
        registry = QgsApplication.processingRegistry()
        if registry.providerById(self.id()) is not self:
            # A model finds its steps (a4b:flagparcels, ...) through the registry,
            # which lists this provider only once it has loaded: load the models then.
            registry.providerAdded.connect(self._provider_added)
            return
        from .models import sample_models

        for model in sample_models():
            self.addAlgorithm(model)

    def _provider_added(self, provider_id: str) -> None:
        registry = QgsApplication.processingRegistry()
        if provider_id != self.id() or registry.providerById(provider_id) is not self:
            return
        registry.providerAdded.disconnect(self._provider_added)
        self.refreshAlgorithms()

    def unload(self) -> None:
        try:
            QgsApplication.processingRegistry().providerAdded.disconnect(self._provider_added)
        except TypeError:
            pass  # the models were loaded: nothing connected
        super().unload()
