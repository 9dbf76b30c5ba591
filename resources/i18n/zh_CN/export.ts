<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ExportAction</name>
    <message>
        <location filename="../../../desktop/export/actions.py" line="53"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../../desktop/export/actions.py" line="54"/>
        <source>Export the ranked recommendation (XLSX, PDF, CSV, JSON)</source>
        <translation>导出策略排序建议（XLSX、PDF、CSV、JSON）</translation>
    </message>
    <message>
        <location filename="../../../desktop/export/actions.py" line="58"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../../desktop/export/actions.py" line="59"/>
        <source>CSV table of the ranking (*.csv)</source>
        <translation>排序 CSV 表 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../../desktop/export/actions.py" line="60"/>
        <source>PDF report (*.pdf)</source>
        <translation>PDF 报告 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../desktop/export/actions.py" line="61"/>
        <source>JSON data (*.json)</source>
        <translation>JSON 数据 (*.json)</translation>
    </message>
    <message>
        <location filename="../../../desktop/export/actions.py" line="67"/>
        <source>Export recommendation</source>
        <translation>导出排序建议</translation>
    </message>
    <message>
        <location filename="../../../desktop/export/actions.py" line="86"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../../desktop/export/actions.py" line="90"/>
        <source>Exported the recommendation to {path}</source>
        <translation>排序建议已导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../../desktop/export/actions.py" line="95"/>
        <source>The session is unchanged and still open.</source>
        <translation>会话未受影响，仍处于打开状态。</translation>
    </message>
    <message>
        <location filename="../../../desktop/export/actions.py" line="97"/>
        <source>{name} is the session file that is open; exporting onto it would destroy it. Choose another name.</source>
        <translation>{name} 是当前打开的会话文件，导出到该文件会将其毁坏。请换一个文件名。</translation>
    </message>
    <message>
        <location filename="../../../desktop/export/actions.py" line="101"/>
        <source>The disk is full: {path} could not be written. Free some space or choose another place.</source>
        <translation>磁盘已满：无法写入 {path}。请释放空间或选择其他位置。</translation>
    </message>
    <message>
        <location filename="../../../desktop/export/actions.py" line="104"/>
        <source>There is no permission to write in {folder}. Choose another folder.</source>
        <translation>没有在 {folder} 中写入的权限。请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../../desktop/export/actions.py" line="107"/>
        <source>{path} could not be written ({reason}).</source>
        <translation>无法写入 {path}（{reason}）。</translation>
    </message>
</context>
</TS>
