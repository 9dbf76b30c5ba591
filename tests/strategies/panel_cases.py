"""Panels for the panel tests: experts whose judgments differ from the model's defaults."""

from __future__ import annotations

import numpy as np

from criteria.judgments import PairwiseJudgments
from strategies.evaluation import default_session
from strategies.model import PlanningModel, load_model
from strategies.panel.experts import Expert, Panel
from strategies.session import Session

MODEL = load_model()
BASE = default_session(MODEL)


def noisy(
    judgments: PairwiseJudgments, rng: np.random.Generator, spread: float
) -> PairwiseJudgments:
    """Every judged pair times exp(N(0, spread)), clipped to the scale."""
    pairs = [
        (a, b, float(np.clip(v * np.exp(rng.normal(0.0, spread)), 1 / 9, 9)))
        for a, b, v in judgments.pairs()
    ]
    return PairwiseJudgments.from_pairs(judgments.node, judgments.items, pairs)


def expert(
    index: int, rng: np.random.Generator, spread: float = 0.8, weight: float = 1.0
) -> Expert:
    judgments = {n: noisy(j, rng, spread) for n, j in BASE.criteria_judgments.items()}
    return Expert(f"e{index}", f"Expert {index}", weight=weight, criteria_judgments=judgments)


def panel(size: int, seed: int = 7, spread: float = 0.8) -> Panel:
    rng = np.random.default_rng(seed)
    return Panel(tuple(expert(k, rng, spread) for k in range(size)))


def with_missing_pair(expert_value: Expert, node: str) -> Expert:
    """The expert with the first pair of node left out (the node stays connected)."""
    judgments = expert_value.criteria_judgments[node]
    a, b, _ = judgments.pairs()[0]
    return expert_value.with_criteria_judgments(judgments.with_value(a, b, None))


def model_and_base() -> tuple[PlanningModel, Session]:
    return MODEL, BASE
