"""The paper's figures with unit, year, scope, source and note; districts as columns; missing
values visibly missing; and the district need they produce per criterion."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from criteria.indicators import Indicator
from desktop.changes import Change
from desktop.document import Document
from desktop.help.buttons import explain, help_button
from desktop.i18n import Language
from desktop.indicator_text import format_value
from desktop.views.coverage_table import CoverageModel
from desktop.views.data_year_choice import DataYearChoice
from desktop.views.district_table import DistrictColumnsModel
from desktop.views.indicator_value_dialog import RESTORE, IndicatorValueDialog
from desktop.views.method_settings import NormalisationChoice
from desktop.views.model_index import ROOT, Index
from desktop.views.model_reset import ResetOnModelEdit
from desktop.views.refresh import RefreshWhenShown
from desktop.views.scroll_tabs import fit_columns, show_rows
from strategies.data_years import ChosenIndicators
from strategies.evaluation import chosen_indicators_of, effective_indicators
from strategies.imported_data import DataValue
from strategies.method_rules import indicator_scoring
from strategies.session import IndicatorEdit

INDICATOR_ROWS_IN_SIGHT = 5  # the rest scroll within the table
_MISSING_BRUSH = QBrush(QColor("#f3f3f3"))
_NEUTRAL_BRUSH = QBrush(QColor("#fff4d6"))
_PLANNER_BRUSH = QBrush(QColor("#0b57d0"))
_IMPORTED_BRUSH = QBrush(QColor("#137333"))
_FIXED_COLUMNS = 4  # indicator, unit, year, criterion


class IndicatorsModel(QAbstractTableModel):
    def __init__(self, document: Document, language: Language, parent=None):
        super().__init__(parent)
        self.document, self.language = document, language
        self.indicators: tuple[Indicator, ...] = ()
        self.chosen: ChosenIndicators | None = None
        self._scoring: dict[str, str] = {}
        self.refresh()
        ResetOnModelEdit(self, document, self._read)  # indicators × districts

    def refresh(self) -> None:
        self.beginResetModel()
        self._read()
        self.endResetModel()

    def _read(self) -> None:
        self.indicators = effective_indicators(self.document.model, self.document.session)
        self.chosen = chosen_indicators_of(self.document.model, self.document.session)
        self._scoring = {
            entry.indicator: entry.scoring for entry in indicator_scoring(self.document.evaluation)
        }

    def scoring_note(self, indicator: str) -> str:
        """How an indicator is scored when not by the chosen normalisation (empty otherwise)."""
        notes = {
            "level_index_min_max": self.tr(
                "Ordinal indicator: scored min–max on its level index (levels taken as "
                "equally spaced), whichever normalisation is chosen."
            ),
            "negative_min_max": self.tr(
                "Values below zero: ratio to best means nothing for them, so min–max is "
                "used instead."
            ),
        }
        return notes.get(self._scoring.get(indicator, ""), "")

    def _headers(self) -> list[str]:
        lang = self.language.code
        districts = [d.name.get(lang) for d in self.document.model.districts]
        return [
            self.tr("Indicator"),
            self.tr("Unit"),
            self.tr("Year"),
            self.tr("Criterion"),
            *districts,
            self.tr("City / other"),  # the model's whole city, or a peer city
            self.tr("Source"),
            self.tr("Note"),
        ]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.indicators)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers())

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        indicator = self.indicators[index.row()]
        district = self._district(index.column())
        missing = (
            district is not None
            and indicator.scope == "district"
            and (district not in indicator.values)
        )
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(indicator, index.column(), district)
        edit = (
            None
            if district is None
            else self.document.session.indicator_edit(indicator.id, district)
        )
        imported = None if edit is not None else self.imported(indicator.id, district)
        if role == Qt.ItemDataRole.ToolTipRole:
            if edit is not None:
                return self.tr("Planner's value. Source: {source}").format(source=edit.source)
            if imported is not None:
                return self._imported_tooltip(imported)
            return self._tooltip(indicator, missing)
        if role == Qt.ItemDataRole.ForegroundRole and edit is not None:
            return _PLANNER_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole and imported is not None:
            return _IMPORTED_BRUSH
        if role == Qt.ItemDataRole.BackgroundRole and missing:
            return _MISSING_BRUSH
        if role == Qt.ItemDataRole.FontRole and missing:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def imported(self, indicator: str, place: str | None) -> DataValue | None:
        """The imported value a place holds now (with its year and provenance), or None."""
        if self.chosen is None or place is None:
            return None
        return self.chosen.imported.get((indicator, place))

    def _imported_tooltip(self, value: DataValue) -> str:
        where = self.tr("{file}, row {row}").format(file=value.file, row=value.row)
        if value.sheet:
            where = self.tr("{file}, sheet {sheet}, row {row}").format(
                file=value.file, sheet=value.sheet, row=value.row
            )
        return self.tr("Imported value of {year}. Source: {source}\nFrom {where}").format(
            year=value.year, source=value.source, where=where
        )

    def _year_text(self, indicator: Indicator) -> str:
        years = () if self.chosen is None else self.chosen.years_of(indicator.id)
        return self.tr(", ").join(years) if years else indicator.year

    def editable_cell(self, index: Index) -> tuple[Indicator, str] | None:
        """(indicator, district) when a planner may enter a value in this cell."""
        indicator = self.indicators[index.row()]
        district = self._district(index.column())
        if district is None or indicator.scope != "district" or indicator.kind != "number":
            return None
        return indicator, district

    def _district(self, column: int) -> str | None:
        offset = column - _FIXED_COLUMNS
        ids = self.document.model.district_ids
        return ids[offset] if 0 <= offset < len(ids) else None

    def _text(self, indicator: Indicator, column: int, district: str | None) -> str:
        lang = self.language.code
        fixed = (
            indicator.name.get(lang),
            indicator.unit.get(lang),
            self._year_text(indicator),
            indicator.criterion or self.tr("context"),
        )
        if column < _FIXED_COLUMNS:
            return fixed[column]
        if district is not None:
            if indicator.scope != "district":
                return ""
            raw = indicator.values.get(district)
            if raw is None:
                return self.tr("missing")
            imported = self.imported(indicator.id, district)
            if imported is None or self.document.session.indicator_edit(indicator.id, district):
                return format_value(indicator, raw, lang)
            return self.tr("{value} ({year})").format(
                value=format_value(indicator, raw, lang), year=imported.year
            )
        after = column - _FIXED_COLUMNS - len(self.document.model.district_ids)
        note = " ".join(t for t in (indicator.note.get(lang), self.scoring_note(indicator.id)) if t)
        return (self._city_text(indicator), indicator.source.get(lang), note)[after]

    def _city_text(self, indicator: Indicator) -> str:
        lang = self.language.code
        if indicator.kind == "text":
            return indicator.text.get(lang)
        if indicator.scope == "peer_city":
            return ", ".join(
                f"{indicator.place_names[k].get(lang)} {format_value(indicator, v, lang, k)}"
                for k, v in indicator.values.items()
            )
        return "" if indicator.value is None else format_value(indicator, indicator.value, lang)

    def _tooltip(self, indicator: Indicator, missing: bool) -> str:
        lang = self.language.code
        lines = [
            indicator.name.get(lang),
            self.tr("Source: {source} (section {section})").format(
                source=indicator.source.get(lang), section=indicator.section or "—"
            ),
        ]
        if indicator.note.get(lang):
            lines.append(self.tr("Note: {note}").format(note=indicator.note.get(lang)))
        if missing:
            lines.append(
                self.tr(
                    "Missing: the source gives no value for this district. It is "
                    "left out, never read as 0. Double-click to enter a value "
                    "with its source."
                )
            )
        if indicator.origin == "public_supplement":
            lines.append(self.tr("Optional public supplement, not from the paper."))
        if self.scoring_note(indicator.id):
            lines.append(self.scoring_note(indicator.id))
        return "\n".join(lines)


class NeedModel(DistrictColumnsModel):
    """Need g[d, c] per criterion (rows) and district (columns); cells without the district's
    own data flagged with what stands in for it."""

    def row_labels(self) -> list[str]:
        hierarchy, lang = self.document.model.hierarchy, self.language.code
        return [f"{c} {hierarchy.name(c, lang)}" for c in self.document.model.criteria]

    def _indicator_names(self, ids) -> str:
        model, lang = self.document.model, self.language.code
        names = {i.id: i.name.get(lang) for i in (*model.indicators, *model.supplement)}
        return self.tr(", ").join(names.get(ident, ident) for ident in ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        need = self.document.evaluation.need
        value = need.need[index.column(), index.row()]
        source = need.source_name(index.column(), index.row())
        neutral = source != "measured"
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{value:.2f}" + (" " + self._short(source) if neutral else "")
        if role == Qt.ItemDataRole.BackgroundRole and neutral:
            return _NEUTRAL_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole:
            if neutral:
                return self._explained(source)
            district = self.document.model.district_ids[index.column()]
            used = need.used.get((district, self.document.model.criteria[index.row()]), ())
            return self.tr("From indicators: {names}").format(names=self._indicator_names(used))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _short(self, source: str) -> str:
        return {
            "districts_mean": self.tr("(mean of districts)"),
            "own_mean": self.tr("(district mean)"),
            "no_data": self.tr("(no data)"),
        }[source]

    def _explained(self, source: str) -> str:
        return {
            "districts_mean": self.tr(
                "No indicator value for this district and criterion: it gets the mean need "
                "of the districts that have one, so missing data never looks like need."
            ),
            "own_mean": self.tr(
                "No district has data on this criterion: it gets this district's own mean "
                "need over its measured criteria, so its weight is not tilted."
            ),
            "no_data": self.tr(
                "No district has data on any criterion: no tilt, the ranking is plain AHP "
                "at every α."
            ),
        }[source]


class IndicatorsView(QWidget):
    def __init__(self, document: Document, language: Language, parent=None):
        super().__init__(parent)
        self.document = document
        self.model = IndicatorsModel(document, language, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.doubleClicked.connect(self._on_cell_double_clicked)
        self.table.installEventFilter(self)  # Enter opens a cell's value too (keyboard only)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.need_model = NeedModel(document, language, self)
        self.need_table = QTableView()
        self.need_table.setModel(self.need_model)
        self.need_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.supplement = QCheckBox()
        self.supplement.toggled.connect(self._on_supplement_toggled)
        self.supplement.setVisible(bool(document.model.supplement))  # a model may have none
        self._shown_model = document.model  # what the tables' rows and columns were built for
        self.need_title = QLabel()
        self.need_title.setWordWrap(True)
        self.coverage_model = CoverageModel(document, language, self)
        self.coverage_table = QTableView(objectName="coverage_grid")
        self.coverage_table.setModel(self.coverage_model)
        self.coverage_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.coverage_title = QLabel(wordWrap=True)
        # Need and coverage share the lower half as two pages: each keeps the full width.
        lower = QTabWidget(objectName="need_and_coverage")
        for title, table in (
            (self.need_title, self.need_table),
            (self.coverage_title, self.coverage_table),
        ):
            page = QWidget()
            column = QVBoxLayout(page)
            column.addWidget(title)
            column.addWidget(table)
            lower.addTab(page, "")
        self.lower_tabs = lower
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setSizes([500, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(self.supplement)  # a long label: on its own line
        options = QHBoxLayout()
        self.year_choice = DataYearChoice(document, language)
        options.addWidget(self.year_choice)
        options.addStretch(1)
        self.normalisation = NormalisationChoice(document)
        options.addWidget(self.normalisation)
        options.addWidget(help_button("indicators"))
        explain("need", self.need_title)
        layout.addLayout(options)
        layout.addWidget(splitter)
        # The indicators and the need computed from them (normalisation).
        self._refresher = RefreshWhenShown(
            self,
            self._refresh,
            document,
            Change.INDICATORS | Change.SETTINGS | Change.DISTRICT_DATA,
        )
        language.changed.connect(self._on_language_changed)  # the one path
        self.retranslate()
        self._sized = False

    def showEvent(self, event) -> None:
        if not self._sized:  # measuring every cell is slow; do it once, when first seen
            self._size_columns()
            self._sized = True
        super().showEvent(event)

    def _size_columns(self) -> None:
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        show_rows(self.table, INDICATOR_ROWS_IN_SIGHT)
        show_rows(self.need_table, self.need_model.rowCount())
        show_rows(self.coverage_table, self.coverage_model.rowCount())
        fit_columns(self.need_table)  # "0.50 (neutral)" whole, not "0.50 …"

    def _refresh(self) -> None:
        if self._shown_model is not self.document.model:
            self._follow_model()
        self.model.refresh()
        self.need_model.refresh()
        self.need_model.retranslate()  # district and criterion names follow the language
        self.coverage_model.refresh()
        self.coverage_model.retranslate()
        self.year_choice.sync()
        self._sync()

    def _follow_model(self) -> None:
        """After a model edit: other districts or criteria, so other rows and columns."""
        self._shown_model = self.document.model
        self.supplement.setVisible(bool(self.document.model.supplement))
        self._sized = False
        if self.isVisible():
            self._size_columns()
            self._sized = True

    def _sync(self) -> None:
        self.supplement.blockSignals(True)
        self.supplement.setChecked(self.document.session.use_public_supplement)
        self.supplement.blockSignals(False)

    def retranslate(self) -> None:
        self.supplement.setText(
            self.tr(
                "Show the optional public district supplement (GDP 2016, population 2020; "
                "secondary sources, not the paper)"
            )
        )
        self.need_title.setText(
            self.tr(
                "District need per criterion, g = 1 − performance (from the indicators above; "
                "a cell without the district's own value takes a mean need, never more need)"
            )
        )
        self.lower_tabs.setTabText(0, self.tr("District need"))
        self.lower_tabs.setTabText(1, self.tr("Coverage"))
        self.coverage_title.setText(
            self.tr(
                "Coverage: usable values per criterion and district, and their years "
                "(neutral: none of the district's own)"
            )
        )
        self.year_choice.retranslate()
        self._sync()

    def _on_language_changed(self, _code: str) -> None:
        self.retranslate()
        self._size_columns()
        self._refresher.request()

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.model.editable_cell(self.table.currentIndex()) is not None
        ):
            self._on_cell_double_clicked(self.table.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def _on_cell_double_clicked(self, index) -> None:
        cell = self.model.editable_cell(index)
        if cell is None:
            return
        indicator, district = cell
        lang = self.model.language.code
        earlier = self.document.session.indicator_edit(indicator.id, district)
        raw = indicator.values.get(district)
        dialog = IndicatorValueDialog(
            f"{indicator.name.get(lang)} — {self.document.model.district(district).name.get(lang)}",
            "" if raw is None else f"{raw:g}",
            earlier.source if earlier else "",
            earlier is not None,
            self,
        )
        result = dialog.exec()
        if result == RESTORE:
            self.restore_value(indicator.id, district)
        elif result == IndicatorValueDialog.DialogCode.Accepted:
            self.enter_value(indicator.id, district, dialog.number, dialog.source.text())

    def enter_value(self, indicator: str, district: str, value: float | None, source: str) -> None:
        edit = IndicatorEdit(indicator, district, value, source.strip())
        names = self._names(indicator, district)
        self.document.apply(
            self.document.session.with_indicator_edit(edit),
            lambda: self.tr("Enter {indicator} for {district}").format(**names()),
        )

    def restore_value(self, indicator: str, district: str) -> None:
        names = self._names(indicator, district)
        self.document.apply(
            self.document.session.without_indicator_edit(indicator, district),
            lambda: self.tr("Use the paper's {indicator} for {district}").format(**names()),
        )

    def _names(self, indicator_id: str, district_id: str):
        """The indicator's and district's names in the language current when called."""
        model, language = self.document.model, self.model.language
        indicator = next(i for i in (*model.indicators, *model.supplement) if i.id == indicator_id)
        district = model.district(district_id)
        return lambda: dict(
            indicator=indicator.name.get(language.code), district=district.name.get(language.code)
        )

    def _on_supplement_toggled(self, checked: bool) -> None:
        session = replace(self.document.session, use_public_supplement=checked)
        self.document.apply(
            session,
            lambda: (
                self.tr("Show public supplement") if checked else self.tr("Hide public supplement")
            ),
        )
