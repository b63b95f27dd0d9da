"""The Dutch translation keeps what the code relies on and reads as Dutch.

Checks every finished message of the ``.ts``: placeholders ({0}, {name},
{cost:.2f}, %1, %n) and HTML tags survive, accelerator (&) counts match,
leading/trailing whitespace and line breaks match, no sentence of four or more
words is left in English, no "<word>" that Processing's rich-text help would
swallow, and the terminology chosen for the plugin is used.

By default the committed ``i18n/a4b_qgis_plugin_nl.ts`` is checked. To check
the translation of the current sources before ``make translate``::

    pylupdate5 -noobsolete $(find a4b_qgis_plugin -name '*.py' -o -name '*.ui') -ts /tmp/g.ts
    /usr/bin/python3 scripts/fill_translations.py /tmp/g.ts
    A4B_TS=/tmp/g.ts .venv/bin/python -m pytest -q tests/test_translation_quality.py
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS = Path(os.environ.get("A4B_TS") or ROOT / "i18n" / "a4b_qgis_plugin_nl.ts")

# Python str.format fields ({0}, {name}, {cost:.2f}); doubled braces are literal.
FORMAT_FIELD = re.compile(r"\{[^{}]*\}")
# Qt (%1, %L1, %n) and printf/old-style Python (%s, %d, %(name)s) placeholders.
PERCENT_FIELD = re.compile(r"%(?:L?\d+|n|\(\w+\)[sdfr]|[sdfr])")
# Only real (Qt rich text) HTML tags: "<metres>" in a help text is not a tag.
HTML_TAGS = (
    "a b big blockquote br center code div em font h1 h2 h3 h4 h5 h6 hr i img li nobr ol p pre "
    "s small span strong sub sup table td th tr tt u ul"
).split()
HTML_TAG = re.compile(r"</?(?:" + "|".join(HTML_TAGS) + r")\b[^<>]*>", re.IGNORECASE)
HTML_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
ACCELERATOR = re.compile(r"&(?=[^\s&])")

# Messages that are the same in Dutch: names, codes, formats. Checked only for
# sources of four or more words, so short labels (Status, Pilot, GeoPackage)
# need no entry here.
SAME_IN_DUTCH = {
    "All4Biodiversity",
    "Natura 2000",
    "GeoPackage (*.gpkg)",
    "GeoJSON (EPSG:4326)",
}

# Terms decided for this plugin (see the glossaries): wrong form -> right form.
# Matched case-insensitively on the Dutch text.
TERMINOLOGY = {
    r"\bNatura[ -]?2000[ ]gebied": "Natura 2000-gebied (with hyphen)",
    r"\bNatura2000-gebied": "Natura 2000-gebied (with a space and a hyphen)",
    r"(?<![\w./-])plugin(?![\w_])": "plug-in (as in QGIS: Plug-ins)",
    r"\btag(?:gen|t|de|den|d)\b|\bgetagd\b": "toekennen (a measure to parcels)",
    r"\bafstandsklassen?\b": "afstandszone (the term for a distance band)",
    r"(?<![\w_])band(?![\w_])": "afstandszone or zone (not 'band')",
    r"\bvlakkenlaag\b|\bvlakgeometrie\b": "polygoonlaag / polygoongeometrie (QGIS: Polygoon)",
    r"\bperceellaag\b": "percelenlaag",
    # "betrokkene" is the GDPR's data subject; the field names whom to contact about the measure
    r"\bbelanghebbende\b|\bbetrokkene\b": "contactpersoon (the stakeholder field)",
    # flagging gives each parcel its distance and zone; "markeren" said nothing about what it does
    r"\bmarkeren\b|\bgemarkeerde?\b|\bmarkering\b": "afstanden bepalen / percelen met afstandszone",
    r"\bPercelen (?:na)?bij Natura 2000 markeren\b": (
        "Afstanden tot Natura 2000 bepalen (the algorithm's name)"
    ),
    r"\bVelden herstructureren\b": "'Bijgewerkte velden' (QGIS's Dutch name of Refactor fields)",
    r"\boverlappen\b.*\bpilotgrenzen\b|\bpilotgrenzen overlappen\b": "Overlay met pilotgrenzen",
}


def _messages(path: Path) -> list[tuple[str, str, list[str]]]:
    """(context, source, translations) of every finished message."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            texts = forms if message.get("numerus") == "yes" and forms else [translation.text or ""]
            if any(text.strip() for text in texts):
                found.append((name, source, texts))
    return found


