"""Misparses of the small English model that hide who did what, and how ``repair_parse`` mends them.

Each test checks the model's reading first: if a newer model parses the sentence right, the
repair must leave it alone (and the test still holds)."""

from __future__ import annotations

import pytest

from tacitus.nlp import repair_parse


@pytest.fixture(scope="module")
def parse(resources):
    nlp = resources.nlp.nlp

    def run(text: str):
        sdoc = nlp(text)
        repair_parse(sdoc)
        return sdoc

    return run


def _tok(sdoc, word: str):
    return next(t for t in sdoc if t.text == word)


def test_a_participle_with_an_object_is_the_verb_of_its_noun(parse) -> None:
    sdoc = parse("Further north, ADF militants killed at least 18 civilians in a raid on the village on Sunday.")
    killed, militants = _tok(sdoc, "killed"), _tok(sdoc, "militants")
    assert militants.dep_ == "nsubj" and militants.head.i == killed.i
    assert killed.dep_ in ("ROOT", "ccomp")


def test_a_participle_with_an_object_before_the_speaker_is_what_was_said(parse) -> None:
    sdoc = parse("Further north, suspected Allied Democratic Forces (ADF) militants killed at least 18 civilians with machetes "
                 "and guns in an overnight raid on the village of Mamove in Beni territory, a civil society leader said on Tuesday.")
    killed, militants = _tok(sdoc, "killed"), _tok(sdoc, "militants")
    assert militants.head.i == killed.i and militants.dep_ == "nsubj"
    assert killed.head.lemma_ == "say"


def test_a_true_reduced_relative_is_left_alone(parse) -> None:
    sdoc = parse("Villagers killed in the raid were buried on Tuesday.")
    killed = _tok(sdoc, "killed")
    assert killed.dep_ != "ROOT" and _tok(sdoc, "buried").dep_ == "ROOT"


def test_an_adjective_before_a_group_name_after_by_gives_the_name(parse) -> None:
    sdoc = parse("Shelling by the paramilitary Rapid Support Forces on a crowded market in El Fasher killed at least 25 people "
                 "on Sunday, medics said.")
    forces, by = _tok(sdoc, "Forces"), _tok(sdoc, "by")
    assert forces.head.i == by.i and forces.dep_ == "pobj"
    assert _tok(sdoc, "paramilitary").head.i == forces.i
