"""Older schemas → the current one, through small ordered pure functions (one per step).

Schema 1 (app 0.0.x) kept one time stamp, the judgments as one flat list of
{node, a, b, value} (missing pairs simply absent) and the ratings as a flat list; it had no
pairwise strategy judgments, random-index table, public supplement or Monte Carlo settings.
Schemas 1 and 2 (app ≤ 0.1.0) had no synthesis mode: their strategy priorities were always
distributive (summing to 1 over the strategies), so they open in that mode and keep the results
they were saved with; the reader says so (``notices.DistributiveKept``).
Schemas 1–3 (app ≤ 0.1.0) had one set of judgments: they open as a panel of one expert, the
planner, whose judgments are the session's own (see ``strategies.panel.session_panel``).
Schemas 1–5 named their model (id, version, content hash) but did not carry it: they open with
the model at hand (refused when its id differs), fitted to it as before (new items judged 1).
"""

from __future__ import annotations

from collections.abc import Callable

from strategies.session_io import schema
from strategies.session_io.located import Located

V1_TOP_KEYS = (
    "format",
    "schema_version",
    "app_version",
    "saved",
    "model",
    "judgments",
    "ratings",
    "indicator_edits",
    "alpha",
    "normalisation",
    "notes",
)
V1_MODEL_KEYS = ("id", "version", "content_hash")
_V2_DEFAULTS = {
    "random_index": "saaty",
    "use_public_supplement": False,
    "monte_carlo": {"spread": 0.2, "samples": 2000, "seed": 20171, "discard_inconsistent": False},
}


def _v1_to_v2(root: Located) -> dict:
    fields = root.record(V1_TOP_KEYS)
    ratings = _v1_ratings(fields["ratings"])
    model = fields["model"].record(V1_MODEL_KEYS)
    return {
        "format": fields["format"].value,
        "schema_version": 2,
        "app_version": fields["app_version"].value,
        "created": fields["saved"].value,
        "modified": fields["saved"].value,
        "model": {
            **{key: model[key].value for key in V1_MODEL_KEYS},
            "criteria": list(ratings),
            "strategies": list(dict.fromkeys(s for c in ratings.values() for s in c)),
        },
        "criteria_judgments": _v1_judgments(fields["judgments"]),
        "strategy_effectiveness": {
            criterion: {"mode": "ratings", "ratings": levels, "judgments": None}
            for criterion, levels in ratings.items()
        },
        "indicator_edits": fields["indicator_edits"].value,
        "alpha": fields["alpha"].value,
        "normalisation": fields["normalisation"].value,
        **_V2_DEFAULTS,
        "notes": fields["notes"].value,
    }


def _v1_judgments(located: Located) -> dict:
    """Group the flat list by node; the items are those the pairs name. Pairs not listed stay
    missing: they are not written out as nulls, which would grow with the square of the items."""
    given: dict[str, list[dict]] = {}
    for entry in located.elements():
        parts = entry.record(("node", "a", "b", "value"))
        pair = {key: parts[key].as_text() for key in ("a", "b")}
        given.setdefault(parts["node"].as_text(), []).append(
            {**pair, "value": parts["value"].value}
        )
    return {
        node: {
            "items": list(dict.fromkeys(p[key] for p in pairs for key in ("a", "b"))),
            "pairs": pairs,
        }
        for node, pairs in given.items()
    }


def _v1_ratings(located: Located) -> dict[str, dict[str, object]]:
    by_criterion: dict[str, dict[str, object]] = {}
    for entry in located.elements():
        parts = entry.record(("strategy", "criterion", "level"))
        strategy, criterion = parts["strategy"].as_text(), parts["criterion"].as_text()
        levels = by_criterion.setdefault(criterion, {})
        if strategy in levels:
            raise entry.fail(f"rates {strategy} on {criterion} a second time")
        levels[strategy] = parts["level"].value
    return by_criterion


def _v2_to_v3(root: Located) -> dict:
    """The synthesis mode the results of the file were computed in, after the normalisation."""
    fields = root.as_object()
    document = {}
    for key, value in fields.items():
        document[key] = value
        if key == "normalisation":
            document["synthesis"] = "distributive"
    document["schema_version"] = 3
    return document


def _v3_to_v4(root: Located) -> dict:
    """A panel of one: the planner, whose judgments stay the session's own (the lead expert's
    record holds none), combined by AIJ (which for one expert changes nothing)."""
    fields = root.as_object()
    document = {}
    for key, value in fields.items():
        document[key] = value
        if key == "strategy_effectiveness":
            document["experts"] = [_V4_LEAD]
            document["aggregation"] = "aij"
    document["schema_version"] = 4
    return document


_V4_LEAD = {
    "id": "planner",
    "name": "",
    "organisation": "",
    "weight": 1.0,
    "included": True,
    "note": "",
    "criteria_judgments": {},
    "strategy_effectiveness": {},
}


def _v4_to_v5(root: Located) -> dict:
    """Imported district data (none yet), after the planner's indicator edits."""
    document = {}
    for key, value in root.as_object().items():
        document[key] = value
        if key == "indicator_edits":
            document["district_data"] = {
                "indicators": [],
                "values": [],
                "year": "latest",
                "years": {},
            }
    document["schema_version"] = 5
    return document


def _v5_to_v6(root: Located) -> dict:
    """The model record gains the model's tables; an older file names its model only (null):
    it opens with the model at hand, fitted to it as before."""
    document = dict(root.as_object())
    model = root.key("model").value
    if isinstance(model, dict):
        document["model"] = {**model, "tables": None}
    document["schema_version"] = 6
    return document


MIGRATIONS: dict[int, Callable[[Located], dict]] = {
    1: _v1_to_v2,
    2: _v2_to_v3,
    3: _v3_to_v4,
    4: _v4_to_v5,
    5: _v5_to_v6,
}
# Files older than this had no synthesis mode: they open as distributive, and the reader says so.
SYNTHESIS_SINCE = 3


def migrate(root: Located, version: int) -> dict:
    """The document brought from schema version up to the current one, step by step (paths
    of errors keep the root's, "session." in a recovery file)."""
    document = root.as_object()
    while version < schema.SCHEMA_VERSION:
        document = MIGRATIONS[version](Located(document, root.path))
        version += 1
    return document
