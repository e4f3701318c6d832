"""Geo fixtures: a hand-written in-memory gazetteer (fast, exact) and the real one (slow).

The in-memory places carry GeoNames' real points and populations, so the same rules that
decide on the real gazetteer decide here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tacitus.geo import Gazetteer, InMemoryGazetteer, PlaceRecord
from tacitus.geo.build import SCHEMA_VERSION, write_sqlite
from tacitus.geo.normalize import demonym_forms, name_key
from tacitus.geo.records import ADMIN1, CITY, COUNTRY, REGION, TOWN, VILLAGE


def _country(iso3: str, name: str, lat: float, lon: float, pop: int, *alts: str) -> PlaceRecord:
    return PlaceRecord(None, name, COUNTRY, iso3, lat, lon, pop, alternate_names=alts)


def _place(name: str, kind: str, iso3: str, lat: float, lon: float, pop: int, admin1: str,
           *alts: str, capital: bool = False) -> PlaceRecord:  # fmt: skip
    return PlaceRecord(None, name, kind, iso3, lat, lon, pop, admin1=admin1,
                       alternate_names=alts, capital=capital)  # fmt: skip


MINI_RECORDS = [
    _country("MLI", "Mali", 17.0, -4.0, 19_077_690),
    _country("BFA", "Burkina Faso", 12.5, -1.66667, 19_751_535),
    _country("LBN", "Lebanon", 33.83333, 35.83333, 6_848_925),
    _country("LBY", "Libya", 28.0, 17.0, 6_678_567),
    _country("EGY", "Egypt", 27.0, 30.0, 98_423_595),
    _country("USA", "United States", 39.76, -98.5, 327_167_434, "US", "U.S.", "USA"),
    _country("NGA", "Nigeria", 10.0, 8.0, 195_874_740),
    _country("GEO", "Georgia", 42.0, 43.5, 3_731_000),
    _country("SDN", "Sudan", 16.0, 30.0, 41_801_533),
    PlaceRecord(None, "Sahel", REGION, None, 15.0, 2.0, 300_000_000, alternate_names=("the Sahel",),
                members=("SEN", "MRT", "MLI", "BFA", "NER", "TCD", "NGA")),
    _place("Gao", ADMIN1, "MLI", 16.9, 0.4, 242_693, "Gao"),
    _place("Gao", CITY, "MLI", 16.27167, -0.04472, 133_110, "Gao", "Gawo"),
    _place("Gao", TOWN, "BFA", 11.64967, -2.17777, 26_453, "Centre-Ouest"),
    _place("Tripoli", CITY, "LBY", 32.88743, 13.18733, 1_150_989, "Tripoli", "Tarabulus",
           capital=True),
    _place("Tripoli", CITY, "LBN", 34.43352, 35.84415, 229_398, "Ash Shimāl", "Trablous"),
    _place("Alexandria", CITY, "EGY", 31.20176, 29.91582, 3_811_516, "Al Iskandarīyah"),
    _place("Alexandria", CITY, "USA", 38.80484, -77.04692, 159_467, "Virginia"),
    _place("Alexandria", TOWN, "USA", 31.31129, -92.44514, 47_889, "Louisiana"),
    _place("Louisiana", ADMIN1, "USA", 31.0, -92.0, 4_600_000, "Louisiana"),
    _place("Georgia", ADMIN1, "USA", 32.75, -83.5, 9_000_000, "Georgia"),
    _place("Atlanta", CITY, "USA", 33.749, -84.38798, 463_878, "Georgia"),
    _place("Borno", ADMIN1, "NGA", 11.5, 13.0, 1_674_695, "Borno", "Borno State"),
    _place("Maiduguri", CITY, "NGA", 11.84692, 13.15712, 1_112_449, "Borno", "Yerwa"),
    _place("El Fasher", CITY, "SDN", 13.62793, 25.34936, 252_609, "North Darfur", "Al Fashir",
           "Al-Fashir"),
    _place("Ménaka", TOWN, "MLI", 15.91833, 2.40222, 14_085, "Ménaka", "Menaka"),
    _place("Mobile", CITY, "USA", 30.69436, -88.04305, 190_432, "Alabama"),
    _place("Police", TOWN, "POL", 53.55214, 14.57182, 33_457, "West Pomerania"),
    _place("Smith", VILLAGE, "USA", 40.1, -99.0, 1_033, "Kansas"),
]

MINI_DEMONYMS = {"Malian": "MLI", "Nigerian": "NGA", "Lebanese": "LBN", "Libyan": "LBY",
                 "Egyptian": "EGY", "American": "USA", "Sudanese": "SDN"}  # fmt: skip
MINI_ISO2 = {"ML": "MLI", "NG": "NGA", "LB": "LBN", "US": "USA", "EG": "EGY"}


@pytest.fixture
def mini() -> InMemoryGazetteer:
    return InMemoryGazetteer(MINI_RECORDS, demonyms=MINI_DEMONYMS, iso2=MINI_ISO2)


@pytest.fixture
def mini_file(tmp_path: Path) -> Path:
    """The same records written by the real writer to a small SQLite gazetteer."""
    path = tmp_path / "gaz.sqlite"
    demonyms = {name_key(f): v for k, v in MINI_DEMONYMS.items() for f in demonym_forms(k)}
    write_sqlite(path, MINI_RECORDS, demonyms, {"schema": SCHEMA_VERSION}, MINI_ISO2)
    return path


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    """The real gazetteer at the default path (built on first use, ~30 s, then reused)."""
    from tacitus.geo import ensure_gazetteer

    return ensure_gazetteer()
