"""Article-level passes over the events one article's clauses gave.

The extractor reads one clause at a time; these passes read the article's events together: a mention
that points back at an act told before folds into it ("the bombing came a day after…"), a reaction
("condemned the murder of…") joins the act it is about, a claim names its doer, a toll sentence with no
act of its own gives its counts to the act before it. Each is a function from the list of events (and
the document) to a new list; the extractor runs the first group, the pipeline runs the toll passes
after merging, when an event is the whole incident.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, replace

from tacitus.actors.generic import GENERIC, generic_name, state_force_id, unknown_doer
from tacitus.actors.resolve import ARMED_NON_STATE, BRANCH_OF, MODIFIER_AFTER
from tacitus.dateline import dateline_end
from tacitus.dates import PAST_DAYS, long_past
from tacitus.events.coref import (
    INCIDENT,
    TOLD_BEFORE,
    UNDATED,
    counts_differ,
    dates_agree,
    merge_pair,
    opens_apart,
    own_target,
    same_victim,
    separate,
)
from tacitus.events.counts import DEATH_TOLL, CountMention, find_counts, within_the_toll
from tacitus.events.lexicon import AIRCRAFT_NOUN
from tacitus.events.nonevents import blocked
from tacitus.events.numbers import add_counts
from tacitus.events.taxonomy import ARMED, FAMILY_OF, VIOLENT_FAMILIES
from tacitus.geo.usage import moved_to, reference_point, where_it_happened, written_near
from tacitus.model import (
    FACTUAL,
    ActorKind,
    ActorRef,
    Count,
    Document,
    Event,
    Modality,
    Place,
    Sentence,
    Span,
)
from tacitus.saying import SAID

# the plain words for a blast ("the bombing", "the explosion") read as a roadside bomb; said again
# after a suicide bombing, a grenade or an air strike, they name that act
_BOMBS = frozenset(["suicide_bomb", "remote_explosive", "grenade", "air_drone_strike", "shelling_artillery_missile"])

def _same_kind(a: str, b: str) -> bool:
    """The same sub-event type, or two readings of one fight ("the ambush" after "the clash") or of one
    blast ("the bombing" after a suicide bombing); ``b`` is the later mention."""
    return a == b or {a, b} <= {"attack", "armed_clash"} or (b == "remote_explosive" and a in _BOMBS)

def _family_group(event_type: str) -> str:
    """Political violence is one group for references: "responsibility for the attack" refers to the
    bombing the article reported, whichever violent family each was typed in."""
    family = FAMILY_OF[event_type]
    return "violence" if family in VIOLENT_FAMILIES else family

_DAMAGE_REACH = 5  # sentences: damage told after an attack, in the same passage

_BY_BEFORE = re.compile(r"\bby\s+(?:[\w'’-]+\s+){0,4}$", re.I)

def _agent_named(ev: Event) -> bool:
    """The mention names its doer after "by" ("the raid was led by a band of gunmen")."""
    doer, told = ev.actor1, ev.evidence
    if doer is None or doer.start is None or told is None or not told.start <= doer.start < told.end:
        return False
    return _BY_BEFORE.search(told.text, 0, doer.start - told.start) is not None

def fold_back(events: list[Event], anaphors: set[str], damage: set[str]) -> list[Event]:
    """Fold an anaphoric mention into the latest earlier report of its family, and the damage an
    attack did into the latest violent event a few sentences before it, or into one told later in
    the same sentence ("two vehicles were destroyed following the explosion of two bombs"). With
    nothing to fold into, the mention stands as the report."""
    out: list[Event] = []
    waiting: dict[str, list[Event]] = {}  # damage told before its attack, in one sentence
    for k, ev in enumerate(events):
        host = None
        if ev.id in anaphors:
            host = next((i for i in range(len(out) - 1, -1, -1) if _same_kind(out[i].event_type, ev.event_type)), None)
        elif ev.id in damage:
            host = next((i for i in range(len(out) - 1, -1, -1)
                         if FAMILY_OF[out[i].event_type] in VIOLENT_FAMILIES and 0 <= ev.sentence - out[i].sentence <= _DAMAGE_REACH), None)
            later = next((e for e in events[k + 1:] if e.sentence == ev.sentence and e.id not in damage
                          and FAMILY_OF[e.event_type] in VIOLENT_FAMILIES), None)
            if host is None and later is not None:
                waiting.setdefault(later.id, []).append(ev)
                continue
        if host is None:
            for told in waiting.pop(ev.id, []):
                ev = merge_pair(ev, told)
            out.append(ev)
        else:
            # "the blast" told again after a suicide bombing ("lost some of its guards in the blast"): the party
            # near so loose a mention is as often the one that suffered, so it lends no doer
            # (a named group's claim of it does: "JNIM said it had carried out the raid")
            # (or its own word that its people did it: "Amaq said one of its fighters had carried out the bombing")
            owned = ev.actor1 is not None and bool(ev.actor1.actor_id) and ev.actor1.kind in ARMED_NON_STATE and ev.evidence is not None \
                and ((ev.modality == Modality.CLAIMED and _claims(ev.evidence.text)) or bool(_OWNED_UP.search(ev.evidence.text)))
            loose = ev.id in anaphors and out[host].event_type != ev.event_type and not _agent_named(ev) and not owned
            told_back = replace(ev, actor1=None) if loose else ev
            if ev.id in anaphors and _placed_by_the_other_act(ev):
                told_back = replace(told_back, location=None)
            for told in [told_back, *waiting.pop(ev.id, [])]:
                out[host] = merge_pair(out[host], told)
            if owned and out[host].actor1 is ev.actor1 and out[host].modality == Modality.REPORTED:
                out[host] = replace(out[host], modality=Modality.CLAIMED)  # the doer is who owned up to it
    return out

# "The bombing came a day after government troops drove the militants out of Gayweerow": what follows is another act
_CAME_AFTER = re.compile(r"\b(?:came|comes|followed|occurred|happened|took\s+place)\s+(?:(?:just|only|barely|a|an|one|two|three|few|"
                         r"days?|hours?|weeks?|shortly|soon|minutes?)\s+){0,3}(?:after|before)\b", re.I)


def _placed_by_the_other_act(ev: Event) -> bool:
    """The mention's place is written in a clause about another act it is dated against ("The bombing came a day
    after troops drove the militants out of Gayweerow"): the place is that act's, not the one referred to."""
    loc, evd = ev.location, ev.evidence
    if loc is None or loc.start is None or evd is None:
        return False
    m = _CAME_AFTER.search(evd.text)
    return m is not None and evd.start + m.end() <= loc.start


# the outcomes a sentence with no trigger of its own may add to the event before it
_TOLL_WORD = re.compile(r"\b(?:killed|dead|died|deaths|wounded|injured|hurt|toll)\b", re.I)

# a later total of the same dead: "by Sunday the toll had climbed to 21", "bringing the death toll to 13"

_TOLL_CATEGORIES = ("fatalities", "injured")
_AMONG_THE_DEAD = re.compile(r"\bamong\s+(?:the|those)\s+(?:dead|killed|victims|fatalities)\b", re.I)

_TAKING = frozenset({"abduction", "sexual_violence"})  # violent acts a toll of dead and wounded is rarely the toll of

_TOLL_REACH = 3  # sentences

