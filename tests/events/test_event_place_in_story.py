"""Where an event happened when its sentence names a place only in passing: a country's possessive,
a capital that speaks, what a crowd marched against, clauses that interleave.

Passages written for these tests. Each runs the whole pipeline (``extract`` fixture).
"""

from __future__ import annotations

from tacitus.model import FACTUAL, Event


def _events(doc) -> list[Event]:
    return [e for e in doc.events if e.modality in FACTUAL and not e.negated]


def test_a_country_before_a_part_of_its_land_still_places(extract) -> None:
    doc = extract("Gunmen killed seven farmers in Nigeria's northwest on Tuesday, police said.", "2023-05-10")
    [ev] = _events(doc)
    assert ev.location is not None and ev.location.country == "NGA"


def test_a_capital_that_denies_is_its_government_not_a_place(extract) -> None:
    doc = extract(
        "Rebels captured the border town of Bunagana in eastern Congo on Monday after fighting with the army.\n\n"
        "The Congolese army accused neighbouring Rwanda of backing the rebels, a charge Kigali has repeatedly denied. "
        "A spokesman said four soldiers had been killed in clashes near the town.",
        "2022-06-14",
    )
    assert all(e.location is None or e.location.country == "COD" for e in _events(doc))


def test_what_a_crowd_protests_against_is_not_where_it_marched(extract) -> None:
    doc = extract("Hundreds of students marched in Goma on Wednesday, protesting against Rwanda's support for the rebels.",
                  "2022-06-10")
    [ev] = _events(doc)
    assert ev.location is not None and ev.location.name == "Goma"


def test_a_clause_with_no_place_takes_the_place_its_sentence_gives(extract) -> None:
    doc = extract("In Goma, police fired tear gas to disperse hundreds of students on Wednesday, and 12 people were arrested.",
                  "2022-06-10")
    evs = _events(doc)
    assert evs and all(e.location is not None and e.location.name == "Goma" for e in evs)


def test_interleaved_clauses_share_the_place_between_them(extract) -> None:
    # "a suicide bomber … killing nine" and "explosives" are two clauses; the town lies between them
    doc = extract("A suicide bomber drove a van packed with explosives into a police compound in Bannu on Tuesday, "
                  "killing nine officers, officials said.", "2024-03-20")
    evs = _events(doc)
    assert evs and all(e.location is not None and e.location.name == "Bannu" for e in evs)


def test_a_monitor_based_abroad_places_neither_the_strike_nor_its_victims(extract) -> None:
    doc = extract(
        "An air strike hit a crowded market in the town of Sarmada in Syria's Idlib province on Thursday. "
        "The Syrian Observatory for Human Rights, a Britain-based monitor, said nine civilians died in the strike.",
        "2024-06-22",
    )
    [ev] = _events(doc)
    assert ev.location is not None and ev.location.country == "SYR"
    assert ev.actor2 is not None and ev.actor2.name == "Civilians (Syria)"


# --- session 15: a lead that leaves the town to the next sentence; what a place word stands for ---------------


def test_a_lead_placed_by_its_province_takes_the_town_the_next_sentence_names(extract) -> None:
    doc = extract(
        "GAO, Mali (Agency) — Jihadist fighters attacked an army camp in Mali's Menaka region on Friday, killing four "
        "soldiers, the army said.\n\n"
        "The assault targeted a camp on the outskirts of Anderamboukane, close to the border with Niger, shortly before "
        "dawn. Troops fought the attackers for two hours.",
        "2024-02-12",
    )
    [ev] = _events(doc)
    assert ev.location is not None and ev.location.name.lower().startswith("and"), ev.location  # Andéranboukan
    assert ev.location.precision == 2  # on the outskirts of the town


def test_a_town_told_after_another_act_does_not_place_the_lead(extract) -> None:
    doc = extract(
        "Gunmen attacked a police post in Nigeria's Zamfara state on Friday, killing three officers, police said. "
        "In a separate attack, bandits abducted 20 villagers from Tsafe on Saturday.",
        "2024-02-12",
    )
    lead = next(e for e in _events(doc) if e.event_type in ("attack", "armed_clash"))
    assert lead.location is not None and lead.location.name != "Tsafe"


def test_a_province_written_after_the_countrys_possessive_is_the_province(extract) -> None:
    doc = extract("A roadside bomb killed two rangers in Thailand's southern province of Pattani on Monday, police said.",
                  "2024-02-12")
    [ev] = _events(doc)
    assert ev.location is not None and ev.location.feature == "admin1", ev.location


def test_where_a_fighter_will_be_buried_is_not_where_he_was_killed(extract) -> None:
    doc = extract(
        "Troops clashed with militants near the village of Ngala in Borno state on Monday, killing four of them. "
        "A soldier was also killed in the same operation and would be buried in his home town of Kano on Wednesday, "
        "the army said.",
        "2024-02-14",
    )
    evs = _events(doc)
    assert len(evs) == 1, evs
    assert evs[0].location is not None and evs[0].location.name != "Kano"
    assert evs[0].date is not None and evs[0].date.start is not None and evs[0].date.start.isoformat() == "2024-02-12"


def test_a_tribe_named_like_a_town_is_no_place(extract) -> None:
    doc = extract("Gunmen shot dead a young man from the Tarabin tribe near El Arish in Egypt's North Sinai on Monday.",
                  "2024-02-14")
    assert not any(p.text == "Tarabin" for p in doc.places)


def test_the_town_of_an_ordinary_word_in_capitals_is_a_place(extract) -> None:
    doc = extract("GUNMEN ATTACKED A POLICE STATION IN THE TOWN OF RASK IN SISTAN AND BALUCHESTAN PROVINCE ON MONDAY.",
                  "2025-01-22")
    assert any(p.country == "IRN" and p.precision == 1 and p.text == "RASK" for p in doc.places), doc.places


def test_a_name_and_the_word_city_in_capitals_is_the_city(extract) -> None:
    doc = extract("REBELS MURDERED 19 PEOPLE IN A SMALL VILLAGE NEAR HUANCAYO CITY, 415 KM SOUTH OF LIMA, ON MONDAY.",
                  "1990-03-16")
    assert any(p.name == "Huancayo" for p in doc.places), doc.places


def test_one_act_told_in_two_clauses_takes_the_sentences_one_place(extract) -> None:
    doc = extract(
        "Two soldiers were killed and three others wounded when an explosive device planted by militants detonated "
        "under their armoured vehicle in North Sinai on Sunday, a military source said.",
        "2023-03-14",
    )
    evs = _events(doc)
    assert evs and all(e.location is not None and e.location.feature == "admin1" for e in evs), evs
