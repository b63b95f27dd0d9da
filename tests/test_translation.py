"""The Dutch translation is complete and matches the strings in the code."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from qgis.core import QgsProcessingParameterDefinition

from .conftest import ROOT

TS = ROOT / "i18n" / "a4b_qgis_plugin_nl.ts"
QM = ROOT / "a4b_qgis_plugin" / "i18n" / "a4b_qgis_plugin_nl.qm"


def ts_entries(path) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(context, source) -> (translation, type attribute)."""
    entries = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            entries[(name, message.findtext("source"))] = (
                (translation.text or "") if translation is not None else "",
                translation.get("type") if translation is not None else "unfinished",
            )
    return entries


def test_no_unfinished_or_empty_entry():
    bad = [
        key
        for key, (text, kind) in ts_entries(TS).items()
        if kind in ("unfinished", "obsolete") or not text.strip()
    ]
    assert bad == []


@pytest.mark.skipif(not shutil.which("pylupdate5"), reason="pylupdate5 (pyqt5-dev-tools) missing")
def test_every_string_in_the_code_is_in_the_ts(tmp_path):
    sources = [str(p) for p in (ROOT / "a4b_qgis_plugin").rglob("*.py")]
    sources += [str(p) for p in (ROOT / "a4b_qgis_plugin").rglob("*.ui")]
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        ["pylupdate5", "-noobsolete", *sources, "-ts", str(fresh)], check=True, capture_output=True
    )
    missing = sorted(set(ts_entries(fresh)) - set(ts_entries(TS)))
    assert missing == [], "run `make translate` and translate these"


def test_algorithm_texts_are_found_under_their_runtime_context(provider_registered):
    """Catches tr() calls whose runtime context differs from pylupdate5's."""
    entries = ts_entries(TS)
    missing = []
    for alg in provider_registered.algorithms():
        context = type(alg).__name__
        texts = [alg.displayName(), alg.group(), alg.shortHelpString()]
        for param in alg.parameterDefinitions():
            texts.append(param.description())
            if isinstance(param, QgsProcessingParameterDefinition) and param.help():
                texts.append(param.help())
        for output in alg.outputDefinitions():
            texts.append(output.description())
        missing += [(context, t) for t in texts if t and (context, t) not in entries]
    assert missing == []


def test_compiled_translation_loads_and_translates(qgis_app):
    from qgis.PyQt.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(QM)), "run `make qm`"
    assert translator.translate("A4BProvider", "All4Biodiversity Natura 2000 toolkit") != ""
    assert translator.translate("DockSpec", "Measures") == "Maatregelen"
