<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CaveatBanner</name>
    <message>
        <location filename="../../../desktop/views/caveat_banner.py" line="56"/>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/caveat_banner.py" line="66"/>
        <source>These judgments fail the consistency check or are incomplete; revise them before relying on this ranking (click a name to open it):</source>
        <translation>以下判断未通过一致性检验或不完整，依此排序决策之前请先修订（点击名称即可打开）：</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/caveat_banner.py" line="76"/>
        <source>the strategies judged pairwise under {criterion}</source>
        <translation>{criterion} 下各策略的两两比较</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/caveat_banner.py" line="79"/>
        <source>undefined</source>
        <translation>无定义</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/caveat_banner.py" line="83"/>
        <source>CR = {cr}, above the threshold {threshold}</source>
        <translation>CR = {cr}，超过阈值 {threshold}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/caveat_banner.py" line="85"/>
        <source>judgments incomplete; the completed matrix has CR = {cr}, above the threshold {threshold}</source>
        <translation>判断不完整，补全后矩阵的 CR = {cr}，超过阈值 {threshold}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/caveat_banner.py" line="88"/>
        <source>judgments incomplete; the completed matrix has CR = {cr} (threshold {threshold})</source>
        <translation>判断不完整，补全后矩阵的 CR = {cr}（阈值 {threshold}）</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/caveat_banner.py" line="94"/>
        <source>A neutral criterion gets the need {neutral} in that district: its part in the ranking comes from the criteria weights and the strategy ratings alone, not from the district.</source>
        <translation>中性准则在该区取需求 {neutral}：其在排序中的作用只来自准则权重和策略评级，与该区的实际情况无关。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/caveat_banner.py" line="105"/>
        <source>{district}: none of the {total} criteria has district data, all are neutral; the ranking there reflects the criteria weights and the strategy ratings alone.</source>
        <translation>{district}：{total} 项准则都没有区级数据，全部为中性；该区的排序只反映准则权重和策略评级。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/caveat_banner.py" line="110"/>
        <source>{district}: all {total} criteria rest on district data ({measured_names}).</source>
        <translation>{district}：全部 {total} 项准则都依据区级数据（{measured_names}）。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/caveat_banner.py" line="113"/>
        <source>{district}: {measured} of {total} criteria rest on district data ({measured_names}); {neutral} are neutral (no district figures): {neutral_names}.</source>
        <translation>{district}：{total} 项准则中有 {measured} 项依据区级数据（{measured_names}）；{neutral} 项为中性（无区级数据）：{neutral_names}。</translation>
    </message>
</context>
<context>
    <name>ConsistencyPanel</name>
    <message>
        <location filename="../../../desktop/views/consistency_panel.py" line="69"/>
        <source>Intransitive (circular) judgments — no numeric repair hides these: {triads}</source>
        <translation>非传递（循环）判断——任何数值修正都不会掩盖：{triads}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/consistency_panel.py" line="74"/>
        <source>Judgments that most disturb consistency</source>
        <translation>最影响一致性的判断</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/consistency_panel.py" line="75"/>
        <source>Pair</source>
        <translation>比较对</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/consistency_panel.py" line="75"/>
        <source>Given</source>
        <translation>给定值</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/consistency_panel.py" line="76"/>
        <source>Consistent</source>
        <translation>一致值</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/consistency_panel.py" line="83"/>
        <source>CR is undefined for fewer than 3 items (always consistent).</source>
        <translation>少于 3 项时 CR 无定义（总是一致）。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/consistency_panel.py" line="84"/>
        <source>acceptable</source>
        <translation>可接受</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/consistency_panel.py" line="85"/>
        <source>too inconsistent — revise judgments</source>
        <translation>不一致性过高——请修改判断</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/consistency_panel.py" line="86"/>
        <source>incomplete — missing pairs estimated</source>
        <translation>不完整——缺失项已估计</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/consistency_panel.py" line="87"/>
        <source>CR = {cr:.3f} (threshold {t:.2f}; random index: {table}) — {status}</source>
        <translation>CR = {cr:.3f}（阈值 {t:.2f}；随机一致性指标表：{table}）——{status}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/consistency_panel.py" line="98"/>
        <source>Use this value</source>
        <translation>采用此值</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/consistency_panel.py" line="99"/>
        <source>Replace the given judgment with the value that agrees with the current weights</source>
        <translation>用与当前权重一致的值替换该判断</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/consistency_panel.py" line="102"/>
        <source>Use the nearest scale value ({value})</source>
        <translation>采用最近的标度值（{value}）</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/consistency_panel.py" line="104"/>
        <source>Replace the given judgment with the value on Saaty&apos;s scale nearest to the consistent one</source>
        <translation>用 Saaty 标度上最接近一致值的值替换该判断</translation>
    </message>
