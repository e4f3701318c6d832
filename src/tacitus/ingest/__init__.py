"""Ingest: files and folders to cleaned :class:`Article` records (or skips with reasons).

    for item in ingest([Path("examples/corpus")]):
        ...  # Article or Skip
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from tacitus.ingest.clean import strip_furniture
from tacitus.ingest.dedup import content_hash
from tacitus.ingest.html import html_to_text
from tacitus.ingest.readers import RawRecord, read_path
from tacitus.model import Article, Skip

MIN_CHARS = 40  # shorter than a headline plus a sentence: nothing to code

__all__ = ["article_from_raw", "discover", "ingest", "ingest_text"]

_IGNORED = {".gitkeep", ".DS_Store"}


def discover(paths: Iterable[Path]) -> Iterator[Path | Skip]:
    """Files under the given paths, in a stable order; missing paths become skips."""
    for path in paths:
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.name not in _IGNORED and not any(part.startswith(".") for part in child.relative_to(path).parts):
                    yield child
        elif path.is_file():
            yield path
        else:
            yield Skip(str(path), "ingest", "not_found", f"no such file or folder: {path}")


def article_from_raw(raw: RawRecord, *, published: dt.date | None = None, source: str | None = None) -> Article | Skip:
    """Clean one raw record into an Article whose id is its content hash."""
    text, title, pub, src = raw.text, raw.title, raw.published, raw.source
    if raw.html:
        page = html_to_text(raw.text)
        text = page.text
        title = title or page.title
        pub = pub or page.published
        src = src or page.source
    text = strip_furniture(text)
    if len(text) < MIN_CHARS:
        code = "empty" if not text else "too_short"
        return Skip(raw.origin, "ingest", code, f"only {len(text)} characters of text after cleaning")
    return Article(
        id=content_hash(text)[:16],
        text=text,
        title=title,
        url=raw.url,
        source=source or src,
        published=published or pub,
        origin=raw.origin,
    )


def ingest(paths: Iterable[Path], *, published: dt.date | None = None, source: str | None = None) -> Iterator[Article | Skip]:
    """Every article found under ``paths``; every unreadable file or record as a Skip."""
    for path in discover(paths):
        if isinstance(path, Skip):
            yield path
            continue
        for raw in read_path(path):
            yield raw if isinstance(raw, Skip) else article_from_raw(raw, published=published, source=source)


def ingest_text(text: str, *, published: dt.date | None = None, title: str | None = None,
                source: str | None = None, origin: str = "<text>") -> Article | Skip:
    """One article from a string (tests, the API, the evaluator)."""
    art = article_from_raw(RawRecord(text=text, origin=origin, title=title, source=source), published=published)
    return art if isinstance(art, Skip) else replace(art, title=title)
