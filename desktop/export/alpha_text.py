"""Where a district's ranking holds over the need emphasis α, in the report's words (no Qt)."""

from __future__ import annotations

from desktop.export.content import DistrictReport, Report
from desktop.export.labels import labels


def change_points_text(district: DistrictReport) -> str:
    """The α where ranks change, "0.379, 0.783"; empty when there are none."""
    return ", ".join(f"{point:.3f}" for point in district.alpha_range.change_points)


def alpha_line(report: Report, district: DistrictReport) -> str:
    """One line: the stable interval around the chosen α (its ends are the nearest change
    points) and what α = 1 drops. Short: it shares the district's page with two charts; the
    full list of change points is in the XLSX and the JSON."""
    text, found = labels(report.language), district.alpha_range
    alpha = report.settings.alpha
    holds = (
        text["alpha_on_change"].format(alpha=alpha)
        if found.low == found.high
        else text["alpha_holds"].format(alpha=alpha, low=found.low, high=found.high)
    )
    if not found.change_points:
        holds = text["alpha_no_changes"]
    dropped = ", ".join(found.dropped_at_one)
    at_one = (
        text["alpha_one_drops"].format(criteria=dropped) if dropped else text["alpha_one_keeps"]
    )
    return f"{text['alpha']}: {holds}; {at_one}."
