"""Put the Sensitivity view into the main window as a tab."""

from __future__ import annotations

from desktop.sensitivity.view import SensitivityView


def install(window) -> None:
    """Create the view for the window's document and language and add its tab."""
    view = SensitivityView(window.document, window.language)
    window.sensitivity = view
    window.add_view(view, view.title)