</context>
<context>
    <name>EffectivenessView</name>
    <message>
        <location filename="../../../desktop/views/effectiveness_view.py" line="211"/>
        <source>How much does each strategy serve each criterion? Double-click a cell to rate it; hover for the paper&apos;s reason. The number in brackets is the strategy&apos;s share.</source>
        <translation>各策略对各准则的作用有多大？双击单元格评级；悬停查看论文依据。括号中的数字为该策略所占份额。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/effectiveness_view.py" line="213"/>
        <source>Criterion:</source>
        <translation>准则：</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/effectiveness_view.py" line="214"/>
        <source>Judge the {count} strategies pairwise under this criterion</source>
        <translation>在此准则下对 {count} 项策略两两比较</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/effectiveness_view.py" line="262"/>
        <source>Judge strategies pairwise under {c}</source>
        <translation>在 {c} 下两两比较策略</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/effectiveness_view.py" line="263"/>
        <source>Rate strategies under {c}</source>
        <translation>在 {c} 下对策略评级</translation>
    </message>
</context>
<context>
    <name>HierarchyView</name>
    <message>
        <location filename="../../../desktop/views/hierarchy_view.py" line="77"/>
        <source>ok</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/hierarchy_view.py" line="78"/>
        <source>too inconsistent</source>
        <translation>不一致性过高</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/hierarchy_view.py" line="79"/>
        <source>incomplete: missing pairs estimated</source>
        <translation>不完整：缺失项已估计</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/hierarchy_view.py" line="80"/>
        <source>CR undefined for fewer than 3 items</source>
        <translation>少于 3 项时 CR 无定义</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/hierarchy_view.py" line="96"/>
        <source>Criterion</source>
        <translation>准则</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/hierarchy_view.py" line="96"/>
        <source>Local</source>
        <translation>局部</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/hierarchy_view.py" line="96"/>
        <source>Global</source>
        <translation>全局</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/hierarchy_view.py" line="97"/>
        <source>CR</source>
        <translation>CR</translation>
    </message>
</context>
<context>
    <name>IndicatorValueDialog</name>
    <message>
        <location filename="../../../desktop/views/indicator_value_dialog.py" line="26"/>
        <source>Use the paper&apos;s value</source>
        <translation>采用论文中的值</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicator_value_dialog.py" line="30"/>
        <source>Value (empty = missing):</source>
        <translation>数值（留空表示缺失）：</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicator_value_dialog.py" line="31"/>
        <source>Source (required):</source>
        <translation>来源（必填）：</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicator_value_dialog.py" line="43"/>
        <source>“{text}” is not a number; the value stays as it was.</source>
        <translation>“{text}”不是数字；数值保持不变。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicator_value_dialog.py" line="47"/>
        <source>Say where the value comes from (e.g. “Gaoming statistics bureau, 2018”).</source>
        <translation>请注明数值来源（例如“高明区统计局，2018 年”）。</translation>
    </message>
</context>
<context>
    <name>IndicatorsModel</name>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="66"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="66"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="66"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="66"/>
        <source>Criterion</source>
        <translation>准则</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="67"/>
        <source>Foshan / other</source>
        <translation>佛山 / 其他</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="67"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="67"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="93"/>
        <source>Planner&apos;s value. Source: {source}</source>
        <translation>规划者录入的值。来源：{source}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="121"/>
        <source>context</source>
        <translation>背景</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="128"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="146"/>
        <source>Source: {source} (section {section})</source>
        <translation>来源：{source}（第 {section} 节）</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="149"/>
        <source>Note: {note}</source>
        <translation>备注：{note}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="151"/>
        <source>Missing: the source gives no value for this district. It is left out, never read as 0. Double-click to enter a value with its source.</source>
        <translation>缺失：来源未给出该区数值。计算时略去，绝不当作 0。双击可录入数值及其来源。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="155"/>
        <source>Optional public supplement, not from the paper.</source>
        <translation>可选的公开补充数据，非论文数据。</translation>
    </message>
</context>
<context>
    <name>IndicatorsView</name>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="259"/>
        <source>Show the optional public district supplement (GDP 2016, population 2020; secondary sources, not the paper)</source>
        <translation>显示可选的公开分区补充数据（2016 年 GDP、2020 年人口；二手来源，非论文）</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="262"/>
        <source>District need per criterion, g = 1 − performance (from the indicators above; neutral 0.5 where no district value exists)</source>
        <translation>各区在各准则上的需求 g = 1 − 表现（由上方指标得出；无分区数值时取中性值 0.5）</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="295"/>
        <source>Enter {indicator} for {district}</source>
        <translation>录入 {district} 的 {indicator}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="300"/>
        <source>Use the paper&apos;s {indicator} for {district}</source>
        <translation>{district} 的 {indicator} 改用论文中的值</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="313"/>
        <source>Show public supplement</source>
        <translation>显示公开补充数据</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="314"/>
        <source>Hide public supplement</source>
        <translation>隐藏公开补充数据</translation>
    </message>
