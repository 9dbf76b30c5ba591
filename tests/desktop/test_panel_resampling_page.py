"""The Panel resampling page: the core's probabilities for a panel of five, the reason when
one expert is counted, one language at a time; the run named in the bundle and the JSON."""

from __future__ import annotations

import json

import numpy as np
import pytest

from desktop.export.service import export_report
from desktop.sensitivity.analyses import PageContext
from desktop.sensitivity.panel_resampling_page import PanelResamplingPage
from strategies.panel.methods import AGGREGATIONS, Aggregation
from strategies.panel.session_panel import with_aggregation
from strategies.sensitivity.bundle import PANEL_RESAMPLING, sensitivity_bundle
from strategies.sensitivity.panel_resampling import (
    PANEL_DRAWS,
    ResamplingSettings,
    resample_session,
)
from tests.strategies.panel_cases import expert


def _five_experts(document) -> None:
    """The lead and four experts whose criteria judgments scatter around the model's."""
    rng = np.random.default_rng(11)
    for index in range(4):
        document.put_expert(expert(index, rng, spread=1.0, weight=1.0 + index), "add")


def _shown_page(qtbot, document, district: int = 0, language: str = "en") -> PanelResamplingPage:
    page = PanelResamplingPage(document)
    qtbot.addWidget(page)
    page.show_context(PageContext(document.analyses, district, language))
    qtbot.waitUntil(lambda: not page.runner.running, timeout=20_000)
    return page


def _settings(document) -> ResamplingSettings:
    return ResamplingSettings.of(document.session.monte_carlo)


@pytest.mark.parametrize("method", [Aggregation.AIJ, Aggregation.AIP_ARITHMETIC])
def test_the_page_shows_the_cores_probabilities(qtbot, document, model, method):
    _five_experts(document)
    document.apply(with_aggregation(document.session, method), "aggregation")
    district = 2
    page = _shown_page(qtbot, document, district)
    core = resample_session(model, document.session, _settings(document))
    np.testing.assert_allclose(
        page.acceptability.shown["percent"], 100 * core.rank_probability[district]
    )
    top = core.reference_top[district]
    assert f"{100 * core.top_stays_top[district]:.1f} %" in page.status.text()
    assert model.strategy_ids[top] in page.status.text()
    about = page.about.text()
    assert "5 experts" in about and f"{PANEL_DRAWS:,}" in about
    assert AGGREGATIONS[method].name.en in about
    assert f"seed {document.session.monte_carlo.seed}" in about
    assert not page.chart_holder.isHidden()


def test_the_run_is_kept_for_the_exports(qtbot, document):
    _five_experts(document)
    page = _shown_page(qtbot, document)
    kept = document.analyses.finished_panel_resampling(_settings(document))
    assert kept is page.result
    bundle = sensitivity_bundle(document.evaluation, analyses=document.analyses)
    assert bundle.panel_resampling is kept and bundle.resampled_experts == 5


def test_one_expert_says_why_there_is_nothing_to_resample(qtbot, document):
    page = _shown_page(qtbot, document)
    assert page.result is None and page.chart_holder.isHidden()
    assert "Only 1 expert is counted" in page.status.text()
    assert page.acceptability.shown == {} or not page.acceptability.isVisibleTo(page)


def test_an_expert_left_out_counts_no_more(qtbot, document):
    """Two experts, one excluded: one counted, nothing to resample."""
    from dataclasses import replace

    rng = np.random.default_rng(1)
    document.put_expert(replace(expert(0, rng), included=False), "add")
    page = _shown_page(qtbot, document)
    assert page.chart_holder.isHidden() and "Only 1 expert" in page.status.text()