def fold_tolls(events: list[Event], doc: Document) -> list[Event]:
    """A sentence that counts dead or wounded with no event of its own ("Twenty-eight people were injured
    in the capital") tells the toll of the violent event told just before it: its counts go to that event
    where it has none of that kind, or add to the count an earlier such sentence gave it when this one
    counts more people ("18 soldiers were also wounded"). Running totals, the attackers' own dead and
    sentences held back as no event (cumulative figures, trials) stay out. Run on the article's merged
    events, so that the event is the whole incident."""
    text = doc.article.text
    head_end = dateline_end(text)
    told = {s.start: s.index for s in doc.sentences}
    published = doc.article.published
    reporting = {i for ev in events for i in (ev.sentence, *(told.get(s.start) for s in ev.extra_evidence)) if i is not None}
    folded: set[tuple[str, str]] = set()  # (event id, category) given by a toll sentence here
    for sent in doc.sentences:
        if sent.index in reporting or sent.end <= head_end or not _TOLL_WORD.search(sent.text) or blocked(sent.text):
            continue  # a sentence that reports an event had its own chance to tell its toll
        if any(sent.start <= span.start < sent.end and long_past(date, published) for span, date in doc.dates) \
                or _past_year_only(sent, doc):
            continue  # "the war broke out in April 2023 and has killed tens of thousands": history, no toll of the news
        counts = find_counts(sent.text)
        if not counts:
            continue
        # (the event told before this sentence, also where a later sentence told it again: a source's other
        # toll two sentences on does not take the wounded counted between)
        # (of two, the one told nearest before: "… killed four late on Monday, and a drone strike killed two the following
        # day. The strike on Mais al-Jabal flattened a home … bringing the toll from the strike to five")
        # ("UNICEF said 35 children were among the dead": some of a toll told before, whose act it is, however far back)
        among = _AMONG_THE_DEAD.search(sent.text) is not None
        most = max((c.count.best or 0 for c in counts if c.category == "fatalities"), default=0)
        hosts = [ev for ev in events if FAMILY_OF[ev.event_type] in VIOLENT_FAMILIES and ev.modality in FACTUAL
                 and (any(0 < sent.index - i <= _TOLL_REACH for i in _told_in(ev, told)) if not among else
                      ev.fatalities is not None and (ev.fatalities.best or 0) >= most and any(i < sent.index for i in _told_in(ev, told)))]
        para = text[text.rfind("\n\n", 0, sent.start) + 1 : sent.end]
        # (a toll of dead and wounded goes to an act that harms bodies before an abduction told since)
        host = max(reversed(hosts), key=lambda ev: (ev.event_type not in _TAKING, max(i for i in _told_in(ev, told) if i < sent.index),
                                                    _place_named_in(ev, para)), default=None)
        if host is None:
            continue
        added: list[CountMention] = []
        # (in a fight the attackers' dead are the fight's too: "… attacked an army base. Three of the attackers were killed")
        clash = host.event_type == "armed_clash"
        for category in _TOLL_CATEGORIES:
            if among and category == "fatalities":
                continue  # within the toll already told
            found = within_the_toll([c for c in counts if c.category == category and not c.running
                                     and (not c.attackers or (clash and category == "fatalities"))], category)
            if len(found) != 1:
                continue
            kept = getattr(host, category)
            if kept is None:
                setattr(host, category, found[0].count)
            elif found[0].attackers and (host.id, "attackers") not in folded:
                setattr(host, category, add_counts(kept, found[0].count))  # the other side's dead, added once
                folded.add((host.id, "attackers"))
            elif DEATH_TOLL.search(found[0].count.text or "") and (found[0].count.best or 0) > (kept.best or 0):
                setattr(host, category, found[0].count)  # the toll updated: the new total replaces the first
            elif (host.id, category) in folded and _MORE_PEOPLE.search(sent.text):
                setattr(host, category, add_counts(getattr(host, category), found[0].count))
            elif _stated_later(sent, host, doc) and not _MORE_PEOPLE.search(sent.text) and found[0].count.best != kept.best:
                setattr(host, category, _latest_toll(kept, found[0].count))  # "On Sunday, the minister said 19 had died"
            else:
                continue
            folded.add((host.id, category))
            added.append(found[0])
        if added:
            host.extra_evidence.append(Span(sent.start, sent.end, sent.text))
            _add_toll_victims(host, [r for c in added for r in doc.actors if r.start is not None
                                     and sent.start + c.start <= r.start < sent.start + c.end])
    return events

def _place_named_in(ev: Event, text: str) -> bool:
    """The event's place is named in ``text`` (the paragraph a toll is told in: "The strike on Kfar Kila …")."""
    names = {n for n in ((ev.location.text, ev.location.name) if ev.location is not None else ()) if n and len(n) > 2}
    return any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text, re.I) for n in names)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")

def _past_year_only(sent: Sentence, doc: Document) -> bool:
    """The sentence names only years long gone and no nearer date ("the 2017 siege, a battle that left 1,100
    dead"): a year before a noun is no date expression of its own, but it dates the toll all the same."""
    published = doc.article.published
    years = [int(y) for y in _YEAR.findall(sent.text)]
    if published is None or not years:
        return False
    if any(sent.start <= span.start < sent.end and not long_past(date, published) and date.basis in ("explicit", "relative")
           for span, date in doc.dates):
        return False
    return all((published - dt.date(y, 12, 31)).days > PAST_DAYS for y in years)

_SAYING = re.compile(rf"\b(?:{SAID}|told)\b", re.I)

def _stated_later(sent: Sentence, host: Event, doc: Document) -> bool:
    """The toll sentence is a statement dated after the act ("On Sunday, the health minister said 19 civilians
    had died" of an attack on Friday): the latest word on the same dead."""
    if host.date is None or host.date.basis in UNDATED or host.date.end is None or not _SAYING.search(sent.text):
        return False
    days = [d for s, d in doc.dates if sent.start <= s.start < sent.end and d.basis in ("explicit", "relative")]
    return bool(days) and all(d.start is not None and d.start > host.date.end for d in days)

def _latest_toll(kept: Count, later: Count) -> Count:
    """The later statement's figure is the toll; the earlier ones stay within the spread."""
    told = [x for x in (kept.low, kept.best, kept.high, later.low, later.best, later.high) if x is not None]
    return Count(min(told), later.best, max(told), later.qualifier, f"{kept.text}; {later.text}")

def _add_toll_victims(host: Event, people: list[ActorRef]) -> None:
    """The unarmed people a toll sentence counts ("Three people were lightly hurt") are victims of the act
    whose toll it tells, where the act's own report named no people (a building, a force): else they are
    those people counted again."""
    have = [r for r in (host.actor2, *host.assoc_actor2) if r is not None]
    if any(r.kind in (ActorKind.CIVILIANS, ActorKind.PERSON) for r in have):
        return
    for ref in people:
        if ref.kind not in (ActorKind.CIVILIANS, ActorKind.PERSON) or any(ref.text.lower() == r.text.lower() for r in have):
            continue
        add_victim(host, ref)
        have.append(ref)

def add_victim(event: Event, ref: ActorRef) -> None:
    """``ref`` is the event's target, or a co-victim beside the one it has."""
    if event.actor2 is None:
        event.actor2 = ref
    else:
        event.assoc_actor2.append(ref)

# a toll sentence that counts people besides those counted before: "18 soldiers were also wounded"
_MORE_PEOPLE = re.compile(r"\b(?:also|another|other|further|additional)\b|"
                          r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|dozens?)\s+more\b(?!\s+than)", re.I)

_CROWD_REACH = 2  # sentences

def fold_crowd_casualties(events: list[Event], doc: Document) -> list[Event]:
    """"Police fired tear gas and live rounds to disperse the crowds. Three people were shot dead and 18
    were wounded": people hurt with no doer named, a sentence or two after a riot or a protest the
    forces met, are that event's dead and wounded (ACLED counts them in the demonstration), not an
    attack of their own. Run on the article's merged events."""
    told = {s.start: s.index for s in doc.sentences}
    out: list[Event] = []
    for ev in events:
        host = next((h for h in reversed(out) if FAMILY_OF[h.event_type] in ("riots", "protests") and h.modality in FACTUAL
                     and ActorKind.STATE_FORCES in {r.kind for r in (h.actor1, h.actor2) if r is not None}
                     and 0 < ev.sentence - _last_sentence(h, told) <= _CROWD_REACH), None)
        unnamed = ev.actor2 is None or (ev.actor2.actor_id is None and ev.actor2.kind in (ActorKind.CIVILIANS, ActorKind.PROTESTERS))
        if host is None or ev.event_type != "attack" or ev.actor1 is not None or not unnamed or ev.modality not in FACTUAL \
                or not (ev.fatalities or ev.injured) or any(getattr(host, c) is not None for c in _TOLL_CATEGORIES) or not dates_agree(host, ev):
            out.append(ev)
            continue
        host.fatalities, host.injured = ev.fatalities, ev.injured
        if ev.evidence is not None:
            host.extra_evidence.append(ev.evidence)
    return out

def _told_in(ev: Event, told: dict[int, int]) -> list[int]:
    """The indices of the sentences that report ``ev``."""
    return [ev.sentence, *(told[s.start] for s in ev.extra_evidence if s.start in told)]

def _last_sentence(ev: Event, told: dict[int, int]) -> int:
    """The index of the last sentence that reports ``ev``."""
    return max(_told_in(ev, told))

_CLAIMING = re.compile(r"\b(?:claim\w*|responsib\w*|credit)\b", re.I)
# a group's own word that it did the act: "JNIM said in a statement that it had carried out the raid"
# or that its own people did it: "Amaq said one of its fighters had carried out the bombing"
_OWN_PEOPLE = (r"(?:(?:one|two|some)\s+of\s+)?(?:its|their)\s+(?:own\s+)?"
               r"(?:fighters?|members?|militants?|men|soldiers?|commandos?|operatives?|units?|mujahideen)")
