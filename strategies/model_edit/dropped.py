"""What fitting a session to an edited model dropped (or left to the planner), as data: the
window and the exports word it in their language; ``describe`` gives a plain sentence."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from criteria.text import LocalText


class DropKind(Enum):
    NODE_JUDGMENTS = "node_judgments"  # every judgment of a node that is gone or now a leaf
    PAIRS = "pairs"  # the judged pairs of a node (or a criterion's strategies) with gone items
    NEW_PAIRS_MISSING = "new_pairs_missing"  # nothing dropped: the new items' pairs are missing
    STRATEGY_RATINGS = "strategy_ratings"  # the ratings of a removed strategy
    CRITERION_RATINGS = "criterion_ratings"  # the ratings under a criterion gone or now a layer
    STRATEGY_JUDGMENTS = "strategy_judgments"  # pairwise strategy judgments under that criterion
    INDICATOR_LINK = "indicator_link"  # an indicator no longer informs a criterion (kept)
    DISTRICT_DATA = "district_data"  # imported values of a removed district
    INDICATOR_DATA = "indicator_data"  # imported values of an indicator the model no longer has
    INDICATOR_EDITS = "indicator_edits"  # the planner's own values for a removed district


@dataclass(frozen=True)
class Dropped:
    """One thing an edit drops. ``subject`` is the node, criterion, strategy, indicator or
    district id and ``name`` its name (before the edit); ``items`` the items involved (PAIRS,
    NEW_PAIRS_MISSING) with their names; ``count`` how many judgments, ratings or values;
    ``expert`` the expert whose answers these are ("" for the session's own judgments)."""

    kind: DropKind
    subject: str
    name: LocalText
    count: int = 0
    items: tuple[str, ...] = ()
    item_names: tuple[LocalText, ...] = ()
    expert: str = ""
    expert_name: str = ""

    def describe(self, language: str) -> str:
        """One sentence in language ("zh" or "en")."""
        zh = language == "zh"
        template = (_ZH if zh else _EN)[self.kind]
        sentence = template.format(
            name=self.name.get(language) or self.subject,
            count=self.count,
            items=("、" if zh else ", ").join(n.get(language) for n in self.item_names),
        )
        if not self.expert:
            return sentence
        who = self.expert_name or self.expert
        return f"{who}：{sentence}" if zh else f"{who}: {sentence}"


_EN = {
    DropKind.NODE_JUDGMENTS: "the {count} judgment(s) of {name} are dropped",
    DropKind.PAIRS: "{count} judgment(s) of {name} comparing {items} are dropped",
    DropKind.NEW_PAIRS_MISSING: "{count} pair(s) of {name} with {items} start missing",
    DropKind.STRATEGY_RATINGS: "the {count} rating(s) of strategy {name} are dropped",
    DropKind.CRITERION_RATINGS: "the {count} rating(s) under {name} are dropped",
    DropKind.STRATEGY_JUDGMENTS: "the {count} pairwise strategy judgment(s) under {name} are dropped",
    DropKind.INDICATOR_LINK: "indicator {name} no longer informs a criterion ({items})",
    DropKind.DISTRICT_DATA: "{count} imported data value(s) of district {name} are dropped",
    DropKind.INDICATOR_DATA: "{count} imported value(s) of indicator {name} are dropped",
    DropKind.INDICATOR_EDITS: "{count} planner's value(s) for district {name} are dropped",
}
_ZH = {
    DropKind.NODE_JUDGMENTS: "删除{name}的 {count} 个判断",
    DropKind.PAIRS: "删除{name}中涉及{items}的 {count} 个判断",
    DropKind.NEW_PAIRS_MISSING: "{name}中与{items}有关的 {count} 对判断暂缺",
    DropKind.STRATEGY_RATINGS: "删除策略{name}的 {count} 个评级",
    DropKind.CRITERION_RATINGS: "删除{name}下的 {count} 个评级",
    DropKind.STRATEGY_JUDGMENTS: "删除{name}下的 {count} 个策略两两判断",
    DropKind.INDICATOR_LINK: "指标{name}不再对应准则（{items}）",
    DropKind.DISTRICT_DATA: "删除{name}的 {count} 个导入数据值",
    DropKind.INDICATOR_DATA: "删除指标{name}的 {count} 个导入值",
    DropKind.INDICATOR_EDITS: "删除规划人员为{name}填写的 {count} 个值",
}
