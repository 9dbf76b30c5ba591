"""The PDF report under three font set-ups (WenQuanYi only, Noto CJK + DejaVu, both): the same
pages, each district's page with its two charts, and a text layer (pdftotext and pypdf) that
reads exactly the names: no Kangxi radicals, no ligatures, no lost digits, and planner text
whose bidi controls turn nothing around it.

Each set-up exports in a subprocess whose FONTCONFIG_FILE limits the fonts it sees; a set-up
whose fonts are not installed fails (CI installs them), it is never skipped.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.export.labels import labels
from strategies.district_map import load_district_map

from .font_setups import REPORT_FACE, SETUPS, fontconfig_file

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
RADICALS = re.compile("[\u2e80-\u2fdf]")  # CJK radicals supplement, Kangxi radicals
LIGATURES = re.compile("[\ufb00-\ufb06]")
WORD_BOX = re.compile(
    r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)">'
    r"([^<]*)</word>"
)
TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T[\d:]+Z?")
# An unterminated right-to-left override, stray isolates and marks, and Chinese whose glyphs
# Noto CJK shares with radicals (山, 一) or with CJK extension A (胶 with 㬵). A glyph can name
# one character only: a radical typed in the notes reads as its ideograph, so that the
# district names stay searchable.
NOTES = (
    "first \u202eline one\nsecond \u2067line 2\u200f\n"
    "third line 3 \u202bembedded\nversion 1.0.0 S1 fi fl ffi\n佛山 橡胶 一\ntyped ok ⼭ ⼀"
)
NOTE_LINES = [
    "first line one",
    "second line 2",
    "third line 3 embedded",
    "version 1.0.0 S1 fi fl ffi",
    "佛山 橡胶 一",
    "typed",
]


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """{set-up: folder with report-zh.pdf and report-en.pdf}, the set-ups run side by side."""
    root = tmp_path_factory.mktemp("font-setups")
    runs = {}
    for setup in SETUPS:
        folder = root / setup
        folder.mkdir()
        env = {
            **os.environ,
            "FONTCONFIG_FILE": str(fontconfig_file(setup, root)),
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": str(ROOT),
        }
        runs[setup] = (
            folder,
            subprocess.Popen(
                [sys.executable, str(HERE / "pdf_in_font_setup.py"), str(folder), NOTES],
                cwd=ROOT,
                env=env,
                stderr=subprocess.PIPE,
                text=True,
            ),
        )
    for setup, (_, process) in runs.items():
        _, errors = process.communicate(timeout=300)
        assert process.returncode == 0, f"{setup}: {errors}"
    return {setup: folder for setup, (folder, _) in runs.items()}


@pytest.fixture(
    scope="module",
    params=[(s, lang) for s in SETUPS for lang in ("zh", "en")],
    ids=lambda p: f"{p[0]}-{p[1]}",
)
def report(request, exported, model):
    """(set-up, language, PdfReader, {extractor: text of each page}), extracted once; pypdf
    reads the cover, summary and district pages only (it takes seconds for the rest)."""
    setup, lang = request.param
    path = exported[setup] / f"report-{lang}.pdf"
    reader = PdfReader(path)
    pages = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout.split("\f")[: len(reader.pages)]
    return (
        setup,
        lang,
        reader,
        {
            "pdftotext": pages,
            "pypdf": [page.extract_text() for page in reader.pages[: 2 + len(model.districts)]],
        },
    )


def _embedded_fonts(reader: PdfReader) -> set[str]:
    return {
        str(font.get_object()["/BaseFont"]).lstrip("/")
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }


def test_each_setup_draws_with_its_own_font(report):
    setup, _, reader, _ = report
    fonts = _embedded_fonts(reader)
    assert any(name.startswith(REPORT_FACE[setup]) for name in fonts), fonts
    other = {"WenQuanYiMicroHei", "NotoSansCJK"} - {
        REPORT_FACE[setup][: len("NotoSansCJK")],
        REPORT_FACE[setup],
    }
    assert not any(name.startswith(tuple(other)) for name in fonts), fonts


def test_every_setup_gives_the_same_pages(exported):
    for lang in ("zh", "en"):
        counts = {
            setup: len(PdfReader(folder / f"report-{lang}.pdf").pages)
            for setup, folder in exported.items()
        }
        assert len(set(counts.values())) == 1, (lang, counts)


def _latin_word_places(path: Path) -> list[tuple[int, float, float, str]]:
    """(page, left, baseline, word) of each ASCII word (all drawn in the shipped Latin face),
    but the time the report was made."""
    xml = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    places = []
    for number, page in enumerate(xml.split("<page ")[1:]):
        for left, bottom, word in WORD_BOX.findall(page):
            if word.isascii() and not TIMESTAMP.fullmatch(word):
                places.append((number, round(float(left), 1), round(float(bottom), 1), word))
    return sorted(places)


def test_every_setup_lays_out_alike(exported):
    """Not only the page count: every Latin word sits at the same place with each CJK font."""
    for lang in ("zh", "en"):
        places = {
            setup: _latin_word_places(folder / f"report-{lang}.pdf")
            for setup, folder in exported.items()
        }
        assert len(places["wqy"]) > 300
        for setup, found in places.items():
            assert found == places["wqy"], (lang, setup, set(found) ^ set(places["wqy"]))


def _image_count(page) -> int:
    """Images the page draws (counted, not decoded as page.images would)."""
    objects = page["/Resources"].get("/XObject", {})
    return sum(objects[name].get_object()["/Subtype"] == "/Image" for name in objects)


def test_each_district_page_keeps_its_two_charts(report, model):
    _, lang, reader, texts = report
    pages = texts["pdftotext"]
    districts = model.districts
    for index, district in enumerate(districts, start=2):
        assert pages[index].lstrip().startswith(district.name.get(lang))
        assert _image_count(reader.pages[index]) == 2
    assert _image_count(reader.pages[2 + len(districts)]) == 0  # no chart spilled over


@pytest.mark.parametrize("extractor", ["pdftotext", "pypdf"])
def test_text_layer_reads_the_names_exactly(report, model, extractor):
    _, lang, _, texts = report
    text = "".join(texts[extractor])
    assert not RADICALS.findall(text)
    assert not LIGATURES.findall(text)
    assert not re.search("[\x00\t]", text)  # fonts draw tab and space alike: spaces stay spaces
    squeezed = _squeezed(text)
    for item in (*model.districts, *model.strategies):
        assert _squeezed(item.name.get(lang)) in squeezed
    for strategy in model.strategies:  # the digit of each id and its name together
        assert _squeezed(f"{strategy.id} {strategy.name.get(lang)}") in squeezed
    assert _squeezed(labels(lang)["title"]) in squeezed
    assert (
        _squeezed(
            labels(lang)["model_version"].format(name=model.name.get(lang), version=model.version)
        )
        in squeezed
    )


@pytest.mark.parametrize("extractor", ["pdftotext", "pypdf"])
def test_digits_survive_on_the_cover(report, extractor):
    _, _, _, texts = report
    squeezed = _squeezed(texts[extractor][0])
    assert "1.0.0S1fifl" in squeezed  # the notes' digits and letters, no ligature
    assert re.search(r"\d{4}-\d{2}-\d{2}", squeezed)  # the date the report was made


@pytest.mark.parametrize("extractor", ["pdftotext", "pypdf"])
def test_bidi_controls_in_notes_reverse_nothing(report, extractor):
    _, _, _, texts = report
    text = _squeezed(texts[extractor][0])
    found = [text.index(_squeezed(line)) for line in NOTE_LINES]
    assert found == sorted(found)  # every line whole, in order, none turned around


@pytest.mark.parametrize("extractor", ["pdftotext", "pypdf"])
def test_a_typed_radical_reads_as_the_ideograph_that_shares_its_glyph(report, extractor):
    setup, _, _, texts = report
    # Noto CJK draws ⼭ as 山; WenQuanYi has no radicals: a box, read as U+FFFD (it was U+0000,
    # at which pdftotext cut the line off). At the line's end, so that the boxes' other width
    # moves no Latin word.
    expected = "typedok山一" if REPORT_FACE[setup].startswith("Noto") else "typedok\ufffd\ufffd"
    assert expected in _squeezed(texts[extractor][0])


def test_the_overview_page_keeps_the_map_and_its_credit(report, model):
    _, lang, reader, texts = report
    overview = texts["pdftotext"][1]
    credit = labels(lang)["map_credit"].format(credit=load_district_map(model).credit(lang))
    assert _squeezed(credit) in _squeezed(overview)
    assert _image_count(reader.pages[1]) == 1
