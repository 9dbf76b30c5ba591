"""The Ranking view's map: colours from the evaluation, the district chosen in both ways."""

import contextlib
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from desktop.palette import colour_code, sequential_code
from desktop.views import ranking_map
from desktop.views.ranking_map import NEUTRAL_COLOUR, RankingMap
from strategies.district_map import DistrictMapError


@pytest.fixture
def view(window, qtbot):
    window.tabs.setCurrentWidget(window.ranking)
    qtbot.waitUntil(lambda: window.ranking.map_box.map.isVisible())
    return window.ranking


def test_each_district_is_coloured_by_its_top_strategy(view, document):
    model, evaluation = document.model, document.evaluation
    expected = {
        d: colour_code(model.strategy_ids.index(evaluation.ranking(d)[0].strategy))
        for d in model.district_ids
    }
    assert view.map_box.map.look().fills == expected


def test_the_legend_names_the_top_strategies_shown(view, document):
    model, evaluation = document.model, document.evaluation
    tops = {evaluation.ranking(d)[0].strategy for d in model.district_ids}
    legend = view.map_box.map.look().legend
    assert [text.split()[0] for _, text in legend] == [s for s in model.strategy_ids if s in tops]


def test_hover_text_gives_the_top_strategy_and_its_priority(view, document):
    top = document.evaluation.ranking("shunde")[0]
    text = view.map_box.map.tooltip("shunde")
    assert text.startswith("Shunde\n")
    assert f"Top strategy: {top.strategy} " in text
    assert f"Priority: {top.priority:.3f}" in text


def choose_need(view, criterion):
    box = view.map_box
    box.colour_by.setCurrentIndex(box.colour_by.findData(ranking_map.NEED))
    box.criterion.setCurrentIndex(box.criterion.findData(criterion))


@pytest.mark.parametrize("criterion", ["C1", "C2", "C4", "C7"])
def test_colouring_by_need_follows_the_evaluations_need(view, document, criterion):
    choose_need(view, criterion)
    model, need = document.model, document.evaluation.need
    column = model.criteria.index(criterion)
    expected = {
        d: NEUTRAL_COLOUR if need.neutral[row, column] else sequential_code(need.need[row, column])
        for row, d in enumerate(model.district_ids)
    }
    assert view.map_box.map.look().fills == expected
    assert view.map_box.criterion.isVisible()
    row = model.district_ids.index("gaoming")
    tooltip = view.map_box.map.tooltip("gaoming")
    assert f": {need.need[row, column]:.2f}" in tooltip
    assert ("neutral" in tooltip) == bool(need.neutral[row, column])


def test_a_measured_need_and_a_neutral_one_are_told_apart(view, document):
    choose_need(view, "C1")  # market shares: given for three districts only
    fills = view.map_box.map.look().fills
    neutral = document.evaluation.need.neutral[:, document.model.criteria.index("C1")]
    assert neutral.any() and not neutral.all()
    assert {fills[d] == NEUTRAL_COLOUR for d in document.model.district_ids} == {True, False}


def test_a_click_on_the_map_chooses_the_district_in_the_district_box(view, qtbot):
    mapped = view.map_box.map
    point = mapped.label_position("gaoming").toPoint()
    qtbot.mouseClick(mapped, Qt.MouseButton.LeftButton, pos=point)
    assert view.district.currentData() == "gaoming"
    assert view.ranking_model.district == "gaoming"


def test_the_district_box_selects_the_district_on_the_map(view):
    view.district.setCurrentIndex(view.district.findData("sanshui"))
    assert view.map_box.map.selected() == "sanshui"
    view.district.setCurrentIndex(view.district.findData(""))  # all districts
    assert view.map_box.map.selected() == ""


def test_an_edit_recolours_without_rebuilding_the_outlines(view, document, qtbot):
    shapes = view.map_box.map._shapes
    choose_need(view, "C1")
    before = view.map_box.map.look()
    session = replace(document.session, alpha=0.0)
    document.apply(session, lambda: "alpha")
    qtbot.waitUntil(lambda: view.map_box.map.look() is not before)
    assert view.map_box.map._shapes is shapes


def test_names_and_texts_follow_the_language(view, language, document, qtbot):
    language.set("zh")
    names = view.map_box.map.look().names
    assert names == {d.id: d.name.get("zh") for d in document.model.districts}
    assert view.map_box.title() == "区地图"
    assert view.map_box.map.tooltip("shunde").startswith("顺德\n首选策略")


def test_broken_outlines_say_why_and_show_no_map(qtbot, document, language, monkeypatch):
    def broken(model):
        raise DistrictMapError("map.json: district 'shunde': a ring that is not closed")

    monkeypatch.setattr(ranking_map, "load_district_map", broken)
    box = RankingMap(document, language)
    qtbot.addWidget(box)
    box.retranslate()
    box.show()
    assert box.problem.isVisible() and "shunde" in box.problem.text()
    assert not box.map.isVisible()


def test_a_model_without_outlines_shows_no_map(qtbot, document, language, monkeypatch):
    monkeypatch.setattr(ranking_map, "load_district_map", lambda model: None)
    box = RankingMap(document, language)
    qtbot.addWidget(box)
    box.retranslate()
    assert box.isHidden() and not box.has_map()


def columns_whole(table) -> bool:
    header = table.horizontalHeader()
    return all(
        header.sectionSize(c) >= table.sizeHintForColumn(c) - 1 for c in range(header.count())
    )


def settled(qtbot, check) -> bool:
    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(check, timeout=2000)
    return check()


def map_has_room(view) -> bool:
    size, least = view.map_box.map.size(), view.map_box.map.minimumSizeHint()
    return size.width() >= least.width() and size.height() >= least.height()


def test_wide_the_map_goes_beside_the_overview_without_cutting_a_column(window, qtbot):
    window.resize(1920, 1080)
    window.tabs.setCurrentWidget(window.ranking)
    view = window.ranking
    assert settled(
        qtbot,
        lambda: (
            view.bottom.orientation() == Qt.Orientation.Horizontal
            and columns_whole(view.overview)
            and map_has_room(view)
        ),
    )


def test_narrow_the_map_goes_below_the_overview_which_keeps_the_full_width(window, qtbot):
    window.resize(1366, 768)
    window.tabs.setCurrentWidget(window.ranking)
    view = window.ranking
    assert settled(
        qtbot,
        lambda: (
            view.bottom.orientation() == Qt.Orientation.Vertical
            and view.overview_box.width() == view.bottom.width()
            and map_has_room(view)
        ),
    )
