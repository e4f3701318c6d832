"""Event detection: triggers → clauses → typed events with arguments, counts, place and date.

One event per clause that reports something happening. Triggers in the same clause (or in a
conjunct that shares its subject: "stormed the village and killed 12") are one event; the
sub-event type comes from the strongest mode present (a suicide bomb outranks the killing it
caused) and from the kinds of the two actors (an attack on soldiers is a clash, on villagers
an attack on civilians).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from typing import Any

from tacitus.actors.generic import generic_name, state_force_id
from tacitus.actors.matcher import text_case
from tacitus.actors.resolve import ARMED_NON_STATE
from tacitus.dateline import dateline_end
from tacitus.dates import (
    ahead,
    before_publication,
    before_told,
    long_past,
    names_a_distance,
    names_the_same_day,
    shift_from,
)
from tacitus.events.arguments import (
    ACCORDING,
    BLAMING,
    COUNTRY_AS_ACTOR,
    SPEECH,
    ArgumentFinder,
    crowd_first,
    full_name,
    hurt_by,
    hurt_within,
    placed_in_time,
    ran_into,
    same_mention,
    unnamed_assailant,
    victims_reach,
)
from tacitus.events.coref import (
    INCIDENT,
    named_in_full,
    one_per_thing,
)
from tacitus.events.counts import (
    CountMention,
    attempted,
    earlier_deaths,
    find_counts,
    lone_death,
    toll,
    victim_count,
)
from tacitus.events.lexicon import AIRCRAFT_NOUN, BARRIERS_PUT_UP, RULES, STATE_OWN, UNOPPOSED
from tacitus.events.modality import hedged, modality_of
from tacitus.events.nonevents import blocked, cumulative_aside, remembered_after
from tacitus.events.numbers import add_counts
from tacitus.events.passes import (
    add_victim,
    aircraft_of_the_foreign_force,
    attribute_aircraft,
    attribute_claims,
    branch_named_next,
    crowd_kinds,
    distinct_sides,
    fold_back,
    fold_breakdowns,
    fold_references,
    men_named_next,
    no_rescues,
    no_zero_tolls,
    places_are_no_people,
    protesters_told_before,
    same_paragraph,
)
from tacitus.events.taxonomy import ARMED, FAMILY_OF, VIOLENT_FAMILIES, interaction
from tacitus.geo.normalize import fold
from tacitus.geo.usage import (
    NEAR_WORDS,
    after_the_act,
    dedication,
    owned_after,
    reference_point,
    where_it_happened,
    written_near,
)
from tacitus.model import (
    FACTUAL,
    ActorKind,
    ActorRef,
    Count,
    DateSpan,
    Document,
    Event,
    Modality,
    PhysicalTarget,
    Place,
    Sentence,
    Span,
)
from tacitus.saying import SAID, said_on

# the head of a force's unit, named in apposition, speaks for the force: "the chief of the district police
# station, Ahmed Karim, said"
_OFFICER_SAID = re.compile(rf"^\s+(?:station|post|department|unit|headquarters|division|command)?\s*,\s*[^,.;]{{2,40}},\s*(?:{SAID})\b", re.I)

EXPLOSIVE_MODES = ("suicide", "chemical", "air", "shelling", "grenade", "explosive")
EXPLOSIVE_MODES_SET = frozenset(EXPLOSIVE_MODES)
VIOLENT_MODES = {"kill", "shoot", "attack", "battle", *EXPLOSIVE_MODES, "abduct", "sexual"}
# "a patrol came under attack", "the base came under rocket attack": an act the subject suffered, told as such
_CAME_UNDER = re.compile(r"\b(?:came|come|comes|coming)\s+under\s+(?:[\w-]+\s+){0,2}(?:attack|assault|bombardment|shelling)\b", re.I)
_WEAK = {"attack", "group", "base", "withdraw", "battle", "riot", "intervene", "disperse", "blast"}
# A present perfect with these is a state of affairs ("has seized large swathes of Iraq"), not news.
_STATE_OF_AFFAIRS = re.compile(r"\b(large\s+(?:swathes?|swaths?|parts?|areas?|tracts?)|much\s+of|most\s+of|vast\s+(?:areas?|swathes?)|repeatedly|frequently|often|regularly|"
                               r"long\s+been|increasingly|over\s+the\s+years|in\s+recent\s+(?:years|months))\b", re.I)
_FACILITY = re.compile(r"\b(checkpoints?|bases?|barracks|outposts?|positions?|convoys?|patrols?|garrisons?|military\s+posts?|police\s+(?:stations?|posts?)|"
                       r"army\s+camps?|military\s+camps?|(?:military|army|police)\s+vehicles?|tanks?|warships?|frigates?|gunships?|"
                       r"(?:military|army|air\s+force|navy|police)\s+(?:\w+\s+)?(?:helicopters?|aircraft|planes?|jets?)|warplanes?|fighter\s+jets?)\b", re.I)
# "coalition forces", "foreign troops": not the forces of the country where the event happens
_FOREIGN_FORCES = re.compile(r"\b(coalition|foreign|international|allied|multinational|peacekeeping|rebel|opposition|militia|"
                             r"UN|U\.N\.|NATO|AU|African\s+Union)\b", re.I)
# "the jets were Russian", "the drones were believed to be Turkish"
# military aircraft named by their kind, with no country word
_AIRCRAFT_OF = re.compile(rf"\b(?:{AIRCRAFT_NOUN})\s+(?:were|was)\s+(?:(?:believed|thought|said)\s+to\s+"
                          r"(?:be|have\s+been)\s+|probably\s+|likely\s+)?(?P<dem>[A-Z][a-z]+)\b")
_WARRANT = re.compile(r"\s+warrants?\b", re.I)  # "an arrest warrant" is not an arrest
_TAKEN_ARMS = re.compile(r"\b(?:seiz\w*|captur\w*|took|taken|confiscat\w*|made\s+off\s+with|carried\s+off)\b", re.I)
_SEIZED = re.compile(r"\b(found|discovered|seized|seizing|confiscated|confiscating|recovered|deactivated|defused|dismantled|uncovered|intercepted|"
                     r"neutrali[sz]ed|cache)\b", re.I)
_TAKEN_IN_RAID = frozenset(["found", "discovered", "seized", "seizing", "confiscated", "confiscating", "recovered", "cache", "uncovered"])

# "the Somali capital", "Kenya's capital", "the capital", "THIS CAPITAL", "this city"; not "capital punishment"
_CAPITAL = re.compile(r"\b(?:(?P<this>this\s+(?:capital|city))|the\s+(?:(?P<adj>[A-Za-z][\w-]+)\s+)?capital"
                      r"|(?P<owner>['’]s)\s+capital)\b"
                      r"(?!\s+(?:of|punishment|markets?|gains|flight|goods|expenditure|spending|investment|offen[cs]es?|crimes?|cases?|letters?|murder)\b)",
                      re.I)


@dataclass
class Trigger:
    mode: str
    start: int  # sentence-relative offsets
    end: int
    weapon: str | None
    background: bool = False  # the grievance or backdrop of another trigger (see ``_background``)
    token: Any = None  # its syntactic head in the parse, where there is one


# A protest, an agreement or a change of territory is often about violence it does not report:
# "rallied against the killing of ...", "agreed to a ceasefire after weeks of fighting", "in protest
# of the arrest", "recaptured the town following heavy shelling".
_FRAMES = {"protest", "agree", "pledge", "regain", "capture", "withdraw"}
_BACKDROP_PREPS = {"after", "following", "despite", "amid", "against", "over", "since", "before"}
_GRIEVANCE_PREPS = _BACKDROP_PREPS | {"of", "about", "for"}
_SPANS = frozenset(["day", "week", "month", "year", "decade", "hour", "night"])
_HALTS = frozenset(["end", "halt", "stop", "cease", "calm", "defuse"])


@dataclass
class Clause:
    head: Any  # spaCy token or None
    triggers: list[Trigger] = field(default_factory=list)
    tokens: list[Any] = field(default_factory=list)
    agent: bool = False  # the parse names who acted (set when the event is built)
    joined: list[Trigger] = field(default_factory=list)  # what was done to or by a protest in another clause (see ``join_protest``)

    @property
    def modes(self) -> set[str]:
        """The modes of the clause's triggers; in a protest or agreement, without the violence
        that is only its grievance or backdrop."""
        modes = {t.mode for t in self.triggers}
        told = {t.mode for t in self.triggers if not t.background}
        if not told and self.triggers and (self.head is None or self.head.pos_ not in ("VERB", "AUX")):
            # "marched in protest against a wave of gang killings and kidnappings", the parse hanging the grievance on a
            # preposition: the crowd's grievance, with no verb that tells it
            return {t.mode for t in self.joined}
        if modes == {"group"} and not told and not self.joined:
            return set()  # "… despite a state of emergency aimed at curbing gang violence": the backdrop, no measure told
        if modes & _FRAMES:
            if told & _FRAMES:
                return told | {t.mode for t in self.joined}
        elif told & _VIOLENT_MODES and all(_definite(t.token) for t in self.triggers if t.background):
            # "hours after the blast, militants attacked a police post": the incident told before only dates this one
            # (an arrest "after the bombing of a bank" still tells that bombing)
            return told | {t.mode for t in self.joined}
        return modes | {t.mode for t in self.joined}


def _definite(tok: Any) -> bool:
    """A noun written as an incident already known: "the blast", "Saturday's bombing", "that attack"."""
    return tok is not None and any((c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss" for c in tok.children)


def find_triggers(sentence: str) -> list[Trigger]:
    """All trigger matches, longest first where they overlap."""
    hits = []
    for rule in RULES:
        for m in rule.pattern.finditer(sentence):
            hits.append(Trigger(rule.mode, m.start(), m.end(), rule.weapon))
    hits.sort(key=lambda t: (t.start, -(t.end - t.start)))
    out: list[Trigger] = []
    for t in hits:
        if out and t.start < out[-1].end:
            # Same words, another mode: keep both modes ("suicide bomb" is also an explosive).
            if t.start == out[-1].start:
                out.append(t)
            continue
        out.append(t)
    return out


_CAPITAL_INSIDE = re.compile(r"(?<=[a-z0-9,;:] )[A-Z][a-z]+")  # a capitalised word inside a sentence
_DASHES = frozenset({"—", "–", "--", "-"})


def _opens_sentence(tok: Any) -> bool:
    """The token is the sentence's first word, or the first after the dateline's dash (the dateline itself may stand
    blanked out before it)."""
    prev = next((t for t in reversed(tok.doc[: tok.i]) if not t.is_space), None)
    return prev is None or prev.text in _DASHES


_REACTION = {"condemn", "comment", "deplore", "denounce", "investigate", "probe", "mourn", "protest", "recall", "mention", "regret",
             "clarify", "solve", "punish", "link", "attribute", "blame", "accuse", "describe", "repudiate", "reject", "lament",
             "criticize", "criticise", "discuss", "forget", "remember", "commemorate", "avenge", "claim", "responsibility", "case",
             "inquiry", "enquiry", "investigation",
             # the unnamed doers of an act told already: "hunting the perpetrators of the attack", "the suspects in the bombing"
             # (not "author" or "mastermind": "X was the author of the murder" names its doer)
             "perpetrator", "culprit", "suspect"}


def is_reference(clause: Clause) -> bool:
    """Every trigger is a noun governed by a reaction ("condemned the murder of …")."""
    if not clause.tokens:
        return False
    if any(_came_amid(tok) for tok in clause.tokens):
        return True  # (whatever else the sentence names against it: "despite a push for a ceasefire")
    if all(_ranked(tok) for tok in clause.tokens):
        return True
    for tok in clause.tokens:
        if tok.pos_ not in ("NOUN", "PROPN"):
            return False
        if tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN"):
            tok = tok.head  # "claimed the grenade attack": the noun the word names
        if any(c.dep_ == "relcl" and c.lemma_.lower() in _TOOK_PLACE for c in tok.children):
            return False  # "regrets the murder, which was carried out this morning in the capital": the act reported
        governors = [tok.head, tok.head.head] if tok.head.pos_ == "ADP" else [tok.head]
        if tok.head.pos_ == "ADP":  # "opened an inquiry into the abduction": the object of the verb the preposition hangs on
            governors += [c for c in tok.head.head.children if c.dep_ == "dobj"]
        if not any(g.lemma_.lower() in _REACTION for g in governors) and not _drew_reaction(tok):
            return False
    return True


# "The attacks come despite a U.S. push for a ceasefire", "The strike came days after …": the acts told, set in their time
_CAME_AMID = frozenset(["despite", "amid", "amidst", "as", "after", "before", "during", "days", "weeks", "hours", "a", "just", "less", "more"])


def _ranked(tok: Any) -> bool:
    """The act noun ranks the act the sentence tells among others ("… stormed an army position, in one of the deadliest
    attacks on the military since the coup"): the same act, not one of its own."""
    one = tok.head.head
    if not (tok.dep_ == "pobj" and tok.head.lower_ == "of" and one.lower_ in ("one", "among")):
        return False
    if one.dep_ not in ("pobj", "appos", "attr", "npadvmod"):
        return False  # "the Shining Path perpetrated one of its most serious attacks in Andahua": the act itself
    return any(c.dep_ == "amod" and (c.tag_ == "JJS" or any(g.lower_ == "most" for g in c.children)) for c in tok.children)


def _came_amid(tok: Any) -> bool:
    """The act noun, told with "the", is the subject of "come" set against other news."""
    verb = tok.head
    return tok.dep_ == "nsubj" and verb.lemma_.lower() == "come" and any(c.dep_ == "det" and c.lower_ in ("the", "these", "this") for c in tok.children) \
        and any(t.lower_ in _CAME_AMID for t in verb.children if t.i > tok.i and t.dep_ in ("prep", "mark", "npadvmod", "advmod", "advcl"))


# "the kidnapping drew sharp criticism", "the killing sparked protests": the act as the cause of what others did
_DRAWING = frozenset(["draw", "spark", "prompt", "trigger", "provoke", "fuel", "cause", "attract", "bring"])
_REACTIONS = frozenset(["criticism", "condemnation", "outrage", "anger", "protest", "concern", "fear", "alarm", "reaction", "backlash",
                        "call", "demonstration", "outcry", "fury", "rebuke", "reprisal"])


def _drew_reaction(tok: Any) -> bool:
    """The act noun is the subject of a verb whose object is a reaction to it."""
    verb = tok.head
    return tok.dep_ == "nsubj" and verb.lemma_.lower() in _DRAWING \
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _REACTIONS for c in verb.children)


# the verbs of a relative clause that tells where or when an act was done
_TOOK_PLACE = frozenset(["carry", "occur", "happen", "take", "commit", "perpetrate", "stage"])
_DEFINITE = {"the", "this", "that", "these", "those", "such"}
_ANAPHORIC_ADJ = {"recent", "latest", "same", "earlier", "previous", "aforementioned", "last", "above", "said"}


def is_anaphoric(clause: Clause) -> bool:
    """Every trigger is a noun that points back at an event already told: "the kidnapping took place
    on 30 December", "details of the attack", "the recent massacre", "its attack" (a count in the
    clause makes it news: "the attack killed 12")."""
    if not clause.tokens:
        return False
    for tok in clause.tokens:
        if tok.pos_ not in ("NOUN", "PROPN"):
            return False
        left = list(tok.lefts)
        definite = any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in left) or any(c.dep_ == "poss" for c in left)
        if not definite and not any(c.lower_ in _ANAPHORIC_ADJ for c in left):
            return False
    return True


_DAMAGE = re.compile(r"\b(?:destroy(?:ed|ing|s)?|damag(?:ed|ing|es)|set\s+(?:\w+\s+){0,3}(?:ablaze|alight|on\s+fire)|set\s+fire\s+to|burn(?:ed|t))\b", re.I)


# the party a commitment is made to: "hand over the suspects to Britain", "negotiate with the president"
_COUNTERPART = re.compile(r"\b(?:to|with)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$", re.I)
_TORTURE = re.compile(r"tortur", re.I)
# an aircraft brought down is a military one unless the text says otherwise: its side fought back
_DOWNED = re.compile(r"\bdown(?:ed)?\b", re.I)
_CIVIL_AIRCRAFT = re.compile(r"\b(?:passenger|civilian|commercial|cargo|airliner|private)\b", re.I)
_DESTROYED = re.compile(r"destroy(?:ed|ing|s)?|damag(?:ed|ing|es)", re.I)


def is_damage(clause: Clause, sentence: str) -> bool:
    """The clause only tells of destruction ("the blast destroyed two shops", "set the building on fire"):
    when it follows an attack, it is what that attack did."""
    return ("loot" in clause.modes and clause.modes <= {"loot", "blast"}
            and all(_DAMAGE.match(sentence[t.start : t.end]) for t in clause.triggers if t.mode == "loot"))


_STATE_AS_GOVERNMENT = frozenset(["agreement", "arrest", "change_to_group_activity", "headquarters_established", "non_violent_territory_transfer", "other"])


def _state_for(ref: ActorRef | None, etype: str) -> ActorRef | None:
    """A state read from a country's name acts through its forces in a fight or a strike, through
    its government in an agreement or an arrest ("Russia shelled…", "Jordan and Britain agreed…")."""
    if ref is None or ref.score != COUNTRY_AS_ACTOR or etype in _STATE_AS_GOVERNMENT or not (ref.actor_id or "").startswith("government_"):
        return ref
    iso = (ref.actor_id or "").removeprefix("government_")
    return replace(ref, name=ref.name.replace("Government of", "Military Forces of"), actor_id=f"military_{iso}")


def _names_someone(ev: Event) -> bool:
    """The mention names its victim ("the murder of minister Rodriguez Porth"): news, not a pointer back."""
    return any(r is not None and (r.actor_id is not None or r.kind == ActorKind.PERSON) for r in (ev.actor2, *ev.assoc_actor2))


def _set_in_time(clause: Clause) -> bool:
    """The event named is the subject of a verb that places it against another ("the bombing came a day
    after jets struck …", "the attack followed weeks of threats"): one told before, whoever the other
    clause names."""
    return any(t.dep_ == "nsubj" and t.head.lemma_.lower() in _SEQUENCE_VERBS for t in clause.tokens if t is not None)


_SEQUENCE_VERBS = frozenset(["come", "follow", "happen", "occur", "precede"])


_WORD_BEFORE = re.compile(r"([A-Za-z][\w'.-]*)\s+$")
_WORD_AFTER = re.compile(r"\s+([A-Za-z][\w'-]*)")


def in_proper_name(sentence: str, trig: Trigger) -> bool:
    """In mixed-case text, a trigger written with capitals inside a run of capitalised words
    is part of a name the knowledge base may not know ("held by the Liberation Tigers", "the National
    Liberation Front of", "Operation Desert Storm"), not an act. Not at the sentence start, nor an
    acronym ("IED")."""
    words = sentence[trig.start : trig.end].split()
    if not words or any(not w[:1].isupper() or w.isupper() or not w.isalpha() for w in words):
        return False
    before = sentence[: trig.start]
    if not before.strip() or before.rstrip()[-1:] in ".!?\"“‘:(—-":
        return False
    prev = _WORD_BEFORE.search(before)
    if prev is not None and len(words) > 1 and prev.group(1).lower() in _NAME_JOINERS:
        # "the Organisation for the Prohibition of Chemical Weapons": several capitalised words
        # joined to a capitalised name by "of" or "for" end that name
        prev = _NAME_BEFORE_JOINER.search(before)
    nxt = _WORD_AFTER.match(sentence, trig.end)
    return any(m is not None and m.group(1)[:1].isupper() and not m.group(1).isupper() for m in (prev, nxt))


_NAME_JOINERS = frozenset(["of", "for", "against"])
_NAME_BEFORE_JOINER = re.compile(r"([A-Za-z][\w'.-]*)\s+(?:of|for|against)(?:\s+the)?\s+$")


def token_at(sdoc: Any, start: int, end: int) -> Any:
    """The syntactic head of the tokens covering [start, end) in a sentence doc."""
    toks = [t for t in sdoc if t.idx < end and t.idx + len(t.text) > start]
    if not toks:
        return None
    inside = set(toks)
    for t in toks:
        if (t.head not in inside or t.head is t) and t.pos_ in ("VERB", "NOUN", "PROPN", "ADJ", "AUX"):
            return t
    return toks[0]


def clause_head(tok: Any) -> Any:
    """The verb whose clause holds ``tok`` (the token itself if it is that verb)."""
    cur = tok
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX") and (cur.dep_ in ("ROOT", "ccomp", "advcl", "relcl", "conj", "xcomp", "acl", "pcomp") or cur.head is cur):
            return cur
        if cur.head is cur:
            return cur
        cur = cur.head
    return cur


def _background(tok: Any, head: Any, frame_tokens: set[int]) -> bool:
    """A noun trigger under a protest or agreement word ("protest of the arrest") or in a
    backdrop phrase ("after weeks of fighting", "despite the air strikes") below its clause verb."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.i in frame_tokens:
        return False
    cur = tok
    for _ in range(8):
        if cur is head or cur.head is cur:
            return False
        prev, cur = cur, cur.head
        if cur.i in frame_tokens:
            # "protest of/over X", "protested X"; not "detain protesters", "blocked roads with burning tyres"
            return prev.dep_ == "dobj" or (prev.dep_ == "prep" and prev.lower_ in _GRIEVANCE_PREPS)
        if (cur.pos_ in ("ADP", "SCONJ") or cur.dep_ == "prep") and cur.lower_ in _BACKDROP_PREPS:
            return True  # "following" is tagged a verb
        if prev.dep_ == "pobj" and cur.lower_ == "of" and cur.head.lemma_.lower() in _SPANS:
            return True  # "months of fighting", "a decade of war": a stretch of the conflict, not one act
        if cur.pos_ in ("VERB", "AUX"):
            # "signed a truce ending the fighting": what the pact stops is its backdrop; another verb's clause
            # ("marched and smashed windows") is told
            return prev.dep_ == "dobj" and cur.lemma_.lower() in _HALTS
    return False


# what a crowd marches to do about its grievance
_DECRYING = frozenset(["denounce", "condemn", "protest", "decry", "demand", "mourn", "commemorate", "remember", "demonstrate", "rally",
                       "oppose", "reject", "highlight", "press", "call", "seek", "express", "voice", "show", "honour", "honor"])
_GROUP_NOUNS = frozenset(["group", "groups", "movement", "militia", "militias", "organisation", "organization", "faction", "factions",
                          "insurgency", "network", "outfit", "coalition", "alliance", "rebels", "insurgents", "militants", "force", "forces"])


def _what_the_group_does(tok: Any) -> bool:
    """The trigger's verb is a relative clause in the present on a word for an armed group ("the group that is
    fighting to overthrow the government", "a militia that controls the road"): it says who the group is."""
    verb = tok if tok.dep_ == "relcl" else tok.head if tok.dep_ in ("dobj", "pobj") and tok.head.dep_ == "relcl" else None
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.lower_ in _GROUP_NOUNS:
        return True  # "the main separatist group fighting for greater autonomy"
    if verb is None or verb.head.lower_ not in _GROUP_NOUNS:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBZ", "VBP") and not auxes:
        return True
    return verb.tag_ == "VBG" and any(a.lower_ in ("is", "are") for a in auxes)


