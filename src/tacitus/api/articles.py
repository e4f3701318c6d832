"""Article reads: the text a user checks an event against, with every span marked."""

from __future__ import annotations

from typing import Any

import duckdb

from tacitus.api.errors import not_found
from tacitus.api.reader import rows


def article_detail(cur: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, Any]:
    """An article's text, where it was seen, and the spans that produced each event and relation."""
    found = rows(cur, "SELECT id, title, url, source, published, language, origin, text FROM store.articles WHERE id = ?", [article_id])
    if not found:
        raise not_found("article", article_id)
    art = found[0]
    art["sources"] = rows(cur, "SELECT origin, source, url, title, published, relation, similarity FROM store.article_sources "
                               "WHERE article_id = ? ORDER BY relation <> 'original', origin", [article_id])
    art["events"] = rows(cur, "SELECT e.id, e.cluster_id, e.event_type, e.event_family, e.modality, e.actor1, e.actor2, "
                              "e.location, e.date_end, e.fatalities, e.evidence_start AS start, e.evidence_end AS \"end\", "
                              "e.evidence AS text, m.id IS NOT NULL AS merged FROM store.events e "
                              "LEFT JOIN ev m ON m.id = e.cluster_id WHERE e.article_id = ? ORDER BY e.evidence_start, e.id",
                         [article_id])
    art["relations"] = rows(cur, "SELECT id, type, source, target, modality, evidence_start AS start, evidence_end AS \"end\", "
                                 "evidence AS text FROM store.relations WHERE article_id = ? ORDER BY evidence_start, id",
                            [article_id])
    return art