</context>
<context>
    <name>JudgmentEditor</name>
    <message>
        <location filename="../../../desktop/views/judgment_editor.py" line="124"/>
        <source>Pairwise judgments: move toward the more important item</source>
        <translation>两两比较判断：把滑块移向更重要的一方</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/judgment_editor.py" line="125"/>
        <source>Reciprocal matrix (type 3, 1/3 or leave empty)</source>
        <translation>互反判断矩阵（输入 3、1/3 或留空）</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/judgment_editor.py" line="180"/>
        <source>Clear judgment {a} vs {b}</source>
        <translation>清除判断 {a} 对 {b}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/judgment_editor.py" line="181"/>
        <source>Judge {a} vs {b} as {value}</source>
        <translation>判断 {a} 对 {b} 为 {value}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/judgment_editor.py" line="189"/>
        <source>Use the consistent value {value} for {a} vs {b}</source>
        <translation>{a} 对 {b} 采用一致值 {value}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/judgment_editor.py" line="194"/>
        <source>Use the nearest scale value {value} for {a} vs {b}</source>
        <translation>{a} 对 {b} 采用最近的标度值 {value}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/judgment_editor.py" line="209"/>
        <source>{a} vs {b} cannot be left missing: every item needs a judgment linking it to the others.</source>
        <translation>{a} 对 {b} 不能留空：每一项都需要至少一个判断与其他项相连。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/judgment_editor.py" line="211"/>
        <source>{a} vs {b}: the value is not on Saaty&apos;s scale 1/9 … 9.</source>
        <translation>{a} 对 {b}：该值不在 Saaty 标度 1/9 … 9 之内。</translation>
    </message>
</context>
<context>
    <name>JudgmentMatrixModel</name>
    <message>
        <location filename="../../../desktop/views/judgment_matrix.py" line="85"/>
        <source>Missing: the value in brackets is estimated (Bozóki et al.)</source>
        <translation>缺失：括号中的值为估计值（Bozóki 等人的方法）</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/judgment_matrix.py" line="103"/>
        <source>“{text}” for {a} vs {b} is not a judgment: type a number from 1/9 to 9 (e.g. 3 or 1/3), or leave it empty for missing.</source>
        <translation>“{text}”不是 {a} 对 {b} 的有效判断：请输入 1/9 到 9 之间的数（如 3 或 1/3），或留空表示缺失。</translation>
    </message>
</context>
<context>
    <name>NeedModel</name>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="173"/>
        <source>(neutral)</source>
        <translation>（中性）</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="178"/>
        <source>No indicator value for this district and criterion: neutral need 0.5</source>
        <translation>该区在此准则上没有指标数值：取中性需求 0.5</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="182"/>
        <source>From indicators: {ids}</source>
        <translation>来自指标：{ids}</translation>
    </message>
</context>
<context>
    <name>NormalisationChoice</name>
    <message>
        <location filename="../../../desktop/views/method_settings.py" line="78"/>
        <source>Normalisation: ratio to the best district</source>
        <translation>标准化：与最佳区之比</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/method_settings.py" line="80"/>
        <source>Normalisation: min–max</source>
        <translation>标准化：最小–最大</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/method_settings.py" line="83"/>
        <source>Change the normalisation of indicators</source>
        <translation>更改指标标准化方法</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <location filename="../../../desktop/views/notes_view.py" line="31"/>
        <source>Notes saved with the session and printed in exports: who judged, when, on what evidence.</source>
        <translation>备注随会话保存并写入导出文件：谁作的判断、何时、依据什么证据。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/notes_view.py" line="47"/>
        <source>Edit notes</source>
        <translation>编辑备注</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <location filename="../../../desktop/views/ranking_models.py" line="96"/>
        <source>Top strategy in this district</source>
        <translation>该区的首选策略</translation>
    </message>
</context>
<context>
    <name>PairRow</name>
    <message>
        <location filename="../../../desktop/views/pair_row.py" line="72"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/pair_row.py" line="73"/>
        <source>Leave this pair unjudged; it is estimated from the other judgments (the node stays connected).</source>
        <translation>不判断此对；由其他判断估计（节点须保持连通）。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/pair_row.py" line="75"/>
        <source>Move toward the more important item: 1 equal … 9 extreme</source>
        <translation>移向更重要的一方：1 同等 … 9 极端</translation>
    </message>
