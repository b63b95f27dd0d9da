"""Fill a Qt ``.ts`` file from the glossary TSV files.

Glossaries (``i18n/glossary/*.tsv``) hold ``context<TAB>source<TAB>translation``
lines; a context of ``*`` matches any context. The glossaries are the source
of truth: their translation replaces what the ``.ts`` holds, so a corrected
term reaches every message. A message no glossary covers keeps the ``.ts``'s
translation (for example one made in Qt Linguist). Prints what is still
unfinished and exits 1 with ``--check`` when anything is.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def unescape(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\t", "\t")


def read_glossary(folder: Path) -> dict[tuple[str, str], str]:
    entries: dict[tuple[str, str], str] = {}
    for tsv in sorted(folder.glob("*.tsv")):
        for number, line in enumerate(tsv.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                sys.exit(f"{tsv}:{number}: expected context<TAB>source<TAB>translation")
            context, source, translation = (unescape(p) for p in parts)
            entries[(context, source)] = translation
    return entries


def fill(ts_path: Path, glossary: dict[tuple[str, str], str]) -> list[tuple[str, str]]:
    """Fill *ts_path* in place; return the (context, source) still unfinished."""
    tree = ET.parse(ts_path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            text = glossary.get((name, source)) or glossary.get(("*", source))
            if text:
                translation.text = text
                translation.attrib.pop("type", None)
            elif translation.get("type") == "unfinished" or not (translation.text or "").strip():
                missing.append((name, source))
    ET.indent(tree, space="    ")
    with open(ts_path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
    return missing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("ts", type=Path)
    parser.add_argument(
        "--glossary", type=Path, default=Path(__file__).resolve().parent.parent / "i18n" / "glossary"
    )
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    missing = fill(args.ts, read_glossary(args.glossary))
    for context, source in missing:
        print(f"unfinished\t{context}\t{source!r}")
    print(f"{len(missing)} unfinished entries in {args.ts}")
    if args.check and missing:
        sys.exit(1)


if __name__ == "__main__":
    main()
