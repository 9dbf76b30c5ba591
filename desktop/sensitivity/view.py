"""The Sensitivity view: a district chooser over five pages of analyses.

Only the page on screen is redrawn when the document, the district or the language changes;
the others are marked stale and redrawn when shown, so judgment edits stay fast.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout

from desktop.changes import Change
from desktop.document import Document
from desktop.help.buttons import concept_tip, explain, help_button
from desktop.i18n import Language
from desktop.sensitivity.analyses import Analyses, PageContext
from desktop.sensitivity.dynamic_panel import DynamicPanel
from desktop.sensitivity.monte_carlo_page import MonteCarloPage
from desktop.sensitivity.pages import AlphaPage, GradientPage, Page, ThresholdsPage
from desktop.views.district_choice import fill_districts
from desktop.views.translated import TranslatedWidget

# The guide's topic of each page, in the order of all_pages().
PAGE_TOPICS = ("sweep", "thresholds", "alpha_sweep", "monte_carlo", "dynamic")


class SensitivityView(TranslatedWidget):
    def __init__(self, document: Document, language: Language, parent=None):
        super().__init__(parent)
        self.document, self.language = document, language
        self.district_label = QLabel()
        self.district = QComboBox()
        self.district.setMinimumContentsLength(12)
        self.gradient, self.thresholds = GradientPage(), ThresholdsPage()
        self.alpha, self.monte_carlo = AlphaPage(), MonteCarloPage(document)
        self.dynamic = DynamicPanel()
        self.pages = QTabWidget()
        for page in self.all_pages():
            self.pages.addTab(page, "")
            page.changed.connect(lambda p=page: self._redraw(p))
        self.pages.setCornerWidget(help_button(lambda: PAGE_TOPICS[self.pages.currentIndex()]))
        explain("alpha", self.alpha.note)
        self._analyses: Analyses | None = None
        self._stale: set[Page] = set(self.all_pages())
        controls = QHBoxLayout()
        controls.addWidget(self.district_label)
        controls.addWidget(self.district)
        controls.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.pages)
        self.district.currentIndexChanged.connect(lambda _index: self._mark_all_stale())
        self.pages.currentChanged.connect(lambda _index: self._refresh_visible())
        document.changed.connect(self._on_document_changed)
        self.retranslate()

    def all_pages(self) -> tuple[Page, ...]:
        return (self.gradient, self.thresholds, self.alpha, self.monte_carlo, self.dynamic)

    def title(self) -> str:
        """The tab title, in the current language."""
        return self.tr("Sensitivity")

    def retranslate(self) -> None:
        self.district_label.setText(self.tr("District:"))
        for page, title in zip(
            self.all_pages(),
            (
                self.tr("Weight sweep"),
                self.tr("Rank-reversal thresholds"),
                self.tr("Need emphasis α"),
                self.tr("Monte Carlo"),
                self.tr("Dynamic sensitivity"),
            ),
            strict=True,
        ):
            self.pages.setTabText(self.pages.indexOf(page), title)
        self.pages.setTabToolTip(self.pages.indexOf(self.alpha), concept_tip("alpha"))
        self._fill_districts()
        self._mark_all_stale()

    def context(self) -> PageContext:
        if self._analyses is None:  # dropped when the evaluation's inputs change
            self._analyses = Analyses(self.document.evaluation)
        return PageContext(self._analyses, max(self.district.currentIndex(), 0), self.language.code)

    def _fill_districts(self) -> None:
        fill_districts(self.district, self.document.model, self.language.code)

    def _on_document_changed(self, changes: Change) -> None:
        # Notes change no analysis; the Monte Carlo page follows its own settings.
        if changes & Change.EVALUATION:
            self._analyses = None
            self._mark_all_stale()
        elif changes & Change.MONTE_CARLO:  # its page reruns when the settings rest or shows
            self._stale.add(self.monte_carlo)

    def _mark_all_stale(self) -> None:
        self._stale = set(self.all_pages())
        self._refresh_visible()

    def _refresh_visible(self) -> None:
        page = self.pages.currentWidget()
        if self.isVisible() and page in self._stale:
            self._redraw(page)

    def _redraw(self, page: Page) -> None:
        self._stale.discard(page)
        page.show_context(self.context())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refresh_visible()
