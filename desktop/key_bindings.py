"""Keyboard shortcuts: the platform's standard keys plus the ones planners expect, each once."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

# Planners coming from Office (Ctrl+Y) or from Linux and macOS apps (Ctrl+Shift+Z) both expect
# their redo key; the platform's standard list holds only one of them on some systems.
EXTRA_KEYS = {QKeySequence.StandardKey.Redo: ("Ctrl+Shift+Z", "Ctrl+Y")}


def bindings(standard: QKeySequence.StandardKey) -> list[QKeySequence]:
    """The platform's keys for standard and our extra ones without repeats: Qt treats a key set
    twice as an "ambiguous shortcut overload" and then triggers nothing."""
    keys: list[QKeySequence] = []
    for key in [
        *QKeySequence.keyBindings(standard),
        *map(QKeySequence, EXTRA_KEYS.get(standard, ())),
    ]:
        if not key.isEmpty() and key not in keys:
            keys.append(key)
    return keys
