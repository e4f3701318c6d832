"""Relation cues over whole texts (spaCy and the gazetteer through the ``extract`` fixture).

Sentences are our own; each test names one cue class. Actors the knowledge base does not
know take part under the words of the text.
"""

from __future__ import annotations

from tacitus.model import Modality

FACTUAL = {Modality.REPORTED, Modality.CLAIMED, Modality.HEDGED}


def triples(doc, rtype: str) -> set[tuple[str, str]]:
    return {(r.source.text, r.target.text) for r in doc.relations if r.type == rtype and r.modality in FACTUAL}


def has(doc, rtype: str, source: str, target: str) -> bool:
    found = triples(doc, rtype)
    return (source, target) in found or (rtype in ("allies", "fighting_against") and (target, source) in found)


def test_strikes_against_a_named_group(extract) -> None:
    doc = extract("Allied warplanes and Kenyan troops carried out 12 strikes against al-Shabaab near the port on Monday.")
    assert has(doc, "fighting_against", "Kenyan troops", "al-Shabaab")


def test_campaign_to_defeat(extract) -> None:
    doc = extract("The Nigerian army pressed on with its campaign to defeat Boko Haram in the northeast.")
    assert has(doc, "fighting_against", "Nigerian army", "Boko Haram")


def test_fighting_between_two_sides(extract) -> None:
    doc = extract("Heavy fighting between the Sudanese army and the Rapid Support Forces spread to a third town on Friday.")
    assert has(doc, "fighting_against", "Sudanese army", "Rapid Support Forces")


def test_unknown_force_keeps_its_words(extract) -> None:
    doc = extract("Eastern Shield Defence Forces launched an offensive against the Taliban last week.")
    rels = [r for r in doc.relations if r.type == "fighting_against"]
    assert rels and rels[0].source.text == "Eastern Shield Defence Forces" and rels[0].source.actor_id is None


def test_in_support_of(extract) -> None:
    doc = extract("French jets flew missions in support of the Malian army around the town.")
    assert has(doc, "allies", "French jets", "Malian army") or any(r.type == "allies" for r in doc.relations)


def test_coalition_members_after_include(extract) -> None:
    doc = extract("Partner nations that have sent ships to the mission include Denmark, Italy and Greece.")
    members = {s for s, t in triples(doc, "member_of") if t == "Partner nations"}
    assert {"Denmark", "Italy", "Greece"} <= members


def test_part_of_a_coalition(extract) -> None:
    doc = extract("The M23 is now part of the Alliance Fleuve Congo, a coalition of armed and political groups.")
    assert any(r.type == "member_of" and r.source.actor_id and "Alliance Fleuve Congo" in r.target.text for r in doc.relations)


def test_leader_who_founded(extract) -> None:
    doc = extract("Officials paid tribute to Mohammed Yusuf, the cleric who founded Boko Haram, in a new documentary.")
    assert any(r.type == "leader_of" and "Yusuf" in r.source.text and r.target.text == "Boko Haram" for r in doc.relations)


def test_rank_between_title_and_name(extract) -> None:
    doc = extract("Police said the Boko Haram leader, Sheikh Abubakar Shekau, appeared in a new video on Tuesday.", "2016-08-04")
    assert any(r.type == "leader_of" and "Shekau" in r.source.text and r.target.text == "Boko Haram" for r in doc.relations)


def test_militia_known_as(extract) -> None:
    doc = extract("CODECO has long been at war with a rival militia known as Zaire in Ituri province.")
    assert any(r.type in ("fighting_against", "rivals") and r.target.text == "Zaire" for r in doc.relations)


def test_a_country_as_a_place_is_no_party(extract) -> None:
    doc = extract("Gunmen carried out a raid on a village in northern Burkina Faso, killing dozens.")
    assert not any(r.target.text == "Burkina Faso" for r in doc.relations)


def test_a_vow_is_not_yet_a_campaign(extract) -> None:
    doc = extract("Al-Shabaab vowed to step up its attacks against the Somali army.")
    assert not triples(doc, "fighting_against")


