"""Namesakes the gazetteer knows in the story's country, and
country names that say whose, not where. Sentences written for these tests."""

from __future__ import annotations

from collections import Counter

from tacitus.geo import InMemoryGazetteer, PlaceRecord, find_toponyms, resolve_toponyms
from tacitus.geo.records import ADMIN1, CITY, COUNTRY, TOWN, VILLAGE
from tacitus.model import Place
from tacitus.pipeline import keep_in_country

_COL_STORY = Counter({"COL": 4})


def _foreign(name: str, iso3: str, geonameid: int) -> Place:
    return Place(name=name, country=iso3, lat=1.0, lon=1.0, geonameid=geonameid, precision=1, feature="place",
                 text=name.upper(), start=100, end=100 + len(name))


def _gaz() -> InMemoryGazetteer:
    return InMemoryGazetteer([
        PlaceRecord(1, "San Vicente", TOWN, "SLV", 13.64, -88.78, 37_000, admin1="San Vicente"),
        PlaceRecord(2, "San Vicente", VILLAGE, "COL", 6.3, -75.3, 4_000, admin1="Antioquia"),
        PlaceRecord(3, "Medellín", CITY, "COL", 6.25, -75.56, 2_500_000, admin1="Antioquia", alternate_names=("Medellin",)),
        PlaceRecord(4, "Montelibano", VILLAGE, "PAN", 8.0, -80.0, 900, admin1="Veraguas"),
        PlaceRecord(5, "San Salvador", CITY, "SLV", 13.69, -89.19, 525_000, admin1="San Salvador", capital=True),
    ])  # fmt: skip


def test_a_namesake_in_the_story_country_that_the_gazetteer_knows_is_taken_with_its_point() -> None:
    moved = keep_in_country(_foreign("San Vicente", "SLV", 1), _COL_STORY, None, Counter(), _gaz())
    assert (moved.country, moved.lat, moved.precision, moved.text) == ("COL", 6.3, 1, "SAN VICENTE")


def test_a_big_city_with_no_namesake_in_the_story_country_stays() -> None:
    city = _foreign("Medellin", "COL", 3)
    assert keep_in_country(city, Counter({"PAN": 4}), None, Counter(), _gaz()) is city


def test_a_small_town_with_no_namesake_still_moves_to_the_story_country_by_name() -> None:
    moved = keep_in_country(_foreign("Montelibano", "PAN", 4), _COL_STORY, None, Counter(), _gaz())
    assert (moved.country, moved.lat, moved.precision) == ("COL", None, 2)


def test_a_country_named_as_an_owner_gives_no_context_to_the_towns() -> None:
    gaz = InMemoryGazetteer([
        PlaceRecord(10, "United States", COUNTRY, "USA", 39.8, -98.6, 327_000_000, alternate_names=("U.S.",)),
        PlaceRecord(11, "El Salvador", COUNTRY, "SLV", 13.8, -88.9, 6_400_000),
        PlaceRecord(12, "San Marcos", CITY, "USA", 29.88, -97.94, 60_000, admin1="Texas"),
        PlaceRecord(13, "San Marcos", TOWN, "SLV", 13.66, -89.18, 30_000, admin1="San Salvador"),
    ])  # fmt: skip
    text = "The army of El Salvador said rebels attacked San Marcos. U.S. advisers, U.S. officials and U.S. diplomats met later."
    places = {p.text: p for p in resolve_toponyms(find_toponyms(text, None, gaz), text, gaz)}
    assert places["San Marcos"].country == "SLV"


def test_a_big_foreign_city_written_as_a_district_of_the_story_moves_by_name() -> None:
    text = "A bomb exploded in the Medellin district on Monday."
    city = Place(name="Medellín", country="COL", lat=6.25, lon=-75.56, geonameid=3, precision=1, feature="place",
                 text="Medellin", start=text.index("Medellin"), end=text.index("Medellin") + 8)
    moved = keep_in_country(city, Counter({"PAN": 4}), None, Counter(), _gaz(), text)
    assert (moved.country, moved.precision) == ("PAN", 2)


