"""The PDF report's fonts: a shipped Latin face, then a CJK family chosen by name; text drawn
from the fonts' cmap glyphs.

The Latin face (resources/fonts: DejaVu Sans cut to Latin, Greek and symbols, renamed as its
licence asks) gives letters and digits the same widths on every machine, and CJK ideographs
are one em wide in every CJK font, so lines wrap alike whichever CJK font is installed.

Why the glyphs matter for the text layer: Qt's PDF writer maps each glyph back to a character
by searching the font's cmap for the lowest code point that reaches it. Whatever glyph shaping
substitutes (ligatures "fi" → ﬁ, Noto CJK's Chinese ``locl`` digits) has no such entry and
drops out of the extracted text or reads as a ligature, so shaping and those features are off.
Glyphs shared by several code points (Noto CJK draws 山 and the Kangxi radical ⼭ alike) are
put right afterwards by ``desktop.export.text_layer`` with the aliases found here.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from functools import cache
from importlib import resources

from PySide6.QtGui import QFont, QFontDatabase, QRawFont

from desktop.i18n import choose_cjk_font

POINT_SIZE = 9
LATIN_FAMILY = "Cluster Report Sans"
_LATIN_FILE = "ClusterReportSans-Regular.ttf"
# Features that replace the glyphs of plain characters by others the cmap does not name.
_SUBSTITUTING_FEATURES = ("liga", "clig", "dlig", "hlig", "calt", "locl", "rlig")
_SEPARATORS = "\u2028\u2029"  # line and paragraph ends of the document's plain text


@cache
def _add_latin_face() -> None:
    """Make the shipped Latin face known to Qt (once; a Qt application must exist)."""
    data = (resources.files("resources") / "fonts" / _LATIN_FILE).read_bytes()
    QFontDatabase.addApplicationFontFromData(data)


def report_font(point_size: float = POINT_SIZE) -> QFont:
    """The body font of both languages: the Latin face, then a CJK family; not shaped."""
    _add_latin_face()
    font = QFont()
    chosen = choose_cjk_font(int(point_size))
    font.setFamilies([LATIN_FAMILY] + ([chosen.family()] if chosen is not None else []))
    font.setPointSizeF(point_size)
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    for feature in _SUBSTITUTING_FEATURES:
        font.setFeature(QFont.Tag(feature), 0)
    return font


def report_faces(font: QFont) -> list[QRawFont]:
    """The faces the report draws its text with: each family's regular one (the report has no
    bold: a family without a bold face gets bold drawn twice, and bold in one set-up only
    would wrap lines differently)."""
    faces = []
    for family in font.families():
        face = QFont(family)
        face.setPointSizeF(font.pointSizeF())
        faces.append(QRawFont.fromFont(face))
    return [face for face in faces if face.isValid()]


def _preferred(counts: Counter[str]):
    """Sort key: a character that is its own compatibility form (山, not the radical ⼭)
    first, then the one the text holds most often."""
    return lambda c: (unicodedata.normalize("NFKC", c) == c, counts[c])


def glyph_aliases(faces: list[QRawFont], text: str) -> dict[str, str]:
    """{character the PDF would name: character of text} for each glyph of faces that text
    reaches and a lower code point reaches too (Qt searches the BMP only)."""
    counts = Counter(
        c
        for c in text
        if ord(c) < 0x10000 and unicodedata.category(c)[0] != "C" and c not in _SEPARATORS
    )
    if not counts:
        return {}
    highest = max(ord(c) for c in counts)
    # from 0: fonts draw tab and space alike, and Qt then names every space a tab
    candidates = "".join(chr(c) for c in range(highest + 1) if not 0xD800 <= c < 0xE000)
    aliases: dict[str, str] = {}
    for face in faces:
        glyph_of = dict(zip(candidates, face.glyphIndexesForString(candidates), strict=True))
        named: dict[int, str] = {}  # glyph → the lowest code point reaching it: what Qt names
        for character, glyph in glyph_of.items():
            named.setdefault(glyph, character)
        sharing: dict[int, list[str]] = defaultdict(list)
        for character in counts:
            if glyph_of[character]:  # 0: the face lacks it
                sharing[glyph_of[character]].append(character)
        for glyph, characters in sharing.items():
            best = max(characters, key=_preferred(counts))
            if best != named[glyph]:
                aliases[named[glyph]] = best
    return aliases
