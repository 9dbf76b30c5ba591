"""Chart export: PNG and SVG files by suffix, images at a chosen size, hidden charts laid out."""

import xml.etree.ElementTree as ElementTree

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage

from desktop.chart_export import ChartExportError, chart_image, export_chart
from desktop.sensitivity.acceptability_chart import AcceptabilityChart


@pytest.fixture
def chart(qtbot):
    chart = AcceptabilityChart()
    qtbot.addWidget(chart)
    percent = np.array([[70.0, 30.0], [30.0, 70.0]])
    chart.show_acceptability(percent, ["S1", "S2"], ["rank 1", "rank 2"], "Title", "%")
    chart.resize(400, 300)
    return chart


def test_png_by_suffix_is_a_valid_image(chart, tmp_path):
    path = export_chart(chart, tmp_path / "chart.PNG", 500, 320)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1000, 640)  # drawn at twice the pixels


def test_svg_by_suffix_is_a_drawing_with_the_title(chart, tmp_path):
    path = export_chart(chart, tmp_path / "chart.svg", 640, 400)
    root = ElementTree.parse(path).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 640 400"
    texts = "".join(element.text or "" for element in root.iter())
    assert "Title" in texts and "S2" in texts


def test_unknown_suffix_is_refused(chart, tmp_path):
    with pytest.raises(ChartExportError):
        export_chart(chart, tmp_path / "chart.jpg")


def test_hidden_chart_fills_the_size_asked_for(chart):
    assert not chart.isVisible()
    image = chart_image(chart, 900, 300)
    assert (image.width(), image.height()) == (900, 300)
    # The legend sits beside the plot at the right edge: the right tenth is not blank.
    right = {image.pixelColor(x, y).name() for x in range(810, 900) for y in range(0, 300, 5)}
    assert right != {QColor("white").name()}
    assert chart.size().width() == 400  # put back after drawing
