"""The DuckDB store: idempotent writes per batch, and the queries the CLI and API share.

Re-running on the same input adds nothing: an article's id is the hash of its cleaned text,
its sources are keyed by where they came from, and an event's id derives from the article id
and sentence. Writes of one batch happen in one transaction; a crash loses at most that batch.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import duckdb
import numpy as np

from tacitus.errors import StoreError
from tacitus.model import Article, Count, Document, Event, Relation, Skip, event_record
from tacitus.store.schema import DDL, MERGED_VIEW, SCHEMA_VERSION

_COUNTS = ("fatalities", "injured")


def _c(count: Count | None, part: str) -> int | None:
    return getattr(count, part) if count is not None else None


class Store:
    def __init__(self, path: Path | str, read_only: bool = False) -> None:
        self.path = str(path)
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except (duckdb.IOException, duckdb.Error) as exc:
            raise StoreError(f"cannot open the database {self.path}: {exc}. Is another tacitus process writing to it?", code="S001") from exc
        if not read_only:
            self._migrate()

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _migrate(self) -> None:
        for stmt in DDL:
            self.con.execute(stmt)
        self.con.execute(MERGED_VIEW)
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is None:
            self.con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        elif int(row[0]) != SCHEMA_VERSION:
            raise StoreError(f"{self.path} has schema version {row[0]}, this tacitus writes {SCHEMA_VERSION}. Use a new --db file.", code="S002")

    # -- articles and duplicates ----------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        return self.con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is not None

    def signatures(self) -> Iterator[tuple[str, np.ndarray]]:
        for aid, blob in self.con.execute("SELECT article_id, sig FROM signatures").fetchall():
            yield aid, np.frombuffer(blob, dtype=np.uint64)

    def add_source(self, article_id: str, art: Article, relation: str, similarity: float = 1.0) -> bool:
        """Record that ``art`` (from its origin) is a copy of stored article ``article_id``; False if known."""
        exists = self.con.execute("SELECT 1 FROM article_sources WHERE article_id = ? AND origin = ?", [article_id, art.origin]).fetchone()
        if exists:
            return False
        self.con.execute(
            "INSERT INTO article_sources VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [article_id, art.origin, art.source, art.url, art.title, art.published, relation, similarity],
        )
        return True

    def write_batch(self, docs: Iterable[Document], signatures: dict[str, np.ndarray], run_id: str) -> None:
        """Articles, their events, relations and skips, in one transaction; one bulk statement per
        table (row-by-row statements would dominate the run time)."""
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        docs = list(docs)
        ids = [d.article.id for d in docs]
        articles = [[a.id, a.title, a.url, a.source, a.published, a.language, a.text, a.origin, now, run_id] for a in (d.article for d in docs)]
        sources = [[a.id, a.origin, a.source, a.url, a.title, a.published, "original", 1.0] for a in (d.article for d in docs)]
        sigs = [[i, signatures[i].tobytes()] for i in ids if i in signatures]
        events = [self._event_row(d.article.id, ev) for d in docs for ev in d.events]
        relations = [self._relation_row(d.article.id, n, rel) for d in docs for n, rel in enumerate(d.relations)]
        skips = [[s.article_id, s.stage, s.code, s.message, run_id, now] for d in docs for s in d.skips]
        try:
            self.con.execute("BEGIN TRANSACTION")
            if ids:
                marks = ", ".join("?" * len(ids))
                self.con.execute(f"DELETE FROM events WHERE article_id IN ({marks})", ids)
                self.con.execute(f"DELETE FROM relations WHERE article_id IN ({marks})", ids)
            for table, rows in (("articles", articles), ("article_sources", sources), ("signatures", sigs),
                                ("events", events), ("relations", relations), ("skips", skips)):
                self._bulk_insert(table, rows)
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self.con.execute("ROLLBACK")
            raise StoreError(f"writing a batch to {self.path} failed: {exc}", code="S003") from exc

    def _bulk_insert(self, table: str, rows: list[list[Any]]) -> None:
        """Insert (or replace) many rows in one statement: each column goes in as one list and
        is unnested in SQL. DuckDB's ``executemany`` costs milliseconds per row; this, microseconds."""
        if not rows:
            return
        columns = [list(col) for col in zip(*rows, strict=True)]
        select = ", ".join(f"unnest(${i + 1})" for i in range(len(columns)))
        self.con.execute(f"INSERT OR REPLACE INTO {table} SELECT {select}", columns)

    def add_skip(self, skip: Skip, run_id: str) -> None:
        self.con.execute(
            "INSERT OR REPLACE INTO skips VALUES (?, ?, ?, ?, ?, ?)",
            [skip.article_id, skip.stage, skip.code, skip.message, run_id, dt.datetime.now(dt.UTC).replace(tzinfo=None)],
        )

    @staticmethod
    def _event_row(article_id: str, ev: Event) -> list[Any]:
        a1, a2, loc, d = ev.actor1, ev.actor2, ev.location, ev.date
        return [
            ev.id, article_id, ev.id, ev.event_type, ev.event_family,
            a1.name if a1 else None, a1.actor_id if a1 else None, a1.kind if a1 else None, a1.text if a1 else None,
            a2.name if a2 else None, a2.actor_id if a2 else None, a2.kind if a2 else None, a2.text if a2 else None,
            loc.country if loc else None, loc.admin1 if loc else None, loc.admin2 if loc else None, loc.name if loc else None,
            loc.lat if loc else None, loc.lon if loc else None, loc.geonameid if loc else None, loc.precision if loc else None,
            d.start if d else None, d.end if d else None, d.precision if d else None, d.basis if d else None,
            _c(ev.fatalities, "low"), _c(ev.fatalities, "best"), _c(ev.fatalities, "high"),
            _c(ev.injured, "low"), _c(ev.injured, "best"), _c(ev.injured, "high"),
            _c(ev.displaced, "best"), _c(ev.abducted, "best"), _c(ev.arrested, "best"),
            ev.modality, ev.negated, ev.weapon, ev.civilian_targeting, ev.interaction,
            ev.evidence.start if ev.evidence else None, ev.evidence.end if ev.evidence else None,
            ev.evidence.text if ev.evidence else None, ev.confidence, json.dumps(event_record(ev)),
        ]

    @staticmethod
    def _relation_row(article_id: str, n: int, rel: Relation) -> list[Any]:
        d = rel.date
        rid = f"{article_id}:{n}"
        return [
            rid, article_id, rel.type, rel.source.name, rel.source.actor_id, rel.source.kind, rel.target.name, rel.target.actor_id,
            rel.target.kind, d.start if d else None, d.end if d else None, d.precision if d else None, rel.modality,
            rel.evidence.start if rel.evidence else None, rel.evidence.end if rel.evidence else None,
            rel.evidence.text if rel.evidence else None, rel.confidence,
        ]

    def record_run(self, run_id: str, started: dt.datetime, inputs: str, counts: dict[str, int]) -> None:
        self.con.execute(
            "INSERT OR REPLACE INTO runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [run_id, started, dt.datetime.now(dt.UTC).replace(tzinfo=None), inputs, counts.get("articles", 0), counts.get("new", 0),
             counts.get("duplicates", 0), counts.get("skipped", 0), counts.get("events", 0), counts.get("relations", 0)],
        )

    # -- queries --------------------------------------------------------------------------
    def query(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, params or [])
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]

    def _one(self, sql: str) -> Any:
        row = self.con.execute(sql).fetchone()
        return row[0] if row else None

    def stats(self) -> dict[str, Any]:
        one = self._one
        return {
            "articles": one("SELECT count(*) FROM articles"),
            "sources": one("SELECT count(*) FROM article_sources"),
            "duplicates": one("SELECT count(*) FROM article_sources WHERE relation <> 'original'"),
            "skipped": one("SELECT count(*) FROM skips"),
            "event_reports": one("SELECT count(*) FROM events"),
            "events": one("SELECT count(*) FROM merged_events"),
            "relations": one("SELECT count(*) FROM relations"),
            "skips_by_code": self.query("SELECT code, count(*) AS n FROM skips GROUP BY code ORDER BY n DESC"),
            "events_by_type": self.query("SELECT event_type, count(*) AS n FROM merged_events GROUP BY 1 ORDER BY n DESC"),
            "events_by_country": self.query("SELECT coalesce(country, '?') AS country, count(*) AS n FROM merged_events GROUP BY 1 ORDER BY n DESC LIMIT 15"),
            "top_actors": self.query(
                "SELECT actor, count(*) AS n FROM (SELECT actor1 AS actor FROM merged_events WHERE actor1_id IS NOT NULL "
                "UNION ALL SELECT actor2 FROM merged_events WHERE actor2_id IS NOT NULL) GROUP BY actor ORDER BY n DESC LIMIT 10"),
            "relations_by_type": self.query("SELECT type, count(*) AS n FROM relations WHERE modality IN ('reported','claimed','hedged') GROUP BY 1 ORDER BY n DESC"),
        }
