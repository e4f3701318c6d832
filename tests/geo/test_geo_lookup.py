"""Gazetteer lookups, on the in-memory twin and on a small SQLite file built from the same
records (the two must agree), plus the file's errors, paths and pickling."""

from __future__ import annotations

import pickle
import sqlite3
from pathlib import Path

import pytest

from tacitus.geo import Gazetteer, GazetteerError, InMemoryGazetteer, default_gazetteer_path
from tacitus.geo import gazetteer as gazetteer_module
from tacitus.geo.build import SCHEMA_VERSION, write_sqlite
from tacitus.geo.records import CITY, REGION, TOWN, VILLAGE, PlaceRecord


@pytest.fixture
def small_file(mini_file: Path) -> Path:
    return mini_file


@pytest.fixture
def mini_records(mini: InMemoryGazetteer) -> list[PlaceRecord]:
    return mini.records


@pytest.fixture(params=["memory", "sqlite"])
def any_gaz(request: pytest.FixtureRequest, mini: InMemoryGazetteer, small_file: Path):
    return mini if request.param == "memory" else Gazetteer.load(small_file)


def _names(records) -> list[tuple[str, str | None, str]]:
    return [(r.name, r.country, r.kind) for r in records]


@pytest.mark.parametrize(
    "query",
    ["Gao", "GAO", "gao", "Menaka", "MÉNAKA", "al-Fashir", "Al Fashir", "AL-FASHIR", "El Fasher",
     "the Sahel", "Sahel", "Borno State", "BORNO STATE", "Tripoli", "Alexandria", "Yerwa",
     "Nowhere", "U.S.", "US"],
)  # fmt: skip
def test_sqlite_gazetteer_and_its_twin_agree(query: str, mini: InMemoryGazetteer, small_file: Path) -> None:
    assert _names(Gazetteer.load(small_file).candidates(query)) == _names(mini.candidates(query))


# Three villages that tie on every ranking key but their order in the table, a bigger town met
# by an alternate name, a still bigger city met only without its article, and a region.
TIES = [
    PlaceRecord(None, "Kalma", VILLAGE, "SDN", 12.0, 24.9, 0, admin1="South Darfur",
                ascii_name="Kalma", alternate_names=("Kalma Camp",), source="geonames"),
    PlaceRecord(7, "Kalma", VILLAGE, "TCD", 12.5, 21.0, 0, admin2="Ouara"),
    PlaceRecord(8, "Kalma", VILLAGE, "NER", 13.1, 2.2, 0, capital=True),
    PlaceRecord(9, "Kalmah", TOWN, "IRQ", 33.0, 44.0, 12_000, alternate_names=("Kalma", "Al Kalma")),
    PlaceRecord(10, "El Kalma", CITY, "EGY", 30.0, 31.0, 500_000),
    PlaceRecord(None, "Zone", REGION, None, 1.0, 2.0, 5, members=("SDN", "TCD")),
]  # fmt: skip


def test_sqlite_lookups_return_the_twins_records_in_the_twins_order(mini: InMemoryGazetteer, tmp_path: Path) -> None:
    """Every key of the file, whole records compared: the ranks the build stores reproduce the
    twin's sort exactly, ties in table order included, and packed records unpack equal."""
    records = [*mini.records, *TIES]
    path = tmp_path / "ties.sqlite"
    write_sqlite(path, records, {}, {"schema": SCHEMA_VERSION})
    twin, gaz = InMemoryGazetteer(records), Gazetteer.load(path)
    assert [r.country for r in gaz.candidates("Kalma")] == ["SDN", "TCD", "NER", "IRQ", "EGY"]
    for key in twin._index:
        assert gaz.candidates(key) == twin.candidates(key), key
    assert gaz.country("SDN") == twin.country("SDN")
    assert gaz.capital("NER") == TIES[2]


def test_a_file_with_another_record_packing_asks_for_a_rebuild(tmp_path: Path, mini_records) -> None:
    path = tmp_path / "packed.sqlite"
    write_sqlite(path, mini_records[:2], {}, {"schema": SCHEMA_VERSION})
    con = sqlite3.connect(path)
    con.execute("UPDATE meta SET value = 'marshal 0' WHERE key = 'records'")
    con.commit()
    con.close()
    with pytest.raises(GazetteerError) as err:
        Gazetteer.load(path)
    assert err.value.code == "G002"


def test_candidates_are_case_accent_and_article_insensitive(any_gaz) -> None:
    assert [r.name for r in any_gaz.candidates("MENAKA")] == ["Ménaka"]
    assert [r.name for r in any_gaz.candidates("al-Fashir")] == ["El Fasher"]
    assert [r.name for r in any_gaz.candidates("the Sahel")] == ["Sahel"]


def test_candidates_list_best_match_then_population(any_gaz) -> None:
    assert _names(any_gaz.candidates("Gao")) == [
        ("Gao", "MLI", "admin1"), ("Gao", "MLI", "city"), ("Gao", "BFA", "town"),
    ]  # fmt: skip


