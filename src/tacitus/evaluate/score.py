"""Scoring documents: gold records and predictions in, a :class:`Report` out (pure).

Event detection, per document, after :func:`~tacitus.evaluate.align.align_events`:

- a prediction matched with a required gold event is a true positive;
- a prediction matched with an *optional* gold event is a true positive too (FORMAT.md:
  "matching it earns credit, missing it costs nothing"), and an unmatched optional event is
  no false negative;
- an unmatched required gold event is a false negative;
- an unmatched prediction is a false positive only when it is *judged*: its type is in the
  record's ``scope`` and either the record is ``exhaustive`` or the record is an explicit
  negative (every gold event has type ``["none"]``: the text reports no event at all, so
  any in-scope prediction there is wrong). Every other unmatched prediction is unjudged.

So on a dataset that is not exhaustive and has no negatives (plover_gsr), nothing can be a
false positive and precision is 1.0 whenever anything matched; ``precision_basis`` in the
report says which case holds ("exhaustive", "negatives", "none" or "mixed").

Event type (document classification, as CASE 2021 task 2 scores it): each required gold
event gets the type of its matched prediction; an unmatched one gets the type of the most
confident prediction of the document whose type the gold accepts, else of the most confident
prediction, else "none". A type the gold accepts is counted as the gold's first code.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from tacitus.evaluate.align import Alignment, align_events
from tacitus.evaluate.fields import empty_count, given_fields, score_fields
from tacitus.evaluate.gold import NONE_TYPE, GoldEvent, GoldRecord
from tacitus.evaluate.metrics import PRF, Confusion, FieldCount, add_fields, ratio
from tacitus.evaluate.misses import Miss, false_positive, missed_event
from tacitus.evaluate.predictions import PredDoc, PredEvent
from tacitus.evaluate.relations import RelationCounts, score_relations
from tacitus.evaluate.toponyms import ToponymCounts, score_toponyms

FIELD_ORDER = ("perpetrators", "perpetrators_relaxed", "targets", "targets_relaxed",
               "country", "admin1", "place", "date", "fatalities", "injured")

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class DetectionCounts:
    counts: PRF = field(default_factory=PRF)
    optional_matched: int = 0
    unjudged: int = 0
    exhaustive_docs: int = 0
    negative_docs: int = 0
    docs: int = 0

    def __add__(self, other: DetectionCounts) -> DetectionCounts:
        return DetectionCounts(self.counts + other.counts, self.optional_matched + other.optional_matched,
                               self.unjudged + other.unjudged, self.exhaustive_docs + other.exhaustive_docs,
                               self.negative_docs + other.negative_docs, self.docs + other.docs)

    @property
    def precision_basis(self) -> str:
        """What false positives were counted from (see the module docstring)."""
        if self.exhaustive_docs == self.docs and self.docs:
            return "exhaustive"
        if self.exhaustive_docs:
            return "mixed"
        return "negatives" if self.negative_docs else "none"

    def to_json(self) -> dict[str, Any]:
        return {**self.counts.to_json(), "optional_matched": self.optional_matched,
                "unjudged": self.unjudged, "precision_basis": self.precision_basis}


@dataclass(frozen=True, slots=True)
class Tally:
    """Counts for one document, or summed over a dataset; None marks a section not annotated."""

    documents: int = 0
    skipped: int = 0
    detection: DetectionCounts | None = None
    fields: dict[str, FieldCount] = field(default_factory=dict)
    event_type: Confusion | None = None
    toponyms: ToponymCounts | None = None
    relations: RelationCounts | None = None

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            documents=self.documents + other.documents,
            skipped=self.skipped + other.skipped,
            detection=_add(self.detection, other.detection),
            fields=add_fields(self.fields, other.fields),
            event_type=_add(self.event_type, other.event_type),
            toponyms=_add(self.toponyms, other.toponyms),
            relations=_add(self.relations, other.relations),
        )

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"documents": self.documents, "skipped": self.skipped}
        if self.detection is not None:
            out["detection"] = self.detection.to_json()
        if self.fields:
            out["fields"] = {k: self.fields[k].to_json() for k in FIELD_ORDER if k in self.fields}
        if self.event_type is not None:
            out["event_type"] = self.event_type.to_json()
            out["confusion"] = self.event_type.matrix()
        if self.toponyms is not None:
            out["toponyms"] = self.toponyms.to_json()
        if self.relations is not None:
            out["relations"] = self.relations.to_json()
        return out


def _add(a: T | None, b: T | None) -> T | None:
    if a is None:
        return b
    if b is None:
        return a
    return a + b  # type: ignore[operator]


def total(tallies: Iterable[Tally]) -> Tally:
    return sum(tallies, Tally())


@dataclass(frozen=True, slots=True)
class Throughput:
    articles: int = 0
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {"articles": self.articles, "seconds": round(self.seconds, 3),
                "articles_per_s": round(ratio(self.articles, self.seconds), 3)}


@dataclass(frozen=True, slots=True)
class Report:
    """Scores per dataset (keyed by the gold records' ``dataset``), in order of first appearance."""

    datasets: dict[str, Tally]
    throughput: Throughput = field(default_factory=Throughput)
    commit: str = "unknown"
    misses: tuple[Miss, ...] = ()
    limit: int | None = None

    @property
    def overall(self) -> Tally:
        return total(self.datasets.values())

    def worst_misses(self, n: int) -> list[Miss]:
        return sorted(self.misses, key=lambda m: (-m.severity, m.dataset, m.doc_id))[:n]

    def to_json(self) -> dict[str, Any]:
        """The interface other tools read (issue 3); rates are fractions in [0, 1]."""
        return {
            "commit": self.commit,
            "limit": self.limit,
            "datasets": {name: tally.to_json() for name, tally in self.datasets.items()},
            "overall": self.overall.to_json(),
            "throughput": self.throughput.to_json(),
        }


# -- one document ------------------------------------------------------------------------------

def score_document(gold: GoldRecord, pred: PredDoc, relation_types: Iterable[str] = ()) -> tuple[Tally, list[Miss]]:
    """Counts for every section the record annotates, and the misses to show."""
    tally = Tally(documents=1, skipped=int(pred.skipped))
    misses: list[Miss] = []
    if gold.events is not None:
        events, misses = score_events(gold, pred.events)
        tally = tally + events
    if gold.toponyms is not None:
        tally = tally + Tally(toponyms=score_toponyms(pred.places, gold.toponyms, gold.text))
    if gold.relations is not None:
        tally = tally + Tally(relations=score_relations(pred.relations, gold.relations, relation_types, pred.actors))
    return tally, misses


def score_events(gold: GoldRecord, preds: Sequence[PredEvent]) -> tuple[Tally, list[Miss]]:
    """Detection, fields and event type for one document's events."""
    real = [g for g in (gold.events or ()) if not g.is_none]
    alignment = align_events(preds, real)
    detection, fp_idx = detection_counts(gold, preds, real, alignment)
    tally = Tally(detection=detection, fields=event_fields(gold.annotates, preds, real, alignment))
    if "event_type" in gold.annotates:
        tally = tally + Tally(event_type=type_confusion(gold.events or (), preds, real, alignment))
    misses = [missed_event(real[g], gold.text, gold.dataset, gold.id) for g in alignment.unmatched_golds if not real[g].optional]
    misses += [false_positive(preds[p], gold.text, gold.dataset, gold.id) for p in fp_idx]
    return tally, misses


def detection_counts(gold: GoldRecord, preds: Sequence[PredEvent], real: Sequence[GoldEvent],
                     alignment: Alignment) -> tuple[DetectionCounts, list[int]]:
    """tp/fp/fn under the optional, scope, exhaustive and negative rules; also the fp indexes."""
    # FORMAT.md: matching an optional event earns credit, missing it costs nothing.
    tp = len(alignment.pairs)
    fn = sum(not real[g].optional for g in alignment.unmatched_golds)
    judged = gold.exhaustive or gold.none_only
    fp_idx = [p for p in alignment.unmatched_preds if judged and preds[p].event_type in gold.scope]
    counts = DetectionCounts(
        counts=PRF(tp=tp, fp=len(fp_idx), fn=fn),
        optional_matched=sum(real[g].optional for _, g in alignment.pairs),
        unjudged=len(alignment.unmatched_preds) - len(fp_idx),
        exhaustive_docs=int(gold.exhaustive), negative_docs=int(gold.none_only), docs=1,
    )
    return counts, fp_idx


def event_fields(annotates: frozenset[str], preds: Sequence[PredEvent], real: Sequence[GoldEvent],
                 alignment: Alignment) -> dict[str, FieldCount]:
    """Field counts over matched pairs; every field some gold event gives is present, even at n = 0."""
    out: dict[str, FieldCount] = {k: empty_count(k) for g in real for k in given_fields(g, annotates)}
    for p, g in alignment.pairs:
        out = add_fields(out, score_fields(preds[p], real[g], annotates))
    return out


def type_confusion(golds: Sequence[GoldEvent], preds: Sequence[PredEvent], real: Sequence[GoldEvent],
                   alignment: Alignment) -> Confusion:
    """(gold label, predicted label) for every required gold event, "none" events included."""
    matched = {g: preds[p] for p, g in alignment.pairs}
    real_index = iter(range(len(real)))  # ``real`` is ``golds`` without the "none" events
    pairs: Counter[tuple[str, str]] = Counter()
    for gold in golds:
        index = None if gold.is_none else next(real_index)
        if not gold.optional:
            predicted = chosen_type(gold, preds, matched.get(index) if index is not None else None)
            pairs[(gold.label, gold.label if predicted in gold.event_type else predicted)] += 1
    return Confusion(pairs)


def chosen_type(gold: GoldEvent, preds: Sequence[PredEvent], matched: PredEvent | None) -> str:
    """The type the document's predictions give this gold event (see the module docstring)."""
    if matched is not None:
        return matched.event_type
    accepted = [p for p in preds if p.event_type in gold.event_type]
    pool = accepted or list(preds)
    return max(pool, key=lambda p: p.confidence).event_type if pool else NONE_TYPE


# -- many documents ----------------------------------------------------------------------------

def relation_types_by_dataset(records: Iterable[GoldRecord]) -> dict[str, frozenset[str]]:
    """The relation types each dataset annotates at least once (the others are unjudged)."""
    seen: dict[str, set[str]] = {}
    for rec in records:
        seen.setdefault(rec.dataset, set()).update(r.type for r in rec.relations or ())
    return {k: frozenset(v) for k, v in seen.items()}


def score_documents(records: Sequence[GoldRecord], predictions: Mapping[str, PredDoc], *,
                    throughput: Throughput | None = None, commit: str = "unknown",
                    limit: int | None = None) -> Report:
    """The report for gold records and the predictions for them, keyed by record id.

    A record with no prediction is scored as a document where nothing was found, and
    counted as skipped.
    """
    rel_types = relation_types_by_dataset(records)
    datasets: dict[str, Tally] = {}
    misses: list[Miss] = []
    for rec in records:
        pred = predictions.get(rec.id, PredDoc(skipped=True))
        tally, doc_misses = score_document(rec, pred, rel_types.get(rec.dataset, ()))
        datasets[rec.dataset] = datasets.get(rec.dataset, Tally()) + tally
        misses += doc_misses
    return Report(datasets=datasets, throughput=throughput or Throughput(), commit=commit,
                  misses=tuple(misses), limit=limit)


__all__ = ["FIELD_ORDER", "DetectionCounts", "Report", "Tally", "Throughput", "score_document", "score_documents"]
