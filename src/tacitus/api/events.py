"""Event reads: a filtered page, one event with its reports and articles, aggregates, exports.

Functions take a cursor from :class:`tacitus.api.reader.StoreReader` and return plain data
(dicts and lists); the routes turn them into responses.
"""

from __future__ import annotations

import json
from typing import Any

import duckdb

from tacitus.api.errors import not_found
from tacitus.api.filters import EventFilter, Sort, cursor_key_param, decode_cursor, encode_cursor
from tacitus.api.reader import EVENT_COLUMNS_SQL, rows, scalar

MAX_CELLS = 5000  # map cells per response: the densest ones are kept


def event_page(cur: duckdb.DuckDBPyConnection, flt: EventFilter, sort: Sort, limit: int,
               cursor: str | None = None) -> dict[str, Any]:
    """One page of merged events in ``sort`` order, and the cursor of the next page (or None)."""
    where, params = flt.resolve_actor(cur).where()
    if cursor:
        key, last_id = decode_cursor(cursor, sort.name)
        cond, more = sort.after(cursor_key_param(sort, key), last_id)
        where, params = f"{where} AND {cond}", params + more
    found = rows(cur, f"SELECT {EVENT_COLUMNS_SQL} FROM ev WHERE {where} ORDER BY {sort.order_by()} LIMIT {limit + 1}", params)
    page, rest = found[:limit], found[limit:]
    next_cursor = encode_cursor(sort.name, sort.key_of(page[-1]), page[-1]["id"]) if rest else None
    return {"events": page, "next_cursor": next_cursor, "limit": limit}


def export_rows(cur: duckdb.DuckDBPyConnection, flt: EventFilter, sort: Sort, limit: int) -> tuple[list[dict[str, Any]], int]:
    """Up to ``limit`` events for an export, and how many the filter matches in all."""
    where, params = flt.resolve_actor(cur).where()
    total = int(scalar(cur, f"SELECT count(*) FROM ev WHERE {where}", params) or 0)
    found = rows(cur, f"SELECT {EVENT_COLUMNS_SQL} FROM ev WHERE {where} ORDER BY {sort.order_by()} LIMIT {limit}", params)
    return found, total


def _spans(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The evidence span and any extra ones of a report record, without repeats."""
    seen: set[tuple[int, int]] = set()
    out = []
    for kind, span in [("evidence", record.get("evidence"))] + [("extra", s) for s in record.get("extra_evidence") or []]:
        if not span or span.get("start") is None or (span["start"], span["end"]) in seen:
            continue
        seen.add((span["start"], span["end"]))
        out.append({"start": span["start"], "end": span["end"], "text": span.get("text"), "kind": kind})
    return out


def event_detail(cur: duckdb.DuckDBPyConnection, event_id: str) -> dict[str, Any]:
    """A merged event with every report of it and every source article, spans marked."""
    found = rows(cur, f"SELECT {EVENT_COLUMNS_SQL} FROM ev WHERE id = ?", [event_id])
    if not found:
        raise not_found("event", event_id)
    event = found[0]
    reports = rows(cur, "SELECT id, article_id, event_type, modality, confidence, record FROM store.events "
                        "WHERE cluster_id = ? ORDER BY article_id, evidence_start", [event_id])
    for report in reports:
        record = json.loads(report.pop("record") or "{}")
        report["spans"] = _spans(record)
        report["record"] = record
    event["reports"] = reports
    event["articles"] = _articles_of(cur, reports)
    return event


def _articles_of(cur: duckdb.DuckDBPyConnection, reports: list[dict[str, Any]]) -> list[dict[str, Any]]:
    ids = sorted({r["article_id"] for r in reports})
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    articles = rows(cur, f"SELECT id, title, url, source, published, language, text FROM store.articles "
                         f"WHERE id IN ({marks}) ORDER BY published NULLS LAST, id", ids)
    copies = rows(cur, f"SELECT article_id, origin, source, url, title, published, relation, similarity "
                       f"FROM store.article_sources WHERE article_id IN ({marks}) ORDER BY relation <> 'original', origin", ids)
    for art in articles:
        art["sources"] = [{k: v for k, v in c.items() if k != "article_id"} for c in copies if c["article_id"] == art["id"]]
        spans = [dict(s, report_id=r["id"]) for r in reports if r["article_id"] == art["id"] for s in r["spans"]]
        art["spans"] = sorted(spans, key=lambda s: (s["start"], s["end"]))
    return articles


def event_stats(cur: duckdb.DuckDBPyConnection, flt: EventFilter, grid: float) -> dict[str, Any]:
    """Aggregates of the filtered events: totals, by type, country, admin1, week, and map cells."""
    where, params = flt.resolve_actor(cur).where()
    base = f"FROM ev WHERE {where}"
    totals = rows(cur, f"SELECT count(*) AS events, coalesce(sum(fatalities), 0) AS fatalities, "
                       f"min(day) AS first_day, max(day) AS last_day {base}", params)[0]
    cells = rows(cur, f"""
        SELECT round(lat / ?) * ? AS lat, round(lon / ?) * ? AS lon, count(*) AS n,
               coalesce(sum(fatalities), 0) AS fatalities, mode(event_family) AS event_family,
               mode(event_type) AS event_type, CASE WHEN count(*) = 1 THEN any_value(id) END AS event_id
        {base} AND lat IS NOT NULL AND lon IS NOT NULL
        GROUP BY ALL ORDER BY n DESC, lat, lon LIMIT {MAX_CELLS + 1}""", [grid, grid, grid, grid, *params])
    return {
        "total": totals,
        "by_type": rows(cur, f"SELECT event_type, event_family, count(*) AS n, coalesce(sum(fatalities), 0) AS fatalities "
                             f"{base} GROUP BY ALL ORDER BY n DESC, event_type", params),
        "by_country": rows(cur, f"SELECT country, count(*) AS n, coalesce(sum(fatalities), 0) AS fatalities "
                                f"{base} AND country IS NOT NULL GROUP BY ALL ORDER BY n DESC, country", params),
        "by_admin1": rows(cur, f"SELECT country, admin1, count(*) AS n, coalesce(sum(fatalities), 0) AS fatalities "
                               f"{base} AND admin1 IS NOT NULL GROUP BY ALL ORDER BY n DESC, country, admin1 LIMIT 200", params),
        "by_week": rows(cur, f"SELECT date_trunc('week', day)::DATE AS week, event_family, count(*) AS n, "
                             f"coalesce(sum(fatalities), 0) AS fatalities {base} AND day IS NOT NULL "
                             f"GROUP BY ALL ORDER BY week, event_family", params),
        "grid": grid,
        "cells": cells[:MAX_CELLS],
        "cells_truncated": len(cells) > MAX_CELLS,
    }
