"""Model → Strategies… and Districts…: a list of each with add, edit, reorder and remove, every
button one model edit (one undo step). The lists stay open beside the window (undo works)."""

from __future__ import annotations

from collections.abc import Callable
from itertools import zip_longest

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from criteria.text import LocalText
from desktop.model_editing.editor import ModelEditor
from desktop.model_editing.item_list_dialog import ItemKind, ItemListDialog
from desktop.model_editing.name_dialog import NameDialog, asked
from desktop.model_editing.strategy_dialog import StrategyDialog


class CatalogueCommands(QObject):
    def __init__(self, editor: ModelEditor, parent_widget: QWidget):
        super().__init__(parent_widget)
        self.editor, self.parent_widget = editor, parent_widget
        self.actions = {"strategies": QAction(parent_widget), "districts": QAction(parent_widget)}
        self.actions["strategies"].triggered.connect(self.show_strategies)
        self.actions["districts"].triggered.connect(self.show_districts)
        self.lists: dict[str, ItemListDialog] = {}
        self.retranslate()

    def retranslate(self) -> None:
        self.actions["strategies"].setText(self.tr("&Strategies…"))
        self.actions["districts"].setText(self.tr("&Districts…"))
        for dialog in self.lists.values():
            dialog.retranslate()
            dialog.fill()

    def show_strategies(self) -> ItemListDialog:
        return self._show("strategies", self._strategy_kind())

    def show_districts(self) -> ItemListDialog:
        return self._show("districts", self._district_kind())

    def _show(self, name: str, kind: ItemKind) -> ItemListDialog:
        if name not in self.lists:
            document, language = self.editor.document, self.editor.language
            dialog = ItemListDialog(kind, document, language, self.parent_widget)
            # The list stays open beside the window: Undo and Redo work from it too.
            named = getattr(self.parent_widget, "named_actions", {})
            dialog.addActions([named[n] for n in ("undo", "redo") if n in named])
            self.lists[name] = dialog
        dialog = self.lists[name]
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    # Strategies

    def _strategy_kind(self) -> ItemKind:
        return ItemKind(
            title=lambda: self.tr("Strategies of the model"),
            items=lambda: self.editor.document.model.strategies,
            add=self.add_strategy,
            edit=self.edit_strategy,
            move=self.move_strategy,
            remove=self.remove_strategy,
        )

    def add_strategy(self) -> None:
        from strategies.model_edit import add_strategy

        dialog = StrategyDialog(self.tr("Add a strategy"), parent=self._list("strategies"))
        if not asked(dialog):
            return
        name, summary, measures = dialog.name(), dialog.summary(), _paired(dialog.measures())
        added: list[str] = []

        def edit(model):
            edited, new_id = add_strategy(model, name, measures=measures, summary=summary)
            added.append(new_id)
            return edited

        if self.editor.commit(edit, self._text(lambda: self.tr("Add strategy {name}"), name)):
            self._list("strategies").choose(added[0])

    def edit_strategy(self, strategy: str) -> None:
        from strategies.model_edit import edit_strategy, rename_strategy

        old = self.editor.document.model.strategy(strategy)
        dialog = StrategyDialog(
            self.tr("Edit strategy {id}").format(id=strategy), old, self._list("strategies")
        )
        if not asked(dialog):
            return
        name, summary, measures = dialog.name(), dialog.summary(), _paired(dialog.measures())

        def edit(model):
            renamed = rename_strategy(model, strategy, name)
            return edit_strategy(renamed, strategy, measures=measures, summary=summary)

        named = LocalText(f"{strategy} {name.zh}", f"{strategy} {name.en}")
        self.editor.commit(edit, self._text(lambda: self.tr("Edit strategy {name}"), named))

    def move_strategy(self, strategy: str, position: int) -> None:
        from strategies.model_edit import move_strategy

        named = self._strategy_name(strategy)
        self.editor.commit(
            lambda model: move_strategy(model, strategy, position),
            self._text(lambda: self.tr("Move strategy {name}"), named),
        )

    def remove_strategy(self, strategy: str) -> None:
        from strategies.model_edit import remove_strategy

        named = self._strategy_name(strategy)
        self.editor.remove(
            lambda model: remove_strategy(model, strategy),
            self._text(lambda: self.tr("Remove strategy {name}"), named),
            self.tr("Remove from the model"),
            self.tr("Remove strategy {name}?").format(name=named.get(self.editor.language.code)),
            self._list("strategies"),
        )

    def _strategy_name(self, strategy: str) -> LocalText:
        name = self.editor.document.model.strategy(strategy).name
        return LocalText(f"{strategy} {name.zh}", f"{strategy} {name.en}")

    # Districts

    def _district_kind(self) -> ItemKind:
        return ItemKind(
            title=lambda: self.tr("Districts of the model"),
            items=lambda: self.editor.document.model.districts,
            add=self.add_district,
            edit=self.rename_district,
            move=self.move_district,
            remove=self.remove_district,
        )

    def add_district(self) -> None:
        from strategies.model_edit import add_district

        dialog = NameDialog(self.tr("Add a district"), parent=self._list("districts"))
        if not asked(dialog):
            return
        name, added = dialog.name(), []

        def edit(model):
            edited, new_id = add_district(model, name)
            added.append(new_id)
            return edited

        if self.editor.commit(edit, self._text(lambda: self.tr("Add district {name}"), name)):
            self._list("districts").choose(added[0])

    def rename_district(self, district: str) -> None:
        from strategies.model_edit import rename_district

        old = self.editor.document.model.district(district).name
        dialog = NameDialog(
            self.tr("Rename district {id}").format(id=district), old, parent=self._list("districts")
        )
        if not asked(dialog):
            return
        name = dialog.name()
        self.editor.commit(
            lambda model: rename_district(model, district, name),
            self._text(lambda: self.tr("Rename district {name}"), name),
        )

    def move_district(self, district: str, position: int) -> None:
        from strategies.model_edit import move_district

        name = self.editor.document.model.district(district).name
        self.editor.commit(
            lambda model: move_district(model, district, position),
            self._text(lambda: self.tr("Move district {name}"), name),
        )

    def remove_district(self, district: str) -> None:
        from strategies.model_edit import remove_district

        name = self.editor.document.model.district(district).name
        self.editor.remove(
            lambda model: remove_district(model, district),
            self._text(lambda: self.tr("Remove district {name}"), name),
            self.tr("Remove from the model"),
            self.tr("Remove district {name}?").format(name=name.get(self.editor.language.code)),
            self._list("districts"),
        )

    # Words

    def _list(self, name: str) -> QWidget:
        return self.lists.get(name) or self.parent_widget

    def _text(self, template: Callable[[], str], name: LocalText) -> Callable[[], str]:
        """An undo text in the language current when it is shown."""
        language = self.editor.language
        return lambda: template().format(name=name.get(language.code))


def _paired(measures: tuple[tuple[str, ...], tuple[str, ...]]) -> tuple[LocalText, ...]:
    """Chinese and English measures paired line by line (a missing one left empty)."""
    zh, en = measures
    return tuple(LocalText(a, b) for a, b in zip_longest(zh, en, fillvalue=""))
