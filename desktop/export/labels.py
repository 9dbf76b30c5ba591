"""The exported text in both languages (sheet names, headers, headings, the method).

Plain tables rather than Qt translations: the command line exports with no Qt translator.
"""

from __future__ import annotations

_LABELS = {
    "zh": {
        "title": "集群策略排序建议",
        "subtitle": "层次分析法（AHP）按区排序 {count} 项策略",
        "model": "模型",
        "created": "生成时间",
        "app_version": "软件版本",
        "model_version": "{name}（版本 {version}）",
        "goal_code": "目标",
        "sheet_summary": "摘要",
        "sheet_ranking": "分区排序",
        "sheet_weights": "权重与一致性",
        "sheet_thresholds": "敏感性阈值",
        "sheet_indicators": "指标与来源",
        "sheet_method": "方法",
        "summary": "各区首选策略一览",
        "district": "区",
        "district_id": "区代码",
        "rank": "名次",
        "strategy": "策略",
        "strategy_id": "策略代码",
        "priority": "优先级",
        "gap_to_next": "与下一名差距",
        "tied": "并列",
        "yes": "是",
        "no": "否",
        "first_probability": "排第一的概率",
        "top_strategy": "首选策略",
        "top_stays_top": "保持第一的概率",
        "critical_criterion": "最敏感准则",
        "critical_change": "推翻首选所需的最小权重变化（标准化后 Δ）",
        "critical_percent": "Δ 相对当前权重（%）",
        "challenger": "取而代之的策略",
        "none_within": "在 [0, 1] 内无",
        "drivers": "贡献最大的准则",
        "criterion": "准则",
        "criterion_id": "准则代码",
        "contribution": "贡献",
        "share": "占优先级比例",
        "need": "需求 g",
        # Short: a cell of the drivers table; the caveats say the rule in full.
        "need_districts_mean": "各区平均",
        "need_own_mean": "本区平均",
        "need_no_data": "无数据",
        "indicators_used": "所用指标",
        "measures": "论文提出的措施",
        "firmness": "稳健性",
        "ranking": "策略排序",
        "alpha_holds": "α = {alpha:.2f} 时的排序在 α ∈ ({low:.3f}, {high:.3f}) 内不变",
        "alpha_on_change": "α = {alpha:.2f} 本身是名次改变点（并列）",
        "alpha_no_changes": "α 在 [0, 1] 内任何位置名次都不变",
        "alpha_one_drops": "α = 1 时无权重（无差距）：{criteria}",
        "alpha_one_keeps": "α = 1 时各准则都有权重",
        "alpha_low": "排序保持不变的 α 下限",
        "alpha_high": "排序保持不变的 α 上限",
        "alpha_points": "名次改变处的 α",
        "alpha_dropped": "α = 1 时权重为 0 的准则",
        "chart_contributions": "各策略优先级按准则分解",
        "chart_acceptability": "名次可接受度（蒙特卡洛）：各策略获得各名次的概率",
        "map_title": "各区首选策略地图",
        "continued": "{name}（续）",
        "map_credit": "区界轮廓：{credit}",
        "map_missing": "无轮廓、未画入地图：{districts}",
        "segments_are_criteria": "每段为一项准则，次序同权重表",
        "rank_n": "第{n}名",
        "panel_resampling": "专家组重抽样",
        "panel_resampling_intro": (
            "集结方式：{aggregation}。计入 {experts} 位专家；共抽样 {draws} 次（随机种子 "
            "{seed}），每次按权重有放回地抽取同样人数的专家。与蒙特卡洛（扰动判断）不同，"
            "这里每位专家的判断不变，变化的是专家组由谁组成。"
        ),
        "resampled_top": "完整专家组的首选策略 {top} 保持首位的概率：{chance}",
        "weights": "准则权重",
        "layer": "层",
        "local_weight": "局部权重",
        "global_weight": "全局权重",
        "consistency": "各节点一致性",
        "node": "节点",
        "cr": "一致性比率 CR",
        "threshold": "阈值",
        "status": "状态",
        "complete": "判断完整",
        "random_index": "随机一致性指标表",
        "status_ok": "可接受",
        "status_too_inconsistent": "不一致性过高",
        "status_incomplete": "不完整（缺失项已估计）",
        "status_undefined": "无定义（少于 3 项）",
        "thresholds": "秩反转阈值（空 = 在 [0, 1] 内无）：Δ 为标准化后权重的变化，"
        "T&S δ 为标准化之前加到权重上的变化",
        "current_weight": "当前权重",
        "top_increase": "改变首选：增加，标准化后 Δ",
        "top_decrease": "改变首选：减少，标准化后 Δ",
        "any_increase": "改变任一名次：增加，标准化后 Δ",
        "any_decrease": "改变任一名次：减少，标准化后 Δ",
        "increase_challenger": "增加时的新首选",
        "decrease_challenger": "减少时的新首选",
        "indicators": "指标与来源",
        "indicator": "指标",
        "indicator_id": "指标代码",
        "unit": "单位",
        "year": "年份",
        "scope": "范围",
        "section": "论文章节",
        "source": "来源",
        "origin": "出处",
        "enters_need": "计入需求",
        "missing_districts": "缺失数值的区",
        "note": "备注",
        "value": "数值",
        "list_separator": "；",
        "value_separator": "：",
        "name_separator": "、",
        "scope_city": "全市",
        "scope_district": "分区",
        "scope_peer_city": "其他城市",
        "origin_paper": "论文",
        "origin_planner": "规划者修改",
        "origin_public_supplement": "公开补充数据",
        "origin_data_file": "数据文件导入",
        "planner_edits": "规划者修改的指标数值",
        "sheet_coverage": "证据覆盖",
        "coverage_title": "证据覆盖：各准则、各区的可用数值个数与年份（中性＝本区没有自己的数值，需求取平均值）",
        "coverage_neutral": "中性",
        "imported_values": "导入的区级数据",
        "data_file": "文件",
        "data_sheet": "工作表",
        "data_row": "行",
        "data_used": "采用",
        "place": "地点",
        "neutral_cells": "本区无指标数据的准则（需求取平均值，不视为需求）",
        "settings": "设置",
        "alpha": "需求强调 α",
        "normalisation": "标准化方法",
        "ratio_to_best": "与最佳区之比",
        "min_max": "最小–最大",
        "synthesis": "综合模式",
        "synthesis_ideal": "理想模式（各准则下最佳策略 = 1）",
        "synthesis_distributive": "分配模式（各准则下份额之和为 1）",
        "public_supplement": "使用公开补充数据",
        "mc_spread": "蒙特卡洛扰动幅度（对数标准差）",
        "mc_samples": "蒙特卡洛样本数",
        "mc_kept": "保留样本数",
        "mc_seed": "随机种子",
        "mc_discard": "丢弃不一致的样本",
        "mc_status": "蒙特卡洛分析",
        "mc_available": "已完成",
        "mc_unavailable": "不可用（原因见首页）",
        "caveats": "阅读此排序时请注意",
        "district_data": "需求依据的数据",
        "judgment_warning": "一致性警告",
        "mc_note": "蒙特卡洛说明",
        "notes": "会话备注",
        "no_notes": "（无）",
        "method": "方法",
        "sources": "来源",
        "model_source": "模型依据的论文",
        "replaced_characters": "文件无法保存、已替换为 \ufffd 的字符数（控制字符、非字符、孤立代理项）",
        "cell_continues": "［第 {part} 段，共 {parts} 段；下接下一行］",
        "cell_continued": "［第 {part} 段，共 {parts} 段］",
        "sheet_alpha": "α 变化点",
        "ts_short": "T&S δ",
        "critical_change_short": "推翻首选所需的最小权重变化",
        "critical_ts_delta": "同一阈值的 T&S δ（标准化之前加到权重上的变化）",
        "critical_ts_percent": "T&S 临界度 D′ = δ/w（%）",
        "alpha_change_points": "名次改变处的 α（精确值）",
        "alpha_point": "α = {alpha:.4f}：{above} 超过 {below}（第 {rank} 名）",
        "alpha_exact": "α（精确值）",
        "ahead_below": "α 略小时领先",
        "ahead_above": "α 略大时领先",
        "consistency_all": "各节点一致性比率（不完整时为补全后矩阵）",
        "method_notes": "方法规则的适用说明",
        "strategies_under": "{criterion} 下各策略",
        "judged": "判断对象",
        "judged_criteria": "准则（层次结构节点）",
        "judged_strategies": "策略（该准则下两两比较）",
        "cr_check": "CR 检验（补全后矩阵）",
        "scoring": "计分方式说明",
        "top_increase_ts_delta": "改变首选：增加，T&S δ",
        "top_increase_ts_percent": "改变首选：增加，T&S 临界度 δ/w（%）",
        "top_decrease_ts_delta": "改变首选：减少，T&S δ",
        "top_decrease_ts_percent": "改变首选：减少，T&S 临界度 δ/w（%）",
        "any_increase_ts_delta": "改变任一名次：增加，T&S δ",
        "any_increase_ts_percent": "改变任一名次：增加，T&S 临界度 δ/w（%）",
        "any_decrease_ts_delta": "改变任一名次：减少，T&S δ",
        "any_decrease_ts_percent": "改变任一名次：减少，T&S 临界度 δ/w（%）",
        "page": "第 {n} 页",
    },
    "en": {
        "title": "Cluster strategies: ranked recommendations",
        "subtitle": "{count} strategies ranked per district with the Analytic Hierarchy Process (AHP)",
        "model": "Model",
        "created": "Created",
        "app_version": "App version",
        "model_version": "{name} (version {version})",
        "goal_code": "Goal",
        "sheet_summary": "Summary",
        "sheet_ranking": "Ranking by district",
        "sheet_weights": "Weights and consistency",
        "sheet_thresholds": "Sensitivity thresholds",
        "sheet_indicators": "Indicators and sources",
        "sheet_method": "Method",
        "summary": "Top strategy per district",
        "district": "District",
        "district_id": "District id",
        "rank": "Rank",
        "strategy": "Strategy",
        "strategy_id": "Strategy id",
        "priority": "Priority",
        "gap_to_next": "Gap to next",
        "tied": "Tied",
        "first_probability": "Probability of rank 1",
        "top_strategy": "Top strategy",
        "top_stays_top": "P(top stays top)",
        "critical_criterion": "Most sensitive criterion",
        "critical_change": "Smallest weight change that dethrones the top (renormalised Δ)",
        "critical_percent": "Δ relative to current weight (%)",
        "challenger": "New top strategy",
        "none_within": "none within [0, 1]",
        "drivers": "Criteria that contribute most",
        "criterion": "Criterion",
        "criterion_id": "Criterion id",
        "contribution": "Contribution",
        "share": "Share of priority",
        "need": "Need g",
        # Short: a cell of the drivers table; the caveats say the rule in full.
        "need_districts_mean": "mean of districts",
        "need_own_mean": "district mean",
        "need_no_data": "no data",
        "indicators_used": "Indicators used",
        "measures": "The paper's measures",
        "firmness": "How firm",
        "ranking": "Ranking",
        "alpha_holds": "ranking at α = {alpha:.2f} holds for α in ({low:.3f}, {high:.3f})",
        "alpha_on_change": "α = {alpha:.2f} is itself a change point (a tie)",
        "alpha_no_changes": "no rank changes anywhere in α ∈ [0, 1]",
        "alpha_one_drops": "no weight at α = 1 (no gap): {criteria}",
        "alpha_one_keeps": "every criterion keeps weight at α = 1",
        "alpha_low": "α: ranking holds from",
        "alpha_high": "α: ranking holds up to",
        "alpha_points": "α where ranks change",
        "alpha_dropped": "No weight at α = 1",
        "chart_contributions": "Each strategy's priority split into criteria",
        "chart_acceptability": "Rank acceptability (Monte Carlo): probability of each rank",
        "map_title": "Map: top strategy per district",
        "continued": "{name} (continued)",
        "map_credit": "Outlines: {credit}",
        "map_missing": "Not on the map (no outline): {districts}",
        "segments_are_criteria": "each segment is a criterion, in the weights table's order",
        "rank_n": "rank {n}",
        "panel_resampling": "Panel resampling",
        "panel_resampling_intro": (
            "Aggregation: {aggregation}. {experts} experts counted; each of {draws} draws "
            "(seed {seed}) takes as many experts, with replacement, by weight. Unlike the Monte "
            "Carlo (judgments perturbed), each expert's judgments stay as given and who is on "
            "the panel varies."
        ),
        "resampled_top": "Probability that the full panel's top strategy {top} stays on top: "
        "{chance}",
        "weights": "Criteria weights",
        "layer": "Layer",
        "local_weight": "Local weight",
        "global_weight": "Global weight",
        "consistency": "Consistency per node",
        "node": "Node",
        "cr": "Consistency ratio CR",
        "threshold": "Threshold",
        "status": "Status",
        "complete": "Judgments complete",
        "random_index": "Random index table",
        "status_ok": "acceptable",
        "status_too_inconsistent": "too inconsistent",
        "status_incomplete": "incomplete (missing pairs estimated)",
        "status_undefined": "undefined (fewer than 3 items)",
        "thresholds": "Rank-reversal thresholds (empty = none within [0, 1]): Δ is the change "
        "of the renormalised weight, T&S δ the change added before renormalising",
        "current_weight": "Current weight",
        "top_increase": "Changes the top: increase, renormalised Δ",
        "top_decrease": "Changes the top: decrease, renormalised Δ",
        "any_increase": "Changes any rank: increase, renormalised Δ",
        "any_decrease": "Changes any rank: decrease, renormalised Δ",
        "increase_challenger": "New top on increase",
        "decrease_challenger": "New top on decrease",
        "indicators": "Indicators and sources",
        "indicator": "Indicator",
        "indicator_id": "Indicator id",
        "unit": "Unit",
        "year": "Year",
        "scope": "Scope",
        "section": "Paper section",
        "source": "Source",
        "origin": "Origin",
        "enters_need": "Enters the need",
        "missing_districts": "Districts with no value",
        "list_separator": "; ",
        "value_separator": ": ",
        "name_separator": ", ",
        "note": "Note",
        "value": "Value",
        "scope_city": "city",
        "scope_district": "district",
        "scope_peer_city": "other city",
        "origin_paper": "paper",
        "origin_planner": "changed by the planner",
        "origin_public_supplement": "public supplement",
        "origin_data_file": "imported from a data file",
        "planner_edits": "Indicator values changed by the planner",
        "sheet_coverage": "Coverage",
        "coverage_title": "Evidence coverage: usable values per criterion and district, and their years (neutral = none of the district's own, an average need stands in)",
        "coverage_neutral": "neutral",
        "imported_values": "Imported district data",
        "data_file": "File",
        "data_sheet": "Sheet",
        "data_row": "Row",
        "data_used": "Used",
        "yes": "yes",
        "no": "no",
        "place": "Place",
        "neutral_cells": "Criteria with no district data (given an average need, not read as need)",
        "settings": "Settings",
        "alpha": "Need emphasis α",
        "normalisation": "Normalisation",
        "ratio_to_best": "ratio to best",
        "min_max": "min–max",
        "synthesis": "Synthesis mode",
        "synthesis_ideal": "ideal (best strategy under each criterion = 1)",
        "synthesis_distributive": "distributive (shares under each criterion sum to 1)",
        "public_supplement": "Public supplement used",
        "mc_spread": "Monte Carlo spread (log-scale standard deviation)",
        "mc_samples": "Monte Carlo samples",
        "mc_kept": "Samples kept",
        "mc_seed": "Random seed",
        "mc_discard": "Discard inconsistent samples",
        "mc_status": "Monte Carlo analysis",
        "mc_available": "done",
        "mc_unavailable": "unavailable (see why on the first page)",
        "caveats": "Read this ranking with care",
        "district_data": "What the need rests on",
        "judgment_warning": "Consistency warning",
        "mc_note": "Monte Carlo note",
        "notes": "Session notes",
        "no_notes": "(none)",
        "method": "Method",
        "sources": "Sources",
        "model_source": "The paper the model follows",
        "replaced_characters": "Characters no file format can hold (control characters, "
        "noncharacters, lone surrogates), replaced by \ufffd",
        "cell_continues": "[part {part} of {parts}; continues in the next row]",
        "cell_continued": "[part {part} of {parts}]",
        "sheet_alpha": "Alpha change points",
        "ts_short": "T&S δ",
        "critical_change_short": "Smallest weight change that dethrones the top",
        "critical_ts_delta": "The same threshold as T&S δ (change added before renormalising)",
        "critical_ts_percent": "T&S criticality degree D′ = δ/w (%)",
        "alpha_change_points": "α where ranks change (exact)",
        "alpha_point": "α = {alpha:.4f}: {above} passes {below} (rank {rank})",
        "alpha_exact": "α (exact)",
        "ahead_below": "Ahead just below α",
        "ahead_above": "Ahead just above α",
        "consistency_all": "Consistency ratio of every node (completed matrix where incomplete)",
        "method_notes": "Where the method's rules apply",
        "strategies_under": "strategies under {criterion}",
        "judged": "Judged",
        "judged_criteria": "criteria (hierarchy node)",
        "judged_strategies": "strategies (pairwise under this criterion)",
        "cr_check": "CR check (completed matrix)",
        "scoring": "How it is scored",
        "top_increase_ts_delta": "Changes the top: increase, T&S δ",
        "top_increase_ts_percent": "Changes the top: increase, T&S criticality δ/w (%)",
        "top_decrease_ts_delta": "Changes the top: decrease, T&S δ",
        "top_decrease_ts_percent": "Changes the top: decrease, T&S criticality δ/w (%)",
        "any_increase_ts_delta": "Changes any rank: increase, T&S δ",
        "any_increase_ts_percent": "Changes any rank: increase, T&S criticality δ/w (%)",
        "any_decrease_ts_delta": "Changes any rank: decrease, T&S δ",
        "any_decrease_ts_percent": "Changes any rank: decrease, T&S criticality δ/w (%)",
        "page": "Page {n}",
    },
}

