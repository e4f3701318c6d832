"""Toponym scores: spans found, and the resolved point within 161 km of the gold point.

A gold toponym is *found* when a predicted place mention overlaps its span and reads the same
modulo case (the strict measure, as in the geoparsing literature); ``overlap`` also reports
the lenient measure where any overlap counts. Accuracy@161 km (100 miles, the customary
threshold) and the GeoNames-id rate are taken over the strictly found toponyms that have a
gold point (or id).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from tacitus.evaluate.gold import GoldToponym
from tacitus.evaluate.matching import match_pairs
from tacitus.evaluate.metrics import PRF, Accuracy, rate
from tacitus.evaluate.predictions import PredPlace

EARTH_RADIUS_KM = 6371.0088
ACC_KM = 161.0


@dataclass(frozen=True, slots=True)
class ToponymCounts:
    spans: PRF = field(default_factory=PRF)
    overlap: PRF = field(default_factory=PRF)
    within_161: Accuracy = field(default_factory=Accuracy)
    geonameid: Accuracy = field(default_factory=Accuracy)

    def __add__(self, other: ToponymCounts) -> ToponymCounts:
        return ToponymCounts(self.spans + other.spans, self.overlap + other.overlap,
                             self.within_161 + other.within_161, self.geonameid + other.geonameid)

    def to_json(self) -> dict[str, Any]:
        return {
            **self.spans.to_json(),
            "acc161": rate(self.within_161.accuracy),
            "n": self.spans.tp + self.spans.fn,
            "acc161_n": self.within_161.n,
            "geonameid": rate(self.geonameid.accuracy),
            "geonameid_n": self.geonameid.n,
            "overlap": {k: v for k, v in self.overlap.to_json().items() if k in ("precision", "recall", "f1")},
        }


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points, in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def overlaps(pred: PredPlace, gold: GoldToponym) -> bool:
    return pred.start < gold.end and gold.start < pred.end


def same_mention(pred: PredPlace, gold: GoldToponym, text: str) -> bool:
    """Overlapping spans that read the same, case aside."""
    surface = pred.text or text[pred.start:pred.end]
    return overlaps(pred, gold) and surface.strip().casefold() == gold.name.strip().casefold()


def within_161(pred: PredPlace, gold: GoldToponym) -> bool:
    if pred.lat is None or pred.lon is None or gold.lat is None or gold.lon is None:
        return False
    return haversine_km(pred.lat, pred.lon, gold.lat, gold.lon) <= ACC_KM


def score_toponyms(preds: Sequence[PredPlace], golds: Sequence[GoldToponym], text: str) -> ToponymCounts:
    """Counts for one document's predicted place mentions against its gold toponyms."""
    strict = match_pairs(preds, golds, lambda p, g: same_mention(p, g, text))
    lenient = match_pairs(preds, golds, overlaps)
    found = [(preds[p], golds[g]) for p, g in strict]
    with_point = [(p, g) for p, g in found if g.lat is not None and g.lon is not None]
    with_id = [(p, g) for p, g in found if p.geonameid is not None and g.geonameid is not None]
    return ToponymCounts(
        spans=_prf(len(strict), len(preds), len(golds)),
        overlap=_prf(len(lenient), len(preds), len(golds)),
        within_161=Accuracy(sum(within_161(p, g) for p, g in with_point), len(with_point)),
        geonameid=Accuracy(sum(p.geonameid == g.geonameid for p, g in with_id), len(with_id)),
    )


def _prf(tp: int, n_pred: int, n_gold: int) -> PRF:
    return PRF(tp=tp, fp=n_pred - tp, fn=n_gold - tp)
