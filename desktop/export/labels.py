"""The exported text in both languages (sheet names, headers, headings, the method).

Plain tables rather than Qt translations: the command line exports with no Qt translator.
"""

from __future__ import annotations

_LABELS = {
    "zh": {
        "title": "电子商务产业集群策略排序建议",
        "subtitle": "层次分析法（AHP）按区排序六项策略",
        "model": "模型", "created": "生成时间", "app_version": "软件版本",
        "model_version": "{name}（版本 {version}）", "goal_code": "目标",
        "sheet_summary": "摘要", "sheet_ranking": "分区排序", "sheet_weights": "权重与一致性",
        "sheet_thresholds": "敏感性阈值", "sheet_indicators": "指标与来源", "sheet_method": "方法",
        "summary": "各区首选策略一览", "district": "区", "district_id": "区代码",
        "rank": "名次", "strategy": "策略", "strategy_id": "策略代码", "priority": "优先级",
        "gap_to_next": "与下一名差距", "tied": "并列", "yes": "是", "no": "否",
        "first_probability": "排第一的概率", "top_strategy": "首选策略",
        "top_stays_top": "保持第一的概率", "critical_criterion": "最敏感准则",
        "critical_change": "推翻首选所需的最小权重变化",
        "critical_percent": "相对当前权重（%）", "challenger": "取而代之的策略",
        "none_within": "在 [0, 1] 内无", "drivers": "贡献最大的准则",
        "criterion": "准则", "criterion_id": "准则代码", "contribution": "贡献",
        "share": "占优先级比例", "need": "需求 g", "neutral": "中性，无数据",
        "indicators_used": "所用指标", "measures": "论文提出的措施",
        "firmness": "稳健性", "ranking": "策略排序",
        "chart_contributions": "各策略优先级按准则分解",
        "chart_acceptability": "名次可接受度（蒙特卡洛）：各策略获得各名次的概率",
        "rank_n": "第{n}名",
        "weights": "准则权重", "layer": "层", "local_weight": "局部权重",
        "global_weight": "全局权重", "consistency": "各节点一致性",
        "node": "节点", "cr": "一致性比率 CR", "threshold": "阈值", "status": "状态",
        "complete": "判断完整", "random_index": "随机一致性指标表",
        "status_ok": "可接受", "status_too_inconsistent": "不一致性过高",
        "status_incomplete": "不完整（缺失项已估计）", "status_undefined": "无定义（少于 3 项）",
        "thresholds": "秩反转阈值（权重绝对变化；空 = 在 [0, 1] 内无）",
        "current_weight": "当前权重", "top_increase": "改变首选：增加",
        "top_decrease": "改变首选：减少", "any_increase": "改变任一名次：增加",
        "any_decrease": "改变任一名次：减少", "increase_challenger": "增加时的新首选",
        "decrease_challenger": "减少时的新首选",
        "indicators": "指标与来源", "indicator": "指标", "indicator_id": "指标代码",
        "unit": "单位", "year": "年份", "scope": "范围", "section": "论文章节",
        "source": "来源", "origin": "出处", "enters_need": "计入需求",
        "missing_districts": "缺失数值的区", "note": "备注", "value": "数值",
        "list_separator": "；", "value_separator": "：", "name_separator": "、",
        "scope_city": "全市", "scope_district": "分区", "scope_peer_city": "其他城市",
        "origin_paper": "论文", "origin_planner": "规划者修改",
        "origin_public_supplement": "公开补充数据",
        "planner_edits": "规划者修改的指标数值", "place": "地点",
        "neutral_cells": "无指标数据、按中性需求 0.5 处理的准则",
        "settings": "设置", "alpha": "需求强调 α", "normalisation": "标准化方法",
        "ratio_to_best": "与最佳区之比", "min_max": "最小–最大",
        "public_supplement": "使用公开补充数据", "mc_spread": "蒙特卡洛扰动幅度（对数标准差）",
        "mc_samples": "蒙特卡洛样本数", "mc_kept": "保留样本数", "mc_seed": "随机种子",
        "mc_discard": "丢弃不一致的样本",
        "mc_status": "蒙特卡洛分析", "mc_available": "已完成",
        "mc_unavailable": "不可用（原因见首页）",
        "caveats": "阅读此排序时请注意", "district_data": "需求依据的数据",
        "judgment_warning": "一致性警告", "mc_note": "蒙特卡洛说明",
        "notes": "会话备注", "no_notes": "（无）", "method": "方法", "sources": "来源",
        "model_source": "模型依据的论文",
        "replaced_characters": "文件无法保存、已替换为 \ufffd 的字符数（控制字符、非字符、孤立代理项）",
        "cell_continues": "［第 {part} 段，共 {parts} 段；下接下一行］",
        "cell_continued": "［第 {part} 段，共 {parts} 段］",
        "page": "第 {n} 页",
    },
    "en": {
        "title": "E-commerce cluster strategies: ranked recommendations",
        "subtitle": "Six strategies ranked per district with the Analytic Hierarchy Process (AHP)",
        "model": "Model", "created": "Created", "app_version": "App version",
        "model_version": "{name} (version {version})", "goal_code": "Goal",
        "sheet_summary": "Summary", "sheet_ranking": "Ranking by district",
        "sheet_weights": "Weights and consistency", "sheet_thresholds": "Sensitivity thresholds",
        "sheet_indicators": "Indicators and sources", "sheet_method": "Method",
        "summary": "Top strategy per district", "district": "District",
        "district_id": "District id", "rank": "Rank", "strategy": "Strategy",
        "strategy_id": "Strategy id", "priority": "Priority", "gap_to_next": "Gap to next",
        "tied": "Tied", "yes": "yes", "no": "no",
        "first_probability": "Probability of rank 1", "top_strategy": "Top strategy",
        "top_stays_top": "P(top stays top)", "critical_criterion": "Most sensitive criterion",
        "critical_change": "Smallest weight change that dethrones the top",
        "critical_percent": "Relative to current weight (%)", "challenger": "New top strategy",
        "none_within": "none within [0, 1]", "drivers": "Criteria that contribute most",
        "criterion": "Criterion", "criterion_id": "Criterion id", "contribution": "Contribution",
        "share": "Share of priority", "need": "Need g", "neutral": "neutral (no data)",
        "indicators_used": "Indicators used", "measures": "The paper's measures",
        "firmness": "How firm", "ranking": "Ranking",
        "chart_contributions": "Each strategy's priority split into criteria",
        "chart_acceptability": "Rank acceptability (Monte Carlo): probability of each rank",
        "rank_n": "rank {n}",
        "weights": "Criteria weights", "layer": "Layer", "local_weight": "Local weight",
        "global_weight": "Global weight", "consistency": "Consistency per node",
        "node": "Node", "cr": "Consistency ratio CR", "threshold": "Threshold",
        "status": "Status", "complete": "Judgments complete", "random_index": "Random index table",
        "status_ok": "acceptable", "status_too_inconsistent": "too inconsistent",
        "status_incomplete": "incomplete (missing pairs estimated)",
        "status_undefined": "undefined (fewer than 3 items)",
        "thresholds": "Rank-reversal thresholds (absolute weight change; empty = none within "
                      "[0, 1])",
        "current_weight": "Current weight", "top_increase": "Changes the top: increase",
        "top_decrease": "Changes the top: decrease", "any_increase": "Changes any rank: increase",
        "any_decrease": "Changes any rank: decrease",
        "increase_challenger": "New top on increase", "decrease_challenger": "New top on decrease",
        "indicators": "Indicators and sources", "indicator": "Indicator",
        "indicator_id": "Indicator id", "unit": "Unit", "year": "Year", "scope": "Scope",
        "section": "Paper section", "source": "Source", "origin": "Origin",
        "enters_need": "Enters the need", "missing_districts": "Districts with no value",
        "list_separator": "; ", "value_separator": ": ", "name_separator": ", ",
        "note": "Note", "value": "Value",
        "scope_city": "city", "scope_district": "district", "scope_peer_city": "other city",
        "origin_paper": "paper", "origin_planner": "changed by the planner",
        "origin_public_supplement": "public supplement",
        "planner_edits": "Indicator values changed by the planner", "place": "Place",
        "neutral_cells": "Criteria with no indicator data, given the neutral need 0.5",
        "settings": "Settings", "alpha": "Need emphasis α", "normalisation": "Normalisation",
        "ratio_to_best": "ratio to best", "min_max": "min–max",
        "public_supplement": "Public supplement used",
        "mc_spread": "Monte Carlo spread (log-scale standard deviation)",
        "mc_samples": "Monte Carlo samples", "mc_kept": "Samples kept", "mc_seed": "Random seed",
        "mc_discard": "Discard inconsistent samples",
        "mc_status": "Monte Carlo analysis", "mc_available": "done",
        "mc_unavailable": "unavailable (see why on the first page)",
        "caveats": "Read this ranking with care", "district_data": "What the need rests on",
        "judgment_warning": "Consistency warning", "mc_note": "Monte Carlo note",
        "notes": "Session notes", "no_notes": "(none)", "method": "Method", "sources": "Sources",
        "model_source": "The paper the model follows",
        "replaced_characters": "Characters no file format can hold (control characters, "
                               "noncharacters, lone surrogates), replaced by \ufffd",
        "cell_continues": "[part {part} of {parts}; continues in the next row]",
        "cell_continued": "[part {part} of {parts}]",
        "page": "Page {n}",
    },
}

