"""The model's edits in one window: each runs a core model_edit function on the open model,
reconciles the session with the edited model (core), asks first when something is removed,
and makes model and session current together as one undo step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.document import Document
from desktop.i18n import Language
from desktop.model_editing.dropped_text import dropped_lines
from desktop.model_editing.name_dialog import asked
from desktop.model_editing.removal_dialog import RemovalDialog
from strategies.model import PlanningModel

# Saaty's advice: no more than 7 ± 2 items under one node (a warning, never a refusal).
CROWDED = 9
SHOWN_DROPS = 3  # in the status bar; a removal's dialog lists them all

Edit = Callable[[PlanningModel], PlanningModel]


class ModelEditor(QObject):
    """refused(message): an edit the core refused, in the planner's words;
    warned(message): an edit made, with advice (more than 7 ± 2 items under one node)."""

    refused = Signal(str)
    warned = Signal(str)

    def __init__(self, document: Document, language: Language, parent_widget: QWidget):
        super().__init__(parent_widget)
        self.document, self.language, self.parent_widget = document, language, parent_widget

    def commit(self, edit: Edit, text: Callable[[], str]) -> bool:
        """Make edit(model) current with the session reconciled to it; False if refused."""
        after = self._edited(edit)
        if after is None:
            return False
        self._apply(after, text)
        return True

    def remove(
        self,
        edit: Edit,
        text: Callable[[], str],
        title: str,
        question: str,
        dialog_parent: QWidget | None = None,
    ) -> bool:
        """A removal: says what it drops and asks; Cancel changes nothing."""
        after = self._edited(edit)
        if after is None:
            return False
        reconciled = self._reconciled(after)
        lines = dropped_lines(reconciled.dropped, self.language.code)
        dialog = RemovalDialog(title, question, lines, dialog_parent or self.parent_widget)
        if not asked(dialog):
            return False
        self.document.apply_model(after, reconciled.session, text)
        return True

    def _edited(self, edit: Edit) -> PlanningModel | None:
        from strategies.model_edit import ModelEditError

        try:
            return edit(self.document.model)
        except ModelEditError as error:  # the core's words, in English only
            self.refused.emit(self.tr("The model was not changed: {problem}").format(problem=error))
            return None

    def _reconciled(self, after: PlanningModel):
        from strategies.model_edit import reconcile

        return reconcile(self.document.session, self.document.model, after)

    def _apply(self, after: PlanningModel, text: Callable[[], str]) -> None:
        before, reconciled = self.document.model, self._reconciled(after)
        self.document.apply_model(after, reconciled.session, text)
        notes = [*self._dropped_note(reconciled.dropped), *self._advice(before, after)]
        if notes:
            self.warned.emit("  ".join(notes))

    def _dropped_note(self, dropped) -> list[str]:
        """An edit that is no removal may still drop something (a leaf that gets a child
        loses its ratings, a moved item its pairs in the node it left): said, not asked."""
        from strategies.model_edit import DropKind

        lost = [d for d in dropped if d.kind is not DropKind.NEW_PAIRS_MISSING]
        if not lost:
            return []
        lines = dropped_lines(lost, self._lang())
        shown = "; ".join(lines[:SHOWN_DROPS]) + (" …" if len(lines) > SHOWN_DROPS else "")
        return [self.tr("This edit dropped (Undo brings it back): {what}.").format(what=shown)]

    def _advice(self, before: PlanningModel, after: PlanningModel) -> list[str]:
        """When the edit left a node (or the strategies) with more than 7 ± 2 items."""
        notes = []
        for node in after.hierarchy.inner_nodes:
            count = len(after.hierarchy.children(node))
            if count > CROWDED and count > _children(before, node):
                notes.append(self.crowded_text(after.hierarchy.name(node, self._lang()), count))
        if len(after.strategies) > max(CROWDED, len(before.strategies)):
            notes.append(
                self.tr(
                    "{count} strategies: judged pairwise under a criterion, more than 7 ± 2 "
                    "items make many pairs and less consistent answers (Saaty)."
                ).format(count=len(after.strategies))
            )
        return notes

    def crowded_text(self, name: str, count: int) -> str:
        return self.tr(
            "{node} has {count} items: Saaty advises no more than 7 ± 2 under one node "
            "(more pairs to judge, less consistent answers). Consider grouping them in layers."
        ).format(node=name, count=count)

    def _lang(self) -> str:
        return self.language.code


def _children(model: PlanningModel, node: str) -> int:
    hierarchy = model.hierarchy
    return len(hierarchy.children(node)) if node in hierarchy.nodes else 0
