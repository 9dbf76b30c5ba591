"""The model's Chinese texts hold no English words, and a text shown in both languages (a year)
holds no words at all. (The English texts may quote the Chinese paper: tests/language_words.py
takes those quotes from them.)"""

from __future__ import annotations

import re
import tomllib

from tests.language_words import MODEL_FOLDER, english_words

LANGUAGE_NEUTRAL = ("year",)


def fields(node, path: str = ""):
    """(path, key, text) of every string field in a TOML tree."""
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(value, str):
                yield f"{path}.{key}", key, value
            else:
                yield from fields(value, f"{path}.{key}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from fields(item, f"{path}[{index}]")


def model_fields():
    for source in sorted(MODEL_FOLDER.glob("*.toml")):
        yield from fields(tomllib.loads(source.read_text(encoding="utf-8")), source.name)


def test_chinese_texts_hold_no_english_words():
    found = [
        (path, english_words(text))
        for path, key, text in model_fields()
        if key.endswith("_zh") and english_words(text)
    ]
    assert found == []


def test_texts_shown_in_both_languages_hold_no_words():
    found = [
        (path, text)
        for path, key, text in model_fields()
        if key in LANGUAGE_NEUTRAL and re.search(r"[^\W\d_]", text)
    ]
    assert found == []
