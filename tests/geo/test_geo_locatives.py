"""Words around a small town's name that say the writer means a place.

A town of a few thousand people is named in news only where the text places something there:
after a locative ("in", "near"), after a verb of going and "to" ("drove to", "moved back to"),
between two places, or with its division or country after a comma ("Ada, Oklahoma").
"""

from __future__ import annotations

import pytest
from tests.geo.conftest import MINI_DEMONYMS, MINI_ISO2, MINI_RECORDS

from tacitus.geo import InMemoryGazetteer, PlaceRecord, find_toponyms
from tacitus.geo.records import ADMIN1, ADMIN2, COUNTRY, VILLAGE

SMALL_TOWNS = [
    PlaceRecord(None, "Oklahoma", ADMIN1, "USA", 35.5, -97.5, 3_900_000, admin1="Oklahoma"),
    PlaceRecord(None, "Norfolk", ADMIN2, "GBR", 52.67, 1.0, 850_000, admin1="England", admin2="Norfolk"),
    PlaceRecord(None, "United Kingdom", COUNTRY, "GBR", 54.0, -2.0, 66_000_000),
    PlaceRecord(None, "Weeton", VILLAGE, "USA", 34.77, -96.67, 3_000, admin1="Oklahoma"),
    PlaceRecord(None, "Brinkley", VILLAGE, "GBR", 52.6, 1.1, 2_000, admin1="England", admin2="Norfolk"),
    PlaceRecord(None, "Hollowell", VILLAGE, "GBR", 52.3, -1.0, 900, admin1="England", admin2="Northamptonshire"),
    PlaceRecord(None, "Stanmoor", VILLAGE, "GBR", 51.9, 0.7, 1_500, admin1="England", admin2="Essex"),
    PlaceRecord(None, "Fenwick District", ADMIN2, "GBR", 55.0, -2.0, 40_000, admin1="England", admin2="Fenwick District",
                alternate_names=("Fenwick",)),  # the build keys a division by its name without the division word
    PlaceRecord(None, "Harlow Cross", VILLAGE, "GBR", 55.1, -2.1, 700, admin1="England", admin2="Fenwick District"),
]


@pytest.fixture
def gaz() -> InMemoryGazetteer:
    return InMemoryGazetteer([*MINI_RECORDS, *SMALL_TOWNS], demonyms=MINI_DEMONYMS, iso2=MINI_ISO2)


def _names(text: str, gaz: InMemoryGazetteer) -> list[str]:
    return [t for _, _, t in find_toponyms(text, None, gaz)]


@pytest.mark.parametrize(("text", "expected"), [
    ("After the wedding they drove to Brinkley for a week.", ["Brinkley"]),
    ("She made the move back to Weeton in 2015.", ["Weeton"]),
    ("Traffic backed up between Stanmoor and Hollowell all evening.", ["Stanmoor", "Hollowell"]),
    ("The family lives just outside of Weeton.", ["Weeton"]),
    ("The road from the old mill to Brinkley reopened.", ["Brinkley"]),
])  # fmt: skip
def test_going_to_or_between_makes_a_small_town_a_place(gaz: InMemoryGazetteer, text: str,
                                                       expected: list[str]) -> None:
    assert _names(text, gaz) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Mourners came from Weeton, Oklahoma, and further afield.", ["Weeton", "Oklahoma"]),
    ("The next round is at Brinkley, Norfolk.", ["Brinkley", "Norfolk"]),
])  # fmt: skip
def test_a_small_town_before_its_own_division_is_a_place(gaz: InMemoryGazetteer, text: str,
                                                        expected: list[str]) -> None:
    assert _names(text, gaz) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "to" after a verb that is not one of going says nothing of place
    ("The award went unnoticed; she spoke to Brinkley about it.", []),
    ("He sold the paintings from his father to Brinkley's gallery.", []),
    # a division that does not hold the town says nothing either
    ("Hollowell, Norfolk, said the plan was fine.", ["Norfolk"]),
    # people named earlier stay people between "between" and "and"
    ("Jon Stanmoor met Ann Brinkley. Talks between Stanmoor and Brinkley went on.", []),
])  # fmt: skip
def test_other_words_leave_a_small_town_unplaced(gaz: InMemoryGazetteer, text: str, expected: list[str]) -> None:
    assert _names(text, gaz) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Police searched farms in the Brinkley area of Norfolk overnight.", ["Brinkley", "Norfolk"]),
    # the division named without the word its record ends in ("Fenwick" for "Fenwick District")
    ("Troops raided homes in the Harlow Cross area of Fenwick on Sunday.", ["Harlow Cross", "Fenwick"]),
    ("The mayor said Harlow Cross, Fenwick, was calm again.", ["Harlow Cross", "Fenwick"]),
    # a division that does not hold the village says nothing
    ("Police searched farms in the Hollowell area of Norfolk overnight.", ["Norfolk"]),
    # "the X area" alone names the land around a place
    ("Storms flattened barns across the Weeton area on Sunday.", ["Weeton"]),
    # and "the X district" the division of that name
    ("A constable was shot dead in the Weeton district on Thursday.", ["Weeton"]),
])  # fmt: skip
def test_a_small_town_whose_area_is_placed_in_its_division_is_a_place(gaz: InMemoryGazetteer, text: str,
                                                                      expected: list[str]) -> None:
    assert _names(text, gaz) == expected
