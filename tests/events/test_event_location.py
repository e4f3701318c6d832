"""Where an event is placed, given a dateline: the place the sentence names beats the town the
report was filed from, and a dateline the story never returns to places its events only in the
dateline's country. Passages written for these tests."""

from __future__ import annotations


def _located(doc):
    events = [e for e in doc.events if e.location is not None]
    assert events, doc.events
    return events[0].location


def test_named_village_in_the_sentence_beats_the_dateline(extract) -> None:
    doc = extract("BAMAKO, June 3 (Sahel Desk) - Gunmen attacked the village of Ndorkoutou in central "
                  "Mali on Sunday, killing 12 civilians, local officials said.", "2022-06-06")
    loc = _located(doc)
    assert loc.name == "Ndorkoutou"
    assert loc.country == "MLI"


def test_dateline_not_named_again_gives_only_the_country(extract) -> None:
    doc = extract("NAIROBI, May 2 (Horn Wire) - Militants ambushed a police convoy on Monday, killing "
                  "seven officers, Kenya's interior ministry said.\n\nThe ministry blamed al-Shabaab.",
                  "2023-05-02")
    loc = _located(doc)
    assert loc.country == "KEN"
    assert loc.feature == "country"


def test_dateline_the_story_returns_to_is_kept(extract) -> None:
    doc = extract("NAIROBI, May 2 (Horn Wire) - Police fired tear gas at protesters on Tuesday, "
                  "witnesses said.\n\nThe crowd had gathered in central Nairobi since the morning.",
                  "2023-05-02")
    loc = _located(doc)
    assert loc.name == "Nairobi"


def test_a_report_filed_abroad_places_its_events_where_the_body_says(extract) -> None:
    # the body never names the dateline's country; it names Guatemala and its provinces: the
    # event of the first sentence is not in Mexico City
    doc = extract("MEXICO CITY, March 3 (Wire) - Gunmen shot dead a union leader and his driver on "
                  "Thursday, a rights group said.\n\nThe group said violence in Guatemala had risen "
                  "sharply this year, above all in Guatemala's western highlands, in Quiche and in Huehuetenango.",
                  "2021-03-05")
    loc = _located(doc)
    assert loc.country == "GTM"


def test_a_destination_is_not_where_the_event_happened(extract) -> None:
    doc = extract("BOGOTA, May 4 (Wire) - Two drug traffickers who shot dead a judge last year were "
                  "extradited to the United States on Monday, police said.\n\nThe judge had been "
                  "killed in Bogota in March.", "2021-05-04")
    assert all(e.location is None or e.location.country == "COL" for e in doc.events), doc.events


def test_a_dateline_abroad_gives_way_to_the_country_the_body_plainly_places_the_story_in(extract) -> None:
    doc = extract("PANAMA CITY, Nov 20 (Wire) - Gunmen killed three labour leaders on Sunday, church "
                  "officials said.\n\nThe officials said soldiers in El Salvador had raided homes in "
                  "Chalatenango and Cuscatlan and held 40 people in San Salvador.", "2021-11-20")
    assert _located(doc).country == "SLV"


def test_a_county_beats_the_country_named_before_it(extract) -> None:
    doc = extract("Soldiers in Nigeria detained nine suspected kidnappers on Monday in Yobe state, the army said.",
                  "2023-05-02")
    loc = _located(doc)
    assert loc.name == "Yobe"
    assert loc.country == "NGA"


def test_the_demonym_capital_is_that_country_s_capital(extract) -> None:
    doc = extract("A car bomb exploded near a police checkpoint in the Afghan capital on Sunday, killing four people.",
                  "2021-06-14")
    loc = _located(doc)
    assert (loc.name, loc.country, loc.precision) == ("Kabul", "AFG", 1)
    assert not any("capital" in (p.text or "") for p in doc.places)  # no toponym of its own


def test_a_country_s_capital_is_that_capital(extract) -> None:
    doc = extract("Police fired tear gas at hundreds of protesters in Kenya's capital on Tuesday, witnesses said.",
                  "2023-05-02")
    assert _located(doc).name == "Nairobi"


