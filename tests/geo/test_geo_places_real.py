"""Place names in context, against the real gazetteer (built once, then reused).

Each case is a sentence we wrote, the name as it appears, the expected country, and where
it matters a check: a point the resolved place must lie within 20 km of (GeoNames' point,
rounded), an admin1, or a feature kind. Names are found by ``find_toponyms`` (no NER: the
scan alone must find them) and resolved by ``resolve_toponyms`` over the whole sentence.
"""

from __future__ import annotations

import math

import pytest

from tacitus.geo import Gazetteer, find_toponyms, resolve_toponyms
from tacitus.geo.normalize import name_key
from tacitus.model import Place

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("gazetteer")]

Check = tuple[float, float] | str | None

CASES: list[tuple[str, str, str | None, Check]] = [
    # --- Sahel and West Africa
    ("Gunmen attacked a checkpoint near Gao, in northern Mali.", "Gao", "MLI", (16.27, -0.04)),
    ("Jihadists in the Sahel struck Gao again on Sunday.", "Gao", "MLI", (16.27, -0.04)),
    ("Separatists retook Kidal from the army.", "Kidal", "MLI", (18.44, 1.41)),
    ("Islamic State fighters surrounded Menaka, Malian officials said.", "Menaka", "MLI", (15.92, 2.40)),
    ("Refugees fled Ménaka towards the Niger border.", "Ménaka", "MLI", (15.92, 2.40)),
    ("Mali's junta sent reinforcements to Timbuktu.", "Timbuktu", "MLI", None),
    ("A convoy was ambushed between Mopti and Sévaré in central Mali.", "Mopti", "MLI", None),
    ("Protesters gathered in Bamako on Friday.", "Bamako", "MLI", (12.65, -8.00)),
    ("The army said it had repelled an attack on Djibo.", "Djibo", "BFA", (14.10, -1.63)),
    ("Thousands marched in Ouagadougou after the coup.", "Ouagadougou", "BFA", (12.37, -1.53)),
    ("Burkinabe soldiers were killed near Fada N'gourma.", "Fada N'gourma", "BFA", None),
    ("Boko Haram raided a village outside Diffa, Niger.", "Diffa", "NER", (13.32, 12.61)),
    ("The junta in Niamey expelled the ambassador.", "Niamey", "NER", (13.51, 2.11)),
    ("Soldiers were killed in an ambush in Tillabéri region, Niger.", "Tillabéri", "NER", None),
    ("Migrants crossed the desert from Agadez in Niger.", "Agadez", "NER", None),
    ("Boko Haram fighters shelled Maiduguri overnight.", "Maiduguri", "NGA", (11.85, 13.16)),
    ("The governor of Borno State condemned the killings.", "Borno", "NGA", "kind=admin1"),
    ("Borno State's governor condemned the killings.", "Borno", "NGA", "admin1=Borno"),
    ("Insurgents remain active across Borno, officials said.", "Borno", "NGA", "kind=admin1"),
    ("Bandits abducted pupils in Zamfara, in northwest Nigeria.", "Zamfara", "NGA", "kind=admin1"),
    # news spellings of divisions that the packaged names lack (supplement.DIVISION_ALIASES)
    ("Al-Shabaab fighters overran a base in Middle Shabelle on Monday.", "Middle Shabelle", "SOM", "kind=admin1"),
    ("Houthi forces shelled positions south of Hodeidah, in western Yemen.", "Hodeidah", "YEM", None),
    ("Militants attacked a checkpoint in Salahuddin province, north of Baghdad.", "Salahuddin", "IRQ", "kind=admin1"),
    ("Herders and farmers clashed in Benue State.", "Benue", "NGA", "kind=admin1"),
    ("Bandits killed villagers in Zamfara State.", "Zamfara", "NGA", "kind=admin1"),
    ("Airstrikes pounded Idlib province overnight.", "Idlib", "SYR", "kind=admin1"),
    ("Gunmen attacked a church in Kaduna, Nigeria.", "Kaduna", "NGA", None),
    ("Curfew was imposed in Jos after the riots.", "Jos", "NGA", None),
    ("Separatists attacked a school near Bamenda in Cameroon.", "Bamenda", "CMR", None),
    ("Boko Haram raided a post near Kousseri in Cameroon's Far North.", "Kousseri", "CMR", None),
    ("Rebels advanced towards N'Djamena, Chad.", "N'Djamena", "TCD", None),
    ("Soldiers patrolled Bangui after the vote.", "Bangui", "CAF", None),
    # --- Great Lakes
    ("M23 rebels seized the border town of Bunagana.", "Bunagana", "COD", (1.28, 29.60)),
    ("M23 advanced towards Goma, the capital of North Kivu.", "Goma", "COD", (-1.68, 29.23)),
    ("ADF fighters killed civilians near Beni in eastern Congo.", "Beni", "COD", (0.49, 29.47)),
    ("Militiamen attacked a camp near Bunia, in Ituri.", "Bunia", "COD", None),
    ("Protests spread from Butembo to Bukavu.", "Bukavu", "COD", None),
    ("Fighting was reported near Uvira, on Lake Tanganyika.", "Uvira", "COD", None),
    ("The government in Kinshasa accused Rwanda of backing M23.", "Kinshasa", "COD", None),
    # --- Horn of Africa and Sudan
    ("A car bomb exploded in Mogadishu on Saturday.", "Mogadishu", "SOM", (2.04, 45.34)),
    ("Al-Shabaab fighters attacked a base outside Muqdisho.", "Muqdisho", "SOM", (2.04, 45.34)),
    ("Clan militias fought in Kismayo, southern Somalia.", "Kismayo", "SOM", (-0.36, 42.55)),
    ("Jubaland forces entered Kismaayo.", "Kismaayo", "SOM", (-0.36, 42.55)),
    ("Al-Shabaab shelled Baidoa at dawn.", "Baidoa", "SOM", None),
    ("A roadside bomb hit a convoy near Mandera, Kenya.", "Mandera", "KEN", None),
    ("The RSF besieged El Fasher for months.", "El Fasher", "SDN", (13.63, 25.35)),
    ("Shells fell on al-Fashir, the capital of North Darfur.", "al-Fashir", "SDN", (13.63, 25.35)),
    ("Fighting spread from Khartoum to Omdurman.", "Omdurman", "SDN", None),
    ("The RSF took Nyala in South Darfur.", "Nyala", "SDN", None),
    ("Thousands fled El Geneina into Chad.", "El Geneina", "SDN", None),
    ("Soldiers mutinied in Juba, South Sudan.", "Juba", "SSD", None),
    ("Clashes broke out in Malakal's protection site.", "Malakal", "SSD", None),
    ("Tigrayan forces withdrew from Mekelle.", "Mekelle", "ETH", None),
    ("Fano militiamen entered Bahir Dar.", "Bahir Dar", "ETH", None),
    ("The federal army fought in Tigray.", "Tigray", "ETH", "kind=admin1"),
    # --- Mozambique and Libya
    ("Insurgents attacked Palma, in Mozambique's Cabo Delgado province.", "Cabo Delgado", "MOZ", "kind=admin1"),
    ("Insurgents attacked Palma, in Mozambique's Cabo Delgado province.", "Palma", "MOZ", None),
    ("Rwandan troops retook Mocímboa da Praia.", "Mocímboa da Praia", "MOZ", None),
    ("Militias clashed in Tripoli, the Libyan capital.", "Tripoli", "LBY", (32.89, 13.19)),
    ("Haftar's forces held Benghazi and Sirte.", "Benghazi", "LBY", None),
    ("Floods devastated Derna in eastern Libya.", "Derna", "LBY", None),
    ("Fighters from Misrata moved on Sirte.", "Misrata", "LBY", None),
    # --- Levant, Iraq, Yemen
    ("Clashes erupted in Tripoli, Lebanon's second city.", "Tripoli", "LBN", (34.43, 35.84)),
    ("An Israeli strike hit a building in Beirut.", "Beirut", "LBN", None),
    ("Drones struck near Tyre in southern Lebanon.", "Tyre", "LBN", None),
    ("Coalition aircraft bombed targets near Mosul.", "Mosul", "IRQ", (36.34, 43.13)),
    ("Iraqi forces recaptured Tikrit from Islamic State.", "Tikrit", "IRQ", (34.60, 43.68)),
    ("A suicide bomber struck a market in Baghdad.", "Baghdad", "IRQ", None),
    ("Militants attacked an oil field near Kirkuk.", "Kirkuk", "IRQ", None),
    ("Government troops entered Fallujah and Ramadi.", "Ramadi", "IRQ", None),
    ("Rockets hit Erbil airport overnight.", "Erbil", "IRQ", None),
    ("Protesters blocked the port in Basra.", "Basra", "IRQ", None),
    ("Airstrikes hit Idlib, the last rebel stronghold in Syria.", "Idlib", "SYR", (35.93, 36.63)),
    ("Kurdish-led forces took Raqqa in 2017.", "Raqqa", "SYR", (35.95, 39.01)),
    ("US aircraft struck targets near ar-Raqqah.", "ar-Raqqah", "SYR", (35.95, 39.01)),
    ("Islamic State cells attacked a convoy in Deir ez-Zor.", "Deir ez-Zor", "SYR", (35.34, 40.14)),
    ("Rebels shelled government areas of Aleppo.", "Aleppo", "SYR", None),
    ("Protests resumed in Daraa in southern Syria.", "Daraa", "SYR", None),
    ("Shelling hit Homs, Syria's third city.", "Homs", "SYR", None),
    ("Islamic State destroyed temples in Palmyra, Syria.", "Palmyra", "SYR", None),
    ("Southern separatists seized Aden.", "Aden", "YEM", (12.78, 45.04)),
    ("Houthi forces pressed their offensive on Marib.", "Marib", "YEM", (15.46, 45.33)),
    ("Saudi-led jets bombed the port of Hodeidah.", "Hodeidah", "YEM", (14.80, 42.95)),
    ("Fighting resumed around al-Hudaydah, Yemen.", "al-Hudaydah", "YEM", (14.80, 42.95)),
    ("Snipers fired on civilians in Taiz.", "Taiz", "YEM", None),
    ("Houthi leaders met in Sanaa.", "Sanaa", "YEM", None),
    ("Israeli troops raided Jenin refugee camp.", "Jenin", "PSE", None),
    ("Airstrikes hit Khan Younis in southern Gaza.", "Khan Younis", "PSE", None),
    # --- South and Southeast Asia
    ("A suicide bombing killed dozens in Kabul.", "Kabul", "AFG", (34.53, 69.17)),
    ("The Taliban took Kandahar without a fight.", "Kandahar", "AFG", None),
    ("Gunmen attacked a mosque in Peshawar, Pakistan.", "Peshawar", "PAK", None),
    ("A blast hit a police post in Quetta.", "Quetta", "PAK", None),
    ("The Arakan Army surrounded Sittwe.", "Sittwe", "MMR", (20.15, 92.90)),
    ("Ethnic armed groups seized Lashio in northern Shan State.", "Lashio", "MMR", (22.93, 97.75)),
    ("The junta bombed villages near Myitkyina, Myanmar.", "Myitkyina", "MMR", None),
    ("Islamist militants occupied Marawi for five months.", "Marawi", "PHL", (8.00, 124.29)),
    ("Troops clashed with rebels near Cotabato in Mindanao.", "Cotabato", "PHL", None),
    # --- Ukraine
    ("Russian forces shelled Bakhmut for months.", "Bakhmut", "UKR", (48.59, 38.00)),
    ("Russian forces shelled Artemivsk, as they call Bakhmut.", "Artemivsk", "UKR", (48.59, 38.00)),
    ("Ukrainian troops held Avdiivka until February.", "Avdiivka", "UKR", None),
    ("Missiles struck Kharkiv overnight.", "Kharkiv", "UKR", None),
    ("Drones hit the port of Odesa.", "Odesa", "UKR", None),
    ("Air raid sirens sounded in Kyiv.", "Kyiv", "UKR", None),
    ("Shelling continued across the Donbas.", "Donbas", "UKR", "kind=region"),
    # --- Americas
    ("Gang members attacked a police station in San Miguel, El Salvador.", "San Miguel", "SLV", (13.48, -88.18)),
    ("SAN SALVADOR, 12 JAN 90 (RADIO) -- GUERRILLAS ATTACKED AN ARMY POST IN USULUTAN DEPARTMENT.", "SAN SALVADOR", "SLV", (13.69, -89.19)),
    ("SAN SALVADOR, 12 JAN 90 (RADIO) -- GUERRILLAS ATTACKED AN ARMY POST IN USULUTAN DEPARTMENT.", "USULUTAN", "SLV", "admin1=Usulután"),
    ("THE FMLN DYNAMITED A BRIDGE NEAR USULUTAN AND ATTACKED SAN MIGUEL, EL SALVADOR.", "SAN MIGUEL", "SLV", (13.48, -88.18)),
    ("Dissidents of the FARC attacked a base in Cúcuta.", "Cúcuta", "COL", (7.89, -72.51)),
    ("A car bomb exploded in Cucuta, near the Venezuelan border.", "Cucuta", "COL", (7.89, -72.51)),
    ("The ELN blew up a pipeline in Arauca, Colombia.", "Arauca", "COL", (7.08, -70.76)),
    ("Drug gangs fought over the port of Tumaco.", "Tumaco", "COL", (1.80, -78.76)),
    ("Shining Path attacks once terrorised Ayacucho, Peru.", "Ayacucho", "PER", (-13.16, -74.22)),
    ("Protesters marched on the congress in Lima, Peru.", "Lima", "PER", (-12.04, -77.03)),
    ("Cartel gunmen blockaded Culiacán in Mexico.", "Culiacán", "MEX", None),
    ("Gangs control most of Port-au-Prince, Haiti.", "Port-au-Prince", "HTI", None),
    ("Police raided a gang stronghold in San Pedro Sula, Honduras.", "San Pedro Sula", "HND", None),
    # --- the Alexandrias
    ("Riots broke out in Alexandria, Egypt's second city.", "Alexandria", "EGY", (31.20, 29.92)),
    ("Police in Alexandria, Virginia, arrested the suspect.", "Alexandria", "USA", (38.80, -77.05)),
    ("A gunman opened fire in Alexandria, Louisiana, police said.", "Alexandria", "USA", (31.31, -92.45)),
    # --- countries and regions
    ("Nigeria's army said it had killed 50 militants.", "Nigeria", "NGA", (10.0, 8.0)),
    ("China sent a delegation to the talks.", "China", "CHN", (35.0, 105.0)),
    ("The DRC accused Rwanda of backing M23.", "DRC", "COD", "kind=country"),
    ("Ivory Coast closed its northern border.", "Ivory Coast", "CIV", "kind=country"),
    ("Refugees fled from Burma into Bangladesh.", "Burma", "MMR", "kind=country"),
    ("Refugees fled from Burma into Bangladesh.", "Bangladesh", "BGD", "kind=country"),
    ("Jihadist violence is spreading across the Sahel.", "Sahel", None, "kind=region"),
    ("Boko Haram remains active in the Lake Chad region.", "Lake Chad", None, "kind=region"),
    ("Coups have swept West Africa since 2020.", "West Africa", None, "kind=region"),
    ("Georgia and Russia fought a war in 2008.", "Georgia", "GEO", "kind=country"),
    ("Riot police were deployed in Atlanta, Georgia.", "Georgia", "USA", "kind=admin1"),
    # a capitalised division word ending the name is part of it, and says what it is
    ("Deputies said the crash left two dead on a rural road in Laurel County.", "Laurel County", "USA", "kind=admin2"),
    ("Raids continued across Fars Province on Sunday.", "Fars Province", "IRN", "kind=admin1"),
    # --- states are not the villages that list their names as alternates; "the" marks a sea
    ("Farmers in Minnesota and Iowa lost their crops to the flood.", "Minnesota", "USA", "kind=admin1"),
    ("Ranchers in Montana sued over the grazing rules.", "Montana", "USA", "kind=admin1"),
    ("Militiamen from Montana joined the standoff in Oregon.", "Montana", "USA", "kind=admin1"),
    ("Forecasters in Miami, Florida, said the storm gathered strength over the tropical Atlantic.", "Atlantic", None, "kind=region"),
    ("Coast guard cutters from Boston, Massachusetts, searched the Atlantic for the trawler.", "Atlantic", None, "kind=region"),
    ("Tuna boats from San Diego, California, have moved into the eastern Pacific.", "Pacific", None, "kind=region"),
    ("Smugglers crossed the Mediterranean in rubber boats.", "Mediterranean", None, "kind=region"),
    # --- a state's official name with "People's" in it is one name ("Republic of Korea" is the South)
    ("Negotiators said the Democratic People's Republic of Korea had fired two missiles.", "Democratic People's Republic of Korea", "PRK", "kind=country"),
    ("Coast guard ships of the People’s Republic of China blocked the resupply.", "People’s Republic of China", "CHN", "kind=country"),
    ("A CAR BOMB WENT OFF OUTSIDE THE OFFICES OF THE PEOPLE'S REPUBLIC OF CHINA IN LIMA.", "PEOPLE'S REPUBLIC OF CHINA", "CHN", "kind=country"),
    # --- a capitalised direction stays in the name, at the area's point
    ("Floods displaced thousands in Western Kenya after days of rain.", "Western Kenya", "KEN", "kind=country"),
    ("Militants attacked a police post in Northern Mozambique.", "Northern Mozambique", "MOZ", "kind=country"),
]


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = math.pi / 180
    a = math.sin((lat2 - lat1) * r / 2) ** 2 + math.cos(lat1 * r) * math.cos(lat2 * r) * math.sin((lon2 - lon1) * r / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


def _resolved(gaz: Gazetteer, text: str, mention: str) -> Place:
    spans = find_toponyms(text, None, gaz)
    found = [s for s in spans if name_key(mention) in name_key(s[2])]
    assert found, f"{mention!r} not found; spans: {[s[2] for s in spans]}"
    places = [p for p in resolve_toponyms(spans, text, gaz) if p.start == found[0][0]]
    assert places, f"{mention!r} found but not resolved"
    return places[0]


@pytest.mark.parametrize(("text", "mention", "iso3", "check"), CASES, ids=[f"{c[1]}-{i}" for i, c in enumerate(CASES)])
def test_place_in_context(gaz: Gazetteer, text: str, mention: str, iso3: str | None, check: Check) -> None:
    place = _resolved(gaz, text, mention)
    got = f"{place.name} ({place.country}, {place.admin1}, {place.feature}, {place.lat}, {place.lon})"
    assert place.country == iso3, got
    if isinstance(check, tuple):
        assert place.lat is not None and place.lon is not None
        assert _km(place.lat, place.lon, *check) <= 20, got
    elif isinstance(check, str):
        attr, value = check.split("=")
        actual = place.feature if attr == "kind" else getattr(place, attr)
        assert actual == value, got


def test_tikrit_is_within_20_km_of_its_point(gaz: Gazetteer) -> None:
    place = _resolved(gaz, "Iraqi troops entered Tikrit.", "Tikrit")
    assert place.lat is not None and place.lon is not None
    assert _km(place.lat, place.lon, 34.60, 43.68) <= 20


def test_demonyms_are_context_not_places(gaz: Gazetteer) -> None:
    text = "Malian and Nigerien troops patrolled near Gao."
    places = resolve_toponyms(find_toponyms(text, None, gaz), text, gaz)
    assert [(p.text, p.country) for p in places] == [("Gao", "MLI")]


def test_common_words_in_prose_are_not_places(gaz: Gazetteer) -> None:
    text = ("Police said the Union would march on Reading in March. Mobile phone networks were cut, "
            "and the Bar of Van met on Friday.")  # fmt: skip
    assert find_toponyms(text, None, gaz) == []


@pytest.mark.parametrize("text", ["IN THE DEPARTMENT OF SAN MIGUEL, US OFFICIALS SAID IT WAS CALM.",
                                  "TROOPS MOVED INTO USULUTAN AND SAN VICENTE."])  # fmt: skip
def test_all_caps_function_words_are_not_places(gaz: Gazetteer, text: str) -> None:
    found = {s[2] for s in find_toponyms(text, None, gaz)}
    assert found & {"IN", "THE", "US", "IT", "OF", "AND", "INTO"} == set()


@pytest.mark.parametrize(("text", "person"), [
    ("The tribute show walks the audience through Rod's early years in folk clubs.", "Rod"),
    ("Aides grew tired of Kelly's attempts to control the schedule.", "Kelly"),
    ("Fans packed the hall for the best of Rod's songs.", "Rod"),
])
def test_a_first_name_that_owns_something_is_a_person_even_after_a_locative(gaz: Gazetteer, text: str, person: str) -> None:
    assert person not in {s[2] for s in find_toponyms(text, None, gaz)}


@pytest.mark.parametrize(("text", "place"), [
    ("Aid convoys reached Victoria's northern suburbs after the fires.", "Victoria"),
    ("Smugglers moved through Jordan's eastern desert at night.", "Jordan"),
])
def test_a_big_place_that_owns_something_stays_a_place(gaz: Gazetteer, text: str, place: str) -> None:
    assert place in {s[2] for s in find_toponyms(text, None, gaz)}


def _with_ner(text: str, name: str, label: str) -> list[tuple[int, int, str]]:
    start = text.index(name)
    return [(start, start + len(name), label)]


@pytest.mark.parametrize(("text", "ner_name", "label", "places"), [
    ("Police believe the men drove north to Cairns or Townsville in a stolen van.", "Cairns or Townsville", "ORG",
     {"Cairns", "Townsville"}),
    ("She leaves a brother, Gordon of Tulsa, Oklahoma, and two sisters.", "Gordon of Tulsa", "PERSON", {"Tulsa", "Oklahoma"}),
])
def test_a_name_span_ner_ran_over_listed_or_placed_towns_does_not_hide_them(
        gaz: Gazetteer, text: str, ner_name: str, label: str, places: set[str]) -> None:
    assert places <= {s[2] for s in find_toponyms(text, _with_ner(text, ner_name, label), gaz)}


def test_a_town_inside_an_organisation_name_stays_hidden(gaz: Gazetteer) -> None:
    text = "Analysts at the Bank of Tulsa said rates would rise."
    assert "Tulsa" not in {s[2] for s in find_toponyms(text, _with_ner(text, "Bank of Tulsa", "ORG"), gaz)}
