"""Counts that add up across documents and datasets, and the rates computed from them.

Every scorer returns counts, never rates, so that a dataset's figure and the overall figure
are micro-averages of the same numbers. A rate whose denominator is zero is reported as 0.0
(with its count beside it, so a reader can tell "none right" from "nothing to score").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any


def ratio(num: float, den: float) -> float:
    """``num / den``, or 0.0 when there is nothing to divide by."""
    return num / den if den else 0.0


def rate(value: float) -> float:
    """A fraction as written into the JSON report: rounded to four places."""
    return round(value, 4)


@dataclass(frozen=True, slots=True)
class PRF:
    """True positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return ratio(2 * p * r, p + r)

    def to_json(self) -> dict[str, Any]:
        return {"precision": rate(self.precision), "recall": rate(self.recall), "f1": rate(self.f1),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass(frozen=True, slots=True)
class Accuracy:
    """``correct`` out of ``n`` scored items."""

    correct: int = 0
    n: int = 0

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.correct + other.correct, self.n + other.n)

    @property
    def accuracy(self) -> float:
        return ratio(self.correct, self.n)

    def to_json(self) -> dict[str, Any]:
        return {"accuracy": rate(self.accuracy), "n": self.n}


@dataclass(frozen=True, slots=True)
class CountAccuracy:
    """A casualty count: exactly right, or within ±10% of the gold number."""

    exact: int = 0
    within_10pct: int = 0
    n: int = 0

    def __add__(self, other: CountAccuracy) -> CountAccuracy:
        return CountAccuracy(self.exact + other.exact, self.within_10pct + other.within_10pct, self.n + other.n)

    def to_json(self) -> dict[str, Any]:
        return {"accuracy": rate(ratio(self.exact, self.n)), "within_10pct": rate(ratio(self.within_10pct, self.n)), "n": self.n}


FieldCount = PRF | Accuracy | CountAccuracy


def add_fields(a: dict[str, FieldCount], b: dict[str, FieldCount]) -> dict[str, FieldCount]:
    """Key-wise sum of two field tallies (a key in either is in the result)."""
    out = dict(a)
    for key, value in b.items():
        out[key] = out[key] + value if key in out else value  # type: ignore[operator]
    return out


UNMAPPED_LABELS = frozenset(["other", "none"])


@dataclass(frozen=True, slots=True)
class Confusion:
    """(gold label, predicted label) pairs, for event-type accuracy and F1.

    The predicted label is already mapped: a prediction whose type is in the gold list is
    recorded as the gold label itself, so ``gold == pred`` means correct.
    """

    pairs: Counter[tuple[str, str]] = field(default_factory=Counter)

    def __add__(self, other: Confusion) -> Confusion:
        return Confusion(self.pairs + other.pairs)

    @property
    def n(self) -> int:
        return sum(self.pairs.values())

    @property
    def accuracy(self) -> float:
        return ratio(sum(c for (g, p), c in self.pairs.items() if g == p), self.n)

    def per_label(self) -> dict[str, PRF]:
        """One-vs-rest counts for every gold label."""
        labels = {g for g, _ in self.pairs}
        return {label: self._label_counts(label) for label in sorted(labels)}

    def _label_counts(self, label: str) -> PRF:
        tp = fp = fn = 0
        for (g, p), c in self.pairs.items():
            if g == label and p == label:
                tp += c
            elif p == label:
                fp += c
            elif g == label:
                fn += c
        return PRF(tp, fp, fn)

    @property
    def macro_f1(self) -> float:
        """Unweighted mean F1 over the labels that occur in the gold."""
        per = self.per_label()
        return ratio(sum(c.f1 for c in per.values()), len(per))

    @property
    def weighted_f1(self) -> float:
        """Mean F1 over gold labels, weighted by how often each occurs in the gold."""
        per = self.per_label()
        return ratio(sum(c.f1 * (c.tp + c.fn) for c in per.values()), self.n)

    @property
    def mapped(self) -> Confusion:
        """Only the gold events whose class is a specific sub-event type: a dataset's labels that
        map to none of ours ("other", and the "none" of negative examples) are left out. PLOVER's
        DEMAND or REJECT, say, have no ACLED counterpart; this asks how well the ones that do are typed."""
        return Confusion(Counter({(g, p): c for (g, p), c in self.pairs.items() if g not in UNMAPPED_LABELS}))

    def to_json(self) -> dict[str, Any]:
        mapped = self.mapped
        return {"accuracy": rate(self.accuracy), "weighted_f1": rate(self.weighted_f1),
                "macro_f1": rate(self.macro_f1), "n": self.n,
                "mapped_accuracy": rate(mapped.accuracy), "mapped_n": mapped.n}

    def matrix(self) -> dict[str, dict[str, int]]:
        """``{gold: {predicted: count}}``, both levels sorted."""
        out: dict[str, dict[str, int]] = {}
        for (g, p), c in sorted(self.pairs.items()):
            out.setdefault(g, {})[p] = c
        return out
