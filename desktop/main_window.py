"""The main window: composes the panels, menus, toolbar and status bar; holds no logic."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QToolBar,
    QWidget,
)

if TYPE_CHECKING:
    from desktop.document import Document

from desktop import focus_policy, settings, window_geometry
from desktop.i18n import Language
from desktop.locale import system_language
from desktop.undo_actions import UndoActions
from desktop.views.scroll_tabs import ScrollTabs

DEFAULT_SIZE = (1280, 800)
DOCK_MIN_WIDTH = 180  # ids, weights and the start of each name
DOCK_MAX_SHARE = 0.42
PAGE_ROOM = 690  # the tabs' width at which the ranking's table and chart sit side by side
MESSAGE_MS = 8000


class MainWindow(QMainWindow):
    """Built in two steps so the first paint is quick: the frame (menus, toolbar, status bar)
    at once, the panels in ``attach`` when the document is ready (then ``ready`` is emitted)."""

    ready = Signal()

    def __init__(
        self, document: Document | None, language: Language, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.language = language
        focus_policy.install(QApplication.instance())  # Tab leaves every table and editor
        self.document: Document | None = None
        self.named_actions: dict[str, QAction] = {}  # not "actions": QWidget.actions() is Qt's
        self._views: list[tuple[QWidget, object]] = []
        self.tabs = ScrollTabs()
        self.setCentralWidget(self.tabs)
        bar = self.menuBar()
        self.file_menu, self.edit_menu = bar.addMenu(""), bar.addMenu("")
        self.language_menu, self.help_menu = bar.addMenu(""), bar.addMenu("")
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(self.toolbar)
        self.resize(*DEFAULT_SIZE)
        self._retranslate_frame()
        self.statusBar().showMessage(self.tr("Loading the model…"))
        if document is not None:
            self.attach(document)

    def attach(self, document: Document) -> None:
        """Build the panels for document (imports the charting and file code on first use)."""
        from desktop.district_data.actions import install as install_district_data
        from desktop.export.actions import install as install_export
        from desktop.help.install import install as install_help
        from desktop.model_editing.install import install as install_model_editing
        from desktop.model_opener import ModelOpener
        from desktop.questionnaires.actions import install as install_questionnaires
        from desktop.sensitivity.install import install as install_sensitivity
        from desktop.session.autosave import Autosaver
        from desktop.session.files import SessionFiles
        from desktop.tab_keys import install as install_tab_keys
        from desktop.views.effectiveness_view import EffectivenessView
        from desktop.views.hierarchy_view import HierarchyView
        from desktop.views.indicators_view import IndicatorsView
        from desktop.views.judgment_editor import JudgmentEditor
        from desktop.views.node_jump import install as install_node_jump
        from desktop.views.notes_view import NotesView
        from desktop.views.panel_install import install as install_panel
        from desktop.views.ranking_view import RankingView

        language = self.language
        self.document = document
        document.setParent(self)  # the document lives as long as its window
        self.hierarchy = HierarchyView(document, language)
        self.judgments = JudgmentEditor(document, language)
        self.effectiveness = EffectivenessView(document, language)
        self.indicators = IndicatorsView(document, language)
        self.ranking = RankingView(document, language)
        self.notes = NotesView(document)
        self.files = SessionFiles(document, self)
        self.autosaver = Autosaver(self.files)
        self.model_opener = ModelOpener(self)
        for view, title in (
            (self.judgments, lambda: self.tr("Criteria judgments")),
            (self.effectiveness, lambda: self.tr("Strategy effectiveness")),
            (self.indicators, lambda: self.tr("Indicators")),
            (self.ranking, lambda: self.tr("Ranking")),
        ):
            self.add_view(view, title)
        install_panel(self)
        install_sensitivity(self)
        self.add_view(self.notes, lambda: self.tr("Notes"))
        self.hierarchy_dock = QDockWidget()
        self.hierarchy_dock.setObjectName("hierarchy_dock")
        self.hierarchy_dock.setWidget(self.hierarchy)
        self.hierarchy_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.hierarchy_dock)
        self.hierarchy.setMinimumWidth(DOCK_MIN_WIDTH)
        self.resizeDocks([self.hierarchy_dock], [self._dock_width()], Qt.Orientation.Horizontal)
        self._build_actions()
        self._build_menus()
        self.hierarchy.node_selected.connect(self._on_node_selected)
        for view in (self.judgments, self.effectiveness):
            view.input_refused.connect(self.show_problem)
        document.undo_stack.cleanChanged.connect(self._update_title)
        document.changed.connect(self._on_document_changed)
        language.changed.connect(self._on_language_changed)
        self.files.path_changed.connect(self._update_title)
        self.hierarchy.select(document.model.hierarchy.goal)
        install_export(self)
        install_district_data(self)
        install_questionnaires(self)
        install_help(self)
        install_node_jump(self)
        install_model_editing(self)
        install_tab_keys(self)
        self.retranslate()
        self.ready.emit()

    def _dock_width(self) -> int:
        """The tree's names in full where the tabs keep room for their pages beside it."""
        return max(
            DOCK_MIN_WIDTH,
            min(
                self.hierarchy.wanted_width(),
                round(self.width() * DOCK_MAX_SHARE),
                self.width() - PAGE_ROOM,
            ),
        )

    def add_view(self, view: QWidget, title) -> None:
        """Add a tab; title is a callable so it retranslates with the language."""
        self._views.append((view, title))
        self.tabs.addTab(view, title())

    def show_problem(self, message: str) -> None:
        """A refused input: in the status bar, where the planner is looking."""
        self.statusBar().showMessage("⚠ " + message, MESSAGE_MS)

    def _build_actions(self) -> None:
        self.undo_actions = UndoActions(self.document.undo_stack, self)
        self.named_actions["undo"], self.named_actions["redo"] = (
            self.undo_actions.undo,
            self.undo_actions.redo,
        )
        self.named_actions["quit"] = QAction(self, shortcut=QKeySequence.StandardKey.Quit)
        self.named_actions["quit"].triggered.connect(self.close)
        self.named_actions["about"] = QAction(self)
        self.named_actions["about"].triggered.connect(self._on_about)
        self.language_group = QActionGroup(self)
        for code in ("", "zh", "en"):
            action = QAction(self, checkable=True)
            action.setData(code)
            action.triggered.connect(lambda _checked, c=code: self._on_language_chosen(c))
            self.language_group.addAction(action)
            self.named_actions[f"lang:{code}"] = action
        self.named_actions[f"lang:{self._chosen_language()}"].setChecked(True)

    def _chosen_language(self) -> str:
        """The menu entry to tick: the remembered choice, unless --lang chose another for this
        run (then that language, which is not remembered)."""
        stored = settings.get("language")
        stored = stored if stored in ("zh", "en") else ""
        return (
            stored if (stored or system_language()) == self.language.code else (self.language.code)
        )

    def _build_menus(self) -> None:
        files = self.files.actions
        self.file_menu.addActions([files["new"], files["open"]])
        self.file_menu.addMenu(self.files.recent_menu)
        self.file_menu.addActions([files["save"], files["save_as"]])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.model_opener.action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.named_actions["quit"])
        self.edit_menu.addActions([self.named_actions["undo"], self.named_actions["redo"]])
        self.language_menu.addActions(self.language_group.actions())
        self.help_menu.addAction(self.named_actions["about"])
        self.toolbar.addActions([files["new"], files["open"], files["save"]])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.named_actions["undo"], self.named_actions["redo"]])

    def _retranslate_frame(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.setWindowTitle(self.tr("Cluster Strategy Planner"))

    def retranslate(self) -> None:
        self._retranslate_frame()
        if self.document is None:
            return
        self.hierarchy_dock.setWindowTitle(self.tr("Criteria hierarchy"))
        self.named_actions["quit"].setText(self.tr("&Quit"))
        self.named_actions["about"].setText(self.tr("&About"))
        self.named_actions["lang:"].setText(self.tr("Follow the system"))
        self.named_actions["lang:zh"].setText("中文")
        self.named_actions["lang:en"].setText("English")
        self.files.retranslate()
        self.model_opener.retranslate()
        for index, (_view, title) in enumerate(self._views):
            self.tabs.setTabText(index, title())
        if hasattr(self, "tab_keys"):
            self.tab_keys.retranslate()
        self._update_title()
        self._show_model_status()

    def _show_model_status(self) -> None:
        self.statusBar().showMessage(
            self.tr("Model: {model} · CR thresholds after Saaty (0.05 / 0.08 / 0.10)").format(
                model=self.document.model.name.get(self.language.code)
            )
        )

    def _update_title(self) -> None:
        if self.document is None:
            return
        title = self.tr("Cluster Strategy Planner")
        model = self.document.model.name.get(self.language.code)  # which model is open
        self.setWindowTitle(f"{self.files.file_label()}[*] — {model} — {title}")
        self.setWindowModified(not self.document.undo_stack.isClean())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_dock()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit_dock()

    def _fit_dock(self) -> None:
        """The tree as wide as its names need, within a share of the window left to the tabs."""
        if self.document is not None and self.isVisible():
            self.resizeDocks([self.hierarchy_dock], [self._dock_width()], Qt.Orientation.Horizontal)

    def _on_document_changed(self, changes) -> None:
        from desktop.changes import Change

        if changes & Change.MODEL:  # its name (title, status bar) and the tree's width
            self._update_title()
            self._show_model_status()
            self._fit_dock()

    def _on_node_selected(self, node: str) -> None:
        self.judgments.show_node(node)

    def _on_language_changed(self, _code: str) -> None:
        # The one path (not LanguageChange too): after the switch, when names and
        # translators are both in the new language.
        self.retranslate()
        self.document.retranslate()
        self.undo_actions.retranslate()
        self._fit_dock()  # the tree's names are longer or shorter in the other language

    def _on_language_chosen(self, code: str) -> None:
        settings.put("language", code)
        self.language.set(code)

    def _on_about(self) -> None:
        model = self.document.model if self.document is not None else None
        text = self.tr(
            "Cluster Strategy Planner ranks strategies for each district with the "
            "Analytic Hierarchy Process."
        )
        if model is not None:  # the model's own name and size, never written into code
            text += "\n\n" + self.tr(
                "Model: {name}, {count} strategies, {districts} districts."
            ).format(
                name=model.name.get(self.language.code),
                count=len(model.strategies),
                districts=len(model.districts),
            )
        QMessageBox.about(self, self.tr("About"), text)

    def save_geometry(self) -> None:
        settings.put("window/geometry", self.saveGeometry())
        settings.put("window/state", self.saveState())

    def restore_geometry(self) -> None:
        """The size and place the window was left at, fitted into today's screens; on a first
        start the default size, fitted into the screen."""
        geometry = settings.get("window/geometry")
        restored = bool(geometry) and self.restoreGeometry(geometry)
        if not self.windowState() & (
            Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen
        ):
            window_geometry.place(self, restored)
        state = settings.get("window/state")
        if state:
            self.restoreState(state)

    @property
    def current_path(self):
        """The open session file, or None (exports refuse to overwrite it)."""
        return self.files.path

    @current_path.setter
    def current_path(self, path) -> None:
        self.files.path = path

    def open_file(self, path: str) -> bool:
        return self.files.open_path(path)

    def give_way(self) -> None:
        """Leave for the window that took this one's place (Open model…): its session was saved
        or discarded already, so no prompt; its recovery file goes with it."""
        self.autosaver.discard()
        self.save_geometry()
        self.hide()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.document is not None and not self.files.maybe_save():
            event.ignore()
            return
        if self.document is not None:
            self.autosaver.discard()
        self.save_geometry()
        super().closeEvent(event)
