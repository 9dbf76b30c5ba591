"""Random sequences of edits, well-formed and malformed: each either raises ModelEditError or
gives a model that writes to a folder and loads back the same, with a fitted session that
evaluates and saves. Never another exception."""

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from criteria.text import LocalText
from strategies.evaluation import default_session
from strategies.model import load_model
from strategies.model_edit import (
    ModelEditError,
    add_district,
    add_node,
    add_strategy,
    describe_node,
    edit_strategy,
    move_district,
    move_node,
    move_strategy,
    reconcile,
    remove_district,
    remove_node,
    remove_strategy,
    rename_node,
    write_model_folder,
)
from strategies.panel.session_panel import session_evaluation
from strategies.session_file import SessionFileInfo, session_bytes
from tests.conftest import MODEL_FOLDERS

MODELS = {name: load_model(folder) for name, folder in MODEL_FOLDERS.items()}
texts = st.one_of(
    st.builds(LocalText, st.text(min_size=1, max_size=8), st.text(min_size=1, max_size=8)),
    st.sampled_from([LocalText("", "x"), None, "plain", LocalText("名", "Name")]),
)
positions = st.one_of(st.none(), st.integers(-2, 20), st.sampled_from([True, "1", 1.5]))
picks = st.integers(0, 60)


def _node(model, pick):
    nodes = model.hierarchy.walk()
    return nodes[pick % len(nodes)] if pick < 50 else "nowhere"


def _strategy(model, pick):
    return model.strategy_ids[pick % len(model.strategy_ids)] if pick < 50 else "S99"


def _district(model, pick):
    return model.district_ids[pick % len(model.district_ids)] if pick < 50 else "city"


EDITS = [
    lambda m, a, b, t, p: add_node(m, _node(m, a), t, position=p)[0],
    lambda m, a, b, t, p: add_node(m, _node(m, a), t, node_id=_node(m, b))[0],
    lambda m, a, b, t, p: rename_node(m, _node(m, a), t),
    lambda m, a, b, t, p: describe_node(m, _node(m, a), t),
    lambda m, a, b, t, p: move_node(m, _node(m, a), _node(m, b), p),
    lambda m, a, b, t, p: remove_node(m, _node(m, a)),
    lambda m, a, b, t, p: add_strategy(m, t, measures=[t] if b % 2 else (), position=p)[0],
    lambda m, a, b, t, p: edit_strategy(m, _strategy(m, a), summary=t),
    lambda m, a, b, t, p: move_strategy(m, _strategy(m, a), p),
    lambda m, a, b, t, p: remove_strategy(m, _strategy(m, a)),
    lambda m, a, b, t, p: add_district(m, t, position=p)[0],
    lambda m, a, b, t, p: move_district(m, _district(m, a), p),
    lambda m, a, b, t, p: remove_district(m, _district(m, a)),
]
steps = st.lists(
    st.tuples(st.integers(0, len(EDITS) - 1), picks, picks, texts, positions),
    min_size=1,
    max_size=6,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(MODELS)), steps)
def test_any_sequence_of_edits_gives_a_loadable_model_or_a_plain_refusal(name, sequence):
    model = start = MODELS[name]
    for which, a, b, text, position in sequence:
        try:
            model = EDITS[which](model, a, b, text, position)
        except ModelEditError as error:
            assert str(error) and "\n" not in str(error)
    if model is start:
        return
    with tempfile.TemporaryDirectory() as folder:
        write_model_folder(model, Path(folder) / "m")
        assert load_model(Path(folder) / "m").content_hash == model.content_hash
    fitted = reconcile(default_session(start), start, model)
    session_evaluation(model, fitted.session)
    session_bytes(fitted.session, model, SessionFileInfo.new())
    assert all(d.describe("zh") and d.describe("en") for d in fitted.dropped)
