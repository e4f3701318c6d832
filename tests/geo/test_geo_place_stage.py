"""The place stage's country sense: namesakes, datelines and ALL-CAPS wire text."""

from __future__ import annotations

from collections import Counter

import pytest

from tacitus.geo import Gazetteer, find_toponyms, resolve_toponyms
from tacitus.model import Place
from tacitus.pipeline import _town_countries, keep_in_country


def _town(name: str, iso3: str, start: int) -> Place:
    return Place(name=name, country=iso3, lat=1.0, lon=1.0, precision=1, feature="place", text=name.upper(),
                 start=start, end=start + len(name))


def test_a_lone_namesake_moves_to_the_article_country() -> None:
    towns = [_town("San Ramon", "USA", 100), _town("Santa Tecla", "SLV", 200)]
    moved = keep_in_country(towns[0], Counter({"SLV": 2}), None, _town_countries(towns, None))
    assert (moved.country, moved.precision, moved.lat) == ("SLV", 2, None)


def test_two_namesakes_in_one_foreign_country_still_move_when_the_story_is_plainly_elsewhere() -> None:
    towns = [_town("El Mirador", "MEX", 100), _town("San Carlos", "MEX", 200), _town("Santa Tecla", "SLV", 300)]
    counts = _town_countries(towns, None)
    assert keep_in_country(towns[0], Counter({"SLV": 2}), None, counts).country == "SLV"


def test_towns_abroad_stay_when_the_story_names_no_country() -> None:
    towns = [_town("Amsterdam", "NLD", 0), _town("Lelystad", "NLD", 50), _town("London", "GBR", 100)]
    assert keep_in_country(towns[2], Counter(), None, _town_countries(towns, None)).country == "GBR"


def test_a_country_the_story_names_keeps_its_towns() -> None:
    town = _town("Cucuta", "COL", 10)
    assert keep_in_country(town, Counter({"VEN": 3, "COL": 1}), None, Counter({"COL": 1})).country == "COL"




@pytest.mark.slow
def test_a_capital_dateline_beats_a_namesake_the_other_countries_favour(gaz: Gazetteer) -> None:
    text = ("BOGOTA, 5 JUL 89 (AFP) -- [TEXT] AN UNIDENTIFIED GUNMAN FIRED AT A U.S. MARINE GUARDING "
            "THE U.S. EMBASSY RESIDENCE, U.S. OFFICIALS SAID.")  # fmt: skip
    places = resolve_toponyms(find_toponyms(text, None, gaz), text, gaz)
    assert [(p.text, p.country) for p in places if p.text == "BOGOTA"] == [("BOGOTA", "COL")]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    ("OFFICIALS AT HUANCAYO, CAPITAL OF JUNIN DEPARTMENT, SAID SO.", {"HUANCAYO", "JUNIN"}),
    ("AT DAWN THE GUERRILLAS ATTACKED IN AN EFFORT TO TAKE THE TOWN.", set()),
    ("A BOMB EXPLODED IN LA CEIBA AND IN NORTHEASTERN HONDURAS.", {"LA CEIBA", "HONDURAS"}),
])  # fmt: skip
def test_all_caps_english_words_are_not_places(gaz: Gazetteer, text: str, expected: set[str]) -> None:
    from tacitus.nlp import common_words, load_pipeline

    common = frozenset(common_words(load_pipeline()))
    assert {s for _, _, s in find_toponyms(text, None, gaz, common)} == expected


@pytest.mark.slow
def test_a_caps_two_letter_word_is_not_a_state_abbreviation(gaz: Gazetteer) -> None:
    text = "THE ATTACK TOOK PLACE IN LA, NEAR THE BORDER."
    places = resolve_toponyms([(text.index("LA"), text.index("LA") + 2, "LA")], text, gaz)
    assert all(p.admin1 != "Louisiana" for p in places)


def test_the_body_counts_countries_named_as_places_not_as_owners_nor_in_the_dateline() -> None:
    from types import SimpleNamespace

    from tacitus.model import Article, Document
    from tacitus.pipeline import _body_countries

    text = "SAN SALVADOR (EL SALVADOR) -- Rebels shelled the U.S. embassy; U.S. officials fled to Chalatenango."
    places = [Place(name="El Salvador", country="SLV", precision=3, feature="country", text="EL SALVADOR", start=14, end=25)]
    for i in (text.index("U.S. embassy"), text.index("U.S. officials")):
        places.append(Place(name="United States", country="USA", precision=3, feature="country", text="U.S.", start=i, end=i + 4))
    at = text.index("Chalatenango")
    places.append(Place(name="Chalatenango", country="SLV", precision=2, feature="admin1", text="Chalatenango", start=at, end=at + 12))
    doc = Document(article=Article(id="t", text=text), country_mentions={"SLV": 1, "USA": 2})
    res = SimpleNamespace(resolver=SimpleNamespace(country_mentions=lambda head: Counter({"SLV": 1})))
    mentioned, located = _body_countries(doc, places, text.index("--") + 3, res)  # type: ignore[arg-type]
    assert mentioned == Counter({"SLV": 1})  # the province; "U.S." only owns an embassy and officials
    assert located == Counter({"SLV": 1})


def test_towns_in_the_story_country_count_with_its_one_mention() -> None:
    # a story that names its country once but places five towns there
    towns = [_town(n, "SLV", 10 * i) for i, n in enumerate(["Apopa", "Soyapango", "Mejicanos", "Ilopango"])]
    towns.append(_town("San Patricio", "MEX", 100))
    moved = keep_in_country(towns[-1], Counter({"SLV": 1}), None, _town_countries(towns, None))
    assert moved.country == "SLV"


def test_on_a_tie_the_country_the_story_names_beats_one_it_never_names() -> None:
    towns = [_town("Apopa", "SLV", 10), _town("Agua Caliente", "USA", 20), _town("San Jose", "USA", 30),
             _town("Soyapango", "SLV", 40), _town("Los Angeles", "USA", 50), _town("Mejicanos", "SLV", 60)]
    moved = keep_in_country(towns[1], Counter({"SLV": 1}), None, _town_countries(towns, None))
    assert moved.country == "SLV"
