"""``tacitus run``: ingest → dedupe → extract → store, batch by batch, resumable.

A crash loses at most the batch in flight; re-running skips every article already stored
(its id is its content hash) and only records new sources of known articles.
"""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from tacitus.ingest import ingest
from tacitus.ingest.dedup import NearDuplicateIndex, signature, similarity
from tacitus.merge import recluster
from tacitus.model import Article, Document, Skip
from tacitus.pipeline import Resources, RunStats, process_batch
from tacitus.store import Store


def _dedupe(items: Iterator[Article | Skip], store: Store, counts: Counter[str], skip_reasons: Counter[str],
            sigs: dict[str, np.ndarray], run_id: str) -> Iterator[Article]:
    index = NearDuplicateIndex()
    index.add_many(store.signatures())
    seen: set[str] = set()
    for item in items:
        if isinstance(item, Skip):
            counts["skipped"] += 1
            skip_reasons[item.code] += 1
            store.add_skip(item, run_id)
            continue
        counts["read"] += 1
        if item.id in seen or store.has_article(item.id):
            if store.add_source(item.id, item, "exact"):
                counts["duplicates"] += 1
            else:
                counts["known"] += 1
            continue
        sig = signature(item.text)
        match = index.match(sig)
        if match is not None:
            if store.add_source(match, item, "near", similarity(sig, index._sigs[match])):
                counts["duplicates"] += 1
            else:
                counts["known"] += 1
            continue
        index.add(item.id, sig)
        sigs[item.id] = sig
        seen.add(item.id)
        counts["new"] += 1
        yield item


def ingest_and_store(paths: list[Path], db: str, published: dt.date | None = None, batch_size: int = 32, workers: int = 1,
                     progress: bool = True, console: Any = None, resources: Resources | None = None, fast: bool = False) -> dict[str, Any]:
    """Process every input under ``paths`` into the store at ``db``; returns the run summary."""
    started = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    t0 = time.perf_counter()
    run_id = uuid.uuid4().hex[:12]
    counts: Counter[str] = Counter()
    skip_reasons: Counter[str] = Counter()
    sigs: dict[str, np.ndarray] = {}
    stats = RunStats()
    with Store(db) as store:
        res = resources
        articles = _dedupe(ingest(paths, published=published), store, counts, skip_reasons, sigs, run_id)
        bar = _progress(console) if progress and console is not None else None
        task = bar.add_task("extracting", total=None) if bar else None
        if bar:
            bar.start()
        try:
            if workers > 1:
                from tacitus.parallel import process_parallel

                for docs in process_parallel(articles, workers=workers, batch_size=batch_size, fast=fast):
                    _write(docs, store, sigs, run_id, counts, skip_reasons)
                    if bar and task is not None:
                        bar.update(task, advance=len(docs), description=f"extracting ({counts['events']} events)")
                articles = iter(())
            batch: list[Article] = []
            for art in articles:
                batch.append(art)
                if len(batch) >= batch_size:
                    res = res or Resources.load(fast=fast)
                    _write(process_batch(batch, res, stats), store, sigs, run_id, counts, skip_reasons)
                    if bar and task is not None:
                        bar.update(task, advance=len(batch), description=f"extracting ({counts['events']} events)")
                    batch = []
            if batch:
                res = res or Resources.load(fast=fast)
                _write(process_batch(batch, res, stats), store, sigs, run_id, counts, skip_reasons)
                if bar and task is not None:
                    bar.update(task, advance=len(batch))
        finally:
            if bar:
                bar.stop()
        merged = recluster(store)
        store.record_run(run_id, started, " ".join(map(str, paths)), dict(counts))
    seconds = time.perf_counter() - t0
    return {
        "run_id": run_id, "read": counts["read"], "new": counts["new"], "known": counts["known"],
        "duplicates": counts["duplicates"], "skipped": counts["skipped"], "skip_reasons": dict(skip_reasons),
        "events": counts["events"], "relations": counts["relations"], "merged_reports": merged,
        "seconds": seconds, "articles_per_s": (counts["new"] / stats.seconds) if stats.seconds else 0.0,
        "stage_seconds": stats.stage_seconds,
    }


def _write(docs: list[Document], store: Store, sigs: dict[str, np.ndarray], run_id: str, counts: Counter[str],
           skip_reasons: Counter[str]) -> None:
    store.write_batch(docs, sigs, run_id)
    for doc in docs:
        counts["events"] += len(doc.events)
        counts["relations"] += len(doc.relations)
        for s in doc.skips:
            skip_reasons[s.code] += 1


def _progress(console: Any) -> Any:
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=console, transient=True)
