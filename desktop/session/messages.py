"""What a session-file problem or warning means, in the planner's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from strategies.model import PlanningModel
from strategies.session_file import (
    DistributiveKept,
    FileProblem,
    FormatMigrated,
    ItemsDropped,
    JudgmentsDropped,
    JudgmentsReset,
    ModelChanged,
    NeutralJudgmentsAdded,
    OtherModelError,
    RatingsDefaulted,
    SessionFileError,
    SessionFileWarning,
    UnknownIndicatorEdits,
)


def problem_text(
    error: SessionFileError, model: PlanningModel | None = None, lang: str = "en"
) -> str:
    """One translated sentence for the kind of problem; details follow separately."""
    if isinstance(error, OtherModelError) and model is not None:
        return other_model_text(error, model, lang)
    texts = {
        FileProblem.CANNOT_READ: QCoreApplication.translate(
            "SessionMessages", "The file cannot be read."
        ),
        FileProblem.NOT_A_FILE: QCoreApplication.translate(
            "SessionMessages",
            "This is not a regular file (a folder, a device, a pipe or a socket).",
        ),
        FileProblem.CANNOT_WRITE: QCoreApplication.translate(
            "SessionMessages", "The file cannot be written (no permission, or the disk is full)."
        ),
        FileProblem.TOO_LARGE: QCoreApplication.translate(
            "SessionMessages", "The file is too large to be a session file."
        ),
        FileProblem.NOT_UTF8: QCoreApplication.translate(
            "SessionMessages", "The file is not UTF-8 text; it may be corrupted."
        ),
        FileProblem.NOT_JSON: QCoreApplication.translate(
            "SessionMessages", "The file is not valid JSON; it may be truncated or corrupted."
        ),
        FileProblem.TOO_DEEP: QCoreApplication.translate(
            "SessionMessages", "The file is nested too deeply to be a session file."
        ),
        FileProblem.NOT_A_SESSION: QCoreApplication.translate(
            "SessionMessages", "The file is not a Cluster Strategy Planner session."
        ),
        FileProblem.FUTURE_VERSION: QCoreApplication.translate(
            "SessionMessages", "The file was made by a newer version of the app."
        ),
        FileProblem.OTHER_MODEL: QCoreApplication.translate(
            "SessionMessages", "The file was made for a different model."
        ),
        FileProblem.INVALID_VALUE: QCoreApplication.translate(
            "SessionMessages", "The file holds a value that cannot be used."
        ),
    }
    return texts.get(
        error.problem, QCoreApplication.translate("SessionMessages", "The file cannot be used.")
    )


def other_model_text(error: OtherModelError, model: PlanningModel, lang: str) -> str:
    """Both models named, and what that means for the planner."""
    return QCoreApplication.translate(
        "SessionMessages",
        "The file was made for the model “{saved}” (version {saved_version}); the open model is "
        "“{name}” ({id}, version {version}). Its judgments and ratings are about that model's "
        "criteria and strategies, so they cannot be used here: open that model first "
        "(File → Open Model…), then open the file.",
    ).format(
        saved=error.saved_id,
        saved_version=error.saved_version,
        name=model.name.get(lang),
        id=model.id,
        version=model.version,
    )


def problem_details(error: SessionFileError, path: str) -> str:
    lines = [QCoreApplication.translate("SessionMessages", "File: {path}").format(path=path)]
    if error.path:  # where in the file: a field path, an identifier like S1 or C1
        lines.append(
            QCoreApplication.translate("SessionMessages", "Where: {field}").format(field=error.path)
        )
    lines.append(
        QCoreApplication.translate("SessionMessages", "Your current session is unchanged.")
    )
    return "\n".join(lines)


def technical_details(error: SessionFileError) -> str:
    """The file's own field path and the reader's message, for whoever repairs the file: they
    are in the file format's words (English), so they stay behind the box's details button."""
    lines = [
        QCoreApplication.translate(
            "SessionMessages", "For technical support (in the file format's own words):"
        )
    ]
    if error.path:
        lines.append(f"{error.path}")
    lines.append(error.message)
    return "\n".join(lines)


def warning_text(
    warning: SessionFileWarning, model: PlanningModel | None = None, lang: str = "en"
) -> str:
    if isinstance(warning, ModelChanged):
        parts = [_model_changed_text(warning, model, lang)]
        for label, items in (
            (
                QCoreApplication.translate("SessionMessages", "Criteria added"),
                warning.added_criteria,
            ),
            (
                QCoreApplication.translate("SessionMessages", "Criteria removed"),
                warning.removed_criteria,
            ),
            (
                QCoreApplication.translate("SessionMessages", "Strategies added"),
                warning.added_strategies,
            ),
            (
                QCoreApplication.translate("SessionMessages", "Strategies removed"),
                warning.removed_strategies,
            ),
        ):
            if items:
                parts.append(f"{label}: {_names(items)}")
        if len(parts) == 1:
            parts.append(
                QCoreApplication.translate(
                    "SessionMessages", "No criteria or strategies were added or removed."
                )
            )
        return "\n".join(parts)
    if isinstance(warning, FormatMigrated):
        return QCoreApplication.translate(
            "SessionMessages", "Converted from file format {old} to {new}."
        ).format(old=warning.from_version, new=warning.to_version)
    if isinstance(warning, JudgmentsDropped):
        return QCoreApplication.translate(
            "SessionMessages", "Node {node} is no longer in the model; its judgments were dropped."
        ).format(node=warning.node)
    if isinstance(warning, ItemsDropped):
        return QCoreApplication.translate(
            "SessionMessages", "Items no longer in {node}; their judgments were dropped: {items}."
        ).format(node=warning.node, items=_names(warning.items))
    if isinstance(warning, JudgmentsReset):
        return QCoreApplication.translate(
            "SessionMessages",
            "Judgments of node {node} no longer connect its items and were reset to neutral.",
        ).format(node=warning.node)
    if isinstance(warning, NeutralJudgmentsAdded):
        return QCoreApplication.translate(
            "SessionMessages", "New items in {node} start as equally important: {items}."
        ).format(node=warning.node, items=_names(warning.items))
    if isinstance(warning, RatingsDefaulted):
        return QCoreApplication.translate(
            "SessionMessages", "Ratings under {criterion} were missing and take the defaults."
        ).format(criterion=warning.criterion)
    if isinstance(warning, DistributiveKept):
        return QCoreApplication.translate(
            "SessionMessages",
            "Saved before the synthesis mode could be chosen: opened in distributive mode, as its results were computed. New sessions use ideal mode, which you can choose under Strategy effectiveness.",
        )
    if isinstance(warning, UnknownIndicatorEdits):
        return QCoreApplication.translate(
            "SessionMessages", "Edits of unknown indicators were kept aside: {ids}."
        ).format(ids=_names(warning.indicators))
    return str(warning)


def _model_changed_text(warning: ModelChanged, model: PlanningModel | None, lang: str) -> str:
    if model is None:
        return QCoreApplication.translate(
            "SessionMessages", "The model changed since this session was saved ({old} → {new})."
        ).format(old=warning.saved_version, new=warning.current_version)
    return QCoreApplication.translate(
        "SessionMessages",
        "This session was made for version {old} of the model “{id}”; the open model is "
        "“{name}” version {new}, whose data differ. Every judgment that still applies was kept; "
        "what changed is listed here.",
    ).format(
        old=warning.saved_version,
        new=warning.current_version,
        id=model.id,
        name=model.name.get(lang),
    )


def _names(names, shown: int = 8) -> str:
    """Ids for a message; a file can name thousands, so a long list is cut (+ how many more)."""
    listed = ", ".join(names[:shown])
    return listed if len(names) <= shown else f"{listed}, … (+{len(names) - shown:,})"