_METHOD = {
    "zh": (
        "准则权重：对每个节点的两两比较判断矩阵用层次分析法（AHP，特征向量法，经 ahpy 计算）求局部权重；"
        "全局权重 w_c 为从目标到准则路径上局部权重之积。一致性比率 CR = CI / RI，"
        "CI = (λ_max − n) / (n − 1)，RI 取自所列随机一致性指标表；Saaty 阈值为 0.05（n = 3）、"
        "0.08（n = 4）、0.10（n > 4）。",
        "策略有效性 e_{s,c}：每项准则下各策略的局部优先级，来自评级（评级标度的强度值）"
        "或两两比较的特征向量。理想模式（默认）：除以该准则下最佳策略的值，最佳者为 1；"
        "加入任一策略的副本、或在任何准则上都不优于最佳者的新策略，不会改变其他策略的次序"
        "（Belton 与 Gear, 1983；Saaty, 1994；Millet 与 Saaty, 2000）。分配模式：除以各策略之和，"
        "对 s 求和为 1；加入或删除策略可能使其他策略的次序反转（Belton–Gear 秩反转）。"
        "两种模式对评级与两两比较同样适用。所有策略均评为“无”的准则：理想模式下各策略得 0，"
        "分配模式下各得 1/n；两者都不改变任何区内的次序。理想模式下优先级 P_{d,s} 不再对 s 求和为 1，"
        "1 表示在每项准则上都是最佳。",
        "各区需求：表现 p_{d,c} 为该区在准则 c 上各指标标准化值的平均（缺失值略去，绝不当作 0）；"
        "需求 g_{d,c} = 1 − p_{d,c}。缺失数据不被当作需求：某区在准则 c 上没有可用数值时，取有数值各区在 c 上的"
        "平均需求；没有任何区在 c 上有数据时，各区取本区已测准则的平均需求（c 不因需求而偏移）；"
        "完全没有数据时，在任何 α 下都是普通 AHP 排序。",
        "各区调整权重：ŵ_{d,c} = w_c·((1 − α) + α·g_{d,c}) / Σ_c′ w_c′·((1 − α) + α·g_{d,c′})。"
        "优先级 P_{d,s} = Σ_c ŵ_{d,c}·e_{s,c}；准则 c 对策略 s 的贡献为 ŵ_{d,c}·e_{s,c}。"
        "α = 1 时，某区没有差距（g = 0）的准则在该区权重为 0；报告为每个区给出所选 α 两侧排序保持不变的区间，"
        "其端点是名次改变处的精确 α（线性函数的根）。",
        "秩反转阈值（Triantaphyllou 与 Sánchez, 1997）：单独改变一项准则的全局权重（其余按比例缩放），"
        "使首选策略或任一名次改变所需的最小变化；由线性函数的根精确求得。给出两种量："
        "T&S δ 为按 T&S 原文在标准化之前加到 w_k 上的变化（w_k + δ，再将所有权重除以 1 + δ），"
        "T&S 临界度 D′ = δ/w_k·100 %；Δ 为标准化后权重的变化，Δ = δ·(1 − w_k)/(1 + δ)。"
        "使名次改变的精确 α 值另列一表（α 变化点）。",
        "方法规则：某准则下所有策略评级均为“无”时，该准则无法区分策略，各策略得到相同的有效性，"
        "不改变先后顺序；序数指标总按等级序号做最小–最大标准化（等级视为等距），含负值的指标"
        "即使选择“与最佳区之比”也用最小–最大；介于标度刻度之间的判断（如 2.5）按输入值使用，"
        "不取整（Saaty 允许中间值），仅略超出标度两端的舍入值（0.111、9.0004）取为端点 1/9 或 9。"
        "每条规则在其适用的行上注明。",
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
        "criterion, from ratings (the intensities of the rating scale) or from the principal "
        "eigenvector of pairwise judgments. Ideal mode (the default): divided by "
        "the best strategy's value under the criterion, so the best scores 1; adding a copy of "
        "a strategy, or a strategy no better than the best on any criterion, never changes the "
        "order of the others (Belton and Gear 1983; Saaty 1994; Millet and Saaty 2000). "
        "Distributive mode: divided by the sum over the strategies, summing to 1; adding or "
        "removing a strategy can reverse the order of others (the Belton-Gear rank reversal). "
        "One mode applies to rated and pairwise criteria alike. A criterion on which every "
        "strategy is rated none gives each strategy 0 in ideal mode and 1/n in distributive "
        "mode; neither changes an order within a district. In ideal mode the priorities "
        "P_{d,s} do not sum to 1 over s; 1 means best under every criterion.",
        "District need: the performance p_{d,c} is the mean of the district's normalised "
        "indicator values for criterion c (missing values are left out, never read as 0); the "
        "need is g_{d,c} = 1 − p_{d,c}. Missing data never looks like need: a district with no "
        "usable value on c gets the mean need of the districts that have one; where no district "
        "has data on c, each district gets its own mean need over its measured criteria (c is "
        "not tilted); with no data at all the ranking is plain AHP at every α.",
        "District-adjusted weights: ŵ_{d,c} = w_c·((1 − α) + α·g_{d,c}) / "
        "Σ_c′ w_c′·((1 − α) + α·g_{d,c′}). Priority P_{d,s} = Σ_c ŵ_{d,c}·e_{s,c}; the "
        "contribution of criterion c to strategy s is ŵ_{d,c}·e_{s,c}. At α = 1 a criterion on "
        "which a district has no gap (g = 0) gets no weight there; for each district the report "
        "gives the interval of α around the chosen value within which the ranking holds, its "
        "ends the exact α where ranks change (roots of linear functions).",
        "Rank-reversal thresholds (Triantaphyllou and Sánchez 1997): the smallest change of "
        "one criterion's global weight (the others rescaled in proportion) that changes the "
        "top strategy, or any rank; found exactly as roots of linear functions. Two measures "
        "are given: T&S δ, the change added to w_k before renormalising as T&S define it "
        "(w_k + δ, then every weight divided by 1 + δ), with T&S's criticality degree "
        "D′ = δ/w_k·100 %; and Δ, the change of the renormalised weight, "
        "Δ = δ·(1 − w_k)/(1 + δ). The exact α values where ranks change are listed in their "
        "own table (alpha change points).",
        "Rules of the method: a criterion on which every strategy is rated “none” cannot tell "
        "the strategies apart, and each strategy gets the same effectiveness, which changes no "
        "order; ordinal indicators are always scored min–max on their level index (levels "
        "taken as equally spaced), and indicators with values below zero min–max even under "
        "ratio to best; judgments between the steps of the scale (2.5) are used as typed, "
        "not rounded (Saaty allows intermediate values); only rounded values just outside the "
        "ends (0.111, 9.0004) become the end, 1/9 or 9. Each rule is noted on the row it "
        "applies to.",
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
