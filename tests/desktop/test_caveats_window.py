"""In the window: the Ranking tab names failing judgments (each a link to its editor) and says
what each district's need rests on; a Monte Carlo that keeps no sample clears its charts, names
the real cause and leaves every export working (issue 10)."""

from __future__ import annotations

import html
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from desktop.views.ranking_view import ALL_DISTRICTS
from strategies.caveats import district_evidence

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "strategies"))
from caveat_cases import inconsistent_session  # noqa: E402


def _with_discard(session, samples=300):
    return replace(
        session,
        monte_carlo=replace(session.monte_carlo, samples=samples, discard_inconsistent=True),
    )


@pytest.fixture
def ranking(window):
    window.tabs.setCurrentWidget(window.ranking)
    return window.ranking


def test_the_ranking_tab_names_the_failing_nodes(window, ranking, document, model):
    assert not ranking.caveats.judgments.isVisibleTo(ranking)  # the default is consistent
    document.replace_all(inconsistent_session(model))
    banner = ranking.caveats.judgments
    assert banner.isVisibleTo(ranking)
    text = html.unescape(banner.text())
    assert model.hierarchy.name("goal", "en") in text and "0.077" in text
    assert "L1" in text and "0.793" in text and "0.05" in text
    assert 'href="criteria:L1"' in text and 'href="criteria:goal"' in text


def test_incomplete_and_pairwise_strategy_nodes_are_named_too(ranking, document, model):
    from criteria.judgments import PairwiseJudgments
    from strategies.session import PAIRWISE_MODE

    session = document.session
    layer = session.criteria_judgments["L3"].with_value("C6", "C7", 5).with_value("C7", "C8", None)
    criterion = model.criteria[2]
    first, second, third = model.strategy_ids[:3]
    wild = (
        PairwiseJudgments.neutral(criterion, model.strategy_ids)
        .with_value(first, second, 9)
        .with_value(second, third, 9)
        .with_value(first, third, 1 / 9)
    )
    document.replace_all(
        session.with_criteria_judgments(layer)
        .with_mode(criterion, PAIRWISE_MODE)
        .with_strategy_judgments(wild)
    )
    text = html.unescape(ranking.caveats.judgments.text())
    assert "L3" in text and "incomplete" in text
    cr = document.evaluation.weights.nodes["L3"].consistency_ratio
    assert f"{cr:.3f}" in text
    assert f'href="strategies:{criterion}"' in text
    assert f"pairwise under {criterion}" in text


def test_a_link_opens_the_node_in_the_judgment_editor(window, ranking, document, model):
    document.replace_all(inconsistent_session(model))
    ranking.caveats.judgments.linkActivated.emit("criteria:L1")
    assert window.tabs.currentWidget() is window.judgments
    assert window.hierarchy.currentItem().data(0, 0x0100) == "L1"  # Qt.UserRole


def test_a_strategies_link_opens_that_criterion_on_the_effectiveness_tab(window, ranking, model):
    criterion = model.criteria[-1]
    ranking.caveats.judgments.linkActivated.emit(f"strategies:{criterion}")
    assert window.tabs.currentWidget() is window.effectiveness
    assert window.effectiveness.current_criterion() == criterion


def test_the_evidence_of_the_chosen_district_is_said_in_words(ranking, document, model):
    evidence = {e.district: e for e in district_evidence(document.evaluation)}
    for index in range(ranking.district.count()):
        ranking.district.setCurrentIndex(index)
        district = ranking.selected_district()
        if district == ALL_DISTRICTS:
            text = ranking.caveats.evidence.text()  # all districts: every district said
            assert all(d.name.en in text for d in model.districts)
            continue
        entry = evidence[district]
        text = ranking.caveats.evidence.text()
        assert model.district(district).name.get("en") in text
        assert f"{len(entry.measured)} of {len(model.criteria)}" in text
        for criterion in entry.neutral:
            assert model.hierarchy.name(criterion, "en") in text


@pytest.fixture
def monte_carlo(window, qtbot):
    window.tabs.setCurrentWidget(window.sensitivity_tab)
    view = window.sensitivity_tab.view
    view.pages.setCurrentWidget(view.monte_carlo)
    yield view.monte_carlo
    view.monte_carlo.runner.cancel()
    QThreadPool.globalInstance().waitForDone()


def test_nothing_kept_clears_the_charts_and_names_the_real_cause(
    monte_carlo, document, model, qtbot
):
    page = monte_carlo
    qtbot.waitUntil(lambda: page.result is not None and not page.runner.running, timeout=20000)
    assert page.acceptability.shown  # a first run drew its charts
    with qtbot.waitSignal(page.runner.nothing_kept, timeout=20000):
        document.replace_all(_with_discard(inconsistent_session(model)))
    assert page.result is None
    assert page.acceptability.shown == {} and page.intervals.shown == {}
    status = page.status.text()
    assert f"“{page.discard.text()}”" in status  # the checkbox's own words
    assert "L1" in status and "0.793" in status and "0.077" in status
    assert "lower spread cannot help" in status


def test_nothing_kept_with_consistent_judgments_blames_the_spread(
    monte_carlo, document, model, qtbot
):
    page = monte_carlo
    qtbot.waitUntil(lambda: not page.runner.running, timeout=20000)
    session = replace(
        document.session,
        monte_carlo=replace(
            document.session.monte_carlo, spread=2.0, samples=100, discard_inconsistent=True
        ),
    )
    with qtbot.waitSignal(page.runner.nothing_kept, timeout=20000):
        document.replace_all(session)
    assert "spread" in page.status.text() and "0.793" not in page.status.text()


def test_every_export_works_after_nothing_kept(
    window, monte_carlo, document, model, qtbot, tmp_path, no_modal_dialogs
):
    with qtbot.waitSignal(monte_carlo.runner.nothing_kept, timeout=20000):
        document.replace_all(_with_discard(inconsistent_session(model)))
    for suffix in (".csv", ".xlsx", ".json", ".pdf"):
        assert window.export_action.export_to(tmp_path / f"report{suffix}")
        assert (tmp_path / f"report{suffix}").stat().st_size > 0
    assert no_modal_dialogs == []


def test_a_new_run_starts_its_progress_from_zero(monte_carlo, qtbot):
    page = monte_carlo
    qtbot.waitUntil(lambda: page.result is not None and not page.runner.running, timeout=20000)
    assert page.progress.value() == page.progress.maximum() > 0
    page.samples.setValue(page.samples.value() + 500)  # a change starts a new run at once
    page.run()
    assert page.progress.value() == 0
    assert page.progress.maximum() == page.samples.value()


def test_the_banner_and_the_checkbox_speak_chinese(
    window, ranking, monte_carlo, document, model, language, qapp
):
    from desktop.export.labels import labels

    document.replace_all(inconsistent_session(model))
    language.set("zh")
    window.tabs.setCurrentWidget(window.ranking)
    text = ranking.caveats.judgments.text()
    assert "以下判断未通过一致性检验" in text and "超过阈值" in text
    assert model.hierarchy.name("goal", "zh") in text
    assert "依据区级数据" in ranking.caveats.evidence.text()
    assert "criteria" not in ranking.caveats.evidence.text()
    # The exports name the option by the checkbox's own label, in both languages.
    qapp.processEvents()  # Qt posts the language change to every widget
    assert monte_carlo.discard.text() == labels("zh")["mc_discard"]
    language.set("en")
    qapp.processEvents()
    assert monte_carlo.discard.text() == labels("en")["mc_discard"]
