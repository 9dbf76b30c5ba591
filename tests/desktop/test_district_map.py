"""The map of the districts: each district drawn once where it lies, hover, click and keys."""

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from desktop.map_painting import MapLook
from desktop.views.district_map import DistrictMapView
from strategies.district_map import load_district_map


@pytest.fixture
def drawn(qtbot, model):
    view = DistrictMapView()
    qtbot.addWidget(view)
    view.set_outlines(load_district_map(model).projected())
    names = {d.id: d.name.get("en") for d in model.districts}
    tips = {d: f"{names[d]}: figures" for d in model.district_ids}
    view.show_look(MapLook({}, names, "legend", (("#000000", "a row"),)), tips)
    view.resize(640, 480)
    view.show()
    qtbot.waitExposed(view)
    return view


def centre(view, district):
    """Where the district's name is written: inside it, in widget coordinates."""
    return view.label_position(district)


def test_each_district_is_drawn_once_and_found_under_its_own_name(drawn, model):
    assert sorted(drawn.districts()) == sorted(model.district_ids)
    assert len(drawn.districts()) == len(set(drawn.districts()))
    for district in model.district_ids:
        assert drawn.district_at(centre(drawn, district)) == district
        assert drawn.rect().contains(centre(drawn, district).toPoint())


def test_districts_lie_where_they_belong_relative_to_each_other(drawn):
    position = {d: centre(drawn, d) for d in drawn.districts()}
    chancheng, sanshui = position["chancheng"], position["sanshui"]
    shunde, gaoming, nanhai = position["shunde"], position["gaoming"], position["nanhai"]
    assert sanshui.y() < nanhai.y() < chancheng.y()  # north is up: Sanshui at the top
    assert shunde.x() > chancheng.x() and shunde.y() > chancheng.y()  # Shunde south-east
    assert all(gaoming.x() < p.x() for d, p in position.items() if d != "gaoming")  # west
    assert all(gaoming.y() > p.y() for d, p in position.items() if d != "gaoming")  # south


def test_the_map_keeps_its_shape_in_a_tall_and_a_wide_widget(drawn, qtbot):
    def aspect():
        a, b = centre(drawn, "gaoming"), centre(drawn, "sanshui")
        return (b.x() - a.x()) / (a.y() - b.y())

    wide = aspect()
    drawn.resize(300, 700)
    qtbot.waitUntil(lambda: drawn.height() == 700)
    assert aspect() == pytest.approx(wide, rel=0.02)


def test_outside_every_district_there_is_none(drawn):
    assert drawn.district_at(QPointF(1, 1)) == ""


def test_hover_shows_the_district_name_and_figures(drawn, qtbot):
    point = centre(drawn, "shunde").toPoint()
    event = QHelpEvent(QEvent.Type.ToolTip, point, drawn.mapToGlobal(point))
    QApplication.sendEvent(drawn, event)
    qtbot.waitUntil(lambda: QToolTip.isVisible())
    assert QToolTip.text() == "Shunde: figures"
    QToolTip.hideText()


def test_hover_outside_the_districts_shows_nothing(drawn, qtbot):
    QToolTip.hideText()
    event = QHelpEvent(QEvent.Type.ToolTip, QPoint(1, 1), drawn.mapToGlobal(QPoint(1, 1)))
    QApplication.sendEvent(drawn, event)
    assert QToolTip.text() == "" or not QToolTip.isVisible()


def test_a_click_chooses_the_district_under_the_pointer(drawn, qtbot):
    with qtbot.waitSignal(drawn.district_chosen) as chosen:
        qtbot.mouseClick(drawn, Qt.MouseButton.LeftButton, pos=centre(drawn, "sanshui").toPoint())
    assert chosen.args == ["sanshui"]
    assert drawn.selected() == "sanshui"


def test_a_click_outside_chooses_nothing(drawn, qtbot):
    drawn.set_selected("nanhai")
    with qtbot.assertNotEmitted(drawn.district_chosen):
        qtbot.mouseClick(drawn, Qt.MouseButton.LeftButton, pos=QPoint(1, 1))
    assert drawn.selected() == "nanhai"


def test_setting_the_selection_from_outside_emits_nothing(drawn, qtbot):
    with qtbot.assertNotEmitted(drawn.district_chosen):
        drawn.set_selected("gaoming")
    assert drawn.selected() == "gaoming"


@pytest.mark.parametrize(
    ("start", "key", "expected"),
    [
        ("chancheng", Qt.Key.Key_Up, "nanhai"),
        ("chancheng", Qt.Key.Key_Down, "shunde"),
        ("nanhai", Qt.Key.Key_Up, "sanshui"),
        ("shunde", Qt.Key.Key_Left, "gaoming"),
        ("shunde", Qt.Key.Key_Down, "shunde"),  # nothing further south: stays
    ],
)
def test_arrow_keys_move_and_enter_chooses(drawn, qtbot, start, key, expected):
    drawn.setFocus()
    qtbot.waitUntil(drawn.hasFocus)
    drawn.set_selected(start)
    qtbot.keyClick(drawn, key)
    assert drawn.selected() == start  # moving is not choosing
    with qtbot.waitSignal(drawn.district_chosen) as chosen:
        qtbot.keyClick(drawn, Qt.Key.Key_Return)
    assert chosen.args == [expected]
    assert drawn.selected() == expected


def test_the_first_arrow_lands_on_a_district_when_none_is_chosen(drawn, qtbot, model):
    drawn.setFocus()
    qtbot.keyClick(drawn, Qt.Key.Key_Right)
    with qtbot.waitSignal(drawn.district_chosen) as chosen:
        qtbot.keyClick(drawn, Qt.Key.Key_Space)
    assert chosen.args == [model.district_ids[0]]


def test_the_map_takes_the_keyboard_focus(drawn):
    assert drawn.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_the_arrow_keys_lead_from_any_district_to_every_other(drawn, qtbot):
    drawn.setFocus()
    arrows = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)

    def step(start, key):
        drawn.set_selected(start)
        qtbot.keyClick(drawn, key)
        with qtbot.waitSignal(drawn.district_chosen) as chosen:
            qtbot.keyClick(drawn, Qt.Key.Key_Enter)
        return chosen.args[0]

    moves = {d: {step(d, key) for key in arrows} for d in drawn.districts()}
    for start in drawn.districts():
        reached, frontier = {start}, [start]
        while frontier:
            new = moves[frontier.pop()] - reached
            reached |= new
            frontier += new
        assert reached == set(drawn.districts()), start
