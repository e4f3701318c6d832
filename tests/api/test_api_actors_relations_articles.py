"""/api/actors, /api/relations, /api/articles and /api/stats against the corpus store."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi", reason="the API needs the serve extra: pip install -e '.[serve]'")

from tacitus.api import schemas

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("api")]


def test_actors_come_from_the_knowledge_base_with_event_counts(client):
    r = client.get("/api/actors", params={"has_events": "true", "limit": 500})
    page = schemas.ActorPage.model_validate(r.json())
    assert page.actors and all(a.events > 0 for a in page.actors)
    counts = [a.events for a in page.actors]
    assert counts == sorted(counts, reverse=True)
    boko = next(a for a in page.actors if a.actor_id == "boko_haram")
    assert boko.events == len([e for e in client.get("/api/events", params={"actor": "boko_haram", "limit": 500}).json()["events"]])


def test_actor_list_pages_and_filters(client):
    first = client.get("/api/actors", params={"limit": 5, "sort": "name"}).json()
    second = client.get("/api/actors", params={"limit": 5, "sort": "name", "cursor": first["next_cursor"]}).json()
    names = [a["name"].lower() for a in first["actors"] + second["actors"]]
    assert names == sorted(names) and len(set(names)) == 10
    rebels = client.get("/api/actors", params={"kind": "rebel", "country": "NGA", "limit": 500}).json()["actors"]
    assert rebels and all(a["kind"] == "rebel" and "NGA" in a["countries"] for a in rebels)
    found = client.get("/api/actors", params={"q": "iswap"}).json()["actors"]
    assert "iswap" in [a["actor_id"] for a in found]  # aliases are searched too


def test_actor_detail_has_aliases_roles_relations_and_months(client):
    r = client.get("/api/actors/boko_haram")
    actor = schemas.ActorDetail.model_validate(r.json())
    assert "JAS" in actor.aliases
    assert any(m.actor_id == "abubakar_shekau" for m in actor.members)
    assert actor.relations and all("boko_haram" in (rel.source_id, rel.target_id) for rel in actor.relations)
    assert sum(m.n for m in actor.events_by_month) == actor.events


def test_relations_as_of_keeps_only_relations_stated_by_then(client):
    every = client.get("/api/relations", params={"limit": 500}).json()["relations"]
    early = client.get("/api/relations", params={"as_of": "2015-06-01", "limit": 500}).json()["relations"]
    assert 0 < len(early) < len(every)
    assert all((r["date_start"] or r["date_end"]) <= "2015-06-01" for r in early)


def test_relations_page_with_a_cursor_and_filter_by_actor(client):
    every = client.get("/api/relations", params={"limit": 500}).json()["relations"]
    seen, cursor = [], None
    while True:
        params = {"limit": 4} | ({"cursor": cursor} if cursor else {})
        page = schemas.RelationPage.model_validate(client.get("/api/relations", params=params).json())
        seen += [r.id for r in page.relations]
        cursor = page.next_cursor
        if not cursor:
            break
    assert seen == [r["id"] for r in every]
    mine = client.get("/api/relations", params={"actor": "islamic_state"}).json()["relations"]
    assert mine and all("islamic_state" in (r["source_id"], r["target_id"]) for r in mine)


def test_all_modalities_adds_relations_that_did_not_happen(client):
    factual = client.get("/api/relations", params={"limit": 500}).json()["relations"]
    everything = client.get("/api/relations", params={"limit": 500, "all_modalities": "true"}).json()["relations"]
    assert len(everything) >= len(factual)
    assert {r["modality"] for r in factual} <= {"reported", "claimed", "hedged"}


def test_article_has_text_sources_and_spans_of_each_event(client):
    event = client.get("/api/events", params={"q": "maiduguri", "limit": 1}).json()["events"][0]
    r = client.get(f"/api/articles/{event['article_ids'][0]}")
    article = schemas.Article.model_validate(r.json())
    assert article.sources and article.events
    for ev in article.events:
        if ev.start is not None:
            assert article.text[ev.start:ev.end] == ev.text
    assert any(ev.cluster_id == event["id"] and ev.merged for ev in article.events)


def test_stats_count_the_filtered_events(client):
    stats = schemas.Stats.model_validate(client.get("/api/stats", params={"country": "NGA", "grid": 0.25}).json())
    assert stats.total.events == sum(t.n for t in stats.by_type) == sum(c.n for c in stats.cells)
    assert [c.country for c in stats.by_country] == ["NGA"]
    assert sum(w.n for w in stats.by_week) <= stats.total.events
    assert stats.store.events >= stats.total.events
    every = schemas.Stats.model_validate(client.get("/api/stats", params={"grid": 0.25}).json())
    singles = [c for c in every.cells if c.n == 1]
    assert singles and all(c.event_id for c in singles)
