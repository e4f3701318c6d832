import pytest

from tacitus.events.counts import find_counts, perpetrators_own


def _pairs(sentence):
    return [(c.category, c.count.best, c.armed) for c in find_counts(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Gunmen killed at least 12 people and wounded 20 others on Saturday.", [("fatalities", 12, False), ("injured", 20, False)]),
        ("The militants burned over 90 civilians to death in Cameroon.", [("fatalities", 90, False)]),
        ("ISIS burned a Jordanian pilot to death.", [("fatalities", 1, False)]),
        ("The death toll rose to 40, officials said.", [("fatalities", 40, False)]),
        ("The blast left 5 dead and 12 wounded.", [("fatalities", 5, False), ("injured", 12, False)]),
        ("THREE PEASANTS WERE KILLED AND TWO SOLDIERS WOUNDED.", [("fatalities", 3, False), ("injured", 2, True)]),
        ("They kidnapped 17 women and forced 5,000 people to flee.", [("abducted", 17, False), ("displaced", 5000, False)]),
        ("Police detained 23 suspects after the riot.", [("arrested", 23, False)]),
        ("Dozens of villagers were killed.", [("fatalities", 12, False)]),
        ("Troops killed three attackers.", [("fatalities", 3, True)]),
        ("a soldier was killed by a sniper", [("fatalities", 1, True)]),
        ("The six-year insurgency is not a count.", []),
        ("They fired 40 rockets at the base.", []),
        # a year written before the act it names is no count of people
        ("The group became notorious for the 2001 kidnapping of 20 tourists from a resort.", [("abducted", 20, False)]),
        # spelled numbers joined by "and" to the next verb: each count keeps its own verb
        ("Police fired on the marchers, killing two and injuring 15, a rights group said.", [("fatalities", 2, False), ("injured", 15, False)]),
        ("The blast killed two hundred and fifty people.", [("fatalities", 250, False)]),
        # things seized are no hostages; the source after a comma is no victim
        ("The army said it had seized a large cache of rifles from a house and detained three men.", [("arrested", 3, False)]),
        ("Gunmen killed a judge, a police spokesman said.", [("fatalities", 1, False)]),
        # one person beaten or shot "to death", the object between verb and outcome; many with no number count none
        ("Villagers beat a suspected thief to death on Monday.", [("fatalities", 1, False)]),
        ("GUARDS SHOT THE GUNMAN TO DEATH AFTER HE OPENED FIRE ON THE CROWD.", [("fatalities", 1, True)]),
        ("A mob stoned him to death.", [("fatalities", 1, False)]),
        ("Militiamen beat the villagers to death.", []),
        # an age told in words describes the person before it, adds no one
        ("Pedro Gomez, 23 years old, and Mario Soto, aged 25, were murdered by gunmen on Friday.", [("fatalities", 1, False), ("fatalities", 1, False)]),
        # a list of people told of twice, then killed: "were taken before …, and then shot dead"
        ("The mayor and the two farmers were dragged before a rebel tribunal and then shot dead.", [("fatalities", 1, False), ("fatalities", 2, False)]),
        ("THE MAYOR AND TWO FARMERS WERE BROUGHT BEFORE A \"PEOPLE'S COURT\" BY THE REBELS, AND THEN KILLED.", [("fatalities", 1, False), ("fatalities", 2, False)]),
        # a year is no count, also the second of two ("in 1984 and 1985 when they murdered …")
        ("This is the plan they followed in 1984 and 1985 when they murdered the priest.", [("fatalities", 1, False)]),
        # acts counted in a list of results are no dead
        ("The offensive has so far brought 20 raids, 14 rebels and 3 policemen killed.", [("fatalities", 14, True), ("fatalities", 3, True)]),
        # a relative clause between the people counted and what befell them
        ("It said three other attackers who tried to storm the post on foot were shot dead.", [("fatalities", 3, True)]),
        # an army's word for killing fighters, with the fighters told before the count
        ("A drone struck a gathering of terrorists on Friday, neutralising several of them.", [("fatalities", 10, False)]),
    ],
)
def test_counts_are_linked_to_outcomes(sentence, expected):
    assert _pairs(sentence) == expected
from tacitus.events.counts import victim_count  # noqa: E402


@pytest.mark.parametrize(
    ("trigger", "before", "victim", "expected"),
    [
        # a number in front of the victim phrase gives the dead
        ("were murdered", "Yesterday eleven ", "farmers", 11),
        ("were killed", "Gunmen said two local ", "journalists", 2),
        # one person named or described in the singular is one death
        ("was shot dead", "Police said ", "the village headman", 1),
        ("assassinated", "Unknown men ", "Mayor Ana Lopez", 1),
        # no count: a plural with no number, a collective, a wounding, the killers after "by"
        ("were killed", "On Monday ", "villagers", None),
        ("killed", "Shelling ", "the army", None),
        ("tortured", "Soldiers ", "a teacher", None),
        ("murdered", "The teacher was murdered by three ", "men", None),
        # "by" before the killing itself: the one after it is its victim, not its doer
        ("assassination", "the anger caused by the assassination of ", "opposition leader Ana Ruiz", 1),
        ("were killed", "In 2014 ", "students", None),
        # a thing or a state of affairs the parse took for the victim is no one
        ("killing", "they seek a better ", "negotiating position", None),
        # an attempt on someone's life kills no one
        ("assassination attempt", "the failed assassination attempt on the border police chief, ", "General Omar Haddad", None),
        ("kill", "gunmen tried to kill ", "the mayor", None),
    ],
)
def test_the_victim_phrase_gives_the_dead(trigger, before, victim, expected):
    got = victim_count(trigger, before, victim)
    assert (got.best if got else None) == expected


