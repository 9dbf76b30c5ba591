"""Coverage at a glance: for each criterion and district, how many usable indicator values
inform the district's need, of which years, and whether the cell is neutral (no value of the
district's own: a mean stands in, see criteria.indicators.fill_unmeasured_need).

Computed once from an Evaluation; the Indicators tab, the report's overview, the exports and
the ranking's thin-evidence note (``caveats.district_evidence``) all read this grid.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from strategies.evaluation import Evaluation, chosen_indicators_of


@dataclass(frozen=True)
class CoverageCell:
    district: str
    criterion: str
    count: int  # usable values (indicators whose values differ between districts)
    years: tuple[str, ...]  # of those values, oldest first ("" is a planner's value of no year)
    neutral: bool  # no value of the district's own: its need is a stand-in mean
    source: str  # NeedSource name: "measured", "districts_mean", "own_mean", "no_data"


@dataclass(frozen=True)
class Coverage:
    districts: tuple[str, ...]
    criteria: tuple[str, ...]
    cells: tuple[tuple[CoverageCell, ...], ...]  # [district][criterion], model order

    def cell(self, district: str, criterion: str) -> CoverageCell:
        return self.cells[self.districts.index(district)][self.criteria.index(criterion)]

    def row(self, district: str) -> tuple[CoverageCell, ...]:
        return self.cells[self.districts.index(district)]


# The last grid and what it was made of: a judgment edit keeps the need object (see
# evaluation._district_need), so the banner's evidence is not rebuilt cell by cell each time.
_last: tuple = (None, None, None)


def coverage(evaluation: Evaluation) -> Coverage:
    """The criteria × districts grid of the evaluation's need."""
    global _last
    need, model = evaluation.need, evaluation.model
    last = _last  # one read: an export's thread may replace it meanwhile
    if last[0] is need and last[1] is model:
        return last[2]
    grid = _grid(evaluation)
    _last = (need, model, grid)
    return grid


def _grid(evaluation: Evaluation) -> Coverage:
    need, model = evaluation.need, evaluation.model
    years = chosen_indicators_of(model, evaluation.session).years
    edited = {(e.indicator, e.place) for e in evaluation.session.indicator_edits}
    cells = tuple(
        tuple(_cell(evaluation, row, column, years, edited) for column in range(len(need.criteria)))
        for row in range(len(need.districts))
    )
    return Coverage(need.districts, need.criteria, cells)


def _cell(
    evaluation: Evaluation,
    row: int,
    column: int,
    years: Mapping[tuple[str, str], str],
    edited: set[tuple[str, str]],
) -> CoverageCell:
    need = evaluation.need
    district, criterion = need.districts[row], need.criteria[column]
    used = need.used.get((district, criterion), ())
    found = {"" if (i, district) in edited else years.get((i, district), "") for i in used}
    return CoverageCell(
        district,
        criterion,
        len(used),
        tuple(sorted(found)),
        bool(need.neutral[row, column]),
        need.source_name(row, column),
    )
