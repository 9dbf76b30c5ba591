"""Keyboard only and small screens: Tab order without traps, Enter in the matrix, tab keys,
the window's geometry, and nothing squeezed out of sight at 1366×768 or scale factor 2."""

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTableView, QWidget

from desktop import settings
from desktop.views.indicator_value_dialog import IndicatorValueDialog
from desktop.window_geometry import first_rect, fit_rect

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
SIZES = ((1366, 768), (960, 540))  # 960×540: 1920×1080 at scale factor 2
MIN_PLOT = 120


@pytest.fixture
def active(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def focus():
    return QApplication.focusWidget()


def tab_round(window, limit=200) -> list[QWidget]:
    """Tab from the hierarchy tree until the focus is back there; fails on a trap."""
    window.hierarchy.setFocus()
    seen = []
    for _ in range(limit):
        QTest.keyClick(focus(), Qt.Key.Key_Tab)
        if focus() is window.hierarchy:
            return seen
        seen.append(focus())
    pytest.fail(f"Tab never came back to the tree: stuck in {seen[-3:]}")


def make_inconsistent(window) -> None:
    """The goal node judged circularly, so that the disturbance table shows rows."""
    editor = window.judgments
    first, second, third = editor.rows[:3]
    for row, step in ((first, 4), (second, -4), (third, 4)):
        row.slider.setValue(step)


def controls_of(page: QWidget) -> list[QWidget]:
    return [
        w
        for w in page.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
    ]


@pytest.mark.parametrize("pairwise", [False, True])
def test_tab_reaches_every_control_and_leaves_every_table(active, qtbot, pairwise):
    make_inconsistent(active)
    active.effectiveness.pairwise.setChecked(pairwise)
    for index in range(active.tabs.count()):
        active.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        page = active.tabs.widget(index)
        seen = tab_round(active)
        missed = [w for w in controls_of(page) if w not in seen]
        assert not missed, (active.tabs.tabText(index), missed)


def test_tab_enters_the_matrix_and_leaves_the_disturbance_table(active, qtbot):
    make_inconsistent(active)
    editor = active.judgments
    assert editor.consistency.worst.isVisible()
    seen = tab_round(active)
    assert editor.matrix in seen
    assert editor.consistency.worst in seen  # reached, and Tab went on to the tree after it
    assert seen.index(editor.matrix) > seen.index(editor.rows[-1].missing)


def test_enter_commits_and_keeps_the_cell_for_arrows_and_typing(active, qtbot):
    editor = active.judgments
    matrix = editor.matrix
    matrix.setFocus()
    matrix.setCurrentIndex(matrix.model().index(0, 1))
    QTest.keyClicks(matrix, "3")
    qtbot.wait(10)  # the cell's editor opens and takes the focus
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(10)
    judgments = editor.target.judgments(active.document)
    items = judgments.items
    assert judgments.value(items[0], items[1]) == 3
    assert (matrix.currentIndex().row(), matrix.currentIndex().column()) == (0, 1)
    assert focus() is matrix
    QTest.keyClick(matrix, Qt.Key.Key_Right)
    QTest.keyClicks(matrix, "1")  # opens the cell's editor, which takes the rest
    qtbot.wait(10)
    QTest.keyClicks(focus(), "/5")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Enter)
    qtbot.wait(10)
    judgments = editor.target.judgments(active.document)
    assert judgments.value(items[0], items[2]) == pytest.approx(0.2)
    assert (matrix.currentIndex().row(), matrix.currentIndex().column()) == (0, 2)


@pytest.mark.parametrize(
    "key, modifier, expected",
    [
        (Qt.Key.Key_PageDown, CTRL, 1),
        (Qt.Key.Key_Tab, CTRL, 1),
        (Qt.Key.Key_4, ALT, 3),
        (Qt.Key.Key_PageUp, CTRL, -1),
    ],
)
def test_tabs_switch_from_the_tree(active, key, modifier, expected):
    active.hierarchy.setFocus()
    QTest.keyClick(active.hierarchy, key, modifier)
    assert active.tabs.currentIndex() == expected % active.tabs.count()


