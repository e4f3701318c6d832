"""``tacitus bench``: the full pipeline against the bare spaCy baseline, on generated articles.

The articles are the bundled corpus cycled with fresh ids, so every one is processed (the
duplicate check is left out: cycled copies would all be duplicates). Timed: every stage from
cleaned article to rows committed in DuckDB. Each measurement runs in its own process, so its peak RSS is its own. This is a
benchmark, not a test: it prints figures and never fails.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import resource
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from tacitus.ingest import ingest
from tacitus.model import Article

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"


def corpus_articles(n: int, corpus: Path = CORPUS) -> list[Article]:
    base = [a for a in ingest([corpus]) if isinstance(a, Article)]
    if not base:
        return []
    return [replace(base[i % len(base)], id=f"bench{i:07d}") for i in range(n)]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _baseline(texts: list[str], q: Any) -> None:
    from tacitus.nlp import load_pipeline

    nlp = load_pipeline()
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    q.put({"seconds": time.perf_counter() - t0, "peak_rss_mb": _peak_mb()})


def _tacitus(articles: list[Article], workers: int, fast: bool, q: Any) -> None:
    from tacitus.pipeline import Resources, process_batch
    from tacitus.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        if workers <= 1:
            res = Resources.load(fast=fast)
            t0 = time.perf_counter()
            with Store(db) as store:
                for i in range(0, len(articles), 32):
                    store.write_batch(process_batch(articles[i : i + 32], res), {}, "bench")
            seconds = time.perf_counter() - t0
        else:
            from tacitus.parallel import process_parallel

            t0 = time.perf_counter()
            with Store(db) as store:
                for docs in process_parallel(articles, workers=workers, batch_size=32, fast=fast):
                    store.write_batch(docs, {}, "bench")
            seconds = time.perf_counter() - t0
    q.put({"seconds": seconds, "peak_rss_mb": _peak_mb()})


def _in_child(target: Any, *args: Any) -> dict[str, Any]:
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    p = ctx.Process(target=target, args=(*args, q))
    p.start()
    result = q.get()
    p.join()
    return dict(result)


def run_bench(n: int = 2000, workers: int = 0, console: Any = None) -> dict[str, Any]:
    articles = corpus_articles(n)
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    cores = workers or os.cpu_count() or 1

    def say(msg: str) -> None:
        if console is not None:
            console.print(msg)

    say(f"bench: {len(articles)} articles, {words} words")
    say("  spaCy baseline (nlp.pipe, one core) …")
    base = _in_child(_baseline, texts)
    say(f"    {base['seconds']:.1f}s")
    say("  tacitus, one core …")
    one = _in_child(_tacitus, articles, 1, False)
    say(f"    {one['seconds']:.1f}s")
    say("  tacitus --fast (no statistical NER), one core …")
    fast = _in_child(_tacitus, articles, 1, True)
    say(f"    {fast['seconds']:.1f}s")
    result: dict[str, Any] = {
        "articles": len(articles),
        "words": words,
        "cores": 1,
        "tacitus": _rates(one, len(articles), words),
        "spacy_baseline": _rates(base, len(articles), words),
        "ratio_to_baseline": round(one["seconds"] / base["seconds"], 3) if base["seconds"] else None,
        "tacitus_fast": _rates(fast, len(articles), words),
        "ratio_fast_to_baseline": round(fast["seconds"] / base["seconds"], 3) if base["seconds"] else None,
    }
    if cores > 1:
        say(f"  tacitus, {cores} processes …")
        many = _in_child(_tacitus, articles, cores, False)
        say(f"    {many['seconds']:.1f}s")
        result["all_cores"] = {"cores": cores, **_rates(many, len(articles), words)}
    return result


def _rates(m: dict[str, Any], n: int, words: int) -> dict[str, float]:
    s = m["seconds"] or 1e-9
    return {"seconds": round(s, 2), "articles_per_s": round(n / s, 1), "words_per_s": round(words / s), "peak_rss_mb": round(m["peak_rss_mb"], 1)}
