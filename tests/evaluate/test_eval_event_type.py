"""Event type as document classification (CASE 2021 task 2, PLOVER): accuracy and F1."""

from __future__ import annotations

from collections import Counter

import pytest

from tacitus.evaluate.fakes import event_record, gold_record
from tacitus.evaluate.gold import GoldEvent
from tacitus.evaluate.metrics import Confusion
from tacitus.evaluate.predictions import PredEvent, prediction_from_record
from tacitus.evaluate.score import chosen_type, score_document


def confusion_for(gold_event: GoldEvent, *events: dict[str, object]) -> Counter[tuple[str, str]]:
    gold = gold_record(gold_event, exhaustive=False)
    tally, _ = score_document(gold, prediction_from_record({"events": list(events)}))
    assert tally.event_type is not None
    return tally.event_type.pairs


def test_most_confident_prediction_the_gold_accepts_is_chosen() -> None:
    gold = GoldEvent(("peaceful_protest", "other"))
    preds = [PredEvent("attack", confidence=0.9), PredEvent("other", confidence=0.4), PredEvent("peaceful_protest", confidence=0.6)]
    assert chosen_type(gold, preds, None) == "peaceful_protest"


def test_most_confident_prediction_is_chosen_when_the_gold_accepts_none() -> None:
    preds = [PredEvent("attack", confidence=0.3), PredEvent("arrest", confidence=0.7)]
    assert chosen_type(GoldEvent(("agreement",)), preds, None) == "arrest"


def test_no_prediction_means_type_none() -> None:
    assert chosen_type(GoldEvent(("agreement",)), [], None) == "none"


def test_accepted_type_is_counted_under_the_gold_first_code() -> None:
    assert confusion_for(GoldEvent(("suicide_bomb", "attack")), event_record("attack")) == Counter({("suicide_bomb", "suicide_bomb"): 1})


def test_wrong_type_is_counted_as_predicted() -> None:
    assert confusion_for(GoldEvent(("agreement",)), event_record("arrest")) == Counter({("agreement", "arrest"): 1})


def test_negative_snippet_without_predictions_is_classified_correctly() -> None:
    assert confusion_for(GoldEvent(("none",))) == Counter({("none", "none"): 1})
    assert confusion_for(GoldEvent(("none",)), event_record("attack")) == Counter({("none", "attack"): 1})


def test_optional_gold_events_are_not_classified() -> None:
    assert confusion_for(GoldEvent(("attack",), optional=True)) == Counter()


def test_accuracy_weighted_and_macro_f1_follow_their_definitions() -> None:
    # gold a a a b, predicted a a b b
    c = Confusion(Counter({("a", "a"): 2, ("a", "b"): 1, ("b", "b"): 1}))
    f1_a = 2 * 1.0 * (2 / 3) / (1.0 + 2 / 3)  # P 2/2, R 2/3
    f1_b = 2 * 0.5 * 1.0 / 1.5  # P 1/2, R 1/1
    assert c.accuracy == pytest.approx(0.75)
    assert c.macro_f1 == pytest.approx((f1_a + f1_b) / 2)
    assert c.weighted_f1 == pytest.approx((3 * f1_a + 1 * f1_b) / 4)


def test_f1_is_averaged_over_gold_labels_only() -> None:
    # a prediction of a label the gold never has lowers the gold label's recall, adds no class
    c = Confusion(Counter({("a", "a"): 1, ("a", "x"): 1}))
    assert set(c.per_label()) == {"a"}
    assert c.macro_f1 == pytest.approx(2 * 1.0 * 0.5 / 1.5)


def test_mapped_accuracy_leaves_out_gold_labels_with_no_sub_event_type() -> None:
    # PLOVER's DEMAND is "other" in our taxonomy; case2021's negatives are "none": neither is a typed event
    c = Confusion(Counter({("agreement", "agreement"): 3, ("agreement", "none"): 1, ("other", "none"): 6, ("none", "none"): 2}))
    assert c.mapped.n == 4
    assert c.mapped.accuracy == pytest.approx(0.75)
    assert c.accuracy == pytest.approx(5 / 12)  # 3 agreements and 2 negatives right of 12
    assert c.to_json()["mapped_accuracy"] == pytest.approx(0.75) and c.to_json()["mapped_n"] == 4


def test_confusion_matrix_is_gold_by_predicted() -> None:
    c = Confusion(Counter({("a", "a"): 2, ("a", "b"): 1}))
    assert c.matrix() == {"a": {"a": 2, "b": 1}}
