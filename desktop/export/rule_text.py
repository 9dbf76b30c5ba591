"""The method's silent rules (strategies.method_rules) as notes in the report's language, each
tied to the row it applies to: a criterion, an indicator or a judged node (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass

from criteria.verbal_scale import format_judgment
from desktop.export.labels import node_code
from strategies.caveats import CRITERIA_NODE, STRATEGIES_NODE
from strategies.evaluation import Evaluation
from strategies.method_rules import method_rules

UNSERVED, SCORING, OFF_SCALE = "unserved_criterion", "indicator_scoring", "off_scale_judgment"
CROWDED = "crowded_node"

_TEXT = {
    "zh": {
        UNSERVED: "没有任何策略服务于该准则（各策略评级均为“无”）：该准则无法区分策略，"
        "每项策略得到相同的有效性 {share:.4f}，不改变任何先后顺序。",
        "level_index_min_max": "序数指标：按等级序号做最小–最大标准化（等级之间视为等距），"
        "无论所选标准化方法为何。",
        "negative_min_max": "含负值：与最佳区之比对负值无意义，改用最小–最大标准化。",
        OFF_SCALE: "{first} 对 {second} = {value}，介于标度刻度之间，按输入值使用"
        "（最接近的刻度为 {nearest}，未取整）。",
        "strategies_under": "{criterion} 下各策略",
        CROWDED: "此节点下有 {items} 项：Saaty 建议一次比较不超过 7 ± 2 项（{advised} 项）；"
        "一次比较这么多项，判断往往不够一致，可考虑增设中间层分组。",
    },
    "en": {
        UNSERVED: "No strategy serves this criterion (every rating is “none”): it cannot tell "
        "the strategies apart, so each gets the same effectiveness {share:.4f} and "
        "no order changes.",
        "level_index_min_max": "Ordinal indicator: scored min–max on its level index (levels "
        "taken as equally spaced), whichever normalisation is chosen.",
        "negative_min_max": "Values below zero: ratio to best means nothing for them, so "
        "min–max is used instead.",
        OFF_SCALE: "{first} vs {second} = {value}, between steps of the scale, used as typed "
        "(nearest step {nearest}, not rounded).",
        "strategies_under": "strategies under {criterion}",
        CROWDED: "{items} items under this node: Saaty advises comparing no more than 7 ± 2 "
        "({advised}) at once; judgments of so many items tend to be less consistent, so "
        "consider grouping them under intermediate layers.",
    },
}


@dataclass(frozen=True)
class RuleNote:
    """One rule where it applies: ``kind`` of rule, ``subject`` (criterion id, indicator id or
    judged node), ``node_kind`` for judgments (criteria|strategies), and the sentence."""

    rule: str
    subject: str
    node_kind: str
    text: str
    subject_name: str = ""  # the subject as a reader sees it (name, or code and name)


def rule_notes(evaluation: Evaluation, lang: str) -> tuple[RuleNote, ...]:
    """Every place a silent rule applies, in words."""
    text = _TEXT["zh" if lang == "zh" else "en"]
    rules, model = method_rules(evaluation), evaluation.model

    def item(kind: str, node: str, item_id: str) -> str:
        if kind == STRATEGIES_NODE:
            return f"{item_id} {model.strategy(item_id).name.get(lang)}"
        return f"{item_id} {model.hierarchy.name(item_id, lang)}"

    # the model's indicators, its supplement and those a data file defined: any may be scored
    defined = evaluation.session.district_data.indicators
    indicator_names = {
        i.id: i.name.get(lang) for i in (*model.indicators, *model.supplement, *defined)
    }
    hierarchy = model.hierarchy
    notes = [
        RuleNote(
            UNSERVED,
            e.criterion,
            "",
            text[UNSERVED].format(share=e.share),
            item(CRITERIA_NODE, "", e.criterion),
        )
        for e in rules.unserved_criteria
    ]
    notes += [
        RuleNote(SCORING, e.indicator, "", text[e.scoring], indicator_names[e.indicator])
        for e in rules.indicator_scoring
    ]
    notes += [
        RuleNote(
            OFF_SCALE,
            e.node,
            e.kind,
            text[OFF_SCALE].format(
                first=item(e.kind, e.node, e.first),
                second=item(e.kind, e.node, e.second),
                value=format_judgment(e.value),
                nearest=format_judgment(e.nearest_scale_value),
            ),
            f"{node_code(hierarchy, e.node, lang)} {hierarchy.name(e.node, lang)}",
        )
        for e in rules.off_scale_judgments
    ]
    notes += [
        RuleNote(
            CROWDED,
            e.node,
            e.kind,
            text[CROWDED].format(items=e.items, advised=e.advised),
            _node_label(evaluation, e.kind, e.node, lang, text),
        )
        for e in rules.crowded_nodes
    ]
    return tuple(notes)


def _node_label(evaluation: Evaluation, kind: str, node: str, lang: str, text: dict) -> str:
    hierarchy = evaluation.model.hierarchy
    name = f"{node_code(hierarchy, node, lang)} {hierarchy.name(node, lang)}"
    return text["strategies_under"].format(criterion=name) if kind == STRATEGIES_NODE else name


def notes_for(
    notes: tuple[RuleNote, ...], rule: str | tuple[str, ...], subject: str, node_kind: str = ""
) -> str:
    """The notes of one row for one rule or several, joined (empty when none applies)."""
    rules = (rule,) if isinstance(rule, str) else rule
    return " ".join(
        n.text
        for n in notes
        if n.rule in rules and n.subject == subject and n.node_kind == node_kind
    )


NODE_RULES = (OFF_SCALE, CROWDED)  # the rules noted on a judged node's row
