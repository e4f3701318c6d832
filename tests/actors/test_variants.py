"""Word-order variants of translated group names ("National Liberation Army" = "Army of National Liberation").

English wires translate Spanish, French, Portuguese and Arabic names word for word, so one group is
printed in both orders. The loader generates the other order where that is safe; these tests pin
what it makes and, as much, what it must never make.
"""

from __future__ import annotations

import pytest

from tacitus.actors.kb import Country, KnowledgeBase, entry_from_yaml, load_kb, state_entries
from tacitus.actors.matcher import NameMatcher
from tacitus.actors.normalize import key
from tacitus.actors.variants import add_word_order_variants, unit_variants, word_order_variants

COUNTRIES = {
    "COL": Country("COL", "CO", "Colombia", ("Colombian",), None, None, None, None),
    "GTM": Country("GTM", "GT", "Guatemala", ("Guatemalan",), None, None, None, None),
    "PHL": Country("PHL", "PH", "Philippines", ("Filipino", "Philippine"), None, None, None, None),
    "COD": Country("COD", "CD", "Democratic Republic of Congo", ("Congolese", "DRC"), None, None, None, None),
}


def variants(name: str) -> set[str]:
    return set(word_order_variants(name, COUNTRIES.values()))


@pytest.mark.parametrize(
    "name, expected",
    [
        ("National Liberation Army", "Army of National Liberation"),
        ("Popular Liberation Army", "Army of Popular Liberation"),
        ("Farabundo Marti National Liberation Front", "Farabundo Marti Front for National Liberation"),
        ("Farabundo Marti National Liberation Front", "Farabundo Marti Front of National Liberation"),
        ("Sandinista National Liberation Front", "Sandinista Front for National Liberation"),
        ("National Liberation Armed Forces", "Armed Forces of National Liberation"),
        ("Zapatista Army of National Liberation", "Zapatista National Liberation Army"),
        ("Army of National Liberation", "National Liberation Army"),
        ("Armed Forces of National Resistance", "National Resistance Armed Forces"),
        ("Revolutionary Armed Forces of Colombia", "Colombian Revolutionary Armed Forces"),
        ("Communist Party of the Philippines", "Philippine Communist Party"),
        ("Guatemalan National Revolutionary Unity", "National Revolutionary Unity of Guatemala"),
        ("People's Revolutionary Army of Colombia", "Colombian People's Revolutionary Army"),
    ],
)
def test_translated_name_gets_its_other_word_order(name: str, expected: str) -> None:
    assert expected in variants(name)


@pytest.mark.parametrize(
    "name",
    [
        "Oromo Liberation Front",  # one modifier word: "Front of Liberation" is no name
        "Liberation Front",
        "People's Revolutionary Army",  # the modifiers end in an adjective: "Army of People's Revolutionary"
        "Revolutionary Armed Forces",  # "Armed Forces" is one head; "Revolutionary" alone is too little
        "Islamic State",  # "State" is no organisation noun
        "Boko Haram",
        "Ejército de Liberación Nacional",  # already the original language
        "Front de Libération Nationale",
        "Front for the Liberation of the Enclave of Cabinda",  # "Cabinda" is no modifier word
        "Sunni Group for Preaching and Jihad",
        "People's Revolutionary Army (El Salvador)",  # a disambiguated display name
        "Army of Colombia",  # a state's forces, never a group's
        "Armed Forces of Colombia",
        "National Army of Colombia",
        "Colombian National Army",
        "Colombian Armed Forces",
        "Colombian Security Forces",
        "DRC Revolutionary Armed Forces",  # an all-caps "demonym" is an abbreviation, not "of Congo"
    ],
)
def test_unsafe_or_untranslated_name_gets_no_variant(name: str) -> None:
    assert variants(name) == set()


def test_a_variant_keeps_the_names_own_words_and_adds_none() -> None:
    for name in ("National Liberation Army", "Zapatista Army of National Liberation", "Farabundo Marti National Liberation Front"):
        for v in variants(name):
            extra = set(v.lower().split()) - set(name.lower().split())
            assert extra <= {"of", "for"}, (name, v)


def _kb(*items: dict[str, object]) -> KnowledgeBase:
    kb = KnowledgeBase(countries=dict(COUNTRIES))
    for country in COUNTRIES.values():
        for entry in state_entries(country):
            kb.add(entry)
    for item in items:
        kb.add(entry_from_yaml(dict(item), "test"))
    add_word_order_variants(kb)
    return kb


def test_group_entry_gains_variants_and_keeps_its_curated_names() -> None:
    kb = _kb({"id": "eln", "name": "National Liberation Army", "kind": "rebel", "aliases": ["ELN"]})
    eln = kb.entries["eln"]
    assert "Army of National Liberation" in eln.variants
    assert eln.aliases == ("ELN",)
    assert kb.by_key["army of national liberation"] == ("eln",)


def test_state_forces_get_no_variants() -> None:
    kb = _kb({"id": "farc", "name": "Revolutionary Armed Forces of Colombia", "kind": "rebel"})
    for part in ("military", "police", "government"):
        assert kb.entries[f"{part}_col"].variants == ()
    assert kb.by_key["army of colombia"] == ("military_col",)
    assert kb.by_key["colombian revolutionary armed forces"] == ("farc",)


def test_variant_that_is_another_actors_name_is_dropped() -> None:
    kb = _kb(
        {"id": "nla", "name": "National Liberation Army", "kind": "rebel"},
        {"id": "other", "name": "Army of National Liberation", "kind": "rebel"},
    )
    assert kb.by_key["army of national liberation"] == ("other",)
    assert kb.by_key["national liberation army"] == ("nla",)
    assert kb.entries["nla"].variants == ()
    assert kb.entries["other"].variants == ()