def test_a_provincial_capital_is_no_national_capital(extract) -> None:
    doc = extract("Gunmen attacked a police station in the provincial capital on Sunday, killing two officers, "
                  "officials in Afghanistan said.", "2021-06-14")
    assert _located(doc).name != "Kabul"


def test_this_capital_in_a_wire_story_is_the_dateline_town(extract) -> None:
    doc = extract("QUITO, 4 MAR 91 (WIRE) -- [TEXT] UNIDENTIFIED MEN KIDNAPPED A BANKER YESTERDAY NEAR HIS OFFICE "
                  "IN THIS CAPITAL, POLICE SOURCES SAID.", "1991-03-04")
    loc = _located(doc)
    assert (loc.name, loc.country) == ("Quito", "ECU")


def test_a_neighbourhood_of_a_city_beats_the_city(extract) -> None:
    doc = extract("Gunmen shot dead a shopkeeper on Tuesday in the Villa Norte neighbourhood of Tegucigalpa, "
                  "police said.", "2016-04-20")
    loc = _located(doc)
    assert loc.name == "Villa Norte"
    assert (loc.country, loc.precision) == ("HND", 1)


def test_a_dateline_with_the_country_in_brackets_is_read(extract) -> None:
    doc = extract("QUITO (ECUADOR), 4 MAR 91 (WIRE) -- [TEXT] A BOMB EXPLODED LAST NIGHT AT A BANK IN "
                  "DOWNTOWN QUITO, POLICE SOURCES SAID.", "1991-03-04")
    assert doc.dateline is not None and doc.dateline.name == "Quito"
    assert _located(doc).name == "Quito"


def test_a_dateline_town_recalling_a_killing_of_weeks_ago_places_it_only_in_the_country(extract) -> None:
    # the story returns to Nairobi, but the attack it recalls was a month before the report, and
    # the sentence does not say where: the report's town is no evidence of where that happened
    doc = extract("NAIROBI, May 20 (Horn Wire) - Gunmen shot dead a county official on 18 April, "
                  "police said on Saturday.\n\nDetectives in Nairobi have questioned two suspects.",
                  "2023-05-20")
    loc = _located(doc)
    assert loc.country == "KEN"
    assert loc.feature == "country"


def test_an_armed_group_at_home_beats_the_country_of_a_dateline_abroad(extract) -> None:
    # filed in Bangkok, where the body talks mostly of Thailand, but the group that ambushed the
    # convoy fights in Myanmar, which the body names, and the sentence names no place: Myanmar
    doc = extract("BANGKOK, May 2 (Mekong Wire) - Thailand's foreign ministry condemned an ambush in which "
                  "Kachin Independence Army fighters killed 11 soldiers on Sunday.\n\nThai officials said "
                  "Thailand would send aid to Myanmar. Thailand has long hosted talks between the parties.", "2023-05-02")
    ambush = [e for e in doc.events if e.actor1 is not None and e.actor1.actor_id == "kachin_independence_army"]
    assert ambush and ambush[0].location is not None and ambush[0].location.country == "MMR", doc.events


def test_a_region_of_many_countries_places_no_event(extract) -> None:
    doc = extract("BOGOTA, June 2 (Wire) - Rebels killed four soldiers across Latin America's most "
                  "violent border on Tuesday, the army said.\n\nThe army said Bogota would send troops.",
                  "2021-06-02")
    loc = _located(doc)
    assert loc.country == "COL"


def test_where_a_speaker_spoke_gives_way_to_where_the_act_happened(extract) -> None:
    doc = extract("NAIROBI, May 18 (Wire) - A visiting foreign minister said today in Nairobi that a militia "
                  "had taken part in the assassination in South Sudan of an opposition leader in January.", "2021-05-18")
    assert any(e.location is not None and e.location.country == "SSD" for e in doc.events), doc.events
    assert all(e.location is None or e.location.country != "KEN" for e in doc.events), doc.events


