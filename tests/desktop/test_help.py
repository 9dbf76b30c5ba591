"""The guide: every topic in both languages, '?' buttons and F1 open the right topic, it follows
the language, and CR, α and g explain themselves in tooltips."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt, QThreadPool, QUrl

from desktop.help.buttons import HelpButton, concept_tip, explain
from desktop.help.topics import FOLDERS, TOPIC_LINK, TOPICS, help_dir, topic_text, topic_title
from desktop.sensitivity.registry import PAGES

CHINESE = re.compile(r"[\u4e00-\u9fff]")
LINK = re.compile(r"\]\(" + TOPIC_LINK + r"([a-z_]+)\)")


@pytest.mark.parametrize("lang", sorted(FOLDERS))
def test_every_topic_exists_in_each_language_and_nothing_else(lang):
    files = {path.stem for path in help_dir(lang).glob("*.md")}
    assert files == set(TOPICS)
    for topic in TOPICS:
        text = topic_text(topic, lang)
        assert text.startswith("# ") and len(text) > 200, topic
        assert bool(CHINESE.search(topic_title(topic, lang))) == (lang == "zh"), topic


def test_the_languages_do_not_mix():
    for topic in TOPICS:
        english = topic_text(topic, "en")
        assert not CHINESE.search(english.replace("中文", "")), topic  # the menu item's own name
        chinese = topic_text(topic, "zh")
        assert len(CHINESE.findall(chinese)) > 100, topic


@pytest.mark.parametrize("lang", sorted(FOLDERS))
def test_links_between_topics_lead_to_topics(lang):
    for topic in TOPICS:
        for target in LINK.findall(topic_text(topic, lang)):
            assert target in TOPICS, (topic, target)


def test_both_languages_link_the_same_topics():
    for topic in TOPICS:
        assert sorted(LINK.findall(topic_text(topic, "en"))) == sorted(
            LINK.findall(topic_text(topic, "zh"))
        ), topic


@pytest.fixture
def sensitivity(window):
    window.tabs.setCurrentWidget(window.sensitivity_tab)  # built when first shown
    view = window.sensitivity_tab.view
    yield view
    view.monte_carlo.runner.cancel()
    QThreadPool.globalInstance().waitForDone()


def _shown_topic(window) -> str:
    guide = window.help_guide
    assert guide.isVisible()
    return guide.topic


def test_each_question_mark_opens_its_topic(window, sensitivity, qtbot):
    window.effectiveness.pairwise.setChecked(True)  # shows the strategies' judgment editor
    buttons = window.findChildren(HelpButton)
    opened = set()
    for button in buttons:
        if button is sensitivity.pages.cornerWidget():
            continue
        button.click()
        assert _shown_topic(window) == button.topic()
        assert window.help_guide.browser.toPlainText().startswith(topic_title(button.topic(), "en"))
        opened.add(button.topic())
    assert opened == {
        "judgments",
        "consistency",
        "missing",
        "ratings",
        "indicators",
        "ranking",
        "alpha",
    }


def test_the_sensitivity_question_mark_opens_the_page_on_screen(window, sensitivity):
    corner = sensitivity.pages.cornerWidget()
    assert isinstance(corner, HelpButton)
    for index, page in enumerate(sensitivity.all_pages()):
        sensitivity.pages.setCurrentWidget(page)
        corner.click()
        assert _shown_topic(window) == PAGES[index].topic
    assert {entry.topic for entry in PAGES} <= set(TOPICS)


def test_f1_opens_the_topic_of_the_tab_on_screen(window, sensitivity):
    assert window.named_actions["guide"] in window.help_menu.actions()
    assert window.named_actions["guide"].shortcut().toString() == "F1"
    for tab, topic in (
        (window.judgments, "judgments"),
        (window.effectiveness, "ratings"),
        (window.indicators, "indicators"),
        (window.ranking, "ranking"),
        (window.notes, "workflow"),
    ):
        window.tabs.setCurrentWidget(tab)
        window.named_actions["guide"].trigger()
        assert _shown_topic(window) == topic
    window.tabs.setCurrentWidget(window.sensitivity_tab)
    sensitivity.pages.setCurrentWidget(sensitivity.thresholds)
    window.named_actions["guide"].trigger()
    assert _shown_topic(window) == "thresholds"


def test_the_guide_follows_the_language(window, language):
    window.named_actions["guide"].trigger()
    guide = window.help_guide
    guide.show_topic("alpha")
    assert guide.topics.item(TOPICS.index("alpha")).text() == topic_title("alpha", "en")
    language.set("zh")
    assert [guide.topics.item(i).text() for i in range(len(TOPICS))] == [
        topic_title(topic, "zh") for topic in TOPICS
    ]
    assert guide.browser.toPlainText().startswith(topic_title("alpha", "zh"))
    assert CHINESE.search(guide.windowTitle())
    language.set("en")
    assert guide.browser.toPlainText().startswith(topic_title("alpha", "en"))
    assert guide.topic == "alpha" and guide.topics.currentRow() == TOPICS.index("alpha")


def test_topic_links_and_the_list_switch_topics(window):
    window.named_actions["guide"].trigger()
    guide = window.help_guide
    guide.browser.anchorClicked.emit(QUrl(TOPIC_LINK + "missing"))
    assert guide.topic == "missing"
    guide.topics.setCurrentRow(TOPICS.index("exports"))
    assert guide.topic == "exports"
    assert guide.browser.toPlainText().startswith(topic_title("exports", "en"))


def test_question_mark_tooltips_name_their_topic_in_the_current_language(window, language, qtbot):
    button = next(b for b in window.findChildren(HelpButton) if b.topic() == "missing")
    assert topic_title("missing", "en") in button.toolTip()
    language.set("zh")
    qtbot.waitUntil(lambda: topic_title("missing", "zh") in button.toolTip())


def test_cr_alpha_and_need_explain_themselves_in_both_languages(window, language, qtbot):
    explained = {
        "cr": [
            lambda: window.hierarchy.headerItem().toolTip(3),
            lambda: window.judgments.consistency.summary.toolTip(),
        ],
        "alpha": [
            lambda: window.ranking.alpha_label.toolTip(),
            lambda: window.ranking.alpha_value.toolTip(),
        ],
        "need": [lambda: window.indicators.need_title.toolTip()],
    }
    for concept, tips in explained.items():
        assert all(tip() == concept_tip(concept) for tip in tips)
    assert "0.05" in concept_tip("cr") and "0.10" in concept_tip("cr")
    language.set("zh")
    qtbot.waitUntil(lambda: bool(CHINESE.search(window.ranking.alpha_label.toolTip())))
    for concept, tips in explained.items():
        assert all(tip() == concept_tip(concept) and CHINESE.search(tip()) for tip in tips)


def test_the_sensitivity_alpha_page_explains_alpha(window, sensitivity):
    index = sensitivity.pages.indexOf(sensitivity.alpha)
    assert sensitivity.pages.tabToolTip(index) == concept_tip("alpha")
    assert sensitivity.alpha.note.toolTip() == concept_tip("alpha")


def test_unknown_topics_and_concepts_fail_at_once(qapp):
    with pytest.raises(KeyError):
        topic_text("nonsense", "en")
    with pytest.raises(KeyError):
        HelpButton("nonsense")
    with pytest.raises(KeyError):
        explain("nonsense")


@pytest.mark.parametrize("lang", sorted(FOLDERS))
def test_the_markdown_renders_without_stray_marks(qapp, lang):
    """Emphasis beside Chinese punctuation can fail to parse and show its asterisks."""
    from PySide6.QtWidgets import QTextBrowser

    browser = QTextBrowser()
    for topic in TOPICS:
        text = topic_text(topic, lang)
        browser.setMarkdown(text)
        shown = browser.toPlainText()
        assert shown.count("*") == text.count("`*`"), topic  # only an asterisk quoted as code
        assert "`" not in shown and "](" not in shown, topic


def test_escape_closes_the_guide_and_f1_brings_it_back(window, qtbot):
    window.named_actions["guide"].trigger()
    guide = window.help_guide
    qtbot.keyClick(guide.browser, Qt.Key.Key_Escape)
    assert not guide.isVisible()
    window.named_actions["guide"].trigger()
    assert guide.isVisible()


def test_the_guide_ships_with_the_package():
    """pyproject's package data must take the guide's files (and its translation)."""
    import fnmatch
    import tomllib
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    globs = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"
    ]["package-data"]["resources"]
    shipped = [
        path.relative_to(root / "resources").as_posix()
        for lang in FOLDERS
        for path in help_dir(lang).glob("*")
    ]
    shipped.append("i18n/zh_CN/help.qm")
    for name in shipped:
        assert any(fnmatch.fnmatch(name, pattern.replace("**/", "*")) for pattern in globs), name
