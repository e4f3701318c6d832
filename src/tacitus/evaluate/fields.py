"""Per-field scores of one predicted event against the gold event it was matched with.

A field is scored only where the record's ``annotates`` lists it and the gold event gives a
value (``null`` means the dataset says nothing; ``[]`` and ``0`` are values). The keys:

- ``perpetrators``/``targets``: entity P/R/F1, exact strings; ``*_relaxed``: head-word relaxed;
- ``country``, ``admin1``, ``place``: accuracy (``location`` in ``annotates``);
- ``date``: the predicted day inside the gold interval;
- ``fatalities``, ``injured``: exact and within ±10%.
"""

from __future__ import annotations

import datetime as dt

from tacitus.evaluate.gold import Entities, GoldDate, GoldEvent, GoldLocation
from tacitus.evaluate.matching import match_pairs
from tacitus.evaluate.metrics import PRF, Accuracy, CountAccuracy, FieldCount
from tacitus.evaluate.normalize import exact_match, fold, relaxed_match
from tacitus.evaluate.predictions import Entity, PredDate, PredEvent, PredLocation

COUNT_TOLERANCE = 0.10


# -- comparisons (also used by the aligner) ----------------------------------------------------

def date_inside(point: dt.date | None, gold: GoldDate) -> bool:
    """The day falls in the gold interval; an open end is unbounded on that side."""
    if point is None:
        return False
    after_start = gold.start is None or point >= gold.start
    before_end = gold.end is None or point <= gold.end
    return after_start and before_end


def date_correct(pred: PredDate | None, gold: GoldDate) -> bool:
    return pred is not None and date_inside(pred.point, gold)


def same_code(pred: str | None, gold: str | None) -> bool:
    """Country codes and admin names compare case- and accent-insensitively."""
    return bool(pred and gold and fold(pred) == fold(gold))


def place_matches(pred: PredLocation | None, gold: GoldLocation) -> bool:
    """The predicted place's name (or its mention) is the gold place or one of its names."""
    acceptable = [s for s in (gold.place, *gold.names) if s]
    return pred is not None and bool(acceptable) and exact_match(pred.names, acceptable)


def entity_counts(pred: tuple[Entity, ...], gold: Entities, relaxed: bool = False) -> PRF:
    """Predicted actors matched one-to-one with gold entities by any acceptable string."""
    match = relaxed_match if relaxed else exact_match
    tp = len(match_pairs(pred, gold, match))
    return PRF(tp=tp, fp=len(pred) - tp, fn=len(gold) - tp)


def count_accuracy(pred: int | None, gold: int) -> CountAccuracy:
    """A missing predicted count is 0, as ACLED codes an event with no reported deaths."""
    value = pred or 0
    within = abs(value - gold) <= COUNT_TOLERANCE * gold
    return CountAccuracy(exact=int(value == gold), within_10pct=int(within), n=1)


# -- what a gold event gives, and how a prediction scores on it --------------------------------

def given_fields(gold: GoldEvent, annotates: frozenset[str]) -> list[str]:
    """The field keys this gold event can be scored on, in report order."""
    keys: list[str] = []
    for role in ("perpetrators", "targets"):
        if role in annotates and getattr(gold, role) is not None:
            keys += [role, f"{role}_relaxed"]
    loc = gold.location
    if "location" in annotates and loc is not None:
        keys += [k for k, v in (("country", loc.country), ("admin1", loc.admin1)) if v]
        if loc.place or loc.names:
            keys.append("place")
    if "date" in annotates and gold.date is not None:
        keys.append("date")
    keys += [k for k in ("fatalities", "injured") if k in annotates and getattr(gold, k) is not None]
    return keys


def empty_count(key: str) -> FieldCount:
    if key.startswith(("perpetrators", "targets")):
        return PRF()
    return CountAccuracy() if key in ("fatalities", "injured") else Accuracy()


def score_fields(pred: PredEvent, gold: GoldEvent, annotates: frozenset[str]) -> dict[str, FieldCount]:
    """Counts for every field the gold event gives, comparing the matched prediction."""
    return {key: score_field(key, pred, gold) for key in given_fields(gold, annotates)}


def score_field(key: str, pred: PredEvent, gold: GoldEvent) -> FieldCount:
    loc = gold.location or GoldLocation()
    pred_loc = pred.location
    if key in ("perpetrators", "targets", "perpetrators_relaxed", "targets_relaxed"):
        role = key.removesuffix("_relaxed")
        return entity_counts(getattr(pred, role), getattr(gold, role) or (), relaxed=key.endswith("_relaxed"))
    if key == "country":
        return _accuracy(same_code(pred_loc.country if pred_loc else None, loc.country))
    if key == "admin1":
        return _accuracy(same_code(pred_loc.admin1 if pred_loc else None, loc.admin1))
    if key == "place":
        return _accuracy(place_matches(pred_loc, loc))
    if key == "date":
        return _accuracy(gold.date is not None and date_correct(pred.date, gold.date))
    if key in ("fatalities", "injured"):
        return count_accuracy(getattr(pred, key), getattr(gold, key))
    raise ValueError(f"unknown field key {key!r}")


def _accuracy(correct: bool) -> Accuracy:
    return Accuracy(correct=int(correct), n=1)
