"""The ``--json`` report is an interface (issue 3): its keys, its rates, its absent sections."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

from tacitus.evaluate.fakes import event_record, gold_record, oracle_record
from tacitus.evaluate.gold import GoldDate, GoldEvent, GoldLocation, GoldRelation, GoldToponym
from tacitus.evaluate.predictions import prediction_from_record
from tacitus.evaluate.score import Report, Throughput, score_documents

ALL = ["event_type", "date", "location", "perpetrators", "targets", "fatalities", "injured"]
TEXT = "Gunmen attacked Dalori near Maiduguri on Saturday, killing 50. ISWAP fought Boko Haram."

# Keys the issue names; the report may add more, listed here so every addition is deliberate.
ISSUE_TOP = {"commit", "datasets", "throughput"}
EXTRA_TOP = {"overall", "limit"}
ISSUE_DATASET = {"documents", "detection", "fields", "event_type", "toponyms", "relations"}
EXTRA_DATASET = {"skipped", "confusion"}
PRF_KEYS = {"precision", "recall", "f1"}
COUNT_KEYS = {"tp", "fp", "fn"}
ISSUE_SECTIONS = {
    "detection": PRF_KEYS | COUNT_KEYS,
    "event_type": {"accuracy", "weighted_f1", "macro_f1", "n", "mapped_accuracy", "mapped_n"},
    "toponyms": PRF_KEYS | {"acc161", "n"},
    "relations": PRF_KEYS | {"by_type"},
}
EXTRA_SECTIONS = {
    "detection": {"optional_matched", "unjudged", "precision_basis"},
    "event_type": set(),
    "toponyms": COUNT_KEYS | {"acc161_n", "geonameid", "geonameid_n", "overlap"},
    "relations": COUNT_KEYS | {"actors"},
}
ISSUE_FIELDS = {
    "perpetrators": PRF_KEYS, "targets": PRF_KEYS, "country": {"accuracy", "n"}, "admin1": {"accuracy", "n"},
    "place": {"accuracy", "n"}, "date": {"accuracy", "n"}, "fatalities": {"accuracy", "within_10pct", "n"},
    "injured": {"accuracy", "within_10pct", "n"},
}
EXTRA_FIELDS = {"perpetrators_relaxed", "targets_relaxed"}


def full_record() -> Any:
    event = GoldEvent(
        ("attack",), date=GoldDate(dt.date(2016, 1, 30), dt.date(2016, 1, 30)),
        location=GoldLocation(country="NGA", admin1="Borno", place="Dalori", names=("Dalori",)),
        perpetrators=(("Boko Haram",),), targets=(("villagers",),), fatalities=50, injured=0,
    )
    return gold_record(event, text=TEXT, annotates=ALL, dataset="corpus",
                       toponyms=(GoldToponym(16, 22, "Dalori", lat=11.78, lon=13.23),),
                       relations=(GoldRelation("fighting_against", ("ISWAP",), ("Boko Haram",)),))


def report_for(*records: Any, oracle: bool = False) -> Report:
    preds = {r.id: prediction_from_record(oracle_record(r) if oracle else {"events": [event_record("attack")]}) for r in records}
    return score_documents(list(records), preds, throughput=Throughput(articles=len(records), seconds=2.0), commit="abc")


def leaves(obj: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from leaves(v, f"{path}.{k}")
    else:
        yield path, obj


def test_report_json_has_the_issue_keys_exactly_plus_documented_extras() -> None:
    js = report_for(full_record()).to_json()
    assert set(js) == ISSUE_TOP | EXTRA_TOP
    ds = js["datasets"]["corpus"]
    assert set(ds) == ISSUE_DATASET | EXTRA_DATASET
    for section, keys in ISSUE_SECTIONS.items():
        assert set(ds[section]) == keys | EXTRA_SECTIONS[section], section
    assert set(ds["fields"]) == set(ISSUE_FIELDS) | EXTRA_FIELDS
    for name, keys in ISSUE_FIELDS.items():
        assert keys <= set(ds["fields"][name]), name
    assert set(js["throughput"]) == {"articles", "seconds", "articles_per_s"}
    assert js["throughput"]["articles_per_s"] == 0.5
    assert js["commit"] == "abc"


def test_dataset_key_is_the_records_dataset_value_in_order_of_appearance() -> None:
    a = gold_record(GoldEvent(("attack",)), dataset="muc4", doc_id="a")
    b = gold_record(GoldEvent(("attack",)), dataset="case2021_task2", doc_id="b")
    assert list(report_for(a, b).to_json()["datasets"]) == ["muc4", "case2021_task2"]


def test_sections_a_dataset_does_not_annotate_are_absent() -> None:
    geo = gold_record(with_events=False, toponyms=(GoldToponym(16, 22, "Dalori"),), text=TEXT, dataset="geo")
    ds = report_for(geo).to_json()["datasets"]["geo"]
    assert set(ds) == {"documents", "skipped", "toponyms"}
    case = gold_record(GoldEvent(("attack",)), dataset="case", annotates=["event_type"])
    assert set(report_for(case).to_json()["datasets"]["case"]) == {"documents", "skipped", "detection", "event_type", "confusion"}


def test_fields_appear_only_where_annotated_and_given() -> None:
    event = GoldEvent(("attack",), location=GoldLocation(names=("Badia",)), perpetrators=(("IS",),))
    wiki = gold_record(event, annotates=["event_type", "perpetrators", "targets", "location"], dataset="wiki")
    fields = report_for(wiki).to_json()["datasets"]["wiki"]["fields"]
    assert set(fields) == {"perpetrators", "perpetrators_relaxed", "place"}


def test_every_rate_is_a_fraction_and_the_report_is_plain_json() -> None:
    js = report_for(full_record()).to_json()
    json.dumps(js)
    rates = [(p, v) for p, v in leaves(js) if p.rsplit(".", 1)[-1] in {
        "precision", "recall", "f1", "accuracy", "within_10pct", "weighted_f1", "macro_f1", "mapped_accuracy", "acc161", "geonameid"}]
    assert rates and all(isinstance(v, float) and 0.0 <= v <= 1.0 for _, v in rates)


def test_perfect_predictions_score_one_everywhere() -> None:
    js = report_for(full_record(), oracle=True).to_json()
    ds = js["datasets"]["corpus"]
    assert ds["detection"]["f1"] == 1.0
    assert all(v["accuracy" if "accuracy" in v else "f1"] == 1.0 for v in ds["fields"].values())
    assert ds["event_type"]["weighted_f1"] == 1.0
    assert ds["toponyms"]["f1"] == 1.0 and ds["toponyms"]["acc161"] == 1.0
    assert ds["relations"]["f1"] == 1.0 and ds["relations"]["by_type"]["fighting_against"]["f1"] == 1.0


def test_overall_sums_counts_across_datasets() -> None:
    a = gold_record(GoldEvent(("attack",)), dataset="one", doc_id="a")
    b = gold_record(GoldEvent(("arrest",)), dataset="two", doc_id="b")
    overall = report_for(a, b).to_json()["overall"]
    assert overall["documents"] == 2
    assert (overall["detection"]["tp"], overall["detection"]["fn"]) == (1, 1)


def test_record_without_prediction_is_scored_empty_and_counted_skipped() -> None:
    rec = gold_record(GoldEvent(("attack",)))
    js = score_documents([rec], {}).to_json()["datasets"]["test"]
    assert js["skipped"] == 1 and js["detection"]["fn"] == 1
