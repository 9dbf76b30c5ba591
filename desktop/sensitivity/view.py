"""The Sensitivity view: a district chooser over the pages of analyses (registry.py).

Only the page on screen is redrawn when the document, the district or the language changes;
the others are marked stale and redrawn when shown, so judgment edits stay fast.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout

from desktop.changes import Change
from desktop.document import Document
from desktop.help.buttons import concept_tip, help_button
from desktop.i18n import Language
from desktop.sensitivity.analyses import PageContext
from desktop.sensitivity.pages import Page
from desktop.sensitivity.registry import PAGES
from desktop.views.district_choice import fill_districts
from desktop.views.translated import TranslatedWidget
from strategies.sensitivity.inputs import NotApplicable


class SensitivityView(TranslatedWidget):
    def __init__(self, document: Document, language: Language, parent=None):
        super().__init__(parent)
        self.document, self.language = document, language
        self.district_label = QLabel()
        self.district = QComboBox()
        self.district.setMinimumContentsLength(12)
        self.pages = QTabWidget()
        for entry in PAGES:
            page = entry.make(document)
            setattr(self, entry.name, page)  # view.monte_carlo, … as the registry names them
            self.pages.addTab(page, "")
            page.changed.connect(lambda p=page: self._redraw(p))
        self.pages.setCornerWidget(help_button(lambda: PAGES[self.pages.currentIndex()].topic))
        # Said instead of a chart when the page's analysis has nothing to vary (one criterion).
        self.not_applicable = QLabel()
        self.not_applicable.setObjectName("not_applicable")
        self.not_applicable.setWordWrap(True)
        self.not_applicable.hide()
        self._stale: set[Page] = set(self.all_pages())
        controls = QHBoxLayout()
        controls.addWidget(self.district_label)
        controls.addWidget(self.district)
        controls.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.not_applicable)
        layout.addWidget(self.pages)
        self.district.currentIndexChanged.connect(lambda _index: self._mark_all_stale())
        self.pages.currentChanged.connect(lambda _index: self._refresh_visible())
        document.changed.connect(self._on_document_changed)
        self.retranslate()

    def all_pages(self) -> tuple[Page, ...]:
        """The pages, in the order of the registry (and of the tabs)."""
        return tuple(getattr(self, entry.name) for entry in PAGES)

    def title(self) -> str:
        """The tab title, in the current language."""
        return self.tr("Sensitivity")

    def retranslate(self) -> None:
        self.district_label.setText(self.tr("District:"))
        self.not_applicable.setText(
            self.tr(
                "— This analysis does not apply to this model: it has one criterion, which "
                "always weighs 1, so there is no weight to move."
            )
        )
        for index, entry in enumerate(PAGES):
            self.pages.setTabText(index, entry.title())
            self.pages.setTabToolTip(index, concept_tip(entry.concept) if entry.concept else "")
        self._fill_districts()
        self._mark_all_stale()

    def context(self) -> PageContext:
        # The document's analyses: shared with the window's exports, dropped with their inputs.
        analyses = self.document.analyses
        return PageContext(analyses, max(self.district.currentIndex(), 0), self.language.code)

    def _fill_districts(self) -> None:
        fill_districts(self.district, self.document.model, self.language.code)

    def _on_document_changed(self, changes: Change) -> None:
        # Notes change no analysis; the Monte Carlo page follows its own settings.
        if changes & Change.MODEL:  # districts added, removed, renamed or reordered
            self._fill_districts()
        if changes & Change.EVALUATION:
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
        self.not_applicable.setVisible(not page.isEnabled())

    def _redraw(self, page: Page) -> None:
        self._stale.discard(page)
        try:
            page.show_context(self.context())
            page.setEnabled(True)
        except NotApplicable:
            page.setEnabled(False)
        self.not_applicable.setVisible(not self.pages.currentWidget().isEnabled())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refresh_visible()
