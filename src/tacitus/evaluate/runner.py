"""``tacitus eval``: read gold files, run the pipeline on each record's text, score, print.

    report = evaluate_files([Path("../shared/eval/dev/muc4.jsonl")], limit=100)
    print_report(report, console, n_errors=10)

The pipeline sees each gold ``text`` exactly as given (no furniture cleaning), so that the
offsets of predicted spans and gold spans refer to the same string. Records of our own corpus
gold (``tests/data/corpus_gold_*.jsonl``) carry an empty ``text`` and a ``file``: their text is
ingested from ``examples/corpus/<file>`` like any user's file would be.

The pipeline call is injectable (``process``): tests pass a function that builds output
records by hand, so they need neither spaCy nor the gazetteer.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from rich.console import Console

from tacitus.errors import EvalError
from tacitus.evaluate.display import print_report
from tacitus.evaluate.gold import GoldRecord, check_unique_ids, read_gold
from tacitus.evaluate.predictions import PredDoc, prediction_from_record
from tacitus.evaluate.score import Report, Throughput, score_documents
from tacitus.model import Article, Skip

Process = Callable[[list[Article]], Sequence[Mapping[str, Any]]]
BATCH_SIZE = 32
CORPUS_DIR = Path("examples") / "corpus"

__all__ = ["Process", "evaluate_files", "load_documents", "pipeline_process", "print_report"]


def evaluate_files(paths: Sequence[Path | str], limit: int | None = None, progress: bool = False,
                   console: Console | None = None, *, process: Process | None = None,
                   commit: str | None = None, corpus_dir: Path | None = None,
                   batch_size: int = BATCH_SIZE) -> Report:
    """Score the pipeline on gold files (the first ``limit`` records of each, when given).

    ``process`` maps a batch of articles to their output records (``document_record``); by
    default the real pipeline is loaded once. Throughput counts the time spent in ``process``
    only, not loading models or reading gold.
    """
    docs = load_documents([Path(p) for p in paths], limit, corpus_dir)
    run = process or pipeline_process()
    predictions, seconds = predict([a for _, a in docs], run, batch_size, console if progress else None)
    return score_documents(
        [r for r, _ in docs], predictions,
        throughput=Throughput(articles=len(docs), seconds=seconds),
        commit=commit or current_commit(), limit=limit,
    )


def pipeline_process() -> Process:
    """The real pipeline as a ``Process``: resources loaded now, once."""
    from tacitus.model import document_record
    from tacitus.pipeline import Resources, process_batch

    res = Resources.load()

    def process(articles: list[Article]) -> list[dict[str, Any]]:
        return [document_record(doc) for doc in process_batch(articles, res)]

    return process


def predict(articles: Sequence[Article], process: Process, batch_size: int,
            console: Console | None) -> tuple[dict[str, PredDoc], float]:
    """Predictions keyed by article id, and the seconds spent in ``process``."""
    out: dict[str, PredDoc] = {}
    seconds = 0.0
    with _progress(console, len(articles)) as advance:
        for i in range(0, len(articles), batch_size):
            batch = list(articles[i:i + batch_size])
            t0 = time.perf_counter()
            records = process(batch)
            seconds += time.perf_counter() - t0
            out.update((str(rec.get("article_id")), prediction_from_record(rec)) for rec in records)
            advance(len(batch))
    return out, seconds


@contextmanager
def _progress(console: Console | None, total: int) -> Iterator[Callable[[int], None]]:
    if console is None:
        yield lambda n: None
        return
    from rich.progress import Progress

    with Progress(console=console, transient=True) as bar:
        task = bar.add_task("scoring", total=total)
        yield lambda n: bar.advance(task, n)


# -- gold records and their texts ---------------------------------------------------------------

def load_documents(paths: Sequence[Path], limit: int | None = None,
                   corpus_dir: Path | None = None) -> list[tuple[GoldRecord, Article]]:
    """Every gold record with the article the pipeline will see (text resolved where needed)."""
    records = [(rec, path) for path in paths for rec in read_gold(path, limit)]
    check_unique_ids(rec for rec, _ in records)
    docs: list[tuple[GoldRecord, Article]] = []
    for rec, path in records:
        if rec.text:
            docs.append((rec, Article(id=rec.id, text=rec.text, published=rec.published, origin=rec.where)))
        else:
            article = corpus_article(rec, corpus_dir or find_corpus_dir(path))
            docs.append((replace(rec, text=article.text), article))
    return docs


def find_corpus_dir(gold_path: Path) -> Path:
    """``examples/corpus`` in the first folder above the gold file that has one, else in cwd."""
    for folder in gold_path.resolve().parents:
        if (folder / CORPUS_DIR).is_dir():
            return folder / CORPUS_DIR
    return Path.cwd() / CORPUS_DIR


def corpus_article(rec: GoldRecord, corpus_dir: Path) -> Article:
    """The ingested article a corpus gold record points at, under the record's id and date.

    The part of the id after ``#`` picks one record of a multi-record file: ``itemN`` is the
    N-th item of a feed; anything else is the ``id`` of a JSONL or CSV record.
    """
    from tacitus.ingest import article_from_raw
    from tacitus.ingest.readers import read_path

    path = corpus_dir / (rec.file or "")
    if not path.is_file():
        raise EvalError(f"{rec.where}: corpus file {path} not found; run from the repository root "
                        "or pass corpus_dir", code="E009")
    selector = rec.id.split("#", 1)[1] if "#" in rec.id else None
    raws = [r for r in read_path(path) if not isinstance(r, Skip)]
    raw = next((r for r in raws if _selected(r.origin, r.record_id, selector)), None)
    if raw is None:
        raise EvalError(f"{rec.where}: no record '{selector}' in {path}", code="E009")
    article = article_from_raw(raw, published=rec.published)
    if isinstance(article, Skip):
        raise EvalError(f"{rec.where}: {path} has no usable text ({article.message})", code="E009")
    return replace(article, id=rec.id)


def _selected(origin: str, record_id: str | None, selector: str | None) -> bool:
    if selector is None:
        return True
    item = re.fullmatch(r"item(\d+)", selector)
    if item:
        return origin.endswith(f"#{item[1]}")
    return record_id == selector


def current_commit() -> str:
    """The commit of the code being scored (``git rev-parse HEAD`` in the package's folder)."""
    git = shutil.which("git")
    if git is None:
        return "unknown"
    try:
        done = subprocess.run([git, "rev-parse", "HEAD"], cwd=Path(__file__).parent,
                              capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    sha = done.stdout.strip()
    return sha if done.returncode == 0 and re.fullmatch(r"[0-9a-f]{40}", sha) else "unknown"
