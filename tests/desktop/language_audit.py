"""Every text a planner can see in a widget tree: labels, buttons, titles, tooltips, status tips,
placeholders, combo items, tab texts, item-view headers and cells, menus and actions, and the
texts of pyqtgraph charts (titles, axis labels and ticks, legends)."""

from __future__ import annotations

from collections.abc import Iterator

import pyqtgraph as pg
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QAbstractProxyModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFileSystemModel,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

Found = tuple[str, str]  # (where, text)
ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


def visible_texts(root: QWidget) -> list[Found]:
    """Texts of root and of its children that are visible (or would be, were root shown)."""
    found: list[Found] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is root or widget.isVisibleTo(root):
            found.extend(widget_texts(widget))
    return [(where, text) for where, text in found if text and text.strip()]


def widget_texts(widget: QWidget) -> Iterator[Found]:
    name = type(widget).__name__
    if widget.isWindow():
        yield f"{name}.windowTitle", widget.windowTitle()
    yield f"{name}.toolTip", widget.toolTip()
    yield f"{name}.statusTip", widget.statusTip()
    yield f"{name}.whatsThis", widget.whatsThis()
    for kind, read in _READERS:
        if isinstance(widget, kind):
            for text in read(widget):
                yield name, text
    for action in QWidget.actions(widget):  # (MainWindow.named_actions is a dict)
        yield from action_texts(action)


def action_texts(action: QAction) -> Iterator[Found]:
    yield "QAction.text", action.text()
    yield "QAction.iconText", action.iconText()
    yield "QAction.toolTip", action.toolTip()
    yield "QAction.statusTip", action.statusTip()
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield "QMenu.title", menu.title()
        for child in menu.actions():
            yield from action_texts(child)


def _label(label: QLabel) -> list[str]:
    return [label.text()]


def _button(button: QAbstractButton) -> list[str]:
    return [button.text()]


def _group(box: QGroupBox) -> list[str]:
    return [box.title()]


def _line_edit(edit: QLineEdit) -> list[str]:
    return [edit.placeholderText()]  # the text itself is what the planner typed


def _text_edit(edit: QTextEdit | QPlainTextEdit) -> list[str]:
    texts = [edit.placeholderText()]
    if edit.isReadOnly():  # shown by the app (the guide), not typed by the planner
        texts.append(edit.toPlainText())
    return texts


def _combo(combo: QComboBox) -> list[str]:
    if combo.objectName() == "lookInCombo":  # a file dialog's folders: the planner's paths
        return []
    texts = []
    for index in range(combo.count()):
        texts += [combo.itemText(index), combo.itemData(index, Qt.ItemDataRole.ToolTipRole)]
    return [text for text in texts if isinstance(text, str)]


def _tab_bar(bar: QTabBar) -> list[str]:
    return [
        text for index in range(bar.count()) for text in (bar.tabText(index), bar.tabToolTip(index))
    ]


def _spin(box: QAbstractSpinBox) -> list[str]:
    return [box.text(), box.specialValueText()]


def _progress(bar: QProgressBar) -> list[str]:
    return [bar.text()] if bar.isTextVisible() else []


def _item_view(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    if isinstance(view, QHeaderView):
        return header_texts(model, view.orientation())
    if _is_file_system(model) or view.objectName() == "sidebar":
        # names of the planner's files and folders (a file dialog's list and places): headers
        return header_texts(model, Qt.Orientation.Horizontal)
    return model_texts(model)


def _is_file_system(model: QAbstractItemModel) -> bool:
    while isinstance(model, QAbstractProxyModel):
        model = model.sourceModel()
    return isinstance(model, QFileSystemModel)


def header_texts(model: QAbstractItemModel, orientation: Qt.Orientation) -> list[str]:
    count = _columns(model) if orientation == Qt.Orientation.Horizontal else model.rowCount()
    texts = [
        model.headerData(section, orientation, role) for section in range(count) for role in ROLES
    ]
    return [text for text in texts if isinstance(text, str)]


def model_texts(model: QAbstractItemModel, parent=None) -> list[str]:
    """Headers and cells of model (every level of a tree), as display text and tooltip."""
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    columns = _columns(model, parent)
    texts = []
    if not parent.isValid():
        for orientation, count in (
            (Qt.Orientation.Horizontal, columns),
            (Qt.Orientation.Vertical, model.rowCount(parent)),
        ):
            for section in range(count):
                texts += [model.headerData(section, orientation, role) for role in ROLES]
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            texts += [model.data(index, role) for role in ROLES]
            if column == 0 and not isinstance(model, QAbstractListModel) and model.rowCount(index):
                texts += model_texts(model, index)
    return [text for text in texts if isinstance(text, str)]


def _columns(model: QAbstractItemModel, parent=None) -> int:
    from PySide6.QtCore import QModelIndex

    # PySide makes a list model's columnCount private: a list has one column.
    if isinstance(model, QAbstractListModel):
        return 1
    return model.columnCount(parent or QModelIndex())


def _graphics(view: QGraphicsView) -> list[str]:
    """The texts a pyqtgraph scene draws: text items and the tick labels of named axes."""
    texts = []
    for item in view.scene().items() if view.scene() is not None else []:
        if not item.isVisible():
            continue
        if isinstance(item, QGraphicsTextItem):
            texts.append(item.toPlainText())
        if isinstance(item, pg.AxisItem) and item._tickLevels:
            texts += [text for level in item._tickLevels for _position, text in level]
    return texts


_READERS = (
    (QLabel, _label),
    (QAbstractButton, _button),
    (QGroupBox, _group),
    (QLineEdit, _line_edit),
    (QTextEdit, _text_edit),
    (QPlainTextEdit, _text_edit),
    (QComboBox, _combo),
    (QTabBar, _tab_bar),
    (QAbstractSpinBox, _spin),
    (QProgressBar, _progress),
    (QAbstractItemView, _item_view),
    (QGraphicsView, _graphics),
)