def test_a_name_inside_a_compound_is_no_party(extract) -> None:
    doc = extract("An al-Qaeda-linked group claimed an attack on a Malian army base.")
    assert not any(r.source.text.lower().startswith("al-qaeda") for r in doc.relations if r.type == "fighting_against")


def test_grew_out_of_is_a_split(extract) -> None:
    doc = extract("Jabhat al-Nusra grew out of al-Qaeda in Iraq, the group's own statements say.")
    assert any(r.type == "splinter_of" for r in doc.relations)


def test_folded_into(extract) -> None:
    doc = extract("Ansar Dine was folded into Jama'at Nusrat al-Islam wal-Muslimin in 2017.")
    assert any(r.type == "merged_into" and r.source.text == "Ansar Dine" for r in doc.relations)


def test_denied_support_is_negated(extract) -> None:
    doc = extract("Rwanda denied that it supported the M23 in North Kivu.")
    assert not triples(doc, "allies")


def test_pair_fighting_each_other(extract) -> None:
    doc = extract("In the Lake Chad basin, ISWAP and Boko Haram have been fighting each other since their split.")
    assert has(doc, "fighting_against", "ISWAP", "Boko Haram")


def test_affiliate_named_in_an_apposition(extract) -> None:
    doc = extract("JNIM, al-Qaeda's affiliate in the Sahel, claimed the ambush near Djibo on Friday.")
    assert any(r.type == "affiliates" and r.source.actor_id == "jnim" and r.target.actor_id == "al_qaeda" for r in doc.relations)


def test_affiliate_named_before_its_name(extract) -> None:
    doc = extract("Somalia's al-Qaeda branch, al-Shabaab, said its fighters had overrun the base.")
    doc2 = extract("The Islamic State-linked Allied Democratic Forces killed 11 villagers near Beni on Sunday.")
    assert any(r.type == "affiliates" and r.source.actor_id == "al_shabaab" and r.target.actor_id == "al_qaeda" for r in doc.relations)
    assert any(r.type == "affiliates" and r.source.actor_id == "allied_democratic_forces" and r.target.actor_id == "islamic_state" for r in doc2.relations)


def test_two_groups_in_a_list_are_not_affiliates(extract) -> None:
    doc = extract("JNIM, ISGS and the army all have fighters in the area around Menaka.")
    assert not any(r.type == "affiliates" for r in doc.relations)


def test_sworn_enemy_and_the_two_groups(extract) -> None:
    doc = extract("In eastern Afghanistan, ISKP remains a sworn enemy of the Taliban.")
    doc2 = extract("Both JNIM and ISGS operate near Menaka. The two groups have fought each other since early 2020.")
    assert has(doc, "rivals", "ISKP", "Taliban")
    assert any(r.type == "fighting_against" and {r.source.actor_id, r.target.actor_id} == {"jnim", "islamic_state_sahel"} for r in doc2.relations)


def test_battle_events_are_dated_fighting(extract) -> None:
    doc = extract("M23 rebels clashed with the Congolese army near Rutshuru on Tuesday.", published="2022-06-10")
    rel = [r for r in doc.relations if r.type == "fighting_against" and {r.source.actor_id, r.target.actor_id} == {"m23", "military_cod"}]
    assert rel and rel[0].date is not None and str(rel[0].date.start) == "2022-06-07"


def test_gunmen_killing_villagers_is_no_relation(extract) -> None:
    doc = extract("Gunmen killed six villagers near Beni on Tuesday.")
    assert not [r for r in doc.relations if r.type == "fighting_against"]


def test_possessive_role_after_a_name(extract) -> None:
    doc = extract("Zabihullah Mujahid, the Taliban's chief spokesman, condemned the attack.")
    assert any(r.type == "spokesperson_of" and r.source.text == "Zabihullah Mujahid" and r.target.actor_id == "taliban" for r in doc.relations)


def test_name_in_an_aside_is_not_the_subject(extract) -> None:
    doc = extract("JNIM, which pledged allegiance to al-Qaeda in 2017, has been fighting the Islamic State Sahel Province near the border.",
                  "2024-05-02")
    fights = [r for r in doc.relations if r.type == "fighting_against"]
    assert fights and all("al-Qaeda" not in (r.source.text, r.target.text) for r in fights)
    pledge = next(r for r in doc.relations if r.type == "pledged_allegiance")
    assert pledge.date.start is not None and pledge.date.start.year == 2017
    # the aside dates the pledge, not the fighting
    assert all(r.date.start is None or r.date.start.year != 2017 for r in fights)


