"""Unnamed actor nouns (``actors.generic``): what counts as one and what kind it is."""

from __future__ import annotations

import pytest

from tacitus.actors.generic import find_generic
from tacitus.model import ActorKind


@pytest.mark.parametrize("text", [
    "its forces struck military-industrial sites",
    "the army-backed militias withdrew",
    "a police-run radio station",
])
def test_noun_that_modifies_another_word_names_no_actor(text: str) -> None:
    assert not [g for g in find_generic(text) if g.text.lower() in ("military", "army", "police")]


@pytest.mark.parametrize("text, found", [
    ("an army-led offensive", "army"),
    ("troops shelled the village", "troops"),
    ("the military said", "military"),
])
def test_state_forces_still_found(text: str, found: str) -> None:
    assert [g.text for g in find_generic(text) if g.kind == ActorKind.STATE_FORCES] == [found]


@pytest.mark.parametrize("text, found", [
    ("an explosive device planted by takfiri elements", "takfiri elements"),
    ("terrorist elements opened fire", "terrorist elements"),
])
def test_elements_of_a_hostile_kind_are_an_armed_group(text: str, found: str) -> None:
    assert [g.text for g in find_generic(text) if g.kind == ActorKind.REBEL] == [found]


@pytest.mark.parametrize("text", [
    "agents of the police anti-gang directorate",
    "the counter-terrorism unit",
    "it has elements it wishes to destroy",
])
def test_a_word_inside_anti_or_counter_or_plain_elements_is_no_armed_group(text: str) -> None:
    assert not [g for g in find_generic(text) if g.kind == ActorKind.REBEL]


def test_its_units_are_a_force_whose_owner_the_sentence_names() -> None:
    assert [g.text for g in find_generic("the army said its units killed 30") if g.kind == ActorKind.STATE_FORCES] == ["army", "units"]
