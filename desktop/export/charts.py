"""The PDF's charts drawn offscreen with QPainter into images (no window needed).

Contribution bars: each strategy's priority split into criteria. Rank acceptability: each
strategy's Monte Carlo probability of each rank. Strategies in ranking order, best on top.
A chart is drawn at the height the page has room for (export/page_fit.py), between the least
that keeps its labels apart and a natural height that gives the bars room to breathe.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from desktop.export.content import DistrictReport, Report
from desktop.export.labels import labels
from desktop.palette import colour_code, names_by_colour, series_code

WIDTH, HEIGHT = 1400, 300  # pixels; the PDF shows them at about 15 cm wide
_LABEL_WIDTH = 80
_LEGEND_WIDTH = 480
_MARGIN = 16
_AXIS = 30  # under the bars: the axis and its numbers
_PIXEL_SIZE = 20
# Pixels per bar row and per legend row: at the least the labels (20 pixels tall) stay apart;
# the natural pitch is what six strategies and eight criteria get at HEIGHT.
_LEAST_PITCH, _NATURAL_PITCH = 24, 36
_LEAST_LEGEND, _NATURAL_LEGEND = 24, 30


def _height_for(bars: int, legend: int, pitch: float, legend_pitch: float) -> int:
    return round(max(2 * _MARGIN + _AXIS + bars * pitch, 2 * _MARGIN + legend * legend_pitch))


def least_height(bars: int, legend: int) -> int:
    """The fewest pixels a chart of bars rows and legend entries is readable in."""
    return _height_for(bars, legend, _LEAST_PITCH, _LEAST_LEGEND)


def natural_height(bars: int, legend: int) -> int:
    """The pixels a chart of bars rows and legend entries is drawn in when the page has room."""
    return max(HEIGHT, _height_for(bars, legend, _NATURAL_PITCH, _NATURAL_LEGEND))


def legend_sizes(report: Report) -> dict[str, int]:
    """Legend entries of each chart kind: the criteria, the ranks."""
    return {"contributions": len(report.criteria), "acceptability": len(report.strategies)}


def _blank(font: QFont, height: int) -> tuple[QImage, QPainter]:
    image = QImage(WIDTH, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scaled = QFont(font)
    scaled.setPixelSize(_PIXEL_SIZE)
    painter.setFont(scaled)
    return image, painter


def _bar_rows(count: int, chart_height: int) -> list[QRectF]:
    """Rectangles of the bar rows, left of the legend, top to bottom."""
    height = (chart_height - 2 * _MARGIN - _AXIS) / count
    return [
        QRectF(
            _LABEL_WIDTH,
            _MARGIN + i * height + 0.15 * height,
            WIDTH - _LABEL_WIDTH - _LEGEND_WIDTH - 2 * _MARGIN,
            0.7 * height,
        )
        for i in range(count)
    ]


def _legend(painter: QPainter, entries: list[tuple[str, QColor]], height: int) -> None:
    left = WIDTH - _LEGEND_WIDTH
    step = min(float(_NATURAL_LEGEND), (height - 2 * _MARGIN) / max(len(entries), 1))
    metrics = painter.fontMetrics()
    for index, (text, colour) in enumerate(entries):
        top = _MARGIN + index * step
        painter.fillRect(QRectF(left, top + (step - 18) / 2, 18, 18), colour)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, _LEGEND_WIDTH - 40)
        painter.drawText(
            QRectF(left + 28, top, _LEGEND_WIDTH - 32, step), Qt.AlignmentFlag.AlignVCenter, shown
        )


def _row_label(painter: QPainter, row: QRectF, text: str) -> None:
    painter.drawText(
        QRectF(0, row.top(), _LABEL_WIDTH - 10, row.height()),
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        text,
    )


def nice_axis(largest: float, most_ticks: int = 6) -> tuple[float, int]:
    """The axis end and tick count with a round step (1, 2, 2.5 or 5 × 10^k) covering largest."""
    raw = largest / most_ticks if largest > 0 else 1.0
    power = 10.0 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1.0, 2.0, 2.5, 5.0, 10.0) if m * power >= raw)
    ticks = max(1, math.ceil(largest / step - 1e-9))
    return step * ticks, ticks


def _axis(
    painter: QPainter, rows: list[QRectF], top_value: float, ticks: int = 5, percent: bool = False
) -> None:
    left, width = rows[0].left(), rows[0].width()
    baseline = rows[-1].bottom() + 8
    painter.setPen(QColor("#555555"))
    painter.drawLine(int(left), int(baseline), int(left + width), int(baseline))
    for tick in range(ticks + 1):
        value = top_value * tick / ticks
        x = left + width * tick / ticks
        shown = f"{100 * value:.0f}%" if percent else f"{value:g}"
        painter.drawText(
            QRectF(x - 50, baseline + 2, 100, 28), Qt.AlignmentFlag.AlignHCenter, shown
        )
    painter.setPen(QColor("black"))


def contribution_chart(
    report: Report, district: DistrictReport, font: QFont, height: int = HEIGHT
) -> QImage:
    """Stacked bars: the part of each strategy's priority that each criterion brings; height
    in pixels."""
    strategies, criteria = [s.id for s in report.strategies], len(report.criteria)
    image, painter = _blank(font, height)
    rows = _bar_rows(len(district.ranking), height)
    top_value, ticks = nice_axis(max(row.priority for row in district.ranking))
    for row, rect in zip(district.ranking, rows, strict=True):
        _row_label(painter, rect, row.strategy)
        start = rect.left()
        for criterion, part in enumerate(district.contributions[strategies.index(row.strategy)]):
            width = rect.width() * part / top_value
            painter.fillRect(
                QRectF(start, rect.top(), width, rect.height()),
                QColor(series_code(criterion, criteria)),
            )
            start += width
    _axis(painter, rows, top_value, ticks)
    # More criteria than colours (40): the tones alternate and the legend says what they are.
    entries = (
        [(f"{c.id} {c.name}", QColor(colour_code(i))) for i, c in enumerate(report.criteria)]
        if names_by_colour(criteria)
        else [(labels(report.language)["segments_are_criteria"], QColor(series_code(0, criteria)))]
    )
    _legend(painter, entries, height)
    painter.end()
    return image


def _rank_colour(rank: int, ranks: int) -> QColor:
    """Dark blue for rank 1 fading to pale for the last: order reads at a glance."""
    lightness = 0.22 + 0.58 * rank / max(ranks - 1, 1)
    return QColor.fromHslF(0.58, 0.65, lightness)


def acceptability_chart(
    report: Report, district: DistrictReport, font: QFont, height: int = HEIGHT
) -> QImage:
    """Stacked bars to 100%: each strategy's probability of rank 1, 2, …; height in pixels."""
    text = labels(report.language)
    image, painter = _blank(font, height)
    rows = _bar_rows(len(district.ranking), height)
    ranks = len(report.strategies)
    for row, rect in zip(district.ranking, rows, strict=True):
        _row_label(painter, rect, row.strategy)
        start = rect.left()
        for rank, probability in enumerate(row.rank_probabilities):
            width = rect.width() * (probability or 0.0)  # None: no Monte Carlo, no bar
            painter.fillRect(
                QRectF(start, rect.top(), width, rect.height()), _rank_colour(rank, ranks)
            )
            start += width
    _axis(painter, rows, 1.0, percent=True)
    _legend(
        painter,
        [(text["rank_n"].format(n=rank + 1), _rank_colour(rank, ranks)) for rank in range(ranks)],
        height,
    )
    painter.end()
    return image


CHARTS = {"contributions": contribution_chart, "acceptability": acceptability_chart}