def test_tab_keys_are_shown_in_the_view_menu(active):
    keys = active.tab_keys
    assert "Ctrl+PgDown" in [k.toString() for k in keys.next.shortcuts()]
    assert len(keys.numbered) == active.tabs.count()
    assert keys.numbered[3].text() == active.tabs.tabText(3)
    assert "Alt+4" in active.tabs.tabToolTip(3)


def test_ctrl_pagedown_from_a_table_moves_the_focus_into_the_new_tab(active):
    active.judgments.matrix.setFocus()
    QTest.keyClick(focus(), Qt.Key.Key_PageDown, CTRL)
    assert active.tabs.currentIndex() == 1
    assert active.effectiveness.isAncestorOf(focus())


@pytest.mark.parametrize(
    "rect, expected",
    [
        (QRect(3000, 2000, 800, 600), QRect(566, 168, 800, 600)),  # from a vanished monitor
        (QRect(-500, -300, 2500, 1400), QRect(0, 0, 1366, 768)),  # larger than the screen
        (QRect(100, 50, 800, 600), QRect(100, 50, 800, 600)),
    ],
)  # fits: kept
def test_remembered_geometry_is_fitted_into_the_screen(rect, expected):
    assert fit_rect(rect, QRect(0, 0, 1366, 768)) == expected


def test_first_start_fits_the_default_size_to_a_small_screen():
    rect = first_rect(QSize(1280, 800), QRect(0, 0, 1366, 728))
    assert rect.height() <= 728 and rect.width() <= 1280
    assert QRect(0, 0, 1366, 728).contains(rect)


def test_restore_geometry_clamps_a_geometry_from_a_larger_screen(window):
    window.resize(4000, 3000)
    window.move(5000, 4000)
    settings.put("window/geometry", window.saveGeometry())
    window.restore_geometry()
    available = QGuiApplication.primaryScreen().availableGeometry()
    assert available.contains(QRect(window.pos(), window.size()))


def test_first_start_opens_within_the_screen(window):
    window.restore_geometry()  # nothing stored
    available = QGuiApplication.primaryScreen().availableGeometry()
    assert available.contains(QRect(window.pos(), window.size()))


def rows_in_sight(table: QTableView) -> int:
    model = table.model()
    height = table.viewport().height()
    return sum(
        1
        for row in range(model.rowCount())
        if table.rowViewportPosition(row) + table.rowHeight(row) <= height
    )


