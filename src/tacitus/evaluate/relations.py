"""Relation scores: (type, source, target) triples, P/R/F1 per relation type.

A predicted relation matches a gold one of the same type when its source actor (by text or
name) equals one of the gold source strings and its target one of the gold target strings,
after :func:`~tacitus.evaluate.normalize.normalize`. ``allies`` and ``fighting_against`` are
symmetric and matched in either direction (re3d keeps only one direction of each).

Predictions of a type the dataset never annotates are unjudged, not false positives: re3d
annotates four relation types, and a ``pledged_allegiance`` found in a re3d text says
nothing about precision.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from tacitus.evaluate.gold import GoldRelation
from tacitus.evaluate.matching import match_pairs
from tacitus.evaluate.metrics import PRF
from tacitus.evaluate.normalize import exact_match
from tacitus.evaluate.predictions import PredRelation

SYMMETRIC = frozenset({"allies", "fighting_against"})


@dataclass(frozen=True, slots=True)
class RelationCounts:
    by_type: dict[str, PRF] = field(default_factory=dict)
    # actor recall: gold relation endpoints (source and target mentions) that the document's
    # actor mentions name, by text or canonical name — the actors a relation could be built from
    endpoints_found: int = 0
    endpoints: int = 0

    def __add__(self, other: RelationCounts) -> RelationCounts:
        merged = dict(self.by_type)
        for key, value in other.by_type.items():
            merged[key] = merged.get(key, PRF()) + value
        return RelationCounts(merged, self.endpoints_found + other.endpoints_found, self.endpoints + other.endpoints)

    @property
    def total(self) -> PRF:
        return sum(self.by_type.values(), PRF())

    def to_json(self) -> dict[str, Any]:
        out = {**self.total.to_json(), "by_type": {k: v.to_json() for k, v in sorted(self.by_type.items())}}
        if self.endpoints:
            out["actors"] = {"recall": round(self.endpoints_found / self.endpoints, 4), "found": self.endpoints_found, "n": self.endpoints}
        return out


def endpoint_recall(actors: Sequence[Sequence[str]], golds: Sequence[GoldRelation]) -> tuple[int, int]:
    """(found, total) over the distinct endpoint mentions of the gold relations."""
    endpoints = {tuple(e) for g in golds for e in (g.source, g.target) if e}
    strings = [s for a in actors for s in a]
    return sum(1 for e in endpoints if exact_match(strings, e)), len(endpoints)


def relation_matches(pred: PredRelation, gold: GoldRelation) -> bool:
    if pred.type != gold.type:
        return False
    forward = exact_match(pred.source, gold.source) and exact_match(pred.target, gold.target)
    backward = exact_match(pred.source, gold.target) and exact_match(pred.target, gold.source)
    return forward or (gold.type in SYMMETRIC and backward)


def score_relations(preds: Sequence[PredRelation], golds: Sequence[GoldRelation], judged_types: Iterable[str],
                    actors: Sequence[Sequence[str]] = ()) -> RelationCounts:
    """Counts per type for one document; predictions outside ``judged_types`` are ignored.
    ``actors``: the strings of every actor mention the document yielded (for actor recall)."""
    judged = frozenset(judged_types)
    preds = [p for p in preds if p.type in judged]
    pairs = match_pairs(preds, golds, relation_matches)
    by_type: dict[str, PRF] = {t: PRF() for t in sorted({g.type for g in golds})}
    for _p, g in pairs:
        by_type[golds[g].type] += PRF(tp=1)
    matched_p, matched_g = {p for p, _ in pairs}, {g for _, g in pairs}
    for i, pred in enumerate(preds):
        if i not in matched_p:
            by_type[pred.type] = by_type.get(pred.type, PRF()) + PRF(fp=1)
    for j, gold in enumerate(golds):
        if j not in matched_g:
            by_type[gold.type] += PRF(fn=1)
    endpoint_strings = [*actors, *(s for p in preds for s in (p.source, p.target))]
    return RelationCounts(by_type, *endpoint_recall(endpoint_strings, golds))