def test_a_country_that_is_only_an_envoy_s_post_places_nothing(extract) -> None:
    doc = extract("GUATEMALA CITY, Oct 10 (Wire) - The party has had no leader since August, when its chief, "
                  "once ambassador to Spain, was gunned down outside a restaurant.", "2021-10-10")
    assert all(e.location is None or e.location.country == "GTM" for e in doc.events), doc.events


def test_foreign_victims_do_not_move_a_story_abroad(extract) -> None:
    # demonyms say who the victims were; no place in the body says the story is elsewhere
    doc = extract("GUATEMALA CITY, Sep 29 (Wire) - A German, a Dutchman and a Swede, kidnapped by a gang on "
                  "Wednesday, were freed today, police said. The German and the Swede worked for a charity.",
                  "2021-09-29")
    assert any(e.location is not None for e in doc.events), doc.events
    assert all(e.location is None or e.location.country == "GTM" for e in doc.events), doc.events


def test_a_town_measured_from_is_not_where_the_event_happened(extract) -> None:
    doc = extract("ABUJA, Aug 18 (Wire) - Gunmen shot dead a senator this evening 40 km west of Abuja, "
                  "outside the central mosque of Suleja, police said.", "2021-08-18")
    loc = _located(doc)
    assert loc.text == "Suleja", loc


def test_a_sentence_that_says_where_places_the_incident_before_it(extract) -> None:
    doc = extract("A suicide bomber rammed an explosives-laden vehicle into a security checkpoint in northwest Pakistan on "
                  "Tuesday, killing nine soldiers, the army said. The attack happened in the Mir Ali area of North Waziristan "
                  "district, close to the border with Afghanistan.", "2026-11-25")
    bomb = [e for e in doc.events if e.event_type == "suicide_bomb"]
    assert len(bomb) == 1 and bomb[0].location is not None
    # the locality the gazetteer lacks, at the point of the district it lies in (ACLED: precision 2)
    loc = bomb[0].location
    assert (loc.name, loc.country, loc.admin1, loc.precision) == ("Mir Ali", "PAK", "Khyber Pakhtunkhwa", 2), loc


def test_the_doers_told_reaching_a_village_place_the_raid_told_before(extract) -> None:
    # the lede gives the province; the next sentence names the hamlet the gazetteer lacks
    doc = extract("Gunmen on motorcycles raided a farming community in northwest Nigeria's Sokoto State on Friday, "
                  "killing nine people, police said.\n\nThe attackers reached Tungan Kuka, a hamlet about 15 km from "
                  "Gwadabawa town, after dark and set fire to the granaries.", "2024-03-11")
    raid = [e for e in doc.events if e.event_type == "attack"]
    assert raid and raid[0].location is not None
    loc = raid[0].location
    assert (loc.name, loc.country, loc.admin1) == ("Tungan Kuka", "NGA", "Sokoto"), loc
    assert loc.precision == 2


def test_fighting_told_to_break_out_near_a_named_hamlet_is_placed_there(extract) -> None:
    doc = extract("Rival gangs fought for most of Saturday in the hills of Mexico's Guerrero state, leaving seven dead, "
                  "state police said. The fighting broke out near the hamlet of Los Tepehuajes in Coyuca de Catalan "
                  "municipality.", "2022-05-09")
    located = [e.location for e in doc.events if e.location is not None and e.event_type in ("armed_clash", "attack")]
    assert located and located[0].name == "Los Tepehuajes", located
    assert located[0].admin1 is not None and "Guerrero" in located[0].admin1 and located[0].precision == 2


def test_where_the_target_stands_places_a_bombing_in_a_part_of_the_city(extract) -> None:
    doc = extract("QUITO, 4 MAR 91 (WIRE) -- A BOMB EXPLODED TONIGHT AT A BRANCH OF A STATE BANK IN QUITO. NOBODY WAS "
                  "HURT, POLICE SAID. THE BANK IS LOCATED IN THE CARCELEN NEIGHBORHOOD, IN THE NORTH OF THE CITY.",
                  "1991-03-04")
    assert {e.location.name for e in doc.events if e.location is not None} == {"Carcelen"}, doc.events


