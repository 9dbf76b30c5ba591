"""The questionnaire's words in its two languages: sheet names, headers, instructions and the
answer list of Saaty's scale.

They are part of the file format, not of the window: the reader matches answers against the
list texts of the file's language, so they live with the format. The scale's phrases are the
window's (desktop/views/verbal_text.py and its Chinese translation; a test keeps them equal).
"""

from __future__ import annotations

from criteria.verbal_scale import INTENSITY_KEYS, MAX_STEP, format_judgment, value_from_step
from strategies.questionnaire.layout import SheetKind

PHRASES = {
    "en": (
        "equally important",
        "equally to moderately more important",
        "moderately more important",
        "moderately to strongly more important",
        "strongly more important",
        "strongly to very strongly more important",
        "very strongly more important",
        "very strongly to extremely more important",
        "extremely more important",
    ),
    "zh": (
        "同等重要",
        "介于同等与稍微重要之间",
        "稍微重要",
        "介于稍微与明显重要之间",
        "明显重要",
        "介于明显与强烈重要之间",
        "强烈重要",
        "介于强烈与极端重要之间",
        "极端重要",
    ),
}
assert all(len(phrases) == len(INTENSITY_KEYS) for phrases in PHRASES.values())

_FAVOURS = {
    "en": ("{x} {phrase} than {y} ({value})", "A and B equally important (1)"),
    "zh": ("{x} 比 {y} {phrase}（{value}）", "A 与 B 同等重要（1）"),
}

SHEET_NAMES = {
    "en": {
        SheetKind.INSTRUCTIONS: "Instructions",
        SheetKind.HIERARCHY: "Hierarchy",
        SheetKind.CRITERIA: "Criteria",
        SheetKind.STRATEGIES: "Strategies",
        SheetKind.RATINGS: "Ratings",
    },
    "zh": {
        SheetKind.INSTRUCTIONS: "填写说明",
        SheetKind.HIERARCHY: "层次结构",
        SheetKind.CRITERIA: "准则判断",
        SheetKind.STRATEGIES: "策略判断",
        SheetKind.RATINGS: "策略评级",
    },
}

_VISIBLE_HEADERS = {
    ("en", SheetKind.CRITERIA): ("Compared under", "Item A", "Item B", "Your answer", "Note"),
    ("en", SheetKind.STRATEGIES): ("Criterion", "Strategy A", "Strategy B", "Your answer", "Note"),
    ("zh", SheetKind.CRITERIA): ("所属层次", "因素 A", "因素 B", "您的判断", "备注"),
    ("zh", SheetKind.STRATEGIES): ("准则", "策略 A", "策略 B", "您的判断", "备注"),
    ("en", SheetKind.RATINGS): ("Criterion", "Strategy", "Your rating", "Note"),
    ("zh", SheetKind.RATINGS): ("准则", "策略", "您的评级", "备注"),
}
_ID_HEADERS = ("node_id", "a_id", "b_id")  # hidden; never translated
_RATING_ID_HEADERS = ("criterion_id", "strategy_id")

HIERARCHY_HEADERS = {
    "en": ("Level", "Id", "Name", "Description"),
    "zh": ("层级", "代码", "名称", "说明"),
}
LEVEL_NAMES = {
    "en": ("Goal", "Layer", "Criterion", "Strategy"),
    "zh": ("目标", "准则层", "准则", "策略"),
}

TITLE = {"en": "Expert questionnaire: {model}", "zh": "专家问卷：{model}"}
NAME_LABEL = {"en": "Your name:", "zh": "您的姓名："}
MODEL_LABEL = {"en": "Model: {id}, version {version}", "zh": "模型：{id}，版本 {version}"}

