"""The read routes under ``/api``: parameters declared (and so documented), checked, answered.

Every route is a plain ``def`` (FastAPI runs it in a worker thread: DuckDB blocks) that takes
a cursor from the reader, calls one read function and returns JSON built with ``json.dumps``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Coroutine, Iterable
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.dependencies.models import Dependant
from fastapi.responses import Response
from fastapi.routing import APIRoute

from tacitus import export
from tacitus.actors.kb import KnowledgeBase
from tacitus.api import schemas
from tacitus.api.actors import (
    ACTOR_SORTS,
    ActorQuery,
    RelationQuery,
    actor_detail,
    actor_page,
    relation_page,
)
from tacitus.api.articles import article_detail
from tacitus.api.errors import ApiError, invalid
from tacitus.api.events import event_detail, event_page, event_stats, export_rows
from tacitus.api.filters import (
    DEFAULT_PAGE,
    MAX_PAGE,
    SORTS,
    EventFilter,
    parse_countries,
    parse_date,
    parse_event_filter,
    parse_sort,
    parse_text,
)
from tacitus.api.reader import StoreReader
from tacitus.api.schemas import ErrorBody


@dataclass
class ApiState:
    """What every request reads: the store, the knowledge base, country names, limits."""

    reader: StoreReader
    kb: KnowledgeBase
    countries: dict[str, tuple[str, str]]
    export_cap: int


def _default(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def json_response(data: Any, status: int = 200) -> Response:
    body = json.dumps(data, default=_default, ensure_ascii=False, separators=(",", ":"))
    return Response(body, status_code=status, media_type="application/json")


class StrictQueryRoute(APIRoute):
    """A route that answers 400 ``unknown_parameter`` to a query parameter it does not take,
    so that a typo (``?contry=NGA``) is an error rather than a silently unfiltered answer."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()
        allowed = frozenset(_query_names(self.dependant))
        path = self.path

        async def strict(request: Request) -> Response:
            for name in request.query_params:
                if name not in allowed:
                    takes = ", ".join(sorted(allowed)) or "no query parameters"
                    raise ApiError(400, "unknown_parameter", f"'{name}' is not a parameter of {path}; it takes: {takes}", name)
            return await handler(request)

        return strict


def _query_names(dependant: Dependant) -> Iterable[str]:
    for param in dependant.query_params:
        yield param.alias
    for sub in dependant.dependencies:
        yield from _query_names(sub)


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "An invalid or unknown parameter; `field` names it."},
    503: {"model": ErrorBody, "description": "The query ran past the time limit; narrow the filter."},
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": ErrorBody, "description": "No such id."}}

router = APIRouter(prefix="/api", route_class=StrictQueryRoute, responses=ERRORS)


def state(request: Request) -> ApiState:
    api: ApiState = request.app.state.api
    return api


StateDep = Annotated[ApiState, Depends(state)]


