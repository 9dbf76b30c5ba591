"""When a session file was created and last changed, and by which version of the app."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version

_DISTRIBUTION = "cluster-strategy-planner"


def current_app_version() -> str:
    try:
        return version(_DISTRIBUTION)
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0+unknown"


def _to_utc_seconds(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError(f"{moment.isoformat()} has no time zone")
    return moment.astimezone(UTC).replace(microsecond=0)


def format_time(moment: datetime) -> str:
    """ISO 8601 in UTC to the second, written with a Z ("2024-05-02T08:30:00Z")."""
    return _to_utc_seconds(moment).isoformat().replace("+00:00", "Z")


@dataclass(frozen=True)
class SessionFileInfo:
    """File metadata: read returns it and write takes it, so an unchanged session is saved
    byte for byte as it was read. Times are kept in UTC to the second."""

    created: datetime
    modified: datetime
    app_version: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "created", _to_utc_seconds(self.created))
        object.__setattr__(self, "modified", _to_utc_seconds(self.modified))

    @classmethod
    def new(cls, now: datetime | None = None, app_version: str | None = None) -> SessionFileInfo:
        """Metadata for a session first saved now."""
        moment = now or datetime.now(UTC)
        return cls(moment, moment, app_version or current_app_version())

    def touched(
        self, now: datetime | None = None, app_version: str | None = None
    ) -> SessionFileInfo:
        """The same file changed now by this app (call when the session itself changed)."""
        return replace(
            self,
            modified=now or datetime.now(UTC),
            app_version=app_version or current_app_version(),
        )
