"""The current schema's dict → the session exactly as the file states it, every value checked
and every problem reported with its field path. Fitting it to the model is ``reconcile``."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime

from criteria.ahp import RANDOM_INDEX_TABLES
from criteria.indicators import Normalisation
from criteria.judgments import JudgmentError, JudgmentProblem, PairwiseJudgments, check_scale_value
from strategies.effectiveness import Synthesis
from strategies.model import PlanningModel
from strategies.panel.methods import Aggregation
from strategies.sensitivity import montecarlo_bounds as bounds
from strategies.session import (
    PAIRWISE_MODE,
    RATINGS_MODE,
    MonteCarloSettings,
    Session,
)
from strategies.session_io import schema
from strategies.session_io.edits import decode_edits
from strategies.session_io.errors import (
    OtherModelError,
    SessionFileError,
    listing,
    shown,
)
from strategies.session_io.imported import decode_district_data
from strategies.session_io.info import SessionFileInfo
from strategies.session_io.located import Located


@dataclass(frozen=True)
class SavedModel:
    """The model a file says it was made for."""

    id: str
    version: str
    content_hash: str
    criteria: tuple[str, ...]
    strategies: tuple[str, ...]


@dataclass(frozen=True)
class DecodedFile:
    saved_model: SavedModel
    session: Session
    info: SessionFileInfo


def decode_document(root: Located, model: PlanningModel, unlinked: bool = True) -> DecodedFile:
    """Check a document of the current schema and build what it states (``unlinked``: a
    node's judgments may leave items unlinked, as an edited model's new pairs do)."""
    fields = root.record(schema.TOP_KEYS)
    saved_model = _saved_model(fields["model"], model)
    ratings, modes, strategy_judgments = _effectiveness(
        fields["strategy_effectiveness"], model, unlinked
    )
    session = Session(
        criteria_judgments=_judgments_by_node(fields["criteria_judgments"], unlinked),
        ratings=ratings,
        strategy_judgments=strategy_judgments,
        effectiveness_modes=modes,
        indicator_edits=decode_edits(fields["indicator_edits"], model),
        district_data=decode_district_data(fields["district_data"], model),
        alpha=fields["alpha"].as_number(0.0, 1.0),
        normalisation=Normalisation(
            fields["normalisation"].as_choice(tuple(n.value for n in Normalisation))
        ),
        synthesis=Synthesis(fields["synthesis"].as_choice(tuple(s.value for s in Synthesis))),
        random_index=fields["random_index"].as_choice(tuple(RANDOM_INDEX_TABLES)),
        use_public_supplement=fields["use_public_supplement"].as_bool(),
        monte_carlo=_monte_carlo(fields["monte_carlo"]),
        notes=fields["notes"].as_text(),
        aggregation=Aggregation(
            fields["aggregation"].as_choice(tuple(a.value for a in Aggregation))
        ),
    )  # the experts: strategies.session_io.experts, which reads judgments as this module does
    info = SessionFileInfo(
        _time(fields["created"]), _time(fields["modified"]), fields["app_version"].as_text()
    )
    return DecodedFile(saved_model, session, info)


def _saved_model(located: Located, model: PlanningModel) -> SavedModel:
    fields = located.record(schema.MODEL_KEYS)
    ident = fields["id"].as_text()
    version = fields["version"].as_text()
    if ident != model.id:
        raise OtherModelError(fields["id"].path, ident, version, (model.id, model.version))
    return SavedModel(
        ident,
        version,
        fields["content_hash"].as_text(),
        _names(fields["criteria"]),
        _names(fields["strategies"]),
    )


def _names(located: Located) -> tuple[str, ...]:
    names = tuple(element.as_text() for element in located.elements())
    if len(set(names)) != len(names):
        raise located.fail("lists the same id twice")
    return names


def _judgments_by_node(located: Located, unlinked: bool) -> dict[str, PairwiseJudgments]:
    return {node: judgments_from(value, node, unlinked) for node, value in located.entries()}


def judgments_from(located: Located, node: str, unlinked: bool = False) -> PairwiseJudgments:
    """One node's items and pairs; null values are missing pairs (which may leave items
    unlinked when ``unlinked``: files of schema 6 on)."""
    fields = located.record(schema.JUDGMENTS_KEYS)
    items = _names(fields["items"])
    known = frozenset(items)
    given, places = [], []
    for pair in fields["pairs"].elements():
        parts = pair.record(schema.PAIR_KEYS)
        a, b = (_item(parts[key], items, known) for key in ("a", "b"))
        if a == b:
            raise pair.fail(f"compares {a!r} with itself")
        if parts["value"].value is not None:
            given.append((a, b, _scale_value(parts["value"], node, (a, b))))
            places.append(pair)
    try:
        return PairwiseJudgments.from_pairs(node, items, given, require_connected=not unlinked)
    except JudgmentError as error:
        raise _judgment_error(error, located, given, places) from None


def _item(located: Located, items: tuple[str, ...], known: frozenset[str]) -> str:
    if type(located.value) is str and located.value in known:  # items are checked texts
        return located.value
    item = located.as_text()
    if item not in known:
        raise located.fail(f"{shown(item)} is not one of the node's items ({listing(items)})")
    return item


def _scale_value(located: Located, node: str, pair: tuple[str, str]) -> float:
    # A finite number first: check_scale_value would also take the text "3"; a file may not.
    located.as_number(-math.inf, math.inf)
    try:
        return check_scale_value(located.value, node, pair)
    except JudgmentError as error:
        raise located.fail(str(error)) from None


def _judgment_error(
    error: JudgmentError, located: Located, given: list, places: list[Located]
) -> SessionFileError:
    """Point at the pair a whole-node judgment error is about (a conflicting duplicate)."""
    path = f"{located.path}.pairs"
    if error.problem is JudgmentProblem.DUPLICATE_ITEM:
        path = f"{located.path}.items"
    elif error.problem is JudgmentProblem.CONFLICTING_DUPLICATE:
        wanted = set(error.pair)
        path = next(
            (
                place.path
                for (a, b, _), place in reversed(list(zip(given, places, strict=True)))
                if {a, b} == wanted
            ),
            path,
        )
    return SessionFileError(path, str(error))


def _effectiveness(
    located: Located, model: PlanningModel, unlinked: bool
) -> tuple[dict, dict, dict]:
    ratings, modes, judgments = {}, {}, {}
    for criterion, entry in located.entries():
        fields = entry.record(schema.EFFECTIVENESS_KEYS)
        if fields["mode"].as_choice((RATINGS_MODE, PAIRWISE_MODE)) == PAIRWISE_MODE:
            modes[criterion] = PAIRWISE_MODE
        for strategy, level in fields["ratings"].entries():
            ratings[(strategy, criterion)] = level.as_choice(model.rating_scale.levels)
        if fields["judgments"].value is not None:
            judgments[criterion] = judgments_from(fields["judgments"], criterion, unlinked)
    return ratings, modes, judgments


def _monte_carlo(located: Located) -> MonteCarloSettings:
    fields = located.record(schema.MONTE_CARLO_KEYS)
    return MonteCarloSettings(
        spread=fields["spread"].as_number(bounds.SPREAD.low, bounds.SPREAD.high),
        samples=fields["samples"].as_integer(bounds.SAMPLES.low, bounds.SAMPLES.high),
        seed=fields["seed"].as_integer(bounds.SEED.low, bounds.SEED.high),
        discard_inconsistent=fields["discard_inconsistent"].as_bool(),
    )


def _time(located: Located) -> datetime:
    text = located.as_text()
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise located.fail(f"{shown(text)} is not an ISO 8601 time") from None
    if moment.tzinfo is None:
        raise located.fail(f"{shown(text)} has no time zone (write it in UTC with Z)")
    try:
        return moment.astimezone(UTC)
    except (ValueError, OverflowError):
        raise located.fail(f"{shown(text)} is outside the range of dates") from None
