"""The Dutch translation is complete and matches the strings in the code."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

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


def _algorithm_texts(provider) -> dict[tuple[str, str, str], str]:
    """(algorithm, item, part) -> the text a user reads, in the current language."""
    texts = {}
    for alg in provider.algorithms():
        alg = alg.create()  # a fresh instance: texts are made in the current language
        alg.initAlgorithm({})
        texts[(alg.id(), "", "name")] = alg.displayName()
        texts[(alg.id(), "", "group")] = alg.group()
        texts[(alg.id(), "", "help")] = alg.shortHelpString()
        for param in alg.parameterDefinitions():
            texts[(alg.id(), param.name(), "description")] = param.description()
            texts[(alg.id(), param.name(), "help")] = param.help() if hasattr(param, "help") else ""
        for output in alg.outputDefinitions():
            texts[(alg.id(), output.name(), "output")] = output.description()
    return texts


# Texts that read the same in Dutch (names, codes, units).
SAME_IN_DUTCH = {"Natura 2000", "GeoJSON (EPSG:4326)", "Spreadsheet (XLSX)"}


def test_every_algorithm_text_is_dutch_at_runtime(provider_registered):
    """Catches strings missing from the .ts and tr() contexts that differ at runtime."""
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    english = _algorithm_texts(provider_registered)
    translator = QTranslator()
    assert translator.load(str(QM)), "run `make qm`"
    QCoreApplication.installTranslator(translator)
    try:
        dutch = _algorithm_texts(provider_registered)
    finally:
        QCoreApplication.removeTranslator(translator)
    untranslated = [
        (key, text)
        for key, text in english.items()
        if text and text == dutch[key] and text not in SAME_IN_DUTCH and len(text.split()) > 1
    ]
    assert untranslated == []


def test_compiled_translation_loads_and_translates(qgis_app):
    from qgis.PyQt.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(QM)), "run `make qm`"
    assert translator.translate("A4BProvider", "All4Biodiversity Natura 2000 toolkit") != ""
    assert translator.translate("DockSpec", "Measures") == "Maatregelen"
