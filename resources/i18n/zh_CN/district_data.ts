<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DistrictDataActions</name>
    <message>
        <location filename="../../../desktop/district_data/actions.py" line="67"/>
        <source>Export data &amp;template…</source>
        <translation>导出数据模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../../desktop/district_data/actions.py" line="68"/>
        <source>&amp;Import district data…</source>
        <translation>导入区级数据(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../../desktop/district_data/actions.py" line="77"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../../desktop/district_data/actions.py" line="77"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../../desktop/district_data/actions.py" line="78"/>
        <source>district-data-template</source>
        <translation>区级数据模板</translation>
    </message>
    <message>
        <location filename="../../../desktop/district_data/actions.py" line="80"/>
        <source>Export data template</source>
        <translation>导出数据模板</translation>
    </message>
    <message>
        <location filename="../../../desktop/district_data/actions.py" line="90"/>
        <source>Cannot write the template</source>
        <translation>无法写出模板</translation>
    </message>
    <message>
        <location filename="../../../desktop/district_data/actions.py" line="92"/>
        <source>Template written: {path}</source>
        <translation>模板已写出：{path}</translation>
    </message>
    <message>
        <location filename="../../../desktop/district_data/actions.py" line="97"/>
        <source>Import district data</source>
        <translation>导入区级数据</translation>
    </message>
    <message>
        <location filename="../../../desktop/district_data/actions.py" line="99"/>
        <source>District data (*.xlsx *.csv)</source>
        <translation>区级数据 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../../desktop/district_data/actions.py" line="121"/>
        <source>Import district data from {file}</source>
        <translation>从 {file} 导入区级数据</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../../desktop/district_data/preview_dialog.py" line="44"/>
        <source>Import district data</source>
        <translation>导入区级数据</translation>
    </message>
    <message>
        <location filename="../../../desktop/district_data/preview_dialog.py" line="53"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../../desktop/district_data/preview_dialog.py" line="74"/>
        <source>{file}: adds {adds}, changes {changes}, unchanged {unchanged}, refused {refused}</source>
        <translation>{file}：新增 {adds}，修改 {changes}，未变 {unchanged}，拒绝 {refused}</translation>
    </message>
    <message>
        <location filename="../../../desktop/district_data/preview_dialog.py" line="91"/>
        <source>This file has refused rows: it imports nothing until they are fixed (a file with an error is never half applied).</source>
        <translation>此文件有被拒绝的行：改正之前不会导入任何内容（有错误的文件绝不会只导入一半）。</translation>
    </message>
    <message>
        <location filename="../../../desktop/district_data/preview_dialog.py" line="95"/>
        <source>This file adds and changes nothing.</source>
        <translation>此文件不新增也不修改任何内容。</translation>
    </message>
    <message>
        <location filename="../../../desktop/district_data/preview_dialog.py" line="96"/>
        <source>Apply imports it as one step; Undo takes it back.</source>
        <translation>“应用”一步导入；“撤销”可将其撤回。</translation>
    </message>
    <message>
        <location filename="../../../desktop/district_data/preview_dialog.py" line="109"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../../desktop/district_data/preview_dialog.py" line="110"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../../desktop/district_data/preview_dialog.py" line="111"/>
        <source>Place</source>
        <translation>区</translation>
    </message>
    <message>
        <location filename="../../../desktop/district_data/preview_dialog.py" line="112"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../../desktop/district_data/preview_dialog.py" line="113"/>
        <source>Value (old → new)</source>
        <translation>数值（原 → 新）</translation>
    </message>
    <message>
        <location filename="../../../desktop/district_data/preview_dialog.py" line="114"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../../desktop/district_data/preview_dialog.py" line="115"/>
        <location filename="../../../desktop/district_data/preview_dialog.py" line="130"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../../desktop/district_data/preview_dialog.py" line="121"/>
        <source>The first {shown} of {total} rows are listed.</source>
        <translation>列出了 {total} 行中的前 {shown} 行。</translation>
    </message>
    <message>
        <location filename="../../../desktop/district_data/preview_dialog.py" line="128"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../../desktop/district_data/preview_dialog.py" line="129"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../../desktop/district_data/preview_dialog.py" line="131"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../../desktop/district_data/preview_dialog.py" line="132"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../../desktop/district_data/preview_dialog.py" line="140"/>
        <source>New indicator</source>
        <translation>新指标</translation>
    </message>
    <message>
        <location filename="../../../desktop/district_data/preview_dialog.py" line="152"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../../desktop/district_data/preview_dialog.py" line="167"/>
        <source>Change</source>
        <translation>修改</translation>
    </message>
</context>
</TS>
