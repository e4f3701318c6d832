"""Reading gold files: typed records, and errors that name the file, the line and the fix."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from tacitus.errors import EvalError
from tacitus.evaluate.gold import GoldDate, check_unique_ids, parse_record, read_gold

TEXT = "Gunmen kidnapped six peasants in San Luis de la Reina on 30 December."


def record(**overrides: Any) -> dict[str, Any]:
    rec: dict[str, Any] = {
        "id": "muc4:1", "dataset": "muc4", "text": TEXT, "published": "1990-01-03",
        "annotates": ["event_type", "date", "location", "perpetrators", "targets", "fatalities", "injured"],
        "exhaustive": True, "scope": ["abduction", "attack"],
        "events": [{
            "event_type": ["abduction"], "optional": False,
            "date": {"start": None, "end": "1989-12-30"},
            "location": {"country": "SLV", "admin1": "San Miguel", "place": "San Luis de la Reina",
                         "names": ["SAN LUIS DE LA REINA"], "lat": None, "lon": None},
            "perpetrators": [["FMLN", "FARABUNDO MARTI NATIONAL LIBERATION FRONT"]],
            "targets": [["PEASANTS"]], "fatalities": 0, "injured": None,
            "evidence": [[0, 16]], "stage": "ACCOMPLISHED",
        }],
    }
    rec.update(overrides)
    return rec


def write(tmp_path: Path, *records: dict[str, Any], raw: str = "") -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + raw, encoding="utf-8")
    return path


def test_gold_record_reads_into_typed_fields(tmp_path: Path) -> None:
    [rec] = read_gold(write(tmp_path, record()))
    event = rec.events[0] if rec.events else None
    assert rec.published == dt.date(1990, 1, 3)
    assert rec.scope == {"abduction", "attack"} and rec.exhaustive
    assert event is not None and event.label == "abduction"
    assert event.date == GoldDate(None, dt.date(1989, 12, 30))
    assert event.perpetrators == (("FMLN", "FARABUNDO MARTI NATIONAL LIBERATION FRONT"),)
    assert event.fatalities == 0 and event.injured is None
    assert event.evidence == ((0, 16),)
    assert rec.where.endswith("gold.jsonl:1")


def test_sections_a_record_leaves_out_are_none_not_empty() -> None:
    rec = parse_record(record(), "x:1")
    assert rec.toponyms is None and rec.relations is None
    assert parse_record(record(events=[]), "x:1").events == ()


def test_blank_lines_are_skipped_and_limit_counts_records(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join([json.dumps(record(id="a")), "", json.dumps(record(id="b")), json.dumps(record(id="c"))]))
    assert [r.id for r in read_gold(path, limit=2)] == ["a", "b"]


def test_record_with_empty_text_but_a_corpus_file_is_accepted() -> None:
    rec = parse_record(record(text="", file="001_borno.txt", events=[]), "x:1")
    assert rec.file == "001_borno.txt" and rec.text == ""


@pytest.mark.parametrize(("overrides", "fragment"), [
    ({"text": ""}, "'text' is empty"),
    ({"exhaustive": "yes"}, "'exhaustive' must be bool"),
    ({"scope": ["bombing"]}, "unknown event codes ['bombing']"),
    ({"annotates": ["weapons"]}, "unknown fields ['weapons']"),
    ({"published": "03/01/1990"}, "not an ISO date"),
    ({"events": [{"event_type": []}]}, "'event_type' is empty"),
    ({"events": [{"event_type": ["attack"], "evidence": [[60, 999]]}]}, "span [60, 999] is not inside the text"),
    ({"events": [{"event_type": ["attack"], "perpetrators": ["FMLN"]}]}, "list of entities"),
    ({"events": [{"event_type": ["attack"], "fatalities": -1}]}, "non-negative integer"),
    ({"events": [{"event_type": ["attack"], "date": {"start": "1990-01-02", "end": "1990-01-01"}}]}, "is after end"),
    ({"relations": [{"type": "friends_with", "source": ["A"], "target": ["B"]}]}, "relation type 'friends_with'"),
    ({"toponyms": [{"start": 0, "end": 3, "name": "Gun", "lat": "north"}]}, "must be a number"),
])
def test_invalid_record_raises_eval_error_naming_file_and_line(tmp_path: Path, overrides: dict[str, Any], fragment: str) -> None:
    path = write(tmp_path, record(id="ok"), record(id="bad", **overrides))
    with pytest.raises(EvalError) as err:
        read_gold(path)
    assert f"{path}:2" in str(err.value)
    assert fragment in str(err.value)


def test_missing_required_key_names_the_key(tmp_path: Path) -> None:
    rec = record()
    del rec["dataset"]
    with pytest.raises(EvalError, match="missing required key 'dataset'"):
        read_gold(write(tmp_path, rec))


def test_invalid_json_line_names_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, record(), raw="\n{not json")
    with pytest.raises(EvalError, match=r"gold.jsonl:2: not valid JSON"):
        read_gold(path)


def test_missing_gold_file_says_where_gold_files_are(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match="shared/eval/dev"):
        read_gold(tmp_path / "nope.jsonl")


def test_duplicate_ids_are_rejected_with_both_places(tmp_path: Path) -> None:
    path = write(tmp_path, record(id="same"), record(id="same"))
    with pytest.raises(EvalError, match=r"gold.jsonl:2: id 'same' already used at .*gold.jsonl:1"):
        read_gold(path)


def test_duplicate_ids_across_files_are_rejected() -> None:
    a, b = parse_record(record(id="same"), "a.jsonl:1"), parse_record(record(id="same"), "b.jsonl:7")
    with pytest.raises(EvalError, match=r"b\.jsonl:7"):
        check_unique_ids([a, b])
