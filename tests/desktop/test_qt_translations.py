"""Qt's own dialogs speak Chinese too: the file dialog as the app opens it (Qt's widgets, not a
native one) and the standard buttons of message boxes and button boxes; and back in English."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from desktop import i18n
from tests.desktop.language_audit import visible_texts
from tests.language_words import foreign

Buttons = QMessageBox.StandardButton


def file_dialog_texts(qtbot) -> list[str]:
    dialog = QFileDialog(None, "", str(Path.home()), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    return [text for _where, text in visible_texts(dialog)]


def test_file_dialog_in_chinese_and_back(language, qtbot):
    language.set("zh")
    chinese = file_dialog_texts(qtbot)
    assert {"查找范围(&L)：", "文件名称(&N)：", "文件类型(&T)："} <= set(chinese)
    assert [text for text in chinese if foreign(text, "zh")] == []
    language.set("en")
    english = file_dialog_texts(qtbot)
    assert {"&Look in:", "File &name:", "Files of &type:"} <= set(english)
    assert [text for text in english if foreign(text, "en")] == []


def test_standard_buttons_in_chinese(language, qtbot):
    language.set("zh")
    box = QMessageBox()
    box.setStandardButtons(
        Buttons.Yes | Buttons.No | Buttons.Cancel | Buttons.Save | Buttons.Discard
    )
    qtbot.addWidget(box)
    shown = {
        box.button(b).text()
        for b in (Buttons.Yes, Buttons.No, Buttons.Cancel, Buttons.Save, Buttons.Discard)
    }
    assert shown == {"是(&Y)", "否(&N)", "取消", "保存", "丢弃"}
    ok_cancel = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(ok_cancel)
    assert {b.text() for b in ok_cancel.buttons()} == {"确定", "取消"}


def test_qt_catalogue_comes_from_qts_own_folder_and_loads():
    found = i18n.qt_catalogue()
    assert found.parent == Path(
        i18n.QLibraryInfo.path(i18n.QLibraryInfo.LibraryPath.TranslationsPath)
    )
    assert QTranslator().load(str(found)), "the PySide6 wheel carries Qt's Chinese catalogue"


def test_our_catalogues_load_after_qts(language):
    files = i18n.catalogues("zh")
    assert files[0].name == i18n.QT_CATALOGUE and "qt_supplement.qm" in {f.name for f in files}
    assert i18n.catalogues("en") == []
