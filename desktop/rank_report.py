"""The ranking as a plain data document (for ``rank --json``) and as text (for the terminal).

The JSON shape (``schema`` "cluster-planner.rank/1") is documented in README.md; keys are only
ever added, never renamed or removed, within a schema version.
"""

from __future__ import annotations

import dataclasses
import unicodedata

from criteria.ahp import RANDOM_INDEX_TABLES
from desktop.export.caveat_text import (
    NamedEvidence,
    NamedWarning,
    evidence_line,
    evidence_lines,
    judgment_lines,
    named_evidence,
    named_warnings,
)
from desktop.export.labels import node_code
from desktop.export.rule_text import rule_notes
from strategies.evaluation import Evaluation

RANK_SCHEMA = "cluster-planner.rank/1"

_TEXT = {
    "zh": {
        "title": "{model} — 各区策略排序",
        "settings": "需求强调 α = {alpha:g}；标准化：{norm}；综合模式：{synthesis}；随机一致性指标表：{ri}",
        "weights": "准则权重（全局）",
        "consistency": "各节点一致性比率 CR（阈值）",
        "cr_undefined": "未定义（少于 3 项）",
        "incomplete": "（判断不完整，缺失项已估计）",
        "ok": "可接受",
        "too_inconsistent": "不一致性过高",
        "undefined": "",
        "district": "{name}",
        "header": "名次  优先级   与下一名差距  策略",
        "tie": "（并列）",
        "ratio_to_best": "与最佳区之比",
        "min_max": "最小–最大",
        "strategies_under": "{name} 下各策略的两两比较",
        "ideal": "理想模式（各准则下最佳策略 = 1）",
        "distributive": "分配模式（各准则下份额之和为 1）",
    },
    "en": {
        "title": "{model} — strategy ranking per district",
        "settings": "need emphasis α = {alpha:g}; normalisation: {norm}; synthesis: {synthesis}; "
        "random index table: {ri}",
        "weights": "Criteria weights (global)",
        "consistency": "Consistency ratio CR per node (threshold)",
        "cr_undefined": "undefined (fewer than 3 items)",
        "incomplete": " (incomplete: missing pairs estimated)",
        "ok": "acceptable",
        "too_inconsistent": "too inconsistent",
        "undefined": "",
        "district": "{name}",
        "header": "Rank  Priority  Gap to next  Strategy",
        "tie": " (tie)",
        "ratio_to_best": "ratio to best",
        "min_max": "min–max",
        "strategies_under": "strategies judged pairwise under {name}",
        "ideal": "ideal (best strategy under each criterion = 1)",
        "distributive": "distributive (shares under each criterion sum to 1)",
    },
}


def rank_document(evaluation: Evaluation, lang: str, districts: tuple[str, ...]) -> dict:
    """The ranking, weights and consistency as JSON-ready data (names in lang)."""
    model, session = evaluation.model, evaluation.session
    hierarchy = model.hierarchy
    evidence = {entry.district: entry for entry in named_evidence(evaluation, lang)}
    return {
        "schema": RANK_SCHEMA,
        "language": lang,
        "model": {
            "id": model.id,
            "version": model.version,
            "name": model.name.get(lang),
            "content_hash": model.content_hash,
        },
        "settings": {
            "alpha": session.alpha,
            "normalisation": session.normalisation.value,
            "random_index": session.random_index,
            "random_index_table": RANDOM_INDEX_TABLES[session.random_index],
            "synthesis": session.synthesis.value,
        },
        "criteria": [
            {
                "id": c,
                "name": hierarchy.name(c, lang),
                "layer": hierarchy.nodes[c].parent,
                "local_weight": evaluation.weights.local_weight(c),
                "global_weight": evaluation.weights.global_weights[c],
            }
            for c in model.criteria
        ],
        "nodes": [_node_entry(evaluation, node, lang) for node in hierarchy.inner_nodes],
        "strategy_nodes": [
            _consistency(
                evaluation.effectiveness_nodes[c], c, c, hierarchy.name(c, lang), "strategies"
            )
            for c in model.criteria
            if c in evaluation.effectiveness_nodes
        ],
        "districts": [_district_entry(evaluation, d, lang, evidence[d]) for d in districts],
        "judgment_warnings": [dataclasses.asdict(w) for w in named_warnings(evaluation, lang)],
        "evidence_note": evidence_lines((), lang)[-1],
        "method_notes": [dataclasses.asdict(note) for note in rule_notes(evaluation, lang)],
    }


