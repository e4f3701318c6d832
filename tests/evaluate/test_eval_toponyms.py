"""Toponym spans and accuracy@161 km."""

from __future__ import annotations

import pytest

from tacitus.evaluate.gold import GoldToponym
from tacitus.evaluate.metrics import PRF, Accuracy
from tacitus.evaluate.predictions import PredPlace, pred_places
from tacitus.evaluate.toponyms import haversine_km, score_toponyms

TEXT = "Flooding hit Alexandria and New Orleans, Louisiana."
ALEXANDRIA = GoldToponym(13, 23, "Alexandria", geonameid=4314550, lat=31.3113, lon=-92.4451)
NEW_ORLEANS = GoldToponym(28, 39, "New Orleans", geonameid=4335045, lat=29.9547, lon=-90.0751)


def test_haversine_paris_to_london_is_about_344_km() -> None:
    assert haversine_km(48.8566, 2.3522, 51.5074, -0.1278) == pytest.approx(343.5, abs=1.0)


def test_found_span_needs_overlap_and_the_same_text_modulo_case() -> None:
    preds = [PredPlace(13, 23, "ALEXANDRIA"), PredPlace(28, 31, "New")]
    counts = score_toponyms(preds, [ALEXANDRIA, NEW_ORLEANS], TEXT)
    assert counts.spans == PRF(tp=1, fp=1, fn=1)
    assert counts.overlap == PRF(tp=2)  # the lenient measure takes any overlap


def test_point_within_161_km_is_accurate() -> None:
    # Alexandria, Louisiana vs Alexandria, Egypt (~10,900 km away) and Pineville (~3 km away)
    near = score_toponyms([PredPlace(13, 23, "Alexandria", lat=31.3224, lon=-92.4343)], [ALEXANDRIA], TEXT)
    far = score_toponyms([PredPlace(13, 23, "Alexandria", lat=31.2001, lon=29.9187)], [ALEXANDRIA], TEXT)
    assert near.within_161 == Accuracy(1, 1)
    assert far.within_161 == Accuracy(0, 1)


def test_found_toponym_without_a_predicted_point_is_inaccurate() -> None:
    assert score_toponyms([PredPlace(13, 23, "Alexandria")], [ALEXANDRIA], TEXT).within_161 == Accuracy(0, 1)


def test_gold_toponym_without_a_point_is_not_in_acc161() -> None:
    gold = GoldToponym(13, 23, "Alexandria")
    assert score_toponyms([PredPlace(13, 23, "Alexandria", lat=0.0, lon=0.0)], [gold], TEXT).within_161 == Accuracy(0, 0)


def test_geonameid_rate_counts_only_where_both_sides_have_one() -> None:
    preds = [PredPlace(13, 23, "Alexandria", geonameid=4314550), PredPlace(28, 39, "New Orleans")]
    assert score_toponyms(preds, [ALEXANDRIA, NEW_ORLEANS], TEXT).geonameid == Accuracy(1, 1)


def test_predicted_places_are_one_per_span_and_need_offsets() -> None:
    recs = [{"text": "Alexandria", "start": 13, "end": 23}, {"text": "Alexandria", "start": 13, "end": 23},
            {"text": "Louisiana", "start": None, "end": None}]
    assert len(pred_places(recs)) == 1


def test_missing_predicted_text_is_read_from_the_article() -> None:
    assert score_toponyms([PredPlace(13, 23, "")], [ALEXANDRIA], TEXT).spans == PRF(tp=1)
