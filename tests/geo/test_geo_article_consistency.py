"""A town written before the province it lies in, and one name read one way in an article.
Places built by hand; the names are invented or common to several countries."""

from __future__ import annotations

from dataclasses import replace

from tacitus.model import Place
from tacitus.pipeline import in_named_division, one_sense


def _at(text: str, surface: str, name: str, country: str, feature: str = "place", precision: int = 1,
        admin1: str | None = None, nth: int = 0) -> Place:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Place(name=name, country=country, admin1=admin1, lat=1.0, lon=2.0, precision=precision, feature=feature,
                 text=surface, start=start, end=start + len(surface))


def test_a_town_written_before_its_province_lies_in_that_province() -> None:
    text = "Troops shelled the hamlet of Santa Rita, Los Cerros department, overnight."
    town = _at(text, "Santa Rita", "Santa Rita", "HND", admin1="Olancho")
    area = Place(name="Los Cerros", country="SLV", admin1="Los Cerros", lat=13.5, lon=-88.2, precision=3,
                 feature="admin1", text="Los Cerros", start=text.index("Los Cerros"), end=text.index("Los Cerros") + 10)
    moved, kept = in_named_division([town, area], text)
    assert (moved.country, moved.admin1, moved.lat, moved.precision, moved.text) == ("SLV", "Los Cerros", 13.5, 2, "Santa Rita")
    assert kept is area


def test_a_town_already_in_the_province_it_is_written_before_stays() -> None:
    text = "Rebels attacked Santa Rita, Los Cerros department."
    town = _at(text, "Santa Rita", "Santa Rita", "SLV", admin1="Los Cerros")
    area = _at(text, "Los Cerros", "Los Cerros", "SLV", feature="admin1", precision=3, admin1="Los Cerros")
    assert in_named_division([town, area], text)[0] is town


def test_two_towns_in_a_list_are_not_a_town_and_its_province() -> None:
    text = "Fighting spread to Santa Rita and Los Cerros."
    town = _at(text, "Santa Rita", "Santa Rita", "HND")
    area = _at(text, "Los Cerros", "Los Cerros", "SLV", feature="admin1", precision=3)
    assert in_named_division([town, area], text)[0] is town


def test_a_name_sent_abroad_on_its_second_mention_takes_the_home_reading() -> None:
    text = "Gunmen held hostages in Escalona. Later, troops surrounded Escalona again."
    first = _at(text, "Escalona", "Escalona", "SLV", precision=2)
    second = _at(text, "Escalona", "Escalona", "USA", nth=1)
    out = one_sense([first, second], "SLV")
    assert (out[1].country, out[1].precision, out[1].start) == ("SLV", 2, second.start)


def test_a_name_read_only_abroad_stays_abroad() -> None:
    text = "The delegation flew on to Escalona."
    abroad = _at(text, "Escalona", "Escalona", "USA")
    assert one_sense([abroad], "SLV") == [abroad]


def test_a_name_moved_by_name_alone_is_no_place_when_the_text_uses_it_for_a_person_or_a_street() -> None:
    from tacitus.pipeline import names_no_place

    text = "POLICE SAID ORTEGA, 48, WAS SHOT ON MORAVIA STREET NEAR THE CORONADO HOTEL IN TALAVERA."
    for surface in ("ORTEGA", "MORAVIA", "CORONADO"):
        assert names_no_place(text, _at(text, surface, surface, "SLV", precision=2)), surface
    assert not names_no_place(text, _at(text, "TALAVERA", "TALAVERA", "SLV", precision=2))


def test_a_name_moved_by_name_alone_is_no_place_where_the_text_writes_it_for_a_person_elsewhere() -> None:
    from tacitus.pipeline import names_no_place

    # the second mention has no cue of its own; the first ("…, WHO WAS") makes the name a person's
    text = ("THE MAYOR, JOSE ALVARADO, WHO WAS ELECTED IN MARCH, WAS SHOT DEAD. "
            "GUNMEN FIRED AT ALVARADO AS HE LEFT HIS HOUSE IN TALAVERA.")
    second = _at(text, "ALVARADO", "ALVARADO", "SLV", precision=2, nth=1)
    assert names_no_place(text, second)
    assert not names_no_place(text, _at(text, "TALAVERA", "TALAVERA", "SLV", precision=2))


def test_a_village_kept_by_name_takes_the_province_written_after_it() -> None:
    text = "Rebels overran Los Tablones, Los Cerros department, at dawn."
    village = Place(name="Los Tablones", country="SLV", precision=2, feature="place", text="Los Tablones",
                    start=text.index("Los Tablones"), end=text.index("Los Tablones") + 12)
    area = _at(text, "Los Cerros", "Los Cerros", "SLV", feature="admin1", precision=3, admin1="Los Cerros")
    moved = in_named_division([village, area], text)[0]
    assert (moved.admin1, moved.lat, moved.precision) == ("Los Cerros", 1.0, 2)


def test_a_town_written_before_its_district_takes_the_district_when_the_resolver_chose_another_province() -> None:
    text = "Rebels shot two farmers in Las Palmas, Rio Seco municipality, on Sunday."
    town = replace(_at(text, "Las Palmas", "Las Palmas", "COL", admin1="Narino"), geonameid=102)
    area = Place(name="Rio Seco", country="COL", admin1="Antioquia", lat=7.0, lon=-74.0, precision=2, feature="admin2",
                 text="Rio Seco", start=text.index("Rio Seco"), end=text.index("Rio Seco") + 8)
    moved = in_named_division([town, area], text)[0]
    assert (moved.name, moved.admin1, moved.admin2, moved.lat, moved.precision) == ("Las Palmas", "Antioquia", "Rio Seco", 7.0, 2)
    # a town of the district's own province stays as the resolver read it
    town = replace(_at(text, "Las Palmas", "Las Palmas", "COL", admin1="Antioquia"), geonameid=103)
    assert in_named_division([town, area], text)[0] is town


def test_a_district_read_abroad_does_not_move_the_town_written_before_it() -> None:
    text = "The ministers met in Las Palmas, Rio Seco department."
    town = replace(_at(text, "Las Palmas", "Las Palmas", "PER", admin1="Lima"), geonameid=101)  # a town the gazetteer knows
    area = Place(name="Rio Seco", country="ARG", admin1="Chaco", lat=-27.0, lon=-60.0, precision=2, feature="admin2",
                 text="Rio Seco", start=text.index("Rio Seco"), end=text.index("Rio Seco") + 8)
    assert in_named_division([town, area], text)[0] is town
