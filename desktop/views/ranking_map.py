"""The Ranking view's map: each district coloured by its top strategy, by the chance that it
stays on top (Monte Carlo) or by its need on a chosen criterion; the figures come from the
evaluation and the core's Monte Carlo run, the map draws."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Change
from desktop.document import Document
from desktop.i18n import Language
from desktop.map_painting import MapLook, top_strategy_look
from desktop.palette import sequential_code
from desktop.views.district_choice import refill
from desktop.views.district_map import DistrictMapView
from desktop.views.map_monte_carlo import MapMonteCarlo
from desktop.views.refresh import RefreshWhenShown
from desktop.views.strategy_names import shorten
from strategies.district_map import DistrictMapError, load_district_map
from strategies.sensitivity.top_chance import top_chances

TOP_STRATEGY, TOP_CHANCE, NEED = "top", "chance", "need"
NEUTRAL_COLOUR = "#BDBDBD"  # no value of the district informs the cell: not a measured need
RAMP_STEPS = (0.0, 0.25, 0.5, 0.75, 1.0)
LEGEND_CELLS = 26


class RankingMap(QGroupBox):
    """district_chosen(id): the planner clicked a district on the map (or chose it by key)."""

    district_chosen = Signal(str)

    def __init__(self, document: Document, language: Language, parent: QWidget | None = None):
        super().__init__(parent)
        self.document, self.language = document, language
        self._missing: tuple[str, ...] = ()  # districts with no outline: not on the map
        self.colour_by, self.criterion = QComboBox(), QComboBox()
        self.colour_by_label = QLabel()
        # Criterion names are long ("C3 Innovation capacity and industrial chain"): the closed
        # box shows their start, the list shows them whole, and the map keeps its room.
        self.criterion.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.criterion.setMinimumContentsLength(14)
        self.map = DistrictMapView()
        self.problem = QLabel()  # why there is no map (wrong outlines), or who is not on it
        self.problem.setWordWrap(True)
        controls = QHBoxLayout()
        for widget in (self.colour_by_label, self.colour_by, self.criterion):
            controls.addWidget(widget)
        controls.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.map, 1)
        layout.addWidget(self.problem)
        self._load_outlines()
        self.map.district_chosen.connect(self.district_chosen)
        self.colour_by.currentIndexChanged.connect(self.refresh)
        self.criterion.currentIndexChanged.connect(self.refresh)
        # The chance of staying on top needs a Monte Carlo run: its settings and finished runs
        # recolour the map when it can be seen (the evaluation comes through the view).
        self.monte_carlo = MapMonteCarlo(document, self)
        self._refresher = RefreshWhenShown(self, self.refresh, document, Change.MONTE_CARLO)
        self.monte_carlo.updated.connect(self._refresher.request)

    def _load_outlines(self) -> None:
        """A model without outlines shows no map; broken outlines (or districts a model edit
        added, which have none) say what is wrong."""
        model = self.document.model
        self._outlines_of = (model.id, model.district_ids)
        self._missing = ()
        try:
            outlines = load_district_map(model)
        except DistrictMapError as error:
            self.problem.setText(str(error))
            self.problem.show()
            self.map.hide()
            return
        self.problem.hide()
        self.map.setVisible(outlines is not None)
        self.setVisible(outlines is not None)
        if outlines is not None:
            self.map.set_outlines(outlines.projected())
            self._missing = outlines.missing

    def follow_model(self) -> None:
        """After a model edit: the outlines again when the districts changed (read once per
        set of districts: an edit of criteria only recolours), the criteria's names."""
        model = self.document.model
        if self._outlines_of != (model.id, model.district_ids):
            self._load_outlines()
        self.retranslate()

    def has_map(self) -> bool:
        return not self.map.isHidden() and not self.isHidden()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Map of the districts"))
        self.colour_by_label.setText(self.tr("Colour by:"))
        self._refill(
            self.colour_by,
            [
                (self.tr("Top strategy"), TOP_STRATEGY),
                (self.tr("Chance the top strategy stays on top"), TOP_CHANCE),
                (self.tr("Need on a criterion"), NEED),
            ],
        )
        model, lang = self.document.model, self.language.code
        if self._missing:
            self.problem.setText(
                self.tr("Not on the map (no outline): {districts}").format(
                    districts=self.tr(", ").join(
                        model.district(d).name.get(lang) for d in self._missing
                    )
                )
            )
            self.problem.show()
        self._refill(
            self.criterion,
            [(f"{c} {model.hierarchy.name(c, lang)}", c) for c in model.criteria],
        )
        self.refresh()

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        refill(combo, items)

    def set_selected(self, district: str) -> None:
        self.map.set_selected(district)

    def refresh(self) -> None:
        """Recolour from the evaluation (the outlines stay: only colours and texts change)."""
        if not self.has_map() or self.colour_by.count() == 0:
            return
        colour_by = self.colour_by.currentData()
        self.criterion.setVisible(colour_by == NEED)
        if colour_by == TOP_CHANCE:
            self._show_chances()
            return
        by_need = colour_by == NEED
        names = self._names()
        if by_need:
            fills, legend, title = self._need_colours()
            look = MapLook(fills, names, title, tuple(legend))
        else:
            look = self._top_look(names)
        tooltips = {d: self._tooltip(d, names[d], by_need) for d in names}
        self.map.show_look(look, tooltips)

    def _names(self) -> dict[str, str]:
        return {d.id: d.name.get(self.language.code) for d in self.document.model.districts}

    def _show_chances(self) -> None:
        """Colour by the current run's chances; while a run goes, by the last run's (or none),
        with a note on the map."""
        result = self.monte_carlo.current()
        note = ""
        if result is None:
            result = self.monte_carlo.last
            note = self.tr("No sample kept") if self.monte_carlo.nothing_kept() else ""
            note = note or self.tr("running…")
        names = self._names()
        chances = {} if result is None else top_chances(result, self.document.model)
        fills = {d: sequential_code(found.chance) for d, found in chances.items()}
        legend = tuple((sequential_code(step), f"{step:.0%}") for step in RAMP_STEPS)
        title = self.tr("Chance the top stays on top")
        tooltips = {d: self._chance_tooltip(names[d], chances.get(d), result, note) for d in names}
        self.map.show_look(MapLook(fills, names, title, legend, note), tooltips)

    def _chance_tooltip(self, name: str, found, result, note: str) -> str:
        """The district's figures from the run shown; the note says when they are the last
        run's while a new one runs (or that the new one kept nothing)."""
        if found is None:
            return "\n".join([name, note])
        model, lang = self.document.model, self.language.code
        strategy = f"{found.strategy} {model.strategy(found.strategy).name.get(lang)}"
        lines = [
            name,
            self.tr("Top strategy: {strategy}").format(strategy=strategy),
            self.tr("Chance it stays on top: {chance:.1%}").format(chance=found.chance),
            self.tr("{kept} of {samples} samples kept").format(
                kept=result.kept, samples=result.samples
            ),
        ]
        return "\n".join([*lines, note] if note else lines)

    def _top_look(self, names: dict[str, str]) -> MapLook:
        model, evaluation, lang = self.document.model, self.document.evaluation, self.language.code
        tops = {d: evaluation.ranking(d)[0].strategy for d in model.district_ids}
        strategies = [
            (s.id, f"{s.id} {shorten(s.name.get(lang), LEGEND_CELLS)}") for s in model.strategies
        ]
        return top_strategy_look(tops, strategies, names, self.tr("Top strategy"))

    def _need_colours(self) -> tuple[dict[str, str], list[tuple[str, str]], str]:
        model, need = self.document.model, self.document.evaluation.need
        column = model.criteria.index(self.criterion.currentData())
        fills = {
            d: NEUTRAL_COLOUR
            if need.neutral[row, column]
            else sequential_code(need.need[row, column])
            for row, d in enumerate(model.district_ids)
        }
        legend = [(sequential_code(step), f"{step:.2f}") for step in RAMP_STEPS]
        legend.append((NEUTRAL_COLOUR, self.tr("no data (neutral)")))
        return fills, legend, self.tr("Need (0 = none, 1 = largest)")

    def _tooltip(self, district: str, name: str, by_need: bool) -> str:
        model, evaluation, lang = self.document.model, self.document.evaluation, self.language.code
        top = evaluation.ranking(district)[0]
        tied = len(evaluation.top_strategies(district)) > 1
        lines = [
            name,
            (
                self.tr("Top strategy (tied): {strategy}")
                if tied
                else self.tr("Top strategy: {strategy}")
            ).format(strategy=f"{top.strategy} {model.strategy(top.strategy).name.get(lang)}"),
            self.tr("Priority: {priority:.3f}").format(priority=top.priority),
        ]
        if by_need:
            lines.append(self._need_line(district))
        return "\n".join(lines)

    def _need_line(self, district: str) -> str:
        model, need, lang = self.document.model, self.document.evaluation.need, self.language.code
        criterion = self.criterion.currentData()
        row, column = model.district_ids.index(district), model.criteria.index(criterion)
        label = f"{criterion} {model.hierarchy.name(criterion, lang)}"
        if need.neutral[row, column]:
            return self.tr(
                "Need on {criterion}: {need:.2f} (no data of this district: neutral)"
            ).format(criterion=label, need=need.need[row, column])
        return self.tr("Need on {criterion}: {need:.2f}").format(
            criterion=label, need=need.need[row, column]
        )


