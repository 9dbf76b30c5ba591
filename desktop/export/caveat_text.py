"""The caveats of a ranking in words, for the exports and the command line (no Qt).

The core (strategies.caveats) decides which nodes fail the consistency check and which
criteria lack district data; here they get names in the report's language and become sentences.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from desktop.export.labels import labels
from strategies.caveats import STRATEGIES_NODE, district_evidence, judgment_warnings
from strategies.evaluation import Evaluation

_TEXT = {
    "zh": {
        "judgments_title": "⚠ 以下判断未通过一致性检验或不完整，依此排序决策之前请先修订：",
        "inconsistent": "{name}：CR = {cr}，超过阈值 {threshold}",
        "incomplete": "{name}：判断不完整，补全后矩阵的 CR = {cr}（阈值 {threshold}）",
        "incomplete_inconsistent": "{name}：判断不完整，补全后矩阵的 CR = {cr}，超过阈值 {threshold}",
        "strategies_under": "{criterion} 下各策略的两两比较",
        "undefined": "无定义",
        "evidence_title": "各区需求有多少依据区级数据",
        "evidence_note": "缺失数据不被当作需求：本区无数据的准则取有数据各区的平均需求；"
        "没有任何区有数据的准则取本区已测准则的平均需求，因而其权重不因需求而偏移。",
        "evidence": "{district}：{total} 项准则中有 {measured} 项依据区级数据（{measured_names}）；"
        "{neutral} 项无区级数据（取平均需求）：{neutral_names}。",
        "evidence_all": "{district}：全部 {total} 项准则都依据区级数据（{measured_names}）。",
        "evidence_none": "{district}：{total} 项准则都没有本区数据；该区按平均水平的区处理"
        "（取有数据各区的平均需求，全无数据时为普通 AHP 排序）。",
        "list_separator": "、",
        "name_separator": "、",
        "sentence_gap": "",
        "monte_carlo_unavailable": "蒙特卡洛分析不可用，名次概率留空。",
        "no_samples_base": "已勾选“{option}”，而基础判断本身未通过一致性检验（{nodes}），"
        "因此每个样本都被丢弃；降低扰动幅度无济于事。请先修订这些判断，"
        "或取消勾选“{option}”。",
        "no_samples_spread": "已勾选“{option}”，扰动幅度 σ = {spread:g} 使每个样本都超过一致性阈值而被丢弃；"
        "请降低扰动幅度或取消勾选“{option}”。",
        "failed": "计算失败：{detail}",
        "analysis_unavailable": "{analysis}不可用，计算失败：{detail}",
        "analysis_not_applicable": "{analysis}：—（模型只有一项准则，没有可移动的权重）。",
        "analysis_thresholds": "秩反转阈值",
        "analysis_gradient": "权重扫描",
        "analysis_alpha": "需求强调 α 扫描",
        "analysis_panel_resampling": "专家组重抽样",
        "node_cr": "{name} CR {cr} > {threshold}",
    },
    "en": {
        "judgments_title": "⚠ These judgments fail the consistency check or are incomplete; "
        "revise them before relying on this ranking:",
        "inconsistent": "{name}: CR = {cr}, above the threshold {threshold}",
        "incomplete": "{name}: judgments incomplete; the completed matrix has CR = {cr} "
        "(threshold {threshold})",
        "incomplete_inconsistent": "{name}: judgments incomplete; the completed matrix has "
        "CR = {cr}, above the threshold {threshold}",
        "strategies_under": "the strategies judged pairwise under {criterion}",
        "undefined": "undefined",
        "evidence_title": "How much of each district's need rests on district data",
        "evidence_note": "Missing data is not read as need: a criterion without the district's "
        "figures gets the mean need of the districts that have figures on it; "
        "one no district has figures on gets the district's own mean need over "
        "its measured criteria, so its weight is not tilted.",
        "evidence": "{district}: {measured} of {total} criteria rest on district data "
        "({measured_names}); {neutral} have no district figures (given an average need): "
        "{neutral_names}.",
        "evidence_all": "{district}: all {total} criteria rest on district data "
        "({measured_names}).",
        "evidence_none": "{district}: none of the {total} criteria has figures of this "
        "district; it is taken as an average district (the mean need of the "
        "districts with figures; plain AHP where no district has any).",
        "list_separator": "; ",
        "name_separator": ", ",
        "sentence_gap": " ",
        "monte_carlo_unavailable": "The Monte Carlo analysis is unavailable; rank probabilities "
        "are left empty.",
        "no_samples_base": "'{option}' is ticked and the base judgments themselves fail the "
        "consistency check ({nodes}), so every sample was discarded; a "
        "lower spread cannot help. Revise those judgments, or untick "
        "'{option}'.",
        "no_samples_spread": "'{option}' is ticked and the spread σ = {spread:g} pushes every "
        "sample past a consistency threshold, so every sample was "
        "discarded; lower the spread or untick '{option}'.",
        "failed": "it failed: {detail}",
        "analysis_unavailable": "The {analysis} analysis is unavailable; it failed: {detail}",
        "analysis_not_applicable": "The {analysis}: — (the model has one criterion: there is "
        "no weight to move).",
        "analysis_thresholds": "rank-reversal thresholds",
        "analysis_gradient": "weight sweep",
        "analysis_alpha": "need emphasis α sweep",
        "analysis_panel_resampling": "panel resampling",
        "node_cr": "{name} CR {cr} > {threshold}",
    },
}


def _text(lang: str) -> dict[str, str]:
    return _TEXT["zh" if lang == "zh" else "en"]


@dataclass(frozen=True)
class NamedWarning:
    """A judgment warning with the node's name in the report's language."""

    id: str
    name: str
    kind: str
    consistency_ratio: float | None
    threshold: float | None
    complete: bool
    inconsistent: bool


@dataclass(frozen=True)
class NamedEvidence:
    """One district's measured and neutral criteria, as "C1 name" labels in model order."""

    district: str
    name: str
    measured: tuple[str, ...]
    neutral: tuple[str, ...]
    measured_names: tuple[str, ...]
    neutral_names: tuple[str, ...]


