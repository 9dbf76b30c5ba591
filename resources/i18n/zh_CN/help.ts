<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Concepts</name>
    <message>
        <location filename="../../../desktop/help/buttons.py" line="70"/>
        <source>CR, the consistency ratio of a node&apos;s judgments: (λmax − n) / ((n − 1)·RI). Acceptable up to 0.05 for 3 items, 0.08 for 4 and 0.10 for 5 or more; undefined for fewer than 3. F1 opens the guide.</source>
        <translation>CR，节点判断的一致性比率：(λmax − n) / ((n − 1)·RI)。3 项时不超过 0.05、4 项时不超过 0.08、5 项及以上不超过 0.10 即可接受；少于 3 项时无定义。按 F1 打开指南。</translation>
    </message>
    <message>
        <location filename="../../../desktop/help/buttons.py" line="76"/>
        <source>α, the need emphasis (0 … 1): 0 is plain AHP, the same ranking in every district; 1 lets each district&apos;s need g tilt its criteria weights fully. F1 opens the guide.</source>
        <translation>α，需求强调（0 … 1）：0 即普通 AHP，各区排序相同；1 则让各区的需求 g 完全决定其准则权重的偏向。按 F1 打开指南。</translation>
    </message>
    <message>
        <location filename="../../../desktop/help/buttons.py" line="82"/>
        <source>g, a district&apos;s need on a criterion = 1 − its performance from the indicators: 0 for the best district, higher the further behind. Neutral 0.5 where the district has no usable value. F1 opens the guide.</source>
        <translation>g，某区在某准则上的需求 = 1 − 由指标得出的表现：最佳的区为 0，越落后越高。该区没有可用数值时取中性值 0.5。按 F1 打开指南。</translation>
    </message>
</context>
<context>
    <name>GuideAction</name>
    <message>
        <location filename="../../../desktop/help/install.py" line="33"/>
        <source>&amp;Guide</source>
        <translation>使用指南(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../../desktop/help/install.py" line="35"/>
        <source>The planner&apos;s guide: how to use the app and read its results</source>
        <translation>规划者指南：如何使用本软件、如何解读结果</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <location filename="../../../desktop/help/buttons.py" line="58"/>
        <source>Guide: {topic}</source>
        <translation>指南：{topic}</translation>
    </message>
</context>
<context>
    <name>HelpGuide</name>
    <message>
        <location filename="../../../desktop/help/guide.py" line="69"/>
        <source>Guide — Cluster Strategy Planner</source>
        <translation>指南 — 集群策略规划器</translation>
    </message>
</context>
</TS>