def _describes_doer(tok: Any) -> bool:
    """The participle only says which people act ("troops deployed in the province clashed with …"): a
    reduced relative on a noun, or, where the parse took it for the main verb, one whose following finite
    verb has no subject or marker of its own."""
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN"):
        return True
    if tok.tag_ in ("VBD", "VBN") and tok.dep_ == "ccomp" and tok.head.pos_ == "VERB" and tok.head.i > tok.i \
            and not any(c.dep_ == "mark" for c in tok.children) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.head.children):
        return True  # the verb after it, with no subject of its own, is the one told
    return tok.tag_ in ("VBD", "VBN") and any(
        c.dep_ == "advcl" and c.tag_ == "VBD" and c.i > tok.i and not any(g.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for g in c.children)
        for c in tok.children)


_RAID_NOUNS = frozenset(["raid", "operation", "sweep", "swoop", "crackdown"])


def _arrest_raid(tok: Any, triggers: list[Trigger], sdoc: Any) -> bool:
    """The raid is the arrest's occasion: a raid noun after "in"/"during" that hangs on an arrest word."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _RAID_NOUNS or tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "during"):
        return False
    arrests = [t for t in triggers if t.mode == "arrest"]
    word = tok.head.head
    for _ in range(6):  # (the parse may hang it lower: "arrested three men suspected of belonging to IS in a raid")
        if any(word.idx <= t.start < word.idx + len(word.text) for t in arrests):
            return True
        if word.dep_ not in ("acl", "pcomp", "prep", "relcl", "xcomp", "dobj", "pobj") or word.head is word:
            return False
        word = word.head
    return False


def _only_backdrop(clause: Clause) -> bool:
    """Every trigger is a noun in a backdrop phrase below another verb ("after that offensive", "following the
    attack"): it places the clause's own act in time."""
    head = clause.head
    # (a bare noun: "after the bombing of a bus that killed four" may be the first the report tells of it)
    return head is not None and head.pos_ in ("VERB", "AUX") and bool(clause.triggers) \
        and all(t.token is not None and t.token is not head and _background(t.token, head, set())
                and all(c.dep_ in ("det", "poss") or c.lower_ in _ANAPHORIC_ADJ for c in t.token.children) for t in clause.triggers)


def group_triggers(triggers: list[Trigger], sdoc: Any) -> list[Clause]:
    clauses: dict[int, Clause] = {}
    order: list[int] = []
    frame_tokens = {t.i for trig in triggers if trig.mode in _FRAMES and sdoc is not None
                    for t in sdoc if t.idx < trig.end and t.idx + len(t.text) > trig.start}
    for trig in triggers:
        tok = token_at(sdoc, trig.start, trig.end) if sdoc is not None else None
        if trig.mode == "group" and tok is not None and _describes_doer(tok):
            continue  # "troops deployed in the province clashed with …": who the troops are, not a deployment told
        if tok is not None and _what_the_group_does(tok):
            continue  # "al-Shabaab, the militant group that is fighting to overthrow the government": who they are
        if trig.mode == "attack" and tok is not None and _arrest_raid(tok, triggers, sdoc):
            continue  # "arrested three men in a raid on a farmhouse": the raid is how the arrest was made
        head = clause_head(tok) if tok is not None else None
        if tok is not None and head is not None and trig.mode not in _FRAMES:
            trig.background = _background(tok, head, frame_tokens)
        key = head.i if head is not None else -1
        # a conjunct verb without its own subject continues the clause it is joined to
        # a conjunct or participle without its own subject continues its head's clause
        # ("stormed the village and killed 12", "detonated a bomb, killing three officers",
        # "dispersed supporters protesting over ...")
        # (not one told a time later: "fired tear gas on Tuesday, and a day later raided the party's offices")
        while head is not None and (head.dep_ == "conj" or (head.dep_ in ("advcl", "xcomp", "acl") and head.tag_ == "VBG")) \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children) and clause_head(head.head).i in clauses \
                and not (head.dep_ == "conj" and _later_on(head)):
            head = clause_head(head.head)
            key = head.i
        if key not in clauses:
            clauses[key] = Clause(head)
            order.append(key)
        trig.token = tok
        clauses[key].triggers.append(trig)
        if tok is not None:
            clauses[key].tokens.append(tok)
    return [clauses[k] for k in order]


def _earlier_acts(tok: Any) -> bool:
    """A plural act noun written as acts gone by: "previous attacks", "past raids", "earlier bombings"."""
    return tok is not None and tok.pos_ == "NOUN" and tok.tag_ == "NNS" \
        and any(c.dep_ == "amod" and c.lower_ in ("previous", "earlier", "past", "prior", "former") for c in tok.children)


_CARRYING = frozenset(["fly", "send", "take", "transfer", "repatriate", "return", "hand", "bring", "carry", "airlift", "evacuate", "transport",
                       "move", "release", "deliver", "bury"])


def _bodies_moved(clause: Clause) -> bool:
    """The clause's only act word is "the bodies of …" and what the sentence does with them is carry them somewhere
    ("were flown to Timika", "were handed over to their families", "were buried on Sunday"): no killing told."""
    toks = [t for t in clause.tokens if t is not None]
    if len(toks) != 1 or toks[0].lower_ not in ("bodies", "body", "remains"):
        return False
    verb = toks[0].head
    if any(t.pos_ == "VERB" for t in toks[0].subtree):
        return False  # "the bodies of the Jesuits murdered last Friday by uniformed men were buried today": the murder is told
    return toks[0].dep_ in ("nsubjpass", "dobj") and verb.pos_ == "VERB" and verb.lemma_.lower() in _CARRYING


_PLACED_BEFORE = re.compile(r"\b(?:in|near|at|outside|around|inside|across)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$"
                            # (or the place the act struck: "Russia attacked Odesa with exploding drones")
                            r"|\b(?:attacked|struck|hit|shelled|bombed|pounded|stormed|raided|targeted)\s+(?:the\s+(?:city|town|village)\s+of\s+)?$", re.I)
_NEUTRALISED = re.compile(r"\bneutrali[sz]", re.I)
_TIMING_MARKS = frozenset(["until", "till", "when", "as", "after", "before", "while", "once"])


def _within_a_fight(head: Any, clauses: list[Clause]) -> bool:
    """A movement of forces told in a clause that times another one of the sentence, which tells violence
    ("… resisted until reinforcements arrived", "troops fired back as more soldiers were flown in"): part of that act."""
    if head is None or head.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in _TIMING_MARKS for c in head.children):
        return False
    return any(c.head is not None and c.head is not head and c.modes & VIOLENT_MODES for c in clauses) \
        or head.head.lemma_.lower() in ("resist", "hold", "fight", "repel", "defend")


def _later_on(verb: Any) -> bool:
    """The verb's own words put it a time after what was told before ("a day later raided", "the next day stormed")."""
    for c in verb.children:
        if c.i > verb.i:
            continue
        if c.dep_ == "advmod" and c.lower_ in ("later", "afterwards", "afterward") and any(g.dep_ == "npadvmod" for g in c.children):
            return True
        if c.dep_ == "npadvmod" and c.lower_ in ("day", "morning", "night", "week") and any(g.lower_ in ("next", "following") for g in c.children):
            return True
    return False


# What is done to a gathering or by it: with a protest told in the same sentence, part of that protest.
_CROWD_RESPONSE = frozenset(["intervene", "disperse", "force", "riot", "loot"])


def join_protest(clauses: list[Clause]) -> list[Clause]:
    """A protest and the force met or the damage done, told in another clause of the same sentence
    ("rallied outside the headquarters as police fired tear gas to disperse them", "protests
    erupted, with banks set ablaze"), are one event: each of those clauses is typed with the modes
    of all of them."""
    host = next((c for c in clauses if any(t.mode == "protest" and not t.background for t in c.triggers)), None)
    if host is None:
        return clauses
    # (a relative clause describes the people it hangs on, "protesters who burned tyres", not the event told)
    # (the arrests made while dispersing it are part of the response: "used pepper spray … and detained three")
    own = [c for c in clauses if not (c.head is not None and c.head.dep_ == "relcl")]
    group = [c for c in own if c is host or (c.modes and (c.modes - {"arrest"}) and c.modes - {"arrest"} <= _CROWD_RESPONSE)]
    # arrests made in the dispersal: "… fired tear gas to push them back and arrested four of them"
    responses = {c.head.i for c in group if c is not host and c.head is not None}
    group += [c for c in own if c.modes == {"arrest"} and c.head is not None and c.head.dep_ == "conj"
              and (c.head.head.i in responses or (c.head.head.dep_ in ("advcl", "xcomp") and c.head.head.head.i in responses))]
    told = {id(c): [t for t in c.triggers if not t.background] for c in group}
    for clause in group:
        # each keeps its own words (place, actors) and takes the others' modes; the article-level
        # merge then folds them into one event (``coref``: a protest and the response to it)
        clause.joined.extend(t for other in group if other is not clause for t in told[id(other)])
    return clauses


# what a crowd does: its grievance, told in a dating clause, is no event of its own (see ``_cause_of_unrest``)
_CROWD = frozenset(["protest", "riot", "loot", "mob"])
_MARCH = re.compile(r"marched|march\s+(?:in|on|through|to)", re.I)  # the verb, not "a peaceful march"


# people a crowd took for criminals: "caught two young men they accused of being gang scouts"
_ACCUSED_OF_BEING = re.compile(r"\b(?:they|residents|villagers|the\s+crowd)\s+(?:had\s+)?(?:accused|suspected)\s+of\s+(?:being|stealing|belonging|working)\b", re.I)
# victims the text calls suspects: "three suspected gang members", "an alleged thief"
_SUSPECTED_VICTIMS = re.compile(r"\b(?:suspected|alleged|presumed|supposed)\s+(?:[\w-]+\s+){0,2}?[\w-]+$", re.I)


# A weapon in someone's hands or hold is no attack: "armed with explosive devices", "knapsacks with
# bombs", "dogs trained to detect explosives", "loaded with explosives", "the manufacturing of booby traps".
_HOLDING = frozenset(["arm", "equip", "carry", "load", "possess", "possession", "detect", "manufacture", "manufacturing", "make",
                      "smuggle", "transport", "store", "stockpile", "surrender", "buy", "sell", "supply", "ship", "shipment",
                      "deliver", "acquire", "knapsack", "bag", "backpack", "hide", "stash", "cache", "detector", "scanner"])
_WEAPON_MODES = frozenset(["explosive", "grenade", "shelling", "chemical"])
# what a weapon is made with: "drones fitted with explosives", "a truck laden with TNT" (held, where its use is a habit)
_FITTED = frozenset(["fit", "lade", "laden", "pack", "rig", "stuff", "fill"])


def _used_as_habit(fitted: Any) -> bool:
    """The thing fitted with the weapon is used as a habit ("a faction that has increasingly used drones fitted with
    explosives"), not in an act told ("a car packed with explosives blew up", whose explosion is the act)."""
    thing = fitted.head
    user = thing.head if thing.dep_ in ("dobj", "pobj") else None
    return user is not None and user.pos_ == "VERB" and (
        user.dep_ == "relcl" or user.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in user.children))
# What a metaphor destroys: "destroy the revolution", "democracy was destroyed", "destroying the possibility".
_ABSTRACT = frozenset(["democracy", "revolution", "economy", "possibility", "hope", "institution", "peace", "process", "dialogue",
                       "nation", "society", "future", "image", "credibility", "reputation", "confidence", "trust", "unity", "life",
                       "career", "chance", "plan", "order", "morale", "value", "tradition", "history", "freedom", "right", "relation",
                       "relationship", "spirit", "dream", "movement", "regime", "system", "country", "force", "argument", "effort",
                       "opportunity", "prospect", "identity", "culture", "family", "fabric", "legitimacy", "sovereignty"])


# Verbs whose object suffers the act: an aircraft there was struck, it did not strike.
_HIT = frozenset(["down", "shoot", "bring", "destroy", "damage", "hit", "strike", "attack", "target", "capture", "seize", "burn", "ambush"])

_PERSONAL = frozenset(["we", "they", "he", "she", "i"])


def _acting_subject(head: Any, finder: ArgumentFinder) -> bool:
    """The clause's verb has a subject that acts: someone, not the blast that caused the damage
    ("the group, which set fire to the club" acted; "the explosion, which destroyed the offices",
    "a fire that destroyed the office" did not)."""
    if head is None:
        return False
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None and head.dep_ == "xcomp":  # "the guerrillas claim to have destroyed six towers"
        subj = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in ("which", "that", "who") and head.dep_ == "relcl":
        subj = head.head
    return subj is not None and (subj.lower_ in _PERSONAL or finder.ref_for(subj) is not None)


# A scope of many places at once: the act told is a tally over them, no one incident with a place.
_MANY_PLACES = re.compile(r"\b(?:across|throughout|all\s+over)\s+the\s+(?:country|nation|region)\b|\bnationwide\b|"
                          r"\b(?:across|over|in)\s+(?:\w+\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|\d+|several|many)\s+(?:regions|provinces|oblasts|states|districts|governorates)\b",
                          re.I)


def _spread_out(doc: Document, sent: Sentence) -> bool:
    """The sentence spreads its act over a whole country or many regions and names no town or district
    where any of it happened."""
    return bool(_MANY_PLACES.search(sent.text)) and not any(
        p.start is not None and sent.start <= p.start < sent.end and p.precision < 3 for p in doc.places)


def idle(trig: Trigger) -> bool:
    """A trigger word that reports nothing done: a weapon held, carried or made (not used), or a
    destruction that is a metaphor (its object is an abstraction)."""
    tok = trig.token
    if tok is None:
        return False
    if trig.mode in _WEAPON_MODES and tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in ("nsubj", "csubj"):
        while tok.dep_ == "conj" and tok.head is not tok:
            tok = tok.head  # "armed with rifles and hand grenades": the last weapon is held like the first
        gov = tok.head.head if tok.head.pos_ == "ADP" and tok.head.lower_ != "with" else tok.head
        if tok.head.lower_ == "with":
            gov = tok.head.head
        carried_out = any(c.dep_ == "prt" and c.lower_ == "out" for c in gov.children)  # "carried out a chemical attack"
        if gov.lemma_.lower() in _HOLDING and not carried_out:
            return True
        if tok.head.lower_ == "with" and gov.lemma_.lower() in _FITTED and _used_as_habit(gov):
            return True  # "a faction that has increasingly used drones fitted with explosives": what its weapons are
        if gov.lemma_.lower() in ("plant", "lay") and gov.tag_ == "VBG":
            return True  # "a cell that was planting explosive devices on a road": bombs being laid, none went off
    if trig.mode == "intervene" and tok.pos_ == "VERB" and tok.lemma_.lower() == "disperse" \
            and not any(c.dep_ in ("dobj", "auxpass", "nsubjpass") or (c.dep_ == "aux" and c.lower_ == "to") for c in tok.children):
        return True  # "marched through the centre and dispersed without incident": the crowd went home of itself
    if trig.mode == "air" and tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in _HIT:
        return True  # "downed an army gunship", "a helicopter was destroyed": the aircraft is the target, not the weapon
    if trig.mode == "loot" and tok.dep_ == "amod" and tok.lower_.endswith(("ed", "burnt")):
        return True  # "the destroyed headquarters", "burned cars": a state left by an act told elsewhere
    if trig.mode == "loot" and tok.lemma_.lower() == "destroy":
        objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if tok.dep_ == "relcl" and not objs:
            objs = [tok.head]  # "the democracy that was destroyed"
        return bool(objs) and all(o.lemma_.lower() in _ABSTRACT for o in objs)
    return False


# Nouns that name an act (not a weapon, not the people who act: "100kg of explosives", "hundreds of
# demonstrators" are no tallies of events).
_EVENT_NOUNS = frozenset(["attack", "bombing", "killing", "murder", "massacre", "assassination", "kidnapping", "abduction", "ambush",
                          "raid", "shooting", "explosion", "blast", "execution", "robbery", "arson", "hijacking", "disappearance",
                          "clash", "act", "action", "operation", "incident", "sabotage", "shelling", "airstrike", "strike"])
_PLURAL_EVENT_QUANTITY = frozenset(["wave", "series", "spate", "string", "number", "hundreds", "dozens", "thousands", "scores", "tens",
                                    "several", "many", "numerous", "various", "countless", "frequent", "repeated", "indiscriminate",
                                    "constant", "systematic", "continued", "continuous", "other",
                                    "similar", "such"])  # ("has carried out similar attacks": acts of a kind, not this one)


def is_generic(clause: Clause, counts: list[CountMention], dated: bool) -> bool:
    """Every trigger is a plural noun that names a kind or a tally of acts, not one occurrence
    ("a wave of kidnappings, bombings and murders", "hundreds of dynamite attacks", "indiscriminate
    bombings"): no numeral of its own, nothing counted, no date in the sentence."""
    toks = [t.token for t in clause.triggers]
    if dated or counts or not toks or any(t is None for t in toks):
        return False
    for tok in toks:
        if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or tok.lemma_.lower() not in _EVENT_NOUNS:
            return False
        if any(c.dep_ == "nummod" for c in tok.children):
            return False
        mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "det", "quantmod")}
        first = tok
        while first.dep_ == "conj" and first.head is not first:
            first = first.head  # "a wave of kidnappings and bombings"
        quantity = first.head.lower_ == "of" and first.head.head.lower_ in _PLURAL_EVENT_QUANTITY
        # "the target of bloody attacks": a bare plural hanging off a noun names a kind
        kind_of = first.dep_ == "pobj" and first.head.head.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss") for c in tok.children)
        if not (quantity or mods & _PLURAL_EVENT_QUANTITY or kind_of):
            return False
    return True


# "…, the latest in a series of attacks in the district": the act told set among others, which are no event here
_LATEST_OF_SERIES = re.compile(r"\b(?:latest|newest|last|most\s+recent|third|second|fourth|fifth)\s+(?:in|of)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:series|string|spate|wave|run|number|chain|succession)\s+of\s+(?:[\w-]+\s+){0,2}?$", re.I)


def _series_told(sent: Sentence, clause: Clause, clauses: list[Clause]) -> bool:
    """Every trigger of the clause names the series an act told in the sentence belongs to ("killing four
    policemen, in the latest of a series of attacks in the district"). Where the sentence tells no other act,
    the series says what kind of act "the latest" is ("the latest in a string of protests"): that stays."""
    def in_series(t: Trigger) -> bool:
        return _LATEST_OF_SERIES.search(sent.text, max(0, t.start - 80), t.start) is not None

    return bool(clause.triggers) and all(in_series(t) for t in clause.triggers) \
        and any(not in_series(t) for other in clauses if other is not clause for t in other.triggers)


def _explicit_date(doc: Document, sent: Sentence) -> bool:
    return any(sent.start <= span.start < sent.end and d.basis in ("explicit", "relative") for span, d in doc.dates)


def _clause_dated(doc: Document, sent: Sentence, clause: Clause, region: tuple[int, int]) -> bool:
    """A date stands in the clause's own stretch of the sentence, not across a semicolon or a contrast
    from it: "militants continue to carry out attacks; on Friday they killed four soldiers" dates the
    killing, not the attacks."""
    lo, hi = region
    first, last = sent.start + clause.triggers[0].start, sent.start + clause.triggers[-1].end
    text = doc.article.text
    # "… lost its last territory in 2019, but its cells continue to stage attacks": a contrast starts anew too
    before = max([text.rfind(";", lo, first), *(m.end() - 1 for m in _CONTRAST.finditer(text, lo, first))])
    after = min([i for i in [text.find(";", last, hi), *(m.start() for m in _CONTRAST.finditer(text, last, hi))] if i >= 0], default=-1)
    lo, hi = max(lo, before + 1), after if after >= 0 else hi
    return any(lo <= span.start < hi and d.basis in ("explicit", "relative") for span, d in doc.dates)


_CONTRAST = re.compile(r",\s+(?:but|while|whereas|although|though)\s")


@dataclass(frozen=True)
class Signals:
    """What the clause says beyond its trigger modes, for typing."""

    killed: bool = False
    armed_victims: bool = False  # every person counted as a victim is armed ("12 soldiers were killed")
    facility: bool = False  # a checkpoint, base or patrol was hit
    armed_actors: int = 0  # distinct armed actors in the clause
    state_perpetrator: bool = False  # state forces are among the perpetrators
    damage_only: bool = False  # the clause's looting words only say something was destroyed or damaged
    torture: bool = False  # the clause's only violence is torture: done to someone held, never a fight
    fight_between: bool = False  # "a gun battle between rival factions", "clashes between troops and rebels"
    repelled: bool = False  # "troops repelled an assault": the attacked side fought back
    unopposed: bool = False  # "entered the town without firing a shot": ground taken with no fight
    brawl: bool = False  # fought with sticks, stones or machetes, and no gun named
    aircraft_doer: bool = False  # the doer is written as aircraft ("warplanes", "Military aircraft bombed")
    spoils: bool = False  # the clause's weapons were taken ("seized weapons"), not found or defused


def _brawl(sent: Sentence, clauses: list[Clause], finder: ArgumentFinder) -> bool:
    """The sentence tells a fight with sticks, stones or blades between people no armed group is among
    ("two were killed when supporters of rival village leaders fought with sticks and machetes"): mob
    violence, whoever died in it. The police that report it take no part ("…, police said")."""
    if not any("battle" in c.modes for c in clauses) or not _CRUDE_WEAPONS.search(sent.text) or _FIREARMS.search(sent.text):
        return False
    return not any(r.kind in ARMED and sent.start <= (r.start or 0) < sent.end and not finder.is_source(r) for r in finder.refs)


def _sides_joined(tok: Any) -> bool:
    """"Government forces and Kurdish fighters clashed": the fight's subject joins its two sides."""
    if tok is None or tok.pos_ != "VERB":
        return False
    # (or names them as rivals: "rival cartel gunmen fought for hours")
    return any(c.dep_ == "nsubj" and any(g.dep_ == "conj" or (g.dep_ in ("amod", "compound") and g.lower_ in _RIVAL) for g in c.children)
               for c in tok.children)


