"""A judgment edit keeps the district need (and its coverage grid) of the last evaluation; a
data edit, a change of normalisation or of the supplement makes them anew."""

from dataclasses import replace

from criteria.indicators import Normalisation
from strategies.coverage import coverage
from strategies.evaluation import default_session, evaluate
from strategies.model import load_model
from strategies.session import IndicatorEdit

MODEL = load_model()


def _judged(session):
    node = MODEL.hierarchy.goal
    judgments = session.criteria_judgments[node]
    a, b, value = judgments.pairs()[0]
    return session.with_criteria_judgments(judgments.with_value(a, b, value * 2))


def test_a_judgment_edit_keeps_the_need_and_its_grid():
    cache: dict = {}
    session = default_session(MODEL)
    first = evaluate(MODEL, session, cache)
    second = evaluate(MODEL, _judged(session), cache)
    assert second.need is first.need
    assert coverage(second) is coverage(first)


def test_data_and_method_edits_make_the_need_anew():
    cache: dict = {}
    session = default_session(MODEL)
    first = evaluate(MODEL, session, cache)
    indicator = next(i for i in MODEL.indicators if i.scope == "district" and i.kind == "number")
    place = MODEL.district_ids[0]
    edited = session.with_indicator_edit(IndicatorEdit(indicator.id, place, 1e6, "a test"))
    other_norm = next(n for n in Normalisation if n != session.normalisation)
    for changed in (
        edited,
        replace(session, normalisation=other_norm),
        replace(session, use_public_supplement=not session.use_public_supplement),
    ):
        again = evaluate(MODEL, changed, cache)
        fresh = evaluate(MODEL, changed)
        assert again.need is not first.need
        assert (again.need.need == fresh.need.need).all()
        assert coverage(again) == coverage(fresh)
    assert (evaluate(MODEL, edited, cache).need.need != first.need.need).any()