@pytest.mark.parametrize("code", ["zh", "en"])
def test_the_page_speaks_one_language(qtbot, window, code):
    from tests.desktop.language_audit import visible_texts
    from tests.language_words import foreign

    document = window.document
    _five_experts(document)
    window.named_actions[f"lang:{code}"].trigger()
    qtbot.waitUntil(lambda: window.language.code == code)
    window.tabs.setCurrentWidget(window.sensitivity_tab)
    view = window.sensitivity_tab.view
    view.pages.setCurrentWidget(view.panel_resampling)
    page = view.panel_resampling
    qtbot.waitUntil(lambda: page.result is not None and not page.runner.running, timeout=20_000)
    found = visible_texts(page)
    assert len(found) > 10
    assert [(where, text) for where, text in found if foreign(text, code)] == []
    tab = view.pages.tabText(view.pages.indexOf(page))
    assert tab == ("专家组重抽样" if code == "zh" else "Panel resampling")


def test_the_bundle_and_the_json_name_the_run(tmp_path, document, model):
    _five_experts(document)
    session = document.session
    path = tmp_path / "report.json"
    export_report(document.evaluation, path, "en", planner_session=session)
    written = json.loads(path.read_text(encoding="utf-8"))["panel_resampling"]
    core = resample_session(model, session, _settings(document))
    assert written["experts"] == 5 and written["draws"] == PANEL_DRAWS
    assert written["aggregation"] == session.aggregation.value
    assert written["seed"] == session.monte_carlo.seed
    for row, district in enumerate(written["districts"]):
        assert district["district"] == model.district_ids[row]
        assert district["top_strategy"] == model.strategy_ids[core.reference_top[row]]
        assert district["top_stays_top"] == pytest.approx(core.top_stays_top[row])
        np.testing.assert_allclose(district["rank_probabilities"], core.rank_probability[row])


def test_the_json_key_is_null_for_one_expert(tmp_path, document):
    path = tmp_path / "report.json"
    export_report(document.evaluation, path, "en", planner_session=document.session)
    document_json = json.loads(path.read_text(encoding="utf-8"))
    assert "panel_resampling" in document_json and document_json["panel_resampling"] is None


def test_a_panels_evaluation_without_its_session_is_marked_unavailable(document):
    """The combined evaluation holds no expert's own judgments: no made-up resampling."""
    _five_experts(document)
    bundle = sensitivity_bundle(document.evaluation)
    assert bundle.panel_resampling is None
    assert [u.analysis for u in bundle.unavailable] == [PANEL_RESAMPLING]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_pdf_has_a_resampling_table_per_district_after_the_district_pages(
    tmp_path, document, model, lang
):
    import re

    from pypdf import PdfReader

    from desktop.export.labels import labels

    _five_experts(document)
    path = tmp_path / "report.pdf"
    report = export_report(document.evaluation, path, lang, planner_session=document.session)
    reader = PdfReader(path)
    texts = [re.sub(r"\s+", "", page.extract_text()) for page in reader.pages]
    heading = labels(lang)["panel_resampling"].replace(" ", "")
    start = next(i for i, t in enumerate(texts) if t.startswith(heading))
    # After every district page (and its two charts) and the overview's map; no chart of its own.
    charts = 2 * len(model.districts) + (report.outlines is not None)
    assert sum(len(page.images) for page in reader.pages[:start]) == charts
    assert all(len(page.images) == 0 for page in reader.pages[start:])
    after = "".join(texts[start : start + 2])
    info = report.panel_resampling
    for district in info.districts:
        assert report.district_name(district.district).replace(" ", "") in after
        assert f"{100 * district.top_stays_top:.1f}%" in after
    first = info.districts[0].rank_probabilities
    assert "".join(f"{100 * p:.1f}%" for p in first[0]) in after  # S1's row, rank by rank


def test_one_expert_gives_the_pdf_no_resampling_section(tmp_path, document):
    import re

    from pypdf import PdfReader

    path = tmp_path / "report.pdf"
    export_report(document.evaluation, path, "en", planner_session=document.session)
    text = "".join(re.sub(r"\s+", "", p.extract_text()) for p in PdfReader(path).pages)
    assert "Panelresampling" not in text
