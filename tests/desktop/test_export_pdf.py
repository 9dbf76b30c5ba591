"""The PDF report: A4, names searchable in both languages, fonts embedded, a page per district
holding its two charts, and planner text escaped rather than read as markup."""

from __future__ import annotations

import math
import re

import pytest
from pypdf import PdfReader

from desktop.export.charts import nice_axis
from desktop.export.labels import labels
from desktop.export.service import export_report

from .export_support import engine, planner_session

A4_POINTS = (595, 842)
NOTES = "<b>not bold</b> & <script>x</script> =SUM(A1)"


def _squeezed(text: str) -> str:
    """Text without white space: table cells wrap long names over lines."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module", params=["zh", "en"])
def report_pdf(request, model, tmp_path_factory):
    evaluation, _ = engine(model, planner_session(model, notes=NOTES))
    path = tmp_path_factory.mktemp("pdf") / f"report-{request.param}.pdf"
    export_report(evaluation, path, request.param)
    reader = PdfReader(path)
    # Cover, summary and district pages; extraction is slow, so once per file.
    texts = [
        _squeezed(page.extract_text())
        for page in reader.pages[: 2 + len(evaluation.model.districts)]
    ]
    return request.param, reader, texts, evaluation


def test_every_page_is_a4(report_pdf):
    _, reader, _, _ = report_pdf
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == A4_POINTS


def test_district_and_strategy_names_are_searchable(report_pdf):
    lang, _, texts, evaluation = report_pdf
    text = "".join(texts)
    model = evaluation.model
    for item in (*model.districts, *model.strategies):
        assert _squeezed(item.name.get(lang)) in text
    assert _squeezed(labels(lang)["title"]) in text


def test_fonts_are_embedded(report_pdf):
    _, reader, _, _ = report_pdf
    fonts = []
    for page in reader.pages[:3]:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            fonts.append(descendant["/FontDescriptor"].get_object())
    assert fonts
    assert all(any(key in d for key in ("/FontFile", "/FontFile2", "/FontFile3")) for d in fonts)


def test_each_district_has_one_page_with_its_table_and_two_charts(report_pdf):
    lang, reader, texts, evaluation = report_pdf
    count = len(evaluation.model.districts)
    for page, text, district in zip(
        reader.pages[2 : 2 + count], texts[2 : 2 + count], evaluation.model.districts, strict=True
    ):
        assert text.startswith(_squeezed(district.name.get(lang)))
        assert _squeezed(labels(lang)["measures"]) in text
        assert len(page.images) == 2


def test_planner_notes_appear_as_text_not_markup(report_pdf):
    _, _, texts, _ = report_pdf
    assert _squeezed(NOTES) in texts[0]  # the cover, tags and all


@pytest.mark.parametrize("largest", [0.0917, 0.209, 0.32, 0.55, 1.0, 3.7])
def test_chart_axes_end_on_a_round_step_just_above_the_largest_bar(largest):
    end, ticks = nice_axis(largest)
    step = end / ticks
    assert end >= largest and end - step < largest
    mantissa = step / 10 ** math.floor(math.log10(step))
    assert any(math.isclose(mantissa, m) for m in (1.0, 2.0, 2.5, 5.0))
    assert 1 <= ticks <= 6


def test_each_district_page_states_where_its_ranking_holds_over_alpha(report_pdf):
    from desktop.export.alpha_text import alpha_line
    from desktop.export.content import build_report
    from strategies.sensitivity.bundle import sensitivity_bundle

    lang, _, texts, evaluation = report_pdf
    report = build_report(evaluation, sensitivity_bundle(evaluation), lang)
    for text, district in zip(texts[2:], report.districts, strict=True):
        line = alpha_line(report, district)
        found = district.alpha_range
        if found.change_points and found.low != found.high:
            assert f"{found.low:.3f}" in line and f"{found.high:.3f}" in line
        assert all(c in line for c in found.dropped_at_one)
        assert _squeezed(line) in text
