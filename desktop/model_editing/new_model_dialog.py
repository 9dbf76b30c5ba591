"""File → New model…: an empty model or a copy of the open one, with its name and id."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QLineEdit, QRadioButton, QWidget

from desktop.model_editing.name_dialog import NameDialog
from strategies.model import PlanningModel

COPY_SUFFIX = "_copy"


class NewModelDialog(NameDialog):
    """model: the new model once accepted (the core builds and checks it)."""

    def __init__(self, current: PlanningModel, lang: str, parent: QWidget | None = None):
        super().__init__("", parent=parent)
        self.setWindowTitle(self.tr("New model"))
        self.current = current
        self.model: PlanningModel | None = None
        self.empty = QRadioButton(
            self.tr("An empty model (one criterion, two strategies, one district)")
        )
        self.copy = QRadioButton(
            self.tr("A copy of the open model “{name}”").format(name=current.name.get(lang))
        )
        self.empty.setChecked(True)
        self.start = QButtonGroup(self)
        self.start.addButton(self.empty)
        self.start.addButton(self.copy)
        self.model_id = QLineEdit("new_model", objectName="model_id")
        self.model_id.setToolTip(
            self.tr("Letters, digits and _ ; sessions name the model they were made with by it")
        )
        self.copy.toggled.connect(self._on_start_chosen)
        for row, (label, widget) in enumerate(
            (
                (self.tr("Start from:"), self.empty),
                ("", self.copy),
                (self.tr("Model id:"), self.model_id),
            )
        ):
            self.form.insertRow(row, label, widget)

    def _on_start_chosen(self, copying: bool) -> None:
        self.model_id.setText(self.current.id + COPY_SUFFIX if copying else "new_model")

    def _on_ok(self) -> None:
        from strategies.model_edit import ModelEditError, copy_model, empty_model

        if not (self.name().zh or self.name().en):
            self.problem.setText(self.tr("Give a name in at least one language."))
            return
        model_id = self.model_id.text().strip()
        try:
            self.model = (
                copy_model(self.current, model_id, self.name())
                if self.copy.isChecked()
                else empty_model(self.name(), model_id)
            )
        except ModelEditError as error:
            self.problem.setText(str(error))
            return
        self.accept()
