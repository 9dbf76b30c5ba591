"""The names of the session file format: its marker, versions, extension and keys."""

from __future__ import annotations

FORMAT = "cluster-strategy-planner/session"
SCHEMA_VERSION = 6
FILE_EXTENSION = ".cspsession"

TOP_KEYS = (
    "format",
    "schema_version",
    "app_version",
    "created",
    "modified",
    "model",
    "criteria_judgments",
    "strategy_effectiveness",
    "experts",
    "aggregation",
    "indicator_edits",
    "district_data",
    "alpha",
    "normalisation",
    "synthesis",
    "random_index",
    "use_public_supplement",
    "monte_carlo",
    "notes",
)
# tables (schema 6): the model's own TOML tables, so that the file opens the same anywhere
# (null in a file migrated from an older schema, which named its model only).
MODEL_KEYS = ("id", "version", "content_hash", "criteria", "strategies", "tables")
# A file made with an edited model may leave a node's new pairs missing (unlinked) from here on.
UNLINKED_JUDGMENTS_SINCE = 6
JUDGMENTS_KEYS = ("items", "pairs")
PAIR_KEYS = ("a", "b", "value")
EFFECTIVENESS_KEYS = ("mode", "ratings", "judgments")
EDIT_KEYS = ("indicator", "place", "value", "source")
MONTE_CARLO_KEYS = ("spread", "samples", "seed", "discard_inconsistent")
EXPERT_KEYS = (
    "id",
    "name",
    "organisation",
    "weight",
    "included",
    "note",
    "criteria_judgments",
    "strategy_effectiveness",
)
EXPERT_EFFECTIVENESS_KEYS = ("ratings", "judgments")  # the mode is the session's, not an expert's
# An expert's weight is relative to the others'; a bound keeps the sums finite.
EXPERT_WEIGHT_MAX = 1e6
DISTRICT_DATA_KEYS = ("indicators", "values", "year", "years")
DATA_INDICATOR_KEYS = ("id", "name", "criterion", "direction", "kind", "unit", "levels", "scope")
DATA_VALUE_KEYS = ("indicator", "place", "year", "value", "unit", "source", "file", "sheet", "row")
