"""Put the expert panel into the main window: the Panel tab (built when first shown) and the
toolbar's choice of whose judgments the editors show."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.views.deferred import DeferredView
from desktop.views.expert_choice import ExpertChooser


def install(window) -> None:
    from desktop.views.panel_view import PanelView

    tab = DeferredView(lambda: PanelView(window.document, window.language))
    window.panel_tab = tab
    window.add_view(tab, lambda: QCoreApplication.translate("PanelView", "Panel"))
    window.toolbar.addSeparator()
    window.expert_chooser = ExpertChooser(window.document)
    window.toolbar.addWidget(window.expert_chooser)
