"""docs/api.md documents every route and every query parameter the API takes."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the API needs the serve extra: pip install -e '.[serve]'")

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("api")]

DOC = Path(__file__).resolve().parents[2] / "docs" / "api.md"


def test_every_route_and_parameter_is_in_docs_api_md(client):
    text = DOC.read_text(encoding="utf-8")
    spec = client.get("/openapi.json").json()
    for path, item in spec["paths"].items():
        assert f"`{path}`" in text or f"`GET {path}`" in text, f"{path} is not documented in docs/api.md"
        for param in item["get"].get("parameters", []):
            assert f"`{param['name']}`" in text, f"parameter {param['name']} of {path} is not in docs/api.md"
