"""Sensitivity charts name the strategies (legend or axis) from the model, in the current
language; checked on the labels plotted, not on pixels."""

from __future__ import annotations

import shutil

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QThreadPool

from desktop.document import Document
from desktop.sensitivity.analyses import Analyses, PageContext
from desktop.views.strategy_names import (
    ELLIPSIS,
    axis_label,
    cells,
    legend_label,
    shorten,
    wrap,
)
from strategies.model import default_model_dir, load_model


@pytest.fixture
def view(window):
    window.tabs.setCurrentWidget(window.sensitivity_tab)
    view = window.sensitivity_tab.view
    yield view
    view.monte_carlo.runner.cancel()
    QThreadPool.globalInstance().waitForDone()


def legend_texts(chart) -> list[str]:
    return [label.text for _sample, label in chart.legend.items]


def tick_texts(chart) -> list[str]:
    (level,) = chart.plot.getAxis("bottom")._tickLevels
    return [text for _position, text in level]


def names_of(document, lang: str) -> list[tuple[str, str]]:
    return [(s.id, s.name.get(lang)) for s in document.model.strategies]


def assert_names(labels: list[str], names: list[tuple[str, str]], separator: str) -> None:
    """Each label is the id, then the start of the model's name (cut with '…')."""
    assert len(labels) == len(names)
    for label, (ident, name) in zip(labels, names, strict=True):
        head, _, shown = label.partition(separator)
        assert head == ident
        shown = shown.replace("\n", "" if " " not in name else " ")
        assert len(shown.rstrip(ELLIPSIS)) >= 2 and name.startswith(shown.rstrip(ELLIPSIS))


def switch_to(window, view, lang: str, qtbot) -> None:
    """Switch language and wait until Qt's LanguageChange has redrawn the page on screen."""
    window.named_actions[f"lang:{lang}"].trigger()
    title = "权重扫描" if lang == "zh" else "Weight sweep"
    qtbot.waitUntil(lambda: view.pages.tabText(0) == title)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_curve_legends_name_the_strategies(view, window, document, lang, qtbot):
    switch_to(window, view, lang, qtbot)
    view.pages.setCurrentWidget(view.gradient)
    strategies = legend_texts(view.gradient.chart)[: len(document.model.strategies)]
    assert_names(strategies, names_of(document, lang), " ")
    view.pages.setCurrentWidget(view.alpha)
    strategies = legend_texts(view.alpha.chart)[: len(document.model.strategies)]
    assert_names(strategies, names_of(document, lang), " ")
    switch_to(window, view, "en", qtbot)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_monte_carlo_and_dynamic_axes_name_the_strategies(view, window, document, lang, qtbot):
    switch_to(window, view, lang, qtbot)
    page = view.monte_carlo
    page.samples.setValue(200)
    view.pages.setCurrentWidget(page)
    qtbot.waitUntil(lambda: not page.runner.running and page.result is not None, timeout=20000)
    names = names_of(document, lang)
    for chart in (page.acceptability, page.intervals):
        assert_names(tick_texts(chart), names, "\n")
    view.pages.setCurrentWidget(view.dynamic)
    order = view.dynamic.chart.shown["order"]
    ranks = view.dynamic.chart.shown["ranks"]
    ticks = tick_texts(view.dynamic.chart)
    assert [t.split("\n")[0] for t in ticks] == [f"{ranks[s]}. {names[s][0]}" for s in order]
    assert_names([t.partition(". ")[2] for t in ticks], [names[s] for s in order], "\n")
    switch_to(window, view, "en", qtbot)


def test_hover_texts_stay_on_one_line(view):
    view.pages.setCurrentWidget(view.dynamic)
    bars = view.dynamic.chart
    text = bars.describe(0.0, 0.01)
    top = int(bars.shown["order"][0])
    assert "\n" not in text and text.startswith(
        view.context().strategy_labels()[top].replace("\n", " ")
    )


