"""The recommendation as one plain document: every format renders this and nothing else.

Built from an Evaluation and its SensitivityBundle, with names in the chosen language. No Qt
here: the command line builds it too. ``None`` stands for "none" (no gap after the last, no
weight change within [0, 1] that dethrones the top, a value the source does not give).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import UTC, datetime

import numpy as np

from criteria.ahp import RANDOM_INDEX_TABLES
from criteria.hierarchy import Hierarchy
from criteria.indicators import Indicator
from desktop.export.caveat_text import (
    NamedEvidence,
    NamedWarning,
    analysis_unavailable_text,
    monte_carlo_unavailable_text,
    named_evidence,
    named_warnings,
)
from desktop.export.labels import method_text, node_code
from desktop.export.panel_content import PanelSection, panel_section
from desktop.export.rule_text import RuleNote, rule_notes
from desktop.export.safe_text import storable_tree
from desktop.indicator_text import shown_values
from strategies.caveats import CRITERIA_NODE, STRATEGIES_NODE
from strategies.coverage import coverage
from strategies.district_map import DistrictMapError, load_district_map
from strategies.evaluation import Evaluation, chosen_indicators_of, effective_indicators
from strategies.panel.methods import AGGREGATIONS
from strategies.sensitivity.alpha import AlphaStability
from strategies.sensitivity.alpha_points import alpha_change_points
from strategies.sensitivity.bundle import MONTE_CARLO, SensitivityBundle
from strategies.sensitivity.panel_resampling import ResamplingSettings
from strategies.sensitivity.thresholds import NO_STRATEGY, change_before_renormalisation
from strategies.session import MonteCarloSettings, Session
from strategies.session_file import current_app_version
from strategies.session_io.info import format_time

REPORT_SCHEMA = "cluster-planner.recommendation/1"
DRIVERS_SHOWN = 3  # criteria named as the main reasons for a top strategy


@dataclass(frozen=True)
class ModelInfo:
    id: str
    version: str
    name: str
    source: str
    content_hash: str


@dataclass(frozen=True)
class MonteCarloInfo:
    spread: float
    samples: int
    kept: int
    seed: int
    discard_inconsistent: bool
    available: bool  # False: the run gave no result (see Report.unavailable)


@dataclass(frozen=True)
class Settings:
    alpha: float
    normalisation: str
    synthesis: str  # "ideal" | "distributive": how e_{s,c} is scaled under each criterion
    random_index: str
    random_index_table: str
    use_public_supplement: bool
    monte_carlo: MonteCarloInfo


@dataclass(frozen=True)
class ResampledDistrict:
    """One district under panel resampling: the full panel's top, how often it stays first,
    and each strategy's probability of each rank (model order, rank 1 first)."""

    district: str
    top_strategy: str
    top_stays_top: float
    rank_probabilities: tuple[tuple[float, ...], ...]


@dataclass(frozen=True)
class PanelResamplingInfo:
    """The panel resampling run: experts redrawn with replacement by weight, each draw
    combined by the session's aggregation (the Monte Carlo beside it perturbs judgments)."""

    aggregation: str  # "aij" | "aip_geometric" | "aip_arithmetic"
    aggregation_name: str
    experts: int  # the experts counted (included, weight above 0)
    draws: int
    seed: int
    districts: tuple[ResampledDistrict, ...]


@dataclass(frozen=True)
class NamedItem:
    id: str
    name: str


@dataclass(frozen=True)
class CriterionWeight:
    id: str
    name: str
    layer: str
    layer_name: str
    local_weight: float
    global_weight: float


@dataclass(frozen=True)
class NodeConsistency:
    id: str
    name: str
    items: tuple[str, ...]
    local_weights: tuple[float, ...]
    consistency_ratio: float | None
    threshold: float | None
    complete: bool
    status: str
    # The check of the CR alone, complete or not (ok|too_inconsistent|undefined): an
    # incomplete node's status says "incomplete", this says whether its completed matrix passes.
    cr_status: str
    kind: str  # criteria: a hierarchy node; strategies: strategies judged under criterion id
    code: str = ""  # as shown: the id, or a word for the goal (whose id is no code)


@dataclass(frozen=True)
class RankedRow:
    rank: int
    strategy: str
    name: str
    priority: float
    gap_to_next: float | None
    tied: bool
    rank_probabilities: tuple[float | None, ...]  # Monte Carlo: P(rank 1), … (None: no run)


