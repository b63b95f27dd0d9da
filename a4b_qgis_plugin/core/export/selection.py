"""Which measures an export holds: field check, filters, personal data."""

from __future__ import annotations

import re

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsMemoryProviderUtils,
    QgsVectorLayer,
)

from ..common.errors import A4BError, OutputError
from ..common.i18n import tr
from ..common.qt_compat import FIELD_STRING, WKB_NO_GEOMETRY
from ..common.values import is_blank, is_null
from ..measures import load_catalogue, vocabulary
from ..register import schema as register_schema

# The GeoPackage primary key: every writer makes its own.
_SKIPPED_FIELDS = {"fid"}
# How a measure is paid for (vocabulary.SCHEMES), added to every export.
SCHEME_FIELD = "scheme"


def missing_fields(layer: QgsVectorLayer) -> list[str]:
    """The register fields (:data:`register_schema.REQUIRED_FIELDS`) *layer* lacks."""
    names = {name.lower() for name in layer.fields().names()}
    return [name for name in register_schema.REQUIRED_FIELDS if name.lower() not in names]


def check_register_layer(layer: QgsVectorLayer) -> None:
    """Raise :class:`OutputError` unless *layer* carries the register fields."""
    missing = missing_fields(layer)
    if missing:
        raise OutputError(
            tr("The layer {layer} is not a measures register: it lacks the field(s) {fields}.").format(
                layer=layer.name(), fields=", ".join(missing)
            )
        )


def split_list(text: str | None) -> list[str]:
    """Items of a filter written as ``a;b`` or ``a,b`` (blank items dropped)."""
    if not text or not str(text).strip():
        return []
    separator = ";" if ";" in text else ","
    return [item.strip() for item in str(text).split(separator) if item.strip()]


def parse_choices(text: str | list | None, keys: list[str], label, what: str) -> list[str]:
    """Keys chosen by *text*: keys or labels (any case, any UI language)."""
    items = list(text) if isinstance(text, (list, tuple)) else split_list(text)
    lookup = {}
    for key in keys:
        lookup[key.lower()] = key
        lookup[label(key).lower()] = key
    chosen, unknown = [], []
    for item in items:
        key = lookup.get(str(item).strip().lower())
        if key is None:
            unknown.append(str(item))
        elif key not in chosen:
            chosen.append(key)
    if unknown:
        raise OutputError(
            tr("Unknown {what}: {unknown}. Choose from: {allowed}.").format(
                what=what, unknown=", ".join(unknown), allowed=", ".join(keys)
            )
        )
    return chosen


def parse_pilots(text: str | list | None, known: list[str]) -> list[str]:
    """Pilot names chosen by *text* (``;``-separated; ``,`` when no name has one)."""
    if isinstance(text, (list, tuple)):
        items = [str(item).strip() for item in text if str(item).strip()]
    elif not text or not str(text).strip():
        return []
    elif str(text).strip() in known:
        items = [str(text).strip()]
    else:
        items = split_list(str(text))
    by_lower = {name.lower(): name for name in known}
    chosen, unknown = [], []
    for item in items:
        name = by_lower.get(item.lower())
        if name is None:
            unknown.append(item)
        elif name not in chosen:
            chosen.append(name)
    if unknown:
        raise OutputError(
            tr("Unknown pilot(s): {unknown}. The register holds: {known}.").format(
                unknown=", ".join(unknown), known="; ".join(sorted(known)) or tr("no pilots")
            )
        )
    return chosen


def register_pilots(layer: QgsVectorLayer) -> list[str]:
    """The distinct pilot names in *layer* (sorted, empty values left out)."""
    index = layer.fields().lookupField("pilot")
    values = layer.uniqueValues(index) if index >= 0 else set()
    return sorted(str(v) for v in values if not is_blank(v))


def parse_filters(pilots: str | list | None, statuses, themes, register: QgsVectorLayer) -> tuple:
    """(pilots, statuses, themes) chosen by the three filter texts, checked against *register*.

    Raises :class:`OutputError` naming the allowed values when one is unknown.
    """
    return (
        parse_pilots(pilots, register_pilots(register)),
        parse_choices(statuses, vocabulary.STATUSES, vocabulary.status_label, tr("status")),
        parse_choices(themes, vocabulary.ALL_THEMES, vocabulary.theme_label, tr("theme")),
    )


