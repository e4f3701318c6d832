"""Sentence splitting: offsets, paragraphs, and titles written short."""

from __future__ import annotations

import pytest

from tacitus.nlp import load_splitter, split_sentences


@pytest.fixture(scope="module")
def splitter():
    return load_splitter()


@pytest.mark.parametrize("text", [
    "Army Lt. Gen. Hamid Rasuli said the strike hit a car near the border.",
    "The military said Sgt. Musa Bello died in the blast on Monday.",
    "Maj. Gen. Ruth Adeyemi, commander of the division, visited the wounded.",
    "Police said Det. Insp. Omar Haddad led the raid.",
    "THE ARMY SAID LT. COL. JUAN PEREZ DIED IN THE AMBUSH.",
    "Residents told Capt. Ibrahim Sule that the gunmen had left.",
])
def test_a_title_written_short_does_not_end_a_sentence(splitter, text) -> None:
    sents = split_sentences(text, splitter)
    assert [s.text for s in sents] == [text]


def test_sentences_keep_offsets_indices_and_paragraphs(splitter) -> None:
    text = "Col. Amina Yusuf said two died. Three were hurt.\n\nA curfew began. Markets shut."
    sents = split_sentences(text, splitter)
    assert [s.text for s in sents] == ["Col. Amina Yusuf said two died.", "Three were hurt.", "A curfew began.", "Markets shut."]
    assert [s.index for s in sents] == [0, 1, 2, 3]
    assert all(text[s.start : s.end] == s.text for s in sents)
