"""Case restoration of one-case wires: sentence starts, names, and lines wrapped mid-sentence."""

from __future__ import annotations

from typing import Any

from tacitus.nlp.case import CaseRestorer


def test_a_wrapped_line_is_no_sentence_start() -> None:
    text = "THE AMBUSH WAS STAGED\nBY REBELS NEAR THE BRIDGE.\n\nTWO SOLDIERS DIED."
    out = CaseRestorer().restore(text)
    assert len(out) == len(text)
    assert "\nby rebels" in out  # "by" stays the preposition the parser reads as an agent
    assert out.startswith("The ambush")
    assert "\n\nTwo soldiers" in out  # a blank line opens a paragraph, and a sentence


def test_a_sentence_starts_after_an_end_mark_on_a_new_line() -> None:
    out = CaseRestorer().restore("POLICE SAID THE BOMB EXPLODED.\nNOBODY WAS HURT.")
    assert "\nNobody was hurt." in out


def test_country_names_and_demonyms_are_restored_across_a_wrapped_line(resources: Any) -> None:
    text = "THE GUATEMALAN GOVERNMENT CONDEMNED THE MURDER, CARRIED OUT IN SAN\nSALVADOR, OF A SALVADORAN MINISTER."
    restored = resources.nlp.case.restore(text)
    assert "Guatemalan" in restored and "San\nSalvador" in restored and "Salvadoran" in restored
    assert "the murder" in restored and "carried out" in restored  # plain words stay lower case
