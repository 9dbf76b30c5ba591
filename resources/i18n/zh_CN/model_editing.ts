<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CatalogueCommands</name>
    <message>
        <location filename="../../../desktop/model_editing/catalogue_commands.py" line="31" />
        <source>&amp;Strategies…</source>
        <translation>策略(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/catalogue_commands.py" line="32" />
        <source>&amp;Districts…</source>
        <translation>区(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/catalogue_commands.py" line="61" />
        <source>Strategies of the model</source>
        <translation>模型的策略</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/catalogue_commands.py" line="72" />
        <source>Add a strategy</source>
        <translation>添加策略</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/catalogue_commands.py" line="83" />
        <source>Add strategy {name}</source>
        <translation>添加策略 {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/catalogue_commands.py" line="91" />
        <source>Edit strategy {id}</source>
        <translation>编辑策略 {id}</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/catalogue_commands.py" line="102" />
        <source>Edit strategy {name}</source>
        <translation>编辑策略 {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/catalogue_commands.py" line="110" />
        <source>Move strategy {name}</source>
        <translation>移动策略 {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/catalogue_commands.py" line="119" />
        <source>Remove strategy {name}</source>
        <translation>删除策略 {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/catalogue_commands.py" line="120" />
        <location filename="../../../desktop/model_editing/catalogue_commands.py" line="188" />
        <source>Remove from the model</source>
        <translation>从模型中删除</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/catalogue_commands.py" line="121" />
        <source>Remove strategy {name}?</source>
        <translation>删除策略 {name}？</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/catalogue_commands.py" line="133" />
        <source>Districts of the model</source>
        <translation>模型的区</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/catalogue_commands.py" line="144" />
        <source>Add a district</source>
        <translation>添加区</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/catalogue_commands.py" line="154" />
        <source>Add district {name}</source>
        <translation>添加区 {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/catalogue_commands.py" line="162" />
        <source>Rename district {id}</source>
        <translation>重命名区 {id}</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/catalogue_commands.py" line="169" />
        <source>Rename district {name}</source>
        <translation>重命名区为 {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/catalogue_commands.py" line="178" />
        <source>Move district {name}</source>
        <translation>移动区 {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/catalogue_commands.py" line="187" />
        <source>Remove district {name}</source>
        <translation>删除区 {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/catalogue_commands.py" line="189" />
        <source>Remove district {name}?</source>
        <translation>删除区 {name}？</translation>
    </message>
</context>
<context>
    <name>ItemListDialog</name>
    <message>
        <location filename="../../../desktop/model_editing/item_list_dialog.py" line="89" />
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/item_list_dialog.py" line="90" />
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/item_list_dialog.py" line="91" />
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/item_list_dialog.py" line="92" />
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/item_list_dialog.py" line="93" />
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>ModelEditing</name>
    <message>
        <location filename="../../../desktop/model_editing/install.py" line="50" />
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
</context>
<context>
    <name>ModelEditor</name>
    <message>
        <location filename="../../../desktop/model_editing/editor.py" line="71" />
        <source>The model was not changed: {problem}</source>
        <translation>模型未改动：{problem}</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/editor.py" line="96" />
        <source>This edit dropped (Undo brings it back): {what}.</source>
        <translation>此编辑删除了以下内容（撤销可恢复）：{what}。</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/editor.py" line="108" />
        <source>{count} strategies: judged pairwise under a criterion, more than 7 ± 2 items make many pairs and less consistent answers (Saaty).</source>
        <translation>{count} 项策略：在某准则下两两比较时，超过 7 ± 2 项会使比较对过多、回答更不一致（Saaty）。</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/editor.py" line="116" />
        <source>{node} has {count} items: Saaty advises no more than 7 ± 2 under one node (more pairs to judge, less consistent answers). Consider grouping them in layers.</source>
        <translation>{node} 下有 {count} 项：Saaty 建议一个节点下不超过 7 ± 2 项（比较对更多，回答更不一致）。可考虑把它们分组到若干层中。</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <location filename="../../../desktop/model_editing/model_files.py" line="30" />
        <source>New mo&amp;del…</source>
        <translation>新建模型(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/model_files.py" line="32" />
        <source>Start a model for another cluster: empty, or a copy of the open one</source>
        <translation>为另一个集群新建模型：空白模型，或当前模型的副本</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/model_files.py" line="34" />
        <source>Save model &amp;as…</source>
        <translation>模型另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/model_files.py" line="37" />
        <source>Write the open model, with its edits and this session's judgments and ratings as its defaults, as a model folder (--model DIR)</source>
        <translation>把当前模型（含所做编辑，并以本会话的判断和评级作为默认值）写成模型文件夹（可用“打开模型…”或命令行打开）</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/model_files.py" line="75" />
        <source>Saved the model to {folder}, with this session's criteria judgments and ratings as its defaults.</source>
        <translation>模型已保存到 {folder}，以本会话的准则判断和评级作为默认值。</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/model_files.py" line="80" />
        <source>Strategies judged pairwise and the experts' answers are kept in the session file only.</source>
        <translation>策略的两两比较判断和各专家的回答只保存在会话文件中。</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/model_files.py" line="50" />
        <source>Save model in folder</source>
        <translation>将模型保存到文件夹</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/model_files.py" line="67" />
        <source>Cannot save the model</source>
        <translation>无法保存模型</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/model_files.py" line="68" />
        <source>The model could not be written to “{folder}”:
{problem}</source>
        <translation>无法将模型写入“{folder}”：
{problem}</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <location filename="../../../desktop/model_editing/name_dialog.py" line="47" />
        <source>Chinese name:</source>
        <translation>中文名称：</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/name_dialog.py" line="48" />
        <source>English name:</source>
        <translation>英文名称：</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/name_dialog.py" line="52" />
        <source>Chinese description:</source>
        <translation>中文说明：</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/name_dialog.py" line="53" />
        <source>English description:</source>
        <translation>英文说明：</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/name_dialog.py" line="69" />
        <source>Give a name in at least one language.</source>
        <translation>请至少用一种语言填写名称。</translation>
    </message>
</context>
<context>
    <name>NewModelDialog</name>
    <message>
        <location filename="../../../desktop/model_editing/new_model_dialog.py" line="18" />
        <source>New model</source>
        <translation>新建模型</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/new_model_dialog.py" line="22" />
        <source>An empty model (one criterion, two strategies, one district)</source>
        <translation>空白模型（一项准则、两项策略、一个区）</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/new_model_dialog.py" line="25" />
        <source>A copy of the open model “{name}”</source>
        <translation>当前模型“{name}”的副本</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/new_model_dialog.py" line="33" />
        <source>Letters, digits and _ ; sessions name the model they were made with by it</source>
        <translation>字母、数字和 _；会话以此标识所用的模型</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/new_model_dialog.py" line="38" />
        <source>Start from:</source>
        <translation>起点：</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/new_model_dialog.py" line="40" />
        <source>Model id:</source>
        <translation>模型标识：</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/new_model_dialog.py" line="52" />
        <source>Give a name in at least one language.</source>
        <translation>请至少用一种语言填写名称。</translation>
    </message>
</context>
<context>
    <name>RemovalDialog</name>
    <message>
        <location filename="../../../desktop/model_editing/removal_dialog.py" line="27" />
        <source>This also drops, in this session (Undo brings it back):</source>
        <translation>这还会在本会话中删除以下内容（撤销可恢复）：</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/removal_dialog.py" line="29" />
        <source>Nothing else in this session is dropped.</source>
        <translation>本会话中没有其他内容被删除。</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/removal_dialog.py" line="41" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>StrategyDialog</name>
    <message>
        <location filename="../../../desktop/model_editing/strategy_dialog.py" line="31" />
        <source>Chinese summary:</source>
        <translation>中文概要：</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/strategy_dialog.py" line="32" />
        <source>English summary:</source>
        <translation>英文概要：</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/strategy_dialog.py" line="33" />
        <source>Chinese measures (one a line):</source>
        <translation>中文措施（每行一条）：</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/strategy_dialog.py" line="34" />
        <source>English measures (one a line):</source>
        <translation>英文措施（每行一条）：</translation>
    </message>
</context>
<context>
    <name>TreeCommands</name>
    <message>
        <location filename="../../../desktop/model_editing/tree_commands.py" line="64" />
        <source>Add &amp;criterion…</source>
        <translation>添加准则(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/tree_commands.py" line="65" />
        <source>Add &amp;layer…</source>
        <translation>添加层(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/tree_commands.py" line="66" />
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/tree_commands.py" line="67" />
        <source>&amp;Describe…</source>
        <translation>说明(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/tree_commands.py" line="68" />
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/tree_commands.py" line="69" />
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/tree_commands.py" line="70" />
        <source>Move &amp;out of its layer</source>
        <translation>移出所在层(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/tree_commands.py" line="71" />
        <source>Move &amp;into the layer above</source>
        <translation>移入上方的层(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/tree_commands.py" line="72" />
        <source>Re&amp;move…</source>
        <translation>删除(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/tree_commands.py" line="77" />
        <source>Add a criterion under the chosen node (a criterion becomes a layer)</source>
        <translation>在所选节点下添加准则（准则随之变为层）</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/tree_commands.py" line="132" />
        <source>Add a criterion under {node}</source>
        <translation>在 {node} 下添加准则</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/tree_commands.py" line="135" />
        <source>Add a layer under {node}</source>
        <translation>在 {node} 下添加层</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/tree_commands.py" line="155" />
        <source>Add {name} under {parent}</source>
        <translation>在 {parent} 下添加 {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/tree_commands.py" line="167" />
        <source>Rename {node}</source>
        <translation>重命名 {node}</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/tree_commands.py" line="171" />
        <source>Rename {old} to {name}</source>
        <translation>将 {old} 重命名为 {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/tree_commands.py" line="180" />
        <source>Describe {node}</source>
        <translation>说明 {node}</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/tree_commands.py" line="190" />
        <source>Describe {name}</source>
        <translation>修改 {name} 的说明</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/tree_commands.py" line="231" />
        <source>Move {name} to {parent}</source>
        <translation>将 {name} 移到 {parent}</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/tree_commands.py" line="249" />
        <source>Remove {node} and the {count} items under it?</source>
        <translation>删除 {node} 及其下的 {count} 项？</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/tree_commands.py" line="251" />
        <source>Remove {node}?</source>
        <translation>删除 {node}？</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/tree_commands.py" line="255" />
        <source>Remove {name}</source>
        <translation>删除 {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_editing/tree_commands.py" line="256" />
        <source>Remove from the model</source>
        <translation>从模型中删除</translation>
    </message>
</context>
</TS>