def test_a_victim_almost_killed_is_no_death():
    assert victim_count("killed", "Police said ", "the ambassador's daughter", after=", a student, was almost killed too.") is None
    assert victim_count("killed", "Police said ", "the ambassador's daughter", after=" was killed in the blast.").best == 1


def test_a_named_person_is_one_death_and_an_organisation_needs_a_number():
    # a name may end in "s"; only the kind of the actor says it is one person
    assert victim_count("was murdered", "Yesterday ", "Carlos Reyes", person=True).best == 1
    assert victim_count("killed", "Troops ", "the Front", group=True) is None
    assert victim_count("killed", "Troops killed 14 ", "fighters", group=True).best == 14
    # the victim phrase the parse found may stop short of its plural head
    assert victim_count("were murdered", "The ", "Jesuit", after=" priests were murdered") is None
    assert victim_count("was murdered", "The ", "bishop", after=" was murdered").best == 1
    assert victim_count("murder", "the murder of ", "leader", after=" Luis Carlos Reyes").best == 1


@pytest.mark.parametrize(
    ("sentence", "state_perpetrator", "own"),
    [
        # police killed by gunmen are victims; gunmen killed by the police are the attackers' own
        ("two police officers were killed", False, False),
        ("three attackers were killed", False, True),
        ("three attackers were killed", True, False),
    ],
)
def test_armed_counts_are_the_perpetrators_only_on_their_side(sentence, state_perpetrator, own):
    from tacitus.events.counts import perpetrators_own

    (c,) = find_counts(sentence)
    assert perpetrators_own(c, state_perpetrator) is own


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a date or a label is not a count, and the real count after it is still found
        ("ON 12 MARCH 31 BODIES OF FARMERS WERE FOUND NEAR THE RIVER.", [("fatalities", 31)]),
        ("The group, which on 14 June claimed responsibility for killing a judge, struck again.", [("fatalities", 1)]),
        ("POLICE UNIT NO.7 REPORTED THAT A REBEL WAS KILLED.", [("fatalities", 1)]),
        ("The gunman fired 9 shots, killing the driver.", [("fatalities", 1)]),
        ("Two aid workers -- aged 24 and 31 -- were shot to death at the camp.", [("fatalities", 2)]),
        # victim lists: each item with its number, or one person in the singular
        ("Seven soldiers and two civilians were killed in the ambush.", [("fatalities", 7), ("fatalities", 2)]),
        ("FOUR PRIESTS, THEIR DRIVER AND HIS SON WERE MURDERED.", [("fatalities", 4), ("fatalities", 1), ("fatalities", 1)]),
        ("Gunmen killed a local judge and his two bodyguards.", [("fatalities", 1), ("fatalities", 2)]),
        ("The rebels abducted a teacher and her husband on Friday.", [("abducted", 1), ("abducted", 1)]),
        # a part of the dead is not more of them
        ("Gunmen killed nine villagers, six of them children, and wounded 20 others.", [("fatalities", 9), ("injured", 20)]),
        # tolls far from their number, and two sources' figures for one toll
        ("The death toll from Friday's bombing of the crowded bus station in the northern city rose to 61.", [("fatalities", 61)]),
        ("The number of people killed in the attack on the market has risen to 35.", [("fatalities", 35)]),
        ("Police said eight people were killed, while local media put the toll at 14.", [("fatalities", 14)]),
        ("The mission said 30 people had been killed, while a local leader said he had counted 41 bodies.", [("fatalities", 30)]),
        # one person: found murdered, a name's death (a name may end in -s, and so the possessive)
        ("The missing lawyer was found murdered near the river on Monday.", [("fatalities", 1)]),
        ("Relatives said Andres Morales' death had been no accident.", [("fatalities", 1)]),
        ("The inquiry into the mayor's death was reopened.", [("fatalities", 1)]),
        ("The group's death squads were disbanded.", []),
        ("Families said the hostages' deaths could have been avoided.", []),
    ],
)
def test_count_shapes(sentence, expected):
    assert [(c.category, c.count.best) for c in find_counts(sentence)] == expected


