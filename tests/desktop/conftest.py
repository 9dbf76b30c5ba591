"""Desktop fixtures: settings and data folders redirected to a temporary place."""

import pytest
from PySide6.QtCore import QSettings, QStandardPaths

from desktop.document import Document
from desktop.i18n import Language
from strategies.model import load_model


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, qapp):
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
              "ClusterStrategyPlanner", "cluster-planner").clear()
    yield


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
    return window
