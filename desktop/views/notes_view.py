"""The planner's notes on the session (meeting minutes, sources, reasons)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout

from desktop.changes import Change
from desktop.document import Document
from desktop.views.gesture_ends import GestureEnds
from desktop.views.translated import TranslatedWidget


class NotesView(TranslatedWidget):
    def __init__(self, document: Document, parent=None):
        super().__init__(parent)
        self.document = document
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.editor = QPlainTextEdit()
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.editor)
        self.editor.textChanged.connect(self._on_text_changed)
        GestureEnds(self.editor, document)  # typing until the cursor moves or focus leaves
        document.changed.connect(self._on_document_changed)
        self._sync()
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "Notes saved with the session and printed in exports: who "
                "judged, when, on what evidence."
            )
        )

    def _on_document_changed(self, changes: Change) -> None:
        if changes & Change.NOTES:
            self._sync()

    def _sync(self) -> None:
        if self.editor.toPlainText() != self.document.session.notes:
            self.editor.blockSignals(True)
            self.editor.setPlainText(self.document.session.notes)
            self.editor.blockSignals(False)

    def _on_text_changed(self) -> None:
        session = replace(self.document.session, notes=self.editor.toPlainText())
        self.document.apply(session, lambda: self.tr("Edit notes"), merge_key="notes")
