"""/api/events, its filters, sorts and pages, one event's evidence, and the exports."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

pytest.importorskip("fastapi", reason="the API needs the serve extra: pip install -e '.[serve]'")

from tacitus.api import schemas

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("api")]


def _all(client, **params) -> list[dict]:
    """Every event the filter matches, following next_cursor page by page."""
    out: list[dict] = []
    cursor = None
    for _ in range(100):
        query = dict(params, limit=params.get("limit", 7))
        if cursor:
            query["cursor"] = cursor
        r = client.get("/api/events", params=query)
        assert r.status_code == 200, r.text
        body = schemas.EventPage.model_validate(r.json())
        out += [e.model_dump(mode="json") for e in body.events]
        cursor = body.next_cursor
        if cursor is None:
            return out
    raise AssertionError("pagination did not end")


@pytest.fixture(scope="module")
def everything(client) -> list[dict]:
    return _all(client, limit=500)


def test_events_lists_every_merged_event_once(client, everything):
    total = client.get("/api/stats").json()["total"]["events"]
    assert len(everything) == total > 100
    assert len({e["id"] for e in everything}) == total


@pytest.mark.parametrize("sort", ["-date", "date", "-fatalities", "fatalities"])
def test_paging_with_a_cursor_visits_each_event_once_in_order(client, everything, sort):
    paged = _all(client, sort=sort, limit=7)
    assert sorted(e["id"] for e in paged) == sorted(e["id"] for e in everything)
    if "date" in sort:
        keys = [e["date_end"] or e["date_start"] for e in paged if (e["date_end"] or e["date_start"])]
    else:
        keys = [-1 if e["fatalities"] is None else e["fatalities"] for e in paged]
    assert keys == sorted(keys, reverse=sort.startswith("-"))


def test_page_size_is_capped_at_500(client):
    assert client.get("/api/events", params={"limit": 500}).status_code == 200
    r = client.get("/api/events", params={"limit": 501})
    assert r.status_code == 400 and r.json()["error"]["field"] == "limit"


@pytest.mark.parametrize(("params", "check"), [
    ({"type": "attack"}, lambda e: e["event_type"] == "attack"),
    ({"type": "attack,armed_clash"}, lambda e: e["event_type"] in ("attack", "armed_clash")),
    ({"family": "battles"}, lambda e: e["event_family"] == "battles"),
    ({"country": "NGA"}, lambda e: e["country"] == "NGA"),
    ({"country": "nga,mli"}, lambda e: e["country"] in ("NGA", "MLI")),
    ({"admin1": "Borno"}, lambda e: e["admin1"] == "Borno"),
    ({"actor": "boko_haram"}, lambda e: "boko_haram" in (e["actor1_id"], e["actor2_id"])),
    ({"actor": "boko"}, lambda e: "boko" in f"{e['actor1']} {e['actor2']}".lower()),
    ({"min_fatalities": 50}, lambda e: e["fatalities"] is not None and e["fatalities"] >= 50),
    ({"bbox": "2,4,15,14"}, lambda e: 2 <= e["lon"] <= 15 and 4 <= e["lat"] <= 14),
    ({"since": "2016-01-01"}, lambda e: (e["date_end"] or e["date_start"]) >= "2016-01-01"),
    ({"until": "2015-12-31"}, lambda e: (e["date_start"] or e["date_end"]) <= "2015-12-31"),
])
def test_each_filter_narrows_to_matching_events(client, everything, params, check):
    found = _all(client, **params)
    assert 0 < len(found) < len(everything), params
    assert all(check(e) for e in found), params


def test_filters_combine(client):
    both = _all(client, country="NGA", type="attack")
    assert both and all(e["country"] == "NGA" and e["event_type"] == "attack" for e in both)
    assert len(both) < len(_all(client, country="NGA"))


def test_text_search_finds_words_of_the_evidence(client, everything):
    sample = next(e for e in everything if e["evidence"] and "Maiduguri" in e["evidence"])
    found = _all(client, q="maiduguri")
    assert sample["id"] in {e["id"] for e in found}
    assert len(found) < len(everything)


def test_date_range_keeps_events_that_overlap_it(client):
    found = _all(client, since="2016-01-30", until="2016-01-31")
    assert found
    for e in found:
        assert (e["date_end"] or e["date_start"]) >= "2016-01-30"
        assert (e["date_start"] or e["date_end"]) <= "2016-01-31"


def test_event_detail_has_every_source_article_with_its_evidence_spans(client, everything):
    multi = next(e for e in everything if e["n_articles"] > 1)
    r = client.get(f"/api/events/{multi['id']}")
    assert r.status_code == 200
    event = schemas.EventDetail.model_validate(r.json())
    assert {a.id for a in event.articles} == set(multi["article_ids"])
    assert event.reports and all(rep.article_id in multi["article_ids"] for rep in event.reports)
    for art in event.articles:
        assert art.spans, art.id
        for span in art.spans:
            assert art.text[span.start:span.end] == span.text  # offsets point into the text shown


def test_exports_follow_the_filter_and_parse(client):
    ids = {e["id"] for e in _all(client, country="NGA")}
    r = client.get("/api/events.jsonl", params={"country": "NGA"})
    assert r.status_code == 200 and r.headers["x-tacitus-total"] == str(len(ids))
    assert {json.loads(line)["id"] for line in r.text.splitlines()} == ids

    r = client.get("/api/events.geojson", params={"country": "NGA"})
    assert r.headers["content-type"].startswith("application/geo+json")
    geo = json.loads(r.text)
    assert geo["type"] == "FeatureCollection"
    assert {f["properties"]["id"] for f in geo["features"]} <= ids
    assert all(f["geometry"]["type"] == "Point" for f in geo["features"])

    r = client.get("/api/events.csv", params={"country": "NGA"})
    assert r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    from tacitus.export import ACLED_COLUMNS

    assert list(rows[0]) == ACLED_COLUMNS
    assert len(rows) == len(ids)
    assert {row["country"] for row in rows} == {"Nigeria"}
    assert all(dt.date.fromisoformat(row["event_date"]) for row in rows if row["event_date"])


def test_export_limit_truncates_and_says_so(client):
    r = client.get("/api/events.jsonl", params={"limit": 3})
    assert len(r.text.splitlines()) == 3
    assert r.headers["x-tacitus-truncated"] == "true"
    assert int(r.headers["x-tacitus-total"]) > 3
