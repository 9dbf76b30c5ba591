"""The Panel tab: the experts (editable, undoable), how the panel is combined and when each way
fits, and what the panel agrees and disagrees on (read-only tables from the core's summary)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Change
from desktop.document import Document
from desktop.export.panel_content import bands_text
from desktop.i18n import Language
from desktop.views import panel_findings as findings
from desktop.views.expert_choice import expert_label, unanswered_text
from desktop.views.experts_table import ExpertsTableModel
from desktop.views.refresh import RefreshWhenShown
from desktop.views.translated import TranslatedWidget
from strategies.panel.consensus import CONSENSUS_BANDS_SOURCE
from strategies.panel.experts import UnansweredNodeError
from strategies.panel.methods import AGGREGATIONS, Aggregation
from strategies.panel.session_panel import new_expert, with_aggregation
from strategies.panel.summary import panel_summary


class PanelView(TranslatedWidget):
    def __init__(self, document: Document, language: Language, parent: QWidget | None = None):
        super().__init__(parent)
        self.document, self.language = document, language
        self.experts_model = ExpertsTableModel(document, self)
        self.experts_model.refused.connect(self._on_refused)
        self.experts = QTableView()
        self.experts.setModel(self.experts_model)
        self.experts.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.experts.horizontalHeader().setStretchLastSection(True)
        self.experts.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.add = QPushButton()
        self.remove = QPushButton()
        self.aggregation = QComboBox()
        self.when = QLabel()
        self.when.setWordWrap(True)
        self.overall = QLabel()
        self.overall.setWordWrap(True)
        self.tables = QTabWidget()
        self.consistency = findings.read_only_table()
        self.consensus = findings.read_only_table()
        self.disputed = findings.read_only_table()
        self.tops = findings.read_only_table()
        for table in (self.consistency, self.consensus, self.disputed, self.tops):
            self.tables.addTab(table, "")
        self._lay_out()
        self.add.clicked.connect(self._on_add)
        self.remove.clicked.connect(self._on_remove)
        self.aggregation.currentIndexChanged.connect(self._on_aggregation_chosen)
        self._refresher = RefreshWhenShown(
            self, self.refresh, document, Change.EVALUATION | Change.EXPERTS
        )
        language.changed.connect(self._on_language_changed)
        self.retranslate()

    def _lay_out(self) -> None:
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        self.experts_label = QLabel()
        self.experts_label.setStyleSheet("font-weight: bold;")
        buttons.addWidget(self.experts_label, 1)
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        upper_layout.addLayout(buttons)
        upper_layout.addWidget(self.experts)
        method = QHBoxLayout()
        self.method_label = QLabel()
        method.addWidget(self.method_label)
        method.addWidget(self.aggregation)
        method.addWidget(self.when, 1)
        upper_layout.addLayout(method)
        upper_layout.addWidget(self.overall)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(self.tables)
        splitter.setSizes([300, 400])
        QVBoxLayout(self).addWidget(splitter)

    def retranslate(self) -> None:
        self.experts_label.setText(self.tr("Experts"))
        self.add.setText(self.tr("Add expert"))
        self.remove.setText(self.tr("Remove expert"))
        self.method_label.setText(self.tr("Combine by:"))
        for index, title in enumerate(
            (
                self.tr("Consistency per expert"),
                self.tr("Consensus per node"),
                self.tr("Most disputed pairs"),
                self.tr("Top strategy per district"),
            )
        ):
            self.tables.setTabText(index, title)
        self._fill_aggregations()
        self._refresher.request()

    def _on_language_changed(self, _code: str) -> None:
        self.retranslate()

    def _fill_aggregations(self) -> None:
        lang = self.language.code
        self.aggregation.blockSignals(True)
        self.aggregation.clear()
        for aggregation, info in AGGREGATIONS.items():
            self.aggregation.addItem(info.name.get(lang), aggregation)
        self.aggregation.setCurrentIndex(
            self.aggregation.findData(self.document.session.aggregation)
        )
        self.aggregation.blockSignals(False)

    def refresh(self) -> None:
        session, model, lang = self.document.session, self.document.model, self.language.code
        self._fill_aggregations()
        info = AGGREGATIONS[session.aggregation]
        self.when.setText(f"{info.when_appropriate.get(lang)} ({info.reference})")
        self.remove.setEnabled(len(session.experts.experts) > 1)
        summary = panel_summary(model, session, self.document.cache)
        self._show_overall(summary)
        for table, rows in (
            (self.consistency, findings.consistency_rows(summary, session, model, lang)),
            (self.consensus, findings.consensus_rows(summary, model, lang)),
            (self.disputed, findings.disputed_rows(summary, session, model, lang)),
            (self.tops, findings.top_strategy_rows(summary, session, model, lang)),
        ):
            findings.fill(table, *rows)

    def _show_overall(self, summary) -> None:
        if summary.consensus is None:
            self.overall.setText(
                self.tr(
                    "One expert is counted: the ranking is theirs. Add experts, or count more, "
                    "to see how far the panel agrees."
                )
            )
            return
        overall = summary.consensus.global_weights
        self.overall.setText(
            self.tr(
                "{count} experts counted. Consensus S* on the global weights: {value} "
                "({band}); over the hierarchy: {hierarchy}. Bands after {source}: {ranges}."
            ).format(
                count=len(summary.participants),
                value=findings.percent(overall.s_star),
                band=findings.band_name(overall.band),
                hierarchy=findings.percent(summary.consensus.hierarchy),
                source=CONSENSUS_BANDS_SOURCE,
                ranges=bands_text(self.language.code),
            )
        )

    def _on_aggregation_chosen(self, index: int) -> None:
        aggregation = self.aggregation.itemData(index)
        if not isinstance(aggregation, Aggregation):
            return
        lang = self.language
        self.document.apply(
            with_aggregation(self.document.session, aggregation),
            lambda: self.tr("Combine the panel by {method}").format(
                method=AGGREGATIONS[aggregation].name.get(lang.code)
            ),
        )

    def _on_add(self) -> None:
        session, model = self.document.session, self.document.model
        number = len(session.experts.experts) + 1
        expert = new_expert(session, model, self.tr("Expert {number}").format(number=number))
        self.document.put_expert(
            expert, lambda: self.tr("Add expert {name}").format(name=expert_label(expert))
        )

    def _on_remove(self) -> None:
        rows = self.experts.selectionModel().selectedRows()
        experts = self.document.session.experts.experts
        if not rows or len(experts) < 2:
            return
        expert = experts[rows[0].row()]
        try:
            self.document.remove_expert(
                expert.id,
                lambda: self.tr("Remove expert {name}").format(name=expert_label(expert)),
            )
        except UnansweredNodeError as error:
            self._on_refused(error)

    def _on_refused(self, error: UnansweredNodeError) -> None:
        """An edit that would leave a criteria node judged by no expert counted: not made."""
        QMessageBox.warning(
            self, self.tr("Panel"), unanswered_text(self.document.model, error, self.language.code)
        )
