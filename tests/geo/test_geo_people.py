"""Surnames that are also towns: the article's own words say a person is meant."""

from __future__ import annotations

import pytest
from tests.geo.conftest import MINI_DEMONYMS, MINI_ISO2, MINI_RECORDS

from tacitus.geo import InMemoryGazetteer, PlaceRecord, find_toponyms
from tacitus.geo.people import first_name, initials_before, quoted_speaker, stems
from tacitus.geo.records import ADMIN1, CITY, COUNTRY, TOWN

# Towns and an admin1 that are also surnames (GeoNames' populations, rounded).
SURNAME_PLACES = [
    PlaceRecord(None, "Paterson", CITY, "USA", 40.92, -74.17, 145_000, admin1="New Jersey"),
    PlaceRecord(None, "Logan", CITY, "AUS", -27.64, 153.11, 300_000, admin1="Queensland"),
    PlaceRecord(None, "Bush", CITY, "EGY", 29.15, 31.13, 136_000, admin1="Beni Suweif"),
    PlaceRecord(None, "Nelson", ADMIN1, "NZL", -41.27, 173.28, 98_000, admin1="Nelson"),
    PlaceRecord(None, "Chicago", CITY, "USA", 41.85, -87.65, 2_700_000, admin1="Illinois"),
    PlaceRecord(None, "Jordan", COUNTRY, "JOR", 31.0, 36.0, 10_000_000),
    PlaceRecord(None, "Kidal", TOWN, "MLI", 18.44, 1.41, 25_000, admin1="Kidal"),
]
# Ordinary English words, as the pipeline passes them (spaCy's lemma index).
COMMON = frozenset({"connect", "the", "team", "report", "baseball", "smart", "say"})


@pytest.fixture
def gaz() -> InMemoryGazetteer:
    return InMemoryGazetteer([*MINI_RECORDS, *SURNAME_PLACES], demonyms=MINI_DEMONYMS, iso2=MINI_ISO2)


def _names(text: str, gaz: InMemoryGazetteer) -> list[str]:
    return [t for _, _, t in find_toponyms(text, None, gaz, COMMON)]


@pytest.mark.parametrize(("text", "expected"), [
    # a first name the list does not know, before the surname, marks every bare mention
    ("The victim, Kataraina Paterson, travelled from Auckland. Paterson's body was found later.", []),
    ("Councillor Dewly Nelson backs the plan. Nelson says costs will fall.", []),
    ("Trump's rival Jeb Bush denied it. Bush's spokeswoman said so.", []),
    # initials before the surname
    ("President George H. W. Bush pardoned the turkey.", []),
    # a quotation attributed to the name
    ('"They were good, fine people," said Logan. He lives in Chicago.', ["Chicago"]),
    ('"We will rebuild," Paterson said on Monday.', []),
    # a title before the name marks it too
    ("Mayor Tom Bush spoke first. Later Bush said the plan would work.", []),
])  # fmt: skip
def test_surnames_are_not_places(gaz: InMemoryGazetteer, text: str, expected: list[str]) -> None:
    assert _names(text, gaz) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a locative word still makes the name a place, even in an article about a namesake
    ("Campbell Smith was born in Paterson. Smith moved to Chicago.", ["Paterson", "Chicago"]),
    ("Kataraina Paterson grew up in Paterson, New Jersey.", ["Paterson"]),
    # a country is never a surname, and an admin1 may speak for its government
    ('"The border stays shut," Jordan said.', ["Jordan"]),
    ('"The court has ruled," Nelson said.', ["Nelson"]),
    # ordinary words (inflected or not) before a name are not first names
    ("The Smart Chicago team met. Connecting Chicago is a column.", ["Chicago", "Chicago"]),
    ("Shelling hit Kafr Logan. Logan was calm by noon.", ["Logan", "Logan"]),
])  # fmt: skip
def test_places_that_look_like_surnames_stay(gaz: InMemoryGazetteer, text: str, expected: list[str]) -> None:
    assert _names(text, gaz) == expected


def test_without_a_common_word_list_only_listed_first_names_count(gaz: InMemoryGazetteer) -> None:
    text = "The Baseball Chicago team won. Andrew Paterson scored."
    assert [t for _, _, t in find_toponyms(text, None, gaz)] == ["Chicago"]


@pytest.mark.parametrize(("text", "name", "expected"), [
    ('"It was fine," said Logan.', "Logan", True),
    ('"It was fine," Logan says.', "Logan", True),
    ("Officials said Logan was calm.", "Logan", False),
    ('"It was fine," said Logan police chief Ann Lee.', "Logan", False),
])  # fmt: skip
def test_quoted_speaker(text: str, name: str, expected: bool) -> None:
    start = text.index(name)
    assert quoted_speaker(text, start, start + len(name)) is expected


def test_initials_before() -> None:
    text = "George H. W. Bush and N. Korea and St. Louis"
    assert initials_before(text, text.index("Bush"))
    assert initials_before(text, text.index("Korea"))  # the caller spares countries
    assert not initials_before(text, text.index("Louis"))


def test_first_name_needs_an_unknown_word() -> None:
    def is_common(w: str) -> bool:
        return w in COMMON

    def is_place(w: str) -> bool:
        return w == "Chicago"

    assert first_name("Andrew", is_common, is_place)  # listed
    assert first_name("Kataraina", is_common, is_place)
    assert not first_name("Connecting", is_common, is_place)  # connect + ing
    assert not first_name("Chicago", is_common, is_place)
    assert not first_name("NATO", is_common, is_place)
    assert "connect" in stems("connecting") and "stop" in stems("stopped")
