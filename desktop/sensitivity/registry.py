"""The pages of the Sensitivity view, each registered once: how it is made, its tab title and
its topic in the guide, in the order of the tabs.

A new chart is a core function, an ``Analyses`` property (strategies/sensitivity/analyses.py),
a ``Page`` subclass and one row here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from desktop.document import Document
from desktop.sensitivity.dynamic_panel import DynamicPanel
from desktop.sensitivity.monte_carlo_page import MonteCarloPage
from desktop.sensitivity.pages import AlphaPage, GradientPage, Page, ThresholdsPage
from desktop.sensitivity.panel_resampling_page import PanelResamplingPage


@dataclass(frozen=True)
class SensitivityPage:
    name: str  # the view's attribute for the page (view.monte_carlo)
    make: Callable[[Document], Page]
    title: Callable[[], str]  # the tab title, in the current language
    topic: str  # the guide's topic (desktop/help), opened by the tabs' help button
    concept: str | None = None  # the concept whose tip the tab shows (desktop/help/buttons.py)


# The titles keep the translation context of the view that shows them (written out for lupdate).
PAGES: tuple[SensitivityPage, ...] = (
    SensitivityPage(
        "gradient",
        lambda _document: GradientPage(),
        lambda: QCoreApplication.translate("SensitivityView", "Weight sweep"),
        "sweep",
    ),
    SensitivityPage(
        "thresholds",
        lambda _document: ThresholdsPage(),
        lambda: QCoreApplication.translate("SensitivityView", "Rank-reversal thresholds"),
        "thresholds",
    ),
    SensitivityPage(
        "alpha",
        lambda _document: AlphaPage(),
        lambda: QCoreApplication.translate("SensitivityView", "Need emphasis α"),
        "alpha_sweep",
        concept="alpha",
    ),
    SensitivityPage(
        "monte_carlo",
        MonteCarloPage,
        lambda: QCoreApplication.translate("SensitivityView", "Monte Carlo"),
        "monte_carlo",
    ),
    SensitivityPage(
        "panel_resampling",
        PanelResamplingPage,
        lambda: QCoreApplication.translate("SensitivityView", "Panel resampling"),
        "panel_resampling",
    ),
    SensitivityPage(
        "dynamic",
        lambda _document: DynamicPanel(),
        lambda: QCoreApplication.translate("SensitivityView", "Dynamic sensitivity"),
        "dynamic",
    ),
)