_DID_IT = r"(?:carried\s+out|staged|conducted|launched|mounted|was\s+behind|were\s+behind)"
_OWNED_UP = re.compile(rf"\b(?:said|says|announced|stated|confirmed)\b[^.;]{{0,60}}?\b(?:it|they|{_OWN_PEOPLE})\s+(?:had\s+)?{_DID_IT}\b", re.I)

def _claims(text: str) -> bool:
    """The reaction claims the act: a claim of responsibility, or the doer's word that it did it."""
    return bool(_CLAIMING.search(text) or _OWNED_UP.search(text))

# "the government blamed X for the attack", "police attributed the bombing to X": the accused comes
# before the act it is blamed for, and is still who did it
_ATTRIBUTING = re.compile(r"\b(?:blam\w*|attribut\w*|accus\w*)\b", re.I)

def _as_told(ref: Event, host: Event, trigger_at: int, unknown: bool = False) -> Event:
    """What a reaction adds to the event it points at: the victims and counts it names, and the
    perpetrator only where the mention gives an armed one after its trigger ("the murder of X by the
    FMLN") or an armed group claims it ("the FMLN claimed the attack"), never the party that reacts
    ("the army condemned the attack"), nor a party it blames where the report calls the doers unknown
    (``unknown``). Its date and place are the reaction's, its type and modality the host's."""
    actor1 = _reference_doer(ref, trigger_at)
    claimed = ref.evidence is not None and _claims(ref.evidence.text)
    if not claimed and (unknown or unknown_doer(host.actor1)):
        # "unidentified gunmen killed the mayor … party leaders blamed the rebels": the report's doer stays
        # unknown; the blame is one side's word
        actor1 = None
    return replace(ref, event_type=host.event_type, event_family=host.event_family, actor1=actor1, date=None, location=None,
                   modality=host.modality)


def _reference_doer(ref: Event, trigger_at: int) -> ActorRef | None:
    """Who a reaction to an act says did it: an armed party named after the act ("the murder of X by the FMLN"), one
    that claims it, or one it is blamed on; never the party that reacts or hunts the doers ("the army condemned the
    attack", "police are hunting the perpetrators of the attack")."""
    actor1 = ref.actor1
    claimed = ref.evidence is not None and _claims(ref.evidence.text)
    accused = ref.evidence is not None and bool(_ATTRIBUTING.search(ref.evidence.text))
    if actor1 is not None and (actor1.kind not in (ARMED_NON_STATE if claimed else ARMED)
                               or (not (claimed or accused) and (actor1.start is None or actor1.start < trigger_at))):
        return None
    return actor1


def _points_at(ref: Event, host: Event) -> bool:
    """The reaction can be about ``host``: no toll or stated date of its own that says it is about another
    killing ("investigating the massacre of 43 people", "claimed an attack on a convoy last week")."""
    if counts_differ(host.fatalities, ref.fatalities) or counts_differ(host.abducted, ref.abducted):
        return False
    if _one_person_hit(host) and not same_victim(host, ref) and any(c is not None and (c.best or 0) > 1 for c in (ref.fatalities, ref.abducted)):
        return False  # "the judge was shot as he left his office … he was investigating the massacre of 43 people"
    return dates_agree(host, ref) or ref.date is None or ref.date.basis in ("publication", *UNDATED) or _claimed_after(ref, host)


def _one_person_hit(ev: Event) -> bool:
    """The report's victim is one named person and it counts no one: a toll of many is another act's."""
    return ev.actor2 is not None and ev.actor2.kind == ActorKind.PERSON and not ev.assoc_actor2 \
        and ev.fatalities is None and ev.abducted is None


_CLAIM_DAYS = 7  # a claim comes days after the act, not weeks


def _claimed_after(ref: Event, host: Event) -> bool:
    """"Al-Shabaab claimed the attack on Tuesday": the day dates the claim, made in the days after the act."""
    if ref.evidence is None or not _claims(ref.evidence.text) or ref.date is None or host.date is None:
        return False
    said, done = ref.date.start, host.date.end
    return said is not None and done is not None and 0 <= (said - done).days <= _CLAIM_DAYS

def fold_references(events: list[Event], references: dict[str, int | None], anaphors: set[str]) -> list[Event]:
    """"Condemned the assassination of X", "investigating the murder": a reaction to an event the article
    reports elsewhere folds into that report (the one naming the same victim, else the latest before it,
    else the first after it, of its family) when nothing in it says it is about another; otherwise, or
    about acts in the plural ("attributed the attacks to"), it is dropped; standing alone, it is the only
    report of that event."""
    told = [e for e in events if e.id not in references and e.id not in anaphors]
    reported = {_family_group(e.event_type) for e in told}
    hosts: dict[str, list[Event]] = {}
    for ref in (e for e in events if e.id in references):
        group = [e for e in told if _family_group(e.event_type) == _family_group(ref.event_type)]
        host = next((e for e in group if same_victim(e, ref)), None) \
            or next((e for e in reversed(group) if e.sentence < ref.sentence), None) or (group[0] if group else None)
        if host is not None and references[ref.id] is not None and _points_at(ref, host):
            hosts.setdefault(host.id, []).append(ref)
    folded = {r.id for refs in hosts.values() for r in refs}
    out = []
    for ev in events:
        if ev.id in folded or (ev.id in references and _family_group(ev.event_type) in reported):
            continue
        trigger = references.get(ev.id)
        if trigger is not None and ev.actor1 is not None and _reference_doer(ev, trigger) is None:
            ev = replace(ev, actor1=None)  # the only report of the act: still not done by who reacts to it
        for ref in hosts.get(ev.id, []):
            trigger_at = references[ref.id] or 0
            # the act told just before with doers the text calls unknown ("unidentified gunmen shot the mayor …
            # witnesses said two men fired at him … his party blamed the rebels")
            unknown = any(unknown_doer(e.actor1) and 0 <= ref.sentence - e.sentence <= 3
                          and _family_group(e.event_type) == _family_group(ref.event_type) for e in told)
            told_as = _as_told(ref, ev, trigger_at, unknown)
            claimant = ev.actor1 is None or not ev.actor1.actor_id
            claim = _claims(ref.evidence.text if ref.evidence else "") and told_as.actor1 is not None and bool(told_as.actor1.actor_id)
            ev = merge_pair(ev, told_as)
            if claim and unknown_doer(ev.actor1):
                ev = replace(ev, actor1=told_as.actor1)  # "unidentified gunmen shot the mayor … the FMLN claimed it": the claimant
            if claimant and claim and ev.actor1 is told_as.actor1 and ev.modality == Modality.REPORTED:
                ev = replace(ev, modality=Modality.CLAIMED)  # the perpetrator is who claimed it, as ``attribute_claims`` marks it
        out.append(ev)
    return out

def same_paragraph(text: str, a: int, b: int) -> bool:
    return "\n\n" not in text[a:b]

# "No group has claimed the attack", "there was no immediate claim of responsibility"
_NO_CLAIM = re.compile(r"\b(?:no\s+(?:one|group|organi[sz]ation|faction)|nobody|none)\b[^.;]{0,30}?\bclaimed\b"
                       r"|\bno\s+(?:immediate\s+)?claim\s+of\s+responsibility\b|\b(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+claimed\b", re.I)

_CLAIM = re.compile(r"\b(?:claimed|claims|claiming|admitted|took)\s+(?:\w+\s+){0,2}(?:responsibility|credit)\b"
                    r"|\bresponsibility\s+(?:for\s+(?:[\w'-]+\s+){1,5})?(?:was|has\s+been|had\s+been)\s+claimed\s+by\b"
                    r"|\b(?:attack|bombing|blast|explosion|ambush|assault|raid|killing|kidnapping|abduction)s?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+claimed\s+by\b"
                    # the group's own word that its men did "the bombing": "Amaq said one of its fighters had carried out the bombing"
                    rf"|\b(?:said|says|announced|stated)\b[^.;]{{0,40}}?\b{_OWN_PEOPLE}\s+(?:had\s+|has\s+|have\s+)?{_DID_IT}\s+"
                    r"(?:the|this|that|[\w'’-]+['’]s)\s", re.I)

