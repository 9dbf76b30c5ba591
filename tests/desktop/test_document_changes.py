"""The document says what each edit, undo and redo changed, and evaluates only for its inputs."""

from dataclasses import fields, replace

import pytest

import desktop.document
from criteria.indicators import Normalisation
from desktop.changes import FIELD_CHANGES, Change, changes_between
from strategies.effectiveness import Synthesis
from strategies.session import PAIRWISE_MODE, IndicatorEdit, Session


def test_every_session_field_has_its_kind_of_change():
    assert set(FIELD_CHANGES) == {field.name for field in fields(Session)}


def _judgment(session, model):
    node = model.hierarchy.goal
    judgments = session.criteria_judgments[node]
    first, second = judgments.items[:2]
    return session.with_criteria_judgments(judgments.with_value(first, second, 7.0))


def _strategy_judgment(session, model):
    criterion = model.criteria[0]
    judgments = session.strategy_judgments.get(criterion)
    if judgments is None:
        from criteria.judgments import PairwiseJudgments

        judgments = PairwiseJudgments.neutral(criterion, model.strategy_ids)
    first, second = model.strategy_ids[:2]
    return session.with_strategy_judgments(judgments.with_value(first, second, 5.0))


def _rating(session, model):
    key = (model.strategy_ids[0], model.criteria[0])
    other = next(level for level in model.rating_scale.levels if level != session.ratings[key])
    return session.with_rating(*key, other)


def _indicator(session, model):
    indicator = model.indicators[0]
    return session.with_indicator_edit(
        IndicatorEdit(indicator.id, model.district_ids[0], 1.0, "survey")
    )


EDITS = {
    "criteria judgment": (_judgment, Change.JUDGMENTS),
    "strategy judgment": (_strategy_judgment, Change.JUDGMENTS),
    "rating": (_rating, Change.RATINGS),
    "pairwise mode": (lambda s, m: s.with_mode(m.criteria[0], PAIRWISE_MODE), Change.RATINGS),
    "indicator value": (_indicator, Change.INDICATORS),
    "supplement": (lambda s, m: replace(s, use_public_supplement=True), Change.INDICATORS),
    "alpha": (lambda s, m: replace(s, alpha=0.9), Change.SETTINGS),
    "normalisation": (
        lambda s, m: replace(s, normalisation=Normalisation.MIN_MAX),
        Change.SETTINGS,
    ),
    "synthesis": (
        lambda s, m: replace(s, synthesis=next(x for x in Synthesis if x is not s.synthesis)),
        Change.SETTINGS,
    ),
    "random index": (lambda s, m: replace(s, random_index="dd"), Change.SETTINGS),
    "notes": (lambda s, m: replace(s, notes="met the district heads"), Change.NOTES),
    "monte carlo": (
        lambda s, m: replace(s, monte_carlo=replace(s.monte_carlo, samples=500)),
        Change.MONTE_CARLO,
    ),
}


@pytest.fixture
def evaluations(monkeypatch):
    """Counts the document's evaluations (of the session, or of its panel)."""
    calls = []
    real = desktop.document.session_panel.session_evaluation

    def counting(*args, **kwargs):
        calls.append(args[1])
        return real(*args, **kwargs)

    monkeypatch.setattr(desktop.document.session_panel, "session_evaluation", counting)
    return calls


@pytest.mark.parametrize("name", EDITS)
def test_edit_undo_and_redo_each_say_what_changed(document, model, name):
    edit, kind = EDITS[name]
    document.evaluation  # noqa: B018 - evaluated before the edit, as in the window
    told = []
    document.changed.connect(told.append)
    before = document.session
    document.apply(edit(before, model), name)
    document.undo_stack.undo()
    document.undo_stack.redo()
    assert told == [kind, kind, kind]
    assert changes_between(before, document.session) == kind


@pytest.mark.parametrize("name", EDITS)
def test_only_inputs_of_the_evaluation_evaluate_again(document, model, evaluations, name):
    edit, kind = EDITS[name]
    first = document.evaluation
    evaluations.clear()
    document.apply(edit(document.session, model), name)
    document.undo_stack.undo()
    assert len(evaluations) == (2 if kind & Change.EVALUATION else 0)
    # Either way the evaluation belongs to the current session (exports read its notes).
    assert document.evaluation.session is document.session
    if not kind & Change.EVALUATION:
        assert document.evaluation.priorities is first.priorities


def test_a_merged_gesture_undone_says_what_it_changed(document, model):
    told = []
    document.changed.connect(told.append)
    for alpha in (0.6, 0.7, 0.8):
        document.apply(replace(document.session, alpha=alpha), "alpha", merge_key="alpha")
    document.end_merge()
    document.apply(replace(document.session, notes="x"), "notes", merge_key="notes")
    told.clear()
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert told == [Change.NOTES, Change.SETTINGS]
    assert document.session.alpha == Session(criteria_judgments={}, ratings={}).alpha


def test_starting_over_says_everything_changed(document, model):
    told = []
    document.changed.connect(told.append)
    document.replace_all(replace(document.session, notes="new"))
    assert told == [Change.ALL]


def test_an_edit_that_changes_two_kinds_says_both(document):
    told = []
    document.changed.connect(told.append)
    document.apply(replace(document.session, alpha=0.2, notes="why 0.2"), "both")
    assert told == [Change.SETTINGS | Change.NOTES]