def test_conflicting_figures_are_a_range_and_running_totals_are_marked():
    (c,) = find_counts("Police said eight people were killed, while local media put the toll at 14.")
    assert (c.count.low, c.count.best, c.count.high) == (8, 14, 14)
    # two sources, each with its own verb of saying: the first figure, the other in the spread
    (c,) = find_counts("The mission said 30 people had been killed, while a local leader said he had counted 41 bodies.")
    assert (c.count.low, c.count.best, c.count.high) == (30, 30, 41)
    assert all(c.running for c in find_counts("Since the war began, more than 500 people have been killed in the region."))
    assert all(c.running for c in find_counts("During the past three months, 40 activists have been murdered."))
    assert not any(c.running for c in find_counts("Gunmen killed 12 people in the village on Sunday."))
    # the toll of a past episode named by its year, in a clause that hangs on it
    assert all(c.running and c.past for c in find_counts("He had covered the 2017 battle for the old city, during which 900 civilians were killed."))


def test_attackers_in_a_victim_list_stay_apart():
    got = [(c.count.best, c.armed) for c in find_counts("The gunman and a young woman died in the shootout.")]
    assert got == [(1, True), (1, False)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("JUDGE MARIA LOPEZ, 52, WAS SHOT TO DEATH IN FRONT OF HER HOUSE.", [1]),
        ("Armed men broke into his house and killed him.", [1]),
        ("The murder of a local journalist and his driver in the capital shocked the town.", [1, 1]),
        # many people, nobody, or a grievance: no count of one
        ("The murder of the Jesuit priests shocked the country.", []),
        ("NOT A SINGLE PERSON WAS KILLED IN THE CITY LAST NIGHT.", []),
        ("No one was killed when the bomb went off.", []),
        ("Students rallied against the killing of a classmate.", []),
        ("The governor was nearly killed by the blast.", []),
    ],
)
def test_one_person_without_a_number(sentence, expected):
    assert [c.count.best for c in find_counts(sentence) if c.category == "fatalities"] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("ON 2 MAY, FOUR NUNS -- THREE FOREIGNERS AND ONE LOCAL -- AND TWO DRIVERS WERE MURDERED NEAR THE MISSION.", [4, 2]),
        ("At dawn four teachers and a cook were brutally murdered.", [4, 1]),
        ("Gunmen killed a policeman and his 3-year-old son by the road.", [1, 1]),
        ("Rebels killed the mayor of the small town of Oru, as well as two farmers.", [1, 2]),
        ("HE CONDEMNED THE COWARDLY MURDER OF THE PRIESTS.", []),
    ],
)
def test_lists_after_dates_asides_adverbs_and_ages(sentence, expected):
    assert [c.count.best for c in find_counts(sentence) if c.category == "fatalities"] == expected


def test_a_toll_is_the_total_not_added_to_its_parts():
    got = [c.count.best for c in find_counts("The death toll rose to 31 on Sunday after four of the injured died in hospital.") if c.category == "fatalities"]
    assert got == [31]


def test_a_running_total_needs_its_own_perfect():
    # "since" belongs to another clause: the 26 died in this attack
    s = "The army said 26 soldiers died in the assault, one of the deadliest since the insurgency had spread across the border."
    assert [(c.count.best, c.running) for c in find_counts(s)] == [(26, False)]
    assert [c.running for c in find_counts("Violence that has killed thousands since 2012 goes on.")] == [True]
    # "had been killed" may be plural: no count of one
    assert find_counts("He said an unspecified number of them had been killed.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The group sent a letter with a threat to kill 10 judges.", []),
        ("About five gunmen shot to death a watchman who tried to stop them.", []),
        ("Four soldiers died the next day.", [4]),
        ("Five people killed in the attack.", [5]),
    ],
)
def test_threats_and_killers_are_not_the_dead(sentence, expected):
    assert [c.count.best for c in find_counts(sentence) if c.category == "fatalities"] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a relative clause between the victims and their verb is skipped
        ("Two farmers, who had refused to pay the gang, were shot to death on Monday.", [("fatalities", 2, False)]),
        # unless it tells deaths of its own: then those are the count
        ("The gunmen, who killed five people, fled on foot.", [("fatalities", 5, False)]),
    ],
)
def test_a_relative_clause_between_victims_and_verb(sentence, expected):
    assert _pairs(sentence) == expected


def _parsed(words, heads, deps, tags, lemmas, pos):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas, pos=pos)