def attribute_claims(events: list[Event], doc: Document) -> list[Event]:
    """"Islamic State claimed responsibility": the claimant is the perpetrator of the violent events
    that have no named one (one claimant per article; the modality says it is a claim)."""
    claimants = []
    for sent in doc.sentences:
        m = _CLAIM.search(sent.text)
        if not m:
            continue
        pos = sent.start + m.start()
        # "the al-Qaeda-linked group claimed …": a name that modifies another noun is not the claimant
        # (nor one named to say whose wing the claimant is: "TPNPB, the armed wing of the Free Papua Organisation, claimed …")
        named = [r for r in doc.actors if r.actor_id and r.kind in ARMED_NON_STATE and r.start is not None and sent.start <= r.start < sent.end
                 and not MODIFIER_AFTER.match(doc.article.text, r.end or r.start)
                 and not BRANCH_OF.search(doc.article.text, max(0, r.start - 40), r.start)]
        before = [r for r in named if (r.end or 0) <= pos] or [r for r in named if (r.start or 0) > pos and "by" in sent.text[m.end() - 3 : m.end() + 4].lower()]
        if before:
            claimants.append(before[-1])
    if len({c.actor_id for c in claimants}) != 1:
        return events
    claimant = claimants[0]
    text = doc.article.text
    unclaimed = [s.start for s in doc.sentences if _NO_CLAIM.search(s.text)]
    claims = [s.start for s in doc.sentences if _CLAIM.search(s.text)]
    # a claim speaks of what was told up to it; an act told after it is the claimed one only on the same day
    told_before = {ev.date.start for ev in events if ev.date is not None and ev.evidence is not None
                   and ev.event_family in VIOLENT_FAMILIES and ev.evidence.start <= claims[-1]}
    out = []
    for ev in events:
        at = ev.evidence.start if ev.evidence is not None else None
        if at is not None and any(same_paragraph(text, min(at, u), max(at, u)) for u in unclaimed):
            pass  # "… gunmen shot dead two police officers. No group has claimed that attack."
        elif at is not None and separate(ev) and not any(same_paragraph(text, min(at, c), max(at, c)) for c in claims):
            pass  # "In a separate incident, …": the claim was of the other attack
        elif at is not None and at > claims[-1] and told_before and (ev.date is None or ev.date.start not in told_before):
            pass  # "The bombing came a day after jets struck hideouts …": another day's act
        elif at is not None and unknown_doer(ev.actor1) and not any(same_paragraph(text, min(at, c), max(at, c)) for c in claims):
            pass  # "In another city, unknown assailants threw a grenade …": a claim told apart is of another act
        elif ev.event_family in VIOLENT_FAMILIES and (ev.actor1 is None or not ev.actor1.actor_id):
            ev.actor1 = ActorRef(name=claimant.name, text=claimant.text, kind=claimant.kind, actor_id=claimant.actor_id,
                                 country=claimant.country, start=claimant.start, end=claimant.end, score=claimant.score * 0.9)
            if ev.modality == Modality.REPORTED:
                ev.modality = Modality.CLAIMED
        out.append(ev)
    return out

# An act told before, named again by a word that tells no act of its own, and put down to someone in a later
# sentence: "…, for which the rebels are being held responsible", "this crime, carried out by the
# rebels", "the army blamed the ELN for the crime", "the rebels are responsible for this outrage", "police accused
# the gang of the crime". (Words that do tell
# an act, "the attack", "the murder", make an event of their own, which ``fold_references`` and ``fold_back`` fold in.)
_DEED = r"(?:this|that|the)\s+(?:[\w'\"“”-]+\s+){0,2}?(?:crime|incident|act|action|deed|outrage|atrocity)\b"
# (a time or place may stand between the verb and its agent: "the crime perpetrated on 12 January in Guatemala by …")
_DOER_AFTER = re.compile(rf"\b{_DEED}[^.;]{{0,60}}?\b(?:committed|perpetrated|carried\s+out|staged|masterminded)\s+(?:[^.;,]{{0,40}}?\s)?by\s+"
                         rf"|\b{_DEED}\s+(?:was|is)\s+the\s+(?:work|handiwork|doing)\s+of\s+"
                         rf"|\b(?:blamed|blames|blaming|attributed|attributes|ascribed)\s+{_DEED}\s+(?:on|to)\s+", re.I)
_DOER_BETWEEN = re.compile(rf"\b{_DEED},?\s+for\s+which\s+(?P<doer>[^.;]{{3,80}}?)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+"
                           rf"(?:being\s+)?held\s+responsible\b"
                           rf"|\b(?:blamed|blames|blaming)\s+(?P<doer2>[^.;]{{3,80}}?)\s+for\s+{_DEED}"
                           rf"|\b(?:accused|accuses|accusing|held|holds|holding)\s+(?P<doer3>[^.;]{{3,80}}?)\s+(?:of|responsible\s+for)\s+{_DEED}", re.I)
_DOER_BEFORE = re.compile(rf"\s+(?:is|are|was|were)\s+(?:\w+\s+)?responsible\s+for\s+{_DEED}", re.I)
# the attribution is denied, doubted or put as a question: "denied responsibility for the crime", "if this crime was
# committed by …", "it is not known who …"
_UNSURE = re.compile(r"\b(?:not|no|never|nobody|none|denied|denies|deny|denying|if|whether|unknown|unidentified|may|might|could|would)\b", re.I)
_BLAMED = re.compile(r"\bblam(?:ed|es|ing)\s+", re.I)
_DISPUTED = re.compile(r"\b(?:denied|denies|deny|denying|rejected|rejects)\b", re.I)
_NAMED_REACH = 10
_BLAME_REACH = 3  # sentences back from the attribution to the act it names

def _blamed_in(sent: Sentence, doc: Document) -> ActorRef | None:
    """The armed party a sentence puts an act told before down to, where it names the act by a word that tells
    none of its own ("this incident", "the crime") and the attribution is plain: no denial, doubt or condition in
    the words that make it or just before them ("nobody was hurt in the incident, for which X …" still blames X)."""
    text = doc.article.text
    armed = [r for r in doc.actors if r.kind in ARMED and r.start is not None and sent.start <= r.start < sent.end]

    def first(lo: int, hi: int) -> ActorRef | None:
        inside = [r for r in armed if lo <= (r.start or 0) and (r.end or 0) <= hi]
        return next((r for r in inside if r.actor_id), inside[0] if inside else None)

    def plain(lo: int, hi: int) -> bool:
        # ("… accused the army of the crime, but the army denied it": the blame is disputed in the same breath)
        return not _UNSURE.search(text, max(sent.start, lo - 30), hi) and not _DISPUTED.search(text, hi, sent.end)

    for m in _DOER_AFTER.finditer(sent.text):
        at = sent.start + m.end()
        found = first(at, at + 60)
        if found is not None and re.fullmatch(r"(?:the\s+)?(?:[\w'-]+\s+){0,2}?", text[at : found.start or at], re.I) \
                and plain(sent.start + m.start(), found.end or at):
            return found
    for m in _DOER_BETWEEN.finditer(sent.text):
        group = next(g for g in ("doer", "doer2", "doer3") if m.group(g) is not None)
        found = first(sent.start + m.start(group), sent.start + m.end(group))
        lo = sent.start + (m.start(group) if group == "doer" else m.start())
        if found is not None and plain(lo, sent.start + m.end()):
            return found
    for m in _BLAMED.finditer(sent.text):
        # "Officials blamed al-Shabaab, the group that …": the act blamed is the one just told (not "blamed the
        # army for failing to protect them", which names another charge)
        at = sent.start + m.end()
        found = first(at, at + 40)
        if found is not None and re.fullmatch(r"(?:the\s+)?(?:[\w'-]+\s+){0,2}?", text[at : found.start or at], re.I) \
                and not re.search(r"\b(?:for|over|of)\b", text[found.end or at : sent.end]) and plain(sent.start + m.start(), found.end or at):
            return found
    for m in _DOER_BEFORE.finditer(sent.text):
        at = sent.start + m.start()
        before = [r for r in armed if (r.end or 0) <= at and at - (r.end or 0) <= 12]
        if before and plain(before[-1].start or at, sent.start + m.end()):
            return before[-1]
    return None

# a sentence that tells who one of the dead or wounded already counted was: "the third person killed was a farmer",
# "one of those wounded is a nurse", "the other victim was a boy of twelve"
_BREAKDOWN = re.compile(
    r"\b(?:the\s+(?:first|second|third|fourth|fifth|other|last|remaining)\s+(?:person|man|woman|victim|one|casualty)"
    r"|one\s+of\s+(?:the|those)\s+(?:dead|killed|victims|wounded|injured|casualties)"
    r"|one\s+of\s+them)\s+(?:(?:killed|wounded|injured|hurt|who\s+(?:was|were)\s+(?:killed|wounded|injured)|who\s+died)\s+)?(?:was|were|is|are)\b", re.I)


