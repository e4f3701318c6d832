import pytest

from tacitus.actors.kb import KnowledgeBase, entry_from_yaml
from tacitus.actors.matcher import NameMatcher, text_case


@pytest.fixture
def matcher():
    kb = KnowledgeBase()
    for item in (
        {"id": "boko_haram", "name": "Boko Haram", "kind": "rebel", "translations": ["Sunni Group for Preaching and Jihad"]},
        {"id": "islamic_state", "name": "Islamic State", "kind": "rebel", "aliases": ["ISIS", "IS", "Daesh"]},
        {"id": "al_shabaab", "name": "Al-Shabaab", "kind": "rebel", "aliases": ["Shebab"]},
        {"id": "fmln", "name": "Farabundo Marti National Liberation Front", "kind": "rebel", "aliases": ["FMLN"]},
    ):
        kb.add(entry_from_yaml(item, "test"))
    return NameMatcher(kb, common_words=["state"])


def test_translation_matches_with_an_extra_article(matcher):
    [m] = matcher.find("the allegiance of our brothers of the Sunni group for preaching and the jihad")
    assert m.ids == ("boko_haram",)


def test_hyphenated_arabic_article_variants_match(matcher):
    assert [m.ids for m in matcher.find("ash-Shabaab fighters and El-Shabaab commanders")] == [("al_shabaab",), ("al_shabaab",)]


def test_short_abbreviation_needs_capitals_in_mixed_case(matcher):
    assert matcher.find("It is clear that IS fighters advanced.")[0].text == "IS"
    assert len(matcher.find("It is clear that IS fighters advanced.")) == 1


def test_all_caps_wire_matches_long_names_but_not_two_letter_words(matcher):
    text = "GUERRILLAS OF THE FARABUNDO MARTI NATIONAL LIBERATION FRONT SAID IT IS READY."
    assert text_case(text) == "upper"
    assert [m.ids for m in matcher.find(text)] == [("fmln",)]


def test_lower_case_text_matches_names(matcher):
    assert [m.ids for m in matcher.find("the shebab attacked a base")] == [("al_shabaab",)]


def test_a_name_before_a_possessive_ends_at_the_apostrophe(matcher):
    [m] = matcher.find("Boko Haram's leader appeared in a new video.")
    assert m.ids == ("boko_haram",) and m.text == "Boko Haram"
    [m] = matcher.find("The Shebab’s spokesman denied it.")
    assert m.ids == ("al_shabaab",) and m.text == "Shebab"
    [m] = matcher.find("ISIS's fighters withdrew.")
    assert m.ids == ("islamic_state",) and m.text == "ISIS"


def test_a_name_that_holds_a_possessive_keeps_it():
    kb = KnowledgeBase()
    kb.add(entry_from_yaml({"id": "tplf", "name": "Tigray People's Liberation Front", "kind": "rebel"}, "test"))
    kb.add(entry_from_yaml({"id": "peoples_front", "name": "People's Front", "kind": "rebel"}, "test"))
    m = NameMatcher(kb)
    assert [x.text for x in m.find("The Tigray People's Liberation Front said so.")] == ["Tigray People's Liberation Front"]
    assert [x.text for x in m.find("The People's Front's leader spoke.")] == ["People's Front"]


@pytest.fixture
def wire_matcher():
    """Abbreviations that WordNet also lists as words ("farc", "eta") among the common words."""
    kb = KnowledgeBase()
    for item in (
        {"id": "farc", "name": "Revolutionary Armed Forces of Colombia", "kind": "rebel", "aliases": ["FARC"]},
        {"id": "eln", "name": "National Liberation Army", "kind": "rebel", "aliases": ["ELN"]},
        {"id": "fan_chad", "name": "Armed Forces of the North", "kind": "rebel", "aliases": ["FAN"]},
    ):
        kb.add(entry_from_yaml(item, "test"))
    return NameMatcher(kb, common_words=["farc", "eln", "fan", "the"])


@pytest.mark.parametrize("text", [
    "SEVEN PEASANTS WERE MURDERED BY FARC MEMBERS IN CAQUETA.",
    "THE ATTACK WAS BLAMED ON THE FARC.",
    "GUERRILLAS OF THE FARC BURNED THREE BUSES.",
    "THE REVOLUTIONARY ARMED FORCES OF COLOMBIA (FARC) DENIED IT.",
])
def test_all_caps_abbreviation_that_is_also_a_word_matches_where_used_as_a_name(wire_matcher, text):
    assert "farc" in {i for m in wire_matcher.find(text) for i in m.ids}


@pytest.mark.parametrize("text", [
    "A FAN OF THE LOCAL CLUB WAS INJURED IN THE STAMPEDE.",
    "EVERY FAN IN THE STADIUM STOOD UP.",
])
def test_all_caps_dictionary_word_is_not_a_group_without_such_use(wire_matcher, text):
    assert wire_matcher.find(text) == []


def test_a_possessive_s_is_not_the_last_letter_of_another_name():
    """"AQI's leader" is al-Qaeda in Iraq's leader, though folding the apostrophe away spells AQIS."""
    kb = KnowledgeBase()
    kb.add(entry_from_yaml({"id": "aqi", "name": "al-Qaeda in Iraq", "kind": "rebel", "aliases": ["AQI"]}, "test"))
    kb.add(entry_from_yaml({"id": "aqis", "name": "al-Qaeda in the Indian Subcontinent", "kind": "rebel", "aliases": ["AQIS"]}, "test"))
    m = NameMatcher(kb)
    assert [(x.text, x.ids) for x in m.find("AQI's leader was killed in a raid.")] == [("AQI", ("aqi",))]
    assert [(x.text, x.ids) for x in m.find("AQIS fighters attacked the post.")] == [("AQIS", ("aqis",))]
