"""The judgment editor of one node: verbal slider rows, the matrix, and consistency advice."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from criteria.consistency import intransitive_triads, most_inconsistent
from criteria.judgments import JudgmentError
from criteria.text import LANGUAGES
from criteria.verbal_scale import format_judgment
from desktop.changes import Change
from desktop.document import Document
from desktop.help.buttons import help_button
from desktop.i18n import Language
from desktop.views.consistency_panel import ConsistencyPanel
from desktop.views.expert_choice import expert_label
from desktop.views.gesture_ends import GestureEnds
from desktop.views.judgment_matrix import JudgmentMatrixModel
from desktop.views.judgment_target import CriteriaNode
from desktop.views.method_settings import RandomIndexChoice
from desktop.views.pair_row import PairRow
from desktop.views.refresh import RefreshWhenShown
from desktop.views.scroll_tabs import fit_columns, show_rows

# Rows of the matrix kept in sight; a larger node's matrix scrolls, so that its pair sliders
# and its consistency advice keep room too (15 items would take the whole page).
MATRIX_ROWS_IN_SIGHT = 7
# Pair rows kept in sight above the matrix, whatever the matrix takes.
PAIR_ROWS_IN_SIGHT = 2


def fit_matrix(matrix: QTableView) -> None:
    """Up to MATRIX_ROWS_IN_SIGHT rows in sight and every column at least as wide as its
    (wrapped) header."""
    show_rows(matrix, min(matrix.model().rowCount(), MATRIX_ROWS_IN_SIGHT))
    fit_columns(matrix)


class JudgmentEditor(QWidget):
    """Edits the judgments of one target (a CriteriaNode or StrategiesUnder)."""

    input_refused = Signal(str)

    def __init__(self, document: Document, language: Language, parent: QWidget | None = None):
        super().__init__(parent)
        self.document, self.language = document, language
        self.target = None
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold; font-size: 13pt;")
        self.title.setWordWrap(True)
        self.blank_notice = QLabel()  # the chosen expert left this node blank
        self.blank_notice.setWordWrap(True)
        self.blank_notice.setStyleSheet("color: #8a5a00;")
        self.blank_notice.hide()
        self.rows_box = QGroupBox()
        self._rows_layout = QVBoxLayout(self.rows_box)
        self._rows_layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.rows: list[PairRow] = []
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its rows take the focus and scroll it
        scroll.setWidget(self.rows_box)
        self.matrix_model = JudgmentMatrixModel(self)
        self.matrix = QTableView()
        self.matrix.setModel(self.matrix_model)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.matrix_box = QGroupBox()
        QVBoxLayout(self.matrix_box).addWidget(self.matrix)
        self.matrix_box.layout().addWidget(help_button("missing"), 0, Qt.AlignmentFlag.AlignRight)
        self.consistency = ConsistencyPanel()
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.matrix_box, 3)
        lower_layout.addWidget(self.consistency, 2)
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(scroll)
        splitter.addWidget(lower)
        splitter.setSizes([420, 380])
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        self.random_index = RandomIndexChoice(document)
        header.addWidget(self.random_index)
        self.help = help_button("judgments")
        header.addWidget(self.help)
        layout.addLayout(header)
        layout.addWidget(self.blank_notice)
        layout.addWidget(splitter)
        self.matrix_model.value_typed.connect(self._on_value_chosen)
        self.matrix_model.input_refused.connect(self.input_refused)
        self.matrix_model.input_adjusted.connect(self.input_refused)  # the same status line
        self.consistency.use_value.connect(self._on_use_value)
        self.consistency.use_scale_value.connect(self._on_use_scale_value)
        # The judgments, their weights and CR (which the random-index table sets), and
        # whether a criterion's strategies are judged pairwise.
        self._refresher = RefreshWhenShown(
            self, self.refresh, document, Change.JUDGMENTS | Change.RATINGS | Change.SETTINGS
        )
        language.changed.connect(self._on_language_changed)  # the one path
        self.retranslate()

    def show_node(self, node: str) -> None:
        """Edit the judgments of node, or of its parent when node is a leaf criterion."""
        hierarchy = self.document.model.hierarchy
        self.set_target(
            CriteriaNode(node if node in hierarchy.inner_nodes else hierarchy.nodes[node].parent)
        )

    def set_target(self, target) -> None:
        self.target = target
        self.refresh()

    def refresh(self) -> None:
        if self.target is None:
            return
        if not self.target.still_there(self.document):  # a model edit removed it
            self.target = self.target.in_place(self.document)
        judgments = self.target.judgments(self.document)
        weights = self.target.weights(self.document)
        lang = self.language.code
        self._show_read_only(self.document.judgments_read_only)
        self.title.setText(self.target.title(self.document, lang))
        self._show_blank_notice()
        self._ensure_rows(judgments)
        for row in self.rows:
            row.show_value(
                judgments.value(row.first, row.second),
                (self._name(row.first), self._name(row.second)),
            )
        names = [self._name(item) for item in judgments.items]
        if weights is not None:
            self.matrix_model.show(judgments, weights.completed_matrix, names)
            fit_matrix(self.matrix)
            self._show_consistency(judgments, weights)

    def _show_consistency(self, judgments, weights) -> None:
        """The chosen expert's CR with repairs; for the combined judgments, whose own are
        too inconsistent at this node (a combination is revised through its experts)."""
        if self.document.judgments_read_only:
            checks, blank = self.target.expert_checks(self.document)
            self.consistency.show_panel_checks(
                weights, checks, blank, self._expert_name, self.language.code
            )
            return
        self.consistency.show_result(
            weights,
            most_inconsistent(judgments, weights),
            intransitive_triads(judgments),
            self._name,
        )

    def _show_blank_notice(self) -> None:
        """An expert who left the node blank sees the planner's judgments: say so."""
        blank = self.target.left_blank(self.document)
        self.blank_notice.setVisible(blank)
        if not blank:
            return
        session = self.document.session
        self.blank_notice.setText(
            self.tr(
                "{expert} left this node blank and is left out of its combination; the "
                "judgments shown are {lead}'s. An edit here gives {expert} judgments of their own."
            ).format(
                expert=self._expert_name(self.document.chosen_expert),
                lead=expert_label(session.experts.experts[0]),
            )
        )

    def _expert_name(self, expert_id: str) -> str:
        return expert_label(self.document.session.experts.expert(expert_id))

    def _show_read_only(self, read_only: bool) -> None:
        """The panel's combined judgments can be read (and scrolled), not edited."""
        self.rows_box.setEnabled(not read_only)
        self.matrix_model.read_only = read_only

    def retranslate(self) -> None:
        self.rows_box.setTitle(self.tr("Pairwise judgments: move toward the more important item"))
        self.matrix_box.setTitle(self.tr("Reciprocal matrix (type 3, 1/3 or leave empty)"))

    def _on_language_changed(self, _code: str) -> None:
        self.retranslate()
        self._refresher.request()

    def _name(self, item: str) -> str:
        return self.target.item_name(self.document, item, self.language.code)

    def _ensure_rows(self, judgments) -> None:
        pairs = [(a, b) for a, b, _ in judgments.all_pairs()]
        if [(r.first, r.second) for r in self.rows] == pairs:
            return
        for row in self.rows:
            row.deleteLater()
        self.rows = []
        for a, b in pairs:
            row = PairRow(a, b)
            row.value_chosen.connect(self._on_value_chosen)
            GestureEnds(row.slider, self.document)
            self._rows_layout.addWidget(row)
            self.rows.append(row)
        self._share_height()
        self._order_tab_stops()

    def _order_tab_stops(self) -> None:
        """Tab goes down the page as it reads: header, each row's slider and box, matrix."""
        stops = [self.random_index, self.help]
        stops += [widget for row in self.rows for widget in (row.slider, row.missing)]
        stops.append(self.matrix)
        for before, after in zip(stops, stops[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _share_height(self) -> None:
        """Give the slider rows what they need (up to half), the matrix and advice the rest."""
        total = max(sum(self.splitter.sizes()), 600)
        row_height = self.rows[0].sizeHint().height() if self.rows else 0
        step = row_height + self._rows_layout.spacing()
        wanted = len(self.rows) * step + 48
        least = min(len(self.rows), PAIR_ROWS_IN_SIGHT) * step + 48
        self.splitter.widget(0).setMinimumHeight(least)
        upper = min(wanted, total // 2)
        self.splitter.setSizes([upper, total - upper])

    def _on_value_chosen(self, first: str, second: str, value, from_slider: bool = False) -> None:
        judgments = self.target.judgments(self.document)
        try:
            changed = judgments.with_value(first, second, value)
        except JudgmentError as error:
            self.input_refused.emit(self._refusal(error, first, second))
            self.refresh()  # put the widgets back to the stored value
            return
        names = self._pair_names(first, second)
        shown = "" if value is None else format_judgment(value)

        def text() -> str:
            if value is None:
                return self.tr("Clear judgment {a} vs {b}").format(**names())
            return self.tr("Judge {a} vs {b} as {value}").format(value=shown, **names())

        merge_key = f"{self.target}:{first}:{second}" if from_slider else None
        self.target.apply(self.document, changed, text, merge_key)

    def _on_use_value(self, first: str, second: str, value: float) -> None:
        names, shown = self._pair_names(first, second), format_judgment(value)
        self._use(
            first,
            second,
            value,
            lambda: self.tr("Use the consistent value {value} for {a} vs {b}").format(
                value=shown, **names()
            ),
        )

    def _on_use_scale_value(self, first: str, second: str, value: float) -> None:
        names, shown = self._pair_names(first, second), format_judgment(value)
        self._use(
            first,
            second,
            value,
            lambda: self.tr("Use the nearest scale value {value} for {a} vs {b}").format(
                value=shown, **names()
            ),
        )

    def _use(self, first: str, second: str, value: float, text) -> None:
        judgments = self.target.judgments(self.document).with_value(first, second, value)
        self.target.apply(self.document, judgments, text)

    def _pair_names(self, first: str, second: str):
        """The pair's names in the language current when called: undo texts follow a switch.
        Read now in both languages: a later model edit may rename or remove the items."""
        target, document, language = self.target, self.document, self.language
        names = {
            lang: dict(
                a=target.item_name(document, first, lang),
                b=target.item_name(document, second, lang),
            )
            for lang in LANGUAGES
        }
        return lambda: names[language.code]

    def _refusal(self, error: JudgmentError, first: str, second: str) -> str:
        names = dict(a=self._name(first), b=self._name(second))
        if error.problem.value == "disconnected":
            return self.tr(
                "{a} vs {b} cannot be left missing: every item needs a judgment "
                "linking it to the others."
            ).format(**names)
        return self.tr("{a} vs {b}: the value is not on Saaty's scale 1/9 … 9.").format(**names)
