"""In-memory twins for scoring without the pipeline: output records built by hand.

- :func:`event_record` makes one predicted event in the shape of ``document_record``;
- :func:`oracle_record` turns a gold record into the output a perfect pipeline would give
  (scoring it must give 1.0 everywhere: a self-check of the scorer);
- :func:`process_from` wraps a mapping of records as an injectable ``process``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from tacitus.evaluate.gold import GoldDate, GoldEvent, GoldRecord, GoldRelation, GoldToponym
from tacitus.model import Article


def actor(text: str, name: str | None = None) -> dict[str, Any]:
    return {"name": name or text, "text": text, "kind": "unknown", "actor_id": None, "country": None,
            "start": None, "end": None, "score": 0.0}


def event_record(event_type: str, *, perpetrator: str | None = None, target: str | None = None,
                 place: str | None = None, country: str | None = None, admin1: str | None = None,
                 date: tuple[str | None, str | None] | None = None, basis: str = "explicit",
                 fatalities: int | None = None, injured: int | None = None,
                 evidence: tuple[int, int] | None = None, confidence: float = 0.8,
                 modality: str = "reported") -> dict[str, Any]:
    """One predicted event as ``tacitus.model.event_record`` writes it (unused keys left out)."""
    return {
        "event_type": event_type, "event_family": "",
        "actor1": actor(perpetrator) if perpetrator else None,
        "actor2": actor(target) if target else None,
        "assoc_actor1": [], "assoc_actor2": [],
        "location": {"name": place, "country": country, "admin1": admin1, "lat": None, "lon": None,
                     "text": place} if (place or country or admin1) else None,
        "date": {"start": date[0], "end": date[1], "precision": "day", "basis": basis} if date else None,
        "fatalities": _count(fatalities), "injured": _count(injured),
        "modality": modality, "negated": False,
        "evidence": {"start": evidence[0], "end": evidence[1], "text": ""} if evidence else None,
        "confidence": confidence,
    }


def _count(value: int | None) -> dict[str, Any] | None:
    return None if value is None else {"low": value, "best": value, "high": value, "qualifier": None, "text": None}


def oracle_event(gold: GoldEvent) -> dict[str, Any]:
    """The prediction that agrees with a gold event on every field."""
    loc = gold.location
    rec = event_record(
        gold.label,
        place=(loc.place or (loc.names[0] if loc.names else None)) if loc else None,
        country=loc.country if loc else None, admin1=loc.admin1 if loc else None,
        date=_one_day(gold.date),
        fatalities=gold.fatalities, injured=gold.injured,
        evidence=gold.evidence[0] if gold.evidence else None, confidence=0.9,
    )
    perps, targets = [actor(e[0]) for e in gold.perpetrators or ()], [actor(e[0]) for e in gold.targets or ()]
    rec.update(actor1=perps[0] if perps else None, assoc_actor1=perps[1:],
               actor2=targets[0] if targets else None, assoc_actor2=targets[1:])
    return rec


def _one_day(date: GoldDate | None) -> tuple[str, str] | None:
    """A day inside the gold interval: its start, or its end when open at the start."""
    day = (date.start or date.end) if date else None
    return (day.isoformat(), day.isoformat()) if day else None


def oracle_record(gold: GoldRecord) -> dict[str, Any]:
    """A ``document_record`` with exactly the gold's events, places and relations."""
    return {
        "article_id": gold.id,
        "events": [oracle_event(e) for e in gold.events or () if not e.is_none],
        "relations": [{"type": r.type, "source": actor(r.source[0]), "target": actor(r.target[0]),
                       "modality": "reported", "confidence": 0.9} for r in gold.relations or ()],
        "places": [{"name": t.name, "text": t.name, "start": t.start, "end": t.end, "lat": t.lat, "lon": t.lon,
                    "geonameid": t.geonameid} for t in gold.toponyms or ()],
        "actors": [], "skips": [],
    }


def process_from(records: Mapping[str, Mapping[str, Any]]) -> Callable[[list[Article]], Sequence[Mapping[str, Any]]]:
    """A ``process`` that answers each article with the record stored under its id (or nothing)."""
    def process(articles: list[Article]) -> list[Mapping[str, Any]]:
        return [records.get(a.id, {"article_id": a.id, "events": []}) for a in articles]

    return process


def gold_record(*events: GoldEvent, text: str = "Gunmen attacked the village on Monday.", dataset: str = "test",
                annotates: Sequence[str] = ("event_type",), exhaustive: bool = True,
                scope: Sequence[str] | None = None, doc_id: str = "doc1", with_events: bool = True,
                toponyms: tuple[GoldToponym, ...] | None = None,
                relations: tuple[GoldRelation, ...] | None = None) -> GoldRecord:
    """A gold record for tests; ``scope`` defaults to every type of its events.

    ``with_events=False`` makes a record that does not annotate events at all (toponyms or
    relations only), as opposed to one that annotates that there are none.
    """
    types = {t for e in events for t in e.event_type if t != "none"}
    return GoldRecord(id=doc_id, dataset=dataset, text=text, annotates=frozenset(annotates),
                      exhaustive=exhaustive, scope=frozenset(types if scope is None else scope),
                      events=tuple(events) if with_events else None, toponyms=toponyms, relations=relations)