def test_a_hamlet_told_as_where_the_attack_occurred_is_placed_near_the_town_the_attack_had(extract) -> None:
    # the hamlet is unknown to the gazetteer and nothing but the country follows it: it lies near the town
    doc = extract("Rebels blew up a section of the oil pipeline near Saravena on Monday, the army said. The attack "
                  "occurred beside the Km 45 marker in Cano Seco jurisdiction, officials added.", "2021-03-09")
    located = [e.location for e in doc.events if e.location is not None]
    assert located and located[0].name == "Cano Seco", located
    assert located[0].admin1 == "Arauca" and located[0].precision == 2, located[0]


def test_a_village_marked_once_places_an_act_told_later_by_its_name_alone(extract) -> None:
    doc = extract("Insurgents seized Nhica, an administrative post on the coast of Cabo Delgado province, on Saturday, "
                  "residents said.\n\nOn Monday soldiers clashed with the insurgents in Nhica, and four soldiers were "
                  "killed, a local official said.", "2022-05-03")
    clashes = [e for e in doc.events if e.event_type == "armed_clash"]
    assert clashes and clashes[0].location is not None and clashes[0].location.name == "Nhica", doc.events
    assert clashes[0].location.precision == 2


def test_an_attributed_sentence_that_says_where_the_doers_went_places_the_raid(extract) -> None:
    doc = extract("Gunmen killed six people in a raid on a farming community in Niger's Tillaberi region on Thursday, "
                  "officials said. Residents said the attackers reached Tinkori Beri, a hamlet close to the Malian "
                  "border, at dawn.", "2021-03-20")
    located = [e.location for e in doc.events if e.location is not None and e.event_type == "attack"]
    assert located and located[0].name == "Tinkori Beri", located
    # known only by name and placed at the region's point: the region's precision, never 1
    assert located[0].admin1 is not None and "Tillab" in located[0].admin1 and located[0].precision == 3


def test_a_province_told_again_is_no_finer_place(extract) -> None:
    # "the attack took place in" a place of another province says nothing finer of this one
    doc = extract("Militants attacked an army post in Pakistan's Khyber Pakhtunkhwa province on Sunday, killing four "
                  "soldiers, officials said. The attack was carried out hours after a raid in Quetta.", "2023-06-12")
    located = [e.location for e in doc.events if e.location is not None and e.event_type in ("attack", "armed_clash")]
    assert located and located[0].name == "Khyber Pakhtunkhwa", located


def test_a_demonym_before_town_is_no_place_of_its_own(extract) -> None:
    doc = extract("A bomb went off in a church in the eastern Congolese town of Kasindi on Sunday, killing 14 people.",
                  "2023-01-16")
    assert "Congolese" not in [p.text for p in doc.places]
    assert any(e.location is not None and e.location.text == "Kasindi" for e in doc.events), doc.events


def test_what_an_attack_did_in_a_relative_clause_places_the_attack(extract) -> None:
    doc = extract("BOGOTA, 9 MAY 90 (EFE) -- THREE PEOPLE DIED TONIGHT IN A DYNAMITE ATTACK THAT DESTROYED A BAKERY "
                  "IN THE TOWN OF FILANDIA, SOME 200 KM WEST OF BOGOTA.", "1990-05-09")
    assert {e.location.name for e in doc.events if e.location is not None} == {"Filandia"}


def test_a_foreign_state_blamed_in_a_story_about_another_country_does_not_place_the_killing(extract) -> None:
    doc = extract("Salvadoran church leaders said on Monday that the Salvadoran bishops would meet in El Salvador.\n\n"
                  "U.S. troops murdered two priests last year, Salvadoran opposition leaders said.", "1989-12-01")
    assert all(e.location.country == "SLV" for e in doc.events if e.location is not None)


