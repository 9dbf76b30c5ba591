"""Put the Sensitivity view into the main window as a tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.views.deferred import DeferredView


def install(window) -> None:
    """Add the Sensitivity tab; its view is built the first time the tab is shown."""
    from desktop.sensitivity.view import SensitivityView

    tab = DeferredView(lambda: SensitivityView(window.document, window.language))
    window.sensitivity_tab = tab
    window.add_view(tab, lambda: QCoreApplication.translate("SensitivityView", "Sensitivity"))
