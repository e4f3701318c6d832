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
