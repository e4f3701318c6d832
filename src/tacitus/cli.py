"""The ``tacitus`` command. The only module that prints or exits."""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from tacitus.errors import TacitusError

console = Console(stderr=True)
out = Console()
DEFAULT_DB = "tacitus.duckdb"


def _date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"'{value}' is not a date; use YYYY-MM-DD") from exc


class TacitusGroup(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TacitusError as exc:
            console.print(f"[red]error:[/red] {exc}")
            sys.exit(2)


@click.group(cls=TacitusGroup)
@click.version_option(package_name="tacitus")
def main() -> None:
    """tacitus: conflict event data from news articles, offline."""


# -- setup -------------------------------------------------------------------------------------

@main.command()
@click.option("--force", is_flag=True, help="Rebuild the gazetteer even if it exists.")
def setup(force: bool) -> None:
    """Build the gazetteer (once) and check the models and knowledge base load."""
    from tacitus.actors.kb import load_kb
    from tacitus.geo import build_gazetteer, default_gazetteer_path
    from tacitus.nlp import load_pipeline

    path = default_gazetteer_path()
    if force or not path.exists():
        console.print(f"Building the gazetteer at {path} (from GeoNames data in installed packages; once) …")
        t0 = time.perf_counter()
        report = build_gazetteer(path)
        console.print(f"  {report.summary()} in {time.perf_counter() - t0:.1f}s")
    else:
        console.print(f"Gazetteer: {path} (exists)")
    kb = load_kb()
    console.print(f"Knowledge base: {len(kb.entries)} actors ({sum(1 for e in kb.entries.values() if e.is_person)} people)")
    load_pipeline()
    console.print("spaCy pipeline: loaded")


# -- extract / run ----------------------------------------------------------------------------

@main.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--published", help="Publication date YYYY-MM-DD (relative dates resolve against it).")
@click.option("--source", help="Outlet name.")
def extract(file: Path, published: str | None, source: str | None) -> None:
    """One article (txt, html or a one-record jsonl) to its JSON record on stdout. Stores nothing."""
    from tacitus.ingest import ingest
    from tacitus.model import Skip, document_record, to_record
    from tacitus.pipeline import Resources, extract_one

    items = list(ingest([file], published=_date(published), source=source))
    arts = [a for a in items if not isinstance(a, Skip)]
    skips = [s for s in items if isinstance(s, Skip)]
    if not arts:
        reason = skips[0].message if skips else "no article found"
        console.print(f"[yellow]skipped:[/yellow] {file}: {reason}")
        out.print_json(json.dumps({"article_id": None, "events": [], "relations": [], "skips": [to_record(s) for s in skips]}))
        sys.exit(1)
    res = Resources.load()
    doc = extract_one(arts[0], res)
    click.echo(json.dumps(document_record(doc), ensure_ascii=False, indent=2))


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB file to write.")
@click.option("--published", help="Publication date for inputs that carry none (YYYY-MM-DD).")
@click.option("--batch-size", default=32, show_default=True)
@click.option("--workers", default=1, show_default=True, help="Processes (Dask LocalCluster when > 1).")
@click.option("--fast", is_flag=True, help="Skip the statistical NER (about twice as fast; slightly lower place and actor recall).")
@click.option("--quiet", is_flag=True)
def run(paths: tuple[Path, ...], db: str, published: str | None, batch_size: int, workers: int, fast: bool, quiet: bool) -> None:
    """Ingest files and folders, extract events, store them. Running twice adds nothing."""
    from tacitus.runner import ingest_and_store

    summary = ingest_and_store(list(paths), db=db, published=_date(published), batch_size=batch_size, workers=workers,
                               progress=not quiet, console=console, fast=fast)
    if not quiet:
        _print_summary(summary, db)


def _print_summary(summary: dict[str, Any], db: str) -> None:
    from tacitus.store import Store

    out.print(f"[bold]Articles[/bold]: {summary['read']} read, {summary['new']} new, {summary['known']} already stored, "
              f"{summary['duplicates']} duplicates (syndicated copies), {summary['skipped']} skipped "
              f"in {summary['seconds']:.1f}s ({summary['articles_per_s']:.1f} articles/s)")
    for code, n in sorted(summary["skip_reasons"].items(), key=lambda kv: -kv[1]):
        out.print(f"  skipped ({code}): {n}")
    with Store(db, read_only=True) as store:
        stats = store.stats()
    _table("Events by type", ["type", "events"], [(r["event_type"], r["n"]) for r in stats["events_by_type"]])
    _table("Events by country", ["country", "events"], [(r["country"], r["n"]) for r in stats["events_by_country"]])
    _table("Most active actors", ["actor", "events"], [(r["actor"], r["n"]) for r in stats["top_actors"]])
    _table("Relations", ["type", "count"], [(r["type"], r["n"]) for r in stats["relations_by_type"]])
    out.print(f"{stats['events']} events (from {stats['event_reports']} reports) and {stats['relations']} relations in {db}.")
    out.print(f"Next: [cyan]tacitus events --db {db}[/cyan] · [cyan]tacitus events --db {db} --format acled > events.csv[/cyan] · "
              f"[cyan]tacitus relations --db {db}[/cyan] · [cyan]tacitus stats --db {db}[/cyan]")


def _table(title: str, cols: list[str], rows: list[tuple[Any, ...]]) -> None:
    t = Table(title=title, title_justify="left")
    for c in cols:
        t.add_column(c)
    for r in rows:
        t.add_row(*(str(x) for x in r))
    out.print(t)


# -- queries ------------------------------------------------------------------------------------

@main.command()
@click.option("--db", default=DEFAULT_DB, show_default=True)
@click.option("--type", "etype", help="Sub-event type code, e.g. attack, armed_clash.")
@click.option("--country", help="ISO3 country code.")
@click.option("--actor", help="Actor name or id (substring match).")
@click.option("--since", help="YYYY-MM-DD")
@click.option("--until", help="YYYY-MM-DD")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv", "acled", "geojson"]), default="table", show_default=True)
@click.option("--limit", default=0, help="At most this many events (0 = all).")
def events(db: str, etype: str | None, country: str | None, actor: str | None, since: str | None, until: str | None, fmt: str, limit: int) -> None:
    """Merged events (one row per real-world event), filtered, in several formats."""
    from tacitus.queries import event_rows

    rows = event_rows(db, etype=etype, country=country, actor=actor, since=_date(since), until=_date(until), limit=limit)
    _emit_events(rows, fmt, db)


def _emit_events(rows: list[dict[str, Any]], fmt: str, db: str) -> None:
    from tacitus import export

    if fmt == "jsonl":
        click.echo(export.to_jsonl(rows), nl=False)
    elif fmt == "csv":
        click.echo(export.to_csv(rows), nl=False)
    elif fmt == "geojson":
        click.echo(export.to_geojson(rows))
    elif fmt == "acled":
        from tacitus.actors.kb import load_kb

        kb = load_kb()
        countries = {c.iso3: (c.name, c.acled_region or "") for c in kb.countries.values()}
        click.echo(export.to_csv([export.acled_row(r, countries) for r in rows], export.ACLED_COLUMNS), nl=False)
    else:
        t = Table(show_lines=False)
        for col in ("date", "type", "actor1", "actor2", "location", "country", "fatal", "sources"):
            t.add_column(col)
        for r in rows:
            t.add_row(str(r.get("date_end") or ""), r["event_type"], r.get("actor1") or "", r.get("actor2") or "",
                      r.get("location") or "", r.get("country") or "", str(r.get("fatalities") if r.get("fatalities") is not None else ""),
                      str(r.get("n_articles")))
        out.print(t)


@main.command()
@click.option("--db", default=DEFAULT_DB, show_default=True)
@click.option("--actor", help="Only relations touching this actor (name or id).")
@click.option("--as-of", "as_of", help="The graph as it stood on this day (YYYY-MM-DD).")
@click.option("--all-modalities", is_flag=True, help="Include negated, hypothetical and denied relations.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "graphml", "json"]), default="table", show_default=True)
def relations(db: str, actor: str | None, as_of: str | None, all_modalities: bool, fmt: str) -> None:
    """Relations between actors (allegiance, alliances, splits, roles), as a dated graph."""
    from tacitus import export
    from tacitus.queries import relation_rows

    rows = relation_rows(db, actor=actor, as_of=_date(as_of), all_modalities=all_modalities)
    if fmt == "jsonl":
        click.echo(export.to_jsonl(rows), nl=False)
    elif fmt == "graphml":
        click.echo(export.to_graphml(rows))
    elif fmt == "json":
        import networkx as nx

        click.echo(json.dumps(nx.node_link_data(export.relation_graph(rows), edges="links"), default=str))
    else:
        t = Table()
        for col in ("date", "type", "source", "target", "modality"):
            t.add_column(col)
        for r in rows:
            t.add_row(str(r.get("date_end") or ""), r["type"], r["source"], r["target"], r["modality"])
        out.print(t)


@main.command()
@click.option("--db", default=DEFAULT_DB, show_default=True)
@click.option("--json", "as_json", is_flag=True)
def stats(db: str, as_json: bool) -> None:
    """What the store holds: articles, duplicates, skips, events by type and country, relations."""
    from tacitus.store import Store

    if not Path(db).exists():
        raise TacitusError(f"no database at {db}; run 'tacitus run PATH --db {db}' first", code="C001")
    with Store(db, read_only=True) as store:
        s = store.stats()
    if as_json:
        click.echo(json.dumps(s, default=str, indent=2))
        return
    out.print(f"articles {s['articles']} · sources {s['sources']} · duplicates {s['duplicates']} · skipped {s['skipped']} · "
              f"events {s['events']} (reports {s['event_reports']}) · relations {s['relations']}")
    _table("Skips", ["code", "n"], [(r["code"], r["n"]) for r in s["skips_by_code"]])
    _table("Events by type", ["type", "events"], [(r["event_type"], r["n"]) for r in s["events_by_type"]])
    _table("Events by country", ["country", "events"], [(r["country"], r["n"]) for r in s["events_by_country"]])
    _table("Most active actors", ["actor", "events"], [(r["actor"], r["n"]) for r in s["top_actors"]])
    _table("Relations", ["type", "count"], [(r["type"], r["n"]) for r in s["relations_by_type"]])


# -- actors -------------------------------------------------------------------------------------

@main.group(invoke_without_command=True)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table")
@click.option("--kind", help="Only actors of this kind.")
@click.pass_context
def actors(ctx: click.Context, fmt: str, kind: str | None) -> None:
    """The actor knowledge base; 'tacitus actors resolve TEXT' links a name to it."""
    if ctx.invoked_subcommand is not None:
        return
    from tacitus.actors.kb import load_kb

    kb = load_kb()
    entries = [e for e in kb.entries.values() if kind is None or e.kind == kind]
    if fmt == "jsonl":
        for e in entries:
            click.echo(json.dumps({"actor_id": e.id, "name": e.name, "kind": e.kind, "countries": list(e.countries),
                                   "active": list(e.active), "aliases": list(e.aliases), "translations": list(e.translations),
                                   "variants": list(e.variants), "parent": e.parent, "predecessor": e.predecessor,
                                   "roles": [{"org": r.org, "role": r.role, "start": str(r.start or ""), "end": str(r.end or ""),
                                              "titles": list(r.titles)} for r in e.roles]}, ensure_ascii=False))
        return
    t = Table()
    for col in ("id", "name", "kind", "countries", "active"):
        t.add_column(col)
    for e in entries:
        t.add_row(e.id, e.name, e.kind, ",".join(e.countries), f"{e.active[0] or ''}–{e.active[1] or ''}")
    out.print(t)


@actors.command("resolve")
@click.argument("text")
@click.option("--date", "day", help="The date the name is used (YYYY-MM-DD): titles and renamed groups depend on it.")
@click.option("--context", "context", help="Text around the name (countries in it help choose).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
def actors_resolve(text: str, day: str | None, context: str | None, fmt: str) -> None:
    """Resolve TEXT (or '-' for one query per stdin line, 'TEXT<TAB>YYYY-MM-DD') to an actor."""
    from tacitus.actors.service import resolve_queries

    queries = [line.rstrip("\n") for line in sys.stdin] if text == "-" else [f"{text}\t{day}" if day else text]
    for result in resolve_queries(queries, context=context, default_day=_date(day)):
        if fmt == "json":
            click.echo(json.dumps(result, ensure_ascii=False))
        elif result is None:
            out.print("no match")
        else:
            out.print(f"{result['name']} ({result['actor_id']}, {result['kind']}, score {result['score']})")


# -- serve --------------------------------------------------------------------------------------

@main.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB file to serve (opened read-only).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0 to be reachable from other machines).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
def serve(db: str, host: str, port: int) -> None:
    """The read-only REST API (/api, /docs) and the web view (/): map, timeline, actor graph, evidence."""
    try:
        import uvicorn

        from tacitus.api import create_app
    except ImportError as exc:
        raise TacitusError(f"'tacitus serve' needs the serve extra ({exc.name} is missing): pip install 'tacitus[serve]'", code="C002") from exc
    if not Path(db).is_file():
        raise TacitusError(f"no database at {db}; run 'tacitus run PATH --db {db}' first, or pass --db FILE", code="C001")
    console.print(f"Loading {db} …")
    app = create_app(db)
    console.print(f"Serving {db} at [cyan]http://{host}:{port}/[/cyan] (API docs at /docs); Ctrl-C stops.")
    uvicorn.run(app, host=host, port=port, log_level="warning")


# -- evaluation and benchmark -------------------------------------------------------------------

@main.command("eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--json", "json_out", type=click.Path(path_type=Path), help="Write the scores as JSON here.")
@click.option("--by-dataset/--overall-only", default=True, help="A table per dataset (default), or only the overall one.")
@click.option("--errors", "n_errors", default=0, help="Print the N worst misses with evidence.")
@click.option("--limit", default=0, help="Score only the first N documents of each file (quick checks).")
@click.option("--markdown", "md_out", type=click.Path(path_type=Path), help="Also write the scores as a Markdown table here.")
def eval_cmd(gold: tuple[Path, ...], json_out: Path | None, by_dataset: bool, n_errors: int, limit: int, md_out: Path | None) -> None:
    """Score extraction against gold files (format: shared/eval/FORMAT.md); a table per dataset."""
    from tacitus.evaluate.markdown import markdown_table
    from tacitus.evaluate.runner import evaluate_files, print_report

    report = evaluate_files(list(gold), limit=limit or None, progress=True, console=console)
    print_report(report, out, n_errors=n_errors, by_dataset=by_dataset)
    if json_out:
        json_out.write_text(json.dumps(report.to_json(), indent=2))
        console.print(f"scores written to {json_out}")
    if md_out:
        md_out.write_text(markdown_table(report.to_json()))
        console.print(f"Markdown table written to {md_out}")


@main.command()
@click.option("--articles", "n", default=2000, show_default=True)
@click.option("--json", "json_out", type=click.Path(path_type=Path))
@click.option("--workers", default=0, help="Processes for the all-cores run (0 = all cores).")
def bench(n: int, json_out: Path | None, workers: int) -> None:
    """Time the full pipeline against the bare spaCy baseline on N generated articles."""
    from tacitus.bench import run_bench

    result = run_bench(n, workers=workers, console=console)
    out.print_json(json.dumps(result))
    if json_out:
        json_out.write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