def event_filter(
    st: StateDep,
    type_: Annotated[str | None, Query(alias="type", description="Sub-event type codes, comma-separated (attack, armed_clash, …).")] = None,
    family: Annotated[str | None, Query(description="Event families, comma-separated (battles, violence_against_civilians, …).")] = None,
    country: Annotated[str | None, Query(description="ISO 3166 alpha-3 codes, comma-separated (NGA,MLI).")] = None,
    admin1: Annotated[str | None, Query(description="First-level region name, exactly as stored (Borno).")] = None,
    actor: Annotated[str | None, Query(description="Actor KB id (boko_haram), or part of an actor name, case-insensitive.")] = None,
    since: Annotated[str | None, Query(description="Events ending on or after this day (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, Query(description="Events starting on or before this day (YYYY-MM-DD).")] = None,
    bbox: Annotated[str | None, Query(description="minlon,minlat,maxlon,maxlat in degrees; minlon > maxlon crosses the antimeridian.")] = None,
    min_fatalities: Annotated[int | None, Query(ge=0, description="At least this many fatalities (best estimate).")] = None,
    q: Annotated[str | None, Query(description="Text to find in the evidence sentences of an event's reports (2–200 characters, case-insensitive).")] = None,
) -> EventFilter:
    return parse_event_filter(types=type_, families=family, countries=country, admin1=admin1, actor=actor, since=since,
                              until=until, bbox=bbox, min_fatalities=min_fatalities, q=q, known_countries=st.countries)


FilterDep = Annotated[EventFilter, Depends(event_filter)]
SortParam = Annotated[str, Query(description=f"One of {', '.join(SORTS)} (a leading '-' is descending).")]
CursorParam = Annotated[str | None, Query(description="next_cursor from the previous page, unchanged.")]
LimitParam = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Page size, at most {MAX_PAGE}.")]


# -- events ----------------------------------------------------------------------------------

@router.get("/events", response_model=schemas.EventPage, summary="Merged events, filtered, one page")
def list_events(st: StateDep, flt: FilterDep, sort: SortParam = "-date", limit: LimitParam = DEFAULT_PAGE,
                cursor: CursorParam = None) -> Response:
    with st.reader.cursor() as cur:
        return json_response(event_page(cur, flt, parse_sort(sort), limit, cursor))


def _export(st: ApiState, flt: EventFilter, sort: str, limit: int | None) -> tuple[list[dict[str, Any]], dict[str, str]]:
    cap = st.export_cap
    if limit is not None and not 1 <= limit <= cap:
        raise invalid("limit", f"limit must be between 1 and {cap}")
    with st.reader.cursor() as cur:
        found, total = export_rows(cur, flt, parse_sort(sort), limit or cap)
    headers = {"X-Tacitus-Total": str(total), "X-Tacitus-Truncated": "true" if total > len(found) else "false"}
    return found, headers


ExportLimit = Annotated[int | None, Query(ge=1, description="At most this many events (default and maximum: the server's export cap, 100000).")]
_CSV: dict[int | str, dict[str, Any]] = {200: {"content": {"text/csv": {}}, "description": "ACLED columns, one row per event."}}
_GEOJSON: dict[int | str, dict[str, Any]] = {200: {"content": {"application/geo+json": {}}, "description": "A FeatureCollection of located events."}}
_JSONL: dict[int | str, dict[str, Any]] = {200: {"content": {"application/x-ndjson": {}}, "description": "One merged event per line."}}


def _attachment(body: str, media: str, name: str, headers: dict[str, str]) -> Response:
    headers = dict(headers, **{"Content-Disposition": f'attachment; filename="{name}"'})
    return Response(body, media_type=media, headers=headers)


@router.get("/events.csv", response_class=Response, responses=_CSV, summary="The filtered events as ACLED-style CSV")
def export_csv(st: StateDep, flt: FilterDep, sort: SortParam = "-date", limit: ExportLimit = None) -> Response:
    found, headers = _export(st, flt, sort, limit)
    body = export.to_csv([export.acled_row(r, st.countries) for r in found], export.ACLED_COLUMNS)
    return _attachment(body, "text/csv; charset=utf-8", "tacitus-events.csv", headers)


@router.get("/events.geojson", response_class=Response, responses=_GEOJSON, summary="The filtered events as GeoJSON")
def export_geojson(st: StateDep, flt: FilterDep, sort: SortParam = "-date", limit: ExportLimit = None) -> Response:
    found, headers = _export(st, flt, sort, limit)
    return _attachment(export.to_geojson(found), "application/geo+json", "tacitus-events.geojson", headers)


@router.get("/events.jsonl", response_class=Response, responses=_JSONL, summary="The filtered events as JSON Lines")
def export_jsonl(st: StateDep, flt: FilterDep, sort: SortParam = "-date", limit: ExportLimit = None) -> Response:
    found, headers = _export(st, flt, sort, limit)
    return _attachment(export.to_jsonl(found), "application/x-ndjson", "tacitus-events.jsonl", headers)


@router.get("/events/{event_id}", response_model=schemas.EventDetail, responses=NOT_FOUND,
            summary="One event with every report, source article and evidence span")
def get_event(st: StateDep, event_id: Annotated[str, Path(description="A merged event id (from /api/events).")]) -> Response:
    with st.reader.cursor() as cur:
        return json_response(event_detail(cur, event_id))


@router.get("/stats", response_model=schemas.Stats, summary="Counts of the filtered events by type, country, week and map cell")
def stats(st: StateDep, flt: FilterDep,
          grid: Annotated[float, Query(ge=0.25, le=30, description="Map cell size in degrees: events are clustered by rounding.")] = 2.0) -> Response:
    with st.reader.cursor() as cur:
        out = event_stats(cur, flt, grid)
    out["store"] = st.reader.store_counts
    return json_response(out)


# -- actors, relations, articles ---------------------------------------------------------------

@router.get("/actors", response_model=schemas.ActorPage, summary="Actors of the knowledge base with their event counts")
def list_actors(
    st: StateDep,
    kind: Annotated[str | None, Query(description="Actor kind: state_forces, rebel, political_militia, identity_militia, external, person, …")] = None,
    country: Annotated[str | None, Query(description="ISO3 code of a country the actor is active in.")] = None,
    q: Annotated[str | None, Query(description="Part of a name or alias (2–200 characters, case-insensitive), or an exact id.")] = None,
    has_events: Annotated[bool, Query(description="Only actors with at least one event in the store.")] = False,
    sort: Annotated[str, Query(description=f"One of {', '.join(ACTOR_SORTS)}.")] = "-events",
    limit: LimitParam = DEFAULT_PAGE,
    cursor: CursorParam = None,
) -> Response:
    kinds = {str(e.kind) for e in st.kb.entries.values()}
    if kind is not None and kind not in kinds:
        raise invalid("kind", f"unknown kind '{kind}'; use one of: {', '.join(sorted(kinds))}")
    countries = parse_countries(country, st.countries)
    if len(countries) > 1:
        raise invalid("country", "give one country code")
    query = ActorQuery(kind=kind, country=countries[0] if countries else None, q=parse_text("q", q, min_len=2),
                       has_events=has_events, sort=sort)
    return json_response(actor_page(st.kb, st.reader.actor_event_counts, query, limit, cursor))


@router.get("/actors/{actor_id}", response_model=schemas.ActorDetail, responses=NOT_FOUND,
            summary="One actor: aliases, roles, relations and events per month")
def get_actor(st: StateDep, actor_id: Annotated[str, Path(description="A knowledge-base id (boko_haram).")]) -> Response:
    with st.reader.cursor() as cur:
        return json_response(actor_detail(cur, st.kb, st.reader.actor_event_counts, actor_id))


@router.get("/relations", response_model=schemas.RelationPage, summary="Relations between actors, in date order")
def list_relations(
    st: StateDep,
    actor: Annotated[str | None, Query(description="Actor KB id, or part of a name.")] = None,
    type_: Annotated[str | None, Query(alias="type", description="Relation types, comma-separated (pledged_allegiance, splinter_of, …); a type the store lacks is a 400 listing those it has.")] = None,
    as_of: Annotated[str | None, Query(description="The graph as it stood on this day: relations stated on or before it (YYYY-MM-DD).")] = None,
    all_modalities: Annotated[bool, Query(description="Also relations that were denied, negated or hypothetical.")] = False,
    limit: LimitParam = DEFAULT_PAGE,
    cursor: CursorParam = None,
) -> Response:
    types = tuple(t.strip() for t in (type_ or "").split(",") if t.strip())
    for t in types:
        if t not in st.reader.relation_types:
            known = ", ".join(st.reader.relation_types) or "none"
            raise invalid("type", f"no relation of type '{t}' in this store; it has: {known}")
    query = RelationQuery(actor=parse_text("actor", actor), types=types, as_of=parse_date("as_of", as_of),
                          all_modalities=all_modalities)
    with st.reader.cursor() as cur:
        return json_response(relation_page(cur, query, limit, cursor))


@router.get("/articles/{article_id}", response_model=schemas.Article, responses=NOT_FOUND,
            summary="An article's text with the spans that produced each event and relation")
def get_article(st: StateDep, article_id: Annotated[str, Path(description="An article id (16 hex characters).")]) -> Response:
    with st.reader.cursor() as cur:
        return json_response(article_detail(cur, article_id))
