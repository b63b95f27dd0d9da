"""Field names of PDOK services brought to the schema of the downloadable files.

The WFS says ``naamN2K``, ``sitecodeH``; the file (and the rest of the plugin)
says ``naam_n2k``, ``sitecode_h``. PDOK also writes a single space where a site
code does not apply; trimmed values make ``sitecode_v = ''`` tests work.
"""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..common.qt_compat import GEOMETRY_UNKNOWN, WKB_MULTIPOLYGON
from ..common.values import is_null

# Fields the OGC API / WFS providers add themselves and that are no part of the data.
_PROVIDER_FIELDS = {"gml_id"}


def _squash(name: str) -> str:
    return name.replace("_", "").replace("-", "").lower()


def field_mapping(source_names: list[str], schema: list[str], explicit: dict) -> dict:
    """Map each service field name to its output name.

    Order of precedence: the endpoint's explicit mapping, then the schema name
    equal to it ignoring case and underscores (``naamN2K`` = ``naam_n2k``),
    else the name unchanged. Provider-only fields (``gml_id``) are dropped.
    When two service fields would get the same name, the first keeps it.
    """
    by_squash = {_squash(name): name for name in schema}
    explicit_lower = {k.lower(): v for k, v in explicit.items()}
    mapping: dict = {}
    taken: set = set()
    for name in source_names:
        if name.lower() in _PROVIDER_FIELDS:
            continue
        target = (
            explicit.get(name) or explicit_lower.get(name.lower()) or by_squash.get(_squash(name)) or name
        )
        if target.lower() == "fid":  # the GeoPackage primary key; a service's "fid" would clash with it
            target = "source_fid"
        if target.lower() in taken:
            continue
        taken.add(target.lower())
        mapping[name] = target
    return mapping


def _clean_value(value, trim: bool):
    if is_null(value):
        return None
    if trim and isinstance(value, str):
        return value.strip()
    return value


def normalised_copy(
    layer: QgsVectorLayer,
    schema: list[str],
    explicit: dict,
    trim: list[str],
    target_crs: QgsCoordinateReferenceSystem,
    transform_context: QgsCoordinateTransformContext,
    request: QgsFeatureRequest | None = None,
    name: str = "",
    feedback=None,
) -> tuple[QgsVectorLayer, int]:
    """A memory layer in *target_crs* with renamed fields and trimmed values.

    Reads *layer* with *request* (e.g. a bounding box); returns the new layer
    and the number of features copied. Geometries are made multi-part so that
    every layer of a source has one geometry type.
    """
    fields = layer.fields()
    mapping = field_mapping(fields.names(), schema, explicit)
    out_fields = QgsFields()
    sources = []
    for src_name, out_name in mapping.items():
        src = fields.field(src_name)
        out = QgsField(src)
        out.setName(out_name)
        out.setAlias("")
        out_fields.append(out)
        sources.append(fields.indexOf(src_name))
    trim_set = {t.lower() for t in trim}
    trim_flags = [out_fields.at(i).name().lower() in trim_set for i in range(out_fields.count())]

    wkb = QgsWkbTypes.multiType(layer.wkbType())
    if QgsWkbTypes.geometryType(wkb) == GEOMETRY_UNKNOWN:
        wkb = WKB_MULTIPOLYGON
    uri = f"{QgsWkbTypes.displayString(wkb)}?crs={target_crs.authid()}"
    memory = QgsVectorLayer(uri, name or layer.name(), "memory")
    provider = memory.dataProvider()
    provider.addAttributes(out_fields.toList())
    memory.updateFields()

    xform = None
    if layer.crs().isValid() and layer.crs() != target_crs:
        xform = QgsCoordinateTransform(layer.crs(), target_crs, transform_context)
    batch = []
    count = 0
    for feat in layer.getFeatures(request or QgsFeatureRequest()):
        if feedback is not None and feedback.isCanceled():
            break
        out = QgsFeature(memory.fields())
        attrs = feat.attributes()
        out.setAttributes([_clean_value(attrs[i], trim_flags[n]) for n, i in enumerate(sources)])
        geom = QgsGeometry(feat.geometry())
        if not geom.isNull():
            if xform is not None:
                geom.transform(xform)
            geom.convertToMultiType()
            out.setGeometry(geom)
        batch.append(out)
        count += 1
        if len(batch) >= 1000:
            provider.addFeatures(batch)
            batch = []
    if batch:
        provider.addFeatures(batch)
    memory.updateExtents()
    return memory, count