def test_one_person_who_died_is_one_death_even_with_a_name_read_as_plural():
    from tacitus.events.counts import lone_death

    # "Teacher Carlos Mendes died after he was shot": the tagger calls "Mendes" a plural
    doc = _parsed(["Teacher", "Carlos", "Mendes", "died", "after", "he", "was", "shot"],
                  [2, 2, 3, 3, 7, 7, 7, 3], ["compound", "compound", "nsubj", "ROOT", "mark", "nsubjpass", "auxpass", "advcl"],
                  ["NNP", "NNP", "NNPS", "VBD", "IN", "PRP", "VBD", "VBN"], ["teacher", "carlos", "mendes", "die", "after", "he", "be", "shoot"],
                  ["PROPN", "PROPN", "PROPN", "VERB", "SCONJ", "PRON", "AUX", "VERB"])
    assert lone_death([doc[7]], {"teacher", "die", "after", "shoot", "officer"}).best == 1
    # "The officers died after he was shot": a plural of an ordinary word gives no count
    doc = _parsed(["The", "officers", "died", "after", "he", "was", "shot"],
                  [1, 2, 2, 6, 6, 6, 2], ["det", "nsubj", "ROOT", "mark", "nsubjpass", "auxpass", "advcl"],
                  ["DT", "NNS", "VBD", "IN", "PRP", "VBD", "VBN"], ["the", "officer", "die", "after", "he", "be", "shoot"],
                  ["DET", "NOUN", "VERB", "SCONJ", "PRON", "AUX", "VERB"])
    assert lone_death([doc[6]], {"the", "officer", "die", "after", "shoot"}) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a year after a date is no count
        ("He was kidnapped on 25 January 2019 and was found dead hours later.", [("fatalities", 1, False)]),
        # armed doers before an active verb with an object (a name) are the killers, not the dead
        ("On Tuesday, several gunmen killed Roberto Salas, a radio reporter.", []),
        ("Five gunmen killed in the clash were buried on Sunday.", [("fatalities", 5, True)]),
        # suspects are not the dead; the mayor is
        ("Police showed five men suspected of killing the mayor.", [("fatalities", 1, False)]),
        # the ones included are among the dead, not more of them
        ("The raid left some 40 dead, including six teachers who were executed.", [("fatalities", 40, False)]),
    ],
)
def test_years_doers_suspects_and_included_are_not_added(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The court said five judges have been killed in two months.",
        "Soldiers murdered 17 fishermen near the border two years ago.",
        "SO FAR, THREE COUNCILLORS HAVE BEEN SHOT DEAD BY GUNMEN IN LESS THAN TEN DAYS.",
    ],
)
def test_tolls_over_a_span_or_years_past_are_no_event_toll(sentence):
    assert [c.running for c in find_counts(sentence)] == [True]


