"""The Sensitivity pages come from one registry: each row gives the page, its tab title, its
guide topic and its tab tip, and the view shows them in that order."""

import pytest
from PySide6.QtCore import QThreadPool

from desktop.help.buttons import concept_tip
from desktop.help.topics import TOPICS
from desktop.sensitivity.pages import Page
from desktop.sensitivity.registry import PAGES
from desktop.sensitivity.view import SensitivityView


@pytest.fixture
def view(window, qtbot):
    window.tabs.setCurrentWidget(window.sensitivity_tab)
    view = window.sensitivity_tab.view
    yield view
    view.monte_carlo.runner.cancel()
    QThreadPool.globalInstance().waitForDone()


def test_each_row_names_a_guide_topic_and_a_free_attribute():
    names = [entry.name for entry in PAGES]
    assert len(set(names)) == len(names)
    assert all(entry.topic in TOPICS for entry in PAGES)
    # A page's name becomes the view's attribute: it must not hide one the view has.
    assert not any(hasattr(SensitivityView, name) for name in names)


def test_the_tabs_follow_the_registry(view):
    assert view.pages.count() == len(PAGES)
    for index, entry in enumerate(PAGES):
        page = view.pages.widget(index)
        assert isinstance(page, Page) and getattr(view, entry.name) is page
        assert view.pages.tabText(index) == entry.title()
        tip = concept_tip(entry.concept) if entry.concept else ""
        assert view.pages.tabToolTip(index) == tip
    assert view.all_pages() == tuple(view.pages.widget(i) for i in range(len(PAGES)))


def test_the_help_button_opens_the_topic_of_the_page_shown(view):
    button = view.pages.cornerWidget()
    for index, entry in enumerate(PAGES):
        view.pages.setCurrentIndex(index)
        assert button.topic() == entry.topic


def test_titles_follow_the_language(view, window, qtbot):
    window.named_actions["lang:zh"].trigger()
    qtbot.waitUntil(lambda: view.pages.tabText(0) == "权重扫描")
    assert [view.pages.tabText(i) for i in range(len(PAGES))] == [e.title() for e in PAGES]
    assert all(e.title().isascii() is False for e in PAGES)
