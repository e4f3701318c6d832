"""Read queries shared by the CLI and the API."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from tacitus.errors import ConfigError
from tacitus.store import Store

FACTUAL_SQL = "('reported', 'claimed', 'hedged')"


def _open(db: str) -> Store:
    if not Path(db).exists():
        raise ConfigError(f"no database at {db}; run 'tacitus run PATH --db {db}' first", code="C001")
    return Store(db, read_only=True)


def event_rows(db: str, etype: str | None = None, country: str | None = None, actor: str | None = None,
               since: dt.date | None = None, until: dt.date | None = None, limit: int = 0) -> list[dict[str, Any]]:
    where: list[str] = ["1=1"]
    params: list[object] = []
    if etype:
        where.append("event_type = ?")
        params.append(etype)
    if country:
        where.append("country = ?")
        params.append(country.upper())
    if actor:
        where.append("(lower(actor1) LIKE ? OR lower(actor2) LIKE ? OR actor1_id = ? OR actor2_id = ?)")
        params += [f"%{actor.lower()}%", f"%{actor.lower()}%", actor, actor]
    if since:
        where.append("date_end >= ?")
        params.append(since)
    if until:
        where.append("coalesce(date_start, date_end) <= ?")
        params.append(until)
    sql = f"SELECT * FROM merged_events WHERE {' AND '.join(where)} ORDER BY date_end NULLS LAST, id"
    if limit:
        sql += f" LIMIT {int(limit)}"
    with _open(db) as store:
        return store.query(sql, params)


def relation_rows(db: str, actor: str | None = None, as_of: dt.date | None = None, all_modalities: bool = False) -> list[dict[str, Any]]:
    where: list[str] = ["1=1"]
    params: list[object] = []
    if not all_modalities:
        where.append(f"modality IN {FACTUAL_SQL}")
    if actor:
        where.append("(lower(source) LIKE ? OR lower(target) LIKE ? OR source_id = ? OR target_id = ?)")
        params += [f"%{actor.lower()}%", f"%{actor.lower()}%", actor, actor]
    if as_of:
        where.append("coalesce(date_start, date_end) <= ?")
        params.append(as_of)
    sql = f"SELECT * FROM relations WHERE {' AND '.join(where)} ORDER BY coalesce(date_start, date_end) NULLS LAST, id"
    with _open(db) as store:
        return store.query(sql, params)
