"""Each building or vehicle struck is told once, by its fullest name (tacitus.events.coref.one_per_thing)."""

from __future__ import annotations

from tacitus.events.coref import one_per_thing
from tacitus.model import PhysicalTarget


def _thing(text: str, head: str) -> PhysicalTarget:
    return PhysicalTarget(0, len(text), text, head)


def test_the_hotel_told_again_is_the_named_hotel() -> None:
    kept = one_per_thing([_thing("Meridian Hotel", "hotel"), _thing("hotel", "hotel")])
    assert [t.text for t in kept] == ["Meridian Hotel"]


def test_the_fuller_name_told_later_replaces_the_bare_one() -> None:
    kept = one_per_thing([_thing("facilities", "facilities"), _thing("consulate facilities", "facilities"),
                          _thing("truck", "truck")])
    assert [t.text for t in kept] == ["consulate facilities", "truck"]


def test_two_banks_that_differ_in_a_word_stay_two() -> None:
    kept = one_per_thing([_thing("Agrarian Bank", "bank"), _thing("Central Bank", "bank")])
    assert [t.text for t in kept] == ["Agrarian Bank", "Central Bank"]


def test_a_thing_with_another_head_is_another_thing() -> None:
    kept = one_per_thing([_thing("police station", "station"), _thing("police car", "car")])
    assert len(kept) == 2
