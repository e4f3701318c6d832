"""Actor and relation reads: the knowledge base joined with what the store says about it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import duckdb

from tacitus.actors.kb import ActorEntry, KnowledgeBase
from tacitus.api.errors import invalid, not_found
from tacitus.api.filters import decode_cursor, encode_cursor
from tacitus.api.reader import FACTUAL_SQL, rows

ACTOR_SORTS = ("-events", "name")


def actor_summary(entry: ActorEntry, n_events: int) -> dict[str, Any]:
    return {
        "actor_id": entry.id,
        "name": entry.name,
        "kind": str(entry.kind),
        "countries": list(entry.countries),
        "active": list(entry.active),
        "events": n_events,
    }


@dataclass(frozen=True)
class ActorQuery:
    kind: str | None = None
    country: str | None = None
    q: str | None = None
    has_events: bool = False
    sort: str = "-events"


def _matches(entry: ActorEntry, query: ActorQuery, counts: dict[str, int]) -> bool:
    if query.kind and entry.kind != query.kind:
        return False
    if query.country and query.country not in entry.countries:
        return False
    if query.has_events and not counts.get(entry.id):
        return False
    if query.q:
        needle = query.q.lower()
        return entry.id == query.q or any(needle in name.lower() for name in entry.names())
    return True


def actor_page(kb: KnowledgeBase, counts: dict[str, int], query: ActorQuery, limit: int,
               cursor: str | None) -> dict[str, Any]:
    """Knowledge-base actors with their event counts; the cursor is the position in the order."""
    if query.sort not in ACTOR_SORTS:
        raise invalid("sort", f"unknown sort '{query.sort}'; use one of: {', '.join(ACTOR_SORTS)}")
    found = [e for e in kb.entries.values() if _matches(e, query, counts)]
    if query.sort == "name":
        found.sort(key=lambda e: (e.name.lower(), e.id))
    else:
        found.sort(key=lambda e: (-counts.get(e.id, 0), e.name.lower(), e.id))
    start = 0
    if cursor:
        key, _ = decode_cursor(cursor, f"actors{query.sort}")
        if not isinstance(key, int) or key < 0:
            raise invalid("cursor", "this cursor was not made by this API; pass back next_cursor unchanged")
        start = key
    page = found[start:start + limit]
    more = start + limit < len(found)
    return {
        "actors": [actor_summary(e, counts.get(e.id, 0)) for e in page],
        "total": len(found),
        "next_cursor": encode_cursor(f"actors{query.sort}", start + limit, page[-1].id) if more and page else None,
        "limit": limit,
    }


def actor_detail(cur: duckdb.DuckDBPyConnection, kb: KnowledgeBase, counts: dict[str, int], actor_id: str) -> dict[str, Any]:
    """One actor: names, roles (held, and held by others in it), relations, events per month."""
    entry = kb.get(actor_id)
    if entry is None:
        raise not_found("actor", actor_id)
    out = actor_summary(entry, counts.get(entry.id, 0))
    out.update({
        "aliases": list(entry.aliases),
        "translations": list(entry.translations),
        "parent": entry.parent,
        "predecessor": entry.predecessor,
        "notes": entry.notes,
        "roles": [_role(r.org, kb, r) for r in entry.roles],
        "members": [dict(_role(r.org, kb, r), actor_id=p.id, name=p.name)
                    for p in kb.entries.values() for r in p.roles if r.org == entry.id],
        "relations": rows(cur, f"SELECT {_RELATION_COLUMNS} FROM store.relations WHERE source_id = ? OR target_id = ? "
                               "ORDER BY coalesce(date_start, date_end) NULLS LAST, id", [actor_id, actor_id]),
        "events_by_month": rows(cur, "SELECT strftime(day, '%Y-%m') AS month, count(*) AS n, "
                                     "coalesce(sum(fatalities), 0) AS fatalities FROM ev "
                                     "WHERE (actor1_id = ? OR actor2_id = ?) AND day IS NOT NULL GROUP BY 1 ORDER BY 1",
                                [actor_id, actor_id]),
    })
    return out


def _role(org: str, kb: KnowledgeBase, role: Any) -> dict[str, Any]:
    org_entry = kb.get(org)
    return {"org": org, "org_name": org_entry.name if org_entry else org, "role": role.role,
            "start": role.start, "end": role.end, "titles": list(role.titles)}


_RELATION_COLUMNS = ("id, article_id, type, source, source_id, source_kind, target, target_id, target_kind, "
                     "date_start, date_end, date_precision, modality, evidence_start, evidence_end, evidence, confidence")


@dataclass(frozen=True)
class RelationQuery:
    actor: str | None = None
    types: tuple[str, ...] = ()
    as_of: dt.date | None = None
    all_modalities: bool = False


def relation_page(cur: duckdb.DuckDBPyConnection, query: RelationQuery, limit: int, cursor: str | None) -> dict[str, Any]:
    """Relations in date order (the graph as of ``as_of``: those stated by that day)."""
    where = ["TRUE"]
    params: list[Any] = []
    if not query.all_modalities:
        where.append(f"modality IN {FACTUAL_SQL}")
    if query.actor:
        where.append("(source_id = ? OR target_id = ? OR contains(lower(source), ?) OR contains(lower(target), ?))")
        params += [query.actor, query.actor, query.actor.lower(), query.actor.lower()]
    if query.types:
        where.append(f"type IN ({', '.join('?' * len(query.types))})")
        params += list(query.types)
    if query.as_of:
        where.append("coalesce(date_start, date_end) <= ?")
        params.append(query.as_of)
    order = "coalesce(date_start, date_end, DATE '9999-12-31')"
    if cursor:
        key, last_id = decode_cursor(cursor, "relations")
        try:
            day = dt.date.fromisoformat(key)
        except (TypeError, ValueError):
            raise invalid("cursor", "this cursor was not made by this API; pass back next_cursor unchanged") from None
        where.append(f"({order} > ? OR ({order} = ? AND id > ?))")
        params += [day, day, last_id]
    found = rows(cur, f"SELECT {_RELATION_COLUMNS}, {order} AS _key FROM store.relations WHERE {' AND '.join(where)} "
                      f"ORDER BY {order}, id LIMIT {limit + 1}", params)
    page, rest = found[:limit], found[limit:]
    next_cursor = encode_cursor("relations", page[-1]["_key"].isoformat(), page[-1]["id"]) if rest else None
    for r in page:
        r.pop("_key")
    return {"relations": page, "next_cursor": next_cursor, "limit": limit}

