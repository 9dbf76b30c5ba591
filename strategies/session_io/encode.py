"""Session → the plain dict of the current schema, in a fixed key order (model order for
nodes, criteria and strategies) so that equal sessions give equal bytes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from criteria.judgments import PairwiseJudgments
from strategies.model import PlanningModel, content_hash, plain_copy
from strategies.panel.experts import Expert
from strategies.session import IndicatorEdit, MonteCarloSettings, Session
from strategies.session_io.imported import district_data_to_dict
from strategies.session_io.info import SessionFileInfo, format_time
from strategies.session_io.schema import FORMAT, SCHEMA_VERSION


def session_to_dict(session: Session, model: PlanningModel, info: SessionFileInfo) -> dict:
    """The document a session file holds (pure: no file, no clock)."""
    return {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "app_version": info.app_version,
        "created": format_time(info.created),
        "modified": format_time(info.modified),
        "model": model_to_dict(model),
        "criteria_judgments": {
            node: judgments_to_dict(session.criteria_judgments[node])
            for node in in_model_order(session.criteria_judgments, model.hierarchy.inner_nodes)
        },
        "strategy_effectiveness": _effectiveness_to_dict(session, model),
        "experts": [expert_to_dict(expert, model) for expert in session.experts.experts],
        "aggregation": session.aggregation.value,
        "indicator_edits": [_edit_to_dict(edit) for edit in session.indicator_edits],
        "district_data": district_data_to_dict(session.district_data),
        "alpha": float(session.alpha),
        "normalisation": session.normalisation.value,
        "synthesis": session.synthesis.value,
        "random_index": session.random_index,
        "use_public_supplement": session.use_public_supplement,
        "monte_carlo": _monte_carlo_to_dict(session.monte_carlo),
        "notes": session.notes,
    }


def model_to_dict(model: PlanningModel) -> dict:
    return {
        "id": model.id,
        "version": model.version,
        "content_hash": model.content_hash,
        "criteria": list(model.criteria),
        "strategies": list(model.strategy_ids),
        # The whole model (its TOML tables), so that the file opens the same anywhere.
        "tables": plain_copy(model.tables) if _tables_are_the_model(model) else None,
    }


def _tables_are_the_model(model: PlanningModel) -> bool:
    """Whether the tables are what the model was built from (not so for a model made in code,
    or changed with dataclasses.replace): only then may the file carry them."""
    return bool(model.tables) and content_hash(dict(model.tables)) == model.content_hash


def judgments_to_dict(judgments: PairwiseJudgments) -> dict:
    """Items and every pair in item order, with null for the missing ones."""
    return {
        "items": list(judgments.items),
        "pairs": [{"a": a, "b": b, "value": value} for a, b, value in judgments.all_pairs()],
    }


def in_model_order(keys: Iterable[str], order: Sequence[str]) -> list[str]:
    """Keys in the model's order; keys the model does not know follow, sorted."""
    present = set(keys)
    return [key for key in order if key in present] + sorted(present.difference(order))


def _effectiveness_to_dict(session: Session, model: PlanningModel) -> dict:
    criteria = (
        {c for _, c in session.ratings}
        | set(session.strategy_judgments)
        | set(session.effectiveness_modes)
    )
    result = {}
    for criterion in in_model_order(criteria, model.criteria):
        ratings = {s: level for (s, c), level in session.ratings.items() if c == criterion}
        judgments = session.strategy_judgments.get(criterion)
        result[criterion] = {
            "mode": session.mode(criterion),
            "ratings": {s: ratings[s] for s in in_model_order(ratings, model.strategy_ids)},
            "judgments": None if judgments is None else judgments_to_dict(judgments),
        }
    return result


def expert_to_dict(expert: Expert, model: PlanningModel) -> dict:
    """An expert's profile and the judgments they gave (in model order, as the session's)."""
    criteria = in_model_order(expert.criteria_judgments, model.hierarchy.inner_nodes)
    rated = {c for _, c in expert.ratings} | set(expert.strategy_judgments)
    effectiveness = {}
    for criterion in in_model_order(rated, model.criteria):
        ratings = {s: level for (s, c), level in expert.ratings.items() if c == criterion}
        judgments = expert.strategy_judgments.get(criterion)
        effectiveness[criterion] = {
            "ratings": {s: ratings[s] for s in in_model_order(ratings, model.strategy_ids)},
            "judgments": None if judgments is None else judgments_to_dict(judgments),
        }
    return {
        "id": expert.id,
        "name": expert.name,
        "organisation": expert.organisation,
        "weight": float(expert.weight),
        "included": expert.included,
        "note": expert.note,
        "criteria_judgments": {
            n: judgments_to_dict(expert.criteria_judgments[n]) for n in criteria
        },
        "strategy_effectiveness": effectiveness,
    }


def _edit_to_dict(edit: IndicatorEdit) -> dict:
    value = None if edit.value is None else float(edit.value)
    return {"indicator": edit.indicator, "place": edit.place, "value": value, "source": edit.source}


def _monte_carlo_to_dict(settings: MonteCarloSettings) -> dict:
    return {
        "spread": float(settings.spread),
        "samples": int(settings.samples),
        "seed": int(settings.seed),
        "discard_inconsistent": settings.discard_inconsistent,
    }
