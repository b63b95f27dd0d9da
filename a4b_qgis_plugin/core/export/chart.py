"""A chart per page: hectares and net money per year per theme, by status.

Drawn with Qt's own painter into an SVG picture (no plotting library), so
the PDF keeps it sharp at any zoom and the layout shows it as a picture
item the user can move or resize. Money follows the rule of
:mod:`..measures.totals`: the net covers only measures with both a cost and
a revenue, and the number of measures left out is written beside it.
"""

from __future__ import annotations

from pathlib import Path

from qgis.PyQt.QtCore import QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from qgis.PyQt.QtSvg import QSvgGenerator

from ..common.i18n import tr
from ..common.numbers import format_money, format_number
from ..measures import vocabulary
from .summary import totals

PX_PER_MM = 4.0
STATUS_COLOURS = {
    "idea": "#c6d4e1",
    "proposed": "#f2a541",
    "agreed": "#4a90c2",
    "implemented": "#2e8b57",
    "dropped": "#b0b0b0",
    "": "#8c8c8c",
}
TEXT = QColor("#1a1a1a")


def chart_data(records: list) -> tuple[list[str], dict]:
    """Themes in register order and ``{theme: {status: totals}}`` of *records*."""
    groups: dict = {}
    for record in records:
        groups.setdefault(record.theme, {}).setdefault(record.status, []).append(record)
    order = {key: n for n, key in enumerate(vocabulary.THEMES)}
    themes = sorted(groups, key=lambda theme: (order.get(theme, len(order)), theme))
    data = {theme: {status: totals(members) for status, members in groups[theme].items()} for theme in themes}
    return themes, data


def _statuses(data: dict) -> list[str]:
    present = {status for per_status in data.values() for status in per_status}
    known = [status for status in vocabulary.STATUSES if status in present]
    return known + sorted(present - set(known))


def _font(size_px: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(6, round(size_px)))
    font.setBold(bold)
    return font


class _Painter:
    """Draws one chart on a canvas of *width* x *height* px."""

    def __init__(self, painter: QPainter, width: float, height: float, rows: int):
        self.painter = painter
        self.width = width
        grow = min(1.3, max(1.0, width / (70 * PX_PER_MM)))  # larger frames (A3) get larger text
        self.text_px = min(10.0 * grow, max(7.0, height / (2 * rows + 7) * 0.75))
        self.row = self.text_px * 1.45
        self.label_w = width * 0.40
        self.value_w = width * 0.24
        self.bar_x = self.label_w + 4
        self.bar_w = width - self.bar_x - self.value_w - 4

    def text(self, rect: QRectF, text: str, align, bold: bool = False, size: float | None = None) -> None:
        self.painter.setFont(_font(size or self.text_px, bold))
        self.painter.setPen(QPen(TEXT))
        metrics = QFontMetricsF(self.painter.font())
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        self.painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), elided)

    def wrapped(self, rect: QRectF, text: str, size: float) -> float:
        """*text* wrapped within *rect* (a long translation takes two lines); returns the y below it."""
        self.painter.setFont(_font(size))
        self.painter.setPen(QPen(TEXT))
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
        used = self.painter.boundingRect(rect, flags, text)
        self.painter.drawText(rect, flags, text)
        return rect.top() + min(used.height(), rect.height()) + self.row * 0.3

    def panel(self, y: float, title: str, themes, data, statuses, value, label) -> float:
        """One panel of bars, stacked by status; returns the y below it."""
        self.text(QRectF(0, y, self.width, self.row), title, Qt.AlignmentFlag.AlignLeft, bold=True)
        y += self.row
        sums = {
            theme: [value(data[theme][s]) or 0.0 for s in statuses if s in data[theme]] for theme in themes
        }
        low = min([0.0] + [sum(v for v in values if v < 0) for values in sums.values()])
        high = max([0.0] + [sum(v for v in values if v > 0) for values in sums.values()])
        span = (high - low) or 1.0
        zero_x = self.bar_x + self.bar_w * (-low / span)
        for theme in themes:
            self.text(
                QRectF(0, y, self.label_w, self.row),
                vocabulary.theme_label(theme) or tr("(none)"),
                Qt.AlignmentFlag.AlignLeft,
            )
            right, left = zero_x, zero_x
            for status in statuses:
                if status not in data[theme]:
                    continue
                amount = value(data[theme][status]) or 0.0
                length = self.bar_w * abs(amount) / span
                if amount >= 0:
                    rect, right = QRectF(right, y + 1.5, length, self.row - 3), right + length
                else:
                    left -= length
                    rect = QRectF(left, y + 1.5, length, self.row - 3)
                self.painter.fillRect(rect, QColor(STATUS_COLOURS.get(status, STATUS_COLOURS[""])))
            self.text(
                QRectF(self.width - self.value_w, y, self.value_w, self.row),
                label(theme),
                Qt.AlignmentFlag.AlignRight,
                size=self.text_px * 0.9,
            )
            y += self.row
        self.painter.setPen(QPen(QColor("#606060"), 0.8))
        self.painter.drawLine(int(zero_x), int(y - self.row * len(themes)), int(zero_x), int(y))
        return y + self.row * 0.4

    def legend(self, y: float, statuses: list[str]) -> None:
        x = 0.0
        for status in statuses:
            name = vocabulary.status_label(status) if status else tr("(none)")
            self.painter.setFont(_font(self.text_px * 0.9))
            width = QFontMetricsF(self.painter.font()).horizontalAdvance(name) + self.row + 6
            if x + width > self.width and x > 0:
                x, y = 0.0, y + self.row
            swatch = QRectF(x, y + 2, self.row - 4, self.row - 4)
            self.painter.fillRect(swatch, QColor(STATUS_COLOURS.get(status, STATUS_COLOURS[""])))
            self.text(
                QRectF(x + self.row, y, width, self.row),
                name,
                Qt.AlignmentFlag.AlignLeft,
                size=self.text_px * 0.9,
            )
            x += width


