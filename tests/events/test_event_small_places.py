"""Where an act happened when the text names a village or small place inside a district: the
locality, not the district, the province or the town it is measured from (ACLED codes the
locality, at the nearest known point with precision 2 when the gazetteer lacks it).

Passages written for these tests; the village names are ones the gazetteer does not hold. Each
runs the whole pipeline (``extract`` fixture).
"""

from __future__ import annotations

from tacitus.model import FACTUAL, Event


def _events(doc) -> list[Event]:
    return [e for e in doc.events if e.modality in FACTUAL and not e.negated]


def _places(doc) -> list[str | None]:
    return [e.location.name if e.location else None for e in _events(doc)]


def test_a_rural_commune_measured_from_a_town_is_the_place_not_the_town(extract) -> None:
    doc = extract("Three traders were shot dead on Thursday at the weekly market of Kourfayel, a rural commune "
                  "40 km from Djibo, a regional official said.", "2024-03-12")
    assert _places(doc) == ["Kourfayel"]


def test_the_assailants_who_entered_a_settlement_place_the_attack_told_just_before(extract) -> None:
    doc = extract("Militiamen attacked a camp for displaced families in Ituri province overnight, killing at least "
                  "nine people, aid workers said on Friday. The assailants, carrying spears and rifles, entered "
                  "Kisimba, a settlement near the lake shore, shortly after midnight.", "2024-05-17")
    assert _places(doc)[:1] == ["Kisimba"]


def test_an_unknown_place_on_the_edge_of_its_district_is_where_the_fighting_was(extract) -> None:
    doc = extract("Heavy fighting between two rival militias broke out on Tuesday around Rubonga, on the edge of "
                  "Masisi territory, a local chief said. Six fighters died.", "2024-05-16")
    assert _places(doc)[:1] == ["Rubonga"]


def test_an_unknown_place_near_which_a_mine_went_off_also_in_the_district_is_the_place(extract) -> None:
    doc = extract("Insurgents torched two trucks in Dantewada district on Tuesday. Three soldiers were wounded on "
                  "Wednesday when a landmine exploded under their vehicle near Tondamarka, also in Dantewada "
                  "district, officials said.", "2025-02-14")
    assert "Tondamarka" in _places(doc)


def test_towns_at_the_ends_of_a_road_do_not_move_an_ambush_from_the_village_named(extract) -> None:
    doc = extract("Gunmen ambushed a fuel convoy outside Gololey, a village 60 km from Kismayo, on Monday, killing "
                  "four drivers, officials said. The ambush hit the convoy on the road between Kismayo and the "
                  "border.", "2025-02-12")
    assert _places(doc)[:1] == ["Gololey"]


def test_an_unnamed_spot_measured_from_a_town_is_coded_at_that_town(extract) -> None:
    doc = extract("Two herders were killed on Friday when a roadside bomb exploded in farmland about 12 km north "
                  "of Baardheere, in the Gedo region, local elders said.", "2025-02-12")
    [ev] = _events(doc)
    assert ev.location is not None and ev.location.name == "Baardheere" and ev.location.precision == 2


def test_a_district_measured_itself_keeps_its_own_name(extract) -> None:
    # the district is what the distance measures: the town it is measured from is not the place
    doc = extract("Gunmen killed a watchman at a farm in Baardheere district (about 400 km from Mogadishu) on "
                  "Sunday, police said.", "2025-02-12")
    assert "Mogadishu" not in _places(doc)


def test_a_group_whose_area_it_is_names_no_place(extract) -> None:
    doc = extract("An Israeli drone struck a car in the Hezbollah area south of Tyre on Monday, killing two people, "
                  "Lebanese officials said.", "2024-05-14")
    assert all(e.location is None or e.location.name != "Hezbollah" for e in _events(doc))


def test_victims_seized_at_a_place_told_next_place_the_kidnapping(extract) -> None:
    doc = extract("Armed men kidnapped five engineers from a construction site in Kohat district on Friday, police "
                  "said. The engineers were seized outside Shewakai while surveying a new road.", "2025-03-10")
    assert _places(doc)[:1] == ["Shewakai"]


def test_victims_taken_to_a_place_do_not_move_the_kidnapping_there(extract) -> None:
    doc = extract("Armed men kidnapped five engineers from a construction site in Kohat district on Friday, police "
                  "said. The engineers were taken to hills near Shewakai, a relative said.", "2025-03-10")
    assert "Shewakai" not in _places(doc)[:1]


def test_a_village_then_the_area_it_lies_in_is_placed_at_the_village(extract) -> None:
    doc = extract("Near Kamwe village, in the Pusnar area, rebels ambushed a police convoy on Sunday, wounding two "
                  "officers, officials said.", "2025-02-04")
    assert _places(doc) == ["Kamwe"]


