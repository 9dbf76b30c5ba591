"""The interface language: Qt translators for our strings, the model's own zh/en names.

Translations live in resources/i18n/zh_CN/*.ts (sources) and *.qm (compiled, shipped);
``python -m desktop.i18n_build`` refreshes both. Switching language installs or removes the
translators; Qt then sends every widget a LanguageChange event and each view retranslates.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QFont, QFontDatabase

from desktop.locale import system_language

CJK_FONTS = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "SimHei",
)


def translations_dir() -> Path:
    return Path(str(resources.files("resources") / "i18n" / "zh_CN"))


QT_CATALOGUE = "qtbase_zh_CN.qm"


def qt_catalogue() -> Path:
    """Qt's own Chinese texts (file dialog, message box buttons), from Qt's translations folder
    (the PySide6 wheels carry it). We ship no copy: Debian's is GPL-3, this app is MIT; where a
    Qt lacks it, Qt's own dialogs stay English and ours stay Chinese."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / QT_CATALOGUE


def catalogues(code: str) -> list[Path]:
    """The translation files of a language, Qt's first: a later one wins where both translate
    (our qt_supplement fills what Qt's catalogue lacks)."""
    if code != "zh":
        return []
    return [qt_catalogue(), *sorted(translations_dir().glob("*.qm"))]


# Translators are application-wide: whichever Language object switches, it replaces them all.
_installed: list[QTranslator] = []


class Language(QObject):
    """The current language ('zh' or 'en'); tells views when it changes."""

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._code = "en"

    @property
    def code(self) -> str:
        return self._code

    def set(self, code: str | None) -> None:
        """Switch to code ('zh', 'en'; None or '' = system locale) and install translators."""
        code = code or system_language()
        app = QCoreApplication.instance()
        for translator in _installed:
            app.removeTranslator(translator)
        _installed.clear()
        for path in catalogues(code):
            translator = QTranslator(app)
            if translator.load(str(path)):  # a missing file leaves its texts in English
                app.installTranslator(translator)
                _installed.append(translator)
        QLocale.setDefault(
            QLocale(QLocale.Language.Chinese if code == "zh" else QLocale.Language.English)
        )
        changed = code != self._code
        self._code = code
        if changed:
            self.changed.emit(code)


class _LanguageChangeFilter(QObject):
    """Calls back when Qt tells the object it watches that the translators changed."""

    def __init__(self, watched: QObject, callback: Callable[[], object]):
        super().__init__(watched)  # lives and dies with the watched widget
        self._callback = callback
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._callback()
        return False  # the widget still sees the event


def follow_language_change(widget: QObject, callback: Callable[[], object]) -> None:
    """Call callback each time Qt sends widget a LanguageChange (after a switch, once the new
    translators are in). The one way a widget that only shows tr() texts retranslates; a view
    that shows the model's names follows ``Language.changed`` instead, never both."""
    _LanguageChangeFilter(widget, callback)


def choose_cjk_font(point_size: int = 10) -> QFont | None:
    """A font that can show Chinese, preferring well-known CJK families; None if none found."""
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    for name in CJK_FONTS:
        if name in families:
            return QFont(name, point_size)
    return QFont(families[0], point_size) if families else None
