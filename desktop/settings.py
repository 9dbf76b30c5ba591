"""Application settings: one dict of defaults that is also the whitelist of keys."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "ClusterStrategyPlanner"
APPLICATION = "cluster-planner"

_DEFAULTS: dict[str, object] = {
    "language": "",  # "" = follow the system locale
    "window/geometry": QByteArray(),
    "window/state": QByteArray(),
    "recent_files": [],
    "last_folder": "",  # of session files
    "model_folder": "",  # where the last model opened with Open model… is (the dialog starts there)
    "export_folder": "",  # where the last export went; the export dialog opens there
    "questionnaire_folder": "",  # where the last questionnaire was written (File menu)
    "answers_folder": "",  # where the last returned questionnaires were imported from
}


def _settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


def get(key: str):
    """The stored value of key, or its default; unknown keys are a programming error."""
    default = _DEFAULTS[key]
    value = _settings().value(key, default)
    if isinstance(default, list):
        if value is None:
            return []
        return [value] if isinstance(value, str) else list(value)
    return value


def put(key: str, value) -> None:
    if key not in _DEFAULTS:
        raise KeyError(f"unknown setting {key!r}")
    _settings().setValue(key, value)
