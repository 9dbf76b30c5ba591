"""The shipped Foshan model loads, and every figure carries its source."""

import re

import pytest

from strategies.evaluation import default_session, evaluate
from strategies.model import load_model

SECTION = re.compile(r"^[一二三四五六](\([一二三四五六]\))?")


@pytest.fixture(scope="module")
def model():
    return load_model()


def test_structure(model):
    assert model.hierarchy.inner_nodes == ("goal", "L1", "L2", "L3")
    assert model.criteria == tuple(f"C{i}" for i in range(1, 9))
    assert model.strategy_ids == tuple(f"S{i}" for i in range(1, 7))
    assert model.district_ids == ("chancheng", "nanhai", "shunde", "gaoming", "sanshui")
    for node in model.hierarchy.nodes.values():
        assert node.name.zh and node.name.en and node.description.zh and node.description.en
    for strategy in model.strategies:
        assert strategy.section.startswith("五")
        assert len(strategy.measures_zh) == len(strategy.measures_en) > 0


def test_every_indicator_has_a_source(model):
    for indicator in (*model.indicators, *model.supplement):
        assert indicator.source.zh and indicator.source.en, indicator.id
        assert indicator.year, indicator.id
    for indicator in model.indicators:
        assert SECTION.match(indicator.section), indicator.id


def test_missing_district_values_stay_missing(model):
    share = next(i for i in model.indicators if i.id == "ecommerce_market_share")
    assert share.values == {"shunde": 21.12, "nanhai": 19.80, "chancheng": 18.33}
    assert "gaoming" not in share.values and "sanshui" not in share.values


def test_paper_inconsistencies_are_kept_with_notes(model):
    notes = " ".join(n["note_en"] for n in model.notes)
    assert "6181" in notes and "6330" in notes
    peer = next(i for i in model.indicators if i.scope == "peer_city")
    assert peer.printed["wuxi"] == "1亿"


def test_default_ratings_are_complete_and_labelled(model):
    assert len(model.default_ratings) == 48
    for rating in model.default_ratings.values():
        assert rating.level in model.rating_scale.levels
        assert rating.reason.zh and rating.reason.en
    assert "default" in model.ratings_origin.en.lower()


def test_new_session_is_neutral(model):
    session = default_session(model)
    for judgments in session.criteria_judgments.values():
        assert all(value == 1 for _, _, value in judgments.pairs())
    evaluation = evaluate(model, session)
    assert evaluation.weights.global_weights["C1"] == pytest.approx(1 / 9)
    assert evaluation.weights.global_weights["C4"] == pytest.approx(1 / 6)


def test_content_hash_changes_with_the_data(model, tmp_path):
    import shutil

    folder = tmp_path / "model"
    shutil.copytree(model_folder(), folder)
    path = folder / "districts.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("Sanshui", "San Shui"), encoding="utf-8"
    )
    assert load_model(folder).content_hash != model.content_hash


def model_folder():
    from strategies.model import default_model_dir

    return default_model_dir()
