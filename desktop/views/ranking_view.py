"""The ranking per district: the caveats banner, selector, α slider, ranking table, contribution
chart, overview."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSlider,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Change
from desktop.document import Document
from desktop.help.buttons import explain, help_button
from desktop.i18n import Language
from desktop.views.caveat_banner import CaveatBanner
from desktop.views.charts import ContributionChart, GroupedPriorityChart
from desktop.views.district_choice import fill_districts
from desktop.views.gesture_ends import GestureEnds
from desktop.views.method_settings import SynthesisChoice
from desktop.views.ranking_map import BesideOrBelow, RankingMap
from desktop.views.ranking_models import OverviewModel, RankingModel
from desktop.views.refresh import RefreshWhenShown
from desktop.views.scroll_tabs import show_rows
from desktop.views.strategy_names import full_label
from strategies.sensitivity.alpha import alpha_stability
from strategies.sensitivity.inputs import SensitivityInputs

ALL_DISTRICTS = ""
ALPHA_STEPS = 100
NAME_COLUMN_WIDTH = 170  # two lines of a strategy's name
SIDE_GAP = 40  # the page's margins and the splitter's handle


class RankingView(QWidget):
    """node_requested(kind, node): the planner asked to open a node's judgments."""

    node_requested = Signal(str, str)

    def __init__(self, document: Document, language: Language, parent=None):
        super().__init__(parent)
        self.document, self.language = document, language
        self.caveats = CaveatBanner()
        self.caveats.node_requested.connect(self.node_requested)
        self.district = QComboBox()
        # Names change length with the language ("禅城" → "Chancheng"): the box follows them.
        self.district.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.alpha = QSlider(Qt.Orientation.Horizontal)
        self.alpha.setRange(0, ALPHA_STEPS)
        self.alpha.setMinimumWidth(200)
        self.alpha_value = QLabel()
        self.alpha_value.setMinimumWidth(70)
        self.district_label, self.alpha_label = QLabel(), QLabel()
        self.synthesis = SynthesisChoice(document)
        self.alpha_meaning = QLabel()  # what α = 1 does and where today's ranking holds
        self.alpha_meaning.setObjectName("alpha_meaning")
        self.alpha_meaning.setWordWrap(True)
        self.ranking_model = RankingModel(document, language, self)
        self.ranking = QTableView()
        self.ranking.setModel(self.ranking_model)
        self.ranking.verticalHeader().hide()
        # Fixed sizes, measured when the language changes: measuring every cell after each
        # edit would cost more than the whole ranking.
        header = self.ranking.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.ranking.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.ranking.setWordWrap(True)
        self.chart = ContributionChart()
        self.grouped_chart = GroupedPriorityChart()
        self.charts = QStackedWidget()
        self.charts.addWidget(self.chart)
        self.charts.addWidget(self.grouped_chart)
        self.overview_model = OverviewModel(document, language, self)
        self.overview = QTableView()
        self.overview.setModel(self.overview_model)
        self.overview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.overview_box = QGroupBox()
        QVBoxLayout(self.overview_box).addWidget(self.overview)
        self.map_box = RankingMap(document, language)
        self._shown_model = document.model  # what the districts box and tables were built for
        self.map_box.district_chosen.connect(self._on_map_chosen)
        self._watching_room = False
        self._layout()
        self.district.currentIndexChanged.connect(self._on_district_chosen)
        self.alpha.valueChanged.connect(self._on_alpha_moved)
        GestureEnds(self.alpha, document)  # one drag, one undo step
        self._refresher = RefreshWhenShown(self, self.refresh, document, Change.EVALUATION)
        language.changed.connect(self.retranslate)  # the one path: after the switch
        self.retranslate()

    def _layout(self) -> None:
        controls = QHBoxLayout()
        for widget in (self.district_label, self.district, help_button("ranking")):
            controls.addWidget(widget)
        controls.addSpacing(24)
        for widget in (self.alpha_label, self.alpha, self.alpha_value, help_button("alpha")):
            controls.addWidget(widget)
        explain("alpha", self.alpha_label, self.alpha_value)
        controls.addStretch(1)
        # What the priorities mean (also under Effectiveness); a row of its own, so that the
        # page stays as narrow as the tab at 1366×768 and at scale factor 2.
        method = QHBoxLayout()
        method.addWidget(self.synthesis)
        method.addStretch(1)
        self.top = top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.ranking)
        top.addWidget(self.charts)
        top.setSizes([470, 610])
        self.bottom = BesideOrBelow(self.overview_box, self.overview, self.map_box)
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(top)
        body.addWidget(self.bottom)
        body.setSizes([430, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(self.caveats)
        layout.addLayout(controls)
        layout.addLayout(method)
        layout.addWidget(self.alpha_meaning)
        layout.addWidget(body)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        holder = self.parentWidget()  # the tab's scroll area: the room there is to fill
        if holder is not None and not self._watching_room:
            holder.installEventFilter(self)
            self._watching_room = True
        self._arrange()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._arrange()
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # e.g. the chart's legend changed width
            self._arrange()
        return super().event(event)

    def _arrange(self) -> None:
        """Table and chart side by side where both fit, else the chart below the table (a
        narrow window, or scale factor 2), so the page never needs sideways scrolling."""
        room = self.parentWidget().width() if self.parentWidget() else self.width()
        needed = self.ranking.minimumWidth() + self.charts.minimumSizeHint().width() + SIDE_GAP
        self.top.setOrientation(
            Qt.Orientation.Horizontal if room >= needed else Qt.Orientation.Vertical
        )
        self.bottom.arrange(room - SIDE_GAP)

    def selected_district(self) -> str:
        return self.district.currentData() or ALL_DISTRICTS

    def refresh(self) -> None:
        if self._shown_model is not self.document.model:
            self._follow_model()
            return
        session = self.document.session
        self.alpha.blockSignals(True)
        self.alpha.setValue(round(session.alpha * ALPHA_STEPS))
        self.alpha.blockSignals(False)
        self.alpha_value.setText(f"α = {session.alpha:.2f}")
        district = self.selected_district()
        if district != ALL_DISTRICTS:
            self.ranking_model.set_district(district)
        self.overview_model.refresh()
        self.map_box.set_selected(district)
        self.map_box.refresh()
        self._refresh_chart(district)
        self._refresh_alpha_meaning(district)
        self.caveats.show_caveats(
            self.document.evaluation,
            self.language.code,
            None if district == ALL_DISTRICTS else district,
        )

    def _refresh_chart(self, district: str) -> None:
        model, evaluation, lang = self.document.model, self.document.evaluation, self.language.code
        criteria = [f"{c} {model.hierarchy.name(c, lang)}" for c in model.criteria]
        names = {s: full_label(s, model.strategy(s).name.get(lang)) for s in model.strategy_ids}
        if district == ALL_DISTRICTS:
            self.charts.setCurrentWidget(self.grouped_chart)
            self.grouped_chart.show_priorities(
                evaluation.priorities,
                [names[s] for s in model.strategy_ids],
                [d.name.get(lang) for d in model.districts],
                self.tr("Priority of each strategy in each district"),
                self.tr("priority"),
                self.tr(
                    "each bar is a district, in the table's order (point at a bar for its name)"
                ),
            )
            return
        self.charts.setCurrentWidget(self.chart)
        order = [model.strategy_ids.index(r.strategy) for r in evaluation.ranking(district)]
        row = model.district_ids.index(district)
        self.chart.show_contributions(
            evaluation.contributions[row][order],
            [names[model.strategy_ids[i]] for i in order],
            criteria,
            self.tr("{district}: priority split into criteria").format(
                district=model.district(district).name.get(lang)
            ),
            self.tr("priority"),
            self.tr("each segment is a criterion, in the tree's order (point at it for its name)"),
        )

    def _refresh_alpha_meaning(self, district: str) -> None:
        if district == ALL_DISTRICTS:
            self.alpha_meaning.setText(
                self.tr(
                    "α = 1: weights follow need alone, so a criterion on which a district has no "
                    "gap gets no weight there."
                )
            )
            return
        model, lang = self.document.model, self.language.code
        found = alpha_stability(SensitivityInputs.from_evaluation(self.document.evaluation))[
            model.district_ids.index(district)
        ]
        if found.at_change_point:
            holds = self.tr("At α = {alpha:.2f} ranks change (a tie).").format(alpha=found.alpha)
        else:
            holds = self.tr("This ranking holds for α from {low:.2f} to {high:.2f}.").format(
                low=found.low, high=found.high
            )
        dropped = ", ".join(
            f"{model.criteria[c]} {model.hierarchy.name(model.criteria[c], lang)}"
            for c in found.dropped_at_one
        )
        at_one = (
            self.tr(
                "At α = 1 need alone decides, and the criteria on which this district "
                "has no gap get no weight: {criteria}."
            ).format(criteria=dropped)
            if dropped
            else self.tr(
                "At α = 1 need alone decides; this district has a gap "
                "on every weighted criterion, so each keeps weight."
            )
        )
        self.alpha_meaning.setText(f"{holds} {at_one}")

    def retranslate(self, *_code) -> None:
        self.district_label.setText(self.tr("District:"))
        self.alpha_label.setText(self.tr("Need emphasis"))
        self.alpha.setToolTip(
            self.tr(
                "α = 0: plain AHP, one ranking for all districts; "
                "α = 1: the districts' indicator gaps decide fully"
            )
        )
        self.overview_box.setTitle(self.tr("All districts: rank (priority); ★ = top strategy"))
        self.map_box.retranslate()
        self._fill_districts()

    def _follow_model(self) -> None:
        """After a model edit (or its undo): districts, strategies and criteria anew."""
        strategies = len(self._shown_model.strategies)
        self._shown_model = self.document.model
        self.map_box.follow_model()
        self._choose_districts()
        self.ranking.setVisible(self.selected_district() != ALL_DISTRICTS)
        self.refresh()
        if strategies != len(self._shown_model.strategies):  # the tables' rows in sight
            self._size_ranking_table()

    def _fill_districts(self) -> None:
        self._choose_districts()
        self.refresh()
        self.overview_model.retranslate()
        self._size_ranking_table()

    def _choose_districts(self) -> None:
        fill_districts(
            self.district,
            self.document.model,
            self.language.code,
            (self.tr("All districts"), ALL_DISTRICTS),
        )

    def _size_ranking_table(self) -> None:
        for column in (0, 2, 3):
            self.ranking.resizeColumnToContents(column)
        numbers = sum(self.ranking.columnWidth(column) for column in (0, 2, 3))
        self.ranking.setMinimumWidth(numbers + NAME_COLUMN_WIDTH + 2 * self.ranking.frameWidth())
        lines = 2 * self.ranking.fontMetrics().lineSpacing() + 8  # names wrap to two lines
        self.ranking.verticalHeader().setDefaultSectionSize(lines)
        strategies = len(self.document.model.strategies)
        show_rows(self.ranking, strategies)
        show_rows(self.overview, strategies)

    def _on_district_chosen(self) -> None:
        all_districts = self.selected_district() == ALL_DISTRICTS
        self.ranking.setVisible(not all_districts)
        self.refresh()

    def _on_map_chosen(self, district: str) -> None:
        self.district.setCurrentIndex(self.district.findData(district))

    def _on_alpha_moved(self, step: int) -> None:
        session = replace(self.document.session, alpha=step / ALPHA_STEPS)
        self.document.apply(
            session,
            lambda: self.tr("Set need emphasis α to {alpha:.2f}").format(alpha=session.alpha),
            merge_key="alpha",
        )
