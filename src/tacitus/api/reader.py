"""Read-only access to a tacitus store for the API.

The store file is attached READ_ONLY to an in-memory DuckDB database, so no statement the API
runs can write to it. At start the reader copies the ``merged_events`` view into an in-memory
table ``ev`` (one row per real event, sorted by day, with plain day columns and sort keys that
DuckDB can prune row groups with, and a lower-cased search text of every report's evidence): the view aggregates every report on each read, which costs
about a second on a million events, while filtering the copy takes milliseconds. Details
(reports, article texts, relations) are read from the attached store as asked.

Every request takes its own cursor (a connection to the same database instance, safe to use
from one thread) and a timer interrupts a query that runs past ``timeout_s``: the cost limit.

While a reader is open the store is locked read-only: ``tacitus run`` on the same file waits
for the server to stop, and the server serves the store as it was when it started.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from tacitus.api.errors import ApiError
from tacitus.errors import ConfigError, StoreError
from tacitus.store.schema import SCHEMA_VERSION

FACTUAL_SQL = "('reported', 'claimed', 'hedged')"

# Columns of ``ev`` that are ours, not the merged event's; never returned to clients.
PRIVATE_COLUMNS = ("day", "day_from", "fatal_key", "search", "a1", "a2")
EVENT_COLUMNS_SQL = f"* EXCLUDE ({', '.join(PRIVATE_COLUMNS)})"

_MERGED = f"""
CREATE TEMP TABLE merged AS
SELECT m.*, coalesce(s.search, lower(m.evidence), '') AS search
FROM store.merged_events m
LEFT JOIN (
    SELECT cluster_id, lower(string_agg(DISTINCT evidence, ' ¶ ')) AS search
    FROM store.events WHERE modality IN {FACTUAL_SQL} GROUP BY cluster_id
) s ON s.cluster_id = m.id
"""

# Every distinct actor name with a small integer key and the KB ids it appears with: the
# actor filter finds its names here, then compares integers over the big table.
_ACTOR_NAMES = """
CREATE TABLE actor_names AS
SELECT row_number() OVER (ORDER BY name)::INTEGER AS k, name, lower(name) AS lc,
       coalesce(list(DISTINCT actor_id) FILTER (WHERE actor_id IS NOT NULL), []) AS ids
FROM (SELECT actor1 AS name, actor1_id AS actor_id FROM merged UNION ALL SELECT actor2, actor2_id FROM merged)
WHERE name IS NOT NULL GROUP BY name
"""

_SNAPSHOT = """
CREATE TABLE ev AS
SELECT m.*,
       coalesce(m.date_end, m.date_start) AS day,
       coalesce(m.date_start, m.date_end) AS day_from,
       coalesce(m.fatalities, -1) AS fatal_key,
       n1.k AS a1, n2.k AS a2
FROM merged m
LEFT JOIN actor_names n1 ON n1.name = m.actor1
LEFT JOIN actor_names n2 ON n2.name = m.actor2
ORDER BY day NULLS FIRST, id
"""

_ACTOR_COUNTS = """
SELECT actor_id, count(*) AS n FROM (
    SELECT actor1_id AS actor_id FROM ev WHERE actor1_id IS NOT NULL
    UNION ALL
    SELECT actor2_id FROM ev WHERE actor2_id IS NOT NULL AND actor2_id IS DISTINCT FROM actor1_id
) GROUP BY actor_id
"""


def rows(cur: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    """Run ``sql`` and return its rows as dicts."""
    result = cur.execute(sql, list(params))
    cols = [c[0] for c in result.description or []]
    return [dict(zip(cols, row, strict=True)) for row in result.fetchall()]


def one(cur: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
    found = rows(cur, sql, params)
    return found[0] if found else None


def scalar(cur: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()) -> Any:
    row = cur.execute(sql, list(params)).fetchone()
    return row[0] if row else None


class StoreReader:
    """The store behind the API: opened once, read by many requests at once."""

    def __init__(self, db_path: Path | str, timeout_s: float = 10.0) -> None:
        self.path = Path(db_path)
        self.timeout_s = timeout_s
        if not self.path.is_file():
            raise ConfigError(f"no database at {self.path}; run 'tacitus run PATH --db {self.path}' first", code="C001")
        self._con = duckdb.connect(":memory:")
        # Fetch only the page's rows in full after sorting (DuckDB's default stops at 50 rows,
        # below our page sizes; GLOBAL so the per-request cursors inherit it).
        self._con.execute("SET GLOBAL late_materialization_max_rows = 1024")
        self._attach()
        for statement in (_MERGED, _ACTOR_NAMES, _SNAPSHOT, "DROP TABLE merged"):
            self._con.execute(statement)
        self.actor_event_counts: dict[str, int] = dict(self._con.execute(_ACTOR_COUNTS).fetchall())
        self.store_counts = self._store_counts()
        self.relation_types = sorted(t for (t,) in self._con.execute("SELECT DISTINCT type FROM store.relations").fetchall() if t)

    def _attach(self) -> None:
        quoted = str(self.path).replace("'", "''")
        try:
            self._con.execute(f"ATTACH '{quoted}' AS store (READ_ONLY)")
            version = scalar(self._con, "SELECT value FROM store.meta WHERE key = 'schema_version'")
        except duckdb.Error as exc:
            self._con.close()
            raise StoreError(f"cannot read {self.path} as a tacitus store: {exc}. Is it a file written by 'tacitus run'?", code="S004") from exc
        if version is None or int(version) != SCHEMA_VERSION:
            self._con.close()
            raise StoreError(f"{self.path} has schema version {version}, this tacitus reads {SCHEMA_VERSION}. Re-run 'tacitus run' into a new --db file.", code="S002")

    def _store_counts(self) -> dict[str, int]:
        sql = {
            "articles": "SELECT count(*) FROM store.articles",
            "sources": "SELECT count(*) FROM store.article_sources",
            "duplicates": "SELECT count(*) FROM store.article_sources WHERE relation <> 'original'",
            "skipped": "SELECT count(*) FROM store.skips",
            "event_reports": "SELECT count(*) FROM store.events",
            "events": "SELECT count(*) FROM ev",
            "relations": "SELECT count(*) FROM store.relations",
        }
        return {name: int(scalar(self._con, q) or 0) for name, q in sql.items()}

    @contextmanager
    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection for one request; a query running past ``timeout_s`` is interrupted."""
        cur = self._con.cursor()
        timer = threading.Timer(self.timeout_s, cur.interrupt)
        timer.daemon = True
        timer.start()
        try:
            yield cur
        except duckdb.InterruptException as exc:
            raise ApiError(503, "query_timeout", f"the query ran longer than {self.timeout_s:g}s and was stopped; narrow the filter") from exc
        finally:
            timer.cancel()
            cur.close()

    def close(self) -> None:
        self._con.close()
