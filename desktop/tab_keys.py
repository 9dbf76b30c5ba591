"""Switch the main window's tabs from the keyboard wherever the focus is.

Qt's own Ctrl+Tab works only while the focus is inside the tab widget (not in the hierarchy
tree beside it), so the window carries the keys as actions of a View menu, where they are seen:
Ctrl+PgDown / Ctrl+PgUp (and Ctrl+Tab / Ctrl+Shift+Tab) for the next and previous tab, Alt+1 …
Alt+n for tab n.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

NEXT_KEYS = ("Ctrl+PgDown", "Ctrl+Tab")
PREVIOUS_KEYS = ("Ctrl+PgUp", "Ctrl+Shift+Tab")
MAX_NUMBERED = 9  # Alt+1 … Alt+9


def install(window) -> None:
    window.tab_keys = TabKeys(window)


class TabKeys(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.menu = QMenu(window)
        window.menuBar().insertMenu(window.language_menu.menuAction(), self.menu)
        self.next = self._action(NEXT_KEYS, lambda: self._step(1))
        self.previous = self._action(PREVIOUS_KEYS, lambda: self._step(-1))
        self.menu.addSeparator()
        self.numbered = [
            self._action((f"Alt+{n + 1}",), lambda _checked=False, n=n: self._go(n))
            for n in range(min(window.tabs.count(), MAX_NUMBERED))
        ]
        self.retranslate()  # and again by the window whenever its tab titles change

    def _action(self, keys: tuple[str, ...], slot) -> QAction:
        action = QAction(self.window)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.window.addAction(action)  # works with the menu closed and any widget focused
        self.menu.addAction(action)
        return action

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&View"))
        self.next.setText(self.tr("Next tab"))
        self.previous.setText(self.tr("Previous tab"))
        for index, action in enumerate(self.numbered):
            action.setText(self.window.tabs.tabText(index).replace("&", "&&"))
            self.window.tabs.setTabToolTip(index, f"{action.text()} (Alt+{index + 1})")

    def _step(self, offset: int) -> None:
        tabs = self.window.tabs
        self._go((tabs.currentIndex() + offset) % tabs.count())

    def _go(self, index: int) -> None:
        """Show tab index; focus that was on the tab left goes to the new tab's first control
        (focus elsewhere, e.g. in the hierarchy tree, stays where it is)."""
        tabs = self.window.tabs
        focus = self.window.focusWidget()
        was_on_page = focus is not None and tabs.isAncestorOf(focus)
        tabs.setCurrentIndex(index)
        if was_on_page:
            first = first_focusable(tabs.currentWidget())
            if first is not None:
                first.setFocus(Qt.FocusReason.TabFocusReason)


def first_focusable(page: QWidget) -> QWidget | None:
    """The first control of page that Tab would reach."""
    widget = page.nextInFocusChain()
    while widget is not page:  # the chain is a ring through the whole window
        if (
            page.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None
