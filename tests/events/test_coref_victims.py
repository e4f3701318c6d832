"""Reports of one named victim's killing merge; reports of a named group or of two people do not
(tacitus.events.coref.same_occurrence), on hand-built events."""

from __future__ import annotations

import datetime as dt

from tacitus.events.coref import merge_in_article, merge_pair
from tacitus.model import ActorKind, ActorRef, Count, DateSpan, Event, Modality, Span


def _killing(text: str, victim: str, kind: str, dead: int, day: dt.date, basis: str, sentence: int,
             modality: str = Modality.REPORTED) -> Event:
    return Event(id=f"e{sentence}", event_type="attack", event_family="violence_against_civilians",
                 actor2=ActorRef(name=victim, text=victim, kind=kind), fatalities=Count(dead, dead, dead, None, "x"),
                 date=DateSpan(day, day, "day", basis), modality=modality,
                 evidence=Span(100 * sentence, 100 * sentence + len(text), text), sentence=sentence)


def test_titled_victim_said_today_and_hedged_report_merge() -> None:
    """A title parsed with the name makes the victim a civilian, not a person; one dead each side is one person."""
    lead = _killing("the authorities said today that they arrested the killers of Liberal candidate Luis Ortega",
                    "LIBERAL CANDIDATE LUIS ORTEGA", ActorKind.CIVILIANS, 1, dt.date(1990, 3, 20), "publication", 0)
    later = _killing("Ortega was apparently shot on 12 March", "POLITICAL LEADER ORTEGA", ActorKind.CIVILIANS, 1,
                     dt.date(1990, 3, 12), "relative", 3, Modality.HEDGED)
    merged = merge_in_article([lead, later])
    assert len(merged) == 1
    assert merged[0].modality == Modality.REPORTED
    assert merged[0].date is not None and merged[0].date.start == dt.date(1990, 3, 12)


def test_named_group_on_two_stated_dates_stays_two_events() -> None:
    first = _killing("44 peasants were killed on 20 September", "PEASANTS", ActorKind.CIVILIANS, 44,
                     dt.date(1988, 9, 20), "publication", 0)
    second = _killing("28 bodies of peasants were found on 23 September", "ALLEGED PEASANTS", ActorKind.CIVILIANS, 28,
                      dt.date(1988, 9, 23), "relative", 4, Modality.HEDGED)
    assert len(merge_in_article([first, second])) == 2


def test_a_named_part_of_the_town_another_report_names_places_the_merged_event() -> None:
    """"bombs went off in Talavera" and "the charges went off in the Santa Rita neighbourhood" (which the
    gazetteer lacks and places at Talavera's point): the merged attack is in the neighbourhood."""
    from tacitus.events.coref import merge_pair
    from tacitus.model import Place

    town = Place(name="Talavera", country="SLV", lat=13.7, lon=-89.2, geonameid=1, precision=1, feature="place",
                 text="TALAVERA", start=20, end=28)
    hood = Place(name="Santa Rita", country="SLV", lat=13.7, lon=-89.2, precision=1, feature="place",
                 text="SANTA RITA", start=160, end=170)
    first = Event(id="a", event_type="remote_explosive", event_family="explosions", location=town,
                  evidence=Span(0, 60, "x" * 60), sentence=0)
    second = Event(id="b", event_type="remote_explosive", event_family="explosions", location=hood,
                   evidence=Span(100, 200, "x" * 100), sentence=2)
    assert merge_pair(first, second).location is hood
    assert merge_pair(second, first).location is hood


def _toll(text: str, dead: int, told: str, start: int, sentence: int) -> Event:
    return Event(id=f"t{sentence}-{told}", event_type="attack", event_family="violence_against_civilians",
                 fatalities=Count(dead, dead, dead, None, told), modality=Modality.REPORTED,
                 evidence=Span(start, start + len(text), text), sentence=sentence)


def test_a_toll_read_twice_from_one_sentence_is_not_added_again() -> None:
    """Two clauses of one sentence each took the same "was assassinated": one death, and the escorts "also
    killed" in that sentence add to it once."""
    text = "The minister was assassinated in the capital during an attack in which two of his escorts were also killed."
    first = _toll(text, 1, "was assassinated", 0, 0)
    again = _toll(text, 1, "was assassinated", 0, 0)
    escorts = _toll(text, 2, "two of his escorts were also killed", 0, 0)
    merged = merge_pair(merge_pair(first, again), escorts)
    assert merged.fatalities is not None and merged.fatalities.best == 3


def test_a_relative_already_counted_is_not_added_again() -> None:
    """"the killing of a policeman and his young son" … "the gunmen also killed the officer's young son": two dead."""
    lead = _toll("Residents were shocked by the killing of a policeman and his young son by hired gunmen.", 2,
                 "killing of a policeman; and his young son", 0, 0)
    later = _toll("The gunmen also killed the officer's young son.", 1, "officer's young son", 300, 3)
    merged = merge_pair(lead, later)
    assert merged.fatalities is not None and merged.fatalities.best == 2
    # one more person the lead did not count is added
    other = _toll("The gunmen also killed a passer-by.", 1, "a passer-by", 400, 4)
    assert (merge_pair(lead, other).fatalities or Count(0, 0, 0, None, "")).best == 3
