"""Place names inside the names of other things: newspapers, clubs, airlines, agencies, people.

Both geoparsing corpora (GeoWebNews, TR-News) leave the place out of "The Denver Post" or
"Atletico Madrid": the words name a paper or a club, not where anything is.
"""

from __future__ import annotations

import pytest
from tests.geo.conftest import MINI_DEMONYMS, MINI_ISO2, MINI_RECORDS

from tacitus.geo import InMemoryGazetteer, PlaceRecord, find_toponyms
from tacitus.geo.records import ADMIN1, ADMIN2, CITY, COUNTRY, TOWN

PLACES = [
    PlaceRecord(None, "Denver", CITY, "USA", 39.74, -104.98, 700_000, admin1="Colorado"),
    PlaceRecord(None, "Madrid", CITY, "ESP", 40.42, -3.70, 3_200_000, admin1="Madrid"),
    PlaceRecord(None, "Kenya", COUNTRY, "KEN", 1.0, 38.0, 50_000_000),
    PlaceRecord(None, "Ohio", ADMIN1, "USA", 40.25, -83.0, 11_600_000),
    PlaceRecord(None, "Leeds", CITY, "GBR", 53.8, -1.55, 450_000, admin1="England"),
    PlaceRecord(None, "Xinhua", TOWN, "CHN", 27.7, 111.2, 16_000, admin1="Hunan"),
    PlaceRecord(None, "Osaka", CITY, "JPN", 34.69, 135.5, 2_600_000, admin1="Osaka"),
    PlaceRecord(None, "Houston", CITY, "USA", 29.76, -95.36, 2_300_000, admin1="Texas"),
]
COMMON = frozenset({"the", "report", "say", "team", "fan", "flight", "police", "win", "star", "game"})


@pytest.fixture
def gaz() -> InMemoryGazetteer:
    return InMemoryGazetteer([*MINI_RECORDS, *PLACES], demonyms=MINI_DEMONYMS, iso2=MINI_ISO2)


def _names(text: str, gaz: InMemoryGazetteer) -> list[str]:
    return [t for _, _, t in find_toponyms(text, None, gaz, COMMON)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The story first ran in The Denver Post on Sunday.", []),
    ("Atletico Madrid won the derby, and Real Madrid fans were angry.", []),
    ("Kenya Airways cancelled the flight; Air Kenya did not.", []),
    ("The Houston Rockets beat Leeds United in a charity game.", []),
    ("Three people died, the Xinhua news agency said.", []),
    ("The Ohio Star-Advertiser was sold.", []),
])  # fmt: skip
def test_a_place_opening_or_closing_another_things_name_is_no_mention(gaz: InMemoryGazetteer, text: str,
                                                                     expected: list[str]) -> None:
    assert _names(text, gaz) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Denver police said the fan was hurt.", ["Denver"]),
    ("Flights to Madrid resumed; the Kenya team flew home.", ["Madrid", "Kenya"]),
    # a locative word still makes it a place
    ("The team landed in Madrid Barajas on Monday.", ["Madrid"]),
])  # fmt: skip
def test_the_place_stays_where_no_other_name_holds_it(gaz: InMemoryGazetteer, text: str,
                                                     expected: list[str]) -> None:
    assert _names(text, gaz) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Osaka Tanimura scored twice in the game.", []),
    ("The coach praised Houston Whitfield's defence.", []),
    ("Osaka Tanimura grew up in Osaka.", ["Osaka"]),
])  # fmt: skip
def test_a_city_name_before_an_unknown_surname_is_a_first_name(gaz: InMemoryGazetteer, text: str,
                                                               expected: list[str]) -> None:
    assert _names(text, gaz) == expected


def test_a_country_or_state_before_a_surname_stays_a_place(gaz: InMemoryGazetteer) -> None:
    # "Kenya Mwangi" could be a person, but a country is never taken for a first name here
    assert _names("Ohio Whitfield is no person here, and Kenya Mwangi neither.", gaz) == ["Ohio", "Kenya"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Crown Prince of Kenya met the President of Mali.", []),
    ("The Minister of Defence of Kenya arrived in Gao.", ["Gao"]),
    ("The Bank of Kenya and the Embassy of Mali issued a statement.", []),
    ("She studied at Ohio State University before moving to Ohio.", ["Ohio"]),
    # an office without "of", or an ordinary word before "of", leaves the place alone
    ("Kenya's President spoke of the people of Mali.", ["Kenya", "Mali"]),
])  # fmt: skip
def test_a_place_closing_an_office_or_a_university_name_is_no_mention(gaz: InMemoryGazetteer, text: str,
                                                                     expected: list[str]) -> None:
    assert _names(text, gaz) == expected