def test_a_guessed_town_does_not_vouch_for_namesakes_in_its_province() -> None:
    from tacitus.geo.records import ADMIN1

    gaz = InMemoryGazetteer([
        PlaceRecord(20, "Queensland", ADMIN1, "AUS", -20.0, 145.0, 9_500_000, admin1="Queensland"),
        PlaceRecord(21, "Queensland", VILLAGE, "CAN", 50.94, -114.02, 4_585, admin1="Alberta"),
        PlaceRecord(22, "Edmonton", CITY, "CAN", 53.55, -113.47, 1_000_000, admin1="Alberta"),
        PlaceRecord(23, "Edmonton", VILLAGE, "AUS", -17.02, 145.74, 11_000, admin1="Queensland"),
    ])  # fmt: skip
    text = "A Queensland alert was issued after the boys were taken from a house in Edmonton."
    places = {p.text: p for p in resolve_toponyms(find_toponyms(text, None, gaz), text, gaz)}
    assert places["Queensland"].country == "AUS"



def _in_text(text: str, name: str, place: Place) -> Place:
    start = text.index(name)
    return Place(name=place.name, country=place.country, lat=place.lat, lon=place.lon, geonameid=place.geonameid,
                 precision=1, feature="place", text=name, start=start, end=start + len(name))


def test_a_capital_city_in_capitals_after_in_is_a_place_not_a_surname() -> None:
    text = "TEGUCIGALPA, 29 APR -- ON THAT SAME EVENING A CAR BOMB IN SAN SALVADOR LEFT NINE PEOPLE DEAD."
    city = _in_text(text, "SAN SALVADOR", _foreign("San Salvador", "SLV", 5))
    assert keep_in_country(city, Counter({"HND": 4}), None, Counter(), _gaz(), text, Counter({"HND": 2})) is city


def test_a_capital_is_not_moved_to_a_country_only_the_dateline_names() -> None:
    # a report filed from Paris (the dateline's +2) on the killers of the archbishop of San Salvador
    text = "PARIS, 16 NOV -- THOSE WHO KILLED THE PRIESTS KILLED THE ARCHBISHOP OF SAN SALVADOR."
    city = _in_text(text, "SAN SALVADOR", _foreign("San Salvador", "SLV", 5))
    assert keep_in_country(city, Counter({"FRA": 2}), None, Counter(), _gaz(), text, Counter()) is city


def _world_gaz() -> InMemoryGazetteer:
    return InMemoryGazetteer([
        PlaceRecord(11, "Brussels", CITY, "BEL", 50.85, 4.35, 1_019_022, admin1="Brussels Capital", capital=True),
        PlaceRecord(12, "Brussels", VILLAGE, "USA", 44.74, -87.62, 1_110, admin1="Wisconsin"),
        PlaceRecord(13, "Paris", CITY, "FRA", 48.85, 2.35, 2_138_551, admin1="Île-de-France", capital=True),
        PlaceRecord(14, "Paris", TOWN, "USA", 33.66, -95.56, 24_782, admin1="Texas"),
        PlaceRecord(15, "Kingston", CITY, "JAM", 17.99, -76.79, 937_700, admin1="Kingston", capital=True),
        PlaceRecord(16, "Kingston", TOWN, "USA", 41.93, -74.0, 23_000, admin1="New York"),
        PlaceRecord(None, "United States", COUNTRY, "USA", 39.76, -98.5, 327_167_434, alternate_names=("US", "U.S.")),
    ])  # fmt: skip


def _place(rec_id: int, gaz: InMemoryGazetteer, text: str) -> Place:
    rec = next(c for c in gaz.candidates(text) if c.geonameid == rec_id)
    return Place(name=rec.name, country=rec.country, lat=rec.lat, lon=rec.lon, geonameid=rec.geonameid,
                 precision=1, feature="place", text=text, start=100, end=100 + len(text))


def test_a_world_city_is_not_moved_to_a_tiny_namesake_in_the_story_country() -> None:
    # a story about the United States that sends a minister to "Brussels" means Belgium's capital
    city = _place(11, _world_gaz(), "Brussels")
    assert keep_in_country(city, Counter({"USA": 5}), None, Counter(), _world_gaz(), "The minister flew to Brussels.") is city


def test_a_capital_with_a_sizeable_namesake_in_the_story_country_still_moves() -> None:
    # Kingston, New York is a fortieth of Jamaica's capital: not dwarfed, the story's country decides
    moved = keep_in_country(_place(15, _world_gaz(), "Kingston"), Counter({"USA": 5}), None, Counter(), _world_gaz(),
                            "Firefighters were called to Kingston.")  # fmt: skip
    assert moved.country == "USA"


