"""Quality floors: figures flattened, violations found, floors raised but never silently lowered."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tacitus.evaluate.floors import figures, main, raise_floors, violations


def scores(f1: float, **extra: Any) -> dict[str, Any]:
    return {"commit": "c", "limit": None, **extra, "datasets": {"muc4": {
        "documents": 10,
        "detection": {"precision": 0.5, "recall": 0.5, "f1": f1, "tp": 5, "fp": 5, "fn": 5},
        "fields": {"fatalities": {"accuracy": 0.7, "within_10pct": 0.8, "n": 20}},
        "confusion": {"attack": {"attack": 3}},
        "relations": {"precision": 0.1, "recall": 0.1, "f1": 0.1, "by_type": {"allies": {"f1": 0.2}}},
    }}}


def test_figures_are_the_rates_by_dotted_path_without_counts_or_breakdowns() -> None:
    got = figures(scores(0.6)["datasets"]["muc4"])
    assert got["detection.f1"] == 0.6
    assert got["fields.fatalities.within_10pct"] == 0.8
    assert "detection.tp" not in got and "fields.fatalities.n" not in got
    assert not any(k.startswith(("confusion", "relations.by_type")) for k in got)


def test_figure_below_its_floor_by_more_than_the_tolerance_is_a_violation() -> None:
    floors = {"datasets": {"muc4": {"detection.f1": 0.6}}}
    assert violations(floors, scores(0.596)) == []
    [problem] = violations(floors, scores(0.59))
    assert "muc4 detection.f1" in problem and "below its floor" in problem


def test_floored_figure_or_dataset_missing_from_scores_is_a_violation() -> None:
    assert "missing from the scores" in violations({"datasets": {"muc4": {"toponyms.acc161": 0.8}}}, scores(0.6))[0]
    assert "absent from the scores" in violations({"datasets": {"geo_gwn": {"toponyms.acc161": 0.8}}}, scores(0.6))[0]


def test_scores_from_a_limited_run_cannot_pass_the_floors() -> None:
    assert "limited" in violations({"datasets": {}}, scores(0.6, limit=50))[0]


def test_update_raises_floors_and_never_lowers_them_unless_allowed() -> None:
    floors = {"_comment": "keep me", "datasets": {"muc4": {"detection.f1": 0.7, "fields.fatalities.accuracy": 0.5}}}
    new = raise_floors(floors, scores(0.6))
    assert new["_comment"] == "keep me"
    assert new["datasets"]["muc4"]["detection.f1"] == 0.7
    assert new["datasets"]["muc4"]["fields.fatalities.accuracy"] == 0.7
    assert new["datasets"]["muc4"]["detection.precision"] == 0.5  # newly pinned
    assert raise_floors(floors, scores(0.6), allow_lower=True)["datasets"]["muc4"]["detection.f1"] == 0.6


def test_update_command_writes_the_floors_file(tmp_path: Path) -> None:
    scores_path, floors_path = tmp_path / "scores.json", tmp_path / "floors.json"
    scores_path.write_text(json.dumps(scores(0.6)))
    floors_path.write_text(json.dumps({"_comment": "c", "datasets": {}}))
    assert main(["update", str(scores_path), "--floors", str(floors_path)]) == 0
    written = json.loads(floors_path.read_text())
    assert written["datasets"]["muc4"]["detection.f1"] == 0.6
    assert main(["check", str(scores_path), "--floors", str(floors_path)]) == 0


def test_checked_in_floors_file_is_well_formed() -> None:
    path = Path(__file__).resolve().parents[1] / "quality_floors.json"
    floors = json.loads(path.read_text())
    assert "_comment" in floors and isinstance(floors["datasets"], dict)
    for pinned in floors["datasets"].values():
        assert all(isinstance(v, float) and 0.0 <= v <= 1.0 for v in pinned.values())
