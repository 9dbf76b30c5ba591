"""Which year of imported district data counts: "latest", or one year, for every indicator or
for one. Each choice is one undoable edit of the session (strategies.imported_data)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from desktop.document import Document
from desktop.i18n import Language
from strategies.data_years import year_options
from strategies.imported_data import LATEST

ALL = ""  # the indicator entry that stands for every indicator


class DataYearChoice(QWidget):
    def __init__(self, document: Document, language: Language, parent=None):
        super().__init__(parent)
        self.document, self.language = document, language
        self.setObjectName("data_year_choice")
        self.label = QLabel()
        self.indicator = QComboBox(objectName="data_year_indicator")
        self.year = QComboBox(objectName="data_year")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.label, self.indicator, self.year):
            layout.addWidget(widget)
        self.indicator.currentIndexChanged.connect(lambda _i: self._fill_years())
        self.year.activated.connect(self._on_year_chosen)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Year of values:"))
        self.sync()

    def _indicators(self):
        model, session = self.document.model, self.document.session
        return [*model.indicators, *model.supplement, *session.district_data.indicators]

    def sync(self) -> None:
        """Offer the indicators with imported values and the years of the chosen one."""
        data, lang = self.document.session.district_data, self.language.code
        with_data = {v.indicator for v in data.values}
        current = self.indicator.currentData()
        self.indicator.blockSignals(True)
        self.indicator.clear()
        self.indicator.addItem(self.tr("all indicators"), ALL)
        for indicator in self._indicators():
            if indicator.id in with_data:
                self.indicator.addItem(indicator.name.get(lang), indicator.id)
        found = self.indicator.findData(current)
        self.indicator.setCurrentIndex(max(found, 0))
        self.indicator.blockSignals(False)
        self.setVisible(bool(with_data))
        self._fill_years()

    def _fill_years(self) -> None:
        ident = self.indicator.currentData() or None
        data = self.document.session.district_data
        model = self.document.model
        options = year_options((*model.indicators, *model.supplement), data, ident)
        chosen = data.year if ident is None else data.year_of(ident)
        self.year.clear()
        self.year.addItem(self.tr("latest"), LATEST)
        for year in options:
            self.year.addItem(year, year)
        self.year.setCurrentIndex(max(self.year.findData(chosen), 0))

    def choose(self, year: str, indicator: str | None = None) -> None:
        """Make year count for indicator (for all when None): one undoable step."""
        session = self.document.session
        data = session.district_data.with_year(year, indicator)
        self.document.apply(
            replace(session, district_data=data),
            lambda: self.tr("Use the values of {year}").format(
                year=self.tr("latest") if year == LATEST else year
            ),
        )

    def _on_year_chosen(self, _index: int) -> None:
        self.choose(self.year.currentData(), self.indicator.currentData() or None)
