"""A returned questionnaire's problems and summary in the planner's language.

Qt-free, so that the command line and the import dialog word them alike: each problem of
strategies.questionnaire.Problem has one English and one Chinese sentence (a test checks both).
"""

from __future__ import annotations

from strategies.questionnaire import ExpertAnswers, Problem, QuestionnaireProblem

_TEXTS: dict[Problem, tuple[str, str]] = {
    Problem.EMPTY_FILE: ("the file is empty", "文件是空的"),
    Problem.TOO_LARGE: (
        "the file is too large for a questionnaire ({size} bytes; at most {limit})",
        "文件过大，不是问卷（{size} 字节；上限 {limit}）",
    ),
    Problem.TEXT_FILE: (
        "this is a text file (CSV?), not an Excel workbook: open the questionnaire that was sent "
        "and save it as .xlsx",
        "这是文本文件（CSV？），不是 Excel 工作簿：请打开发出的问卷并另存为 .xlsx",
    ),
    Problem.OLD_EXCEL: (
        "this is an old Excel 97-2003 file (.xls): save it as an Excel workbook (.xlsx)",
        "这是旧版 Excel 97-2003 文件（.xls）：请另存为 Excel 工作簿（.xlsx）",
    ),
    Problem.NOT_A_WORKBOOK: (
        "not an Excel workbook, or a damaged one ({reason})",
        "不是 Excel 工作簿，或文件已损坏（{reason}）",
    ),
    Problem.CANNOT_READ: ("cannot be read ({reason})", "无法读取（{reason}）"),
    Problem.NOT_A_QUESTIONNAIRE: (
        "a workbook, but not a questionnaire of this program",
        "是工作簿，但不是本程序生成的问卷",
    ),
    Problem.NEWER_FORMAT: (
        "made by a newer version of the program (questionnaire format {version}; this one reads "
        "up to {supported})",
        "由较新版本的程序生成（问卷格式 {version}；本程序最高支持 {supported}）",
    ),
    Problem.OTHER_MODEL: (
        "made for another model ({found}), not for {expected}",
        "是为另一个模型（{found}）生成的，不是 {expected}",
    ),
    Problem.OTHER_MODEL_VERSION: (
        "made for another version of the model ({found}; now {expected}, or its data changed): "
        "send a new questionnaire",
        "是为该模型的另一版本（{found}；当前 {expected}，或其数据已更改）生成的：请重新发出问卷",
    ),
    Problem.BAD_METADATA: (
        "the hidden questionnaire data was changed ({key} = {value!r})",
        "问卷的隐藏数据被改动（{key} = {value!r}）",
    ),
    Problem.MISSING_SHEET: ("this sheet is missing", "缺少此工作表"),
    Problem.UNEXPECTED_SHEET: (
        "this sheet is not part of the questionnaire: answers there are not read; remove it",
        "此工作表不属于问卷，其中的内容不会被读取：请删除它",
    ),
    Problem.MERGED_CELLS: ("merged cells: unmerge them", "单元格被合并：请取消合并"),
    Problem.CHANGED_CELL: (
        "this cell was changed: it should say {expected!r}, it says {found!r}",
        "此单元格被改动：应为 {expected!r}，现为 {found!r}",
    ),
    Problem.ROWS_MOVED: (
        "rows were added, deleted or moved from here on (expected {expected!r}, found {found!r})",
        "从此处起有行被增加、删除或移动（应为 {expected!r}，现为 {found!r}）",
    ),
    Problem.ROWS_ADDED: (
        "{count} rows below the last pair hold content (rows {first}–{last}): remove them",
        "最后一对之下有 {count} 行有内容（第 {first}–{last} 行）：请删除",
    ),
    Problem.OUTSIDE_COLUMNS: (
        "content outside the answer and note columns",
        "判断列和备注列之外有内容",
    ),
    Problem.FORMULA: (
        "a formula ({formula}): type or choose the answer itself",
        "这是公式（{formula}）：请直接输入或选择判断",
    ),
    Problem.NOT_AN_ANSWER: (
        "{found!r} is not an answer: choose from the list or type a number from 1/9 to 9",
        "{found!r} 不是有效判断：请从列表中选择，或输入 1/9 至 9 之间的数",
    ),
    Problem.OFF_SCALE: (
        "{found} is off Saaty's scale (1/9 to 9)",
        "{found} 超出 Saaty 标度（1/9 至 9）",
    ),
    Problem.NOT_A_LEVEL: (
        "{found} is not one of the rating levels: choose a level from the list",
        "{found} 不是评级等级：请从列表中选择一个等级",
    ),
    Problem.UNLINKED_ITEMS: (
        "the answers under {node} leave some items without any comparison linking them to the "
        "rest: answer more pairs, or none",
        "{node} 下的判断使部分因素与其余因素之间没有任何比较关联：请补充判断，或全部留空",
    ),
    Problem.NO_ANSWERS: ("no pair is answered", "没有任何判断"),
    Problem.NO_NAME: ("no expert name: write it in this cell", "没有专家姓名：请填写在此单元格"),
    Problem.SAME_EXPERT: (
        "another file of this batch answers for the same expert ({expert})",
        "本批中另一份文件也是同一位专家（{expert}）的答卷",
    ),
    Problem.UNANSWERED_NODE: (
        "no pair under {node} is answered: this file replaces the panel's first expert, whose "
        "judgments are the session's own and cover every node; answer its pairs",
        "{node} 下没有任何判断：此文件替换专家组的第一位专家，其判断即会话本身的判断，须覆盖每个节点；"
        "请填写这些判断",
    ),
    Problem.NOBODY_JUDGES_NODE: (
        "no pair under {node} is answered, and after this import no expert counted in the "
        "panel would judge {node}; answer its pairs, or count an expert who judged it",
        "{node} 下没有任何判断，导入后专家组中计入的专家无人判断 {node}；请填写这些判断，"
        "或计入一位判断过该节点的专家",
    ),
}


def problem_text(found: QuestionnaireProblem, lang: str) -> str:
    """'answers.xlsx, sheet Criteria, cell D5: …' in lang."""
    message = problem_message(found, lang)
    return (
        f"{where(found, lang)}: {message}" if lang != "zh" else f"{where(found, lang)}：{message}"
    )


def problem_message(found: QuestionnaireProblem, lang: str) -> str:
    """What is wrong, without where (a table shows file, sheet and cell in their columns)."""
    english, chinese = _TEXTS[found.problem]
    return (chinese if lang == "zh" else english).format(**found.values)


def where(found: QuestionnaireProblem, lang: str) -> str:
    """File, sheet and cell, as far as known."""
    parts = [found.file if found.file.isprintable() else repr(found.file)]
    if found.sheet:
        parts.append(f"工作表“{found.sheet}”" if lang == "zh" else f"sheet {found.sheet!r}")
    if found.cell:
        parts.append(f"单元格 {found.cell}" if lang == "zh" else f"cell {found.cell}")
    return ("，" if lang == "zh" else ", ").join(parts)


def summary_text(file: str, answers: ExpertAnswers, lang: str) -> str:
    """'answers.xlsx: Wang Li, 28 of 30 pairs answered, 2 notes' in lang."""
    values = {
        "file": file,
        "expert": answers.expert,
        "answered": answers.answered_pairs,
        "total": answers.total_pairs,
        "notes": len(answers.notes),
    }
    if lang == "zh":
        return "{file}：{expert}，已答 {answered}/{total} 对，备注 {notes} 条".format(**values)
    return "{file}: {expert}, {answered} of {total} pairs answered, {notes} notes".format(**values)
