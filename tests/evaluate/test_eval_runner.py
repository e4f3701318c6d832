"""The runner with the pipeline replaced by a fake ``process`` (no spaCy needed)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from tacitus.errors import EvalError
from tacitus.evaluate import runner
from tacitus.evaluate.display import table_rows
from tacitus.evaluate.fakes import event_record, gold_record, oracle_record, process_from
from tacitus.evaluate.gold import GoldEvent
from tacitus.evaluate.predictions import prediction_from_record
from tacitus.evaluate.runner import evaluate_files, load_documents, print_report
from tacitus.evaluate.score import score_document
from tacitus.model import Article

REPO = Path(__file__).resolve().parents[2]
# Furniture that ingest would strip; the evaluator must keep it so that offsets line up.
TEXT = "Advertisement\nGunmen attacked Dalori village on Saturday, killing 50 people."


def gold_line(rid: str, text: str = TEXT, **extra: Any) -> dict[str, Any]:
    return {"id": rid, "dataset": "toy", "text": text, "published": "2016-01-31",
            "annotates": ["event_type", "fatalities"], "exhaustive": True, "scope": ["attack"],
            "events": [{"event_type": ["attack"], "fatalities": 50, "evidence": [[14, 29]]}], **extra}


def write_gold(path: Path, *records: dict[str, Any]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


class Recorder:
    """A fake pipeline that remembers the articles it saw and finds one attack in each."""

    def __init__(self) -> None:
        self.batches: list[list[Article]] = []

    def __call__(self, articles: list[Article]) -> list[dict[str, Any]]:
        self.batches.append(articles)
        return [{"article_id": a.id, "events": [event_record("attack", fatalities=50, evidence=(14, 29))]} for a in articles]


def test_pipeline_sees_the_gold_text_exactly_with_its_id_and_date(tmp_path: Path) -> None:
    fake = Recorder()
    evaluate_files([write_gold(tmp_path / "g.jsonl", gold_line("toy:1"))], process=fake, commit="c")
    [article] = fake.batches[0]
    assert article.text == TEXT
    assert article.id == "toy:1" and article.published == dt.date(2016, 1, 31)


def test_runner_scores_fake_predictions_and_reports_throughput(tmp_path: Path) -> None:
    path = write_gold(tmp_path / "g.jsonl", *(gold_line(f"toy:{i}") for i in range(70)))
    fake = Recorder()
    report = evaluate_files([path], process=fake, commit="c")
    js = report.to_json()
    assert [len(b) for b in fake.batches] == [32, 32, 6]
    assert js["datasets"]["toy"]["detection"]["f1"] == 1.0
    assert js["datasets"]["toy"]["fields"]["fatalities"]["accuracy"] == 1.0
    assert js["throughput"]["articles"] == 70
    assert js["commit"] == "c"


def test_limit_takes_the_first_records_of_each_file(tmp_path: Path) -> None:
    a = write_gold(tmp_path / "a.jsonl", *(gold_line(f"a:{i}") for i in range(5)))
    b = write_gold(tmp_path / "b.jsonl", *(gold_line(f"b:{i}") for i in range(5)))
    report = evaluate_files([a, b], limit=2, process=Recorder(), commit="c")
    assert report.to_json()["datasets"]["toy"]["documents"] == 4
    assert report.to_json()["limit"] == 2


def test_ids_must_be_unique_across_files(tmp_path: Path) -> None:
    a = write_gold(tmp_path / "a.jsonl", gold_line("same"))
    b = write_gold(tmp_path / "b.jsonl", gold_line("same"))
    with pytest.raises(EvalError, match="already used"):
        evaluate_files([a, b], process=Recorder(), commit="c")


def test_corpus_records_take_their_text_from_the_named_file(tmp_path: Path) -> None:
    corpus = tmp_path / "examples" / "corpus"
    corpus.mkdir(parents=True)
    (corpus / "one.txt").write_text("Title: Dalori\n\n" + TEXT.split("\n")[1] + " More text follows here.\n")
    (corpus / "batch.jsonl").write_text(
        json.dumps({"id": "x-1", "text": "Police arrested ten protesters in Kinshasa on Monday, witnesses said."}) + "\n"
        + json.dumps({"id": "x-2", "text": "Rebels shelled the town of Bunagana overnight, local officials said on Monday."}) + "\n")
    (tmp_path / "tests").mkdir()
    gold = write_gold(tmp_path / "tests" / "gold.jsonl",  # the corpus is found above the gold file
                      gold_line("corpus:one.txt", text="", file="one.txt", events=[]),
                      gold_line("corpus:batch.jsonl#x-2", text="", file="batch.jsonl", events=[]))
    docs = load_documents([gold])
    assert docs[0][1].text.startswith("Gunmen attacked Dalori")
    assert docs[1][1].text.startswith("Rebels shelled")
    assert docs[1][1].id == "corpus:batch.jsonl#x-2"
    assert docs[1][0].text == docs[1][1].text  # gold text is what the pipeline saw


def test_missing_corpus_record_names_the_gold_line(tmp_path: Path) -> None:
    corpus = tmp_path / "examples" / "corpus"
    corpus.mkdir(parents=True)
    (corpus / "batch.jsonl").write_text(json.dumps({"id": "x-1", "text": "Police arrested ten protesters in Kinshasa on Monday."}) + "\n")
    gold = write_gold(tmp_path / "gold.jsonl", gold_line("corpus:batch.jsonl#x-9", text="", file="batch.jsonl", events=[]))
    with pytest.raises(EvalError, match=r"gold.jsonl:1: no record 'x-9'"):
        load_documents([gold])


@pytest.mark.skipif(not (REPO / "tests/data/corpus_gold_a.jsonl").exists(), reason="corpus gold not in this checkout")
def test_bundled_corpus_gold_resolves_every_record_including_feed_items_and_csv_rows() -> None:
    paths = sorted((REPO / "tests/data").glob("corpus_gold_*.jsonl"))
    docs = load_documents(paths)
    assert docs and all(article.text for _, article in docs)
    by_id = {rec.id: article for rec, article in docs}
    assert "Karrada" in by_id["corpus:013_feed.xml#item1"].text
    assert by_id["corpus:013_feed.xml#item1"].text != by_id["corpus:013_feed.xml#item2"].text
    assert "Bunagana" in by_id["corpus:118_batch.csv#cd-0614"].text
    report = evaluate_files(paths, process=process_from({r.id: oracle_record(r) for r, _ in docs}), commit="c")
    assert report.to_json()["datasets"]["corpus"]["detection"]["f1"] == 1.0


def test_print_report_prints_a_table_per_dataset_overall_and_the_worst_misses(tmp_path: Path) -> None:
    a = write_gold(tmp_path / "a.jsonl", gold_line("a:1"), {**gold_line("a:2"), "dataset": "other"})
    report = evaluate_files([a], process=lambda arts: [{"article_id": x.id, "events": []} for x in arts], commit="c")
    console = Console(record=True, width=200)
    print_report(report, console, n_errors=3)
    out = console.export_text()
    for expected in ("toy (1 documents", "other (1 documents", "overall (2 documents", "detection", "fatalities",
                     "worst misses", "Gunmen attacked Dalori village on Saturday", "commit c"):
        assert expected in out


def test_table_rows_follow_the_sections_present() -> None:
    tally, _ = score_document(gold_record(GoldEvent(("attack",))), prediction_from_record({"events": []}))
    assert [r[0] for r in table_rows(tally)] == ["detection", "event type"]


def test_commit_is_unknown_without_git(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runner.shutil, "which", lambda name: None)
    assert runner.current_commit() == "unknown"


def test_printed_sentences_are_not_read_as_rich_markup(tmp_path: Path) -> None:
    text = "Gunmen [armed] attacked Dalori village on Saturday, killing 50 people."
    gold = write_gold(tmp_path / "g.jsonl", {**gold_line("a:1", text=text), "events": [{"event_type": ["attack"], "evidence": [[0, 6]]}]})
    report = evaluate_files([gold], process=lambda arts: [{"article_id": x.id, "events": []} for x in arts], commit="c")
    console = Console(record=True, width=200)
    print_report(report, console, n_errors=1)
    assert "Gunmen [armed] attacked" in console.export_text()
