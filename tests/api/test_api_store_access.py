"""The API opens the store read-only, never changes it, and stops queries that run too long."""

from __future__ import annotations

import hashlib

import duckdb
import pytest

pytest.importorskip("fastapi", reason="the API needs the serve extra: pip install -e '.[serve]'")
from api_helpers import assert_error
from click.testing import CliRunner

from tacitus.api.errors import ApiError
from tacitus.api.reader import StoreReader
from tacitus.errors import ConfigError, StoreError

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("api")]


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_reading_every_route_leaves_the_store_file_unchanged(corpus_db, client):
    before = _digest(corpus_db)
    event = client.get("/api/events", params={"limit": 1}).json()["events"][0]
    for url in ("/api/events", "/api/stats", "/api/actors", "/api/relations", f"/api/events/{event['id']}",
                f"/api/articles/{event['article_ids'][0]}", "/api/actors/boko_haram", "/api/events.csv"):
        assert client.get(url).status_code == 200, url
    assert _digest(corpus_db) == before


def test_the_attached_store_refuses_writes(app):
    reader = app.state.api.reader
    with reader.cursor() as cur, pytest.raises(duckdb.Error):
        cur.execute("DELETE FROM store.events")


def test_a_query_past_the_time_limit_is_stopped_with_503(corpus_db):
    reader = StoreReader(corpus_db, timeout_s=0.2)
    try:
        with pytest.raises(ApiError) as info, reader.cursor() as cur:
            cur.execute("SELECT count(*) FROM range(100000000000) a").fetchall()
        assert info.value.status == 503 and info.value.code == "query_timeout"
    finally:
        reader.close()


def test_a_missing_or_foreign_file_is_a_clear_error(tmp_path):
    with pytest.raises(ConfigError, match="tacitus run"):
        StoreReader(tmp_path / "nothing.duckdb")
    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).close()
    with pytest.raises(StoreError, match="tacitus store"):
        StoreReader(other)


def test_serve_without_a_database_says_how_to_make_one(tmp_path):
    from tacitus.cli import main

    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "missing.duckdb")])
    assert result.exit_code == 2
    assert "tacitus run" in result.output


def test_serve_runs_uvicorn_on_the_given_host_and_port(corpus_db, monkeypatch):
    import uvicorn

    from tacitus.cli import main

    seen: dict[str, object] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, host, port, log_level: seen.update(app=app, host=host, port=port))
    result = CliRunner().invoke(main, ["serve", "--db", str(corpus_db), "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert (seen["host"], seen["port"]) == ("127.0.0.1", 8123)
    assert seen["app"].state.api.reader.store_counts["events"] > 0  # type: ignore[attr-defined]


def test_web_view_and_assets_are_served_with_a_strict_policy(client):
    page = client.get("/")
    assert page.status_code == 200 and "/static/app.js" in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    for asset in ("/static/app.js", "/static/app.css", "/static/world.geojson"):
        assert client.get(asset).status_code == 200, asset
    assert_error(client.get("/static/nothing.js"), 404, "not_found")
