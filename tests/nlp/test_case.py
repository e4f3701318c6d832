"""Case restoration of one-case wires: sentence starts, names, and lines wrapped mid-sentence."""

from __future__ import annotations

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