def test_foreign_forces_in_a_story_that_names_both_countries_stay_where_the_report_is_filed(extract) -> None:
    doc = extract("BAMAKO (Sahel Wire) - Mali's government said on Monday that central Mali was calm around Douentza."
                  "\n\nFrench troops clashed with gunmen on Sunday, the French ministry said. French officials and "
                  "the French embassy declined to comment.", "2021-01-08")
    assert all(e.location.country == "MLI" for e in doc.events if e.location is not None)


def test_a_clause_of_time_places_the_act_of_the_clause_before_it(extract) -> None:
    # "killed as he was covering a battle in X": the killing happened in X, not in the dateline's town
    doc = extract("SAN SALVADOR, 4 MAR 89 (WIRE) -- A FOREIGN CAMERAMAN WAS KILLED TODAY AS HE WAS FILMING A BATTLE "
                  "IN THE TOWN OF SANTA CLARA, SAN VICENTE DEPARTMENT.", "1989-03-04")
    assert {e.location.text for e in doc.events if e.location is not None} == {"SANTA CLARA"}


def test_a_dateline_town_named_again_only_as_an_owner_places_only_the_country(extract) -> None:
    # "the Nairobi police" says whose police, not that the ambush was in Nairobi
    doc = extract("NAIROBI, May 2 (Horn Wire) - Militants ambushed a convoy on Monday, killing seven officers, "
                  "a spokesman said.\n\nThe Nairobi police chief blamed al-Shabaab.", "2023-05-02")
    loc = _located(doc)
    assert loc.country == "KEN"
    assert loc.feature == "country"


def test_a_dateline_town_that_owns_a_part_of_itself_in_the_body_is_kept(extract) -> None:
    # "Nairobi's main market" is a place in the town: the story is about Nairobi
    doc = extract("NAIROBI, May 2 (Horn Wire) - Police fired tear gas at protesters on Tuesday, witnesses said."
                  "\n\nTraders said Nairobi's main market stayed shut all day.", "2023-05-02")
    loc = _located(doc)
    assert loc.name == "Nairobi"


def test_a_report_filed_from_two_towns_is_placed_where_the_sentence_says(extract) -> None:
    # "KABUL/ISLAMABAD —" is a dateline; the strike happened in the district the sentence names
    doc = extract("KABUL/ISLAMABAD — Pakistani jets struck suspected militant hideouts in Barmal district, "
                  "east of the town of Sharana, on Tuesday, killing at least eight people, local officials said.",
                  "2022-04-20")
    assert doc.dateline is not None and doc.dateline.name == "Kabul"
    loc = _located(doc)
    assert loc.name != "Kabul" and loc.name != "Sharana", loc


def test_the_doer_and_the_deed_of_one_verb_share_the_place(extract) -> None:
    # "Warplanes" and "air strikes" may be read as two acts; neither is at the dateline's town
    doc = extract("ADEN/RIYADH — Warplanes of the Saudi-led coalition carried out at least ten air strikes on "
                  "Houthi positions in Harib district, south of the city of Marib, on Monday, killing 18 fighters, "
                  "the coalition said.", "2021-03-09")
    located = [e.location for e in doc.events if e.location is not None]
    assert located and all(loc.name not in ("Aden", "Riyadh") and loc.feature != "country" for loc in located), located


def test_a_town_in_the_region_of_a_province_is_the_town(extract) -> None:
    # "X, in the northern region of Y": Y is the province the town lies in, not its namesake city
    doc = extract("Police shot dead a protester near the bus terminal of Juliaca, in the southern region of Puno, "
                  "on Tuesday, the ombudsman said.", "2023-02-08")
    loc = _located(doc)
    assert loc.name == "Juliaca"
    places = {p.text: p for p in doc.places}
    assert places["Puno"].feature == "admin1"


def test_a_town_the_gazetteer_lacks_after_in_is_where_it_happened(extract) -> None:
    doc = extract("GOMA, Democratic Republic of Congo — Rebels shelled the town of Sake on Monday. "
                  "Separately, soldiers manning a roadblock in Kabuhanga seized nine rifles from a minibus "
                  "and arrested its driver, an army spokesman said.", "2023-03-14")
    arrests = [e for e in doc.events if e.location is not None and e.location.start is not None
               and doc.article.text[e.location.start : e.location.end] == "Kabuhanga"]
    assert arrests, [(e.event_type, e.location) for e in doc.events]
    assert arrests[0].location.country == "COD"


