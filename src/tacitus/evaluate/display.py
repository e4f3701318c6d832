"""The report as rich tables: one per dataset, one overall, then the worst misses.

Rows are built by :func:`table_rows` (pure, tested); :func:`print_report` only lays them out
on the console it is given.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from tacitus.evaluate.metrics import PRF, Accuracy, CountAccuracy, ratio
from tacitus.evaluate.misses import Miss
from tacitus.evaluate.score import FIELD_ORDER, Report, Tally

Row = tuple[str, str, str, str, str, str]  # measure, P, R, F1, accuracy, counts
COLUMNS = ("measure", "P", "R", "F1", "acc", "counts")
_BASIS_NOTE = {"negatives": "fp from negatives only", "none": "no fp judged: P not meaningful", "mixed": "fp judged on exhaustive docs"}


def _f(value: float) -> str:
    return f"{value:.3f}"


def prf_row(label: str, c: PRF) -> Row:
    return (label, _f(c.precision), _f(c.recall), _f(c.f1), "", f"tp {c.tp} · fp {c.fp} · fn {c.fn}")


def field_row(key: str, c: PRF | Accuracy | CountAccuracy) -> Row:
    label = "  relaxed" if key.endswith("_relaxed") else key
    if isinstance(c, PRF):
        return prf_row(label, c)
    if isinstance(c, CountAccuracy):
        return (label, "", "", "", _f(ratio(c.exact, c.n)), f"n {c.n} · ±10% {_f(ratio(c.within_10pct, c.n))}")
    return (label, "", "", "", _f(c.accuracy), f"n {c.n}")


def table_rows(tally: Tally) -> list[Row]:
    """The rows of one dataset's table, section by section; absent sections give no rows."""
    rows: list[Row] = []
    if tally.detection is not None:
        label, p, r, f1, acc, counts = prf_row("detection", tally.detection.counts)
        note = _BASIS_NOTE.get(tally.detection.precision_basis)
        rows.append((label, p, r, f1, acc, f"{counts} ({note})" if note else counts))
    rows += [field_row(k, tally.fields[k]) for k in FIELD_ORDER if k in tally.fields]
    if tally.event_type is not None:
        c = tally.event_type
        m = c.mapped
        mapped = f" · mapped types acc {_f(m.accuracy)} (n {m.n})" if m.n != c.n else ""
        rows.append(("event type", "", "", _f(c.weighted_f1), _f(c.accuracy), f"n {c.n} · macro F1 {_f(c.macro_f1)}{mapped}"))
    if tally.toponyms is not None:
        t = tally.toponyms
        label, p, r, f1, _, counts = prf_row("toponyms", t.spans)
        rows.append((label, p, r, f1, _f(t.within_161.accuracy), f"{counts} · @161 n {t.within_161.n}"))
    if tally.relations is not None:
        rows.append(prf_row("relations", tally.relations.total))
        rows += [prf_row(f"  {k}", v) for k, v in sorted(tally.relations.by_type.items())]
        rel = tally.relations
        if rel.endpoints:
            rows.append(("relation actors found", "", _f(rel.endpoints_found / rel.endpoints), "", "", f"{rel.endpoints_found} of {rel.endpoints} endpoint mentions"))
    return rows


def dataset_table(title: str, tally: Tally) -> Table:
    table = Table(title=Text(f"{title} ({tally.documents} documents, {tally.skipped} skipped)"), title_justify="left")
    for name in COLUMNS:
        table.add_column(name, justify="left" if name in ("measure", "counts") else "right")
    for row in table_rows(tally):
        table.add_row(*(Text(cell) for cell in row))
    return table


def top_confusions(tally: Tally, n: int = 5) -> list[tuple[str, str, int]]:
    """The most frequent (gold, predicted) pairs where the prediction was wrong."""
    if tally.event_type is None:
        return []
    wrong = [(g, p, c) for (g, p), c in tally.event_type.pairs.items() if g != p]
    return sorted(wrong, key=lambda x: (-x[2], x[0], x[1]))[:n]


def short_types(types: str) -> str:
    """``attack/armed_clash/grenade`` → ``attack (+2)``: the first code names the event."""
    codes = types.split("/")
    return codes[0] + (f" (+{len(codes) - 1})" if len(codes) > 1 else "")


def miss_lines(m: Miss) -> tuple[str, str]:
    """A heading (what, where, why it matters) and the sentence, indented."""
    head = " · ".join(x for x in (m.kind.replace("_", " "), m.dataset, m.doc_id, short_types(m.event_type), m.detail) if x)
    return head, f"    {m.sentence}"


def print_misses(misses: Sequence[Miss], console: Console) -> None:
    console.print(Text(f"{len(misses)} worst misses", style="bold"))
    for m in misses:
        head, sentence = miss_lines(m)
        console.print(Text(head, style="red" if m.kind == "missed" else "yellow"))
        console.print(Text(sentence))


def print_report(report: Report, console: Console, n_errors: int = 0, by_dataset: bool = True) -> None:
    """Tables per dataset (``by_dataset``) and overall, throughput and commit, then the
    ``n_errors`` worst misses."""
    named = list(report.datasets.items()) if by_dataset or len(report.datasets) == 1 else []
    if len(report.datasets) > 1:
        named.append(("overall", report.overall))
    for name, tally in named:
        console.print(dataset_table(name, tally))
        confused = top_confusions(tally)
        if confused:
            console.print(Text("  most confused: " + ", ".join(f"{g} → {p} ({c})" for g, p, c in confused)))
    t = report.throughput
    console.print(Text(f"{t.articles} articles in {t.seconds:.1f}s ({ratio(t.articles, t.seconds):.1f} articles/s) · commit {report.commit}"
                       + (f" · first {report.limit} records per file" if report.limit else "")))
    if n_errors > 0:
        print_misses(report.worst_misses(n_errors), console)
