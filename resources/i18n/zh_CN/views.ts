<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CaveatBanner</name>
    <message>
        <location filename="../../../desktop/views/caveat_banner.py" line="56" />
        <source>; </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/caveat_banner.py" line="68" />
        <source>These judgments fail the consistency check or are incomplete; revise them before relying on this ranking (click a name to open it):</source>
        <translation>以下判断未通过一致性检验或不完整，依此排序决策之前请先修订（点击名称即可打开）：</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/caveat_banner.py" line="79" />
        <source>the strategies judged pairwise under {criterion}</source>
        <translation>{criterion} 下各策略的两两比较</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/caveat_banner.py" line="84" />
        <source>undefined</source>
        <translation>无定义</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/caveat_banner.py" line="90" />
        <source>CR = {cr}, above the threshold {threshold}</source>
        <translation>CR = {cr}，超过阈值 {threshold}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/caveat_banner.py" line="93" />
        <source>judgments incomplete; the completed matrix has CR = {cr}, above the threshold {threshold}</source>
        <translation>判断不完整，补全后矩阵的 CR = {cr}，超过阈值 {threshold}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/caveat_banner.py" line="98" />
        <source>judgments incomplete; the completed matrix has CR = {cr} (threshold {threshold})</source>
        <translation>判断不完整，补全后矩阵的 CR = {cr}（阈值 {threshold}）</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/caveat_banner.py" line="100" />
        <source>{node}: {problem}</source>
        <translation>{node}：{problem}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/caveat_banner.py" line="116" />
        <source>Missing data is not read as need: a criterion without the district's figures gets the mean need of the districts that have figures on it; one no district has figures on gets the district's own mean need over its measured criteria, so its weight is not tilted.</source>
        <translation>缺失数据不被当作需求：本区无数据的准则取有数据各区的平均需求；没有任何区有数据的准则取本区已测准则的平均需求，因而其权重不因需求而偏移。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/caveat_banner.py" line="128" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/caveat_banner.py" line="132" />
        <source>{district}: none of the {total} criteria has figures of this district; it is taken as an average district (the mean need of the districts with figures; plain AHP where no district has any).</source>
        <translation>{district}：{total} 项准则都没有本区数据；该区按平均水平的区处理（取有数据各区的平均需求，全无数据时为普通 AHP 排序）。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/caveat_banner.py" line="142" />
        <source>{district}: {measured} of {total} criteria rest on district data ({measured_names}); {neutral} have no district figures (given an average need): {neutral_names}.</source>
        <translation>{district}：{total} 项准则中有 {measured} 项依据区级数据（{measured_names}）；{neutral} 项无区级数据（取平均需求）：{neutral_names}。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/caveat_banner.py" line="139" />
        <source>{district}: all {total} criteria rest on district data ({measured_names}).</source>
        <translation>{district}：全部 {total} 项准则都依据区级数据（{measured_names}）。</translation>
    </message>
