"""How the sentences of one report relate: claims, campaigns, mentions of an act told before.

Passages written for these tests. Each runs the whole pipeline (``extract`` fixture).
"""

from __future__ import annotations

import pytest

from tacitus.model import FACTUAL, Event, Modality


def _events(doc) -> list[Event]:
    return [e for e in doc.events if e.modality in FACTUAL and not e.negated]


# -- a party's own account ---------------------------------------------------------------------

def test_an_armed_group_telling_of_its_own_act_claims_it(extract) -> None:
    doc = extract("The Taliban said their fighters ambushed an army convoy in Ghazni province on Monday, killing 12 soldiers.",
                  "2019-03-20")
    [ev] = _events(doc)
    assert ev.actor1 is not None and ev.actor1.name == "Taliban"
    assert ev.modality == Modality.CLAIMED


def test_a_third_party_telling_of_a_groups_act_reports_it(extract) -> None:
    doc = extract("Police said Boko Haram fighters killed 12 villagers in Borno state on Monday.", "2019-03-20")
    [ev] = _events(doc)
    assert ev.modality == Modality.REPORTED


def test_an_army_telling_of_its_own_operation_reports_it(extract) -> None:
    # states' accounts of their operations are how most such events are known: reported, not claimed
    doc = extract("The army said it killed 20 militants in an operation in Borno state on Monday.", "2019-03-20")
    [ev] = _events(doc)
    assert ev.modality == Modality.REPORTED


def test_an_attack_claimed_by_a_group_names_it_but_not_another_days_strike(extract) -> None:
    doc = extract(
        "A suicide bomber drove a van packed with explosives into a police compound in Bannu on Tuesday, killing nine "
        "officers, officials said. The attack was claimed by Tehreek-e-Jihad Pakistan.\n\n"
        "The bombing came a day after Pakistani jets struck hideouts in Afghanistan's Khost province early on Monday. "
        "Afghan officials said six people were killed in the strikes.",
        "2024-03-20",
    )
    evs = _events(doc)
    bomb = next(e for e in evs if e.event_type == "suicide_bomb")
    assert bomb.actor1 is not None and bomb.actor1.name == "Tehreek-e-Jihad Pakistan"
    strikes = [e for e in evs if e.event_type == "air_drone_strike"]
    assert len(strikes) == 1 and strikes[0].actor1 is not None and strikes[0].actor1.name != "Tehreek-e-Jihad Pakistan"
    # "the bombing" that "came a day after" is the suicide bombing again, not a third event
    assert len(evs) == 2


# -- campaigns are no events ---------------------------------------------------------------------

def test_fighting_for_a_decade_is_a_campaign_not_an_event(extract) -> None:
    doc = extract("Al-Shabaab, which is allied with al-Qaeda, has been fighting for more than a decade to topple the "
                  "government in Mogadishu.", "2019-03-22")
    assert _events(doc) == []


def test_fighting_for_days_is_news(extract) -> None:
    doc = extract("Government troops and rebels have been fighting for three days around the town of Bunia, killing at "
                  "least 20 people.", "2019-03-22")
    assert [e.event_type for e in _events(doc)] == ["armed_clash"]


def test_a_blame_denied_in_the_same_breath_names_no_doer(extract) -> None:
    doc = extract("A village chief was shot dead in Rutshuru on Monday night, local officials said. The M23 blamed the army "
                  "for the crime, but the army denied it.", "2024-05-14")
    [ev] = _events(doc)
    assert ev.actor1 is None


def test_a_killing_known_only_by_rumour_is_hedged(extract) -> None:
    doc = extract("Youths set fire to a police post in Kankan, Guinea, on Wednesday after a rumour spread that a "
                  "motorcycle taxi driver had been killed by officers.", "2023-05-11")
    [killing] = [e for e in doc.events if e.event_type == "attack"]
    assert killing.modality == Modality.HEDGED


@pytest.mark.parametrize(("text", "modality"), [
    # "suspected" says who the dead were taken to be, not that the killing is in doubt
    ("Police killed four suspected gang members during an operation in the Delmas area of Port-au-Prince on Monday, "
     "a police spokesman said.", Modality.REPORTED),
    # on the doers, it doubts who did it
    ("Suspected gang members killed four traders in the Delmas area of Port-au-Prince on Monday, a police spokesman said.",
     Modality.HEDGED),
])  # fmt: skip
def test_suspected_victims_do_not_hedge_the_act(extract, text: str, modality: str) -> None:
    acts = [e for e in extract(text, "2024-11-21").events if e.event_family in ("battles", "violence_against_civilians")]
    assert acts and all(e.modality == modality for e in acts), acts


def test_drones_a_group_has_used_fitted_with_explosives_are_no_explosion(extract) -> None:
    doc = extract("Army commanders blamed the Carlos Patino front, a faction that has increasingly used commercial drones "
                  "fitted with explosives against security forces.", "2025-06-18")
    assert not [e for e in doc.events if e.event_family == "explosions_remote_violence"], doc.events


def test_a_car_packed_with_explosives_that_blew_up_is_an_explosion(extract) -> None:
    doc = extract("A car packed with explosives blew up outside a police station in Kirkuk on Monday, killing four officers.", "2024-01-10")
    assert [e.event_type for e in _events(doc)] == ["remote_explosive"]
