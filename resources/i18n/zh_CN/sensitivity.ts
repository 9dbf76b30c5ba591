<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlphaPage</name>
    <message>
        <location filename="../../../desktop/sensitivity/pages.py" line="289" />
        <source>α = 0: plain AHP, the same ranking in every district; α = 1: the district's indicator gaps decide fully, so a criterion on which it has no gap gets no weight.</source>
        <translation>α = 0：普通 AHP，各区排序相同；α = 1：完全由该区的指标差距决定，因此该区没有差距的准则权重为 0。</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/pages.py" line="307" />
        <source>{district}: priorities over the need emphasis α</source>
        <translation>{district}：各策略优先级随需求强调 α 的变化</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/pages.py" line="310" />
        <source>need emphasis α</source>
        <translation>需求强调 α</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/pages.py" line="311" />
        <source>priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/pages.py" line="313" />
        <source>today {value:.2f}</source>
        <translation>当前 {value:.2f}</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/pages.py" line="314" />
        <source>ranks change at α = {x:.3f}, priority {y:.4f}</source>
        <translation>在 α = {x:.3f} 处名次变化，优先级 {y:.4f}</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/pages.py" line="315" />
        <source>rank change</source>
        <translation>名次变化</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/pages.py" line="323" />
        <source>At today's α = {alpha:.2f} ranks change (a tie): the ranking differs just below and just above it.</source>
        <translation>当前 α = {alpha:.2f} 处名次改变（并列）：略低或略高于它，排序都不同。</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/pages.py" line="328" />
        <source>Shaded: today's ranking holds for α from {low:.3f} to {high:.3f}; circles mark where ranks change.</source>
        <translation>底色：当前排序在 α 从 {low:.3f} 到 {high:.3f} 之间保持不变；圆圈标出名次改变之处。</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/pages.py" line="339" />
        <source>At α = 1 these criteria get no weight in this district (no gap): {criteria}.</source>
        <translation>α = 1 时以下准则在该区权重为 0（没有差距）：{criteria}。</translation>
    </message>
</context>
<context>
    <name>DynamicPanel</name>
    <message>
        <location filename="../../../desktop/sensitivity/dynamic_panel.py" line="72" />
        <source>Reset</source>
        <translation>复位</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/dynamic_panel.py" line="73" />
        <source>Back to the session's weights</source>
        <translation>恢复为会话中的权重</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/dynamic_panel.py" line="76" />
        <source>Drag a criterion's global weight; the others keep their proportions. This only explores: the session is not changed.</source>
        <translation>拖动某一准则的全局权重，其余权重按原比例缩放。这只是探索：不会改变会话。</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/dynamic_panel.py" line="152" />
        <source>{district}: ranking with the weights on the left</source>
        <translation>{district}：按左侧权重得到的排序</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/dynamic_panel.py" line="155" />
        <source>priority</source>
        <translation>优先级</translation>
    </message>
</context>
<context>
    <name>ExportButton</name>
    <message>
        <location filename="../../../desktop/sensitivity/export_button.py" line="27" />
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/export_button.py" line="28" />
        <source>Save this chart as a PNG image or an SVG drawing</source>
        <translation>将此图表保存为 PNG 图像或 SVG 矢量图</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/export_button.py" line="33" />
        <location filename="../../../desktop/sensitivity/export_button.py" line="44" />
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/export_button.py" line="35" />
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/export_button.py" line="45" />
        <source>The chart was not saved: {error}</source>
        <translation>图表未能保存：{error}</translation>
    </message>
</context>
<context>
    <name>GradientPage</name>
    <message>
        <location filename="../../../desktop/sensitivity/pages.py" line="60" />
        <source>Criterion:</source>
        <translation>准则：</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/pages.py" line="63" />
        <source>Its global weight is swept from 0 to 1; the other weights keep their proportions</source>
        <translation>其全局权重从 0 扫描到 1；其余权重保持原有比例</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/pages.py" line="84" />
        <source>{district}: priorities as the weight of {criterion} changes</source>
        <translation>{district}：{criterion} 的权重变化时各策略的优先级</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/pages.py" line="86" />
        <source>global weight of {criterion}</source>
        <translation>{criterion} 的全局权重</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/pages.py" line="87" />
        <source>priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/pages.py" line="88" />
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/pages.py" line="89" />
        <source>today {value:.3f}</source>
        <translation>当前 {value:.3f}</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/pages.py" line="90" />
        <source>swap at weight {x:.3f}, priority {y:.4f}</source>
        <translation>在权重 {x:.3f} 处交换，优先级 {y:.4f}</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/pages.py" line="91" />
        <source>swap</source>
        <translation>交换点</translation>
    </message>
