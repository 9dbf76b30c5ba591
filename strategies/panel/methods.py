"""The ways of combining a panel, as one table the window and the reports read.

Forman & Peniwati (1998), "Aggregating individual judgments and priorities with the Analytic
Hierarchy Process", EJOR 108(1):165–169: aggregate the judgments (AIJ) when the panel acts as
one body that merges its members' identities; aggregate the priorities (AIP) when the members
act as separate individuals, each with their own value system. Under AIJ only the geometric
mean keeps the reciprocal property (Aczél & Saaty 1983, "Procedures for synthesizing ratio
judgements", J. Math. Psychol. 27(1):93–102); under AIP either mean is acceptable, the
arithmetic one being the usual choice.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from criteria.text import LocalText


class Aggregation(Enum):
    AIJ = "aij"
    AIP_GEOMETRIC = "aip_geometric"
    AIP_ARITHMETIC = "aip_arithmetic"

    @property
    def combines_priorities(self) -> bool:
        return self is not Aggregation.AIJ


DEFAULT_AGGREGATION = Aggregation.AIJ


@dataclass(frozen=True)
class AggregationInfo:
    name: LocalText
    when_appropriate: LocalText
    reference: str


AGGREGATIONS: dict[Aggregation, AggregationInfo] = {
    Aggregation.AIJ: AggregationInfo(
        LocalText(
            "判断矩阵集结（加权几何平均，AIJ）",
            "Aggregated judgments (weighted geometric mean, AIJ)",
        ),
        LocalText(
            "专家组作为一个整体共同决策时适用。",
            "When the panel acts together as one body.",
        ),
        "Aczél & Saaty (1983); Forman & Peniwati (1998)",
    ),
    Aggregation.AIP_GEOMETRIC: AggregationInfo(
        LocalText(
            "权重集结（加权几何平均，AIP）", "Aggregated priorities (weighted geometric mean, AIP)"
        ),
        LocalText(
            "专家各自独立判断、代表不同立场时适用。",
            "When the members act as separate individuals.",
        ),
        "Forman & Peniwati (1998)",
    ),
    Aggregation.AIP_ARITHMETIC: AggregationInfo(
        LocalText(
            "权重集结（加权算术平均，AIP）", "Aggregated priorities (weighted arithmetic mean, AIP)"
        ),
        LocalText(
            "专家各自独立判断、代表不同立场时适用。",
            "When the members act as separate individuals.",
        ),
        "Forman & Peniwati (1998)",
    ),
}