</context>
<context>
    <name>RandomIndexChoice</name>
    <message>
        <location filename="../../../desktop/views/method_settings.py" line="61"/>
        <source>Random index: Saaty</source>
        <translation>随机一致性指标：Saaty</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/method_settings.py" line="62"/>
        <source>Random index: Donegan &amp; Dodd</source>
        <translation>随机一致性指标：Donegan &amp; Dodd</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/method_settings.py" line="71"/>
        <source>Change the random index table</source>
        <translation>更改随机一致性指标表</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location filename="../../../desktop/views/ranking_models.py" line="46"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_models.py" line="46"/>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_models.py" line="46"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_models.py" line="47"/>
        <source>Gap to next</source>
        <translation>与下一名差距</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_models.py" line="61"/>
        <source>Tied with another strategy. </source>
        <translation>与其他策略并列。</translation>
    </message>
</context>
<context>
    <name>RankingView</name>
    <message>
        <location filename="../../../desktop/views/ranking_view.py" line="136"/>
        <source>Priority of each strategy in each district</source>
        <translation>各区各策略的优先级</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_view.py" line="136"/>
        <location filename="../../../desktop/views/ranking_view.py" line="144"/>
        <source>priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_view.py" line="143"/>
        <source>{district}: priority split into criteria</source>
        <translation>{district}：优先级按准则分解</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_view.py" line="147"/>
        <source>District:</source>
        <translation>区：</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_view.py" line="148"/>
        <source>Need emphasis</source>
        <translation>需求强调</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_view.py" line="149"/>
        <source>α = 0: plain AHP, one ranking for all districts; α = 1: the districts&apos; indicator gaps decide fully</source>
        <translation>α = 0：普通 AHP，各区排序相同；α = 1：完全由各区的指标差距决定</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_view.py" line="151"/>
        <source>All districts: rank (priority); ★ = top strategy</source>
        <translation>全部区：名次（优先级）；★ = 首选策略</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_view.py" line="161"/>
        <source>All districts</source>
        <translation>全部区</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_view.py" line="184"/>
        <source>Set need emphasis α to {alpha:.2f}</source>
        <translation>将需求强调 α 设为 {alpha:.2f}</translation>
    </message>
</context>
<context>
    <name>RatingsModel</name>
    <message>
        <location filename="../../../desktop/views/effectiveness_view.py" line="95"/>
        <source>pairwise {share:.3f}</source>
        <translation>两两比较 {share:.3f}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/effectiveness_view.py" line="111"/>
        <source>Rate {s} “{level}” on {c}</source>
        <translation>将 {s} 在 {c} 上评为“{level}”</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/effectiveness_view.py" line="122"/>
        <source>Default ({level}): {reason}</source>
        <translation>默认（{level}）：{reason}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/effectiveness_view.py" line="125"/>
        <source>Changed by the planner.</source>
        <translation>已由规划者修改。</translation>
    </message>
</context>
<context>
    <name>VerbalScale</name>
    <message>
        <location filename="../../../desktop/views/verbal_text.py" line="17"/>
        <source>equally important</source>
        <translation>同等重要</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/verbal_text.py" line="18"/>
        <source>equally to moderately more important</source>
        <translation>介于同等与稍微重要之间</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/verbal_text.py" line="19"/>
        <source>moderately more important</source>
        <translation>稍微重要</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/verbal_text.py" line="20"/>
        <source>moderately to strongly more important</source>
        <translation>介于稍微与明显重要之间</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/verbal_text.py" line="22"/>
        <source>strongly more important</source>
        <translation>明显重要</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/verbal_text.py" line="23"/>
        <source>strongly to very strongly more important</source>
        <translation>介于明显与强烈重要之间</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/verbal_text.py" line="25"/>
        <source>very strongly more important</source>
        <translation>强烈重要</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/verbal_text.py" line="26"/>
        <source>very strongly to extremely more important</source>
        <translation>介于强烈与极端重要之间</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/verbal_text.py" line="28"/>
        <source>extremely more important</source>
        <translation>极端重要</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/verbal_text.py" line="43"/>
        <source>{a} is {value} times as important as {b}: ≈ {phrase} ({n})</source>
        <translation>{a}的重要性是{b}的 {value} 倍：≈ {phrase}（{n}）</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/verbal_text.py" line="48"/>
        <source>{a} and {b} are equally important</source>
        <translation>{a}与{b}同等重要</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/verbal_text.py" line="50"/>
        <source>{a} is {phrase} than {b} ({n})</source>
        <translation>{a}比{b}{phrase}（{n}）</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/verbal_text.py" line="55"/>
        <source>not judged (missing): estimated from the other judgments</source>
        <translation>未判断（缺失）：由其他判断估计</translation>
    </message>
</context>
</TS>
