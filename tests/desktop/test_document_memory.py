"""The document's memory is bounded: a documented undo limit, and an LRU evaluation cache that
New and Open clear. (tests/benchmarks/edit_memory.py measures the RSS over 10,000 edits.)"""

from dataclasses import replace

import numpy as np

from desktop.document import CACHE_SIZE, UNDO_LIMIT, Document
from strategies.evaluation import default_session, evaluate

SCALE = (1 / 9, 1 / 7, 1 / 5, 1 / 3, 1 / 2, 2, 3, 5, 7, 9)


def _distinct_edits(document, count):
    """count edits, each giving a judgment set the cache has not seen."""
    pairs = [
        (node, a, b)
        for node, judgments in document.session.criteria_judgments.items()
        for a, b, _value in judgments.all_pairs()
    ]
    for step in range(count):
        node, a, b = pairs[step % len(pairs)]
        judgments = document.session.criteria_judgments[node]
        value = SCALE[(step // len(pairs) + step) % len(SCALE)]
        if judgments.value(a, b) == value:
            value = 4.0
        document.apply(
            document.session.with_criteria_judgments(judgments.with_value(a, b, value)),
            f"edit {step}",
        )


def test_the_undo_stack_keeps_the_last_undo_limit_steps(model):
    document = Document(model)
    for step in range(UNDO_LIMIT + 30):
        document.apply(replace(document.session, notes=f"note {step}"), f"edit {step}")
    assert document.undo_stack.count() == UNDO_LIMIT
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert document.session.notes == "note 29"  # the 30 oldest steps were dropped
    assert not document.undo_stack.isClean()  # the saved state is gone: never "clean" again


def test_the_evaluation_cache_stays_within_its_size(model):
    document = Document(model)
    _distinct_edits(document, CACHE_SIZE * 2)
    assert 0 < len(document._cache) <= CACHE_SIZE
    _assert_same(document.evaluation, evaluate(model, document.session))  # still right


def test_new_or_open_clears_the_evaluation_cache(model):
    document = Document(model)
    _distinct_edits(document, 60)
    before = set(document._cache)
    document.replace_all(default_session(model))
    judgments = set(default_session(model).criteria_judgments.values())
    assert len(before) > len(document._cache)
    # Only the new session's: its nodes' weights and its district need (one entry).
    needs = [key for key in document._cache if key[0] == "district_need"]
    assert len(needs) == 1 and document._cache[needs[0]][2] is document.evaluation.need
    assert all(key[0] in judgments for key in document._cache if key not in needs)


def test_undo_and_redo_after_the_cache_dropped_entries_give_the_same_results(model):
    document = Document(model)
    _distinct_edits(document, CACHE_SIZE + 40)
    expected = evaluate(model, document.session)
    for _ in range(CACHE_SIZE + 20):
        document.undo_stack.undo()
    for _ in range(CACHE_SIZE + 20):
        document.undo_stack.redo()
    _assert_same(document.evaluation, expected)


def _assert_same(evaluation, expected):
    assert evaluation.session == expected.session
    np.testing.assert_allclose(evaluation.priorities, expected.priorities, rtol=0, atol=1e-12)
    np.testing.assert_array_equal(evaluation.ranks, expected.ranks)