def fold_breakdowns(events: list[Event]) -> list[Event]:
    """"… killed three people. The third person killed was a farmer": a sentence that tells who one of the
    dead or wounded already counted was is that event's victim, not an act of its own (no doer named, a
    violent event with a count as large at most three sentences before)."""
    kept: list[Event] = []
    for ev in events:
        host = next((h for h in reversed(kept) if FAMILY_OF[h.event_type] in VIOLENT_FAMILIES and h.modality in FACTUAL
                     and 0 < ev.sentence - h.sentence <= _TOLL_REACH), None)
        part = ev.evidence is not None and _BREAKDOWN.search(ev.evidence.text) is not None
        counted = host is not None and any((getattr(host, c) is not None and (getattr(host, c).best or 0) >= (getattr(ev, c).best or 0))
                                           for c in ("fatalities", "injured") if getattr(ev, c) is not None)
        if host is None or not part or ev.actor1 is not None or FAMILY_OF[ev.event_type] not in VIOLENT_FAMILIES or not counted:
            kept.append(ev)
            continue
        if ev.actor2 is not None:
            add_victim(host, ev.actor2)
        if ev.evidence is not None:
            host.extra_evidence.append(ev.evidence)
    return kept


def no_zero_tolls(events: list[Event]) -> list[Event]:
    """"No one was killed.", "Nobody was hurt.": with no doer and no victim named, a denied casualty right
    after a violent event is that event's toll of none, not an act that did not happen."""
    kept: list[Event] = []
    for ev in events:
        host = next((h for h in reversed(kept) if FAMILY_OF[h.event_type] in VIOLENT_FAMILIES and h.modality in FACTUAL
                     and 0 <= ev.sentence - h.sentence <= _TOLL_REACH), None)
        if ev.modality == Modality.NEGATED and ev.actor1 is None and ev.actor2 is None and not ev.assoc_actor2 \
                and FAMILY_OF[ev.event_type] in VIOLENT_FAMILIES and host is not None:
            continue
        kept.append(ev)
    return kept

# a raid on a place or on people: "gunmen stormed the village", "attacked a convoy", "raided the camp"
_ASSAULT = re.compile(r"\b(?:storm(?:ed|ing)|raid(?:ed|ing)|attack(?:ed|ing)|invad(?:ed|ing)|overr(?:an|unning)|ambush(?:ed|ing)|swooped\s+on)\b", re.I)


def killing_raids(events: list[Event]) -> list[Event]:
    """A raid that killed some and carried off others is an attack (ACLED codes an abduction in which people were
    killed as an attack): "gunmen stormed the village, shooting dead nine villagers and abducting more than 40
    others". Only where the report tells the raid ("stormed", "attacked", "raided") and the dead and the taken
    apart as different people (two counts that differ): a kidnapping whose captive was later found dead stays an
    abduction, as MUC-4 codes it."""
    def raid(ev: Event) -> bool:
        killed, taken = ev.fatalities, ev.abducted
        told = [s.text for s in (ev.evidence, *ev.extra_evidence) if s is not None]
        return (ev.event_type == "abduction" and killed is not None and taken is not None and (killed.best or 0) > 0
                and (taken.best or 0) > 0 and killed.best != taken.best and any(_ASSAULT.search(t) for t in told))
    return [replace(ev, event_type="attack") if raid(ev) else ev for ev in events]


# hostages or captives set free: "troops freed 14 hostages", "rescued three kidnapped aid workers"
_FREED_CAPTIVES = re.compile(r"\b(?:freed|rescued|released|liberated)\s+(?:\w+\s+){0,3}?(?:hostages|captives|abductees|kidnap(?:ped|ping)\s+victims|"
                             r"(?:kidnapped|abducted)\s+\w+)\b", re.I)

def no_rescues(events: list[Event]) -> list[Event]:
    """Security forces freeing hostages is no agreement (ACLED's agreements release prisoners by
    consent): "the army said its soldiers had freed 14 hostages taken by the ADF" tells of the
    abduction and a rescue, not of a deal."""
    def rescue(ev: Event) -> bool:
        return (ev.event_type == "agreement" and ev.actor1 is not None and ev.actor1.kind == ActorKind.STATE_FORCES
                and ev.evidence is not None and _FREED_CAPTIVES.search(ev.evidence.text) is not None)
    return [ev for ev in events if not rescue(ev)]

# the plural nouns of a gathering of people, not of one person or an office ("leader", "officials")
_CROWD_NOUN = re.compile(r"\b(?:people|persons|residents|villagers|inhabitants|farmers|workers|students|traders|women|youths|families|"
                         r"citizens|supporters|locals|mourners|protesters|demonstrators|marchers|crowds?)$", re.I)

def _gathered_after(ev: Event, crowd: ActorRef) -> bool:
    """The crowd is the subject of a verb of gathering in the event's sentence ("several thousand people rallied"),
    not people who died in protests or met at a rally ("100 people have died in protests")."""
    if ev.evidence is None or crowd.end is None:
        return False
    at = crowd.end - ev.evidence.start
    return 0 <= at <= len(ev.evidence.text) and bool(re.match(rf"\s+(?:[\w-]+\s+){{0,3}}?{_GATHERED.pattern}", ev.evidence.text[at:], re.I))

def _unnamed_crowd(ev: Event, country_names: dict[str, str]) -> None:
    """Who held a peaceful protest is actor 1, as ACLED codes it: the crowd the text read as the object of "the
    protest" where it gathered ("several thousand people rallied without incident")."""
    crowd, iso = ev.actor2, (ev.location.country if ev.location is not None else None)
    if ev.event_type == "peaceful_protest" and ev.modality in FACTUAL and ev.actor1 is None and crowd is not None \
            and not crowd.actor_id and crowd.kind in (ActorKind.CIVILIANS, ActorKind.PROTESTERS) and _CROWD_NOUN.search(crowd.text) \
            and _gathered_after(ev, crowd):
        ev.actor1, ev.actor2 = replace(crowd, kind=ActorKind.PROTESTERS,
                                       name=generic_name(ActorKind.PROTESTERS, country_names.get(crowd.country or iso or ""))), None


_PLACED_BY_EVENT = (ActorKind.CIVILIANS, ActorKind.REBEL, ActorKind.PROTESTERS, ActorKind.RIOTERS)


def placed_unnamed(events: list[Event], country_names: dict[str, str]) -> list[Event]:
    """Unnamed people a report told without a place ("the monitor said nine civilians died in the strike"), merged
    into the act told where it happened, are that country's: "Civilians (Syria)", as the extractor names them
    when their own sentence places the act. So are a state's forces the text names by a bare noun in another
    sentence ("… an air strike on a market killed more than twenty people, according to activists, who blamed the
    army": the army of the country the strike hit)."""
    out = []
    for ev in events:
        iso = ev.location.country if ev.location is not None else None
        if iso in country_names:
            for role in ("actor1", "actor2"):
                ref = getattr(ev, role)
                if ref is not None and ref.actor_id is None and ref.country is None and ref.kind in _PLACED_BY_EVENT \
                        and ref.name == generic_name(ref.kind, None):
                    ev = replace(ev, **{role: replace(ref, country=iso, name=generic_name(ref.kind, country_names[iso]))})
                elif ref is not None and ref.actor_id is None and ref.country is None and ref.kind == ActorKind.STATE_FORCES \
                        and ref.name == generic_name(ref.kind, None, ref.text) and iso is not None:
                    name = generic_name(ref.kind, country_names[iso], ref.text)
                    ev = replace(ev, **{role: replace(ref, country=iso, name=name, actor_id=state_force_id(name, iso))})
        out.append(ev)
    return out


def protesters_first(events: list[Event], country_names: dict[str, str]) -> list[Event]:
    """ACLED codes a protest the police broke up with the protesters as actor 1 and the force as actor 2 (excessive
    force keeps the force first: the crowd is its target). Merging reads the force first, as in excessive force, so
    the order is written once every report is merged; where the text names no crowd ("police broke up the march"),
    the protesters are ACLED's "Protesters (Kenya)"."""
    out = []
    for ev in events:
        force, crowd = ev.actor1, ev.actor2
        # (the force may be an armed group that holds the town, "Taliban fighters fired into the air to disperse the crowd";
        # a crowd a protest gathered is protesters, whatever noun the text gives it)
        if ev.event_type == "protest_with_intervention" and ev.modality in FACTUAL and force is not None \
                and force.kind in (ActorKind.STATE_FORCES, ActorKind.EXTERNAL, *ARMED_NON_STATE) \
                and (crowd is None or crowd.kind in (ActorKind.PROTESTERS, ActorKind.CIVILIANS, ActorKind.RIOTERS)):
            iso = (crowd.country if crowd is not None else None) or (ev.location.country if ev.location is not None else None)
            name = generic_name(ActorKind.PROTESTERS, country_names.get(iso or ""))
            crowd = ActorRef(name=name, text="protesters", kind=ActorKind.PROTESTERS, country=iso, score=0.2) if crowd is None \
                else crowd if crowd.kind == ActorKind.PROTESTERS or crowd.actor_id else replace(crowd, kind=ActorKind.PROTESTERS, name=name)
            ev = replace(ev, actor1=crowd, actor2=force)
        out.append(ev)
    return out

