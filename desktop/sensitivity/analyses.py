"""What a sensitivity page draws from: the core's lazy analyses, the district and the labels."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.views.strategy_names import full_label, legend_label
from strategies.sensitivity.analyses import Analyses

__all__ = ["Analyses", "PageContext"]  # Analyses lives in the core; pages import it from here


@dataclass(frozen=True)
class PageContext:
    """What every page draws from: the analyses, the chosen district and the language."""

    analyses: Analyses
    district: int
    language: str

    @property
    def model(self):
        return self.analyses.evaluation.model

    def strategy_labels(self) -> list[str]:
        """Id and full name of each strategy, for the axis of a bar chart (which fits them)."""
        return [full_label(s.id, s.name.get(self.language)) for s in self.model.strategies]

    def strategy_legend_labels(self) -> list[str]:
        """Id and short name of each strategy on one line, for a legend."""
        return [legend_label(s.id, s.name.get(self.language)) for s in self.model.strategies]

    def strategy_names(self) -> list[str]:
        return [f"{s.id} {s.name.get(self.language)}" for s in self.model.strategies]

    def criterion_labels(self) -> list[str]:
        hierarchy = self.model.hierarchy
        return [f"{c} {hierarchy.name(c, self.language)}" for c in self.model.criteria]

    def district_name(self) -> str:
        return self.model.districts[self.district].name.get(self.language)