def test_a_number_that_cannot_count_the_victim_phrase_is_not_its_toll():
    # "M-19" is a label; no number of several goes with one person
    assert victim_count("assassinating", "accused the army of assassinating M-19 presidential ", "candidate").best == 1
    assert victim_count("killed", "The war has seen 19 ", "candidate").best == 1
    # unless the phrase the parse found stops short of its plural ("six Jesuit| priests")
    assert victim_count("murdered", "articles on the six ", "Jesuit", after=" priests who were murdered").best == 6


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one person's death told with a possessive
        ("Judges went on strike after Magistrate Carlos Vega's murder.", [("fatalities", 1, False)]),
        ("HE SAID THAT ORTIZ'S ASSASSINATION WAS USELESS.", [("fatalities", 1, False)]),
        # the possessor who kills, or a noun the crowd protests over, is no count
        ("The army's killing of protesters drew condemnation.", []),
        ("Thousands marched over the activist's killing.", []),
        # a bare relative clause before the verb
        ("Six teachers and two women who worked with them were murdered.", [("fatalities", 6, False), ("fatalities", 2, False)]),
        # "that" after a verb of saying opens a clause, not a relative one
        ("Police confirmed that a rebel was killed.", [("fatalities", 1, True)]),
    ],
)
def test_possessives_and_relative_clauses(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # names and titles with no determiner count one person each, beside the items that have one
        ("A police colonel, a judge and Senator Luis Galan were murdered last week.", [1, 1, 1]),
        ("Hector Oqueli and Gilda Flores were murdered on Friday.", [1, 1]),
        ("AS POLICE SAID, RODRIGUEZ GACHA, HIS SON, AND 15 OTHERS WERE KILLED IN THE CLASH.", [1, 1, 15]),
        # names that say who "the two" were are not more people
        ("Two of her bodyguards, Juan Ruiz and Luis Vera, who were in the car, were killed.", [2]),
        # plurals, words of time and single words are no names
        ("Soldiers and police were killed.", []),
        ("GOVERNMENT TROOPS AND REBEL FIGHTERS WERE KILLED.", []),
    ],
)
def test_victim_lists_with_names(sentence, expected):
    assert [c.count.best for c in find_counts(sentence) if c.category == "fatalities"] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an age, a role and a description after a name describe that person; they add nobody
        ("Teresa Alvarado Ruiz, 52, head of the electoral council, and two of her guards were shot dead.", 3),
        ("THE BISHOP OF SANTA ROSA, RAUL ECHEVERRIA, HIS SECRETARY, AND FOUR OTHER CLERGYMEN WERE MURDERED.", 6),
        ("Mayor Karim Haddad, a former teacher, and his brother were abducted and later killed near Tyre.", 2),
        # a name after a person in the singular, or names after a counted group, say who they were
        ("The farmer's wife, Rosa Quispe, and her son were killed by the column.", 2),
        ("Two aid workers, Lena Kraus and Omar Haddad, and their driver were killed on the road to Kidal.", 3),
        # a breakdown of a plural with numbers counts it
        ("The nuns, three Italians and one Kenyan, were murdered at the mission.", 4),
        # lists after the verb and after "the murders of"
        ("Militiamen executed councilman Joao Tavares, his wife and their three children in Cabo Delgado.", 5),
        ("THE UNION CONDEMNED THE MURDERS OF LABOR LEADER ANA MEJIA, TEACHER LUIS ORTIZ AND OF JOURNALIST PAULO REYES.", 3),
        # "senator and presidential candidate X" is one person with two titles
        ("The cartel was blamed for the killings of Judge Ana Sol and Senator and candidate Pablo Ortega.", 2),
    ],
)
def test_lists_with_appositives_count_each_person_once(sentence, expected):
    assert sum(c.count.best for c in find_counts(sentence) if c.category == "fatalities") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a dateline's date is no count, and its city no victim
        ("BOGOTA, 14 MAR 90 (EFE) -- TWO POLICEMEN AND A CIVILIAN WERE KILLED TODAY.", 3),
        # a leading adverb or an institution is no person
        ("Meanwhile, a nurse and two patients were killed when the shell hit.", 3),
        ("Gunmen killed a trader and his son, the regional police command reported.", 2),
        # the speaker after the list is not among the dead
        ("Gunmen killed Amadou Diallo and trader Sekou Traore, spokesman Ibrahim Keita said.", 2),
        # a total after a list restates it
        ("Rebels killed a chief, his driver and two guards, leaving four people dead.", 4),
        ("The blast left seven dead: four soldiers and three civilians.", 7),
    ],
)
def test_lists_stop_at_datelines_speakers_and_totals(sentence, expected):
    assert sum(c.count.best for c in find_counts(sentence) if c.category == "fatalities") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # semicolons set the people apart; the commas inside an item say who that person is
        ("The mayor's son, Omar; Lina Haddad, the council secretary; and bodyguard Karim Nasser were also killed.", 3),
        ("Gunmen opened fire on the minibus, killing the driver, Ali Musa, 42; a teacher, Sara Bello, 31; "
         "and a farmer, Idris Kano, 55.", 3),
        # a place and a person before the first semicolon: the list starts at the person
        ("Near Tibu, Santander, Ana Ruiz, a clerk of the fund; Luis Vera, a spokesman; and a driver were killed.", 3),
        # a wire line break inside an item changes nothing
        ("THE MAYOR'S SON, OMAR; LINA HADDAD, THE COUNCIL\nSECRETARY; AND BODYGUARD KARIM NASSER WERE ALSO KILLED.", 3),
        # the place of the act between the noun and its victims
        ("The union condemned the murder in Tegucigalpa of Rosa Mejia and Pablo Ortega.", 2),
        # a time set off by a comma between the verb and its victims
        ("Hired gunmen assassinated in less than a week, Judge Ana Sol, Colonel Pedro Ruiz and Senator Luis Vega.", 3),
        # a group named after "of" may take more words than the number's own phrase
        ("Four members of the village vigilance committee were killed by the raiders.", 4),
        ("TWO EMPLOYEES OF THE STATE ELECTRICITY COMPANY WERE SHOT DEAD YESTERDAY.", 2),
        # the group's word before the first name opens a list of names; "along with" joins more people
        ("THE MURDER OF THE UNION LEADERS ANA MEJIA, PABLO ORTEGA AND LUIS VEGA, ALONG WITH MRS ROSA DIAZ AND HER\n"
         "DAUGHTER MARIA DIAZ, WAS CARRIED OUT AT DAWN.", 5),
        # a word of kinship before a name is one person, whatever the name ends with
        ("Gunmen killed Ramon Ortega and his companion Lucia Marin in the capital.", 2),
        # a semicolon that ends the clause still ends the list
        ("Gunmen killed a farmer and his son; police later arrested two suspects.", 2),
    ],
)
def test_semicolon_lists_place_and_time_asides_and_long_groups(sentence, expected):
    assert sum(c.count.best for c in find_counts(sentence) if c.category == "fatalities") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a whole month's dead, or the dead of many days, are no one incident's toll
        "Throughout March more than 200 people were killed in the province, the monitor said.",
        "Bomb attacks in the city over the past ten days have killed five people.",
        # a guess is no count
        "Officials warned there may be dozens dead under the rubble.",
        # nor a condition
        "The governor warned that the talks would collapse if one of the envoys were killed.",
    ],
)
def test_month_spans_day_spans_and_guesses_are_no_toll(sentence):
    assert not [c for c in find_counts(sentence) if not c.running]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a thing set on fire is no person burned to death
        ("THE REBELS BURNED A BUS OWNED BY THE TRANSPORT COMPANY.", []),
        ("The mob burned a suspected thief to death.", [("fatalities", 1, False)]),
        # the dead of a decade are a running total
        ("In this decade more than 300 journalists have been killed in the region.", []),
    ],
)
def test_burnings_and_decades(sentence, expected):
    assert [(c.category, c.count.best, c.armed) for c in find_counts(sentence) if not c.running] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the text says the dead were the attackers: their own words, or their clause for armed dead
        ("One of the attacking gunmen died in the exchange of fire.", [True]),
        ("A hired assassin was killed by the grenade he was trying to throw.", [True]),
        ("Two militants were killed when the bomb they were planting went off.", [True]),
        ("A suicide bomber and two policemen died at the checkpoint.", [True, False]),
        # dead of the attack's targets are no attackers, soldiers or not
        ("Three soldiers were killed in the attack on the base.", [False]),
        ("Five villagers were killed when gunmen attacked the market.", [False]),
        # one of the kind that carried out the attack died in it
        ("One gunman was killed and four worshippers were wounded during an attack by gunmen on a church.", [True]),
        ("A militant died in an assault by militants on the convoy.", [True]),
        ("Two soldiers were killed in an attack by rebels on the base.", [False]),
    ],
)
def test_the_attackers_dead_are_marked_where_the_text_says_so(sentence, expected):
    assert [c.attackers for c in find_counts(sentence) if c.category == "fatalities"] == expected