def test_resolution_keeps_a_world_city_against_country_evidence_alone() -> None:
    gaz = _world_gaz()
    text = ("Travellers from the United States were stranded in Paris on Friday. Airlines in the United States "
            "said flights across the United States would resume.")
    places = resolve_toponyms(find_toponyms(text, None, gaz), text, gaz, actor_countries=["USA"])
    assert [(p.text, p.country) for p in places if p.text == "Paris"] == [("Paris", "FRA")]


def test_resolution_takes_the_small_namesake_where_its_state_is_named() -> None:
    gaz = InMemoryGazetteer([*_world_gaz().candidates("Paris"),
                             PlaceRecord(17, "Texas", "admin1", "USA", 31.0, -99.0, 28_000_000, admin1="Texas")])
    text = "Texas troopers said the crash happened outside Paris on Friday."
    places = resolve_toponyms(find_toponyms(text, None, gaz), text, gaz)
    assert [(p.text, p.country) for p in places if p.text == "Paris"] == [("Paris", "USA")]


def test_a_world_city_ending_a_longer_spanish_name_is_no_reading_of_the_city() -> None:
    gaz = InMemoryGazetteer([
        PlaceRecord(21, "Lima", CITY, "PER", -12.04, -77.03, 7_737_002, admin1="Lima", capital=True),
        PlaceRecord(22, "Lima", VILLAGE, "MEX", 20.5, -101.0, 1_200, admin1="Guanajuato"),
    ])  # fmt: skip
    text = "Gunmen of the Santa Rosa de Lima gang left a banner."
    start = text.index("Lima")
    city = Place(name="Lima", country="PER", lat=-12.04, lon=-77.03, geonameid=21, precision=1, feature="place",
                 text="Lima", start=start, end=start + 4)  # fmt: skip
    assert keep_in_country(city, Counter({"MEX": 5}), None, Counter(), gaz, text).country == "MEX"


def _in_caps(sentence: str, name: str) -> tuple[str, Place]:
    start = sentence.index(name)
    return sentence, Place(name="Medellín", country="COL", lat=6.25, lon=-75.56, geonameid=3, precision=1, feature="place",
                           text=name, start=start, end=start + len(name))


def test_in_capitals_a_big_city_after_in_stays_where_it_is() -> None:
    text, city = _in_caps("TWENTY YEARS AFTER THE BISHOPS MET IN MEDELLIN, DEATH SQUADS STRUCK AGAIN.", "MEDELLIN")
    assert keep_in_country(city, Counter({"PAN": 4}), None, Counter(), _gaz(), text) is city


def test_in_capitals_a_smaller_city_after_in_is_still_read_as_the_storys_village() -> None:
    text = "A BOMB EXPLODED IN SAN MIGUELITO ON MONDAY."
    start = text.index("SAN MIGUELITO")
    town = Place(name="San Miguelito", country="PAN", lat=9.03, lon=-79.5, geonameid=6, precision=1, feature="place",
                 text="SAN MIGUELITO", start=start, end=start + len("SAN MIGUELITO"))
    gaz = InMemoryGazetteer([PlaceRecord(6, "San Miguelito", CITY, "PAN", 9.03, -79.5, 300_000, admin1="Panama")])
    moved = keep_in_country(town, Counter({"SLV": 4}), None, Counter(), gaz, text)
    assert (moved.country, moved.precision) == ("SLV", 2)


def test_in_capitals_a_world_city_under_another_spelling_is_not_taken_after_in() -> None:
    text = "A DYNAMITE CHARGE WAS PLACED ON THE PIPELINE IN CANO LIMON."
    start = text.index("CANO")
    city = Place(name="Kano", country="NGA", lat=12.0, lon=8.52, geonameid=7, precision=1, feature="place",
                 text="CANO", start=start, end=start + 4)
    gaz = InMemoryGazetteer([PlaceRecord(7, "Kano", CITY, "NGA", 12.0, 8.52, 3_600_000, admin1="Kano", alternate_names=("Cano",))])
    moved = keep_in_country(city, _COL_STORY, None, Counter(), gaz, text)
    assert (moved.country, moved.precision) == ("COL", 2)


