"""Priorities that are a ratio of two functions linear in one parameter t ∈ [0, 1].

Moving one criterion weight (others rescaled) or the need emphasis α changes every district's
numerators Σ_c w_c·m_dc·e_sc and its denominator Σ_c w_c·m_dc linearly in the parameter. The
denominator is shared by the strategies of a district, so two strategies swap where the
difference of their numerators, a linear function, is zero: crossings are exact roots.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# Numerator differences this small at both ends mean the two strategies never separate.
IDENTICAL_TOLERANCE = 1e-12
# A root this close outside [0, 1] is rounding of a tie at the end itself (two strategies equal
# at the chosen parameter, apart just beside it): it is the end.
END_TOLERANCE = 1e-9


@dataclass(frozen=True, eq=False)
class LinearSweep:
    """N[..., d, s](t) = (1−t)·start + t·end over D[..., d](t) = (1−t)·start_total + t·end_total.

    ``plain`` gives the priorities where D(t) = 0, as the ranking code does then (plain weights).
    """

    start: np.ndarray
    end: np.ndarray
    start_total: np.ndarray
    end_total: np.ndarray
    plain: LinearSweep | None = None

    def priorities(self, points: np.ndarray) -> np.ndarray:
        """P at each point, shaped [..., point, d, s]."""
        points = np.asarray(points, dtype=float)
        lead, tail = self.start.shape[:-2], self.start.shape[-2:]
        start, end = self.start.reshape(-1, *tail), self.end.reshape(-1, *tail)
        start_total = self.start_total.reshape(-1, tail[0])
        end_total = self.end_total.reshape(-1, tail[0])
        result = np.zeros((start.shape[0], points.size, *tail))
        t = points[:, np.newaxis, np.newaxis]
        empty = False
        # One leading index at a time keeps the temporaries small for large models.
        for index in range(start.shape[0]):
            numerator = (1.0 - t) * start[index] + t * end[index]
            denominator = (1.0 - t) * start_total[index][:, np.newaxis] + t * end_total[index][
                :, np.newaxis
            ]
            np.divide(numerator, denominator, out=result[index], where=denominator > 0)
            empty = empty or bool(np.any(denominator <= 0))
        result = result.reshape(*lead, points.size, *tail)
        if empty and self.plain is not None:
            totals = self.denominators(points[:, np.newaxis])  # [..., point, d]
            result = np.where(totals[..., np.newaxis] > 0, result, self.plain.priorities(points))
        return result

    def priorities_at(self, current: np.ndarray) -> np.ndarray:
        """P[..., d, s] at one parameter value per leading index (current shaped [...])."""
        t = np.asarray(current, dtype=float)[..., np.newaxis]
        numerator = (1.0 - t[..., np.newaxis]) * self.start + t[..., np.newaxis] * self.end
        denominator = ((1.0 - t) * self.start_total + t * self.end_total)[..., np.newaxis]
        result = np.zeros(numerator.shape)
        np.divide(numerator, denominator, out=result, where=denominator > 0)
        if self.plain is not None and np.any(denominator <= 0):
            result = np.where(denominator > 0, result, self.plain.priorities_at(current))
        return result

    def denominators(self, t: np.ndarray) -> np.ndarray:
        """D at t, where t broadcasts against [..., d] after a trailing axis is added."""
        t = np.asarray(t, dtype=float)
        start = self.start_total[..., np.newaxis, :] if t.ndim else self.start_total
        end = self.end_total[..., np.newaxis, :] if t.ndim else self.end_total
        return (1.0 - t) * start + t * end


@dataclass(frozen=True, eq=False)
class PairRoots:
    """Where each pair of strategies (first < second) swaps: roots[..., d, pair], NaN if never.

    ``slopes`` is d/dt of N_first − N_second: positive means first leads after the root.
    ``identical`` marks pairs whose numerators never differ (tied everywhere).
    """

    first: np.ndarray
    second: np.ndarray
    roots: np.ndarray
    slopes: np.ndarray
    identical: np.ndarray


def pair_roots(sweep: LinearSweep) -> PairRoots:
    """Exact crossing of every pair of strategies, in every district, in [0, 1]."""
    first, second = np.triu_indices(sweep.start.shape[-1], k=1)
    at_start = sweep.start[..., first] - sweep.start[..., second]
    at_end = sweep.end[..., first] - sweep.end[..., second]
    slopes = at_end - at_start
    identical = (np.abs(at_start) <= IDENTICAL_TOLERANCE) & (np.abs(at_end) <= IDENTICAL_TOLERANCE)
    roots = np.full(slopes.shape, np.nan)
    np.divide(-at_start, slopes, out=roots, where=(slopes != 0) & ~identical)
    roots[(roots < 0.0) & (roots >= -END_TOLERANCE)] = 0.0
    roots[(roots > 1.0) & (roots <= 1.0 + END_TOLERANCE)] = 1.0
    inside = (roots >= 0.0) & (roots <= 1.0)
    # A root where every weighted need is zero is not a crossing: the fallback ranks there.
    totals = (1.0 - roots) * sweep.start_total[..., np.newaxis] + roots * sweep.end_total[
        ..., np.newaxis
    ]
    valid = inside & (np.where(inside, totals, 0.0) > 0)
    return PairRoots(first, second, np.where(valid, roots, np.nan), slopes, identical)


@dataclass(frozen=True, eq=False)
class Crossings:
    """Crossing points, one per entry of the flat arrays.

    ``leading`` holds the index along the sweep's leading axis (the criterion of a gradient
    sweep; empty tuple entries for sweeps without one); ``leader`` is the strategy ahead for
    parameters just above ``position``.
    """

    leading: np.ndarray
    district: np.ndarray
    position: np.ndarray
    first: np.ndarray
    second: np.ndarray
    leader: np.ndarray

    def __len__(self) -> int:
        return int(self.position.size)

    def select(self, district: int, leading: int | None = None) -> Crossings:
        """The crossings of one district (and one leading index), in parameter order."""
        keep = self.district == district
        if leading is not None:
            keep &= self.leading == leading
        order = np.argsort(self.position[keep], kind="stable")
        return Crossings(*(getattr(self, name)[keep][order] for name in _CROSSING_FIELDS))


_CROSSING_FIELDS = ("leading", "district", "position", "first", "second", "leader")


def crossings_of(roots: PairRoots) -> Crossings:
    """Flatten the roots strictly inside (0, 1) into Crossings (leading index 0 if none).

    A root at 0 or 1 is a tie at the end of the range, not a swap within it.
    """
    interior = np.where(np.isnan(roots.roots), 0.0, roots.roots)
    found = np.nonzero((interior > 0.0) & (interior < 1.0))
    *lead, district, pair = found
    leading = lead[0] if lead else np.zeros(district.shape, dtype=int)
    first, second = roots.first[pair], roots.second[pair]
    leader = np.where(roots.slopes[found] > 0, first, second)
    return Crossings(leading, district, roots.roots[found], first, second, leader)
