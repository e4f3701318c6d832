"""Who did what to whom: perpetrator and target of a trigger, from the dependency parse.

Active voice: the subject acts, the object suffers. Passive voice: the subject suffers and
"by" names the actor. Nominal triggers ("an ISIS attack on a checkpoint") take their actor
from a compound or possessive and their target from "on"/"against". A control verb passes its
object down ("sparking the militants to burn…": the militants burn). Where the parse gives
nothing, the nearest actor before the trigger is the perpetrator and after it the target.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from tacitus.actors.names import GIVEN_NAMES, NAME_PARTICLES, TITLE_ABBREVIATIONS, TITLES
from tacitus.actors.names import full_name as full_name
from tacitus.actors.resolve import ARMED_NON_STATE, DISGUISED_AS, MODIFIER_AFTER
from tacitus.events.lexicon import AIRCRAFT_NOUN, SHARE_NOUNS, STATE_OWN, candidate_pattern
from tacitus.events.numbers import COUNT
from tacitus.events.people import classify, list_after, list_before
from tacitus.events.taxonomy import ARMED
from tacitus.model import ActorKind, ActorRef, PhysicalTarget, Place
from tacitus.saying import SAID

COUNTRY_AS_ACTOR = 0.25  # the score that marks a state read from a country's name
_BREAKING_OUT = frozenset(["break", "erupt", "flare", "rage", "resume", "intensify", "continue", "escalate"])
_PRONOUNS = {"it", "they", "he", "she", "them", "its", "their", "we"}
_RELATIVES = frozenset(["that", "which", "who", "whom", "whose"])
# Words that place one act before or after another ("after the bombing", "following the killing of").
_AROUND = frozenset(["after", "following", "before", "since", "until", "till"])
_CONJUNCTIONS = frozenset(["that", "whether", "if", "because", "since", "as", "while", "when", "after", "before", "until"])
_TARGET_PREPS = {"on", "against", "upon", "at", "into"}
# fights whose "with" names the other side ("clashed with the SDF"), not a weapon ("attacked with guns")
_FIGHTING = frozenset({"clash", "fight", "battle", "skirmish", "firefight", "gunfight", "exchange"})
# fights in which someone suffered ("killed in a shootout with police"): the "with" phrase names the side that did it
_FOUGHT_IN = _FIGHTING | frozenset({"confrontation", "shootout", "shoot-out", "fighting", "combat", "encounter", "engagement"})


# Verbs whose subject accuses someone else of the act they govern.
BLAMING = frozenset(["blame", "attribute", "accuse", "charge", "hold", "implicate"])
# nouns of trying an act told by a "to" clause: "an attempt by X to kidnap", "a plot to bomb"
_TRYING = frozenset(["attempt", "bid", "plot", "plan", "effort", "scheme", "conspiracy"])
# words of dress: a force named in them is a disguise ("wearing army fatigues", "dressed as policemen")
_DRESSING = frozenset(["wear", "dress", "disguise", "don", "clothe"])
_GARB = frozenset(["uniform", "fatigue", "fatigues", "clothes", "clothing", "garb", "attire", "outfit", "camouflage"])
# what someone was taken for: "three men they suspected of being gang lookouts", "a youth accused of being a rebel informer"
_TAKEN_FOR = re.compile(r"\b(?:suspected|accused|believed|thought|alleged|presumed|rumou?red)\s+(?:of\s+being|to\s+(?:be|have\s+been))\s+"
                        r"(?:(?:a|an|the|members?\s+of|part\s+of)\s+)*$", re.I)
# "the two groups", "both sides": the parties told before; and the people who speak or act for them
_SIDES = frozenset(["group", "side", "party", "faction", "militia", "force", "movement", "army", "camp", "rival"])
_SIDES_REACH = 600  # characters: about three sentences
_MEMBERS_OF = frozenset(["commander", "leader", "representative", "delegate", "envoy", "chief", "negotiator", "fighter", "member"])
# verbs of stopping an act: "foiled an attempt to kidnap", "thwarted the bombing"
_FOILING = frozenset(["foil", "thwart", "prevent", "frustrate", "avert", "stop", "block", "abort", "disrupt", "repel", "repulse"])
# verbs that put an act down to someone by "on" or "to": "blamed on the army", "attributed to the cartel"
_PUT_DOWN = frozenset(["blame", "attribute", "ascribe", "impute"])
# Verbs that tie an act or a person to those behind it ("linked to the cartel").
_LINKING = BLAMING | frozenset(["link", "tie", "connect", "belong", "ascribe", "trace"])
# Verbs whose subject reacts to or speaks of the act they govern ("the EEC condemned the
# assassinations", "the minister emerged unscathed from a dynamite attack").
_BYSTANDING = frozenset(["condemn", "deplore", "denounce", "investigate", "probe", "mourn", "regret", "repudiate", "reject",
                         "lament", "criticize", "criticise", "voice", "express", "describe", "discuss", "remember", "recall",
                         "commemorate", "broadcast", "witness", "emerge"])
# Verbs whose subject took part in the act they govern ("were involved in the massacre").
_TAKING_PART = frozenset(["involve", "participate", "partake", "implicate"])
# Verbs of carrying out an act named by their object ("committing the massacre").
_DOING = frozenset(["commit", "perpetrate", "carry", "plan", "order", "stage", "mastermind", "organize", "organise", "execute"])
# Verbs whose subject owns up to an act ("claimed responsibility for", "accepted responsibility for").
_OWNING = frozenset(["claim", "accept", "admit", "assume", "take", "acknowledge"])
# Nouns that name who did an act ("the perpetrators of the massacre", "the author of the murder").
_DOERS = frozenset(["perpetrator", "perpetrators", "author", "authors", "culprit", "culprits", "responsible", "masterminds", "mastermind"])
# Verbs whose subject undergoes what the prepositional phrase tells ("died in an ambush").
_SUFFERING = frozenset(["die", "perish", "succumb", "fall", "disappear", "vanish", "suffer", "flee", "escape", "survive", "lose", "sustain"])


def _split_list(tok: Any) -> list[Any]:
    """Later items of a list the parse split into several subjects (or objects) of one verb: nouns with
    ``tok``'s relation to its head, after it, each after a comma or "and", the list closed by an "and" ("six
    priests, their cook and her daughter"; not an apposition: "arrested X and Y, two prominent figures")."""
    if tok.dep_ not in ("nsubjpass", "dobj"):
        return []
    items = [c for c in tok.head.children if c.dep_ == tok.dep_ and c.i > tok.i and c.pos_ in ("NOUN", "PROPN")
             and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text in (",", "and")]
    closed = any(c.doc[c.left_edge.i - 1].text == "and" or any(g.dep_ == "conj" for g in c.children) for c in items)
    return items if closed else []


def _span(tok: Any) -> tuple[int, int]:
    sub = [t for t in tok.subtree if not t.is_space] or [tok]
    return sub[0].idx, sub[-1].idx + len(sub[-1].text)


def _first(tok: Any) -> int:
    """Where the words of a token's subtree begin (a blanked dateline or a line break the
    parser hung on it is not part of the phrase)."""
    return next((t.idx for t in tok.subtree if not t.is_space), tok.idx)


def _where_not_who(mod: Any, trig: Any, is_country: Callable[[Any], bool]) -> bool:
    """A country's name compounded before an act that anyone may commit is where it happened."""
    if mod.dep_ != "compound" or mod.pos_ != "PROPN" or not is_country(mod):
        return False
    # "a Russia missile attack", "the US drone strike": the act or its weapon is the state's own
    words = [trig, *(c for c in trig.children if c.dep_ in ("compound", "amod"))]
    return not any(STATE_OWN.fullmatch(w.text) for w in words)


def _head_span(tok: Any) -> tuple[int, int]:
    """The token and its compounds/modifiers on the left (the noun phrase without clauses)."""
    left = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "poss", "nmod", "det", "nummod", "quantmod")]
    start = min([tok.idx] + [_first(c) for c in left])
    return start, tok.idx + len(tok.text)


SPEECH = re.compile(rf"^\W*(?:\w+\W+){{0,2}}(?:{SAID}|told|charged|accused|blamed|believe[sd]?|described|"
                     r"has\s+reported|have\s+reported|has\s+said|have\s+said)\b", re.I)
_AIRCRAFT = re.compile(AIRCRAFT_NOUN, re.I)
_STATEMENTS = frozenset(["statement", "communique", "communiqué", "message", "post", "video", "broadcast", "briefing", "release"])
_SPEECH_LEMMAS = {"announce", "declare", "say", "state", "claim", "admit", "confirm"}
# Verbs that report what their subject did ("the army said it had seized…", "police told reporters they
# arrested…"): a pronoun subject of the reported verb is the speaker.
_REPORTING = frozenset([*_SPEECH_LEMMAS, "tell", "add", "report", "insist", "deny", "acknowledge", "explain", "note", "boast", "vow"])
# Commitments and the acts committed to: the party they are made to ("offered to hand over the suspects
# to Britain", "signed a truce with the rebels", "offered its troops to the president") is the other side,
# not what is handed over or offered.
_COMMITTING = frozenset(["offer", "promise", "pledge", "vow", "undertake", "agree", "commit", "sign", "hand", "give", "deliver",
                         "return", "contribute", "send", "provide", "extend", "surrender", "negotiate", "meet", "talk", "cooperate",
                         "transfer", "reach", "conclude", "make", "allow", "grant", "open", "reopen"])
_COUNTERPART_PREPS = frozenset(["to", "with"])
_CROWDS = frozenset([ActorKind.PROTESTERS, ActorKind.RIOTERS])
_PACTS = frozenset(["agreement", "deal", "accord", "pact", "truce", "ceasefire", "cease-fire", "talks", "treaty", "settlement", "memorandum"])
# A verb whose subject undergoes it when nothing is its object ("three policemen burned to death",
# "two children drowned"): the subject is the victim.
_UNDERGONE = frozenset(["burn", "drown", "starve", "suffocate", "freeze", "bleed", "choke"])
ACCORDING = re.compile(r"according\s+to\s+(?:the\s+)?$", re.I)
_NOT_ACTORS = re.compile(r"^(?:day|days|night|nightfall|midnight|dawn|daybreak|dusk|noon|midday|sunrise|sunset|morning|afternoon|evening|week|weeks|month|months|year|years|hours?|time|area|zone|region|town|city|village|"
                         r"department|province|district|road|street|highway|attack|attacks|operation|incident|responsibility|way|part|number|place|"
                         r"scene|site|house|houses|building|vehicle|car|bus|truck|office|offices|headquarters|camps?|markets?|schools?|hospitals?|clinics?|mosques?|churches?|"
                         r"bases?|checkpoints?|stations?|neighbou?rhoods?|townships?|compounds?|refiner(?:y|ies)|plants?|convoys?|"
                         # weapons, acts and tallies are what happened, never who did it or to whom
                         r"bombs?|charges?|explosives?|dynamite|sticks?|grenades?|rockets?|missiles?|mines?|shells?|bullets?|shots?|weapons?|arms|guns?|rifles?|"
                         r"gunships?|helicopters?|planes?|aircraft|clashes|clash|fighting|threats?|casualties|victims?|deaths?|killings?|murders?|"
                         r"massacres?|explosions?|blasts?|damage|violence|wave|objects?|grams?|kilos?|pounds?|reports?|sources?)$", re.I)
# Physical targets: what an attack, a bomb or a looting struck when it was not (only) people.
_PROPERTY = re.compile(
    r"^(?:buildings?|offices?|houses?|homes?|huts?|residences?|headquarters|embassy|embassies|consulates?|stations?|substations?|banks?|branch(?:es)?|"
    r"stores?|shops?|markets?|supermarkets?|drugstores?|pharmacies|pharmacy|warehouses?|factory|factories|plants?|mills?|farms?|crops|livestock|cattle|"
    r"schools?|universit(?:y|ies)|colleges?|institutes?|centers?|centres?|churches|church|mosques?|temples?|hospitals?|clinics?|hotels?|restaurants?|"
    r"bars?|cinemas?|theaters?|theatres?|ministr(?:y|ies)|courthouses?|courts?|prisons?|jails?|barracks|posts?|outposts?|bases?|garrisons?|checkpoints?|"
    r"bridges?|towers?|pylons?|poles?|pipelines?|installations?|facilit(?:y|ies)|infrastructure|power\s*lines?|lines|transformers?|dams?|"
    r"railways?|railroads?|tracks|roads?|highways?|airports?|ports?|harbou?rs?|depots?|tankers?|vehicles?|cars?|buses|bus|trucks?|lorr(?:y|ies)|"
    r"trains?|boats?|ships?|vessels?|aircraft|airplanes?|planes?|helicopters?|ambulances?|taxis?|jeeps?|property|properties|premises|"
    r"structures?|windows|doors?|gates?|entrances?|facades?|lobb(?:y|ies)|garages?|walls?|kiosks?|booths?|agenc(?:y|ies)|companies|company|firms?|newspapers?|radio|studios?|"
    r"halls?|dealerships?|showrooms?|cathedrals?|chapels?|stands|stalls?|town\s+halls?|city\s+halls?|mayoralty|presidency|palace|parliament|compounds?|pipes|cables|antennas?|transmitters?)$", re.I)
# Acts whose possessor did them rather than suffered them ("the army's offensive", "Galan's murder" is the other kind).
_OWN_ACTS = frozenset(["attack", "offensive", "operation", "raid", "ambush", "campaign", "bombing", "shelling", "assault", "strike",
                       "advance", "incursion", "sabotage", "action", "fire"])
# Munitions that go off: as a subject they act for someone else.
_MUNITION = re.compile(r"^(?:bombs?|grenades?|shells?|rockets?|missiles?|mines?|landmines?|explosives?|devices?|charges?|mortars?|projectiles?|IEDs?)$", re.I)
# Nouns that name what an act was aimed at ("was the target of a bomb attack").
_AIMED_AT = frozenset(["target", "object", "victim", "victims", "targets"])
# Participles that make a vehicle or parcel the bomb's carrier, not its target.
_CARRYING = frozenset(["rig", "load", "pack", "lade", "laden", "fill", "stuff", "wire", "booby-trap"])  # lemmas
# Verbs that tell where a device went off or was left ("exploded outside…", "placed in…").
_PLACING = frozenset(["explode", "detonate", "blow", "place", "plant", "leave", "hurl", "throw", "toss", "burst", "go", "launch", "lob"])
# Verbs whose subject set a device or act in motion, told in a clause about it ("a mine that rebels had buried").
_SETTING = _PLACING | _DOING | frozenset(["bury", "hide", "conceal", "lay", "set", "fire", "rig"])
_WHERE_FROM = re.compile(r"^(?:locations?|places?|directions?|sides?|spots?|points?|positions?|areas?|buildings?|houses?|vehicles?|cars?|"
                         r"rooftops?|roofs?|hills?|mountains?|woods?|forests?|bushes|windows?|lots?|streets?|roads?|outskirts)$", re.I)
# Verbs whose subject calls on others to act ("urged his supporters to take up arms").
_URGING = frozenset(["urge", "call", "appeal", "ask", "exhort", "incite", "encourage", "invite", "implore", "beg"])
_SITE_PREPS = frozenset(["against", "on", "at", "near", "outside", "inside", "into", "under", "beside", "behind"])
_FORCE_PLACES = re.compile(r"^(?:posts?|outposts?|bases?|barracks|garrisons?|checkpoints?|stations?|headquarters|vehicles?|trucks?|jeeps?|"
                           r"helicopters?|aircraft|planes?|convoys?|patrols?|positions?|camps?|compounds?)$", re.I)
# A sentence that names the victims of an act it follows ("the victims were identified as …", "among the
# dead were …", "the wounded are …", "among the priests murdered was …", "the wounded man was identified as …",
# "the other victim, …,"): what follows the match is the list of their names.
_HURT = r"(?:killed|murdered|slain|wounded|injured|hurt|kidnapped|abducted|executed|assassinated|shot|dead|missing|held)"
_VICTIM_NOUN = r"(?:victims?|dead|deceased|injured|wounded|hostages?|casualt(?:y|ies))"
_PERSON_NOUN = r"(?:person|persons|people|man|men|woman|women|one|ones|child|children|boy|girl|youth|passengers?)"
_VICTIMS_NAMED = re.compile(
    rf"\b(?:(?:the\s+)?(?:(?:other\s+|second\s+|third\s+|{_HURT}\s+)?{_VICTIM_NOUN}|(?:other|second|third|{_HURT})\s+{_PERSON_NOUN})"
    r"\s+(?:\w+\s+)?(?:were|was|are|is|have\s+been|has\s+been)\s+(?:identified|named|listed)\s+as"
    rf"|(?:the\s+)?{_VICTIM_NOUN}\s+(?:were|are|included|include)"
    rf"|(?:among|one\s+of)\s+the\s+(?:\w+\s+){{0,2}}?(?:{_VICTIM_NOUN}|{_HURT})\s+(?:\w+\s+)?(?:were|was|are|is)"
    rf"|the\s+other\s+(?:{_VICTIM_NOUN}|{_PERSON_NOUN})\s+(?:is|was)"
    rf"|\bthe\s+(?:other\s+|second\s+|third\s+|{_HURT}\s+)?(?:victims?|hostages?)\s*,"
    # "those killed were …", "those who were kidnapped are …"
    rf"|\bthose\s+(?:who\s+(?:were|was|are|have\s+been|had\s+been)\s+)?{_HURT}\s+(?:\w+\s+)?(?:are|were|include|included)"
    # "They were X, Y and Z.", "One of them is X": right after the act, the people it struck
    r"|^\W*(?:they|these)\s+(?:are|were)|\bone\s+of\s+them\s+(?:is|was))\s+", re.I)