def test_a_sentence_opening_on_a_village_its_town_and_province_happened_in_the_village(extract) -> None:
    doc = extract("In Las Brisas, Tame, Arauca, guerrillas kidnapped a cattle rancher on Tuesday, the army said.", "2019-07-18")
    [ev] = _events(doc)
    assert (ev.location.name, ev.location.precision, ev.location.country) == ("Las Brisas", 2, "COL")
    caps = extract("IN EL CENTENARIO, EL CARMEN, SANTANDER, GUERRILLAS KIDNAPPED A CATTLE RANCHER YESTERDAY.", "2019-07-18")
    assert [(e.location.name, e.location.precision) for e in _events(caps)] == [("El Centenario", 2)]


def test_an_opening_month_before_a_town_is_no_village(extract) -> None:
    doc = extract("In March, gunmen attacked a police post in Tame, Arauca, killing two officers.", "2019-07-18")
    assert _places(doc) == ["Tame"]


def test_a_village_put_inside_a_province_is_not_a_namesake_abroad(extract) -> None:
    # GeoNames lists "Boni" among the old names of Bonn; the text puts the village in Mali's Mopti region
    doc = extract("MOPTI, Mali (Reuters) - Four soldiers were killed on Monday when their patrol vehicle hit a landmine "
                  "near the village of Boni, in central Mali's Mopti region, the army said. Two other soldiers were "
                  "wounded.", "2024-03-12")
    [ev] = _events(doc)
    assert ev.location is not None and (ev.location.name, ev.location.country, ev.location.admin1) == ("Boni", "MLI", "Mopti")
    assert ev.location.precision == 3  # all that is known of where it lies is the province


def test_an_act_told_without_a_place_is_placed_by_its_paragraph_not_the_dateline(extract) -> None:
    doc = extract("BENI, 3 JUN 24 (RADIO OKAPI) -- [TEXT] SUSPECTED ADF REBELS KILLED AT LEAST 17 CIVILIANS IN AN OVERNIGHT "
                  "ATTACK ON MASALA VILLAGE, ABOUT 20 KM NORTH OF BENI, LOCAL LEADERS SAID TODAY. THE ATTACKERS USED "
                  "MACHETES AND BURNED ABOUT 30 HOUSES.", "2024-06-03")
    burned = [e for e in doc.events if e.event_type == "looting_property_destruction"]
    assert burned and all(e.location is not None and e.location.name.upper() == "MASALA" for e in burned), _places(doc)


def test_a_suburb_the_gazetteer_lacks_named_after_its_city_is_the_place(extract) -> None:
    doc = extract("Gang members attacked the Port-au-Prince suburb of Pernier overnight Tuesday, killing at least 12 people, "
                  "a local human rights group said.", "2024-11-21")
    [ev] = _events(doc)
    assert ev.location is not None and (ev.location.name, ev.location.country) == ("Pernier", "HTI")


def test_a_mention_dated_against_another_act_does_not_give_it_that_acts_place(extract) -> None:
    # "The bombing came two days after …": the town is where the other act was
    doc = extract("A car bomb exploded outside a restaurant in Somalia's Hiiraan region on Saturday evening, killing seven "
                  "people, police said. The bombing came a day after government troops said they had driven the militants "
                  "out of Moqokori, a town north of the regional capital.", "2024-03-18")
    bombs = [e for e in _events(doc) if e.event_type == "remote_explosive"]
    assert bombs and all(e.location is not None and e.location.name != "Moqokori" for e in bombs), _places(doc)


def test_an_ordinary_word_in_capitals_after_area_is_no_place(extract) -> None:
    doc = extract("EL OBEID, 05 MAR 25 (RADIO) -- [TEXT] RSF FIGHTERS STOPPED A LORRY NEAR BARA ON TUESDAY AND SEIZED NINE "
                  "TRADERS, RELATIVES SAID. AN RSF COMMANDER IN THE AREA DENIED THE ACCUSATION.", "2025-03-05")
    assert all(p.name.upper() != "DENIED" for p in doc.places)


def test_a_valley_the_gazetteer_lacks_is_the_place_near_its_town(extract) -> None:
    doc = extract("Islamic State militants attacked an army checkpoint in the Wadi al-Hasa valley south of Kirkuk late on "
                  "Monday, killing two soldiers, security sources said.", "2023-04-12")
    [ev] = _events(doc)
    assert ev.location is not None and ev.location.name == "Wadi al-Hasa" and ev.location.precision == 2


def test_an_act_placed_by_its_district_takes_the_town_the_next_sentence_names(extract) -> None:
    doc = extract("QUETTA, Pakistan (Agency) - Two soldiers were killed on Monday when a bomb exploded under their vehicle in "
                  "Kech district of Balochistan province, officials said.\n\nThe convoy was hit near Dasht Kaur, about 30 km "
                  "west of Turbat, as it escorted a fuel tanker, an official in Turbat said.", "2025-02-11")
    bombs = [e for e in _events(doc) if e.event_type == "remote_explosive"]
    assert bombs and bombs[0].location is not None and bombs[0].location.name == "Dasht Kaur", _places(doc)
