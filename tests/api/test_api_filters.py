"""Filter, sort and cursor parsing: pure functions, no store."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("fastapi")

from tacitus.api.errors import ApiError
from tacitus.api.filters import (
    SORTS,
    decode_cursor,
    encode_cursor,
    parse_bbox,
    parse_event_filter,
    parse_sort,
)


def _field_of(call) -> str | None:
    with pytest.raises(ApiError) as info:
        call()
    assert info.value.status == 400
    return info.value.field


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"types": "attack,nonsense"}, "type"),
    ({"families": "wars"}, "family"),
    ({"countries": "Nigeria"}, "country"),
    ({"countries": "XYZ"}, "country"),
    ({"since": "2020-13-01"}, "since"),
    ({"until": "yesterday"}, "until"),
    ({"since": "2020-02-01", "until": "2020-01-01"}, "until"),
    ({"bbox": "1,2,3"}, "bbox"),
    ({"bbox": "a,b,c,d"}, "bbox"),
    ({"bbox": "0,10,5,5"}, "bbox"),
    ({"bbox": "0,0,200,10"}, "bbox"),
    ({"min_fatalities": -1}, "min_fatalities"),
    ({"q": "x"}, "q"),
    ({"q": "x" * 201}, "q"),
    ({"actor": "a" * 201}, "actor"),
])
def test_invalid_filters_name_the_field(kwargs, field):
    assert _field_of(lambda: parse_event_filter(known_countries={"NGA", "MLI"}, **kwargs)) == field


def test_valid_filters_parse_to_typed_values():
    flt = parse_event_filter(types="attack, armed_clash", countries="nga,MLI", since="2016-01-01", until="2016-12-31",
                             bbox="2,4,15,14", min_fatalities=10, q="  Killed ", known_countries={"NGA", "MLI"})
    assert flt.types == ("attack", "armed_clash")
    assert flt.countries == ("NGA", "MLI")
    assert flt.since == dt.date(2016, 1, 1) and flt.until == dt.date(2016, 12, 31)
    assert flt.bbox == (2.0, 4.0, 15.0, 14.0)
    assert flt.q == "Killed"
    sql, params = flt.where()
    assert sql.count("?") == len(params)
    assert "killed" in params  # text search is case-insensitive


def test_empty_filter_matches_everything():
    assert parse_event_filter().where() == ("TRUE", [])


def test_bbox_across_the_antimeridian_is_accepted():
    assert parse_bbox("170,-20,-170,-10") == (170.0, -20.0, -170.0, -10.0)
    flt = parse_event_filter(bbox="170,-20,-170,-10")
    assert "lon >= ? OR lon <= ?" in flt.where()[0]


@pytest.mark.parametrize("name", list(SORTS))
def test_cursor_round_trips_for_every_sort(name):
    cursor = encode_cursor(name, "2016-01-30", "abc123")
    assert decode_cursor(cursor, name) == ("2016-01-30", "abc123")


def test_cursor_of_another_sort_or_garbage_is_a_400_on_cursor():
    cursor = encode_cursor("-date", "2016-01-30", "abc")
    assert _field_of(lambda: decode_cursor(cursor, "fatalities")) == "cursor"
    assert _field_of(lambda: decode_cursor("not-a-cursor!!", "-date")) == "cursor"
    assert _field_of(lambda: parse_sort("size")) == "sort"
