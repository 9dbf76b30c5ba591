"""Switching language retranslates what the planner sees, and is remembered."""

from PySide6.QtCore import Qt

from desktop import settings


def test_language_switch_retranslates_visible_text(window, document, qtbot):
    assert window.tabs.tabText(3) == "Ranking"
    window.named_actions["lang:zh"].trigger()
    qtbot.waitUntil(lambda: window.tabs.tabText(3) == "排序")  # LanguageChange is posted
    assert window.file_menu.title().startswith("文件")
    header = window.ranking.ranking_model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "名次"
    assert window.hierarchy._items["C7"].text(0) == "C7  人才"
    assert "同等重要" in window.judgments.rows[0].sentence.text()
    assert settings.get("language") == "zh"
    window.named_actions["lang:en"].trigger()
    qtbot.waitUntil(lambda: window.tabs.tabText(3) == "Ranking")
    assert window.hierarchy._items["C7"].text(0) == "C7  Talent"


def test_every_translation_is_finished():
    from desktop.i18n import translations_dir
    from desktop.i18n_build import untranslated

    for source in translations_dir().glob("*.ts"):
        assert untranslated(source) == [], source.name


def test_shipped_qm_files_match_their_sources(tmp_path):
    from desktop.i18n import translations_dir
    from desktop.i18n_build import compile_translations

    for built in compile_translations(out=tmp_path):
        shipped = translations_dir() / built.name
        assert shipped.read_bytes() == built.read_bytes(), (
            f"{built.name} is stale: run python -m desktop.i18n_build"
        )


def test_language_menu_ticks_the_language_shown(qtbot, document, language, monkeypatch):
    """--lang en for one run over a remembered 中文: the menu ticks English, the setting stays."""
    from desktop.main_window import MainWindow

    monkeypatch.setenv("LANG", "en_US.UTF-8")
    for variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    settings.put("language", "zh")
    window = MainWindow(document, language)  # language is English, as with --lang en
    qtbot.addWidget(window)
    assert window.named_actions["lang:en"].isChecked()
    assert settings.get("language") == "zh"
    settings.put("language", "")
    window.close()
    other = MainWindow(type(document)(document.model), language)
    qtbot.addWidget(other)
    assert other.named_actions["lang:"].isChecked()  # following the system, which is English
