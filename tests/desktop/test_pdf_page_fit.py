"""The PDF report's pages fitted to their content (export/page_fit.py), checked on the produced
PDF: each district's section on its page(s) with its heading first and its charts, no orphan
page, no heading at a page's foot (the rules: tests/desktop/pdf_pages.py). Sessions: the
5-expert panel and the hostile session of Foshan (both overflowed by a chart before), both
languages; a generated model of 12 strategies and 40 districts; and the fitting's own pieces
on documents made for them."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from itertools import product
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray
from PySide6.QtGui import QPdfWriter, QTextDocument

from desktop.export.charts import least_height, legend_sizes, natural_height
from desktop.export.district_figures import ALONE_GROWTH
from desktop.export.document_edits import heading_before
from desktop.export.labels import labels
from desktop.export.page_fit import fit_pages
from desktop.export.pdf import report_writer
from desktop.export.printed_layout import (
    PRINTER_MARGIN_MM,
    Pages,
    blocks,
    printed_layout,
    starts_a_page,
    top,
)
from desktop.export.report_html import CHART_WIDTH, chart_kinds
from desktop.export.report_map import IMAGE_WIDTH, MOST_HEIGHT
from desktop.export.service import export_report
from strategies.evaluation import default_session, evaluate
from strategies.model import load_model
from strategies.panel.session_panel import session_evaluation

from .export_support import hostile_session, panel_session
from .font_setups import SETUPS, fontconfig_file
from .pdf_pages import (
    district_sections,
    ends_with_heading,
    image_heights,
    orphans,
    page_lines,
    squeezed,
)
from .sized_model import write_model

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "strategies"))
from caveat_cases import inconsistent_session  # noqa: E402

HERE = Path(__file__).parent

LANGUAGES = ("en", "zh")


def _without_monte_carlo(model):
    """Judgments so inconsistent that a Monte Carlo discarding such samples keeps none: one
    chart per district, and a warning box after it."""
    session = inconsistent_session(model)
    settings = replace(session.monte_carlo, samples=200, discard_inconsistent=True)
    return replace(session, monte_carlo=settings)


SESSIONS = {
    "panel": panel_session,
    "hostile": hostile_session,
    "no Monte Carlo": _without_monte_carlo,
}
FONT_SETUP_SESSIONS = ("panel", "hostile")  # exported by pdf_fit_in_font_setup.py
# A4's text height below the top margin, in points: 297 mm less 2 × (2 mm + 2 cm)
TEXT_BOTTOM_PT = (297 - 2 * (PRINTER_MARGIN_MM + 20)) / 25.4 * 72
TITLE_ALLOWANCE_PT = 40  # a chart's title line and the spacing around it, generously


@pytest.fixture(scope="module")
def foshan_pdfs(model, tmp_path_factory):
    """{(session, language): (path, report)} of the Foshan sessions."""
    folder = tmp_path_factory.mktemp("fit")
    found = {}
    for name, make in SESSIONS.items():
        session = make(model)
        evaluation = session_evaluation(model, session)
        for lang in LANGUAGES:
            path = folder / f"{name}-{lang}.pdf"
            report = export_report(evaluation, path, lang, planner_session=session)
            found[name, lang] = path, report
    return found


@pytest.fixture(scope="module")
def sized_pdfs(tmp_path_factory):
    """{language: (path, report, model)} of a model of 12 strategies and 40 districts."""
    folder = tmp_path_factory.mktemp("sized")
    model = load_model(write_model(folder / "model", 12, 40, (6, 6, 6)))
    session = default_session(model)
    session = replace(session, monte_carlo=replace(session.monte_carlo, samples=100, seed=3))
    evaluation = evaluate(model, session)
    found = {}
    for lang in LANGUAGES:
        path = folder / f"report-{lang}.pdf"
        found[lang] = path, export_report(evaluation, path, lang), model
    return found


def _names(report) -> list[str]:
    return [district.name for district in report.districts]


def _check_rules(path: Path, report) -> list:
    """The district sections of the PDF at path, after checking every page rule on it."""
    lines, lang = page_lines(path), report.language
    reader = PdfReader(path)
    images = image_heights(reader)
    assert len(lines) == len(reader.pages)
    sections = district_sections(lines, _names(report), lang, images)
    for section in sections:
        assert section.charts == len(chart_kinds(report)), section
        for page in section.pages:  # each chart on the page of its title
            titles = sum(
                squeezed(line)
                in {squeezed(labels(lang)[f"chart_{k}"]) for k in chart_kinds(report)}
                for line in lines[page]
            )
            assert titles == len(images[page]), (section, page)
    assert orphans(lines) == []
    stranded = [i for i, page in enumerate(lines) if ends_with_heading(page, lang, _names(report))]
    assert stranded == [], [(i, lines[i][-1]) for i in stranded]
    return sections


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("session", SESSIONS)
def test_foshan_districts_take_one_page_each_with_both_charts(foshan_pdfs, session, lang):
    path, report = foshan_pdfs[session, lang]
    assert len(chart_kinds(report)) == (1 if session == "no Monte Carlo" else 2)
    sections = _check_rules(path, report)
    # the layout rule's outcome here: every section's charts fit under its text
    assert [len(s.pages) for s in sections] == [1] * len(report.districts)
    first = sections[0].pages[0]
    assert [s.pages[0] for s in sections] == list(range(first, first + len(sections)))


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("session", SESSIONS)
def test_shrunk_charts_stay_readable(foshan_pdfs, session, lang):
    """No chart is drawn below its least height (a few pixels for rounding)."""
    path, report = foshan_pdfs[session, lang]
    reader = PdfReader(path)
    bars = len(report.strategies)
    least = min(least_height(bars, n) for n in legend_sizes(report).values())
    district_pages = image_heights(reader)[2:]
    charts = [height for page in district_pages for height in page]
    assert charts and min(charts) >= least - 3, (least, charts)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_twelve_strategies_and_forty_districts_fit_their_pages(sized_pdfs, lang):
    path, report, model = sized_pdfs[lang]
    assert len(report.districts) == 40 and len(report.strategies) == 12
    sections = _check_rules(path, report)
    words = _word_boxes(path)
    two_pages = 0
    for section in sections:
        assert len(section.pages) in (1, 2), section
        if len(section.pages) == 2:
            two_pages += 1
            assert not image_heights(PdfReader(path))[section.pages[0]]  # charts all moved
            free = TEXT_BOTTOM_PT - max(bottom for bottom in words[section.pages[0]])
            needed = sum(
                least_height(len(report.strategies), legend_sizes(report)[kind]) / 2.5 * 0.75
                + TITLE_ALLOWANCE_PT
                for kind in chart_kinds(report)
            )
            assert free < needed, (section, free, needed)  # they could not have stayed
    assert two_pages > 0  # the case this model is here for: charts on a page of their own


def _word_boxes(path: Path) -> list[list[float]]:
    """Each page's words' lower edges in points from the top (pdftotext -bbox), page number
    left out."""
    import re
    import subprocess

    xml = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = []
    for page in xml.split("<page ")[1:]:
        words = re.findall(r'yMax="([\d.]+)">([^<]*)</word>', page)
        bottoms = [float(y) for y, word in words]
        pages.append(sorted(bottoms)[:-1] if words and words[-1][1].isdigit() else bottoms)
    return pages


def test_charts_on_a_page_of_their_own_grow(sized_pdfs):
    path, report, _ = sized_pdfs["en"]
    sections = district_sections(
        page_lines(path), _names(report), "en", image_heights(PdfReader(path))
    )
    alone = next(s for s in sections if len(s.pages) == 2)
    heights = image_heights(PdfReader(path))[alone.pages[1]]
    naturals = [
        natural_height(len(report.strategies), legend_sizes(report)[k]) for k in chart_kinds(report)
    ]
    assert sum(naturals) < sum(heights) <= sum(naturals) * ALONE_GROWTH + 3


@pytest.fixture(scope="module")
def font_setup_pdfs(tmp_path_factory):
    """{set-up: folder} of the sessions' reports exported under each font set-up (WenQuanYi
    only: no fonts-noto-cjk; Noto CJK + DejaVu; both), side by side in subprocesses."""
    root = tmp_path_factory.mktemp("fit-fonts")
    runs = {}
    for setup in SETUPS:
        folder = root / setup
        folder.mkdir()
        env = {
            **os.environ,
            "FONTCONFIG_FILE": str(fontconfig_file(setup, root)),
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": str(HERE.parent.parent),
        }
        script = str(HERE / "pdf_fit_in_font_setup.py")
        runs[setup] = (
            folder,
            subprocess.Popen(
                [sys.executable, script, str(folder)], env=env, stderr=subprocess.PIPE, text=True
            ),
        )
    for setup, (_, process) in runs.items():
        _, errors = process.communicate(timeout=300)
        assert process.returncode == 0, f"{setup}: {errors}"
    return {setup: folder for setup, (folder, _) in runs.items()}


@pytest.mark.parametrize("setup", SETUPS)
def test_every_font_setup_fits_the_same_rules(font_setup_pdfs, foshan_pdfs, setup):
    for session, lang in product(FONT_SETUP_SESSIONS, LANGUAGES):
        report = foshan_pdfs[session, lang][1]
        path = font_setup_pdfs[setup] / f"{session}-{lang}.pdf"
        sections = _check_rules(path, report)
        assert [len(s.pages) for s in sections] == [1] * len(report.districts), (session, lang)


def _writer() -> tuple[QPdfWriter, QBuffer]:
    buffer = QBuffer(QByteArray())
    return report_writer(buffer), buffer


def _heading_pages(document: QTextDocument, writer: QPdfWriter) -> tuple[int, int, int]:
    layout = printed_layout(document, writer)
    pages = Pages.of(layout, writer)
    found = {b.text(): pages.index(top(layout, b)) for b in blocks(layout)}
    return found["Heading"], found["Under heading"], found["what they head"]


def test_a_heading_never_ends_a_page(qapp):
    """Paragraphs push two headings down the first page line by line: wherever they land,
    they are on the page of the paragraph they head (unfitted, some land apart from it)."""
    writer, _ = _writer()
    apart = 0
    for lines in range(20, 60):
        document = QTextDocument()
        document.setHtml(
            "".join(f"<p>line {n}</p>" for n in range(lines))
            + "<h2>Heading</h2><h3>Under heading</h3><p>what they head</p>"
        )
        apart += len(set(_heading_pages(document, writer))) > 1
        fit_pages(document, writer, [])
        assert len(set(_heading_pages(document, writer))) == 1, lines
    assert apart >= 2  # both headings were left at a page's foot by some count of lines


def test_measured_pages_are_printed_pages(foshan_pdfs, qapp):
    """The layout measured before printing breaks pages as print_ does: as many pages."""
    path, report = foshan_pdfs["panel", "en"]
    from desktop.export.pdf import report_document

    writer, _ = _writer()
    document = report_document(report, writer)
    assert printed_layout(document, writer).pageCount() == len(PdfReader(path).pages)


def test_a_map_on_a_page_of_its_own_fills_the_column(foshan_pdfs):
    """The hostile session's English overview has no room for the map even at its least: on
    its own page it takes the column's whole width (its legend under it), far taller than the
    most it takes under the overview."""
    path, _ = foshan_pdfs["hostile", "en"]
    lines = page_lines(path)
    title = squeezed(labels("en")["map_title"])
    (page,) = [i for i, found in enumerate(lines) if found and squeezed(found[0]) == title]
    assert len(lines[page]) == 2  # its title and its credit (the legend is in the image)
    (height,) = image_heights(PdfReader(path))[page]
    assert height > 2 * MOST_HEIGHT * IMAGE_WIDTH / CHART_WIDTH


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(
    "shape",
    [(12, 3, (7, 7, 7, 7, 6, 6), 3), (12, 3, (6, 6, 6), 60), (2, 2, (2,), 1)],
    ids=["40 criteria", "60 measures", "2 strategies"],
)
def test_other_shapes_keep_the_rules(tmp_path, shape, lang):
    """A legend of 40 criteria (a chart taller than natural), a district text longer than a
    page (its charts follow it on its second page), the smallest model."""
    model = load_model(write_model(tmp_path / "model", *shape))
    session = default_session(model)
    session = replace(session, monte_carlo=replace(session.monte_carlo, samples=50, seed=5))
    path = tmp_path / f"report-{lang}.pdf"
    report = export_report(evaluate(model, session), path, lang)
    sections = _check_rules(path, report)
    assert all(len(section.pages) <= 2 for section in sections)


def test_a_heading_put_before_a_block_is_one_block_like_its_model(qapp):
    """The '(continued)' heading copies the district heading's look and page break, and a
    name with a line break stays one heading (one block more, not two)."""
    document = QTextDocument()
    document.setHtml(
        '<p>before</p><h2 style="page-break-before: always;">Name</h2><p>text</p><p>title</p>'
    )
    count = document.blockCount()
    heading, title = document.findBlockByNumber(1), document.findBlockByNumber(3)
    heading_before(title, heading, "Two\nlines (continued)")
    assert document.blockCount() == count + 1
    added = document.findBlockByNumber(3)
    assert added.text() == "Two\u2028lines (continued)"
    assert added.blockFormat().headingLevel() == 2 and starts_a_page(added)
    assert document.findBlockByNumber(4).text() == "title"
    assert not starts_a_page(document.findBlockByNumber(4))
