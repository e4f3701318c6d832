"""The typed records that flow through the pipeline.

An :class:`Article` enters, a :class:`Document` leaves. Each stage reads the fields it
needs and adds its own; nothing travels between stages in dicts with magic keys.

Offsets (``start``/``end``) are always character offsets into ``Article.text`` (the cleaned
text), so an evidence span can be highlighted in the article a user reads.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any


class ActorKind(StrEnum):
    """ACLED-style actor categories (the ``inter`` codes come from these)."""

    STATE_FORCES = "state_forces"
    REBEL = "rebel"
    POLITICAL_MILITIA = "political_militia"
    IDENTITY_MILITIA = "identity_militia"
    RIOTERS = "rioters"
    PROTESTERS = "protesters"
    CIVILIANS = "civilians"
    EXTERNAL = "external"
    OTHER_ARMED_GROUP = "other_armed_group"
    PERSON = "person"
    UNKNOWN = "unknown"


class Modality(StrEnum):
    REPORTED = "reported"
    CLAIMED = "claimed"
    DENIED = "denied"
    NEGATED = "negated"
    CALLED_FOR = "called_for"
    THREATENED = "threatened"
    HEDGED = "hedged"
    HYPOTHETICAL = "hypothetical"


# Modalities under which the event is taken to have happened (counted, mapped, exported by default).
FACTUAL = frozenset({Modality.REPORTED, Modality.CLAIMED, Modality.HEDGED})


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as ingested: cleaned text plus its metadata."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: dt.date | None = None
    language: str = "en"
    origin: str | None = None  # file (and record) it came from


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class PhysicalTarget:
    """A building, vehicle or piece of infrastructure an event struck: the noun phrase as
    written ("the telephone company offices") and its head noun ("offices")."""

    start: int
    end: int
    text: str
    head: str


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Entity:
    """A named-entity or number span found by the NLP stage (labels as spaCy's)."""

    start: int
    end: int
    text: str
    label: str
    sentence: int


@dataclass(slots=True)
class ActorRef:
    """An actor as the text names it, resolved to the knowledge base where possible."""

    name: str
    text: str
    kind: str = ActorKind.UNKNOWN
    actor_id: str | None = None
    country: str | None = None
    start: int | None = None
    end: int | None = None
    score: float = 0.0


@dataclass(slots=True)
class Place:
    """A resolved location; precision follows ACLED (1 town, 2 near/district, 3 region/country)."""

    name: str
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    precision: int = 3
    feature: str = "place"  # place | admin1 | admin2 | country | region
    text: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class DateSpan:
    """A date interval; ``start`` None means "on or before ``end``"."""

    start: dt.date | None
    end: dt.date | None
    precision: str = "day"  # day | week | month | year | unknown
    basis: str = "explicit"  # explicit | relative | publication | context | before_publication
    text: str | None = None


@dataclass(frozen=True, slots=True)
class Count:
    """A casualty or people count with the qualifier as written ("at least", "dozens")."""

    low: int | None
    best: int | None
    high: int | None
    qualifier: str | None = None
    text: str | None = None


@dataclass(slots=True)
class Event:
    id: str
    event_type: str
    event_family: str
    actor1: ActorRef | None = None
    actor2: ActorRef | None = None
    assoc_actor1: list[ActorRef] = field(default_factory=list)
    assoc_actor2: list[ActorRef] = field(default_factory=list)
    # buildings, vehicles, infrastructure struck, as the text names them (MUC's physical targets)
    physical_targets: list[PhysicalTarget] = field(default_factory=list)
    location: Place | None = None
    date: DateSpan | None = None
    fatalities: Count | None = None
    injured: Count | None = None
    displaced: Count | None = None
    abducted: Count | None = None
    arrested: Count | None = None
    modality: str = Modality.REPORTED
    negated: bool = False
    attributed_to: str | None = None
    weapon: str | None = None
    civilian_targeting: bool = False
    interaction: str | None = None
    evidence: Span | None = None
    extra_evidence: list[Span] = field(default_factory=list)
    confidence: float = 0.5
    # the article recalls the act as history: it dates it half a year or more before publication (see
    # ``pipeline.background``); kept in the record, left out of the merged events and of scoring
    recalled: bool = False
    sentence: int = -1
    # article offsets of doer mentions read only to type and place the act, left out of the record
    doers_aside: list[tuple[int | None, int | None]] = field(default_factory=list)


@dataclass(slots=True)
class Relation:
    type: str
    source: ActorRef
    target: ActorRef
    date: DateSpan | None = None
    evidence: Span | None = None
    modality: str = Modality.REPORTED
    confidence: float = 0.5


@dataclass(frozen=True, slots=True)
class Skip:
    """A record that was not (fully) processed, with the reason: a rejection is data."""

    article_id: str
    stage: str
    code: str
    message: str


@dataclass(slots=True)
class Document:
    """The article plus everything the stages found in it."""

    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    actors: list[ActorRef] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    dates: list[tuple[Span, DateSpan]] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    skips: list[Skip] = field(default_factory=list)
    dateline: Place | None = None
    # ISO3 → how often the article names the country or its demonym (the actor stage counts it,
    # the place stage ranks namesakes with it); transient, never serialised.
    country_mentions: dict[str, int] = field(default_factory=dict, repr=False)
    # ISO3 → how much the body (after the dateline) says the story happens there: countries named as
    # places (not as owners, "the U.S. embassy"), their provinces and towns; no demonyms, which say
    # who, not where (the place stage counts it, the event stage places with it the events the text
    # does not place); transient, never serialised.
    country_evidence: dict[str, int] = field(default_factory=dict, repr=False)
    # (start, end) of place names written only as the adjective of one of their parts ("the Caracas district of
    # Petare"): toponyms, but not where anything happened (the place stage finds them, the event stage leaves them
    # out); transient, never serialised.
    place_modifiers: set[tuple[int, int]] = field(default_factory=set, repr=False)
    # The spaCy Doc (or None); transient, never serialised.
    spacy: Any = field(default=None, repr=False, compare=False)


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def to_record(obj: Any) -> Any:
    """A JSON-ready dict of any model dataclass (dates as ISO strings)."""
    if obj is None:
        return None
    return _plain(asdict(obj))


def document_record(doc: Document) -> dict[str, Any]:
    """The public output record of one article (the shape ``tacitus extract`` prints)."""
    art = doc.article
    return {
        "article_id": art.id,
        "title": art.title,
        "source": art.source,
        "url": art.url,
        "published": art.published.isoformat() if art.published else None,
        "events": [event_record(e) for e in doc.events],
        "relations": [to_record(r) for r in doc.relations],
        "places": [to_record(p) for p in doc.places],
        "actors": [to_record(a) for a in doc.actors],
        "skips": [to_record(s) for s in doc.skips],
    }


def event_record(event: Event) -> dict[str, Any]:
    rec: dict[str, Any] = to_record(event)
    rec.pop("sentence", None)
    rec.pop("doers_aside", None)
    return rec
