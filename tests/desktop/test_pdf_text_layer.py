"""The pieces that keep the PDF's text true: ToUnicode CMaps read and rewritten, and planner
text whose bidi controls are dropped and whose lines are isolated."""

from __future__ import annotations

from desktop.export.safe_text import BIDI_CONTROLS, bidi_isolated, html_text
from desktop.export.text_layer import parse_to_unicode, to_unicode_cmap

# The shapes Qt writes: consecutive ranges, arrays, and single characters.
QT_CMAP = b"""/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
3 beginbfrange
<0000> <0000> <0000>
<0001> <0003> <0041>
<0004> <0006> [<2F2D> <4E00> <00660069>]
endbfrange
1 beginbfchar
<0007> <D842DFB7>
endbfchar
endcmap
"""
EVERY_CONTROL = "".join(
    chr(c) for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C]
)


def test_a_cmap_reads_ranges_arrays_and_single_characters():
    assert parse_to_unicode(QT_CMAP) == {
        0: "\x00",
        1: "A",
        2: "B",
        3: "C",
        4: "⼭",
        5: "一",
        6: "fi",
        7: "𠮷",
    }


def test_a_written_cmap_reads_back_the_same():
    mapping = {code: chr(0x4E00 + code) for code in range(250)} | {250: "fi", 251: "𠮷"}
    cmap = to_unicode_cmap(mapping)
    assert parse_to_unicode(cmap) == mapping
    assert all(
        int(line.split()[0]) <= 100
        for line in cmap.decode().splitlines()
        if line.endswith("beginbfchar")
    )


def test_every_bidi_control_is_dropped_and_each_line_isolated():
    text = f"a{EVERY_CONTROL}b\r\nשלום\u202e\n\nc"
    assert BIDI_CONTROLS.findall(text) == [*EVERY_CONTROL, "\u202e"]
    assert bidi_isolated(text) == "\u2068ab\u2069\n\u2068שלום\u2069\n\n\u2068c\u2069"


def test_html_text_escapes_isolates_and_breaks_lines():
    assert html_text("<b>\u202ex</b>\ny") == "\u2068&lt;b&gt;x&lt;/b&gt;\u2069<br/>\u2068y\u2069"