def test_an_unknown_town_before_its_province_is_kept_even_if_read_as_a_name(extract) -> None:
    doc = extract("COTABATO CITY, Philippines — A roadside bomb exploded as an army truck passed a bridge in "
                  "Datu Hoffer Ampatuan, Maguindanao del Sur, on Friday, wounding four soldiers, the military said.",
                  "2023-06-10")
    loc = _located(doc)
    assert loc.name.startswith("Datu"), loc
    assert loc.country == "PHL"


def test_a_name_with_an_arabic_article_written_another_way_is_found(extract) -> None:
    # the gazetteer writes the article assimilated ("ash"), the text does not ("al-")
    doc = extract("A car bomb exploded in a market in the town of Suq al-Shuyukh in Dhi Qar province on "
                  "Thursday, killing three people, police said.", "2021-05-07")
    loc = _located(doc)
    assert loc.country == "IRQ" and loc.geonameid is not None
    assert loc.text == "Suq al-Shuyukh"


def test_a_street_named_after_a_town_does_not_place_the_event(extract) -> None:
    # "Cordoba Avenue" in a Buenos Aires story is a street of the city, not the town of Cordoba
    doc = extract("BUENOS AIRES, May 3 (Wire) - A bomb exploded on Tuesday outside a bank at the corner of "
                  "Sarmiento and Mendoza streets, wounding two passers-by, police said. Traffic in central "
                  "Buenos Aires was halted for hours.", "2022-05-04")
    loc = _located(doc)
    assert loc.text not in ("Sarmiento", "Mendoza"), loc
    assert loc.country == "ARG"


def test_where_the_next_sentence_says_it_happened_beats_the_dateline_town(extract) -> None:
    doc = extract("KABUL, May 2 (Wire) - Gunmen kidnapped five aid workers on Monday, officials said. "
                  "The kidnapping took place in Jalalabad, near the border. Security in Kabul was tightened "
                  "after the news.", "2022-05-03")
    kidnaps = [e for e in doc.events if e.event_type == "abduction"]
    assert kidnaps and kidnaps[0].location is not None
    assert kidnaps[0].location.text == "Jalalabad", kidnaps[0].location


def test_in_capitals_an_unknown_town_after_in_ends_at_the_first_ordinary_word(extract) -> None:
    doc = extract("TEGUCIGALPA, 3 MAR 90 (RADIO) -- [TEXT] IT WAS REPORTED TODAY THAT ARMED MEN KIDNAPPED TWO "
                  "COFFEE GROWERS IN TUMBAGUAL LAST NIGHT.", "1990-03-03")
    loc = _located(doc)
    assert loc.text == "TUMBAGUAL", loc
    assert loc.country == "HND"


def test_in_capitals_an_owner_after_in_is_no_town(extract) -> None:
    doc = extract("TEGUCIGALPA, 3 MAR 90 (RADIO) -- [TEXT] THE POLICE SAID TODAY THAT GUNMEN KILLED TWO "
                  "WITNESSES IN MENDIETA'S TRIAL LAST NIGHT.", "1990-03-03")
    assert all(e.location is None or "MENDIETA" not in (e.location.text or "") for e in doc.events), doc.events


def test_a_misspelt_known_name_is_no_unknown_town_and_a_clause_country_anchors_one():
    """"IN EL SALAVADOR" beside "EL SALVADOR" is the country misspelt, not a town the gazetteer lacks;
    an unknown town in a clause that names its country is in that country, not the dateline's."""
    from tacitus.events.detect import _clause_country, _misspelt
    from tacitus.model import Place

    salvador = Place(name="El Salvador", text="EL SALVADOR", country="SLV", feature="country", precision=3, start=120, end=131)
    assert _misspelt("EL SALAVADOR", [salvador])
    assert not _misspelt("CHINAMECA", [salvador])
    assert _clause_country([salvador], 100, 200) == "SLV"
    assert _clause_country([salvador], 0, 100) is None


