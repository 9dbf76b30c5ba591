"""Each district page's charts as a figure group for the page fitting (export/page_fit.py):
their sizes in document pixels (from charts.py's pixel sizes, the images being shown at the
text column's width), how to draw them at any height, and the heading of their own page when
they need one."""

from __future__ import annotations

from functools import partial

from PySide6.QtGui import QFont, QImage

from desktop.export.charts import CHARTS, WIDTH, least_height, legend_sizes, natural_height
from desktop.export.content import DistrictReport, Report
from desktop.export.labels import labels
from desktop.export.page_fit import Figure, FigureGroup
from desktop.export.report_html import CHART_WIDTH, chart_kinds, chart_name
from desktop.export.safe_text import bidi_isolated

ALONE_GROWTH = 1.5  # how much taller than natural charts grow on a page of their own
_PIXELS_PER_DOCUMENT_PIXEL = WIDTH / CHART_WIDTH


def district_groups(report: Report, font: QFont) -> list[FigureGroup]:
    """One group per district: its charts, in page order."""
    return [_group(report, district, font) for district in report.districts]


def _group(report: Report, district: DistrictReport, font: QFont) -> FigureGroup:
    heading = labels(report.language)["continued"].format(name=bidi_isolated(district.name))
    return FigureGroup(
        tuple(_figure(report, district, kind, font) for kind in chart_kinds(report)),
        bidi_isolated(heading),
    )


def _figure(report: Report, district: DistrictReport, kind: str, font: QFont) -> Figure:
    bars, legend = len(district.ranking), legend_sizes(report)[kind]
    natural = natural_height(bars, legend) / _PIXELS_PER_DOCUMENT_PIXEL
    return Figure(
        chart_name(kind, district.id),
        natural,
        least_height(bars, legend) / _PIXELS_PER_DOCUMENT_PIXEL,
        natural * ALONE_GROWTH,
        partial(_draw, report, district, kind, font),
    )


def _draw(
    report: Report, district: DistrictReport, kind: str, font: QFont, height: float
) -> QImage:
    """The chart drawn for height document pixels at the column's width."""
    return CHARTS[kind](report, district, font, round(height * _PIXELS_PER_DOCUMENT_PIXEL))
