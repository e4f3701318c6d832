"""One-to-one alignment of predicted with gold events."""

from __future__ import annotations

import datetime as dt

from tacitus.evaluate.align import align_events, pair_score
from tacitus.evaluate.fakes import event_record
from tacitus.evaluate.gold import GoldDate, GoldEvent, GoldLocation
from tacitus.evaluate.matching import max_matching
from tacitus.evaluate.predictions import PredEvent, PredLocation, pred_event


def test_pair_needs_the_predicted_type_in_the_gold_list() -> None:
    gold = GoldEvent(event_type=("remote_explosive", "suicide_bomb"))
    assert pair_score(PredEvent("suicide_bomb"), gold) is not None
    assert pair_score(PredEvent("attack"), gold) is None


def test_alignment_is_one_to_one() -> None:
    golds = [GoldEvent(("attack",))]
    al = align_events([PredEvent("attack"), PredEvent("attack")], golds)
    assert len(al.pairs) == 1 and len(al.unmatched_preds) == 1 and al.unmatched_golds == ()


def test_incompatible_types_stay_unmatched_on_both_sides() -> None:
    al = align_events([PredEvent("arrest")], [GoldEvent(("attack",))])
    assert al.pairs == () and al.unmatched_preds == (0,) and al.unmatched_golds == (0,)


def test_alignment_maximises_the_number_of_pairs_before_argument_agreement() -> None:
    # pred 0 fits gold 0 best by arguments, but only pred 0 can take gold 1
    golds = [GoldEvent(("attack",), location=GoldLocation(place="Dalori")), GoldEvent(("attack", "abduction"))]
    preds = [PredEvent("attack", location=PredLocation(name="Dalori")), PredEvent("abduction")]
    al = align_events(preds, golds)
    assert set(al.pairs) == {(0, 0), (1, 1)}
    al2 = align_events([PredEvent("attack", location=PredLocation(name="Dalori"))], golds)
    assert al2.pairs == ((0, 0),)


def test_arguments_pick_the_right_event_among_two_of_the_same_type() -> None:
    golds = [
        GoldEvent(("attack",), perpetrators=(("Boko Haram",),), location=GoldLocation(place="Dalori"),
                  date=GoldDate(dt.date(2016, 1, 30), dt.date(2016, 1, 30))),
        GoldEvent(("attack",), perpetrators=(("al-Shabaab",),), location=GoldLocation(place="Mogadishu")),
    ]
    preds = [
        pred_event(event_record("attack", perpetrator="Al Shabaab", place="Mogadishu")),
        pred_event(event_record("attack", perpetrator="Boko Haram fighters", date=("2016-01-30", "2016-01-30"))),
    ]
    assert align_events(preds, golds).pairs == ((0, 1), (1, 0))


def test_evidence_overlap_decides_between_events_without_other_arguments() -> None:
    golds = [GoldEvent(("arrest",), evidence=((0, 10),)), GoldEvent(("arrest",), evidence=((50, 60),))]
    preds = [pred_event(event_record("arrest", evidence=(52, 58))), pred_event(event_record("arrest", evidence=(2, 8)))]
    assert align_events(preds, golds).pairs == ((0, 1), (1, 0))


def test_required_gold_is_preferred_to_an_equally_good_optional_one() -> None:
    golds = [GoldEvent(("attack",), optional=True), GoldEvent(("attack",))]
    assert align_events([PredEvent("attack")], golds).pairs == ((0, 1),)


def test_optional_gold_that_the_arguments_point_to_wins_over_a_required_one() -> None:
    golds = [GoldEvent(("attack",), optional=True, location=GoldLocation(place="Soyapango")), GoldEvent(("attack",))]
    pred = PredEvent("attack", location=PredLocation(name="SOYAPANGO"))
    assert align_events([pred], golds).pairs == ((0, 0),)


def test_max_matching_handles_empty_and_all_forbidden_matrices() -> None:
    assert max_matching([]) == []
    assert max_matching([[None, None]]) == []