def export_fields(layer: QgsVectorLayer, include_personal: bool) -> QgsFields:
    """Fields written out: the layer's own, without personal data unless asked, and the scheme.

    The register does not store how a measure is paid for; :data:`SCHEME_FIELD` is added
    after the theme (from the catalogue, see :func:`measure_schemes`) unless the layer has it.
    """
    personal = {name.lower() for name in register_schema.PERSONAL_FIELDS}
    fields = QgsFields()
    has_scheme = layer.fields().lookupField(SCHEME_FIELD) >= 0
    for field in layer.fields():
        name = field.name().lower()
        if name in _SKIPPED_FIELDS or (not include_personal and name in personal):
            continue
        fields.append(field)
        if name == "theme" and not has_scheme:
            fields.append(QgsField(SCHEME_FIELD, FIELD_STRING))
    return fields


def measure_schemes() -> dict[str, str]:
    """Scheme per upper-case measure code, from the catalogue in use ({} when it cannot be read)."""
    try:
        return {measure.code.upper(): measure.scheme for measure in load_catalogue()}
    except A4BError:
        return {}  # the code's prefix still tells the shipped schemes apart


def scheme_of(code, schemes: dict[str, str]) -> str | None:
    """The scheme of measure *code*: the catalogue's, else its prefix's; None when neither says."""
    code = "" if is_null(code) else str(code)
    return schemes.get(code.upper()) or vocabulary.scheme_of_code(code) or None


def _value(feature: QgsFeature, name: str):
    value = feature[name]
    return None if is_null(value) else value


def select_measures(
    layer: QgsVectorLayer,
    pilots: list[str],
    statuses: list[str],
    themes: list[str],
    include_personal: bool,
    feedback=None,
    expected: int | None = None,
) -> QgsVectorLayer:
    """A memory copy of the chosen measures (same CRS and geometry type).

    Empty filter lists mean "all". The input layer is only read. *expected*
    is the number of features *layer* holds: reading fewer (or more) is an
    error, since an export must never hold part of the register unnoticed.
    An empty *layer* gives an empty copy; filters that leave nothing of a
    non-empty one raise :class:`OutputError`.
    """
    check_register_layer(layer)
    fields = export_fields(layer, include_personal)
    geometry_type = layer.wkbType() if layer.isSpatial() else WKB_NO_GEOMETRY
    copy = QgsMemoryProviderUtils.createMemoryLayer(
        re.sub(r"\W+", "_", layer.name()) or "measures", fields, geometry_type, layer.crs()
    )
    names = [field.name() for field in fields]
    add_scheme = layer.fields().lookupField(SCHEME_FIELD) < 0
    schemes = measure_schemes() if add_scheme else {}
    wanted = (set(pilots), set(statuses), set(themes))
    total = expected if expected is not None else layer.featureCount()
    step = 100.0 / total if total and total > 0 else 0
    rows = []
    seen = 0
    for number, feature in enumerate(layer.getFeatures(QgsFeatureRequest())):
        if feedback is not None:
            if feedback.isCanceled():
                return copy
            feedback.setProgress(number * step)
        seen += 1
        values = (_value(feature, "pilot"), _value(feature, "status"), _value(feature, "theme"))
        if any(chosen and value not in chosen for chosen, value in zip(wanted, values)):
            continue
        out = QgsFeature(fields)
        if add_scheme:
            code = feature["measure_code"]
            out.setAttributes(
                [scheme_of(code, schemes) if name == SCHEME_FIELD else feature[name] for name in names]
            )
        else:
            out.setAttributes([feature[name] for name in names])
        if layer.isSpatial():
            out.setGeometry(feature.geometry())
        rows.append(out)
    if expected is not None and seen != expected:
        raise OutputError(
            tr(
                "Read {seen} of the {expected} measures in the register {layer}; nothing was exported. "
                "Try again."
            ).format(seen=seen, expected=expected, layer=layer.name())
        )
    if seen and not rows:
        raise OutputError(tr("No measures match the chosen pilots, statuses and themes: nothing to export."))
    if rows and not copy.dataProvider().addFeatures(rows):
        raise OutputError(
            tr("Could not copy the measures: {error}").format(error=copy.dataProvider().lastError())
        )
    copy.updateExtents()
    return copy
