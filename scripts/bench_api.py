"""Latency of /api/events with filters on a store of 1,000,000 synthetic events (not a test).

Builds the store directly with DuckDB SQL (seconds, no NLP), serves it with uvicorn on a free
loopback port, and times sequential requests of a mix of filters with httpx; prints p50/p95
per query and over the mix, and the time the server takes to open the store.

    python scripts/bench_api.py [--events 1000000] [--repeat 40] [--db /tmp/bench.duckdb] [--json out.json]

The target (issue 7) is p95 <= 50 ms for /api/events with filters.
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

TYPES = [("armed_clash", "battles"), ("attack", "violence_against_civilians"), ("air_drone_strike", "explosions_remote_violence"),
         ("shelling_artillery_missile", "explosions_remote_violence"), ("remote_explosive", "explosions_remote_violence"),
         ("abduction", "violence_against_civilians"), ("peaceful_protest", "protests"), ("violent_demonstration", "riots"),
         ("arrest", "strategic_developments"), ("suicide_bomb", "explosions_remote_violence")]
COUNTRIES = ["NGA", "MLI", "BFA", "NER", "SOM", "SDN", "COD", "SYR", "IRQ", "YEM", "AFG", "UKR", "MMR", "COL", "MEX", "CMR",
             "ETH", "LBY", "MOZ", "PAK"]


def build_store(db: Path, n_events: int) -> None:
    """``n_events`` events (each its own real event) over ``n_events // 4`` articles, via SQL."""
    from tacitus.store import Store

    if db.exists():
        db.unlink()
    n_articles = max(n_events // 4, 1)
    types = ", ".join(f"'{t}'" for t, _ in TYPES)
    families = ", ".join(f"'{f}'" for _, f in TYPES)
    countries = ", ".join(f"'{c}'" for c in COUNTRIES)
    with Store(db) as store:
        con = store.con
        con.execute(f"""
            INSERT INTO articles
            SELECT printf('%016x', i), 'Synthetic report ' || i, 'https://bench.example/' || i, 'Outlet ' || (i % 60),
                   DATE '2010-01-01' + CAST(i % 5400 AS INTEGER), 'en',
                   'Synthetic article ' || i || '. Gunmen attacked the village of Town ' || (i % 7919) ||
                   ' and killed several people, officials said. Residents fled to the district capital.',
                   'bench', now()::TIMESTAMP, 'bench'
            FROM range({n_articles}) t(i)""")
        con.execute("""
            INSERT INTO article_sources
            SELECT id, 'bench/' || id, source, url, title, published, 'original', 1.0 FROM articles""")
        con.execute(f"""
            INSERT INTO events
            SELECT id, printf('%016x', i % {n_articles}), id,
                   ([{types}])[1 + i % {len(TYPES)}], ([{families}])[1 + i % {len(TYPES)}],
                   'Group ' || (i % 1500), 'group_' || (i % 1500), 'rebel', 'Group ' || (i % 1500),
                   CASE WHEN i % 3 = 0 THEN 'Civilians' ELSE 'Group ' || ((i * 7) % 1500) END,
                   CASE WHEN i % 3 = 0 THEN NULL ELSE 'group_' || ((i * 7) % 1500) END,
                   CASE WHEN i % 3 = 0 THEN 'civilians' ELSE 'rebel' END, NULL,
                   country, 'Region ' || (i % 37), 'District ' || (i % 401), 'Town ' || (i % 7919),
                   lat, lon, 1000000 + i % 7919, 1 + i % 3,
                   day, day, 'day', 'explicit',
                   f, f, f, NULL, NULL, NULL, NULL, NULL, NULL,
                   'reported', false, NULL, i % 3 = 0, NULL, 0, 120,
                   'Gunmen attacked the village of Town ' || (i % 7919) || ' in ' || country || ', killing ' || coalesce(f, 0) ||
                   ' people, witnesses said.', 0.5 + (i % 50) / 100.0,
                   json_object('id', id, 'evidence', json_object('start', 0, 'end', 120, 'text', 'synthetic'))
            FROM (
                SELECT i, printf('%016x', i * 2654435761 % 18446744073709551557) AS id,
                       ([{countries}])[1 + (hash(i) % {len(COUNTRIES)})::INTEGER] AS country,
                       -35 + (hash(i + 1) % 9000) / 100.0 AS lat, -20 + (hash(i + 2) % 14000) / 100.0 AS lon,
                       DATE '2010-01-01' + CAST(hash(i + 3) % 5400 AS INTEGER) AS day,
                       CASE WHEN i % 4 = 0 THEN NULL ELSE CAST(pow(hash(i + 4) % 1000 / 1000.0, 4) * 300 AS INTEGER) END AS f
                FROM range({n_events}) t(i))""")


QUERIES: list[tuple[str, dict[str, Any]]] = [
    ("no filter (newest first)", {}),
    ("type", {"type": "attack"}),
    ("family", {"family": "explosions_remote_violence"}),
    ("country", {"country": "NGA"}),
    ("country + type + one year", {"country": "MLI", "type": "armed_clash", "since": "2016-01-01", "until": "2016-12-31"}),
    ("date range (a month)", {"since": "2018-03-01", "until": "2018-03-31"}),
    ("bbox (Lake Chad)", {"bbox": "10,9,16,15"}),
    ("min_fatalities 100", {"min_fatalities": 100}),
    ("actor id", {"actor": "group_42"}),
    ("actor name part", {"actor": "group 42"}),
    ("admin1", {"admin1": "Region 7"}),
    ("text search", {"q": "town 4242"}),
    ("sort by fatalities, country", {"sort": "-fatalities", "country": "SYR"}),
    ("page size 500, type", {"type": "abduction", "limit": 500}),
    ("everything at once", {"country": "NGA,NER", "family": "violence_against_civilians", "since": "2012-01-01",
                            "min_fatalities": 5, "bbox": "0,0,20,20", "q": "witnesses"}),
]


def _serve(db: Path) -> tuple[Any, str, float]:
    import uvicorn

    from tacitus.api import create_app

    t0 = time.perf_counter()
    app = create_app(db)
    opened = time.perf_counter() - t0
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}", opened


