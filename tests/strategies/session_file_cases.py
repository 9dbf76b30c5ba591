"""Shared material for the session file tests: the model, generated sessions, edited models."""

from __future__ import annotations

import itertools
import re
import shutil
import tomllib
from datetime import UTC, datetime
from itertools import combinations
from pathlib import Path

from hypothesis import strategies as st

from criteria.ahp import RANDOM_INDEX_TABLES
from criteria.indicators import MAX_VALUE_MAGNITUDE, Normalisation
from criteria.judgments import PairwiseJudgments
from strategies.effectiveness import Synthesis
from strategies.model import default_model_dir, load_model
from strategies.session import PAIRWISE_MODE, IndicatorEdit, MonteCarloSettings, Session
from strategies.session_file import SessionFileInfo

MODEL = load_model()
SAATY_STEPS = tuple([1 / v for v in range(9, 1, -1)] + [float(v) for v in range(1, 10)])
FIXED_INFO = SessionFileInfo(
    datetime(2024, 5, 2, 8, 30, tzinfo=UTC), datetime(2024, 6, 1, 17, 5, 9, tzinfo=UTC), "0.1.0"
)

scale_values = st.one_of(st.sampled_from(SAATY_STEPS), st.floats(1 / 9, 9.0))
texts = st.text(st.characters(codec="utf-8"), max_size=40)


@st.composite
def judgments(draw, node: str, items: tuple[str, ...]) -> PairwiseJudgments:
    """Judgments with some pairs missing; pairs with the first item keep the node connected."""
    pairs = []
    for a, b in combinations(items, 2):
        value = draw(scale_values if a == items[0] else st.none() | scale_values)
        if value is not None:
            pairs.append((a, b, value) if draw(st.booleans()) else (b, a, 1.0 / value))
    return PairwiseJudgments.from_pairs(node, items, pairs)


@st.composite
def sessions(draw, model=MODEL) -> Session:
    """Any session a planner could make for model."""
    hierarchy = model.hierarchy
    criteria = {
        node: draw(judgments(node, hierarchy.children(node))) for node in hierarchy.inner_nodes
    }
    levels = st.sampled_from(model.rating_scale.levels)
    ratings = {(s, c): draw(levels) for c in model.criteria for s in model.strategy_ids}
    pairwise = draw(st.sets(st.sampled_from(model.criteria)))
    judged = draw(st.sets(st.sampled_from(model.criteria)))
    return Session(
        criteria_judgments=criteria,
        ratings=ratings,
        strategy_judgments={c: draw(judgments(c, model.strategy_ids)) for c in judged},
        effectiveness_modes=dict.fromkeys(pairwise, PAIRWISE_MODE),
        indicator_edits=tuple(
            draw(
                st.lists(
                    indicator_edits(model), max_size=4, unique_by=lambda e: (e.indicator, e.place)
                )
            )
        ),
        alpha=draw(st.floats(0.0, 1.0)),
        normalisation=draw(st.sampled_from(Normalisation)),
        synthesis=draw(st.sampled_from(Synthesis)),
        random_index=draw(st.sampled_from(tuple(RANDOM_INDEX_TABLES))),
        use_public_supplement=draw(st.booleans()),
        monte_carlo=MonteCarloSettings(
            draw(st.floats(0.0, 3.0)),
            draw(st.integers(1, 10**5)),
            draw(st.integers(0, 2**32)),
            draw(st.booleans()),
        ),
        notes=draw(texts),
    )


def indicator_edits(model):
    """Edits a planner can make: a number (or none) of a number indicator at one of its places."""
    places = [
        (i.id, place)
        for i in (*model.indicators, *model.supplement)
        if i.kind == "number"
        for place in (
            model.district_ids
            if i.scope == "district"
            else ("city",)
            if i.scope == "city"
            else tuple(i.values)
        )
    ]
    values = st.none() | st.floats(-MAX_VALUE_MAGNITUDE, MAX_VALUE_MAGNITUDE)
    return st.sampled_from(places).flatmap(
        lambda place: st.builds(IndicatorEdit, st.just(place[0]), st.just(place[1]), values, texts)
    )


infos = st.builds(
    SessionFileInfo,
    st.datetimes(datetime(1990, 1, 1), datetime(2200, 1, 1), timezones=st.just(UTC)),
    st.datetimes(datetime(1990, 1, 1), datetime(2200, 1, 1), timezones=st.just(UTC)),
    st.from_regex(r"\d{1,2}\.\d{1,2}\.\d{1,2}", fullmatch=True),
)


def copy_model(folder: Path) -> Path:
    """A copy of the shipped model folder to edit."""
    return Path(shutil.copytree(default_model_dir(), folder))


def drop_record(folder: Path, file: str, table: str, ident: str) -> None:
    """Remove the [[table]] record with id = ident from a model TOML file."""
    path = folder / file
    blocks = re.split(rf"(?m)^(?=\[\[{table}\]\])", path.read_text(encoding="utf-8"))
    kept = [b for b in blocks if not re.search(rf'(?m)^id = "{ident}"$', b)]
    assert len(kept) == len(blocks) - 1, f"{ident} not found once in {file}"
    path.write_text("".join(kept), encoding="utf-8")


def add_criterion(folder: Path, ident: str, layer: str) -> None:
    with (folder / "criteria.toml").open("a", encoding="utf-8") as handle:
        handle.write(
            f'\n[[criteria]]\nid = "{ident}"\nlayer = "{layer}"\n'
            f'name_zh = "新准则"\nname_en = "New criterion"\n'
        )


def write_neutral_judgments(folder: Path) -> None:
    """Replace judgments.toml by neutral judgments of the edited hierarchy."""
    data = tomllib.loads((folder / "criteria.toml").read_text(encoding="utf-8"))
    children = {data["goal"]["id"]: [layer["id"] for layer in data["layers"]]}
    for record in data["criteria"]:
        children.setdefault(record["layer"], []).append(record["id"])
    lines = []
    for node, items in children.items():
        pairs = ", ".join(f'["{a}", "{b}", 1.0]' for a, b in combinations(items, 2))
        lines.append(f'[[nodes]]\nnode = "{node}"\npairs = [{pairs}]\n')
    (folder / "judgments.toml").write_text("\n".join(lines), encoding="utf-8")


def write_fitted_ratings(folder: Path) -> None:
    """Fit ratings.toml to the edited strategies and criteria (a model must rate every
    strategy under every leaf criterion and name no other): drop the ratings of removed
    ones, rate the new pairs "none"."""
    path = folder / "ratings.toml"
    strategies = _ids(folder / "strategies.toml", "strategies")
    criteria = _ids(folder / "criteria.toml", "criteria")
    head, *blocks = re.split(r"(?m)^(?=\[\[ratings\]\])", path.read_text(encoding="utf-8"))
    kept, rated = [head], set()
    for block in blocks:
        record = tomllib.loads(block)["ratings"][0]
        if record["strategy"] in strategies and record["criterion"] in criteria:
            kept.append(block)
            rated.add((record["strategy"], record["criterion"]))
    for strategy, criterion in itertools.product(strategies, criteria):
        if (strategy, criterion) not in rated:
            kept.append(
                f'\n[[ratings]]\nstrategy = "{strategy}"\ncriterion = "{criterion}"\n'
                'level = "none"\n'
            )
    path.write_text("".join(kept), encoding="utf-8")


def _ids(path: Path, table: str) -> list[str]:
    return [r["id"] for r in tomllib.loads(path.read_text(encoding="utf-8"))[table]]
