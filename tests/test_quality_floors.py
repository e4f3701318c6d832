"""The quality gate: no floored figure may fall more than 0.005 below its floor.

- ``corpus``: our own gold for the bundled sample corpus (``tests/data/corpus_gold_*.jsonl``);
  always runs.
- the dev sets in ``../shared/eval/dev``: run where that folder exists (CI has it), skipped
  elsewhere. To check a report you already have instead of scoring again:

      tacitus eval ../shared/eval/dev/*.jsonl --json scores.json
      TACITUS_EVAL_JSON=scores.json pytest tests/test_quality_floors.py

Floors live in ``tests/quality_floors.json``; see ``tacitus.evaluate.floors``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from tacitus.evaluate.floors import TOLERANCE, violations

HERE = Path(__file__).resolve().parent
DEV = HERE.parents[1] / "shared" / "eval" / "dev"
FLOORS = json.loads((HERE / "quality_floors.json").read_text(encoding="utf-8"))
CORPUS_GOLD = sorted((HERE / "data").glob("corpus_gold_*.jsonl"))


def _score(paths: list[Path], resources: Any) -> dict[str, Any]:
    from tacitus.evaluate.runner import evaluate_files
    from tacitus.model import document_record
    from tacitus.pipeline import process_batch

    def process(articles: list[Any]) -> list[dict[str, Any]]:
        return [document_record(d) for d in process_batch(articles, resources)]

    return evaluate_files(paths, process=process, commit="test").to_json()


def _gate(scores: dict[str, Any], datasets: set[str]) -> None:
    pinned = {"datasets": {k: v for k, v in FLOORS.get("datasets", {}).items() if k in datasets}}
    problems = violations(pinned, scores, TOLERANCE)
    assert not problems, "quality fell below the floors in tests/quality_floors.json:\n" + "\n".join(problems)


@pytest.mark.slow
def test_no_corpus_figure_falls_below_its_floor(resources) -> None:
    _gate(_score(CORPUS_GOLD, resources), {"corpus"})


@pytest.mark.slow
@pytest.mark.devdata
@pytest.mark.skipif(not DEV.is_dir(), reason=f"dev gold data not found at {DEV}")
def test_no_dev_set_figure_falls_below_its_floor(resources) -> None:
    given = os.environ.get("TACITUS_EVAL_JSON")
    scores = json.loads(Path(given).read_text(encoding="utf-8")) if given else _score(sorted(DEV.glob("*.jsonl")), resources)
    _gate(scores, set(FLOORS.get("datasets", {})) - {"corpus"})