@dataclass(frozen=True)
class Driver:
    """One criterion's part in the top strategy's priority, with the need behind it."""

    criterion: str
    name: str
    contribution: float
    share: float
    adjusted_weight: float
    effectiveness: float
    need: float
    neutral: bool
    need_source: str  # "measured", "districts_mean", "own_mean" or "no_data"
    indicators: tuple[str, ...]


@dataclass(frozen=True)
class Firmness:
    top_stays_top: float | None  # None when the Monte Carlo is unavailable
    critical_criterion: str | None
    critical_change: float | None  # signed: + increase, − decrease
    critical_percent: float | None  # the change as percent of the criterion's weight
    challenger: str | None
    # The same threshold in Triantaphyllou & Sánchez's terms: δ added to the weight before
    # renormalising (signed), and δ as percent of the weight.
    critical_ts_delta: float | None = None
    critical_ts_percent: float | None = None


@dataclass(frozen=True)
class AlphaRange:
    """Where the district's ranking at the chosen α holds (strategies.sensitivity.alpha).

    The ranking holds for α strictly between ``low`` and ``high`` (inclusive at 0 and 1);
    ``low == high`` when the chosen α is itself a change point. ``dropped_at_one``: the
    criteria that get no weight at α = 1 (the district has no gap on them).
    """

    low: float
    high: float
    change_points: tuple[float, ...]
    dropped_at_one: tuple[str, ...]


@dataclass(frozen=True)
class DistrictReport:
    id: str
    name: str
    top_strategies: tuple[str, ...]  # more than one when tied
    ranking: tuple[RankedRow, ...]
    drivers: tuple[Driver, ...]  # every criterion, largest contribution first
    measures: tuple[str, ...]
    firmness: Firmness
    contributions: tuple[tuple[float, ...], ...]  # [strategy][criterion], model order
    neutral_criteria: tuple[str, ...]
    measured_criteria: tuple[str, ...]  # criteria whose need rests on district data
    alpha_range: AlphaRange


@dataclass(frozen=True)
class ThresholdRow:
    district: str
    criterion: str
    current_weight: float
    top_increase: float | None
    top_decrease: float | None
    any_increase: float | None
    any_decrease: float | None
    increase_challenger: str | None
    decrease_challenger: str | None
    # Triantaphyllou & Sánchez's δ (change before renormalising) and δ/w_k·100 of each of the
    # four thresholds above, which are changes of the renormalised weight.
    top_increase_ts_delta: float | None
    top_increase_ts_percent: float | None
    top_decrease_ts_delta: float | None
    top_decrease_ts_percent: float | None
    any_increase_ts_delta: float | None
    any_increase_ts_percent: float | None
    any_decrease_ts_delta: float | None
    any_decrease_ts_percent: float | None


@dataclass(frozen=True)
class AlphaChangeRow:
    """Two strategies of a district tie at ``alpha`` and swap: ``ahead_below`` leads for α just
    below, ``ahead_above`` just above; ``rank`` is the better place they swap between."""

    district: str
    alpha: float
    rank: int
    ahead_below: str
    ahead_above: str


@dataclass(frozen=True)
class IndicatorRow:
    id: str
    name: str
    unit: str
    year: str
    scope: str
    criterion: str | None
    section: str
    source: str
    note: str
    origin: str
    enters_need: bool
    value: float | None
    values: dict[str, float | str]
    missing_districts: tuple[str, ...]
    shown_values: tuple[tuple[str, str], ...] = ()  # (place, value) named in the language


@dataclass(frozen=True)
class PlannerEdit:
    indicator: str
    place: str
    value: float | None
    source: str


@dataclass(frozen=True)
class UnavailableAnalysis:
    """An analysis the report could not include; ``text`` says why in the report's language."""

    analysis: str
    reason: str
    detail: str
    text: str


@dataclass(frozen=True)
class OutlinesInfo:
    """Where the districts' outlines of the map come from (the PDF draws them): the line that
    credits their source and licence, in the report's language (the full provenance is in
    resources/maps/README.md)."""

    credit: str
    missing: tuple[str, ...] = ()  # names of the districts without an outline (not drawn)