</context>
<context>
    <name>ConsistencyPanel</name>
    <message>
        <location filename="../../../desktop/views/consistency_panel.py" line="87" />
        <source>Intransitive (circular) judgments — no numeric repair hides these: {triads}</source>
        <translation>非传递（循环）判断——任何数值修正都不会掩盖：{triads}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/consistency_panel.py" line="105" />
        <source>Too inconsistent in their own judgments at this node: {experts}. Choose an expert above to see and revise their judgments.</source>
        <translation>以下专家在此节点上自己的判断不一致性过高：{experts}。请在上方选择该专家，查看并修改其判断。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/consistency_panel.py" line="111" />
        <source>No counted expert's own judgments at this node are too inconsistent.</source>
        <translation>计入的专家在此节点上自己的判断均未超过不一致性阈值。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/consistency_panel.py" line="115" />
        <source>Left blank by: {experts}.</source>
        <translation>留空的专家：{experts}。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/consistency_panel.py" line="126" />
        <source>Combined judgments of the panel (read-only).</source>
        <translation>专家组的集结判断（只读）。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/consistency_panel.py" line="128" />
        <source>Combined judgments of the panel (read-only): CR = {cr:.3f} (threshold {t:.2f}).</source>
        <translation>专家组的集结判断（只读）：CR = {cr:.3f}（阈值 {t:.2f}）。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/consistency_panel.py" line="132" />
        <source>Judgments that most disturb consistency</source>
        <translation>最影响一致性的判断</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/consistency_panel.py" line="134" />
        <source>Pair</source>
        <translation>比较对</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/consistency_panel.py" line="134" />
        <source>Given</source>
        <translation>给定值</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/consistency_panel.py" line="134" />
        <source>Consistent</source>
        <translation>一致值</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/consistency_panel.py" line="147" />
        <source>⚠ {items} items under one node: Saaty advises comparing no more than 7 ± 2 ({advised}) at once. Judgments of so many items tend to be less consistent; consider grouping them under intermediate layers.</source>
        <translation>⚠ 此节点下有 {items} 项：Saaty 建议一次比较不超过 7 ± 2 项（{advised} 项）。一次比较这么多项，判断往往不够一致，可考虑增设中间层分组。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/consistency_panel.py" line="156" />
        <source>One item: it weighs 1 and there is nothing to compare (CR —).</source>
        <translation>只有一项：其权重为 1，没有可比较的对象（CR —）。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/consistency_panel.py" line="158" />
        <source>CR is undefined for fewer than 3 items (always consistent).</source>
        <translation>少于 3 项时 CR 无定义（总是一致）。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/consistency_panel.py" line="160" />
        <source>acceptable</source>
        <translation>可接受</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/consistency_panel.py" line="161" />
        <source>too inconsistent — revise judgments</source>
        <translation>不一致性过高——请修改判断</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/consistency_panel.py" line="162" />
        <source>incomplete — missing pairs estimated</source>
        <translation>不完整——缺失项已估计</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/consistency_panel.py" line="167" />
        <source>the completed matrix is {check}</source>
        <translation>补全后的矩阵：{check}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/consistency_panel.py" line="171" />
        <source>CR = {cr:.3f} (threshold {t:.2f}; random index: {table}) — {status}</source>
        <translation>CR = {cr:.3f}（阈值 {t:.2f}；随机一致性指标表：{table}）——{status}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/consistency_panel.py" line="185" />
        <source>Use this value</source>
        <translation>采用此值</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/consistency_panel.py" line="187" />
        <source>Replace the given judgment with the value that agrees with the current weights</source>
        <translation>用与当前权重一致的值替换该判断</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/consistency_panel.py" line="194" />
        <source>Use the nearest scale value ({value})</source>
        <translation>采用最近的标度值（{value}）</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/consistency_panel.py" line="198" />
        <source>Replace the given judgment with the value on Saaty's scale nearest to the consistent one</source>
        <translation>用 Saaty 标度上最接近一致值的值替换该判断</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <location filename="../../../desktop/views/coverage_table.py" line="49" />
        <source>neutral</source>
        <translation>中性</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/coverage_table.py" line="50" />
        <source>{count} · {years}</source>
        <translation>{count} · {years}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/coverage_table.py" line="56" />
        <source>{years} planner</source>
        <translation>{years} 规划者</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/coverage_table.py" line="62" />
        <source>Neutral: no usable value of this district informs this criterion; a mean need stands in for it.</source>
        <translation>中性：本区在此准则上没有可用数值，以平均需求代替。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/coverage_table.py" line="65" />
        <source>{count} usable values, of {years}</source>
        <translation>{count} 个可用数值，年份：{years}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/coverage_table.py" line="66" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/coverage_table.py" line="66" />
        <source>planner</source>
        <translation>规划者</translation>
    </message>
</context>
<context>
    <name>DataYearChoice</name>
    <message>
        <location filename="../../../desktop/views/data_year_choice.py" line="35" />
        <source>Year of values:</source>
        <translation>数值年份：</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/data_year_choice.py" line="49" />
        <source>all indicators</source>
        <translation>全部指标</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/data_year_choice.py" line="66" />
        <location filename="../../../desktop/views/data_year_choice.py" line="78" />
        <source>latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/data_year_choice.py" line="77" />
        <source>Use the values of {year}</source>
        <translation>采用 {year} 的数值</translation>
    </message>
</context>
<context>
    <name>EffectivenessView</name>
    <message>
        <location filename="../../../desktop/views/effectiveness_view.py" line="300" />
        <source>How much does each strategy serve each criterion? Double-click a cell to rate it; hover for the paper's reason. The number in brackets is the strategy's priority under the criterion, synthesised as chosen on the right.</source>
        <translation>各策略对各准则的作用有多大？双击单元格进行评级；悬停可查看论文依据。括号中的数字是该策略在此准则下的优先级，按右侧所选的综合模式计算。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/effectiveness_view.py" line="305" />
        <source>Criterion:</source>
        <translation>准则：</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/effectiveness_view.py" line="307" />
        <source>Judge the {count} strategies pairwise under this criterion</source>
        <translation>在此准则下对 {count} 项策略两两比较</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/effectiveness_view.py" line="364" />
        <source>Judge strategies pairwise under {c}</source>
        <translation>在 {c} 下两两比较策略</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/effectiveness_view.py" line="366" />
        <source>Rate strategies under {c}</source>
        <translation>在 {c} 下对策略评级</translation>
    </message>
</context>
<context>
    <name>ExpertChoice</name>
    <message>
        <location filename="../../../desktop/views/expert_choice.py" line="19" />
        <source>Planner</source>
        <translation>规划人员</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/expert_choice.py" line="22" />
        <source>{name} (not counted)</source>
        <translation>{name}（不计入）</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/expert_choice.py" line="27" />
        <source>No expert counted in the panel would then judge “{node}”, so the change was not made. Count an expert who judged it first.</source>
        <translation>这样修改后，专家组中计入的专家无人判断“{node}”，因此未作修改。请先计入一位判断过该节点的专家。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/expert_choice.py" line="53" />
        <source>Combined (read-only)</source>
        <translation>集结结果（只读）</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/expert_choice.py" line="58" />
        <source>Whose judgments the editors show and change. The ranking is the panel's combination when more than one expert is counted.</source>
        <translation>判断编辑器显示并修改哪位专家的判断。计入的专家多于一位时，排序为专家组的集结结果。</translation>
    </message>