def test_attackers_are_the_perpetrators_own_unless_state_forces_killed_them():
    dead = find_counts("Two raiders were killed in the village.")[0]
    assert perpetrators_own(dead, perpetrator_is_state=False)
    assert not perpetrators_own(dead, perpetrator_is_state=True)  # "troops killed two raiders": the raiders are the victims


@pytest.mark.parametrize(
    ("sentence", "state_perpetrator", "clash", "dead", "injured"),
    [
        # victims first: the armed side's own dead join the toll only when no victim died
        ("Four villagers and two gunmen were killed, and five villagers were wounded.", False, False, 4, 5),
        ("Two gunmen were killed and three gunmen were wounded.", False, False, 2, None),
        # the attackers killed by their own act are never the toll of their attack
        ("One of the raiders died when the bomb he was planting went off.", False, False, None, None),
        ("One of the raiders died when the bomb he was planting went off.", True, False, 1, None),
        # a clash counts the dead of both sides, the attackers' too
        ("Three attackers and two policemen were killed in the exchange of fire.", False, True, 5, None),
        ("Three attackers were killed in the exchange of fire.", False, True, 3, None),
    ],
)
def test_an_events_toll_sorts_its_dead_by_side(sentence, state_perpetrator, clash, dead, injured):
    from tacitus.events.counts import toll

    found = find_counts(sentence)
    best = lambda c: c.best if c else None  # noqa: E731
    assert best(toll(found, "fatalities", state_perpetrator, clash)) == dead
    assert best(toll(found, "injured", state_perpetrator, clash)) == injured


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one person named alone, with an age and a role, who died: one death
        ("Ana Ruiz, 34, a nurse, died of her wounds on Tuesday.", [1]),
        ("POLICE SAID THAT JORGE SALAS, THE TRANSPORT UNION LEADER, DIED IN HOSPITAL.", [1]),
        # nobody, or the plural dead of a relative clause, count no one here
        ("Nobody died in the attack.", []),
        ("The soldiers who died were buried on Monday.", []),
    ],
)
def test_a_person_named_alone_who_died_counts_one(sentence, expected):
    assert [c.count.best for c in find_counts(sentence) if c.category == "fatalities"] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a determiner or possessive between the verb and its number
        ("A roadside bomb hit a minibus, killing its eleven passengers.", [("fatalities", 11, False)]),
        ("The blast killed the two guards at the gate.", [("fatalities", 2, False)]),
        # one victim in the passive, then others joined by "along with", "together with", "as were"
        ("Judge Maria Ortiz was killed along with three others when her car was ambushed.", [("fatalities", 1, False), ("fatalities", 3, False)]),
        ("The district chief was shot dead together with two of his guards.", [("fatalities", 1, False), ("fatalities", 2, False)]),
        ("The reporter was killed, as were two of her colleagues.", [("fatalities", 1, False), ("fatalities", 2, False)]),
        ("Carlos Mena, a shopkeeper, was murdered along with his nephew.", [("fatalities", 1, False), ("fatalities", 1, False)]),
        # "X was killed and three others wounded" joins a clause of its own: the three are not dead
        ("A farmer was killed and three others were wounded.", [("fatalities", 1, False), ("injured", 3, False)]),
        # "another" after a victim is one more of the same
        ("A POLICEMAN WAS KILLED AND ANOTHER WAS WOUNDED.", [("fatalities", 1, True), ("injured", 1, True)]),
        ("Two soldiers were killed and another was seriously hurt.", [("fatalities", 2, True), ("injured", 1, True)]),
        # vague amounts: several/a few dozen read as dozens
        ("Police arrested several dozen students.", [("arrested", 12, False)]),
        ("SCORES OF VILLAGERS WERE KILLED.", [("fatalities", 20, False)]),
        ("Hundreds of families fled the shelling.", [("displaced", 100, False)]),
        # a part of the whole: the first number is the dead; an "including" aside between the dead and their verb
        ("Three of the nine miners were killed.", [("fatalities", 3, False)]),
        ("SIX VILLAGERS, INCLUDING TWO CHILDREN, WERE KILLED.", [("fatalities", 6, False)]),
        # "claimed the lives of", "the bodies of" tell the dead
        ("The ambush claimed the lives of 14 soldiers.", [("fatalities", 14, True)]),
        ("The bodies of 11 fishermen were found on the shore.", [("fatalities", 11, False)]),
        # one victim and a count after it, each verb keeping its own
        ("The grenade killed a girl and wounded nine people.", [("fatalities", 1, False), ("injured", 9, False)]),
        # the killed or wounded are casualties, no count of the dead
        ("Eleven policemen were killed or wounded in the ambush.", []),
        ("Rebels killed or wounded 30 soldiers.", []),
    ],
)
def test_counts_with_determiners_companions_and_vague_amounts(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # an earlier death in a past-perfect relative clause, or the dead a funeral mourns
        "Soldiers fired on a crowd at the burial of a teacher who had been shot dead two days earlier.",
        "Police used tear gas on hundreds mourning three miners killed on Sunday.",
    ],
)
def test_earlier_deaths_are_no_toll_of_the_event_told(sentence):
    dead = [c for c in find_counts(sentence) if c.category == "fatalities"]
    assert dead and all(c.running for c in dead)


