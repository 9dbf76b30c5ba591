"""One pairwise judgment as a two-sided verbal slider: "A ◀──●──▶ B" with a 'missing' box."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QSlider, QWidget

from criteria.verbal_scale import MAX_STEP, step_from_value, value_from_step
from desktop.views.translated import TranslatedWidget
from desktop.views.verbal_text import describe, missing_text

SLIDER_MIN_WIDTH = 180  # 17 steps a finger's width apart


class PairRow(TranslatedWidget):
    """Emits value_chosen(first, second, value or None, from_slider) when the planner moves or
    blanks it; slider moves of one gesture may merge into one undo step."""

    value_chosen = Signal(str, str, object, bool)

    def __init__(self, first: str, second: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.first, self.second = first, second
        self._first_label = QLabel()
        self._first_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._second_label = QLabel()
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(-MAX_STEP, MAX_STEP)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.slider.setPageStep(1)
        self.slider.setMinimumWidth(SLIDER_MIN_WIDTH)
        self.slider.setInvertedControls(False)
        self.missing = QCheckBox()
        self.sentence = QLabel()
        self.sentence.setStyleSheet("color: #444;")
        self.sentence.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout = QGridLayout(self)
        layout.setContentsMargins(2, 2, 2, 6)
        layout.setVerticalSpacing(0)
        layout.addWidget(self._first_label, 0, 0)
        layout.addWidget(self.slider, 0, 1)
        layout.addWidget(self._second_label, 0, 2)
        layout.addWidget(self.missing, 0, 3)
        layout.addWidget(self.sentence, 1, 0, 1, 3)
        for label in (self._first_label, self._second_label, self.sentence):
            label.setWordWrap(True)  # long names take two lines, not the page's width
        for column, stretch in enumerate((3, 4, 3, 0)):
            layout.setColumnStretch(column, stretch)
        self.slider.valueChanged.connect(self._on_slider_moved)
        self.missing.toggled.connect(self._on_missing_toggled)
        self._names = (first, second)
        self._value: float | None = 1.0
        self.retranslate()

    def show_value(self, value: float | None, names: tuple[str, str]) -> None:
        """Show a judgment without emitting anything."""
        self._names = names
        self._value = value
        self._first_label.setText(f"{names[0]}  ◀")
        self._second_label.setText(f"▶  {names[1]}")
        for widget in (self.slider, self.missing):
            widget.blockSignals(True)
        self.missing.setChecked(value is None)
        self.slider.setEnabled(value is not None)
        if value is not None:
            self.slider.setValue(step_from_value(value))
        for widget in (self.slider, self.missing):
            widget.blockSignals(False)
        self.sentence.setText(missing_text() if value is None else describe(*names, value))

    def retranslate(self) -> None:
        self.missing.setText(self.tr("missing"))
        self.missing.setToolTip(
            self.tr(
                "Leave this pair unjudged; it is estimated from the "
                "other judgments (the node stays connected)."
            )
        )
        self.slider.setToolTip(self.tr("Move toward the more important item: 1 equal … 9 extreme"))
        self.show_value(self._value, self._names)

    def _on_slider_moved(self, step: int) -> None:
        self.value_chosen.emit(self.first, self.second, value_from_step(step), True)

    def _on_missing_toggled(self, missing: bool) -> None:
        value = None if missing else value_from_step(self.slider.value())
        self.value_chosen.emit(self.first, self.second, value, False)