_METHOD = {
    "zh": (
        "准则权重：对每个节点的两两比较判断矩阵用层次分析法（AHP，特征向量法，经 ahpy 计算）求局部权重；"
        "全局权重 w_c 为从目标到准则路径上局部权重之积。一致性比率 CR = CI / RI，"
        "CI = (λ_max − n) / (n − 1)，RI 取自所列随机一致性指标表；Saaty 阈值为 0.05（n = 3）、"
        "0.08（n = 4）、0.10（n > 4）。",
        "策略有效性 e_{s,c}：每项准则下各策略的局部优先级（对 s 求和为 1），来自评级或两两比较。",
        "各区需求：表现 p_{d,c} 为该区在准则 c 上各指标标准化值的平均（缺失值略去，绝不当作 0）；"
        "需求 g_{d,c} = 1 − p_{d,c}；没有任何数值的区取中性需求 0.5。",
        "各区调整权重：ŵ_{d,c} = w_c·((1 − α) + α·g_{d,c}) / Σ_c′ w_c′·((1 − α) + α·g_{d,c′})。"
        "优先级 P_{d,s} = Σ_c ŵ_{d,c}·e_{s,c}；准则 c 对策略 s 的贡献为 ŵ_{d,c}·e_{s,c}。",
        "秩反转阈值（Triantaphyllou 与 Sánchez, 1997）：单独改变一项准则的全局权重（其余按比例缩放），"
        "使首选策略或任一名次改变所需的最小绝对变化；由线性函数的根精确求得。",
        "蒙特卡洛：每个判断 a_ij 乘以 exp(N(0, σ))，截断在 1/9 … 9，互反项取倒数；重算权重与排序，"
        "统计各策略获得各名次的概率（名次可接受度）及当前首选保持第一的概率。",
    ),
    "en": (
        "Criteria weights: the local weights of each node come from its matrix of pairwise "
        "judgments by the Analytic Hierarchy Process (principal eigenvector, computed with "
        "ahpy); the global weight w_c is the product of the local weights on the path from the "
        "goal to the criterion. Consistency ratio CR = CI / RI with CI = (λ_max − n) / (n − 1) "
        "and RI from the random index table named; Saaty's thresholds are 0.05 (n = 3), "
        "0.08 (n = 4) and 0.10 (n > 4).",
        "Strategy effectiveness e_{s,c}: the local priority of each strategy under each "
        "criterion (summing to 1 over s), from ratings or from pairwise judgments.",
        "District need: the performance p_{d,c} is the mean of the district's normalised "
        "indicator values for criterion c (missing values are left out, never read as 0); the "
        "need is g_{d,c} = 1 − p_{d,c}; a district with no value at all gets the neutral need "
        "0.5.",
        "District-adjusted weights: ŵ_{d,c} = w_c·((1 − α) + α·g_{d,c}) / "
        "Σ_c′ w_c′·((1 − α) + α·g_{d,c′}). Priority P_{d,s} = Σ_c ŵ_{d,c}·e_{s,c}; the "
        "contribution of criterion c to strategy s is ŵ_{d,c}·e_{s,c}.",
        "Rank-reversal thresholds (Triantaphyllou and Sánchez 1997): the smallest absolute "
        "change of one criterion's global weight (the others rescaled in proportion) that "
        "changes the top strategy, or any rank; found exactly as roots of linear functions.",
        "Monte Carlo: every judgment a_ij is multiplied by exp(N(0, σ)), clipped to 1/9 … 9, "
        "its mirror the reciprocal; weights and rankings are recomputed, giving each "
        "strategy's probability of each rank (rank acceptability) and the probability that "
        "today's top strategy stays on top.",
    ),
}


def labels(lang: str) -> dict[str, str]:
    """The exported text in lang ('zh' or 'en'; anything else gives English)."""
    return _LABELS["zh" if lang == "zh" else "en"]


def node_code(hierarchy, node: str, lang: str) -> str:
    """A node's code as a reader sees it: L1, C7, and a word for the goal (its id is no code)."""
    return labels(lang)["goal_code"] if node == hierarchy.goal else node


def method_text(lang: str) -> tuple[str, ...]:
    """The method, one paragraph per step, with its formulas."""
    return _METHOD["zh" if lang == "zh" else "en"]
