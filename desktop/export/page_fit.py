"""Fit the report's figures and headings to its printed pages, measured on the layout that
QTextDocument.print_ will make (export/printed_layout.py), not guessed.

A figure group (a district's charts with their titles, the overview's map with its title and
credit) stays on one page. It keeps its natural size where the text before it ends when it fits
there; else its images shrink, all by the same share of what they may give, down to their
readable least; else the group starts a page of its own (under a heading that names whose it
is, if it has one) and grows there to at most its "alone" size. A heading never ends a page
with what it heads on the next: it then begins the next page itself.
Each section of the report begins a page, so a change in one section moves no other.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtGui import QImage, QPagedPaintDevice, QTextBlock, QTextDocument

from desktop.export.document_edits import break_before, heading_before, set_height
from desktop.export.printed_layout import (
    Pages,
    blocks,
    bottom,
    endless_layout,
    image_blocks,
    printed_layout,
    starts_a_page,
    top,
)

SLACK = 2.0  # document pixels kept free under a fitted group: shown heights are whole pixels
ROUNDS = 8  # layouts at most; each round settles headings or groups, nearly always in two


@dataclass(frozen=True)
class Figure:
    """An image of the document whose height the fitting chooses (in document pixels)."""

    name: str
    natural: float  # the height it is built with and keeps when the page has room
    least: float  # below this its labels crowd
    alone: float  # the most it grows to on a page of its own
    draw: Callable[[float], QImage]  # the image for a height (drawn once fitted)


@dataclass(frozen=True)
class FigureGroup:
    """Figures kept on one page with the text between and after them (titles, a credit)."""

    figures: tuple[Figure, ...]
    heading: str | None = None  # begins the group's own page (None: the group begins it)


@dataclass
class Placement:
    """What the fitting decided for a group."""

    heights: tuple[float, ...]
    own_page: bool = False
    fixed: float = 0.0  # device units the group's text and spacing take, whatever the images
    settled: bool = False  # planned once: from now on only what the layout shows changes it


def fit_pages(
    document: QTextDocument, device: QPagedPaintDevice, groups: Sequence[FigureGroup]
) -> dict[str, float]:
    """Fit document (built with every figure shown at its natural height) for printing on
    device; return the height each figure is shown at, by name (the images are to be drawn
    for them afterwards)."""
    laid = _laid(printed_layout(document, device), device)
    placements = _natural_placements(document, device, laid, groups)
    for _ in range(ROUNDS):
        # headings first: they move the text the groups follow
        if not _keep_headings_with_text(document, laid.layout, laid.pages):
            # from the last group up: a heading put before one moves only the blocks after it
            ordered = sorted(groups, key=lambda g: -laid.images[_key(g)])
            moved = [_place(document, laid, g, placements[_key(g)]) for g in ordered]
            if not any(moved):
                break
        laid = _laid(printed_layout(document, device), device)
    return {
        figure.name: height
        for group in groups
        for figure, height in zip(group.figures, placements[_key(group)].heights, strict=True)
    }


def _key(group: FigureGroup) -> str:
    return group.figures[0].name


@dataclass(frozen=True)
class _Laid:
    """A layout, its pages and where its images are."""

    layout: QTextDocument
    pages: Pages
    images: dict[str, int]

    def block(self, name: str) -> QTextBlock:
        return self.layout.findBlockByNumber(self.images[name])


def _laid(layout: QTextDocument, device: QPagedPaintDevice) -> _Laid:
    return _Laid(layout, Pages.of(layout, device), image_blocks(layout))


def _natural_placements(
    document: QTextDocument, device: QPagedPaintDevice, laid: _Laid, groups: Sequence[FigureGroup]
) -> dict[str, Placement]:
    """Each group at its natural heights, with the height of its text measured where the
    printed layout has it on one page, else (a page break inside it adds a gap) on one
    endless page, laid out only then."""
    fixed = {_key(g): _fixed(laid, g) for g in groups if _on_one_page(laid, g)}
    if len(fixed) < len(groups):
        endless = _laid(endless_layout(document, device), device)
        fixed |= {_key(g): _fixed(endless, g) for g in groups if _key(g) not in fixed}
    return {
        _key(g): Placement(tuple(f.natural for f in g.figures), fixed=fixed[_key(g)])
        for g in groups
    }


def _on_one_page(laid: _Laid, group: FigureGroup) -> bool:
    before, _, last = _bounds(laid.block, group, False)
    pages = laid.pages
    return pages.index(bottom(laid.layout, before)) == pages.index(bottom(laid.layout, last))


def _fixed(laid: _Laid, group: FigureGroup) -> float:
    """The group's height in an endless layout without its images: titles, credit, spacing."""
    before, _, last = _bounds(laid.block, group, False)
    images = sum(f.natural for f in group.figures) * laid.pages.scale
    return bottom(laid.layout, last) - bottom(laid.layout, before) - images


def _bounds(
    block_of: Callable[[str], QTextBlock], group: FigureGroup, own_page: bool
) -> tuple[QTextBlock, QTextBlock, QTextBlock]:
    """The block before the group, the group's first block (its heading on a page of its own,
    else the first figure's title) and its last (the one before the next page begins)."""
    first = block_of(group.figures[0].name).previous()
    if own_page and group.heading is not None:
        first = first.previous()
    last = block_of(group.figures[-1].name)
    while last.next().isValid() and not starts_a_page(last.next()):
        last = last.next()
    return first.previous(), first, last


def _section_start(block: QTextBlock) -> QTextBlock:
    while block.previous().isValid() and not starts_a_page(block):
        block = block.previous()
    return block