@dataclass(frozen=True)
class CoverageEntry:
    """One cell of the coverage grid (strategies.coverage): values, their years, neutral."""

    district: str
    count: int
    years: tuple[str, ...]
    neutral: bool


@dataclass(frozen=True)
class CoverageRow:
    criterion: str
    name: str
    cells: tuple[CoverageEntry, ...]  # model order of the districts


@dataclass(frozen=True)
class ImportedValue:
    """A value imported from a district data file, with its provenance; ``used`` when it is
    the value of the year the evaluation uses."""

    indicator: str
    place: str
    year: str
    value: float | str
    unit: str
    source: str
    file: str
    sheet: str
    row: int
    used: bool


@dataclass(frozen=True)
class Report:
    schema: str
    language: str
    created: str
    app_version: str
    model: ModelInfo
    settings: Settings
    notes: str
    strategies: tuple[NamedItem, ...]
    districts: tuple[DistrictReport, ...]
    criteria: tuple[CriterionWeight, ...]
    nodes: tuple[NodeConsistency, ...]
    thresholds: tuple[ThresholdRow, ...]
    indicators: tuple[IndicatorRow, ...]
    planner_edits: tuple[PlannerEdit, ...]
    method: tuple[str, ...]
    judgment_warnings: tuple[NamedWarning, ...]
    evidence: tuple[NamedEvidence, ...]
    unavailable: tuple[UnavailableAnalysis, ...]
    # Characters no export format can hold, replaced by U+FFFD (desktop/export/safe_text.py).
    replaced_characters: int = 0
    strategy_nodes: tuple[NodeConsistency, ...] = ()  # strategies judged pairwise, per criterion
    alpha_change_points: tuple[AlphaChangeRow, ...] = ()
    method_notes: tuple[RuleNote, ...] = ()  # where a silent rule of the method applies
    outlines: OutlinesInfo | None = None  # None: the model has no (usable) outlines, no map
    coverage: tuple[CoverageRow, ...] = ()  # criteria × districts: the need's evidence
    imported_values: tuple[ImportedValue, ...] = ()  # district data files, with provenance
    panel: PanelSection | None = None  # None: a session of one expert (today's report)
    panel_resampling: PanelResamplingInfo | None = None  # None: fewer than two experts

    def strategy_name(self, strategy: str) -> str:
        return next(s.name for s in self.strategies if s.id == strategy)

    def criterion_name(self, criterion: str) -> str:
        return next(c.name for c in self.criteria if c.id == criterion)

    def district_name(self, district: str) -> str:
        return next(d.name for d in self.districts if d.id == district)


def build_report(
    evaluation: Evaluation,
    bundle: SensitivityBundle,
    lang: str,
    now: datetime | None = None,
    monte_carlo: MonteCarloSettings | None = None,
    planner_session: Session | None = None,
) -> Report:
    """The whole recommendation of one evaluation, names and method text in lang, every text
    made storable in every format (see ``replaced_characters``).

    monte_carlo: the settings the bundle was made with (default: the session's).
    planner_session: the session as the planner holds it, each expert with their own
    judgments (default: the evaluation's, which is that session only for a session of one:
    a panel's evaluation holds the combined judgments, so without it a panel's report would
    show the combination as the lead's judgments, and ValueError says so instead)."""
    model, session = evaluation.model, evaluation.session
    warnings = named_warnings(evaluation, lang)
    monte_carlo = monte_carlo or session.monte_carlo
    report, replaced = storable_tree(
        Report(
            REPORT_SCHEMA,
            lang,
            format_time(now or datetime.now(UTC)),
            current_app_version(),
            ModelInfo(
                model.id,
                model.version,
                model.name.get(lang),
                model.source.get(lang),
                model.content_hash,
            ),
            _settings(evaluation, bundle, monte_carlo),
            session.notes,
            tuple(NamedItem(s.id, s.name.get(lang)) for s in model.strategies),
            tuple(
                _district(evaluation, bundle, stability, lang)
                for stability in bundle.alpha_stability
            ),
            _criteria(evaluation, lang),
            _nodes(evaluation, lang),
            _thresholds(evaluation, bundle),
            _indicators(evaluation, lang),
            tuple(
                PlannerEdit(e.indicator, e.place, e.value, e.source)
                for e in session.indicator_edits
            ),
            method_text(lang),
            warnings,
            named_evidence(evaluation, lang),
            _unavailable(bundle, monte_carlo, warnings, lang),
            0,
            _strategy_nodes(evaluation, lang),
            _alpha_points(evaluation, bundle),
            rule_notes(evaluation, lang),
            _outlines(evaluation, lang),
            _coverage(evaluation, lang),
            _imported(evaluation),
            _panel(evaluation, planner_session, lang),
            _panel_resampling(evaluation, bundle, monte_carlo, lang),
        )
    )
    return replace(report, replaced_characters=replaced)