def test_a_sentence_opening_with_in_a_town_happened_there_whatever_names_follow(extract) -> None:
    # the owner's first name is also a town, in another province: it does not move the act out of the opening town
    doc = extract("HUANCAYO, 2 APR 90 (WIRE) -- [TEXT] IN JAUJA, REBELS SET FIRE TO A BUS OWNED BY TRANSPORT OWNER "
                  "SANTIAGO QUISPE LATE LAST NIGHT.", "1990-04-02")
    loc = _located(doc)
    assert loc.text == "JAUJA", loc


def test_a_town_inside_the_opening_province_is_where_the_act_was(extract) -> None:
    doc = extract("In Helmand province, police said they detained three men wanted for bombings during a raid in "
                  "Lashkar Gah on Sunday.", "2022-03-14")
    arrests = [e for e in doc.events if e.event_type == "arrest"]
    assert arrests and arrests[0].location is not None
    assert arrests[0].location.text == "Lashkar Gah", arrests[0].location


def test_a_town_inside_an_opening_town_named_like_its_province_is_finer(extract) -> None:
    doc = extract("In Kandahar, officials said gunmen shot dead two polio vaccinators who were travelling near "
                  "Spin Boldak on Monday.", "2022-03-15")
    loc = _located(doc)
    assert loc.text == "Spin Boldak", loc


def test_an_opening_town_where_a_ministry_spoke_does_not_place_an_act_named_elsewhere(extract) -> None:
    doc = extract("In Kabul, the interior ministry said gunmen attacked a police checkpoint in Ghazni on Monday, "
                  "killing four officers.", "2022-03-15")
    loc = _located(doc)
    assert loc.text == "Ghazni", loc


def test_an_attributed_sentence_that_says_where_places_the_incident_before_it(extract) -> None:
    doc = extract("KABUL, May 2 (Wire) - Gunmen kidnapped four engineers on Monday, officials said. "
                  "According to the provincial police, the kidnapping took place on Monday evening near Jalalabad. "
                  "Security in Kabul was tightened after the news.", "2022-05-03")
    kidnaps = [e for e in doc.events if e.event_type == "abduction"]
    assert kidnaps and kidnaps[0].location is not None
    assert kidnaps[0].location.text == "Jalalabad", kidnaps[0].location



def test_a_later_sentence_may_place_the_incident_in_a_town_the_gazetteer_lacks(extract) -> None:
    doc = extract("GUATEMALA CITY, 4 MAR 90 -- [TEXT] GUERRILLAS AMBUSHED AN ARMY PATROL IN QUICHE DEPARTMENT ON SATURDAY, "
                  "KILLING THREE SOLDIERS, A MILITARY SPOKESMAN SAID.  ACCORDING TO THE SPOKESMAN, THE AMBUSH TOOK PLACE "
                  "ON SATURDAY MORNING NEAR LOS NARANJOS DE ABAJO.", "1990-03-04")
    located = [e.location for e in doc.events if e.location is not None]
    assert located and located[0].text == "LOS NARANJOS DE ABAJO", located
    assert located[0].admin1 == "Quiché"


def test_a_town_the_wounded_were_flown_to_does_not_move_the_fight(extract) -> None:
    doc = extract("SRINAGAR, India (Agency) - Soldiers killed four militants in a gunfight near the village of Chatroo "
                  "in Kishtwar district on Saturday, the army said. One soldier was killed and two others were wounded "
                  "and airlifted to Jammu for treatment.", "2024-09-16")
    fights = [e for e in doc.events if e.event_type == "armed_clash"]
    assert len(fights) == 1, doc.events
    assert fights[0].location is not None and fights[0].location.name != "Jammu"
    assert fights[0].fatalities is not None and fights[0].fatalities.best == 5