def test_variant_already_among_the_curated_names_is_not_repeated() -> None:
    kb = _kb({
        "id": "fmln", "name": "Farabundo Marti National Liberation Front", "kind": "rebel",
        "aliases": ["Farabundo Marti Front for National Liberation"],
    })
    assert "Farabundo Marti Front for National Liberation" not in kb.entries["fmln"].variants
    assert "Farabundo Marti Front of National Liberation" in kb.entries["fmln"].variants


def test_two_actors_making_one_variant_from_different_names_get_neither() -> None:
    kb = _kb(
        {"id": "a", "name": "Front of National Liberation", "kind": "rebel"},
        {"id": "b", "name": "Front for National Liberation", "kind": "rebel"},
    )
    assert "national liberation front" not in kb.by_key


def test_people_get_no_variants() -> None:
    kb = _kb({"id": "x", "name": "National Liberation Army", "kind": "person"})
    assert kb.entries["x"].variants == ()


def test_matcher_finds_the_generated_order_in_mixed_and_upper_case() -> None:
    kb = _kb(
        {"id": "eln", "name": "National Liberation Army", "kind": "rebel"},
        {"id": "farc", "name": "Revolutionary Armed Forces of Colombia", "kind": "rebel"},
    )
    matcher = NameMatcher(kb)
    [m] = matcher.find("Guerrillas of the Army of National Liberation blew up a pipeline.")
    assert m.ids == ("eln",) and m.text == "Army of National Liberation"
    [m] = matcher.find("THE COLOMBIAN REVOLUTIONARY ARMED FORCES ATTACKED A POLICE STATION.")
    assert m.ids == ("farc",)


@pytest.mark.parametrize(("name", "expected"), [
    ("Jaime Martinez Mobile Column", ["Jaime Martinez Column", "Jaime Martinez Front", "Jaime Martinez Bloc"]),
    ("Carlos Patino Front", ["Carlos Patino Mobile Column", "Carlos Patino Column", "Carlos Patino Bloc"]),
    # no person's name before the unit word: the words are the group's own name
    ("Popular Front", []),
    ("National Liberation Front", []),
    ("Levant Conquest Front", []),
    ("Central Bolivar Bloc", []),
])  # fmt: skip
def test_a_unit_named_after_a_person_has_the_other_unit_words(name: str, expected: list[str]) -> None:
    assert unit_variants(name) == expected


def test_matcher_finds_a_mobile_column_written_as_a_front() -> None:
    kb = _kb({"id": "jm", "name": "Jaime Martinez Mobile Column", "kind": "rebel"})
    [m] = NameMatcher(kb).find("Soldiers clashed with members of the Jaime Martinez front in Suarez.")
    assert m.ids == ("jm",)


def test_packaged_knowledge_base_variants_never_name_a_state_or_a_country() -> None:
    kb = load_kb()
    state_keys = {k for k, ids in kb.by_key.items() if any(kb.entries[i].kind == "state_forces" for i in ids)}
    for entry in kb.entries.values():
        if entry.kind in ("state_forces", "person"):
            assert entry.variants == ()
        for v in entry.variants:
            k = key(v)
            assert k not in state_keys and k not in kb.demonyms, (entry.id, v)


# Ordinary news sentences written with the organisation nouns and modifiers the variants move around.
ORDINARY = [
    "The army of the republic paraded through the capital on national liberation day.",
    "Forces of change swept the party congress, where delegates debated national unity.",
    "He joined the army for national service after finishing school.",
    "The council of ministers met on Tuesday to discuss the national budget.",
    "A front of cold air brought heavy rain to the northern provinces.",
    "Members of the popular party voted against the bill.",
    "The union of teachers called a national strike for higher pay.",
    "Police said the group of protesters dispersed peacefully after the march.",
    "The liberation of the city was celebrated with fireworks and a parade.",
    "The national army of volunteers helped clear the debris after the floods.",
    "The command of the operation passed to a new general last week.",
    "A brigade of firefighters fought the blaze for six hours.",
    "The national front of opposition parties won the local election.",
    "The movement of national renewal in the arts spread to three provinces.",
    "Colombian forces of the national army secured the border crossing.",
]


@pytest.fixture(scope="module")
def packaged_matcher() -> NameMatcher:
    return NameMatcher(load_kb())


@pytest.mark.parametrize("sentence", ORDINARY)
def test_ordinary_sentence_names_no_group(packaged_matcher: NameMatcher, sentence: str) -> None:
    kb = packaged_matcher._kb
    for text in (sentence, sentence.upper()):
        groups = [m.text for m in packaged_matcher.find(text) if m.ids and " " in m.alias_key
                  and any(kb.entries[i].kind not in ("state_forces",) for i in m.ids)]
        assert groups == [], text


def test_generated_variant_does_not_swallow_the_start_of_another_name() -> None:
    kb = _kb(
        {"id": "ypg", "name": "People's Defence Units", "kind": "rebel"},
        {"id": "pdf", "name": "People's Defence Force", "kind": "rebel"},
    )
    assert "Units of People's Defence" in kb.entries["ypg"].variants
    matcher = NameMatcher(kb)
    assert [m.ids for m in matcher.find("Armed units of the People's Defence Force attacked the post.")] == [("pdf",)]
    assert [m.ids for m in matcher.find("Fighters of the Units of People's Defence held the town.")] == [("ypg",)]
