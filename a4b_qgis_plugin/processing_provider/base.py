"""Shared base of the plugin's Processing algorithms."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core.common import outputs
from ..core.common.crs import WORK_CRS
from ..core.common.errors import A4BError
from ..core.common.i18n import tr
from ..core.common.layer_crs import resolve_layer_crs
from ..core.common.paths import icon_path
from ..core.common.qt_compat import PARAMETER_ADVANCED
from ..core.pilots.work_gpkg import PILOT_BOUNDARY_TABLE
from ..core.register.schema import HISTORY_TABLE, MEASURES_TABLE, VERSION_TABLE
from . import register_filters

# Tables no algorithm output ever replaces, in whatever file they are.
PROTECTED_TABLES = (MEASURES_TABLE, HISTORY_TABLE, VERSION_TABLE, PILOT_BOUNDARY_TABLE)


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

    def checkParameterValues(self, parameters, context):
        # Register filters given as text, as before they became enums (``proposed,agreed``), still pass.
        return register_filters.check_filters(self, parameters, context, super().checkParameterValues)

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

    # -- outputs that never replace data the run did not create -------------
    def reliability_help(self) -> str:
        """The paragraph of the help on what an algorithm with a layer output guarantees."""
        return tr(
            "The output never replaces data the run did not create: a GeoPackage holding other layers "
            "(such as the work GeoPackage with the measures register) or an input's file gets the result "
            "as a new layer; the register's tables and the input layers are never replaced. Every check "
            "runs before the output is written, so a refused run leaves an earlier output as it was; a "
            "write that fails (e.g. a full disk) is an error. A layer without a CRS is read as "
            "EPSG:28992 with a warning, and refused when its coordinates look like degrees."
        )

    def input_files(self, parameters, context, keys) -> list[tuple[str, str, str | None]]:
        """(label, file, table) of the inputs *keys* that are files (see core.common.outputs)."""
        found = []
        for key in keys:
            if parameters.get(key) in (None, ""):
                continue
            layer = self.parameterAsVectorLayer(parameters, key, context)
            location = outputs.layer_file_and_name(layer)
            if location is not None:
                found.append((self.parameterDefinition(key).description(), *location))
        return found

    def guarded_sink(self, parameters, key, context, feedback, fields, wkb_type, crs, input_keys, layer_name):
        """``parameterAsSink`` after the output guard: ``(sink, destination id, plan)``.

        Call it after every check on parameters and inputs. An output that
        would replace an input, the register or a GeoPackage holding other
        layers is written as a new layer *layer_name* or refused (see
        core.common.outputs).
        """
        value = parameters.get(key)
        definition = value if isinstance(value, QgsProcessingOutputLayerDefinition) else None
        destination = self.parameterAsOutputLayer(parameters, key, context)
        layer_option = (definition.createOptions or {}).get("layerName") if definition is not None else None
        try:
            plan = outputs.plan_output(
                destination,
                layer_name,
                self.input_files(parameters, context, input_keys),
                PROTECTED_TABLES,
                layer_option,
            )
        except A4BError as err:
            raise QgsProcessingException(str(err)) from err
        if plan.note:
            feedback.pushWarning(plan.note)
        elif plan.target.layer and plan.replaces:
            feedback.pushInfo(
                tr("The layer '{0}' in {1} is replaced; the file's other layers stay.").format(
                    plan.target.layer, plan.target.path
                )
            )
        outputs.stage(plan)
        if plan.destination != destination or layer_option or plan.layer_option:
            parameters = dict(parameters)
            guarded = QgsProcessingOutputLayerDefinition(
                plan.destination, definition.destinationProject if definition is not None else None
            )
            options = {}
            if definition is not None:
                guarded.destinationName = definition.destinationName
                options = {k: v for k, v in definition.createOptions.items() if k != "layerName"}
                if definition.useRemapping():
                    guarded.setRemappingDefinition(definition.remappingDefinition())
            if plan.layer_option:
                options["layerName"] = plan.layer_option
            guarded.createOptions = options
            parameters[key] = guarded
        sink, dest_id = self.parameterAsSink(parameters, key, context, fields, wkb_type, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, key))
        return sink, dest_id, plan

    def finish_output(self, dest_id: str, expected: int, plan, context) -> str:
        """Check the closed output holds *expected* rows and put it in place; its final id.

        Raises (see :meth:`output_failed`) on a full disk or a failed commit.
        """
        try:
            outputs.verify_written(dest_id, expected, context)
            final_id = outputs.commit_staged(plan, dest_id)
        except A4BError as err:
            self.output_failed(err, plan)
        if final_id != dest_id:
            # layers Processing loads afterwards (in the desktop) must come from the final file
            layers = context.layersToLoadOnCompletion()
            if dest_id in layers:
                details = layers.pop(dest_id)
                layers[final_id] = details
                context.setLayersToLoadOnCompletion(layers)
        return final_id

    def output_failed(self, error: Exception, plan) -> None:
        """Raise *error* for the user, after removing what the run wrote and left broken."""
        if outputs.discard_output(plan):
            if plan.staging:
                note = tr("The earlier {0} was left as it was.").format(plan.target.path)
            else:
                note = tr("The incomplete file was removed.")
            message = f"{error} {note}"
        elif plan is not None and plan.target.path:
            incomplete = tr("The output is incomplete; delete it and run again.")
            message = f"{error} {incomplete}"
        else:
            message = str(error)
        raise QgsProcessingException(message) from error

    def layer_crs(self, source, label: str, feedback) -> QgsCoordinateReferenceSystem:
        """*source*'s CRS, or EPSG:28992 assumed (with a warning) for a layer without one."""
        try:
            crs, warning = resolve_layer_crs(source.sourceCrs(), source.sourceExtent(), label)
        except A4BError as err:
            raise QgsProcessingException(str(err)) from err
        if warning:
            feedback.pushWarning(warning)
        return crs

    def metric_crs(self, parameters, key, context) -> QgsCoordinateReferenceSystem:
        """The CRS parameter *key*: EPSG:28992 when left empty, an error when it names no CRS."""
        value = parameters.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            return QgsCoordinateReferenceSystem(WORK_CRS)
        crs = self.parameterAsCrs(parameters, key, context)
        if not crs.isValid():
            raise QgsProcessingException(
                tr(
                    "'{0}' is not a coordinate reference system QGIS knows. Give one such as EPSG:28992."
                ).format(value if isinstance(value, str) else getattr(value, "authid", lambda: "?")())
            )
        return crs
