<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../desktop/main_window.py" line="60" />
        <source>Loading the model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <location filename="../../../desktop/main_window.py" line="95" />
        <source>Criteria judgments</source>
        <translation>准则判断</translation>
    </message>
    <message>
        <location filename="../../../desktop/main_window.py" line="96" />
        <source>Strategy effectiveness</source>
        <translation>策略有效性</translation>
    </message>
    <message>
        <location filename="../../../desktop/main_window.py" line="97" />
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../../desktop/main_window.py" line="98" />
        <source>Ranking</source>
        <translation>排序</translation>
    </message>
    <message>
        <location filename="../../../desktop/main_window.py" line="103" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../../desktop/main_window.py" line="192" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../desktop/main_window.py" line="193" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../../desktop/main_window.py" line="194" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../../desktop/main_window.py" line="195" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../../desktop/main_window.py" line="196" />
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../../desktop/main_window.py" line="197" />
        <location filename="../../../desktop/main_window.py" line="225" />
        <source>Cluster Strategy Planner</source>
        <translation>集群策略规划器</translation>
    </message>
    <message>
        <location filename="../../../desktop/main_window.py" line="203" />
        <source>Criteria hierarchy</source>
        <translation>准则层次结构</translation>
    </message>
    <message>
        <location filename="../../../desktop/main_window.py" line="204" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../../desktop/main_window.py" line="205" />
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../desktop/main_window.py" line="206" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../../desktop/main_window.py" line="217" />
        <source>Model: {model} · CR thresholds after Saaty (0.05 / 0.08 / 0.10)</source>
        <translation>模型：{model} · CR 阈值按 Saaty（0.05 / 0.08 / 0.10）</translation>
    </message>
    <message>
        <location filename="../../../desktop/main_window.py" line="262" />
        <source>Cluster Strategy Planner ranks strategies for each district with the Analytic Hierarchy Process.</source>
        <translation>集群策略规划器用层次分析法为每个区给各项策略排序。</translation>
    </message>
    <message>
        <location filename="../../../desktop/main_window.py" line="267" />
        <source>Model: {name}, {count} strategies, {districts} districts.</source>
        <translation>模型：{name}，{count} 项策略，{districts} 个区。</translation>
    </message>
    <message>
        <location filename="../../../desktop/main_window.py" line="273" />
        <source>About</source>
        <translation>关于</translation>
    </message>
</context>
<context>
    <name>ModelOpener</name>
    <message>
        <location filename="../../../desktop/model_opener.py" line="48" />
        <source>Open &amp;Model…</source>
        <translation>打开模型(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_opener.py" line="50" />
        <source>Plan with another model folder (criteria, strategies, districts, data)</source>
        <translation>改用另一个模型文件夹进行规划（准则、策略、区与数据）</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_opener.py" line="55" />
        <source>Open model folder</source>
        <translation>打开模型文件夹</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_opener.py" line="81" />
        <source>Cannot open model</source>
        <translation>无法打开模型</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_opener.py" line="82" />
        <source>The model folder “{folder}” cannot be used.</source>
        <translation>模型文件夹“{folder}”无法使用。</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_opener.py" line="86" />
        <source>The open model and your session are unchanged.</source>
        <translation>当前模型与会话均未改变。</translation>
    </message>
</context>
<context>
    <name>TabKeys</name>
    <message>
        <location filename="../../../desktop/tab_keys.py" line="49" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../../desktop/tab_keys.py" line="50" />
        <source>Next tab</source>
        <translation>下一个标签页</translation>
    </message>
    <message>
        <location filename="../../../desktop/tab_keys.py" line="51" />
        <source>Previous tab</source>
        <translation>上一个标签页</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <location filename="../../../desktop/undo_actions.py" line="40" />
        <source>&amp;Undo {step}</source>
        <translation>撤销 {step}(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../../desktop/undo_actions.py" line="42" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../../desktop/undo_actions.py" line="45" />
        <source>&amp;Redo {step}</source>
        <translation>重做 {step}(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../desktop/undo_actions.py" line="47" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../desktop/undo_actions.py" line="50" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../../desktop/undo_actions.py" line="50" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
</context>
</TS>