<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ExportAction</name>
    <message>
        <location filename="../../../desktop/export/actions.py" line="56"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../../desktop/export/actions.py" line="58"/>
        <source>Export the ranked recommendation ({formats})</source>
        <translation>导出策略排序建议（{formats}）</translation>
    </message>
    <message>
        <location filename="../../../desktop/export/actions.py" line="59"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../../desktop/export/actions.py" line="76"/>
        <source>Export recommendation</source>
        <translation>导出排序建议</translation>
    </message>
    <message>
        <location filename="../../../desktop/export/actions.py" line="108"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../../desktop/export/actions.py" line="112"/>
        <source>Exported the recommendation to {path}</source>
        <translation>排序建议已导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../../desktop/export/actions.py" line="115"/>
        <source>({count} characters no file format can hold were replaced by U+FFFD.)</source>
        <translation>（{count} 个任何文件格式都无法保存的字符已替换为 U+FFFD。）</translation>
    </message>
    <message>
        <location filename="../../../desktop/export/actions.py" line="122"/>
        <source>The session is unchanged and still open.</source>
        <translation>会话未受影响，仍处于打开状态。</translation>
    </message>
    <message>
        <location filename="../../../desktop/export/actions.py" line="125"/>
        <source>{name} is the session file that is open; exporting onto it would destroy it. Choose another name.</source>
        <translation>{name} 是当前打开的会话文件，导出到该文件会将其毁坏。请换一个文件名。</translation>
    </message>
    <message>
        <location filename="../../../desktop/export/actions.py" line="130"/>
        <source>The disk is full: {path} could not be written. Free some space or choose another place.</source>
        <translation>磁盘已满：无法写入 {path}。请释放空间或选择其他位置。</translation>
    </message>
    <message>
        <location filename="../../../desktop/export/actions.py" line="135"/>
        <source>There is no permission to write in {folder}. Choose another folder.</source>
        <translation>没有在 {folder} 中写入的权限。请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../../desktop/export/actions.py" line="138"/>
        <source>{path} could not be written ({reason}).</source>
        <translation>无法写入 {path}（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../../desktop/export/actions.py" line="150"/>
        <source>{name} has no known extension; use one of {formats}.</source>
        <translation>{name} 的扩展名无法识别；请使用 {formats} 之一。</translation>
    </message>
    <message>
        <location filename="../../../desktop/export/actions.py" line="154"/>
        <source>{path} is a folder, not a file. Add a file name such as recommendation.xlsx.</source>
        <translation>{path} 是文件夹，不是文件。请加上文件名，例如 recommendation.xlsx。</translation>
    </message>
    <message>
        <location filename="../../../desktop/export/actions.py" line="160"/>
        <source>The folder of {path} does not exist. Choose an existing folder.</source>
        <translation>{path} 所在的文件夹不存在。请选择已有的文件夹。</translation>
    </message>
    <message>
        <location filename="../../../desktop/export/actions.py" line="163"/>
        <source>{path} cannot be written: part of its folder path is a file, not a folder.</source>
        <translation>无法写入 {path}：其文件夹路径中有一部分是文件，而不是文件夹。</translation>
    </message>
    <message>
        <location filename="../../../desktop/export/actions.py" line="166"/>
        <source>{path} is not a regular file (it is a pipe, socket or device). Choose another name.</source>
        <translation>{path} 不是普通文件（而是管道、套接字或设备）。请选择其他名称。</translation>
    </message>
    <message>
        <location filename="../../../desktop/export/actions.py" line="169"/>
        <source>{path} is not a valid file name.</source>
        <translation>{path} 不是有效的文件名。</translation>
    </message>
    <message>
        <location filename="../../../desktop/export/formats.py" line="51"/>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../../desktop/export/formats.py" line="57"/>
        <source>CSV table of the ranking</source>
        <translation>排序 CSV 表</translation>
    </message>
    <message>
        <location filename="../../../desktop/export/formats.py" line="63"/>
        <source>PDF report</source>
        <translation>PDF 报告</translation>
    </message>
    <message>
        <location filename="../../../desktop/export/formats.py" line="70"/>
        <source>JSON data</source>
        <translation>JSON 数据</translation>
    </message>
</context>
</TS>
