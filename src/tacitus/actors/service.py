"""Batch resolution for ``tacitus actors resolve`` (one process, thousands of queries)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from tacitus.actors.kb import load_kb
from tacitus.actors.matcher import NameMatcher
from tacitus.actors.resolve import Context, Resolver


def make_resolver() -> Resolver:
    kb = load_kb()
    return Resolver(kb, NameMatcher(kb))


def resolve_queries(queries: Iterable[str], context: str | None = None, default_day: dt.date | None = None,
                    resolver: Resolver | None = None) -> Iterator[dict[str, Any] | None]:
    """One result per query line ``TEXT`` or ``TEXT<TAB>YYYY-MM-DD``; None where nothing fits."""
    res = resolver or make_resolver()
    countries: Counter[str] = Counter()
    if context:
        for m in res.matcher.find(context):
            for i in m.ids:
                e = res.kb.get(i)
                if e:
                    countries.update(e.countries)
        for word, iso in res.kb.demonyms.items():
            if word in context.lower():
                countries[iso] += 1
    for line in queries:
        if not line.strip():
            yield None
            continue
        text, _, day_s = line.partition("\t")
        try:
            day = dt.date.fromisoformat(day_s.strip()) if day_s.strip() else default_day
        except ValueError:
            day = default_day
        ref = res.resolve_text(text, Context(day=day, countries=countries))
        yield None if ref is None else {"actor_id": ref.actor_id, "name": ref.name, "kind": str(ref.kind), "score": ref.score}
