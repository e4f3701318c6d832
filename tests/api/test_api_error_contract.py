"""One error shape everywhere: every route, every parameter, every way a request can be wrong.

The routes are read from the API's router, so a new route or parameter is covered (or, for a
parameter with no bad example below, fails ``test_every_parameter_has_a_bad_example``).
"""

from __future__ import annotations

import re

import pytest

pytest.importorskip("fastapi", reason="the API needs the serve extra: pip install -e '.[serve]'")
from api_helpers import assert_error

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("api")]

# A value each query parameter must refuse with 400 naming it.
BAD = {
    "type": "nonsense", "family": "wars", "country": "Nigeria", "admin1": "a" * 201, "actor": "a" * 201,
    "since": "2020-13-40", "until": "soon", "bbox": "1,2,3", "min_fatalities": "-3", "q": "x",
    "sort": "size", "limit": "0", "cursor": "garbage!", "grid": "0.01", "kind": "dragon",
    "has_events": "maybe", "as_of": "tomorrow", "all_modalities": "perhaps",
}


def _api_routes(app):
    from tacitus.api.routes import router

    routes = list(router.routes)
    assert len(routes) >= 10
    return routes


def _query_params(route) -> list[str]:
    names: list[str] = []
    stack = [route.dependant]
    while stack:
        dep = stack.pop()
        names += [p.alias for p in dep.query_params]
        stack += dep.dependencies
    return names


def _url(route, ident: str = "x") -> str:
    return re.sub(r"\{[^}]+\}", ident, route.path)


def test_every_parameter_has_a_bad_example(app):
    missing = {p for r in _api_routes(app) for p in _query_params(r)} - set(BAD)
    assert not missing, f"add a bad example for {missing} to BAD"


def test_every_route_refuses_an_unknown_parameter(client, app):
    for route in _api_routes(app):
        err = assert_error(client.get(_url(route), params={"colour": "red"}), 400, "unknown_parameter", "colour")
        assert route.path in err["message"]


def test_every_parameter_refuses_a_bad_value_naming_itself(client, app):
    for route in _api_routes(app):
        for name in _query_params(route):
            if "{" in route.path:
                continue
            assert_error(client.get(_url(route), params={name: BAD[name]}), 400, "invalid_parameter", name)


def test_every_route_with_an_id_gives_404_for_an_unknown_one(client, app):
    with_ids = [r for r in _api_routes(app) if "{" in r.path]
    assert len(with_ids) == 3
    for route in with_ids:
        assert_error(client.get(_url(route, "no-such-id")), 404, "not_found")


def test_writes_are_refused_with_405(client, app):
    for route in _api_routes(app):
        for method in ("post", "put", "delete"):
            assert_error(getattr(client, method)(_url(route)), 405, "method_not_allowed")


def test_unknown_paths_are_404_in_the_same_shape(client):
    assert_error(client.get("/api/nothing-here"), 404, "not_found")
    assert_error(client.get("/api/events/x/y"), 404, "not_found")


def test_later_filters_are_checked_too(client):
    assert_error(client.get("/api/events", params={"country": "NGA", "since": "2020-01-01", "until": "2019-01-01"}),
                 400, "invalid_parameter", "until")
    assert_error(client.get("/api/events", params={"sort": "fatalities", "cursor": _date_cursor(client)}),
                 400, "invalid_parameter", "cursor")


def _date_cursor(client) -> str:
    return client.get("/api/events", params={"limit": 1}).json()["next_cursor"]
