"""What opening a session file had to change, as lines for the terminal (the window's wording,
with Qt's translator, is desktop/session/messages.py)."""

from __future__ import annotations

from desktop.cli_language import say, spoken_language
from strategies.model import PlanningModel
from strategies.session_file import (
    DistributiveKept,
    FormatMigrated,
    ItemsDropped,
    JudgmentsDropped,
    JudgmentsReset,
    ModelChanged,
    NeutralJudgmentsAdded,
    RatingsDefaulted,
    SessionFileWarning,
    UnknownIndicatorEdits,
)

_SHOWN = 8  # a file can name thousands of ids


def warning_lines(warnings: tuple[SessionFileWarning, ...], model: PlanningModel) -> list[str]:
    return [warning_line(warning, model) for warning in warnings]


def warning_line(warning: SessionFileWarning, model: PlanningModel) -> str:
    if isinstance(warning, ModelChanged):
        return _model_changed(warning, model)
    templates = {
        FormatMigrated: say("converted from file format {from_version} to {to_version}"),
        JudgmentsDropped: say("node {node} is not in the model: its judgments were dropped"),
        ItemsDropped: say("items no longer in node {node}: their judgments were dropped: {items}"),
        JudgmentsReset: say("the judgments of node {node} no longer link its items: reset to 1"),
        NeutralJudgmentsAdded: say("items new to node {node} start as equally important: {items}"),
        RatingsDefaulted: say("missing ratings under {criterion} take the model's defaults"),
        UnknownIndicatorEdits: say(
            "edits of indicators the model does not have are unused: {indicators}"
        ),
        DistributiveKept: say("saved before the synthesis setting: opened in distributive mode"),
    }
    template = templates.get(type(warning), "{warning}")
    fields = {key: _listed(value) for key, value in vars(warning).items()}
    return template.format(warning=warning, **fields)


def _model_changed(warning: ModelChanged, model: PlanningModel) -> str:
    line = say(
        "made for version {old} of the model {id!r}; the open model {name!r} (version {new}) "
        "has other data: the judgments that still apply are kept"
    ).format(
        old=warning.saved_version,
        new=warning.current_version,
        id=model.id,
        name=model.name.get(spoken_language()),
    )
    for label, ids in (
        (say("criteria removed"), warning.removed_criteria),
        (say("criteria added"), warning.added_criteria),
        (say("strategies removed"), warning.removed_strategies),
        (say("strategies added"), warning.added_strategies),
    ):
        if ids:
            line += say("; {label}: {ids}").format(label=label, ids=_listed(ids))
    return line


def _listed(value: object) -> object:
    if not isinstance(value, tuple):
        return value
    shown = ", ".join(value[:_SHOWN])
    return shown if len(value) <= _SHOWN else f"{shown}, … (+{len(value) - _SHOWN:,})"
