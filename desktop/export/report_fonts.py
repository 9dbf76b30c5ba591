"""The PDF report's font: one family chosen by name, text drawn from the font's cmap glyphs.

Why this matters for the text layer: Qt's PDF writer maps each glyph back to a character by
searching the font's cmap for the lowest code point that reaches it. Whatever glyph shaping
substitutes (ligatures "fi" → ﬁ, Noto CJK's Chinese ``locl`` digits) has no such entry and
drops out of the extracted text or reads as a ligature, so shaping and those features are off.
Glyphs shared by several code points (Noto CJK draws 山 and the Kangxi radical ⼭ alike) are
put right afterwards by ``desktop.export.text_layer`` with the aliases found here.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QRawFont

from desktop.i18n import choose_cjk_font

POINT_SIZE = 9
# Features that replace the glyphs of plain characters by others the cmap does not name.
_SUBSTITUTING_FEATURES = ("liga", "clig", "dlig", "hlig", "calt", "locl", "rlig")


def report_font(point_size: float = POINT_SIZE) -> QFont:
    """The body font of both languages: a CJK family (they cover Latin too), not shaped."""
    chosen = choose_cjk_font(int(point_size))
    font = QFont(chosen) if chosen is not None else QFont()
    font.setPointSizeF(point_size)
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    for feature in _SUBSTITUTING_FEATURES:
        font.setFeature(QFont.Tag(feature), 0)
    return font


def report_faces(font: QFont) -> list[QRawFont]:
    """The faces the report draws its text with: the family's regular and bold."""
    faces = []
    for bold in (False, True):
        face = QFont(font)
        face.setBold(bold)
        faces.append(QRawFont.fromFont(face))
    return [face for face in faces if face.isValid()]


def glyph_aliases(faces: list[QRawFont], text: str) -> dict[str, str]:
    """{character the PDF would name: character of text} for every character of text whose
    glyph a lower code point of the same face also reaches (only the BMP is searched)."""
    wanted = {c for c in set(text) if ord(c) < 0x10000}
    if not wanted:
        return {}
    highest = max(ord(c) for c in wanted)
    candidates = "".join(chr(c) for c in range(0x20, highest + 1) if not 0xD800 <= c < 0xE000)
    aliases: dict[str, str] = {}
    for face in faces:
        lowest: dict[int, str] = {}
        for character, glyph in zip(candidates, face.glyphIndexesForString(candidates),
                                    strict=True):
            lowest.setdefault(glyph, character)
        for character in wanted:
            glyph = face.glyphIndexesForString(character)[0]
            first = lowest.get(glyph) if glyph else None  # 0: the face lacks it
            if first not in (None, character) and first not in wanted:
                aliases[first] = character
    return aliases