# "Fighters from the Raia Mutomboki militia came down from the hills …", "Members of the gang arrived by boat …": a sentence that opens on
# the men of a named group
_MEN_OF = re.compile(r"\W*(?:(?:the|some|armed|heavily\s+armed|dozens\s+of|hundreds\s+of|scores\s+of)\s+)?"
                     r"(?:gunm[ae]n|fighters|members|militants|militiam[ae]n|men|rebels|insurgents|attackers|assailants)\s+"
                     r"(?:from|of|belonging\s+to|loyal\s+to)\s+(?:the\s+)?$", re.I)

def men_named_next(events: list[Event], doc: Document) -> list[Event]:
    """"Armed men raided the market before dawn … Fighters from the Raia Mutomboki militia had come down from the
    hills an hour earlier": the sentence after an act by unnamed armed men, telling no act of its own, that
    opens on the men of a named group names who did it (never men the text calls unidentified)."""
    told = {ev.sentence for ev in events}
    for ev in events:
        doer = ev.actor1
        if doer is None or doer.actor_id or doer.kind not in ARMED_NON_STATE or unknown_doer(doer) or ev.modality not in FACTUAL \
                or ev.event_family not in VIOLENT_FAMILIES or ev.sentence + 1 in told or ev.sentence + 1 >= len(doc.sentences):
            continue
        nxt = doc.sentences[ev.sentence + 1]
        group = next((r for r in doc.actors if r.actor_id and r.kind in ARMED_NON_STATE and r.start is not None
                      and nxt.start <= r.start < nxt.end and _MEN_OF.match(doc.article.text, nxt.start, r.start)), None)
        if group is not None:
            ev.actor1 = group
    return events

# "security forces" says no branch; the units the text then names do ("a joint team of the District Reserve Guard and the
# CRPF's CoBRA unit"): a police unit's own name, not the plain word ("police said", "a police officer")
_NO_BRANCH = re.compile(r"\bsecurity\s+(?:forces|personnel)\b", re.I)
_PLAIN_POLICE = re.compile(r"^\W*(?:the\s+)?(?:[\w'-]+\s+)?police(?:m[ae]n|\s+officers?|\s+officials?|\s+sources?|\s+spokesm[ae]n)?\W*$", re.I)

def branch_named_next(events: list[Event], doc: Document) -> list[Event]:
    """Unnamed "security forces" of a country are its police where the act's sentence or the next one names the
    forces at work by police units' own names and no military one (ACLED codes India's CRPF and District
    Reserve Guard as Police Forces of India)."""
    for ev in events:
        doer = ev.actor1
        if doer is None or not (doer.actor_id or "").startswith("military_") or not _NO_BRANCH.search(doer.text) \
                or not 0 <= ev.sentence < len(doc.sentences):
            continue
        iso = (doer.actor_id or "").removeprefix("military_")
        lo = doc.sentences[ev.sentence].start
        hi = doc.sentences[min(ev.sentence + 1, len(doc.sentences) - 1)].end
        near = [r for r in doc.actors if r.start is not None and lo <= r.start < hi and r is not doer and r.start != doer.start]
        police = [r for r in near if r.actor_id == f"police_{iso}" and not _PLAIN_POLICE.match(r.text)]
        if police and not any(r.actor_id == doer.actor_id for r in near):
            ev.actor1 = replace(doer, actor_id=police[0].actor_id, name=police[0].name)
    return events

# a sentence that names a protest told just before ("The protest broke up at dusk …", "The rally lasted two hours")
_THE_PROTEST = re.compile(r"^\W*(?:the|this|that)\s+(?:[\w-]+\s+)?(?:protests?|rally|march|demonstration|sit-in|gathering|vigil)\b", re.I)
_GATHERED = re.compile(r"\b(?:gathered|marched|rallied|assembled|protested|demonstrated|massed|converged|took\s+to\s+the\s+streets|staged)\b", re.I)

def protesters_told_before(events: list[Event], doc: Document, country_names: dict[str, str]) -> list[Event]:
    """"Some 300 farmers gathered at the port to demand compensation. The protest broke up at dusk …": a protest
    told by a word that points back was held by the crowd that gathered in the sentence before it (ACLED's
    "Protesters (Kenya)" as actor 1)."""
    for ev in events:
        if ev.event_type != "peaceful_protest" or ev.actor1 is not None or ev.modality not in FACTUAL or ev.evidence is None \
                or not _THE_PROTEST.match(ev.evidence.text) or not 0 < ev.sentence < len(doc.sentences):
            continue
        before = doc.sentences[ev.sentence - 1]
        if not _GATHERED.search(before.text):
            continue
        crowd = next((r for r in doc.actors if r.start is not None and before.start <= r.start < before.end and not r.actor_id
                      and r.kind in (ActorKind.CIVILIANS, ActorKind.PROTESTERS) and _CROWD_NOUN.search(r.text)), None)
        if crowd is not None:
            iso = crowd.country or (ev.location.country if ev.location is not None else None)
            ev.actor1 = replace(crowd, kind=ActorKind.PROTESTERS, country=iso,
                                name=generic_name(ActorKind.PROTESTERS, country_names.get(iso or "")))
    return events

def crowd_kinds(events: list[Event], country_names: dict[str, str]) -> list[Event]:
    """The unnamed people who march are protesters, and those who riot rioters: "several hundred
    people marched … and set fire to the office" is not an act of civilians (ACLED's "Protesters
    (Tunisia)", "Rioters (Tunisia)"). The words of the text stay."""
    for ev in events:
        crowd = ev.actor2
        if ev.event_type in ("protest_with_intervention", "excessive_force_against_protesters") and crowd is not None \
                and not crowd.actor_id and crowd.kind == ActorKind.CIVILIANS and ev.actor1 is not None \
                and ev.actor1.kind == ActorKind.STATE_FORCES:
            # "police used water cannon to disperse thousands of people protesting": the people are protesters
            ev.actor2 = replace(crowd, kind=ActorKind.PROTESTERS,
                                name=generic_name(ActorKind.PROTESTERS, country_names.get(crowd.country or "")))
        _unnamed_crowd(ev, country_names)
        ref = ev.actor1
        if ref is None or ref.actor_id or ev.event_family not in ("protests", "riots") \
                or ref.kind not in (ActorKind.CIVILIANS, ActorKind.PROTESTERS, ActorKind.RIOTERS):
            continue
        if ev.event_type == "excessive_force_against_protesters":
            continue  # the crowd is the target there; an actor1 of the civilians kind is some other reading
        kind = ActorKind.PROTESTERS if ev.event_family == "protests" else ActorKind.RIOTERS
        if ref.kind == kind:
            continue  # "a crowd" the police dispersed demonstrated; the same crowd burning cars rioted
        ev.actor1 = replace(ref, kind=kind, name=generic_name(kind, country_names.get(ref.country or "")))
    return events

_PLACE_KIND = re.compile(r"\s+(?:neighbou?rhood|district|area|quarter|village|town|city|township|suburb|province|region|county|camp)", re.I)
# a name that ends in the kind of a building or a site is that building, not a person ("the Jazeera Palace Hotel" of a
# capital, "Al-Noor Mosque", "Kenyatta Hospital"): it is where the act happened, or what it hit
_BUILDING = re.compile(r".*\s(?:hotels?|mosques?|church(?:es)?|cathedral|temple|shrine|hospital|clinic|school|academy|college|university|"
                       r"market|bazaar|mall|stadium|airport|airfield|port|harbou?r|bridge|prison|jail|palace|embassy|consulate|"
                       r"restaurant|caf[eé]|bank|station|barracks|base|camp|square|street|road|highway|avenue|tower|building|plaza|"
                       r"parliament|ministry|cinema|theat(?:re|er)|factory|plant|mine|dam|refinery|compound)$", re.I)

def _plain(text: str) -> str:
    """A name compared without accents, case or spacing ("Santiago de María" and "SANTIAGO DE MARIA")."""
    folded = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in folded if not unicodedata.combining(c)).lower().split())

