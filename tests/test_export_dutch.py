"""Sheet names, headers and PDF texts follow the interface language (Dutch here).

The translation is compiled from the sources and i18n/glossary/ the way
``make translate`` and ``make qm`` do, so the test sees what users will see.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from tests.export_helpers import EAST, build_register

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [
    "core/export/pdf.py",
    "core/export/layout.py",
    "core/export/layout_table.py",
    "core/export/pages.py",
    "core/export/facts.py",
    "core/export/background.py",
    "core/export/chart.py",
    "core/export/xlsx_chart.py",
    "core/export/xlsx.py",
    "core/export/selection.py",
    "core/export/files.py",
    "core/measures/style.py",
    "core/register/schema.py",
    "core/measures/vocabulary.py",
    "processing_provider/alg_export_measures.py",
]

pytestmark = pytest.mark.skipif(
    not (shutil.which("pylupdate5") and shutil.which("lrelease") and shutil.which("pdftotext")),
    reason="needs pylupdate5, lrelease and pdftotext",
)


@pytest.fixture
def dutch(qgis_app, tmp_path):
    ts, qm = tmp_path / "nl.ts", tmp_path / "nl.qm"
    files = [str(ROOT / "a4b_qgis_plugin" / name) for name in SOURCES]
    subprocess.run(["pylupdate5", *files, "-ts", str(ts)], check=True, capture_output=True)
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "fill_translations.py"), str(ts)],
        check=True,
        capture_output=True,
    )
    subprocess.run(["lrelease", "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_spreadsheet_and_pdf_in_dutch(qgis_processing, dutch, tmp_path):
    import pandas as pd
    import processing

    from a4b_qgis_plugin.processing_provider.alg_export_measures import ExportMeasuresAlgorithm

    register = build_register(tmp_path / "register.gpkg")
    xlsx, pdf = tmp_path / "m.xlsx", tmp_path / "m.pdf"
    processing.run(
        ExportMeasuresAlgorithm().create(),
        {
            "REGISTER": f"{register}|layername=measures",
            "PILOTS": EAST,
            "OUTPUT_XLSX": str(xlsx),
            "OUTPUT_PDF": str(pdf),
        },
    )
    sheets = pd.read_excel(xlsx, sheet_name=None)
    assert list(sheets) == [
        "Maatregelen",
        "Per pilot en thema",
        "Per pilot en status",
        "Grafieken",
        "Over deze export",
        "Controles",
    ]
    theme = sheets["Per pilot en thema"]
    assert list(theme.columns) == [
        "Pilot",
        "Thema",
        "Aantal",
        "Oppervlakte (ha)",
        "Lengte (m)",
        "Aantal stuks",
        "Kosten (EUR/jr)",
        "Kosten onbekend (maatregelen)",
        "Opbrengst (EUR/jr)",
        "Opbrengst onbekend (maatregelen)",
        "Netto (EUR/jr)",
        "Buiten netto (maatregelen)",
    ]
    assert "Omvorming naar natuur" in set(theme["Thema"]) and theme.iloc[-1]["Pilot"] == "Alle pilots"
    assert round(theme.iloc[-1]["Kosten (EUR/jr)"], 2) == 3920.79
    measures = sheets["Maatregelen"]
    assert "Kosten (EUR/jr)" in measures.columns and set(measures["Status"]) == {
        "idee",
        "voorgesteld",
        "uitgevoerd",
    }

    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = unicodedata.normalize("NFKC", text)
    for words in (f"Maatregelen – {EAST}", "Legenda", "Totalen per thema", "Kosten (EUR/jr)", "Pilotgrens"):
        assert words in text, words
    flat = " ".join(text.split())
    # the facts and the disclaimer in Dutch; no internet here, so no background, and the page says so
    facts = ("Voorstellen, geen besluiten", "Register: register.gpkg", "Geëxporteerd", "Geen achtergrond")
    for words in facts:
        assert words in flat, words
