"""Response shapes, for the OpenAPI document and for the tests that check responses against it.

Routes build plain dicts and return them without a validation pass (it would cost more than
the query on a large page); ``tests/api`` validates every route's response with these models,
so the document cannot drift from what the API sends.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ErrorDetail(_Model):
    code: str
    message: str
    field: str | None


class ErrorBody(_Model):
    error: ErrorDetail


class Event(_Model):
    """One real-world event: the reports of it in every article, merged (see docs/data-model.md)."""

    id: str
    event_type: str
    event_family: str
    actor1: str | None
    actor1_id: str | None
    actor1_kind: str | None
    actor2: str | None
    actor2_id: str | None
    actor2_kind: str | None
    assoc_actor1: str | None = None
    assoc_actor2: str | None = None
    country: str | None
    admin1: str | None
    admin2: str | None
    location: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    geo_precision: int | None
    date_start: dt.date | None
    date_end: dt.date | None
    date_precision: str | None
    fatalities_low: int | None
    fatalities: int | None
    fatalities_high: int | None
    injured: int | None
    displaced: int | None
    abducted: int | None
    arrested: int | None
    civilian_targeting: bool | None
    interaction: str | None
    modality: str | None
    confidence: float | None
    n_articles: int
    sources: list[str | None]
    article_ids: list[str]
    evidence: str | None


class EventPage(_Model):
    events: list[Event]
    next_cursor: str | None
    limit: int


class Span(_Model):
    start: int
    end: int
    text: str | None
    kind: str


class ArticleSpan(Span):
    report_id: str


class Report(_Model):
    """One article's report of the event, with its full output record."""

    id: str
    article_id: str
    event_type: str
    modality: str | None
    confidence: float | None
    spans: list[Span]
    record: dict[str, Any]


class ArticleSource(_Model):
    origin: str | None
    source: str | None
    url: str | None
    title: str | None
    published: dt.date | None
    relation: str | None
    similarity: float | None


class _ArticleBase(_Model):
    """What every article view carries: the article, its text and every source it came from."""

    id: str
    title: str | None
    url: str | None
    source: str | None
    published: dt.date | None
    language: str | None
    text: str
    sources: list[ArticleSource]


class EventArticle(_ArticleBase):
    spans: list[ArticleSpan]


class EventDetail(Event):
    reports: list[Report]
    articles: list[EventArticle]


class Totals(_Model):
    events: int
    fatalities: int
    first_day: dt.date | None
    last_day: dt.date | None


class TypeCount(_Model):
    event_type: str
    event_family: str
    n: int
    fatalities: int


class CountryCount(_Model):
    country: str
    n: int
    fatalities: int


class Admin1Count(_Model):
    country: str | None
    admin1: str
    n: int
    fatalities: int


class WeekCount(_Model):
    week: dt.date
    event_family: str
    n: int
    fatalities: int


class MapCell(_Model):
    """Events whose point rounds to the same grid cell; ``event_id`` is set when there is one."""

    lat: float
    lon: float
    n: int
    fatalities: int
    event_family: str
    event_type: str
    event_id: str | None


class StoreCounts(_Model):
    articles: int
    sources: int
    duplicates: int
    skipped: int
    event_reports: int
    events: int
    relations: int


class Stats(_Model):
    store: StoreCounts
    total: Totals
    by_type: list[TypeCount]
    by_country: list[CountryCount]
    by_admin1: list[Admin1Count]
    by_week: list[WeekCount]
    grid: float
    cells: list[MapCell]
    cells_truncated: bool


class ActorSummary(_Model):
    actor_id: str
    name: str
    kind: str
    countries: list[str]
    active: list[int | None]
    events: int


class ActorPage(_Model):
    actors: list[ActorSummary]
    total: int
    next_cursor: str | None
    limit: int


class Role(_Model):
    org: str
    org_name: str
    role: str
    start: dt.date | None
    end: dt.date | None
    titles: list[str]


class Member(Role):
    actor_id: str
    name: str


class Relation(_Model):
    id: str
    article_id: str
    type: str
    source: str
    source_id: str | None
    source_kind: str | None
    target: str
    target_id: str | None
    target_kind: str | None
    date_start: dt.date | None
    date_end: dt.date | None
    date_precision: str | None
    modality: str | None
    evidence_start: int | None
    evidence_end: int | None
    evidence: str | None
    confidence: float | None


class MonthCount(_Model):
    month: str
    n: int
    fatalities: int


class ActorDetail(ActorSummary):
    aliases: list[str]
    translations: list[str]
    parent: str | None
    predecessor: str | None
    notes: str
    roles: list[Role]
    members: list[Member]
    relations: list[Relation]
    events_by_month: list[MonthCount]


class RelationPage(_Model):
    relations: list[Relation]
    next_cursor: str | None
    limit: int


class ArticleEvent(_Model):
    """An event report found in the article; ``cluster_id`` is its merged event's id when
    ``merged`` (reports under a modality such as "denied" are kept but not merged)."""

    id: str
    cluster_id: str | None
    event_type: str
    event_family: str
    modality: str | None
    actor1: str | None
    actor2: str | None
    location: str | None
    date_end: dt.date | None
    fatalities: int | None
    start: int | None
    end: int | None
    text: str | None
    merged: bool


class ArticleRelation(_Model):
    id: str
    type: str
    source: str
    target: str
    modality: str | None
    start: int | None
    end: int | None
    text: str | None


class Article(_ArticleBase):
    origin: str | None
    events: list[ArticleEvent]
    relations: list[ArticleRelation]
