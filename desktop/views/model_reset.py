"""Table models whose rows or columns are the model's items reset at once after a model edit.

A view that is hidden refreshes when next shown, but its table model must never answer with
the new model's counts while its view still holds the old ones (Qt then asks for cells that
do not exist). So the reset runs as soon as the document says the model changed, before any
view refreshes; it costs nothing visible while the view is hidden.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QObject

from desktop.changes import Change
from desktop.document import Document


class ResetOnModelEdit(QObject):
    """Resets table_model after every model edit; prepare (if given) runs inside the reset,
    to re-read what the table model keeps of the model (a chosen district, its rows)."""

    def __init__(
        self,
        table_model: QAbstractItemModel,
        document: Document,
        prepare: Callable[[], None] | None = None,
    ):
        super().__init__(table_model)
        self._table_model, self._prepare = table_model, prepare
        document.changed.connect(self._on_document_changed)

    def _on_document_changed(self, changes: Change) -> None:
        if changes & Change.MODEL:
            self._table_model.beginResetModel()
            if self._prepare is not None:
                self._prepare()
            self._table_model.endResetModel()
