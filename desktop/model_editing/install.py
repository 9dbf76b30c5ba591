"""Put the model editor into a window: the Model menu (the tree's commands, Strategies…,
Districts…), the tree's context menu and move keys, and New model… / Save model as… in the
File menu beside Open model…."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

from desktop.model_editing.catalogue_commands import CatalogueCommands
from desktop.model_editing.editor import ModelEditor
from desktop.model_editing.model_files import ModelFiles
from desktop.model_editing.tree_commands import TreeCommands


def install(window) -> None:
    window.model_editing = ModelEditing(window)


class ModelEditing(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.editor = ModelEditor(window.document, window.language, window)
        self.tree = TreeCommands(window.hierarchy, self.editor)
        self.catalogue = CatalogueCommands(self.editor, window)
        self.files = ModelFiles(window)
        self.editor.refused.connect(window.show_problem)
        self.editor.warned.connect(window.show_problem)
        self.menu = QMenu(window)
        for action in self.tree.menu_actions():
            self.menu.addSeparator() if action is None else self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addActions(list(self.catalogue.actions.values()))
        bar = window.menuBar()
        bar.insertMenu(window.language_menu.menuAction(), self.menu)
        opener = window.model_opener.action
        after_opener = _next_action(window.file_menu, opener)
        window.file_menu.insertActions(after_opener, list(self.files.actions.values()))
        for name, action in (
            *self.tree.actions.items(),
            *((f"{n}_list", a) for n, a in self.catalogue.actions.items()),
            *self.files.actions.items(),
        ):
            window.named_actions[f"model:{name}"] = action
        window.language.changed.connect(self.retranslate)
        self.retranslate()

    def retranslate(self, *_code) -> None:
        self.menu.setTitle(self.tr("&Model"))
        self.tree.retranslate()
        self.catalogue.retranslate()
        self.files.retranslate()


def _next_action(menu: QMenu, action):
    """The action after action in menu (None: action is last), to insert just below it."""
    actions = menu.actions()
    index = actions.index(action)
    return actions[index + 1] if index + 1 < len(actions) else None
