"""The report as JSON for other programs (shape: docs/export-format.md)."""

from __future__ import annotations

import dataclasses
import json

from desktop.export.content import Report


def report_dict(report: Report) -> dict:
    """The report as plain JSON-ready data (tuples become lists). ``panel`` only for a session
    of several experts, the same value as ``rank --json`` prints: a session of one exports as
    before."""
    data = dataclasses.asdict(report)
    if data["panel"] is None:
        del data["panel"]
    return data


def json_bytes(report: Report) -> bytes:
    """UTF-8 JSON, Chinese kept readable; NaN never appears (None stands for "none")."""
    text = json.dumps(report_dict(report), ensure_ascii=False, indent=2, allow_nan=False)
    return (text + "\n").encode("utf-8")
