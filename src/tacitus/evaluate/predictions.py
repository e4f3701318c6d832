"""The pipeline's output record (``tacitus.model.document_record``) as typed predictions.

Only what happened counts: events and relations whose modality is reported, claimed or
hedged (``tacitus.model.FACTUAL``). A threatened, denied or hypothetical event is not a
prediction that it took place, and an event flagged ``negated`` is dropped likewise.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from tacitus.model import FACTUAL

FACTUAL_MODALITIES = frozenset(str(m) for m in FACTUAL)

Entity = tuple[str, ...]  # the strings an actor goes by: its text in the article, its name


@dataclass(frozen=True, slots=True)
class PredLocation:
    name: str | None = None
    text: str | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(s for s in (self.name, self.text) if s)


@dataclass(frozen=True, slots=True)
class PredDate:
    start: dt.date | None
    end: dt.date | None
    basis: str = "explicit"

    @property
    def point(self) -> dt.date | None:
        """The day the event is placed on: the single day, else the interval's end.

        An interval ``before_publication`` ("recently") also uses its end, the latest day
        the text allows.
        """
        if self.start is not None and self.start == self.end:
            return self.start
        return self.end if self.end is not None else self.start


@dataclass(frozen=True, slots=True)
class PredEvent:
    event_type: str
    confidence: float = 0.5
    perpetrators: tuple[Entity, ...] = ()
    targets: tuple[Entity, ...] = ()
    location: PredLocation | None = None
    date: PredDate | None = None
    fatalities: int | None = None
    injured: int | None = None
    evidence: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class PredPlace:
    """A toponym mention the pipeline found, with its resolved point."""

    start: int
    end: int
    text: str
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None


@dataclass(frozen=True, slots=True)
class PredRelation:
    type: str
    source: Entity
    target: Entity
    confidence: float = 0.5


@dataclass(frozen=True, slots=True)
class PredDoc:
    events: tuple[PredEvent, ...] = ()
    places: tuple[PredPlace, ...] = ()
    relations: tuple[PredRelation, ...] = ()
    skipped: bool = False  # the pipeline recorded a skip (an error) on this document
    actors: tuple[Entity, ...] = ()  # every actor mention: its text and name


def is_factual(rec: Mapping[str, Any]) -> bool:
    return str(rec.get("modality") or "reported") in FACTUAL_MODALITIES and not rec.get("negated")


def prediction_from_record(rec: Mapping[str, Any]) -> PredDoc:
    """Typed predictions from one ``document_record``; non-factual items, and events the article only recalls as
    history (``recalled``: dated half a year or more before publication), are left out."""
    return PredDoc(
        events=tuple(pred_event(e) for e in rec.get("events") or () if is_factual(e) and not e.get("recalled")),
        places=pred_places(rec.get("places") or ()),
        relations=tuple(pred_relation(r) for r in rec.get("relations") or () if is_factual(r)),
        skipped=bool(rec.get("skips")),
        actors=tuple(e for e in (actor_strings(a) for a in rec.get("actors") or ()) if e),
    )


def pred_event(rec: Mapping[str, Any]) -> PredEvent:
    return PredEvent(
        event_type=str(rec.get("event_type")),
        confidence=float(rec.get("confidence") or 0.0),
        perpetrators=actor_entities(rec.get("actor1"), rec.get("assoc_actor1")),
        targets=actor_entities(rec.get("actor2"), rec.get("assoc_actor2")) + physical_entities(rec.get("physical_targets")),
        location=pred_location(rec.get("location")),
        date=pred_date(rec.get("date")),
        fatalities=count_value(rec.get("fatalities")),
        injured=count_value(rec.get("injured")),
        evidence=_span(rec.get("evidence")),
    )


def actor_strings(actor: Mapping[str, Any] | None) -> Entity:
    """The strings one actor may be matched by: its text in the article, then its name."""
    if not actor:
        return ()
    out: list[str] = []
    for key in ("text", "name"):
        value = actor.get(key)
        if isinstance(value, str) and value.strip() and value not in out:
            out.append(value)
    return tuple(out)


def actor_entities(main: Mapping[str, Any] | None, assoc: Any) -> tuple[Entity, ...]:
    """The main actor and its associated actors, each an entity of its own."""
    actors = [main, *(assoc or [])]
    return tuple(e for e in (actor_strings(a) for a in actors) if e)


def physical_entities(spans: Any) -> tuple[Entity, ...]:
    """Buildings, vehicles and infrastructure struck: targets too, where a dataset counts them (MUC-4 does)."""
    out = []
    for s in spans or ():
        if isinstance(s, Mapping) and s.get("text"):
            out.append(tuple(dict.fromkeys(str(v) for v in (s.get("text"), s.get("head")) if v)))
    return tuple(out)


def pred_location(rec: Mapping[str, Any] | None) -> PredLocation | None:
    if not rec:
        return None
    return PredLocation(name=rec.get("name"), text=rec.get("text"), country=rec.get("country"),
                        admin1=rec.get("admin1"), lat=_float(rec.get("lat")), lon=_float(rec.get("lon")))


def pred_date(rec: Mapping[str, Any] | None) -> PredDate | None:
    if not rec:
        return None
    start, end = _iso(rec.get("start")), _iso(rec.get("end"))
    if start is None and end is None:
        return None
    return PredDate(start, end, str(rec.get("basis") or "explicit"))


def count_value(rec: Mapping[str, Any] | None) -> int | None:
    """The best estimate of a count; a count with no best falls back to its low bound."""
    if not rec:
        return None
    for key in ("best", "low"):
        value = rec.get(key)
        if isinstance(value, int):
            return value
    return None


def pred_places(recs: Any) -> tuple[PredPlace, ...]:
    """Places with offsets, one per span (the dateline can repeat a mention)."""
    out: dict[tuple[int, int], PredPlace] = {}
    for rec in recs:
        start, end = rec.get("start"), rec.get("end")
        if not isinstance(start, int) or not isinstance(end, int) or (start, end) in out:
            continue
        gid = rec.get("geonameid")
        out[(start, end)] = PredPlace(start, end, str(rec.get("text") or ""),
                                      _float(rec.get("lat")), _float(rec.get("lon")), gid if isinstance(gid, int) else None)
    return tuple(out.values())


def pred_relation(rec: Mapping[str, Any]) -> PredRelation:
    return PredRelation(str(rec.get("type")), actor_strings(rec.get("source")), actor_strings(rec.get("target")),
                        float(rec.get("confidence") or 0.0))


def _span(rec: Any) -> tuple[int, int] | None:
    if isinstance(rec, Mapping) and isinstance(rec.get("start"), int) and isinstance(rec.get("end"), int):
        return rec["start"], rec["end"]
    return None


def _iso(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _float(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None