def _outlines(evaluation: Evaluation, lang: str) -> OutlinesInfo | None:
    """The outlines' provenance; a model without outlines, or with broken ones (the window
    says what is wrong with them), gets a report without a map, not an error."""
    try:
        found = load_district_map(evaluation.model)
    except DistrictMapError:
        return None
    if found is None:
        return None
    model = evaluation.model
    return OutlinesInfo(
        found.credit(lang), tuple(model.district(d).name.get(lang) for d in found.missing)
    )


def _coverage(evaluation: Evaluation, lang: str) -> tuple[CoverageRow, ...]:
    grid, hierarchy = coverage(evaluation), evaluation.model.hierarchy
    return tuple(
        CoverageRow(
            criterion,
            hierarchy.name(criterion, lang),
            tuple(
                CoverageEntry(cell.district, cell.count, cell.years, cell.neutral)
                for cell in (grid.cell(d, criterion) for d in grid.districts)
            ),
        )
        for criterion in grid.criteria
    )


def _imported(evaluation: Evaluation) -> tuple[ImportedValue, ...]:
    session = evaluation.session
    chosen = chosen_indicators_of(evaluation.model, session).imported
    return tuple(
        ImportedValue(
            v.indicator,
            v.place,
            v.year,
            v.value,
            v.unit,
            v.source,
            v.file,
            v.sheet,
            v.row,
            chosen.get((v.indicator, v.place)) == v,
        )
        for v in session.district_data.values
    )


def _panel(
    evaluation: Evaluation, planner_session: Session | None, lang: str
) -> PanelSection | None:
    """The panel section of a session of several experts (counted or not); None for one."""
    session = planner_session or evaluation.session
    if len(session.experts.experts) < 2:
        return None
    if planner_session is None:
        raise ValueError("a panel's report needs planner_session: the experts' own judgments")
    return panel_section(evaluation.model, session, lang)


def _panel_resampling(
    evaluation: Evaluation, bundle: SensitivityBundle, monte_carlo: MonteCarloSettings, lang: str
) -> PanelResamplingInfo | None:
    result = bundle.panel_resampling
    if result is None:
        return None
    model = evaluation.model
    strategies = model.strategy_ids
    districts = tuple(
        ResampledDistrict(
            district,
            strategies[int(result.reference_top[row])],
            float(result.top_stays_top[row]),
            tuple(tuple(float(p) for p in ranks) for ranks in result.rank_probability[row]),
        )
        for row, district in enumerate(model.district_ids)
    )
    return PanelResamplingInfo(
        result.method.value,
        AGGREGATIONS[result.method].name.get(lang),
        bundle.resampled_experts,
        result.draws,
        ResamplingSettings.of(monte_carlo).seed,
        districts,
    )


def _unavailable(
    bundle: SensitivityBundle,
    monte_carlo: MonteCarloSettings,
    warnings: tuple[NamedWarning, ...],
    lang: str,
) -> tuple[UnavailableAnalysis, ...]:
    return tuple(
        UnavailableAnalysis(
            entry.analysis,
            entry.reason,
            entry.detail,
            monte_carlo_unavailable_text(
                entry.reason, entry.detail, monte_carlo.spread, warnings, lang
            )
            if entry.analysis == MONTE_CARLO
            else analysis_unavailable_text(entry.analysis, entry.detail, lang, entry.reason),
        )
        for entry in bundle.unavailable
    )


def _settings(
    evaluation: Evaluation, bundle: SensitivityBundle, monte_carlo: MonteCarloSettings
) -> Settings:
    session, result = evaluation.session, bundle.monte_carlo
    kept = 0 if result is None else result.kept
    return Settings(
        session.alpha,
        session.normalisation.value,
        session.synthesis.value,
        session.random_index,
        RANDOM_INDEX_TABLES[session.random_index],
        session.use_public_supplement,
        MonteCarloInfo(
            monte_carlo.spread,
            monte_carlo.samples,
            kept,
            monte_carlo.seed,
            monte_carlo.discard_inconsistent,
            result is not None,
        ),
    )


