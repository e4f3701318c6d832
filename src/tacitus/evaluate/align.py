"""Predicted events paired one-to-one with gold events of the same document.

A pair is allowed only when the predicted type is one of the gold event's codes. Among the
assignments with the most allowed pairs, the Hungarian method picks the one whose arguments
agree best, so that with two attacks in one article each prediction goes to the attack it
describes: same perpetrator, same target, same place, same day, overlapping evidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tacitus.evaluate.fields import date_correct, place_matches, same_code
from tacitus.evaluate.gold import GoldEvent
from tacitus.evaluate.matching import max_matching
from tacitus.evaluate.normalize import exact_match, relaxed_match
from tacitus.evaluate.predictions import Entity, PredEvent

# A required gold event is a slightly better partner than an optional one: matching it is
# worth a true positive. Smaller than any argument agreement, so it only breaks ties.
REQUIRED_BONUS = 0.1
EVIDENCE_WEIGHT = 2.0  # where the gold marks the sentence, that is the strongest sign


@dataclass(frozen=True, slots=True)
class Alignment:
    """Index pairs (prediction, gold) and what is left unpaired on each side."""

    pairs: tuple[tuple[int, int], ...]
    unmatched_preds: tuple[int, ...]
    unmatched_golds: tuple[int, ...]


def type_compatible(pred: PredEvent, gold: GoldEvent) -> bool:
    return pred.event_type in gold.event_type


def pair_score(pred: PredEvent, gold: GoldEvent) -> float | None:
    """How well a prediction fits a gold event; None when the types are incompatible."""
    if not type_compatible(pred, gold):
        return None
    score = argument_overlap(pred, gold)
    return score if gold.optional else score + REQUIRED_BONUS


def argument_overlap(pred: PredEvent, gold: GoldEvent) -> float:
    """Agreement on perpetrators, targets, location, date and evidence, each worth up to 1."""
    score = _actor_overlap(pred.perpetrators, gold.perpetrators) + _actor_overlap(pred.targets, gold.targets)
    if gold.location is not None:
        if place_matches(pred.location, gold.location):
            score += 1.0
        elif pred.location is not None and same_code(pred.location.country, gold.location.country):
            score += 0.5
    if gold.date is not None and date_correct(pred.date, gold.date):
        score += 1.0
    if gold.evidence and pred.evidence and any(_overlaps(pred.evidence, span) for span in gold.evidence):
        score += EVIDENCE_WEIGHT
    return score


def _actor_overlap(pred: tuple[Entity, ...], gold: tuple[tuple[str, ...], ...] | None) -> float:
    if not gold or not pred:
        return 0.0
    strings = [s for entity in pred for s in entity]
    if any(exact_match(strings, entity) for entity in gold):
        return 1.0
    return 0.5 if any(relaxed_match(strings, entity) for entity in gold) else 0.0


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def align_events(preds: Sequence[PredEvent], golds: Sequence[GoldEvent]) -> Alignment:
    """The one-to-one pairing of predictions with gold events (see the module docstring)."""
    pairs = max_matching([[pair_score(p, g) for g in golds] for p in preds])
    used_p = {p for p, _ in pairs}
    used_g = {g for _, g in pairs}
    return Alignment(
        pairs=tuple(pairs),
        unmatched_preds=tuple(i for i in range(len(preds)) if i not in used_p),
        unmatched_golds=tuple(i for i in range(len(golds)) if i not in used_g),
    )
