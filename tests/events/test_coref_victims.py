"""Reports of one named victim's killing merge; reports of a named group or of two people do not
(tacitus.events.coref.same_occurrence), on hand-built events."""

from __future__ import annotations

import datetime as dt

from tacitus.events.coref import merge_in_article
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