def places_are_no_people(events: list[Event], doc: Document) -> list[Event]:
    """"Arauca has seen fierce fighting": a name the place stage resolved as a place at the same
    words, or that holds one ("attacked the Solino neighbourhood"), is not an unknown person acting
    or suffering (the parser's guess for a capitalised subject)."""
    spans = [(p.start, p.end) for p in doc.places if p.start is not None and p.end is not None]
    # the words of every place the article names, and the names they resolved to: a town the place stage
    # read in one sentence is that town in another, where the parser took it for a person ("X was the site
    # of …"), and "SANTIAGO DE MARIA" is the place the gazetteer calls "Santiago de María"
    place_words = {_plain(doc.article.text[a:b]) for a, b in spans} | {_plain(p.name) for p in doc.places if p.start is not None}
    for ev in events:
        for side in ("actor1", "actor2"):
            ref = getattr(ev, side)
            if ref is None or ref.kind != ActorKind.PERSON or ref.actor_id or ref.start is None or ref.end is None:
                continue
            # the same words, or a place that opens the name the parser gave and a kind of place that
            # ends it ("the Solino neighbourhood"); not "Kenyan President …", whose place is a modifier
            if any(a == ref.start and (b == ref.end or _PLACE_KIND.fullmatch(doc.article.text[b : ref.end])) for a, b in spans) \
                    or _plain(ref.text) in place_words or _BUILDING.match(ref.text):
                setattr(ev, side, None)
        # a co-victim read from a capitalised word inside a place's name ("Wad al-Nura", "the Jolan district")
        ev.assoc_actor2 = [r for r in ev.assoc_actor2 if not (r.kind == ActorKind.PERSON and not r.actor_id and r.start is not None
                                                              and any(lo <= r.start and (r.end or 0) <= hi for lo, hi in spans))]
    return events

def distinct_sides(events: list[Event]) -> list[Event]:
    """No one is their own target (``coref.own_target``)."""
    for ev in events:
        if own_target(ev.actor1, ev.actor2):
            ev.actor2 = None
    return events

def aircraft_of_the_foreign_force(events: list[Event], doc: Document) -> list[Event]:
    """An unnamed drone or warplane that the default gave to the place's own state belongs to the one foreign
    state's forces the report names around it: "a drone strike near Jenin killed a commander … The Israeli
    army said the man had planned attacks" (no Palestinian air force struck)."""
    spans = {s.index: s for s in doc.sentences}
    for ev in events:
        ref, home = ev.actor1, ev.location.country if ev.location is not None else None
        if ev.event_type != "air_drone_strike" or ref is None or ref.kind != ActorKind.STATE_FORCES or home is None \
                or ref.country != home or not _AIRCRAFT.fullmatch(ref.text):
            continue
        near = [spans[i] for i in range(ev.sentence - 1, ev.sentence + 3) if i in spans]
        foreign = {r.actor_id: r for r in doc.actors if r.start is not None and r.actor_id and r.kind == ActorKind.STATE_FORCES
                   and r.country and r.country != home and any(s.start <= r.start < s.end for s in near)}
        if len(foreign) == 1:
            owner = next(iter(foreign.values()))
            ev.actor1 = replace(ref, name=owner.name, actor_id=owner.actor_id, country=owner.country)
    return events

# an unnamed aircraft or drone, no country word before it: "a drone hit", "shot down 370 drones"
_AIRCRAFT = re.compile(rf"(?:(?:the|a|an|its|their)\s+)?(?:{AIRCRAFT_NOUN})", re.I)

def attribute_aircraft(events: list[Event], merged: bool = False) -> list[Event]:
    """Unnamed drones and warplanes belong to the one foreign state the report shows striking there.

    An unnamed state force takes the country of the event's place ("troops" in Nigeria are
    Nigeria's). Aircraft cross borders: after "Russia launched 400 drones at Ukraine", "a drone
    hit an energy facility in Lviv" and "the air force shot down 370 drones" are Russia's, not
    Ukraine's. Where exactly one state named in the report strikes in a country not its own, the
    aircraft that the default gave to the place's country are that state's; otherwise the default stays. Run on
    each sentence's events and again on the merged ones: "an Israeli strike … the Israeli military said its aircraft
    had struck" may name the striker only once its reports are one event (``merged``: then a striker written as
    aircraft counts too, its state having been named by another of its reports)."""
    strikers = {ev.actor1.actor_id: ev.actor1 for ev in events
                if ev.actor1 is not None and ev.actor1.actor_id and ev.actor1.kind == ActorKind.STATE_FORCES
                and (merged or not _AIRCRAFT.fullmatch(ev.actor1.text)) and ev.actor1.country and ev.location is not None
                and ev.location.country and ev.actor1.country != ev.location.country}
    if not strikers:
        return events
    for ev in events:
        home = ev.location.country if ev.location is not None else None
        foreign = [r for r in strikers.values() if r.country != home]
        if home is None or len(foreign) != 1:
            continue
        for side in ("actor1", "actor2"):
            ref = getattr(ev, side)
            if (ref is not None and ref.kind == ActorKind.STATE_FORCES and ref.country == home and _AIRCRAFT.fullmatch(ref.text)):
                owner = foreign[0]
                setattr(ev, side, replace(ref, name=owner.name, actor_id=owner.actor_id, country=owner.country))
    return events


_DETAIL_REACH = 2  # sentences after the last that told the act


def placed_in_detail(events: list[Event], doc: Document) -> list[Event]:
    """A lead that places an act only by its province or region ("separatist rebels attacked an army post
    in the Intan Jaya regency of Central Papua"), and a sentence right after it that tells more of the act and names
    the town ("The attack targeted a post on the outskirts of Sugapa"): the act was at that town (ACLED: precision 2
    where the text puts it near the town). The sentence must tell no act of its own, lie in the act's paragraph or
    refer back to the act, and name one such town inside the area the act was placed in. Run on merged events."""
    text = doc.article.text
    told = {s.start: s.index for s in doc.sentences}
    reporting = {i for ev in events for i in _told_in(ev, told)}
    by_index = {s.index: s for s in doc.sentences}
    head = dateline_end(text)
    out = []
    for ev in events:
        loc = ev.location
        # (a province, region or district only: an act placed by its country alone may be any of the country's towns the
        # story names)
        if loc is None or (loc.precision < 3 and loc.feature != "admin2") or loc.feature == "country" or ev.modality not in FACTUAL \
                or FAMILY_OF[ev.event_type] not in VIOLENT_FAMILIES | {"riots", "protests"}:
            out.append(ev)
            continue
        evidence = [s for s in (ev.evidence, *ev.extra_evidence) if s is not None]
        if any(p.start is not None and p.start >= head and p.precision < 3 and p.feature != "admin2" and any(s.start <= p.start < s.end for s in evidence)
               for p in doc.places):
            out.append(ev)  # its own sentences name a town: placing it was theirs to do
            continue
        own = _told_in(ev, told)
        found: Place | None = None
        for index in range(min(own) + 1, max(own) + 1 + _DETAIL_REACH):
            sent = by_index.get(index)
            if sent is None or (index in reporting and index > max(own)):
                break  # another act is told after this one: what follows is about it
            if index in reporting:
                continue
            # (in the act's paragraph, referring back to it, or told between two sentences that tell it)
            # (or, for an act placed by its district, the sentence right after it, naming a town of that district: "… in
            # Kech district … The patrol was hit near Shahrak, about 35 km north of Turbat")
            next_in_district = index == max(own) + 1 and loc.feature == "admin2"
            if not (any(same_paragraph(text, s.start, sent.start) for s in evidence if s.start < sent.start) or TOLD_BEFORE.search(sent.text)
                    or index < max(own) or next_in_district):
                continue
            # (not the town another is measured from: "near Shahrak, about 35 km north of Turbat"; nor, for an act placed
            # by its district, another district)
            towns = [p for p in doc.places if p.start is not None and sent.start <= p.start < sent.end and p.precision < 3
                     and p.country == loc.country and (not loc.admin1 or p.admin1 == loc.admin1)
                     and where_it_happened(p, text) and not moved_to(p, text) and not reference_point(p, text)
                     and not (loc.feature == "admin2" and (p.feature == "admin2" or (next_in_district and p.admin2 not in (None, loc.admin2))))]
            if len({p.name for p in towns}) == 1:
                found = towns[0]
                beside = reference_point(found, text) or written_near(found, text)
                found = replace(found, precision=max(found.precision, 2)) if beside else found
                break
            if towns:
                break  # several towns: which one is not said
        out.append(replace(ev, location=found) if found is not None else ev)
    return out


# who the text says did an act it told before: "Police blamed the Carlos Patino front", "local sources blamed fighters of the
# Islamic State group", "the attack was blamed on al-Shabaab", "officials attributed the bombing to the ADF" (the
# accused written just after), "The BLA claimed responsibility" (the claimant just before)
_BLAMED_BEFORE = re.compile(r"\b(?:blam(?:ed|es|ing)(?:\s+on)?|attribut(?:ed|es|ing)\s+(?:\w+\s+){0,3}?to|accus(?:ed|es|ing)|(?P<held>held|holds))\s+"
                            r"(?:(?:the|a|an)\s+)?(?:(?!(?:for|of|in|on|at|after|over)\b)[\w'’-]+\s+){0,2}?(?:of\s+the\s+|of\s+)?"
                            # ("blamed fighters of the al Qaeda-linked JNIM group")
                            r"(?:(?:[\w'’]+\s+){0,2}?[\w'’]+\s*-\s*(?:linked|backed|affiliated|allied|aligned)\s+)?$", re.I)
