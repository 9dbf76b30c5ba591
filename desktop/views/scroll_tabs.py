"""Tabs whose pages scroll when the window is smaller than a page needs, instead of squeezing
its tables and charts until rows and plots vanish (1366×768, or scale factor 2 on 1920×1080).

Each page sits in a frameless scroll area; the tab widget's methods take and give the views
themselves, so callers never see the scroll areas.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHeaderView, QScrollArea, QTableView, QTabWidget, QWidget


class ScrollTabs(QTabWidget):
    def addTab(self, view: QWidget, title: str) -> int:
        page = QScrollArea()
        page.setWidgetResizable(True)
        page.setFrameShape(QFrame.Shape.NoFrame)
        page.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the view's controls take the focus
        page.setWidget(view)
        return super().addTab(page, title)

    def widget(self, index: int) -> QWidget | None:
        page = super().widget(index)
        return page.widget() if isinstance(page, QScrollArea) else page

    def currentWidget(self) -> QWidget | None:
        return self.widget(self.currentIndex())

    def indexOf(self, view: QWidget) -> int:
        for index in range(self.count()):
            if self.widget(index) is view:
                return index
        return -1

    def setCurrentWidget(self, view: QWidget) -> None:
        self.setCurrentIndex(self.indexOf(view))


def fit_columns(table: QTableView) -> None:
    """Stretched columns that never get narrower than their header or cells: the table scrolls
    sideways in a narrow window instead of cutting a name to "Scale of e-comme"."""
    header = table.horizontalHeader()
    widths = [
        max(header.sectionSizeFromContents(column).width(), table.sizeHintForColumn(column))
        for column in range(header.count())
    ]
    header.setMinimumSectionSize(max(widths, default=header.defaultSectionSize()))


def show_rows(table: QTableView, rows: int) -> None:
    """Make table at least tall enough for its header, rows rows and a horizontal scroll bar."""
    header = table.horizontalHeader()
    header_height = 0 if header.isHidden() else header.sizeHint().height()
    shown = min(rows, table.model().rowCount())
    sized_to_contents = (
        table.verticalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.ResizeToContents
        if shown
        else False
    )
    least = table.verticalHeader().minimumSectionSize()
    row_height = sum(
        max(table.sizeHintForRow(row), least) if sized_to_contents else table.rowHeight(row)
        for row in range(shown)
    )
    scroll_bar = table.horizontalScrollBar().sizeHint().height()
    table.setMinimumHeight(header_height + row_height + scroll_bar + 2 * table.frameWidth())
