"""Each building, vehicle or named victim is told once, by its fullest name (tacitus.events.coref.one_per_thing,
one_per_person)."""

from __future__ import annotations

from tacitus.events.coref import one_per_person, one_per_thing
from tacitus.model import ActorKind, ActorRef, Event, PhysicalTarget


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


def _person(text: str, name: str | None = None) -> ActorRef:
    return ActorRef(name=name or text, text=text, kind=ActorKind.PERSON)


def _with_victims(*victims: ActorRef) -> Event:
    return Event(id="e0", event_type="attack", event_family="violence_against_civilians",
                 actor2=victims[0], assoc_actor2=list(victims[1:]), sentence=0)


def test_a_victim_named_twice_is_kept_once_by_the_fuller_name() -> None:
    [ev] = one_per_person([_with_victims(_person("Bernardo Jaramillo"), _person("Bernardo Jaramillo Ossa"),
                                         _person("Rosa Cardenas"))])
    assert ev.actor2 is not None and ev.actor2.text == "Bernardo Jaramillo Ossa"
    assert [r.text for r in ev.assoc_actor2] == ["Rosa Cardenas"]


def test_a_shared_surname_of_two_people_keeps_both() -> None:
    [ev] = one_per_person([_with_victims(_person("Joaquin Lopez"), _person("Lopez", "Amando Lopez"))])
    assert len(ev.assoc_actor2) == 1