def named_warnings(evaluation: Evaluation, lang: str) -> tuple[NamedWarning, ...]:
    """The core's judgment warnings, each node named as the planner sees it."""
    hierarchy = evaluation.model.hierarchy
    found = []
    for warning in judgment_warnings(evaluation):
        name = hierarchy.name(warning.node, lang)
        if warning.node != hierarchy.goal:  # the goal has no code a planner would know
            name = f"{warning.node} {name}"
        if warning.kind == STRATEGIES_NODE:
            name = _text(lang)["strategies_under"].format(criterion=name)
        found.append(
            NamedWarning(
                warning.node,
                name,
                warning.kind,
                warning.consistency_ratio,
                warning.threshold,
                warning.complete,
                warning.inconsistent,
            )
        )
    return tuple(found)


def named_evidence(evaluation: Evaluation, lang: str) -> tuple[NamedEvidence, ...]:
    """The core's district evidence with district and criterion names."""
    model = evaluation.model

    def named(criteria: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(f"{c} {model.hierarchy.name(c, lang)}" for c in criteria)

    return tuple(
        NamedEvidence(
            entry.district,
            model.district(entry.district).name.get(lang),
            entry.measured,
            entry.neutral,
            named(entry.measured),
            named(entry.neutral),
        )
        for entry in district_evidence(evaluation)
    )


def _ratio(value: float | None, lang: str, digits: int = 3) -> str:
    return _text(lang)["undefined"] if value is None else f"{value:.{digits}f}"


def warning_line(warning: NamedWarning, lang: str) -> str:
    """One node, its CR and threshold, in plain words."""
    key = (
        "inconsistent"
        if warning.complete
        else "incomplete_inconsistent"
        if warning.inconsistent
        else "incomplete"
    )
    return _text(lang)[key].format(
        name=warning.name,
        cr=_ratio(warning.consistency_ratio, lang),
        threshold=_ratio(warning.threshold, lang, 2),
    )


def judgment_lines(warnings: tuple[NamedWarning, ...], lang: str) -> tuple[str, ...]:
    """The banner: a title and a line per node; nothing when every node is fine."""
    if not warnings:
        return ()
    return (_text(lang)["judgments_title"], *(warning_line(warning, lang) for warning in warnings))


def evidence_line(evidence: NamedEvidence, lang: str) -> str:
    """How many criteria rest on district data in one district, and which are neutral."""
    text = _text(lang)
    separator = text["list_separator"]
    key = (
        "evidence_none"
        if not evidence.measured
        else "evidence_all"
        if not evidence.neutral
        else "evidence"
    )
    return text[key].format(
        district=evidence.name,
        total=len(evidence.measured) + len(evidence.neutral),
        measured=len(evidence.measured),
        neutral=len(evidence.neutral),
        measured_names=separator.join(evidence.measured_names),
        neutral_names=separator.join(evidence.neutral_names),
    )


def evidence_lines(evidence: tuple[NamedEvidence, ...], lang: str) -> tuple[str, ...]:
    """A title, a line per group of districts whose need rests on the same criteria (each
    district named), and what "neutral" means."""
    text = _text(lang)
    return (
        text["evidence_title"],
        *(evidence_line(entry, lang) for entry in _grouped(evidence, lang)),
        text["evidence_note"],
    )


def _grouped(evidence: tuple[NamedEvidence, ...], lang: str) -> list[NamedEvidence]:
    groups: dict[tuple, list[NamedEvidence]] = {}
    for entry in evidence:
        groups.setdefault((entry.measured, entry.neutral), []).append(entry)
    separator = _text(lang)["name_separator"]
    return [
        replace(entries[0], name=separator.join(e.name for e in entries))
        for entries in groups.values()
    ]


def analysis_unavailable_text(analysis: str, detail: str, lang: str, reason: str = "") -> str:
    """Why an analysis other than the Monte Carlo is missing from the report."""
    from strategies.sensitivity.bundle import NOT_APPLICABLE

    text = _text(lang)
    name = text.get(f"analysis_{analysis}", analysis)
    key = "analysis_not_applicable" if reason == NOT_APPLICABLE else "analysis_unavailable"
    return text[key].format(analysis=name, detail=detail)


def monte_carlo_unavailable_text(
    reason: str, detail: str, spread: float, warnings: tuple[NamedWarning, ...], lang: str
) -> str:
    """Why the Monte Carlo gave nothing: the base judgments when they fail the check, else
    the spread; the option named by its checkbox's own label."""
    from strategies.sensitivity.bundle import NO_SAMPLES_KEPT

    # labels' "mc_discard" is the checkbox's own label (a test keeps the two equal).
    text, option = _text(lang), labels(lang)["mc_discard"]
    if reason != NO_SAMPLES_KEPT:
        cause = text["failed"].format(detail=detail)
    else:
        failing = [w for w in warnings if w.inconsistent]
        nodes = text["list_separator"].join(
            text["node_cr"].format(
                name=w.name,
                cr=_ratio(w.consistency_ratio, lang),
                threshold=_ratio(w.threshold, lang, 2),
            )
            for w in failing
        )
        cause = (
            text["no_samples_base"].format(option=option, nodes=nodes)
            if failing
            else text["no_samples_spread"].format(option=option, spread=spread)
        )
    return text["monte_carlo_unavailable"] + text["sentence_gap"] + cause