@pytest.fixture
def states() -> InMemoryGazetteer:
    more = [PlaceRecord(None, "Oregon", ADMIN1, "USA", 44.0, -120.5, 4_200_000, admin1="Oregon"),
            PlaceRecord(None, "Washington", ADMIN1, "USA", 47.5, -120.5, 7_700_000, admin1="Washington",
                        alternate_names=("Washington State",))]
    return InMemoryGazetteer([*MINI_RECORDS, *PLACES, *more], demonyms=MINI_DEMONYMS, iso2=MINI_ISO2)


@pytest.mark.parametrize(("text", "expected"), [
    ("Oregon State beat Baylor in overtime.", []),
    ("Researchers at Oregon State say the drought will last.", []),
    # an agency of the state, and the two states news calls "X State", stay places
    ("Oregon State Police closed the road.", ["Oregon"]),
    ("Fires spread across Washington State.", ["Washington State"]),
])  # fmt: skip
def test_a_us_state_name_and_state_ending_the_name_is_a_university(states: InMemoryGazetteer, text: str,
                                                                  expected: list[str]) -> None:
    assert _names(text, states) == expected


@pytest.mark.parametrize("text", [
    "The Commonwealth of Independent States met.",
    "A revered Yoruba chief and Igbo leaders spoke.",
    "She founded Enterprise Holdings.",
])  # fmt: skip
def test_peoples_and_ordinary_words_are_no_places(gaz: InMemoryGazetteer, text: str) -> None:
    more = InMemoryGazetteer([*MINI_RECORDS, PlaceRecord(None, "Igbo", TOWN, "NGA", 6.0, 7.0, 75_000),
                              PlaceRecord(None, "Enterprise", CITY, "USA", 36.0, -115.2, 220_000),
                              PlaceRecord(None, "Commonwealth", TOWN, "USA", 45.0, -88.0, 400)],
                             demonyms=MINI_DEMONYMS, iso2=MINI_ISO2)
    assert _names(text, more) == []


@pytest.fixture
def more() -> InMemoryGazetteer:
    extra = [
        PlaceRecord(None, "Hardin County", ADMIN2, "USA", 37.7, -86.0, 110_000, admin1="Kentucky", admin2="Hardin County"),
        PlaceRecord(None, "Hardin", TOWN, "USA", 36.7, -88.4, 600, admin1="Kentucky"),
        PlaceRecord(None, "St. Luke", TOWN, "USA", 40.0, -90.0, 2_000, admin1="Illinois"),
        PlaceRecord(None, "Far North", ADMIN1, "CMR", 10.5, 14.5, 4_000_000, admin1="Far North"),
        PlaceRecord(None, "Queensland", ADMIN1, "AUS", -20.0, 145.0, 5_000_000, admin1="Queensland"),
    ]
    return InMemoryGazetteer([*MINI_RECORDS, *PLACES, *extra], demonyms=MINI_DEMONYMS, iso2=MINI_ISO2)


@pytest.mark.parametrize(("text", "expected"), [
    # a county's agencies keep its full name
    ("The Hardin County Sheriff's Office said the road was closed.", ["Hardin County"]),
    # a saint's name with "'s" and a site word, or beside another saint, names a church or hospital
    ("She was taken to St. Luke's Hospital overnight.", []),
    ("Gunmen attacked the church of St. Luke and St. Mark.", []),
    # direction words before a name say which part of it is meant
    ("Crime rose in Far North Queensland last year.", ["Queensland"]),
    ("Troops moved into Far North on Monday.", ["Far North"]),
])  # fmt: skip
def test_counties_saints_and_directions_inside_longer_names(more: InMemoryGazetteer, text: str,
                                                            expected: list[str]) -> None:
    assert _names(text, more) == expected
