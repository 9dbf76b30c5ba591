"""The criteria tree's commands: add a criterion or a layer under the chosen node, rename,
describe, move (up, down, out, in, or by drag and drop) and remove, at any depth. The tree's
context menu and the Model menu show the same actions; the move keys work in the tree."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from criteria.text import LocalText
from desktop.model_editing.editor import ModelEditor
from desktop.model_editing.name_dialog import NameDialog, asked
from desktop.views.hierarchy_view import HierarchyView

KEYS = {
    "move_up": "Alt+Up",
    "move_down": "Alt+Down",
    "outdent": "Alt+Left",
    "indent": "Alt+Right",
    "rename": "F2",
    "remove_node": "Del",
}
NAMES = (
    "add_criterion",
    "add_layer",
    "rename",
    "describe",
    "move_up",
    "move_down",
    "outdent",
    "indent",
    "remove_node",
)


class TreeCommands(QObject):
    def __init__(self, tree: HierarchyView, editor: ModelEditor):
        super().__init__(tree)
        self.tree, self.editor = tree, editor
        self.actions: dict[str, QAction] = {}
        for name in NAMES:
            action = QAction(tree)
            if name in KEYS:
                action.setShortcut(QKeySequence(KEYS[name]))
                # Only while the tree has the focus: Alt+arrows mean nothing elsewhere, and
                # Del or F2 in a text box stay the box's.
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(getattr(self, name))
            tree.addAction(action)
            self.actions[name] = action
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._on_context_menu)
        tree.node_dropped.connect(self.move_to)
        tree.currentItemChanged.connect(lambda *_: self._enable())
        editor.document.changed.connect(lambda _changes: self._enable())
        self.retranslate()
        self._enable()

    def retranslate(self) -> None:
        texts = {
            "add_criterion": self.tr("Add &criterion…"),
            "add_layer": self.tr("Add &layer…"),
            "rename": self.tr("&Rename…"),
            "describe": self.tr("&Describe…"),
            "move_up": self.tr("Move &up"),
            "move_down": self.tr("Move do&wn"),
            "outdent": self.tr("Move &out of its layer"),
            "indent": self.tr("Move &into the layer above"),
            "remove_node": self.tr("Re&move…"),
        }
        for name, text in texts.items():
            self.actions[name].setText(text)
        self.actions["add_criterion"].setToolTip(
            self.tr("Add a criterion under the chosen node (a criterion becomes a layer)")
        )

    def menu_actions(self) -> list[QAction | None]:
        """In menu order; None is a separator."""
        a = self.actions
        return [
            a["add_criterion"],
            a["add_layer"],
            None,
            a["rename"],
            a["describe"],
            None,
            a["move_up"],
            a["move_down"],
            a["outdent"],
            a["indent"],
            None,
            a["remove_node"],
        ]

    # What the chosen node allows

    def _chosen(self) -> str:
        return self.tree.current_node() or self.editor.document.model.hierarchy.goal

    def _place(self, node: str) -> tuple[str | None, int, int]:
        """(parent, position among its siblings, number of siblings)."""
        hierarchy = self.editor.document.model.hierarchy
        parent = hierarchy.nodes[node].parent
        if parent is None:
            return None, 0, 1
        siblings = hierarchy.children(parent)
        return parent, siblings.index(node), len(siblings)

    def _enable(self) -> None:
        node = self._chosen()
        parent, position, count = self._place(node)
        hierarchy = self.editor.document.model.hierarchy
        grandparent = None if parent is None else hierarchy.nodes[parent].parent
        moves = {
            "move_up": position > 0,
            "move_down": position < count - 1,
            "outdent": grandparent is not None,
            "indent": position > 0,
            "rename": True,
            "describe": True,
            "remove_node": parent is not None,
        }
        for name, enabled in moves.items():
            self.actions[name].setEnabled(enabled)

    # Adding

    def add_criterion(self) -> None:
        self._add(self.tr("Add a criterion under {node}"), "criterion")

    def add_layer(self) -> None:
        self._add(self.tr("Add a layer under {node}"), "layer")

    def _add(self, title: str, kind: str) -> None:
        from strategies.model_edit import add_node

        parent = self._chosen()
        dialog = self._name_dialog(title.format(node=self._name(parent)), None, None)
        if not asked(dialog):
            return
        name, description = dialog.name(), dialog.description()
        added: list[str] = []

        def edit(model):
            edited, new_id = add_node(
                model, parent, name, description=description, node_id=_free_id(model, kind)
            )
            added.append(new_id)
            return edited

        text = self._text(
            lambda: self.tr("Add {name} under {parent}"), name=name, parent=self._named(parent)
        )
        if self.editor.commit(edit, text):
            self.tree.select(added[0])

    # Names

    def rename(self) -> None:
        from strategies.model_edit import rename_node

        node = self._chosen()
        info = self.editor.document.model.hierarchy.nodes[node]
        dialog = NameDialog(self.tr("Rename {node}").format(node=node), info.name, parent=self.tree)
        if not asked(dialog):
            return
        name, old = dialog.name(), info.name
        text = self._text(lambda: self.tr("Rename {old} to {name}"), old=old, name=name)
        self.editor.commit(lambda model: rename_node(model, node, name), text)

    def describe(self) -> None:
        from strategies.model_edit import describe_node

        node = self._chosen()
        info = self.editor.document.model.hierarchy.nodes[node]
        dialog = NameDialog(
            self.tr("Describe {node}").format(node=node),
            info.name,
            info.description,
            with_description=True,
            with_name=False,
            parent=self.tree,
        )
        if not asked(dialog):
            return
        description = dialog.description()
        text = self._text(lambda: self.tr("Describe {name}"), name=info.name)
        self.editor.commit(lambda model: describe_node(model, node, description), text)

    # Moving

    def move_up(self) -> None:
        node = self._chosen()
        parent, position, _count = self._place(node)
        if parent is not None and position > 0:
            self.move_to(node, parent, position - 1)

    def move_down(self) -> None:
        node = self._chosen()
        parent, position, count = self._place(node)
        if parent is not None and position < count - 1:
            self.move_to(node, parent, position + 1)

    def outdent(self) -> None:
        """Out of its layer, just after it."""
        node = self._chosen()
        parent, _position, _count = self._place(node)
        if parent is None:
            return
        grandparent, at, _ = self._place(parent)
        if grandparent is not None:
            self.move_to(node, grandparent, at + 1)

    def indent(self) -> None:
        """Into the sibling above, as its last item (a criterion there becomes a layer)."""
        node = self._chosen()
        parent, position, _count = self._place(node)
        if parent is None or position == 0:
            return
        above = self.editor.document.model.hierarchy.children(parent)[position - 1]
        self.move_to(node, above, len(self.editor.document.model.hierarchy.children(above)))

    def move_to(self, node: str, new_parent: str, position: int) -> None:
        """Move node to position among new_parent's items (the tree's drag and drop too)."""
        from strategies.model_edit import move_node

        text = self._text(
            lambda: self.tr("Move {name} to {parent}"),
            name=self._named(node),
            parent=self._named(new_parent),
        )
        if self.editor.commit(lambda model: move_node(model, node, new_parent, position), text):
            self.tree.select(node)

    # Removing

    def remove_node(self) -> None:
        from strategies.model_edit import remove_node

        node = self._chosen()
        if self._place(node)[0] is None:
            return  # the goal stays
        name = self._name(node)
        below = len(self.editor.document.model.hierarchy.walk(node)) - 1
        question = (
            self.tr("Remove {node} and the {count} items under it?").format(node=name, count=below)
            if below
            else self.tr("Remove {node}?").format(node=name)
        )
        self.editor.remove(
            lambda model: remove_node(model, node),
            self._text(lambda: self.tr("Remove {name}"), name=self._named(node)),
            self.tr("Remove from the model"),
            question,
        )

    # Words

    def _name_dialog(self, title, name, description) -> NameDialog:
        return NameDialog(title, name, description, with_description=True, parent=self.tree)

    def _name(self, node: str) -> str:
        hierarchy = self.editor.document.model.hierarchy
        return f"{node} {hierarchy.name(node, self.editor.language.code)}"

    def _named(self, node: str) -> LocalText:
        """The node's name as it is now (undo texts keep it after a later rename)."""
        info = self.editor.document.model.hierarchy.nodes[node]
        return LocalText(f"{node} {info.name.zh}".strip(), f"{node} {info.name.en}".strip())

    def _text(self, template: Callable[[], str], **names: LocalText) -> Callable[[], str]:
        """An undo text in the language current when it is shown (template calls tr())."""
        language = self.editor.language

        def text() -> str:
            return template().format(**{k: v.get(language.code) for k, v in names.items()})

        return text

    def _on_context_menu(self, position) -> None:
        item = self.tree.itemAt(position)
        if item is not None:
            self.tree.setCurrentItem(item)
        menu = QMenu(self.tree)
        for action in self.menu_actions():
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.exec(self.tree.viewport().mapToGlobal(position))


def _free_id(model, kind: str) -> str:
    """The next unused id of the kind: C9 after C8 for a criterion, L4 for a layer (the
    core's numbering, which a criterion added with no id also gets)."""
    from strategies.model_edit.checks import generated_id

    return generated_id("L" if kind == "layer" else "C", set(model.hierarchy.nodes))
