"""Help → Guide (F1) in the main window: the guide opens at the topic of the tab on screen."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from desktop.help.buttons import HelpButton, open_guide
from desktop.help.topics import FIRST_TOPIC


def install(window) -> None:
    """Add Help → Guide (F1) to window (a MainWindow), before About."""
    window.guide_action = GuideAction(window)


class GuideAction(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.action = QAction(window)
        self.action.setObjectName("guide_action")
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.action.triggered.connect(lambda: open_guide(window, self.context_topic()))
        window.addAction(self.action)  # F1 works wherever the focus is in the window
        about = window.named_actions.get("about")
        window.help_menu.insertAction(about, self.action)
        window.named_actions["guide"] = self.action
        window.language.changed.connect(self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Guide"))
        self.action.setToolTip(
            self.tr("The planner's guide: how to use the app and read its results")
        )

    def context_topic(self) -> str:
        """The topic of the first visible '?' on the tab on screen, else the workflow."""
        page = self.window.tabs.currentWidget()
        buttons = [] if page is None else page.findChildren(HelpButton)
        shown = [button for button in buttons if button.isVisibleTo(page)]
        return shown[0].topic() if shown else FIRST_TOPIC
