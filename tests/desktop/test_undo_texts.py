"""Undo texts name things as the planner sees them, with values, in the current language."""

import re

import pytest

CJK = re.compile(r"[\u4e00-\u9fff]")


def stack_texts(document):
    stack = document.undo_stack
    return [stack.command(index).text() for index in range(stack.count())]


def every_kind_of_edit(window, document):
    """One edit through each undoable control of the window."""
    model = document.model
    window.hierarchy.select("goal")
    window.judgments.rows[0].slider.setValue(-2)  # L1 vs L2: 3
    document.end_merge()
    window.hierarchy.select("L1")
    window.judgments.rows[0].missing.setChecked(True)
    ratings = window.effectiveness.model
    assert ratings.setData(ratings.index(5, 0), "very_strong")
    window.effectiveness.pairwise.setChecked(True)
    window.effectiveness.synthesis.setCurrentIndex(1)
    district, indicator = model.districts[3], model.indicators[1]
    window.indicators.enter_value(indicator.id, district.id, 12.5, "Yearbook 2017")
    window.indicators.restore_value(indicator.id, district.id)
    window.indicators.supplement.setChecked(True)
    window.indicators.normalisation.setCurrentIndex(1)
    window.judgments.random_index.setCurrentIndex(1)
    window.ranking.alpha.setValue(80)
    document.end_merge()
    window.notes.editor.setPlainText("Bureau meeting")
    return district, indicator


def test_texts_name_strategies_criteria_districts_and_indicators(window, document):
    district, indicator = every_kind_of_edit(window, document)
    texts = stack_texts(document)
    assert len(texts) == 12
    assert "Change the synthesis mode" in texts
    joined = "\n".join(texts)
    model = document.model
    for name in (
        "Scale of e-commerce",
        model.strategy("S6").name.en,
        district.name.en,
        indicator.name.en,
        model.hierarchy.name("L1", "en"),
    ):
        assert name in joined, name
    for identifier in (district.id, indicator.id):
        assert not re.search(rf"\b{identifier}\b", joined), identifier
    assert not re.search(r"\b[SCL]\d\b(?! [A-Z])", joined), joined  # no id without its name
    assert "Set need emphasis α to 0.80" in texts
    assert f"Rate S6 {model.strategy('S6').name.en} “very strong” on C1 Scale of e-commerce" in (
        texts
    )


def test_texts_follow_a_language_switch(window, document, qtbot):
    district, indicator = every_kind_of_edit(window, document)
    window.named_actions["lang:zh"].trigger()
    qtbot.waitUntil(lambda: window.tabs.tabText(3) == "排序")
    texts = stack_texts(document)
    joined = "\n".join(texts)
    for name in (district.name.zh, indicator.name.zh, "电商规模"):
        assert name in joined
    for text in texts:
        assert CJK.search(text), text
        assert not re.search(r"[A-Za-z]{3,}", text), text  # no English word left
    assert window.named_actions["undo"].text().startswith("撤销")
    assert "撤消" not in window.named_actions["undo"].text()
    window.named_actions["lang:en"].trigger()
    qtbot.waitUntil(lambda: window.tabs.tabText(3) == "Ranking")
    assert not any(CJK.search(text) for text in stack_texts(document))
    assert window.named_actions["undo"].text() == f"&Undo {document.undo_stack.undoText()}"


@pytest.mark.parametrize("language_code", ["en", "zh"])
def test_undo_action_names_the_step_and_disables_when_empty(window, document, qtbot, language_code):
    window.named_actions[f"lang:{language_code}"].trigger()
    window.ranking.alpha.setValue(30)
    assert document.undo_stack.undoText() in window.named_actions["undo"].text()
    window.named_actions["undo"].trigger()
    assert not window.named_actions["undo"].isEnabled()
    assert window.named_actions["redo"].isEnabled()
    assert document.undo_stack.redoText() in window.named_actions["redo"].text()
    assert window.named_actions["undo"].text().replace("&", "") in ("Undo", "撤销(U)")


def test_toolbar_says_undo_and_its_tooltip_names_the_step(window, document):
    from dataclasses import replace

    document.apply(replace(document.session, notes="x"), "Edit R&D notes")
    undo = window.named_actions["undo"]
    assert undo.text() == "&Undo Edit R&&D notes"  # '&' of a name is no mnemonic
    assert undo.toolTip() == "Undo Edit R&D notes"
    button = window.toolbar.widgetForAction(undo)
    assert button.text() == "Undo"