@pytest.mark.parametrize(
    "sentence",
    [
        "The bodies of four men who had been shot dead were found by the roadside.",
        "A suicide bomber struck the funeral of a tribal elder, killing 20 mourners.",
        "Troops shot dead 4 men suspected of planting a bomb.",
        # the killing itself, with its authors named or suspected: the clause of "killing" owns the toll
        "The militia was blamed for killing 25 herders in the valley on Sunday.",
        "Police detained two brothers accused of murdering four farmers.",
    ],
)
def test_deaths_told_now_stay_the_toll(sentence):
    dead = [c for c in find_counts(sentence) if c.category == "fatalities"]
    assert dead and not any(c.running for c in dead)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a toll of two groups adds them up; a list after a toll's number is no list of the wounded
        ("The number of people killed in the blast has risen to 61 civilians and 9 police officers, officials said.",
         [("fatalities", 61, False), ("fatalities", 9, True)]),
        ("The death toll has risen to 17 people and 40 others were wounded.", [("fatalities", 17, False), ("injured", 40, False)]),
        # the speakers after the last comma are no victims
        ("The raid killed at least 14 people, a teacher and two farmers told reporters.", [("fatalities", 14, False)]),
    ],
)
def test_tolls_and_their_sources(sentence, expected):
    assert _pairs(sentence) == expected


@pytest.mark.parametrize(
    "after",
    [" suspected of killing a lawyer.", " accused of murdering the priest", ", who killed a guard on Sunday", " who had carried out the raid"],
)
def test_the_suspects_of_a_killing_are_no_dead(after):
    assert victim_count("killing", "Police showed photographs of four ", "men", after=after) is None
    assert victim_count("killing", "Police showed photographs of four ", "men", after=" in the village.").best == 4


def test_killed_or_wounded_gives_no_dead_from_the_victim_phrase():
    assert victim_count("killed", "On Sunday eleven ", "policemen", after=" were killed or wounded in an ambush") is None


def test_a_participle_after_a_part_of_a_group_tells_the_whole_group():
    # "three of the nine miners abducted …": the nine were abducted
    assert _pairs("Three of the nine miners abducted on Monday were later freed.") == [("abducted", 9, False)]


def _tolls(sentence):
    return [(c.category, c.count.best) for c in find_counts(sentence) if not c.running]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a figure the report replaces is no toll
        ("Shells hit a market in the town overnight, killing six people and wounding 17, the governor said, revising an earlier count of 11 wounded.",
         [("fatalities", 6), ("injured", 17)]),
        ("Officials said 52 people had died, up from 40 killed reported on Sunday.", [("fatalities", 52)]),
        # "many" right after a count are some of those counted, not more of them
        ("Volunteers recovered 23 bodies, many hacked to death, from the fields around the village.", [("fatalities", 23)]),
        ("Police said 14 people were wounded, several seriously injured, in the blast.", [("injured", 14)]),
        # the dead laid to rest, and the wounded told by their treatment
        ("A councillor said 14 officers had been buried and that six others were being treated for gunshot wounds.",
         [("fatalities", 14), ("injured", 6)]),
        ("Rescuers said 30 people were buried under the rubble of the school.", []),
        ("Many of the victims were buried in a mass grave on Sunday.", []),
        # the time and place of a killing between the victim and "along with"
        ("The mayor was shot dead at dawn near his office in the old city, along with two of his guards.", [("fatalities", 1), ("fatalities", 2)]),
        # one figure for the dead and the wounded together counts neither
        ("A militia bombed the union office, killing and wounding more than 30 people.", []),
        ("Eleven soldiers were killed and wounded in the ambush.", []),
        ("Two soldiers were killed and three wounded.", [("fatalities", 2), ("injured", 3)]),
        # the dead of years of rule or war, told in a clause that hangs on them
        ("Peace came after decades of civil war during which some 60,000 people died.", []),
    ],
)
def test_replaced_figures_parts_burials_and_companions(sentence, expected):
    assert _tolls(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # dead counted over several acts in several places: a tally, no one event's toll
        "The army said four police officers and six rebels were killed on Tuesday during clashes in different parts of the province.",
        "Rebels carried out attacks throughout the country overnight, and as a result seven guards were killed.",
        "Officials said nine villagers had died in various attacks on farms near the border.",
        "The gang, which has killed several traders in previous raids on the market, was not blamed this time.",
        # the dead of a whole campaign or war
        "The offensive the rebels began on 3 May against the capital has resulted in 410 dead, the embassy said.",
        "As a result of an offensive launched by the militia, nine farmers and six fighters have died.",
        "More than 9,000 people have died during eight years of civil war.",
        "Two mayors have been murdered during the current election campaign.",
    ],
)
def test_tallies_over_many_acts_are_no_toll(sentence):
    dead = [c for c in find_counts(sentence) if c.category == "fatalities"]
    assert dead and all(c.running for c in dead)


