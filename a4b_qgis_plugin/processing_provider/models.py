"""The sample models shipped in ``resources/models`` and offered by the provider.

A model's id is ``a4b:<its name in the .model3 file>`` (lowercase, stable).
The file holds English texts (:class:`SampleModelTexts`, which
``scripts/make_sample_model.py`` writes into it); a loaded model shows them in
QGIS's language, like the algorithms' texts.
"""

from __future__ import annotations

from qgis.core import QgsProcessingModelAlgorithm
from qgis.PyQt.QtCore import QCoreApplication

from ..core.common.paths import RESOURCES_DIR

MODELS_DIR = RESOURCES_DIR / "models"


class SampleModelTexts:
    """The sample model's texts; pylupdate files ``self.tr`` texts under this class's name.

    ``SampleModelTexts(translated=False).texts()`` gives the English the file holds.
    """

    def __init__(self, translated: bool = True):
        self.translated = translated

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("SampleModelTexts", text) if self.translated else text

    def texts(self) -> dict[str, str]:
        """The texts of the model "modelflagtagexport", keyed by what they name."""
        return {
            "title": self.tr("Sample model: flag parcels, tag grassland near Natura 2000, export"),
            "ALG_DESC": self.tr(
                "A sample of how the plugin's algorithms chain in a model: flag the parcels by distance to "
                "Natura 2000, keep the grassland within a distance of an area (250 m by default), tag it "
                "with a measure as 'proposed' in a measures register, and export the register's measures "
                "as GeoPackage, CSV and Excel. Open it in the Graphical Modeler (right-click, Edit Model) "
                "to change it or save a copy of your own."
            ),
            "PARCELS": self.tr("BRP parcels"),
            "PARCELS_help": self.tr(
                "Agricultural parcels with the BRP field 'category' (e.g. BRP gewaspercelen)."
            ),
            "NATURA2000": self.tr("Natura 2000 areas"),
            "NATURA2000_help": self.tr("Natura 2000 areas (polygons)."),
            "DISTANCE": self.tr("Grassland within (m)"),
            "DISTANCE_help": self.tr(
                "Grassland parcels at most this far from a Natura 2000 area, in metres, are tagged."
            ),
            "MEASURE": self.tr("Measure code"),
            "MEASURE_help": self.tr(
                "Catalogue code of the measure to tag, e.g. ECO-KRUIDENGRAS (herb-rich grassland)."
            ),
            "REGISTER": self.tr("Measures register (GeoPackage)"),
            "REGISTER_help": self.tr("GeoPackage holding the measures register; created when missing."),
            "OUTPUT_GPKG": self.tr("Measures (GeoPackage)"),
            "OUTPUT_CSV": self.tr("Measures (CSV)"),
            "OUTPUT_XLSX": self.tr("Measures (Excel)"),
        }


SAMPLE = "modelflagtagexport"


def _current(english: str) -> str:
    """*english* (a text of the model file) in QGIS's language."""
    if not english:
        return english
    source = SampleModelTexts(translated=False).texts()
    current = SampleModelTexts().texts()
    for key, text in source.items():
        if text == english:
            return current[key]
    return english


class SampleModel(QgsProcessingModelAlgorithm):
    """A shipped model, listed under the provider's "Models" group, in QGIS's language."""

    def displayName(self) -> str:
        return SampleModelTexts().texts()["title"] if self.name() == SAMPLE else self.name()

    def group(self) -> str:
        return QCoreApplication.translate("SampleModel", "Models")

    def groupId(self) -> str:
        return "models"

    def shortHelpString(self) -> str:
        return SampleModelTexts().texts()["ALG_DESC"] if self.name() == SAMPLE else super().shortHelpString()

    def createInstance(self) -> SampleModel:
        model = SampleModel()
        model.loadVariant(self.toVariant())
        model.setSourceFilePath(self.sourceFilePath())
        model.translate()
        return model

    def translate(self) -> None:
        """Show the parameters' and outputs' English texts from the file in QGIS's language."""
        for definition in self.parameterDefinitions():
            definition.setDescription(_current(definition.description()))
            definition.setHelp(_current(definition.help()))
        for output in self.outputDefinitions():
            output.setDescription(_current(output.description()))


def sample_models() -> list[SampleModel]:
    """Every ``.model3`` in ``resources/models`` that loads (in file name order)."""
    models = []
    for path in sorted(MODELS_DIR.glob("*.model3")):
        model = SampleModel()
        if model.fromFile(str(path)):
            model.translate()
            models.append(model)
    return models
