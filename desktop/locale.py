"""The planner's language: 'zh' or 'en', from the system locale unless chosen."""

from __future__ import annotations

import locale
import os

LANGUAGES = ("zh", "en")


def system_language() -> str:
    """'zh' when the system locale is Chinese, else 'en'."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    code = locale.getlocale()[0] or ""
    return "zh" if code.lower().startswith("zh") else "en"
