"""The dev-set quality gate: no floored figure may fall more than 0.005 below its floor.

Runs where ``../shared/eval/dev`` exists and a fresh report is named by TACITUS_EVAL_JSON:

    tacitus eval ../shared/eval/dev/*.jsonl --json scores.json
    TACITUS_EVAL_JSON=scores.json pytest -m devdata tests/test_quality_floors.py

Floors live in ``tests/quality_floors.json``; see ``tacitus.evaluate.floors``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tacitus.evaluate.floors import TOLERANCE, violations

DEV = Path(__file__).resolve().parents[2] / "shared/eval/dev"
FLOORS = Path(__file__).resolve().parent / "quality_floors.json"

pytestmark = [
    pytest.mark.devdata,
    pytest.mark.skipif(not DEV.is_dir(), reason=f"dev gold data not found at {DEV}"),
]


def test_no_dev_set_figure_falls_below_its_floor() -> None:
    scores_path = os.environ.get("TACITUS_EVAL_JSON")
    if not scores_path:
        pytest.skip(f"set TACITUS_EVAL_JSON to a report made by 'tacitus eval {DEV}/*.jsonl --json scores.json'")
    scores = json.loads(Path(scores_path).read_text(encoding="utf-8"))
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    problems = violations(floors, scores, TOLERANCE)
    assert not problems, "quality fell below the floors in tests/quality_floors.json:\n" + "\n".join(problems)
