"""Event detection: triggers → clauses → typed events with arguments, counts, place and date.

One event per clause that reports something happening. Triggers in the same clause (or in a
conjunct that shares its subject: "stormed the village and killed 12") are one event; the
sub-event type comes from the strongest mode present (a suicide bomb outranks the killing it
caused) and from the kinds of the two actors (an attack on soldiers is a clash, on villagers
an attack on civilians).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from tacitus.actors.generic import generic_name
from tacitus.actors.matcher import text_case
from tacitus.actors.resolve import ARMED_NON_STATE
from tacitus.dateline import dateline_end
from tacitus.events.arguments import (
    COUNTRY_AS_ACTOR,
    ArgumentFinder,
    full_name,
    same_mention,
    unnamed_assailant,
)
from tacitus.events.coref import merge_pair
from tacitus.events.counts import (
    CountMention,
    find_counts,
    lone_death,
    perpetrators_own,
    victim_count,
)
from tacitus.events.lexicon import RULES
from tacitus.events.modality import hedged, modality_of
from tacitus.events.numbers import add_counts
from tacitus.events.taxonomy import FAMILY_OF, interaction
from tacitus.model import (
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

ARMED = ARMED_NON_STATE | {ActorKind.STATE_FORCES, ActorKind.EXTERNAL}
EXPLOSIVE_MODES = ("suicide", "chemical", "air", "shelling", "grenade", "explosive")
VIOLENT_MODES = {"kill", "shoot", "attack", "battle", *EXPLOSIVE_MODES, "abduct", "sexual"}
_WEAK = {"attack", "group", "base", "withdraw", "battle", "riot", "intervene", "blast"}
# A present perfect with these is a state of affairs ("has seized large swathes of Iraq"), not news.
_STATE_OF_AFFAIRS = re.compile(r"\b(large\s+(?:swathes?|swaths?|parts?|areas?|tracts?)|much\s+of|most\s+of|vast\s+(?:areas?|swathes?)|repeatedly|frequently|often|regularly|"
                               r"long\s+been|increasingly|over\s+the\s+years|in\s+recent\s+(?:years|months))\b", re.I)
_FACILITY = re.compile(r"\b(checkpoints?|bases?|barracks|outposts?|positions?|convoys?|patrols?|garrisons?|military\s+posts?|police\s+(?:stations?|posts?)|"
                       r"army\s+camps?|military\s+camps?|(?:military|army|police)\s+vehicles?|tanks?|warships?|frigates?)\b", re.I)
_DISASTER = re.compile(
    r"\b(earthquakes?|quake|tsunami|volcan\w*|eruptions?|floods?|flooding|landslides?|mudslides?|avalanches?|cyclones?|hurricanes?|typhoons?|"
    r"tornado\w*|droughts?|wildfires?|bushfires?|(?:plane|car|bus|train|road|helicopter|vehicle)\s+crash\w*|crash(?:ed|es)\b|accident\w*|collisions?|derail\w*|capsiz\w*|"
    r"(?:gas|boiler|chemical|factory|plant|warehouse|fireworks|tanker|pipeline|cylinder|mine|coal|industrial)\s+(?:explosion|blast|leak|fire|spill)|"
    r"(?:plant|factory|warehouse|depot|refinery|boiler|container|cylinder)\s+(?:\w+\s+){0,2}explod\w*|chemical\s+(?:leak|spill|plant)|fire\s+broke\s+out|electrocut\w*|"
    r"stampede|covid(?:-19)?|coronavirus|pandemic|cholera|ebola|epidemic|plunged\s+(?:\w+\s+){0,3}(?:ravine|river|gorge)|"
    r"(?:mine|building|bridge|roof|wall|dam)\s+collapsed?|collapse\s+of\s+(?:a|an|the)\s+(?:\w+\s+)?(?:mine|building|bridge)|caught\s+fire|accidental\w*)\b",
    re.I,
)
# "coalition forces", "foreign troops": not the forces of the country where the event happens
_FOREIGN_FORCES = re.compile(r"\b(coalition|foreign|international|allied|multinational|peacekeeping|rebel|opposition|militia|"
                             r"UN|U\.N\.|NATO|AU|African\s+Union)\b", re.I)
_WARRANT = re.compile(r"\s+warrants?\b", re.I)  # "an arrest warrant" is not an arrest
_SEIZED = re.compile(r"\b(found|discovered|seized|confiscated|recovered|deactivated|defused|dismantled|uncovered|intercepted|neutrali[sz]ed|cache)\b", re.I)
_ATTACK_CONTEXT = re.compile(r"\b(attack\w*|bomb\w*|militant\w*|terror\w*|insurgent\w*|suicide|gunm[ae]n|rebels?|jihadist\w*|shelling|air\s*strikes?)\b", re.I)

# Sentences that talk about events without reporting a new one.
_CUMULATIVE = re.compile(
    r"\b(since\s+(?:19|20)\d\d|since\s+the\s+(?:start|beginning|outbreak)|since\s+(?:it|the\s+\w+)\s+(?:began|started|erupted)|"
    r"so\s+far\s+this\s+year|to\s+date|in\s+total|over\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years|months|decades?)|"
    r"(?:insurgency|conflict|war|violence|campaign|rebellion|crisis|fighting)\s+(?:has|have|had)\s+(?:\w+\s+){0,2}(?:killed|claimed|left|displaced|forced|cost)|"
    r"for\s+(?:months|years|decades)|(?:six|five|four|three|two|seven|eight|nine|ten|\d+)-year\s+(?:insurgency|conflict|war|campaign)|"
    r"(?:this|last)\s+year\s+alone|\b(?:in|during)\s+\w+\s+alone\b|every\s+(?:year|month|week|day)|annually|a\s+year\b)",
    re.I,
)
_NON_EVENT = re.compile(
    r"\b(anniversary|commemorat\w*|marks?\s+(?:\w+\s+){0,2}(?:years?|months?)\s+since|memorial\s+service|sentenced|convicted|acquitted|verdict|trials?|let\s+us\s+recall|recalled\s+that|tribunal|indicted|"
    r"court\s+(?:heard|ruled|found)|testified|hypothetical|in\s+the\s+event\s+of)\b",
    re.I,
)
_NEAR = re.compile(r"\b(near|outside|close\s+to|on\s+the\s+outskirts\s+of|outskirts\s+of|north\s+of|south\s+of|east\s+of|west\s+of|"
                   r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of|km\s+from|kilomet(?:er|re)s\s+from|miles\s+from|between)\s+(?:the\s+)?(?:\w+\s+)?$", re.I)


@dataclass
class Trigger:
    mode: str
    start: int  # sentence-relative offsets
    end: int
    weapon: str | None
    background: bool = False  # the grievance or backdrop of another trigger (see ``_background``)


# A protest or an agreement is often about violence it does not report: "rallied against the
# killing of ...", "agreed to a ceasefire after weeks of fighting", "in protest of the arrest".
_FRAMES = {"protest", "agree"}
_BACKDROP_PREPS = {"after", "following", "despite", "amid", "against", "over", "since", "before"}
_GRIEVANCE_PREPS = _BACKDROP_PREPS | {"of", "about", "for"}


@dataclass
class Clause:
    head: Any  # spaCy token or None
    triggers: list[Trigger] = field(default_factory=list)
    tokens: list[Any] = field(default_factory=list)

    @property
    def modes(self) -> set[str]:
        """The modes of the clause's triggers; in a protest or agreement, without the violence
        that is only its grievance or backdrop."""
        modes = {t.mode for t in self.triggers}
        if modes & _FRAMES:
            told = {t.mode for t in self.triggers if not t.background}
            if told & _FRAMES:
                return told
        return modes


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


_REACTION = {"condemn", "deplore", "denounce", "investigate", "probe", "mourn", "protest", "recall", "mention", "regret",
             "clarify", "solve", "punish", "link", "attribute", "blame", "accuse", "describe", "repudiate", "reject", "lament",
             "criticize", "criticise", "discuss", "forget", "remember", "commemorate", "avenge", "claim", "responsibility", "case",
             "inquiry", "enquiry", "investigation"}


def is_reference(clause: Clause) -> bool:
    """Every trigger is a noun governed by a reaction ("condemned the murder of …")."""
    if not clause.tokens:
        return False
    for tok in clause.tokens:
        if tok.pos_ not in ("NOUN", "PROPN"):
            return False
        governors = [tok.head, tok.head.head] if tok.head.pos_ == "ADP" else [tok.head]
        if tok.head.pos_ == "ADP":  # "opened an inquiry into the abduction": the object of the verb the preposition hangs on
            governors += [c for c in tok.head.head.children if c.dep_ == "dobj"]
        if not any(g.lemma_.lower() in _REACTION for g in governors):
            return False
    return True


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


def is_damage(clause: Clause, sentence: str) -> bool:
    """The clause only tells of destruction ("the blast destroyed two shops", "set the building on fire"):
    when it follows an attack, it is what that attack did."""
    return ("loot" in clause.modes and clause.modes <= {"loot", "blast"}
            and all(_DAMAGE.fullmatch(sentence[t.start : t.end]) for t in clause.triggers if t.mode == "loot"))


_VIOLENT_FAMILIES = {"battles", "explosions_remote_violence", "violence_against_civilians"}


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


def _same_kind(a: str, b: str) -> bool:
    """The same sub-event type, or two readings of one fight ("the ambush" after "the clash")."""
    return a == b or {a, b} <= {"attack", "armed_clash"}


def fold_back(events: list[Event], anaphors: set[str], damage: set[str]) -> list[Event]:
    """Fold an anaphoric mention into the latest earlier report of its family, and the damage an
    attack did into the latest violent event at most two sentences before it. With nothing to fold
    into, the mention stands as the report."""
    out: list[Event] = []
    for ev in events:
        host = None
        if ev.id in anaphors:
            host = next((i for i in range(len(out) - 1, -1, -1) if _same_kind(out[i].event_type, ev.event_type)), None)
        elif ev.id in damage:
            host = next((i for i in range(len(out) - 1, -1, -1)
                         if FAMILY_OF[out[i].event_type] in _VIOLENT_FAMILIES and 0 <= ev.sentence - out[i].sentence <= 2), None)
        if host is None:
            out.append(ev)
        else:
            out[host] = merge_pair(out[host], ev)
    return out


def blocked(sentence: str) -> str | None:
    """Why a sentence reports no new event (cumulative figures, trials, anniversaries, disasters), or None."""
    if _DISASTER.search(sentence) and not _ATTACK_CONTEXT.search(sentence):
        return "disaster"
    if _CUMULATIVE.search(sentence):
        return "cumulative"
    if _NON_EVENT.search(sentence):
        return "non_event"
    return None


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
        if cur.pos_ in ("ADP", "SCONJ") and cur.lower_ in _BACKDROP_PREPS:
            return True
        if cur.pos_ in ("VERB", "AUX"):
            return False  # another verb's clause: "marched and smashed windows" is told, not backdrop
    return False


def group_triggers(triggers: list[Trigger], sdoc: Any) -> list[Clause]:
    clauses: dict[int, Clause] = {}
    order: list[int] = []
    frame_tokens = {t.i for trig in triggers if trig.mode in _FRAMES and sdoc is not None
                    for t in sdoc if t.idx < trig.end and t.idx + len(t.text) > trig.start}
    for trig in triggers:
        tok = token_at(sdoc, trig.start, trig.end) if sdoc is not None else None
        head = clause_head(tok) if tok is not None else None
        if tok is not None and head is not None and trig.mode not in _FRAMES:
            trig.background = _background(tok, head, frame_tokens)
        key = head.i if head is not None else -1
        # a conjunct verb without its own subject continues the clause it is joined to
        # a conjunct or participle without its own subject continues its head's clause
        # ("stormed the village and killed 12", "detonated a bomb, killing three officers",
        # "dispersed supporters protesting over ...")
        while head is not None and (head.dep_ == "conj" or (head.dep_ in ("advcl", "xcomp", "acl") and head.tag_ == "VBG")) \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children) and clause_head(head.head).i in clauses:
            head = clause_head(head.head)
            key = head.i
        if key not in clauses:
            clauses[key] = Clause(head)
            order.append(key)
        clauses[key].triggers.append(trig)
        if tok is not None:
            clauses[key].tokens.append(tok)
    return [clauses[k] for k in order]


@dataclass(frozen=True)
class Signals:
    """What the clause says beyond its trigger modes, for typing."""

    killed: bool = False
    armed_victims: bool = False  # every person counted as a victim is armed ("12 soldiers were killed")
    facility: bool = False  # a checkpoint, base or patrol was hit
    armed_actors: int = 0  # distinct armed actors in the clause


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
    protest = "protest" in modes or pk in (ActorKind.PROTESTERS, ActorKind.RIOTERS) or tk == ActorKind.PROTESTERS
    if protest and modes & {"protest", "riot", "intervene", "force", "kill", "shoot", "arrest", "battle", "mob", "attack"}:
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
        if modes & {"intervene", "arrest"}:
            return "protest_with_intervention"
        return "peaceful_protest"
    if "mob" in modes:
        return "mob_violence"
    if "riot" in modes and not modes & VIOLENT_MODES - {"attack"}:
        return "violent_demonstration"
    if "disrupt" in modes and not killed:
        return "disrupted_weapons_use"
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
    if "regain" in modes or ("capture" in modes and pk == ActorKind.STATE_FORCES):
        return "government_regains_territory"
    if "capture" in modes:
        return "non_state_actor_overtakes_territory"
    if "abduct" in modes and not killed:
        return "abduction"
    if "loot" in modes and not killed and not modes & {"kill", "shoot"}:
        return "looting_property_destruction"
    if modes & {"kill", "shoot", "attack", "battle"}:
        if pk in (ActorKind.CIVILIANS, ActorKind.PROTESTERS):
            pk = None
        armed_target = tk in ARMED or signals.armed_victims or signals.facility
        if armed_target and pk != ActorKind.CIVILIANS:
            return "armed_clash"
        if "battle" in modes and (pk in ARMED or signals.armed_actors >= 2) and tk != ActorKind.CIVILIANS:
            return "armed_clash"
        if "battle" in modes and not modes & {"kill", "shoot", "attack"} and tk is None:
            return "armed_clash"
        return "attack"
    for mode, code in (("abduct", "abduction"), ("arrest", "arrest"), ("agree", "agreement"), ("loot", "looting_property_destruction"),
                       ("base", "headquarters_established"), ("withdraw", "non_violent_territory_transfer"),
                       ("group", "change_to_group_activity")):
        if mode in modes:
            return code
    return None


def event_id(article_id: str, sentence: int, n: int) -> str:
    return hashlib.sha1(f"{article_id}:{sentence}:{n}".encode()).hexdigest()[:16]


class EventExtractor:
    """Extracts the events of one document; holds no state between documents."""

    def __init__(self, country_names: dict[str, str], country_place: Callable[[str], Place | None] | None = None,
                 common_words: frozenset[str] = frozenset(), demonyms: dict[str, str] | None = None) -> None:
        self.demonyms = demonyms or {}
        self.country_names = country_names
        self.country_place = country_place
        self.common_words = common_words
        self._text = ""

    def _name_test(self, doc: Document) -> Callable[[Any], bool]:
        """Whether a token is part of a name: PROPN in mixed case; in ALL-CAPS or lower-case text,
        where the tagger cannot see capitals, a word that is not ordinary English."""
        if text_case(doc.article.text) == "mixed" or not self.common_words:
            return lambda tok: tok.pos_ == "PROPN"
        common = self.common_words
        return lambda tok: (tok.is_alpha and len(tok.text) > 2 and tok.lower_ not in common and tok.lemma_.lower() not in common
                            and tok.pos_ in ("PROPN", "NOUN", "ADJ", "X"))
        self._clauses: list[Clause] = []

    def extract(self, doc: Document) -> list[Event]:
        events: list[Event] = []
        references: set[str] = set()
        anaphors: set[str] = set()  # "the kidnapping took place on 30 December": an event told before
        damage: set[str] = set()  # "the blast destroyed three shops": what an attack did, not a new event
        self._text = doc.article.text
        text = doc.article.text
        parsed: dict[int, Any] = doc.spacy or {}
        head_end = dateline_end(text)  # "CHIANG MAI, Thailand —": where it was filed, never who acted
        name_test = self._name_test(doc)  # the article's case, read once
        for sent in doc.sentences:
            sdoc = parsed.get(sent.index)
            if sdoc is None:
                continue
            names = [(r.start - sent.start, (r.end or 0) - sent.start, r.name.lower()) for r in doc.actors
                     if r.actor_id and r.start is not None and sent.start <= r.start < sent.end and r.text.lower() != r.text]
            # "National Liberation Front" names a group; it reports no liberation ("Iraqi jets struck" does report)
            triggers = [t for t in find_triggers(sent.text)
                        if not any(a <= t.start < b and sent.text[t.start : t.end].lower().split()[0] in name for a, b, name in names)
                        and not (t.mode == "arrest" and _WARRANT.match(sent.text, t.end))]
            if not triggers or sent.text.rstrip().rstrip("\"'”’)] ").endswith("?"):
                continue  # a question asks; it reports nothing
            reason = blocked(sent.text)
            counts = find_counts(sent.text)
            refs = [r for r in doc.actors if r.start is not None and max(sent.start, head_end) <= r.start < sent.end]
            previous = [r for r in doc.actors if r.start is not None and r.start < sent.start]
            countries = [p for p in doc.places if p.feature == "country" and p.start is not None and max(sent.start, head_end) <= p.start < sent.end]
            finder = ArgumentFinder(refs, sent.start, previous, text, name_test, countries, self.country_names, head_end)
            clauses = group_triggers(triggers, sdoc)
            self._clauses = clauses
            owned = _assign_counts(counts, clauses)
            for n, clause in enumerate(clauses):
                ev = self._event(doc, sent, clause, owned.get(id(clause), []), finder, n, reason)
                if ev is not None:
                    events.append(ev)
                    if is_reference(clause):
                        references.add(ev.id)
                    elif is_anaphoric(clause) and not owned.get(id(clause)) and not _names_someone(ev):
                        anaphors.add(ev.id)
                    elif is_damage(clause, sent.text) and ev.actor1 is None:
                        damage.add(ev.id)  # "the blast destroyed…"; "the group set fire to…" is an act of its own
        # "condemned the assassination", "investigating the murder": a reaction to an event the
        # article reports elsewhere; standing alone, it is the only report of that event.
        reported_families = {FAMILY_OF[e.event_type] for e in events if e.id not in references | anaphors}
        kept = [e for e in events if e.id not in references or FAMILY_OF[e.event_type] not in reported_families]
        kept = fold_back(kept, anaphors, damage)
        return attribute_claims(kept, doc)

    def _event(self, doc: Document, sent: Sentence, clause: Clause, counts: list[CountMention], finder: ArgumentFinder,
               n: int, reason: str | None) -> Event | None:
        head = clause.head
        main = next((t for t in clause.tokens if t.pos_ in ("VERB", "NOUN", "PROPN")), head)
        perps: list[ActorRef] = []
        targets: list[ActorRef] = []
        things: list[PhysicalTarget] = []
        for tok in [*clause.tokens, head]:
            if tok is None:
                continue
            perps = perps or finder.perpetrators(tok)
            targets = targets or finder.targets(tok)
            things = things or finder.physical_targets(tok)
        if clause.modes & {"battle", "agree"} and len(perps) > 1 and not targets:
            # "fighting between the army and the RSF", "Ethiopia and Eritrea agreed": two sides
            perps, targets = [perps[0], *perps[2:]], [perps[1]]
        perp = perps[0] if perps else None
        target = targets[0] if targets else None
        if perp is not None and target is not None and same_mention(perp, target):
            target = None
            targets = []
        if perp is not None and perp.kind == ActorKind.CIVILIANS and not clause.modes & {"protest", "riot", "mob", "agree"}:
            if unnamed_assailant(perp):
                # "shot by two men", "unknown individuals kidnapped…": people the text does not
                # name, doing violence, are an unidentified armed group (ACLED's convention)
                perp = replace(perp, kind=ActorKind.REBEL, name="Unidentified Armed Group")
            else:
                # civilians are not the perpetrators of violence in ACLED's scheme: the noun is the victim
                target, perp = target or perp, None
        tpos = sent.start + clause.triggers[0].start
        if perp is None and clause.modes & {"air", "shelling", "explosive", "blast", "chemical"}:
            perp = self._weapon_owner(doc, sent, clause)
        if perp is None:
            suffering = [span for tok in clause.tokens if tok is not None for span in finder.patient_spans(tok)]
            cand = finder.nearest(tpos, before=True, kinds=set(ARMED), avoid=suffering)
            if cand is not None and not same_mention(cand, target):
                perp = cand
        if target is None:
            cand = finder.nearest(sent.start + clause.triggers[-1].end, before=False)
            if cand is not None and not same_mention(cand, perp) and cand.kind not in (ARMED_NON_STATE if perp and perp.kind in ARMED_NON_STATE else set()):
                target = cand
        if reason == "disaster":
            return None
        said_dead: Count | None = None
        if not any(c.category == "fatalities" for c in counts) and clause.modes & {"kill"} and target is not None \
                and target.start is not None and ((bool(targets) and target is targets[0]) or _victim_of(sent, clause, target)):
            # "assassinated Hector Oqueli", "six Jesuits were murdered": the victim phrase gives the dead
            said = self._victims_said(doc, sent, clause, targets if targets and target is targets[0] else [target])
            said_dead = said  # the toll only: typing and filtering still see the count phrases alone
        if said_dead is None and not any(c.category == "fatalities" for c in counts):
            said_dead = lone_death([head, *clause.tokens], self.common_words)  # "Judge X died after he was shot"
        if not any(c.category == "fatalities" for c in counts) and clause.modes & {"kill"} and target is not None \
                and target.kind == ActorKind.PERSON and not target.text.lower().endswith("s"):
            # "assassinated Hector Oqueli": one named victim, one death ("… and Gilda Flores": each one named)
            one = said_dead if said_dead is not None and (said_dead.best or 0) > 1 else Count(1, 1, 1, None, target.text)
            counts = [*counts, CountMention("fatalities", one, 0, 0, target.text, False)]
        fatal = _total(counts, "fatalities")
        victims_counted = [c for c in counts if c.category in ("fatalities", "injured")]
        lo, hi = clause_region(sent, clause, self._clauses)
        region = doc.article.text[lo:hi]
        signals = Signals(
            killed=bool(fatal and (fatal.best or 0) > 0),
            armed_victims=bool(victims_counted) and all(c.armed for c in victims_counted),
            facility=bool(_FACILITY.search(doc.article.text[sent.start + clause.triggers[0].end : hi])),
            armed_actors=len({r.actor_id or r.name for r in finder.refs if r.kind in ARMED and lo <= (r.start or 0) < hi}),
        )
        modes = set(clause.modes)
        if modes & {"grenade", "explosive", "blast", "shelling"} and _SEIZED.search(region) and not signals.killed:
            modes.add("disrupt")  # "five grenades ... were found", "explosives ... were deactivated"
        etype = decide_type(modes, perp, target, signals)
        if etype is None:
            return None
        strong = bool(modes - _WEAK) or bool(counts)
        anchored = bool(perp and (perp.actor_id or perp.kind in ARMED)) or bool(target and target.actor_id)
        if not strong and not anchored:
            return None

        if reason == "cumulative" and counts:
            return None  # a running total, not one day's event
        if reason == "non_event" and etype != "arrest":
            return None
        modality, negated = modality_of(main) if main is not None else (Modality.REPORTED, False)
        if modality == Modality.REPORTED and hedged(sent.text):
            modality = Modality.HEDGED
        if reason == "cumulative":
            modality = Modality.HYPOTHETICAL if modality == Modality.REPORTED else modality
        if _present_perfect_background(head, counts, doc, sent):
            return None
        if _in_quote(doc.article.text, sent.start + clause.triggers[0].start) and not counts:
            return None  # rhetoric in a quoted statement ("we are fighting the crusaders")
        location = self._location(doc, sent, clause, perp, target)
        date = _date_for(doc, sent, clause)
        country = location.country if location else None
        perp = self._finish_actor(_state_for(perp, etype), country)
        target = self._finish_actor(_state_for(target, etype), country)
        # co-perpetrators and co-victims, while the main actors are the ones the parse gave
        assoc1 = [a for a in (self._finish_actor(r, country) for r in perps[1:]) if a is not None] if perp is not None and perps and perps[0].start == perp.start else []
        assoc2 = [a for a in (self._finish_actor(r, country) for r in targets[1:]) if a is not None] if target is not None and targets and targets[0].start == target.start else []
        state = bool(perp and perp.kind == ActorKind.STATE_FORCES)
        victims = [c for c in counts if not perpetrators_own(c, state)] if etype not in ("armed_clash",) else counts
        ev = Event(
            id=event_id(doc.article.id, sent.index, n),
            event_type=etype,
            event_family=FAMILY_OF[etype],
            actor1=perp,
            actor2=target,
            assoc_actor1=assoc1,
            assoc_actor2=assoc2,
            physical_targets=things if etype in _STRIKES_PROPERTY else [],
            location=location,
            date=date,
            fatalities=_total(victims, "fatalities") or _total(counts, "fatalities") or said_dead,
            injured=_total(victims, "injured"),
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
        return ev

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
            m = re.search(r"([A-Z][a-z]+(?:-led)?)\s+(?:\w+\s+)?$", before)
            if not m:
                continue
            iso = self.demonyms.get(m.group(1).lower().removesuffix("-led"))
            if iso and iso in self.country_names:
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
                actor_id = f"{'police' if name.startswith('Police') else 'military'}_{iso.lower()}"
            return ActorRef(name=name, text=ref.text, kind=ref.kind, actor_id=actor_id, country=iso, start=ref.start,
                            end=ref.end, score=ref.score)
        return ref

    def _location(self, doc: Document, sent: Sentence, clause: Clause, perp: ActorRef | None, target: ActorRef | None) -> Place | None:
        actor_spans = [(r.start or 0, r.end or 0) for r in doc.actors if r.actor_id]
        dl_start = doc.dateline.start if doc.dateline is not None else None
        in_sent = [p for p in doc.places if p.start is not None and sent.start <= p.start < sent.end
                   and not any(a <= (p.start or 0) < b for a, b in actor_spans)]
        if any(p.start != dl_start for p in in_sent):
            # the dateline says where the report was filed; a place the sentence itself names wins
            in_sent = [p for p in in_sent if p.start != dl_start]
        lo, hi = clause_region(sent, clause, self._clauses)
        in_clause = [p for p in in_sent if lo <= (p.start or 0) < hi]
        if in_sent and not in_clause and len(self._clauses) > 1:
            in_sent = []
        elif in_clause:
            in_sent = in_clause
        if in_sent:
            tpos = sent.start + clause.triggers[0].start
            # prefer places after the trigger ("attacked a village near Tikrit"), towns over countries
            ranked = sorted(in_sent, key=lambda p: (_granularity(p), abs((p.start or 0) - tpos) + (0 if (p.start or 0) >= tpos else 40)))
            best = ranked[0]
            prefix = doc.article.text[max(sent.start, (best.start or 0) - 40) : best.start or 0]
            if best.precision == 1 and _NEAR.search(prefix):
                best = _with_precision(best, 2)
            return best
        para_places = [p for p in doc.places if p.start is not None and p.start < sent.start and _same_paragraph(doc.article.text, p.start, sent.start)]
        if para_places:
            return _with_precision(min(para_places, key=lambda p: (p.precision, sent.start - (p.start or 0))), None)
        if doc.dateline is not None:
            return doc.dateline  # relocate() decides, after merging, whether the town or its country
        return self._actor_country(perp) or self._article_country(doc)

    def _dateline_fallback(self, doc: Document) -> Place:
        """Where an event the text does not place goes, given a dateline: the dateline town when
        the story names it again (it is about that town), else only the dateline's country (a
        dateline the story never returns to says where the report was filed, not where it happened)."""
        dl = doc.dateline
        assert dl is not None
        again = any(p.start != dl.start and (p.name == dl.name or (dl.geonameid is not None and p.geonameid == dl.geonameid))
                    for p in doc.places)
        if again or dl.feature == "country" or not dl.country or self.country_place is None:
            return dl
        return self.country_place(dl.country) or dl

    def relocate(self, events: list[Event], doc: Document) -> list[Event]:
        """Events whose place is only a mention that cannot say where they happened (an adjective,
        the place of a briefing) move to the dateline or the article's main country. Done after
        the events of an article are merged, so that it changes where, never how many."""
        text = doc.article.text
        countries = [p for p in doc.places if p.feature == "country" and where_it_happened(p, text)]
        dl = doc.dateline
        for ev in events:
            if dl is not None and ev.location is not None and ev.location.start == dl.start:
                ev.location = self._dateline_fallback(doc)
                continue
            if ev.location is None or ev.location.start is None or where_it_happened(ev.location, text):
                continue
            if doc.dateline is not None:
                ev.location = self._dateline_fallback(doc)
            elif countries:
                from collections import Counter

                iso, _ = Counter(p.country for p in countries).most_common(1)[0]
                ev.location = next(p for p in countries if p.country == iso)
            else:
                ev.location = None
        return events

    def _actor_country(self, perp: ActorRef | None) -> Place | None:
        """A perpetrator that operates in one country places its event there (precision 3)."""
        if perp is None or not perp.country or self.country_place is None:
            return None
        return self.country_place(perp.country)

    def _article_country(self, doc: Document) -> Place | None:
        countries = [p for p in doc.places if p.feature == "country"]
        if countries:
            from collections import Counter

            iso, _ = Counter(p.country for p in countries).most_common(1)[0]
            return next(p for p in countries if p.country == iso)
        return None


_ADJECTIVAL = re.compile(r"^(?:-based|-born|-led|-backed|-funded|-owned|-made|-registered|\s*-\s*based)", re.I)
_OWNED_NOUN = re.compile(r"\s+(?:troops|forces|soldiers|servicem[ae]n|officials?|embass(?:y|ies)|missions?|consulates?|diplomats?|citizens|nationals|"
                         r"government|army|military|navy|president|authorities|compan(?:y|ies)|firms?|officers?|police|ambassador|envoy|minister|"
                         r"delegation|warplanes?|jets|drones?|interests|bases?|aid\s+workers?|contractors?|journalists?)\b", re.I)
_LOCATIVE = re.compile(r"\b(?:in|into|across|throughout|inside|near|to|from|within|over|outside|at|of|on)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)
_REPORTED_FROM = re.compile(r"\b(?:briefing|press\s+conference|news\s+conference|speaking|statement|interview|summit|meeting|conference|"
                            r"told\s+reporters|said)\s+(?:\w+\s+){0,2}(?:in|from|at)\s+$", re.I)


def where_it_happened(place: Place, text: str) -> bool:
    """Whether a place mention can say where an event happened: not "a Britain-based group", not
    "told reporters in Washington", and a country only after a locative word ("in Iraq"), never
    as an adjective ("U.S. officials", "French missions")."""
    start, end = place.start or 0, place.end or 0
    if _ADJECTIVAL.match(text[end : end + 12]):
        return False
    if place.feature == "country" and _OWNED_NOUN.match(text, end):
        return False  # "near the French and U.S. missions": the country owns the noun, it is not the place
    if _REPORTED_FROM.search(text[max(0, start - 40) : start]):
        return False
    return not (place.feature == "country" and not _LOCATIVE.search(text[max(0, start - 40) : start]))


def clause_region(sent: Sentence, clause: Clause, clauses: list[Clause]) -> tuple[int, int]:
    """Article offsets of the stretch of the sentence that belongs to ``clause``: from the end of the
    previous clause's last trigger to the start of the next clause's first trigger."""
    i = next((k for k, c in enumerate(clauses) if c is clause), 0)
    lo = sent.start + (clauses[i - 1].triggers[-1].end if i > 0 else 0)
    hi = sent.start + clauses[i + 1].triggers[0].start if i + 1 < len(clauses) else sent.end
    return lo, hi


def _granularity(place: Place) -> int:
    """How fine a mention is as a name, whatever its coordinates: a town (even one known only by
    name, placed at a larger area's point) before a district before a province or country."""
    if place.feature in ("country", "admin1", "region"):
        return 3
    return 2 if place.feature == "admin2" else 1


def _with_precision(place: Place, precision: int | None) -> Place:
    from dataclasses import replace

    return replace(place, precision=max(place.precision, precision or place.precision))


def _same_paragraph(text: str, a: int, b: int) -> bool:
    return "\n\n" not in text[a:b]


def _present_perfect_background(head: Any, counts: list[CountMention], doc: Document, sent: Sentence) -> bool:
    """"ISIS has seized large swathes of Iraq": a state of affairs, not an event, unless it is counted or placed."""
    if head is None or counts:
        return False
    aux = [c.lower_ for c in head.children if c.dep_ == "aux"]
    if not any(a in ("has", "have", "'ve") for a in aux):
        return False
    return bool(_STATE_OF_AFFAIRS.search(sent.text))


_CLAIM = re.compile(r"\b(?:claimed|claims|claiming|admitted|took)\s+(?:\w+\s+){0,2}responsibility\b|\bresponsibility\s+was\s+claimed\s+by\b", re.I)


def attribute_claims(events: list[Event], doc: Document) -> list[Event]:
    """"Islamic State claimed responsibility": the claimant is the perpetrator of the violent events
    that have no named one (one claimant per article; the modality says it is a claim)."""
    claimants = []
    for sent in doc.sentences:
        m = _CLAIM.search(sent.text)
        if not m:
            continue
        pos = sent.start + m.start()
        named = [r for r in doc.actors if r.actor_id and r.kind in ARMED_NON_STATE and r.start is not None and sent.start <= r.start < sent.end]
        before = [r for r in named if (r.end or 0) <= pos] or [r for r in named if (r.start or 0) > pos and "by" in sent.text[m.end() - sent.start - 3 : m.end() - sent.start + 4]]
        if before:
            claimants.append(before[-1])
    if len({c.actor_id for c in claimants}) != 1:
        return events
    claimant = claimants[0]
    out = []
    for ev in events:
        if ev.event_family in ("violence_against_civilians", "explosions_remote_violence", "battles") and (ev.actor1 is None or not ev.actor1.actor_id):
            ev.actor1 = ActorRef(name=claimant.name, text=claimant.text, kind=claimant.kind, actor_id=claimant.actor_id,
                                 country=claimant.country, start=claimant.start, end=claimant.end, score=claimant.score * 0.9)
            if ev.modality == Modality.REPORTED:
                ev.modality = Modality.CLAIMED
        out.append(ev)
    return out


def _in_quote(text: str, pos: int) -> bool:
    """Whether offset ``pos`` lies inside a quotation (quotes are counted from the paragraph start)."""
    before = text[text.rfind("\n\n", 0, pos) + 1 : pos]
    straight = before.count('"') % 2 == 1
    curly = before.count("“") > before.count("”")
    return straight or curly


def _assign_counts(counts: list[CountMention], clauses: list[Clause]) -> dict[int, list[CountMention]]:
    """Each count goes to the clause whose trigger is nearest (before it, preferably)."""
    owned: dict[int, list[CountMention]] = {}
    for c in counts:
        best, best_d = None, 10**9
        for cl in clauses:
            for t in cl.triggers:
                d = c.start - t.end if t.end <= c.start else (t.start - c.end) + 15
                if c.start <= t.start < c.end or t.start <= c.start < t.end:
                    d = 0
                d = abs(d)
                if d < best_d:
                    best, best_d = cl, d
        if best is not None:
            owned.setdefault(id(best), []).append(c)
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


def _date_for(doc: Document, sent: Sentence, clause: Clause) -> DateSpan | None:
    in_sent = [(s, d) for s, d in doc.dates if sent.start <= s.start < sent.end and d.basis != "cumulative"]
    if in_sent:
        tpos = sent.start + clause.triggers[0].start
        return min(in_sent, key=lambda sd: abs(sd[0].start - tpos))[1]
    para = [(s, d) for s, d in doc.dates if s.start < sent.start and _same_paragraph(doc.article.text, s.start, sent.start)]
    if para:
        return para[-1][1]
    from tacitus.dates import before_publication

    return before_publication(doc.article.published)


def _confidence(clause: Clause, perp: ActorRef | None, target: ActorRef | None, counts: list[CountMention], loc: Place | None) -> float:
    score = 0.35
    score += 0.15 if clause.modes - _WEAK else 0.0
    score += 0.15 if perp and perp.actor_id else (0.05 if perp else 0.0)
    score += 0.1 if target else 0.0
    score += 0.1 if counts else 0.0
    score += 0.1 if loc and loc.precision <= 2 else 0.0
    return round(min(score, 0.95), 2)