_AGE_PREFIX = re.compile(r"\b\d{1,3}\s*-\s*(?:year|month)s?\s*-\s*old\s+(?=[A-Z])", re.I)
# Those cues that point back with a pronoun only ("they were …", "one of them is …"): they name the victims of
# an act told just before, where a cue that says "the victims", "the dead" or "those kidnapped" may come
# further on in the story.
_VICTIMS_BY_PRONOUN = re.compile(r"^\W*(?:they|these)\s+(?:are|were)\s|\bone\s+of\s+them\s+(?:is|was)\s", re.I)
VICTIMS_NEAR, VICTIMS_FAR = 2, 6  # sentences after the act that a sentence naming its victims may come
# Victims named before the words that say they were hurt: "two soldiers are among the wounded", "Judge Luis
# Vega was among those killed".
_NAMED_BEFORE = re.compile(rf"\s+(?:is|are|was|were)\s+(?:also\s+|reportedly\s+)?among\s+(?:the|those)\s+(?:\w+\s+)?"
                           rf"(?:{_VICTIM_NOUN}|{_HURT})\b", re.I)


def victims_reach(sent: str) -> int:
    """How many sentences back the act whose victims ``sent`` names may be told (0: it names none by a cue)."""
    if _NAMED_BEFORE.search(sent):
        return VICTIMS_FAR
    m = _VICTIMS_NAMED.search(sent)
    if m is None:
        return 0
    return VICTIMS_NEAR if _VICTIMS_BY_PRONOUN.match(sent[m.start():]) else VICTIMS_FAR