def test_the_wounded_joined_to_a_running_total_are_part_of_it():
    found = find_counts("The offensive the rebels began on 3 May has resulted in 410 dead and 900 wounded, the embassy said.")
    assert [(c.category, c.count.best, c.running) for c in found] == [("fatalities", 410, True), ("injured", 900, True)]


@pytest.mark.parametrize(
    "sentence",
    [
        # one person hurt is one incident, wherever the fighting was
        "A nurse was seriously wounded during heavy clashes in various parts of the city.",
        "Rebels have killed 20 soldiers in an ambush, the army said, days after it launched an offensive.",
        "Gunmen killed five people in an attack on a bar in the northern district.",
        # the acts listed one by one, each with its own toll
        "In separate attacks on Monday, gunmen shot dead three traders in the market and a bomb wounded four officers.",
    ],
)
def test_one_incident_keeps_its_toll(sentence):
    hurt = [c for c in find_counts(sentence) if c.category in ("fatalities", "injured")]
    assert hurt and not any(c.running for c in hurt)


def test_an_editors_insertion_that_carries_the_phrase_on_is_read():
    # "[of …]" completes the phrase in a quotation; "[TEXT]"-like markup stays blank
    assert _pairs("He called the arrests a cover-up of the massacre [of nine farm workers] in March.") == [("fatalities", 9, False)]
    assert _pairs("Two people [words indistinct] were killed.") == [("fatalities", 2, False)]


def test_a_victim_told_after_an_adverb_in_the_perfect_is_one_dead():
    assert _pairs("Councilman Pedro Ruiz, from the coastal town, has also been shot to death.") == [("fatalities", 1, False)]


def test_a_relative_clause_of_the_whole_list_stands_between_the_victims_and_their_verb():
    assert _pairs("Judge Ana Ruiz and her clerk, both of whom had received threats, were murdered on Friday.") == [
        ("fatalities", 1, False), ("fatalities", 1, False)]
    assert _pairs("Two farmers, all of whom had refused to pay, were shot dead.") == [("fatalities", 2, False)]


def test_an_editors_bracketed_figure_is_read():
    assert _pairs("At least [12] people died in the explosions on Friday.") == [("fatalities", 12, False)]


def test_the_target_of_an_attempt_described_at_length_lived():
    # a title with an abbreviation in brackets between "attempt against" and the name
    before = "Officials blamed the cartel for the assassination attempt against the director of the security service (SSD), General "
    assert victim_count("assassination", before, "Ramon Ortega", person=True) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one person hurt, told without a number, is one injured
        ("Maria Ortiz, a nurse at the clinic, was seriously wounded.", [("injured", 1, False)]),
        ("The mayor has also been injured, officials said.", [("injured", 1, False)]),
        ("Judge Pedro Salas was seriously injured and his bodyguard was killed.", [("injured", 1, False), ("fatalities", 1, False)]),
        # no one hurt, or no one known to be
        ("Nobody was injured.", []),
        ("It was not known whether anyone was hurt.", []),
    ],
)
def test_one_person_hurt_is_one_injured(sentence, expected):
    assert _pairs(sentence) == expected


def test_the_series_an_act_is_the_latest_of_is_no_sum_of_acts():
    # "in a series of deadly raids" names the series the strike belongs to; the 11 are the strike's own dead
    sentence = ("An air strike on a village in the Sagaing region on Saturday killed 11 people, residents said, in the latest in a "
                "series of deadly raids on areas held by opponents of the junta.")
    assert [(c.count.best, c.running) for c in find_counts(sentence)] == [(11, False)]
    # a sum of acts stays one: "killed in a series of raids"
    assert [(c.count.best, c.running) for c in find_counts("Eleven people were killed in a series of raids on villages.")] == [(11, True)]
