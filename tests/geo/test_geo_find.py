"""Finding place-name spans: NER spans plus the gazetteer scan, on the twin."""

from __future__ import annotations

import pytest

from tacitus.geo import InMemoryGazetteer, find_toponyms
from tacitus.geo.spans import is_caps_text, tokenize


def _texts(text: str, mini: InMemoryGazetteer, ner=None) -> list[str]:
    return [t for _, _, t in find_toponyms(text, ner, mini)]


def test_scan_finds_known_names_without_ner(mini: InMemoryGazetteer) -> None:
    text = "Gunmen attacked a checkpoint near Gao, in northern Mali."
    assert _texts(text, mini) == ["Gao", "Mali"]


def test_spans_slice_the_text(mini: InMemoryGazetteer) -> None:
    text = "Clashes erupted in Tripoli on Monday."
    for start, end, surface in find_toponyms(text, None, mini):
        assert text[start:end] == surface


def test_longest_name_wins(mini: InMemoryGazetteer) -> None:
    assert _texts("Fighting in El Fasher and Burkina Faso.", mini) == ["El Fasher", "Burkina Faso"]


def test_a_lower_case_division_word_is_left_for_resolution(mini: InMemoryGazetteer) -> None:
    assert _texts("Troops deployed across Borno state overnight.", mini) == ["Borno"]


def test_a_capitalised_division_word_ending_the_name_belongs_to_it(mini: InMemoryGazetteer) -> None:
    # Both geoparsing corpora mark "Borno State", "Fars Province", "Laurel County" whole.
    assert _texts("Troops deployed across Borno State overnight.", mini) == ["Borno State"]


def test_a_division_word_before_another_capitalised_word_names_an_organisation(mini: InMemoryGazetteer) -> None:
    assert _texts("The Borno State Governor visited Maiduguri.", mini) == ["Borno", "Maiduguri"]




def test_accented_and_article_variants_are_found(mini: InMemoryGazetteer) -> None:
    assert _texts("Shelling hit al-Fashir and Menaka.", mini) == ["al-Fashir", "Menaka"]


def test_demonyms_are_returned_for_context(mini: InMemoryGazetteer) -> None:
    assert _texts("Nigerian troops entered Maiduguri.", mini) == ["Nigerian", "Maiduguri"]


def test_possessive_is_not_part_of_the_name(mini: InMemoryGazetteer) -> None:
    assert _texts("It was Tripoli's worst week.", mini) == ["Tripoli"]


def test_dotted_country_abbreviation(mini: InMemoryGazetteer) -> None:
    text = "The U.S. embassy in Tripoli closed."
    assert _texts(text, mini) == ["U.S.", "Tripoli"]


@pytest.mark.parametrize(
    "text",
    [
        "Police said the attack was over.",
        "Mobile networks were cut across the region.",
        "Witnesses told Smith that the convoy had left.",
        "President Georgia Brown spoke at the summit.",
        "BA flights were cancelled.",
    ],
)
def test_common_words_titles_and_acronyms_are_not_places(mini: InMemoryGazetteer, text: str) -> None:
    assert _texts(text, mini) == []


def test_lowercase_words_are_never_scanned_in_mixed_case(mini: InMemoryGazetteer) -> None:
    assert _texts("The mobile police unit from gao arrived on Monday, Police said.", mini) == []


def test_all_lower_case_text_is_scanned_like_all_caps(mini: InMemoryGazetteer) -> None:
    # a careless scrape with no capitals at all: case says nothing, so cues decide
    assert _texts("the mobile police unit from gao arrived after the attack", mini) == ["gao"]


def test_a_small_place_needs_a_locative_cue(mini: InMemoryGazetteer) -> None:
    assert _texts("Ménaka said nothing.", mini) == []
    assert _texts("They fled to the town of Ménaka.", mini) == ["Ménaka"]
    assert _texts("Rebels entered Ménaka.", mini) == ["Ménaka"]


def test_a_list_of_places_carries_the_cue(mini: InMemoryGazetteer) -> None:
    assert _texts("Attacks hit Gao, Ménaka and Tripoli.", mini) == ["Gao", "Ménaka", "Tripoli"]


def test_all_caps_wire_text_is_scanned(mini: InMemoryGazetteer) -> None:
    text = "GAO, 12 JAN 90 -- GUNMEN KILLED US CITIZENS NEAR MENAKA AND IN MAIDUGURI, POLICE SAID."
    assert _texts(text, mini) == ["GAO", "MENAKA", "MAIDUGURI"]


def test_ner_place_spans_are_kept_even_if_unknown(mini: InMemoryGazetteer) -> None:
    text = "Fighting near Kalehe continued."
    start = text.index("Kalehe")
    assert _texts(text, mini, [(start, start + 6, "GPE")]) == ["Kalehe"]


def test_ner_span_loses_a_leading_the(mini: InMemoryGazetteer) -> None:
    text = "Drought hit the Sahel."
    start = text.index("the Sahel")
    assert find_toponyms(text, [(start, start + 9, "LOC")], mini) == [(start + 4, start + 9, "Sahel")]


