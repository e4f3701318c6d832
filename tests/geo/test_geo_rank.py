"""Ranking candidates (pure) and resolving an article's mentions jointly, on the twin."""

from __future__ import annotations

from collections import Counter

import pytest

from tacitus.geo import (
    GeoContext,
    InMemoryGazetteer,
    PlaceRecord,
    rank_candidates,
    resolve_toponyms,
)
from tacitus.geo.records import CITY, TOWN
from tacitus.geo.resolve import stray
from tacitus.model import Place


def _top(mini: InMemoryGazetteer, name: str, context: GeoContext, **kw) -> tuple[str, str | None, str]:
    rec, _ = rank_candidates(name, mini.candidates(name), context, **kw)[0]
    return rec.name, rec.country, rec.kind


def test_rank_returns_probabilities_best_first(mini: InMemoryGazetteer) -> None:
    ranked = rank_candidates("Tripoli", mini.candidates("Tripoli"), GeoContext())
    probs = [p for _, p in ranked]
    assert probs == sorted(probs, reverse=True)
    assert sum(probs) == pytest.approx(1.0)


def test_rank_of_no_candidates_is_empty() -> None:
    assert rank_candidates("Atlantis", [], GeoContext()) == []


def test_gao_without_context_is_the_malian_town(mini: InMemoryGazetteer) -> None:
    assert _top(mini, "Gao", GeoContext()) == ("Gao", "MLI", "city")


def test_gao_in_a_sahel_story_is_in_mali(mini: InMemoryGazetteer) -> None:
    ctx = GeoContext(region_countries={"SEN", "MRT", "MLI", "BFA", "NER", "TCD", "NGA"})
    assert _top(mini, "Gao", ctx)[1] == "MLI"


def test_gao_in_a_burkina_story_is_the_burkinabe_town(mini: InMemoryGazetteer) -> None:
    ctx = GeoContext(countries=Counter({"BFA": 2}))
    assert _top(mini, "Gao", ctx) == ("Gao", "BFA", "town")


def test_tripoli_alone_is_the_libyan_capital(mini: InMemoryGazetteer) -> None:
    assert _top(mini, "Tripoli", GeoContext())[1] == "LBY"


def test_tripoli_in_an_article_about_lebanon_is_in_lebanon(mini: InMemoryGazetteer) -> None:
    assert _top(mini, "Tripoli", GeoContext(countries=Counter({"LBN": 2})))[1] == "LBN"


def test_alexandria_alone_is_egypts(mini: InMemoryGazetteer) -> None:
    assert _top(mini, "Alexandria", GeoContext())[1] == "EGY"


def test_alexandria_with_a_louisiana_context_is_in_louisiana(mini: InMemoryGazetteer) -> None:
    ctx = GeoContext(countries=Counter({"USA": 1}), admin1s=Counter({("USA", "Louisiana"): 1}))
    rec, _ = rank_candidates("Alexandria", mini.candidates("Alexandria"), ctx)[0]
    assert (rec.country, rec.admin1) == ("USA", "Louisiana")


def test_a_town_inside_a_same_named_division_beats_the_division(mini: InMemoryGazetteer) -> None:
    assert _top(mini, "Gao", GeoContext())[2] == "city"


def test_province_after_the_name_picks_the_division(mini: InMemoryGazetteer) -> None:
    assert _top(mini, "Gao", GeoContext(), designator="region") == ("Gao", "MLI", "admin1")


def test_country_beats_a_state_of_the_same_name_without_context(mini: InMemoryGazetteer) -> None:
    assert _top(mini, "Georgia", GeoContext()) == ("Georgia", "GEO", "country")


def test_state_wins_when_the_article_is_about_that_state(mini: InMemoryGazetteer) -> None:
    ctx = GeoContext(countries=Counter({"USA": 2}), admin1s=Counter({("USA", "Georgia"): 1}))
    assert _top(mini, "Georgia", ctx) == ("Georgia", "USA", "admin1")


def test_dateline_country_breaks_a_tie(mini: InMemoryGazetteer) -> None:
    assert _top(mini, "Tripoli", GeoContext(dateline_country="LBN", countries=Counter({"LBN": 1})))[1] == "LBN"


def test_actor_countries_count_as_context(mini: InMemoryGazetteer) -> None:
    base = dict(rank_candidates("Gao", mini.candidates("Gao"), GeoContext()))
    with_actor = dict(rank_candidates("Gao", mini.candidates("Gao"), GeoContext(actor_countries={"BFA"})))
    bfa = next(r for r in base if r.country == "BFA")
    assert with_actor[bfa] > base[bfa]


# ---------------------------------------------------------------- resolve_toponyms


def _resolve(mini: InMemoryGazetteer, text: str, *names: str) -> list[Place]:
    mentions = []
    for name in names:
        start = text.index(name)
        mentions.append((start, start + len(name), name))
    return resolve_toponyms(mentions, text, mini)


def test_resolve_uses_the_article_country_for_ambiguous_names(mini: InMemoryGazetteer) -> None:
    text = "Clashes in Tripoli left three dead, Lebanon's army said."
    places = _resolve(mini, text, "Tripoli", "Lebanon")
    assert [(p.text, p.country) for p in places] == [("Tripoli", "LBN"), ("Lebanon", "LBN")]


def test_demonyms_give_context_but_are_not_places(mini: InMemoryGazetteer) -> None:
    text = "Lebanese troops deployed in Tripoli."
    places = _resolve(mini, text, "Lebanese", "Tripoli")
    assert [(p.text, p.country) for p in places] == [("Tripoli", "LBN")]


