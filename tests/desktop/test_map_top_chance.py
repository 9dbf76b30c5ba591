"""The map coloured by the chance that each district's top strategy stays on top: the core's
figures, a run started in the background when none is kept, the Sensitivity page's run
picked up, the last colours kept while a new run goes."""

from dataclasses import replace

import pytest
from PySide6.QtCore import QThreadPool

from desktop.palette import sequential_code
from desktop.views.ranking_map import TOP_CHANCE
from strategies.sensitivity.analyses import Analyses
from strategies.sensitivity.top_chance import top_chances

SAMPLES = 300  # short runs keep the tests quick; the path is the same for long ones


def with_monte_carlo(document, **changes):
    session = document.session
    monte_carlo = replace(session.monte_carlo, **changes)
    document.apply(replace(session, monte_carlo=monte_carlo), "Monte Carlo settings")


@pytest.fixture
def box(window, qtbot, document):
    with_monte_carlo(document, samples=SAMPLES)
    window.tabs.setCurrentWidget(window.ranking)
    box = window.ranking.map_box
    qtbot.waitUntil(lambda: box.map.isVisible())
    yield box
    box.monte_carlo.runner.cancel()
    QThreadPool.globalInstance().waitForDone()


def choose_chance(box):
    box.colour_by.setCurrentIndex(box.colour_by.findData(TOP_CHANCE))


def expected_fills(document):
    """The colours of an independent run with the session's settings (seeded: same figures)."""
    run = Analyses(document.evaluation).monte_carlo(document.session.monte_carlo)
    return {d: sequential_code(f.chance) for d, f in top_chances(run, document.model).items()}


def finished(box) -> bool:
    return not box.monte_carlo.running and box.map.look().note == ""


def test_without_a_kept_run_the_choice_starts_one_and_returns_at_once(box, document, qtbot):
    with_monte_carlo(document, samples=200_000)  # minutes of work: it must not run here
    choose_chance(box)
    assert box.monte_carlo.running
    assert document.analyses.finished_monte_carlo(document.session.monte_carlo) is None
    assert box.map.look().note == "running…"
    assert box.map.look().fills == {}  # no earlier run: no colour yet, none invented
    assert "running…" in box.map.tooltip("shunde")


def test_the_background_run_colours_each_district_by_the_cores_chance(box, document, qtbot):
    choose_chance(box)
    qtbot.waitUntil(lambda: finished(box), timeout=30000)
    assert box.map.look().fills == expected_fills(document)
    kept = document.analyses.finished_monte_carlo(document.session.monte_carlo)
    assert kept is not None  # kept for the Sensitivity page and the exports too


def test_a_kept_run_is_used_at_once_without_starting_another(box, document):
    run = document.analyses.monte_carlo(document.session.monte_carlo)
    choose_chance(box)
    assert not box.monte_carlo.running
    chances = top_chances(run, document.model)
    assert box.map.look().fills == {d: sequential_code(f.chance) for d, f in chances.items()}
    assert box.map.look().note == ""


def test_the_sensitivity_pages_run_is_picked_up(window, box, document, qtbot):
    choose_chance(box)
    box.monte_carlo.runner.cancel()  # let the page's run be the one that finishes
    qtbot.waitUntil(lambda: not box.monte_carlo.running, timeout=30000)
    window.tabs.setCurrentWidget(window.sensitivity_tab)
    page = window.sensitivity_tab.view.monte_carlo
    window.sensitivity_tab.view.pages.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.result is not None and not page.runner.running, timeout=30000)
    window.tabs.setCurrentWidget(window.ranking)
    qtbot.waitUntil(lambda: box.map.look().note == "", timeout=5000)
    chances = top_chances(page.result, document.model)
    assert box.map.look().fills == {d: sequential_code(f.chance) for d, f in chances.items()}
    assert not box.monte_carlo.running


def test_new_settings_keep_the_last_colours_until_their_run_is_done(box, document, qtbot):
    choose_chance(box)
    qtbot.waitUntil(lambda: finished(box), timeout=30000)
    before = box.map.look().fills
    with_monte_carlo(document, spread=1.5, seed=3)
    assert box.map.look().note == "running…"
    assert box.map.look().fills == before
    assert box.map.tooltip("shunde").endswith("\nrunning…")  # the figures are the last run's
    qtbot.waitUntil(lambda: finished(box), timeout=30000)
    after = box.map.look().fills
    assert after == expected_fills(document) and after != before


def test_a_run_that_keeps_no_sample_says_so(box, document, qtbot):
    with_monte_carlo(document, spread=10.0, discard_inconsistent=True)
    choose_chance(box)
    qtbot.waitUntil(lambda: not box.monte_carlo.running, timeout=30000)
    assert box.map.look().note == "No sample kept"
    box.refresh()
    assert not box.monte_carlo.running  # the same inputs are not run again


def test_legend_and_hover_give_the_figure_in_both_languages(box, document, language, qtbot):
    run = document.analyses.monte_carlo(document.session.monte_carlo)
    choose_chance(box)
    found = top_chances(run, document.model)["shunde"]
    look = box.map.look()
    assert [text for _, text in look.legend] == ["0%", "25%", "50%", "75%", "100%"]
    assert [colour for colour, _ in look.legend] == [
        sequential_code(share) for share in (0, 0.25, 0.5, 0.75, 1)
    ]
    text = box.map.tooltip("shunde")
    assert text.startswith("Shunde\n") and f"Top strategy: {found.strategy} " in text
    assert f"{found.chance:.1%}" in text and f"{run.kept} of {run.samples}" in text
    language.set("zh")
    text = box.map.tooltip("shunde")
    assert text.startswith("顺德\n") and f"{found.chance:.1%}" in text
    assert box.map.look().legend_title != look.legend_title


@pytest.mark.parametrize("edit", ["strategy added", "districts reordered"])
def test_after_a_model_edit_the_map_waits_for_a_run_of_the_edited_model(
    window, box, document, qtbot, edit
):
    from criteria.text import LocalText
    from strategies import model_edit as core

    choose_chance(box)
    qtbot.waitUntil(lambda: finished(box), timeout=30000)
    edits = {
        "strategy added": lambda m: core.add_strategy(m, LocalText("新", "New"))[0],
        "districts reordered": lambda m: core.move_district(m, "sanshui", 0),
    }
    assert window.model_editing.editor.commit(edits[edit], lambda: edit)
    qtbot.waitUntil(lambda: finished(box), timeout=30000)  # a run of the edited model
    assert box.map.look().fills == expected_fills(document)
