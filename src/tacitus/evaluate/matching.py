"""One-to-one assignment: the Hungarian method over a score matrix with forbidden pairs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

import numpy as np
from scipy.optimize import linear_sum_assignment

A = TypeVar("A")
B = TypeVar("B")

Scores = Sequence[Sequence[float | None]]


def max_matching(scores: Scores) -> list[tuple[int, int]]:
    """Row-column pairs that first maximise the number of allowed pairs, then their total score.

    ``scores[i][j]`` is None where row ``i`` may not pair with column ``j``. Allowed scores
    must be non-negative. Pairs come back sorted by row.
    """
    rows = len(scores)
    cols = len(scores[0]) if rows else 0
    if not rows or not cols:
        return []
    allowed = np.array([[s is not None for s in row] for row in scores], dtype=bool)
    if not allowed.any():
        return []
    values = np.array([[s if s is not None else 0.0 for s in row] for row in scores], dtype=float)
    # Every allowed pair is worth more than all scores together, so the count of pairs
    # comes first and the scores only choose among assignments of equal size.
    bonus = float(values.sum()) + 1.0
    weights = np.where(allowed, values + bonus, 0.0)
    r, c = linear_sum_assignment(weights, maximize=True)
    return sorted((int(i), int(j)) for i, j in zip(r, c, strict=True) if allowed[i, j])


def match_pairs(left: Sequence[A], right: Sequence[B], compatible: Callable[[A, B], bool]) -> list[tuple[int, int]]:
    """A maximum one-to-one matching where every compatible pair is as good as any other."""
    return max_matching([[1.0 if compatible(a, b) else None for b in right] for a in left])
