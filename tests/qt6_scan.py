"""Static scan for spellings that exist only in Qt5 / old QGIS (see tests/test_qt6_readiness.py).

Candidates are found by regular expressions over the code with comments and
strings removed; whether ``X.Name`` is an enum member or an enum class is
looked up in the installed PyQt/QGIS, so ``Qt.ItemDataRole`` passes and
``Qt.UserRole`` fails. core/common/qt_compat.py, which picks the right name per
version, is the only file allowed to spell the old names.

``python3 tests/qt6_scan.py`` lists every finding in every file.
"""

from __future__ import annotations

import enum
import io
import re
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCANNED_DIRS = ("a4b_qgis_plugin", "scripts", "tests")
ALLOWED = {"a4b_qgis_plugin/core/common/qt_compat.py"}

# Spellings that do not exist in Qt6 / PyQt6 at all.
QT5_ONLY = {
    r"\bexec_\(": "exec_() (use exec())",
    r"\bPyQt5\b": "direct PyQt5 import (use qgis.PyQt)",
    r"\bQRegExp\w*\b": "QRegExp (use QRegularExpression)",
    r"\bQDesktopWidget\b": "QDesktopWidget (use QScreen)",
    r"\bQVariant\.\w+": "QVariant.Type (use core.qt_compat field types)",
    r"\bMidButton\b": "MidButton (use Qt.MouseButton.MiddleButton)",
    r"\.desktop\(\)": "QApplication.desktop() (use QScreen)",
}

# QGIS enums that moved into Qgis (3.30: geometry/WKB types and units; 3.36:
# Processing and CRS WKT). Their old scoped names are aliases now: use qt_compat.
MOVED_TO_QGIS = (
    r"\bQgsWkbTypes\.(GeometryType|Type)\b",
    r"\bQgsProcessing\.SourceType\b",
    r"\bQgsProcessingParameter\w*\.(Flag|DataType|Type|Behavior)\b",
    r"\bQgsProcessingAlgorithm\.Flag\b",
    r"\bQgsProcessingFeatureSource\.Flag\b",
    r"\bQgsUnitTypes\.\w+Unit\b",
    r"\bQgsCoordinateReferenceSystem\.WktVariant\b",
    r"\bQgsScaleBarSettings\.SegmentSizeMode\b",
    r"\bQgsRenderContext\.TextRenderFormat\b",
    r"\bQgsMapLayer\.LayerType\b",
    r"\bQgsMapLayerProxyModel\.Filter\b",
    r"\bQgsFeatureRequest\.InvalidGeometryCheck\b",
    r"\bQgsFeatureRequest\.Flag\b",
    r"\bQgsLegendStyle\.Style\b",
)

# Python 3.12 splits f-strings into tokens; their literal parts are text too.
_BLANKED = {tokenize.COMMENT, tokenize.STRING, getattr(tokenize, "FSTRING_MIDDLE", tokenize.STRING)}
_CHAIN = re.compile(r"(?<![\w.])(Q\w*)((?:\.\w+)+)")
_NAMESPACE: dict = {}


def _namespace() -> dict:
    """Classes by name from the Qt and QGIS modules the plugin imports."""
    if not _NAMESPACE:
        import qgis.analysis
        import qgis.core
        import qgis.gui
        from qgis.PyQt import QtCore, QtGui, QtNetwork, QtPrintSupport, QtWidgets, QtXml

        modules = (
            QtCore,
            QtGui,
            QtWidgets,
            QtNetwork,
            QtXml,
            QtPrintSupport,
            qgis.core,
            qgis.gui,
            qgis.analysis,
        )
        for module in modules:
            for name in dir(module):
                if name.startswith("Q"):
                    _NAMESPACE.setdefault(name, getattr(module, name))
    return _NAMESPACE


def code_only(text: str) -> str:
    """*text* with comments and string literals blanked out (line and column kept)."""
    lines = [list(line) for line in text.splitlines(True)]
    for token in tokenize.generate_tokens(io.StringIO(text).readline):
        if token.type not in _BLANKED:
            continue
        (start_row, start_col), (end_row, end_col) = token.start, token.end
        for row in range(start_row, end_row + 1):
            line = lines[row - 1]
            first = start_col if row == start_row else 0
            last = end_col if row == end_row else len(line)
            for col in range(first, last):
                if line[col] != "\n":
                    line[col] = " "
    return "".join("".join(line) for line in lines)


def _is_enum_member(value) -> bool:
    if isinstance(value, enum.Enum):
        return True
    # PyQt5 / sip enums: int subclasses whose type is made by sip.enumtype.
    return isinstance(value, int) and type(type(value)).__name__ == "enumtype"


def _chain_problem(head: str, attributes: list[str]) -> str | None:
    """Why ``head.attr1.attr2`` is Qt5-only, or None when it is fine."""
    holder = _namespace().get(head)
    if holder is None or head == "QVariant":  # QVariant.* is reported by QT5_ONLY
        return None
    name = head
    for attribute in attributes:
        try:
            value = getattr(holder, attribute)
        except AttributeError:
            return f"{name}.{attribute} does not exist in this Qt/QGIS"
        if _is_enum_member(value) and not (isinstance(holder, type) and isinstance(value, holder)):
            return f"unscoped enum {name}.{attribute} (of {type(value).__qualname__})"
        if not isinstance(value, type):
            return None
        holder, name = value, f"{name}.{attribute}"
    return None


def scan_text(text: str) -> list[tuple[int, str]]:
    """(line number, problem) for every Qt5-only spelling in the Python source *text*."""
    problems = []
    for number, line in enumerate(code_only(text).splitlines(), 1):
        for match in _CHAIN.finditer(line):
            problem = _chain_problem(match.group(1), match.group(2).strip(".").split("."))
            if problem:
                problems.append((number, problem))
        for pattern, what in QT5_ONLY.items():
            if re.search(pattern, line):
                problems.append((number, what))
        for pattern in MOVED_TO_QGIS:
            found = re.search(pattern, line)
            if found:
                problems.append((number, f"{found.group(0)} moved into Qgis (use core.qt_compat)"))
    return problems


def scanned_files() -> list[str]:
    """Repository-relative paths of every .py file the scan covers."""
    found = []
    for folder in SCANNED_DIRS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            if "__pycache__" not in path.parts:
                found.append(path.relative_to(ROOT).as_posix())
    return found


def report(files) -> list[str]:
    """``path:line: problem`` for every problem in *files*."""
    lines = []
    for relative in files:
        text = (ROOT / relative).read_text(encoding="utf-8")
        lines += [f"{relative}:{number}: {problem}" for number, problem in scan_text(text)]
    return lines


if __name__ == "__main__":
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    everything = [f for f in scanned_files() if f not in ALLOWED]
    print("\n".join(report(everything)) or "no Qt5-only spellings")