def test_precision_follows_acled(mini: InMemoryGazetteer) -> None:
    text = "Fighting in Maiduguri, Borno State, Nigeria and the Sahel."
    places = {p.text: p for p in _resolve(mini, text, "Maiduguri", "Borno State", "Nigeria", "Sahel")}
    assert places["Maiduguri"].precision == 1 and places["Maiduguri"].feature == "place"
    assert places["Borno State"].precision == 3 and places["Borno State"].feature == "admin1"
    assert places["Nigeria"].precision == 3 and places["Nigeria"].feature == "country"
    assert places["Sahel"].precision == 3 and places["Sahel"].feature == "region"


def test_place_carries_offsets_coordinates_and_admin1(mini: InMemoryGazetteer) -> None:
    text = "Gunmen attacked Maiduguri."
    (place,) = _resolve(mini, text, "Maiduguri")
    assert (place.start, place.end, place.text) == (16, 25, "Maiduguri")
    assert (place.admin1, place.lat, place.lon) == ("Borno", 11.84692, 13.15712)


def test_admin1_agreement_pulls_a_namesake_into_the_right_state(mini: InMemoryGazetteer) -> None:
    text = "Police in Alexandria, Louisiana, arrested two men."
    places = _resolve(mini, text, "Alexandria", "Louisiana")
    assert (places[0].country, places[0].admin1) == ("USA", "Louisiana")


def test_a_region_lends_its_countries_to_the_context(mini: InMemoryGazetteer) -> None:
    text = "Jihadists in the Sahel struck Gao again."
    places = _resolve(mini, text, "the Sahel", "Gao")
    assert [(p.name, p.country) for p in places] == [("Sahel", None), ("Gao", "MLI")]


def test_the_dateline_country_resolves_the_rest(mini: InMemoryGazetteer) -> None:
    text = "TRIPOLI, Lebanon (Reuters) - Gunmen fired on a checkpoint in Tripoli."
    places = _resolve(mini, text, "TRIPOLI", "Lebanon")
    assert places[0].country == "LBN"


def test_unknown_names_are_dropped(mini: InMemoryGazetteer) -> None:
    assert _resolve(mini, "They reached Atlantis.", "Atlantis") == []


def test_actor_countries_tip_a_balanced_article(mini: InMemoryGazetteer) -> None:
    text = "Malian and Burkinabe officials met after militants attacked Gao. Mali and Burkina Faso"
    start = text.index("Gao")
    mentions = [(start, start + 3, "Gao"), (text.index("Mali "), text.index("Mali ") + 4, "Mali"),
                (text.index("Burkina Faso"), len(text), "Burkina Faso")]  # fmt: skip
    plain = resolve_toponyms(mentions, text, mini)
    with_actor = resolve_toponyms(mentions, text, mini, actor_countries=["BFA"])
    assert plain[0].country == "MLI"
    assert with_actor[0].country == "BFA"


@pytest.mark.parametrize(("text", "name", "definite"), [
    ("warm water in the tropical Atlantic, forecasters said", "Atlantic", True),
    ("storms form in the Atlantic. Currently", "Atlantic", True),
    ("the eastern Pacific is cooler than usual", "Pacific", True),
    ("along the Atlantic coast", "Atlantic", False),
    ("the Toronto police said", "Toronto", False),
    ("the Dubai Police said", "Dubai", False),
    ("a Toronto man was charged", "Toronto", False),
    ("fighting in Gao, officials said", "Gao", False),
])
def test_a_name_after_the_and_no_noun_is_a_definite_use(text: str, name: str, definite: bool) -> None:
    from tacitus.geo.resolve import definite_use

    start = text.index(name)
    assert definite_use(text, start, start + len(name)) is definite


# --- a town abroad that nothing in the article points to -------------------------------------------

_SMALL_TOWN_ABROAD = PlaceRecord(None, "Kalla", TOWN, "JPN", 35.4, 137.0, 12_000, admin1="Gifu")
_CITY_ABROAD = PlaceRecord(None, "Geneva", CITY, "CHE", 46.2, 6.1, 201_741, admin1="Geneva")
_MYANMAR_STORY = GeoContext(countries=Counter({"MMR": 3}), dateline_country="MMR")
_PLACED_IN_MYANMAR = Counter({"MMR": 5})


def test_a_small_town_in_a_country_nothing_else_names_is_dropped() -> None:
    assert stray(_SMALL_TOWN_ABROAD, _MYANMAR_STORY, located=_PLACED_IN_MYANMAR)


def test_a_town_whose_country_the_article_names_stays() -> None:
    ctx = GeoContext(countries=Counter({"MMR": 3, "JPN": 1}), dateline_country="MMR")
    assert not stray(_SMALL_TOWN_ABROAD, ctx, located=_PLACED_IN_MYANMAR)


def test_a_town_stays_where_the_article_does_not_say_where_it_is() -> None:
    # "a Ukrainian drone … near the town of Shebekino": a demonym and an actor say whose, not where
    ctx = GeoContext(countries=Counter({"UKR": 1}), actor_countries={"UKR"})
    assert not stray(_SMALL_TOWN_ABROAD, ctx, located=Counter())


def test_a_city_abroad_stays_unless_the_text_calls_it_a_division() -> None:
    assert not stray(_CITY_ABROAD, _MYANMAR_STORY, located=_PLACED_IN_MYANMAR)
    assert stray(_CITY_ABROAD, _MYANMAR_STORY, designator="township", located=_PLACED_IN_MYANMAR)