_RIVAL = frozenset(["rival", "rivals", "warring", "opposing", "competing"])
_AIRCRAFT_DOER = re.compile(rf"\b(?:{AIRCRAFT_NOUN})$", re.I)
_AIRCRAFT_AFTER = re.compile(rf"\s+(?:{AIRCRAFT_NOUN})\b", re.I)
# "repelled an attack", "fought off a raid", "beat back an assault": the attacked side fought back
_REPELLED = re.compile(r"\b(?:repel(?:led|s)?|repuls(?:ed|es)?|fought\s+off|fend(?:ed)?\s+off|beat\s+back|beaten\s+back|pushed\s+back|"
                       r"held\s+off)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
# the arms of a brawl, not of an armed group
_CRUDE_WEAPONS = re.compile(r"\b(?:sticks|stones|rocks|bricks|machetes|knives|clubs|(?:iron\s+)?rods|spears|axes|cudgels|bamboo\s+(?:poles|sticks)|"
                            r"sharp\s+(?:weapons|objects)|bows\s+and\s+arrows|fists)\b", re.I)
_FIREARMS = re.compile(r"\b(?:guns?|gunm[ae]n|gunfire|rifles?|firearms|shot|shooting|bullets|ak-?47s?|pistols?|grenades?|bombs?|explosives?)\b", re.I)
_UNOPPOSED = re.compile(rf"\b{UNOPPOSED}", re.I)
_BETWEEN = re.compile(r"\s+between\s+(?!(?:\d|two\s+and|one\s+and))", re.I)  # not "fighting between 2 and 4 am"


# types whose events may strike buildings, vehicles and infrastructure
_STRIKES_PROPERTY = frozenset(["armed_clash", "attack", "chemical_weapon", "air_drone_strike", "suicide_bomb", "shelling_artillery_missile",
                               "remote_explosive", "grenade", "looting_property_destruction", "violent_demonstration", "mob_violence"])


def decide_type(modes: set[str], perp: ActorRef | None, target: ActorRef | None, signals: Signals) -> str | None:
    """The ACLED sub-event type of a clause, or None when its modes make no event."""
    pk = perp.kind if perp else None
    tk = target.kind if target else None
    killed = signals.killed
    if "mob" in modes and "protest" not in modes:
        return "mob_violence"  # a lynching is not a demonstration
    # tear gas, water cannon, a crowd dispersed: force met a gathering, named or not
    protest = "protest" in modes or pk in (ActorKind.PROTESTERS, ActorKind.RIOTERS) or tk == ActorKind.PROTESTERS \
        or ("disperse" in modes and not modes & (EXPLOSIVE_MODES_SET | {"battle", "capture", "regain"}))
    if protest and modes & {"protest", "riot", "intervene", "disperse", "force", "kill", "shoot", "arrest", "battle", "mob", "attack"}:
        if modes & {"riot", "loot", "mob"} or pk == ActorKind.RIOTERS:
            return "violent_demonstration"
        if (modes & {"kill", "shoot"} or killed) and (tk == ActorKind.PROTESTERS or pk == ActorKind.STATE_FORCES or "protest" in modes):
            return "excessive_force_against_protesters"
        if "force" in modes:
            return "excessive_force_against_protesters"  # "violently dispersed", "live ammunition"
        if "battle" in modes:
            return "violent_demonstration"  # clashes with the police, tear gas or not
        if "attack" in modes and pk not in (ActorKind.PROTESTERS, ActorKind.CIVILIANS) \
                and (tk == ActorKind.PROTESTERS or pk == ActorKind.STATE_FORCES):
            return "excessive_force_against_protesters"  # the police attacked the march
        if "attack" in modes and pk in (ActorKind.PROTESTERS, ActorKind.CIVILIANS):
            return "violent_demonstration"  # the marchers attacked a police station
        if modes & {"intervene", "disperse", "arrest"}:
            return "protest_with_intervention"
        return "peaceful_protest"
    if "mob" in modes:
        return "mob_violence"
    if "riot" in modes and not modes & VIOLENT_MODES - {"attack"}:
        return "violent_demonstration"
    if modes & {"regain", "capture", "withdraw"} and signals.unopposed and not killed and not modes & (VIOLENT_MODES - {"attack"}):
        return "non_violent_territory_transfer"  # "the rebels entered the town without firing a shot"
    if modes & {"regain", "capture"} and not modes & EXPLOSIVE_MODES_SET:
        return _territory(modes, pk, signals.state_perpetrator)  # "recovered control of two villages" (not a weapons recovery)
    if "intercept" in modes and not killed:
        return "disrupted_weapons_use"
    if "disrupt" in modes and not killed and "air" not in modes and not ("kill" in modes and signals.spoils):
        # "warplanes destroyed an arms depot" is an air strike; "its fighters had killed soldiers and seized weapons", the fight
        return "disrupted_weapons_use"
    if perp is not None and (signals.aircraft_doer or _AIRCRAFT_DOER.search(perp.text or "")) and modes & {"attack", "kill", "shoot", "battle", "blast", "loot", "explosive", "grenade"} \
            and not modes & {"suicide", "chemical", "shelling"}:
        return "air_drone_strike"  # "Ukrainian drones attacked a refinery", "a drone dropped a grenade on a car"
    for mode, code in (("suicide", "suicide_bomb"), ("chemical", "chemical_weapon"), ("air", "air_drone_strike"),
                       ("shelling", "shelling_artillery_missile"), ("grenade", "grenade"), ("explosive", "remote_explosive")):
        if mode in modes:
            return code
    if "blast" in modes and (pk in ARMED or (modes & {"attack", "kill"} and pk is not None)):
        return "remote_explosive"
    if "sexual" in modes:
        return "sexual_violence"
    if "coup" in modes and not killed and "agree" not in modes:  # "the ousted president agreed to resign"
        return "other"
    if "arrest" in modes and not killed and not modes & {"kill", "shoot", "battle", "abduct"}:
        return "arrest"  # "detained 23 people in raids": the raid is how, the arrest is what
    if modes & {"regain", "capture"}:
        return _territory(modes, pk, signals.state_perpetrator)
    if "abduct" in modes and not killed:
        return "abduction"
    if "loot" in modes and "attack" in modes and signals.damage_only:
        modes = modes - {"loot"}  # "destroyed as the result of two attacks": the damage is what the attack did
    if "loot" in modes and not killed and not modes & {"kill", "shoot"}:
        return "looting_property_destruction"
    if modes & {"kill", "shoot", "attack", "battle"}:
        if pk in (ActorKind.CIVILIANS, ActorKind.PROTESTERS):
            pk = None
        if signals.torture:
            return "attack"  # "died under torture in police custody": the police are the captors, not a side in a fight
        if signals.brawl and modes & {"battle", "kill"} and pk not in ARMED and tk not in ARMED:
            return "mob_violence"  # "villagers of two factions fought with sticks and machetes": no armed group, a brawl
        if signals.repelled and pk != ActorKind.CIVILIANS and tk != ActorKind.CIVILIANS:
            return "armed_clash"  # "government troops repelled a rebel assault": both sides fought
        if "battle" in modes and signals.fight_between:
            return "armed_clash"  # "a gun battle between rival factions killed 14 people": the dead fell in the fight
        armed_target = tk in ARMED or signals.armed_victims or signals.facility
        if armed_target and pk != ActorKind.CIVILIANS:
            return "armed_clash"
        if "battle" in modes and (pk in ARMED or signals.armed_actors >= 2) and tk != ActorKind.CIVILIANS:
            return "armed_clash"
        if "battle" in modes and not modes & {"kill", "shoot", "attack"} and tk is None:
            return "armed_clash"
        return "attack"
    for mode, code in (("abduct", "abduction"), ("arrest", "arrest"), ("agree", "agreement"), ("pledge", "agreement"), ("loot", "looting_property_destruction"),
                       ("base", "headquarters_established"), ("withdraw", "non_violent_territory_transfer"),
                       ("group", "change_to_group_activity")):
        if mode in modes:
            return code
    return None


def _territory(modes: set[str], pk: str | None, state_with: bool) -> str:
    """Who took the ground decides: only a government regains territory; an armed group that
    "recaptured" a town overtook it (ACLED's definitions), unless state forces fought with it
    ("the army and allied militias recaptured the town")."""
    if "regain" in modes or pk == ActorKind.STATE_FORCES:
        return "non_state_actor_overtakes_territory" if pk in ARMED_NON_STATE and not state_with else "government_regains_territory"
    return "non_state_actor_overtakes_territory"


def event_id(article_id: str, sentence: int, n: int) -> str:
    return hashlib.sha1(f"{article_id}:{sentence}:{n}".encode()).hexdigest()[:16]


class EventExtractor:
    """Extracts the events of one document; holds no state between documents."""

    def __init__(self, country_names: dict[str, str], country_place: Callable[[str], Place | None] | None = None,
                 common_words: frozenset[str] = frozenset(), demonyms: dict[str, str] | None = None,
                 capital_place: Callable[[str], Place | None] | None = None) -> None:
        self.demonyms = demonyms or {}
        self.country_names = country_names
        self.country_place = country_place
        self.capital_place = capital_place
        self._country_isos = {name.lower(): iso for iso, name in country_names.items()}
        self.common_words = common_words
        self._text = ""
        self._clauses: list[Clause] = []  # the clauses of the sentence being read

    def _name_test(self, doc: Document) -> Callable[[Any], bool]:
        """Whether a token is part of a name: PROPN in mixed case; in ALL-CAPS or lower-case text,
        where the tagger cannot see capitals, a word that is not ordinary English."""
        mixed = text_case(doc.article.text) == "mixed"
        if mixed and self.common_words:
            # a common word the tagger calls a name only because it opens the sentence ("BISSAU (Agency) — Gunfire rang
            # out …"), where the article never writes it with a capital inside a sentence
            inside = set(_CAPITAL_INSIDE.findall(doc.article.text))
            words = self.common_words
            return lambda tok: tok.pos_ == "PROPN" and not (
                _opens_sentence(tok) and tok.lower_ in words and tok.text not in inside
                and not (tok.i + 1 < len(tok.doc) and tok.nbor(1).pos_ == "PROPN"))
        if mixed or not self.common_words:
            return lambda tok: tok.pos_ == "PROPN"
        common = self.common_words
        return lambda tok: (tok.is_alpha and len(tok.text) > 2 and tok.lower_ not in common and tok.lemma_.lower() not in common
                            and tok.pos_ in ("PROPN", "NOUN", "ADJ", "X"))

    def extract(self, doc: Document) -> list[Event]:
        events: list[Event] = []
        references: dict[str, int | None] = {}  # "condemned the murder of X": its trigger's offset (None: acts in the plural)
        anaphors: set[str] = set()  # "the kidnapping took place on 30 December": an event told before
        damage: set[str] = set()  # "the blast destroyed three shops": what an attack did, not a new event
        self._text = doc.article.text
        text = doc.article.text
        parsed: dict[int, Any] = doc.spacy or {}
        head_end = dateline_end(text)  # "CHIANG MAI, Thailand —": where it was filed, never who acted
        name_test = self._name_test(doc)  # the article's case, read once
        mixed = text_case(text) == "mixed"
        for sent in doc.sentences:
            # "The victims were identified as …": the people of the latest act with victims told before (just before
            # where the sentence points back by a pronoun: "They were …")
            reach = victims_reach(sent.text)
            # ("the attack was the work of rebels" points back at the act: its victims are the act's)
            host = next((e for e in reversed(events) if (e.event_type in _NAMES_VICTIMS and e.id not in anaphors and e.id not in references)
                         or sent.index - (e.sentence or 0) > reach), None)
            if host is not None and host.event_type in _NAMES_VICTIMS and sent.index - (host.sentence or 0) <= reach:
                here = [r for r in doc.actors if r.start is not None and max(sent.start, head_end) <= r.start < sent.end]
                _add_named_victims(host, sent.text, ArgumentFinder(here, sent.start, [], text, name_test, [], self.country_names, head_end))
            sdoc = parsed.get(sent.index)
            if sdoc is None:
                continue
            names = [(r.start - sent.start, (r.end or 0) - sent.start, r.name.lower()) for r in doc.actors
                     if r.actor_id and r.start is not None and sent.start <= r.start < sent.end and r.text.lower() != r.text]
            # "National Liberation Front" names a group; it reports no liberation ("Iraqi jets struck" does report)
            triggers = [t for t in find_triggers(sent.text)
                        if not any(a <= t.start < b and sent.text[t.start : t.end].lower().split()[0] in name for a, b, name in names)
                        and not (mixed and sent.index > 0 and in_proper_name(sent.text, t))
                        and not (t.mode == "arrest" and _WARRANT.match(sent.text, t.end))]
            if not triggers or sent.text.rstrip().rstrip("\"'”’)[] ").endswith("?"):
                continue  # a question asks; it reports nothing
            reason = blocked(sent.text)
            counts = find_counts(sent.text)
            refs = [r for r in doc.actors if r.start is not None and max(sent.start, head_end) <= r.start < sent.end]
            previous = [r for r in doc.actors if r.start is not None and r.start < sent.start]
            countries = [p for p in doc.places if p.feature == "country" and p.start is not None and max(sent.start, head_end) <= p.start < sent.end]
            finder = ArgumentFinder(refs, sent.start, previous, text, name_test, countries, self.country_names, head_end)
            clauses = join_protest(group_triggers(triggers, sdoc))
            self._clauses = clauses
            owned = _assign_counts(counts, clauses, sent.text)
            for n, clause in enumerate(clauses):
                if is_anaphoric(clause) and not owned.get(id(clause)) and _only_backdrop(clause):
                    continue  # "suspended talks with the rebels after that offensive": the act told before, or history
                ev = self._event(doc, sent, clause, owned.get(id(clause), []), finder, n, reason)
                if ev is not None:
                    events.append(ev)
                    if is_reference(clause):
                        plural = any(t.tag_ in ("NNS", "NNPS") for t in clause.tokens)
                        references[ev.id] = None if plural else sent.start + clause.triggers[0].start
                    elif is_anaphoric(clause) and not owned.get(id(clause)) and (not _names_someone(ev) or _set_in_time(clause)):
                        anaphors.add(ev.id)
                    elif is_damage(clause, sent.text) and not clause.agent:
                        damage.add(ev.id)  # "the blast destroyed…", "the bank was destroyed"; "the group set fire to…" is an act of its own
        kept = fold_references(fold_breakdowns(no_zero_tolls(no_rescues(events))), references, anaphors)
        kept = fold_back(kept, anaphors, damage)
        kept = self._aircraft_said(self._arresting_speakers(attribute_claims(kept, doc), doc), doc)
        kept = aircraft_of_the_foreign_force(attribute_aircraft(places_are_no_people(kept, doc)), doc)
        kept = branch_named_next(men_named_next(protesters_told_before(distinct_sides(kept), doc, self.country_names), doc), doc)
        return crowd_kinds(kept, self.country_names)

    def _aircraft_said(self, events: list[Event], doc: Document) -> list[Event]:
        """"The monitoring group said the jets were Russian": a sentence that gives the aircraft a
        nationality names the state behind the air strike told just before it with no doer."""
        for sent in doc.sentences:
            m = _AIRCRAFT_OF.search(sent.text)
            iso = self.demonyms.get(m["dem"].lower()) if m else None
            if m is None or iso is None or iso not in self.country_names:
                continue
            host = next((ev for ev in reversed(events) if ev.sentence < sent.index <= ev.sentence + 2 and ev.actor1 is None
                         and ev.event_type == "air_drone_strike"), None)
            if host is not None:
                start = sent.start + m.start("dem")
                host.actor1 = ActorRef(name=f"Military Forces of {self.country_names[iso]}", text=m["dem"], kind=ActorKind.STATE_FORCES,
                                       actor_id=f"military_{iso.lower()}", country=iso, start=start, end=start + len(m["dem"]), score=0.5)
        return events

    def _decried(self, clause: Clause) -> bool:
        """The clause is what a protest told in another clause came to decry: its verb a purpose clause of the protest's
        verb ("marched … to denounce the kidnappings", "staged a sit-in to demand an end to targeted killings"), every act
        word of it inside that verb's phrase."""
        head = clause.head
        if head is None or head.pos_ != "VERB" or head.dep_ not in ("advcl", "xcomp") or head.lemma_.lower() not in _DECRYING:
            return False
        protest = any(t.mode == "protest" and t.token is not None and t.token.i == head.head.i for c in self._clauses if c is not clause
                      for t in c.triggers)
        return protest and all(t.token is not None and t.token.i != head.i and head.i in {a.i for a in t.token.ancestors}
                               for t in clause.triggers)

    def _arresting_speakers(self, events: list[Event], doc: Document) -> list[Event]:
        """"Police said 112 people had been arrested": an arrest the sentence tells without its doer
        was made by the security force that reports it (police, the army, the gendarmerie)."""
        for ev in events:
            if ev.event_type != "arrest" or ev.actor1 is not None or ev.modality not in FACTUAL or ev.evidence is None:
                continue
            lo, hi = ev.evidence.start, ev.evidence.end
            speaker = next((r for r in doc.actors if r.kind == ActorKind.STATE_FORCES and r.start is not None and r.end is not None
                            and lo <= r.start < hi and (SPEECH.match(doc.article.text[r.end : hi]) or _OFFICER_SAID.match(doc.article.text[r.end : hi])
                                                        or ACCORDING.search(doc.article.text[max(lo, r.start - 20) : r.start]))), None)
            if speaker is not None:
                ev.actor1 = self._finish_actor(speaker, ev.location.country if ev.location is not None else None)
        return events

    def _event(self, doc: Document, sent: Sentence, clause: Clause, counts: list[CountMention], finder: ArgumentFinder,
               n: int, reason: str | None) -> Event | None:
        head = clause.head
        main = next((t for t in clause.tokens if t.pos_ in ("VERB", "NOUN", "PROPN")), head)
        if self._decried(clause):
            return None  # "marched through the town to denounce the kidnappings and killings": the crowd's grievance
        if reason == "cumulative" and cumulative_aside(sent.text, min(t.start for t in clause.triggers), min(t.end for t in clause.triggers)):
            reason = None  # "… killed five villagers on Monday, the latest attack in a conflict that has killed thousands"
        perps: list[ActorRef] = []
        targets: list[ActorRef] = []
        things: list[PhysicalTarget] = []
        harming = {t.token.i for t in clause.triggers if t.token is not None and t.mode in ("kill", "abduct")}
        perp_tok = None  # the word whose doer the perpetrators are
        # the grievance of a protest or the backdrop of an agreement has doers of its own ("marched to protest the
        # killing of a classmate by police"): not the crowd, where the clause tells something else
        framed = any(not t.background and t.mode in _FRAMES for t in clause.triggers)
        grievance = {t.token.i for t in clause.triggers if t.background and t.token is not None} if framed else set()
        for tok in [*clause.tokens, head]:
            if tok is None:
                continue
            if not perps and tok.i not in grievance:
                perps = finder.perpetrators(tok)
                perp_tok = tok if perps else None
            # every act of the clause adds victims of its own, the first act's first ("a policeman was shot and a
            # nun kidnapped"); unnamed people of a kind already there are those same people told again
            # (the clause's head, no event word itself, speaks only where the event words named no one)
            # a later act adds victims only where it harms people ("was shot", "kidnapped"), not every act word
            # ("the bombing gave his rivals the chance to attack the prime minister")
            found = finder.targets(tok) if not targets or tok.i in harming else []
            targets += [r for r in found if not targets or (named_in_full(r) and not any(
                same_mention(r, o) or r.text.lower() == o.text.lower() or (r.kind == o.kind and r.kind != ActorKind.PERSON) for o in targets))]
            things = things or finder.physical_targets(tok)
        # no one suffers the act they do ("militants stormed the village and killed two militiamen": not the militants)
        targets = [r for r in targets if not any(same_mention(r, p) for p in perps)]
        if clause.modes & {"air", "shelling"}:
            # "fired missiles at Ukraine", "jets struck Lebanon": the country a strike from afar hits is where it
            # fell, not a force it fought; ACLED codes the people it hit, or no one
            targets = [r for r in targets if r.score != COUNTRY_AS_ACTOR]
        clause.agent = bool(perps) or _acting_subject(head, finder)
        # (a target of the first side's own kind is no other side: "the army and al-Shabaab fought at a military base")
        own_side = [r for r in targets if perps and ((r.kind == perps[0].kind == ActorKind.STATE_FORCES and not r.actor_id)
                                                     or (r.actor_id is not None and r.actor_id == perps[0].actor_id))]
        if clause.modes & {"battle", "agree", "pledge"} and len(perps) > 1 and len(own_side) == len(targets):
            # "fighting between the army and the RSF", "Ethiopia and Eritrea agreed": two sides
            perps, targets = [perps[0], *perps[2:]], [perps[1]]
        if "battle" in clause.modes and not perps and len(targets) > 1:
            # "two soldiers and three militants were killed in a firefight": the dead of both sides name the sides
            rebels = [r for r in targets if r.kind in ARMED_NON_STATE]
            forces = [r for r in targets if r.kind == ActorKind.STATE_FORCES]
            if rebels and forces:
                perps, targets = [rebels[0]], [r for r in targets if r is not rebels[0]]
        perp = perps[0] if perps else None
        target = targets[0] if targets else None
        if perp is not None and target is not None and same_mention(perp, target):
            target = None
            targets = []
        lynching = False
        if perp is not None and perp.kind == ActorKind.CIVILIANS and not clause.modes & {"protest", "riot", "mob", "agree", "pledge"}:
            if unnamed_assailant(perp):
                # "shot by two men", "unknown individuals kidnapped…": people the text does not
                # name, doing violence, are an unidentified armed group (ACLED's convention)
                perp = replace(perp, kind=ActorKind.REBEL, name="Unidentified Armed Group")
            elif clause.modes & {"kill", "attack", "shoot"} and (
                    (target is not None and target.start is not None
                     and _SUSPECTED_VICTIMS.search(doc.article.text, max(0, target.start - 30), target.start + len(target.text)))
                    or _ACCUSED_OF_BEING.search(sent.text)):
                # "residents killed three suspected gang members and set their bodies on fire": people who kill those
                # they suspect of a crime are a mob (ACLED: mob violence, rioters as actor 1)
                perp, lynching = replace(perp, kind=ActorKind.RIOTERS, name="Rioters"), True
            else:
                # civilians are not the perpetrators of violence in ACLED's scheme: the noun is the victim, written
                # as one ("the murder of three journalists": the journalists)
                target, perp = target or finder.as_victim(perp), None
        tpos = sent.start + clause.triggers[0].start
        if perp is None and clause.modes & {"air", "shelling", "explosive", "blast", "chemical"}:
            perp = self._weapon_owner(doc, sent, clause)
        # "guards tried to stop the man before he detonated his explosives": the act's own subject is one person,
        # whom no plural armed mention nearby stands for (the gunman "he" fired at may)
        lone = clause.head is not None and any(t.token is clause.head for t in clause.triggers) \
            and any(c.dep_ == "nsubj" and c.lower_ in ("he", "she") for c in clause.head.children)
        # "their patrol vehicle hit a landmine": who ran into the mine suffered it; whoever laid it is untold
        if perp is None and not any(t.token is not None and ran_into(t.token) for t in clause.triggers):
            # and no object of a verb of the sentence: "a bomb blew up inside a shopping arcade, injuring 4
            # soldiers and destroying 9 kiosks" (the soldiers destroyed nothing)
            suffering = [span for tok in clause.tokens if tok is not None for span in finder.patient_spans(tok)] + finder.object_spans()
            cand = finder.nearest(tpos, before=True, kinds=set(ARMED), avoid=suffering, region=finder.clause_span(clause.head))
            if cand is not None and not same_mention(cand, target) and not (lone and _PLURAL_END.search(cand.text or "")):
                perp = cand
            elif target is not None and clause.modes & {"kill", "attack", "abduct", "explosive", "blast"}:
                # "a citizen was shot when unidentified individuals tried to enter his home": the
                # armed group the rest of the sentence names, when the victim is known and nobody else acts
                cand = finder.nearest(sent.start + clause.triggers[-1].end, before=False, kinds=set(ARMED_NON_STATE), avoid=suffering)
                if cand is not None and not same_mention(cand, target):
                    perp = cand
        if target is None:
            after = sent.start + clause.triggers[-1].end
            joined = finder.joined_clause_start(clause.head)
            cand = finder.nearest(after, before=False, region=(after, joined) if joined is not None and joined > after else None)
            if cand is not None and not same_mention(cand, perp) and cand.kind not in (ARMED_NON_STATE if perp and perp.kind in ARMED_NON_STATE else set()):
                target = finder.as_victim(cand)
        if clause.modes == {"pledge"} and target is not None and target.start is not None \
                and not _COUNTERPART.search(doc.article.text[max(sent.start, target.start - 40) : target.start]):
            target, targets = None, []  # what is offered ("its troops", "the hostages") is no party; "to Britain", "with Kiev" is
        if reason == "disaster" or _since_clause(head) or _indirect_question(head) or self._cause_of_unrest(clause):
            return None
        if clause.triggers and all(_earlier_acts(t.token) for t in clause.triggers):
            return None  # "the men had been involved in previous attacks on soldiers": acts before, none told
        if clause.modes == {"kill"} and _bodies_moved(clause):
            return None  # "the bodies of the two soldiers were flown to Timika": where the dead were taken
        if clause.modes == {"group"} and _within_a_fight(head, self._clauses):
            return None  # "resisted for an hour until reinforcements arrived, and three attackers were killed": the fight's
        if target is not None and target.start is not None \
                and any(c.attackers and sent.start + c.start <= target.start < sent.start + c.end for c in counts):
            target = None  # "a gunman was killed during an attack by gunmen on a church": the dead attacker is no victim
        said_dead: Count | None = None
        if not any(c.category == "fatalities" for c in counts) and clause.modes & {"kill"} and target is not None \
                and target.start is not None and ((bool(targets) and target is targets[0]) or _victim_of(sent, clause, target)):
            # "assassinated the provincial governor", "six aid workers were murdered": the victim phrase gives the dead
            said = self._victims_said(doc, sent, clause, targets if targets and target is targets[0] else [target])
            said_dead = said  # the toll only: typing and filtering still see the count phrases alone
        if said_dead is None and not any(c.category == "fatalities" for c in counts):
            said_dead = lone_death([head, *clause.tokens], self.common_words)  # "Judge X died after he was shot"
        if not any(c.category == "fatalities" for c in counts) and clause.modes & {"kill"} and target is not None \
                and target.kind == ActorKind.PERSON and not target.text.lower().endswith("s") \
                and not attempted(" ".join(sent.text[t.start : t.end] for t in clause.triggers), doc.article.text[: target.start or 0],
                                  doc.article.text[target.end or target.start or 0 :][:80]):
            # "assassinated Hector Oqueli": one named victim, one death ("… and Gilda Flores": each one named)
            one = said_dead if said_dead is not None and (said_dead.best or 0) > 1 else Count(1, 1, 1, None, target.text)
            counts = [*counts, CountMention("fatalities", one, 0, 0, target.text, False)]
        fatal = _total(counts, "fatalities")
        victims_counted = [c for c in counts if c.category in ("fatalities", "injured")]
        lo, hi = clause_region(sent, clause, self._clauses)
        region = doc.article.text[lo:hi]
        signals = Signals(
            killed=bool(fatal and (fatal.best or 0) > 0),
            # the attackers' own dead make no armed victim: "a guerrilla died while attacking the residence" is an attack
            armed_victims=bool(victims_counted) and all(c.armed and not c.attackers for c in victims_counted),
            facility=bool(_FACILITY.search(doc.article.text[sent.start + clause.triggers[0].end : hi]))
            or any(t.mode == "attack" and _DOWNED.search(sent.text, t.start, t.end) and not _CIVIL_AIRCRAFT.search(sent.text, t.start, t.end)
                   for t in clause.triggers),
            armed_actors=len({r.actor_id or r.name for r in finder.refs if r.kind in ARMED and lo <= (r.start or 0) < hi}),
            damage_only=all(_DESTROYED.fullmatch(sent.text[t.start:t.end]) for t in clause.triggers if t.mode == "loot"),
            fight_between=any(t.mode == "battle" and (_BETWEEN.match(sent.text, t.end) or _sides_joined(t.token)) for t in clause.triggers),
            repelled=any(t.mode in ("attack", "battle") and _REPELLED.search(sent.text, max(0, t.start - 40), t.start) for t in clause.triggers),
            unopposed=bool(_UNOPPOSED.search(region)),
            brawl=_brawl(sent, self._clauses, finder),
            # the actor's words may stop before its aircraft ("Military aircraft bombed a monastery")
            aircraft_doer=perp is not None and perp.end is not None and bool(_AIRCRAFT_AFTER.match(doc.article.text, perp.end)),
            spoils=any(t.mode == "disrupt" and _TAKEN_ARMS.search(sent.text, t.start, t.end) for t in clause.triggers),
            torture=clause.modes & VIOLENT_MODES == {"kill"} and all(_TORTURE.match(sent.text, t.start) for t in clause.triggers if t.mode == "kill"),
            state_perpetrator=any(r.kind == ActorKind.STATE_FORCES for r in perps)
            or any(r.kind == ActorKind.STATE_FORCES and lo <= (r.start or 0) < tpos for r in finder.refs),
        )
        dated = _explicit_date(doc, sent)
        own_date = _clause_dated(doc, sent, clause, (lo, hi))
        if is_generic(clause, counts, dated) or _series_told(sent, clause, self._clauses) or habitual(clause, own_date, counts, sent.index == 0) or unrealised_infinitive(clause, counts) \
                or _accused_in_general(clause, own_date, counts) or _as_fighting_spread(clause, counts) or _fled_from(clause) \
                or _kind_stated(clause, counts, own_date) or _perfect_since(doc, sent, clause):
            return None  # "a wave of kidnappings and bombings", "officers who kidnap", "to prevent attacks": no one occurrence
        modes = set(clause.modes) | ({"mob"} if lynching else set())
        idle_modes = {t.mode for t in clause.triggers if idle(t)}
        if idle_modes:
            modes -= idle_modes - {t.mode for t in [*clause.triggers, *clause.joined] if not idle(t)}
        if not modes:
            return None
        if "protest" in modes and perp is not None and perp.kind in ARMED \
                and all(_MARCH.fullmatch(sent.text[t.start:t.end]) for t in clause.triggers if t.mode == "protest"):
            modes.discard("protest")  # troops that "marched deeper into" a district advanced; they did not demonstrate
        seized = _SEIZED.search(region)
        if modes & {"grenade", "explosive", "blast", "shelling"} and seized and not signals.killed \
                and not (seized.group(0).lower() == "recovered" and modes & {"regain", "capture"}):  # "recovered control of two villages"
            if "arrest" in modes and seized.group(0).lower() in _TAKEN_IN_RAID:
                # "arrested five suspects in a raid, seizing rifles and explosives": what the arrest raid took
                modes -= {"grenade", "explosive", "blast", "shelling"}
            else:
                modes.add("disrupt")  # "five grenades ... were found", "explosives ... were deactivated"
        etype = decide_type(modes, perp, target, signals)
        if etype is None:
            return None
        strong = bool(modes - _WEAK) or bool(counts) \
            or any(t.mode == "riot" and t.token is not None and t.token.pos_ == "VERB" and t.token.lemma_.lower() == "riot"
                   for t in clause.triggers) \
            or bool(_CAME_UNDER.search(region))  # "students rioted", "a patrol came under attack": the words name the act, whoever did it
        anchored = bool(perp and (perp.actor_id or perp.kind in ARMED)) or bool(target and target.actor_id)
        # "two policemen were wounded in the attack": the harm told beside the act says it happened to someone
        anchored = anchored or (target is not None and any(True for tok in clause.tokens if tok is not None for _ in [*hurt_by(tok), *hurt_within(tok)]))
        if not strong and not anchored:
            return None

        if reason == "cumulative" and counts:
            return None  # a running total, not one day's event
        if reason == "non_event" and etype != "arrest" and not remembered_after(sent.text, clause.triggers[-1].end):
            return None
        if reason in ("ongoing", "spread", "statistic"):
            return None  # "fighting continued between …": a state of affairs; "105 drones over 13 regions", "murders rose 67 percent": a tally
        modality, negated = modality_of(main) if main is not None else (Modality.REPORTED, False)
        if modes == {"pledge"} and modality in (Modality.HYPOTHETICAL, Modality.THREATENED, Modality.CALLED_FOR):
            modality = Modality.REPORTED  # "said it would allow …", "is ready to …": the commitment is what was made
        victims = (target.start - sent.start, target.end - sent.start) if target is not None and target.start is not None and target.end is not None else None
        if modality == Modality.REPORTED and hedged(sent.text, arrest=etype == "arrest", victims=victims):
            modality = Modality.HEDGED
        if reason == "cumulative":
            # (also "claimed" or hedged: "no group claimed it, but it resembled dozens of attacks over the past two years")
            modality = Modality.HYPOTHETICAL if modality in (Modality.REPORTED, Modality.CLAIMED, Modality.HEDGED) else modality
        if modality == Modality.REPORTED and perp is not None and perp.actor_id and perp.kind in ARMED_NON_STATE:
            sources = [r for r in finder.refs if r.start is not None and sent.start <= r.start < sent.start + clause.triggers[0].start
                       and r.kind in ARMED_NON_STATE and finder.is_source(r)]
            # ("a coalition of PDF units and the KIA said its fighters had overrun …": the fighters of the speakers)
            own_men = perp.start is not None and bool(_OWN_MEN_BEFORE.search(doc.article.text, max(0, perp.start - 20), perp.start))
            if any(r.actor_id == perp.actor_id for r in sources) or (own_men and sources):
                modality = Modality.CLAIMED  # "the group said its fighters had killed 20 soldiers": the doer's own word
        if _present_perfect_background(head, counts, doc, sent):
            return None
        if _in_quote(doc.article.text, sent.start + clause.triggers[0].start) and not counts \
                and (head is None or head.pos_ not in ("VERB", "AUX") or _in_quote(doc.article.text, sent.start + head.idx)):
            # rhetoric in a quoted statement ("we are fighting the crusaders"); a few words quoted inside the
            # writer's own clause ('said it fired "dozens of rockets" at the base') tell the act
            return None
        if _remembered_for(clause):
            return None  # "the group became notorious for the kidnapping of 21 tourists": its history, not news
        if perp is not None and perp.kind == ActorKind.STATE_FORCES and _secured(clause, sent.text):
            return None  # "police set up roadblocks after the attack": a security measure, not a crowd's barricade
        if FAMILY_OF[etype] in VIOLENT_FAMILIES and _spread_out(doc, sent):
            return None  # "launched 56 drones and two missiles across the country overnight": a tally of many places
        location = self._location(doc, sent, clause, perp, target)
        named = _year_named(clause)
        published = doc.article.published
        # (a year named is coarser than the day the text gives an act of this year)
        date = named if named is not None and named.end is not None and (published is None or named.end.year < published.year) \
            else _date_for(doc, sent, clause)
        if named is None and (date is None or date.basis not in ("explicit", "relative")):
            year = _year_on_verb(clause)
            date = year if year is not None and year.end is not None and published is not None and year.end.year < published.year else date
        if _ongoing(head, date) and FAMILY_OF[etype] in VIOLENT_FAMILIES:
            return None  # "have exchanged near-daily fire since October 8", "360 have been killed since then": a running state
        if etype == "agreement" and _pact_holds(clause):
            return None  # "a ceasefire appeared to be holding on Wednesday": how a pact made before stands, not a pact
        if long_past(date, doc.article.published):
            if FAMILY_OF[etype] != "strategic_developments" and etype not in _TERRITORY and not _leads(doc, sent) and not _written_day(date) \
                    and not (named is not None and date is named and not counts
                             and _ACCUSED_OF.search(sent.text, max(0, clause.triggers[0].start - 60), clause.triggers[0].start)):
                # "the town was the site of a mass abduction in 2021", "clashes killed nine last year": background.
                # A full date ("on 25 January 1988") tells the incident itself, as MUC-4 codes it; a pact or a
                # change of ground years ago is the groups' history, which the corpus gold codes; so is an act
                # named by its year that someone is accused of ("accused of planning the 2011 bombing of the UN
                # building"), dated then: the act the accusation is about
                return None
            # "Ten years ago on Sunday, Boko Haram … abducted 276 students": the past incident is this event
            counts = [replace(c, running=False, past=False) if c.past else c for c in counts]
        future = modality == Modality.HYPOTHETICAL and head is not None \
            and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in head.children)
        if modality in (Modality.CALLED_FOR, Modality.THREATENED) or future:
            date = ahead(date, doc.article.published)  # "organisers said they would hold a larger rally on Sunday"
        country = location.country if location else None
        perp = self._finish_actor(_state_for(perp, etype), country)
        target = self._finish_actor(_state_for(target, etype), country)
        if etype == "violent_demonstration" and perp is not None and perp.kind == ActorKind.STATE_FORCES \
                and (target is None or target.kind not in (ActorKind.PROTESTERS, ActorKind.RIOTERS)):
            # "police fired live bullets at stone-throwing protesters, killing two people": the other side is the crowd
            crowd = next((r for r in [*targets, *finder.refs] if r.kind in (ActorKind.PROTESTERS, ActorKind.RIOTERS)
                          and r.start is not None and lo <= r.start < hi), None)
            target = self._finish_actor(crowd, country) if crowd is not None else target
        perp, target = crowd_first(etype, perp, target)
        # co-perpetrators and co-victims, while the main actors are the ones the parse gave
        assoc1 = [a for a in (self._finish_actor(r, country) for r in perps[1:]) if a is not None] if perp is not None and perps and perps[0].start == perp.start else []
        assoc2 = [a for a in (self._finish_actor(r, country) for r in targets[1:]) if a is not None] if target is not None and targets and targets[0].start == target.start else []
        state = bool(perp and perp.kind == ActorKind.STATE_FORCES)
        # ("Three of the attackers were killed": a sentence that names no one who acted tells the attackers' dead in the
        # fight told before it, which counts them as ACLED does)
        # (not "several attackers were neutralised": a side's word for those it says it killed)
        clash = etype == "armed_clash" or (perp is None and target is None and etype == "attack"
                                           and not any(_NEUTRALISED.search(c.count.text or "") for c in counts))
        if etype == "agreement":
            # "a ceasefire held … after two nights of fighting left four dead": the dead are the fighting's, which a pact
            # only ends
            counts, said_dead = [c for c in counts if c.category not in ("fatalities", "injured")], None
        ev = Event(
            id=event_id(doc.article.id, sent.index, n),
            event_type=etype,
            event_family=FAMILY_OF[etype],
            actor1=perp,
            actor2=target,
            assoc_actor1=assoc1,
            assoc_actor2=assoc2,
            physical_targets=one_per_thing(things) if etype in _STRIKES_PROPERTY else [],
            location=location,
            date=date,
            fatalities=toll(counts, "fatalities", state, clash) or said_dead,
            injured=toll(counts, "injured", state, clash),
            displaced=_total(counts, "displaced"),
            abducted=_total(counts, "abducted"),
            arrested=_total(counts, "arrested"),
            modality=modality,
            negated=negated,
            weapon=next((t.weapon for t in clause.triggers if t.weapon), None),
            civilian_targeting=bool(target and target.kind == ActorKind.CIVILIANS),
            interaction=interaction(perp.kind if perp else None, target.kind if target else None),
            evidence=Span(sent.start, sent.end, sent.text),
            confidence=_confidence(clause, perp, target, counts, location),
            sentence=sent.index,
        )
        if negated:
            ev.modality = Modality.NEGATED
        if perp is not None and perp_tok is not None and ev.event_family in VIOLENT_FAMILIES and _around_the_act(clause, perp_tok, perp, finder):
            finder.aside.add((perp.start, perp.end))
        if perp is not None and (perp.start, perp.end) in finder.aside:
            ev.doers_aside = [(perp.start, perp.end)]
        return ev

    def _cause_of_unrest(self, clause: Clause) -> bool:
        """Violence told in a clause that dates the unrest of another clause of the sentence ("rioters torched
        cars … after police shot a teenager"): the grievance the crowd acts on, reported before; not news."""
        head = clause.head
        if head is None or not clause.modes & VIOLENT_MODES or clause.modes & _CROWD:
            return False
        if not any(c.dep_ == "mark" and c.lower_ in _BACKDROP_PREPS for c in head.children):
            return False
        return any(other is not clause and other.modes & _CROWD and other.head is not None and head in other.head.subtree
                   for other in self._clauses)

    def _victims_said(self, doc: Document, sent: Sentence, clause: Clause, victims: list[ActorRef]) -> Count | None:
        """The dead as the victim phrases give them: "assassinated Judge X, Colonel Y and Senator Z" is three;
        the first victim alone where a co-victim gives no count ("the inspector and his brothers")."""
        trig = " ".join(sent.text[t.start:t.end] for t in clause.triggers)
        text = doc.article.text
        each: list[Count | None] = [
            victim_count(trig, text[:v.start], v.text, person=v.kind == ActorKind.PERSON,
                         group=v.actor_id is not None and v.kind != ActorKind.PERSON, after=text[v.end or v.start:][:40])
            if v.start is not None else None for v in victims]
        # "the bodies of 29 children and 48 wounded people": the wounded joined to the dead are no toll
        if not each or each[0] is None or any(c is None or re.search(r"wound|injur|hurt", c.text or "", re.I) for c in each[1:]):
            return each[0] if each else None
        total: Count | None = None
        for c in each:
            total = add_counts(total, c)
        return total

    def _weapon_owner(self, doc: Document, sent: Sentence, clause: Clause) -> ActorRef | None:
        """"An Israeli air strike", "Russian missiles": the demonym before the weapon names its user."""
        for trig in clause.triggers:
            before = sent.text[max(0, trig.start - 30) : trig.start]
            # the nearest capitalised word, one lower-case word at most between: not "An" in "An Israeli air strike"
            m = re.search(r"([A-Z][a-z]+(?:-led)?)\s+(?:[a-z][\w-]*\s+)?$", before)
            if not m:
                continue
            iso = self.demonyms.get(m.group(1).lower().removesuffix("-led"))
            if iso and iso in self.country_names:
                if m.group(1).lower() == self.country_names[iso].lower() and not any(STATE_OWN.fullmatch(w) for w in sent.text[trig.start : trig.end].split()):
                    continue  # "a Pakistan bomb attack" happened there; "a Russia missile attack" was Russia's
                start = sent.start + max(0, trig.start - 30) + m.start(1)
                return ActorRef(name=f"Military Forces of {self.country_names[iso]}", text=m.group(1), kind=ActorKind.STATE_FORCES,
                                actor_id=f"military_{iso.lower()}", country=iso, start=start, end=start + len(m.group(1)), score=0.5)
        return None

    def _before(self, ref: ActorRef) -> str:
        """The words of the noun phrase before an unnamed actor ("Coalition military| forces")."""
        if ref.start is None or not self._text:
            return ref.text
        return self._text[max(0, ref.start - 30) : ref.end or ref.start].split(",")[-1]

    def _finish_actor(self, ref: ActorRef | None, country: str | None) -> ActorRef | None:
        """Give an unnamed actor the event's country ("Civilians (Cameroon)"); a person named by
        surname alone, the full name the article gives elsewhere."""
        if ref is None or ref.actor_id:
            return ref
        if ref.kind == ActorKind.PERSON:
            full = full_name(self._text, ref.text, self.common_words)
            return ref if full is None else replace(ref, name=full)
        iso = ref.country or country
        if ref.kind in (ActorKind.CIVILIANS, ActorKind.REBEL, ActorKind.STATE_FORCES, ActorKind.PROTESTERS, ActorKind.RIOTERS, ActorKind.EXTERNAL) and ref.name.split(" ")[0] in (
            "Civilians", "Unidentified", "Military", "Police", "Protesters", "Rioters", "Peacekeepers"):
            name = generic_name(ref.kind, self.country_names.get(iso or ""), ref.text)
            actor_id = None
            if ref.kind == ActorKind.STATE_FORCES and iso and iso in self.country_names and not _FOREIGN_FORCES.search(self._before(ref)):
                # "troops" in an event in Nigeria are Nigeria's forces unless the text says otherwise
                actor_id = state_force_id(name, iso)
            return ActorRef(name=name, text=ref.text, kind=ref.kind, actor_id=actor_id, country=iso, start=ref.start,
                            end=ref.end, score=ref.score)
        return ref

    def _location(self, doc: Document, sent: Sentence, clause: Clause, perp: ActorRef | None, target: ActorRef | None) -> Place | None:
        actor_spans = [(r.start or 0, r.end or 0) for r in doc.actors if r.actor_id]
        dl_start = doc.dateline.start if doc.dateline is not None else None
        # every name of the dateline is where the report was filed ("SANAA/ADEN —", "GOMA, Congo —")
        dl_end = dateline_end(doc.article.text) if doc.dateline is not None else 0

        def in_dateline(p: Place) -> bool:
            # (and a second dateline inside the report: "[TEXT] MEDELLIN -- A bomb went off in Itagui")
            return p.start == dl_start or (p.start or 0) < dl_end or (bool(_INNER_DATELINE.match(doc.article.text, p.end or 0))
                                                                     and bool(_OPENS.search(doc.article.text[max(0, (p.start or 0) - 12) : p.start or 0])))
        # a dateline the place stage set aside (the story is about elsewhere) places nothing
        head = dateline_end(doc.article.text) if doc.dateline is None else 0
        places = [p for p in doc.places if p.start is not None and p.start >= head and (p.start, p.end) not in doc.place_modifiers]
        in_sent = [p for p in places if p.start is not None and sent.start <= p.start < sent.end
                   and not any(a <= (p.start or 0) < b for a, b in actor_spans)
                   and not owned_after(doc.article.text, p.end or 0, country=False)  # "a Britain-based monitor" is no place of the act
                   and not after_the_act(p, doc.article.text)]  # nor the hospital's town
        if any(not in_dateline(p) for p in in_sent):
            # the dateline says where the report was filed; a place the sentence itself names wins
            in_sent = [p for p in in_sent if not in_dateline(p)]
        # a place the sentence names only as where someone spoke, was sent or was posted ("said in
        # Nairobi that …", "the ambassador to Spain") gives way to one where something happened
        happened = [p for p in in_sent if where_it_happened(p, doc.article.text)]
        in_sent = happened or in_sent
        # and a place named only to measure from ("Suleja, 40 km west of Abuja") to the place measured
        measured = [p for p in in_sent if not reference_point(p, doc.article.text)]
        points = [p for p in in_sent if p not in measured]
        if points and all(p.feature == "country" or (p.feature in _AREAS and (p.start or 0) > (points[-1].start or 0)) for p in measured):
            # "in farmland about 12 km north of Baidoa, in the Bay region": where the act was has
            # no name, and the nearest known point is the town it is measured from (ACLED: precision 2); the
            # province after the town is the town's ("a farm in X district (400 km from the capital)": X is measured itself)
            in_sent = [*(_with_precision(p, 2) for p in points), *measured]
        else:
            in_sent = measured or in_sent
        # a street named after a town or a man ("on San Martin Avenue", "at Sarmiento and Belgrano streets")
        # says where in the city, not which town
        in_sent = [p for p in in_sent if not _STREET_AFTER.match(doc.article.text, p.end or 0)]
        # and a saint's name that names a building ("the San Miguel chapel in Leon") to the town or province
        towns = [p for p in in_sent if not dedication(p, doc.article.text)]
        housing = [q for p in in_sent if dedication(p, doc.article.text) for q in towns if _houses(q, p, doc.article.text)]
        in_sent = housing[:1] or towns or in_sent
        lo, hi = clause_region(sent, clause, self._clauses, interleaved=True)
        in_clause = [p for p in in_sent if lo <= (p.start or 0) < hi]
        if not in_clause:
            # "an ambush that wrecked a bus on the road to X": what the act did, it did there
            hi = _relative_clause_end(doc.article.text, sent, clause, self._clauses) or hi
            in_clause = [p for p in in_sent if lo <= (p.start or 0) < hi]
        if not in_clause:
            # "carried out air strikes in X, killing 30": what the act did, it did where the act was
            lo = _result_of(doc.article.text, sent, clause, self._clauses) or lo
            in_clause = [p for p in in_sent if lo <= (p.start or 0) < hi]
        if not in_clause:
            # "Warplanes carried out strikes in X": the doer and the act of one verb, told as two triggers
            for other in _same_verb(clause, self._clauses):
                a, b = clause_region(sent, other, self._clauses, interleaved=True)
                in_clause = [p for p in in_sent if a <= (p.start or 0) < b]
                if in_clause:
                    lo, hi = min(lo, a), max(hi, b)
                    break
        opening = _opening_place(doc.article.text, sent, in_sent, in_clause, sent.start + clause.triggers[0].start) \
            or self._village_opening(doc, sent, places, actor_spans)
        if opening is not None:
            return opening
        if all(p.feature in _AREAS or in_dateline(p) for p in in_clause):
            # "a checkpoint in Kibumba": a town the gazetteer does not know, named as where the act was; with a
            # province in the clause, only the town written just before it ("in Guachicono, southern Cauca department")
            unknown = self._unknown_town(doc, lo, hi, places, actor_spans)
            if unknown is not None and (all(p.feature == "country" or in_dateline(p) for p in in_clause)
                                        or any(_TOWN_THEN_AREA.fullmatch(doc.article.text, unknown.end or 0, p.start or 0)
                                               for p in in_clause if p.feature != "country")):
                return unknown
        if in_sent and not in_clause and len(self._clauses) > 1 and not clause.joined and not self._one_violent_act(doc, sent, in_sent):
            # (a clause joined to a protest told in the same sentence, "rallied in Lima; police used pepper
            # spray …", is that protest's response: it happened where the protest was; and where every clause
            # tells violence and the sentence names one place, "two soldiers were killed when a device detonated
            # under their vehicle in North Sinai", the clauses tell one act there)
            in_sent = []
        elif in_clause:
            in_sent = in_clause
        best = None
        if in_sent:
            tpos = sent.start + clause.triggers[0].start
            # prefer places after the trigger ("attacked a village near Tikrit"), towns over provinces
            # over countries; a city only locates a part of it the sentence names ("the Kibera
            # neighbourhood of Nairobi")
            in_sent = _without_containers(in_sent, doc.article.text)
            ranked = sorted(in_sent, key=lambda p: (_granularity(p), abs((p.start or 0) - tpos) + (0 if (p.start or 0) >= tpos else 40)))
            if clause.modes & {"agree"}:
                # "agreed to a ceasefire after talks in China": an agreement happens where it was negotiated
                talks = [p for p in ranked if _TALKS_IN.search(doc.article.text, max(0, (p.start or 0) - 40), p.start or 0)]
                ranked = talks + [p for p in ranked if p not in talks]
            best = ranked[0]
            if best.feature != "country" and _NEAR_WORD.search(doc.article.text, max(lo, (best.start or 0) - 60), best.start or 0):
                # "fought around Pimbo, near the gold-mining town of Mongbwalu": a village the gazetteer lacks, placed by
                # the town it is near (ACLED: that town's point, precision 2), keeps its name
                village = self._village_near(doc, lo, best, places, actor_spans)
                if village is not None:
                    return village
            if best.precision == 1 and written_near(best, doc.article.text, sent.start):
                best = _with_precision(best, 2)
            if best.feature != "country" and not in_dateline(best):
                return best
        capital = self._capital(doc, lo if in_clause or len(self._clauses) > 1 else sent.start, hi, best)
        if capital is not None or best is not None:
            return capital or best
        # (only mentions that can say where something happened: not "a charge Kigali has denied")
        # (nor the dateline, which says where the report was filed: "BENI, 3 JUN 24 -- … AN ATTACK ON MASALA VILLAGE, ABOUT 20 KM
        # NORTH OF BENI … THE ATTACKERS BURNED ABOUT 30 HOUSES" burned them in Masala)
        para_places = [p for p in places if p.start is not None and p.start < sent.start and same_paragraph(doc.article.text, p.start, sent.start)
                       and where_it_happened(p, doc.article.text) and not reference_point(p, doc.article.text) and not in_dateline(p)]
        if para_places:
            return _with_precision(min(para_places, key=lambda p: (p.precision, sent.start - (p.start or 0))), None)
        if doc.dateline is not None:
            return doc.dateline  # relocate() decides, after merging, whether the town or its country
        return self._actor_country(perp, doc.country_evidence) or self._article_country(doc)

    def _one_violent_act(self, doc: Document, sent: Sentence, in_sent: list[Place]) -> bool:
        """Every clause of the sentence tells violence, and the sentence names one place below a country and at most
        one day (not "a strike on Kfar Kila killed three on Saturday, and a drone strike killed one the following day")."""
        named = {p.name for p in in_sent if p.feature != "country"}
        if not all(_PLACED_BEFORE.search(doc.article.text, max(0, (p.start or 0) - 60), p.start or 0) for p in in_sent if p.feature != "country"):
            return False  # ("The San Miguel-based observatory confirmed an attack": a name, not where)
        days = [s for s, _ in doc.dates if sent.start <= s.start < sent.end]
        if names_a_distance(sent.text):
            return False  # "… on Saturday, and a drone strike killed one the following day": two days, two acts
        return len(named) == 1 and len(days) <= 1 and all(c.modes and c.modes <= VIOLENT_MODES | {"blast"} for c in self._clauses)

    def _unknown_town(self, doc: Document, lo: int, hi: int, places: list[Place], actor_spans: list[tuple[int, int]],
                      home: str | None = None) -> Place | None:
        """A name the gazetteer lacks, written after "in", "near" or "at" in the clause ("seized rifles
        at a checkpoint in Kibumba", "a bomb went off in Datu Salibo, Maguindanao"), in mixed-case
        text where capitals show a name: kept by name with precision 2, in the province written after
        it where the gazetteer knows that, else in the country the story is about (else ``home``, the
        country of the act the name places, else the dateline's). Not a person, an
        organisation, a date or an ordinary capitalised word ("in Congress", "in March"). In capitals,
        see ``_unknown_town_in_capitals``."""
        text = doc.article.text
        if text_case(text) != "mixed":
            return self._unknown_town_in_capitals(doc, lo, hi, places, actor_spans, home)
        taken = [(p.start or 0, p.end or 0) for p in places] + actor_spans
        named = [(e.start, e.end) for e in doc.entities if e.label not in ("GPE", "LOC", "FAC")]
        regions = [(e.start, e.end) for e in doc.entities if e.label in ("GPE", "LOC")] + [(p.start or 0, p.end or 0) for p in places]
        for m in _IN_NAME.finditer(text, lo, hi):
            start, end = m.start("name"), m.end("name")
            words = m["name"].split()
            # a name the tagger calls a person is still a town when a province follows it ("in Datu Salibo, Maguindanao")
            in_province = any(_TOWN_THEN_AREA.fullmatch(text, end, a) for a, _ in regions)
            if any(a < end and start < b for a, b in taken) or (not in_province and any(a < end and start < b for a, b in named)):
                continue
            if any(w.lower().strip("'’") in self.common_words or _DATE_NAME.fullmatch(w) for w in words if "-" not in w):
                continue
            after = [p for p in places if p.feature != "country" and _TOWN_THEN_AREA.fullmatch(text, end, p.start or 0)]
            same = _same_name(m["name"], places)
            if same is not None and not after:  # (a province written after it places it better)
                return replace(same, text=m["name"], start=start, end=end)
            if _misspelt(m["name"], places):
                continue
            anchor = after[0] if after else self._country_anchor(doc, places, lo, hi, home)
            if anchor is None:
                continue
            return Place(name=m["name"], text=m["name"], country=anchor.country, admin1=anchor.admin1 if after else None,
                         lat=anchor.lat, lon=anchor.lon, precision=2, feature="place", start=start, end=end)
        return None

    def _village_near(self, doc: Document, lo: int, town: Place, places: list[Place], actor_spans: list[tuple[int, int]]) -> Place | None:
        """A village the gazetteer lacks, written just before the known town it is near ("fought around Pimbo, near the
        gold-mining area of Mongbwalu"): the village by name, at the town's point (ACLED: precision 2). In mixed-case
        text, and not a person's or an organisation's name, an ordinary word or a date."""
        text = doc.article.text
        if text_case(text) != "mixed" or town.start is None:
            return None
        m = next((m for m in _IN_NAME.finditer(text, lo, town.start) if _THEN_NEAR.fullmatch(text, m.end("name"), town.start)), None)
        if m is None:
            return None
        start, end = m.span("name")
        taken = [(p.start or 0, p.end or 0) for p in places] + actor_spans
        people = [(e.start, e.end) for e in doc.entities if e.label in ("PERSON", "ORG", "NORP")]
        if any(a < end and start < b for a, b in taken + people):
            return None
        if any(w.lower().strip("'’") in self.common_words or _DATE_NAME.fullmatch(w) for w in m["name"].split() if "-" not in w):
            return None
        return replace(town, name=m["name"], text=m["name"], start=start, end=end, geonameid=None, feature="place", precision=2)

    def _village_opening(self, doc: Document, sent: Sentence, places: list[Place], actor_spans: list[tuple[int, int]]) -> Place | None:
        """A sentence that opens on a village the gazetteer lacks, then the town and province it lies in ("In El
        Centenario, El Carmen, Santander, guerrillas kidnapped a landowner"): the village, by name, at the town's
        point (precision 2). Not an ordinary word, a date or a name the text gives an actor ("In March, …")."""
        text = doc.article.text
        m = _OPENING_IN.match(text, max(sent.start, dateline_end(text)), sent.end)
        name = _OPENING_NAME.match(text, m.end(), sent.end) if m is not None else None
        if name is None or any(p.start == name.start() for p in places) or any(a < name.end() and name.start() < b for a, b in actor_spans):
            return None
        words = [w.lower().strip("'’") for w in name["name"].split()]
        if any(_DATE_NAME.fullmatch(w) for w in words) or all(w in self.common_words or w in _NAME_PARTICLES for w in words):
            return None
        town = next((p for p in places if (p.start or 0) >= name.end()), None)
        if town is None or not _is_town_place(town) or not re.fullmatch(r"\s*,\s*", text[name.end() : town.start or 0]):
            return None
        written = name["name"].title() if name["name"].isupper() else name["name"]
        return Place(name=written, text=name["name"], country=town.country, admin1=town.admin1, admin2=town.admin2,
                     lat=town.lat, lon=town.lon, precision=2, feature="place", start=name.start(), end=name.end())

    def _country_anchor(self, doc: Document, places: list[Place], lo: int, hi: int, home: str | None = None) -> Place | None:
        """The country an unknown town with no province written after it lies in: the one its clause names,
        else the one the story is about, else ``home``, else the dateline's."""
        iso = _clause_country(places, lo, hi, doc.article.text) or self._story_country(doc) or home or (doc.dateline.country if doc.dateline is not None else None)
        return self.country_place(iso) if iso and self.country_place is not None else None

    def _unknown_town_in_capitals(self, doc: Document, lo: int, hi: int, places: list[Place],
                                  actor_spans: list[tuple[int, int]], home: str | None = None) -> Place | None:
        """In ALL-CAPS text, the unusual words right after "IN" or "NEAR" ("SEIZED TWO ENGINEERS IN
        PUERTO LLERAS YESTERDAY"): the name ends at the first ordinary English word."""
        from tacitus.geo.spans import FUNCTION_WORDS
        from tacitus.pipeline import _ordinary

        text = doc.article.text
        taken = [(p.start or 0, p.end or 0) for p in places] + actor_spans
        for m in _IN_CAPS_NAME.finditer(text, lo, hi):
            keep = []
            for w in m["name"].split():
                if _ordinary(w, self.common_words) or w.lower() in FUNCTION_WORDS or _DATE_NAME.fullmatch(w):
                    break
                keep.append(w)
            if keep and keep[-1].lower() in _NAME_PARTICLES:
                continue  # "SAN JOSE DE LA" cut short: where the name ends is unknown
            name = " ".join(keep)
            start, end = m.start("name"), m.start("name") + len(name)
            if len(name) < 4 or any(a < end and start < b for a, b in taken) or re.search(r"['’]S\b", name):
                continue  # "IN RODRIGUEZ'S CASE": an owner, not a place
            after = [p for p in places if p.feature != "country" and _COMMA_AFTER.fullmatch(text, end, p.start or 0)]
            # or a province named close by ("IN LA ESMERALDA, A VILLAGE OF META DEPARTMENT")
            after = after or [p for p in places if p.feature == "admin1" and 0 < (p.start or 0) - end < 80]
            # else the province of the place the paragraph last named ("… in Arauca. … found dead on a track near El Pescado")
            earlier = [p for p in places if p.feature != "country" and p.admin1 and (p.start or 0) < start
                       and (p.start or 0) >= dateline_end(text) and same_paragraph(text, p.start or 0, start)]
            same = _same_name(name, places)
            if same is not None and not after:  # (a province written after it places it better)
                return replace(same, text=name, start=start, end=end)
            if _misspelt(name, places):
                continue  # "IN EL SALAVADOR": a known name misspelt, not another town
            anchor = after[0] if after else self._country_anchor(doc, places, lo, hi, home)
            if anchor is None:
                continue
            province = anchor.admin1 if after else next((p.admin1 for p in reversed(earlier) if p.country == anchor.country), None)
            return Place(name=name.title(), text=name, country=anchor.country, admin1=province,
                         lat=anchor.lat, lon=anchor.lon, precision=2, feature="place", start=start, end=end)
        return None

    def _capital(self, doc: Document, lo: int, hi: int, country: Place | None) -> Place | None:
        """The capital a clause names without naming the city: "the Somali capital", "Kenya's
        capital", "the capital" (of the country the sentence or the story is about), and in a wire
        story "this capital" or "this city" (the dateline's town). Never a place mention of its own:
        the geocoding of the text's toponyms does not change."""
        text = doc.article.text
        for m in _CAPITAL.finditer(text, lo, hi):
            if not where_it_happened(Place(name=m[0], text=m[0], start=m.start(), end=m.end()), text):
                continue  # "news of the raid reached this capital on Monday": where the news broke
            if m["this"]:
                dl = doc.dateline
                if dl is not None and dl.feature != "country" and dl.precision == 1:
                    return replace(dl, text=m[0], start=m.start(), end=m.end())
                continue
            if m["adj"]:
                iso = self.demonyms.get(m["adj"].lower()) or self._country_isos.get(m["adj"].lower())
            elif m["owner"]:
                before = text[max(0, m.start() - 40) : m.start()]
                iso = self._owner_country(before) or self._short_owner(before, self._story_country(doc))
            else:  # "the capital": of the country the sentence names, else of a story plainly about one
                iso = country.country if country is not None and country.feature == "country" else self._story_country(doc)
            found = self.capital_place(iso) if iso and self.capital_place is not None else None
            if found is not None:
                return replace(found, text=m[0], start=m.start(), end=m.end())
        return None

    def _owner_country(self, before: str) -> str | None:
        """The country whose name ends ``before`` ("… in South Sudan" → SSD), else None."""
        words = before.split()
        for n in range(min(4, len(words)), 0, -1):
            iso = self._country_isos.get(" ".join(words[-n:]).lower())
            if iso:
                return iso
        return None

    def _short_owner(self, before: str, home: str | None) -> str | None:
        """"Congo's capital" in a story about the Democratic Republic of Congo: a country called by the last word of
        its name, where that word fits the story's own country."""
        words = before.split()
        if not words or home is None or home not in self.country_names:
            return None
        return home if self.country_names[home].lower().split()[-1] == words[-1].lower() else None

    def _story_country(self, doc: Document) -> str | None:
        """The country a story is plainly about: the dateline's, where the body does not place the
        story elsewhere; else the one the body names at least twice as often as any other."""
        evidence = doc.country_evidence
        if doc.dateline is not None and doc.dateline.country:
            return None if _elsewhere(doc.dateline, evidence) else doc.dateline.country
        ranked = sorted(evidence.values(), reverse=True)
        if not ranked or ranked[0] < 2 or (len(ranked) > 1 and ranked[0] < 2 * ranked[1]):
            return None
        return max(evidence, key=lambda c: evidence[c])

    def _dateline_fallback(self, doc: Document, ev: Event | None = None) -> Place:
        """Where an event the text does not place goes, given a dateline: the country the body
        plainly places the story in when that is another (a report filed abroad); else the
        dateline town when the story names it again (it is about that town) and the event is
        not a week or more older than the report; else only the dateline's country (a dateline the story
        never returns to says where the report was filed, not where it happened, and a town
        reporting a killing of weeks ago recalls it, wherever it was)."""
        dl = doc.dateline
        assert dl is not None
        home = self._actors_home(ev, dl, doc.country_evidence)
        if home is not None:
            return home
        if _elsewhere(dl, doc.country_evidence):
            return self._article_country(doc) or dl
        text = doc.article.text
        again = any(p.start != dl.start and (p.name == dl.name or (dl.geonameid is not None and p.geonameid == dl.geonameid))
                    and _used_as_place(text, p.start or 0, p.end or 0) for p in doc.places) or _named_again(dl, text)
        if (again and not _recalled(ev, doc)) or dl.feature == "country" or not dl.country or self.country_place is None:
            return dl
        return self.country_place(dl.country) or dl

    def _actors_home(self, ev: Event | None, dl: Place, evidence: dict[str, int]) -> Place | None:
        """The country of an armed party to the event (a state's forces, a rebel group), for an event
        with no place of its own in a report filed from another country, when the body says plainly
        more of that country than of the dateline's (half as much again): from Managua, "there are
        reports that former guardsmen are fighting the Salvadoran army" happened in El Salvador (a
        dateline says where the report was written). French troops in a story from Bamako that names
        France about as often as Mali stay in Mali. Civilians are left out: foreigners are killed
        abroad ("two U.S. citizens were killed" in a report from San Salvador)."""
        if ev is None or self.country_place is None or not dl.country:
            return None
        own = evidence.get(dl.country, 0)
        homes = [a.country for a in (ev.actor1, ev.actor2) if a is not None and a.country and a.kind in ARMED
                 and a.country != dl.country and 2 * evidence.get(a.country, 0) >= 3 * own + 1]
        return self.country_place(homes[0]) if homes else None

    def _group_country(self, ev: Event, fallback: Place | None, doc: Document) -> Place | None:
        """An event with no place of its own, done by or to a known armed group whose country the
        article names too, goes to that country rather than to the fallback's (a report filed in
        Mexico City on a rebel offensive at home). A group the body's countries do not bear out is
        more likely a misread name than a story abroad."""
        groups = [a for a in (ev.actor1, ev.actor2) if a is not None and a.actor_id and a.country and a.kind in ARMED_NON_STATE]
        if not groups or self.country_place is None or (fallback is not None and fallback.country == groups[0].country):
            return None
        iso = groups[0].country or ""
        return self.country_place(iso) if doc.country_evidence.get(iso) else None

    def relocate(self, events: list[Event], doc: Document) -> list[Event]:
        """Events whose place is only a mention that cannot say where they happened (an adjective,
        the place of a briefing) move to the dateline or the article's main country. Done after
        the events of an article are merged, so that it changes where, never how many."""
        text = doc.article.text
        countries = [p for p in doc.places if p.feature == "country" and where_it_happened(p, text)]
        dl = doc.dateline
        for ev in events:
            if dl is not None and ev.location is not None and (ev.location.start == dl.start
                                                               or (ev.location.start is not None and ev.location.start < dateline_end(text))):
                ev.location = self._dateline_fallback(doc, ev)
            elif ev.location is None or ev.location.start is None:
                continue  # placed by no mention of its own: the extractor already chose
            elif (ev.location.country or ev.location.feature == "place") and where_it_happened(ev.location, text):
                continue  # a region of many countries ("across Latin America") places nothing
            elif doc.dateline is not None:
                ev.location = self._dateline_fallback(doc, ev)
            elif doc.country_evidence:
                ev.location = self._article_country(doc)
            elif countries:
                from collections import Counter

                iso, _ = Counter(p.country for p in countries).most_common(1)[0]
                ev.location = next(p for p in countries if p.country == iso)
            else:
                ev.location = None
            ev.location = self._group_country(ev, ev.location, doc) or ev.location
        # (a town the gazetteer lacks, named where a later sentence says the act happened)
        places = [p for p in doc.places if p.start is not None and p.start >= dateline_end(text)]
        actor_spans = [(r.start or 0, r.end or 0) for r in doc.actors if r.actor_id]
        return told_where(events, doc, lambda lo, hi, home: self._unknown_town(doc, lo, hi, places, actor_spans, home))

    def _actor_country(self, perp: ActorRef | None, evidence: dict[str, int] | None = None) -> Place | None:
        """A perpetrator that operates in one country places its event there (precision 3), unless
        the body (``evidence``) says more of another country: in a story about El Salvador, "U.S.
        troops murdered two priests" happened in El Salvador, not in the United States."""
        if perp is None or not perp.country or self.country_place is None:
            return None
        evidence = evidence or {}
        if evidence and max(evidence.values()) >= 2 and max(evidence.values()) > evidence.get(perp.country, 0):
            return None
        return self.country_place(perp.country)

    def _article_country(self, doc: Document) -> Place | None:
        """The country the body most says the story happens in (the place stage's evidence:
        countries named as places, demonyms, provinces, towns), else the most named country."""
        countries = [p for p in doc.places if p.feature == "country"]
        if doc.country_evidence:
            iso = max(doc.country_evidence, key=lambda c: (doc.country_evidence[c], -_first_start(countries, c)))
            point = self.country_place(iso) if self.country_place is not None else None
            return point or next((p for p in countries if p.country == iso), None)
        if countries:
            from collections import Counter

            top, _ = Counter(p.country for p in countries).most_common(1)[0]
            return next(p for p in countries if p.country == top)
        return None