MESSAGES = _messages(TS) if TS.exists() else []

pytestmark = pytest.mark.skipif(not TS.exists(), reason=f"{TS} does not exist (run make translate)")


def _format_fields(text: str) -> Counter:
    return Counter(FORMAT_FIELD.findall(text.replace("{{", "").replace("}}", "")))


def _html_tags(text: str) -> Counter:
    # Attributes (href, alt text) may be translated; the tag structure may not change.
    return Counter(re.sub(r"^<(/?)(\w+).*$", r"<\1\2>", tag).lower() for tag in HTML_TAG.findall(text))


def _accelerators(text: str) -> int:
    return len(ACCELERATOR.findall(HTML_ENTITY.sub("", text.replace("&&", ""))))


def _english_words(text: str) -> list[str]:
    text = PERCENT_FIELD.sub(" ", FORMAT_FIELD.sub(" ", HTML_TAG.sub(" ", text)))
    return re.findall(r"[A-Za-z][A-Za-z']+", text)


def test_the_translation_has_messages():
    assert len(MESSAGES) > 100, f"only {len(MESSAGES)} finished messages in {TS}"


def _problems(check) -> list[str]:
    """``context: source: problem`` for every translation *check* finds a problem in."""
    found = []
    for context, source, texts in MESSAGES:
        for text in texts:
            problem = check(source, text)
            if problem:
                found.append(f"{context}: {source[:60]!r}: {problem}: {text[:80]!r}")
    return found


def _placeholder_problem(source: str, text: str) -> str | None:
    if _format_fields(text) != _format_fields(source):
        return "{...} fields differ"
    wanted = Counter(f for f in PERCENT_FIELD.findall(source) if f != "%n")
    if not Counter(PERCENT_FIELD.findall(text)) >= wanted:
        return "%-placeholders lost"
    if "%n" in source and "%n" not in text:
        return "plural count %n lost"
    if _html_tags(text) != _html_tags(source):
        return "HTML tags differ"
    return None


def _layout_problem(source: str, text: str) -> str | None:
    if re.match(r"\s*", text).group() != re.match(r"\s*", source).group():
        return "leading whitespace differs"
    if re.search(r"\s*$", text).group() != re.search(r"\s*$", source).group():
        return "trailing whitespace differs"
    if _accelerators(text) != _accelerators(source):
        return "& accelerators differ"
    if text.count("\n") != source.count("\n"):
        return "line breaks differ"
    if source.rstrip().endswith(("…", "...")) and not text.rstrip().endswith(("…", "...")):
        return "lost the ellipsis of a menu item"
    return None


def _english_problem(source: str, text: str) -> str | None:
    if len(_english_words(source)) >= 4 and source not in SAME_IN_DUTCH and text.strip() == source.strip():
        return "left in English"
    return None


def test_placeholders_and_tags_are_kept():
    problems = _problems(_placeholder_problem)
    assert problems == [], "\n".join(problems)


def test_whitespace_accelerators_and_line_breaks_match():
    problems = _problems(_layout_problem)
    assert problems == [], "\n".join(problems)


def test_no_english_sentence_left():
    problems = _problems(_english_problem)
    assert problems == [], "\n".join(problems)


def test_no_pseudo_tag_that_rich_text_swallows():
    """Processing shows help as rich text: "COUNT_BAND_<metres>" reads "COUNT_BAND_" there."""
    swallowed = []
    for context, source, texts in MESSAGES:
        for text in [source, *texts]:
            for tag in re.findall(r"</?[A-Za-z][^<>]*>", text):
                if not HTML_TAG.fullmatch(tag):
                    swallowed.append(f"{context}: {source[:50]!r}: {tag}")
    assert swallowed == [], (
        "name the values instead, e.g. 'COUNT_BAND_100, COUNT_BAND_250, …':\n" + "\n".join(swallowed)
    )


def test_terminology():
    wrong = []
    for context, source, texts in MESSAGES:
        for text in texts:
            for pattern, right in TERMINOLOGY.items():
                match = re.search(pattern, text, re.IGNORECASE)
                if match:
                    wrong.append(f"{context}: {source[:50]!r}: '{match.group()}' -> {right}")
    assert wrong == [], "\n".join(wrong)
