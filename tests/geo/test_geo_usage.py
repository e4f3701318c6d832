"""How a text uses a place name: where something is, or only a word about something else."""

from __future__ import annotations

import pytest

from tacitus.geo.usage import locative_countries, owner_use, where_it_happened
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
])  # fmt: skip
def test_a_destination_is_not_where_it_happened(text: str, name: str) -> None:
    feature = "place" if name == "Nairobi" else "country"
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
