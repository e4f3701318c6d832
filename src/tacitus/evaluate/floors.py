"""Quality floors: dev-set figures that a change may not lower by more than 0.005.

``tests/quality_floors.json`` pins, per dataset, rates from the ``tacitus eval --json`` report
under dotted paths (``"detection.f1"``, ``"fields.perpetrators.f1"``); the test
``tests/test_quality_floors.py`` compares a fresh report against them. Raising floors to the
current figures is a normal commit:

    tacitus eval ../shared/eval/dev/*.jsonl --json scores.json
    python -m tacitus.evaluate.floors update scores.json

Lowering a floor takes ``--allow-lower`` and a reason in the commit message.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

TOLERANCE = 0.005
DEFAULT_FLOORS = Path("tests") / "quality_floors.json"
RATE_KEYS = frozenset({"precision", "recall", "f1", "accuracy", "within_10pct", "weighted_f1", "macro_f1", "mapped_accuracy",
                       "acc161", "geonameid"})
UNFLOORED = frozenset({"by_type", "confusion"})  # per-type figures are too small to pin
COMMENT = ("Dev-set quality floors, per dataset, as dotted paths into the 'tacitus eval --json' report. "
           "tests/test_quality_floors.py fails when a figure falls more than 0.005 below its floor. "
           "Raise floors with 'python -m tacitus.evaluate.floors update SCORES.json' (a normal commit); "
           "lowering one needs --allow-lower and a reason in the commit message.")


def figures(section: Mapping[str, Any], prefix: str = "") -> dict[str, float]:
    """Every floorable rate of one dataset's scores, by dotted path."""
    out: dict[str, float] = {}
    for key, value in section.items():
        path = f"{prefix}{key}"
        if isinstance(value, Mapping) and key not in UNFLOORED:
            out.update(figures(value, f"{path}."))
        elif key in RATE_KEYS and isinstance(value, (int, float)) and not isinstance(value, bool):
            out[path] = float(value)
    return out


def violations(floors: Mapping[str, Any], scores: Mapping[str, Any], tolerance: float = TOLERANCE) -> list[str]:
    """One message per floored figure that is missing or lower than its floor minus ``tolerance``."""
    problems: list[str] = []
    if scores.get("limit"):
        problems.append(f"the scores come from a run limited to {scores['limit']} records per file; "
                        "run 'tacitus eval' on the whole dev set")
    current = scores.get("datasets", {})
    for dataset, pinned in floors.get("datasets", {}).items():
        if dataset not in current:
            problems.append(f"{dataset}: floored but absent from the scores; run 'tacitus eval' on all of shared/eval/dev")
            continue
        have = figures(current[dataset])
        for path, floor in sorted(pinned.items()):
            value = have.get(path)
            if value is None:
                problems.append(f"{dataset} {path}: floored at {floor} but missing from the scores")
            elif value < floor - tolerance:
                problems.append(f"{dataset} {path}: {value:.4f} is below its floor {floor:.4f} by {floor - value:.4f}")
    return problems


def raise_floors(floors: Mapping[str, Any], scores: Mapping[str, Any], allow_lower: bool = False) -> dict[str, Any]:
    """New floors: each figure in the scores, raised to its current value (or set to it when
    ``allow_lower``); floors for figures absent from the scores are kept."""
    datasets: dict[str, dict[str, float]] = {k: dict(v) for k, v in floors.get("datasets", {}).items()}
    for dataset, section in scores.get("datasets", {}).items():
        pinned = datasets.setdefault(dataset, {})
        for path, value in figures(section).items():
            old = pinned.get(path)
            pinned[path] = value if (old is None or allow_lower) else max(old, value)
    return {"_comment": floors.get("_comment", COMMENT),
            "datasets": {k: dict(sorted(v.items())) for k, v in sorted(datasets.items())}}


def changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[str]:
    """Readable lines for every floor that was added, raised or lowered."""
    lines: list[str] = []
    for dataset, pinned in new["datasets"].items():
        before = old.get("datasets", {}).get(dataset, {})
        for path, value in pinned.items():
            prev = before.get(path)
            if prev is None:
                lines.append(f"+ {dataset} {path} = {value:.4f}")
            elif value != prev:
                lines.append(f"{'↑' if value > prev else '↓'} {dataset} {path}: {prev:.4f} → {value:.4f}")
    return lines


def _read(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"datasets": {}}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tacitus.evaluate.floors", description="Quality floors for the dev-set scores.")
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("update", "check"):
        cmd = sub.add_parser(name)
        cmd.add_argument("scores", type=Path, help="a report written by 'tacitus eval --json'")
        cmd.add_argument("--floors", type=Path, default=DEFAULT_FLOORS)
        if name == "update":
            cmd.add_argument("--allow-lower", action="store_true", help="also lower floors to the current figures")
    args = parser.parse_args(argv)
    scores, floors = _read(args.scores), _read(args.floors)
    if args.command == "check":
        problems = violations(floors, scores)
        print("\n".join(problems) or "all floors hold")
        return 1 if problems else 0
    new = raise_floors(floors, scores, allow_lower=args.allow_lower)
    args.floors.write_text(json.dumps(new, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("\n".join(changes(floors, new)) or "no floor changed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
