"""Error classes of the toponym finder, each with sentences we wrote: people who share a word
with a place, names written around abbreviations ("St. Louis", "Gainesville, Va.")."""

from __future__ import annotations

import pytest

from tacitus.geo import Gazetteer, InMemoryGazetteer, find_toponyms, resolve_toponyms
from tacitus.geo.facilities import find_sites, site_places
from tacitus.model import Place


def _texts(text: str, gaz: InMemoryGazetteer | Gazetteer) -> list[str]:
    return [t for _, _, t in find_toponyms(text, None, gaz)]


# --- people whose given name or surname is also a place


def test_a_given_name_that_is_a_place_followed_by_a_surname_is_a_person(mini: InMemoryGazetteer) -> None:
    assert _texts("Coach Ellis said Georgia Stevens skated well in Gao.", mini) == ["Gao"]


def test_the_same_person_named_again_alone_is_still_a_person(mini: InMemoryGazetteer) -> None:
    text = "Georgia Stevens, 9, won in Gao. Georgia began skating at four."
    assert _texts(text, mini) == ["Gao"]


def test_a_locative_still_makes_a_persons_name_a_place(mini: InMemoryGazetteer) -> None:
    text = "Georgia Stevens, 9, won the cup. She was born in Georgia."
    assert _texts(text, mini) == ["Georgia"]


def test_a_place_that_is_no_given_name_keeps_a_capitalised_word_after_it(mini: InMemoryGazetteer) -> None:
    assert _texts("The Borno Governor visited Maiduguri.", mini) == ["Borno", "Maiduguri"]




@pytest.mark.parametrize(
    ("text", "not_places"),
    [
        ("Russia's Vladimir Putin spoke to reporters.", {"Vladimir"}),
        ("Former driver Andrew Jordan was third, and Rob Austin fourth.", {"Jordan", "Austin"}),
        ("Ashley Sutton won the race. Sutton's closest rival was well behind.", {"Sutton"}),
        ("Pediatrician Nancy Kellogg testified, said Elizabeth Myles.", {"Nancy", "Elizabeth"}),
    ],
)
@pytest.mark.slow
@pytest.mark.xdist_group("gazetteer")
def test_people_named_like_places_are_not_places(gaz: Gazetteer, text: str, not_places: set[str]) -> None:
    assert set(_texts(text, gaz)) & not_places == set()


# --- abbreviations


@pytest.mark.slow
@pytest.mark.xdist_group("gazetteer")
def test_st_abbreviation_joins_the_name(gaz: Gazetteer) -> None:
    assert _texts("Russia will close the consulate in St. Petersburg.", gaz) == ["Russia", "St. Petersburg"]


@pytest.mark.parametrize(
    ("text", "abbreviation", "admin1", "iso3"),
    [
        ("The homes are in Gainesville, Va. and sell fast.", "Va.", "Virginia", "USA"),
        ("EDMONTON, Ky (WBKO) -- A barn burned overnight.", "Ky", "Kentucky", "USA"),
        ("She grew up in Barrie, Ont., and moved west.", "Ont.", "Ontario", "CAN"),
        ("Fires were reported near Austin, TX on Monday.", "TX", "Texas", "USA"),
        ("In B.C., up to 20 centimetres of snow is expected.", "B.C.", "British Columbia", "CAN"),
    ],
)
@pytest.mark.slow
@pytest.mark.xdist_group("gazetteer")
def test_state_and_province_abbreviations(gaz: Gazetteer, text: str, abbreviation: str, admin1: str,
                                          iso3: str) -> None:  # fmt: skip
    spans = find_toponyms(text, None, gaz)
    places = {p.text: p for p in resolve_toponyms(spans, text, gaz)}
    assert abbreviation in places, [s[2] for s in spans]
    assert (places[abbreviation].name, places[abbreviation].country) == (admin1, iso3)


@pytest.mark.slow
@pytest.mark.xdist_group("gazetteer")
def test_a_town_before_a_state_abbreviation_is_placed_in_that_state(gaz: Gazetteer) -> None:
    text = "EDMONTON, Ky. (WBKO) -- One man is dead after a fire."
    places = {p.text: p for p in resolve_toponyms(find_toponyms(text, None, gaz), text, gaz)}
    assert places["EDMONTON"].country == "USA"


@pytest.mark.parametrize("text", [
    "The law firm Kaplan & Rothstein, P.A. is reviewing the case.",
    "Charles Murphy, M.D., has been named a professor.",
    "The temple was built in 500 B.C. by the king.",
    "Yes, OK, we will go.",
])  # fmt: skip
@pytest.mark.slow
@pytest.mark.xdist_group("gazetteer")
def test_abbreviations_that_say_other_things_are_not_places(gaz: Gazetteer, text: str) -> None:
    assert _texts(text, gaz) == []


@pytest.mark.slow
@pytest.mark.xdist_group("gazetteer")
def test_washington_dc_is_one_mention(gaz: Gazetteer) -> None:
    text = "Murals are visible in Washington, D.C., more than ever."
    spans = find_toponyms(text, None, gaz)
    assert [s[2] for s in spans] == ["Washington, D.C."]
    (place,) = resolve_toponyms(spans, text, gaz)
    assert place.country == "USA" and place.lat is not None and abs(place.lat - 38.9) < 0.5


# --- named sites: streets, hospitals, churches, airports


def _town(name: str, start: int, lat: float, lon: float) -> Place:
    return Place(name=name, country="CAN", lat=lat, lon=lon, precision=1, feature="place", text=name,
                 start=start, end=start + len(name))  # fmt: skip


def test_sites_are_found_by_their_head_word() -> None:
    text = "Police went to a house on College Street near Dufferin Street. The victim was taken to St. Michael's Hospital."
    assert [text[s:e] for s, e in find_sites(text)] == ["College Street", "Dufferin Street", "St. Michael's Hospital"]


def test_sites_do_not_start_with_a_sentence_opening_word_or_run_across_sentences() -> None:
    text = "He lives in Egypt. The Coptic Church held a service. On Monday Street vendors left."
    assert [text[s:e] for s, e in find_sites(text)] == ["Coptic Church"]


def test_a_kind_of_site_is_no_name_and_a_centre_for_something_is_an_organisation() -> None:
    text = "She runs the Medical Center and the Southern Center for Human Rights."
    assert find_sites(text) == []


def test_a_site_takes_the_place_named_inside_it_and_replaces_that_mention() -> None:
    text = "He was taken to Colchester General Hospital for care."
    town = _town("Colchester", text.index("Colchester"), 51.89, 0.90)
    (site,) = site_places(text, [town])
    assert (site.text, site.lat, site.feature, site.precision) == ("Colchester General Hospital", 51.89, "site", 2)


def test_a_towns_possessive_stays_a_town_before_its_site() -> None:
    text = "Flights were cancelled at Toronto's Pearson International Airport."
    town = _town("Toronto", text.index("Toronto"), 43.70, -79.42)
    assert [p.text for p in site_places(text, [town])] == ["Toronto", "Pearson International Airport"]


def test_a_street_takes_the_nearest_town_and_a_university_does_not() -> None:
    text = "Shots were fired on Hutcheson Road in Glasgow. A professor at Cornell University said so."
    town = _town("Glasgow", text.index("Glasgow"), 37.0, -85.9)
    places = site_places(text, [town])
    assert [(p.text, p.lat) for p in places] == [("Hutcheson Road", 37.0), ("Glasgow", 37.0)]


def test_no_sites_in_all_caps_text() -> None:
    text = "TROOPS ENTERED DUFFERIN STREET."
    assert site_places(text, [], caps=True) == []