def test_unnamed_forces_opened_by_a_capital_take_no_part(extract) -> None:
    doc = extract("The government said troops backed by African Union forces had killed 30 militants in Middle Shabelle last week.")
    assert not [r for r in doc.relations if r.source.text == "The government" or r.target.text == "The government"]


# -- people the knowledge base does not know, and their roles -----------------------------------

def test_commander_of_a_unit_leads_it(extract) -> None:
    doc = extract("Brigadier General Samuel Okafor, commander of the 7th Infantry Division, said the road to the town was open again.")
    assert has(doc, "leader_of", "Brigadier General Samuel Okafor", "7th Infantry Division")


def test_ranked_name_across_an_abbreviation(extract) -> None:
    # "Lt." had ended the sentence, so the name lost its rank and the role its person
    doc = extract("Lt. Gen. Hamid Rasuli, commander, Western Border Command, told reporters the crossing had been sealed.")
    assert has(doc, "leader_of", "Lt. Gen. Hamid Rasuli", "Western Border Command")


def test_a_commander_in_a_group_is_a_member(extract) -> None:
    doc = extract("Abu Khalid al-Dhari, a senior commander in al-Shabaab, was killed in a drone strike near the coast.")
    assert has(doc, "member_of", "Abu Khalid al-Dhari", "al-Shabaab")
    assert not triples(doc, "leader_of")


def test_group_commander_before_a_name_is_a_member(extract) -> None:
    doc = extract("Al-Shabaab commander Abu Khalid al-Dhari was killed in a drone strike near the coast.")
    assert has(doc, "member_of", "Abu Khalid al-Dhari", "Al-Shabaab")


def test_unknown_person_does_not_stand_for_a_group(extract) -> None:
    # a person the knowledge base does not know has no group to stand for, and the army fights on
    doc = extract("Colonel Idris Kamara said the Kenyan army had fought al-Shabaab for three days near the port.")
    assert has(doc, "fighting_against", "Kenyan army", "al-Shabaab")
    assert not any(r.source.text == "Colonel Idris Kamara" for r in doc.relations if r.type == "fighting_against")


def test_names_of_places_and_units_are_no_people(extract) -> None:
    doc = extract("Fighters of the Imam Ali Brigades, a commander of the group said, shelled the airport in Abu Dhabi.")
    assert not any(r.source.text.startswith(("Imam", "Abu Dhabi")) for r in doc.relations)


def test_a_service_before_the_rank_is_an_actor_of_its_own(extract) -> None:
    doc = extract("Navy Capt. Ruth Obi, commander of the 5th Fleet Task Group, said two boats were seized overnight.")
    assert has(doc, "leader_of", "Capt. Ruth Obi", "5th Fleet Task Group")


def test_a_title_does_not_reach_back_into_the_sentence_before(extract) -> None:
    # the army that ends one sentence is no organisation of the president who opens the next
    doc = extract("Shells hit positions of the Kenyan army. President Amos Wekesa said the attack was a crime.")
    assert not triples(doc, "leader_of")


def test_ground_taken_from_a_side_is_fought_for(extract) -> None:
    doc = extract("Somali troops recaptured the coastal town of Harardhere from al-Shabaab on Tuesday after two days of fighting.")
    assert has(doc, "fighting_against", "Somali troops", "al-Shabaab")


def test_a_group_is_a_party_without_its_members_noun(extract) -> None:
    # the relation holds with the group ("al-Shabaab"), not with the mention's "al-Shabaab fighters"
    doc = extract("Kenyan troops carried out raids against al-Shabaab fighters near the border on Monday.")
    assert has(doc, "fighting_against", "Kenyan troops", "al-Shabaab")
    assert not has(doc, "fighting_against", "Kenyan troops", "al-Shabaab fighters")


# -- the party a cue governs is its object, not a name further on ---------------------------------

