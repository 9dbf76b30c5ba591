"""Model folders for the tests of --model and Open model…: copies of the shipped model with
another identity, with changed data, or broken."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from strategies.model import default_model_dir

OTHER_NAME_EN = "Otherton test model"
OTHER_NAME_ZH = "他城测试模型"


def copied_model(target: Path, *, ident: str, version: str, name_en: str, name_zh: str) -> Path:
    """The shipped model copied to target with another id, version and name."""
    shutil.copytree(default_model_dir(), target)
    path = target / "model.toml"
    text = path.read_text(encoding="utf-8")
    for key, value in (
        ("id", ident),
        ("version", version),
        ("name_en", name_en),
        ("name_zh", name_zh),
    ):
        text, count = re.subn(rf"(?m)^{key} = .*$", f'{key} = "{value}"', text)
        assert count == 1, key
    path.write_text(text, encoding="utf-8")
    return target


def other_model(tmp_path: Path) -> Path:
    """Another model: other id, version and name (same hierarchy and strategies)."""
    return copied_model(
        tmp_path / "otherton",
        ident="otherton",
        version="2.0",
        name_en=OTHER_NAME_EN,
        name_zh=OTHER_NAME_ZH,
    )


def changed_model(tmp_path: Path) -> Path:
    """The shipped model's id in a later version without strategy S6 (its ratings gone too)."""
    folder = copied_model(
        tmp_path / "foshan-1.1",
        ident="foshan",
        version="1.1.0",
        name_en="Foshan model, five strategies",
        name_zh="佛山模型（五项策略）",
    )
    strategies = folder / "strategies.toml"
    text = strategies.read_text(encoding="utf-8")
    strategies.write_text(text[: text.rindex("[[strategies]]")], encoding="utf-8")
    ratings = folder / "ratings.toml"
    text = ratings.read_text(encoding="utf-8")
    ratings.write_text(text[: text.index("# ---- S6")], encoding="utf-8")
    return folder


def broken_model(tmp_path: Path) -> Path:
    """A copy whose criteria file is not TOML."""
    folder = copied_model(
        tmp_path / "broken", ident="broken", version="0", name_en="Broken", name_zh="坏"
    )
    (folder / "criteria.toml").write_text("[criteria\nthis is not toml", encoding="utf-8")
    return folder
