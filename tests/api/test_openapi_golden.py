"""/openapi.json is pinned: a change to a route, parameter or response shape shows in review.

Regenerate after an intended change with

    TACITUS_UPDATE_GOLDEN=1 python -m pytest tests/api/test_openapi_golden.py

and review the diff of tests/api/openapi.json.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the API needs the serve extra: pip install -e '.[serve]'")

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("api")]

GOLDEN = Path(__file__).with_name("openapi.json")


def test_openapi_matches_the_golden_file(client):
    served = client.get("/openapi.json").json()
    text = json.dumps(served, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    if os.environ.get("TACITUS_UPDATE_GOLDEN"):
        GOLDEN.write_text(text, encoding="utf-8")
    assert GOLDEN.is_file(), "no golden file; run with TACITUS_UPDATE_GOLDEN=1 to write it"
    assert json.loads(GOLDEN.read_text(encoding="utf-8")) == served, (
        "the OpenAPI document changed; if intended, rerun with TACITUS_UPDATE_GOLDEN=1 and review the diff")


def test_every_api_route_is_documented_in_openapi(client):
    from fastapi.routing import APIRoute

    from tacitus.api.routes import router

    paths = client.get("/openapi.json").json()["paths"]
    for route in router.routes:
        assert isinstance(route, APIRoute)
        assert route.path in paths
        assert paths[route.path]["get"]["summary"]


def test_docs_page_is_served_offline(client):
    r = client.get("/docs")
    assert r.status_code == 200 and "/static/docs.js" in r.text
    assert "cdn" not in r.text.lower()