</context>
<context>
    <name>MonteCarloPage</name>
    <message>
        <location filename="../../../desktop/sensitivity/monte_carlo_page.py" line="115" />
        <source>Spread (σ of log-judgment):</source>
        <translation>扰动幅度（对数判断的 σ）：</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/monte_carlo_page.py" line="118" />
        <source>Each judgment is multiplied by exp(N(0, σ)), kept reciprocal and within 1/9 … 9</source>
        <translation>每个判断乘以 exp(N(0, σ))，保持互反并限制在 1/9 … 9 之内</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/monte_carlo_page.py" line="121" />
        <source>Samples:</source>
        <translation>样本数：</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/monte_carlo_page.py" line="122" />
        <source>Discard inconsistent samples</source>
        <translation>丢弃不一致的样本</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/monte_carlo_page.py" line="125" />
        <source>Leave out samples in which a judgment matrix has a consistency ratio above its threshold</source>
        <translation>丢弃其中有判断矩阵一致性比率超过阈值的样本</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/monte_carlo_page.py" line="129" />
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/monte_carlo_page.py" line="130" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/monte_carlo_page.py" line="181" />
        <source>Running {samples} samples…</source>
        <translation>正在运行 {samples} 个样本…</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/monte_carlo_page.py" line="198" />
        <source>Cancelled; the charts show the last finished run.</source>
        <translation>已取消；图表显示上一次完成的运行结果。</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/monte_carlo_page.py" line="209" />
        <source>No sample kept</source>
        <translation>未保留任何样本</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/monte_carlo_page.py" line="221" />
        <source>Every sample was discarded: with “{option}” ticked, the spread σ = {spread:.2f} pushes every sample past a consistency threshold. Lower the spread or untick “{option}”.</source>
        <translation>所有样本都被丢弃：已勾选“{option}”，而扰动幅度 σ = {spread:.2f} 使每个样本都超过一致性阈值。请降低扰动幅度或取消勾选“{option}”。</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/monte_carlo_page.py" line="225" />
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/monte_carlo_page.py" line="226" />
        <source>{node}: CR {cr:.3f} &gt; {threshold:.2f}</source>
        <translation>{node}：CR {cr:.3f} &gt; {threshold:.2f}</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/monte_carlo_page.py" line="232" />
        <source>Every sample was discarded because the judgments themselves fail the consistency check ({nodes}); a lower spread cannot help. Revise these judgments, or untick “{option}”.</source>
        <translation>所有样本都被丢弃，因为基础判断本身未通过一致性检验（{nodes}）；降低扰动幅度无济于事。请修订这些判断，或取消勾选“{option}”。</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/monte_carlo_page.py" line="244" />
        <source>the strategies judged pairwise under {criterion}</source>
        <translation>{criterion} 下各策略的两两比较</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/monte_carlo_page.py" line="260" />
        <source>{kept} of {samples} samples kept. Probability that {top} stays on top in {district}: {chance:.1f} %</source>
        <translation>保留 {kept}/{samples} 个样本。{district}中 {top} 保持首位的概率：{chance:.1f} %</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/monte_carlo_page.py" line="273" />
        <source>rank {n}</source>
        <translation>第 {n} 名</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/monte_carlo_page.py" line="274" />
        <source>{district}: chance of each rank</source>
        <translation>{district}：各名次的概率</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/monte_carlo_page.py" line="275" />
        <source>% of samples</source>
        <translation>样本占比 %</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/monte_carlo_page.py" line="289" />
        <source>{district}: priority, {low:g}–{high:g} % of samples</source>
        <translation>{district}：优先级，样本的 {low:g}–{high:g} % 区间</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/monte_carlo_page.py" line="294" />
        <source>priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/monte_carlo_page.py" line="295" />
        <source>5–95 % range</source>
        <translation>5–95 % 区间</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/monte_carlo_page.py" line="296" />
        <source>5 %</source>
        <translation>5 %</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/monte_carlo_page.py" line="297" />
        <source>median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/monte_carlo_page.py" line="298" />
        <source>95 %</source>
        <translation>95 %</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/monte_carlo_page.py" line="299" />
        <source>today</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/monte_carlo_page.py" line="310" />
        <source>Set Monte Carlo spread to {value:.2f}</source>
        <translation>将蒙特卡洛扰动幅度设为 {value:.2f}</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/monte_carlo_page.py" line="317" />
        <source>Set Monte Carlo samples to {value}</source>
        <translation>将蒙特卡洛样本数设为 {value}</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/monte_carlo_page.py" line="325" />
        <source>Discard inconsistent Monte Carlo samples</source>
        <translation>丢弃不一致的蒙特卡洛样本</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/monte_carlo_page.py" line="327" />
        <source>Keep inconsistent Monte Carlo samples</source>
        <translation>保留不一致的蒙特卡洛样本</translation>
    </message>