def _node_entry(evaluation: Evaluation, node: str, lang: str) -> dict:
    hierarchy = evaluation.model.hierarchy
    return _consistency(
        evaluation.weights.nodes[node],
        node,
        node_code(hierarchy, node, lang),
        hierarchy.name(node, lang),
        "criteria",
    )


def _consistency(result, node: str, code: str, name: str, kind: str) -> dict:
    """One judged node; ``cr_status`` checks the CR alone, so an incomplete node whose
    completed matrix fails says so."""
    return {
        "id": node,
        "code": code,
        "name": name,
        "local_weights": result.as_dict(),
        "consistency_ratio": result.consistency_ratio,
        "threshold": result.threshold,
        "complete": result.complete,
        # Pairs not judged; provisional: they leave items unlinked (after a model edit), so
        # the weights are those of the missing pairs taken as 1 until they are judged.
        "missing_pairs": result.missing_pairs,
        "provisional": result.provisional,
        "status": result.status.value,
        "cr_status": result.cr_status.value,
        "kind": kind,
    }


def _district_entry(
    evaluation: Evaluation, district: str, lang: str, evidence: NamedEvidence
) -> dict:
    model = evaluation.model
    row = model.district_ids.index(district)
    neutral = [
        c for c, flag in zip(model.criteria, evaluation.need.neutral[row], strict=True) if flag
    ]
    return {
        "id": district,
        "name": model.district(district).name.get(lang),
        "ranking": [
            {
                "rank": r.rank,
                "strategy": r.strategy,
                "name": model.strategy(r.strategy).name.get(lang),
                "priority": r.priority,
                "gap_to_next": r.gap_to_next,
                "tied": r.tied,
            }
            for r in evaluation.ranking(district)
        ],
        "need": dict(zip(model.criteria, evaluation.need.need[row].tolist(), strict=True)),
        "neutral_criteria": neutral,
        "need_source": {
            c: evaluation.need.source_name(row, column) for column, c in enumerate(model.criteria)
        },
        "measured_criteria": list(evidence.measured),
        "evidence": evidence_line(evidence, lang),
    }


def rank_text(document: dict) -> str:
    """The rank document as aligned plain text for a terminal."""
    text = _TEXT[document["language"]]
    settings = document["settings"]
    lines = [
        text["title"].format(model=document["model"]["name"]),
        text["settings"].format(
            alpha=settings["alpha"],
            ri=settings["random_index_table"],
            norm=text[settings["normalisation"]],
            synthesis=text[settings["synthesis"]],
        ),
        "",
    ]
    lines += _caveat_lines(document)
    lines += [text["weights"]]
    lines += [f"  {c['global_weight']:.4f}  {c['id']}  {c['name']}" for c in document["criteria"]]
    lines += ["", text["consistency"]]
    for node in [*document["nodes"], *document["strategy_nodes"]]:
        cr = node["consistency_ratio"]
        shown = (
            text["cr_undefined"]
            if cr is None
            else (f"{cr:.4f} ({node['threshold']:.2f}) {text[node['cr_status']]}")
        )
        if node["kind"] == "strategies":
            node = {**node, "name": text["strategies_under"].format(name=node["name"])}
        lines.append(
            f"  {_padded(node['code'], 5)} {shown}"
            f"{'' if node['complete'] else text['incomplete']}"
            f"  {node['name']}"
        )
    for district in document["districts"]:
        lines += ["", f"■ {district['name']}", text["header"]]
        for entry in district["ranking"]:
            gap = "" if entry["gap_to_next"] is None else f"{entry['gap_to_next']:.4f}"
            tie = text["tie"] if entry["tied"] else ""
            lines.append(
                f"  {entry['rank']:<3} {entry['priority']:.4f}    {gap:<11}  "
                f"{entry['strategy']} {entry['name']}{tie}"
            )
        lines.append(district["evidence"])
    lines += ["", document["evidence_note"]]
    lines += [f"{note['subject_name']}: {note['text']}" for note in document["method_notes"]]
    return "\n".join(lines) + "\n"


def _caveat_lines(document: dict) -> list[str]:
    """The failing judgments first, where nobody reads past them; then a blank line."""
    warnings = tuple(NamedWarning(**entry) for entry in document["judgment_warnings"])
    found = judgment_lines(warnings, document["language"])
    if not found:
        return []
    return [found[0], *(f"  {line}" for line in found[1:]), ""]


def _padded(text: str, columns: int) -> str:
    """text filled with spaces to columns terminal cells (a Chinese character takes two)."""
    width = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(columns - width, 0)
