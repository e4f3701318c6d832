"""Field scores on matched events: actors, location, date, counts."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tacitus.evaluate.fakes import actor, event_record, gold_record
from tacitus.evaluate.fields import (
    count_accuracy,
    date_inside,
    entity_counts,
    given_fields,
    score_fields,
)
from tacitus.evaluate.gold import GoldDate, GoldEvent, GoldLocation
from tacitus.evaluate.metrics import PRF, Accuracy, CountAccuracy
from tacitus.evaluate.predictions import PredDate, pred_event, prediction_from_record
from tacitus.evaluate.score import score_document

ALL = frozenset({"event_type", "date", "location", "perpetrators", "targets", "fatalities", "injured"})


def fields_of(gold: GoldEvent, rec: dict[str, Any], annotates: frozenset[str] = ALL) -> dict[str, Any]:
    return score_fields(pred_event(rec), gold, annotates)


# -- actors ------------------------------------------------------------------------------------

def test_perpetrator_matches_by_actor_text_or_name() -> None:
    gold = GoldEvent(("attack",), perpetrators=(("Islamic State West Africa Province", "ISWAP"),))
    by_text = {**event_record("attack"), "actor1": actor("ISWAP", name="Islamic State West Africa Province (ISWAP)")}
    by_name = {**event_record("attack"), "actor1": actor("the jihadists", name="Islamic State West Africa Province")}
    assert fields_of(gold, by_text)["perpetrators"] == PRF(tp=1)
    assert fields_of(gold, by_name)["perpetrators"] == PRF(tp=1)


def test_associated_actors_count_as_further_entities() -> None:
    gold = GoldEvent(("attack",), perpetrators=(("FMLN",), ("TERRORISTS",)))
    rec = {**event_record("attack", perpetrator="FMLN"), "assoc_actor1": [actor("terrorists")]}
    assert fields_of(gold, rec)["perpetrators"] == PRF(tp=2)


def test_entities_match_one_to_one() -> None:
    # two predictions of the same gold entity: one hit, one false positive
    assert entity_counts((("FMLN",), ("fmln",)), (("FMLN",),)) == PRF(tp=1, fp=1)


def test_head_word_relaxed_is_reported_beside_exact() -> None:
    gold = GoldEvent(("attack",), perpetrators=(("Boko Haram",),), targets=(("PEASANTS",),))
    out = fields_of(gold, event_record("attack", perpetrator="suspected Boko Haram fighters", target="peasants"))
    assert out["perpetrators"] == PRF(fp=1, fn=1)
    assert out["perpetrators_relaxed"] == PRF(tp=1)
    assert out["targets"] == PRF(tp=1) and out["targets_relaxed"] == PRF(tp=1)


def test_empty_gold_entity_list_makes_a_predicted_actor_a_false_positive() -> None:
    gold = GoldEvent(("attack",), targets=())
    assert fields_of(gold, event_record("attack", target="civilians"))["targets"] == PRF(fp=1)


# -- location ----------------------------------------------------------------------------------

def test_country_and_admin1_compare_without_case_or_accents() -> None:
    gold = GoldEvent(("attack",), location=GoldLocation(country="SLV", admin1="Usulutan"))
    out = fields_of(gold, event_record("attack", country="slv", admin1="Usulután"))
    assert out["country"] == Accuracy(1, 1) and out["admin1"] == Accuracy(1, 1)


def test_place_matches_the_gold_place_or_any_of_its_names() -> None:
    gold = GoldEvent(("attack",), location=GoldLocation(place="San Luis de la Reina", names=("SAN LUIS DE LA REINA", "EL TRANSITO")))
    assert fields_of(gold, event_record("attack", place="El Tránsito"))["place"] == Accuracy(1, 1)
    assert fields_of(gold, event_record("attack", place="San Miguel"))["place"] == Accuracy(0, 1)


def test_missing_predicted_location_is_wrong_not_skipped() -> None:
    gold = GoldEvent(("attack",), location=GoldLocation(country="NGA"))
    assert fields_of(gold, event_record("attack"))["country"] == Accuracy(0, 1)


# -- date --------------------------------------------------------------------------------------

D = dt.date


@pytest.mark.parametrize(("pred", "expected"), [
    (PredDate(D(2016, 1, 30), D(2016, 1, 30)), D(2016, 1, 30)),  # a single day
    (PredDate(D(2016, 1, 25), D(2016, 1, 31)), D(2016, 1, 31)),  # an interval: its end
    (PredDate(D(2016, 1, 1), D(2016, 1, 31), basis="before_publication"), D(2016, 1, 31)),
    (PredDate(None, D(2016, 1, 31)), D(2016, 1, 31)),
])
def test_predicted_date_point(pred: PredDate, expected: dt.date) -> None:
    assert pred.point == expected


def test_gold_interval_open_at_start_means_on_or_before_end() -> None:
    gold = GoldDate(None, D(1988, 8, 23))
    assert date_inside(D(1970, 1, 1), gold) and date_inside(D(1988, 8, 23), gold)
    assert not date_inside(D(1988, 8, 24), gold)


def test_date_field_is_correct_inside_the_gold_interval() -> None:
    gold = GoldEvent(("attack",), date=GoldDate(D(1989, 12, 25), D(1989, 12, 30)))
    assert fields_of(gold, event_record("attack", date=("1989-12-28", "1989-12-28")))["date"] == Accuracy(1, 1)
    assert fields_of(gold, event_record("attack", date=("1989-12-31", "1989-12-31")))["date"] == Accuracy(0, 1)
    assert fields_of(gold, event_record("attack"))["date"] == Accuracy(0, 1)


# -- counts ------------------------------------------------------------------------------------

def test_missing_predicted_count_counts_as_zero() -> None:
    assert count_accuracy(None, 0) == CountAccuracy(1, 1, 1)
    assert count_accuracy(None, 3) == CountAccuracy(0, 0, 1)


def test_count_within_ten_percent_is_reported_beside_exact() -> None:
    assert count_accuracy(45, 50) == CountAccuracy(exact=0, within_10pct=1, n=1)
    assert count_accuracy(44, 50) == CountAccuracy(exact=0, within_10pct=0, n=1)
    assert count_accuracy(50, 50) == CountAccuracy(exact=1, within_10pct=1, n=1)


def test_count_best_falls_back_to_low_bound() -> None:
    rec = {**event_record("attack"), "fatalities": {"low": 10, "best": None, "high": None}}
    assert pred_event(rec).fatalities == 10


# -- which fields are scored -------------------------------------------------------------------

def test_fields_not_in_annotates_are_not_scored() -> None:
    gold = GoldEvent(("attack",), perpetrators=(("X",),), fatalities=3, location=GoldLocation(country="NGA"))
    assert given_fields(gold, frozenset({"event_type", "perpetrators"})) == ["perpetrators", "perpetrators_relaxed"]


def test_fields_the_gold_leaves_null_are_not_scored() -> None:
    gold = GoldEvent(("attack",), fatalities=None, injured=0, location=GoldLocation(names=("Badia",)))
    assert given_fields(gold, ALL) == ["place", "injured"]


def test_fields_are_scored_on_matched_events_only_but_listed_for_all() -> None:
    gold = gold_record(GoldEvent(("attack",), fatalities=5), GoldEvent(("arrest",), fatalities=0),
                       annotates=sorted(ALL))
    pred = prediction_from_record({"events": [event_record("attack", fatalities=5)]})
    tally, _ = score_document(gold, pred)
    assert tally.fields == {"fatalities": CountAccuracy(1, 1, 1)}
    tally_none, _ = score_document(gold, prediction_from_record({"events": []}))
    assert tally_none.fields == {"fatalities": CountAccuracy(0, 0, 0)}
