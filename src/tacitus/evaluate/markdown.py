"""The evaluation report as Markdown (for ``docs/evaluation.md``), from ``Report.to_json()``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

_FIELDS = ("perpetrators", "perpetrators_relaxed", "targets", "targets_relaxed", "country", "admin1", "place", "date",
           "fatalities", "injured")


def _f(x: Any) -> str:
    return f"{x:.3f}" if isinstance(x, (int, float)) and not isinstance(x, bool) else "–"


def dataset_rows(name: str, d: Mapping[str, Any]) -> list[str]:
    rows = []
    det = d.get("detection")
    if det:
        rows.append(f"| {name} | detection | {_f(det['precision'])} | {_f(det['recall'])} | {_f(det['f1'])} | | tp {det['tp']} · fp {det['fp']} · fn {det['fn']} |")
    for field in _FIELDS:
        v = (d.get("fields") or {}).get(field)
        if not v:
            continue
        if "f1" in v:
            rows.append(f"| {name} | {field} | {_f(v['precision'])} | {_f(v['recall'])} | {_f(v['f1'])} | | |")
        else:
            extra = f"±10% {_f(v['within_10pct'])} · " if "within_10pct" in v else ""
            rows.append(f"| {name} | {field} | | | | {_f(v['accuracy'])} | {extra}n {v['n']} |")
    et = d.get("event_type")
    if et:
        rows.append(f"| {name} | event type | | | {_f(et['weighted_f1'])} (weighted) | {_f(et['accuracy'])} | macro F1 {_f(et['macro_f1'])} · n {et['n']} |")
        if et.get("mapped_n") is not None and et["mapped_n"] != et["n"]:
            rows.append(f"| {name} | event type, mapped types only | | | | {_f(et['mapped_accuracy'])} | n {et['mapped_n']} |")
    tp = d.get("toponyms")
    if tp:
        rows.append(f"| {name} | toponyms | {_f(tp['precision'])} | {_f(tp['recall'])} | {_f(tp['f1'])} | {_f(tp['acc161'])} (@161 km) | n {tp['n']} |")
    rel = d.get("relations")
    if rel:
        rows.append(f"| {name} | relations | {_f(rel['precision'])} | {_f(rel['recall'])} | {_f(rel['f1'])} | | |")
        for rtype, v in sorted((rel.get("by_type") or {}).items()):
            rows.append(f"| {name} | relations: {rtype} | {_f(v['precision'])} | {_f(v['recall'])} | {_f(v['f1'])} | | |")
        if rel.get("actors"):
            a = rel["actors"]
            rows.append(f"| {name} | relation actors found | | {_f(a['recall'])} | | | {a['found']} of {a['n']} endpoint mentions |")
    return rows


def markdown_table(report: Mapping[str, Any]) -> str:
    """One table, a row per dataset and measure."""
    lines = ["| dataset | measure | P | R | F1 | accuracy | notes |", "| --- | --- | ---: | ---: | ---: | ---: | --- |"]
    for name, d in sorted(report.get("datasets", {}).items()):
        lines.extend(dataset_rows(name, d))
    th = report.get("throughput") or {}
    stamp = f"commit `{report.get('commit', '?')[:12]}`, {dt.date.today().isoformat()}"
    speed = f"{th.get('articles', 0)} articles in {th.get('seconds', 0):.0f} s ({th.get('articles_per_s', 0):.1f} articles/s)"
    return "\n".join(lines) + f"\n\n{stamp}; {speed}.\n"