def test_backed_by_an_unnamed_force_allies_no_one(extract) -> None:
    # the backers are the unnamed volunteers; the RSF named after them is the enemy
    doc = extract("Sudanese troops, backed by local militiamen, repelled a Rapid Support Forces assault near El Fasher overnight.",
                  "2024-06-03")
    assert not triples(doc, "allies")


def test_a_front_line_is_no_party(extract) -> None:
    doc = extract("Rapid Support Forces fighters launched an assault on the Omdurman front on Sunday.", "2024-06-03")
    assert not any("front" in r.target.text for r in doc.relations)


def test_a_local_government_area_is_no_party(extract) -> None:
    doc = extract("Bandits killed 12 farmers in raids on two hamlets in the Bukkuyum local government area of Zamfara State on Friday.",
                  "2023-03-20")
    assert not triples(doc, "fighting_against")


def test_led_by_leads_the_nearest_group(extract) -> None:
    # "fighters led by X": X leads the fighters, not the battalion named before them
    doc = extract("Soldiers of the 21st Armoured Brigade ran into about 15 fighters led by a commander, Hassan Guled, "
                  "near the river and fought them until dusk.", "2022-09-12")
    assert not any(r.type == "leader_of" and "Brigade" in r.target.text for r in doc.relations)


def test_an_all_capitals_text_names_no_party_with_its_generic_nouns(extract) -> None:
    doc = extract("OFFICIALS SAID THAT FOUR POLICEMEN AND TWO GUERRILLAS DIED IN THE FIGHTING AND THAT NINE POLICEMEN WERE HURT.",
                  "1990-05-02")
    assert not triples(doc, "fighting_against")


# -- acceptance, mergers and fights told in other words ------------------------------------------

def test_acceptance_answers_the_pledge_before_it(extract) -> None:
    doc = extract("Fighters of Ansar al-Furqan pledged allegiance to the Islamic State in a video on Monday. "
                  "An Islamic State statement said it \u201caccepted the bay\u2019a of our brothers\u201d.", "2021-03-10")
    assert any(r.type == "accepted_allegiance" and r.source.actor_id == "islamic_state" and r.target.actor_id == "ansar_al_furqan"
               for r in doc.relations)


def test_bayat_is_an_allegiance(extract) -> None:
    doc = extract("Ansar al-Furqan gave bayat to the Islamic State in an audio message released on Monday.", "2021-03-10")
    assert any(r.type == "pledged_allegiance" and r.source.actor_id == "ansar_al_furqan" and r.target.actor_id == "islamic_state"
               for r in doc.relations)


def test_merging_units_with_another_group(extract) -> None:
    doc = extract("In a statement on Tuesday, Ahrar al-Sham said it was merging its Hama brigades with Hurras al-Din.", "2019-04-02")
    assert any(r.type == "merged_into" and r.source.actor_id == "ahrar_al_sham" and r.target.actor_id == "hurras_al_din"
               for r in doc.relations)


def test_a_dead_leader_still_stands_for_the_group_the_text_names(extract) -> None:
    # his role ended before publication; the sentence itself says whose leader he was
    doc = extract("Islamic State leader Abu Bakr al-Baghdadi died in 2019 during a confrontation with Kurdish-led Syrian Democratic Forces.",
                  "2021-03-10")
    assert any(r.type == "fighting_against" and {r.source.actor_id, r.target.actor_id} == {"islamic_state", "syrian_democratic_forces"} for r in doc.relations)


def test_a_rival_named_in_apposition(extract) -> None:
    doc = extract("Hurras al-Din and its main rival, Hay'at Tahrir al-Sham, both keep fighters around Idlib.", "2020-02-01")
    assert any(r.type == "rivals" and r.source.actor_id == "hurras_al_din" for r in doc.relations)


def test_the_enemy_of_a_fight_supports_no_one(extract) -> None:
    doc = extract("Under fire from al-Shabaab gunmen near the bridge, the Somali unit asked for air support from the African Union mission.",
                  "2021-05-04")
    doc2 = extract("Ethiopian officials discussed their aid to Somali forces in support of the campaign against al-Shabaab.", "2021-05-04")
    assert not any(r.type == "allies" and "al_shabaab" in (r.source.actor_id, r.target.actor_id) for r in doc.relations + doc2.relations)