_DIGITS = str.maketrans("123456789", "000000000")


class BesideOrBelow(QSplitter):
    """A table and the map: side by side where the table keeps every column whole and the map
    its room, else the map below the table. The split is set when the orientation changes;
    in between it is the planner's."""

    def __init__(self, table_box: QWidget, table: QTableView, map_box: RankingMap):
        super().__init__(Qt.Orientation.Horizontal)
        self.table_box, self.table, self.map_box = table_box, table, map_box
        self.addWidget(table_box)
        self.addWidget(map_box)
        self._arranged = False
        # The texts measured last, the table's width and each column's.
        self._width: tuple[tuple, int, tuple[int, ...]] = ((), 0, ())

    def arrange(self, room: int) -> None:
        """Place the two in room pixels of width."""
        table = self.table_width()
        hint, least = self.map_box.sizeHint(), self.map_box.minimumSizeHint()
        beside = room >= table + max(hint.width(), least.width())
        orientation = Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical
        if orientation != self.orientation() or not self._arranged:
            self.setOrientation(orientation)
            self.setSizes([table, room - table] if beside else [300, 320])
            self._arranged = True
        self._fit_columns(table <= room)

    def _fit_columns(self, fits: bool) -> None:
        """Columns share the room where all fit whole; else (40 districts) each keeps its
        width and the table scrolls sideways, so no name or figure is cut."""
        header = self.table.horizontalHeader()
        mode = QHeaderView.ResizeMode.Stretch if fits else QHeaderView.ResizeMode.Interactive
        if header.sectionResizeMode(0) != mode:
            header.setSectionResizeMode(mode)
        if not fits:
            for column, width in enumerate(self._width[2]):
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)

    def table_width(self) -> int:
        """The table's box with no column cut (header or cell, whichever is wider).

        Measuring every cell of 40 districts takes tens of milliseconds, and each edit asks:
        the width is measured again only when the set of a column's texts (bold or not)
        changes other than in their digits (the figures have fixed decimals in tabular
        digits), so ranks trading places or tying keep the width."""
        texts = self._shown_texts()
        if texts != self._width[0]:
            self._width = (texts, *self._measured_width())
        return self._width[1]

    def _shown_texts(self) -> tuple:
        table, rows = self.table.model(), range(self.table.model().rowCount())
        display, bold = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole

        def column(c: int) -> tuple:
            cells = [table.index(r, c) for r in rows]
            shown = ((str(table.data(i, display)), table.data(i, bold) is None) for i in cells)
            head = str(table.headerData(c, Qt.Orientation.Horizontal, display))
            return (head, *sorted({(text.translate(_DIGITS), plain) for text, plain in shown}))

        return (self.table.font().key(), *(column(c) for c in range(table.columnCount())))

    def _measured_width(self) -> tuple[int, tuple[int, ...]]:
        header = self.table.horizontalHeader()
        columns = tuple(
            max(header.sectionSizeFromContents(c).width(), self.table.sizeHintForColumn(c))
            for c in range(header.count())
        )
        frame = self.table.verticalHeader().width() + 4 * self.table.frameWidth()
        box, inner = self.table_box.contentsMargins(), self.table_box.layout().contentsMargins()
        margins = frame + box.left() + box.right() + inner.left() + inner.right()
        return sum(columns) + margins, columns
