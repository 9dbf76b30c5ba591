"""Fit the session a file states to the model at hand: keep every judgment that still applies,
drop those of removed items, give new items neutral judgments and default ratings, and say so.
(A model edit fits a session through strategies.model_edit.reconcile, which starts new pairs
missing: ``fit_judgments(..., missing=True)``.)"""

from __future__ import annotations

from dataclasses import replace
from itertools import combinations

from criteria.judgments import JudgmentError, PairwiseJudgments
from strategies.model import PlanningModel
from strategies.session import Session
from strategies.session_io.decode import SavedModel
from strategies.session_io.notices import (
    ItemsDropped,
    JudgmentsDropped,
    JudgmentsReset,
    ModelChanged,
    NeutralJudgmentsAdded,
    RatingsDefaulted,
    SessionFileWarning,
    UnknownIndicatorEdits,
)

NEUTRAL = 1.0


def fit_to_model(
    session: Session, saved: SavedModel, model: PlanningModel
) -> tuple[Session, tuple[SessionFileWarning, ...]]:
    """The session made valid for model, with a warning for everything that had to change."""
    warnings: list[SessionFileWarning] = []
    changed = model_changes(saved, model)
    if changed is not None:
        warnings.append(changed)
    criteria = frozenset(model.criteria)  # a set: linear in the modes a file holds
    fitted = replace(
        session,
        criteria_judgments=_fit_criteria_judgments(session, model, warnings),
        ratings=_fit_ratings(session, model, warnings),
        strategy_judgments={
            c: fit_judgments(session.strategy_judgments[c], model.strategy_ids, warnings)
            for c in model.criteria
            if c in session.strategy_judgments
        },
        effectiveness_modes={
            c: mode for c, mode in session.effectiveness_modes.items() if c in criteria
        },
    )
    _check_indicator_edits(session, model, warnings)
    return fitted, tuple(warnings)


def model_changes(saved: SavedModel, model: PlanningModel) -> ModelChanged | None:
    """What differs between the model a file was made for and this one (None if nothing)."""
    same_lists = (saved.criteria, saved.strategies) == (model.criteria, model.strategy_ids)
    if saved.content_hash == model.content_hash and same_lists:
        return None
    return ModelChanged(
        saved.version,
        model.version,
        added_criteria=_missing_from(model.criteria, saved.criteria),
        removed_criteria=_missing_from(saved.criteria, model.criteria),
        added_strategies=_missing_from(model.strategy_ids, saved.strategies),
        removed_strategies=_missing_from(saved.strategies, model.strategy_ids),
    )


def _missing_from(names: tuple[str, ...], other: tuple[str, ...]) -> tuple[str, ...]:
    present = frozenset(other)
    return tuple(name for name in names if name not in present)


def _fit_criteria_judgments(
    session: Session, model: PlanningModel, warnings: list
) -> dict[str, PairwiseJudgments]:
    hierarchy = model.hierarchy
    warnings.extend(
        JudgmentsDropped(node)
        for node in session.criteria_judgments
        if node not in hierarchy.inner_nodes
    )
    fitted = {}
    for node in hierarchy.inner_nodes:
        given = session.criteria_judgments.get(node)
        if given is None:
            fitted[node] = model.default_judgments.get(node) or PairwiseJudgments.neutral(
                node, hierarchy.children(node)
            )
            warnings.append(NeutralJudgmentsAdded(node, hierarchy.children(node)))
        else:
            fitted[node] = fit_judgments(given, hierarchy.children(node), warnings)
    return fitted


def fit_judgments(
    given: PairwiseJudgments, items: tuple[str, ...], warnings: list, *, missing: bool = False
) -> PairwiseJudgments:
    """Judgments over items: the given pairs that still apply, and for new items neutral
    ones (a file of another model version, as before) or, with ``missing``, none (a model
    edit: the new pairs start missing, and a node they leave unlinked weighs provisionally)."""
    if given.items == items:
        return given
    had, wanted = frozenset(given.items), frozenset(items)
    new = tuple(item for item in items if item not in had)
    gone = tuple(item for item in given.items if item not in wanted)
    if gone:
        warnings.append(ItemsDropped(given.node, gone))
    kept = [(a, b, v) for a, b, v in given.pairs() if a in wanted and b in wanted]
    if missing:
        return PairwiseJudgments.from_pairs(given.node, items, kept, require_connected=False)
    neutral = [(a, b, NEUTRAL) for a, b in combinations(items, 2) if a in new or b in new]
    if new:
        warnings.append(NeutralJudgmentsAdded(given.node, new))
    try:
        return PairwiseJudgments.from_pairs(given.node, items, kept + neutral)
    except JudgmentError:  # removing items broke the links between the rest
        warnings.append(JudgmentsReset(given.node))
        return PairwiseJudgments.neutral(given.node, items)


def _fit_ratings(
    session: Session, model: PlanningModel, warnings: list
) -> dict[tuple[str, str], str]:
    ratings = {}
    for criterion in model.criteria:
        defaulted = []
        for strategy in model.strategy_ids:
            level = session.ratings.get((strategy, criterion))
            if level is None:
                level = _default_level(model, strategy, criterion)
                defaulted.append(strategy)
            ratings[(strategy, criterion)] = level
        if defaulted:
            warnings.append(RatingsDefaulted(criterion, tuple(defaulted)))
    return ratings


def _default_level(model: PlanningModel, strategy: str, criterion: str) -> str:
    default = model.default_ratings.get((strategy, criterion))
    return default.level if default is not None else model.rating_scale.levels[0]


def _check_indicator_edits(session: Session, model: PlanningModel, warnings: list) -> None:
    known = {indicator.id for indicator in (*model.indicators, *model.supplement)}
    unknown = tuple(
        dict.fromkeys(
            edit.indicator for edit in session.indicator_edits if edit.indicator not in known
        )
    )
    if unknown:
        warnings.append(UnknownIndicatorEdits(unknown))
