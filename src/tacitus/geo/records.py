"""The gazetteer's row type and the interface every gazetteer offers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

# Feature kinds, from widest to narrowest.
COUNTRY = "country"
REGION = "region"  # informal, multi-country regions ("the Sahel"), from regions.yaml
ADMIN1 = "admin1"
ADMIN2 = "admin2"
CITY = "city"  # populated place, population >= 100,000
TOWN = "town"  # populated place, population >= 10,000
VILLAGE = "village"  # any smaller populated place
POPULATED = frozenset({CITY, TOWN, VILLAGE})
KINDS = (COUNTRY, REGION, ADMIN1, ADMIN2, CITY, TOWN, VILLAGE)


def populated_kind(population: int) -> str:
    """city / town / village by population (GeoNames' cities files carry no PPL codes)."""
    if population >= 100_000:
        return CITY
    if population >= 10_000:
        return TOWN
    return VILLAGE


@dataclass(frozen=True, slots=True)
class PlaceRecord:
    """One gazetteer entry.

    ``country`` is ISO 3166-1 alpha-3 (None for multi-country regions, whose member countries
    are in ``members``). ``admin1``/``admin2`` are GeoNames-style names of the containing
    divisions (an admin1 record carries its own name as ``admin1``). ``population`` of an
    admin division or country is the sum (or GeoNames' figure) used as a size prior.
    ``alternate_names`` are Latin-script names the record is also known by.
    """

    geonameid: int | None
    name: str
    kind: str
    country: str | None
    lat: float
    lon: float
    population: int = 0
    admin1: str | None = None
    admin2: str | None = None
    ascii_name: str | None = None
    alternate_names: tuple[str, ...] = ()
    members: tuple[str, ...] = ()
    source: str = "geonames"
    capital: bool = False  # national capital (GeoNames' country info)

    @property
    def feature(self) -> str:
        """The :class:`tacitus.model.Place` feature value: place | admin1 | admin2 | country | region."""
        return "place" if self.kind in POPULATED else self.kind

    @property
    def precision(self) -> int:
        """ACLED geo-precision when the text names this record: town 1, district 2, wider 3."""
        if self.kind in POPULATED:
            return 1
        return 2 if self.kind == ADMIN2 else 3


class GazetteerLike(Protocol):
    """What resolution needs from a gazetteer; :class:`Gazetteer` and its in-memory twin."""

    def candidates(self, name: str) -> list[PlaceRecord]: ...

    def country(self, iso3: str) -> PlaceRecord | None: ...

    def country_by_name(self, text: str) -> PlaceRecord | None: ...

    def demonym(self, text: str) -> PlaceRecord | None: ...

    def admin1(self, iso3: str, name: str) -> PlaceRecord | None: ...