def test_in_capitals_a_big_city_name_without_a_locative_may_be_a_surname_and_moves() -> None:
    text, city = _in_caps("THE JUDGE, ALBERTO MEDELLIN, WAS RELEASED ON MONDAY.", "MEDELLIN")
    moved = keep_in_country(city, Counter({"PAN": 4}), None, Counter(), _gaz(), text)
    assert (moved.country, moved.precision) == ("PAN", 2)


def test_a_province_named_by_bearings_alone_is_not_taken_abroad() -> None:
    from tacitus.geo.records import ADMIN1

    gaz = InMemoryGazetteer([
        PlaceRecord(30, "El Salvador", COUNTRY, "SLV", 13.8, -88.9, 6_400_000),
        PlaceRecord(31, "San Salvador", CITY, "SLV", 13.69, -89.19, 525_000, admin1="San Salvador", capital=True),
        PlaceRecord(32, "Usulutan", TOWN, "SLV", 13.35, -88.45, 51_000, admin1="Usulutan"),
        PlaceRecord(33, "Central and Western", ADMIN1, "HKG", 22.28, 114.14, 240_000, admin1="Central and Western"),
    ])  # fmt: skip
    text = ("SAN SALVADOR, 9 MAY 89 -- REBELS BLEW UP POWER POLES IN USULUTAN AND IN EL SALVADOR AND "
            "ACROSS THE COUNTRY'S CENTRAL AND WESTERN REGION.")
    places = resolve_toponyms(find_toponyms(text, None, gaz), text, gaz)
    assert "HKG" not in {p.country for p in places}
    assert {"San Salvador", "Usulutan"} <= {p.name for p in places}


def test_the_same_province_stays_in_a_story_from_its_country() -> None:
    from tacitus.geo.records import ADMIN1

    gaz = InMemoryGazetteer([
        PlaceRecord(40, "Hong Kong", COUNTRY, "HKG", 22.3, 114.2, 7_000_000),
        PlaceRecord(33, "Central and Western", ADMIN1, "HKG", 22.28, 114.14, 240_000, admin1="Central and Western"),
        PlaceRecord(34, "Wan Chai", ADMIN1, "HKG", 22.28, 114.17, 150_000, admin1="Wan Chai"),
    ])  # fmt: skip
    text = "POLICE CLEARED PROTESTERS IN CENTRAL AND WESTERN AND IN WAN CHAI, HONG KONG, ON SUNDAY."
    places = {p.text: p for p in resolve_toponyms(find_toponyms(text, None, gaz), text, gaz)}
    assert places["CENTRAL AND WESTERN"].country == "HKG"


def test_ner_in_capitals_does_not_make_a_first_name_a_place() -> None:
    gaz = InMemoryGazetteer([
        PlaceRecord(50, "El Salvador", COUNTRY, "SLV", 13.8, -88.9, 6_400_000),
        PlaceRecord(51, "François", VILLAGE, "FRA", 46.37, -0.35, 755, alternate_names=("Francois",)),
    ])  # fmt: skip
    text = "THE LEADER WILL MEET WITH FRANCOIS MITTERRAND TO SEEK A CEASE-FIRE IN EL SALVADOR."
    start = text.index("FRANCOIS")
    ner = [(start, start + len("FRANCOIS"), "GPE")]
    assert "FRANCOIS" not in {surface for _, _, surface in find_toponyms(text, ner, gaz)}


def test_a_foreign_leader_named_by_demonym_does_not_move_the_story() -> None:
    gaz = InMemoryGazetteer([
        PlaceRecord(60, "Costa Rica", COUNTRY, "CRI", 10.0, -84.0, 5_000_000),
        PlaceRecord(61, "El Salvador", COUNTRY, "SLV", 13.8, -88.9, 6_400_000),
        PlaceRecord(62, "San Miguel", TOWN, "SLV", 13.48, -88.18, 30_000, admin1="San Miguel"),
        PlaceRecord(63, "San Miguel", TOWN, "CRI", 9.87, -84.06, 40_000, admin1="San Jose"),
    ], demonyms={"costa rican": "CRI", "salvadoran": "SLV"})  # fmt: skip
    text = ("The rebels asked Costa Rican President Oscar Arias to press for an end to the bombing. "
            "Salvadoran planes dropped a bomb on a house in San Miguel.")
    ner = [(text.index(n), text.index(n) + len(n), "NORP") for n in ("Costa Rican", "Salvadoran")]
    places = {p.text: p for p in resolve_toponyms(find_toponyms(text, ner, gaz), text, gaz)}
    assert places["San Miguel"].country == "SLV"