def test_names_come_from_the_model(tmp_path, qapp):
    folder = tmp_path / "model"
    shutil.copytree(default_model_dir(), folder)
    path = folder / "strategies.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "Improve financing support policy", "Microcredit for workshops"
        ),
        encoding="utf-8",
    )
    evaluation = Document(load_model(folder)).evaluation
    context = PageContext(Analyses(evaluation), 0, "en")
    assert context.strategy_legend_labels()[-1] == "S6 Microcredit for workshops"
    assert context.strategy_labels()[-1] == "S6\nMicrocredit for workshops"


def test_labels_fit_their_room():
    assert cells("人才ab") == 6
    assert shorten("Strengthen talent training", 16) == "Strengthen…"
    assert shorten("完善融资支持政策", 10) == "完善融资…"
    assert shorten("Supercalifragilistic", 8) == "Superca…"
    assert wrap("a b c", 5, 2) == ["a b c"]
    assert axis_label("S1", "Name", 3) == "S1"  # too little room: the id alone
    assert axis_label("S1", "Build a multi-level system", 12) == "S1\nBuild a\nmulti-level…"
    assert legend_label("S10", "x" * 80).startswith("S10 xxx")


@given(
    st.text(min_size=1, max_size=60),
    st.integers(min_value=2, max_value=40),
    st.integers(min_value=1, max_value=3),
)
def test_shortened_and_wrapped_text_never_overflows(text, width, lines):
    short = shorten(text, width)
    assert cells(short) <= width or cells(text[:1] + ELLIPSIS) > width
    assert short == text or short.endswith(ELLIPSIS)
    wrapped = wrap(text, width, lines)
    assert len(wrapped) <= lines
    assert all(cells(line) <= max(width, cells(line[:1] + ELLIPSIS)) for line in wrapped)


@pytest.mark.parametrize("width", [420, 700, 1600])
def test_axis_names_fit_the_room_under_each_bar(qtbot, width):
    """Narrow or wide, every bar keeps its label, and no line is wider than its bar's slot."""
    import numpy as np
    from PySide6.QtGui import QFontMetrics

    from desktop.sensitivity.acceptability_chart import AcceptabilityChart
    from desktop.views.name_ticks import SLOT_SHARE

    names = [
        "Build a multi-level cluster organisation system",
        "完善融资支持政策",
        "From points to the whole: focus on core enterprises",
        "Talent",
        "x" * 70,
    ]
    chart = AcceptabilityChart()
    qtbot.addWidget(chart)
    chart.resize(width, 400)
    chart.show()
    qtbot.waitExposed(chart)
    labels = [f"S{i + 1}\n{name}" for i, name in enumerate(names)]
    percent = np.full((5, 5), 20.0)
    chart.show_acceptability(percent, labels, [f"rank {n}" for n in range(1, 6)], "t", "%")
    qtbot.wait(50)
    ticks = tick_texts(chart)
    assert [t.split("\n")[0] for t in ticks] == [f"S{i}" for i in range(1, 6)]
    axis = chart.plot.getAxis("bottom")
    metrics = QFontMetrics(axis.style["tickFont"] or axis.font())
    room = SLOT_SHARE * chart.name_ticks._unit_width()
    assert all(
        metrics.horizontalAdvance(line) <= room + 1
        for tick in ticks
        for line in tick.split("\n")[1:]
    )
    assert (
        axis.style["tickTextHeight"]
        >= max(t.count("\n") + 1 for t in ticks) * metrics.lineSpacing()
    )
    if width >= 1600:
        assert ticks[3] == "S4\nTalent" and "完善融资支持政策" in ticks[1].replace("\n", "")


def test_no_wrapped_line_starts_with_chinese_punctuation():
    # The character before the comma goes down with it: nothing is dropped at the break.
    assert wrap("政府正确引导，改善电子商务产业集群环境", 12, 2) == ["政府正确引", "导，改善电…"]
    assert wrap("由点到面、重点建设", 8, 2) == ["由点到", "面、重…"]


def test_a_word_too_long_for_a_line_ends_the_label():
    assert wrap("Government guidance to improve", 6, 2) == ["Gover…"]