def test_an_insurgency_against_a_government(extract) -> None:
    doc = extract("The Allied Democratic Forces, which has waged a long insurgency against the Ugandan government, crossed into Congo.",
                  "2021-05-04")
    assert any(r.type == "fighting_against" and r.source.actor_id == "allied_democratic_forces" for r in doc.relations)


def test_a_fight_told_both_ways_is_one_relation(extract) -> None:
    doc = extract("Sudanese troops fought the Rapid Support Forces near Kadugli on Monday. "
                  "Rapid Support Forces fighters then shelled army positions in the town on Tuesday.", "2024-06-05")
    fights = [r for r in doc.relations if r.type == "fighting_against" and r.modality in FACTUAL
              and {r.source.actor_id, r.target.actor_id} == {"military_sdn", "rsf"}]
    assert len(fights) == 1


# -- names that hold a cue or a generic noun, and places that look like parties --------------------

def test_a_cue_inside_a_name_is_no_cue(extract) -> None:
    doc = extract("The Kenya Defence Forces received ten Bradley Fighting Vehicles from the United States Army on Monday.", "2017-03-01")
    assert not triples(doc, "fighting_against")


def test_a_generic_noun_inside_a_name_is_no_party(extract) -> None:
    doc = extract("Al-Shabaab fighters seized weapons from the Baledogle Military Airfield on Monday.", "2017-03-01")
    assert not any(r.target.text == "Military" for r in doc.relations)


def test_the_enemy_is_no_member_of_the_task_force(extract) -> None:
    doc = extract("French troops fly strike missions against al-Shabaab as part of the European Union Naval Force.", "2017-03-01")
    assert not any(r.type == "member_of" and r.source.actor_id == "al_shabaab" for r in doc.relations)


def test_a_country_after_its_town_is_a_place(extract) -> None:
    doc = extract("Envoys will meet in Paris, France, on Friday to discuss the campaign against al-Shabaab.", "2017-03-01")
    assert not any("France" in (r.source.text, r.target.text) for r in doc.relations)


def test_a_name_does_not_run_across_a_line_break(extract) -> None:
    doc = extract("Coalition Forces Continue Strikes Against Shabaab Militants\nNavy ships shelled the port of Kismayo on Monday.", "2017-03-01")
    assert not any("\n" in r.source.text or "\n" in r.target.text for r in doc.relations)


def test_a_country_by_its_abbreviation_is_a_party(extract) -> None:
    doc = extract("The UAE, as part of the Arab Coalition, has trained local forces along the coast.", "2017-03-01")
    assert any(r.type == "member_of" and r.source.text == "UAE" for r in doc.relations)


# -- membership: units within units, and the member the cue follows --------------------------------

def test_a_unit_named_before_its_parent_unit_belongs_to_it(extract) -> None:
    doc = extract("Sergeant Ali Musa was assigned to 2nd Battalion, 14th Infantry Regiment, at the time of his death.", "2017-03-01")
    assert has(doc, "member_of", "Sergeant Ali Musa", "2nd Battalion")
    assert has(doc, "member_of", "2nd Battalion", "14th Infantry Regiment")


def test_units_of_one_size_in_a_list_are_not_nested(extract) -> None:
    doc = extract("The 3rd Brigade, the 5th Brigade and the 7th Division took part in the exercise.", "2017-03-01")
    assert not triples(doc, "member_of")


def test_members_of_a_group_are_not_who_charged_them(extract) -> None:
    doc = extract("Kenya charged three members of al-Shabaab with planning the attack on the mall.", "2017-03-01")
    assert not any(r.type == "member_of" and r.source.text == "Kenya" for r in doc.relations)


def test_a_group_noun_after_a_name_stays_in_the_party(extract) -> None:
    # the party is the phrase the article names ("the al-Shabaab militant group"), still linked to the group
    doc = extract("Kenyan troops fought the al-Shabaab militant group near the border on Monday.", "2017-03-01")
    assert has(doc, "fighting_against", "Kenyan troops", "al-Shabaab militant group")
    assert any(r.target.actor_id == "al_shabaab" for r in doc.relations if r.type == "fighting_against")