def _optional(value: float) -> float | None:
    return None if math.isnan(value) else float(value)


def _district(
    evaluation: Evaluation, bundle: SensitivityBundle, stability: AlphaStability, lang: str
) -> DistrictReport:
    model, row = evaluation.model, stability.district
    district = model.districts[row]
    ranking = tuple(
        RankedRow(
            r.rank,
            r.strategy,
            model.strategy(r.strategy).name.get(lang),
            r.priority,
            r.gap_to_next,
            r.tied,
            _rank_probabilities(bundle, row, model.strategy_ids.index(r.strategy)),
        )
        for r in evaluation.ranking(district.id)
    )
    top = ranking[0].strategy
    neutral = evaluation.need.neutral[row]
    return DistrictReport(
        district.id,
        district.name.get(lang),
        evaluation.top_strategies(district.id),
        ranking,
        _drivers(evaluation, row, model.strategy_ids.index(top), lang),
        model.strategy(top).measures(lang),
        _firmness(evaluation, bundle, row),
        tuple(tuple(float(v) for v in strategy) for strategy in evaluation.contributions[row]),
        tuple(c for c, flag in zip(model.criteria, neutral, strict=True) if flag),
        tuple(c for c, flag in zip(model.criteria, neutral, strict=True) if not flag),
        AlphaRange(
            stability.low,
            stability.high,
            stability.change_points,
            tuple(model.criteria[c] for c in stability.dropped_at_one),
        ),
    )


def _rank_probabilities(
    bundle: SensitivityBundle, row: int, strategy: int
) -> tuple[float | None, ...]:
    if bundle.monte_carlo is None:
        return (None,) * len(bundle.inputs.effectiveness)
    return tuple(float(p) for p in bundle.monte_carlo.rank_acceptability[row, strategy])


def _drivers(evaluation: Evaluation, row: int, strategy: int, lang: str) -> tuple[Driver, ...]:
    model, need = evaluation.model, evaluation.need
    district = model.district_ids[row]
    parts = evaluation.contributions[row, strategy]
    priority = float(evaluation.priorities[row, strategy])
    order = np.argsort(-parts, kind="stable")
    return tuple(
        Driver(
            model.criteria[c],
            model.hierarchy.name(model.criteria[c], lang),
            float(parts[c]),
            float(parts[c]) / priority if priority > 0 else 0.0,
            float(evaluation.adjusted_weights[row, c]),
            float(evaluation.effectiveness[strategy, c]),
            float(need.need[row, c]),
            bool(need.neutral[row, c]),
            need.source_name(row, c),
            need.used.get((district, model.criteria[c]), ()),
        )
        for c in order
    )


def _firmness(evaluation: Evaluation, bundle: SensitivityBundle, row: int) -> Firmness:
    robustness = bundle.robustness()[row]
    thresholds = bundle.thresholds
    if robustness.critical_criterion is None or thresholds is None:
        return Firmness(robustness.top_stays_top, None, None, None, None)
    criterion = robustness.critical_criterion
    change = robustness.critical_change
    challengers = (
        thresholds.top_increase_challenger if change > 0 else thresholds.top_decrease_challenger
    )
    challenger = int(challengers[criterion, row])
    weight = float(thresholds.current_weights[criterion])
    percent = _optional(100.0 * change / weight) if weight > 0 else None
    delta = _optional(change_before_renormalisation(weight, change))
    return Firmness(
        robustness.top_stays_top,
        evaluation.model.criteria[criterion],
        change,
        percent,
        None if challenger == NO_STRATEGY else evaluation.model.strategy_ids[challenger],
        delta,
        None if delta is None or weight <= 0 else 100.0 * delta / weight,
    )


def _criteria(evaluation: Evaluation, lang: str) -> tuple[CriterionWeight, ...]:
    hierarchy, weights = evaluation.model.hierarchy, evaluation.weights
    return tuple(
        CriterionWeight(
            c,
            hierarchy.name(c, lang),
            hierarchy.nodes[c].parent,
            _layer_name(hierarchy, c, lang),
            weights.local_weight(c),
            weights.global_weights[c],
        )
        for c in evaluation.model.criteria
    )


