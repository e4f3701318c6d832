"""Running twice adds nothing; copies become sources; bad files are skipped with a reason."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from tacitus.runner import ingest_and_store
from tacitus.store import Store

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
PICK = ["018_yemen_dahyan_bus_strike.txt", "019_yemen_dahyan_bus_strike_ast.txt", "015_mogadishu_truck_bomb.txt",
        "016_mogadishu_toll_rises.txt", "117_batch.jsonl"]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    d = tmp_path_factory.mktemp("in")
    for name in PICK:
        shutil.copy(CORPUS / name, d / name)
    (d / "empty.txt").write_text("")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (d / "broken.jsonl").write_text("{oops\n")
    return d


@pytest.fixture(scope="module")
def stored(inputs, resources, tmp_path_factory):
    db = tmp_path_factory.mktemp("db") / "t.duckdb"
    first = ingest_and_store([inputs], str(db), progress=False, resources=resources)
    second = ingest_and_store([inputs], str(db), progress=False, resources=resources)
    return db, first, second


def _count(db, sql):
    with Store(db, read_only=True) as s:
        return s.con.execute(sql).fetchone()[0]


def test_first_run_stores_articles_and_records_skips(stored):
    _, first, _ = stored
    assert first["new"] == 6  # 5 files, one a 3-record jsonl, one a syndicated copy → 4 + 3 - 1
    assert first["duplicates"] == 1
    assert first["skip_reasons"] == {"empty": 1, "binary": 1, "bad_json": 1}


def test_second_run_adds_nothing(stored):
    db, first, second = stored
    assert second["new"] == 0 and second["known"] == first["new"] + first["duplicates"]
    assert _count(db, "SELECT count(*) FROM articles") == first["new"]
    assert _count(db, "SELECT count(*) FROM events") == first["events"]
    assert _count(db, "SELECT count(*) FROM relations") == first["relations"]


def test_syndicated_copy_is_a_second_source_of_one_article(stored):
    db, _, _ = stored
    assert _count(db, "SELECT count(*) FROM article_sources WHERE relation = 'near'") == 1


def test_reports_of_one_bombing_in_two_articles_merge(stored):
    db, _, _ = stored
    with Store(db, read_only=True) as s:
        rows = s.query("SELECT * FROM merged_events WHERE country = 'SOM' AND n_articles > 1")
    assert rows, "the Mogadishu bombing reported by two outlets should be one event"
    assert max(r["fatalities"] or 0 for r in rows) >= 200  # the later, higher toll wins


def test_cli_queries_and_exports(stored):
    from tacitus.cli import main

    db, _, _ = stored
    runner = CliRunner()
    res = runner.invoke(main, ["events", "--db", str(db), "--format", "acled"])
    assert res.exit_code == 0, res.output
    header = res.output.splitlines()[0].split(",")
    assert header[:7] == ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type"]
    res = runner.invoke(main, ["events", "--db", str(db), "--format", "geojson", "--country", "SOM"])
    gj = json.loads(res.output)
    assert gj["type"] == "FeatureCollection" and gj["features"]
    res = runner.invoke(main, ["relations", "--db", str(db), "--format", "graphml"])
    assert res.exit_code == 0 and "<graphml" in res.output
    res = runner.invoke(main, ["stats", "--db", str(db), "--json"])
    assert json.loads(res.output)["articles"] == 6


def test_missing_database_gives_a_clear_error(tmp_path):
    from tacitus.cli import main

    res = CliRunner().invoke(main, ["stats", "--db", str(tmp_path / "none.duckdb")])
    assert res.exit_code == 2 and "[C001]" in res.output


def _store_one(resources, tmp_path, text: str):
    """A store holding one article of ``text``; its path."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "t.duckdb"
    ingest_and_store([src], str(db), progress=False, resources=resources)
    return db


def test_associated_actors_reach_the_merged_event_and_the_acled_export(resources, tmp_path):
    from tacitus.export import acled_row

    db = _store_one(resources, tmp_path, "Published: 2021-06-08\n\nSuspected militants killed a village chief and two teachers in "
                    "an ambush near Beni in North Kivu on Sunday, the local administrator said.\n")
    with Store(db, read_only=True) as s:
        [row] = s.query("SELECT * FROM merged_events WHERE event_type = 'attack'")
    assert row["assoc_actor2"] and "Civilians" in row["assoc_actor2"]
    assert acled_row(row, {})["assoc_actor_2"] == row["assoc_actor2"]


def test_an_act_recalled_from_years_before_is_stored_but_is_no_merged_event(resources, tmp_path):
    db = _store_one(resources, tmp_path, "Published: 2024-11-05\n\nGunmen killed eight farmers near Gusau in Zamfara state on "
                    "Sunday, police said. On 14 March 2022, bandits killed more than 60 villagers in the same area.\n")
    with Store(db, read_only=True) as s:
        stored = s.query("SELECT date_start, json_extract(record, '$.recalled') AS recalled FROM events ORDER BY date_start")
        merged = s.query("SELECT date_start, fatalities FROM merged_events")
    assert [str(r["recalled"]) for r in stored] == ["true", "false"]
    assert [r["fatalities"] for r in merged] == [8]


def _acled(**fields):
    from tacitus.export import acled_row

    row = {"id": "0123456789abcdef", "event_type": "attack", "event_family": "violence_against_civilians", "country": "NGA",
           "actor1": None, "actor1_kind": None, "actor2": "Civilians (Nigeria)", "actor2_kind": "civilians", **fields}
    return acled_row(row, {"NGA": ("Nigeria", "Western Africa")})


def test_the_acled_export_names_unknown_doers_as_acled_does():
    out = _acled()
    assert (out["actor1"], out["inter1"], out["interaction"]) == ("Unidentified Armed Group (Nigeria)", 3, "37")
    named = _acled(actor1="Boko Haram", actor1_kind="rebel", interaction="27")
    assert (named["actor1"], named["interaction"]) == ("Boko Haram", "27")
    strike = _acled(event_type="air_drone_strike", event_family="explosions_remote_violence")
    assert strike["actor1"] == ""  # an air strike's unknown doer is some state's forces, not an armed group