def _elsewhere(dateline: Place, evidence: dict[str, int]) -> bool:
    """Whether the body places the story in another country than the dateline's, plainly: twice
    the evidence, the dateline itself counting as two mentions of its country (a report filed from
    Nairobi about killings in Somalia; not a Mogadishu story that names its neighbours)."""
    if not evidence or not dateline.country:
        return False
    main = max(evidence, key=lambda c: evidence[c])
    return main != dateline.country and evidence[main] >= 2 * (evidence.get(dateline.country, 0) + 2)


# "in Kibumba", "near Datu Salibo": capitalised words after a preposition of place (an Arabic article may join them)
# an unknown village then the town it is near: "around Pimbo, near the gold-mining area of Mongbwalu"
# (or the road it lies on: "near Kantchari on the road to Diapaga")
_THEN_NEAR = re.compile(rf",?\s+(?:(?:just|about|some)\s+)?(?:{NEAR_WORDS}|on\s+the\s+(?:[\w-]+\s+)?(?:road|highway)\s+(?:to|from))\s+"
                        r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:town|city|village|area)\s+of\s+)?")
_NEAR_WORD = re.compile(rf"\b(?:{NEAR_WORDS}|(?:road|highway)\s+(?:to|from))\b", re.I)
_IN_NAME = re.compile(r"\b(?:in|near|outside|around)\s+(?:the\s+(?=[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:camp|displacement\s+camp|refugee\s+camp|area|neighbou?rhood|village)\b))?"
                      r"(?P<name>[A-Z][a-z][\w'’-]*(?:\s+(?:[A-Z][a-z][\w'’-]*|(?:al|el|ash|as|ad|an|ar|at|az)-[A-Z][\w'’-]*)){0,3})(?![\w'’-])")
