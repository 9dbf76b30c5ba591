"""Read a report PDF page by page and check the page fitting's rules on it (for the page tests,
in process and under each font set-up).

The rules, as checked here:
- each district's section begins a page with the district's name as its first line; its
  charts (two, or one when the Monte Carlo gave none) lie on its pages, each on the page of its
  title; when its charts did not fit under its text even at their least size, they take the
  section's last page, which begins with "<name> (continued)";
- no page is an orphan: a page holding, apart from its page number, at most one line of text
  (a lone chart with its title, a lone credit line, or images alone);
- no page ends with a heading (a district's name or its "continued" heading, the top strategy
  line, the titles of the drivers, firmness and measures, the map's title, a section's title):
  what a heading heads is on its page (a chart's title is the last text of a page whose chart
  ends it: charts are checked to be on their titles' pages instead);
- the map's credit line is on the map's page.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader

from desktop.export.labels import labels

_PAGE_NUMBER = re.compile(r"\d+")
SECTION_TITLES = ("summary", "weights", "consistency", "alpha_change_points", "method", "sources")


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def page_lines(path: Path) -> list[list[str]]:
    """Each page's lines of text (pdftotext -layout), blank lines and the page number left out."""
    shown = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\f")[:-1]
    pages = []
    for text in shown:
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if lines and _PAGE_NUMBER.fullmatch(lines[-1]):
            lines.pop()
        pages.append(lines)
    return pages


def image_heights(reader: PdfReader) -> list[list[int]]:
    """Each page's images' heights in pixels."""
    found = []
    for page in reader.pages:
        objects = page["/Resources"].get("/XObject", {})
        images = [objects[n].get_object() for n in objects]
        found.append([int(i["/Height"]) for i in images if i["/Subtype"] == "/Image"])
    return found


@dataclass(frozen=True)
class Section:
    """A district's section as found in the PDF: its pages (from 0) and how many charts."""

    name: str
    pages: tuple[int, ...]
    charts: int


def district_sections(
    lines: list[list[str]], names: list[str], lang: str, images: list[list[int]]
) -> list[Section]:
    """The districts' sections, in order: from the page whose first line is the district's
    name up to the next page that begins with a heading of its own."""
    text = labels(lang)
    starts = [_page_starting_with(lines, name, after=0) for name in names]
    assert starts == sorted(starts), starts
    sections = []
    for index, (name, start) in enumerate(zip(names, starts, strict=True)):
        end = starts[index + 1] if index + 1 < len(names) else _next_section(lines, start, lang)
        pages = tuple(range(start, end))
        continued = squeezed(text["continued"].format(name=name))
        found = [
            (p, i) for p in pages for i, line in enumerate(lines[p]) if squeezed(line) == continued
        ]
        # the charts' own page, if any, is the section's last and begins with that heading
        assert found in ([], [(pages[-1], 0)]), (name, found)
        sections.append(Section(name, pages, sum(len(images[p]) for p in pages)))
    return sections


def _page_starting_with(lines: list[list[str]], heading: str, after: int) -> int:
    wanted = squeezed(heading)
    return next(i for i in range(after, len(lines)) if lines[i] and squeezed(lines[i][0]) == wanted)


def _next_section(lines: list[list[str]], start: int, lang: str) -> int:
    """The first page after start that begins another part: not the district's continued page."""
    text = labels(lang)
    titles = {squeezed(text[k]) for k in ("weights", "panel_resampling")}
    return next(i for i in range(start + 1, len(lines)) if squeezed(lines[i][0]) in titles)


def headings(lang: str, names: list[str]) -> set[str]:
    """The texts (squeezed) that are headings in the report."""
    text = labels(lang)
    found = {squeezed(text[k]) for k in SECTION_TITLES}
    found |= {squeezed(text[k]) for k in ("drivers", "firmness", "measures", "map_title")}
    for name in names:
        found |= {squeezed(name), squeezed(text["continued"].format(name=name))}
    return found


def ends_with_heading(page: list[str], lang: str, names: list[str]) -> bool:
    """Whether page's last line is a heading (or the first line of one that wraps), or the
    top strategy's heading line."""
    if not page:
        return False
    last = squeezed(page[-1])
    top = squeezed(labels(lang)["top_strategy"] + ":")
    return last.startswith(top) or any(
        h == last or h.startswith(last) for h in headings(lang, names)
    )


def orphans(lines: list[list[str]]) -> list[int]:
    """Pages holding at most one line of text apart from their page number."""
    return [index for index, page in enumerate(lines) if len(page) <= 1]
