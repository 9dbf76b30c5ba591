"""One Chinese word for each thing, in every Chinese text we write: the translations (.ts), the
guide, the exports, the command line. (撤消 and 撤销 both appeared for 'undo'; 舍弃 and 丢弃 for
'discard'.)"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# The word we use → its synonyms that must not appear beside it.
GLOSSARY = {
    "撤销": ("撤消",),  # undo (Qt's own QUndoStack says 撤消)
    "丢弃": ("舍弃",),  # discard (Qt's own Discard button says 丢弃)
    "缺失": ("缺少", "空缺", "缺项"),  # missing
    "可接受": ("合格",),  # acceptable CR
    "优先级": ("优先度", "优先值", "优先权"),  # priority
    "敏感性": ("灵敏度",),  # sensitivity
    "名次": ("排位", "排名"),  # rank (a place in the ranking)
    "蒙特卡洛": ("蒙特卡罗",),  # Monte Carlo
    "随机一致性指标": ("随机指数", "随机一致性指数"),  # random index
    "保存": ("存储", "储存"),  # save
    "标准化": ("归一化", "规范化"),  # normalisation
    "评级": ("评分", "打分"),  # rating
    "阈值": ("门槛", "临界值"),  # threshold
    "会话": ("工作区",),  # session
    "区": ("区域", "地区"),  # district
    "项": ("项目",),  # item of a matrix
}


def chinese_texts() -> dict[str, str]:
    """Every Chinese text we ship or print, by where it lives."""
    texts = {}
    for source in sorted((ROOT / "resources" / "i18n" / "zh_CN").glob("*.ts")):
        root = ElementTree.parse(source).getroot()
        texts[source.name] = "\n".join(
            m.findtext("translation") or "" for m in root.iter("message")
        )
    for page in sorted((ROOT / "resources" / "help" / "zh_CN").glob("*.md")):
        texts[f"help/{page.name}"] = page.read_text(encoding="utf-8")
    for module in (
        "desktop/export/labels.py",
        "desktop/export/caveat_text.py",
        "desktop/rank_report.py",
        "desktop/cli_language.py",
        "strategies/district_data/template.py",  # the notes sheet of the data template
    ):
        texts[module] = (ROOT / module).read_text(encoding="utf-8")
    return texts


@pytest.mark.parametrize("word", sorted(GLOSSARY))
def test_one_word_for_each_thing(word):
    found = {
        where: synonym
        for where, text in chinese_texts().items()
        for synonym in GLOSSARY[word]
        if synonym in text
    }
    assert found == {}, f"use {word}"


def test_the_glossary_words_are_the_ones_in_use():
    everything = "\n".join(chinese_texts().values())
    assert all(word in everything for word in GLOSSARY)