_STREET_AFTER = re.compile(r"(?:\s+(?i:and|y)\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?i:streets|avenues)"
                           r"|\s+(?i:street|streets|avenue|avenues|boulevard|avenida|calle))\b")
_NAME_PARTICLES = frozenset({"de", "del", "la", "las", "los", "el", "san", "santa", "y"})
_IN_CAPS_NAME = re.compile(r"\b(?:IN|NEAR|OUTSIDE)\s+(?P<name>[A-Z][A-Z'’-]+(?:[ \n][A-Z][A-Z'’-]+){0,5})")
_DATE_NAME = re.compile(r"(?:jan|febr)uary|march|april|may|june|july|august|(?:sept|oct|nov|dec)(?:ember|ober)|"
                        r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|christmas|easter|ramadan", re.I)
_COMMA_AFTER = re.compile(r"\s*,\s*")
_INNER_DATELINE = re.compile(r"[ \t]*(?:,[ \t]*\w+[ \t]*)?(?:\([^)\n]{1,40}\)[ \t]*)?(?:--|—|–)[ \t]")
_OPENS = re.compile(r"(?:^|[\].!?\n])\s*$")  # what comes before the first word of a sentence or a line
_AREAS = frozenset({"country", "admin1", "admin2", "region"})
# a town, then the province or district it lies in: "Guachicono, southern Cauca department", "Tamu, also in
# Sagaing region", "Kisoro, on the border between Uganda and Congo"
_TOWN_THEN_AREA = re.compile(r"\s*,\s*(?:(?i:also|both)\s+)?(?:(?i:in|on\s+the\s+(?:border|boundary|edge)\s+(?:of|between|with))\s+)?(?:(?i:the\s+)?(?i:(?:north|south)?(?:east|west)?(?:ern)?|north|south|central|northern|southern)\s+)?")
_TALKS_IN = re.compile(r"\b(?:talks|negotiations|meetings?|summit|conference|signed|signing|met|ceremony|mediation)\s+(?:\w+\s+){0,2}?(?:in|at)\s+(?:the\s+)?$", re.I)


def _named_again(dateline: Place, text: str) -> bool:
    """The body writes the dateline's name again as a place ("shelling in northern Kharkiv"), found as
    a place or not. A name that only qualifies something ("the Bogota police", "a Medellin cartel
    leader") says whose, not that the story happens in the town."""
    surface = " ".join((dateline.text or dateline.name).split())
    if len(surface) < 3:
        return False
    pattern = r"(?<![\w-])" + r"\s+".join(re.escape(w) for w in surface.split()) + r"(?![\w-])"
    head = dateline_end(text)
    return any(_used_as_place(text, head + m.start(), head + m.end()) for m in re.finditer(pattern, text[head:], re.I))


# A word that puts what follows as a place: "in Bogota", "near downtown Lima", "on the outskirts of Quito".
_PLACE_USE_BEFORE = re.compile(r"\b(?i:in|at|near|outside|inside|around|across|throughout|of)\s+"
                               r"(?:(?i:the\s+)?(?i:downtown|northern|southern|eastern|western|central|greater|north|south|east|west)\s+)?$")


def _used_as_place(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` follows a word that makes it a place ("in", "near", "outside of",
    "the capital,"), or owns a part of the town ("Nairobi's central square")."""
    return bool(_PLACE_USE_BEFORE.search(text, max(0, start - 40), start) or _CAPITAL_BEFORE.search(text, max(0, start - 20), start)
                or _TOWN_OWNS.match(text, end))


_CAPITAL_BEFORE = re.compile(r"\b(?i:capital|city|town),?\s+$")
_TOWN_OWNS = re.compile(r"['’]s\s+(?!(?i:police|army|military|government|governor|mayor|authorities|officials|council|court|"
                        r"cartel|gang|team|club|university|newspaper|radio|television)\b)")


RECALL_DAYS = 7


def _recalled(ev: Event | None, doc: Document) -> bool:
    """The event is dated to a day a week or more before the report (``RECALL_DAYS``): a story
    recalling it. Two or five days back is still the town's news (our corpus: a protest's dead
    counted two days on, a kidnapping near the town five days before), and a month names no day."""
    day = doc.article.published
    if ev is None or ev.date is None or day is None or ev.date.basis not in ("explicit", "relative") or ev.date.precision != "day":
        return False
    end = ev.date.end or ev.date.start
    return end is not None and (day - end).days >= RECALL_DAYS


def _first_start(places: list[Place], iso: str) -> int:
    """Where the text first names the country (ties go to the one named first)."""
    return min((p.start or 0 for p in places if p.country == iso), default=1 << 30)


def clause_region(sent: Sentence, clause: Clause, clauses: list[Clause], interleaved: bool = False) -> tuple[int, int]:
    """Article offsets of the stretch of the sentence that belongs to ``clause``: from the end of the
    previous clause's last trigger to the start of the next clause's first trigger. Where the clauses'
    triggers interleave, that stretch may not hold the clause at all; ``interleaved`` asks for the
    stretch around the clause's own triggers instead (for its place)."""
    i = next((k for k, c in enumerate(clauses) if c is clause), 0)
    lo = sent.start + (clauses[i - 1].triggers[-1].end if i > 0 else 0)
    hi = sent.start + clauses[i + 1].triggers[0].start if i + 1 < len(clauses) else sent.end
    first, last = clause.triggers[0], clause.triggers[-1]
    if not interleaved or (lo <= sent.start + first.start and sent.start + last.end <= hi):
        return lo, hi
    # clauses whose triggers interleave ("a suicide bomber drove a van packed with explosives into a
    # compound in Bannu, killing nine"): the stretch between the other clauses' nearest triggers
    others = [t for c in clauses if c is not clause for t in c.triggers]
    lo = sent.start + max((t.end for t in others if t.end <= first.start), default=0)
    hi = sent.start + min((t.start for t in others if t.start >= last.end), default=sent.end - sent.start)
    return lo, hi


_HOUSED_IN = re.compile(r"(?:['’]s)?(?:\s+[\w-]+){1,3}?,?\s+(?:(?i:located|situated)\s+)?(?i:in|at)\s+(?:(?i:the)\s+)?(?:[\w-]+\s+)?$")


def _houses(town: Place, building: Place, text: str) -> bool:
    """``town`` is where the text puts the building a saint's name names: "the San Miguel chapel in
    Leon province", "the Santa Rita orphanage, located in northern Managua"."""
    end, start = building.end or 0, town.start or 0
    return 0 < start - end <= 60 and _HOUSED_IN.fullmatch(text, end, start) is not None


_RELATIVE_BEFORE = re.compile(r"\b(?i:that|which|who)\s+(?:\w+\s+){0,2}$")
# A clause of time on this one: "was shot dead as he was covering a battle in X", "was defused before
# it went off at a school in X". The act of this clause was done where the other one places its own.
# ("after" and "until" are left out: "troops retook X after an assault on Y" tells two acts, apart.)
_WHILE_BEFORE = re.compile(r"\b(?i:as|while|whilst|when|before)\s+(?:[\w'’-]+\s+){0,4}$")


def _relative_clause_end(text: str, sent: Sentence, clause: Clause, clauses: list[Clause]) -> int | None:
    """Where the next clause ends, when it is a relative clause on this one ("an attack that destroyed
    …", "the bomb, which wrecked …"): it tells what this clause's act did, and where; or a clause of
    time on it ("killed as he was covering a battle in …"): it tells what was going on there."""
    i = next((k for k, c in enumerate(clauses) if c is clause), None)
    if i is None or i + 1 >= len(clauses):
        return None
    nxt = clauses[i + 1]
    start = sent.start + nxt.triggers[0].start
    between = (sent.start + clause.triggers[-1].end, start)
    if not (_RELATIVE_BEFORE.search(text, *between) or _WHILE_BEFORE.search(text, *between)):
        return None
    return clause_region(sent, nxt, clauses)[1]


# ", killing …", ", wounding …", ", leaving … dead": a participle after a comma telling what the act before it did
_RESULT_AFTER = re.compile(r",\s*(?:(?:on|late\s+on|early\s+on)\s+\w+(?:\s+\w+)?,\s*)?(?:and\s+)?$")


def _result_of(text: str, sent: Sentence, clause: Clause, clauses: list[Clause]) -> int | None:
    """Where the previous clause begins, when this one is its result told by a participle after a
    comma ("hit positions in Sirwah, killing 30 fighters", "a bomb exploded in X, wounding five"):
    the deaths happened where the act did."""
    i = next((k for k, c in enumerate(clauses) if c is clause), None)
    if not i:
        return None
    first = clause.triggers[0]
    word = text[sent.start + first.start : sent.start + first.end]
    if not word.lower().endswith("ing") and not word.lower().startswith("leav"):
        return None
    prev = clauses[i - 1]
    between = (sent.start + prev.triggers[-1].end, sent.start + first.start)
    if between[0] >= between[1] or not _RESULT_AFTER.search(text[between[0] : between[1]]):
        return None
    return clause_region(sent, prev, clauses)[0]


def _same_verb(clause: Clause, clauses: list[Clause]) -> list[Clause]:
    """The other clauses whose trigger hangs on the verb this clause's trigger hangs on, as its
    subject or object ("Warplanes carried out air strikes": one act, told by its doer and its deed)."""
    tok = clause.triggers[0].token
    if tok is None or tok.head.i == tok.i:
        return []

    def deed(other: Any) -> bool:
        if other is None or other.i == tok.i or other.dep_ not in ("dobj", "nsubjpass", "nsubj"):
            return False
        verb = other.head
        # siblings under one verb, or the verb hangs on the doer ("Warplanes … carrying out strikes", misparsed as "acl")
        return ((verb.i == tok.head.i and tok.dep_ in ("nsubj", "nsubjpass", "dobj"))
                or (verb.dep_ == "acl" and verb.head.i == tok.i))

    return [c for c in clauses if c is not clause and any(deed(t.token) for t in c.triggers)]


def _clause_country(places: list[Place], lo: int, hi: int, text: str = "") -> str | None:
    """The country the clause itself names, if one: an unknown town there is in it (not a neighbour named as the far
    side of a border: "near Makalondi, close to the border with Burkina Faso" is in Niger)."""
    return next((p.country for p in places if p.feature == "country" and p.country and lo <= (p.start or 0) < hi
                 and not _BORDER_WITH.search(text, max(0, (p.start or 0) - 30), p.start or 0)), None)


_BORDER_WITH = re.compile(r"\b(?:border|frontier)s?\s+with\s+(?:the\s+)?$", re.I)


def _same_name(name: str, places: list[Place]) -> Place | None:
    """The place the article named earlier by these very words ("the village of Las Flores, Chalatenango
    department … fighting went on in Las Flores"): the same place again."""
    low = name.lower()
    return next((p for p in places if p.feature != "country" and (p.text or p.name).lower() == low), None)


def _misspelt(name: str, places: list[Place]) -> bool:
    """An unknown name that is a place the article names, written with a letter wrong or swapped."""
    low = name.lower()
    # (the same name written again is that place, not a slip)
    return any(low != (p.text or p.name).lower() and SequenceMatcher(None, low, (p.text or p.name).lower()).ratio() >= 0.88
               for p in places if p.text or p.name)


def _opening_place(text: str, sent: Sentence, places: list[Place], in_clause: list[Place], trigger: int) -> Place | None:
    """The place a sentence opens with, "In X, …", which sets the scene for every clause of it: "In
    Jauja, rebels set fire to a bus owned by Santiago Quispe" happened in Jauja, whatever names follow
    (a first name that is also a town elsewhere). A place the sentence names later inside X (X a province, or
    a town that shares its province's name) is finer and wins: "In Anbar province, police arrested
    four men during a raid in Fallujah". Not where X only sets the scene of a report ("In Bogota, the
    minister said rebels attacked a base in Meta"): there the act's own place stands. Nor where the
    act's clause names places but not X (X belongs to another clause)."""
    head = max(sent.start, dateline_end(text))
    m = _OPENING_IN.match(text, head, sent.end)
    if m is None:
        return None
    opening = next((p for p in places if p.start == m.end() and p.feature not in ("country", "region")), None)
    comma = _OPENING_COMMA.match(text, opening.end or 0) if opening is not None else None
    if opening is None or comma is None or (in_clause and opening not in in_clause):
        return None
    # "In Los Pinos, Saravena, Arauca, …": a town the gazetteer does not place lies in the province named after it
    after = next((p for p in places if (p.start or 0) >= comma.end() and not text[comma.end() : p.start or 0].strip()), None)
    if opening.admin1 is None and after is not None and after.admin1 and after.country == opening.country:
        opening = replace(opening, admin1=after.admin1)
    inner = [p for p in places if (p.start or 0) > (opening.start or 0) and p.feature in ("place", "admin2") and _inside(p, opening)]
    if inner:
        return min(inner, key=lambda p: abs((p.start or 0) - trigger))
    others = [p for p in places if p is not opening and (p.start or 0) > trigger]
    if others and re.search(rf"\b(?:{SAID})\b", text[opening.end or 0 : trigger], re.I):
        return None
    return opening


def _inside(part: Place, whole: Place) -> bool:
    """The province or district ``whole`` stands for holds ``part``: a province, a district ("In Kurram district,
    protesters blocked the road at Parachinar"), or a town named like its province ("Arauca" the town is the
    seat of Arauca the department)."""
    if not part.admin1 or part.admin1 != whole.admin1 or part.country != whole.country:
        return False
    if whole.feature == "admin2":
        return part is not whole and part.admin2 == whole.admin2
    return whole.feature == "admin1" or fold(whole.name) == fold(whole.admin1 or "")


# a name of one to four words before a comma, capitalised or in capitals ("El Centenario", "LOS PINOS")
_OPENING_NAME = re.compile(r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|de|del|la|las|los|el|DE|DEL|LA|LAS|LOS|EL)){0,3})(?=\s*,)")
_NAME_PARTICLES = frozenset({"de", "del", "la", "las", "los", "el"})


def _is_town_place(place: Place) -> bool:
    return place.feature == "place" and place.precision == 1


# "In Jauja, …", "[TEXT] IN ANBAR PROVINCE, …": a place as the opening words of a sentence
_OPENING_IN = re.compile(r"\s*(?:\[[A-Z ]+\]\s*)*(?i:in)\s+")
_OPENING_COMMA = re.compile(r"\s*(?:(?i:province|department|state|region|district|county|governorate|municipality)\s*)?,")


def _granularity(place: Place) -> int:
    """How fine a mention is as a name, whatever its coordinates: a town (even one known only by
    name, placed at a larger area's point) before a district before a province or country."""
    if place.feature == "country":
        return 4  # "Police in Kenya arrested 14 … in Mandera county": the county
    if place.feature in ("admin1", "region"):
        return 3
    return 2 if place.feature == "admin2" else 1


def _without_containers(places: list[Place], text: str = "") -> list[Place]:
    """Leave out a town that only locates a smaller place the text names beside it ("the Kibera
    neighbourhood of Nairobi", "Kabul's Shar-e-Naw district"): that smaller place
    was placed at the town's point, since the gazetteer does not know it. So too a place written
    after another as the area it lies in ("near X village, in the Y area")."""
    def contains(town: Place, part: Place) -> bool:
        return (part is not town and part.geonameid is None and part.lat is not None and part.lat == town.lat and part.lon == town.lon
                and abs((part.start or 0) - (town.start or 0)) < 90)

    def holds(area: Place, part: Place) -> bool:
        # (both unknown: "Lima, in the Miraflores district" names the city first and its part after it)
        return (part is not area and part.geonameid is None and (part.end or 0) <= (area.start or 0)
                and _IN_THE_AREA_OF.fullmatch(text, part.end or 0, area.start or 0) is not None)
    kept = [p for p in places if not (p.feature == "place" and p.geonameid is not None and any(contains(p, q) for q in places))
            and not (p.geonameid is None and any(holds(p, q) for q in places))]
    return kept or places


# "X village, in the Y …": Y is where X lies
_IN_THE_AREA_OF = re.compile(r"(?:\s+(?:village|town|hamlet|settlement|locality))?\s*,\s*(?:(?:also|both)\s+)?in\s+(?:the\s+)?")


def _with_precision(place: Place, precision: int | None) -> Place:
    from dataclasses import replace

    return replace(place, precision=max(place.precision, precision or place.precision))


def _indirect_question(head: Any) -> bool:
    """"It was not clear how many of the dead were killed by the bombers", "asked whether the
    soldiers had fired": a clause that asks about an event reports none of its own."""
    if head is None or head.dep_ not in ("ccomp", "csubj", "xcomp"):
        return False
    for child in head.lefts:
        if child.lower_ in ("whether", "how", "why") or any(g.lower_ in ("how", "why") and g.dep_ == "advmod" for g in child.children):
            return True
    return False


_ONSETS = frozenset(["break", "erupt", "begin", "start", "flare", "escalate", "ignite", "spread", "resume", "intensify"])


def _since_clause(head: Any) -> bool:
    """"has been plagued by violence since rebels seized the region": a clause that dates another
    one tells of something earlier, not of news; so does a "when" clause on the day since which a state has
    gone on ("has been gripped by violence since September 9, when fighting broke out"): its onset."""
    if head is None:
        return False
    if head.dep_ == "relcl" and head.head.dep_ == "pobj" and head.head.head.lower_ == "since" \
            and any(c.lower_ == "when" for c in head.children) and head.lemma_.lower() in _ONSETS:
        return True  # (not "since the coup, when the army detained the elected leader": an act)
    return any(c.dep_ == "mark" and c.lower_ == "since" for c in head.children)


# Verbs of saying and knowing: in the simple present they introduce a report ("police say gunmen killed…"),
# they do not make it habitual.
_SAYING = frozenset(["say", "claim", "report", "add", "tell", "state", "confirm", "announce", "allege", "accuse", "believe", "know",
                     "think", "fear", "estimate", "indicate", "show", "suggest", "note", "reveal", "explain", "insist", "deny"])


# "fighting continues", "clashes rage": the state of an event going on, told as news
_ONGOING = frozenset(["continue", "rage", "persist", "escalate", "intensify", "spread", "erupt", "flare", "resume", "go", "drag"])


# Verbs that keep an activity up: in the simple present, what they govern is a habit, not one act.
_KEEP_ON = frozenset(["continue", "keep", "tend"])


_OFTEN = frozenset(["regularly", "often", "frequently", "routinely", "repeatedly", "usually", "typically", "habitually", "sometimes",
                    "occasionally", "constantly", "continually", "periodically"])


def habitual(clause: Clause, dated: bool, counts: list[CountMention], first: bool) -> bool:
    """The clause tells what someone does, as a habit or a kind, not what happened: the trigger verb,
    or the verb its noun hangs on, is in the simple present ("officers who kidnap and murder union
    members", "a government known for killing priests" is not, "the hurling of grenades is a common
    practice"). A date or a count makes it news told in the historical present ("gunmen kill five
    on Sunday"), and so does the opening sentence, where a headline may stand."""
    for tok in clause.tokens:
        verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") else None
        if verb is not None and verb.tag_ in ("VBZ", "VBP") and any(c.dep_ == "advmod" and c.lower_ in _OFTEN for c in verb.children):
            return True  # "regularly carries out bombings in the capital", dated or not: what the group does
    if dated or counts or first:
        return False
    for tok in clause.tokens:
        verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") else None
        if verb is None and tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.dep_ in ("nsubj", "attr"):
            verb = tok.head.head.head  # "the hurling of grenades is …"
        if verb is not None and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _KEEP_ON and verb.head.tag_ in ("VBZ", "VBP"):
            verb = verb.head  # "the militants continue to carry out attacks", "gangs keep kidnapping": a habit kept up
            if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
                return False
            continue
        if verb is None or verb.tag_ not in ("VBZ", "VBP") or verb.lemma_.lower() in _SAYING | _ONGOING | _REACTION:
            return False  # (a reaction in the present, "the government regrets the murder", is to an act that happened)
        if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            return False  # "are killing", "has been killed", "is being attacked": told, not a habit
    return bool(clause.tokens)


_ACCUSE = BLAMING | frozenset(["condemn", "criticise", "criticize", "denounce"])


_ACCUSING = frozenset(["accuse", "blame", "charge"])


def _accused_in_general(clause: Clause, dated: bool, counts: list[CountMention]) -> bool:
    """An accusation of a kind of act, not of one act: the trigger is a gerund after "accusing X of"
    whose objects are bare plurals ("accusing the army of bombing residential areas", "blamed the
    rebels for burning villages"). A date, a count or a determiner ("of bombing the market") makes
    it one incident."""
    if dated or counts:
        return False
    for trig in clause.triggers:
        tok = trig.token
        if tok is not None and _HABITUAL_ACCUSATION.search(tok.doc.text, max(0, tok.idx - 120), tok.idx):
            return True  # "have in the past accused government forces of shelling their own areas" (however it parses)
        if tok is not None and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("of", "for") \
                and (tok.head.head.lemma_.lower() in _ACCUSING
                     or (tok.head.head.dep_ == "dobj" and tok.head.head.head.lemma_.lower() in _ACCUSING)) \
                and not any(c.dep_ in ("det", "poss", "nummod") for c in tok.children):
            return True  # "accused the military of mass murder": a name for what it does, not one act
        if tok is not None and tok.dep_ == "pobj" and any(c.dep_ == "amod" and c.tag_ == "VBG" for c in tok.children):
            prep, objs = tok.head, [tok]  # "for burning houses", the gerund parsed as the noun's modifier
        elif tok is not None and tok.tag_ == "VBG" and tok.dep_ == "amod" and tok.head.dep_ == "pobj":
            prep, objs = tok.head.head, [tok.head]
        elif tok is not None and tok.tag_ == "VBG" and tok.dep_ == "pcomp":
            prep, objs = tok.head, [c for c in tok.children if c.dep_ == "dobj"]
        else:
            continue
        if prep.lower_ not in ("of", "for"):
            continue
        gov = prep.head
        if gov.dep_ == "dobj":
            gov = gov.head  # "accusing [the army of bombing …]": the parser may hang "of" on the accused
        if gov.lemma_.lower() not in _ACCUSE:
            continue
        if objs and all(o.tag_ in ("NNS", "NNPS") and not any(c.dep_ in ("det", "nummod", "poss") for c in o.children) for o in objs):
            return True
    return False


# an accusation made again and again is of a kind of act, whatever its object: "have in the past accused
# government forces of shelling their own areas", "has repeatedly blamed the army for bombing"
_HABITUAL_ACCUSATION = re.compile(r"\b(?:in\s+the\s+past|repeatedly|often|frequently|regularly|routinely|long|previously)\s+(?:\w+\s+){0,2}?"
                                  r"(?:accus\w+|blam\w+)\s+(?:[\w'’-]+\s+){1,6}?(?:of|for)\s+$", re.I)


_LONG_SPANS = frozenset(["month", "year", "decade"])


def _perfect_since(doc: Document, sent: Sentence, clause: Clause) -> bool:
    """The clause's verb, in the present perfect, runs from a point in time ("militants have killed
    several workers in the valley since October") or through months or years ("has fought the state
    for a decade"): a tally of acts or a campaign up to now, not one of them."""
    head = clause.head
    if head is None or head.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in head.children):
        return False
    if any(c.lower_ == "for" and any(o.dep_ == "pobj" and o.lemma_.lower() in _LONG_SPANS for o in c.children) for c in head.children):
        return True  # "has been fighting for more than a decade to topple the government": a campaign, not an act
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children) for c in head.children) \
            or any(c.dep_ == "prep" and c.lower_ == "since" and _since_a_turn(c) for c in head.children):
        return True  # "has carried out a wave of attacks since one of its commanders defected": acts since a turn of events
    for span, date in doc.dates:
        # from a month or a year ago; "since Monday the air force has bombed hamlets" is this week's news
        if sent.start <= span.start < sent.end and span.text.lower().startswith("since ") and date.precision in ("month", "year"):
            tok = next((t for t in head.doc if t.idx == span.start - sent.start), None)
            if tok is not None and tok.head.i == head.i:
                return True
    return False


_DAY_WORDS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "dawn",
                        "morning", "evening", "night", "weekend", "week"])


def _since_a_turn(since: Any) -> bool:
    """"since" introduces a turn of events (a clause the parser hung on its subject: "since one of its commanders …
    defected"), not a recent day ("since Monday", "since the weekend")."""
    objs = [o for o in since.children if o.dep_ == "pobj"]
    return bool(objs) and all(not (o.like_num and not any(c.lower_ == "of" for c in o.children))  # ("one of its commanders")
                              and o.ent_type_ not in ("DATE", "TIME") and o.lower_ not in _DAY_WORDS for o in objs) \
        and any(t.dep_ == "advcl" for t in since.head.children)


_SPREADING = frozenset(["spread", "intensify", "escalate", "rage", "continue", "flare", "grow", "widen", "spill", "worsen", "drag", "persist"])


def _as_fighting_spread(clause: Clause, counts: list[CountMention]) -> bool:
    """A clause set beside the act told as its backdrop: "…, as fighting between the army and the militia spread
    across the region" (a fight growing or going on, with no count of its own) says when, not what happened."""
    head = clause.head
    if head is None or counts or head.lemma_.lower() not in _SPREADING:
        return False
    return any(c.dep_ == "mark" and c.lower_ in ("as", "while", "amid") for c in head.children) \
        and all(t.token is not None and t.token.dep_ in ("nsubj", "nsubjpass") and t.token.head.i == head.i for t in clause.triggers)


def _fled_from(clause: Clause) -> bool:
    """Every trigger is what people fled or were driven out by ("joining thousands who had fled earlier rounds of
    fighting", "families displaced by the violence"): the cause of their flight, told as its backdrop, not an act."""
    if not clause.triggers:
        return False
    for t in clause.triggers:
        tok = t.token
        if tok is None or (tok.pos_ not in ("NOUN", "PROPN") and tok.dep_ != "pobj"):
            return False
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
            tok = tok.head.head  # "fled earlier rounds of fighting", "the wave of attacks"
        head = tok.head.head if tok.dep_ == "pobj" else tok.head
        if not (tok.dep_ in ("dobj", "pobj") and head.lemma_.lower() in _FLEEING):
            return False
        if tok.dep_ == "pobj" and tok.head.lower_ not in ("from", "by"):
            return False
    return True


_FLEEING = frozenset(["flee", "escape", "displace", "uproot", "drive", "force"])


def _kind_stated(clause: Clause, counts: list[CountMention], dated: bool) -> bool:
    """Every trigger is a noun, the subject of a present passive that states what holds of its kind
    ("chloropicrin is banned as a method of warfare", "such weapons are prohibited"), not news."""
    if dated or counts or not clause.tokens:
        return False
    for tok in clause.tokens:
        while tok is not None and tok.dep_ == "appos" and tok.head is not tok:
            tok = tok.head  # "chloropicrin, a choking agent …, is banned"
        if tok is None or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "nsubjpass":
            return False
        if any(c.dep_ in ("det", "poss", "nummod") and c.lower_ != "such" for c in tok.children):
            return False  # "the explosive devices are linked to …": those devices, not a kind
        aux = [c.lower_ for c in tok.head.children if c.dep_ in ("aux", "auxpass")]
        if tok.head.tag_ != "VBN" or not aux or any(a not in ("is", "are") for a in aux):
            return False
    return True


# Verbs whose infinitive complement took place, at least as an attempt ("tried to kill", "went on to
# seize", "used knives to kill").
_IMPLICATIVE = frozenset(["attempt", "try", "manage", "begin", "start", "continue", "proceed", "go", "fail", "come", "return",
                          "move", "rush", "open", "resort", "dare", "succeed", "help", "get", "seek"])


def unrealised_infinitive(clause: Clause, counts: list[CountMention]) -> bool:
    """Every trigger is a to-infinitive that nothing says took place: a purpose or a capacity ("the
    weapons the terrorists use to massacre the people", "patrolling to prevent new attacks", "the
    decision to attack"), unless its verb is one of attempt or success ("tried to kidnap him") or the
    clause counts its victims ("used machetes to kill 12 villagers")."""
    if not clause.tokens or counts or not clause.modes <= VIOLENT_MODES | {"loot", "blast"}:
        return False  # "gathered to protest" did protest: a crowd's purpose is what it came and did
    for tok in clause.tokens:
        verb = tok if tok.pos_ == "VERB" else None
        if verb is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return False
        gov = verb.head
        if gov is verb or gov.lemma_.lower() in _IMPLICATIVE:
            return False
    return True


# barriers put up (the riot trigger's words): a crowd's barricade, or a security force's checkpoint
_SECURED = re.compile(BARRIERS_PUT_UP, re.I)


def _secured(clause: Clause, sentence: str) -> bool:
    """The clause only tells barriers put up, besides acts in a backdrop phrase ("set up roadblocks after the attack")."""
    barriers = [t for t in clause.triggers if t.mode == "riot"]
    rest = [t for t in clause.triggers if t.mode != "riot"]
    head = clause.head
    return bool(barriers) and all(_SECURED.search(sentence, t.start, t.end) for t in barriers) \
        and all(t.token is not None and head is not None and t.token is not head and _background(t.token, head, set()) for t in rest)


_ONGOING_DAYS = 45


_PLURAL_END = re.compile(r"(?:[^s]s|men|police|army|military|forces)\W*$", re.I)  # "guards", "soldiers", "the police"
_OWN_MEN_BEFORE = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+)?$", re.I)
_STANDING = frozenset(["hold", "last", "remain", "stand"])


def _pact_holds(clause: Clause) -> bool:
    """The pact word is the subject of a verb of standing ("the truce held", "a ceasefire appeared to be holding",
    "the deal remained in place"): the pact's state on that day."""
    for tok in clause.tokens:
        if tok is None or tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        verb = tok.head
        verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
        if any(v.lemma_.lower() in _STANDING for v in verbs):
            return True
    return False


def _ongoing(head: Any, date: DateSpan | None) -> bool:
    """A present perfect over a stretch of weeks or more ("have exchanged fire since October", "has killed 300
    since the start of the year"): what has gone on, not one act."""
    if head is None or date is None or date.start is None or date.end is None or (date.end - date.start).days <= _ONGOING_DAYS:
        return False
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have", "'ve") for c in head.children)


def _present_perfect_background(head: Any, counts: list[CountMention], doc: Document, sent: Sentence) -> bool:
    """"ISIS has seized large swathes of Iraq": a state of affairs, not an event, unless it is counted or placed."""
    if head is None or counts:
        return False
    aux = [c.lower_ for c in head.children if c.dep_ == "aux"]
    if not any(a in ("has", "have", "'ve") for a in aux):
        return False
    return bool(_STATE_OF_AFFAIRS.search(sent.text))


def _around_the_act(clause: Clause, perp_tok: Any, perp: ActorRef, finder: ArgumentFinder) -> bool:
    """The doer was read from a clause that only places a one-sided act in time: "police arrested three men after
    the bombing" (the police arrested; the bombing, the event, hangs on "after"), "soldiers sealed off the district
    following the killing of a mayor" (the soldiers are the subject of "sealed off"). Fighting is left alone: "the
    rebels took the town after fighting with the army" were one side of it."""
    one_sided = VIOLENT_MODES - {"battle"}
    own = {t.mode for t in clause.triggers if t.token is not None and t.token.i == perp_tok.i}
    if own and own <= one_sided:
        verb = finder.subject_head(perp)
        return verb is not None and placed_in_time(perp_tok, verb)
    return not own & VIOLENT_MODES and any(t.token is not None and t.mode in one_sided and placed_in_time(t.token, perp_tok)
                                           for t in clause.triggers)


def _in_quote(text: str, pos: int) -> bool:
    """Whether offset ``pos`` lies inside a quotation (quotes are counted from the paragraph start)."""
    before = text[text.rfind("\n\n", 0, pos) + 1 : pos]
    straight = before.count('"') % 2 == 1
    curly = before.count("“") > before.count("”")
    return straight or curly


def _assign_counts(counts: list[CountMention], clauses: list[Clause], sentence: str = "") -> dict[int, list[CountMention]]:
    """Each count goes to the clause whose trigger is nearest (before it, preferably); a trigger that tells an
    earlier death ("a teacher who had been shot dead the day before") takes no count of the event told
    ("…, wounding three") while another trigger is there; a toll told of a killing is shared with the attack
    it names (see :func:`_share_toll`)."""
    owned: dict[int, list[CountMention]] = {}
    past = earlier_deaths(sentence, counts)
    triggers = [(cl, t) for cl in clauses for t in cl.triggers]
    for c in counts:
        elsewhere = [(a, b) for a, b in past if not (a < c.end and c.start < b)]  # not the count's own past
        told = [(cl, t) for cl, t in triggers if not any(a <= t.start and t.end <= b for a, b in elsewhere)]
        best = min(told or triggers, key=lambda pair: _distance(c, pair[1]), default=None)
        if best is not None:
            owned.setdefault(id(best[0]), []).append(c)
    return _share_toll(owned, clauses, sentence) if sentence else owned


def _distance(c: CountMention, t: Trigger) -> int:
    """How far a trigger stands from a count: 0 when they overlap; one after the count weighs 15 characters more."""
    if c.start <= t.start < c.end or t.start <= c.start < t.end:
        return 0
    return abs(c.start - t.end if t.end <= c.start else (t.start - c.end) + 15)


# "the murder of 10 union members in a dynamite attack", "six people were killed and five wounded today in a
# bomb attack": the dead, then the act that killed them, joined by "in"/"during"/"by" — one incident told twice
# (not across a comma or a negation: "five were killed, not as a result of the bombing")
_TOLL_LINK = re.compile(
    r"^(?![^;:.,]*\b(?:not|no|nor|never)\b)[^;:.,]{0,60}?\b(?:(?:in|during|by|from|as\s+a\s+result\s+of|in\s+the\s+course\s+of)\s+"
    r"(?:(?:a|an|the|this|that|today's|yesterday's|[\w'’-]+['’]s)\s+)?(?:[\w'’-]+\s+){0,2}"
    # "killed 23 people … when they blew themselves up": the doers' own act, told after by a pronoun ("when the
    # gunmen sprayed his car" may be a second act, an event of its own for the merge to weigh)
    r"|when\s+(?:they|he|she)\s+(?:[\w'’-]+\s+)?)$", re.I)
# "aircraft using guided missiles killed four people": the act named in the subject of the killing verb, right before it
_TOLL_BEFORE = re.compile(r"^(?![^,;:.]*\b(?:after|before|since|while|when|but|and|which|who|that|whereas|then|not|no)\b)[^,;:.]{0,40}$", re.I)
_TOLL_VERB = re.compile(r"(?:killed|killing|kills|wounded|wounding|injured|injuring)\b", re.I)
# "a car bomb that ripped through a police school in the capital, killing 21": the participle after the
# comma tells what the act did, across a relative clause of the act's own
_TOLL_PARTICIPLE = re.compile(r"^(?![^,;:.]*\b(?:after|before|since|while|when|but|and|whereas|then|not|no)\b)[^,;:.]{0,100},\s*$", re.I)
_TOLL_ING = re.compile(r"(?:killing|wounding|injuring)\b", re.I)
_VIOLENT_MODES = frozenset({"attack", "blast", "explosive", "grenade", "shelling", "air", "suicide", "shoot", "kill", "battle", "chemical"})


def _share_toll(owned: dict[int, list[CountMention]], clauses: list[Clause], sentence: str) -> dict[int, list[CountMention]]:
    """A clause with no dead of its own whose trigger follows a toll and names the act that caused it
    ("… were killed in a car bomb attack"), or stands right before a toll told verb first ("missiles killed
    four"), takes that toll too, so that the attack and the killing, one
    incident, tell the same dead whichever of the two events stands for it (merging keeps one figure)."""
    told = {k: list(v) for k, v in owned.items()}  # the counts each clause took itself
    for cl in clauses:
        if told.get(id(cl)) or not cl.triggers or not {t.mode for t in cl.triggers} & _VIOLENT_MODES:
            continue
        start, end = min(t.start for t in cl.triggers), max(t.end for t in cl.triggers)
        shared = [c for other in clauses if other is not cl for c in told.get(id(other), [])
                  if c.category in ("fatalities", "injured") and not c.running
                  and ((c.end <= start and _TOLL_LINK.match(sentence[c.end:start]))
                       or (end <= c.start and _TOLL_VERB.match(sentence, c.start) and _TOLL_BEFORE.match(sentence[end:c.start]))
                       or (end <= c.start and _TOLL_ING.match(sentence, c.start) and _TOLL_PARTICIPLE.match(sentence[end:c.start])))]
        if shared:
            owned[id(cl)] = shared
    return owned


def _victim_of(sent: Sentence, clause: Clause, target: ActorRef) -> bool:
    """The nearest actor stands close to the killing ("the murder of Judge X", "Senator X was assassinated"),
    so it is the victim rather than a name elsewhere in the sentence."""
    start, end = (target.start or 0) - sent.start, (target.end or target.start or 0) - sent.start
    return any(0 <= t.start - end <= 45 or 0 <= start - t.end <= 45 for t in clause.triggers)


def _total(counts: Iterable[CountMention], category: str) -> Count | None:
    total = None
    for c in counts:
        if c.category == category and not c.running:  # a running total is no one event's toll
            total = add_counts(total, c.count)
    return total


_NIGHT_BEFORE = re.compile(r"(?:an\s+)?overnight|last\s+night", re.I)


def _night_before(d: DateSpan, said: DateSpan, published: dt.date | None) -> DateSpan:
    """``d`` counted from the day a source spoke, where it is a night counted from publication ("overnight",
    "last night") and the sentence says the source spoke on an earlier day ("… said on Wednesday")."""
    if published is None or d.start is None or d.end is None or said.start is None or said.start >= published \
            or d.basis != "relative" or not _NIGHT_BEFORE.fullmatch((d.text or "").strip()):
        return d
    return replace(d, start=said.start + (d.start - published), end=said.start + (d.end - published))


# a clause that opens with a distance in time ("…, and a day later raided", "; two days later, troops …")
_CLAUSE_THEN_SHIFT = re.compile(r"(?:,|;|\band\b|\bthen\b)\s+(?:then\s+)?(?:(?:a|an|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|hours?)\s+later"
                                r"|the\s+(?:next|following)\s+day)", re.I)  # (not "…, a day after protesters set fire": the day before)


def _date_for(doc: Document, sent: Sentence, clause: Clause) -> DateSpan | None:
    # (not the day a count rose: "the number of people killed in an attack on a village rose to 20 on Tuesday")
    in_sent = [(s, d) for s, d in doc.dates if sent.start <= s.start < sent.end and d.basis != "cumulative"
               and not _ROSE_ON.search(doc.article.text, max(sent.start, s.start - 40), s.start)]
    in_sent = [(s, d) for s, d in in_sent if not _dates_aside(s.start - sent.start, clause)
               and not (d.precision in ("month", "year") and (_in_other_conjunct(s.start - sent.start, clause)
                                                              or _in_participle(s.start - sent.start, clause)))]
    # "the government said on Friday that … a car bomb … yesterday": the saying has its own day
    unsaid = [(s, d) for s, d in in_sent if not _said_on(doc.article.text, s.start) and not _dates_the_saying(s.start - sent.start, clause)]
    text = doc.article.text
    # "police said on Saturday" dates the saying, not what was told; nor does "since protests began in
    # December" date what the next sentence tells
    para = [(s, d) for s, d in doc.dates if s.start < sent.start and same_paragraph(text, s.start, sent.start)
            and not _said_on(text, s.start) and not _SINCE_BEFORE.search(text, max(0, s.start - 50), s.start)
            and not _BACKDROP_DECREE.search(text, max(0, s.start - 100), s.start)]
    lead = _lead_date(doc)
    told = para[-1][1] if para else lead[1] if lead is not None and lead[0].start < sent.start else None
    if not para and names_the_same_day(sent.text):
        # "The RSF said its drones had struck army positions the same day": the day the report told last, in
        # whichever paragraph (not a day someone spoke)
        last = [d for s, d in doc.dates if s.start < sent.start and d.basis != "cumulative" and not _said_on(text, s.start)]
        told = last[-1] if last else told
    if in_sent and not unsaid and told is not None and clause.modes <= {"kill"} and _told_before(clause) and _shortly_before(told, in_sent[0][1]):
        # "On Sunday, the minister said 19 had died": the toll of the act told before, on its own day
        return replace(told, basis="context")
    if in_sent and not unsaid:
        # "SANA said on Tuesday that rockets had struck the town the previous day": a day counted from the saying
        counted = shift_from(sent.text, in_sent[-1][1])
        if counted is not None:
            return counted
    said = [d for s, d in in_sent if (s, d) not in unsaid and d.precision == "day" and d.start is not None]
    if unsaid and said:
        # "killed 29 in an overnight raid …, local authorities said on Wednesday": the night before the saying
        unsaid = [(s, _night_before(d, said[0], doc.article.published)) for s, d in unsaid]
    in_sent = unsaid or in_sent
    if in_sent:
        tpos = sent.start + clause.triggers[0].start
        earlier = [(sp, d) for sp, d in in_sent if sp.start < tpos]
        if earlier and not any(sp.start >= tpos for sp, _ in in_sent):
            # "killed four late on Monday, … and a drone strike killed two the following day": counted from the day
            # the sentence told first; so too "… on Tuesday, and a day later raided the party's offices", where the
            # distance opens the clause of the act, after the day told
            last_span, last_day = earlier[-1]
            between = sent.text[last_span.end - sent.start : clause.triggers[0].start]
            after = sent.text[clause.triggers[0].start :]
            later_clause = _CLAUSE_THEN_SHIFT.search(after)
            after = after[: later_clause.start()] if later_clause is not None else after  # another act's distance
            opening = next((m for m in _CLAUSE_THEN_SHIFT.finditer(between) if not re.search(r"[,;]", between[m.end() :])), None)
            counted = shift_from(after, last_day) or (shift_from(between[opening.start() :], last_day) if opening is not None else None)
            if counted is not None:
                return counted
            # "… patrolled the capital on Wednesday, a day after protesters set fire to parliament": the act the "after"
            # clause tells came that long before the day written
            back = before_told(between, last_day)
            if back is not None:
                return back
        return min(in_sent, key=lambda sd: abs(sd[0].start - tpos))[1]
    if told is None:
        return before_publication(doc.article.published)
    # "Two days earlier, soldiers killed 11 bandits": counted from the day told before
    own = shift_from(sent.text, told)
    came_after = shift_from(sent.text, told, came_after=True)
    if came_after is not None and came_after.text and sent.text.find(came_after.text) > clause.triggers[0].start:
        own = None  # "the attack came a day after a gunfight": the attack is on the day told, the gunfight a day before
    if own is not None:
        return own
    # "The attack came a day after a gunfight … Two officers were wounded in that fighting": the day the
    # sentence before moved to, in the same paragraph, after the day told
    since = para[-1][0].start if para else 0
    before = next((s for s in reversed(doc.sentences) if since <= s.start < sent.start and same_paragraph(text, s.start, sent.start)), None)
    moved = shift_from(before.text, told, came_after=True) if before is not None and before.index == sent.index - 1 else None
    return moved or replace(told, basis="context")


_SAID_ON = re.compile(said_on(), re.I)


# "The attack happened in the Mir Ali area of North Waziristan": a sentence that only says where
# (after an attribution, "According to the provincial police, the ambush took place near …", "Residents said the
# gunmen reached …"; of a series too, "the raids").
# The act may be told by its doers ("The attackers reached Gidan Dawa, a settlement …") and the verb may
# take the place as its object ("The strike hit a market in Shada district", "The blasts shook the Teusaquillo
# neighbourhood").
_DOERS_TOLD = r"(?:attackers|assailants|gunmen|raiders)"
# ... or by its victims, taken or killed there ("The hostages, among them two nurses, were seized outside …")
_VICTIMS_TOLD = (r"(?:men|women|victims|hostages|captives|workers|employees|passengers|villagers|farmers|students|pupils|"
                 r"civilians|soldiers|policemen|officers|engineers|teachers|traders|drivers)")
_HAPPENED_AT = re.compile(rf"^\W*(?:according\s+to\s+[^,;.]{{1,60}},\s*|[\w'’ -]{{1,60}}?\s+(?:said|says|reported|added)\s+(?:that\s+)?)?(?:the|this|that)\s+(?:[\w-]+\s+){{0,2}}?"
                          rf"(?:(?:{INCIDENT}s?|clash(?:es)?|fighting|detonations?|{_DOERS_TOLD})"
                          # what the doers were ("The raiders, armed with rifles, stormed …")
                          r"(?:,\s*(?:armed|dressed|riding|travell?ing|wearing|carrying|believed|suspected)\b[^,;.]{0,60},)?\s+"
                          r"(?:(?:was|were)\s+)?(?P<verb>happened|took\s+place|occurred|struck|hit|broke\s+out|erupted|began|started|shook|"
                          r"reached|arrived|targeted|carried\s+out|went\s+off|unfolded|entered|stormed|raided|overran|invaded)"
                          rf"|{_VICTIMS_TOLD}(?:,\s*(?:including|among\s+them|all|most|some)\b[^,;.]{{0,60}},)?\s+(?:were|had\s+been)\s+"
                          r"(?:taken|abducted|kidnapped|seized|snatched|killed|shot))\b(?:\s+(?:(?!(?:to|towards|into)\b)\w+\s+){0,3}?(?P<prep>in|at|near|outside|on|from)\b)?", re.I)
# "…, which is located in the residential district of Miraflores", "the bank located in Guayabal": where the
# target of the act told just before (or in the same sentence) stands
_LOCATED_IN = re.compile(r"\b(?:located|situated)\s+(?:\w+\s+){0,6}?(?:in|at|near|on)\b|\bwhich\s+(?:is|was)\s+in\b", re.I)
_PLAINLY_WHERE = re.compile(r"happened|took\s+place|occurred|struck|hit", re.I)  # "… in X" says only where
_TOLD_WHERE_REACH = 2  # sentences
# acts with a place of their own besides violence: a bomb defused, property destroyed, people detained
_PLACED_ACTS = frozenset({"disrupted_weapons_use", "looting_property_destruction", "arrest"})
_PART_OF_TOWN_KM = 25  # a place named as where in a town the act was lies this close to the town's point


def told_where(events: list[Event], doc: Document, unknown: Callable[[int, int, str | None], Place | None] | None = None) -> list[Event]:
    """A sentence that says where the incident told just before it happened ("The attack happened in
    the Mir Ali area of North Waziristan district", "The restaurant is located in the district of
    Miraflores") places that incident, when it names a place inside the one it had: a town or district
    of its province or country, a part of its town. Such a sentence is no event of its own. ``unknown``
    finds a town the gazetteer lacks between two offsets, written after "in" or "near" ("the kidnapping
    took place on Friday near Los Naranjos de Abajo"), in the story's country or else the act's."""
    text = doc.article.text
    head = dateline_end(text)
    for sent in doc.sentences:
        m = _HAPPENED_AT.match(sent.text)
        if m is not None and m["verb"] is None and m["prep"] is None:
            m = None  # "The hostages were taken to the hills": where they were brought, not where they were seized
        located = None if m is not None else _LOCATED_IN.search(sent.text)
        if m is None and located is None:
            continue
        after = sent.start + (m or located).end()  # type: ignore[union-attr]
        least = 1 if m is not None else 0  # "A bomb went off at the bank, which is located in …" places its own act
        hosts = [ev for ev in events if least <= sent.index - ev.sentence <= _TOLD_WHERE_REACH
                 and (FAMILY_OF[ev.event_type] in VIOLENT_FAMILIES or ev.event_type in _PLACED_ACTS)]
        if not hosts:
            continue
        told = max(ev.sentence for ev in hosts)
        hosts = [ev for ev in hosts if ev.sentence == told]
        loc = hosts[-1].location
        if told == sent.index and (loc is None or loc.start is None or loc.start >= after):
            continue  # "the army, whose base is located in X, said rebels attacked Y": only what comes after the act's place
        # "the attack happened in X" says plainly where: any finer place of the country (the rule before
        # the wider cues); an object or a "located in" must lie inside the place the act had
        here = _finer_place(doc, sent, after, loc, head, loose=m is not None and m["prep"] is not None and _PLAINLY_WHERE.fullmatch(m["verb"] or "") is not None)
        if here is None and unknown is not None and m is not None:
            here = unknown(sent.start + (m.start("prep") if m["prep"] else m.end()), sent.end, loc.country if loc is not None else None)
            here = here if here is not None and (loc is None or here.country == loc.country) else None
        if here is None:
            continue
        if here.precision == 1 and written_near(here, text, sent.start):
            here = _with_precision(here, 2)  # "the assault targeted a camp on the outskirts of X": near the town
        for ev in hosts:
            if ev.location == loc:
                ev.location = here
    return events


def _finer_place(doc: Document, sent: Sentence, after: int, loc: Place | None, head: int, loose: bool = False) -> Place | None:
    """The first place the sentence names after ``after`` that lies inside ``loc``: not a country, not
    a place named only to measure from; a name the gazetteer lacks that was placed elsewhere is placed
    at ``loc``'s point instead, with the precision of that larger area (never 1)."""
    text = doc.article.text
    named = [p for p in doc.places if p.start is not None and after <= p.start < sent.end and p.feature != "country"
             and not reference_point(p, text)]
    # a place the host took only from the dateline says where the report was filed: any place of that
    # country the sentence names says where the act was
    filed = loc is not None and (loc.start is None or loc.start < head)
    provinces = {p.admin1 for p in named if p.feature == "admin1"}
    # a village the text names is as fine as a town, though the gazetteer gives it only a nearby point
    coarser = loc is not None and loc.precision > 1 and not (loc.feature == "place" and loc.geonameid is None and loc.start is not None)
    for p in named:
        if loc is None or (loose and p.country == loc.country and (filed or (coarser and loc.precision > p.precision))):
            return p
        if filed and p.country == loc.country and (loc.precision > p.precision or loc.feature == "country" or _part_of_town(p, loc)):
            return p
        if _finer_within(p, loc):
            return p
        # (a name placed only at the country's point lies near the town the act had, unless that town is the dateline's)
        if p.geonameid is None and p.country == loc.country and (
                (loc.feature in ("admin1", "admin2") and not provinces - {loc.admin1})
                or (loc.feature == "place" and p.admin1 is None and not filed)):
            return replace(p, admin1=loc.admin1, lat=loc.lat, lon=loc.lon, precision=max(2, loc.precision))
    return None


def _finer_within(p: Place, loc: Place) -> bool:
    """``p`` is a place within ``loc`` and finer than it."""
    if p.country != loc.country or (p.geonameid is not None and p.geonameid == loc.geonameid) or fold(p.name) == fold(loc.name):
        return False
    if loc.feature == "country":
        return True
    if loc.feature in ("admin1", "region"):
        return p.feature not in ("admin1", "region") and p.admin1 is not None and p.admin1 == loc.admin1
    if loc.feature == "admin2":
        return p.feature == "place" and p.admin1 == loc.admin1 and _near(p, loc, 60)
    if loc.geonameid is None and loc.precision > 1:
        return False  # a village placed at a nearby town's point: that town is no part of it
    return _part_of_town(p, loc)


def _part_of_town(p: Place, town: Place) -> bool:
    """``p`` is a district or neighbourhood of ``town`` (``town`` a town): close to its point."""
    # (not by province: a capital is often a district of its own, "Municipalidad Metropolitana de Lima", its parts in another)
    return (town.feature == "place" and p.feature == "place" and fold(p.name) != fold(town.name)
            and (p.geonameid is None or p.geonameid != town.geonameid) and _near(p, town, _PART_OF_TOWN_KM))


def _near(a: Place, b: Place, km: float) -> bool:
    import math

    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    dy = (a.lat - b.lat) * 111.0
    dx = (a.lon - b.lon) * 111.0 * math.cos(math.radians((a.lat + b.lat) / 2))
    return math.hypot(dx, dy) <= km


_TERRITORY = frozenset(["government_regains_territory", "non_state_actor_overtakes_territory"])


_ACCUSED_OF = re.compile(r"\b(?:accused|suspected|blamed|responsible|charged|convicted|wanted|behind|mastermind\w*|plann(?:ed|ing)|"
                         r"organi[sz](?:ed|ing))\b[^.;]*$", re.I)


def _written_day(date: DateSpan | None) -> bool:
    return date is not None and date.precision == "day" and date.basis == "explicit"


def _leads(doc: Document, sent: Sentence) -> bool:
    """The sentence opens the report: a story may lead with a past incident ("Ten years ago on
    Sunday, gunmen abducted 276 schoolgirls"); anywhere else such an incident is background."""
    first = next((s for s in doc.sentences if s.text.strip()), None)
    return first is None or sent.index <= first.index


_YEAR_WORD = re.compile(r"(?:19|20)\d\d")
# "notorious for", "best known for", "remembered for": what a group or a place has a name for
_REPUTATION = frozenset(["notorious", "infamous", "known", "famous", "remembered", "notoriety", "reputation"])


def _year_named(clause: Clause) -> DateSpan | None:
    """A year written before the act's noun dates the act: "the 2000 kidnapping of 21 people", "the
    2019 protests, during which 500 demonstrators were killed" (the clause hangs on that noun)."""
    nouns = [t.token for t in clause.triggers if t.token is not None and t.token.pos_ in ("NOUN", "PROPN")]
    head = clause.head
    if head is not None and head.dep_ == "relcl" and head.head.pos_ in ("NOUN", "PROPN"):
        nouns.append(head.head)  # "…, during which …", "…, which killed more than 100"
    for noun in list(nouns):
        # "the 2017 siege of the city, a five-month battle that left 1,100 dead": the apposition renames the
        # dated act, though the parse may hang it on the act's "of" object
        if noun.dep_ == "appos":
            named = noun.head
            nouns.append(named)
            if named.dep_ == "pobj" and named.head.lower_ == "of" and named.head.head.pos_ == "NOUN":
                nouns.append(named.head.head)
    for noun in nouns:
        for c in noun.lefts:
            if _YEAR_WORD.fullmatch(c.text) and c.dep_ in ("nummod", "compound", "amod", "npadvmod", "nmod", "quantmod") \
                    and any(d.dep_ in ("det", "poss") for d in noun.children):
                return _year_span(c.text)
    return None


def _year_span(text: str) -> DateSpan:
    """The year a four-digit word names, as an explicit year-long interval."""
    year = int(text)
    return DateSpan(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", "explicit", text)


def _year_on_verb(clause: Clause) -> DateSpan | None:
    """"On New Year's Day 2018, 73 people were killed": a year closing a phrase of time on the act's verb,
    where no date expression was read."""
    head = clause.head
    if head is not None and head.pos_ in ("VERB", "AUX"):
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("on", "in", "during"):
                continue
            for obj in prep.children:
                years = [t for t in (obj, *obj.children) if _YEAR_WORD.fullmatch(t.text) and (t is obj or t.dep_ in ("nummod", "npadvmod", "appos", "compound"))]
                if obj.dep_ == "pobj" and years:
                    return _year_span(years[0].text)
    return None


def _remembered_for(clause: Clause) -> bool:
    """Every trigger names an act something is known for: "became notorious for the 2000 kidnapping
    … and for the bombing of a ferry", "is best known for the massacre of"; its past, not news."""
    def reputed(word: Any) -> bool:
        return word.lemma_.lower() in _REPUTATION or word.lower_ in _REPUTATION \
            or any(c.dep_ in ("acomp", "attr", "advmod") and c.lower_ in _REPUTATION for c in word.children)

    def known(tok: Any) -> bool:
        for _ in range(8):
            if tok.dep_ == "pobj" and tok.head.lower_ == "for":
                prep = tok.head
                while prep.dep_ == "conj" and prep.head is not prep:
                    prep = prep.head  # "notorious for X and for Y"
                if reputed(prep.head):  # "notorious for", "became notorious for"
                    return True
            if tok.dep_ not in ("conj", "relcl", "appos", "pobj", "prep") or tok.head is tok:
                return False
            tok = tok.head  # "the bombing of a ferry in the bay, which killed more than 100": the noun the clause hangs on
        return False
    toks = [t.token for t in clause.triggers]
    if clause.head is not None and clause.head.dep_ == "relcl":
        toks = [clause.head.head]
    return bool(toks) and all(t is not None and known(t) for t in toks)


# "despite a ban announced by police over the weekend": the day of a decree the act defied dates the decree
_BACKDROP_DECREE = re.compile(r"\b(?:despite|defying|after|following|amid|under|against|in\s+defiance\s+of)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
                              r"(?:announced|imposed|issued|declared|ordered|decreed|introduced|extended|passed)\s+"
                              r"(?:by\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?(?:(?:on|over|at|last|this|earlier|late)\s+)?(?:the\s+)?$", re.I)
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:[\w'’-]+\s+){0,5}$", re.I)  # "since the protests began in December"
_SAYING_VERBS = frozenset(["say", "tell", "report", "announce", "confirm", "state", "add", "claim", "put"])
_SAID_REACH_DAYS = 7


def _dates_the_saying(offset: int, clause: Clause) -> bool:
    """The date at ``offset`` (in the sentence) hangs on a verb of saying that reports the clause:
    "On Sunday, the minister said 19 people had died" dates the statement, not the deaths."""
    if clause.head is None or not clause.triggers:
        return False
    sdoc = clause.head.doc
    tok = token_at(sdoc, offset, offset + 1)
    if tok is None:
        return False
    verb = next((a for a in [tok, *tok.ancestors] if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() not in _SAYING_VERBS:
        return False
    trig = [t.token for t in clause.triggers if t.token is not None]
    return bool(trig) and all(t.i != verb.i and verb in t.ancestors for t in trig)


def _told_before(clause: Clause) -> bool:
    """The clause's verb is in the past perfect ("had been killed", "had died"): an act before the saying."""
    head = clause.head
    return head is not None and any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in head.children)


def _shortly_before(told: DateSpan, said: DateSpan) -> bool:
    """The day told before lies on or a few days before the day of the saying."""
    if told.start is None or told.end is None or said.start is None or said.end is None or told.precision != "day":
        return False
    return told.end <= said.end and (said.start - told.start).days <= _SAID_REACH_DAYS


def _said_on(text: str, start: int) -> bool:
    """The date at ``start`` follows a verb of saying: "police said on Saturday"."""
    return _SAID_ON.search(text, max(0, start - 80), start) is not None


_ROSE_ON = re.compile(r"\b(?:rose|risen|climbed|jumped|reached|increased|grew)\s+to\s+(?:at\s+least\s+)?[\w,.-]+(?:\s+\w+)?\s+(?:(?:on|by)\s+)?$", re.I)


# what goes on from the day it began ("a disarmament drive launched in 2021 has recovered hundreds of guns")
_UNDERTAKINGS = frozenset(["drive", "campaign", "operation", "offensive", "program", "programme", "crackdown", "plan", "initiative", "mission",
                           "effort", "war", "conflict", "ceasefire", "truce", "blockade", "siege", "insurgency", "rebellion", "deployment"])


def _date_token(offset: int, clause: Clause) -> tuple[Any, int] | None:
    """The parse token of the date at ``offset`` of the clause's sentence, and where the clause's first trigger starts."""
    if clause.head is None or not clause.triggers:
        return None
    tok = token_at(clause.head.doc, offset, offset + 1)
    return None if tok is None else (tok, clause.triggers[0].start)


def _holds(node: Any, at: int) -> bool:
    """The phrase ``node`` heads holds the character at ``at`` of its sentence."""
    return any(t.idx <= at < t.idx + len(t.text) for t in node.subtree)


def _in_participle(offset: int, clause: Clause) -> bool:
    """The date lies in a participle that describes a thing or a person and not the act ("a rifle believed stolen
    from a police post last year were recovered")."""
    found = _date_token(offset, clause)
    if found is None:
        return False
    tok, trigger = found
    # (not one that describes the act's own noun: "a peace agreement signed in 2015")
    acts = {t.token.i for t in clause.triggers if t.token is not None}
    return any(anc.dep_ == "acl" and anc.tag_ == "VBN" and anc.head.pos_ in ("NOUN", "PROPN") and anc.head.lemma_.lower() not in _UNDERTAKINGS
               and anc.head.i not in acts and not _holds(anc, trigger) for anc in tok.ancestors)


def _in_other_conjunct(offset: int, clause: Clause) -> bool:
    """The date lies in a clause joined by "and" that has its own subject and does not hold the act ("three rebels
    were shot dead, he said, and two rifles stolen … were recovered last year"): that clause's time."""
    found = _date_token(offset, clause)
    if found is None:
        return False
    tok, trigger = found
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
        and not _holds(verb, trigger)


def _dates_aside(offset: int, clause: Clause) -> bool:
    """A date inside a relative clause set off by a comma, which the event's trigger is not in,
    dates that aside: "JNIM, which pledged allegiance to al-Qaeda in 2017, has been fighting IS"
    is not fighting in 2017. A clause with no comma is part of what is told ("killed by the
    grenade he was throwing on Friday")."""
    found = _date_token(offset, clause)
    if found is None:
        return False
    tok, trigger = found
    verb = next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
    if verb is not None and verb.lemma_.lower() == "bury" and verb.dep_ == "conj" and not _holds(verb, trigger):
        return True  # "was killed … and would be buried in his village on Tuesday": the burial's day
    for anc in [tok, *tok.ancestors]:
        if anc.dep_ in ("relcl", "acl:relcl") and not _holds(anc, trigger):
            first = anc.left_edge
            return first.i > 0 and tok.doc[first.i - 1].text == ","
    return False


_LEAD_PRECISIONS = frozenset({"day", "week"})
_RECENT_DAYS = 31


def _lead_date(doc: Document) -> tuple[Span, DateSpan] | None:
    """The date of the news a report leads with: the first day (or week) its first paragraph
    names, when that is recent. A later paragraph that tells more of that news without a date
    of its own ("Police said 112 people had been arrested") happened then, not on the day the
    report came out. A lead dated long before publication is history, and dates nothing else."""
    text = doc.article.text
    body = [(s, d) for s, d in doc.dates if d.basis in ("explicit", "relative")]
    if not body:
        return None
    first = next((s for s in doc.sentences if s.text.strip()), None)
    start = first.start if first is not None else 0
    lead = [(s, d) for s, d in body if s.start >= start and same_paragraph(text, start, s.start)]
    lead = [(s, d) for s, d in lead if not _said_on(text, s.start)] or lead  # the news, not the day it was said
    lead = [(s, d) for s, d in lead if not _ROSE_ON.search(text, max(0, s.start - 40), s.start)]  # nor the day a toll rose
    if not lead:
        return None
    span, date = lead[0]
    if date.precision not in _LEAD_PRECISIONS or date.start is None or date.end is None:
        return None
    published = doc.article.published
    if published is not None and not (published - dt.timedelta(days=_RECENT_DAYS) <= date.start and date.end <= published):
        return None
    return span, date


def _confidence(clause: Clause, perp: ActorRef | None, target: ActorRef | None, counts: list[CountMention], loc: Place | None) -> float:
    score = 0.35
    score += 0.15 if clause.modes - _WEAK else 0.0
    score += 0.15 if perp and perp.actor_id else (0.05 if perp else 0.0)
    score += 0.1 if target else 0.0
    score += 0.1 if counts else 0.0
    score += 0.1 if loc and loc.precision <= 2 else 0.0
    return round(min(score, 0.95), 2)


# Acts whose victims a following sentence may name ("… The victims were identified as …").
_NAMES_VICTIMS = frozenset(["attack", "armed_clash", "abduction", "remote_explosive", "suicide_bomb", "grenade", "air_drone_strike",
                            "shelling_artillery_missile", "sexual_violence", "chemical_weapon"])


def _add_named_victims(event: Event, sentence: str, finder: ArgumentFinder) -> None:
    """The people a sentence names as the victims of the act told just before it ("… killing three
    people. The victims were identified as X, Y and Z."): co-victims of that act (``arguments.named_victims``)."""
    if event.event_type not in _NAMES_VICTIMS:
        return
    have = [r for r in (event.actor2, *event.assoc_actor2) if r is not None]
    for ref in finder.named_victims(sentence):
        # people told apart by their words where they have no name of their own ("soldiers" beside "people")
        if any(ref.text.lower() == r.text.lower() or (ref.kind == ActorKind.PERSON and ref.name.lower() == r.name.lower()) for r in have):
            continue
        add_victim(event, ref)
        have.append(ref)
