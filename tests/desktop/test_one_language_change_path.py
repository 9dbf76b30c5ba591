"""Qt's LanguageChange is handled in one place (desktop.i18n.follow_language_change): no widget
keeps its own copy of changeEvent or of a LanguageChange filter."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel

from desktop.i18n import follow_language_change

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
HOME = DESKTOP / "i18n.py"


def _handles_language_change(path: Path) -> bool:
    code = path.read_text(encoding="utf-8")
    return "Type.LanguageChange" in code or "def changeEvent" in code


def test_only_the_helper_reads_qts_language_change():
    readers = [
        path.relative_to(DESKTOP).as_posix()
        for path in DESKTOP.rglob("*.py")
        if path != HOME and _handles_language_change(path)
    ]
    assert readers == []
    assert _handles_language_change(HOME)


def test_the_helper_calls_back_once_per_language_change_and_lets_the_event_through(qtbot):
    seen, label = [], QLabel()
    qtbot.addWidget(label)
    follow_language_change(label, lambda: seen.append("again"))
    QCoreApplication.sendEvent(label, QEvent(QEvent.Type.LanguageChange))
    QCoreApplication.sendEvent(label, QEvent(QEvent.Type.FontChange))
    assert seen == ["again"]