# One person named in mixed-case text: capitalised words, a title among them ("Judge Luis Vega Rincon").
_ONE_NAME = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+(?=\s*(?:[,.;(]|$|\s(?:of|and|who|in|on|at|when|after)\b))")
# People a list may name that no actor noun covers: companions, escorts, kin ("his bodyguard", "an adult").
_LISTED_PEOPLE = re.compile(r"^(?:minors?|adults?|bodyguards?|escorts?|companions?|child|babies|baby|infants?|brothers?|sisters?|fathers?|mothers?|"
                            r"son|friends?|colleagues?|secretar(?:y|ies)|assistants?|aides?|chauffeurs?|neighbou?rs?|passers-?by|passerby|"
                            r"grandsons?|granddaughters?|in-laws?|cousins?|uncles?|aunts?|partners?|girlfriends?|boyfriends?|fianc[eé]e?s?)$", re.I)
# Words before the noun of a listed victim that say which or how many, not who ("his driver", "two bodyguards").
_LIST_DETERMINERS = frozenset(["the", "a", "an", "his", "her", "their", "its", "our", "one", "another", "other", "some", "several",
                               "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds"])
# Participles of what was done to victims, which news puts before them ("the murdered priests").
_DONE_TO = frozenset(["murdered", "kidnapped", "abducted", "assassinated", "killed", "slain", "wounded", "injured", "executed",
                      "massacred", "tortured", "disappeared", "missing", "dead", "late"])
# Parts of a building, damaged when it is struck: the building is the target.
_PARTS = re.compile(r"^(?:windows?|doors?|gates?|entrances?|facades?|lobb(?:y|ies)|walls?|roofs?|windowpanes?|panes|glass)$", re.I)
_PROPERTY_MODIFIERS = ("compound", "amod", "nummod", "quantmod", "nmod", "poss")

# Nouns of acts: an unnamed armed noun before one describes the act, it names no one
# ("a terrorist attack", "guerrilla actions", "rebel attacks": who did it is not said).
_ACTS = re.compile(r"^(?:attacks?|actions?|acts?|offensives?|ambush(?:es)?|bombings?|raids?|violence|sabotage|operations?|incursions?|"
                   r"activit(?:y|ies)|campaigns?|incidents?|assaults?|threats?|crimes?|methods?|tactics?|war|warfare|escalation|wave)$", re.I)
# Reporters and bystanders: "police sources said", "reported by the police", "according to reports received by
# the police", "the government strongly condemns", "learned from police sources"
_SOURCE_AFTER = re.compile(r"^\W*(?:\w+\W+)?(?:sources?|spokesm[ae]n|spokesperson|spokeswoman|communiqu[eé]s?|statements?|bulletins?|reports)\b"
                           # verbs of reacting and looking into it (the verbs of saying are SPEECH's, which
                           # ``is_source`` tries first), and the forms of saying ``tacitus.saying`` leaves out
                           r"|^\W*(?:\w+\W+){0,2}(?:condemn(?:s|ed)?|denounc(?:es|ed)|deplor(?:es|ed)|repudiat(?:es|ed)|regrett?(?:s|ed)?|"
                           r"lament(?:s|ed)?|investigat(?:es|ed|ing)|identifi(?:es|ed)|inform(?:s|ed)?|report|confirm|"
                           r"discloses|explains|indicates|acknowledges)\b", re.I)
_SOURCE_BEFORE = re.compile(r"(?:\b(?:reported|announced|confirmed|disclosed|received|released|issued|learned)\s+(?:\w+\s+){0,2}(?:by|from)"
                            r"|\breports?\s+(?:\w+\s+){0,2}(?:by|from)|\baccording\s+to\s+(?:\w+\s+){0,4}(?:by|from))\s+(?:the\s+)?(?:\w+\s+){0,2}$", re.I)

_BREAK = re.compile(r"\s[-–—]\s|[—–:;|=]")  # punctuation no noun phrase runs across

_QUANTIFIERS = frozenset(["several", "some", "many", "few"])  # determiners that say how many ("several unidentified men")
# words of a noun phrase that belong in an actor's text as written ("ten terrorists", "urban guerrillas")
_NP_MODIFIERS = ("compound", "amod", "nummod", "quantmod", "nmod")


def _possessor(tok: Any) -> bool:
    """A possessive, also one the parse hangs on its noun as a modifier because of a bare apostrophe
    ("Rodriguez' murder")."""
    if tok.dep_ == "poss":
        return True
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.dep_ in ("nmod", "compound") and nxt is not None and nxt.tag_ == "POS" and tok.head.i > tok.i


class ArgumentFinder:
    """Maps parse tokens of one sentence to the actor mentions found in it."""

    def __init__(self, refs: list[ActorRef], sent_start: int, previous: list[ActorRef], text: str = "",
                 is_name: Callable[[Any], bool] | None = None, countries: list[Place] | None = None,
                 country_names: dict[str, str] | None = None, head_end: int = 0) -> None:
        # actor mentions inside the sentence (article offsets); a name that only modifies another noun
        # is not the actor: "the al-Qaeda-linked group", "Iran-backed militias"
        self.refs = [r for r in refs if not (text and MODIFIER_AFTER.match(text, r.end or 0))]
        self.base = sent_start
        self.previous = previous  # mentions before the sentence, for pronouns
        self.text = text  # the article text
        self.is_name = is_name or (lambda tok: tok.pos_ == "PROPN")
        self.countries = countries or []  # country mentions inside the sentence
        self.country_names = country_names or {}
        self.head_end = head_end  # end of the dateline: names before it are where the story was filed
        # offsets inside an actor mention: a title such as "Mayor" in "Mayor Pablo Pelaez" is no part of a name
        self._covered = {i for r in refs if r.start is not None for i in range(r.start, r.end or r.start)}
        self._doc: Any = None  # the sentence's parse, once a trigger of it has been seen
        self._wrapped = text.upper() == text  # upper-case wires break lines inside sentences
        # mentions read as a doer that are no doer to report (see ``nearest`` and ``perpetrators``): they still tell
        # the kind of act and its place, as the nearest armed mention always has, but the record leaves them out
        self.aside: set[tuple[int | None, int | None]] = set()

    def is_country(self, tok: Any) -> bool:
        """The token lies in a country's name the sentence gives ("Niger", which the NER may take for a product)."""
        lo = self.base + tok.idx
        return any(p.start is not None and p.start <= lo < (p.end or 0) for p in self.countries)

    def country_ref(self, tok: Any) -> ActorRef | None:
        """A country named as the one who acts or suffers ("Jordan and Britain agreed", "Russia
        shelled Kharkiv"): its state, as the government until the event's type says forces."""
        lo = self.base + tok.idx
        for p in self.countries:
            if p.start is not None and p.start <= lo < (p.end or 0) and p.country in self.country_names:
                iso = p.country
                return ActorRef(name=f"Government of {self.country_names[iso]}", text=self.text[p.start : p.end] if self.text else tok.text,
                                kind=ActorKind.STATE_FORCES, actor_id=f"government_{iso.lower()}", country=iso, start=p.start,
                                end=p.end, score=COUNTRY_AS_ACTOR)
        return None

    def phrase_ref(self, tok: Any) -> ActorRef | None:
        if self.base + tok.idx < self.head_end:
            return None
        return self._phrase_ref(tok)

    def _phrase_ref(self, tok: Any) -> ActorRef | None:
        """An actor the knowledge base does not know, named by the noun phrase itself
        ("former defence minister Enrique Lopez Albujar"): the name as written, titles left out, kind person."""
        if tok.pos_ not in ("PROPN", "NOUN") or _NOT_ACTORS.match(tok.text) or tok.ent_type_ in ("GPE", "LOC", "DATE", "TIME", "FAC"):
            return None
        chain = self.name_chain(tok)
        if not chain:
            return None
        start = self.base + chain[0].idx
        end = self.base + chain[-1].idx + len(chain[-1].text)
        surface = self.text[start:end] if self.text else " ".join(t.text for t in chain)
        return ActorRef(name=surface, text=surface, kind=ActorKind.PERSON, start=start, end=end, score=0.2)

    def name_chain(self, tok: Any) -> list[Any]:
        """The words of the personal name ``tok`` heads, in order, without titles or descriptions
        ("former armed forces chief General Gustavo Alvarez" → "Gustavo Alvarez"); [] where it heads none.
        A given name makes the capitalised words after it a name even where they are also English
        words, as surnames often are in upper-case text ("JUAN PABLO ROSAS", "MARIA DIAZ")."""
        left: list[Any] = []

        def walk(t: Any) -> None:
            for c in t.lefts:
                if c.dep_ in ("compound", "flat"):
                    walk(c)
                    left.append(c)

        walk(tok)
        run = [tok]
        for t in sorted(left, key=lambda t: -t.i):  # the unbroken stretch of words before the head
            if t.i != run[0].i - 1:
                break
            run.insert(0, t)
        run += [t for t in tok.rights if t.dep_ in ("compound", "flat") and t.i == tok.i + 1]
        kept: list[Any] = []
        for t in run:
            low = t.lower_.strip(".")
            if self.base + t.idx in self._covered or low in TITLES or low in TITLE_ABBREVIATIONS or not re.sub(r"['’.-]", "", t.text).isalpha():
                kept = []  # a title or a description ends what came before it ("chief General")
            elif self.is_name(t) or low in GIVEN_NAMES or (kept and t.pos_ in ("PROPN", "NOUN") and not _NOT_ACTORS.match(t.text)):
                kept.append(t)
            else:
                kept = []
        if tok not in kept:
            return []
        # "JUDGE VALENCIA GARCIA": in one-case text a surname that is also a word (a city, a conqueror) opens the
        # name where the parser, seeing the case restored, took it for part of it; and "POLICE CHIEF WALDEMAR
        # FRANKLIN QUINTERO", parsed as two phrases, is one name: the words between a title and the surname
        # (only right after a title, which says a name begins: "television magnate X" keeps its description out)
        doc = tok.doc
        opens = kept[0].i
        while kept[0].i - opens < _NAME_WORDS_BEFORE and opens >= 2 and doc[opens - 1].pos_ == "PROPN" \
                and self._name_word(doc[opens - 1], loose=True):
            opens -= 1
        if opens < kept[0].i and doc[opens - 1].lower_.strip(".") in TITLES | TITLE_ABBREVIATIONS:
            kept = [*doc[opens : kept[0].i], *kept]
        # "Angela de Guerrero", "Jesus Emilio Jaramillo del Rio": particles join the names about them,
        # however the parse attached them
        while kept[0].i >= 2 and doc[kept[0].i - 1].lower_ in NAME_PARTICLES and self._name_word(doc[kept[0].i - 2]):
            kept = [doc[kept[0].i - 2], doc[kept[0].i - 1], *kept]
            while kept[0].i >= 1 and self._name_word(doc[kept[0].i - 1]):
                kept.insert(0, doc[kept[0].i - 1])
        return kept

    def _name_word(self, t: Any, loose: bool = False) -> bool:
        """A word of a person's name; ``loose``: an English word may be one too (in one-case text)."""
        low = t.lower_.strip(".")
        return (t.is_alpha and low not in TITLES and low not in TITLE_ABBREVIATIONS and self.base + t.idx not in self._covered
                and (low in GIVEN_NAMES or self.is_name(t) or (loose and self._wrapped and not _NOT_ACTORS.match(t.text))))

    def ref_for(self, tok: Any, person_first: bool = False) -> ActorRef | None:
        """The actor mention that the noun phrase headed by ``tok`` names. With ``person_first`` (victims),
        a person the phrase names comes before the group named in its description ("former armed forces
        chief General Gustavo Alvarez" was the victim, not the armed forces)."""
        if tok is None or self.base + tok.idx < self.head_end:
            return None  # (the dateline's words say where the story was filed: "LOMÉ, Togo (Agency) — Young protesters set up …")
        if tok.lower_ in _PRONOUNS:
            antecedent = _relative_antecedent(tok)
            if antecedent is not None:
                return self.ref_for(antecedent, person_first)
            return self._speaker_ref(tok) or self._pronoun(tok)
        launcher = self._launcher(tok)
        if launcher is not None:
            return launcher
        ref = self._ref_for(tok, person_first)
        if ref is None and _AIRCRAFT.fullmatch(tok.text):
            # "the army said its aircraft had struck convoys": the speaker's aircraft
            owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
            state = self._speaker_ref(owner) if owner is not None else None
            if state is not None and (state.kind in ARMED_NON_STATE or state.kind in (ActorKind.STATE_FORCES, ActorKind.EXTERNAL)):
                start = self.base + tok.idx
                return replace(state, text=tok.text, start=start, end=start + len(tok.text))
        if ref is not None and ref.kind == ActorKind.STATE_FORCES and ref.actor_id is None and ref.country is None:
            # "Russia's defence ministry said its forces had destroyed…": the forces of the state that owns them
            owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
            state = self._speaker_ref(owner) if owner is not None else None
            if state is not None and state.country and state.kind in (ActorKind.STATE_FORCES, ActorKind.EXTERNAL):
                return replace(ref, country=state.country)
            if state is not None and state.actor_id and state.kind in ARMED_NON_STATE:
                # "the RSF said its forces had attacked three camps": the group's own fighters, not the state's
                return replace(state, text=ref.text, start=ref.start, end=ref.end)
        if ref is not None and ref.kind in ARMED_NON_STATE and ref.start == self.base + tok.idx:
            # "Ansaru, which split from Boko Haram, claimed the ambush, saying its fighters had killed nine": the
            # fighters are the speaker's, not those of the group named last before them
            owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
            state = self._speaker_ref(owner) if owner is not None else None
            if state is not None and state.actor_id and state.kind in ARMED_NON_STATE and state.actor_id != ref.actor_id:
                return replace(state, text=ref.text, start=ref.start, end=ref.end)
        return ref

    def _launcher(self, tok: Any) -> ActorRef | None:
        """A drone or missile sent by someone stands for them: "shot down a drone launched by the rebels" acted
        against the rebels, not against the drones' default owner, the state where it fell."""
        if not (_AIRCRAFT.fullmatch(tok.text) or _MUNITION.match(tok.text)):
            return None
        for clause in (c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in _SENDING):
            for agent in (g for a in clause.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"):
                ref = self._ref_for(agent, False)
                if ref is not None and ref.kind in ARMED:
                    return ref
        return None

    def _speaker_ref(self, tok: Any) -> ActorRef | None:
        """Who a pronoun stands for when its clause reports what the speaker did: "the army said it had
        seized…", "police said they arrested…", "the ministry said its forces…" (the speaker, or the
        country that owns it: "Russia's defence ministry")."""
        speaker = _speaker(tok)
        if speaker is None:
            return None
        ref = self._ref_for(speaker, False)
        if ref is not None and not (ref.kind == ActorKind.PERSON and ref.actor_id is None):
            return ref
        # an office the knowledge base does not know ("Russia's defence ministry"): the country it serves
        lo, hi = _head_span(speaker)
        state = next((c for t in speaker.doc[:] if lo <= t.idx < hi and t.i != speaker.i for c in [self.country_ref(t)] if c is not None), None)
        return state or ref

    def _ref_for(self, tok: Any, person_first: bool) -> ActorRef | None:
        hs, he = _head_span(tok)
        ss, se = _span(tok)
        best = None
        # "death squads seeking to discredit the guerrillas": where the head is an actor itself, a clause about it
        # names others than who it is ("a bus carrying soldiers" names who was in it, "the group, known as X" who it is)
        # and a phrase joined to it is another actor ("two soldiers and three ASG militants were killed")
        clauses = [(self.base + _first(c), self.base + _span(c)[1]) for c in tok.children
                   if (c.dep_ in ("acl", "relcl") and c.lemma_.lower() not in _NAMING) or c.dep_ == "conj"]
        for lo, hi in ((hs, he), (ss, se)):
            lo, hi = lo + self.base, hi + self.base
            places = {self.base + c.idx for c in tok.children if _where_not_who(c, tok, self.is_country)}
            inside = [r for r in self.refs if r.start is not None and lo <= r.start < hi and r.start not in places
                      and not (best is not None and any(a <= r.start < b for a, b in clauses))]
            named = [r for r in inside if r.actor_id]
            if named:
                at_head = self.base + tok.idx
                if person_first and not any((r.start or 0) <= at_head < (r.end or 0) for r in named):
                    person = self.phrase_ref(tok)
                    if person is not None:
                        return person
                # "fighters of Boko Haram": the named group, not the generic head
                return named[0]
            if inside and best is None:
                # "Jesuit priests": the mention at the head noun, not the modifier before it
                at_head = self.base + tok.idx
                best = next((r for r in inside if (r.start or 0) <= at_head < (r.end or 0)), inside[0])
        if best is not None and best.actor_id is None:
            # "leftist leader Hector Oqueli": the name says more than the generic noun
            for child in tok.children:
                if child.dep_ in ("appos", "compound", "flat") and child.i > tok.i:
                    by_name = self.phrase_ref(child)
                    if by_name is not None:
                        return by_name
            # "Carlos Torrado, mayor of Abrego": the head is the name, the generic noun its apposition;
            # "Mayor Pablo Pelaez": the generic noun is the name's title
            title = (best.end or 0) <= self.base + tok.idx and bool(self.name_chain(tok))
            if title or not (hs + self.base <= (best.start or 0) < he + self.base):
                by_name = self.phrase_ref(tok)
                if by_name is not None:
                    return by_name
            return best
        return best or self.country_ref(tok) or self.phrase_ref(tok)  # "Senegal offered…": a country, not a person so named

    def _written(self, ref: ActorRef, tok: Any, numbers: bool, persons: bool = False) -> ActorRef:
        """``ref`` as the phrase headed by ``tok`` gives it, or, where the mention lies deeper in that
        phrase ("a bomb placed by an urban guerrilla group"), as its own noun phrase gives it."""
        written = self._as_written(ref, tok, numbers)
        if written is ref and ref.start is not None and not (self.base + _head_span(tok)[0] <= ref.start < self.base + tok.idx + len(tok.text)):
            return self._in_phrase(ref, numbers, persons)
        return written

    def _as_written(self, ref: ActorRef, tok: Any, numbers: bool = True) -> ActorRef:
        """An unnamed actor's text widened to its noun phrase as the article gives it ("urban
        guerrillas", "ten terrorists", "several unidentified men", "urban guerrilla members",
        "death squad members"), articles left out."""
        if ref.actor_id is not None or ref.kind == ActorKind.PERSON or ref.start is None or not self.text:
            return ref
        tok_start, tok_end = self.base + tok.idx, self.base + tok.idx + len(tok.text)
        at_head = tok_start <= ref.start < tok_end + 1
        # the mention is a modifier of the head noun ("guerrilla" in "guerrilla forces"): the whole phrase names
        # the actor, unless the head is a thing ("police station") or no actor at all
        in_phrase = self.base + _head_span(tok)[0] <= ref.start and (ref.end or 0) <= tok_end \
            and tok.pos_ in ("NOUN", "PROPN") and not _PROPERTY.match(tok.text) and not _NOT_ACTORS.match(tok.text)
        if not (at_head or in_phrase):
            return ref
        left = [c for c in tok.lefts if ((c.dep_ in _NP_MODIFIERS and (numbers or c.dep_ not in ("nummod", "quantmod")))
                or (numbers and c.dep_ == "det" and c.lower_ in _QUANTIFIERS)) and not _hedge(c)]
        if not numbers:
            # "the murdered aid workers", "the kidnapped engineer": what was done to the victims is not who they are
            left = [c for c in left if not (c.i == min(x.i for x in left) and c.lower_ in _DONE_TO)]
        start = self.base + min([tok.idx, *(_untimed(c).idx for c in left)])
        end = max(ref.end or 0, tok_end)
        if not numbers and ref.kind == ActorKind.CIVILIANS:
            # a victim described by what they belong to: "the mayor of Abrego", "leaders of the peasant federation"
            end = max(end, self.base + _of_phrase_end(tok))
        span = self.text[start:end]
        if (start >= ref.start and end <= (ref.end or 0)) or ("\n" in span and not self._wrapped) or _BREAK.search(span):
            return ref  # a line break or a dash ends a phrase, except in wires that wrap their lines (upper-case MUC-style text)
        return replace(ref, text=self.text[start:end], start=start, end=end)

    def conjuncts(self, tok: Any, first: ActorRef, person_first: bool = False) -> list[ActorRef]:
        """The other actors coordinated with ``tok`` ("the mayor and his bodyguard", "the FMLN and the ELN")."""
        out: list[ActorRef] = []
        stack = [c for c in tok.children if c.dep_ == "conj"]
        while stack:
            c = stack.pop(0)
            stack.extend(g for g in c.children if g.dep_ == "conj")
            if c.lower_ == "one":  # "her aide and one of her guards": the guards
                c = next((g for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), c)
            if c.pos_ not in ("NOUN", "PROPN"):
                continue
            ref = self.ref_for(c, person_first)
            if ref is None and person_first and self._doc is not None:  # "the judge and his bodyguard"
                lo, hi = _head_span(c)
                ref = self._listed_ref(c.doc.text[lo:hi], lo)
            if ref is None or ref is first or any(ref.text == r.text for r in [first, *out]):
                continue
            if ref.kind == ActorKind.PERSON and ref.actor_id is None and first.kind != ActorKind.PERSON:
                continue  # a bare capitalised word beside a group ("Boko Haram and Nigeria") is no co-actor
            out.append(ref)
        return out

    def _pronoun(self, tok: Any) -> ActorRef | None:
        if tok.lower_ in ("he", "she"):
            return None  # one person ("guards tried to stop the man before he detonated his explosives"): no group or force
        pos = self.base + tok.idx
        if tok.lower_ == "they" and tok.dep_ == "nsubj" and tok.head.dep_ in ("advcl", "conj") and tok.head.head.pos_ in ("VERB", "AUX"):
            # "agents of the anti-gang police were met with gunfire as they raided a house": the (plural) subject of the
            # clause it hangs on (not "fighters copied ISIS after it burned a pilot": "it" is ISIS)
            subject = next((c for c in tok.head.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _PRONOUNS
                            and c.tag_ == "NNS"), None)
            ref = self.ref_for(subject) if subject is not None else None
            if ref is not None and ref.kind in ARMED_NON_STATE | {ActorKind.STATE_FORCES, ActorKind.EXTERNAL}:
                return ref
        cands = [r for r in self.refs if (r.end or 0) <= pos] + []
        if tok.lower_ == "them" and tok.dep_ == "dobj" and tok.head.dep_ == "conj":
            # "tying up residents and killing them": the people the verb it is joined to acted on
            held = next((c for c in tok.head.head.children if c.dep_ == "dobj" and c.tag_ == "NNS"), None)
            ref = self.ref_for(held) if held is not None else None
            if ref is not None:
                return ref
        if tok.lower_ == "them" and tok.dep_ == "dobj":
            # "protesters set fire to a building before police dispersed them": the crowd told before
            crowd = next((r for r in reversed(cands) if r.kind in _CROWDS), None)
            if crowd is not None:
                return crowd
        pool = list(reversed(cands)) + list(reversed(self.previous))
        for r in pool:
            if r.kind in ARMED_NON_STATE | {ActorKind.STATE_FORCES, ActorKind.EXTERNAL} and r.actor_id:
                return r
        return None

    def _the_two(self, tok: Any) -> list[ActorRef]:
        """"The two groups", "both sides" (or their commanders, leaders or fighters: "commanders of the two groups"):
        the last two armed parties the article named before, where they are two and nothing else in the phrase names
        one, a few sentences back at most. Empty elsewhere."""
        noun = next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"),
                    tok) if tok.lemma_.lower() in _MEMBERS_OF else tok
        if noun.lemma_.lower() not in _SIDES or not any(
                (c.dep_ == "nummod" and c.lower_ == "two") or (c.dep_ in ("det", "predet", "amod") and c.lower_ == "both") for c in noun.children):
            return []
        pos = self.base + _first(tok)
        seen: list[ActorRef] = []
        for r in [*reversed([r for r in self.refs if (r.end or 0) <= pos]), *reversed(self.previous)]:
            if pos - (r.start or 0) > _SIDES_REACH:
                break  # parties told long before are not what "the two groups" points back at
            if r.kind in ARMED and r.actor_id and all(r.actor_id != o.actor_id for o in seen):
                seen.append(r)
            if len(seen) == 2:
                return [seen[1], seen[0]]  # in the order the text named them
        return []

    def perpetrator(self, trig: Any) -> ActorRef | None:
        found = self.perpetrators(trig)
        return found[0] if found else None

    def perpetrators(self, trig: Any) -> list[ActorRef]:
        """The perpetrator of ``trig`` and those coordinated with it, main one first."""
        self._doc = trig.doc
        # a phrase the parse ties to the act itself ("the work of X", "killed by X") is no reporting
        # source, whatever speech verb follows it ("…by X, police said")
        tied = {t.i for t in self._handiwork(trig)} | {g.i for c in trig.children if c.dep_ == "agent" for g in c.children}
        # a word that tells the act and names an actor, used as an instrument ("flying its attack helicopters"),
        # is not its own doer; as a subject it is ("suicide bombers struck")
        own_at = self.base + trig.idx if trig.dep_ in ("dobj", "pobj") else -1
        # "the minister was wounded during an attack": he suffered it (the parse may hang him on "was")
        hurt = {t.i for t in [*hurt_by(trig), *(s for c in trig.children if c.dep_ == "acomp" for s in _harm_suffered(c))]}
        for tok in self._agents(trig):
            if tok.i in hurt or _addressee(tok):
                continue
            pair = self._the_two(tok)
            if pair:
                return pair  # "commanders of the two groups signed an agreement": both sides told before
            ref = self._armed_modifier(self._outside_clauses(self.ref_for(tok), tok), tok) or self._unlisted_agent(tok) or self._members_of(tok) \
                or self._disguised(tok)
            if ref is not None and self._worn(ref):
                continue  # "one of them, wearing Colombian army fatigues, opened fire": a disguise, not the doer
            if ref is not None and self._taken_for(ref):
                continue  # "residents beat three men they suspected of being gang lookouts": what the victims were taken for
            aside = self._placed_beyond(ref, tok)  # "explosions from several places near a police station": where, not who
            if ref is not None and (self.is_descriptor(ref) or (ref.start is not None and ref.start <= own_at < (ref.end or 0))):
                continue
            if ref is not None and self._victims_act(ref, tok, trig):
                continue  # "Galan's murder", "the police chief's assassination shocked the city": the victim's
            if ref is not None and _spokesperson(tok):
                continue  # "a police spokesman confirmed the attacks": who speaks for a force reports the act
            # "police reported that an attack…": the reporter is no perpetrator; "the group announced
            # a new leader": the announcer is the actor of the announcement itself
            if ref is not None and (tok.lower_ in _PRONOUNS or tok.i in tied or not self.is_source(ref)
                                    or (trig.lemma_.lower() in _SPEECH_LEMMAS and not _told_after(tok, trig))
                                    or (trig.head.lemma_.lower() in _SPEECH_LEMMAS and trig.head.i != trig.i)):
                written = self._written(ref, tok, numbers=True)
                if aside:
                    self.aside.add(_at(written))
                return [written, *self.conjuncts(tok, ref)]
        return []

    def _victims_act(self, ref: ActorRef, tok: Any, trig: Any) -> bool:
        """``ref`` owns, by a possessive, an act done to it: "Galan's murder", "the police chief's assassination"
        (the act itself, or an act noun that is the subject found: "the mayor's killing shocked the town"). A person
        always suffered it; a force or a group unless the act names its victim ("the army's killing of two farmers")
        or a named armed group owns it ("the ELN's kidnapping"); acts that are a side's own ("the army's offensive")
        keep their owner."""
        owner = next((c for c in tok.children if _possessor(c)), None) if tok.i != trig.i and _ACT_WORD.fullmatch(tok.text) else None
        for act, poss in ((trig, tok), (tok, owner)):
            if poss is None or not _possessor(poss) or poss.head.i != act.i or act.lemma_.lower() in _OWN_ACTS:
                continue
            lo, hi = _span(poss)
            if ref.start is None or not self.base + lo <= ref.start < self.base + hi:
                continue
            if ref.kind == ActorKind.PERSON or not (_names_its_victim(act) or (ref.actor_id and ref.kind in ARMED_NON_STATE)):
                return True
        return False

    def _unlisted_agent(self, tok: Any) -> ActorRef | None:
        """The "by" agent or the subject of an act, where no actor list knows its noun: people or a band the text does not
        name ("killed, apparently by extreme rightist groups", "kidnapped by a band of strangers") are an
        unidentified armed group, written as the text gives them. Weapons and causes ("killed by a
        landmine", "destroyed by fire") are no such noun."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _BAND_NOUNS:
            return None
        if tok.dep_ == "pobj" and tok.head.lower_ == "by":
            act = tok.head.head
        elif tok.dep_ == "nsubj" and tok.lemma_.lower() in _BANDS_ACTING:
            act = tok.head  # "a right-wing group took part in the murder", "a commando kidnapped the mayor"
        else:
            return None
        took_part = act.lemma_.lower() == "take" and any(c.lower_ == "part" for c in act.children)
        if act.lemma_.lower() not in _DOING | _TAKING_PART and not took_part and not _ACT_WORD.search(act.text):
            return None  # "the protests had been infiltrated by criminals": the band did something else than the act
        start = self.base + tok.idx
        end = start + len(tok.text)
        bare = ActorRef(name="Unidentified Armed Group", text=self.text[start:end] if self.text else tok.text, kind=ActorKind.REBEL,
                        start=start, end=end, score=0.2)
        written = self._as_written(bare, tok, numbers=True)
        end = self.base + _of_phrase_end(tok)  # "a band of strangers": who the band is
        if "[" in self.text[written.start or start : written.end or end]:
            return bare  # a bracketed wire heading ("[TEXT]") is no part of the phrase
        span = self.text[written.start or start : end] if self.text else ""
        if end > (written.end or 0) and span and not _BREAK.search(span):
            written = replace(written, text=span, end=end)
        return written

    def _placed_beyond(self, ref: ActorRef | None, tok: Any) -> bool:
        """``ref`` lies in a phrase of place or direction below ``tok`` ("near a police station", "outside the
        army's offices"): it says where the act happened, not who did it ("by", "of", "from", "between", "among" and
        "with" phrases name people)."""
        if ref is None:
            return False
        cur = self._token_at(ref)
        placed = False
        for _ in range(12):
            if cur is None or cur.head is cur:
                return False  # not below ``tok`` at all (a pronoun's antecedent, told elsewhere)
            if cur.i == tok.i:
                return placed
            # ("delegations from the army and the alliance met": "from" tells whose people they were)
            # ("a band of fighters belonging to the ELN", "fire blamed on the RSF": whose they are)
            placed = placed or (cur.dep_ == "prep" and cur.lower_ not in ("by", "of", "between", "among", "with", "from")
                                and not (cur.lower_ in ("to", "on") and cur.head.lemma_.lower() in _LINKING | _PUT_DOWN))
            cur = cur.head
        return False

    def _outside_clauses(self, ref: ActorRef | None, tok: Any) -> ActorRef | None:
        """``ref`` unless it lies in a clause about ``tok`` ("members of the Vanguard who murdered the
        farmers": the farmers are no part of who the members are)."""
        if ref is None or ref.start is None:
            return ref
        for c in tok.children:
            if c.dep_ == "relcl" and self.base + _first(c) <= ref.start < self.base + _span(c)[1]:
                return None
        return ref

    def _armed_modifier(self, ref: ActorRef | None, tok: Any) -> ActorRef | None:
        """A doer written as a role of an armed group ("cartel leaders", "guerrilla commanders"): the group
        the modifier names, as the phrase gives it; the role noun alone would make them civilians."""
        if ref is None or ref.kind != ActorKind.CIVILIANS or ref.actor_id is not None:
            return ref
        lo = self.base + _head_span(tok)[0]
        armed = [r for r in self.refs if r.start is not None and lo <= r.start and (r.end or 0) <= (ref.start or 0)
                 and r.kind in ARMED_NON_STATE | {ActorKind.STATE_FORCES}]
        if not armed:
            return ref
        return replace(armed[-1], text=self.text[armed[-1].start or 0 : ref.end] if self.text else armed[-1].text, end=ref.end)

    def _members_of(self, tok: Any) -> ActorRef | None:
        """Members of an organisation no actor list knows, doing an act ("members of the Popular Union Front
        kidnapped a councillor"): an armed group under the name the text gives it."""
        if tok.lemma_.lower() != "member" or not self.text:
            return None
        org = next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), None)
        if org is None or org.pos_ != "PROPN":
            return None
        words = [t for t in org.subtree if t.i <= org.i or t.dep_ in ("compound", "flat")]
        while words and (words[0].dep_ in ("det", "poss") or words[0].is_punct):
            words.pop(0)
        if not words:
            return None
        name = self.text[self.base + words[0].idx : self.base + words[-1].idx + len(words[-1].text)]
        start = self.base + _untimed(tok).idx
        end = self.base + _of_phrase_end(tok)
        if ("\n" in name and not self._wrapped) or _BREAK.search(self.text[start:end]):
            return None
        return ActorRef(name=" ".join(name.split()), text=self.text[start:end], kind=ActorKind.REBEL, start=start, end=end, score=0.2)

    def target(self, trig: Any) -> ActorRef | None:
        found = self.targets(trig)
        return found[0] if found else None

    def targets(self, trig: Any) -> list[ActorRef]:
        """The target of ``trig`` and those coordinated with it, main one first, then the people a verb
        joined to it says were hurt too ("a soldier was killed and two civilians were wounded")."""
        found = [self.as_victim(r) for r in self._targets(trig)]
        for tok in [*_hurt_alongside(trig), *hurt_within(trig), *_objects_added(trig)]:
            ref = self.ref_for(tok, person_first=True)
            if ref is not None:
                ref = self._written(ref, tok, numbers=False, persons=True)
            else:  # "his bodyguard was injured": people no actor noun covers
                lo, hi = _head_span(tok)
                ref = self._listed_ref(tok.doc.text[lo:hi], lo)
            if ref is None:
                continue
            for one in [ref, *self.conjuncts(tok, ref, person_first=True)]:
                one = self.as_victim(one)
                if not any(same_mention(one, r) or one.text.lower() == r.text.lower() for r in found):
                    found.append(one)
        return found

    def as_victim(self, ref: ActorRef) -> ActorRef:
        """A victim's text without what only counts it or belongs to the wire's markup (``trim_victim``)."""
        if ref.actor_id is not None or ref.start is None or not self.text:
            return ref
        lo, hi = trim_victim(self.text, ref.start, ref.end or ref.start)
        age = _AGE_LEFT.match(self.text, lo, hi) if ref.kind == ActorKind.PERSON else None
        if age is not None and age.end() < hi:
            lo = age.end()  # "53-YEAR-OLD JOSEF PIESCHER": a person's name, in any case, has no age in it
        if ref.kind == ActorKind.CIVILIANS:
            lo, hi = self._name_after_role(lo, hi)
        if (lo, hi) == (ref.start, ref.end):
            return ref
        surface = self.text[lo:hi]
        return replace(ref, text=surface, start=lo, end=hi, name=surface if ref.name == ref.text else ref.name)

    def _name_after_role(self, lo: int, hi: int) -> tuple[int, int]:
        """The person's name that ends a victim phrase of titles and roles ("SENATOR LUIS CARLOS GALAN",
        "fire department director Colonel Roberto Rivera"), where the parse left it inside the description:
        a given name after a title or a role noun opens it, and it runs to the phrase's end or a comma. The
        phrase unchanged where it names no one that way ("residents of San Salvador")."""
        words = [(m.start() + lo, m.group()) for m in re.finditer(r"[^\s,;]+", self.text[lo:hi])]
        mixed = any(c.islower() for c in self.text[lo:hi])
        for k in range(1, len(words) - 1):
            before, given = words[k - 1][1], words[k][1]
            low = before.lower().strip(".")
            if given.lower() not in GIVEN_NAMES or given.lower() in _GIVEN_AND_WORD or (mixed and not given[0].isupper()) or not before.isalpha() \
                    or low in NAME_PARTICLES or low in _NOT_BEFORE_NAME or (mixed and before[0].isupper() and low not in TITLES):
                continue
            end = words[k][0] + len(given)
            run = [given]
            for at, w in words[k + 1 :]:
                if self.text[end:at].strip() or not w.replace("-", "").replace("'", "").isalpha() or w.lower() in TITLES \
                        or w.lower() in _NOT_BEFORE_NAME or (mixed and not w[0].isupper() and w.lower() not in NAME_PARTICLES):
                    break
                run.append(w)
                end = at + len(w)
            last = run[-1]
            if len(run) >= 2 and len(run) <= 5 and last.lower() not in NAME_PARTICLES and not re.fullmatch(_PERSON_NOUN, last, re.I) \
                    and not _LISTED_PEOPLE.match(last) and not _NOT_ACTORS.match(last) and not _PROPERTY.match(last):
                # ("SOCIAL CHRISTIAN PEOPLE": a given name before a noun for people names a kind of people)
                return words[k][0], end
        return lo, hi

    def _targets(self, trig: Any) -> list[ActorRef]:
        self._doc = trig.doc
        parties = list(_parties(trig))
        for tok in [*parties, *self._patients(trig)]:
            ref = self.ref_for(tok, person_first=True)
            if ref is None and tok in parties:
                # "offered its troops to Niger's president": the state whose office the party holds
                ref = next((c for c in (self.country_ref(p) for p in tok.children if p.dep_ == "poss") if c is not None), None)
            if ref is not None:
                # victims as written, without their number ("Jesuit priests", "U.S. citizens")
                found = [self._written(ref, tok, numbers=False, persons=True), *self.conjuncts(tok, ref, person_first=True)]
                if tok in parties:
                    return found
                for other in _split_list(tok):
                    # "six Jesuit priests, their housekeeper and her daughter were murdered": the parse made the
                    # list's later items subjects of their own
                    more = self.ref_for(other, person_first=True)
                    if more is None:
                        lo, hi = _head_span(other)
                        more = self._listed_ref(other.doc.text[lo:hi], lo)
                    for one in ([more, *self.conjuncts(other, more, person_first=True)] if more is not None else []):
                        if not any(one.text.lower() == r.text.lower() for r in found):
                            found.append(one)
                return self._with_listed(found, tok, trig)
            if tok not in parties:
                listed = self._with_listed([], tok, trig)
                if len(listed) >= 2:
                    return listed  # "kidnapped a young couple, Ana Ruiz and Jose Mora": no known actor, people all the same
                lo, hi = _head_span(tok)
                # "shot dead a provincial prosecutor, Ana Ruiz": the name beside a noun no actor list knows
                plain = next((p for c in tok.children if c.dep_ == "appos" for p in [self.phrase_ref(c)] if p is not None), None)
                if plain is None and tok.pos_ == "NOUN":
                    plain = self._listed_ref(tok.doc.text[lo:hi], lo)
                if plain is not None:  # "one person was killed", "wounding three others": people no actor noun covers
                    return [plain, *self.conjuncts(tok, plain, person_first=True)]
        return []

    def _with_listed(self, found: list[ActorRef], tok: Any, trig: Any) -> list[ActorRef]:
        """``found`` and the other people of the list the victim phrase ``tok`` opens or closes, in the
        order written ("killed Mayor Juan Perez, his driver and two bodyguards", "a police colonel, a judge
        and candidate Luis Herrera were murdered"): the parse chains such lists as appositions as often as
        as conjuncts. ``people.list_after``/``list_before`` read them; nothing is added unless every piece
        is a person phrase."""
        # the article's own words (the parse may have seen an upper-case wire in mixed case), same offsets
        sent = self.text[self.base : self.base + len(tok.doc.text)] if self.text else tok.doc.text
        lo, hi = _span(tok)
        flat = sent.replace(";", ",")  # "X, 42; Y, 19; and Z": semicolons part the pieces of a list
        got = list_after(flat, lo) if tok.i > trig.i else list_before(flat, hi)
        if got is None:
            return found
        at = lo if tok.i > trig.i else got[0]
        out = list(found)
        for text, _n in got[1]:
            where = sent.find(text, at)
            if where < 0:
                continue
            at = where + len(text)
            ref = self._listed_ref(text, where)
            if ref is not None and not any(same_mention(ref, r) or ref.text.lower() == r.text.lower() for r in out):
                out.append(ref)
        # the order written: the main victim is the first one the list names
        return sorted(out, key=lambda r: r.start if r.start is not None else 0) if not found else out

    def named_victims(self, sent: str) -> list[ActorRef]:
        """The people the sentence ``sent`` (its text; the finder's ``base`` is where it starts) names as
        the victims of an act told before it ("the victims were identified as Ana Perez and Jose Mora",
        "among the dead were Judge Luis Vega and his wife", "the injured are X, 24, and Y, 31"), read from
        the words alone: such sentences are seldom parsed. [] where it names none that way."""
        m = _VICTIMS_NAMED.search(sent)
        if m is None:
            return self._named_before(sent)
        # "X, 24; Y, 31; and Z": semicolons part the pieces here; an age before a name ("19-year-old X") is blanked,
        # offsets kept
        flat = _AGE_PREFIX.sub(lambda a: " " * len(a.group()), sent.replace(";", ","))
        got = list_after(flat, m.end())
        if got is None:
            one = self._one_named(sent, m.end())  # "among the dead was Judge Luis Vega"
            if one is None:
                return []
            got = (m.end() + len(one), [(one, 1)])
        return self._listed_refs(sent, m.end(), [text for text, _n in got[1]])

    def _listed_refs(self, sent: str, at: int, items: list[str]) -> list[ActorRef]:
        """The mentions of a list's items, found in order in ``sent`` from offset ``at``, each text once."""
        out: list[ActorRef] = []
        for text in items:
            where = sent.find(text, at)
            if where < 0:
                continue
            at = where + len(text)
            ref = self._text_ref(text, self.base + where)
            if ref is not None and not any(ref.text.lower() == r.text.lower() for r in out):
                out.append(ref)
        return out

    def _named_before(self, sent: str) -> list[ActorRef]:
        """The people a sentence names before saying they were among the victims ("Judge Luis Vega and his wife
        were among the dead": the judge), by name: a counted group among them only breaks the toll down."""
        m = _NAMED_BEFORE.search(sent)
        if m is None:
            return []
        got = list_before(sent.replace(";", ","), m.start(), alone=True)
        if got is None:
            # one phrase of people, from the sentence's start or a comma ("Two soldiers are among the wounded")
            one = re.search(r"[^,;:()\[\]\"]+$", sent[: m.start()])
            item = classify(one.group(0).strip(), sent.upper() == sent) if one is not None else None
            if one is None or item is None or len(item.text.split()) > 5:
                return []
            got = (one.start(), [(item.text, 1)])
        # people by name only: "35 children were among the dead" breaks the toll down, it adds no one
        return [r for r in self._listed_refs(sent, got[0], [text for text, _n in got[1]]) if r.kind == ActorKind.PERSON]

    @staticmethod
    def _one_named(sent: str, at: int) -> str | None:
        """The one person named at ``at`` ("… was identified as Judge Luis Vega."), or None. In mixed case the
        capitals tell the name; in one case the piece must read as a name of two words or more and end the
        clause ("… IDENTIFIED AS JUAN MORA."), since a single word may as well be English."""
        if any(c.islower() for c in sent):
            one = _ONE_NAME.match(sent, at)
            return one.group(0) if one is not None else None
        piece = re.match(r"[^,.;:()\[\]\"]+", sent[at:])
        if piece is None or not re.match(r"\s*(?:[,.;(]|$)", sent[at + piece.end() :]):
            return None
        item = classify(piece.group(0).strip(), True)
        if item is None or item.kind != "name" or len(item.text.split()) < 2:
            return None
        return item.text

    def _text_ref(self, text: str, start: int) -> ActorRef | None:
        """A victim one list piece names, read from its words: a person by name without titles ("Judge
        Luis Vega"), or people as the piece describes them without number or determiner ("his wife")."""
        words = [(w.start(), w.group()) for w in re.finditer(r"[^\s,;]+", text)]
        cut = next((k for k, (_, w) in enumerate(words) if w.lower() == "of" and k > 0), len(words))
        words = words[:cut]
        described = False
        while words and (words[0][1].lower().strip(".") in TITLES or words[0][1].lower().strip(".") in TITLE_ABBREVIATIONS
                         or words[0][1].lower() in _LIST_DETERMINERS or words[0][1].isdigit()):
            described = described or words[0][1].lower() in _LIST_DETERMINERS or words[0][1].isdigit()
            words = words[1:]
        if not words or _NOT_ACTORS.match(words[-1][1]) or _PROPERTY.match(words[-1][1]):
            return None
        lo, hi = start + words[0][0], start + words[-1][0] + len(words[-1][1])
        surface = self.text[lo:hi] if self.text else " ".join(w for _, w in words)
        if described or (surface != surface.upper() and not all(w[:1].isupper() or w.lower() in NAME_PARTICLES for _, w in words)):
            return ActorRef(name="Civilians", text=surface, kind=ActorKind.CIVILIANS, start=lo, end=hi, score=0.2)
        return ActorRef(name=surface, text=surface, kind=ActorKind.PERSON, start=lo, end=hi, score=0.2)

    def _listed_ref(self, text: str, at: int) -> ActorRef | None:
        """The victim one piece of a list names (sentence offset ``at``): a person by name without titles,
        a known actor, or else people as the piece describes them, without their number or determiner
        ("his driver", "two bodyguards" → "bodyguards")."""
        words = [t for t in self._doc if at <= t.idx < at + len(text) and not t.is_punct and not t.is_space]
        cut = next((k for k, t in enumerate(words) if t.lower_ == "of" and k > 0), len(words))
        words = words[:cut]
        if not words:
            return None
        head = words[-1]
        lo, hi = self.base + at, self.base + at + len(text)
        ref = self.ref_for(head, person_first=True)
        if ref is not None and ref.kind == ActorKind.PERSON and ref.actor_id is None and (head.ent_type_ == "NORP" or head.tag_ == "NNPS"):
            return None  # "among them 43 Malaysians and 38 Australians": nationalities that break down a toll, no person's name
        if ref is not None and ref.start is not None and lo <= ref.start < hi:
            return self._written(ref, head, numbers=False, persons=True)
        if not _LISTED_PEOPLE.match(head.text):
            return None  # a weapon, a place or an act that the list reader took for people ("M-72 rocket launcher", "Cali")
        first = next((k for k, t in enumerate(words) if not (t.lower_ in _LIST_DETERMINERS or t.like_num or t.pos_ == "NUM")), None)
        if first is None:
            return None
        start = self.base + words[first].idx
        end = self.base + head.idx + len(head.text)
        surface = self.text[start:end] if self.text else " ".join(t.text for t in words[first:])
        return ActorRef(name="Civilians", text=surface, kind=ActorKind.CIVILIANS, start=start, end=end, score=0.2)

    def physical_targets(self, trig: Any) -> list[PhysicalTarget]:
        """Buildings, vehicles and infrastructure that ``trig`` struck, as the text names them
        ("the telephone company offices", "their vehicle was blown up")."""
        out: list[PhysicalTarget] = []
        for tok in [*self._patients(trig), *self._sites(trig), *_struck_alongside(trig)]:
            for t in _listed(tok):
                if _PARTS.match(t.text) and not any(p.dep_ == "prep" and p.lower_ == "of" for p in t.children):
                    continue  # "destroying windows and doors": damage to what the sentence names elsewhere ("the door of the bank" is kept)
                # a bank or a newspaper named as an organisation is still the building struck ("the National Bank")
                if t.pos_ not in ("NOUN", "PROPN") or not _PROPERTY.match(t.text) or t.ent_type_ in ("GPE", "LOC", "PERSON", "NORP"):
                    continue
                if any(r.start is not None and r.start <= self.base + t.idx < (r.end or 0) for r in self.refs):
                    continue  # "British aircraft" names an actor
                # what was struck as the text names it, without how many ("several state-owned banks": the banks)
                left = [c for c in t.lefts if c.dep_ in _PROPERTY_MODIFIERS and c.lower_ not in _PRONOUNS and c.dep_ not in ("nummod", "quantmod")
                        and not (c.dep_ == "amod" and c.lower_ in _QUANTIFIERS)]
                start = min([t.idx] + [_untimed(c).idx for c in left])
                end = t.idx + len(t.text)
                for c in t.rights:
                    if c.dep_ == "prep" and c.lower_ == "of":  # "the door of the bank", not "… of the bank in Lima"
                        end = max([end, *(_head_span(g)[1] for g in c.children if g.dep_ == "pobj")])
                lo, hi = self.base + start, self.base + end
                if self.text:
                    lo, hi = trim_victim(self.text, lo, hi)
                text = self.text[lo:hi] if self.text else t.text
                if all(sp.text != text for sp in out):
                    out.append(PhysicalTarget(lo, hi, text, t.text))
        return out

    def _sites(self, trig: Any) -> Iterable[Any]:
        """Where a bomb or an attack was aimed: "the attack was perpetrated against the newsman's home",
        "bombs placed near power poles", "a bomb went off outside the embassy", "a truck bomb exploded
        outside a police building", "set off a bomb in the basement of the Democracy Tower"."""
        if trig.pos_ in ("NOUN", "PROPN"):
            verbs = [trig.head] if trig.dep_ in ("nsubj", "nsubjpass", "dobj") and trig.head.pos_ in ("VERB", "AUX") else []
            verbs += [c for c in trig.children if c.dep_ == "acl" and c.pos_ == "VERB"]
        elif trig.pos_ == "VERB" and (trig.lemma_.lower() in _PLACING or _sets_fire(trig)):
            verbs = [trig]
        else:
            return
        for verb in verbs:
            if _sets_fire(verb):  # "set fire to a grocery store"
                yield from (g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj")
            for c in verb.children:
                if c.dep_ == "prep" and c.lower_ in _SITE_PREPS | {"in"}:
                    for g in c.children:
                        if g.dep_ != "pobj":
                            continue
                        if g.lower_ == "front":  # "in front of the bank"
                            yield from (h for p in g.children if p.lower_ == "of" for h in p.children if h.dep_ == "pobj")
                        elif _PROPERTY.match(g.text) or (c.lower_ != "in" and not any(p.lower_ == "of" for p in g.children)):
                            yield g
                        else:  # "the basement of the Democracy Tower building": the building is what was struck
                            yield from (h for p in g.children if p.dep_ == "prep" and p.lower_ == "of" for h in p.children if h.dep_ == "pobj")

    def _agents(self, trig: Any) -> Iterable[Any]:
        yield from self._acting(trig)
        # "died under torture in police custody": whoever held the victim, where the text names no one else
        yield from _custodians(trig)

    def _acting(self, trig: Any) -> Iterable[Any]:
        verb = trig
        if _undergone(verb):
            return  # "three policemen burned to death": they suffered it
        if verb.pos_ == "VERB" and verb.lemma_.lower() in _BYSTANDING:
            return  # the clause's verb only reacts to the act ("the EEC condemned the assassination")
        if verb.pos_ == "VERB" and _blames(verb):
            yield from self._accused(verb, None)  # the head of "blamed the ELN for the bombing": not its subject
            return
        if ran_into(trig):
            return  # "their patrol vehicle hit a landmine": who ran into the mine suffered it; whoever laid it is untold
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        # "Sudan's paramilitary Rapid Support Forces shelled …", parsed with two subjects: the adjective is no doer
        nominal = any(c.dep_ == "nsubj" and c.pos_ != "ADJ" for c in verb.children)
        for c in verb.children:
            if c.dep_ == "agent":
                yield from (g for g in c.children if g.dep_ == "pobj")
            if c.dep_ in ("nsubj",) and not passive and not (nominal and c.pos_ == "ADJ") and _MUNITION.match(c.text):
                # "the grenade, aimed at a police vehicle, exploded": a weapon acts for whoever placed it, and the
                # people its phrase names are where it was aimed, unless they placed it ("a bomb planted by rebels")
                yield from (g for a in c.children if a.dep_ in ("acl", "relcl") for b in a.children if b.dep_ == "agent"
                            for g in b.children if g.dep_ == "pobj")
                yield from _fired_from(verb)  # "artillery shells fired from a nearby military battalion landed in a market"
            elif c.dep_ in ("nsubj",) and not passive and not (nominal and c.pos_ == "ADJ"):
                yield c
            if c.dep_ == "nsubj" and not passive:
                yield from _blamed_on(c)  # "artillery fire blamed on the RSF killed 12 civilians"
            if c.dep_ in ("poss", "compound", "amod", "nmod") and trig.pos_ in ("NOUN", "PROPN") and not _where_not_who(c, trig, self.is_country):
                yield c
            if c.dep_ == "prep" and c.lower_ in ("by", "from", "between") and trig.pos_ in ("NOUN", "PROPN"):
                # "explosions from several places near the army's offices": where it came from, not who
                yield from (g for g in c.children if g.dep_ == "pobj" and not (c.lower_ == "from" and _WHERE_FROM.match(g.text)))
            if c.dep_ == "prep" and c.lower_ == "between" and trig.pos_ in ("VERB", "AUX") and any(
                    g.dep_ == "nsubj" and g.pos_ == "NOUN" for g in trig.children):
                # "fighting broke out between the FMLN and army troops": the sides hang on the verb
                yield from (g for g in c.children if g.dep_ == "pobj")
            if c.dep_ in ("acl", "relcl") and trig.pos_ in ("NOUN", "PROPN"):
                # "an ambush staged by FARC rebels", "the bomb, placed by urban guerrillas", "a bomb that had been
                # planted by rebels"
                yield from (g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj")
                if _MUNITION.match(trig.text):
                    yield from _fired_from(c)  # "artillery shells fired from a nearby military battalion"
                yield from _blamed_on(trig, c)  # "a massacre that residents blamed on the army"
                if c.lemma_.lower() in _SETTING and not _passive(c):
                    # "a bomb that gunmen threw into the office", "the ambush the rebels staged": the clause's subject
                    yield from (g for g in c.children if g.dep_ == "nsubj" and g.lower_ not in _RELATIVES)
        if trig.pos_ in ("NOUN", "PROPN") and trig.dep_ == "nsubj" and trig.head.lemma_.lower() in ("pit", "involve"):
            # "the clashes pitted Mai-Mai fighters against the Twirwaneho", "the fighting involved the army and the RSF"
            yield from (c for c in trig.head.children if c.dep_ == "dobj")
        if trig.tag_ == "VBG" and trig.lemma_.lower() == "fight" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in trig.children):
            # "Further south, fighting flared on Tuesday between the M23 and pro-government militias": the parse took the
            # noun for a participle, with the sides on it or on the verb it is the subject of
            between = next((t for t in (*trig.children, *(trig.head.children if trig.head.lemma_.lower() in _BREAKING_OUT else ()))
                            if t.dep_ == "prep" and t.lower_ == "between"), None)
            if between is not None:
                yield from (g for g in between.children if g.dep_ == "pobj")
        if trig.pos_ == "NOUN" and trig.dep_ == "nsubj" and trig.head.lemma_.lower() in _BREAKING_OUT \
                and not any(c.dep_ == "prep" and c.lower_ == "between" for c in trig.head.children):
            # "the fighting broke out near the hamlet of X in Y municipality between members of A and B": the parse
            # may hang the sides on the last place named
            between = next((t for t in trig.head.subtree if t.dep_ == "prep" and t.lower_ == "between" and t.i > trig.head.i), None)
            if between is not None:
                yield from (g for g in between.children if g.dep_ == "pobj")
        if passive and not any(c.dep_ == "agent" for c in verb.children):
            if verb.dep_ in ("relcl", "acl"):
                # "Castellar, who was kidnapped on 5 January, apparently by ELN guerrillas, was found dead": the
                # parser hangs the detached "by" phrase on the victim, after the clause that tells the act
                yield from (g for p in verb.head.children if p.dep_ == "prep" and p.lower_ == "by" and p.i > verb.i
                            for g in p.children if g.dep_ == "pobj")
            yield from _doers_when(verb)
        # "two officers were killed in a gunfight with gang members": the side the victims fought did it
        yield from _fought_with(trig)
        # "militants stormed the village and killed 12": the conjunct inherits the subject
        # (not "soldiers detained two men, and a bomb exploded at a market": that conjunct has its own subject)
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            yield from self._acting(verb.head)
        # "police arrested a woman who was fleeing after having planted a bomb": she planted it
        if verb.pos_ == "VERB" and not _passive(verb) and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            yield from _relative_antecedent_of(verb)
        # "foiled an attempt by ELN rebels to kidnap a mayor", "the FMLN's plot to kill him": whoever tried it
        if verb.pos_ == "VERB" and verb.dep_ == "acl" and verb.head.lemma_.lower() in _TRYING and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            yield from (c for c in verb.head.children if c.dep_ == "poss")
            yield from (g for p in verb.head.children if p.dep_ == "prep" and p.lower_ == "by" for g in p.children if g.dep_ == "pobj")
        # "fighters entered the village late on Monday, tying up residents and killing them": a participle that opens a
        # clause of its own with no subject tells more of what the governing verb's subject did
        # (not where that subject ran into the act: "a convoy ran over a bomb, killing two soldiers")
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ in ("VERB", "AUX") and not _passive(verb.head) \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and verb.i > verb.head.i \
                and verb.lemma_.lower() not in _SUFFERING and not ran_into_munition(verb.head) and not _undergone(verb.head) \
                and verb.head.lemma_.lower() not in _SUFFERING:
            yield from (c for c in verb.head.children if c.dep_ == "nsubj" and not _MUNITION.match(c.text))
        # "its forces repelled an RSF attempt to advance on the city, killing dozens of fighters": a result set off by a
        # comma, hung by the parse from the noun before it, is the act of the verb that noun depends on
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == "," and verb.head.pos_ == "NOUN":
            gov = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if gov is not None and not _passive(gov):
                yield from (c for c in gov.children if c.dep_ == "nsubj")
        # "sparking the terrorists to burn…": object control
        if verb.dep_ in ("xcomp", "ccomp") and not any(c.dep_ == "nsubj" for c in verb.children):
            yield from (c for c in verb.head.children if c.dep_ in ("dobj",))
        # "the rebels claimed to have killed twenty soldiers", "gunmen tried to storm the base": subject control
        if verb.dep_ == "xcomp" and verb.pos_ == "VERB" and not _passive(verb) and verb.head.pos_ == "VERB" \
                and not any(c.dep_ == "nsubj" for c in verb.children) \
                and not any(c.dep_ in ("dobj", "dative") for c in verb.head.children) and not _passive(verb.head):
            yield from (c for c in verb.head.children if c.dep_ == "nsubj")
        # "students marched to protest the killing", "police fired tear gas to disperse them", "troops were sent to
        # retake the town": a purpose clause's doer is its governing verb's subject
        if verb.dep_ == "advcl" and verb.pos_ == "VERB" and not _passive(verb) and verb.head.pos_ in ("VERB", "AUX") \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            yield from (c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass"))
        # "an attack by X", "a bomb planted by X" — participial modifiers
        if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and not _passive(verb) and not _PROPERTY.match(verb.head.text):
            # "the men who killed him" (not "Galan, who was killed on Friday": he suffered it; nor "an attack on a police
            # station that killed three officers", the clause hung on the building)
            yield verb.head
        if verb.dep_ == "relcl" and _passive(verb) and any(c.lower_ == "where" for c in verb.children):
            # "fighting broke out between X and Y in Z, where twelve soldiers were killed": the act told of Z
            gov = verb.head
            while gov.dep_ in ("pobj", "prep", "compound", "appos") and gov.head.i != gov.i:
                gov = gov.head
            if gov.pos_ in ("VERB", "AUX") and gov.i != verb.i:
                yield from self._acting(gov)
        # a nominal trigger inside a verb's phrase: "carried out an attack", "launched an assault"
        if trig.pos_ in ("NOUN", "PROPN") and trig.dep_ in ("dobj", "pobj", "attr") and trig.head.pos_ in ("VERB", "AUX", "ADP"):
            head = trig.head if trig.head.pos_ != "ADP" else trig.head.head
            if _blames(head):
                # "police blamed the ELN for the bombing", "attributed the massacre to the FMLN",
                # "accused the army of the killings": the accused, not the accuser
                yield from self._accused(head, trig)
            elif head.lemma_.lower() in _TAKING_PART:
                # "two officers were involved in the massacre", "the men who took part in the raid"
                yield from (c for c in head.children if c.dep_ in ("nsubj", "nsubjpass"))
            elif head.lemma_.lower() not in _SUFFERING | _BYSTANDING and not _came_under(trig):  # "two soldiers died in an ambush": they suffered it
                yield from (c for c in head.children if c.dep_ == "nsubj")
            if head.lemma_.lower() in _TAKING_PART | _DOING and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
                yield from self._charged(head)
        if trig.pos_ in ("NOUN", "PROPN") and trig.dep_ == "pobj" and trig.head.lower_ == "in" and trig.head.head.lemma_.lower() in SHARE_NOUNS:
            # "the involvement of two officers in the murder", "the army's part in the massacre": who took part
            share = trig.head.head
            yield from (c for c in share.children if c.dep_ == "poss")
            yield from (g for p in share.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj")
        yield from self._answerable(trig)
        yield from self._handiwork(trig)

    @staticmethod
    def _charged(verb: Any) -> Iterable[Any]:
        """Who a subjectless "committing"/"participating in" belongs to: "five soldiers accused of committing
        the massacre", "X is suspected of having taken part in the murder"."""
        if verb.dep_ != "pcomp" or verb.head.dep_ != "prep":
            return
        gov = verb.head.head
        if gov.dep_ == "acl" and gov.head.pos_ in ("NOUN", "PROPN"):
            yield gov.head
        if gov.dep_ == "relcl" and gov.head.pos_ in ("NOUN", "PROPN") and gov.lemma_.lower() in BLAMING \
                and any(c.dep_ == "dobj" and c.lower_ in ("who", "whom", "that") for c in gov.children):
            yield gov.head  # "officers, whom the rebels accused of ordering the killing": the officers
        yield from (c for c in gov.children if c.dep_ == "nsubjpass")
        if gov.lemma_.lower() in BLAMING:
            yield from (c for c in gov.children if c.dep_ == "dobj")

    @staticmethod
    def _handiwork(trig: Any) -> Iterable[Any]:
        """Who an act named by a noun is put down to: "the attack was the work of X", "the bombing was the
        handiwork of X" (X after "of"), "X was behind the attack" (the subject), "the attack was carried out
        by X" (the agent of a verb of doing)."""
        if trig.pos_ not in ("NOUN", "PROPN"):
            return
        if trig.dep_ in ("nsubj", "nsubjpass") and trig.head.lemma_.lower() == "be":
            for attr in (c for c in trig.head.children if c.dep_ == "attr" and c.lemma_.lower() in _HANDIWORK):
                yield from (g for p in attr.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj")
        if trig.dep_ == "pobj" and trig.head.lower_ == "behind" and trig.head.head.lemma_.lower() == "be":
            yield from (c for c in trig.head.head.children if c.dep_ == "nsubj")
        if trig.dep_ == "nsubjpass" and trig.head.lemma_.lower() in _DOING:
            # "the kidnapping was planned and carried out by the army": the agent of the verb that did the act
            verb = trig.head
            for v in [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]:
                yield from (g for a in v.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj")

    @staticmethod
    def _answerable(trig: Any) -> Iterable[Any]:
        """Who answers for an act named by a noun: "the group claimed responsibility for the bombing",
        "X was the author of the murder", "X is responsible for the attack"."""
        if trig.pos_ == "NOUN" and trig.dep_ == "dobj" and trig.head.lemma_.lower() == "claim":
            # "al-Shabaab on Tuesday claimed an attack on a police station": the claimant
            yield from (c for c in trig.head.children if c.dep_ == "nsubj")
            return
        if trig.pos_ not in ("NOUN", "PROPN") or trig.dep_ != "pobj" or trig.head.lower_ not in ("for", "of"):
            return
        holder = trig.head.head
        word = holder.lower_
        if trig.head.lower_ == "of" and holder.lemma_.lower() in _HANDIWORK and holder.dep_ == "attr":
            # "the attack was the work of X": the noun's owner did it (the act is the copula's subject, not this pobj)
            return
        if word in ("responsibility", "credit") and trig.head.lower_ == "for" and holder.head.lemma_.lower() in _OWNING:
            yield from (c for c in holder.head.children if c.dep_ == "nsubj")  # claimed responsibility for
        elif (word in _DOERS and holder.dep_ in ("attr", "acomp")) or (word == "responsible" and trig.head.lower_ == "for"):
            yield from (c for c in holder.head.children if c.dep_ in ("nsubj", "nsubjpass"))  # was the perpetrator of

    @staticmethod
    def _accused(verb: Any, trig: Any) -> Iterable[Any]:
        for c in [*verb.children, *(trig.children if trig is not None and trig.i != verb.i else ())]:
            if c.dep_ == "dobj" and (trig is None or c.i != trig.i) and c.head.i == verb.i:
                yield c  # blamed X for Y / accused X of Y
            if c.dep_ == "prep" and c.lower_ in ("to", "on"):
                yield from (g for g in c.children if g.dep_ == "pobj" and (trig is None or g.i != trig.i))  # attributed Y to X / blamed Y on X

    def _patients(self, trig: Any) -> Iterable[Any]:
        yield from _lives_claimed(trig)
        if trig.pos_ in ("NOUN", "PROPN") and trig.dep_ == "nsubj" and trig.head.lemma_.lower() == "pit":
            # "the clashes pitted Mai-Mai fighters against the Twirwaneho": the other side
            # (the parse may hang "against" on the first side's description)
            against = next((t for t in trig.head.subtree if t.dep_ == "prep" and t.lower_ == "against" and t.i > trig.head.i), None)
            yield from (g for g in (against.children if against is not None else ()) if g.dep_ == "pobj")
        if _undergone(trig):
            yield from (c for c in trig.children if c.dep_ == "nsubj")  # "three policemen burned to death"
        if trig.pos_ in ("NOUN", "PROPN") and trig.dep_ == "pobj" and (trig.head.head.lemma_.lower() in _SUFFERING - {"flee", "escape", "survive"}
                                                                   or _came_under(trig)):
            # "two soldiers died in an ambush", "a journalist died under torture", "a patrol came under fire": who suffered it
            yield from (c for c in trig.head.head.children if c.dep_ == "nsubj")
        if trig.lemma_.lower() in _FOUGHT_IN and any(True for _ in _fought_with(trig)) and _passive(trig.head.head):
            # "three soldiers were wounded during a clash with guerrillas": the soldiers
            yield from (c for c in trig.head.head.children if c.dep_ == "nsubjpass")
        for c in trig.children:
            if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd"):
                yield c
            if c.dep_ == "prep" and c.lower_ in _TARGET_PREPS:
                yield from (g for g in c.children if g.dep_ == "pobj")
            if c.dep_ == "prep" and c.lower_ == "with" and trig.lemma_.lower() in _FIGHTING:
                yield from (g for g in c.children if g.dep_ == "pobj")  # "clashed with the SDF": the other side
            if c.dep_ == "prep" and c.lower_ == "of" and trig.pos_ == "NOUN":  # "the killing of 12 villagers"
                yield from (g for g in c.children if g.dep_ == "pobj")
        if trig.dep_ == "conj" and trig.head.pos_ == "VERB":
            passive = any(c.dep_ == "nsubjpass" for c in trig.head.children)
            if passive and not any(c.dep_ in ("dobj", "nsubjpass") for c in trig.children):
                yield from (c for c in trig.head.children if c.dep_ == "nsubjpass")
        if trig.dep_ == "relcl" and trig.head.pos_ in ("NOUN", "PROPN") and _passive(trig):
            yield trig.head  # "Luis Galan, who was killed last Friday"
        if trig.pos_ == "NOUN" and trig.lemma_.lower() not in _OWN_ACTS:
            # "Galan's murder", "the minister's kidnapping": a person's act of violence is done to them
            yield from (c for c in trig.children if _possessor(c) and self.name_chain(c))
        if trig.dep_ in ("acl",) and trig.head.pos_ in ("NOUN", "PROPN") and trig.lemma_.lower() not in _CARRYING:
            yield trig.head  # "villagers killed in the raid" (not "a truck rigged with dynamite": it carried the bomb)
        yield from hurt_by(trig)
        if trig.pos_ in ("NOUN", "PROPN") and trig.dep_ == "pobj" and trig.head.lower_ == "of" and trig.head.head.lemma_.lower() in _AIMED_AT \
                and trig.head.head.dep_ in ("attr", "nsubj", "appos"):
            # "the embassy was the target of a bomb attack", "the mayor was the victim of an ambush"
            aim = trig.head.head
            yield from (c for c in aim.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != aim.i)
            if aim.dep_ == "appos":
                yield aim.head

    def is_source(self, ref: ActorRef) -> bool:
        """The actor reports, rather than acts: "police said", "according to the army"."""
        if not self.text or ref.start is None or ref.end is None:
            return False
        # what follows inside the sentence only: "kidnapped by unknown persons. Police said…" — the
        # next sentence's speaker says nothing of the phrase that ends this one
        after = self.text[ref.end : min(ref.end + 40, self._sentence_end())]
        before = self.text[max(0, ref.start - 60) : ref.start]
        return bool(SPEECH.match(after) or ACCORDING.search(before[-20:]) or _SOURCE_AFTER.match(after) or _SOURCE_BEFORE.search(before))

    def _sentence_end(self) -> int:
        """Article offset where the sentence being read ends (the text's end before any parse is seen)."""
        return self.base + len(self._doc.text) if self._doc is not None else len(self.text)

    def is_descriptor(self, ref: ActorRef) -> bool:
        """An unnamed armed noun that only qualifies an act ("a terrorist attack", "guerrilla actions"):
        the text says what kind of act, not who did it."""
        if ref.actor_id is not None or ref.kind not in ARMED_NON_STATE or self._doc is None or ref.start is None:
            return False
        tok = next((t for t in self._doc if self.base + t.idx == ref.start), None)
        while tok is not None and tok.dep_ in ("amod", "compound") and tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN", "ADJ"):
            tok = tok.head
            if _ACTS.match(tok.text):
                return True
        return False

    def patient_spans(self, trig: Any) -> list[tuple[int, int]]:
        """Article spans of the phrases that suffer ``trig`` ("two members of the judge's escort,
        members of the secret police, were wounded": the police there are victims)."""
        toks = list(self._patients(trig))
        if trig.pos_ in ("NOUN", "PROPN") and trig.dep_ == "pobj" and trig.head.head.pos_ in ("VERB", "AUX"):
            # "…were wounded in the attack": the passive subject of the verb the attack explains
            toks += [c for c in trig.head.head.children if c.dep_ == "nsubjpass"]
        if trig.pos_ == "NOUN" and trig.lemma_.lower() not in _OWN_ACTS and not _names_its_victim(trig):
            toks += [c for c in trig.children if c.dep_ == "poss"]  # "the police chief's assassination": he suffered it
        toks += list(_foilers(trig))  # nor did the side that stopped it do it
        return [(self.base + lo, self.base + hi) for lo, hi in (_span(t) for t in toks)]

    def object_spans(self) -> list[tuple[int, int]]:
        """Article spans of the noun phrases a verb of violence in the sentence acts on (their direct
        objects, clauses left out): found by position alone, such a phrase suffered an act and did none."""
        if self._doc is None:
            return []
        objects = [(self.base + lo, self.base + hi) for t in self._doc
                   if t.dep_ == "dobj" and t.head.pos_ == "VERB" and (t.head.lemma_.lower() in _HARMING or _ACT_WORD.search(t.head.text))
                   for lo, hi in [_head_span(t)]]
        # and the passive subjects of such verbs, whole: "two members of the armed forces were martyred when …"
        return objects + [(self.base + lo, self.base + hi) for t in self._doc
                          if t.dep_ == "nsubjpass" and t.head.pos_ == "VERB"
                          and (t.head.lemma_.lower() in _HARMING or t.head.lower_ == "martyred")
                          for lo, hi in [_span(t)]]

    def nearest(self, pos: int, before: bool, kinds: set[str] | None = None, avoid: Iterable[tuple[int, int]] = (),
                region: tuple[int, int] | None = None) -> ActorRef | None:
        """The actor mention nearest ``pos`` on one side, by position alone: no reporting source, no
        descriptor of an act, none inside the phrases in ``avoid`` (those that suffer the act) and, where
        ``region`` (article offsets of the trigger's clause) is given, none outside it: a neighbouring
        clause's actor did that clause's act."""
        avoid = list(avoid)
        pool = [r for r in self.refs if r.start is not None and ((r.end or 0) <= pos if before else r.start >= pos) and not self.is_source(r)
                and not self.is_descriptor(r) and not self._owner_of_thing(r)
                and (region is None or region[0] <= r.start < region[1]) and not self._doing_else(r) and not self._worn(r) and not self._taken_for(r)
                and not _SOUGHT.search(self.text, max(0, r.start - 40), r.start)  # "raided the village in search of the attackers"
                and not any(lo <= (r.start or 0) < hi for lo, hi in avoid)]
        if kinds is not None:
            pool = [r for r in pool if r.kind in kinds]
        if not pool:
            return None
        found = pool[-1] if before else pool[0]
        at = self._token_at(found)
        launcher = self._launcher(at) if at is not None else None
        if launcher is not None:
            return launcher  # "destroyed a drone launched by the rebels": the rebels
        written = self._in_phrase(found, numbers=kinds is not None, persons=kinds is None)
        if kinds is not None and (self._oblique(found) or self._urging(found)):
            # a doer found by position alone is no mention inside a phrase about something else ("bomb experts
            # who work for the city police", "near the offices of the armed forces", "three members of the
            # provincial police were among the wounded"), nor one who urges others to act
            self.aside.add(_at(written))
        return written

    def _urging(self, ref: ActorRef) -> bool:
        """The mention is the subject of a verb that urges an act rather than doing it ("the leader urged his
        supporters to attack army positions")."""
        tok = self._token_at(ref)
        while tok is not None and tok.dep_ in ("compound", "amod", "nmod", "flat", "appos") and tok.head is not tok:
            tok = tok.head
        if tok is None or tok.dep_ != "nsubj":
            return False
        return tok.head.lemma_.lower() in _URGING

    def subject_head(self, ref: ActorRef) -> Any:
        """The verb whose subject the mention heads or lies in ("groups of young men marched"), or None."""
        tok = self._token_at(ref)
        for _ in range(8):
            if tok is None or tok.head is tok:
                return None
            if tok.dep_ in ("nsubj", "nsubjpass"):
                return tok.head
            tok = tok.head if tok.dep_ in ("compound", "amod", "nmod", "flat", "nummod", "det", "poss", "pobj", "prep", "appos") else None
        return None

    def _doing_else(self, ref: ActorRef) -> bool:
        """``ref`` is a force whose arrival only says when the act happened ("the crowd burned three shops before
        police arrived", "fled when troops reached the village"): neither its doer nor its target (people who
        "had fled" before their houses burned still suffered it, and an army that "withdrew" is a side)."""
        first = self._token_at(ref)
        if first is None or ref.kind not in ARMED:
            return False
        lo, hi = ref.start or 0, ref.end or 0
        head = next((t for t in first.doc[first.i : first.i + 8] if not lo <= self.base + t.head.idx < hi or t.head.i == t.i), first)
        verb = head.head
        return head.dep_ == "nsubj" and verb.dep_ == "advcl" and verb.lemma_.lower() in _ARRIVING and any(c.dep_ == "mark" for c in verb.children)

    def _disguised(self, tok: Any) -> ActorRef | None:
        """The people a disguise is told of, where the parse makes the disguise the subject ("gunmen dressed as
        soldiers abducted a priest", parsed with "soldiers" doing the abducting): the actor written just before
        "dressed as" (the disguise itself is no actor, see the actor stage)."""
        if not self.text:
            return None
        at = self.base + tok.idx
        m = DISGUISED_AS.search(self.text, max(0, at - 40), at)
        if m is None:
            return None
        before = [r for r in self.refs if r.end is not None and r.start is not None and 0 <= m.start() - r.end <= 1]
        return before[-1] if before else None

    def _worn(self, ref: ActorRef) -> bool:
        """The mention only says what someone wore ("men wearing military uniforms", "gunmen dressed as policemen",
        "one of them, in army fatigues"): the dress of the doers, who may be anyone."""
        cur = self._token_at(ref)
        for _ in range(5):
            if cur is None or cur.head.i == cur.i:
                return False
            if cur.dep_ in ("nsubj", "nsubjpass", "conj"):
                # "soldiers wearing civilian clothes kidnapped …": the wearers themselves; "weapons, uniforms and
                # propaganda were seized": a list, not a dress
                return False
            cur = cur.head
            if (cur.pos_ == "VERB" and cur.lemma_.lower() in _DRESSING) or (cur.pos_ == "NOUN" and cur.lemma_.lower() in _GARB):
                return True
        return False

    def _taken_for(self, ref: ActorRef) -> bool:
        """The mention says what people who are not the clause's subject were taken for ("stopped three men they
        suspected of being gang lookouts", "detained a youth accused of being a rebel informer"); said of the
        subject ("gunmen believed to be rebels attacked") it tells who the doers are."""
        if ref.start is None or not _TAKEN_FOR.search(self.text, max(0, ref.start - 60), ref.start):
            return False
        cur = self._token_at(ref)
        for _ in range(8):
            if cur is None or cur.head.i == cur.i:
                return False
            if cur.dep_ in ("relcl", "acl"):
                return cur.head.dep_ not in ("nsubj", "nsubjpass")
            cur = cur.head
        return False

    def _token_at(self, ref: ActorRef) -> Any:
        if self._doc is None or ref.start is None:
            return None
        at = ref.start - self.base
        return next((t for t in self._doc if t.idx <= at < t.idx + len(t.text)), None)

    def _oblique(self, ref: ActorRef) -> bool:
        """The mention heads, or modifies, the object of a preposition other than one that names the sides of
        a fight or the doer ("by", "between", "among", "with"), itself or through the noun its "of" phrase belongs
        to ("near the offices of the armed forces"); a subject ("members of the FMLN attacked"), a noun of the act
        ("as a result of a guerrilla attack") and the object of a verb of linking ("linked to the cartel") are not."""
        if _AIRCRAFT.search(ref.text):
            return False  # "attacked the city with waves of drones": the aircraft are how it was done, and whose they are
        tok = self._token_at(ref)
        for _ in range(12):
            if tok is None or tok.head is tok:
                return False
            if tok.dep_ in ("compound", "amod", "nmod", "flat", "nummod", "poss", "det", "appos"):
                tok = tok.head
            elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in ("NOUN", "PROPN"):
                tok = tok.head.head  # "the offices of the armed forces", "members of the FMLN": the phrase the name is part of
            else:
                break
            if _ACT_WORD.fullmatch(tok.text):
                return False  # "as a result of an ISWAP ambush": the name owns the act
        # (a conjunction the parse took for a preposition opens a clause, whose subject may well be the doer:
        # "the report stated that gunmen kidnapped …")
        if tok is None or tok.dep_ != "pobj" or tok.head.lower_ in ("by", "between", "among", "with") or tok.head.lower_ in _CONJUNCTIONS:
            return False
        if tok.head.lower_ == "from" and _MEMBERS_FROM.fullmatch(tok.head.head.text):
            return False  # "fighters from the CODECO militia attacked a camp": whose fighters, not where from
        # "linked to the cartel", "attributed to the rebels": whom the act is put down to
        return not (tok.head.lower_ == "to" and tok.head.head.lemma_.lower() in _LINKING)

    def clause_span(self, head: Any) -> tuple[int, int] | None:
        """Article offsets of the words of the clause ``head`` heads, embedded clauses included ("while
        heavy fighting broke out in a nearby village"); None for a sentence's main clause, which spans it all,
        and for a clause without a subject of its own ("accused the rebels of killing…") or with a pronoun
        for one ("… when they blew themselves up"): its actor is told outside it."""
        if head is None or head.dep_ == "ROOT" or head.head.i == head.i \
                or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.lower_ not in _PRONOUNS for c in head.children):
            return None
        lo, hi = _span(head)
        return self.base + lo, self.base + hi

    def joined_clause_start(self, head: Any) -> int | None:
        """Article offset where a clause joined to ``head``'s with a subject of its own begins ("the
        shells were fired from the district and that security forces were searching the area"): what
        follows there is that clause's business, not a party to ``head``'s act. A joined clause of violence
        ("fighters stormed a hotel, and security forces killed the last of them") is the other side of one
        fight, and does not count. None where there is none."""
        if head is None:
            return None
        for c in head.children:
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > head.i and not _ACT_WORD.search(c.text) \
                    and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ not in _PRONOUNS for g in c.children):
                first = min([c.i, *(g.i for g in c.subtree)])
                cc = [g.i for g in head.children if g.dep_ == "cc" and g.i < first]
                if cc:  # "… and that soldiers were searching": joined by a conjunction, not a comma the parse misread
                    return self.base + c.doc[max(cc)].idx
        return None

    def _owner_of_thing(self, ref: ActorRef) -> bool:
        """A name that only says whose building or vehicle it is ("the government building", "an army
        truck"): found by position, it names the thing struck, not a party."""
        if not self.text or ref.end is None or ref.actor_id is not None:
            return False
        word = re.match(r"[ \t]+([A-Za-z]+)", self.text[ref.end : ref.end + 30])
        # an army outpost, a police station or patrol is the force itself where it is attacked
        return bool(word and _PROPERTY.match(word.group(1)) and not _FORCE_PLACES.match(word.group(1)))

    def _in_phrase(self, ref: ActorRef, numbers: bool, persons: bool = False) -> ActorRef:
        """A mention found by position, read in its noun phrase: an unnamed actor as the phrase gives it
        ("an urban guerrilla group"), a person's title or description as the person it names
        ("leftist leader Hector Oqueli", "Hector Oqueli, a leftist leader")."""
        if ref.actor_id is not None or ref.start is None or self._doc is None:
            return ref
        tok = next((t for t in self._doc if self.base + t.idx <= ref.start < self.base + t.idx + len(t.text)), None)
        if tok is None:
            return ref
        if persons and ref.kind == ActorKind.CIVILIANS:
            named = tok.head if tok.dep_ in ("appos", "compound") and tok.head.i != tok.i else None
            while named is not None and named.dep_ == "compound" and named.head.i > named.i:
                named = named.head  # "political leaders Ana Maria Ruiz": the whole name, not its first word
            for cand in (named,
                         *(c for c in tok.children if c.dep_ == "appos")):
                person = self.phrase_ref(cand) if cand is not None else None
                if person is not None:
                    return person
        while tok.dep_ in ("compound", "amod", "nmod") and tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
            tok = tok.head
        return self._as_written(ref, tok, numbers=numbers)


_HARMING = frozenset(["injure", "wound", "hurt", "maim", "kill"])  # verbs whose object suffered, triggers or not
_HANDIWORK = frozenset(["work", "handiwork", "doing"])  # "the attack was the work of X"

# head nouns of a "by" phrase that name people acting together, where the actor lists know no such noun
_ACT_WORD = candidate_pattern()  # a word that can tell an event ("killed", "kidnapped", "ambush")
_BAND_NOUNS = frozenset(["group", "squad", "band", "cell", "column", "faction", "element", "unit", "commando", "brigade", "crew",
                         "stranger", "criminal", "delinquent", "hooligan", "someone", "somebody", "individual", "professional", "thief", "robber"])

# bands that act as subjects without being a state's (a "unit", "squad" or "brigade" is as often the police's)
_BANDS_ACTING = frozenset(["group", "band", "cell", "column", "faction", "commando", "gang", "stranger", "criminal", "individual"])

# words that doubt who did it rather than describe them: "alleged urban guerrillas" are, as far as the
# text knows, urban guerrillas; the doubt is the event's modality, not part of the actor's name
_HEDGES = frozenset(["alleged", "presumed", "suspected", "supposed", "purported", "reputed", "apparent", "possible", "probable"])


# Words that only say how many were struck ("several union leaders", "approximately 20 diplomats", "two
# drugstores"): the victims are the people or things the rest of the phrase names.
# The count is the one the count reader knows (``numbers.COUNT``: qualifier, figure, vague word), or a
# bare "some" or "various", with the "of" of a vague plural ("hundreds of"); "one of his guards" keeps its
# "of" (see ``trim_victim``).
_HOW_MANY = re.compile(rf"(?:{COUNT}|various|some)\s+(?:(?<=s\s)of\s+)?", re.I)
# Wire markup a phrase found by position can run into: "[TEXT] two missionaries" begins after the bracket.
_MARKUP = re.compile(r"^[^\[\]]*\]\s*")
# An age before a noun, split by the tokenizer: "a 15-year-old daughter" begins at the number.
_AGE_BEFORE = re.compile(r"\d+\s*-\s*(?:year|month)s?\s*-\s*$", re.I)
# Words before a given name that make it part of a place or of another phrase, not a person's name opening
_NAME_WORDS_BEFORE = 2  # given names a title may put before a surname the parse left alone ("WALDEMAR FRANKLIN")
_NOT_BEFORE_NAME = frozenset(["of", "in", "at", "on", "from", "to", "and", "or", "the", "a", "an", "san", "santa", "santo", "sao", "saint",
                              "st", "el", "la", "los", "las", "de", "del", "puerto", "ciudad", "villa", "nuestra", "senora", "street",
                              "avenue", "province", "department", "city", "town", "village", "neighborhood", "by", "for", "with"])
# Given names that are as often a word of a party's, a faith's or a place's name ("Social Christian members")
_GIVEN_AND_WORD = frozenset(["christian", "salvador", "santiago", "domingo", "jesus", "angel", "trinidad", "victoria", "paz", "cruz"])
_AGE_CUT = re.compile(r"\d+\s*-\s*$")
_AGE_LEFT = re.compile(r"(?:\d+\s*-\s*)?(?:year|month)s?\s*-\s*old\s+", re.I)
_AGE_REST = re.compile(r"(?:year|month)s?\s*-\s*old\b", re.I)
# an age before a name, capitalised in mixed case ("23-year-old Mario Quispe"), or in a capitals wire
_AGE_NAMED = re.compile(r"\d+\s*-\s*(?:year|month)s?\s*-\s*old\s+(?=(?:[A-Z][a-z'’-]+\s+)+[A-Z][a-z'’-]+\b)")


# whom an operation was looking for: no side it fought, by position alone ("soldiers raided the village in search of the
# attackers", "troops combing the forest for the kidnappers")
_SOUGHT = re.compile(r"\b(?:in\s+(?:search|pursuit)\s+of|search(?:ing|ed)?\s+for|look(?:ing|ed)\s+for|hunt(?:ing|ed)?\s+(?:for|down)|"
                     r"comb(?:ing|ed)\s+(?:[\w-]+\s+){0,3}for|track(?:ing|ed)?\s+down)\s+(?:the\s+|their\s+|suspected\s+)*(?:[\w'’-]+\s+){0,2}$", re.I)


def _fired_from(verb: Any) -> Iterable[Any]:
    """Who holds the position munitions were "fired from" or "launched from" ("shells fired from a nearby military
    battalion"): their user."""
    if verb.lemma_.lower() in ("fire", "launch"):
        yield from (g for a in verb.children if a.dep_ == "prep" and a.lower_ == "from" for g in a.children if g.dep_ == "pobj")


# what a vehicle or a walker does to a mine that was waiting for it
_RAN_INTO = frozenset(["hit", "strike", "step", "run", "drive"])


def ran_into_munition(verb: Any) -> bool:
    """``verb`` tells someone running into a mine or a device ("the vehicle hit a landmine", "struck an explosive device",
    "a convoy ran over a roadside bomb", "stepped on a mine")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _RAN_INTO:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ in ("over", "on", "onto", "into") for g in c.children if g.dep_ == "pobj"]
    return any(_MUNITION.match(o.text) or o.lower_ in ("landmine", "mine") for o in objects)


def ran_into(trig: Any) -> bool:
    """The trigger is a verb of running into a mine or device, or the device run into ("hit a landmine", "ran over
    an improvised explosive device")."""
    if ran_into_munition(trig):
        return True
    if trig.dep_ == "dobj":
        return ran_into_munition(trig.head)
    return trig.dep_ == "pobj" and trig.head.dep_ in ("prep", "prt") and ran_into_munition(trig.head.head)


# the members a "from" phrase names the group of ("fighters from the CODECO militia")
_MEMBERS_FROM = re.compile(r"fighters|militants|gunm[ae]n|members|insurgents|rebels|militiam[ae]n|elements|combatants|jihadists", re.I)


def trim_victim(text: str, lo: int, hi: int) -> tuple[int, int]:
    """Article offsets of the victim phrase ``text[lo:hi]`` without wire markup before it or words that count
    it ("several union leaders" → "union leaders"; "one of his bodyguards" and a count alone are kept), and
    with the age a hyphenated adjective begins ("15-year-old daughter")."""
    phrase = text[lo:hi]
    markup = _MARKUP.match(phrase)
    if markup is not None and markup.end() < len(phrase):
        lo += markup.end()
        phrase = text[lo:hi]
    count = _HOW_MANY.match(phrase)
    if count is not None and count.end() < len(phrase) and not re.match(r"of\b|others?\b", phrase[count.end():], re.I):
        lo += count.end()
    age = _AGE_BEFORE.search(text, max(0, lo - 20), lo)
    if age is not None and text[lo:hi].lower().startswith("old"):
        lo = age.start()
    age = _AGE_CUT.search(text, max(0, lo - 6), lo)
    if age is not None and _AGE_REST.match(text, lo, hi):
        lo = age.start()  # the tokenizer kept "YEAR-OLD" whole and left the number before it
    named = _AGE_NAMED.match(text, lo, hi)
    if named is not None:
        lo = named.end()  # "23-year-old Mario Quispe": the person is the name
    return lo, hi


def _names_its_victim(trig: Any) -> bool:
    """The act's noun names who suffered it in an "of" phrase ("the killing of two farmers")."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in trig.children)


def _told_after(speaker: Any, verb: Any) -> bool:
    """The speaker of ``verb`` comes after what it reports ("… beat a man to death before police arrived, a
    police officer said"): a source, not the one who acts ("Iraq said it would allow inspectors back" acts)."""
    return any(c.dep_ in ("ccomp", "advcl", "parataxis") and c.i < speaker.i for c in verb.children)


def _blames(verb: Any) -> bool:
    """``verb`` puts an act down to someone ("blamed", "accused"); "held" only with "responsible" ("held the
    army responsible"), not "held a sit-in"."""
    lemma = verb.lemma_.lower()
    return lemma in BLAMING and (lemma != "hold" or any(t.lower_ in ("responsible", "accountable", "liable") for t in verb.subtree))


# verbs of a clause that says who the head is ("gunmen known as X", "hooded men thought to be X militants")
_NAMING = frozenset(["know", "call", "name", "dub", "label", "style", "describe", "refer", "identify", "brand", "think", "believe",
                     "suspect", "presume", "say", "allege", "report", "reckon", "consider", "claim"])
_SENDING = frozenset(["launch", "fire", "send", "fly", "operate", "dispatch", "shoot"])  # "a drone launched by the rebels"
_ARRIVING = frozenset(["arrive", "come", "reach", "show", "turn", "appear"])  # "before police arrived", "when troops reached it"
_SPOKESPEOPLE = frozenset(["spokesman", "spokesmen", "spokeswoman", "spokeswomen", "spokesperson", "spokespersons", "spokespeople",
                           "witness", "witnesses", "eyewitness", "eyewitnesses", "correspondent", "correspondents"])


def _spokesperson(tok: Any) -> bool:
    """``tok`` heads a phrase that names someone who speaks about an act, not who did it ("police spokesman
    Ahmed Musa", "an army spokeswoman", "witnesses")."""
    if tok.lower_ in _SPOKESPEOPLE:
        return True
    return any(c.lower_ in _SPOKESPEOPLE for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "appos") and c.i < tok.i)


def _hedge(tok: Any) -> bool:
    """A modifier that hedges the noun, with nothing of its own hanging on it ("suspected", not "suspected drug")."""
    return tok.lower_ in _HEDGES and tok.dep_ in ("amod", "compound") and not any(True for _ in tok.children)


_TIME_WORDS = frozenset(["yesterday", "today", "tonight", "last", "this", "next", "week", "weekend", "month", "year", "night", "morning",
                         "afternoon", "evening", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "earlier", "later"])


def _untimed(tok: Any) -> Any:
    """The first word of ``tok``'s phrase that is not a stray time expression the parse hung on it
    ("yesterday heavily armed terrorists", "last week the minister's residence") nor whitespace (a
    blanked dateline, a line break)."""
    words = list(tok.subtree)
    while len(words) > 1 and (words[0].is_space or words[0].lower_ in _TIME_WORDS or words[0].ent_type_ in ("DATE", "TIME")):
        words.pop(0)
    return words[0]


def _of_phrase_end(tok: Any) -> int:
    """Sentence offset where ``tok``'s "of" phrase ends, clauses and appositions left out; the end of
    ``tok`` where it has none."""
    end = tok.idx + len(tok.text)
    for p in tok.rights:
        if p.dep_ != "prep" or p.lower_ != "of":
            continue
        for g in p.children:
            if g.dep_ != "pobj":
                continue
            cut = {t.i for c in g.subtree if c.dep_ in ("relcl", "acl", "appos") or (c.dep_ == "prep" and c.head.i == g.i) for t in c.subtree}
            last = g
            for t in g.doc[g.i + 1 : g.right_edge.i + 1]:  # the unbroken stretch after the head, no brackets
                if t.i in cut or t.text in "([":
                    break
                if not t.is_punct:
                    last = t
            end = max(end, last.idx + len(last.text))
    return end


def placed_in_time(act: Any, doing: Any) -> bool:
    """The act word ``act`` only places the act ``doing`` in time ("police arrested three men after the bombing",
    "troops sealed off the district following the killing of a mayor"): whoever did ``doing`` is not, by that,
    who did ``act``."""
    if act.pos_ not in ("NOUN", "PROPN") or act.dep_ not in ("pobj", "dobj") or act.head.lower_ not in _AROUND:
        return False
    if act.lemma_.lower() in _FIGHTING:
        return False  # "the rebels took the town following fighting with the army": they were one side of it
    return act.head.head.i == doing.i or act.head.i == doing.i


def _passive(verb: Any) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _speaker(tok: Any) -> Any:
    """The subject of the verb of saying that reports a clause whose active subject is ``tok`` (or its
    possessor: "its forces"): "the army said it had seized", "police said they arrested"; None elsewhere."""
    if tok is None or tok.lower_ not in ("it", "they", "its", "their", "we", "our"):
        return None
    subj = tok.head if tok.dep_ == "poss" else tok
    if subj.dep_ != "nsubj":
        return None
    verb = subj.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    says = verb.head
    if verb.dep_ in ("acl", "relcl") and verb.head.lemma_.lower() in _STATEMENTS:
        # "said in a statement that its forces had overrun …": the parse hangs the clause on the statement
        says = verb.head.head.head if verb.head.head.dep_ == "prep" else verb.head.head
    elif verb.dep_ != "ccomp":
        return None
    if says.lemma_.lower() not in _REPORTING:
        return None
    subject = next((c for c in says.children if c.dep_ == "nsubj" and c.lower_ not in _PRONOUNS), None)
    if subject is None and says.dep_ in ("advcl", "conj") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in says.children):
        # "JNIM … claimed the attack, saying its fighters had killed 20 soldiers": who says it is the subject of the
        # verb the participle (or the joined verb, "and said") hangs on
        subject = next((c for c in says.head.children if c.dep_ == "nsubj" and c.lower_ not in _PRONOUNS), None)
    return subject


def _relative_antecedent_of(verb: Any) -> Iterable[Any]:
    """The noun a relative clause is about, where ``verb`` hangs inside it without a subject of its own."""
    clause = verb
    while clause.dep_ in ("advcl", "pcomp", "prep", "conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    if clause.i != verb.i and clause.dep_ == "relcl" and clause.head.pos_ in ("NOUN", "PROPN"):
        yield clause.head


def _relative_antecedent(tok: Any) -> Any:
    """The noun a "he"/"she" subject stands for when its clause hangs inside a relative clause about that
    noun: "police arrested a man who was fleeing after he had planted a bomb" (the man planted it, not the
    police); None elsewhere."""
    if tok.lower_ not in ("he", "she") or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = tok.head
    while clause.dep_ in ("advcl", "conj", "ccomp", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    # the pronoun's own clause is no relative clause about the noun ("the man he shot": the man suffered it)
    if clause.i != tok.head.i and clause.dep_ == "relcl" and clause.head.pos_ in ("NOUN", "PROPN"):
        return clause.head
    return None


_AT_THE_TIME = frozenset(["when", "as", "after"])


def _doers_when(verb: Any) -> Iterable[Any]:
    """Who acted in the clause that says when a victim suffered an act told without its doer: "the congressman
    was shot dead when two men opened fire from a car", "he was wounded as gunmen tried to force their way into
    his home". Not a pronoun ("she was shot as she ran for the door": the victim again), not one who only
    arrived or suffered ("when police arrived", "after the driver died"), nor a bomb ("when a bomb exploded")."""
    for c in verb.children:
        if c.dep_ != "advcl" or c.pos_ != "VERB" or _passive(c) or c.lemma_.lower() in _SUFFERING | _ARRIVING or ran_into_munition(c):
            continue  # (nor a vehicle that hit a mine: "were killed when their patrol vehicle hit a landmine")
        if any(m.dep_ in ("mark", "advmod") and m.lower_ in _AT_THE_TIME for m in c.children):
            # a bomb that went off tells an act of its own, which the bomb's own phrase gives a doer ("when a bomb
            # planted by rebels exploded")
            yield from (g for g in c.children if g.dep_ == "nsubj" and g.lower_ not in _PRONOUNS and g.lower_ not in _RELATIVES
                        and not _MUNITION.match(g.text))


def _foilers(trig: Any) -> Iterable[Any]:
    """Who stopped the act: "the armed forces foiled the attempt to kidnap the ambassador", "police thwarted the
    bombing". They are its other side, never its doer."""
    act = trig.head if trig.dep_ == "acl" and trig.head.lemma_.lower() in _TRYING else trig
    if act.pos_ in ("NOUN", "PROPN") and act.dep_ == "dobj" and act.head.lemma_.lower() in _FOILING:
        yield from (c for c in act.head.children if c.dep_ == "nsubj")


def _blamed_on(noun: Any, clause: Any = None) -> Iterable[Any]:
    """Who a clause about an act noun puts it down to: "artillery fire blamed on the RSF", "a massacre that residents
    blamed on the army", "an attack attributed to the cartel" (``clause``: one of the noun's clauses, else all).
    Not where the clause denies it ("not blamed on anyone")."""
    for c in [clause] if clause is not None else list(noun.children):
        if c.dep_ not in ("acl", "relcl") or c.lemma_.lower() not in _PUT_DOWN or any(n.dep_ == "neg" for n in c.children):
            continue
        yield from (g for p in c.children if p.dep_ == "prep" and p.lower_ in ("on", "to") for g in p.children if g.dep_ == "pobj")


def _suffered_by_subject(verb: Any) -> bool:
    """The verb's subject suffered it and no agent is named: "were killed", "died", "burned to death"."""
    if verb.pos_ != "VERB" or any(c.dep_ == "agent" for c in verb.children):
        return False
    return _passive(verb) or verb.lemma_.lower() in _SUFFERING or _undergone(verb)


def _fought_with(trig: Any) -> Iterable[Any]:
    """The other side of a fight in which the subject was hurt, told by "with": "two police officers were killed
    in a gunfight with gang members", "nine rebels died during fighting with army troops" (the gang, the troops).
    ``trig`` is the harm verb or the fight noun. A fight its subject waged ("the rebels took the town following
    fighting with the army") or one with no one hurt in it names both sides otherwise."""
    if trig.pos_ == "VERB":
        verb = trig
        fights = [f for p in verb.children if p.dep_ == "prep" and p.lower_ in _FOUGHT_DURING
                  for f in p.children if f.dep_ == "pobj" and f.lemma_.lower() in _FOUGHT_IN]
    elif trig.dep_ == "pobj" and trig.head.lower_ in _FOUGHT_DURING and trig.lemma_.lower() in _FOUGHT_IN:
        verb, fights = trig.head.head, [trig]
    else:
        return
    if not _suffered_by_subject(verb):
        return
    for fight in fights:
        if any(c.dep_ == "amod" and c.lower_ in _SEQUEL for c in fight.children):
            continue  # "three of the attackers were killed in the ensuing exchange of fire": the act told before goes on
        yield from (g for w in fight.children if w.dep_ == "prep" and w.lower_ == "with" for g in w.children if g.dep_ == "pobj")


_FOUGHT_DURING = frozenset(["in", "during", "amid"])
_SEQUEL = frozenset(["ensuing", "subsequent", "resulting", "following", "later"])


def _undergone(verb: Any) -> bool:
    """A verb whose subject suffered it, nothing being its object: "three policemen burned to death",
    "two children drowned" (not "the mob burned him to death", "were burned by": those name who did it)."""
    if verb.pos_ != "VERB" or _passive(verb) or any(c.dep_ in ("dobj", "dative", "agent") for c in verb.children):
        return False
    to_death = any(c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children) for c in verb.children)
    # "a police patrol came under fire": the act the subject came under
    under = verb.lemma_.lower() == "come" and any(c.dep_ == "prep" and c.lower_ == "under" for c in verb.children)
    return to_death or under or verb.lemma_.lower() in _UNDERGONE


def _came_under(trig: Any) -> bool:
    """The act is what its subject "came under" ("a police patrol came under fire", "the base came under
    attack"): the subject suffered it."""
    return trig.dep_ == "pobj" and trig.head.lower_ == "under" and trig.head.head.lemma_.lower() == "come"


def _lives_claimed(trig: Any) -> Iterable[Any]:
    """Whose lives an act claimed or cost ("the blast claimed the lives of three soldiers", "attacks that
    cost the lives of a judge and a senator"): the "of" objects of "lives"."""
    verbs = [trig.head] if trig.dep_ == "nsubj" else []
    verbs += [c for c in trig.children if c.dep_ == "relcl"]
    for verb in verbs:
        if verb.lemma_.lower() not in ("claim", "cost", "take"):
            continue
        for obj in verb.children:
            if obj.dep_ == "dobj" and obj.lower_ in ("lives", "life"):
                yield from (g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj")


def _sets_fire(verb: Any) -> bool:
    """"set fire to …": the verb "set" with "fire" for its object."""
    return verb.lemma_.lower() == "set" and any(c.dep_ == "dobj" and c.lower_ == "fire" for c in verb.children)


def _custodians(trig: Any) -> Iterable[Any]:
    """Who held the victim of an act told in their custody ("died under torture in police custody",
    "was tortured in the custody of the security forces"): the phrases that name the holder."""
    root = trig
    while root.pos_ not in ("VERB", "AUX") and root.head.i != root.i:
        root = root.head
    for t in root.subtree:
        if t.lemma_.lower() != "custody" or not _in_clause(t, root):
            continue
        yield from (g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj")
        yield from sorted((c for c in t.lefts if c.dep_ in ("compound", "amod", "poss", "nmod")), key=lambda c: -c.i)


def _in_clause(tok: Any, root: Any) -> bool:
    """``tok`` belongs to the clause of ``root``: no verb with a subject of its own stands between them."""
    cur = tok.head
    while cur.i != root.i and cur.head.i != cur.i:
        if cur.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
            return False
        cur = cur.head
    return cur.i == root.i


def _parties(trig: Any) -> Iterable[Any]:
    """The other side of a commitment: the "to"/"with" object or indirect object of a committing verb,
    or of the committing verb a report or a readiness governs ("offered to hand over the men to
    Pakistan", "said it would sign a truce with the rebels", "offered its troops to the president",
    "an agreement with the union"). A passive ("were handed over to the police") tells no party."""
    stack, seen = [trig], set()
    while stack:
        v = stack.pop(0)
        if v.i in seen:
            continue
        seen.add(v.i)
        word = v.lemma_.lower()
        committing = (word in _COMMITTING or word in _PACTS) and not _passive(v)
        for c in v.children:
            if committing and c.dep_ in ("dative", "prep") and c.lower_ in _COUNTERPART_PREPS and c.i > v.i:  # not "With the signing of…, X agreed"
                yield from (g for g in c.children if g.dep_ == "pobj" and g.lower_ not in _PACTS)  # "agreed to a ceasefire": what, not whom
            elif committing and c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN"):
                yield c
            if c.dep_ in ("xcomp", "ccomp", "acomp", "dobj") and (committing or word in _REPORTING or v.pos_ == "ADJ"
                                                               or v.lemma_.lower() == "be"):
                stack.append(c)


# Verbs of harm to people that need no event word of their own to add victims to the act beside them.
_HARMED = frozenset(["wound", "injure", "hurt", "maim", "kill", "murder", "kidnap", "abduct", "shoot", "burn", "beat", "torture"])


def _hurt_alongside(trig: Any) -> Iterable[Any]:
    """Who a harm verb coordinated with ``trig`` says suffered too: the passive subject of "… and two civilians
    were wounded", the object of "killing a soldier and wounding two others"."""
    # the verbs after it only: the verb it is joined to tells an act of its own, with its own victims
    verbs = [c for c in trig.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    for v in verbs:
        if v.lemma_.lower() not in _HARMED:
            continue
        if _passive(v):
            yield from (c for c in v.children if c.dep_ == "nsubjpass")
        elif v.tag_ == "VBN" and not any(c.dep_ in ("dobj", "aux") for c in v.children):
            # "one person was killed and three others injured": the auxiliary left out, the parse takes a subject
            yield from (c for c in v.children if c.dep_ == "nsubj")
        elif v.tag_ == "VBG":
            yield from (c for c in v.children if c.dep_ == "dobj")


def _objects_added(trig: Any) -> Iterable[Any]:
    """Victims joined to the verb's victim by "as well as", "along with" or "together with", which the parse
    hangs on the verb: "killed the mayor, as well as two farmers", "was shot along with three of her guards"."""
    if trig.pos_ != "VERB" or not any(c.dep_ in ("dobj", "nsubjpass") for c in trig.children):
        return
    # "as well as" as the parse hangs it on the verb: "as" a coordinator with "well" under it
    joined = [w.i for w in trig.children if w.dep_ == "cc" and w.lower_ == "as" and any(x.lower_ == "well" for x in w.children)]
    for c in trig.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and any(j < c.i for j in joined) and any(d.dep_ == "dobj" for d in trig.children):
            yield c
        if c.dep_ == "prep" and c.lower_ in ("along", "together"):
            for g in (g for w in c.children if w.dep_ == "prep" and w.lower_ == "with" for g in w.children if g.dep_ == "pobj"):
                if g.pos_ == "NUM" or g.lower_ in ("one", "some", "several", "all", "both"):  # "two of his bodyguards"
                    g = next((h for p in g.children if p.dep_ == "prep" and p.lower_ == "of" for h in p.children if h.dep_ == "pobj"), g)
                if g.pos_ in ("NOUN", "PROPN"):
                    yield g


# Words that join an act to the harm it caused: "were wounded in/during/after the attack".
_HARM_PREPS = frozenset(["in", "during", "after", "from", "by", "following", "when", "while"])


def _harm_suffered(verb: Any) -> Iterable[Any]:
    """Who a harm verb says suffered: the subject of a passive ("two soldiers were wounded") or of "died"."""
    if verb.pos_ != "VERB":
        return
    # "one person was killed and three others injured (in the blast)": every harm verb of the group
    group = [verb.head] if verb.dep_ == "conj" and verb.head.pos_ == "VERB" else []
    group += [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    for v in group:
        word = v.lemma_.lower()
        if word in _HARMED and v.dep_ == "acomp" and v.head.lemma_.lower() == "be":
            subjects = [c for c in v.head.children if c.dep_ == "nsubj"]  # "was seriously wounded", parsed as an adjective
        elif word in _HARMED and _passive(v):
            subjects = [c for c in v.children if c.dep_ == "nsubjpass"]
        elif word in _HARMED and v.tag_ == "VBN" and not any(c.dep_ in ("dobj", "aux") for c in v.children):
            subjects = [c for c in v.children if c.dep_ == "nsubj"]  # the auxiliary left out
        elif word in ("die", "perish"):
            subjects = [c for c in v.children if c.dep_ == "nsubj"]
        else:
            continue
        for c in subjects:
            if _ATTACKER.fullmatch(c.text):
                # "a suicide bomber and two policemen died when …": the attacker's own death is no victim's
                yield from (g for g in c.children if g.dep_ == "conj")
            else:
                yield c


_ATTACKER = re.compile(r"(?:suicide\s+)?(?:bombers?|attackers?|assailants?|gunm[ae]n|hitm[ae]n|assassins?|kidnappers?)", re.I)


def hurt_by(trig: Any) -> Iterable[Any]:
    """The people a harm clause says an act hurt, where the act is told apart from the harm: "eight tourists
    were injured when a bomb went off", "a boy was wounded after guerrillas detonated a bomb", "a judge was
    killed in the attack", "one person died as a result of the blast", "an attack in which his driver was
    killed" (the harm verbs need no event word of their own). A fight has two sides, not victims: "a man was
    killed in a battle between troops and rebels" names its sides elsewhere."""
    if trig.lemma_.lower() in _FIGHTING | {"fighting", "combat", "crossfire"}:
        return
    if trig.dep_ == "advcl":
        yield from _harm_suffered(trig.head)
    if trig.pos_ not in ("NOUN", "PROPN"):
        return
    if trig.dep_ == "pobj":
        prep = trig.head
        if prep.lower_ == "of" and prep.head.lower_ in ("result", "consequence") and prep.head.dep_ == "pobj":
            prep = prep.head.head  # "as a result of the explosion"
        if prep.lower_ in _HARM_PREPS | {"as"} and prep.head.i != prep.i:
            yield from _harm_suffered(prep.head)


def hurt_within(trig: Any) -> Iterable[Any]:
    """The people a relative clause on an act says it hurt: "an attack in which two guards were killed", also
    where the act is told by a verb that the clause's noun only places ("was kidnapped in an incident in
    which his driver was killed", "shot a mayor in an ambush in which two of her aides died")."""
    if trig.pos_ == "VERB":
        for prep in (c for c in trig.children if c.dep_ == "prep" and c.lower_ in ("in", "during")):
            for noun in (g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN"):
                yield from hurt_within(noun)
        return
    if trig.pos_ not in ("NOUN", "PROPN"):
        return
    for rel in (c for c in trig.children if c.dep_ == "relcl" and c.pos_ == "VERB"):
        if any(p.dep_ == "prep" and p.lower_ in ("in", "during") for p in rel.children):
            yield from _harm_suffered(rel)


# Verbs of damage that say what an act struck without being an event word of their own.
# ("hitting a building" is left out: what a strike hit may be where it fell as much as what it aimed at)
_DAMAGING = frozenset(["damage", "destroy", "wreck", "raze", "demolish", "level", "flatten", "gut", "shatter", "burn"])


def _struck_alongside(trig: Any) -> Iterable[Any]:
    """What a damage verb joined to ``trig`` says the act struck: "fired missiles at the city, damaging a power
    plant", "the bomb exploded and destroyed two shops", "… and three houses were damaged"."""
    verbs = [c for c in trig.children if c.dep_ in ("advcl", "conj", "xcomp") and c.pos_ == "VERB"]
    for v in verbs:
        if v.lemma_.lower() not in _DAMAGING:
            continue
        yield from (c for c in v.children if c.dep_ == ("nsubjpass" if _passive(v) else "dobj"))


def _listed(tok: Any) -> list[Any]:
    """``tok`` and the nouns listed with it, however the parse chained them ("the offices of the
    telephone company, the agrarian bank, the national bank and the health ministry offices")."""
    out = [tok]
    stack = [c for c in tok.children if c.dep_ == "conj"]
    stack += [c for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"
              for c in g.children if c.dep_ == "conj" and _PROPERTY.match(c.text)]
    while stack:
        c = stack.pop(0)
        if c not in out:
            out.append(c)
            stack.extend(g for g in c.children if g.dep_ == "conj")
    return out


def crowd_first(event_type: str, perp: ActorRef | None, target: ActorRef | None) -> tuple[ActorRef | None, ActorRef | None]:
    """ACLED's order for a demonstration turned violent: the rioters are actor 1 and the forces that
    intervened actor 2 ("protesters set fire to a building before police dispersed them", coded Rioters –
    Police). A protest met by force keeps the order the clause gives for now: swapped, it folds into the
    crowd's own report of the day and takes that report's type (``events.coref``)."""
    if event_type == "violent_demonstration" and perp is not None and target is not None \
            and perp.kind == ActorKind.STATE_FORCES and target.kind in _CROWDS:
        return target, perp
    return perp, target


def _at(ref: ActorRef) -> tuple[int | None, int | None]:
    return (ref.start, ref.end)


def _addressee(tok: Any) -> bool:
    """Whom a source spoke to ("a security source told AFP", "said to Reuters"): never the doer."""
    if tok.dep_ in ("dobj", "dative") and tok.head.lemma_.lower() in _REPORTING:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lemma_.lower() in _REPORTING


def same_mention(a: ActorRef | None, b: ActorRef | None) -> bool:
    """Two references to one stretch of text (one may be the other widened to its noun phrase)."""
    if a is None or b is None:
        return False
    if a is b:
        return True
    if None in (a.start, a.end, b.start, b.end):
        return False
    return (a.start or 0) < (b.end or 0) and (b.start or 0) < (a.end or 0)


_PLAIN_PEOPLE = frozenset(["men", "persons", "women", "man", "woman", "individual", "individuals"])


def unnamed_assailant(ref: ActorRef) -> bool:
    """People the text neither names nor describes by a trade ("two men", "several persons"): when
    they do violence, they are its unidentified perpetrators, not civilians."""
    words = ref.text.lower().split()
    # "missing persons", "the wounded men": what was done to them says they suffered, whatever the clause reads
    return ref.actor_id is None and bool(words) and words[-1] in _PLAIN_PEOPLE and not any(w in _DONE_TO for w in words)