@pytest.fixture(params=SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def small(request, window, qtbot):
    window.resize(*request.param)
    qtbot.wait(20)
    assert window.width() <= request.param[0]  # the window can be that small at all
    return window


def show(window, qtbot, view):
    window.tabs.setCurrentWidget(view)
    qtbot.wait(20)


def test_matrices_show_every_row_at_small_sizes(small, qtbot):
    show(small, qtbot, small.judgments)
    matrix = small.judgments.matrix
    assert rows_in_sight(matrix) == matrix.model().rowCount()
    small.hierarchy.select("L1")
    qtbot.wait(20)
    header = matrix.horizontalHeader()
    for column in range(header.count()):  # "Scale of e-commerce", never cut
        assert header.sectionSize(column) >= header.sectionSizeFromContents(column).width()


def test_strategy_pairwise_matrix_shows_every_strategy(small, qtbot):
    view = small.effectiveness
    show(small, qtbot, view)
    view.pairwise.setChecked(True)
    qtbot.wait(20)
    strategies = len(small.document.model.strategies)
    assert rows_in_sight(view.editor.matrix) == strategies
    assert rows_in_sight(view.table) == strategies
    assert str(strategies) in view.pairwise.text()


def test_ranking_tables_and_chart_keep_their_room(small, qtbot):
    view = small.ranking
    show(small, qtbot, view)
    strategies = len(small.document.model.strategies)
    assert rows_in_sight(view.ranking) == strategies
    assert rows_in_sight(view.overview) == strategies
    assert view.chart.plot.vb.height() >= MIN_PLOT
    assert view.chart.legend.sceneBoundingRect().right() <= view.chart.width()  # legend whole
    assert view.ranking.columnWidth(1) >= 150  # the strategy names keep two readable lines
    # No sideways scrolling of the page, once the layout has settled.
    qtbot.waitUntil(lambda: view.width() <= view.parentWidget().width(), timeout=2000)


def test_indicator_rows_in_sight(small, qtbot):
    show(small, qtbot, small.indicators)
    assert rows_in_sight(small.indicators.table) >= 5
    assert rows_in_sight(small.indicators.need_table) == len(small.document.model.criteria)


def test_monte_carlo_and_sweep_charts_keep_a_readable_plot(small, qtbot):
    show(small, qtbot, small.sensitivity_tab)
    view = small.sensitivity_tab.view
    for page, charts in (
        (view.gradient, [view.gradient.chart]),
        (view.monte_carlo, [view.monte_carlo.acceptability, view.monte_carlo.intervals]),
    ):
        view.pages.setCurrentWidget(page)
        if page is view.monte_carlo:  # its charts get axis names once the run has finished
            qtbot.waitUntil(lambda page=page: page.result is not None, timeout=20000)
        # The charts' minimum heights follow their axes a moment after a redraw (PlotRoom):
        # what counts is the layout once it has settled, not the frame in between.
        try:
            qtbot.waitUntil(
                lambda charts=charts: all(c.plot.vb.height() >= MIN_PLOT for c in charts),
                timeout=2000,
            )
        except qtbot.TimeoutError:
            heights = {type(c).__name__: c.plot.vb.height() for c in charts}
            pytest.fail(f"plots below {MIN_PLOT} px once settled: {heights}")


def test_tree_names_are_whole_at_1366(window, qtbot):
    window.resize(1366, 768)
    qtbot.wait(20)
    tree = window.hierarchy
    assert tree.columnWidth(0) >= tree.sizeHintForColumn(0)


def test_ranking_charts_name_the_strategies(window, qtbot):
    show(window, qtbot, window.ranking)
    model = window.document.model
    ticks = window.ranking.chart.name_ticks.given
    first = model.strategy(model.strategy_ids[0]).name.get("en")
    assert any(first in text for _x, text in ticks)


@pytest.mark.parametrize("value, source", [("abc", "bureau"), ("12", "")])
def test_missing_value_dialog_shows_its_problem_above_the_buttons(qtbot, value, source):
    dialog = IndicatorValueDialog("Online retail sales — Gaoming", value, source, True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.findChild(QDialogButtonBox).accepted.emit()
    qtbot.wait(10)
    problem, buttons = dialog.problem, dialog.findChild(QDialogButtonBox)
    assert problem.text()
    assert problem.geometry().bottom() < buttons.geometry().top()
    assert problem.height() >= problem.heightForWidth(problem.width())


def test_enter_on_an_indicator_cell_opens_its_value_dialog(active, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(
        IndicatorValueDialog, "exec", lambda dialog: opened.append(dialog.windowTitle()) or 0
    )
    view = active.indicators
    show(active, qtbot, view)
    model = view.model
    cell = next(
        model.index(row, column)
        for row in range(model.rowCount())
        for column in range(model.columnCount())
        if model.editable_cell(model.index(row, column)) is not None
    )
    view.table.setFocus()
    view.table.setCurrentIndex(cell)
    QTest.keyClick(view.table, Qt.Key.Key_Return)
    assert len(opened) == 1


def test_a_language_switch_refits_the_district_box_and_the_tree(window, qtbot, language):
    """Names change length with the language: the boxes and the tree follow (found in a walk:
    after 中文 → English the district box read "Chancl" and the tree cut its names)."""
    window.resize(1366, 740)
    language.set("zh")
    show(window, qtbot, window.ranking)
    language.set("en")
    qtbot.wait(20)
    combo = window.ranking.district
    assert combo.width() > combo.fontMetrics().horizontalAdvance(combo.currentText())
    assert window.hierarchy_dock.width() == window._dock_width()
    language.set("zh")
    qtbot.wait(20)
    assert window.hierarchy_dock.width() == window._dock_width()
