"""The web view in a real (headless) browser, used as an analyst would use it.

Needs the Python package ``playwright`` and Debian's ``chromium`` at /usr/bin/chromium (no
browser is downloaded); without them every test here is skipped with the reason.
"""

from __future__ import annotations

import json
import re
import urllib.request

import pytest
from web_helpers import CHROMIUM, HOSTILE_SENTENCE, HOSTILE_TEXT, Page, screenshot

pytest.importorskip("fastapi", reason="the web view needs the serve extra: pip install -e '.[serve]'")
pytest.importorskip("playwright.sync_api", reason="browser tests need the Python package playwright (pip install playwright)")
if not CHROMIUM.exists():
    pytest.skip(f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install chromium)", allow_module_level=True)

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("web")]


def _api(web: Page, path: str) -> dict:
    with urllib.request.urlopen(web.base + path, timeout=10) as r:
        return json.loads(r.read())


def _rows(web: Page) -> list[dict[str, str]]:
    return web.page.eval_on_selector_all(
        "#events tbody tr[data-event]",
        "rows => rows.map(r => ({id: r.dataset.event, date: r.cells[0].textContent, country: r.cells[5].textContent}))")


def _hash(web: Page) -> dict[str, str]:
    fragment = web.page.evaluate("location.hash").lstrip("#")
    return dict(pair.split("=", 1) for pair in fragment.split("&") if "=" in pair)


def test_page_loads_offline_without_console_errors(web):
    web.open()
    assert web.errors == []
    foreign = [u for u in web.requests if not u.startswith(web.base) and not u.startswith("data:")]
    assert foreign == [], "the page must load nothing from outside the server"
    assert "events" in web.page.inner_text("#summary")
    screenshot(web.page, "web-overview.png")


def test_map_shows_country_outlines_and_event_markers(web):
    web.open()
    assert web.page.locator("#map path.country").count() > 150
    markers = web.page.locator("#map circle.marker")
    assert markers.count() > 10
    assert markers.count() == len(_api(web, "/api/stats?grid=4")["cells"])  # the world view clusters by 4°
    assert web.page.locator("#legend").inner_text().count("Battles") == 1


def test_choosing_a_country_narrows_the_table_and_is_kept_in_the_url(web):
    web.open()
    before = len(_rows(web))
    expected = _api(web, "/api/stats?country=NGA")["total"]["events"]
    web.page.select_option("#f-country", "NGA")
    web.wait_until(f"document.querySelectorAll('#events tbody tr[data-event]').length === {min(expected, 50)}")
    rows = _rows(web)
    assert 0 < len(rows) < before
    assert {r["country"] for r in rows} == {"NGA"}
    assert _hash(web)["country"] == "NGA"
    assert web.errors == []


def test_a_bookmarked_url_restores_filters_in_every_view(web):
    web.open("country=NGA&type=attack")
    assert web.page.input_value("#f-country") == "NGA"
    assert web.page.input_value("#f-type") == "attack"
    expected = _api(web, "/api/events?country=NGA&type=attack&limit=500")["events"]
    assert sorted(r["id"] for r in _rows(web)) == sorted(e["id"] for e in expected)
    assert "country=NGA" in web.page.get_attribute("#dl-csv", "href")


def test_clicking_an_event_shows_its_card_with_the_evidence_highlighted(web):
    web.open("q=maiduguri")
    first = web.page.locator("#events tbody tr[data-event]").first
    event_id = first.get_attribute("data-event")
    first.click()
    web.page.wait_for_selector("#card:not([hidden]) mark.evidence")
    detail = _api(web, f"/api/events/{event_id}")
    marks = web.page.locator("#card mark.evidence").all_inner_texts()
    spans = {s["text"] for a in detail["articles"] for s in a["spans"]}
    assert marks and set(marks) <= spans | {m for m in marks if any(m.startswith(s) for s in spans)}
    card = web.page.inner_text("#card")
    assert detail["event_type"].replace("_", " ") in card
    assert "Place precision" in card and "Date" in card and "Modality" in card
    for art in detail["articles"]:
        assert (art["title"] or art["id"]) in card
    assert _hash(web)["event"] == event_id
    screenshot(web.page, "web-event-card.png")
    web.page.keyboard.press("Escape")
    web.page.wait_for_selector("#card", state="hidden")
    assert web.errors == []


def test_clicking_a_single_event_marker_opens_its_card(web):
    web.open()
    marker = web.page.locator("#map circle.marker[data-event]").first
    event_id = marker.get_attribute("data-event")
    marker.dispatch_event("click")
    web.page.wait_for_selector("#card:not([hidden]) h3")
    assert _hash(web)["event"] == event_id


def test_brushing_the_timeline_filters_by_date(web):
    web.open()
    box = web.page.locator("#timeline").bounding_box()
    y = box["y"] + box["height"] / 2
    web.page.mouse.move(box["x"] + box["width"] * 0.35, y)
    web.page.mouse.down()
    web.page.mouse.move(box["x"] + box["width"] * 0.55, y, steps=5)
    web.page.mouse.up()
    web.wait_until("location.hash.includes('since=') && location.hash.includes('until=')")
    web.settle()
    chosen = _hash(web)
    expected = _api(web, f"/api/stats?since={chosen['since']}&until={chosen['until']}")["total"]["events"]
    web.wait_until(f"document.querySelectorAll('#events tbody tr[data-event]').length === {min(expected, 50)}")
    assert web.page.locator("#timeline .brush").count() == 1
    assert web.page.input_value("#f-since") == chosen["since"]


def test_actor_graph_draws_relations_and_the_as_of_slider_hides_later_ones(web):
    web.open()
    edges_all = web.page.locator("#graph line.edge").count()
    assert edges_all > 0 and web.page.locator("#graph g.node").count() > 2
    web.page.evaluate("() => { const s = document.querySelector('#asof'); s.value = '0'; s.dispatchEvent(new Event('change')); }")
    web.wait_until("location.hash.includes('asof=')")
    assert 0 < web.page.locator("#graph line.edge").count() < edges_all
    assert re.match(r"\d{4}-\d{2}-\d{2}$", web.page.inner_text("#asof-label"))


def test_article_text_from_the_store_is_shown_as_text_never_run(browser, hostile_server):
    web = Page(browser, hostile_server.url)
    try:
        web.open("event=hostile-event")
        web.page.wait_for_selector("#card:not([hidden]) mark.evidence")
        assert web.page.evaluate("window.__pwned") is None
        assert web.page.locator("#card img, #card script, #card b, #card i").count() == 0
        assert web.page.inner_text("#card mark.evidence") == HOSTILE_SENTENCE
        assert web.page.locator("#card .text").inner_text() == HOSTILE_TEXT
        assert web.page.locator("#card a[href^='javascript']").count() == 0
        assert "<b>Gunmen</b>" in web.page.inner_text("#card")
        assert "<b>Gunmen</b>" in web.page.inner_text("#events tbody")
        assert web.errors == []
    finally:
        web.close()