def test_a_country_called_by_the_last_word_of_its_name_owns_the_capital(extract) -> None:
    doc = extract("KINSHASA (Lake Desk) - Police fired tear gas at hundreds of students marching on parliament in Congo's "
                  "capital on Tuesday, witnesses said.", "2024-03-06")
    loc = _located(doc)
    assert loc.name == "Kinshasa" and loc.country == "COD"


def test_a_second_dateline_inside_the_report_is_not_where_the_act_was(extract) -> None:
    doc = extract("LIMA, 12 MAY 90 (EFE) -- [TEXT] HUANCAYO -- A DYNAMITE CHARGE EXPLODED AT DAWN TODAY AT A BANK "
                  "BRANCH ON REAL AVENUE, CHILCA DISTRICT, INJURING FOUR PEOPLE.", "1990-05-12")
    loc = _located(doc)
    assert loc.name == "Chilca"


def test_a_town_tagged_with_the_day_after_it_is_still_the_town(extract) -> None:
    doc = extract("Gunmen killed four farmers in the village of Kwall in Nigeria's Plateau state on Monday. "
                  "A bomb killed two soldiers near Jos the following day.", "2024-05-08")
    bomb = [e for e in doc.events if e.event_type == "remote_explosive"]
    assert bomb and bomb[0].location is not None and bomb[0].location.name == "Jos"
    assert bomb[0].date is not None and str(bomb[0].date.start) == "2024-05-07"
    assert bomb[0].actor1 is None  # the gunmen of Monday are not told doing Tuesday's bombing


def test_a_town_inside_the_district_a_sentence_opens_with_is_where(extract) -> None:
    # "In Kurram district, … at Parachinar": the town lies in the district the sentence opened with; it is finer
    doc = extract("PESHAWAR, Pakistan (Wire) - In Kurram district, meanwhile, protesters blocked the main road at "
                  "Parachinar on Monday, demanding the reopening of the highway to Peshawar.", "2025-03-04")
    loc = _located(doc)
    assert loc.name == "Parachinar"


def test_a_village_the_gazetteer_lacks_is_placed_by_the_town_it_is_near(extract) -> None:
    doc = extract("BUNIA, Congo (Wire) - Two militias fought for several hours around Pimbo, near the gold-mining "
                  "town of Mongbwalu, on Sunday, killing at least five fighters, residents said.", "2024-02-08")
    loc = _located(doc)
    assert (loc.name, loc.precision, loc.country) == ("Pimbo", 2, "COD")
    assert loc.geonameid is None  # a name as written, at the town's point


def test_a_place_that_names_a_militia_is_not_where_it_fought(extract) -> None:
    # "the Zaire militia" is named after the old name of the country, and a province of Angola shares it
    doc = extract("KINSHASA, Congo (Wire) - Fighters of the Zaire militia attacked CODECO positions on Sunday, killing "
                  "five, a local chief said.", "2024-02-08")
    assert all(e.location is not None and e.location.country == "COD" for e in doc.events), doc.events


def test_a_village_near_a_town_is_not_its_namesake_abroad(extract) -> None:
    # the gazetteer knows "Kalari" only as a name of Cagliari, in Italy; the text puts it near a town of Borno
    doc = extract("MAIDUGURI, Nigeria (Wire) - Gunmen killed nine villagers in an attack on Kalari, near Konduga in "
                  "Borno state, late on Tuesday, local officials said.", "2024-06-12")
    loc = _located(doc)
    assert (loc.name, loc.country, loc.precision) == ("Kalari", "NGA", 2)


def test_a_town_the_text_puts_in_a_named_province_is_not_its_namesake_abroad(extract) -> None:
    # the gazetteer knows "Pensa" only as a spelling of Russia's Penza; the text puts it in a province of Burkina Faso
    doc = extract("OUAGADOUGOU (Wire) - State television said an army drone had struck a column of fighters on motorbikes "
                  "near Pensa, also in Sanmatenga province, on Friday, killing dozens of them.", "2023-09-27")
    loc = _located(doc)
    assert (loc.name, loc.country, loc.precision) == ("Pensa", "BFA", 2)
    assert all(e.actor1 is None or e.actor1.country != "RUS" for e in doc.events)
