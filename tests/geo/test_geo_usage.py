"""How a text uses a place name: where something is, or only a word about something else."""

from __future__ import annotations

import pytest

from tacitus.geo.usage import locative_countries, owner_use, reference_point, where_it_happened
from tacitus.model import Place


def _at(text: str, name: str, feature: str = "country", iso3: str = "USA") -> Place:
    start = text.index(name)
    return Place(name=name, country=iso3, precision=3 if feature == "country" else 1, feature=feature,
                 text=name, start=start, end=start + len(name))


@pytest.mark.parametrize("text", [
    "Gunmen fired at the U.S. embassy on Monday.",
    "Two U.S. citizens were kidnapped near the port.",
    "The U.S. Congress cut aid to the army.",
    "A U.S.-based charity said its office was looted.",
])  # fmt: skip
def test_a_country_named_for_what_it_owns_is_an_owner_use(text: str) -> None:
    place = _at(text, "U.S.")
    assert owner_use(place, text)
    assert not where_it_happened(place, text)


@pytest.mark.parametrize("text", [
    "Fighting broke out in the United States on Monday.",
    "Rebels crossed into the United States overnight.",
])  # fmt: skip
def test_a_country_after_a_locative_is_where_it_happened(text: str) -> None:
    place = _at(text, "United States")
    assert not owner_use(place, text)
    assert where_it_happened(place, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Three drug traffickers were extradited to the United States last year.", "United States"),
    ("The suspects were later deported to Colombia.", "Colombia"),
    ("Thousands of villagers fled to Chad after the raid.", "Chad"),
    ("The wounded were flown to Nairobi for treatment.", "Nairobi"),
    ("A convoy carrying food towards the besieged town of Djibo was ambushed in Soum province.", "Djibo"),
    ("Gunmen stopped a bus bound for Maiduguri near the village.", "Maiduguri"),
    ("Trucks on their way to Goma were looted outside Sake.", "Goma"),
    ("Armed groups operating near the border with Ecuador signed a truce in Tumaco.", "Ecuador"),
    ("Years after the bishops met in Medellin, death squads killed six priests in the capital.", "Medellin"),
])  # fmt: skip
def test_a_destination_is_not_where_it_happened(text: str, name: str) -> None:
    feature = "place" if name in ("Nairobi", "Djibo", "Maiduguri", "Goma", "Medellin") else "country"
    assert not where_it_happened(_at(text, name, feature), text)


def test_a_town_the_text_places_the_event_in_stays() -> None:
    text = "Gunmen attacked a bus in Tumaco on Sunday."
    assert where_it_happened(_at(text, "Tumaco", "place", "COL"), text)


def test_locative_countries_leave_out_owner_uses_and_the_dateline() -> None:
    text = "LIMA (PERU) -- Rebels attacked the U.S. embassy in Peru; U.S. officials said Peru is calm."
    places = [_at(text, "PERU", iso3="PER"), _at(text, "U.S.")]
    later = text.index("in Peru") + 3
    places.append(Place(name="Peru", country="PER", precision=3, feature="country", text="Peru", start=later, end=later + 4))
    assert locative_countries(places, text, after=text.index("--")) == {"PER": 1}


@pytest.mark.parametrize(("text", "name"), [
    ("Gunmen killed a retired envoy, once ambassador to Spain, as he left church.", "Spain"),
    ("Gunmen threw a grenade at the embassy of Japan on Friday.", "Japan"),
    ("The union leader was killed a week after he returned from Panama.", "Panama"),
    ("The senator, who had visited Costa Rica twice, was abducted on Monday.", "Costa Rica"),
    ("Rebels killed the mayor days after his visit to Cuba.", "Cuba"),
])  # fmt: skip
def test_the_far_end_of_a_tie_or_a_journey_is_not_where_it_happened(text: str, name: str) -> None:
    assert not where_it_happened(_at(text, name, iso3="XXX"), text)


@pytest.mark.parametrize("text", [
    "A car bomb exploded near the embassy in Lima on Friday.",
    "Assailants fired shots at the home of the ambassador in Lima before dawn.",
])  # fmt: skip
def test_a_town_an_embassy_or_an_envoy_is_in_is_where_it_happened(text: str) -> None:
    assert where_it_happened(_at(text, "Lima", "place", "PER"), text)


def test_a_town_naming_a_reporter_s_post_is_not_where_it_happened() -> None:
    text = "A bus was blown up on Monday, our Mexico City correspondent reports."
    place = _at(text, "Mexico City", "place", "MEX")
    assert owner_use(place, text)
    assert not where_it_happened(place, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Six people died in the town of Arbil, about 300 km north of Baghdad, on Monday.", "Baghdad"),
    ("Rebels burned a village 7 km northeast of Gulu.", "Gulu"),
    ("The convoy was ambushed 40 miles (64 km) west of the capital Kabul.", "Kabul"),
])  # fmt: skip
def test_a_place_measured_from_is_a_reference_point(text: str, name: str) -> None:
    assert reference_point(_at(text, name, "place"), text)


def test_a_place_something_happened_in_is_no_reference_point() -> None:
    text = "Fighting in Mosul killed five people, 20 km of front line was lost."
    assert not reference_point(_at(text, "Mosul", "place"), text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Police reported today in Lima that rebels had burned a bank.", False),
    ("Heavy clashes were reported in Lima overnight.", True),
])  # fmt: skip
def test_where_news_was_reported_is_not_where_it_happened(text: str, expected: bool) -> None:
    assert where_it_happened(_at(text, "Lima", "place", "PER"), text) is expected


@pytest.mark.parametrize(("text", "name", "feature", "happened"), [
    ("A car bomb exploded near Somalia's parliament building on Thursday.", "Somalia", "country", False),
    ("Gunmen killed seven farmers in Nigeria's northwest on Tuesday.", "Nigeria", "country", True),
    ("Troops were deployed in Syria's restive south.", "Syria", "country", True),
    ("A charge Kigali has repeatedly denied.", "Kigali", "place", False),
    ("Moscow said the drones had been shot down.", "Moscow", "place", False),
    ("Clashes in Aleppo reported by the monitor killed 12.", "Aleppo", "place", True),
    ("Students marched in Goma, protesting against Rwanda's support for the rebels.", "Rwanda", "country", False),
    ("Thousands rallied against France outside the embassy.", "France", "country", False),
])  # fmt: skip
def test_a_place_that_owns_speaks_or_is_opposed_is_not_where_it_happened(text: str, name: str, feature: str, happened: bool) -> None:
    assert where_it_happened(_at(text, name, feature), text) is happened
