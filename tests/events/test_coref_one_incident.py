"""One incident told across sentences is one event (tacitus.events.coref), on hand-built events: a riot and
the killing its crowd did, a toll dated only by the day it was stated, and the opposite case, a report dated
on a day of its own."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from tacitus.events.coref import merge_in_article, merge_pair, statement_day, turns
from tacitus.model import ActorKind, ActorRef, Count, DateSpan, Event, Modality, Place, Span


def _event(event_type: str, family: str, text: str, sentence: int, day: dt.date, date_text: str,
           actor1: ActorRef | None = None, actor2: ActorRef | None = None, dead: int | None = None) -> Event:
    return Event(id=f"e{sentence}-{event_type}", event_type=event_type, event_family=family, actor1=actor1, actor2=actor2,
                 fatalities=Count(dead, dead, dead, None, str(dead)) if dead is not None else None,
                 date=DateSpan(day, day, "day", "relative", date_text), modality=Modality.REPORTED,
                 evidence=Span(200 * sentence, 200 * sentence + len(text), text), sentence=sentence)


_MOB = ActorRef(name="Rioters (Kenya)", text="mob", kind=ActorKind.RIOTERS)
_MAN = ActorRef(name="Civilians (Kenya)", text="man", kind=ActorKind.CIVILIANS)
_GUNMEN = ActorRef(name="Unidentified Armed Group (Kenya)", text="gunmen", kind=ActorKind.REBEL)


def test_a_riot_and_the_killing_its_crowd_did_in_one_sentence_are_one_event() -> None:
    text = "a mob beat to death a man accused of theft on Tuesday"
    day = dt.date(2023, 2, 14)
    riot = _event("mob_violence", "riots", text, 0, day, "Tuesday", _MOB, _MAN)
    killing = _event("attack", "violence_against_civilians", text, 0, day, "Tuesday", _MOB, _MAN, dead=1)
    merged = merge_in_article([riot, killing])
    assert [e.event_type for e in merged] == ["mob_violence"]
    assert merged[0].fatalities is not None and merged[0].fatalities.best == 1


def test_a_killing_told_in_another_sentence_than_the_riot_stays_apart() -> None:
    day = dt.date(2023, 2, 14)
    riot = _event("mob_violence", "riots", "a mob burned a market stall on Tuesday", 0, day, "Tuesday", _MOB)
    killing = _event("attack", "violence_against_civilians", "gunmen shot a trader dead on Tuesday", 1, day, "Tuesday",
                     _GUNMEN, _MAN, dead=1)
    assert len(merge_in_article([riot, killing])) == 2


def test_a_day_after_a_verb_of_saying_is_the_statement_day() -> None:
    day = dt.date(2023, 7, 15)
    said = _event("attack", "violence_against_civilians", "A police officer said on Saturday that six people had been killed",
                  1, day, "Saturday", dead=6)
    fronted = _event("attack", "violence_against_civilians", "On Saturday, the health minister said six people had died",
                     1, day, "Saturday", dead=6)
    own = _event("attack", "violence_against_civilians", "Gunmen killed six people on Saturday, a police officer said",
                 1, day, "Saturday", _GUNMEN, dead=6)
    assert statement_day(said) and statement_day(fronted)
    assert not statement_day(own)


def test_a_toll_stated_two_days_later_by_a_source_joins_the_attack() -> None:
    attack = _event("attack", "violence_against_civilians", "Gunmen stormed a hotel in the port on Friday night", 0,
                    dt.date(2023, 7, 14), "Friday night", _GUNMEN)
    toll = _event("attack", "violence_against_civilians", "On Sunday, the health minister said 14 civilians had died when the siege ended",
                  2, dt.date(2023, 7, 16), "Sunday", dead=14)
    merged = merge_in_article([attack, toll])
    assert len(merged) == 1
    assert merged[0].fatalities is not None and merged[0].fatalities.best == 14
    assert merged[0].date is not None and merged[0].date.start == dt.date(2023, 7, 14)


def test_an_act_on_a_day_of_its_own_with_its_own_toll_stays_apart() -> None:
    attack = _event("attack", "violence_against_civilians", "Gunmen stormed a hotel in the port on Friday night, killing 9", 0,
                    dt.date(2023, 7, 14), "Friday night", _GUNMEN, dead=9)
    other = _event("attack", "violence_against_civilians", "On Sunday, gunmen killed 14 civilians at a market, police said",
                   2, dt.date(2023, 7, 16), "Sunday", _GUNMEN, dead=14)
    assert len(merge_in_article([attack, other])) == 2


def _town(name: str, start: int, precision: int) -> Place:
    return Place(name=name, text=name, country="COL", admin1="Arauca", precision=precision, feature="place",
                 geonameid=1, start=start, end=start + len(name))


def test_a_merged_report_keeps_the_first_report_s_town_against_another_town_however_it_is_qualified() -> None:
    # "near Saravena" (precision 2) is as fine a place as the town a later sentence names ("officials in Arauca said"):
    # the town where the act was told first stays
    day = dt.date(2021, 5, 5)
    first = replace(_event("abduction", "violence_against_civilians", "rebels seized a councillor near Saravena", 0, day, "Wednesday",
                           _GUNMEN), location=_town("Saravena", 36, 2))
    later = replace(_event("attack", "violence_against_civilians", "officials in Arauca said the councillor was found dead", 1, day,
                           "Wednesday", _GUNMEN), location=_town("Arauca", 213, 1))
    assert merge_pair(first, later).location == first.location


def test_a_merged_report_s_finer_kind_of_place_wins() -> None:
    day = dt.date(2021, 5, 5)
    province = Place(name="Arauca", text="Arauca", country="COL", admin1="Arauca", precision=3, feature="admin1", start=30, end=36)
    first = replace(_event("abduction", "violence_against_civilians", "rebels seized a councillor in Arauca", 0, day, "Wednesday",
                           _GUNMEN), location=province)
    later = replace(_event("abduction", "violence_against_civilians", "the councillor was seized near Saravena", 1, day, "Wednesday",
                           _GUNMEN), location=_town("Saravena", 231, 2))
    assert merge_pair(first, later).location == later.location


def test_a_claims_own_figure_stays_in_the_spread_of_the_reported_toll() -> None:
    day = dt.date(2023, 2, 26)
    report = _event("armed_clash", "battles", "gunmen attacked an army post on Sunday, killing six soldiers", 0, day, "Sunday",
                    _GUNMEN, dead=6)
    claim = replace(_event("armed_clash", "battles", "the group claimed the raid as a great victory: 30 apostates", 3, day, "Sunday",
                           _GUNMEN, dead=30), modality=Modality.CLAIMED)
    merged = merge_pair(report, claim)
    assert merged.fatalities is not None and (merged.fatalities.best, merged.fatalities.high) == (6, 30)


def test_doers_the_text_calls_unidentified_keep_that_name_when_another_report_names_a_group() -> None:
    day = dt.date(2024, 3, 2)
    unknown = ActorRef(name="Unidentified Armed Group (Mali)", text="unidentified gunmen", kind=ActorKind.REBEL)
    group = ActorRef(name="Jama'at Nusrat al-Islam wal-Muslimin", text="JNIM", kind=ActorKind.REBEL, actor_id="jnim")
    attack = _event("attack", "violence_against_civilians", "unidentified gunmen killed six herders on Saturday", 3, day,
                    "Saturday", unknown, _MAN, dead=6)
    other = _event("attack", "violence_against_civilians", "JNIM fighters killed herders near the well", 5, day, "Saturday", group)
    assert merge_pair(attack, other).actor1 == unknown
    claim = replace(other, modality=Modality.CLAIMED,
                    evidence=Span(1000, 1040, "JNIM claimed responsibility for the attack"))
    assert merge_pair(attack, claim).actor1 == group


def test_a_doer_is_carried_only_to_an_act_it_could_have_done() -> None:
    """"Gunmen killed five farmers … An air strike hit a market": the gunmen flew no strike, and the doer of an act
    in Nigeria did not do the next one in Syria; the church burned nearby was the raiders'."""
    from tacitus.events.coref import carry_perpetrators

    day = dt.date(2024, 3, 10)
    nigeria = Place(name="Kwall", country="NGA", precision=1)
    raid = replace(_event("attack", "violence_against_civilians", "gunmen killed five farmers in Kwall", 0, day, "Sunday", _GUNMEN, _MAN, dead=5),
                   location=nigeria)
    strike = replace(_event("air_drone_strike", "explosions_remote_violence", "an air strike hit a market", 1, day, "Sunday", None, _MAN, dead=9),
                     location=nigeria)
    abroad = replace(_event("attack", "violence_against_civilians", "nine people were shot in Idlib", 1, day, "Sunday", None, _MAN, dead=9),
                     location=Place(name="Idlib", country="SYR", precision=1))
    burned = replace(_event("attack", "violence_against_civilians", "a man was burned to death nearby", 1, day, "Sunday", None, _MAN, dead=1),
                     location=nigeria)
    assert carry_perpetrators([raid, strike])[1].actor1 is None
    assert carry_perpetrators([raid, abroad])[1].actor1 is None
    assert carry_perpetrators([raid, burned])[1].actor1 == _GUNMEN


def test_an_act_told_after_the_writer_turns_to_another_story_stays_apart() -> None:
    day = dt.date(2024, 6, 3)
    sentences = [(0, "Gunmen abducted a trader near the market on Monday, his family said."),
                 (1, "In another development, a rights group condemned the killing of five herders."),
                 (2, "Police said the five herders were shot by vigilantes.")]
    kidnap = _event("abduction", "violence_against_civilians", sentences[0][1], 0, day, "Monday", _GUNMEN, _MAN)
    killing = _event("attack", "violence_against_civilians", sentences[2][1], 2, day, "Monday", dead=5)
    assert turns(sentences) == frozenset({1})
    assert len(merge_in_article([kidnap, killing], turns(sentences))) == 2
    assert len(merge_in_article([kidnap, killing])) == 1  # with no turn, the untold doer and nearby day fold it in
