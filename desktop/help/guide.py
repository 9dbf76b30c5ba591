"""The guide window: a list of topics beside the chosen topic, in the current language."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QTextBrowser, QWidget

from desktop.help.topics import FIRST_TOPIC, TOPIC_LINK, TOPICS, topic_text, topic_title
from desktop.i18n import follow_language_change

DEFAULT_SIZE = (900, 640)
LIST_MARGIN = 12  # frame and a little air around the longest title


def interface_language() -> str:
    """'zh' or 'en' as Language.set last chose it (it sets Qt's default locale too)."""
    return "zh" if QLocale().language() == QLocale.Language.Chinese else "en"


class HelpGuide(QWidget):
    """A window of its own beside the main window; it reloads when the language changes."""

    def __init__(self, language=None, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("help_guide")
        self.language = language  # a desktop.i18n.Language, or None to follow Qt's locale
        self.topics = QListWidget()
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # topic links switch topics; web links go outside
        self.browser.anchorClicked.connect(self._on_link)
        layout = QHBoxLayout(self)
        layout.addWidget(self.topics)
        layout.addWidget(self.browser, 1)
        self.resize(*DEFAULT_SIZE)
        self.topic = FIRST_TOPIC
        self.topics.currentRowChanged.connect(self._on_row_chosen)
        if language is not None:  # the window's language: its switch, once
            language.changed.connect(lambda _code: self.reload())
        else:  # no window: Qt's translators say when
            follow_language_change(self, self.reload)
        self.reload()

    def code(self) -> str:
        return self.language.code if self.language is not None else interface_language()

    def show_topic(self, topic: str) -> None:
        """Show topic (one of TOPICS) and bring the window to the front."""
        self.topic = topic
        self.topics.setCurrentRow(TOPICS.index(topic))
        self._show_text()
        self.show()
        self.raise_()
        self.activateWindow()

    def reload(self) -> None:
        """Titles and text again, in the current language."""
        lang = self.code()
        self.topics.blockSignals(True)
        self.topics.clear()
        for topic in TOPICS:
            item = QListWidgetItem(topic_title(topic, lang))
            item.setData(Qt.ItemDataRole.UserRole, topic)
            self.topics.addItem(item)
        self.topics.setCurrentRow(TOPICS.index(self.topic))
        self.topics.blockSignals(False)
        # As wide as the longest title in this language, so no title is cut.
        self.topics.setFixedWidth(self.topics.sizeHintForColumn(0) + LIST_MARGIN)
        self.setWindowTitle(self.tr("Guide — Cluster Strategy Planner"))
        self._show_text()

    def _show_text(self) -> None:
        self.browser.setMarkdown(topic_text(self.topic, self.code()))

    def _on_row_chosen(self, row: int) -> None:
        if 0 <= row < len(TOPICS):
            self.topic = TOPICS[row]
            self._show_text()

    def _on_link(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith(TOPIC_LINK) and target[len(TOPIC_LINK) :] in TOPICS:
            self.show_topic(target[len(TOPIC_LINK) :])
        elif url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:  # a help window goes away as it came, by key
            self.close()
            return
        super().keyPressEvent(event)
