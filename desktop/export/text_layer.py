"""Put right the characters a PDF's text layer names for glyphs that several characters share.

Each embedded font carries a ToUnicode CMap: glyph code → the text it stands for. Qt writes
the lowest code point that reaches the glyph, so with Noto CJK the text 山 reads as the Kangxi
radical ⼭ (U+2F2D) and 胶 as 㬵; searching or copying the PDF then fails. Given the aliases
``desktop.export.report_fonts.glyph_aliases`` found, the CMaps are rewritten to name the
character the document really holds.
"""

from __future__ import annotations

import re
from io import BytesIO

from pypdf import PdfReader, PdfWriter

_RANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]*>|\[[^\]]*\])")
_PAIR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>")
_SECTION = re.compile(rb"begin(bfchar|bfrange)(.*?)end\1", re.DOTALL)
_HEADER = (
    b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
    b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
    b"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
    b"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
)
_FOOTER = b"endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
_PER_BLOCK = 100  # the CMap format allows at most 100 entries per bfchar block
MISSING_GLYPH = "\ufffd"  # what a character no font has reads as


def _text(hex_digits: bytes) -> str:
    return bytes.fromhex(hex_digits.decode()).decode("utf-16-be", errors="replace")


def _ranges(body: bytes) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for low, high, target in _RANGE.findall(body):
        first, last = int(low, 16), int(high, 16)
        if target.startswith(b"["):
            for code, hex_digits in zip(
                range(first, last + 1), re.findall(rb"<([0-9A-Fa-f]*)>", target), strict=False
            ):
                mapping[code] = _text(hex_digits)
        else:  # consecutive glyphs, consecutive characters
            start = _text(target[1:-1])
            for offset in range(last - first + 1):
                mapping[first + offset] = start[:-1] + chr(ord(start[-1]) + offset)
    return mapping


def parse_to_unicode(cmap: bytes) -> dict[int, str]:
    """{glyph code: text} of a ToUnicode CMap (bfchar and bfrange entries)."""
    mapping: dict[int, str] = {}
    for kind, body in _SECTION.findall(cmap):
        if kind == b"bfchar":
            mapping.update({int(code, 16): _text(target) for code, target in _PAIR.findall(body)})
        else:
            mapping.update(_ranges(body))
    return mapping


def to_unicode_cmap(mapping: dict[int, str]) -> bytes:
    """A ToUnicode CMap that names mapping's text for each two-byte glyph code."""
    codes = sorted(mapping)
    blocks = []
    for start in range(0, len(codes), _PER_BLOCK):
        chunk = codes[start : start + _PER_BLOCK]
        lines = b"".join(
            b"<%04X> <%s>\n" % (code, mapping[code].encode("utf-16-be").hex().upper().encode())
            for code in chunk
        )
        blocks.append(b"%d beginbfchar\n%sendbfchar\n" % (len(chunk), lines))
    return _HEADER + b"".join(blocks) + _FOOTER


def _to_unicode_streams(writer: PdfWriter):
    """Each font's ToUnicode stream once, however many pages use the font."""
    seen = set()
    for page in writer.pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for font in fonts.values():
            stream = font.get_object().get("/ToUnicode")
            if stream is not None and stream.idnum not in seen:
                seen.add(stream.idnum)
                yield stream.get_object()


def with_true_text(pdf: bytes, aliases: dict[str, str]) -> bytes:
    """pdf with every ToUnicode entry's aliased characters replaced by the real ones, and the
    missing-glyph box named U+FFFD instead of U+0000 (at which pdftotext cut the line off)."""
    aliases = {**aliases, "\x00": MISSING_GLYPH}
    writer = PdfWriter(clone_from=PdfReader(BytesIO(pdf)))
    for stream in _to_unicode_streams(writer):
        mapping = parse_to_unicode(stream.get_data())
        fixed = {code: "".join(aliases.get(c, c) for c in text) for code, text in mapping.items()}
        if fixed != mapping:
            stream.set_data(to_unicode_cmap(fixed))
    output = BytesIO()
    writer.write(output)
    return output.getvalue()
