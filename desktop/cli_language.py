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
    # cluster-planner questionnaire (desktop/questionnaire_command.py)
    "Write an expert questionnaire (XLSX) to fill in Excel, WPS or LibreOffice; "
    "'cluster-planner questionnaire check FILES' checks returned ones.": "写出专家问卷（XLSX），可在 Excel、WPS 或 LibreOffice 中填写；"
    "cluster-planner questionnaire check 文件… 检查交回的问卷。",
    "FILE.xlsx": "文件.xlsx",
    "NAME": "姓名",
    "the questionnaire to write": "要写出的问卷",
    "the expert's name, written in the questionnaire": "专家姓名，写入问卷",
    "language of the questionnaire (default: system locale)": "问卷语言（默认：按系统语言设置）",
    "also ask for pairwise judgments of the strategies under each criterion": "同时请专家在每项准则下对各策略两两比较",
    "prefill the answers with this session's judgments": "用此会话中的判断预先填写",
    "the questionnaire is an .xlsx file": "问卷须为 .xlsx 文件",
    "Check returned questionnaires and print what each holds or what is wrong.": "检查交回的问卷，列出每份的内容或问题。",
    "returned questionnaires": "交回的问卷",
    "language of the messages (default: system locale)": "信息的语言（默认：按系统语言设置）",
    # cluster-planner panel import (desktop/panel_command.py)
    "Import returned questionnaires into a session's expert panel; a file with any "
    "problem stops the whole import.": "把交回的问卷导入会话的专家组；任何一份文件有问题，整批都不导入。",
    "the session to import into": "要导入的会话",
    "the session file to write (default: the --session file)": "要写出的会话文件（默认：--session 指定的文件）",
    "replace an expert already in the panel under the same name": "替换专家组中同名的专家",
    "the panel command is: panel import --session S FILES": "panel 子命令的用法：panel import --session 会话 文件…",
    "nothing was imported": "未导入任何内容",
    "the output would overwrite a questionnaire": "输出文件会覆盖一份问卷",
    "{file}: {expert} is already in the panel: give --replace to replace their "
    "judgments": "{file}：{expert} 已在专家组中：如要替换其判断，请加 --replace",
    "{summary} (replaced)": "{summary}（已替换）",
    "{summary} (added)": "{summary}（已添加）",
    "wrote {file}": "已写入 {file}",
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
    # cluster-planner data (desktop/data_command.py)
    "Write or check a district data file.": "写出或检查区级数据文件。",
    "import a data file into a session": "把数据文件导入会话",
    "where to save the session (default: the session itself)": "会话的保存位置（默认：会话文件本身）",
    "saved {path}": "已保存 {path}",
    "write the data template": "写出数据模板",
    "FILE.xlsx or FILE.csv": "文件.xlsx 或 文件.csv",
    "language of the headers and names (default: system locale)": "表头与名称的语言（默认：按系统语言设置）",
    "show what a data file would add, change and refuse": "显示数据文件将新增、修改和拒绝的内容",
    "the data file (.xlsx or .csv)": "数据文件（.xlsx 或 .csv）",
    "compare with a saved session": "与已保存的会话比较",
    "the CSV file's encoding (default: UTF-8, else GBK/GB18030)": "CSV 文件的编码（默认：UTF-8，否则 GBK/GB18030）",
    "the output must end in .xlsx or .csv": "输出文件的扩展名必须是 .xlsx 或 .csv",
    "{file}: adds {adds}, changes {changes}, unchanged {unchanged}, refused {refused}": "{file}：新增 {adds}，修改 {changes}，未变 {unchanged}，拒绝 {refused}",
    "imports nothing until the refused rows are fixed": "改正被拒绝的行之前不会导入任何内容",
    "can be imported": "可以导入",
    "new indicator {id}: {name}, criterion {criterion}, {direction}, {kind}, unit {unit}": "新指标 {id}：{name}，准则 {criterion}，{direction}，{kind}，单位 {unit}",
    "note: {text}": "说明：{text}",
    "{summary}; {verdict}": "{summary}；{verdict}",
    "{where}: {why}": "{where}：{why}",
    "row": "行",
    "sheet {sheet}": "工作表 {sheet}",
    "row {row}": "第 {row} 行",
    "column {column}": "{column} 列",
    # district data files: why a file or row is refused (strategies/district_data)
    "cannot be read ({reason})": "无法读取（{reason}）",
    "is larger than {limit} MB": "大于 {limit} MB",
    "is empty": "是空文件",
    "is an old Excel 97–2003 (.xls) file or a workbook with a password: save it as .xlsx without a password": "是旧版 Excel 97–2003（.xls）文件或设有密码的工作簿：请另存为不设密码的 .xlsx",
    "is not a table: a quote opened in line {line} is never closed": "不是表格：第 {line} 行开始的引号没有闭合",
    "is not a table ({reason})": "不是表格（{reason}）",
    "is named {suffix} but is not an Excel workbook": "扩展名为 {suffix}，但不是 Excel 工作簿",
    "is not a readable Excel workbook ({reason})": "不是可读取的 Excel 工作簿（{reason}）",
    "is not a table: line {line} has more cells than the header": "不是表格：第 {line} 行的单元格比表头多",
    "has no sheet with the columns {columns} (sheets: {sheets})": "没有含以下列的工作表：{columns}（工作表：{sheets}）",
    "has no header row with the columns {columns} in its first {count} rows": "前 {count} 行中没有含以下列的表头行：{columns}",
    "repeats the column {name} (also column {other})": "重复了列 {name}（{other} 列也是）",
    "holds a formula ({formula}): paste its value instead": "含公式（{formula}）：请改为粘贴数值",
    "is part of merged cells {cells}: unmerge them and fill every row": "属于合并单元格 {cells}：请取消合并并逐行填写",
    "is UTF-16 text: save it as CSV (UTF-8) instead": "是 UTF-16 文本：请改存为 CSV（UTF-8）",
    "is not a text file (a zero byte in line {line})": "不是文本文件（第 {line} 行有零字节）",
    "has a byte-order mark (BOM) in the middle, in line {line}: were two files joined? Remove it and save again": "文件中间（第 {line} 行）有字节顺序标记（BOM）：是否拼接了两个文件？请删除后重新保存",
    "is not GBK/GB18030 text: byte 0x{byte:02X} in line {line}": "不是 GBK/GB18030 文本：第 {line} 行的字节 0x{byte:02X}",
    "starts with a UTF-8 mark (BOM) but is not UTF-8: byte 0x{byte:02X} in line {line}": "以 UTF-8 标记（BOM）开头，但不是 UTF-8：第 {line} 行的字节 0x{byte:02X}",
    "is neither UTF-8 nor GBK/GB18030 text: byte 0x{byte:02X} in line {line}": "既不是 UTF-8 也不是 GBK/GB18030 文本：第 {line} 行的字节 0x{byte:02X}",
    "is named UTF-8 but is not: byte 0x{byte:02X} in line {line} (GBK?); save it as UTF-8, or name or declare its real encoding": "文件名标为 UTF-8，但并不是：第 {line} 行的字节 0x{byte:02X}（GBK？）；请另存为 UTF-8，或按实际编码命名或声明",
    "is declared UTF-8 but is not: byte 0x{byte:02X} in line {line} (GBK?); save it as UTF-8, or name or declare its real encoding": "声明为 UTF-8，但并不是：第 {line} 行的字节 0x{byte:02X}（GBK？）；请另存为 UTF-8，或按实际编码命名或声明",
    "mixes encodings: line {utf8} is UTF-8, line {other} is not (GBK?); save the whole file in one encoding": "混用了编码：第 {utf8} 行是 UTF-8，第 {other} 行不是（GBK？）；请用同一种编码保存整个文件",
    "has no values to import": "没有可导入的数值",
    "columns not read: {columns}": "未读取的列：{columns}",
    "{count} rows without a value add nothing": "{count} 行没有数值，不新增任何内容",
    "{count} rows repeat another row exactly and count once": "{count} 行与另一行完全相同，只计一次",
    "a value needs its indicator id": "数值需要指标代码",
    "a value needs its place (a district, or city)": "数值需要所在的区（或全市）",
    "a value needs its year": "数值需要年份",
    "a value needs its source": "数值需要来源",
    "unknown place {text!r} (places: {known})": "未知的区 {text!r}（可填：{known}）",
    "{indicator} has values per district: {place} is not a district": "{indicator} 按区取值：{place} 不是区",
    "{indicator} has one value for the whole city: write city, not {place}": "{indicator} 只有全市一个值：请写 city（全市），而不是 {place}",
    "{place} is not a peer city of {indicator}": "{place} 不是 {indicator} 的对比城市",
    "unit {text!r} does not measure {indicator}, which is in {unit}": "单位 {text!r} 不适用于 {indicator}，其单位为 {unit}",
    "{indicator} holds a text, not values": "{indicator} 是文字说明，不含数值",
    "{text!r} is in {written}, but {indicator} is in {unit}": "{text!r} 的单位是 {written}，而 {indicator} 的单位是 {unit}",
    "{text!r} is negative, but {indicator} cannot be below zero": "{text!r} 为负数，而 {indicator} 不能小于零",
    "unknown indicator {text!r} (a new one needs an id of letters, digits and _)": "未知指标 {text!r}（新指标的代码只能由字母、数字和下划线组成）",
    "unknown indicator {text!r}: to add it, give its name, direction and kind (and criterion, unit, and levels if ordinal)": "未知指标 {text!r}：如要新增，请填写名称、方向和类型（以及准则、单位；等级型还需等级）",
    "{indicator} has {column} {held} in the model, not {text!r}: a data file cannot change it": "{indicator} 在模型中的 {column} 为 {held}，不是 {text!r}：数据文件不能修改它",
    "an ordinal indicator needs its levels, worst first": "等级型指标需要填写等级，从差到好",
    "{indicator} is defined with another {column} in row {row}": "{indicator} 在第 {row} 行定义的 {column} 与此不同",
    "gives {indicator} at {place} in {year} again, with another value than row {row} ({old} ≠ {new})": "再次给出 {indicator} 在 {place} {year} 年的数值，与第 {row} 行不同（{old} ≠ {new}）",
    "{text!r} is outside ±{limit:g}": "{text!r} 超出 ±{limit:g}",
    "{text!r} is not a finite number (NaN and infinity cannot be used)": "{text!r} 不是有限数（不能使用 NaN 或无穷大）",
    "{text!r} is an Excel error value, not a number": "{text!r} 是 Excel 错误值，不是数字",
    "{text!r} is not a year (write 2017, or 2017-05 for a month)": "{text!r} 不是年份（请写 2017；月份写作 2017-05）",
    "unknown criterion {text!r} (criteria: {known})": "未知准则 {text!r}（准则：{known}）",
    "{text!r} is not a direction (higher_is_better or lower_is_better)": "{text!r} 不是方向（越高越好 higher_is_better 或越低越好 lower_is_better）",
    "{text!r} is not a kind (ratio or ordinal)": "{text!r} 不是类型（数值 ratio 或等级 ordinal）",
    "levels {text!r} must name two or more different levels, worst first, separated by ;": "等级 {text!r} 须列出两个或以上不同的等级，从差到好，用 ; 分隔",
    "{text!r} is not one of the levels {levels}": "{text!r} 不是以下等级之一：{levels}",
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