</context>
<context>
    <name>PanelResamplingPage</name>
    <message>
        <location filename="../../../desktop/sensitivity/panel_resampling_page.py" line="51" />
        <source>Each draw takes as many experts as are counted, with replacement, each with a chance proportional to their weight, and combines them as the panel does</source>
        <translation>每次抽样有放回地抽取与计入人数相同的专家，每位专家被抽中的机会与其权重成正比，再按专家组的方式合并</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/panel_resampling_page.py" line="88" />
        <source>Drawing the panel {draws} times…</source>
        <translation>正在对专家组抽样 {draws} 次…</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/panel_resampling_page.py" line="102" />
        <source>The panel resampling failed: {detail}</source>
        <translation>专家组重抽样失败：{detail}</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/panel_resampling_page.py" line="121" />
        <source>Panel resampling needs a panel.</source>
        <translation>专家组重抽样需要一个专家组。</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/panel_resampling_page.py" line="124" />
        <source>Only {count} expert is counted (included, with a weight above 0), so there is no disagreement to resample: every draw would be the same panel. Add experts or include them in the Panel tab; the Monte Carlo page shows how firm the ranking is against noise in the judgments.</source>
        <translation>只计入了 {count} 位专家（已纳入且权重大于 0），没有可以重抽样的意见分歧：每次抽样都会是同一个专家组。请在专家组标签页添加或纳入专家；蒙特卡洛页显示排序在判断扰动下有多稳固。</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/panel_resampling_page.py" line="136" />
        <source>Aggregation: {aggregation}. {experts} experts counted, drawn with replacement by weight; {draws} draws (seed {seed}).</source>
        <translation>集结方式：{aggregation}。计入 {experts} 位专家，按权重有放回地抽取；共抽样 {draws} 次（随机种子 {seed}）。</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/panel_resampling_page.py" line="148" />
        <source>Probability that {top}, the full panel's top strategy, stays on top in {district}: {chance:.1f} %</source>
        <translation>{district}中完整专家组的首选策略 {top} 保持首位的概率：{chance:.1f} %</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/panel_resampling_page.py" line="160" />
        <source>rank {n}</source>
        <translation>第 {n} 名</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/panel_resampling_page.py" line="161" />
        <source>{district}: chance of each rank when the panel is redrawn</source>
        <translation>{district}：重抽专家组时各名次的概率</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/panel_resampling_page.py" line="164" />
        <source>% of draws</source>
        <translation>抽样占比 %</translation>
    </message>
