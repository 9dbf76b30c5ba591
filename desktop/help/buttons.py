"""'?' buttons that open the guide at their topic, F1, and tooltips that explain a concept.

Views add help with one call each (help_button, explain), so the guide stays out of their code.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QToolButton, QWidget

from desktop.help.guide import HelpGuide, interface_language
from desktop.help.topics import FIRST_TOPIC, TOPICS, topic_title
from desktop.i18n import follow_language_change

GUIDE_ATTRIBUTE = "help_guide"


def guide_for(widget: QWidget) -> HelpGuide:
    """The guide of widget's window, made on first use and kept beside it."""
    window = widget.window()
    guide = getattr(window, GUIDE_ATTRIBUTE, None)
    if guide is None:
        guide = HelpGuide(getattr(window, "language", None), window)
        setattr(window, GUIDE_ATTRIBUTE, guide)
    return guide


def open_guide(widget: QWidget, topic: str = FIRST_TOPIC) -> HelpGuide:
    guide = guide_for(widget)
    guide.show_topic(topic)
    return guide


class HelpButton(QToolButton):
    """A small '?' that opens the guide at its topic (a name, or a callable giving one)."""

    def __init__(self, topic: str | Callable[[], str], parent: QWidget | None = None):
        if not callable(topic) and topic not in TOPICS:  # before a widget exists to linger
            raise KeyError(f"unknown help topic {topic!r}")
        super().__init__(parent)
        self._topic = topic
        self.setText("?")
        self.setAutoRaise(True)
        self.clicked.connect(lambda: open_guide(self, self.topic()))
        self.retranslate()
        follow_language_change(self, self.retranslate)

    def topic(self) -> str:
        topic = self._topic() if callable(self._topic) else self._topic
        if topic not in TOPICS:
            raise KeyError(f"unknown help topic {topic!r}")
        return topic

    def retranslate(self) -> None:
        title = topic_title(self.topic(), interface_language())
        self.setToolTip(self.tr("Guide: {topic}").format(topic=title))
        self.setAccessibleName(self.toolTip())


def help_button(topic: str | Callable[[], str]) -> HelpButton:
    return HelpButton(topic)


# Tooltips of the three concepts a planner meets everywhere.
def concept_tip(concept: str) -> str:
    """What CR, α or g means, in the current language."""
    tips = {
        "cr": QCoreApplication.translate(
            "Concepts",
            "CR, the consistency ratio of a node's judgments: (λmax − n) / "
            "((n − 1)·RI). Acceptable up to 0.05 for 3 items, 0.08 for 4 and 0.10 for 5 or "
            "more; undefined for fewer than 3. F1 opens the guide.",
        ),
        "alpha": QCoreApplication.translate(
            "Concepts",
            "α, the need emphasis (0 … 1): 0 is plain AHP, the same ranking in "
            "every district; 1 lets each district's need g tilt its criteria weights fully. "
            "F1 opens the guide.",
        ),
        "need": QCoreApplication.translate(
            "Concepts",
            "g, a district's need on a criterion = 1 − its performance from the "
            "indicators: 0 for the best district, higher the further behind. Neutral 0.5 where "
            "the district has no usable value. F1 opens the guide.",
        ),
    }
    return tips[concept]


def explain(concept: str, *widgets: QWidget) -> None:
    """Give each widget the tooltip of concept ('cr', 'alpha' or 'need')."""
    concept_tip(concept)  # an unknown concept fails here, not on the first hover
    for widget in widgets:
        widget.setToolTip(concept_tip(concept))
        follow_language_change(widget, lambda w=widget: w.setToolTip(concept_tip(concept)))
