"""Cross-article merging of reports (no pipeline: reports as the store gives them)."""

from __future__ import annotations

import datetime as dt

from tacitus.merge import Report, clusters

DAY = dt.date(2025, 3, 8)


def report(rid: str, article: str, *, location: str, precision: int, admin1: str | None = "Zamfara", day: dt.date = DAY,
           actor1: str | None = None, lat: float | None = None, lon: float | None = None, family: str = "violence_against_civilians") -> Report:
    return Report(rid, article, family, "NGA", location, lat, lon, precision, day, actor1, None, admin1)


def test_a_province_level_report_joins_the_one_town_event_of_that_province() -> None:
    town = report("a1", "art1", location="Kurya", precision=1, lat=12.1, lon=6.2)
    coarse = report("b1", "art2", location="Zamfara", precision=3, day=DAY + dt.timedelta(days=1))
    got = clusters([town, coarse])
    assert got["b1"] == got["a1"]


def test_with_two_town_events_in_the_province_it_joins_neither() -> None:
    one = report("a1", "art1", location="Kurya", precision=1, lat=12.1, lon=6.2)
    other = report("a2", "art3", location="Anka", precision=1, lat=12.1, lon=5.9)
    coarse = report("b1", "art2", location="Zamfara", precision=3)
    got = clusters([one, other, coarse])
    assert got["b1"] == "b1"


def test_it_never_joins_another_province_another_week_or_another_named_doer() -> None:
    town = report("a1", "art1", location="Kurya", precision=1, actor1="bandits_zamfara")
    elsewhere = report("b1", "art2", location="Katsina", precision=3, admin1="Katsina")
    later = report("b2", "art3", location="Zamfara", precision=3, day=DAY + dt.timedelta(days=5))
    other_doer = report("b3", "art4", location="Zamfara", precision=3, actor1="iswap")
    got = clusters([town, elsewhere, later, other_doer])
    assert {got["b1"], got["b2"], got["b3"]} == {"b1", "b2", "b3"}


def test_a_town_report_is_no_province_level_report() -> None:
    # "Gusau" is a town of Zamfara: it is matched by distance, not by province
    town = report("a1", "art1", location="Kurya", precision=1, lat=12.1, lon=6.2)
    far_town = report("b1", "art2", location="Gusau", precision=1, lat=12.2, lon=6.7)
    got = clusters([town, far_town])
    assert got["b1"] == "b1"
