"""The panel of a session file: each expert's record checked and built, every problem named by
its field path ("experts[2].weight"), then the panel fitted to the model and checked whole."""

from __future__ import annotations

from dataclasses import replace

from strategies.model import PlanningModel
from strategies.panel.experts import Expert, Panel, PanelError, check_panel
from strategies.session import Session
from strategies.session_io import schema
from strategies.session_io.decode import judgments_from
from strategies.session_io.errors import SessionFileError, listing, shown
from strategies.session_io.located import Located
from strategies.session_io.reconcile import fit_judgments


def decode_experts(located: Located, model: PlanningModel, unlinked: bool = True) -> Panel:
    """The experts in file order; ids unique; the first (the lead) holds no judgments."""
    experts: list[Expert] = []
    places: dict[str, Located] = {}
    for index, entry in enumerate(located.elements()):
        expert = _expert(entry, model, index == 0, unlinked)
        if expert.id in places:
            raise entry.key("id").fail(f"{shown(expert.id)} is the id of another expert")
        places[expert.id] = entry
        experts.append(expert)
    if not experts:
        raise located.fail("a session holds at least one expert (the planner)")
    return Panel(tuple(experts))


def _expert(located: Located, model: PlanningModel, lead: bool, unlinked: bool) -> Expert:
    fields = located.record(schema.EXPERT_KEYS)
    ident = fields["id"].as_text()
    if not ident.strip():
        raise fields["id"].fail("an expert's id cannot be empty")
    criteria = _criteria_judgments(fields["criteria_judgments"], model, unlinked)
    ratings, judgments = _effectiveness(fields["strategy_effectiveness"], model, unlinked)
    if lead and (criteria or ratings or judgments):
        raise located.fail(
            "the first expert's judgments are the session's own (criteria_judgments and "
            "strategy_effectiveness at the top of the file); their record holds none"
        )
    try:
        return Expert(
            ident,
            fields["name"].as_text(),
            fields["organisation"].as_text(),
            fields["weight"].as_number(0.0, schema.EXPERT_WEIGHT_MAX),
            fields["included"].as_bool(),
            fields["note"].as_text(),
            criteria,
            ratings,
            judgments,
        )
    except PanelError as error:
        raise SessionFileError(f"{located.path}.{error.field}", error.message) from None


def _criteria_judgments(located: Located, model: PlanningModel, unlinked: bool) -> dict:
    nodes = model.hierarchy.inner_nodes
    result = {}
    for node, value in located.entries():
        if node not in nodes:
            raise value.fail(f"{shown(node)} is not a judged node of the model ({listing(nodes)})")
        result[node] = judgments_from(value, node, unlinked)
    return result


def _effectiveness(located: Located, model: PlanningModel, unlinked: bool) -> tuple[dict, dict]:
    ratings, judgments = {}, {}
    criteria, strategies = frozenset(model.criteria), frozenset(model.strategy_ids)  # linear
    for criterion, entry in located.entries():
        if criterion not in criteria:
            raise entry.fail(f"{shown(criterion)} is not a criterion of the model")
        fields = entry.record(schema.EXPERT_EFFECTIVENESS_KEYS)
        for strategy, level in fields["ratings"].entries():
            if strategy not in strategies:
                raise level.fail(f"{shown(strategy)} is not a strategy of the model")
            ratings[(strategy, criterion)] = level.as_choice(model.rating_scale.levels)
        if fields["judgments"].value is not None:
            judgments[criterion] = judgments_from(fields["judgments"], criterion, unlinked)
    return ratings, judgments


def fit_experts(session: Session, model: PlanningModel, warnings: list) -> Session:
    """Each expert's judgments over the model's items (as the lead's are fitted), then the
    whole panel checked against the model (check_panel): a problem names the expert's path."""
    from strategies.panel.session_panel import judging_panel  # evaluation: numpy, ahpy

    experts = tuple(_fitted(e, model, warnings) for e in session.experts.experts)
    fitted = replace(session, experts=Panel(experts))
    try:
        check_panel(judging_panel(fitted), model)
    except PanelError as error:
        ids = [e.id for e in experts]
        where = f"experts[{ids.index(error.expert)}]" if error.expert in ids else "experts"
        raise SessionFileError(f"{where}.{error.field}", error.message) from None
    return fitted


def _fitted(expert: Expert, model: PlanningModel, warnings: list) -> Expert:
    hierarchy = model.hierarchy
    criteria = {
        node: fit_judgments(judgments, hierarchy.children(node), warnings)
        for node, judgments in expert.criteria_judgments.items()
    }
    strategies = {
        criterion: fit_judgments(judgments, model.strategy_ids, warnings)
        for criterion, judgments in expert.strategy_judgments.items()
    }
    return replace(expert, criteria_judgments=criteria, strategy_judgments=strategies)
