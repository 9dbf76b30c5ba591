"""Desktop fixtures: settings and data folders redirected to a temporary place."""

import pytest
from PySide6.QtCore import QSettings, QStandardPaths

from desktop.document import Document
from desktop.i18n import Language
from strategies.model import load_model


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, qapp):
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    QSettings(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        "ClusterStrategyPlanner",
        "cluster-planner",
    ).clear()
    yield


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch):
    """A modal dialog would hang an offscreen test: record message boxes instead."""
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *args, **kwargs: shown.append(args) or 0)
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.No
    )
    return shown


@pytest.fixture(scope="session")
def model():
    return load_model()


@pytest.fixture
def language(qapp):
    language = Language()
    language.set("en")
    yield language
    language.set("en")


@pytest.fixture
def document(model):
    return Document(model)


@pytest.fixture
def window(qtbot, document, language):
    from desktop.main_window import MainWindow

    window = MainWindow(document, language)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.document.undo_stack.setClean()  # let the teardown close it without a prompt
