"""The command line in the planner's language: ``--lang`` when given, else the system locale
(LC_ALL, LC_MESSAGES, LANG, LANGUAGE). Help, argparse's own words and argument errors follow it.

The terminal has no Qt translator, so the Chinese texts live here, one table for every
subcommand; ``say`` passes English through and looks Chinese up, falling back to English.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from desktop.locale import LANGUAGES, system_language

_ZH = {
    # argparse's own words (Python's argparse asks gettext for them)
    "usage: ": "用法：",
    "options": "选项",
    "positional arguments": "位置参数",
    "show this help message and exit": "显示本帮助并退出",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选择：%(value)r（可选：%(choices)s）",
    "the following arguments are required: %s": "必需的参数缺失：%s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "expected one argument": "需要一个值",
    "invalid %(type)s value: %(value)r": "无效的 %(type)s 值：%(value)r",
    "ambiguous option: %(option)s could match %(matches)s": "有歧义的选项：%(option)s 可以是 %(matches)s",
    # placeholders of values in the usage lines
    "FILE": "文件",
    "OUT": "导出文件",
    "ID|NAME": "代码或名称",
    # cluster-planner
    "Open the planner window; see also 'rank', 'export'.": "打开规划器窗口；另见子命令 cluster-planner rank、cluster-planner export。",
    "a session file to open": "要打开的会话文件",
    "language of the window (default: the remembered choice, else the system locale)": "窗口语言（默认：上次在“语言”菜单中的选择，否则按系统语言设置）",
    "Open the planner window, or run a command: 'cluster-planner rank --help', "
    "'cluster-planner export --help'.": "打开规划器窗口，或运行子命令：cluster-planner rank --help、cluster-planner export --help。",
    "a session file to open: a path that exists, or with a folder or suffix (a bare word "
    "is a command)": "要打开的会话文件：已存在的路径，或带文件夹或后缀的路径（单个词视为子命令）",
    "scale each criterion's strategy priorities by the best strategy (ideal) or to shares "
    "summing to 1 (distributive); default: the session's (ideal for a new session)": "各准则下策略优先级的综合方式：理想模式（除以最佳策略）或分配模式（化为和为 1 的份额）；"
    "默认：会话中的设置（新会话为理想模式）",
    # cluster-planner rank
    "Rank the strategies for every district.": "为每个区给各项策略排序。",
    "language of names and labels (default: system locale)": "名称与标签的语言（默认：按系统语言设置）",
    "need emphasis α in [0, 1] (default: the session's, 0.5)": "需求强调 α，取值 [0, 1]（默认：会话中的值，0.5）",
    "district id or name; repeat for several (default: all)": "区的代码或名称；可重复以选择多个区（默认：全部）",
    "normalisation of indicator values (default: the session's, ratio_to_best)": "指标值的标准化方法（默认：会话中的方法，即与最佳区之比）",
    "rank from a saved session file": "按已保存的会话文件排序",
    "print the documented JSON shape": "按文档所述结构输出 JSON",
    # cluster-planner export
    "Write the ranked recommendation per district.": "写出各区的策略排序建议。",
    "the file to write; its extension chooses the format: {formats}": "要写出的文件，格式由扩展名决定：{formats}",
    ", ": "、",
    "{suffix} ({what})": "{suffix}（{what}）",
    # the export formats' help (desktop/export/formats.py)
    "an Excel workbook": "Excel 工作簿",
    "a CSV table of the ranking": "排序 CSV 表",
    "a PDF report": "PDF 报告",
    "JSON data": "JSON 数据",
    "a saved session file (default: the model's neutral session)": "已保存的会话文件（默认：模型的中性会话）",
    "language of the report (default: system locale)": "报告语言（默认：按系统语言设置）",
    "need emphasis α in [0, 1]": "需求强调 α，取值 [0, 1]",
    "Monte Carlo samples (default: the session's)": "蒙特卡洛样本数（默认：会话中的值）",
    "Monte Carlo seed (default: the session's)": "蒙特卡洛随机种子（默认：会话中的值）",
    # --model (every command)
    "DIR": "文件夹",
    "a model folder (default: the model that ships with the app)": "模型文件夹（默认：随应用提供的模型）",
    # what opening a session file had to change (desktop/session_warnings.py)
    "warning": "提示",
    "converted from file format {from_version} to {to_version}": "已从文件格式 {from_version} 转换为 {to_version}",
    "node {node} is not in the model: its judgments were dropped": "节点 {node} 不在模型中：其判断已丢弃",
    "items no longer in node {node}: their judgments were dropped: {items}": "节点 {node} 中已不存在的项：其判断已丢弃：{items}",
    "the judgments of node {node} no longer link its items: reset to 1": "节点 {node} 的判断已无法连通其各项：已重置为 1",
    "items new to node {node} start as equally important: {items}": "节点 {node} 中新增的项按同等重要开始：{items}",
    "missing ratings under {criterion} take the model's defaults": "准则 {criterion} 下缺失的评级取模型默认值",
    "edits of indicators the model does not have are unused: {indicators}": "模型中没有的指标的修改未使用：{indicators}",
    "saved before the synthesis setting: opened in distributive mode": "保存于综合方式设置出现之前：以分配模式打开",
    "made for version {old} of the model {id!r}; the open model {name!r} (version {new}) "
    "has other data: the judgments that still apply are kept": "为模型 {id!r} 的 {old} 版制作；当前模型 {name!r}（{new} 版）的数据不同：仍适用的判断均已保留",
    "criteria removed": "删除的准则",
    "criteria added": "新增的准则",
    "strategies removed": "删除的策略",
    "strategies added": "新增的策略",
    "; {label}: {ids}": "；{label}：{ids}",
    # values refused while parsing
    "{text!r} is not a number": "{text!r} 不是数字",
    "{text} is outside [0, 1]": "{text} 超出 [0, 1]",
    "{text!r} is not a whole number": "{text!r} 不是整数",
    "{text} is outside [{low:,}, {high:,}]": "{text} 超出 [{low:,}, {high:,}]",
}

_current = ["en"]  # the language of the command being parsed


def cli_language(argv: Sequence[str]) -> str:
    """The language a command asks for with --lang (either spelling), else the system's."""
    for index, argument in enumerate(argv):
        value = None
        if argument == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        elif argument.startswith("--lang="):
            value = argument.partition("=")[2]
        if value in LANGUAGES:
            return value
    return system_language()


def say(text: str, lang: str | None = None) -> str:
    """text in lang (default: the language of the command being parsed)."""
    return _ZH.get(text, text) if (lang or _current[0]) == "zh" else text


def spoken_language() -> str:
    """The language of the command being parsed (for names taken from the model)."""
    return _current[0]


@contextmanager
def speaking(lang: str) -> Iterator[None]:
    """Parse in lang: argparse's own words and our help and refusals come out in it."""
    saved_language, saved_gettext = _current[0], argparse._
    _current[0] = lang
    argparse._ = lambda text: say(text, lang)
    try:
        yield
    finally:
        _current[0], argparse._ = saved_language, saved_gettext
