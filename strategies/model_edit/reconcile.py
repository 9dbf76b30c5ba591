"""A session fitted to an edited model, and what that dropped.

Every judgment, rating and value that still applies is kept: a node's pairs whose two items are
still its children (whatever else moved), ratings of strategies and leaf criteria still there,
imported values of districts still there. New pairs start missing (not 1): a node they leave
unlinked is weighed provisionally, as if they were 1, and says so (``NodeWeights.provisional``).
The same fitting serves the session's own judgments and each expert's answers
(``session_io.reconcile.fit_judgments``, the one that fits files of another model version).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace

from criteria.judgments import PairwiseJudgments
from criteria.text import LocalText
from strategies.imported_data import DataIndicator, DistrictData
from strategies.model import PlanningModel
from strategies.model_edit.catalogue_edits import remove_district, remove_strategy
from strategies.model_edit.criteria_edits import remove_node
from strategies.model_edit.dropped import DropKind, Dropped
from strategies.model_edit.errors import ModelEditError
from strategies.panel.experts import Expert, Panel
from strategies.session import Session
from strategies.session_io.reconcile import fit_judgments


@dataclass(frozen=True)
class Reconciled:
    session: Session  # valid for the model after the edit
    dropped: tuple[Dropped, ...]


def reconcile(session: Session, before: PlanningModel, after: PlanningModel) -> Reconciled:
    """session (made for before) fitted to after, with everything it had to drop."""
    fit = _Fitting(before, after)
    lead = fit.judging(session.criteria_judgments, session.ratings, session.strategy_judgments)
    criteria, ratings, strategies = lead
    for node in after.hierarchy.inner_nodes:  # nodes new to the session take the defaults
        criteria.setdefault(node, after.default_judgments[node])
    for pair, default in after.default_ratings.items():
        ratings.setdefault(pair, default.level)
    experts = (session.experts.experts[0], *map(fit.expert, session.experts.experts[1:]))
    fitted = replace(
        session,
        criteria_judgments=criteria,
        ratings=ratings,
        strategy_judgments=strategies,
        effectiveness_modes={
            c: m for c, m in session.effectiveness_modes.items() if c in after.criteria
        },
        indicator_edits=fit.indicator_edits(session),
        district_data=fit.district_data(session.district_data),
        experts=Panel(experts),
    )
    fit.model_indicator_links()
    return Reconciled(fitted, tuple(fit.found))


class _Fitting:
    """One reconciliation: the two models, and what was found dropped so far."""

    def __init__(self, before: PlanningModel, after: PlanningModel):
        self.before, self.after = before, after
        self.criteria = frozenset(after.criteria)  # sets: linear in what a session holds
        self.strategies = frozenset(after.strategy_ids)
        self.found: list[Dropped] = []
        self.who: dict[str, str] = {}

    def judging(
        self,
        criteria: Mapping[str, PairwiseJudgments],
        ratings: Mapping[tuple[str, str], str],
        strategies: Mapping[str, PairwiseJudgments],
    ) -> tuple[dict, dict, dict]:
        """Criteria judgments, ratings and pairwise strategy judgments that still apply."""
        return self._criteria(criteria), self._ratings(ratings), self._strategies(strategies)

    def expert(self, expert: Expert) -> Expert:
        """An expert's answers that still apply; a node new to the model, unanswered."""
        self.who = {"expert": expert.id, "expert_name": expert.name}
        criteria, ratings, strategies = self.judging(
            expert.criteria_judgments, expert.ratings, expert.strategy_judgments
        )
        self.who = {}
        hierarchy = self.after.hierarchy
        for node in hierarchy.inner_nodes:  # every expert's record holds every node
            criteria.setdefault(
                node,
                PairwiseJudgments.from_pairs(
                    node, hierarchy.children(node), [], require_connected=False
                ),
            )
        return replace(
            expert, criteria_judgments=criteria, ratings=ratings, strategy_judgments=strategies
        )

    def _criteria(self, judgments: Mapping[str, PairwiseJudgments]) -> dict:
        inner = self.after.hierarchy.inner_nodes
        fitted = {}
        for node, given in judgments.items():
            if node in inner:
                fitted[node] = self._fit(given, self.after.hierarchy.children(node))
            elif given.pairs():
                self._drop(DropKind.NODE_JUDGMENTS, node, len(given.pairs()))
        return fitted

    def _strategies(self, judgments: Mapping[str, PairwiseJudgments]) -> dict:
        fitted = {}
        for criterion, given in judgments.items():
            if criterion in self.criteria:
                fitted[criterion] = self._fit(given, self.after.strategy_ids)
            elif given.pairs():
                self._drop(DropKind.STRATEGY_JUDGMENTS, criterion, len(given.pairs()))
        return fitted

    def _fit(self, given: PairwiseJudgments, items: tuple[str, ...]) -> PairwiseJudgments:
        gone = tuple(i for i in given.items if i not in items)
        lost = [p for p in given.pairs() if p[0] in gone or p[1] in gone]
        if lost:
            self._drop(DropKind.PAIRS, given.node, len(lost), gone)
        new = tuple(i for i in items if i not in given.items)
        if new and not self.who:  # an expert's unanswered pairs are simply unanswered
            missing = len(items) * (len(items) - 1) // 2 - _pairs_among(len(items) - len(new))
            self._drop(DropKind.NEW_PAIRS_MISSING, given.node, missing, new)
        return fit_judgments(given, items, [], missing=True)

    def _ratings(self, ratings: Mapping[tuple[str, str], str]) -> dict:
        kept: dict[tuple[str, str], str] = {}
        by_strategy: Counter[str] = Counter()
        by_criterion: Counter[str] = Counter()
        levels = self.after.rating_scale.levels
        for (strategy, criterion), level in ratings.items():
            if strategy not in self.strategies:
                by_strategy[strategy] += 1
            elif criterion not in self.criteria or level not in levels:
                by_criterion[criterion] += 1
            else:
                kept[(strategy, criterion)] = level
        for strategy, count in by_strategy.items():
            self._drop(DropKind.STRATEGY_RATINGS, strategy, count)
        for criterion, count in by_criterion.items():
            self._drop(DropKind.CRITERION_RATINGS, criterion, count)
        return kept

    def indicator_edits(self, session: Session) -> tuple:
        gone = set(self.before.district_ids) - set(self.after.district_ids)
        lost = Counter(e.place for e in session.indicator_edits if e.place in gone)
        for district, count in lost.items():
            self._drop(DropKind.INDICATOR_EDITS, district, count)
        return tuple(e for e in session.indicator_edits if e.place not in gone)

    def district_data(self, data: DistrictData) -> DistrictData:
        gone = set(self.before.district_ids) - set(self.after.district_ids)
        lost = Counter(v.place for v in data.values if v.place in gone)
        for district, count in lost.items():
            self._drop(DropKind.DISTRICT_DATA, district, count)
        indicators: list[DataIndicator] = []
        for indicator in data.indicators:
            if indicator.criterion and indicator.criterion not in self.criteria:
                self._unlinked(indicator.id, indicator.name, indicator.criterion)
                indicator = replace(indicator, criterion=None)
            indicators.append(indicator)
        known = {i.id for i in (*self.after.indicators, *self.after.supplement)}
        known |= {i.id for i in indicators}
        for unknown, count in Counter(
            v.indicator for v in data.values if v.place not in gone and v.indicator not in known
        ).items():
            self._drop(DropKind.INDICATOR_DATA, unknown, count)
        values = tuple(v for v in data.values if v.place not in gone and v.indicator in known)
        years = {i: year for i, year in data.years.items() if i in known}
        return replace(data, values=values, indicators=tuple(indicators), years=years)

    def model_indicator_links(self) -> None:
        now = {i.id: i.criterion for i in (*self.after.indicators, *self.after.supplement)}
        for indicator in (*self.before.indicators, *self.before.supplement):
            if indicator.criterion and indicator.id in now and now[indicator.id] is None:
                self._unlinked(indicator.id, indicator.name, indicator.criterion)

    def _unlinked(self, indicator: str, name: LocalText, criterion: str) -> None:
        self.found.append(
            Dropped(
                DropKind.INDICATOR_LINK, indicator, name, 1, (criterion,), (self._name(criterion),)
            )
        )

    def _drop(self, kind: DropKind, subject: str, count: int, items: tuple = ()) -> None:
        names = tuple(self._name(i) for i in items)
        self.found.append(
            Dropped(kind, subject, self._name(subject), count, items, names, **self.who)
        )

    def _name(self, ident: str) -> LocalText:
        for model in (self.before, self.after):
            if ident in model.hierarchy.nodes:
                return model.hierarchy.nodes[ident].name
            if ident in model.strategy_ids:
                return model.strategy(ident).name
            if ident in model.district_ids:
                return model.district(ident).name
            for indicator in (*model.indicators, *model.supplement):
                if indicator.id == ident:
                    return indicator.name
        return LocalText(ident, ident)


def _pairs_among(count: int) -> int:
    return count * (count - 1) // 2


def what_removal_drops(
    session: Session, model: PlanningModel, kind: str, ident: str
) -> tuple[Dropped, ...]:
    """What removing a node, strategy or district (kind "node", "strategy", "district") would
    drop from session, before it is done: for a confirmation that lists it."""
    removals = {"node": remove_node, "strategy": remove_strategy, "district": remove_district}
    if kind not in removals:
        raise ModelEditError(f"{kind!r} is not one of {', '.join(removals)}")
    return reconcile(session, model, removals[kind](model, ident)).dropped
