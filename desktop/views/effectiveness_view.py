"""Strategy effectiveness: the strategies × criteria ratings grid and, per criterion, the
choice to judge the strategies pairwise instead."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from criteria.ahp import Consistency
from desktop.changes import Change
from desktop.document import Document
from desktop.help.buttons import help_button
from desktop.i18n import Language
from desktop.views.judgment_editor import JudgmentEditor
from desktop.views.judgment_target import StrategiesUnder
from desktop.views.method_settings import SynthesisChoice
from desktop.views.model_index import ROOT, Index
from desktop.views.model_reset import ResetOnModelEdit
from desktop.views.refresh import RefreshWhenShown
from desktop.views.scroll_tabs import show_rows
from strategies.effectiveness import Synthesis
from strategies.method_rules import unserved_criteria
from strategies.session import PAIRWISE_MODE, RATINGS_MODE

_PAIRWISE_BRUSH = QBrush(QColor("#e8f0fe"))
_UNSERVED_BRUSH = QBrush(QColor("#f2f2f2"))


def strategy_name(model, strategy: str, lang: str) -> str:
    """'S6 Live commerce': the id the charts use, then the short name."""
    return f"{strategy} {model.strategy(strategy).name.get(lang)}"


def criterion_name(model, criterion: str, lang: str) -> str:
    return f"{criterion} {model.hierarchy.name(criterion, lang)}"


class RatingsModel(QAbstractTableModel):
    """Rows: strategies; columns: criteria. Editing a rating pushes an undo command."""

    def __init__(self, document: Document, language: Language, parent=None):
        super().__init__(parent)
        self.document, self.language = document, language
        self._unserved: dict[str, float] = {}
        self._find_unserved()
        ResetOnModelEdit(self, document, self._find_unserved)  # strategies × criteria

    def _find_unserved(self) -> None:
        self._unserved = {
            entry.criterion: entry.share for entry in unserved_criteria(self.document.evaluation)
        }

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.document.model.strategies)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.document.model.criteria)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        model, lang = self.document.model, self.language.code
        if orientation == Qt.Orientation.Horizontal:
            criterion = model.criteria[section]
            if role == Qt.ItemDataRole.DisplayRole:
                mark = (
                    "\n" + self.tr("(no strategy serves it)") if criterion in self._unserved else ""
                )
                return (
                    f"{criterion}\n{model.hierarchy.name(criterion, lang)}{mark}"
                    + self._consistency_line(criterion)
                )
            if role == Qt.ItemDataRole.ToolTipRole:
                notes = [
                    model.hierarchy.nodes[criterion].description.get(lang),
                    self._consistency_tip(criterion),
                    self.unserved_note(criterion),
                ]
                return "\n".join(note for note in notes if note)
        else:
            strategy = model.strategies[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{strategy.id} {strategy.name.get(lang)}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return strategy.summary.get(lang)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        editable = not self.document.judgments_read_only  # the combined ratings are read-only
        if editable and self.document.session.mode(self._criterion(index)) == RATINGS_MODE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        strategy, criterion = self._strategy(index), self._criterion(index)
        session, model = self.document.judgments_session, self.document.model
        share = self.document.judged_evaluation.effectiveness[index.row(), index.column()]
        pairwise = session.mode(criterion) == PAIRWISE_MODE
        level = session.ratings[(strategy, criterion)]
        if role == Qt.ItemDataRole.DisplayRole:
            if pairwise:
                return self.tr("pairwise {share:.3f}").format(share=share)
            return f"{model.rating_scale.label(level, self.language.code)}  ({share:.2f})"
        if role == Qt.ItemDataRole.EditRole:
            return level
        if role == Qt.ItemDataRole.ToolTipRole:
            note = self.unserved_note(criterion)
            return self._reason(strategy, criterion, level) + (f"\n{note}" if note else "")
        if role == Qt.ItemDataRole.BackgroundRole and pairwise:
            return _PAIRWISE_BRUSH
        if role == Qt.ItemDataRole.BackgroundRole and criterion in self._unserved:
            return _UNSERVED_BRUSH
        return None

    def unserved_note(self, criterion: str) -> str:
        """What the method does with a criterion no strategy serves (empty otherwise)."""
        if criterion not in self._unserved:
            return ""
        share = self._unserved[criterion]
        if self.document.session.synthesis is Synthesis.IDEAL:
            return self.tr(
                "No strategy serves this criterion (every rating is “none”): in ideal "
                "mode it adds nothing to any priority (each strategy gets {share:.3f}), "
                "and it changes no order."
            ).format(share=share)
        return self.tr(
            "No strategy serves this criterion (every rating is “none”): in "
            "distributive mode each strategy gets an equal share {share:.3f} of it, "
            "which changes no order."
        ).format(share=share)

    def _strategy_node(self, criterion: str):
        return self.document.evaluation.effectiveness_nodes.get(criterion)

    def _consistency_line(self, criterion: str) -> str:
        """'CR 0.490 ◐' under a criterion judged pairwise (the completed matrix if incomplete)."""
        node = self._strategy_node(criterion)
        if node is None or node.consistency_ratio is None:
            return ""
        marks = {Consistency.OK: "✔", Consistency.TOO_INCONSISTENT: "✖"}
        incomplete = "" if node.complete else " ◐"
        return f"\nCR {node.consistency_ratio:.3f} {marks[node.cr_status]}{incomplete}"

    def _consistency_tip(self, criterion: str) -> str:
        node = self._strategy_node(criterion)
        if node is None or node.consistency_ratio is None:
            return ""
        check = (
            self.tr("within the threshold {t:.2f}")
            if node.cr_status is Consistency.OK
            else self.tr("above the threshold {t:.2f}")
        ).format(t=node.threshold)
        if node.complete:
            return self.tr("Strategies judged pairwise: CR {cr:.3f}, {check}.").format(
                cr=node.consistency_ratio, check=check
            )
        return self.tr(
            "Strategies judged pairwise, pairs missing: the completed matrix has "
            "CR {cr:.3f}, {check}."
        ).format(cr=node.consistency_ratio, check=check)

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or value not in self.document.model.rating_scale.levels:
            return False
        strategy, criterion = self._strategy(index), self._criterion(index)
        model, language = self.document.model, self.language
        self.document.apply_judgment(
            lambda judge: judge.with_rating(strategy, criterion, value),
            lambda: self.tr("Rate {s} “{level}” on {c}").format(
                s=strategy_name(model, strategy, language.code),
                c=criterion_name(model, criterion, language.code),
                level=model.rating_scale.label(value, language.code),
            ),
        )
        return True

    def _reason(self, strategy: str, criterion: str, level: str) -> str:
        model, lang = self.document.model, self.language.code
        default = model.default_ratings.get((strategy, criterion))
        if default is None:
            return ""
        text = self.tr("Default ({level}): {reason}").format(
            level=model.rating_scale.label(default.level, lang), reason=default.reason.get(lang)
        )
        if default.level != level:
            text = self.tr("Changed by the planner.") + "\n" + text
        return text + "\n" + model.ratings_origin.get(lang)

    def _strategy(self, index: Index) -> str:
        return self.document.model.strategy_ids[index.row()]

    def _criterion(self, index: Index) -> str:
        return self.document.model.criteria[index.column()]

    def refresh(self) -> None:
        self._find_unserved()
        self.dataChanged.emit(
            self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
        )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)


class LevelDelegate(QStyledItemDelegate):
    """A combo box of the rating scale's levels."""

    def __init__(self, document: Document, language: Language, parent=None):
        super().__init__(parent)
        self.document, self.language = document, language

    def createEditor(self, parent, option, index):
        editor = QComboBox(parent)
        scale = self.document.model.rating_scale
        for level in scale.levels:
            editor.addItem(scale.label(level, self.language.code), level)
        return editor

    def setEditorData(self, editor: QComboBox, index) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QComboBox, model, index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class EffectivenessView(QWidget):
    """Ratings grid above; the pairwise judgment editor of one criterion below."""

    input_refused = Signal(str)

    def __init__(self, document: Document, language: Language, parent=None):
        super().__init__(parent)
        self.document, self.language = document, language
        self.model = RatingsModel(document, language, self)
        self._shown_model = document.model
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(LevelDelegate(document, language, self.table))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.criterion = QComboBox()
        self.pairwise = QCheckBox()
        self.editor = JudgmentEditor(document, language)
        self.editor.input_refused.connect(self.input_refused)
        chooser = QHBoxLayout()
        self.criterion_label = QLabel()
        chooser.addWidget(self.criterion_label)
        chooser.addWidget(self.criterion, 1)
        chooser.addWidget(self.pairwise)
        chooser.addWidget(help_button("ratings"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        heading = QHBoxLayout()
        heading.addWidget(self.hint, 1)
        self.synthesis = SynthesisChoice(document)
        heading.addWidget(self.synthesis)
        upper_layout.addLayout(heading)
        upper_layout.addWidget(self.table)
        upper_layout.addLayout(chooser)
        splitter.addWidget(upper)
        splitter.addWidget(self.editor)
        splitter.setSizes([430, 370])
        QVBoxLayout(self).addWidget(splitter)
        self.criterion.currentIndexChanged.connect(self._on_criterion_chosen)
        self.pairwise.toggled.connect(self._on_pairwise_toggled)
        # Ratings or pairwise judgments, their shares (synthesis) and CR (random index).
        self._refresher = RefreshWhenShown(
            self, self._refresh, document, Change.JUDGMENTS | Change.RATINGS | Change.SETTINGS
        )
        language.changed.connect(self._on_language_changed)  # the one path
        self.retranslate()
        show_rows(self.table, self.model.rowCount())
        self._on_criterion_chosen()

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "How much does each strategy serve each criterion? Double-click a cell to rate it; "
                "hover for the paper's reason. The number in brackets is the strategy's priority "
                "under the criterion, synthesised as chosen on the right."
            )
        )
        self.criterion_label.setText(self.tr("Criterion:"))
        self.pairwise.setText(
            self.tr("Judge the {count} strategies pairwise under this criterion").format(
                count=self.model.rowCount()
            )
        )
        self._fill_criteria()

    def _on_language_changed(self, _code: str) -> None:
        self.retranslate()
        self._refresher.request()

    def _refresh(self) -> None:
        model_edited = self._shown_model is not self.document.model
        self.model.refresh()
        show_rows(self.table, self.model.rowCount())
        self._fill_criteria()
        if model_edited:  # the criterion shown may be gone; the strategies' count changed
            self._shown_model = self.document.model
            self.retranslate()
            self._on_criterion_chosen()
        self._sync_mode()

    def _fill_criteria(self) -> None:
        current = self.criterion.currentData()
        self.criterion.blockSignals(True)
        self.criterion.clear()
        hierarchy = self.document.model.hierarchy
        for criterion in self.document.model.criteria:
            self.criterion.addItem(
                f"{criterion} {hierarchy.name(criterion, self.language.code)}", criterion
            )
        self.criterion.setCurrentIndex(max(self.criterion.findData(current), 0))
        self.criterion.blockSignals(False)

    def current_criterion(self) -> str:
        return self.criterion.currentData() or self.document.model.criteria[0]

    def _on_criterion_chosen(self) -> None:
        self.editor.set_target(StrategiesUnder(self.current_criterion()))
        self._sync_mode()

    def _sync_mode(self) -> None:
        pairwise = self.document.session.mode(self.current_criterion()) == PAIRWISE_MODE
        self.pairwise.blockSignals(True)
        self.pairwise.setChecked(pairwise)
        self.pairwise.blockSignals(False)
        self.editor.setVisible(pairwise)

    def _on_pairwise_toggled(self, checked: bool) -> None:
        criterion = self.current_criterion()
        session = self.document.session.with_mode(
            criterion, PAIRWISE_MODE if checked else RATINGS_MODE
        )
        model, language = self.document.model, self.language

        def text() -> str:
            name = criterion_name(model, criterion, language.code)
            return (
                self.tr("Judge strategies pairwise under {c}")
                if checked
                else self.tr("Rate strategies under {c}")
            ).format(c=name)

        self.document.apply(session, text)