INSTRUCTIONS = {
    "en": (
        "How to answer",
        "1. Write your name in the yellow cell above if it is empty.",
        "2. On the sheet “{criteria}”, each row compares two items, A and B, under the node "
        "named on the left. In the column “Your answer”, choose from the drop-down list how "
        "much more important one item is than the other.",
        "3. You may also type a number: how many times A is as important as B (3 means A is "
        "moderately more important; 1/3 or 0.333 means B is). Numbers from 1/9 to 9 are accepted.",
        "4. Leave a row empty if you cannot judge the pair; the other answers of that node are "
        "used. Write any remark in the column “Note”.",
        "5. Only the answer and note cells can be changed. Do not add, delete, move or merge "
        "rows, and do not type formulas; the file is checked when it is read back.",
        "6. Save the file as an Excel workbook (.xlsx) and return it.",
        "The scale (Saaty's 1–9 scale)",
    ),
    "zh": (
        "填写方法",
        "1. 如上方黄色单元格为空，请填写您的姓名。",
        "2. 在“{criteria}”工作表中，每一行在左侧所列层次下比较 A、B 两个因素。请在“您的判断”列的"
        "下拉列表中选择一方比另一方重要的程度。",
        "3. 也可以直接输入数字，表示 A 的重要性是 B 的几倍（3 表示 A 比 B 稍微重要；1/3 或 0.333 "
        "表示 B 比 A 稍微重要），可接受 1/9 至 9 之间的数。",
        "4. 无法判断的一对可以留空，该层次的其他判断照常使用。意见请写在“备注”列。",
        "5. 只有判断和备注单元格可以修改。请勿增加、删除、移动或合并行，也请勿输入公式；"
        "回收问卷时会逐项检查。",
        "6. 请保存为 Excel 工作簿（.xlsx）后交回。",
        "判断标度（Saaty 1–9 标度）",
    ),
}
STRATEGY_INSTRUCTION = {
    "en": "   On the sheet “{strategies}”, compare the strategies in the same way: how much more "
    "one strategy serves the criterion named on the left than the other.",
    "zh": "   在“{strategies}”工作表中，用同样方法比较各项策略：在左侧所列准则上，一项策略比另一项"
    "更有效的程度。",
}
RATING_INSTRUCTION = {
    "en": "   On the sheet “{ratings}”, rate how well each strategy serves the criterion named "
    "on the left: choose a level from the drop-down list. Leave the rows of a criterion empty "
    "if you do not judge it; the other experts' ratings are then used.",
    "zh": "   在“{ratings}”工作表中，评定每项策略在左侧所列准则上的有效程度：从下拉列表中选择一个等级。"
    "不评定的准则可整体留空，届时采用其他专家的评级。",
}
SCALE_HEADERS = {"en": ("Value", "Meaning"), "zh": ("标度", "含义")}

RATING_VALIDATION_PROMPT = {
    "en": ("Your rating", "Choose a level from the list."),
    "zh": ("您的评级", "请从列表中选择一个等级。"),
}
RATING_VALIDATION_ERROR = {
    "en": ("Not a level", "Choose one of the listed levels."),
    "zh": ("不是评级等级", "请选择列表中的一个等级。"),
}

VALIDATION_PROMPT = {
    "en": (
        "Your answer",
        "Choose from the list, or type a number from 1/9 to 9 (A compared with B).",
    ),
    "zh": ("您的判断", "请从列表中选择，或输入 1/9 至 9 之间的数（A 与 B 相比）。"),
}
VALIDATION_ERROR = {
    "en": (
        "Not on the list",
        "This is not one of the listed answers. Keep it only if it is a number from 1/9 to 9.",
    ),
    "zh": ("不在列表中", "这不是列表中的判断。只有 1/9 至 9 之间的数字可以保留。"),
}


def headers(lang: str, kind: SheetKind) -> tuple[str, ...]:
    """The header row of an answer sheet: visible headers, then the hidden id headers."""
    ids = _RATING_ID_HEADERS if kind is SheetKind.RATINGS else _ID_HEADERS
    return _VISIBLE_HEADERS[(lang, kind)] + ids


def scale_answers(lang: str) -> tuple[tuple[str, float], ...]:
    """The drop-down list, A favoured most first: (text, value of A compared with B)."""
    return tuple((_answer_text(lang, step), value_from_step(step)) for step in _steps())


def _steps() -> range:
    return range(-MAX_STEP, MAX_STEP + 1)


def _answer_text(lang: str, step: int) -> str:
    template, equal = _FAVOURS[lang]
    if step == 0:
        return equal
    x, y = ("A", "B") if step < 0 else ("B", "A")
    phrase = PHRASES[lang][abs(step)]
    return template.format(x=x, y=y, phrase=phrase, value=format_judgment(value_from_step(step)))


def scale_table(lang: str) -> tuple[tuple[str, str], ...]:
    """Intensity 1..9 and its phrase, for the instructions."""
    return tuple((str(level), PHRASES[lang][level - 1]) for level in range(1, 10))
