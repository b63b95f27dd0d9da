"""Build the sample Processing model shipped in ``resources/models`` (reproducibly).

    python3 scripts/make_sample_model.py [OUTPUT.model3]

Flag parcels near Natura 2000 → keep the grassland within a distance (250 m by
default) → tag it with a measure in a register → export the register's
measures. Built with QGIS's model API rather than by hand so that the file is
what the Graphical Modeler itself writes; run again after an algorithm changes
its parameters. The model is checked before it is written.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Qt writes XML attributes in hash order; a fixed seed gives the same file every run.
os.environ["QT_HASH_SEED"] = "0"

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QPointF  # noqa: E402

from a4b_qgis_plugin.core.common.qt_compat import (  # noqa: E402
    FILE_BEHAVIOUR_FILE,
    NUMBER_INTEGER,
    SOURCE_VECTOR_POLYGON,
)
from a4b_qgis_plugin.processing_provider.models import SAMPLE, SampleModelTexts  # noqa: E402

NAME = SAMPLE
TARGET = ROOT / "a4b_qgis_plugin" / "resources" / "models" / "flag_tag_export.model3"
GRASSLAND = "Grasland"  # BRP category value (RVO)

# English texts, shared with the provider, which shows them in QGIS's language.
TEXTS = SampleModelTexts(translated=False).texts()
HELP = {
    key: TEXTS[key if key == "ALG_DESC" else f"{key}_help"]
    for key in ("ALG_DESC", "PARCELS", "NATURA2000", "DISTANCE", "MEASURE", "REGISTER")
}


def _source(value) -> QgsProcessingModelChildParameterSource:
    return QgsProcessingModelChildParameterSource.fromStaticValue(value)


def _input(name: str) -> QgsProcessingModelChildParameterSource:
    return QgsProcessingModelChildParameterSource.fromModelParameter(name)


def _child(model, child_id: str, algorithm_id: str, description: str, x: float, params: dict):
    child = QgsProcessingModelChildAlgorithm(algorithm_id)
    child.setChildId(child_id)
    child.setDescription(description)
    child.setPosition(QPointF(x, 300))
    for name, source in params.items():
        child.addParameterSources(name, [source])
    return child


def _fill_defaults(child: QgsProcessingModelChildAlgorithm) -> None:
    """Give every mandatory parameter left open its algorithm's default, as the Modeler's dialog does."""
    algorithm = QgsApplication.processingRegistry().algorithmById(child.algorithmId())
    if algorithm is None:
        raise RuntimeError(f"{child.algorithmId()} is not registered")
    for definition in algorithm.parameterDefinitions():
        name = definition.name()
        if name in child.parameterSources() or definition.isDestination():
            continue
        if definition.defaultValue() is not None:
            child.addParameterSources(name, [_source(definition.defaultValue())])


def build() -> QgsProcessingModelAlgorithm:
    """The sample model (needs the a4b provider and QGIS's native algorithms registered)."""
    model = QgsProcessingModelAlgorithm(NAME, "Models", "models")
    inputs = [
        QgsProcessingParameterFeatureSource("PARCELS", TEXTS["PARCELS"], [SOURCE_VECTOR_POLYGON]),
        QgsProcessingParameterFeatureSource("NATURA2000", TEXTS["NATURA2000"], [SOURCE_VECTOR_POLYGON]),
        QgsProcessingParameterNumber("DISTANCE", TEXTS["DISTANCE"], NUMBER_INTEGER, 250, False, 0, 10000),
        QgsProcessingParameterString("MEASURE", TEXTS["MEASURE"], "ECO-KRUIDENGRAS"),
        QgsProcessingParameterFile("REGISTER", TEXTS["REGISTER"], FILE_BEHAVIOUR_FILE, "gpkg"),
    ]
    for index, definition in enumerate(inputs):
        definition.setHelp(HELP[definition.name()])
        component = QgsProcessingModelParameter(definition.name())
        component.setPosition(QPointF(120 + 220 * index, 80))
        model.addModelParameter(definition, component)

    flag = _child(
        model,
        "flag",
        "a4b:flagparcels",
        "Flag parcels near Natura 2000",
        120,
        {
            "PARCELS": _input("PARCELS"),
            "NATURA2000": _input("NATURA2000"),
            "BANDS": _source("100,250,500,1000"),
            "OUTPUT": _source("TEMPORARY_OUTPUT"),
        },
    )
    # @DISTANCE is the model input; the expression is built when the model runs.
    expression = QgsProcessingModelChildParameterSource.fromExpression(
        f"'\"category\" = ''{GRASSLAND}'' AND \"n2k_dist_m\" <= ' || to_string(@DISTANCE)"
    )
    select = _child(
        model,
        "grassland",
        "native:extractbyexpression",
        "Grassland within the distance",
        360,
        {
            "INPUT": QgsProcessingModelChildParameterSource.fromChildOutput("flag", "OUTPUT"),
            "EXPRESSION": expression,
            "OUTPUT": _source("TEMPORARY_OUTPUT"),
        },
    )
    tag = _child(
        model,
        "tag",
        "a4b:tagmeasures",
        "Tag the grassland with the measure",
        600,
        {
            "PARCELS": QgsProcessingModelChildParameterSource.fromChildOutput("grassland", "OUTPUT"),
            "MEASURE": _input("MEASURE"),
            "STATUS": _source("proposed"),
            "REGISTER": _input("REGISTER"),
            "NOTES": _source("Sample model: grassland near Natura 2000"),
        },
    )
    export = _child(
        model,
        "export",
        "a4b:exportmeasures",
        "Export the register's measures",
        840,
        {"REGISTER": QgsProcessingModelChildParameterSource.fromChildOutput("tag", "REGISTER")},
    )
    outputs = {}
    for name in ("OUTPUT_GPKG", "OUTPUT_CSV", "OUTPUT_XLSX"):
        output = QgsProcessingModelOutput(name, TEXTS[name])
        output.setChildId("export")
        output.setChildOutputName(name)
        output.setMandatory(False)
        outputs[name] = output
    export.setModelOutputs(outputs)
    for child in (flag, select, tag, export):
        _fill_defaults(child)
        model.addChildAlgorithm(child)
    model.setHelpContent(HELP)
    return model


def main(target: Path) -> int:
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append(os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))
    from processing.core.Processing import Processing

    Processing.initialize()
    from a4b_qgis_plugin.processing_provider.provider import A4BProvider

    provider = A4BProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    model = build()
    ok, problems = model.validate()
    if not ok:
        print("the model is not valid:", *problems, sep="\n  ", file=sys.stderr)
        return 1
    target.parent.mkdir(parents=True, exist_ok=True)
    if not model.toFile(str(target)):
        print(f"could not write {target}", file=sys.stderr)
        return 1
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else TARGET))
