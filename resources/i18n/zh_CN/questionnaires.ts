<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnswerProblemsDialog</name>
    <message>
        <location filename="../../../desktop/questionnaires/problems_dialog.py" line="30"/>
        <source>Answers not imported</source>
        <translation>未导入答卷</translation>
    </message>
    <message>
        <location filename="../../../desktop/questionnaires/problems_dialog.py" line="34"/>
        <source>Nothing was imported: {files} of the chosen files have problems ({count} in all). A file with any problem imports nothing, and neither does its batch: fix the files, or leave them out, and import again.</source>
        <translation>未导入任何内容：所选文件中有 {files} 份有问题（共 {count} 处）。任何一份文件有问题，该文件及其所在的整批都不导入：请改正这些文件或将其移出，然后重新导入。</translation>
    </message>
    <message>
        <location filename="../../../desktop/questionnaires/problems_dialog.py" line="52"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../../desktop/questionnaires/problems_dialog.py" line="52"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../../desktop/questionnaires/problems_dialog.py" line="52"/>
        <source>Cell</source>
        <translation>单元格</translation>
    </message>
    <message>
        <location filename="../../../desktop/questionnaires/problems_dialog.py" line="52"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>AnswersImport</name>
    <message>
        <location filename="../../../desktop/questionnaires/answers_import.py" line="35"/>
        <location filename="../../../desktop/questionnaires/answers_import.py" line="90"/>
        <source>Import answers</source>
        <translation>导入答卷</translation>
    </message>
    <message>
        <location filename="../../../desktop/questionnaires/answers_import.py" line="37"/>
        <source>Returned questionnaires (*.xlsx);;All files (*)</source>
        <translation>交回的问卷 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../../desktop/questionnaires/answers_import.py" line="93"/>
        <source>{expert} is already in the panel. Replace their judgments with the answers in {file}?</source>
        <translation>{expert} 已在专家组中。是否用 {file} 中的答卷替换其判断？</translation>
    </message>
    <message>
        <location filename="../../../desktop/questionnaires/answers_import.py" line="98"/>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../../../desktop/questionnaires/answers_import.py" line="99"/>
        <source>Replace All</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <location filename="../../../desktop/questionnaires/answers_import.py" line="100"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../../desktop/questionnaires/answers_import.py" line="116"/>
        <source>Import the answers of {count} experts</source>
        <translation>导入 {count} 位专家的答卷</translation>
    </message>
    <message>
        <location filename="../../../desktop/questionnaires/answers_import.py" line="119"/>
        <source>Imported the answers of {count} experts ({replaced} replaced)</source>
        <translation>已导入 {count} 位专家的答卷（替换 {replaced} 位）</translation>
    </message>
    <message>
        <location filename="../../../desktop/questionnaires/answers_import.py" line="121"/>
        <source>Imported the answers of {count} experts</source>
        <translation>已导入 {count} 位专家的答卷</translation>
    </message>
</context>
<context>
    <name>QuestionnaireActions</name>
    <message>
        <location filename="../../../desktop/questionnaires/actions.py" line="36"/>
        <source>Export &amp;Questionnaire…</source>
        <translation>导出问卷(&amp;Q)…</translation>
    </message>
    <message>
        <location filename="../../../desktop/questionnaires/actions.py" line="38"/>
        <source>Write an expert questionnaire (XLSX) to fill in Excel, WPS or LibreOffice</source>
        <translation>写出专家问卷（XLSX），可在 Excel、WPS 或 LibreOffice 中填写</translation>
    </message>
    <message>
        <location filename="../../../desktop/questionnaires/actions.py" line="40"/>
        <source>&amp;Import Answers…</source>
        <translation>导入答卷(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../../desktop/questionnaires/actions.py" line="42"/>
        <source>Read returned questionnaires into the panel (one file or many)</source>
        <translation>把交回的问卷读入专家组（一份或多份）</translation>
    </message>
</context>
<context>
    <name>QuestionnaireExport</name>
    <message>
        <location filename="../../../desktop/questionnaires/questionnaire_export.py" line="30"/>
        <location filename="../../../desktop/questionnaires/questionnaire_export.py" line="64"/>
        <location filename="../../../desktop/questionnaires/questionnaire_export.py" line="87"/>
        <source>Export questionnaire</source>
        <translation>导出问卷</translation>
    </message>
    <message>
        <location filename="../../../desktop/questionnaires/questionnaire_export.py" line="32"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../../desktop/questionnaires/questionnaire_export.py" line="43"/>
        <source>questionnaire</source>
        <translation>问卷</translation>
    </message>
    <message>
        <location filename="../../../desktop/questionnaires/questionnaire_export.py" line="66"/>
        <source>Prefill the questionnaire with the judgments of {name}? (No: every answer starts blank.)</source>
        <translation>是否用 {name} 的判断预先填写问卷？（否：所有判断留空。）</translation>
    </message>
    <message>
        <location filename="../../../desktop/questionnaires/questionnaire_export.py" line="88"/>
        <source>{path} could not be written ({reason}).</source>
        <translation>无法写入 {path}（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../../desktop/questionnaires/questionnaire_export.py" line="95"/>
        <source>Wrote the questionnaire {path}</source>
        <translation>已写出问卷 {path}</translation>
    </message>
</context>
</TS>
