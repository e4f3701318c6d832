"""Event detection counts: optional, scope, exhaustive and explicit negatives."""

from __future__ import annotations

from typing import Any

from tacitus.evaluate.fakes import event_record, gold_record
from tacitus.evaluate.gold import GoldEvent, GoldRecord
from tacitus.evaluate.metrics import PRF
from tacitus.evaluate.predictions import prediction_from_record
from tacitus.evaluate.score import DetectionCounts, score_document

NONE = GoldEvent(("none",), source_label="NATURAL_DISASTER")


def detect(gold: GoldRecord, *events: dict[str, Any]) -> DetectionCounts:
    pred = prediction_from_record({"article_id": gold.id, "events": list(events)})
    tally, _ = score_document(gold, pred)
    assert tally.detection is not None
    return tally.detection


def test_matched_required_gold_is_a_true_positive() -> None:
    assert detect(gold_record(GoldEvent(("attack",))), event_record("attack")).counts == PRF(tp=1)


def test_unmatched_required_gold_is_a_false_negative() -> None:
    assert detect(gold_record(GoldEvent(("attack",))), event_record("arrest")).counts.fn == 1


def test_matched_optional_gold_earns_credit_as_in_format_md() -> None:
    d = detect(gold_record(GoldEvent(("attack",), optional=True)), event_record("attack"))
    assert d.counts == PRF(tp=1) and d.optional_matched == 1


def test_missed_optional_gold_costs_nothing() -> None:
    d = detect(gold_record(GoldEvent(("attack",), optional=True)))
    assert d.counts == PRF() and d.optional_matched == 0


def test_unmatched_optional_gold_costs_nothing() -> None:
    assert detect(gold_record(GoldEvent(("attack",), optional=True))).counts == PRF()


def test_unmatched_in_scope_prediction_is_a_false_positive_when_exhaustive() -> None:
    gold = gold_record(GoldEvent(("attack",)), scope=["attack", "abduction"])
    assert detect(gold, event_record("attack"), event_record("abduction")).counts == PRF(tp=1, fp=1)


def test_unmatched_prediction_outside_scope_is_unjudged() -> None:
    gold = gold_record(GoldEvent(("attack",)), scope=["attack"])
    d = detect(gold, event_record("attack"), event_record("armed_clash"))
    assert d.counts == PRF(tp=1) and d.unjudged == 1


def test_scope_never_limits_matching() -> None:
    # MUC-4: an armed_clash is out of scope but matches an ATTACK whose list holds it
    gold = gold_record(GoldEvent(("attack", "armed_clash")), scope=["attack"])
    assert detect(gold, event_record("armed_clash")).counts == PRF(tp=1)


def test_without_exhaustive_unmatched_predictions_are_unjudged() -> None:
    gold = gold_record(GoldEvent(("attack",)), exhaustive=False, scope=["attack", "arrest"])
    d = detect(gold, event_record("attack"), event_record("arrest"))
    assert d.counts == PRF(tp=1) and d.unjudged == 1
    assert d.precision_basis == "none"


def test_empty_exhaustive_document_makes_every_in_scope_prediction_a_false_positive() -> None:
    gold = gold_record(scope=["attack"])
    assert detect(gold, event_record("attack")).counts == PRF(fp=1)


def test_none_only_document_makes_in_scope_predictions_false_positives_even_when_not_exhaustive() -> None:
    gold = gold_record(NONE, exhaustive=False, scope=["attack", "arrest"])
    d = detect(gold, event_record("attack"), event_record("other"))
    assert d.counts == PRF(fp=1) and d.unjudged == 1
    assert d.precision_basis == "negatives"


def test_none_only_document_without_predictions_counts_nothing() -> None:
    assert detect(gold_record(NONE, exhaustive=False, scope=["attack"])).counts == PRF()


def test_predictions_that_did_not_happen_are_not_predictions() -> None:
    gold = gold_record(scope=["attack"])
    threatened = event_record("attack", modality="threatened")
    negated = {**event_record("attack"), "negated": True}
    hedged = event_record("attack", modality="hedged")
    assert detect(gold, threatened, negated, hedged).counts == PRF(fp=1)


def test_acts_an_article_only_recalls_are_not_predictions() -> None:
    gold = gold_record(scope=["attack"])
    recalled = {**event_record("attack"), "recalled": True}
    assert detect(gold, recalled).counts == PRF()
    assert detect(gold, event_record("attack")).counts == PRF(fp=1)


def test_detection_counts_add_up_across_documents() -> None:
    a = detect(gold_record(GoldEvent(("attack",))), event_record("attack"))
    b = detect(gold_record(GoldEvent(("attack",)), exhaustive=False))
    total = a + b
    assert total.counts == PRF(tp=1, fn=1) and total.docs == 2
    assert total.precision_basis == "mixed"


def test_misses_list_missed_gold_and_false_positives_with_their_sentence() -> None:
    text = "Gunmen attacked Dalori on Saturday. Police arrested two men in Maiduguri."
    gold = gold_record(GoldEvent(("attack",), evidence=((0, 15),)), text=text, scope=["attack", "arrest"])
    pred = prediction_from_record({"events": [event_record("arrest", evidence=(36, 52), confidence=0.7)]})
    _, misses = score_document(gold, pred)
    kinds = {m.kind: m for m in misses}
    assert kinds["missed"].sentence == "Gunmen attacked Dalori on Saturday."
    assert kinds["false_positive"].sentence == "Police arrested two men in Maiduguri."
    assert kinds["missed"].severity > kinds["false_positive"].severity