def _place(document: QTextDocument, laid: _Laid, group: FigureGroup, placement: Placement) -> bool:
    """Decide the group's heights and page from layout and put them into document; whether
    anything changed. Planned once from the room measured; a plan that the layout then shows
    not to fit gives up room by what it lacked (by a page of its own, or by smaller images)."""
    layout, pages, scale = laid.layout, laid.pages, laid.pages.scale
    before, first, last = _bounds(laid.block, group, placement.own_page)
    slack = SLACK * scale
    heading = _heading_height(layout, pages, first) if group.heading is not None else 0.0
    alone = (pages.room - heading - slack - placement.fixed) / scale
    if not placement.settled:
        anchor = bottom(layout, before)
        here = (pages.end(pages.index(anchor)) - anchor - slack - placement.fixed) / scale
        heights, own_page = _heights(group, here, alone)
    elif _fits(layout, pages, placement, before, first, last):
        return False
    elif placement.own_page:
        start = pages.index(top(layout, first))
        lacking = (bottom(layout, last) - pages.end(start)) / scale
        heights, own_page = _fill(group, sum(placement.heights) - lacking), True
    else:
        heights, own_page = _fill(group, alone), True
    placement.settled = True
    if heights == placement.heights and own_page == placement.own_page:
        return False
    _apply(document, laid, group, placement, (heights, own_page))
    return True


def _fits(layout, pages: Pages, placement: Placement, before, first, last) -> bool:
    """Whether the group ends on the page where it should: the one its text before ends on,
    or on a page of its own, the one it begins."""
    start = top(layout, first) if placement.own_page else bottom(layout, before)
    return bottom(layout, last) <= pages.end(pages.index(start)) + 1e-6


def _heading_height(layout: QTextDocument, pages: Pages, block: QTextBlock) -> float:
    """How far down its page the section's first block (the heading a group's own page
    repeats) ends."""
    start = _section_start(block)
    return bottom(layout, start) - pages.start(pages.index(top(layout, start)))


def _heights(group: FigureGroup, here: float, alone: float) -> tuple[tuple[float, ...], bool]:
    """The figures' heights (document pixels) and whether on a page of their own: room here
    for at least their least, else a page with room alone."""
    natural = [f.natural for f in group.figures]
    least = [f.least for f in group.figures]
    if sum(least) <= here:
        return _between(least, natural, here), False
    return _fill(group, alone), True


def _fill(group: FigureGroup, total: float) -> tuple[float, ...]:
    """Heights that fill total on a page of their own: natural and up towards alone when it
    holds them, else down towards least."""
    natural = [f.natural for f in group.figures]
    if sum(natural) <= total:
        return _between(natural, [f.alone for f in group.figures], total)
    return _between([f.least for f in group.figures], natural, total)


def _between(low: Sequence[float], high: Sequence[float], total: float) -> tuple[float, ...]:
    """Heights from low towards high, each by the same share of its span, summing to at most
    total (low when even that is more), in whole pixels."""
    span = sum(high) - sum(low)
    share = 1.0 if span <= 0 else min(max((total - sum(low)) / span, 0.0), 1.0)
    return tuple(float(math.floor(a + (b - a) * share)) for a, b in zip(low, high, strict=True))


def _apply(
    document: QTextDocument,
    laid: _Laid,
    group: FigureGroup,
    placement: Placement,
    decided: tuple[tuple[float, ...], bool],
) -> None:
    """Put the decided heights and page into document (whose blocks are numbered as laid's
    until a heading is put in: groups are applied from the last up)."""
    heights, own_page = decided
    for figure, old, new in zip(group.figures, placement.heights, heights, strict=True):
        if new != old:
            set_height(document.findBlockByNumber(laid.images[figure.name]), figure.name, new)
    if own_page and not placement.own_page:
        title = document.findBlockByNumber(laid.images[group.figures[0].name]).previous()
        if group.heading is None:
            break_before(title)
        else:
            heading_before(title, _section_start(title), group.heading)
    placement.heights, placement.own_page = heights, own_page


def _keep_headings_with_text(document: QTextDocument, layout: QTextDocument, pages: Pages) -> bool:
    """Make each heading that ends a page with what it heads on the next (and the headings
    right above it) begin that page; one per section a round, as each moves the rest of its
    section. Whether any moved."""
    moved, sections, section = False, set(), 0
    for block in blocks(layout):
        if starts_a_page(block):
            section = block.blockNumber()
        if section in sections or not _stranded(layout, pages, block):
            continue
        start = block
        while start.previous().isValid() and start.previous().blockFormat().headingLevel():
            start = start.previous()
        if _heads_its_page(layout, pages, start):
            continue  # already at a page's top: moving it gains nothing
        break_before(document.findBlockByNumber(start.blockNumber()))
        moved = True
        sections.add(section)
    return moved


def _stranded(layout: QTextDocument, pages: Pages, block: QTextBlock) -> bool:
    """A heading whose next block (in its section) begins on a later page than it ends."""
    following = block.next()
    if not block.blockFormat().headingLevel() or not following.isValid():
        return False
    if starts_a_page(following):
        return False
    return pages.index(top(layout, following)) > pages.index(bottom(layout, block))


def _heads_its_page(layout: QTextDocument, pages: Pages, block: QTextBlock) -> bool:
    """Whether nothing but its own top margin is above block on its page."""
    above = top(layout, block) - pages.start(pages.index(top(layout, block)))
    return starts_a_page(block) or above <= (block.blockFormat().topMargin() + 1) * pages.scale
