"""Country names that are not what they seem: a country's initials in capitals, initials used as
an adjective, and a country's name without its article. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tacitus.geo import InMemoryGazetteer, PlaceRecord, find_toponyms, resolve_toponyms
from tacitus.geo.records import CITY, COUNTRY
from tacitus.geo.usage import owned_after, where_it_happened
from tacitus.model import Place


def _gaz() -> InMemoryGazetteer:
    return InMemoryGazetteer([
        PlaceRecord(1, "United States", COUNTRY, "USA", 39.8, -98.6, 327_000_000, alternate_names=("U.S.", "US")),
        PlaceRecord(2, "El Salvador", COUNTRY, "SLV", 13.8, -88.9, 6_400_000, alternate_names=("Salvador",)),
        PlaceRecord(3, "Salvador", CITY, "BRA", -12.97, -38.51, 2_700_000, admin1="Bahia"),
        PlaceRecord(4, "Bolivia", COUNTRY, "BOL", -17.0, -65.0, 11_000_000),
    ])  # fmt: skip


def test_a_countrys_dotted_initials_are_a_place_in_capitals_and_the_bare_pronoun_is_not() -> None:
    text = "THE GUERRILLAS TOLD US THAT THE U.S. EMBASSY WAS THEIR TARGET."
    found = [surface for _, _, surface in find_toponyms(text, None, _gaz())]
    assert found == ["U.S."]


def _end_of(text: str, name: str) -> int:
    return text.index(name) + len(name)


def test_initials_before_any_noun_say_whose_not_where() -> None:
    for text in ("THE ABDUCTION OF THE U.S. AID WORKERS ANGERED THE VILLAGE.",
                 "Critics blamed U.S. strategy for the defeat.",
                 "THEIR U.S.\nSPONSORS SENT MORE HELICOPTERS."):
        assert owned_after(text, _end_of(text, "U.S."), country=True), text


def test_initials_before_a_function_word_or_a_date_are_the_country_itself() -> None:
    for text in ("Two students were shot in the U.S. on Monday.",
                 "HE FLEW TO THE U.S. AND THEN TO CANADA.",
                 "Trade between Mexico and the U.S. said little."):
        assert not owned_after(text, _end_of(text, "U.S."), country=True), text


@pytest.mark.parametrize("text, name, country, feature", [
    # foreign victims' country: the shooting happened where they were
    ("THE GOVERNOR DEPLORED THE SHOOTING OF THE U.S. CHARITY VOLUNTEERS IN POTOSI.", "U.S.", "USA", "country"),
    # where a statement was issued is not where the killing it condemns happened
    ("IN A STATEMENT ISSUED IN MANAGUA, THE NURSES UNION DEPLORED THE SHOOTING OF TWO DOCTORS.", "MANAGUA", "NIC", "place"),
    # the far end of a shipment
    ("The smugglers promised to stop shipments of heroin to the United States once the arrests ended.", "United States", "USA", "country"),
])
def test_a_name_that_only_says_whose_or_whither_is_not_where_it_happened(text: str, name: str, country: str, feature: str) -> None:
    start = text.index(name)
    place = Place(name=name, country=country, precision=3 if feature == "country" else 1, feature=feature, text=name,
                  start=start, end=start + len(name))
    assert not where_it_happened(place, text)


def test_a_country_is_not_named_without_its_article() -> None:
    text = "POLICE GENERAL OSCAR MENDEZ SALVADOR SAID THE INQUIRY GOES ON IN BOLIVIA."
    start = text.index("SALVADOR")
    places = resolve_toponyms([(start, start + 8, "SALVADOR")], text, _gaz())
    assert all(p.country != "SLV" for p in places)


def test_a_neighbourhood_is_placed_in_its_town_however_often_owners_are_named() -> None:
    from tacitus.pipeline import unresolved_places

    text = ("A GRENADE HIT A HOUSE WHERE U.S. ADVISERS LIVE IN THE SURQUILLO NEIGHBORHOOD IN LIMA. U.S. OFFICIALS "
            "AND U.S. MARINES WERE NOT HURT.")

    def at(name: str, iso3: str, feature: str, nth: int = 0) -> Place:
        start = [i for i in range(len(text)) if text.startswith(name, i)][nth]
        return Place(name=name, country=iso3, lat=-12.0 if iso3 == "PER" else 39.8, lon=-77.0 if iso3 == "PER" else -98.6,
                     precision=1 if feature == "place" else 3, feature=feature, text=name, start=start, end=start + len(name))

    places = [at("U.S.", "USA", "country", n) for n in range(3)] + [at("LIMA", "PER", "place")]
    common = frozenset({"a", "grenade", "hit", "house", "where", "advisers", "live", "in", "the", "officials", "and",
                        "marines", "were", "not", "hurt"})
    (hood,) = unresolved_places(text, sorted(places, key=lambda p: p.start or 0), common)
    assert (hood.text, hood.country) == ("SURQUILLO", "PER")


def test_a_saints_name_before_a_building_names_the_building() -> None:
    from tacitus.geo.usage import dedication

    for text, name, expected in (
            ("SOLDIERS RAIDED THE SANTA LUCIA CHURCH IN CHALATENANGO DEPARTMENT.", "SANTA LUCIA", True),
            ("A GRENADE WAS THROWN INTO THE SAN PEDRO HIGH SCHOOL IN THE CAPITAL.", "SAN PEDRO", True),
            ("Rebels attacked the town of San Pedro on Monday.", "San Pedro", False),
            ("A bomb exploded outside the Kabul University gate.", "Kabul", False)):
        start = text.index(name)
        place = Place(name=name, country="SLV", precision=1, feature="place", text=name, start=start, end=start + len(name))
        assert dedication(place, text) is expected, text


def test_where_it_was_reported_is_not_where_it_happened_but_where_clashes_were_reported_is() -> None:
    for text, name, expected in (
            ("IT HAS BEEN LEARNED IN THIS CAPITAL THAT GUNMEN SEIZED TWO ENGINEERS.", "THIS CAPITAL", False),
            ("Heavy clashes were reported in Kharkiv overnight.", "Kharkiv", True)):
        start = text.index(name)
        place = Place(name=name, precision=1, feature="place", text=name, start=start, end=start + len(name))
        assert where_it_happened(place, text) is expected, text


@pytest.mark.parametrize("text", [
    "MORE THAN TWO HUNDRED PEOPLE WERE KILLED IN CONFLICTS IN THE SOUTHERN PROVINCES LAST YEAR.",
    "Rights groups say hundreds died in the Southern Provinces last year.",
])
def test_a_direction_and_a_plural_division_name_no_place(text: str) -> None:
    """"The southern provinces" describe a part of any country, whatever alternate name a gazetteer gives them
    (Morocco calls Western Sahara its Southern Provinces)."""
    gaz = InMemoryGazetteer([PlaceRecord(9, "Western Sahara", COUNTRY, "ESH", 24.5, -13.0, 273_000,
                                         alternate_names=("Southern Provinces",))])
    assert find_toponyms(text, None, gaz) == []
