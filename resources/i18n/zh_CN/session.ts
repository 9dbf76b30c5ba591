<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../../../desktop/session/autosave.py" line="111" />
        <source>Restore unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/autosave.py" line="113" />
        <source>The planner did not close normally. Restore the session autosaved at {when} (UTC)?</source>
        <translation>规划器上次没有正常关闭。是否恢复 {when}（UTC）自动保存的会话？</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/autosave.py" line="119" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/autosave.py" line="120" />
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/autosave.py" line="121" />
        <source>Ask again next time</source>
        <translation>下次再问</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/autosave.py" line="129" />
        <source>File: {path}</source>
        <translation>文件：{path}</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/autosave.py" line="131" />
        <source>An untitled session.</source>
        <translation>未命名的会话。</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/autosave.py" line="134" />
        <source>Autosaved session {number} of {count}, newest first.</source>
        <translation>自动保存的会话第 {number} 个，共 {count} 个（最新的在前）。</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/autosave.py" line="144" />
        <source>Autosaved session kept for its own model</source>
        <translation>自动保存的会话已为其所属模型保留</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/autosave.py" line="149" />
        <source>Cannot restore the autosaved session</source>
        <translation>无法恢复自动保存的会话</translation>
    </message>
</context>
<context>
    <name>SessionFiles</name>
    <message>
        <location filename="../../../desktop/session/files.py" line="65" />
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/files.py" line="66" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/files.py" line="67" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/files.py" line="68" />
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/files.py" line="71" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/files.py" line="74" />
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/files.py" line="86" />
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/files.py" line="97" />
        <location filename="../../../desktop/session/files.py" line="100" />
        <source>Cannot open session</source>
        <translation>无法打开会话</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/files.py" line="123" />
        <source>Session opened with notes</source>
        <translation>会话已打开（附说明）</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/files.py" line="133" />
        <source>… and {count} more.</source>
        <translation>……另有 {count} 条。</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/files.py" line="145" />
        <source>session</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/files.py" line="148" />
        <source>Save session as</source>
        <translation>会话另存为</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/files.py" line="162" />
        <source>Cannot save session</source>
        <translation>无法保存会话</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/files.py" line="193" />
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/files.py" line="194" />
        <source>The session “{name}” has unsaved changes. Save them?</source>
        <translation>会话“{name}”有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/files.py" line="247" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/files.py" line="254" />
        <source>Planner sessions (*{ext});;All files (*)</source>
        <translation>规划会话 (*{ext});;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>SessionMessages</name>
    <message>
        <location filename="../../../desktop/session/messages.py" line="32" />
        <source>The file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/messages.py" line="35" />
        <source>This is not a regular file (a folder, a device, a pipe or a socket).</source>
        <translation>这不是普通文件（而是文件夹、设备、管道或套接字）。</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/messages.py" line="39" />
        <source>The file cannot be written (no permission, or the disk is full).</source>
        <translation>无法写入该文件（没有权限或磁盘已满）。</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/messages.py" line="42" />
        <source>The file is too large to be a session file.</source>
        <translation>文件过大，不可能是会话文件。</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/messages.py" line="45" />
        <source>The file is not UTF-8 text; it may be corrupted.</source>
        <translation>文件不是 UTF-8 文本，可能已损坏。</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/messages.py" line="48" />
        <source>The file is not valid JSON; it may be truncated or corrupted.</source>
        <translation>文件不是有效的 JSON，可能被截断或已损坏。</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/messages.py" line="51" />
        <source>The file is nested too deeply to be a session file.</source>
        <translation>文件嵌套层级过深，不可能是会话文件。</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/messages.py" line="54" />
        <source>The file is not a Cluster Strategy Planner session.</source>
        <translation>该文件不是集群策略规划器的会话文件。</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/messages.py" line="57" />
        <source>The file was made by a newer version of the app.</source>
        <translation>该文件由更新版本的程序创建。</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/messages.py" line="60" />
        <source>The file was made for a different model.</source>
        <translation>该文件是为另一个模型创建的。</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/messages.py" line="63" />
        <source>The file holds a value that cannot be used.</source>
        <translation>文件中有无法使用的值。</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/messages.py" line="68" />
        <source>The file cannot be used.</source>
        <translation>无法使用该文件。</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/messages.py" line="74" />
        <source>The file was made for the model “{saved}” (version {saved_version}); the open model is “{name}” ({id}, version {version}). Its judgments and ratings are about that model's criteria and strategies, so they cannot be used here: open that model first (File → Open Model…), then open the file.</source>
        <translation>该文件是为模型“{saved}”（{saved_version} 版）制作的；当前打开的模型是“{name}”（{id}，{version} 版）。文件中的判断和评级针对的是那个模型的准则和策略，因此不能在这里使用：请先打开那个模型（文件 → 打开模型…），再打开该文件。</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/messages.py" line="90" />
        <source>File: {path}</source>
        <translation>文件：{path}</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/messages.py" line="93" />
        <source>Where: {field}</source>
        <translation>位置：{field}</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/messages.py" line="96" />
        <source>Your current session is unchanged.</source>
        <translation>当前会话保持不变。</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/messages.py" line="105" />
        <source>For technical support (in the file format's own words):</source>
        <translation>供技术支持（文件格式原文）：</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/messages.py" line="156" />
        <source>Items no longer in {node}; their judgments were dropped: {items}.</source>
        <translation>{node} 中已不再有的项，其判断已丢弃：{items}。</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/messages.py" line="186" />
        <source>The model changed since this session was saved ({old} → {new}).</source>
        <translation>自该会话保存以来模型已更改（{old} → {new}）。</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/messages.py" line="189" />
        <source>This session was made for version {old} of the model “{id}”; the open model is “{name}” version {new}, whose data differ. Every judgment that still applies was kept; what changed is listed here.</source>
        <translation>该会话是为模型“{id}”的 {old} 版制作的；当前打开的模型是“{name}”{new} 版，其数据有所不同。仍然适用的判断均已保留；改动之处列于此处。</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/messages.py" line="122" />
        <source>Criteria added</source>
        <translation>新增准则</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/messages.py" line="126" />
        <source>Criteria removed</source>
        <translation>删除的准则</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/messages.py" line="130" />
        <source>Strategies added</source>
        <translation>新增策略</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/messages.py" line="134" />
        <source>Strategies removed</source>
        <translation>删除的策略</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/messages.py" line="142" />
        <source>No criteria or strategies were added or removed.</source>
        <translation>没有增删准则或策略。</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/messages.py" line="148" />
        <source>Converted from file format {old} to {new}.</source>
        <translation>已从文件格式 {old} 转换为 {new}。</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/messages.py" line="152" />
        <source>Node {node} is no longer in the model; its judgments were dropped.</source>
        <translation>节点 {node} 已不在模型中，其判断已删除。</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/messages.py" line="160" />
        <source>Judgments of node {node} no longer connect its items and were reset to neutral.</source>
        <translation>节点 {node} 的判断已无法连通其各项，已重置为中性。</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/messages.py" line="165" />
        <source>New items in {node} start as equally important: {items}.</source>
        <translation>{node} 中新增的项先按同等重要处理：{items}。</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/messages.py" line="169" />
        <source>Ratings under {criterion} were missing and take the defaults.</source>
        <translation>{criterion} 下的评级缺失，已采用默认值。</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/messages.py" line="173" />
        <source>Saved before the synthesis mode could be chosen: opened in distributive mode, as its results were computed. New sessions use ideal mode, which you can choose under Strategy effectiveness.</source>
        <translation>此文件保存于可选择综合模式之前：已按分配模式打开，与其结果的计算方式一致。新会话使用理想模式，可在“策略有效性”中选择。</translation>
    </message>
    <message>
        <location filename="../../../desktop/session/messages.py" line="178" />
        <source>Edits of unknown indicators were kept aside: {ids}.</source>
        <translation>未知指标的修改已另行保留：{ids}。</translation>
    </message>
</context>
</TS>