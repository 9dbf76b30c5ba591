<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>DataProblem</name>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="16" />
        <source>{text!r} is not a number</source>
        <translation>{text!r} 不是数字</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="17" />
        <source>cannot be read ({reason})</source>
        <translation>无法读取（{reason}）</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="18" />
        <source>is larger than {limit} MB</source>
        <translation>大于 {limit} MB</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="19" />
        <source>unpacks to {size} MB, more than the {limit} MB read: split the file</source>
        <translation>解压后为 {size} MB，超过可读取的 {limit} MB：请拆分文件</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="22" />
        <source>reaches cell {cell} ({rows} rows × {columns} columns, more than the {limit} cells read): delete what lies beyond the table</source>
        <translation>延伸到单元格 {cell}（{rows} 行 × {columns} 列，超过可读取的 {limit} 个单元格）：请删除表格以外的内容</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="26" />
        <source>is empty</source>
        <translation>是空文件</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="27" />
        <source>is an old Excel 97–2003 (.xls) file or a workbook with a password: save it as .xlsx without a password</source>
        <translation>是旧版 Excel 97–2003（.xls）文件或设有密码的工作簿：请另存为不设密码的 .xlsx</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="31" />
        <source>is not a table: a quote opened in line {line} is never closed</source>
        <translation>不是表格：第 {line} 行开始的引号没有闭合</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="34" />
        <source>is not a table ({reason})</source>
        <translation>不是表格（{reason}）</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="35" />
        <source>is named {suffix} but is not an Excel workbook</source>
        <translation>扩展名为 {suffix}，但不是 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="36" />
        <source>is not a readable Excel workbook ({reason})</source>
        <translation>不是可读取的 Excel 工作簿（{reason}）</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="37" />
        <source>is not a table: line {line} has more cells than the header</source>
        <translation>不是表格：第 {line} 行的单元格比表头多</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="38" />
        <source>has no sheet with the columns {columns} (sheets: {sheets})</source>
        <translation>没有含以下列的工作表：{columns}（工作表：{sheets}）</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="39" />
        <source>has no header row with the columns {columns} in its first {count} rows</source>
        <translation>前 {count} 行中没有含以下列的表头行：{columns}</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="42" />
        <source>repeats the column {name} (also column {other})</source>
        <translation>重复了列 {name}（{other} 列也是）</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="43" />
        <source>holds a formula ({formula}): paste its value instead</source>
        <translation>含公式（{formula}）：请改为粘贴数值</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="44" />
        <source>is part of merged cells {cells}: unmerge them and fill every row</source>
        <translation>属于合并单元格 {cells}：请取消合并并逐行填写</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="47" />
        <source>is UTF-16 text: save it as CSV (UTF-8) instead</source>
        <translation>是 UTF-16 文本：请改存为 CSV（UTF-8）</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="48" />
        <source>is not a text file (a zero byte in line {line})</source>
        <translation>不是文本文件（第 {line} 行有零字节）</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="49" />
        <source>has a byte-order mark (BOM) in the middle, in line {line}: were two files joined? Remove it and save again</source>
        <translation>文件中间（第 {line} 行）有字节顺序标记（BOM）：是否拼接了两个文件？请删除后重新保存</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="53" />
        <source>is not GBK/GB18030 text: byte 0x{byte:02X} in line {line}</source>
        <translation>不是 GBK/GB18030 文本：第 {line} 行的字节 0x{byte:02X}</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="54" />
        <source>starts with a UTF-8 mark (BOM) but is not UTF-8: byte 0x{byte:02X} in line {line}</source>
        <translation>以 UTF-8 标记（BOM）开头，但不是 UTF-8：第 {line} 行的字节 0x{byte:02X}</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="58" />
        <source>is neither UTF-8 nor GBK/GB18030 text: byte 0x{byte:02X} in line {line}</source>
        <translation>既不是 UTF-8 也不是 GBK/GB18030 文本：第 {line} 行的字节 0x{byte:02X}</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="61" />
        <source>is named UTF-8 but is not: byte 0x{byte:02X} in line {line} (GBK?); save it as UTF-8, or name or declare its real encoding</source>
        <translation>文件名标为 UTF-8，但并不是：第 {line} 行的字节 0x{byte:02X}（GBK？）；请另存为 UTF-8，或按实际编码命名或声明</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="65" />
        <source>is declared UTF-8 but is not: byte 0x{byte:02X} in line {line} (GBK?); save it as UTF-8, or name or declare its real encoding</source>
        <translation>声明为 UTF-8，但并不是：第 {line} 行的字节 0x{byte:02X}（GBK？）；请另存为 UTF-8，或按实际编码命名或声明</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="69" />
        <source>mixes encodings: line {utf8} is UTF-8, line {other} is not (GBK?); save the whole file in one encoding</source>
        <translation>混用了编码：第 {utf8} 行是 UTF-8，第 {other} 行不是（GBK？）；请用同一种编码保存整个文件</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="73" />
        <source>has no values to import</source>
        <translation>没有可导入的数值</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="74" />
        <source>columns not read: {columns}</source>
        <translation>未读取的列：{columns}</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="75" />
        <source>{count} rows without a value add nothing</source>
        <translation>{count} 行没有数值，不新增任何内容</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="76" />
        <source>{count} rows repeat another row exactly and count once</source>
        <translation>{count} 行与另一行完全相同，只计一次</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="77" />
        <source>a value needs its indicator id</source>
        <translation>数值需要指标代码</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="78" />
        <source>a value needs its place (a district, or city)</source>
        <translation>数值需要所在的区（或全市）</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="79" />
        <source>a value needs its year</source>
        <translation>数值需要年份</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="80" />
        <source>a value needs its source</source>
        <translation>数值需要来源</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="81" />
        <source>unknown place {text!r} (places: {known})</source>
        <translation>未知的区 {text!r}（可填：{known}）</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="82" />
        <source>{indicator} has values per district: {place} is not a district</source>
        <translation>{indicator} 按区取值：{place} 不是区</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="85" />
        <source>{indicator} has one value for the whole city: write city, not {place}</source>
        <translation>{indicator} 只有全市一个值：请写 city（全市），而不是 {place}</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="88" />
        <source>{place} is not a peer city of {indicator}</source>
        <translation>{place} 不是 {indicator} 的对比城市</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="89" />
        <source>unit {text!r} does not measure {indicator}, which is in {unit}</source>
        <translation>单位 {text!r} 不适用于 {indicator}，其单位为 {unit}</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="92" />
        <source>{indicator} holds a text, not values</source>
        <translation>{indicator} 是文字说明，不含数值</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="93" />
        <source>{text!r} is in {written}, but {indicator} is in {unit}</source>
        <translation>{text!r} 的单位是 {written}，而 {indicator} 的单位是 {unit}</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="94" />
        <source>{text!r} is negative, but {indicator} cannot be below zero</source>
        <translation>{text!r} 为负数，而 {indicator} 不能小于零</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="95" />
        <source>unknown indicator {text!r} (a new one needs an id of letters, digits and _)</source>
        <translation>未知指标 {text!r}（新指标的代码只能由字母、数字和下划线组成）</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="98" />
        <source>unknown indicator {text!r}: to add it, give its name, direction and kind (and criterion, unit, and levels if ordinal)</source>
        <translation>未知指标 {text!r}：如要新增，请填写名称、方向和类型（以及准则、单位；等级型还需等级）</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="102" />
        <source>{indicator} has {column} {held} in the model, not {text!r}: a data file cannot change it</source>
        <translation>{indicator} 在模型中的 {column} 为 {held}，不是 {text!r}：数据文件不能修改它</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="106" />
        <source>an ordinal indicator needs its levels, worst first</source>
        <translation>等级型指标需要填写等级，从差到好</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="107" />
        <source>{indicator} is defined with another {column} in row {row}</source>
        <translation>{indicator} 在第 {row} 行定义的 {column} 与此不同</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="108" />
        <source>gives {indicator} at {place} in {year} again, with another value than row {row} ({old} ≠ {new})</source>
        <translation>再次给出 {indicator} 在 {place} {year} 年的数值，与第 {row} 行不同（{old} ≠ {new}）</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="112" />
        <source>{text!r} is outside ±{limit:g}</source>
        <translation>{text!r} 超出 ±{limit:g}</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="113" />
        <source>{text!r} is not a finite number (NaN and infinity cannot be used)</source>
        <translation>{text!r} 不是有限数（不能使用 NaN 或无穷大）</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="116" />
        <source>{text!r} is an Excel error value, not a number</source>
        <translation>{text!r} 是 Excel 错误值，不是数字</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="117" />
        <source>{text!r} is not a year (write 2017, or 2017-05 for a month)</source>
        <translation>{text!r} 不是年份（请写 2017；月份写作 2017-05）</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="118" />
        <source>unknown criterion {text!r} (criteria: {known})</source>
        <translation>未知准则 {text!r}（准则：{known}）</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="119" />
        <source>{text!r} is not a direction (higher_is_better or lower_is_better)</source>
        <translation>{text!r} 不是方向（越高越好 higher_is_better 或越低越好 lower_is_better）</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="122" />
        <source>{text!r} is not a kind (ratio or ordinal)</source>
        <translation>{text!r} 不是类型（数值 ratio 或等级 ordinal）</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="123" />
        <source>levels {text!r} must name two or more different levels, worst first, separated by ;</source>
        <translation>等级 {text!r} 须列出两个或以上不同的等级，从差到好，用 ; 分隔</translation>
    </message>
    <message>
        <location filename="../../../desktop/data_problem_text.py" line="127" />
        <source>{text!r} is not one of the levels {levels}</source>
        <translation>{text!r} 不是以下等级之一：{levels}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../desktop/main_window.py" line="60" />
        <source>Loading the model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <location filename="../../../desktop/main_window.py" line="98" />
        <source>Criteria judgments</source>
        <translation>准则判断</translation>
    </message>
    <message>
        <location filename="../../../desktop/main_window.py" line="99" />
        <source>Strategy effectiveness</source>
        <translation>策略有效性</translation>
    </message>
    <message>
        <location filename="../../../desktop/main_window.py" line="100" />
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../../desktop/main_window.py" line="101" />
        <source>Ranking</source>
        <translation>排序</translation>
    </message>
    <message>
        <location filename="../../../desktop/main_window.py" line="106" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../../desktop/main_window.py" line="199" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../desktop/main_window.py" line="200" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../../desktop/main_window.py" line="201" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../../desktop/main_window.py" line="202" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../../desktop/main_window.py" line="203" />
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../../desktop/main_window.py" line="204" />
        <location filename="../../../desktop/main_window.py" line="235" />
        <source>Cluster Strategy Planner</source>
        <translation>集群策略规划器</translation>
    </message>
    <message>
        <location filename="../../../desktop/main_window.py" line="210" />
        <source>Criteria hierarchy</source>
        <translation>准则层次结构</translation>
    </message>
    <message>
        <location filename="../../../desktop/main_window.py" line="211" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../../desktop/main_window.py" line="212" />
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../desktop/main_window.py" line="213" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../../desktop/main_window.py" line="227" />
        <source>Model: {model} · CR thresholds after Saaty (0.05 / 0.08 / 0.10)</source>
        <translation>模型：{model} · CR 阈值按 Saaty（0.05 / 0.08 / 0.10）</translation>
    </message>
    <message>
        <location filename="../../../desktop/main_window.py" line="280" />
        <source>Cluster Strategy Planner ranks strategies for each district with the Analytic Hierarchy Process.</source>
        <translation>集群策略规划器用层次分析法为每个区给各项策略排序。</translation>
    </message>
    <message>
        <location filename="../../../desktop/main_window.py" line="285" />
        <source>Model: {name}, {count} strategies, {districts} districts.</source>
        <translation>模型：{name}，{count} 项策略，{districts} 个区。</translation>
    </message>
    <message>
        <location filename="../../../desktop/main_window.py" line="291" />
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
        <location filename="../../../desktop/model_opener.py" line="87" />
        <source>Cannot open model</source>
        <translation>无法打开模型</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_opener.py" line="88" />
        <source>The model folder “{folder}” cannot be used.</source>
        <translation>模型文件夹“{folder}”无法使用。</translation>
    </message>
    <message>
        <location filename="../../../desktop/model_opener.py" line="92" />
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