"""Dynamic sensitivity: a slider per criterion weight moves the ranking bars as it is dragged.

Exploration only: the session is not changed. A drag starts from the weights where the last
drag of another slider left them, so moves add up; Reset returns to the session's weights.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from desktop.sensitivity.analyses import PageContext
from desktop.sensitivity.export_button import ExportButton
from desktop.sensitivity.pages import Page
from desktop.sensitivity.ranking_bars import RankingBars
from strategies.sensitivity.dynamic import dynamic_ranking
from strategies.sensitivity.inputs import NotApplicable

SLIDER_STEPS = 1000


class DynamicPanel(Page):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.chart = RankingBars()
        self.export = ExportButton(self.chart, "dynamic-ranking")
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.reset)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.sliders: list[QSlider] = []
        self.names: list[QLabel] = []
        self.values: list[QLabel] = []
        self.grid = QGridLayout()
        self._context: PageContext | None = None
        self._base = None  # the inputs the current drag starts from
        self._dragged: int | None = None
        self.weights = np.zeros(0)
        self.ranking = None  # the DynamicRanking shown, None for the session's own
        self._layout()
        self.retranslate()

    def _layout(self) -> None:
        side = QVBoxLayout()
        side.addWidget(self.note)
        side.addLayout(self.grid)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export)
        side.addLayout(buttons)
        side.addStretch(1)
        panel = QWidget()
        panel.setLayout(side)
        panel.setMaximumWidth(460)
        layout = QHBoxLayout(self)
        layout.addWidget(panel)
        layout.addWidget(self.chart, 1)

    def retranslate(self) -> None:
        self.reset_button.setText(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Back to the session's weights"))
        self.note.setText(
            self.tr(
                "Drag a criterion's global weight; the others keep their "
                "proportions. This only explores: the session is not "
                "changed."
            )
        )

    def show_context(self, context: PageContext) -> None:
        """A new evaluation starts over from its weights; another district keeps the moves."""
        if len(context.criterion_labels()) < 2:  # one weight, always 1: nothing to drag
            raise NotApplicable("dragging a weight needs at least two criteria")
        fresh = self._context is None or self._context.analyses is not context.analyses
        self._context = context
        self._ensure_sliders(context.criterion_labels())
        if fresh:
            self.reset()
        else:
            self._draw()

    def reset(self) -> None:
        if self._context is None:
            return
        self._base, self._dragged, self.ranking = self._context.analyses.inputs, None, None
        self.weights = self._base.weights
        self._place_sliders()
        self._draw()

    def _ensure_sliders(self, labels: list[str]) -> None:
        for index, label in enumerate(labels):
            if index == len(self.sliders):
                self._add_slider(index)
            self.names[index].setText(label)

    def _add_slider(self, index: int) -> None:
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setRange(0, SLIDER_STEPS)
        slider.setMinimumWidth(140)
        slider.valueChanged.connect(lambda step, c=index: self._on_slider_moved(c, step))
        name, value = QLabel(), QLabel()
        value.setMinimumWidth(48)
        value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for column, widget in enumerate((name, slider, value)):
            self.grid.addWidget(widget, index, column)
        self.sliders.append(slider)
        self.names.append(name)
        self.values.append(value)

    def _on_slider_moved(self, criterion: int, step: int) -> None:
        if self._context is None:
            return
        if criterion != self._dragged:
            self._base = replace(self._base, weights=self.weights)
            self._dragged = criterion
        self.ranking = dynamic_ranking(self._base, criterion, step / SLIDER_STEPS)
        self.weights = self.ranking.weights
        self._place_sliders(skip=criterion)
        self._draw()

    def _place_sliders(self, skip: int | None = None) -> None:
        for index, (slider, label) in enumerate(zip(self.sliders, self.values, strict=False)):
            label.setText(f"{self.weights[index]:.3f}")
            if index != skip:
                slider.blockSignals(True)
                slider.setValue(round(self.weights[index] * SLIDER_STEPS))
                slider.blockSignals(False)

    def _draw(self) -> None:
        context = self._context
        evaluation = context.analyses.evaluation
        if self.ranking is None:
            priorities, ranks = evaluation.priorities, evaluation.ranks
        else:
            priorities, ranks = self.ranking.priorities, self.ranking.ranks
        self.chart.show_ranking(
            priorities[context.district],
            ranks[context.district],
            context.strategy_labels(),
            self.tr("{district}: ranking with the weights on the left").format(
                district=context.district_name()
            ),
            self.tr("priority"),
        )
