"""Nothing in geo touches the network; the built gazetteer is whole; lookups are fast."""

from __future__ import annotations

import ast
import socket
import sqlite3
import time
from pathlib import Path

import pytest

import tacitus.geo
from tacitus.geo import Gazetteer, find_toponyms, resolve_toponyms

GEO_DIR = Path(tacitus.geo.__file__).resolve().parent
NETWORK_MODULES = {"urllib", "urllib2", "urllib3", "requests", "httpx", "http", "socket", "ftplib",
                   "aiohttp", "ssl", "smtplib"}  # fmt: skip


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("module", sorted(GEO_DIR.glob("*.py")), ids=lambda p: p.name)
def test_geo_modules_import_no_network_library(module: Path) -> None:
    assert _imported_modules(module) & NETWORK_MODULES == set()


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("the geo package tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_lookups_and_resolution_work_with_the_network_cut(no_network, mini_file: Path) -> None:
    gaz = Gazetteer.load(mini_file)
    text = "Gunmen attacked a checkpoint near Gao, in northern Mali."
    assert [p.country for p in resolve_toponyms(find_toponyms(text, None, gaz), text, gaz)] == ["MLI", "MLI"]


@pytest.mark.slow
@pytest.mark.xdist_group("gazetteer")
def test_real_lookups_work_with_the_network_cut(gaz: Gazetteer, no_network) -> None:
    text = "Houthi forces shelled al-Hudaydah and Marib, Yemeni officials said."
    places = resolve_toponyms(find_toponyms(text, None, gaz), text, gaz)
    assert {p.country for p in places} == {"YEM"}


@pytest.mark.slow
@pytest.mark.xdist_group("gazetteer")
def test_built_gazetteer_is_whole(gaz: Gazetteer) -> None:
    con = sqlite3.connect(gaz.path)
    kinds = dict(con.execute("SELECT kind, count(*) FROM places GROUP BY kind").fetchall())
    assert kinds["country"] >= 245
    assert kinds["admin1"] >= 3_500
    assert kinds["admin2"] >= 30_000
    assert kinds["city"] + kinds["town"] + kinds["village"] >= 230_000
    assert kinds.get("region", 0) >= 7  # GeoNames' continents at least
    size_mb = gaz.path.stat().st_size / 1e6
    assert size_mb < 200
    attribution = con.execute("SELECT value FROM meta WHERE key = 'attribution'").fetchone()[0]
    assert "GeoNames" in attribution


@pytest.mark.slow
@pytest.mark.xdist_group("gazetteer")
def test_lookup_speed_is_reported(gaz: Gazetteer, capsys: pytest.CaptureFixture[str]) -> None:
    """A printed figure, not an assertion: machines differ."""
    con = sqlite3.connect(gaz.path)
    names = [r[0] for r in con.execute("SELECT name FROM places WHERE id % 13 = 0 LIMIT 20000")]
    fresh = Gazetteer.load(gaz.path)
    started, cpu_started = time.perf_counter(), time.process_time()
    found = sum(len(fresh.candidates(n)) for n in names)
    cold = len(names) / (time.perf_counter() - started)
    cold_cpu = len(names) / (time.process_time() - cpu_started)  # other jobs on the machine slow wall time
    started = time.perf_counter()
    for n in names:
        fresh.candidates(n)
    warm = len(names) / (time.perf_counter() - started)
    started = time.perf_counter()
    Gazetteer.load(gaz.path)
    load_ms = (time.perf_counter() - started) * 1000
    with capsys.disabled():
        print(f"\n[geo] {len(names)} names: {cold:,.0f} names/s cold ({cold_cpu:,.0f} per CPU-second), "
              f"{warm:,.0f} names/s cached, "
              f"{found / len(names):.1f} candidates/name; load {load_ms:.0f} ms; "
              f"file {gaz.path.stat().st_size / 1e6:.1f} MB")  # fmt: skip
    assert found > 0