def test_a_prominent_place_ner_calls_a_person_is_recovered(mini: InMemoryGazetteer) -> None:
    text = "Gao was quiet on Friday."
    assert _texts(text, mini, [(0, 3, "PERSON")]) == ["Gao"]


def test_a_minor_place_ner_calls_a_person_stays_a_person(mini: InMemoryGazetteer) -> None:
    text = "Yesterday Smith met the governor."
    start = text.index("Smith")
    assert _texts(text, mini, [(start, start + 5, "PERSON")]) == []


def test_a_place_inside_a_longer_organisation_name_is_skipped(mini: InMemoryGazetteer) -> None:
    text = "The University of Maiduguri reopened."
    start = text.index("University")
    end = text.index(" reopened")
    assert _texts(text, mini, [(start, end, "ORG")]) == []


def test_dates_are_not_places(mini: InMemoryGazetteer) -> None:
    text = "The fair ran Gao 12 to 14 May."
    start = text.index("Gao")
    assert _texts(text, mini, [(start, text.index("."), "DATE")]) == []


@pytest.mark.parametrize("text", ["Special forces were embedded in Gao near the border.",
                                  "The convoy reached Tripoli before it was stopped."])
def test_a_date_label_on_a_bare_name_after_a_locative_is_the_models_slip(mini: InMemoryGazetteer, text: str) -> None:
    # no figure, month, weekday or word of time in the span: NER's DATE does not veto the gazetteer
    name = "Gao" if "Gao" in text else "Tripoli"
    start = text.index(name)
    assert _texts(text, mini, [(start, start + len(name), "DATE")]) == [name]


def test_a_date_label_after_a_locative_holding_a_time_word_still_vetoes(mini: InMemoryGazetteer) -> None:
    text = "It happened in Gao overnight, a month ago."
    start = text.index("Gao")
    assert _texts(text, mini, [(start, text.index(","), "DATE")]) in ([], ["Gao"])
    assert _texts(text, mini, [(start, text.index("."), "DATE")]) == []


def test_caps_detection() -> None:
    assert is_caps_text("SAN SALVADOR, 12 JAN 90 -- THE FMLN ATTACKED A POST.")
    assert not is_caps_text("Gunmen attacked a post in San Salvador, police said.")


def test_tokenizer_keeps_hyphens_and_apostrophes_inside_names() -> None:
    assert [t.text for t in tokenize("Deir ez-Zor and Ma'rib's roads")] == ["Deir", "ez-Zor", "and", "Ma'rib", "roads"]


def test_alternate_names_are_trusted_only_in_the_articles_countries(mini: InMemoryGazetteer) -> None:
    # "Tarabulus" is an alternate name of Tripoli, Libya: a person in a Malian story...
    assert _texts("In Mali, Tarabulus said the convoy had left.", mini) == ["Mali"]
    # ...but the Libyan capital in a Libyan one.
    assert _texts("Tarabulus was calm, Libyan officials said.", mini) == ["Tarabulus", "Libyan"]


def test_all_caps_single_word_needs_a_cue(mini: InMemoryGazetteer) -> None:
    assert _texts("THE TROOPS PRAISED BORNO FOR ITS HELP YESTERDAY.", mini) == []
    assert _texts("THE TROOPS ARRIVED IN BORNO YESTERDAY AFTERNOON.", mini) == ["BORNO"]
    assert _texts("THE TROOPS PRAISED BORNO STATE FOR ITS HELP.", mini) == ["BORNO"]


def test_all_caps_names_may_wrap_across_lines(mini: InMemoryGazetteer) -> None:
    text = "THE REBELS ATTACKED A POST NEAR EL\nFASHER ON MONDAY, OFFICIALS SAID."
    assert _texts(text, mini) == ["EL\nFASHER"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Talks on a Mali-Nigeria security pact stalled.", ["Mali", "Nigeria"]),
    ("Convoys crossed the Sudan-Egypt border at dawn.", ["Sudan", "Egypt"]),
    ("The Malian-Nigerian force patrolled near Gao.", ["Malian", "Nigerian", "Gao"]),
    ("The Burkina Faso-Mali road was cut.", ["Burkina Faso", "Mali"]),
])  # fmt: skip
def test_a_compound_of_capitalised_names_is_cut_at_its_hyphens(mini: InMemoryGazetteer, text: str,
                                                               expected: list[str]) -> None:  # fmt: skip
    assert _texts(text, mini) == expected


def test_hyphenated_names_and_lower_case_compounds_stay_whole(mini: InMemoryGazetteer) -> None:
    assert _texts("Shelling hit Al-Fashir; the Mali-based mission left.", mini) == ["Al-Fashir"]


def test_all_caps_compounds_are_not_cut() -> None:
    assert [t.text for t in tokenize("MALI-NIGERIA")] == ["MALI-NIGERIA"]
    assert [t.text for t in tokenize("Mali-Nigeria", split_hyphens=True)] == ["Mali", "Nigeria"]