</context>
<context>
    <name>ExpertChooser</name>
    <message>
        <location filename="../../../desktop/views/expert_choice.py" line="86" />
        <source>Judgments of:</source>
        <translation>判断来自：</translation>
    </message>
</context>
<context>
    <name>ExpertsTableModel</name>
    <message>
        <location filename="../../../desktop/views/experts_table.py" line="57" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/experts_table.py" line="58" />
        <source>Organisation or role</source>
        <translation>单位或职务</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/experts_table.py" line="59" />
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/experts_table.py" line="60" />
        <source>Counted</source>
        <translation>计入</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/experts_table.py" line="61" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/experts_table.py" line="115" />
        <source>Weight {name} {weight:g}</source>
        <translation>将 {name} 的权重设为 {weight:g}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/experts_table.py" line="117" />
        <source>Count {name}</source>
        <translation>计入 {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/experts_table.py" line="117" />
        <source>Leave out {name}</source>
        <translation>不计入 {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/experts_table.py" line="120" />
        <source>Rename expert to {name}</source>
        <translation>将专家改名为 {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/experts_table.py" line="121" />
        <source>Edit expert {name}</source>
        <translation>编辑专家 {name}</translation>
    </message>
</context>
<context>
    <name>HierarchyView</name>
    <message>
        <location filename="../../../desktop/views/hierarchy_view.py" line="127" />
        <source>Strategies judged pairwise under this criterion</source>
        <translation>该准则下各策略的两两比较</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/hierarchy_view.py" line="173" />
        <source>Paper section: {section}</source>
        <translation>论文章节：{section}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/hierarchy_view.py" line="199" />
        <source>{count} pairs not judged</source>
        <translation>{count} 对未判断</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/hierarchy_view.py" line="214" />
        <source>{count} items: Saaty advises no more than 7 ± 2 under one node (more pairs to judge, less consistent answers).</source>
        <translation>{count} 项：Saaty 建议一个节点下不超过 7 ± 2 项（比较对更多，回答更不一致）。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/hierarchy_view.py" line="223" />
        <source>ok</source>
        <translation>可接受</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/hierarchy_view.py" line="224" />
        <source>too inconsistent</source>
        <translation>不一致性过高</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/hierarchy_view.py" line="225" />
        <source>incomplete: missing pairs estimated</source>
        <translation>不完整：缺失项已估计</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/hierarchy_view.py" line="226" />
        <source>CR undefined for fewer than 3 items</source>
        <translation>少于 3 项时 CR 无定义</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/hierarchy_view.py" line="232" />
        <source>the completed matrix: {check}</source>
        <translation>补全后的矩阵：{check}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/hierarchy_view.py" line="256" />
        <source>Criterion</source>
        <translation>准则</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/hierarchy_view.py" line="256" />
        <source>Local</source>
        <translation>局部</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/hierarchy_view.py" line="256" />
        <source>Global</source>
        <translation>全局</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/hierarchy_view.py" line="256" />
        <source>CR</source>
        <translation>CR</translation>
    </message>
</context>
<context>
    <name>IndicatorValueDialog</name>
    <message>
        <location filename="../../../desktop/views/indicator_value_dialog.py" line="26" />
        <source>Use the paper's value</source>
        <translation>采用论文中的值</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicator_value_dialog.py" line="30" />
        <source>Value (empty = missing):</source>
        <translation>数值（留空表示缺失）：</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicator_value_dialog.py" line="31" />
        <source>Source (required):</source>
        <translation>来源（必填）：</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicator_value_dialog.py" line="45" />
        <source>“{text}” is not a number between −10¹⁵ and 10¹⁵; the value stays as it was.</source>
        <translation>“{text}”不是介于 −10¹⁵ 与 10¹⁵ 之间的数字；数值保持不变。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicator_value_dialog.py" line="51" />
        <source>Say where the value comes from (e.g. “Gaoming statistics bureau, 2018”).</source>
        <translation>请注明数值来源（例如“高明区统计局，2018 年”）。</translation>
    </message>
</context>
<context>
    <name>IndicatorsModel</name>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="77" />
        <source>Ordinal indicator: scored min–max on its level index (levels taken as equally spaced), whichever normalisation is chosen.</source>
        <translation>序数指标：按等级序号做最小–最大标准化（等级之间视为等距），无论所选标准化方法为何。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="81" />
        <source>Values below zero: ratio to best means nothing for them, so min–max is used instead.</source>
        <translation>含负值：与最佳区之比对负值无意义，改用最小–最大标准化。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="91" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="92" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="93" />
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="94" />
        <source>Criterion</source>
        <translation>准则</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="96" />
        <source>City / other</source>
        <translation>全市 / 其他城市</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="97" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="98" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="132" />
        <source>Planner's value. Source: {source}</source>
        <translation>规划者录入的值。来源：{source}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="155" />
        <source>{file}, row {row}</source>
        <translation>{file}，第 {row} 行</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="157" />
        <source>{file}, sheet {sheet}, row {row}</source>
        <translation>{file}，工作表 {sheet}，第 {row} 行</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="160" />
        <source>Imported value of {year}. Source: {source}
From {where}</source>
        <translation>导入的 {year} 年数值。来源：{source}
出自 {where}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="166" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="187" />
        <source>context</source>
        <translation>背景</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="196" />
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="200" />
        <source>{value} ({year})</source>
        <translation>{value}（{year}）</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="222" />
        <source>Source: {source} (section {section})</source>
        <translation>来源：{source}（第 {section} 节）</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="227" />
        <source>Note: {note}</source>
        <translation>备注：{note}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="231" />
        <source>Missing: the source gives no value for this district. It is left out, never read as 0. Double-click to enter a value with its source.</source>
        <translation>缺失：来源未给出该区数值。计算时略去，绝不当作 0。双击可录入数值及其来源。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="237" />
        <source>Optional public supplement, not from the paper.</source>
        <translation>可选的公开补充数据，非论文数据。</translation>
    </message>
</context>
<context>
    <name>IndicatorsView</name>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="411" />
        <source>Show the optional public district supplement (GDP 2016, population 2020; secondary sources, not the paper)</source>
        <translation>显示可选的公开分区补充数据（2016 年 GDP、2020 年人口；二手来源，非论文）</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="417" />
        <source>District need per criterion, g = 1 − performance (from the indicators above; a cell without the district's own value takes a mean need, never more need)</source>
        <translation>各区在各准则上的需求，g = 1 − 表现（来自上方指标；本区没有数值的单元格取平均需求，绝不因此显得需求更高）</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="421" />
        <source>District need</source>
        <translation>各区需求</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="422" />
        <source>Coverage</source>
        <translation>覆盖情况</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="425" />
        <source>Coverage: usable values per criterion and district, and their years (neutral: none of the district's own)</source>
        <translation>覆盖情况：各准则、各区的可用数值个数及其年份（中性：本区没有自己的数值）</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="474" />
        <source>Enter {indicator} for {district}</source>
        <translation>录入 {district} 的 {indicator}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="481" />
        <source>Use the paper's {indicator} for {district}</source>
        <translation>{district} 的 {indicator} 改用论文中的值</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="498" />
        <source>Show public supplement</source>
        <translation>显示公开补充数据</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="498" />
        <source>Hide public supplement</source>
        <translation>隐藏公开补充数据</translation>
    </message>
</context>
<context>
    <name>JudgmentEditor</name>
    <message>
        <location filename="../../../desktop/views/judgment_editor.py" line="173" />
        <source>{expert} left this node blank and is left out of its combination; the judgments shown are {lead}'s. An edit here gives {expert} judgments of their own.</source>
        <translation>{expert} 未判断此节点，不参与此节点的集结；此处显示的是 {lead} 的判断。在此修改将为 {expert} 建立其自己的判断。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/judgment_editor.py" line="190" />
        <source>Pairwise judgments: move toward the more important item</source>
        <translation>两两比较判断：把滑块移向更重要的一方</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/judgment_editor.py" line="191" />
        <source>Reciprocal matrix (type 3, 1/3 or leave empty)</source>
        <translation>互反判断矩阵（输入 3、1/3 或留空）</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/judgment_editor.py" line="248" />
        <source>Clear judgment {a} vs {b}</source>
        <translation>清除判断 {a} 对 {b}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/judgment_editor.py" line="249" />
        <source>Judge {a} vs {b} as {value}</source>
        <translation>判断 {a} 对 {b} 为 {value}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/judgment_editor.py" line="260" />
        <source>Use the consistent value {value} for {a} vs {b}</source>
        <translation>{a} 对 {b} 采用一致值 {value}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/judgment_editor.py" line="271" />
        <source>Use the nearest scale value {value} for {a} vs {b}</source>
        <translation>{a} 对 {b} 采用最近的标度值 {value}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/judgment_editor.py" line="297" />
        <source>{a} vs {b} cannot be left missing: every item needs a judgment linking it to the others.</source>
        <translation>{a} 对 {b} 不能留空：每一项都需要至少一个判断与其他项相连。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/judgment_editor.py" line="300" />
        <source>{a} vs {b}: the value is not on Saaty's scale 1/9 … 9.</source>
        <translation>{a} 对 {b}：该值不在 Saaty 标度 1/9 … 9 之内。</translation>
    </message>
</context>
<context>
    <name>JudgmentMatrixModel</name>
    <message>
        <location filename="../../../desktop/views/judgment_matrix.py" line="96" />
        <source>Missing: the value in brackets is estimated (Bozóki et al.)</source>
        <translation>缺失：括号中的值为估计值（Bozóki 等人的方法）</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/judgment_matrix.py" line="101" />
        <source>Between the steps of Saaty's scale: used as typed ({value}), not rounded to {nearest} (Saaty allows intermediate values).</source>
        <translation>介于 Saaty 标度的刻度之间：按输入值（{value}）使用，不取整为 {nearest}（Saaty 允许中间值）。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/judgment_matrix.py" line="124" />
        <source>“{text}” for {a} vs {b} is not a judgment: type a number from 1/9 to 9 (e.g. 3 or 1/3), or leave it empty for missing.</source>
        <translation>“{text}”不是 {a} 对 {b} 的有效判断：请输入 1/9 到 9 之间的数（如 3 或 1/3），或留空表示缺失。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/judgment_matrix.py" line="132" />
        <source>“{text}” for {a} vs {b} lies just outside Saaty's scale 1/9 … 9; its end, {used}, is used.</source>
        <translation>{a} 对 {b} 的“{text}”略超出 Saaty 标度 1/9 … 9，取其端点 {used}。</translation>
    </message>
</context>
<context>
    <name>NeedModel</name>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="254" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="272" />
        <source>From indicators: {names}</source>
        <translation>来自指标：{names}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="279" />
        <source>(mean of districts)</source>
        <translation>（各区平均）</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="280" />
        <source>(district mean)</source>
        <translation>（本区平均）</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="281" />
        <source>(no data)</source>
        <translation>（无数据）</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="287" />
        <source>No indicator value for this district and criterion: it gets the mean need of the districts that have one, so missing data never looks like need.</source>
        <translation>该区在该准则上没有指标数值：取有数值各区的平均需求，缺失数据因而不会被当作需求。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="291" />
        <source>No district has data on this criterion: it gets this district's own mean need over its measured criteria, so its weight is not tilted.</source>
        <translation>没有任何区在该准则上有数据：取本区已测准则的平均需求，因而其权重不偏移。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/indicators_view.py" line="295" />
        <source>No district has data on any criterion: no tilt, the ranking is plain AHP at every α.</source>
        <translation>没有任何区在任何准则上有数据：不偏移，在任何 α 下排序都是普通 AHP。</translation>
    </message>
</context>
<context>
    <name>NormalisationChoice</name>
    <message>
        <location filename="../../../desktop/views/method_settings.py" line="88" />
        <source>Normalisation: ratio to the best district</source>
        <translation>标准化：与最佳区之比</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/method_settings.py" line="89" />
        <source>Normalisation: min–max</source>
        <translation>标准化：最小–最大</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/method_settings.py" line="93" />
        <source>Change the normalisation of indicators</source>
        <translation>更改指标标准化方法</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <location filename="../../../desktop/views/notes_view.py" line="34" />
        <source>Notes saved with the session and printed in exports: who judged, when, on what evidence.</source>
        <translation>备注随会话保存并写入导出文件：谁作的判断、何时、依据什么证据。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/notes_view.py" line="51" />
        <source>Edit notes</source>
        <translation>编辑备注</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <location filename="../../../desktop/views/ranking_models.py" line="112" />
        <source>Top strategy in this district</source>
        <translation>该区的首选策略</translation>
    </message>
</context>
<context>
    <name>PairRow</name>
    <message>
        <location filename="../../../desktop/views/pair_row.py" line="73" />
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/pair_row.py" line="76" />
        <source>Leave this pair unjudged; it is estimated from the other judgments (the node stays connected).</source>
        <translation>不判断此对；由其他判断估计（节点须保持连通）。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/pair_row.py" line="80" />
        <source>Move toward the more important item: 1 equal … 9 extreme</source>
        <translation>移向更重要的一方：1 同等 … 9 极端</translation>
    </message>
</context>
<context>
    <name>PanelFindings</name>
    <message>
        <location filename="../../../desktop/views/panel_findings.py" line="58" />
        <source>very low</source>
        <translation>很低</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/panel_findings.py" line="59" />
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/panel_findings.py" line="60" />
        <source>moderate</source>
        <translation>中等</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/panel_findings.py" line="61" />
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/panel_findings.py" line="62" />
        <source>very high</source>
        <translation>很高</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/panel_findings.py" line="71" />
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/panel_findings.py" line="83" />
        <source>left blank</source>
        <translation>留空</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/panel_findings.py" line="84" />
        <source>This expert left the node blank: the node is combined over the experts who judged it</source>
        <translation>该专家未判断此节点：此节点仅由判断过它的专家集结</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/panel_findings.py" line="96" />
        <source>CR needs three or more items</source>
        <translation>三项及以上才有 CR</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/panel_findings.py" line="102" />
        <source>threshold {threshold:.2f}</source>
        <translation>阈值 {threshold:.2f}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/panel_findings.py" line="114" />
        <location filename="../../../desktop/views/panel_findings.py" line="139" />
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/panel_findings.py" line="115" />
        <source>Consensus S*</source>
        <translation>共识度 S*</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/panel_findings.py" line="116" />
        <source>Band</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/panel_findings.py" line="127" />
        <source>Global weights</source>
        <translation>全局权重</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/panel_findings.py" line="140" />
        <source>Pair</source>
        <translation>判断对</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/panel_findings.py" line="141" />
        <source>Geometric SD</source>
        <translation>几何标准差</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/panel_findings.py" line="142" />
        <source>Furthest expert</source>
        <translation>偏离最远的专家</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/panel_findings.py" line="143" />
        <source>Apart from the others</source>
        <translation>与其他专家相差</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/panel_findings.py" line="164" />
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/panel_findings.py" line="166" />
        <source>Kendall's W</source>
        <translation>肯德尔 W</translation>
    </message>
</context>
<context>
    <name>PanelView</name>
    <message>
        <location filename="../../../desktop/views/panel_install.py" line="17" />
        <location filename="../../../desktop/views/panel_view.py" line="207" />
        <source>Panel</source>
        <translation>专家组</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/panel_view.py" line="100" />
        <source>Experts</source>
        <translation>专家</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/panel_view.py" line="101" />
        <source>Add expert</source>
        <translation>添加专家</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/panel_view.py" line="102" />
        <source>Remove expert</source>
        <translation>移除专家</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/panel_view.py" line="103" />
        <source>Combine by:</source>
        <translation>集结方式：</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/panel_view.py" line="106" />
        <source>Consistency per expert</source>
        <translation>各专家的一致性</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/panel_view.py" line="107" />
        <source>Consensus per node</source>
        <translation>各节点的共识度</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/panel_view.py" line="108" />
        <source>Most disputed pairs</source>
        <translation>分歧最大的判断对</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/panel_view.py" line="109" />
        <source>Top strategy per district</source>
        <translation>各区的首选策略</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/panel_view.py" line="150" />
        <source>One expert is counted: the ranking is theirs. Add experts, or count more, to see how far the panel agrees.</source>
        <translation>只计入一位专家：排序即其本人的结果。添加专家或计入更多专家，即可查看专家组的共识程度。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/panel_view.py" line="158" />
        <source>{count} experts counted. Consensus S* on the global weights: {value} ({band}); over the hierarchy: {hierarchy}. Bands after {source}: {ranges}.</source>
        <translation>计入 {count} 位专家。全局权重的共识度 S*：{value}（{band}）；整个层次结构：{hierarchy}。等级划分依据 {source}：{ranges}。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/panel_view.py" line="177" />
        <source>Combine the panel by {method}</source>
        <translation>专家组集结方式改为{method}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/panel_view.py" line="185" />
        <source>Expert {number}</source>
        <translation>专家 {number}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/panel_view.py" line="187" />
        <source>Add expert {name}</source>
        <translation>添加专家 {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/panel_view.py" line="199" />
        <source>Remove expert {name}</source>
        <translation>移除专家 {name}</translation>
    </message>
</context>
<context>
    <name>RandomIndexChoice</name>
    <message>
        <location filename="../../../desktop/views/method_settings.py" line="68" />
        <source>Random index: Saaty</source>
        <translation>随机一致性指标：Saaty</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/method_settings.py" line="69" />
        <source>Random index: Donegan &amp; Dodd</source>
        <translation>随机一致性指标：Donegan &amp; Dodd</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/method_settings.py" line="80" />
        <source>Change the random index table</source>
        <translation>更改随机一致性指标表</translation>
    </message>
</context>
<context>
    <name>RankingMap</name>
    <message>
        <location filename="../../../desktop/views/ranking_map.py" line="109" />
        <source>Map of the districts</source>
        <translation>区地图</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_map.py" line="110" />
        <source>Colour by:</source>
        <translation>着色依据：</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_map.py" line="114" />
        <location filename="../../../desktop/views/ranking_map.py" line="204" />
        <source>Top strategy</source>
        <translation>首选策略</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_map.py" line="115" />
        <source>Chance the top strategy stays on top</source>
        <translation>首选策略保持首位的概率</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_map.py" line="116" />
        <source>Need on a criterion</source>
        <translation>某项准则上的需求</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_map.py" line="122" />
        <source>Not on the map (no outline): {districts}</source>
        <translation>无轮廓、未画入地图：{districts}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_map.py" line="123" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_map.py" line="171" />
        <source>No sample kept</source>
        <translation>未保留任何样本</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_map.py" line="172" />
        <source>running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_map.py" line="177" />
        <source>Chance the top stays on top</source>
        <translation>首选保持首位的概率</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_map.py" line="191" />
        <source>Chance it stays on top: {chance:.1%}</source>
        <translation>保持首位的概率：{chance:.1%}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_map.py" line="192" />
        <source>{kept} of {samples} samples kept</source>
        <translation>保留 {kept}/{samples} 个样本</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_map.py" line="216" />
        <source>no data (neutral)</source>
        <translation>无区级数据（中性）</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_map.py" line="217" />
        <source>Need (0 = none, 1 = largest)</source>
        <translation>需求（0 = 无，1 = 最大）</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_map.py" line="226" />
        <source>Top strategy (tied): {strategy}</source>
        <translation>首选策略（并列）：{strategy}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_map.py" line="190" />
        <location filename="../../../desktop/views/ranking_map.py" line="228" />
        <source>Top strategy: {strategy}</source>
        <translation>首选策略：{strategy}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_map.py" line="230" />
        <source>Priority: {priority:.3f}</source>
        <translation>优先级：{priority:.3f}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_map.py" line="243" />
        <source>Need on {criterion}: {need:.2f} (no data of this district: neutral)</source>
        <translation>{criterion} 上的需求：{need:.2f}（本区无数据：中性）</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_map.py" line="245" />
        <source>Need on {criterion}: {need:.2f}</source>
        <translation>{criterion} 上的需求：{need:.2f}</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location filename="../../../desktop/views/ranking_models.py" line="55" />
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_models.py" line="56" />
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_models.py" line="57" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_models.py" line="58" />
        <source>Gap to next</source>
        <translation>与下一名差距</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_models.py" line="77" />
        <source>Tied with another strategy. </source>
        <translation>与其他策略并列。</translation>
    </message>
</context>
<context>
    <name>RankingView</name>
    <message>
        <location filename="../../../desktop/views/ranking_view.py" line="197" />
        <source>Priority of each strategy in each district</source>
        <translation>各区各策略的优先级</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_view.py" line="198" />
        <location filename="../../../desktop/views/ranking_view.py" line="214" />
        <source>priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_view.py" line="200" />
        <source>each bar is a district, in the table's order (point at a bar for its name)</source>
        <translation>每根柱为一个区，次序同下表（指向柱子可见区名）</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_view.py" line="211" />
        <source>{district}: priority split into criteria</source>
        <translation>{district}：优先级按准则分解</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_view.py" line="215" />
        <source>each segment is a criterion, in the tree's order (point at it for its name)</source>
        <translation>每段为一项准则，次序同准则树（指向该段可见准则名）</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_view.py" line="222" />
        <source>α = 1: weights follow need alone, so a criterion on which a district has no gap gets no weight there.</source>
        <translation>α = 1：权重只随需求而定，因此某区没有差距的准则在该区权重为 0。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_view.py" line="232" />
        <source>At α = {alpha:.2f} ranks change (a tie).</source>
        <translation>在 α = {alpha:.2f} 处名次改变（并列）。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_view.py" line="234" />
        <source>This ranking holds for α from {low:.2f} to {high:.2f}.</source>
        <translation>该排序在 α 从 {low:.2f} 到 {high:.2f} 之间保持不变。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_view.py" line="243" />
        <source>At α = 1 need alone decides, and the criteria on which this district has no gap get no weight: {criteria}.</source>
        <translation>α = 1 时只由需求决定，该区没有差距的准则权重为 0：{criteria}。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_view.py" line="248" />
        <source>At α = 1 need alone decides; this district has a gap on every weighted criterion, so each keeps weight.</source>
        <translation>α = 1 时只由需求决定；该区在每项有权重的准则上都有差距，因此各准则都保有权重。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_view.py" line="255" />
        <source>District:</source>
        <translation>区：</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_view.py" line="256" />
        <source>Need emphasis</source>
        <translation>需求强调</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_view.py" line="259" />
        <source>α = 0: plain AHP, one ranking for all districts; α = 1: the districts' indicator gaps decide fully</source>
        <translation>α = 0：普通 AHP，各区排序相同；α = 1：完全由各区的指标差距决定</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_view.py" line="263" />
        <source>All districts: rank (priority); ★ = top strategy</source>
        <translation>全部区：名次（优先级）；★ = 首选策略</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_view.py" line="289" />
        <source>All districts</source>
        <translation>全部区</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/ranking_view.py" line="315" />
        <source>Set need emphasis α to {alpha:.2f}</source>
        <translation>将需求强调 α 设为 {alpha:.2f}</translation>
    </message>
</context>
<context>
    <name>RatingsModel</name>
    <message>
        <location filename="../../../desktop/views/effectiveness_view.py" line="81" />
        <source>(no strategy serves it)</source>
        <translation>（无策略作用于此准则）</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/effectiveness_view.py" line="121" />
        <source>pairwise {share:.3f}</source>
        <translation>两两比较 {share:.3f}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/effectiveness_view.py" line="141" />
        <source>No strategy serves this criterion (every rating is “none”): in ideal mode it adds nothing to any priority (each strategy gets {share:.3f}), and it changes no order.</source>
        <translation>没有策略服务于此准则（所有评级均为“无”）：在理想模式下，它不给任何优先级增加分值（每个策略得 {share:.3f}），不改变任何顺序。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/effectiveness_view.py" line="146" />
        <source>No strategy serves this criterion (every rating is “none”): in distributive mode each strategy gets an equal share {share:.3f} of it, which changes no order.</source>
        <translation>没有策略服务于此准则（所有评级均为“无”）：在分配模式下，每个策略得到相等的份额 {share:.3f}，不改变任何顺序。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/effectiveness_view.py" line="168" />
        <source>within the threshold {t:.2f}</source>
        <translation>未超过阈值 {t:.2f}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/effectiveness_view.py" line="170" />
        <source>above the threshold {t:.2f}</source>
        <translation>超过阈值 {t:.2f}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/effectiveness_view.py" line="173" />
        <source>Strategies judged pairwise: CR {cr:.3f}, {check}.</source>
        <translation>各策略两两比较：CR {cr:.3f}，{check}。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/effectiveness_view.py" line="177" />
        <source>Strategies judged pairwise, pairs missing: the completed matrix has CR {cr:.3f}, {check}.</source>
        <translation>各策略两两比较，有缺失项：补全后矩阵的 CR 为 {cr:.3f}，{check}。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/effectiveness_view.py" line="188" />
        <source>Rate {s} “{level}” on {c}</source>
        <translation>将 {s} 在 {c} 上评为“{level}”</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/effectiveness_view.py" line="201" />
        <source>Default ({level}): {reason}</source>
        <translation>默认（{level}）：{reason}</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/effectiveness_view.py" line="205" />
        <source>Changed by the planner.</source>
        <translation>已由规划者修改。</translation>
    </message>
</context>
<context>
    <name>SynthesisChoice</name>
    <message>
        <location filename="../../../desktop/views/method_settings.py" line="104" />
        <source>Synthesis: ideal (best strategy = 1)</source>
        <translation>综合模式：理想模式（最佳策略 = 1）</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/method_settings.py" line="105" />
        <source>Synthesis: distributive (shares sum to 1)</source>
        <translation>综合模式：分配模式（份额之和为 1）</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/method_settings.py" line="112" />
        <source>Each criterion's strategy priorities are divided by the best strategy's. Adding a copy of a strategy, or one no better than the best on any criterion, never changes the order of the others (Belton &amp; Gear 1983; Saaty 1994).</source>
        <translation>每项准则下各策略的优先级除以最佳策略的优先级。加入某策略的副本，或在任何准则上都不优于最佳者的策略，都不会改变其他策略的次序（Belton 与 Gear, 1983；Saaty, 1994）。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/method_settings.py" line="118" />
        <source>Each criterion's strategy priorities are shares summing to 1. Adding or removing a strategy can reverse the order of others (Belton &amp; Gear 1983). Files saved before the mode could be chosen were computed this way.</source>
        <translation>每项准则下各策略的优先级为和为 1 的份额。加入或删除策略可能使其他策略的次序反转（Belton 与 Gear, 1983）。可选择综合模式之前保存的文件按此方式计算。</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/method_settings.py" line="127" />
        <source>Change the synthesis mode</source>
        <translation>更改综合模式</translation>
    </message>
</context>
<context>
    <name>VerbalScale</name>
    <message>
        <location filename="../../../desktop/views/verbal_text.py" line="17" />
        <source>equally important</source>
        <translation>同等重要</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/verbal_text.py" line="18" />
        <source>equally to moderately more important</source>
        <translation>介于同等与稍微重要之间</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/verbal_text.py" line="19" />
        <source>moderately more important</source>
        <translation>稍微重要</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/verbal_text.py" line="20" />
        <source>moderately to strongly more important</source>
        <translation>介于稍微与明显重要之间</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/verbal_text.py" line="21" />
        <source>strongly more important</source>
        <translation>明显重要</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/verbal_text.py" line="22" />
        <source>strongly to very strongly more important</source>
        <translation>介于明显与强烈重要之间</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/verbal_text.py" line="25" />
        <source>very strongly more important</source>
        <translation>强烈重要</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/verbal_text.py" line="26" />
        <source>very strongly to extremely more important</source>
        <translation>介于强烈与极端重要之间</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/verbal_text.py" line="29" />
        <source>extremely more important</source>
        <translation>极端重要</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/verbal_text.py" line="44" />
        <source>{a} is {value} times as important as {b}: ≈ {phrase} ({n})</source>
        <translation>{a}的重要性是{b}的 {value} 倍：≈ {phrase}（{n}）</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/verbal_text.py" line="50" />
        <source>{a} and {b} are equally important</source>
        <translation>{a}与{b}同等重要</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/verbal_text.py" line="53" />
        <source>{a} is {phrase} than {b} ({n})</source>
        <translation>{a}比{b}{phrase}（{n}）</translation>
    </message>
    <message>
        <location filename="../../../desktop/views/verbal_text.py" line="59" />
        <source>not judged (missing): estimated from the other judgments</source>
        <translation>未判断（缺失）：由其他判断估计</translation>
    </message>
</context>
</TS>