def test_unknown_name_has_no_candidates(any_gaz) -> None:
    assert any_gaz.candidates("Atlantis") == []
    assert any_gaz.candidates("") == []


@pytest.mark.parametrize(
    ("text", "iso3"),
    [("Nigeria", "NGA"), ("NGA", "NGA"), ("NG", "NGA"), ("Nigerian", "NGA"), ("Nigerians", "NGA"),
     ("U.S.", "USA"), ("US", "USA"), ("Lebanese", "LBN"), ("Atlantis", None)],
)  # fmt: skip
def test_country_by_name_reads_names_codes_and_demonyms(any_gaz, text: str, iso3: str | None) -> None:
    found = any_gaz.country_by_name(text)
    assert (found.country if found else None) == iso3


def test_demonym_is_not_a_country_name(any_gaz) -> None:
    assert any_gaz.demonym("Malian").country == "MLI"
    assert any_gaz.demonym("Mali") is None


def test_admin1_by_name_or_with_designator(any_gaz) -> None:
    assert any_gaz.admin1("NGA", "Borno").name == "Borno"
    assert any_gaz.admin1("NGA", "Borno State").name == "Borno"
    assert any_gaz.admin1("MLI", "Borno") is None


def test_country_by_iso3(any_gaz) -> None:
    assert any_gaz.country("mli").name == "Mali"
    assert any_gaz.country("XXX") is None


def test_capital_by_iso3(any_gaz) -> None:
    assert any_gaz.capital("LBY").name == "Tripoli"  # not Lebanon's Tripoli
    assert any_gaz.capital("LBN") is None  # the mini gazetteer lists no capital of Lebanon


def test_missing_file_says_run_setup(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError) as err:
        Gazetteer.load(tmp_path / "none.sqlite")
    assert err.value.code == "G001"
    assert "Run 'tacitus setup'" in str(err.value)


def test_file_of_another_schema_asks_for_a_rebuild(tmp_path: Path, mini_records) -> None:
    path = tmp_path / "old.sqlite"
    write_sqlite(path, mini_records[:2], {}, {"schema": "0"})
    with pytest.raises(GazetteerError) as err:
        Gazetteer.load(path)
    assert err.value.code == "G002"


def test_garbage_file_is_reported_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "bad.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(GazetteerError) as err:
        Gazetteer.load(path)
    assert err.value.code == "G003"


def test_default_path_follows_tacitus_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TACITUS_DATA_DIR", str(tmp_path))
    path = default_gazetteer_path()
    assert path.parent == tmp_path
    assert f"v{SCHEMA_VERSION}" in path.name


def test_default_path_without_env_is_the_user_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TACITUS_DATA_DIR", raising=False)
    assert default_gazetteer_path().parent == Path.home() / ".cache" / "tacitus"


def test_ensure_gazetteer_builds_on_first_use_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mini_records) -> None:
    calls: list[Path] = []

    def fake_build(path: Path):
        calls.append(path)
        meta = {"schema": SCHEMA_VERSION, "fingerprint": gazetteer_module.fingerprint()}
        write_sqlite(path, mini_records, {}, meta)

    monkeypatch.setattr(gazetteer_module, "build_gazetteer", fake_build)
    path = tmp_path / "sub" / "gaz.sqlite"
    first = gazetteer_module.ensure_gazetteer(path)
    second = gazetteer_module.ensure_gazetteer(path)
    assert calls == [path]
    assert first.candidates("Gao") and second.candidates("Gao")


def test_ensure_gazetteer_rebuilds_a_file_built_from_other_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mini_records) -> None:
    path = tmp_path / "gaz.sqlite"
    write_sqlite(path, mini_records, {}, {"schema": SCHEMA_VERSION, "fingerprint": "stale"})
    calls: list[Path] = []

    def fake_build(p: Path):
        calls.append(p)
        write_sqlite(p, mini_records, {}, {"schema": SCHEMA_VERSION, "fingerprint": gazetteer_module.fingerprint()})

    monkeypatch.setattr(gazetteer_module, "build_gazetteer", fake_build)
    gazetteer_module.ensure_gazetteer(path)
    assert calls == [path]


def test_gazetteer_pickles_by_path(small_file: Path) -> None:
    gaz = Gazetteer.load(small_file)
    clone = pickle.loads(pickle.dumps(gaz))
    assert _names(clone.candidates("Tripoli")) == _names(gaz.candidates("Tripoli"))


def test_file_is_written_atomically_without_leftovers(small_file: Path) -> None:
    assert [p.name for p in small_file.parent.iterdir()] == [small_file.name]
    con = sqlite3.connect(small_file)
    assert con.execute("SELECT value FROM meta WHERE key='schema'").fetchone() == (SCHEMA_VERSION,)