def _time(client: Any, path: str, params: dict[str, Any], repeat: int) -> list[float]:
    client.get(path, params=params).raise_for_status()  # warm
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        r = client.get(path, params=params)
        out.append((time.perf_counter() - t0) * 1000)
        r.raise_for_status()
    return out


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[18] if len(values) > 1 else values[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=40, help="timed requests per query")
    parser.add_argument("--db", type=Path, default=Path("/tmp/tacitus-bench.duckdb"))
    parser.add_argument("--reuse", action="store_true", help="reuse --db if it exists")
    parser.add_argument("--json", dest="json_out", type=Path)
    args = parser.parse_args(argv)

    import httpx

    if not (args.reuse and args.db.exists()):
        t0 = time.perf_counter()
        build_store(args.db, args.events)
        print(f"built {args.events:,} events in {time.perf_counter() - t0:.1f}s → {args.db}", file=sys.stderr)
    server, base, opened = _serve(args.db)
    print(f"server opened the store in {opened:.1f}s", file=sys.stderr)
    results: dict[str, Any] = {"events": args.events, "open_s": round(opened, 2), "queries": {}}
    every: list[float] = []
    with httpx.Client(base_url=base, timeout=60) as client:
        for name, params in QUERIES:
            times = _time(client, "/api/events", dict({"limit": 100}, **params), args.repeat)
            every += times
            n = len(client.get("/api/events", params=dict({"limit": 100}, **params)).json()["events"])
            results["queries"][name] = {"p50_ms": round(statistics.median(times), 1), "p95_ms": round(p95(times), 1), "rows": n}
            print(f"{name:32s} p50 {statistics.median(times):6.1f} ms   p95 {p95(times):6.1f} ms   ({n} rows)")
        page = client.get("/api/events", params={"country": "NGA", "limit": 100}).json()
        for _ in range(5):
            page = client.get("/api/events", params={"country": "NGA", "limit": 100, "cursor": page["next_cursor"]}).json()
        deep = _time(client, "/api/events", {"country": "NGA", "limit": 100, "cursor": page["next_cursor"]}, args.repeat)
        every += deep
        print(f"{'6th page by cursor, country':32s} p50 {statistics.median(deep):6.1f} ms   p95 {p95(deep):6.1f} ms")
        event_id = page["events"][0]["id"]
        extra = {"/api/events/{id}": _time(client, f"/api/events/{event_id}", {}, args.repeat),
                 "/api/stats (country)": _time(client, "/api/stats", {"country": "NGA"}, max(args.repeat // 4, 3))}
    results["all_filters"] = {"p50_ms": round(statistics.median(every), 1), "p95_ms": round(p95(every), 1), "requests": len(every)}
    results["other_routes"] = {k: {"p50_ms": round(statistics.median(v), 1), "p95_ms": round(p95(v), 1)} for k, v in extra.items()}
    print(f"\n/api/events over the whole mix ({len(every)} requests): p50 {statistics.median(every):.1f} ms, "
          f"p95 {p95(every):.1f} ms (target <= 50 ms)")
    for k, v in results["other_routes"].items():
        print(f"{k}: p50 {v['p50_ms']} ms, p95 {v['p95_ms']} ms")
    server.should_exit = True
    if args.json_out:
        args.json_out.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