</context>
<context>
    <name>SensitivityView</name>
    <message>
        <location filename="../../../desktop/sensitivity/install.py" line="16" />
        <location filename="../../../desktop/sensitivity/view.py" line="63" />
        <source>Sensitivity</source>
        <translation>敏感性</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/view.py" line="66" />
        <source>District:</source>
        <translation>区：</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/view.py" line="69" />
        <source>— This analysis does not apply to this model: it has one criterion, which always weighs 1, so there is no weight to move.</source>
        <translation>— 此分析不适用于本模型：模型只有一项准则，其权重恒为 1，没有可移动的权重。</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/registry.py" line="36" />
        <source>Weight sweep</source>
        <translation>权重扫描</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/registry.py" line="42" />
        <source>Rank-reversal thresholds</source>
        <translation>排序逆转阈值</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/registry.py" line="48" />
        <source>Need emphasis α</source>
        <translation>需求强调 α</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/registry.py" line="55" />
        <source>Monte Carlo</source>
        <translation>蒙特卡洛</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/registry.py" line="61" />
        <source>Panel resampling</source>
        <translation>专家组重抽样</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/registry.py" line="67" />
        <source>Dynamic sensitivity</source>
        <translation>动态敏感性</translation>
    </message>
</context>
<context>
    <name>ThresholdsPage</name>
    <message>
        <location filename="../../../desktop/sensitivity/pages.py" line="142" />
        <source>T&amp;S δ (D′ %)</source>
        <translation>T&amp;S δ（临界度 D′ %）</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/pages.py" line="142" />
        <source>renormalised Δ (%)</source>
        <translation>标准化后 Δ（%）</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/pages.py" line="143" />
        <source>Criterion</source>
        <translation>准则</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/pages.py" line="143" />
        <source>Weight today</source>
        <translation>当前权重</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/pages.py" line="145" />
        <source>Top changes at increase</source>
        <translation>增加多少首位改变</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/pages.py" line="146" />
        <source>Top changes at decrease</source>
        <translation>减少多少首位改变</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/pages.py" line="147" />
        <source>Any rank changes at increase</source>
        <translation>增加多少任一名次改变</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/pages.py" line="148" />
        <source>Any rank changes at decrease</source>
        <translation>减少多少任一名次改变</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/pages.py" line="154" />
        <source>Two measures of each threshold. T&amp;S δ is Triantaphyllou &amp; Sánchez's (1997): the change added to the criterion's weight before the weights are renormalised, with their criticality degree D′ = δ/w in percent. Renormalised Δ is the change of the weight after renormalising, the one the chart and the sliders show: Δ = δ·(1 − w)/(1 + δ).</source>
        <translation>每个阈值给出两种量。T&amp;S δ 取自 Triantaphyllou 与 Sánchez（1997）：在各权重重新标准化之前加到该准则权重上的变化，并附其临界度 D′ = δ/w（百分比）。标准化后 Δ 是重新标准化之后权重的变化，即图表和滑块所示的变化：Δ = δ·(1 − w)/(1 + δ)。</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/pages.py" line="173" />
        <source>{district}: weight change that changes the top strategy</source>
        <translation>{district}：使首选策略改变的权重变化</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/pages.py" line="177" />
        <source>renormalised change Δ of the criterion's global weight (others rescaled)</source>
        <translation>准则全局权重的标准化后变化 Δ（其余按比例缩放）</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/pages.py" line="230" />
        <source>no finite δ (only at weight 1)</source>
        <translation>无有限的 δ（仅在权重为 1 时）</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/pages.py" line="251" />
        <source>★ Critical criterion for {district}: {criterion} — a change of {change:+.4f} in its weight changes the top strategy (T&amp;S δ {delta:+.4f} before renormalising).</source>
        <translation>★ {district}的关键准则：{criterion}——其权重变化 {change:+.4f} 即改变首位策略（标准化之前的 T&amp;S δ 为 {delta:+.4f}）。</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/pages.py" line="179" />
        <source>increase</source>
        <translation>增加</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/pages.py" line="180" />
        <source>decrease</source>
        <translation>减少</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/pages.py" line="181" />
        <location filename="../../../desktop/sensitivity/pages.py" line="232" />
        <source>none within [0, 1]</source>
        <translation>[0, 1] 内无</translation>
    </message>
    <message>
        <location filename="../../../desktop/sensitivity/pages.py" line="241" />
        <source>No change of a single weight within [0, 1] changes the top strategy of {district}.</source>
        <translation>在 [0, 1] 内改变任何单一权重都不会改变{district}的首选策略。</translation>
    </message>
</context>
</TS>