def draw_chart(path: Path, records: list, width_mm: float, height_mm: float) -> None:
    """Write the chart of *records* as an SVG of *width_mm* x *height_mm*."""
    themes, data = chart_data(records)
    statuses = _statuses(data)
    width, height = width_mm * PX_PER_MM, height_mm * PX_PER_MM
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(round(width), round(height)))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setTitle(tr("Area and net per year by theme and status"))
    painter = QPainter(generator)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw = _Painter(painter, width, height, max(1, len(themes)))
        if not themes:
            draw.text(QRectF(0, 0, width, draw.row), tr("No measures"), Qt.AlignmentFlag.AlignLeft)
            return

        def ha_label(theme):
            hectares = sum(t["ha"] or 0 for t in data[theme].values())
            return format_number(hectares, 1) + " ha" if hectares else ""  # a theme counted in m or pieces

        def net_label(theme):
            members = data[theme].values()
            known = [t["net_eur_yr"] for t in members if t["net_eur_yr"] is not None]
            left_out = sum(t["net_left_out"] for t in members)
            text = format_money(sum(known)) if known else "–"
            return f"{text} (+{left_out})" if left_out and known else text

        y = draw.panel(
            0, tr("Area (ha) by theme and status"), themes, data, statuses, lambda t: t["ha"], ha_label
        )
        y = draw.panel(
            y,
            tr("Net per year (€)"),
            themes,
            data,
            statuses,
            lambda t: t["net_eur_yr"],
            net_label,
        )
        if any(t["net_left_out"] for per_status in data.values() for t in per_status.values()):
            note = tr("(+n): measures without both a cost and a revenue, left out of the net")
            y = draw.wrapped(QRectF(0, y - draw.row * 0.3, width, draw.row * 2), note, draw.text_px * 0.85)
        draw.legend(y, statuses)
    finally:
        painter.end()


def write_page_charts(records: list, pages: list, folder: Path, frame_mm=(67.0, 70.0)) -> None:
    """A chart per page in *folder*; sets ``page.chart``. The overview charts every pilot on a page."""
    keys = {page.key for page in pages if not page.overview}
    for number, page in enumerate(pages):
        chosen = (
            [r for r in records if r.pilot in keys]
            if page.overview
            else [r for r in records if r.pilot == page.key]
        )
        path = folder / f"chart_{number + 1}.svg"
        draw_chart(path, chosen, *frame_mm)
        page.chart = str(path)
