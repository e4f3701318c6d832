"""Assembling the gazetteer from hand-built source rows (no packages read: fast)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tacitus.geo import GazetteerError
from tacitus.geo.build import (
    Sources,
    assemble,
    bbox_midpoint,
    demonym_table,
    designator_variants,
    spherical_mean,
)  # fmt: skip
from tacitus.geo.normalize import name_key
from tacitus.geo.records import PlaceRecord
from tacitus.geo.sources import (
    CityRow,
    CountryRow,
    DivisionRow,
    RegionRow,
    read_countries_csv,
    read_regions_yaml,
)  # fmt: skip


def _sources(csv_rows: list[CountryRow] | None = None) -> Sources:
    cities = [
        CityRow(2457163, "Gao", "ML", 16.27167, -0.04472, 133_110, ("Gawo", "GAQ", "гао"), "ML.09", "ML.09.1"),
        CityRow(2460596, "Bamako", "ML", 12.65, -8.0, 1_297_281, ("Bamako-Coura",), "ML.08", None),
        CityRow(1, "Ansongo", "ML", 15.66, 0.50, 32_709, (), "ML.09", None),
        CityRow(2, "Bourem", "ML", 16.95, -0.35, 27_488, (), "ML.09", None),
    ]  # fmt: skip
    divisions = [
        DivisionRow("ML.09", 1, "Gao", "ML", 2457161, "ML-7", "Region", (), None),
        DivisionRow("ML.09.1", 2, "Cercle de Gao", "ML", None, None, "", (), "ML.09"),
        DivisionRow("ML.08", 1, "Bamako", "ML", 2460594, "ML-BKO", "District", (), None),
        DivisionRow("ML.10", 1, "Empty", "ML", None, None, "Region", (), None),
    ]
    return Sources(
        gn_countries={"ML": {"name": "Mali", "iso3": "MLI", "geonameid": 2453866,
                             "population": 19_077_690, "capital": "Bamako"}},
        cities=cities,
        divisions=divisions,
        country_names={"ML": ("Republic of Mali",)},
        subdivision_names={"ML-7": "Gao"},
        countries_csv=csv_rows if csv_rows is not None else [
            CountryRow("MLI", "ML", "Mali", ("Malian",), 2453866, 17.0, -4.0, "Western Africa")],
        regions=[RegionRow("Sahel", ("the Sahel",), ("MLI", "NER"), 15.0, 2.0, "supranational"),
                 RegionRow("Azawad", (), ("MLI",), 19.0, 0.0, "subnational"),
                 RegionRow("Africa", (), ("MLI",), 2.0, 17.0, "supranational")],
        continents=[{"name": "Africa", "geonameId": 6255146, "lat": "7.1881", "lng": "21.09375",
                     "cc2": "ML", "alternateNames": [{"name": "Afrika"}, {"name": "アフリカ"}]}],
    )


def _by(records: list[PlaceRecord], name: str, kind: str) -> PlaceRecord:
    return next(r for r in records if r.name == name and r.kind == kind)


def test_populated_places_keep_latin_alternates_and_their_divisions() -> None:
    gao = _by(assemble(_sources(), []), "Gao", "city")
    assert gao.alternate_names == ("Gawo",)  # "GAQ" is an airport code, "гао" not Latin
    assert (gao.country, gao.admin1, gao.admin2) == ("MLI", "Gao", "Cercle de Gao")


def test_divisions_sit_at_the_bounding_box_middle_of_their_places() -> None:
    region = _by(assemble(_sources(), []), "Gao", "admin1")
    assert (region.lat, region.lon) == pytest.approx(((15.66 + 16.95) / 2, (-0.35 + 0.50) / 2))
    assert region.population == 133_110 + 32_709 + 27_488


def test_divisions_without_places_are_left_out_with_a_warning() -> None:
    warnings: list[str] = []
    records = assemble(_sources(), warnings)
    assert not [r for r in records if r.name == "Empty"]
    assert any("no populated place" in w for w in warnings)


def test_division_names_gain_designator_variants() -> None:
    assert designator_variants("Borno", "State") == ["Borno State"]
    assert designator_variants("Tikrit District", "") == ["Tikrit"]
    assert designator_variants("Muḩāfaz̧at Idlib", "Governorate") == ["Idlib", "Idlib Governorate"]
    assert designator_variants("Cercle de Gao", "") == ["Gao"]
    assert designator_variants("Smith County", "", level=2) == []


def test_country_point_comes_from_countries_csv() -> None:
    mali = _by(assemble(_sources(), []), "Mali", "country")
    assert (mali.lat, mali.lon, mali.geonameid) == (17.0, -4.0, 2453866)
    assert "Republic of Mali" in mali.alternate_names


def test_without_countries_csv_the_country_point_is_a_mean_of_places() -> None:
    warnings: list[str] = []
    src = _sources(csv_rows=[])
    mali = _by(assemble(src, warnings), "Mali", "country")
    assert 12 < mali.lat < 17 and -8 < mali.lon < 1


def test_the_capital_is_flagged() -> None:
    records = assemble(_sources(), [])
    assert _by(records, "Bamako", "city").capital
    assert not _by(records, "Gao", "city").capital


def test_regions_carry_members_and_a_single_country() -> None:
    records = assemble(_sources(), [])
    sahel, azawad = _by(records, "Sahel", "region"), _by(records, "Azawad", "region")
    assert sahel.members == ("MLI", "NER") and sahel.country is None
    assert azawad.country == "MLI"


def test_a_continent_takes_geonames_point_over_the_yaml_one() -> None:
    africa = [r for r in assemble(_sources(), []) if r.name == "Africa"]
    assert len(africa) == 1
    assert (africa[0].lat, africa[0].lon, africa[0].geonameid) == (7.1881, 21.09375, 6255146)


def test_natural_features_become_regions_without_population() -> None:
    src = _sources()
    src.features = [RegionRow("Niger River", ("Niger",), ("MLI", "NER"), 14.0, -2.0, "river"),
                    RegionRow("Sahel", (), (), 0.0, 0.0, "desert")]  # a name regions.yaml already has
    records = assemble(src, [])
    river = _by(records, "Niger River", "region")
    assert (river.lat, river.lon, river.population, river.source) == (14.0, -2.0, 0, "features.yaml")
    assert river.members == ("MLI", "NER") and "Niger" in river.alternate_names
    assert [r.source for r in records if r.name == "Sahel"] == ["regions.yaml"]


def test_demonyms_include_plurals() -> None:
    table = demonym_table(_sources())
    assert table[name_key("Malian")] == table[name_key("Malians")] == "MLI"


def test_bbox_midpoint_handles_the_antimeridian() -> None:
    lat, lon = bbox_midpoint([(-17.0, 179.0), (-18.0, -179.0)])
    assert lat == -17.5 and abs(abs(lon) - 180.0) < 1e-6
    assert bbox_midpoint([]) is None


def test_spherical_mean_handles_the_antimeridian() -> None:
    _lat, lon = spherical_mean([(0.0, 179.0), (0.0, -179.0)])
    assert abs(abs(lon) - 180.0) < 1e-6


def test_countries_csv_header_is_checked(tmp_path: Path) -> None:
    bad = tmp_path / "countries.csv"
    bad.write_text("iso3,name\nMLI,Mali\n", encoding="utf-8")
    with pytest.raises(GazetteerError) as err:
        read_countries_csv(bad)
    assert err.value.code == "G004" and str(bad) in str(err.value)


def test_countries_csv_is_read(tmp_path: Path) -> None:
    good = tmp_path / "countries.csv"
    good.write_text("iso3,iso2,name,demonyms,geonameid,lat,lon,acled_region\n"
                    "MLI,ML,Mali,Malian|Malians,2453866,17.0,-4.0,Western Africa\n", encoding="utf-8")  # fmt: skip
    (row,) = read_countries_csv(good)
    assert row.demonyms == ("Malian", "Malians") and row.lat == 17.0


def test_regions_yaml_errors_name_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "regions.yaml"
    bad.write_text("- name: Sahel\n  countries: [MLI]\n", encoding="utf-8")  # no lat/lon
    with pytest.raises(GazetteerError) as err:
        read_regions_yaml(bad)
    assert err.value.code == "G004" and str(bad) in str(err.value)


def test_the_projects_data_files_parse() -> None:
    from tacitus.geo.build import DATA_DIR

    if (DATA_DIR / "countries.csv").exists():
        assert len(read_countries_csv(DATA_DIR / "countries.csv")) > 200
    if (DATA_DIR / "regions.yaml").exists():
        assert read_regions_yaml(DATA_DIR / "regions.yaml")
    if (DATA_DIR / "features.yaml").exists():
        features = read_regions_yaml(DATA_DIR / "features.yaml")
        regions = {name_key(n) for r in read_regions_yaml(DATA_DIR / "regions.yaml") for n in (r.name, *r.aliases)}
        assert len(features) > 100 and not regions & {name_key(n) for f in features for n in (f.name, *f.aliases)}