_HELD_RESPONSIBLE = re.compile(r"\s*(?:\([^)]{1,40}\)\s*)?(?:responsible|accountable)\b", re.I)
_CLAIMED_AFTER = re.compile(r"\s*(?:\([^)]{1,40}\)\s*)?(?:,[^,;.]{1,80},\s*)?(?:(?:has|have|had|later|quickly|swiftly|also)\s+){0,2}claimed\s+"
                            rf"(?:responsibility|credit|(?P<both>both|the\s+two|all\s+(?:three|four|the))?\s*(?:the\s+|these\s+|those\s+)?(?:[\w-]+\s+)?(?:{INCIDENT})s?)\b", re.I)


@dataclass(frozen=True)
class Blame:
    """Who a sentence says did an act it told before, and which acts: the latest one, or every act in reach
    ("claimed both bombings"); ``reach`` is how many sentences back the act may be told."""

    doer: ActorRef
    every: bool = False
    claim: bool = False
    reach: int = _BLAME_REACH


def blame_in(sent: Sentence, doc: Document, named: list[ActorRef]) -> Blame | None:
    """The attribution a sentence makes, if any: an act named again by a word that tells none of its own and put
    down to an armed party ("…, for which the rebels are being held responsible", ``_blamed_in``), or a named
    group blamed for the act or claiming it ("Police blamed the Carlos Patino front", "The BLA claimed
    responsibility", ``_blamed``)."""
    text = doc.article.text
    doer = _blamed_in(sent, doc)
    if doer is not None:
        # "No group has claimed the bombing. Officials blamed al-Shabaab": the act named again just before
        # carries the blame further back than three sentences
        again = any(TOLD_BEFORE.search(s.text) for s in doc.sentences if sent.index - 1 <= s.index <= sent.index)
        return Blame(doer, reach=_NAMED_REACH if again else _BLAME_REACH)
    # (not a name that only modifies the next: "fighters of the al Qaeda-linked JNIM group" blames JNIM)
    blamed = next((r for r in named if sent.start <= (r.start or 0) < sent.end and not MODIFIER_AFTER.match(text, r.end or 0)
                   and _blamed(r, sent, text)), None)
    if blamed is None:
        return None
    # (a denial or a "no one" before the blame, in its own clause: "No one claimed responsibility for the blast, but a
    # police commander blamed al-Shabaab" still blames)
    turn = max((m.end() for m in _BUT.finditer(text, sent.start, blamed.start or 0)), default=sent.start)
    if _NO_ONE.search(text, turn, blamed.start or 0):
        return None
    claim = _CLAIMED_AFTER.match(text, blamed.end or 0, sent.end)
    return Blame(blamed, every=claim is not None and bool(claim["both"]), claim=claim is not None)


def blamed_doers(events: list[Event], doc: Document) -> list[Event]:
    """An act told without a known doer, then a sentence that says who did it, by blame or by a claim ("A police
    officer was killed when explosives dropped from a drone hit a police station … Police blamed the Carlos Patino
    front"; "… killing nine civilians … Local sources blamed fighters of the Islamic State group"; "… shot dead
    two farmers, a crime for which the rebels are being held responsible"): that party is its actor 1, as ACLED
    codes an attribution. Only the latest violent act told before the sentence or in it (within three sentences,
    or ten where the act is named again), and only where its doer is untold or only a noun ("gunmen", "the
    attackers"): a group the text named as the doer is not replaced by one blamed, nor are doers the report calls
    unidentified. Run on the merged events, so that an act retold later is within reach of a blame after the
    retelling."""
    text = doc.article.text
    named = [r for r in doc.actors if r.actor_id and r.kind in ARMED_NON_STATE and r.start is not None and r.end is not None]
    by_index = {s.index: s for s in doc.sentences}
    told_at = {s.start: s.index for s in doc.sentences}
    out = list(events)
    for sent in doc.sentences:
        blame = blame_in(sent, doc, named)
        if blame is None:
            continue
        # (the last sentence up to this one that tells each act; an act dated only by its year is a year's toll,
        # whoever the text blames for most of it)
        last = {i: max((k for k in _told_in(ev, told_at) if k <= sent.index), default=None) for i, ev in enumerate(out)}
        # (further back where nothing else is told between: quotes from witnesses may stand between the act and the blame)
        latest = max((k for k in last.values() if k is not None), default=None)
        told = [i for i, ev in enumerate(out) if last[i] is not None
                and (sent.index - (last[i] or 0) <= blame.reach or (last[i] == latest and sent.index - (last[i] or 0) <= _QUIET_REACH))
                and FAMILY_OF[ev.event_type] in VIOLENT_FAMILIES and ev.modality in FACTUAL
                and not (ev.date is not None and ev.date.precision == "year")]
        hosts = sorted(told, key=lambda k: (last[k] or 0, k), reverse=True)
        for i in hosts if blame.every else hosts[:1]:
            ev = out[i]
            # (a doer the text names, not one only inferred: "the attackers" linked to the group named last; nor doers the
            # report calls unidentified, whom a blame told elsewhere does not identify: see ``unknown_doer``)
            # (nor a state's air force read from the aircraft alone: "a drone struck a crowded market" names no one, and
            # "the state government blamed the RSF" does)
            inferred = ev.actor1 is None or (ev.actor1.kind == ActorKind.REBEL and not unknown_doer(ev.actor1) and (
                ev.actor1.actor_id is None or GENERIC.fullmatch(ev.actor1.text) is not None)) or (
                ev.actor1.kind == ActorKind.STATE_FORCES and _AIRCRAFT_ALONE.fullmatch(ev.actor1.text) is not None
                and blame.doer.kind in ARMED_NON_STATE)
            own = ev.actor2 is not None and ev.actor2.actor_id is not None and ev.actor2.actor_id == blame.doer.actor_id
            if inferred and not own and not separate_from(by_index.get(ev.sentence), sent, text):
                modality = Modality.CLAIMED if blame.claim and ev.modality == Modality.REPORTED else ev.modality
                out[i] = replace(ev, actor1=replace(blame.doer, score=min(blame.doer.score, 0.6)), modality=modality)
    return out


_AIRCRAFT_ALONE = re.compile(rf"(?:{AIRCRAFT_NOUN})", re.I)


def _blamed(ref: ActorRef, sent: Sentence, text: str) -> bool:
    """The sentence blames ``ref`` ("Police blamed the X", "held the X responsible") or has it claim an act."""
    m = _BLAMED_BEFORE.search(text, max(sent.start, (ref.start or 0) - 60), ref.start or 0)
    if m is not None and (m["held"] is None or _HELD_RESPONSIBLE.match(text, ref.end or 0, sent.end)):
        # what they are blamed for, where the sentence says, is an act ("accused the Taliban government of allowing the
        # TTP to operate" blames no one for the attack told before); an accusation must say so
        what = _FOR_WHAT.match(text, ref.end or 0, sent.end)
        if what is not None:
            return _AN_ACT.search(what["what"]) is not None
        return not m.group().lower().startswith("accus")
    return _CLAIMED_AFTER.match(text, ref.end or 0, sent.end) is not None


_FOR_WHAT = re.compile(r"[^.;,]{0,30}?\s(?:of|for)\s+(?P<what>[^.;]{1,60})", re.I)
_AN_ACT = re.compile(rf"\b(?:{INCIDENT}|killings?|murders?|kidnappings?|abductions?|bombings?|violence|deaths?|it|them|this|that)\b", re.I)


_QUIET_REACH = 6  # sentences back to the act told last, where no other act is told between it and the blame
_BUT = re.compile(r",?\s+but\s+|;\s*", re.I)
_NO_ONE = re.compile(r"\b(?:no|not|never|nobody|none|denied|den(?:y|ies)|rejected)\b", re.I)


def separate_from(told: Sentence | None, sent: Sentence, text: str) -> bool:
    """The blaming sentence opens on another incident ("In a separate attack, …", "Separately, …")."""
    # ("Meanwhile, …" turns to another act for an attribution, though a merge may still find the same one told again)
    return told is not None and told.index != sent.index and (opens_apart(sent.text) or _MEANWHILE.match(sent.text) is not None)


_MEANWHILE = re.compile(r"\W*meanwhile\b", re.I)
