"""The one map drawing of the window and the PDF: the top-strategy look and the legend's room."""

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetrics

from desktop.map_painting import LEGEND_SHARE, MapLook, map_room, top_strategy_look
from desktop.palette import colour_code

STRATEGIES = [("S1", "S1 first"), ("S2", "S2 second"), ("S3", "S3 third")]


def test_each_district_takes_its_top_strategys_catalogue_colour():
    look = top_strategy_look({"a": "S3", "b": "S1", "c": "S3"}, STRATEGIES, {"a": "A"}, "Top")
    assert look.fills == {"a": colour_code(2), "b": colour_code(0), "c": colour_code(2)}
    assert look.names == {"a": "A"} and look.legend_title == "Top"


def test_the_legend_lists_only_the_strategies_on_top_in_catalogue_order():
    look = top_strategy_look({"a": "S3", "b": "S1"}, STRATEGIES, {}, "Top")
    assert look.legend == ((colour_code(0), "S1 first"), (colour_code(2), "S3 third"))


def test_a_long_legend_leaves_the_districts_their_share_of_the_width(qapp):
    metrics = QFontMetrics(QFont())
    room = QRectF(0, 0, 400, 300)
    long = MapLook(legend=(("#000000", "S1 " + "a very long strategy name " * 8),))
    short = MapLook(legend=(("#000000", "S1"),))
    assert map_room(room, long, metrics).width() == room.width() * (1 - LEGEND_SHARE)
    assert map_room(room, short, metrics).width() > room.width() * (1 - LEGEND_SHARE)