def _placed(text: str, name: str, gid: int, gaz: InMemoryGazetteer) -> Place:
    rec = next(c for c in gaz.candidates(name) if c.geonameid == gid)
    start = text.index(name)
    return Place(name=rec.name, country=rec.country, lat=rec.lat, lon=rec.lon, geonameid=gid, precision=1, feature="place",
                 text=name, start=start, end=start + len(name))


def test_a_city_written_as_the_adjective_of_its_district_is_no_place_of_an_event() -> None:
    from tacitus.pipeline import city_adjectives

    gaz = InMemoryGazetteer([
        PlaceRecord(70, "Caracas", CITY, "VEN", 10.49, -66.88, 1_800_000, capital=True),
        PlaceRecord(71, "Petare", CITY, "VEN", 10.48, -66.81, 370_000),
        PlaceRecord(72, "Conakry", CITY, "GIN", 9.54, -13.68, 1_700_000, capital=True),
        PlaceRecord(73, "Hamdallaye", VILLAGE, "GIN", 10.9, -12.5, 2_000),
    ])  # fmt: skip
    text = "Two men were shot dead in the sprawling Caracas district of Petare on Monday."
    places = [_placed(text, "Caracas", 70, gaz), _placed(text, "Petare", 71, gaz)]
    assert city_adjectives(places, text, gaz) == {(places[0].start, places[0].end)}
    text = "Police fired on marchers in the Hamdallaye neighbourhood of Conakry."
    places = [_placed(text, "Hamdallaye", 73, gaz), _placed(text, "Conakry", 72, gaz)]
    assert city_adjectives(places, text, gaz) == set()


def _boni_gaz() -> InMemoryGazetteer:
    return InMemoryGazetteer([
        PlaceRecord(31, "Bonn", CITY, "DEU", 50.73, 7.10, 330_000, admin1="Nordrhein-Westfalen", alternate_names=("Boni", "Bonna")),
        PlaceRecord(32, "Mali", COUNTRY, "MLI", 17.0, -4.0, 20_000_000),
        PlaceRecord(33, "Mopti", ADMIN1, "MLI", 14.5, -3.5, 2_000_000, admin1="Mopti"),
        PlaceRecord(34, "Bamako", CITY, "MLI", 12.65, -8.0, 2_500_000, admin1="Bamako", capital=True),
    ])  # fmt: skip


def test_a_namesake_abroad_of_a_village_the_text_puts_in_a_province_is_not_taken() -> None:
    gaz = _boni_gaz()
    text = "Soldiers were killed near the village of Boni, in central Mali's Mopti region, on Monday."
    [boni] = [p for p in resolve_toponyms(find_toponyms(text, None, gaz), text, gaz) if p.text == "Boni"]
    assert (boni.name, boni.country, boni.admin1, boni.geonameid, boni.precision) == ("Boni", "MLI", "Mopti", None, 3)
    assert (boni.lat, boni.lon) == (14.5, -3.5)  # the province's point


def test_a_namesake_in_the_country_the_text_names_is_kept() -> None:
    gaz = InMemoryGazetteer([*_boni_gaz().candidates("Bonn"), *_boni_gaz().candidates("Mali"),
                             PlaceRecord(35, "Germany", COUNTRY, "DEU", 51.0, 10.0, 83_000_000)])
    text = "Officials met in Bonn, Germany, on Monday to discuss the mission in Mali."
    assert [(p.text, p.country) for p in resolve_toponyms(find_toponyms(text, None, gaz), text, gaz) if p.text == "Bonn"] == [("Bonn", "DEU")]


def test_a_namesake_abroad_of_a_village_put_in_a_towns_division_is_not_taken() -> None:
    gaz = InMemoryGazetteer([*_boni_gaz().candidates("Bonn"),
                             PlaceRecord(36, "Douentza", TOWN, "MLI", 15.0, -2.95, 25_000, admin1="Mopti", admin2="Douentza")])
    text = "A drone struck a gathering of fighters near Boni in Douentza circle on Friday."
    [boni] = [p for p in resolve_toponyms(find_toponyms(text, None, gaz), text, gaz) if p.text == "Boni"]
    assert (boni.country, boni.admin1, boni.precision, boni.lat) == ("MLI", "Mopti", 2, 15.0)  # near the town that heads it
