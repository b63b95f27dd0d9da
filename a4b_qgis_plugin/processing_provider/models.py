"""The sample models shipped in ``resources/models`` and offered by the provider.

A model's id is ``a4b:<its name in the .model3 file>`` (lowercase, stable);
its title and group follow QGIS's language like the algorithms' (the help
texts inside the model file are English).
"""

from __future__ import annotations

from qgis.core import QgsProcessingModelAlgorithm
from qgis.PyQt.QtCore import QCoreApplication

from ..core.common.paths import RESOURCES_DIR

MODELS_DIR = RESOURCES_DIR / "models"


def _titles() -> dict[str, str]:
    return {
        "modelflagtagexport": QCoreApplication.translate(
            "SampleModel", "Sample model: flag parcels, tag grassland near Natura 2000, export"
        ),
    }


class SampleModel(QgsProcessingModelAlgorithm):
    """A shipped model, listed under the provider's "Models" group with a translated title."""

    def displayName(self) -> str:
        return _titles().get(self.name(), self.name())

    def group(self) -> str:
        return QCoreApplication.translate("SampleModel", "Models")

    def groupId(self) -> str:
        return "models"

    def createInstance(self) -> SampleModel:
        model = SampleModel()
        model.loadVariant(self.toVariant())
        model.setSourceFilePath(self.sourceFilePath())
        return model


def sample_models() -> list[SampleModel]:
    """Every ``.model3`` in ``resources/models`` that loads (in file name order)."""
    models = []
    for path in sorted(MODELS_DIR.glob("*.model3")):
        model = SampleModel()
        if model.fromFile(str(path)):
            models.append(model)
    return models