def _layer_name(hierarchy: Hierarchy, criterion: str, lang: str) -> str:
    """The layers above a criterion, outermost first ("A › B" in a deeper tree); the goal's
    name for a criterion right under the goal."""
    above = hierarchy.path(criterion)[:-1]
    return " › ".join(hierarchy.name(node, lang) for node in above[1:] or above)


def _nodes(evaluation: Evaluation, lang: str) -> tuple[NodeConsistency, ...]:
    hierarchy = evaluation.model.hierarchy
    return tuple(
        _node(
            node,
            hierarchy.name(node, lang),
            result,
            CRITERIA_NODE,
            node_code(hierarchy, node, lang),
        )
        for node, result in evaluation.weights.nodes.items()
    )


def _strategy_nodes(evaluation: Evaluation, lang: str) -> tuple[NodeConsistency, ...]:
    hierarchy, nodes = evaluation.model.hierarchy, evaluation.effectiveness_nodes
    return tuple(
        _node(c, hierarchy.name(c, lang), nodes[c], STRATEGIES_NODE, c)
        for c in evaluation.model.criteria
        if c in nodes
    )


def _node(node: str, name: str, result, kind: str, code: str) -> NodeConsistency:
    return NodeConsistency(
        node,
        name,
        result.items,
        result.weights,
        result.consistency_ratio,
        result.threshold,
        result.complete,
        result.status.value,
        result.cr_status.value,
        kind,
        code,
    )


def _alpha_points(evaluation: Evaluation, bundle: SensitivityBundle) -> tuple[AlphaChangeRow, ...]:
    if bundle.alpha is None:
        return ()
    model = evaluation.model
    return tuple(
        AlphaChangeRow(
            model.district_ids[p.district],
            p.alpha,
            p.rank,
            model.strategy_ids[p.ahead_below],
            model.strategy_ids[p.ahead_above],
        )
        for p in alpha_change_points(bundle.inputs, bundle.alpha.crossings)
    )


def _thresholds(evaluation: Evaluation, bundle: SensitivityBundle) -> tuple[ThresholdRow, ...]:
    model, found = evaluation.model, bundle.thresholds
    if found is None:
        return ()

    def strategy(index: int) -> str | None:
        return None if index == NO_STRATEGY else model.strategy_ids[index]

    measures = [
        (
            found.before_renormalisation(array, increase),
            found.percent_before_renormalisation(array, increase),
        )
        for array, increase in (
            (found.top_increase, True),
            (found.top_decrease, False),
            (found.any_increase, True),
            (found.any_decrease, False),
        )
    ]
    return tuple(
        ThresholdRow(
            district,
            criterion,
            float(found.current_weights[k]),
            _optional(found.top_increase[k, d]),
            _optional(found.top_decrease[k, d]),
            _optional(found.any_increase[k, d]),
            _optional(found.any_decrease[k, d]),
            strategy(int(found.top_increase_challenger[k, d])),
            strategy(int(found.top_decrease_challenger[k, d])),
            *(_optional(array[k, d]) for pair in measures for array in pair),
        )
        for d, district in enumerate(model.district_ids)
        for k, criterion in enumerate(model.criteria)
    )


def _indicators(evaluation: Evaluation, lang: str) -> tuple[IndicatorRow, ...]:
    districts = {d.id: d.name.get(lang) for d in evaluation.model.districts}
    return tuple(
        _indicator(indicator, districts, lang)
        for indicator in effective_indicators(evaluation.model, evaluation.session)
    )


def _indicator(indicator: Indicator, districts: dict[str, str], lang: str) -> IndicatorRow:
    missing = (
        tuple(d for d in districts if d not in indicator.values)
        if indicator.scope == "district"
        else ()
    )
    return IndicatorRow(
        indicator.id,
        indicator.name.get(lang),
        indicator.unit.get(lang),
        indicator.year,
        indicator.scope,
        indicator.criterion,
        indicator.section,
        indicator.source.get(lang),
        indicator.note.get(lang),
        indicator.origin,
        indicator.informs_districts,
        indicator.value,
        dict(indicator.values),
        missing,
        shown_values(indicator, districts, lang),
    )
