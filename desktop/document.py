"""The open document: the model, the current session (an immutable value), its evaluation and
the undo stack. Every edit is a command that swaps one session value for another (a model edit
swaps the model and the session together); after each swap the document says what changed
(``changed``, a ``Change``), and evaluates again only when an input of the evaluation changed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from criteria.lru import LruCache
from desktop.changes import Change, changes_between
from strategies.evaluation import Evaluation, default_session, evaluate
from strategies.model import PlanningModel
from strategies.panel import session_panel
from strategies.panel.experts import Expert
from strategies.panel.session_panel import Judge
from strategies.session import Session

if TYPE_CHECKING:  # imported on first use: the window starts without the analyses' modules
    from strategies.sensitivity.analyses import Analyses
    from strategies.sensitivity.montecarlo import MonteCarloResult
    from strategies.session import MonteCarloSettings

# Memory stays bounded however long a planner works: the oldest undo steps are dropped past
# UNDO_LIMIT, and the node weights of at most CACHE_SIZE judgment sets are remembered (enough
# for every node of a session and the states around it, so undo and redo stay instant).
UNDO_LIMIT = 500
CACHE_SIZE = 512  # a panel of 30 experts judges about 150 node sets: with their neighbours


class SessionCommand(QUndoCommand):
    """Replace the session. Edits with the same merge key in one gesture (a slider drag) merge
    into one step, labelled with the last edit's text; a drag back to the start is no step."""

    def __init__(
        self,
        document: Document,
        before: Session,
        after: Session,
        describe: Callable[[], str],
        merge_key: tuple | None = None,
    ):
        super().__init__(describe())
        self._document = document
        self._before = before
        self._after = after
        self._describe = describe
        self._merge_key = merge_key

    def redo(self) -> None:
        self._document._set_session(self._after)

    def undo(self) -> None:
        self._document._set_session(self._before)

    def id(self) -> int:
        return -1 if self._merge_key is None else hash(self._merge_key[0]) & 0x7FFFFFFF

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SessionCommand) or other._merge_key != self._merge_key:
            return False
        self._after = other._after
        self._describe = other._describe
        self.setText(other.text())
        self.setObsolete(self._after == self._before)
        return True

    def retranslate(self) -> None:
        self.setText(self._describe())


class ModelCommand(QUndoCommand):
    """Replace the model and the session together: a model edit and what it drops from the
    session (judgments, ratings, experts' answers) are one step, and undo restores both."""

    def __init__(
        self,
        document: Document,
        before: tuple[PlanningModel, Session],
        after: tuple[PlanningModel, Session],
        describe: Callable[[], str],
    ):
        super().__init__(describe())
        self._document = document
        self._before, self._after = before, after
        self._describe = describe

    def redo(self) -> None:
        self._document._set_model(*self._after)

    def undo(self) -> None:
        self._document._set_model(*self._before)

    def retranslate(self) -> None:
        self.setText(self._describe())


class Document(QObject):
    """Holds the session and its evaluation; views read from here and push edits here.

    changed(Change): emitted after every swap with what it changed; a view refreshes only
    when the change touches what it shows (``if changes & Change.NOTES``). After a model edit
    it carries Change.MODEL: ``model`` is then another value, and views rebuild what they
    built from the old one.

    monte_carlo_kept(): a background Monte Carlo run was kept in the current analyses (the
    Sensitivity page and the map both start such runs, and each shows the other's)."""

    changed = Signal(object)
    monte_carlo_kept = Signal()

    def __init__(
        self, model: PlanningModel, session: Session | None = None, parent: QObject | None = None
    ):
        super().__init__(parent)
        self.model = model
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        self._cache = LruCache(CACHE_SIZE)
        self._session = session or default_session(model)
        self._evaluation: Evaluation | None = None  # computed on first use (imports ahpy)
        self._analyses: Analyses | None = None  # made on first use, dropped with its inputs
        self._judged: Evaluation | None = None  # the chosen expert's own, when not the above
        self._gesture = 0  # merge keys only merge within one gesture
        # Whose judgments the editors show: an expert's id, or None for the panel's combined
        # judgments (read-only). A view state, not part of the session: choosing is no edit.
        self._chosen: str | None = session_panel.lead(self._session).id

    @property
    def session(self) -> Session:
        return self._session

    @property
    def cache(self) -> LruCache:
        """The node weights already computed, for analyses of this document (the panel's)."""
        return self._cache

    @property
    def evaluation(self) -> Evaluation:
        """The results the window shows: the session's, or its panel's combined results."""
        if self._evaluation is None:
            self._evaluation = self._evaluate(self._session)
        return self._evaluation

    @property
    def analyses(self) -> Analyses:
        """The sensitivity analyses of the current evaluation, each computed on first use and
        shared by the Sensitivity view and the window's exports (notes and Monte Carlo
        settings keep them: a Monte Carlo run is kept by its settings)."""
        if self._analyses is None:
            from strategies.sensitivity.analyses import Analyses

            # The session too: a panel resampling draws from its experts' own judgments.
            self._analyses = Analyses(self.evaluation, session=self._session)
        return self._analyses

    def _evaluate(self, session: Session) -> Evaluation:
        return session_panel.session_evaluation(self.model, session, self._cache)

    @property
    def chosen_expert(self) -> str | None:
        """The expert whose judgments the editors show; None: the combined ones."""
        return self._chosen

    def choose_expert(self, expert_id: str | None) -> None:
        """Show (and edit) this expert's judgments; None shows the combined ones read-only."""
        if expert_id is not None:
            self._session.experts.expert(expert_id)  # KeyError for an unknown id
        if expert_id != self._chosen:
            self._chosen = expert_id
            self._judged = None
            self.changed.emit(Change.CHOSEN_EXPERT | Change.JUDGMENTS | Change.RATINGS)

    @property
    def judgments_read_only(self) -> bool:
        return self._chosen is None

    @property
    def judgments_session(self) -> Session:
        """The session the judgment editors show: the chosen expert's, or the combined one."""
        if self._chosen is None:
            return self.evaluation.session
        return session_panel.expert_view(self._session, self._chosen)

    @property
    def judged_evaluation(self) -> Evaluation:
        """The evaluation of judgments_session (weights and CR beside the editors)."""
        if self._chosen is None or self.judgments_session is self.evaluation.session:
            return self.evaluation
        if self._judged is None:
            self._judged = evaluate(self.model, self.judgments_session, self._cache)
        return self._judged

    def apply_judgment(
        self, edit: Callable[[Judge], Judge], text: str | Callable[[], str], merge_key=None
    ) -> None:
        """An edit of the chosen expert's judgments (nothing while the combined ones show)."""
        if self._chosen is None:
            return
        session = session_panel.with_judge_edit(self._session, self._chosen, edit)
        self.apply(session, text, merge_key)

    def put_expert(self, expert: Expert, text: str | Callable[[], str]) -> None:
        """Add the expert, or replace the one of the same id (profile and judgments), as one
        undoable step: what the panel table and an import of answers call."""
        self.apply(session_panel.with_expert(self._session, expert), text)

    def remove_expert(self, expert_id: str, text: str | Callable[[], str]) -> None:
        self.apply(session_panel.without_expert(self._session, expert_id), text)

    def keep_monte_carlo(
        self, analyses: Analyses, settings: MonteCarloSettings, result: MonteCarloResult
    ) -> None:
        """Keep a run made in the background from analyses, unless its inputs are gone."""
        if analyses is not self._analyses:
            return  # the evaluation changed while it ran: its figures describe nothing shown
        analyses.remember_monte_carlo(settings, result)
        self.monte_carlo_kept.emit()

    def apply(
        self, session: Session, text: str | Callable[[], str], merge_key: str | None = None
    ) -> None:
        """Make session current through an undoable command labelled text (or by what the
        callable text returns in the current language). Edits with the same merge_key merge
        until ``end_merge``."""
        if session == self._session:
            return
        describe = text if callable(text) else lambda: text
        key = None if merge_key is None else (merge_key, self._gesture)
        self.undo_stack.push(SessionCommand(self, self._session, session, describe, key))

    def apply_model(
        self, model: PlanningModel, session: Session, text: str | Callable[[], str]
    ) -> None:
        """Make model and session current together through one undoable command."""
        if model is self.model and session == self._session:
            return
        describe = text if callable(text) else lambda: text
        before, after = (self.model, self._session), (model, session)
        self.undo_stack.push(ModelCommand(self, before, after, describe))

    def end_merge(self) -> None:
        """A gesture ended (slider released, editing finished): the next edit is a new step."""
        self._gesture += 1

    def retranslate(self) -> None:
        """Relabel every undo step in the current language."""
        for index in range(self.undo_stack.count()):
            command = self.undo_stack.command(index)
            if isinstance(command, (SessionCommand, ModelCommand)):
                command.retranslate()

    def replace_all(self, session: Session, model: PlanningModel | None = None) -> None:
        """Start over from session (New, Open), on model if given (a file that carries its
        own model): clears undo history and marks clean."""
        self.undo_stack.clear()
        self._cache.clear()  # nothing of the previous session will be asked again
        changes = Change.ALL
        if model is not None and model is not self.model:
            self.model, changes = model, Change.ALL | Change.MODEL
        self._set_session(session, changes)
        self.undo_stack.setClean()

    def _set_model(self, model: PlanningModel, session: Session) -> None:
        """Swap the model with its session (the node weights cached stay valid: they are
        keyed by the judgments themselves)."""
        changes = Change.MODEL_SWAP | changes_between(self._session, session)
        self.model = model
        self._set_session(session, changes)

    def _set_session(self, session: Session, changes: Change | None = None) -> None:
        changes = changes_between(self._session, session) if changes is None else changes
        before, self._session = self._session, session
        self._judged = None
        changes |= self._keep_choice_valid(changes)
        if changes & Change.EVALUATION:
            self._analyses = None
            self._evaluation = self._evaluate(session)
        elif self._evaluation is not None:  # notes, Monte Carlo settings: the same results,
            shown = self._evaluation.session
            self._evaluation = replace(  # of the current session
                self._evaluation,
                session=session if shown is before else _with_settings_of(shown, session),
            )
        self.changed.emit(changes)

    def _keep_choice_valid(self, changes: Change) -> Change:
        """After New, Open, or the chosen expert's removal: back to the lead."""
        ids = {e.id for e in self._session.experts.experts}
        combined = self._chosen is None and session_panel.is_combined(self._session)
        if (changes & Change.ALL) != Change.ALL and (combined or self._chosen in ids):
            return Change.NONE
        self._chosen = session_panel.lead(self._session).id
        return Change.CHOSEN_EXPERT | Change.JUDGMENTS | Change.RATINGS


def _with_settings_of(shown: Session, session: Session) -> Session:
    """A combined session with the session's fields that are no input of the evaluation."""
    return replace(shown, notes=session.notes, monte_carlo=session.monte_carlo)
