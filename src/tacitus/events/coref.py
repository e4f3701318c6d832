"""One event per real occurrence in an article.

Reports tell an attack several times: a lead ("Gunmen killed 12 in Borno"), details ("the
assailants arrived on motorcycles"), an update ("the death toll rose to 15"). Those sentences
become one event with all its evidence; counts are reconciled (a later, higher toll wins as
``best``, the spread is kept in ``low``/``high``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import replace

from tacitus.actors.generic import unknown_doer
from tacitus.actors.resolve import ARMED_NON_STATE
from tacitus.dateline import dateline_end
from tacitus.dates import distance_from_told, find_dates
from tacitus.events.counts import STATE_NOUN
from tacitus.events.numbers import COUNT_RE, add_counts
from tacitus.events.taxonomy import FAMILY_OF, VIOLENT_FAMILIES
from tacitus.geo.usage import moved_to, where_it_happened
from tacitus.model import (
    FACTUAL,
    ActorKind,
    ActorRef,
    Count,
    DateSpan,
    Event,
    Modality,
    PhysicalTarget,
    Place,
    Span,
)
from tacitus.saying import AFFIRMED, SAID, said_on

# Types that may describe the same incident in different sentences.
_COMPATIBLE_FAMILIES: dict[str, frozenset[str]] = {
    **{family: VIOLENT_FAMILIES for family in VIOLENT_FAMILIES},
    "protests": frozenset({"protests", "riots"}),
    "riots": frozenset({"riots", "protests"}),
}
# When two types merge, the more specific one stays.
_SPECIFICITY = [
    "suicide_bomb", "chemical_weapon", "air_drone_strike", "shelling_artillery_missile", "remote_explosive", "grenade",
    "mob_violence", "excessive_force_against_protesters", "protest_with_intervention", "violent_demonstration",
    "sexual_violence", "abduction", "peaceful_protest",
]


def _actor_ok(a: ActorRef | None, b: ActorRef | None) -> bool:
    """Two reports may share this side of an event: the same actor, or one unnamed on one side —
    but never a state's forces and an armed group ("two men shot the judge" is not what "police
    arrived" tells)."""
    if a is None or b is None:
        return True
    if a.actor_id is not None and b.actor_id is not None:
        return a.actor_id == b.actor_id
    kinds = {a.kind, b.kind}
    return not (ActorKind.STATE_FORCES in kinds and kinds & ARMED_NON_STATE)


def _battle_and_massacre(a: Event, b: Event) -> bool:
    """One report is a fight between armed sides, told as one, the other harm done to civilians: a barrage
    on a market and a battle on the city's edge the same day are two events. (Two accounts of one strike,
    "killed two men" and "targeted a smuggler for the militia", are not: neither tells a fight.)"""
    if "armed_clash" not in (a.event_type, b.event_type) or a.event_type == b.event_type:
        return False
    clash, other = (a, b) if a.event_type == "armed_clash" else (b, a)
    fought = clash.evidence is not None and bool(_FOUGHT.search(clash.evidence.text))
    return fought and other.actor2 is not None and other.actor2.kind == ActorKind.CIVILIANS


_FOUGHT = re.compile(r"\b(?:battl\w+|fought|fighting|clash\w*|gun-?fights?|fire-?fights?|gun\s+battles?|exchanged\s+fire|skirmish\w*)\b", re.I)


def _told_at(a: Event, latest: int | None) -> int:
    """The last sentence that told ``a`` (``latest`` where the merge knows it)."""
    return max(a.sentence, latest if latest is not None else a.sentence)


def _dateline_len(ev: Event) -> int:
    """How much of the event's sentence is the article's dateline ("SAN SALVADOR, 28 DEC 89 (AFP) --"):
    a place or date there says where and when the report was filed, not where the event happened."""
    if ev.evidence is None or ev.sentence > 0:
        return 0
    return dateline_end(ev.evidence.text)


def _own_place(ev: Event, dateline: bool = True) -> bool:
    """The location was named in the event's own sentence (not inherited from the dateline or context);
    with ``dateline=False``, a place named only in the sentence's dateline is not the event's own either."""
    loc, evd = ev.location, ev.evidence
    if loc is None or evd is None or loc.start is None:
        return False
    if dateline:
        return evd.start <= loc.start < evd.end
    head = _dateline_len(ev)
    if evd.start + head <= loc.start < evd.end:
        # (not a place someone was only taken to: "two others were injured and airlifted to Raipur"; nor where someone
        # spoke from, placed only for want of another: "the provincial government, speaking from Bunia, confirmed the attack")
        here = replace(loc, start=loc.start - evd.start, end=(loc.end or loc.start) - evd.start)
        return not moved_to(here, evd.text) and where_it_happened(here, evd.text)
    # "NAIROBI — … thousands stormed parliament in Nairobi": the body names the dateline's town again
    names = {n.lower() for n in (loc.text, loc.name) if n}
    body = evd.text[head:].lower()
    return evd.start <= loc.start < evd.start + head and any(re.search(rf"\b{re.escape(n)}\b", body) for n in names)


# the basis of a date that agrees with any other: none at all (on or before publication). A date taken
# from the event's context (its paragraph, the report's lead) is the best reading there is and is kept
# for merging: muc4 was better on every field with it kept than with it a wildcard.
UNDATED = ("before_publication",)


def _stated_date(ev: Event) -> bool:
    """The event's sentence dates it itself ("on 24 March 1980", "last Friday"), not by "today" (often the
    day of the statement that reports it) nor by the dateline's filing date, nor by no date at all."""
    d, evd = ev.date, ev.evidence
    if d is None or d.basis in ("publication", "before_publication") or statement_day(ev):
        return False
    if d.text and evd is not None and (cut := _dateline_len(ev)):
        body = evd.text[cut:].lower()
        return d.text.lower() in body
    return True


def _date_written(ev: Event) -> bool:
    """The words of the event's date stand in its own sentence."""
    d, evd = ev.date, ev.evidence
    return d is not None and evd is not None and bool(d.text) and (d.text or "").lower() in evd.text.lower()


def _dated_in_own_words(ev: Event) -> bool:
    """The event's sentence writes its date ("on Tuesday", "a day later"), not the statement's day nor the story's."""
    if ev.date is None or ev.date.basis in ("publication", *UNDATED):
        return False
    return _date_written(ev) and not statement_day(ev)


def _place_ok(a: Event, b: Event) -> bool:
    if a.location is None or b.location is None or not (_own_place(a, dateline=False) and _own_place(b, dateline=False)):
        return a.location is None or b.location is None or a.location.country == b.location.country or not (a.location.country and b.location.country)
    if a.location.country and b.location.country and a.location.country != b.location.country:
        return False
    if a.location.precision == 1 and b.location.precision == 1:
        return a.location.name == b.location.name
    # a strike on Kharkiv and a drone in the Poltava region: two places the text names, two provinces
    return not (a.location.admin1 and b.location.admin1 and a.location.admin1 != b.location.admin1)


def _other_towns(a: Event, b: Event) -> bool:
    """Each report names its own town, and they differ ("marched in Cusco … In Lima, police used pepper spray")."""
    la, lb = a.location, b.location
    return la is not None and lb is not None and la.precision == 1 and lb.precision == 1 and la.name != lb.name \
        and _own_place(a, dateline=False) and _own_place(b, dateline=False)


_NEWS_DAYS = 31


def _long_before(dated: DateSpan | None, undated: DateSpan | None) -> bool:
    """``dated`` ended more than a month before the publication day that bounds ``undated``."""
    if dated is None or undated is None or undated.basis != "before_publication" or dated.basis in UNDATED:
        return False
    return dated.end is not None and undated.end is not None and (undated.end - dated.end).days > _NEWS_DAYS


_SAY = rf"(?:{SAID}|told|denounced|deplored|condemned|released|issued|admitted)"
# "police reported today that …", "the bishop told the media today …", "Colonel X today said …": the day is the statement's
_SAID_TODAY = re.compile(rf"\b{_SAY}\s+(?:[\w'’-]+\s+){{0,3}}?(?:today|this\s+(?:morning|afternoon|evening))\b|"
                         rf"\b(?:today|this\s+(?:morning|afternoon|evening))\s+{_SAY}\b", re.I)


_TODAY = re.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b", re.I)


def said_today(ev: Event) -> bool:
    """The event's only date is the day its sentence's statement was made ("the army said today that the
    priests had been killed"), which is no evidence of the day of the act it reports ("was killed at noon
    today, police reported today" dates the act too)."""
    return ev.date is not None and ev.date.basis == "publication" and ev.evidence is not None \
        and bool(_SAID_TODAY.search(ev.evidence.text)) and len(_TODAY.findall(ev.evidence.text)) == 1


# "police said on Saturday that …", "the ministry said in a statement on Sunday", "On Sunday, the health minister
# said …": the day is the statement's
_SAID_ON = re.compile(said_on(_SAY), re.I)
_SAID_AFTER = re.compile(rf"^,?\s+(?:[\w'’.-]+\s+){{1,6}}?{_SAY}\b", re.I)
_OPENING_DATE = re.compile(r"^\W*(?:(?:late|early)\s+)?(?:on\s+|by\s+)?$", re.I)
# "In a statement on Tuesday, a spokesman said …": the day of the statement
_STATEMENT_ON = re.compile(r"\b(?:statement|communiqu[eé]|message|video|post)\s+(?:\w+\s+){0,4}?(?:on|late\s+on|early\s+on)\s+$", re.I)


def statement_day(ev: Event) -> bool:
    """The event's only date is the day the statement that reports it was made ("police said on Saturday that
    eight people had been killed", "On Sunday, the minister said 19 had died"), no evidence of the act's day."""
    if said_today(ev):
        return True
    d, evd = ev.date, ev.evidence
    if d is None or evd is None or not d.text or d.basis in ("publication", *UNDATED, "context"):
        return False
    at = evd.text.find(d.text)
    if at < 0 or evd.text.find(d.text, at + 1) >= 0:
        return False
    before, after = evd.text[max(0, at - 80) : at], evd.text[at + len(d.text) :]
    return bool(_SAID_ON.search(before)) or bool(_STATEMENT_ON.search(before)) \
        or (bool(_OPENING_DATE.match(evd.text[_dateline_len(ev) : at])) and bool(_SAID_AFTER.match(after)))


def _stated_before(a: Event, b: Event) -> bool:
    """``a`` is dated by a statement made on or after the day ``b`` is dated."""
    return statement_day(a) and b.date is not None and b.date.end is not None and a.date is not None \
        and a.date.end is not None and b.date.end <= a.date.end


_STATEMENT_DAYS = 3  # a toll stated "on Sunday" for an act of Friday evening
_LEAD_DETAIL_REACH = 2  # sentences after a lead dated by its saying, within which the act's own day may be told


def _statement_after(a: Event, b: Event) -> bool:
    """``b`` is dated only by its statement, made on the day ``a`` is dated or a few days after it."""
    if not statement_day(b) or a.date is None or b.date is None or a.date.basis in UNDATED or a.date.end is None \
            or b.date.start is None or b.date.end is None:
        return False
    return a.date.end <= b.date.end and (b.date.start - a.date.end).days <= _STATEMENT_DAYS


def dates_agree(a: Event, b: Event) -> bool:
    """The two events' dates may be one day (either undated, or their intervals overlap). An
    undated report is news: it is not an event that ended more than a month before publication
    ("in March 2019 gunmen killed a chief … Bandits abducted 12 farmers near the village")."""
    if _long_before(a.date, b.date) or _long_before(b.date, a.date):
        return False
    if a.date is None or b.date is None or a.date.basis in UNDATED or b.date.basis in UNDATED:
        return True
    sa, ea, sb, eb = a.date.start, a.date.end, b.date.start, b.date.end
    if None in (ea, eb):
        return True
    return not ((sa and eb and eb < sa) or (sb and ea and ea < sb))


_GENERIC_WORDS = re.compile(r"^(?:the|a|an|of|and|people|persons|civilians|villagers|residents|soldiers|troops|police|policemen|men|women|"
                            r"children|members|forces|group|army|military|government|guerrillas?|terrorists?|rebels?|militants?|former|leader|leaders|"
                            r"minister|mayor|general|officials?|unidentified|armed|civilians?|national|guard|\w{1,3})$", re.I)


def _name_words(ref: object) -> set[str]:
    """Distinctive words of an actor as written ("Hector Oqueli Colindres" → {hector, oqueli, colindres})."""
    text = getattr(ref, "text", None) or ""
    return {w.lower() for w in re.findall(r"[^\W\d_]+", text) if not _GENERIC_WORDS.match(w)}


def same_victim(a: Event, b: Event) -> bool:
    """Both reports name one victim (a distinctive word of its name in common)."""
    return bool(_name_words(a.actor2) & _name_words(b.actor2))


def _same_person(a: Event, b: Event) -> bool:
    """Both reports name one person as the victim ("Judge Elena Marroquin" … "Marroquin"); a group
    ("peasants", "Jesuit priests") may be the victims of several incidents told in one article."""
    if not same_victim(a, b):
        return False
    return any(r is not None and r.kind == ActorKind.PERSON for r in (a.actor2, b.actor2)) or (_one_victim(a) and _one_victim(b))


def _one_victim(ev: Event) -> bool:
    """The event has one victim: a name parsed with its title ("LIBERAL CANDIDATE LUIS GALINDO") is no
    person actor, but one dead still says it is one person."""
    c = ev.fatalities or ev.abducted
    return c is not None and c.best == 1


def _victim_place_ok(a: Event, b: Event) -> bool:
    """For reports of the same named person, places disagree only when each sentence names its own place:
    a place inherited from the dateline or an earlier sentence says nothing against the other report."""
    return _place_ok(a, b) or not (_own_place(a, dateline=False) and _own_place(b, dateline=False))


def _victim_date_ok(a: Event, b: Event) -> bool:
    """For reports of the same named person, dates disagree only when each sentence states its own date:
    "said today" dates the statement, a dateline the filing, not the killing told elsewhere."""
    return dates_agree(a, b) or not (_stated_date(a) and _stated_date(b))


_TOLL = re.compile(r"\b(?:death|casualty)\s+toll\b|\btoll\s+(?:(?:has|had|have)\s+)?(?:rose|risen|climbed|increased|jumped)|"
                   r"\b(?:bringing|raising|pushing|taking|lifting)\s+the\s+(?:\w+\s+)?toll\s+to\b|"
                   r"\b(?:higher|lower|earlier|initial|new|revised|official|own|different)\s+(?:death\s+)?(?:toll|figure|count|tally)\b|"
                   r"\bput\s+the\s+(?:toll|number\s+of\s+(?:dead|deaths|victims|people\s+killed))\s+at\b|"
                   # "the number of soldiers and VDP killed had risen to 19"
                   r"\bnumber\s+of\s+(?:[\w'’-]+\s+){0,4}?(?:killed|dead)\s+(?:[\w'’-]+\s+){0,3}?(?:rose|risen|climbed|increased|jumped)\b", re.I)
# a toll that grew is the latest word; a toll given by another source is another reading of the same dead
_TOLL_ROSE = re.compile(r"\b(?:rose|risen|rising|climbed|climbing|increased|raising|raised|mounted|jumped|bringing|brought|taking|pushing|pushed|lifting|lifted)\b", re.I)


def _is_toll_update(ev: Event) -> bool:
    return ev.fatalities is not None and ev.evidence is not None and bool(_TOLL.search(ev.evidence.text))


def _toll_date_ok(a: Event, b: Event) -> bool:
    """A toll is updated on a later day ("the death toll rose to 40 on Tuesday"): its date may run after
    the event's, never before it."""
    if a.date is None or b.date is None or a.date.basis in UNDATED or b.date.basis in UNDATED:
        return True
    return not (a.date.start and b.date.end and b.date.end < a.date.start)


_CROWD_FAMILIES = frozenset({"protests", "riots"})


_RESPONSE_REACH = 2  # sentences after the last that told the protest


def _protest_response(a: Event, b: Event, latest: int | None = None) -> bool:
    """A protest and the force used against it, told in neighbouring sentences, or a sentence or two after the
    protest was last told where the later report names no place or other day of its own ("… groups of young men broke
    into a warehouse … One protester was shot dead, police said"). Police who fought an armed gang did not use that
    force on marchers told next (the dates of neighbours are not compared: a protest sentence often carries the date
    of its backdrop, "despite warnings on Friday night")."""
    fams = {FAMILY_OF[a.event_type], FAMILY_OF[b.event_type]}
    # a riot the police fired on likewise ("youths torched a police post. Police opened fire, killing three")
    told_at = _told_at(a, latest)
    # (the crowd told first, the force used on it after; arrests told apart are the crowd's where nothing of theirs
    # says otherwise: "Police said 45 people were arrested", ACLED's arrests at a demonstration are that event's)
    later = FAMILY_OF[a.event_type] in _CROWD_FAMILIES and (b.event_type != "arrest" or _crowd_arrested(b)) \
        and (0 < b.sentence - told_at <= _RESPONSE_REACH or (b.sentence > told_at and _at_the_crowd(b))) \
        and not _own_place(b, dateline=False) and dates_agree(a, b)
    if not fams & _CROWD_FAMILIES or (abs(a.sentence - b.sentence) > 1 and not later):
        return False
    other = b if FAMILY_OF[a.event_type] in _CROWD_FAMILIES else a
    crowd = a if other is b else b
    if a.sentence == b.sentence and not dates_agree(a, b) and _dated_in_own_words(a) and _dated_in_own_words(b):
        return False  # "fired tear gas on Tuesday, and a day later raided the party's offices": another day's act
    if crowd.sentence > other.sentence and _stated_date(crowd) and not dates_agree(a, b) and _own_place(crowd, dateline=False) \
            and crowd.location is not None and (other.location is None or crowd.location.name != other.location.name):
        return False  # "Police said 23 had been arrested. The unrest followed a march in Nairobi on Thursday": another day's crowd
    if FAMILY_OF[crowd.event_type] == "riots" and (crowd.actor1 is None or crowd.actor1.kind not in (ActorKind.RIOTERS, ActorKind.PROTESTERS)
                                                   or other.event_type not in ("attack", "armed_clash", "excessive_force_against_protesters")):
        return False  # a riot only where a crowd is told rioting, and only the force used on it (arrests are their own)
    if other.actor2 is not None and other.actor2.kind in ARMED_NON_STATE:
        return False
    target_protesters = other.actor2 is not None and other.actor2.kind == "protesters"
    by_state = other.actor1 is not None and other.actor1.kind == "state_forces"
    # "… police fired tear gas to disperse the march, and 12 people were arrested": arrests told with no doer
    protest = a if other is b else b
    unnamed_arrests = other.event_type == "arrest" and other.actor1 is None and a.sentence == b.sentence \
        and protest.event_type in ("protest_with_intervention", "excessive_force_against_protesters")
    # "a demonstrator died … during clashes with police": the unnamed side that clashed is the protest's crowd
    crowd_clash = other.event_type == "armed_clash" and other.actor1 is None \
        and other.actor2 is not None and other.actor2.kind == ActorKind.STATE_FORCES
    # "… Police said 45 people were arrested": the crowd's arrests, told after it
    crowd_arrests = other.event_type == "arrest" and other.sentence > crowd.sentence and _crowd_arrested(other)
    return other.event_type in ("attack", "arrest", "armed_clash", "excessive_force_against_protesters") \
        and (target_protesters or by_state or unnamed_arrests or crowd_clash or crowd_arrests or _crowd_dead(a, b))


def _crowd_dead(a: Event, b: Event) -> bool:
    """One sentence tells the dead with no doer and the force used on a crowd ("two people were shot dead in the Caracas
    district of Petare when troops opened fire on crowds protesting"): the dead are that force's, wherever in the
    sentence's places each was put."""
    if a.sentence != b.sentence:
        return False
    dead, crowd = (a, b) if a.event_type == "attack" else (b, a)
    return dead.event_type == "attack" and dead.actor1 is None \
        and crowd.event_type in ("excessive_force_against_protesters", "protest_with_intervention")


# arrests told as made at a gathering already told: "those detained during Tuesday's march", "arrested at the rally"
_AT_THE_CROWD = re.compile(r"\b(?:arrested|detained|held|rounded\s+up|picked\s+up)\s+(?:during|at|in|after)\s+(?:the|this|that|[\w-]+['’]s)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:march(?:es)?|protests?|demonstrations?|rally|rallies|sit-ins?|riots?|unrest)\b", re.I)


def _at_the_crowd(ev: Event) -> bool:
    return ev.event_type == "arrest" and ev.evidence is not None and bool(_AT_THE_CROWD.search(ev.evidence.text))


def _crowd_arrested(ev: Event) -> bool:
    """Arrests told with no day of their own, by no one or a state's forces, of people no group names: the
    arrests of a crowd told before."""
    if ev.actor1 is not None and ev.actor1.kind != ActorKind.STATE_FORCES:
        return False
    if any(r is not None and (r.kind in ARMED_NON_STATE or r.kind == ActorKind.PERSON) for r in (ev.actor2, *ev.assoc_actor2)):
        return False
    return not _dated_in_own_words(ev) or (ev.date is not None and ev.date.basis == "context") or _at_the_crowd(ev)


def _riot_harm(a: Event, b: Event) -> bool:
    """A riot and a killing or beating told by one clause pair of one sentence ("a mob of residents beat to death
    a man they accused of theft"): the harm is what the riot did, not an attack of its own."""
    if a.sentence != b.sentence or {FAMILY_OF[a.event_type], FAMILY_OF[b.event_type]} != {"riots", "violence_against_civilians"}:
        return False
    harm = a if FAMILY_OF[a.event_type] == "violence_against_civilians" else b
    riot = b if harm is a else a
    return harm.event_type == "attack" and _actor_ok(riot.actor1, harm.actor1) and _actor_ok(riot.actor2, harm.actor2)


_CROWD_REACH = 1  # sentences


def _crowd_damage(a: Event, b: Event, latest: int | None = None) -> bool:
    """A crowd burning or wrecking property next to a riot or a protest told in the same or the next sentence
    ("the crowd set fire to three shops before police arrived. Officers fired tear gas to disperse the rioters"):
    what the crowd did in that riot, not an event of its own."""
    damage, crowd = (a, b) if a.event_type == "looting_property_destruction" else (b, a)
    if damage.event_type != "looting_property_destruction" or FAMILY_OF[crowd.event_type] not in ("riots", "protests"):
        return False
    if damage.actor1 is None or damage.actor1.kind not in (ActorKind.RIOTERS, ActorKind.PROTESTERS) or damage.actor1.actor_id:
        return False
    # (counted from the last sentence that told the crowd: "… blocked the road with burning tyres. The crowd then ransacked …")
    told_at = max(crowd.sentence, latest if latest is not None and crowd is a else crowd.sentence)
    near = abs(a.sentence - b.sentence) <= _CROWD_REACH or 0 < damage.sentence - told_at <= _CROWD_REACH
    return near and {a.modality, b.modality} <= FACTUAL and dates_agree(a, b) and _place_ok(a, b)


# A sentence that opens on another incident: "Separately, …", "In a separate attack …", "Elsewhere, …"
_SEPARATE = re.compile(r"^\W*(?:[A-Z][\w .,'’-]{0,40}?\W)?(?:separately|elsewhere|in\s+(?:a|another)\s+(?:separate|unrelated|different)\b|"
                       r"in\s+another\s+(?:incident|attack|development|raid|bombing|shooting)|in\s+an\s+unrelated\b|on\s+another\s+front)", re.I)
_REFERS_BACK = re.compile(r"\b(?:also|in\s+the\s+(?:attack|assault|raid|ambush|blast|explosion|bombing|shooting|clash(?:es)?|incident|violence|fighting))\b", re.I)


def stated(c: Count | None) -> bool:
    """The count is written as a number ("12", "a dozen", "one"), not inferred from a victim phrase
    ("killed the mayor", "a soldier was killed": one person, who may be one of a larger toll)."""
    return c is not None and c.text is not None and COUNT_RE.search(c.text) is not None


def counts_differ(a: Count | None, b: Count | None) -> bool:
    """Two different tolls: two incidents, unless the later sentence refers back ("also", "in the attack").
    An inferred victim count ("killed the mayor": 1) differs from a stated toll too: letting it merge
    with a larger toll was tried and merged reports of other incidents (muc4 event type 0.867 -> 0.858)."""
    return a is not None and b is not None and a.best is not None and b.best is not None and a.best != b.best


_TERRITORY = frozenset({"government_regains_territory", "non_state_actor_overtakes_territory"})


_OWNED = frozenset([Modality.REPORTED, Modality.CLAIMED])


def _claim_fits(a: Event, b: Event) -> bool:
    """One of two reports is a named armed group's own account ("the group said one of its fighters had
    detonated an explosive belt"), and the other names no other doer."""
    claim, report = (a, b) if a.modality == Modality.CLAIMED else (b, a)
    doer = claim.actor1
    if doer is None or not doer.actor_id or doer.kind not in ARMED_NON_STATE:
        return False
    if report.actor1 is None or report.actor1.actor_id in (None, doer.actor_id) or _doer_suspected(report):
        return True
    # a fight told from the side that was attacked ("soldiers fought off an assault by suspected jihadists"): the
    # group may claim the unnamed attackers' side
    other = report.actor2
    return report.event_type == "armed_clash" and other is not None and other.kind in ARMED_NON_STATE and other.actor_id in (None, doer.actor_id)


_BARE_REACH = 1  # sentences after the last that told the act


def says_nothing_new(a: Event, b: Event, latest: int | None = None) -> bool:
    """``b`` is a violent act with nothing of its own, told right after the violent act or riot ``a`` was last told
    ("One protester was shot dead … It was not clear who fired the fatal shot"): no doer, no victim, no count, no
    thing struck, no place or day of its own. It can only be more of ``a``."""
    if FAMILY_OF[b.event_type] not in VIOLENT_FAMILIES or FAMILY_OF[a.event_type] not in VIOLENT_FAMILIES | _CROWD_FAMILIES:
        return False
    told_at = _told_at(a, latest)
    if not (0 < b.sentence - told_at <= _BARE_REACH and {a.modality, b.modality} <= FACTUAL) or separate(b):
        return False
    if b.evidence is None or _ANOTHER.search(b.evidence.text):
        return False
    return b.actor1 is None and b.actor2 is None and not b.physical_targets and all(getattr(b, k) is None for k in _COUNT_KINDS) \
        and not _own_place(b, dateline=False) and not (_stated_date(b) and not (b.date is not None and b.date.basis == "context"))


def _in_the_same(a: Event, b: Event, latest: int | None = None) -> bool:
    """``b`` says it happened in "the same operation" (attack, clash …), a sentence or few after the violent act ``a``
    was last told, and names no place or day of its own."""
    if FAMILY_OF[a.event_type] not in VIOLENT_FAMILIES or FAMILY_OF[b.event_type] not in VIOLENT_FAMILIES:
        return False
    if b.evidence is None or not _SAME_INCIDENT.search(b.evidence.text) or not 0 < b.sentence - _told_at(a, latest) <= _RETELL_REACH:
        return False
    return not _own_place(b, dateline=False) and not _dated_in_own_words(b)


def same_occurrence(a: Event, b: Event, latest: int | None = None, last_told: bool = False) -> bool:
    """Whether two events of one article describe the same incident (``latest``: the last sentence that told ``a``;
    ``last_told``: ``a`` is the violent incident the article told most recently before ``b``)."""
    if separate(b) and a.sentence != b.sentence:
        return False  # "Separately, the army said it had seized …": the writer says it is another incident (than those before)
    if a.modality == b.modality and (_protest_response(a, b, latest) or _crowd_damage(a, b, latest) or _riot_harm(a, b)) \
            and (not _other_towns(a, b) or _crowd_dead(a, b)):
        return True
    if says_nothing_new(a, b, latest):
        return True
    if last_told and _in_the_same(a, b, latest):
        return True  # "… one of its members was killed in the same operation": the act told last
    fam_a, fam_b = FAMILY_OF[a.event_type], FAMILY_OF[b.event_type]
    if {a.event_type, b.event_type} & _TERRITORY and "explosions_remote_violence" in (fam_a, fam_b):
        return False  # "the Taliban seized a district centre, while a bomb at an army base killed five": two events
    if {a.event_type, b.event_type} & _TERRITORY and "abduction" in (a.event_type, b.event_type):
        return False  # "ISIL took control of Mosul … ISIL fighters had seized 31 truck drivers on Tuesday": two events
    if _is_toll_update(b) and fam_a in VIOLENT_FAMILIES and fam_b in VIOLENT_FAMILIES and _toll_date_ok(a, b) \
            and (a.modality == b.modality or {a.modality, b.modality} <= _OWNED or _suspected_only(a)):
        return True  # "the death toll rose to 40" updates the event reported before
    if retells(a, b, latest) or own_account(a, b, latest) or same_thing_again(a, b, latest):
        return True  # "the group said it was behind the attack", "troops repelled the attack": the incident told again
    if claimed_last(a, b, latest, last_told) or their_account(a, b):
        return True  # "… The group claimed responsibility, saying it had killed 20": the act told last, claimed
    if toll_of(a, b, latest, last_told):
        return True  # "… stormed a camp late on Tuesday. The UN said 58 people had been killed at the site": its dead
    if mirrored(a, b):
        return True  # "fighters stormed the hotel, and security forces killed the last of the attackers": one fight
    if attackers_dead(a, b, latest):
        return True  # "… killing six soldiers … nine attackers were killed when troops pushed the assailants back"
    if destroyed_in(a, b) or destroyed_in(b, a):
        return True  # "gang members raided the neighbourhood, shooting residents and torching homes": one attack
    if spoils_of(a, b, latest) or claimed_spoils(a, b, latest) or intercepted_launch(a, b, latest):
        return True  # "… raided the camp, killing four militants … troops recovered two rifles": taken in that fight
    if lead_detailed(a, b):
        return True  # "… and a drone strike on a car killed two the following day" … "On Tuesday a drone hit a car at X, killing two"
    if fam_b not in _COMPATIBLE_FAMILIES.get(fam_a, frozenset({fam_a})):
        return False
    if "agreement" in {a.event_type, b.event_type} and a.event_type != b.event_type:
        return False  # "officials agreed to meet the farmers … security forces said they had arrested five": two developments
    if _same_person(a, b) and fam_a in VIOLENT_FAMILIES and fam_b in VIOLENT_FAMILIES and {a.modality, b.modality} <= FACTUAL \
            and _victim_place_ok(a, b) and _victim_date_ok(a, b):
        return True  # the same named person's killing: later sentences, hedged or not, refer back to the event
    if _points_back(a, b, latest) and {a.modality, b.modality} <= FACTUAL:
        return True  # "suspected Boko Haram fighters killed 17" (hedged) … "the attackers opened fire": one raid
    if a.modality != b.modality and not ({a.modality, b.modality} <= _OWNED and (a.sentence == b.sentence or _claim_fits(a, b))) \
            and not ({a.modality, b.modality} <= FACTUAL and (_suspected_only(a) or _suspected_only(b))):
        return False  # (a report and a named group's claim of it tell one act)
    if same_victim(a, b) and _place_ok(a, b) and dates_agree(a, b):
        return True  # the same named victim: later sentences refer back to the event
    # (in one sentence, two forces of one state that suffered it are one side: "two police officers were killed when a
    # roadside bomb struck their patrol vehicle")
    victims_ok = _actor_ok(a.actor2, b.actor2) or (a.sentence == b.sentence and len({a.event_type, b.event_type} & _FIGHTS) == 1
                                                   and _one_side(a.actor2, b.actor2)) or _other_defenders(a, b)
    sides = _actor_ok(a.actor1, b.actor1) and victims_ok and not (a.sentence != b.sentence and _battle_and_massacre(a, b))
    # a clash has no direction: a later report may name its sides the other way round ("three suspected
    # militants were killed in a gunfight … Troops fought them for two hours")
    # (in one sentence too: "police were met with gunfire as they raided a house")
    sides = sides or (a.event_type == b.event_type == "armed_clash" and b.sentence >= a.sentence
                      and _one_side(a.actor1, b.actor2) and _one_side(a.actor2, b.actor1))
    # ("Suspected rebels killed at least 19 civilians in a raid on a village, officials said on Wednesday … Fighters
    # entered Kaseghe late on Monday, killing them": the lead is dated by the saying, a few days after the act)
    days_ok = dates_agree(a, b) or (a.sentence == 0 and 0 < b.sentence <= _LEAD_DETAIL_REACH and _statement_after(b, a))
    if not (sides and _place_ok(a, b) and days_ok):
        return False
    refers_back = b.evidence is not None and bool(_REFERS_BACK.search(b.evidence.text))
    # "the labour leader died … the blast left seven other people dead": the others are added to the named victim
    refers_back = refers_back or (abs(a.sentence - b.sentence) <= 2 and _others_added(a.fatalities, b.fatalities))
    if not refers_back and (counts_differ(a.fatalities, b.fatalities) or counts_differ(a.abducted, b.abducted)):
        return False  # "three soldiers were killed … one rebel was killed": two incidents
    if a.fatalities and b.fatalities and a.event_type == b.event_type == "attack" and a.location and b.location and a.location.name != b.location.name:
        return False
    # events far apart in the article merge only when their places agree at town level
    near = abs(a.sentence - b.sentence) <= 3
    towns = a.location is not None and b.location is not None and a.location.precision <= 2 and a.location.name == b.location.name
    return near or towns


# An incident named as one already told: "the attack", "the blast", "Sunday's bombing", "the car bomb attack"
INCIDENT = (r"(?:attack|assault|raid|ambush|blast|explosion|bombing|strike|air\s*strike|massacre|killing|shooting|kidnapping|abduction|"
             r"incident|shelling|rampage)")
# ... or a fight ("died in the fighting", "ended the siege")
_TOLD_INCIDENT = r"(?:fighting|clash|battle|fire-?fight|gun-?fight|gun\s*battle|shoot-?out|siege|confrontation|exchange\s+of\s+fire)"
TOLD_BEFORE = re.compile(rf"\b(?:the|this|that|its|[\w-]+['’]s)\s+(?:[\w-]+\s+){{0,3}}?(?:{INCIDENT}|{_TOLD_INCIDENT})(?![\w-])", re.I)
# acts in the plural ("the raids", "the clashes") are most often the sentence's own series of acts; only a
# toll passed on by a source, with no act of its own, refers back by them
_TOLD_BEFORE_PLURAL = re.compile(rf"\b(?:the|these|those)\s+(?:[\w-]+\s+){{0,2}}?(?:{INCIDENT}s|clashes|battles)(?![\w-])", re.I)
# ... unless the writer marks it as another one: "another attack", "a second blast", "the earlier raid", "similar attacks"
_ANOTHER = re.compile(rf"\b(?:another|second|third|separate|other|earlier|previous|similar|last|new|fresh|latest|first)\s+(?:[\w-]+\s+){{0,2}}?"
                      rf"(?:{INCIDENT}|{_TOLD_INCIDENT})", re.I)
# those who suffered the attack fought it off: their side is the other one
# the words of fighting an attack off ("repelled", "fought off", "beat back")
_REPULSE = r"(?:repel\w*|repuls\w*|fought\s+off|fend\w*\s+off|fought\s+back|beat\s+back|drove\s+back|thwart\w*|foil\w*)"
_REPELLED = re.compile(rf"\b{_REPULSE}[\"'”’]?\s+(?:\w+\s+){{0,2}}?"
                       rf"(?:the|this|that|[\w-]+['’]s)\s+(?:[\w-]+\s+){{0,3}}?(?:{INCIDENT}|attackers|assailants|raiders|gunmen)", re.I)
_SAME_INCIDENT = re.compile(rf"\b(?:the|that)\s+(?:very\s+)?same\s+(?:[\w-]+\s+)?(?:{INCIDENT}|{_TOLD_INCIDENT}|operation|offensive|incident)s?\b", re.I)
_RETELL_REACH = 5  # sentences
_RETELL_DAYS = 1  # "overnight", "late on Friday … early on Saturday": one incident may be dated a day apart
_BORROWED_DAYS = 7  # a mention dated only by its context (the lead's day) may retell an act of that week


def refers_back(ev: Event) -> bool:
    """The event's sentence names its incident as one already told ("the attack", "Sunday's blast",
    "repelled the attackers"), and no word marks it as another one."""
    text = ev.evidence.text if ev.evidence is not None else ""
    if _SAME_INCIDENT.search(text):
        return True  # "was killed in the same operation"
    told = TOLD_BEFORE.search(text) or repelled(ev) or (sourced_toll(ev) and _TOLD_BEFORE_PLURAL.search(text))
    return bool(told) and not _ANOTHER.search(text)


def _speaker_place(ev: Event) -> bool:
    """The sentence names its place before the incident it refers back to: where the teller is ("a
    spokesman in Abuja said troops repelled the attack"), not where the attack was ("the attack on Jizan")."""
    loc, evd = ev.location, ev.evidence
    if loc is None or loc.start is None or evd is None or not evd.start <= loc.start < evd.end:
        return False
    m = TOLD_BEFORE.search(evd.text)
    return m is not None and loc.start - evd.start < m.start()


def _own_date(ev: Event) -> bool:
    """The sentence dates the act itself, not by its paragraph or the report's lead; a distance it
    gives from the day told before ("the attack came a day after a gunfight") dates it too."""
    if ev.date is not None and ev.date.basis == "context" and ev.date.text and ev.evidence is not None \
            and ev.date.text in ev.evidence.text and distance_from_told(ev.date.text):
        return True
    return _stated_date(ev) and ev.date is not None and ev.date.basis != "context"


_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those)\s+$", re.I)


def _the_doers(ref: ActorRef, ev: Event) -> bool:
    """The actor is written as the doers of an incident already told ("the attackers", "the gunmen")."""
    evd = ev.evidence
    text = " ".join((ref.text or "").split())
    if evd is not None and ref.start is not None and evd.start <= ref.start <= evd.end and _DEFINITE_BEFORE.search(evd.text[: ref.start - evd.start]):
        text = "the " + text  # the article the actor's text left out
    return bool(_ANAPHORIC_PERP.match(text))


def repelled(ev: Event) -> bool:
    """The sentence tells an attack told before as fought off ("troops repelled the attack"): its doer
    is the side that was attacked."""
    return ev.evidence is not None and bool(_REPELLED.search(ev.evidence.text))


def _near_days(a: Event, b: Event) -> bool:
    """The two dates agree, or lie within a day of each other."""
    if dates_agree(a, b) or a.date is None or b.date is None:
        return True
    sa, ea, sb, eb = a.date.start or a.date.end, a.date.end, b.date.start or b.date.end, b.date.end
    if sa is None or ea is None or sb is None or eb is None:
        return True
    return max((sb - ea).days, (sa - eb).days) <= _RETELL_DAYS


_FIGHTS = frozenset({"armed_clash", "attack"})  # the types one fight is told in from either side


def mirrored(a: Event, b: Event) -> bool:
    """``b`` tells the fight ``a`` tells from the other side, in the same sentence or the next: its doer is
    the one ``a`` names as attacked and its target, written as "the attackers", the one ``a`` names as the
    doer ("Al-Shabaab fighters stormed the hotel, and security forces killed the last of the attackers")."""
    if not {a.event_type, b.event_type} <= _FIGHTS:
        return False
    if not (0 <= b.sentence - a.sentence <= 1 and {a.modality, b.modality} <= FACTUAL) or separate(b):
        return False
    if a.sentence == b.sentence and a.event_type == b.event_type == "armed_clash" and a.actor1 is not None and a.actor2 is not None \
            and b.actor1 is not None and b.actor2 is not None and a.actor1.actor_id and a.actor2.actor_id \
            and (a.actor1.actor_id, a.actor2.actor_id) == (b.actor2.actor_id, b.actor1.actor_id):
        return _place_ok(a, b)  # "fighting between the army and the RSF raged …, as the RSF pressed an assault": one fight
    if a.actor1 is None or a.actor2 is None or b.actor1 is None or b.actor2 is None or a.actor1.actor_id is None or not _the_doers(b.actor2, b):
        return False
    if a.actor1.actor_id != b.actor2.actor_id or a.actor2.actor_id != b.actor1.actor_id:
        return False
    return _place_ok(a, b) and _near_days(a, b) and not counts_differ(a.fatalities, b.fatalities)


def attackers_dead(a: Event, b: Event, latest: int | None = None) -> bool:
    """``b`` counts the attackers of the fight ``a`` who died in it, a few sentences after ``a`` was last told, with no
    place or day of its own ("… stormed an army post, killing six soldiers … It said nine attackers were killed
    when troops pushed the assailants back"): the fight's other dead, not an act of their own. Its doer, where
    it names one, is the side ``a`` tells as attacked."""
    # (a suicide bombing is a fight too where attackers followed the bomber: "three other attackers who tried to storm
    # the post on foot after the blast were shot dead")
    if a.event_type not in _FIGHTS | {"suicide_bomb"} or b.event_type not in _FIGHTS or not {a.modality, b.modality} <= FACTUAL or separate(b):
        return False
    if b.sentence < a.sentence or b.sentence - _told_at(a, latest) > _POINT_REACH:
        return False
    # (a later clause of the same sentence shares its place and day: "…, and troops repelled them, killing six attackers")
    if b.sentence > a.sentence and (_own_place(b, dateline=False) or (_stated_date(b) and not (b.date is not None and b.date.basis == "context"))):
        return False
    if b.fatalities is None or not stated(b.fatalities) or _count_sides(b.fatalities) != {"armed"}:
        return False
    if a.fatalities is not None and "armed" in _count_sides(a.fatalities):
        return False  # the attackers' dead are counted already: these may be another fight's
    return b.actor1 is None or _same_side(a.actor2, b.actor1)


# weapons taken, not defused or brought down: "recovered two rifles", "seized a cache of explosives"
_TAKEN = re.compile(r"\b(?:recover(?:ed|ing|s)?|seiz(?:ed|ing|es)|captur(?:ed|ing|es)|confiscat(?:ed|ing|es)|found|retriev(?:ed|ing|es))\b", re.I)
_SPOILS_REACH = 2  # sentences


def spoils_of(a: Event, b: Event, latest: int | None = None) -> bool:
    """``b`` is the weapons one side of the fight ``a`` took in it: a seizure by a side of that fight, told in
    the same sentence or the next two, in the same place and on the same day ("soldiers raided a militant
    camp … troops recovered two rifles and bomb-making materials"); ACLED codes the fight, not a seizure."""
    if a.event_type not in _FIGHTS | _TERRITORY or b.event_type != "disrupted_weapons_use" or b.evidence is None:
        return False  # (a post taken with its arms: "captured a border post … fighters had seized weapons and ammunition")
    if not (b.sentence >= a.sentence and b.sentence - _told_at(a, latest) <= _SPOILS_REACH and {a.modality, b.modality} <= FACTUAL) or separate(b):
        return False
    if b.actor1 is None:
        # told with no doer in a later sentence that told the fight again ("the toll had risen to nine, and rifles and
        # explosives had been seized"), or in the one right after it ("Fifteen terrorists were killed. Two canoes and a
        # quantity of weapons were seized.")
        if b.sentence - _told_at(a, latest) not in (0, 1) or a.sentence == b.sentence:
            return False
    elif not (_same_side(a.actor1, b.actor1) or _same_side(a.actor2, b.actor1) or _unnamed_of(b.actor1, a.actor1)):
        return False
    # (what a toll's sentence says was seized is dated by the statement: "On Monday, police said … had been seized")
    return bool(_TAKEN.search(b.evidence.text)) and _place_ok(a, b) and (dates_agree(a, b) or (b.actor1 is None and _near_days(a, b)))


_HARMED = re.compile(r"\b(?:shoot\w*|shot|kill\w*|gunn\w*|massacr\w*|murder\w*|fir(?:ed|ing)\s+(?:on|at)|hack\w*|wound\w*|behead\w*|stabb\w*)\b", re.I)


def destroyed_in(a: Event, b: Event) -> bool:
    """``b`` is property the doers of the violent act ``a`` burned or destroyed in that act, told in the same sentence
    ("… raided the neighbourhood, shooting residents and torching homes"): ACLED codes the attack, not the destruction
    as an event of its own."""
    if FAMILY_OF[a.event_type] not in VIOLENT_FAMILIES or b.event_type != "looting_property_destruction":
        return False
    # (the sentence may be one ``a`` took in from a report told before it: "… an attack on a village rose to 20. Gunmen
    # struck Vugizo on Friday, firing on families and setting fire to several houses")
    told = a.evidence if a.sentence == b.sentence else next((s for s in a.extra_evidence if b.evidence is not None
                                                            and (s.start, s.end) == (b.evidence.start, b.evidence.end)), None)
    # (the doers' claim of the act and the report of what it burned tell one act)
    if told is None or not {a.modality, b.modality} <= FACTUAL or a.actor1 is None or b.actor1 is None or separate(b) \
            or not _HARMED.search(told.text):
        return False  # (a harm done to people, not "hoodlums attacked them, looted many houses and set them on fire")
    if told is not a.evidence:
        return b.actor1.actor_id is None or _same_side(a.actor1, b.actor1)  # the unnamed doers of the sentence ``a`` took in
    # (the sentence's unnamed doers, where a later sentence named the group: "Gang members attacked the suburb …, killing
    # at least 12 people and setting fire to dozens of homes … The attack was carried out by the Viv Ansanm coalition")
    return _same_side(a.actor1, b.actor1) or _unnamed_of(b.actor1, a.actor1) or (
        a.actor1.actor_id is None and b.actor1.actor_id is None and a.actor1.kind == b.actor1.kind
        and (a.actor1.start, a.actor1.end) == (b.actor1.start, b.actor1.end))


def _unnamed_of(ref: ActorRef, group: ActorRef | None) -> bool:
    """``ref`` is unnamed armed men ("fighters") who may be the named armed group ``group``."""
    return ref.actor_id is None and ref.kind in ARMED_NON_STATE and group is not None and group.kind in ARMED_NON_STATE


def claimed_spoils(a: Event, b: Event, latest: int | None = None) -> bool:
    """``b`` is a named armed group's claim of the attack ``a`` tells, naming what it took there ("the group said
    its fighters had carried out the attack and seized weapons and two armoured vehicles"): it refers back to the
    attack, a few sentences after ``a`` was last told, where ``a`` names no other doer; ACLED codes the attack."""
    if a.event_type not in _FIGHTS or b.event_type != "disrupted_weapons_use" or b.evidence is None or b.modality != Modality.CLAIMED:
        return False
    told_at = _told_at(a, latest)
    if not (b.sentence > a.sentence and b.sentence - told_at <= _RETELL_REACH and a.modality in FACTUAL) or separate(b):
        return False
    if not (_claim_fits(a, b) and refers_back(b) and _TAKEN.search(b.evidence.text)):
        return False
    return _place_ok(a, b) and _near_days(a, b)


def _definite_things(ev: Event) -> set[str]:
    """Head nouns of the things ``ev`` struck that its sentence names with "the" ("attacked the post at Tin-Hama")."""
    evd = ev.evidence
    if evd is None:
        return set()
    heads: set[str] = set()
    for t in ev.physical_targets:
        before = evd.text[max(0, t.start - evd.start - 4) : max(0, t.start - evd.start)]
        if t.head and (t.text.lower().startswith("the ") or before.lower() == "the "):
            heads.add(t.head.lower())
    return heads


def _introduced(ev: Event, head: str) -> bool:
    """``ev`` introduced a thing of this head noun: one it struck, or "a military post" in its sentences."""
    if any(t.head.lower() == head for t in ev.physical_targets):
        return True
    told = re.compile(rf"\b(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?{re.escape(head)}\b", re.I)
    return any(told.search(span.text) for span in (ev.evidence, *ev.extra_evidence) if span is not None)


def lead_detailed(a: Event, b: Event) -> bool:
    """``a`` sums up an act in the article's lead, with no place of its own ("BEIRUT — … and a drone strike on a car
    killed two Hezbollah members the following day"), and ``b``, told later in its own paragraph, is that act in detail
    ("On Tuesday morning a drone fired a missile at a car on the edge of Aitaroun, killing the two men inside"): the
    same kind of act, on the same day, with the same dead, in the same country. Not one the writer marks as another."""
    if a.sentence != 0 or b.sentence <= a.sentence or a.event_type != b.event_type or FAMILY_OF[a.event_type] not in VIOLENT_FAMILIES:
        return False
    if not {a.modality, b.modality} <= FACTUAL or separate(b) or b.evidence is None or _ANOTHER.search(b.evidence.text):
        return False
    if _own_place(a, dateline=False) or not _own_place(b, dateline=False) or not _place_ok(a, b):
        return False
    if a.date is None or b.date is None or a.date.precision != "day" or b.date.precision != "day" or not dates_agree(a, b):
        return False
    dead_a, dead_b = (e.fatalities.best if e.fatalities is not None else None for e in (a, b))
    return bool(dead_a) and dead_a == dead_b and _actor_ok(a.actor1, b.actor1)


def same_thing_again(a: Event, b: Event, latest: int | None = None) -> bool:
    """``b`` tells the act on the thing ``a`` introduced, named again with "the" a few sentences after ``a`` was
    last told ("an assault … on a military post on Sunday … Insurgents in pickup trucks attacked the post at
    dawn"): the same incident, by the same doer (a fight's doer may be either side), in the same place and within a
    day; not one the writer marks as another."""
    if FAMILY_OF[a.event_type] not in VIOLENT_FAMILIES or FAMILY_OF[b.event_type] not in VIOLENT_FAMILIES:
        return False
    told_at = _told_at(a, latest)
    if not (b.sentence > a.sentence and b.sentence - told_at <= _RETELL_REACH and {a.modality, b.modality} <= FACTUAL) or separate(b):
        return False
    if b.evidence is None or _ANOTHER.search(b.evidence.text) or not any(_introduced(a, h) for h in _definite_things(b)):
        return False
    doer_ok = b.actor1 is None or _one_side(a.actor1, b.actor1) or (a.event_type == "armed_clash" and _one_side(a.actor2, b.actor1))
    return doer_ok and _place_ok(a, b) and _near_days(a, b)


_LAUNCHED = frozenset({"shelling_artillery_missile", "air_drone_strike"})
# the weapon of a launch told before, named again: "intercepted the missile", "shot down both drones"
_THE_WEAPON = re.compile(r"\b(?:the|that|this|these|those|both|all)\s+(?:[\w-]+\s+){0,2}?(?P<w>missile|rocket|drone|projectile)s?\b", re.I)


def intercepted_launch(a: Event, b: Event, latest: int | None = None) -> bool:
    """``b`` is the interception of the missile, rocket or drone whose launch ``a`` told a few sentences before
    ("the Houthis said they had fired a ballistic missile at Jizan … air defences intercepted the missile over Jizan
    city"): one event, told by both sides."""
    if a.event_type not in _LAUNCHED or b.event_type != "disrupted_weapons_use" or a.evidence is None or b.evidence is None:
        return False
    told_at = _told_at(a, latest)
    if not (b.sentence > a.sentence and b.sentence - told_at <= _RETELL_REACH and {a.modality, b.modality} <= FACTUAL) or separate(b):
        return False
    weapon = _THE_WEAPON.search(b.evidence.text)
    if weapon is None or not re.search(rf"\b{weapon['w']}s?\b", a.evidence.text, re.I):
        return False
    return _place_ok(a, b) and _near_days(a, b)


def _same_side(a: ActorRef | None, b: ActorRef | None) -> bool:
    """The same actor, or two unnamed references to one state's forces ("soldiers" … "troops")."""
    if a is None or b is None:
        return False
    if a.actor_id is not None and b.actor_id is not None:
        return a.actor_id == b.actor_id
    return a.kind == b.kind == ActorKind.STATE_FORCES and (a.country == b.country or None in (a.country, b.country))


def _elsewhere(a: Event, b: Event) -> bool:
    """``b`` names its own town, and ``a`` has only the town the dateline or the story gave it, another one."""
    la, lb = a.location, b.location
    if la is None or lb is None or la.precision > 1 or lb.precision > 2 or la.name == lb.name or la.country != lb.country:
        return False
    inherited = la.start is not None and a.evidence is not None and not a.evidence.start <= la.start < a.evidence.end
    return inherited and _own_place(b, dateline=False) and not _part_of(lb, la)


def retells(a: Event, b: Event, latest: int | None = None) -> bool:
    """``b``, told a few sentences after ``a``, refers back to it: a claim ("the group said it was behind the
    attack"), a repulse ("troops repelled the attack"), another source's toll ("the ministry gave a higher
    toll") of the violent incident ``a`` reports, in the same place (or told from elsewhere: "a spokesman
    in Abuja said"), on the same day, or the next where ``b`` does not date itself; not one the writer
    marks as another ("another attack", "in a separate raid") nor one with a toll of its own. The sentences are
    counted from the last that told ``a`` (``latest``)."""
    if FAMILY_OF[a.event_type] not in VIOLENT_FAMILIES or FAMILY_OF[b.event_type] not in VIOLENT_FAMILIES:
        return False
    if not (b.sentence >= a.sentence and b.sentence - _told_at(a, latest) <= _RETELL_REACH and {a.modality, b.modality} <= FACTUAL and refers_back(b)):
        return False
    if _elsewhere(a, b):
        return False  # "… the attack, which occurred 40 km from Cajamarca" after a bombing placed only by the dateline
    # a day apart only where the sentence does not date the act itself ("said on Monday … the attack")
    # (a mention dated only by the context it stands in, the lead's day, says nothing of the act's day: "The district
    # commissioner confirmed the abduction" two paragraphs after the elders were seized late on Monday)
    # (within a week of it: a context years away is another time, "in 1982 …; later, however, a bomb exploded")
    borrowed = b.date is not None and b.date.basis == "context" and not _own_date(b) and a.date is not None \
        and a.date.basis not in UNDATED and a.date.start is not None and b.date.start is not None \
        and abs((a.date.start - b.date.start).days) <= _BORROWED_DAYS
    days_ok = dates_agree(a, b) or (_near_days(a, b) and not _own_date(b)) or _statement_after(a, b) or _claimed_days_after(a, b) or borrowed
    if not ((_place_ok(a, b) or _speaker_place(b)) and days_ok) or _long_before(a.date, b.date) or _long_before(b.date, a.date):
        return False
    claim = b.modality == Modality.CLAIMED and a.modality != Modality.CLAIMED
    if not (_is_toll_update(b) or sourced_toll(b) or _other_toll(b) or claim) and (counts_differ(a.fatalities, b.fatalities) or counts_differ(a.abducted, b.abducted)):
        return False  # "a bomb in the market killed 12 … the blast killed two soldiers at the gate": a toll of its own
        # (the doers' own figure for the act, "said it was behind the blast and had killed 20 soldiers", is not)
    # a group's claim of the act ("the Islamic State claimed the attack") names its doer in place of one the report
    # only suspected ("suspected ADF rebels killed 29 civilians")
    return _retold_sides(a, b) is not None or (claim and _claim_fits(a, b) and _actor_ok(a.actor2, b.actor2))


def _retold_sides(a: Event, b: Event) -> bool | None:
    """How ``b``'s sides line up with ``a``'s: as told (False), the other way round (True: "troops repelled the
    attack"; a fight told from the other side, "three soldiers and five rebels died in the fighting"), or not
    at all (None)."""
    swap = repelled(b)
    b1, b2 = (b.actor2, b.actor1) if swap else (b.actor1, b.actor2)
    if _actor_ok(a.actor1, b1) and _actor_ok(a.actor2, b2):
        return swap
    # in a fight each side is the other's target, so the later report may name them in either order, and a
    # state's forces are one side ("attacked a police post … fought with the soldiers guarding it")
    # (two clauses of one sentence that name the sides in both orders may tell two acts: a fight and the shelling in it)
    if not swap and b.sentence > a.sentence and b.event_type == "armed_clash" and a.event_type in _FIGHTS \
            and (b.actor2 is None or b.actor2.kind in _ARMED) \
            and _one_side(a.actor1, b.actor2) and _one_side(a.actor2, b.actor1):
        return True
    return None


_DEFENDERS_REACH = 2  # sentences


def _other_defenders(a: Event, b: Event) -> bool:
    """A fight told again a sentence or two later by the same group (named, or unnamed armed men) may name others it fought ("fighters
    attacked an army detachment … surrounded the position and fought with troops and members of the
    volunteer militia"): one battle, whose defending side the report names more fully. Both are clashes of
    the same group, and neither names civilians or the group itself as the side it fought."""
    if not (a.event_type == b.event_type == "armed_clash" and 0 < b.sentence - a.sentence <= _DEFENDERS_REACH):
        return False
    if a.actor1 is None or b.actor1 is None or a.actor1.actor_id is None or not (a.actor1.actor_id == b.actor1.actor_id or _unnamed_of(b.actor1, a.actor1)):
        return False  # (the group named first, or armed men the next sentence does not name: "hundreds of gunmen")
    sides = [a.actor2, b.actor2]
    return all(s is not None and s.kind not in (ActorKind.CIVILIANS, ActorKind.PROTESTERS) and s.actor_id != a.actor1.actor_id for s in sides)


def _one_side(a: ActorRef | None, b: ActorRef | None) -> bool:
    """The two may be one side of a fight: compatible actors, or two forces of one state (its police and its army)."""
    if _actor_ok(a, b):
        return True
    return a is not None and b is not None and a.kind == b.kind == ActorKind.STATE_FORCES and a.country is not None and a.country == b.country


# a sentence that only passes on a figure: "police said eight people had been killed", "Al-Masirah TV said four
# civilians were killed"
_SOURCED = re.compile(rf"\b(?:{SAID}|according\s+to|told)\b", re.I)


def sourced_toll(ev: Event) -> bool:
    """The event's sentence gives someone's count of dead or wounded of an act it names no doer of ("the
    ministry said 19 civilians had died", "four civilians were killed, the TV station said"): another
    source's reading of the toll of an act told before it, not an act of its own (the people carried off are
    counted too: "police said seven had been killed and 26 abducted")."""
    if ev.evidence is None or not (stated(ev.fatalities) or stated(ev.injured) or stated(ev.abducted)):
        return False
    if ev.actor1 is not None and not _the_doers(ev.actor1, ev):
        return False
    return bool(_SOURCED.search(ev.evidence.text))


# the doer's own words: "the group said in a statement that it had killed 15 soldiers"
_OWN_MEN = r"(?:fighters|forces|men|militants|troops|soldiers|units|aircraft|jets|warplanes|drones|planes|artillery)"
_OWN_ACCOUNT = re.compile(rf"\b(?:{AFFIRMED}|saying|told)\b[^.;]{{0,120}}?\b(?:it|they|(?:its|their|his|her)\s+{_OWN_MEN}|the\s+(?:air\s+force|army|navy|military))\s+"
                          r"(?:had|killed|shot|seized|took|struck|hit|attacked|ambushed|destroyed|captured|downed|targeted)\b", re.I)


# a first count the report has since gone beyond: "Police initially said four men were killed"
_EARLIER_TOLL = re.compile(r"\b(?:initially|at\s+first|first\s+(?:put|gave|said|reported|counted)|earlier\s+(?:put|gave|reported)|"
                           r"(?:early|earlier|first|initial|preliminary)\s+(?:reports?|figures?|tolls?|counts?|tallies)\b)", re.I)
_TOLL_REACH = 3  # sentences
_LAST_TOLL_REACH = 5  # sentences, after the incident the article told last ("By Tuesday evening the toll had risen. …")
_TOLL_DAYS = 2  # a toll counted "by Wednesday afternoon" or stated "today" is a day or two after the act


def toll_of(a: Event, b: Event, latest: int | None = None, last_told: bool = False) -> bool:
    """``b`` only counts the dead or wounded of the violent act ``a`` told just before it, which had no such
    count: no doer of its own ("58 people had been killed at the site, the UN said"), no sign of another
    incident, no other place, and a date on the act's day or a day or two after it (the day the toll was
    counted or stated, "police said today"). Counted from the last sentence that told ``a`` (``latest``), and,
    for a count someone passes on, a little further where no other incident was told in between (``last_told``):
    the paragraphs of detail between an act and its later toll tell the same act."""
    told_at = _told_at(a, latest)
    reach = _LAST_TOLL_REACH if last_told and _passed_on(b, _TOLL_KINDS) else _TOLL_REACH  # (a count someone passes on)
    if _own_doer(b) or not (b.sentence - a.sentence > 0 and b.sentence - told_at <= reach) or separate(b) \
            or not {a.modality, b.modality} <= FACTUAL or b.evidence is None or _ANOTHER.search(b.evidence.text):
        return False
    if FAMILY_OF[a.event_type] not in VIOLENT_FAMILIES or FAMILY_OF[b.event_type] not in VIOLENT_FAMILIES:
        return False
    if b.sentence - a.sentence > _TOLL_REACH and b.event_type not in _FIGHTS and FAMILY_OF[b.event_type] != FAMILY_OF[a.event_type]:
        return False  # far from the act's first telling, a sentence that tells a kind of act of its own ("during an hour of bombing")
    adds = [k for k in _TOLL_KINDS if stated(getattr(b, k))]
    if not adds or not _place_ok(a, b):
        return False
    if a.event_type == "abduction" and b.fatalities is not None and _ATTACKERS.search(b.fatalities.text or ""):
        return False  # "six kidnappers were killed" in the rescue: not the kidnapping's dead
    held = [k for k in adds if getattr(a, k) is not None]
    # (a source's own figure for the act told last, lower or not, is another reading of its toll: "the spokesman said on
    # Saturday that 19 people had been killed" after the lead's 20)
    lower_source = last_told and _passed_on(b, _TOLL_KINDS) and b.sentence - told_at <= 2 and not _own_place(b, dateline=False) \
        and not _dated_in_own_words(b)
    if held and not _later_count(a, b, adds) and not _EARLIER_TOLL.search(b.evidence.text) and not lower_source \
            and not (a.event_type == "armed_clash" and held == ["fatalities"] and _other_side_dead(a.fatalities, b.fatalities)):
        return False  # (in a fight, the dead of the side not yet counted are more of its dead: "One jawan was killed")
    if a.date is None or b.date is None or a.date.basis in UNDATED or b.date.basis in UNDATED:
        return True
    if b.date.basis == "context" and b.sentence - told_at <= 1:
        return True  # "Four people were killed at the scene.", right after the act: its date is only a guess from the lead
    if _stated_before(b, a):
        return True  # "Armed men attacked a bus on 2 March. The prosecutor said today that six were killed"
    sa, ea, sb, eb = a.date.start, a.date.end, b.date.start, b.date.end
    if sa is None or ea is None or sb is None or eb is None:
        return dates_agree(a, b)
    return sa <= eb and (sb - ea).days <= _TOLL_DAYS


def _own_doer(ev: Event) -> bool:
    """The event names a doer in its own sentence (not one carried over from an act told before it)."""
    ref, evd = ev.actor1, ev.evidence
    if ref is None:
        return False
    return ref.start is None or evd is None or evd.start <= ref.start < evd.end


def _passed_on(ev: Event, kinds: tuple[str, ...] = ("fatalities", "injured")) -> bool:
    """The event's sentence passes on someone's count (of dead or wounded, or of ``kinds``) and names no doer of its own."""
    return not _own_doer(ev) and ev.evidence is not None and any(stated(getattr(ev, k)) for k in kinds) \
        and bool(_SOURCED.search(ev.evidence.text))


_COUNT_KINDS = ("fatalities", "injured", "abducted", "arrested", "displaced")
_TOLL_KINDS = ("fatalities", "injured", "abducted")  # the people a later toll of an act counts


_SPEAKS_AFTER = re.compile(rf"^\W*(?:[\w'’-]+\s+){{0,3}}?(?:{SAID}|told)\b", re.I)


def _spoken_from(ev: Event) -> bool:
    """The event's place is where its source speaks: the saying verb follows the place ("an official in X said")."""
    loc, evd = ev.location, ev.evidence
    if loc is None or loc.start is None or evd is None or not evd.start <= loc.start < evd.end:
        return False
    return bool(_SPEAKS_AFTER.match(evd.text[loc.start - evd.start + len(loc.text or ""):]))


def _later_count(a: Event, b: Event, kinds: list[str]) -> bool:
    """``b`` is a source's later count of ``a``'s dead or wounded ("a local official said on Tuesday that 27 had
    been buried" after "killing at least 15" on Sunday): a saying verb, dated after the act, and more people
    of every kind it counts than ``a`` had; the larger figure is the latest word."""
    if b.evidence is None or not _SOURCED.search(b.evidence.text) or a.date is None or b.date is None \
            or a.date.end is None or b.date.start is None or b.date.start <= a.date.end:
        return False
    return all((getattr(b, k).best or 0) > (getattr(a, k).best or 0) for k in kinds if getattr(a, k) is not None)


def own_account(a: Event, b: Event, latest: int | None = None) -> bool:
    """``b`` is the doer's own account of ``a``, told within a few sentences: the same named doer says
    it did an act of the same kind, on the same day and in the same place. Its figures differ from
    the others' as a claimant's do ("a military officer said seven soldiers were killed … the group
    said in a statement that it had killed 15"): one incident, two tolls. Where the report named no
    doer, a named armed group that says it carried out "the raid" it refers back to is that doer."""
    if FAMILY_OF[a.event_type] not in VIOLENT_FAMILIES or FAMILY_OF[b.event_type] not in VIOLENT_FAMILIES:
        return False
    if not (b.sentence > a.sentence and b.sentence - _told_at(a, latest) <= _RETELL_REACH and {a.modality, b.modality} <= FACTUAL) or separate(b):
        return False  # (within a few sentences of the last that told the act)
    doer = a.actor1.actor_id if a.actor1 is not None else None
    if FAMILY_OF[a.event_type] != FAMILY_OF[b.event_type] and not (
            FAMILY_OF[a.event_type] == "explosions_remote_violence" and b.event_type in _FIGHTS
            and doer is not None and b.actor1 is not None and b.actor1.actor_id == doer
            and b.actor1.kind in (ActorKind.STATE_FORCES, ActorKind.EXTERNAL)):
        # (a state's forces may tell their strike as a fight: "the air force had targeted a gathering of fighters")
        return False
    if b.actor1 is None or b.evidence is None or not _OWN_ACCOUNT.search(b.evidence.text):
        return False
    if doer is None:
        # unnamed attackers, then a named group that says it carried out that act ("JNIM said it had carried
        # out the raid and claimed to have killed 60 soldiers"): the group's account of the same act
        unnamed = a.actor1 is None or a.actor1.kind in ARMED_NON_STATE
        if not (unnamed and b.actor1.actor_id and b.actor1.kind in ARMED_NON_STATE and refers_back(b)):
            return False
    elif b.actor1.actor_id != doer:
        return False
    # (an account the sentence does not date is dated by its statement, days after the act; a group that says it
    # carried out "the attack" may call its victims what it likes: "more than 20 mercenaries of the regime")
    victims_ok = _actor_ok(a.actor2, b.actor2) or (refers_back(b) and (b.actor2 is None or b.actor2.actor_id is None))
    return (dates_agree(a, b) or not _own_date(b)) and _place_ok(a, b) and victims_ok


# "claimed responsibility" with no other act named: for what the article told last ("… claimed
# responsibility for a string of attacks" names acts of its own)
_CLAIMED_RESPONSIBILITY = re.compile(r"\bclaim(?:ed|s|ing)?\s+(?:responsibility|credit)\b(?!\s+(?:for|over)\s+(?:a|an|another|two|three|four|five|"
                                     r"several|many|other|separate|earlier|previous|recent|dozens|scores|numerous|\d+)\b)", re.I)
_CLAIM_REACH = 3  # sentences after the act was last told
_CLAIM_DAYS = 3  # a claim is made on the act's day or a few days later


def claimed_last(a: Event, b: Event, latest: int | None = None, last_told: bool = False) -> bool:
    """``b`` is a named armed group's claim of responsibility, told within a few sentences of the violent act ``a``
    the article told last ("A suicide bomber drove a car into a checkpoint … The group claimed responsibility,
    saying a 'martyrdom operation' had killed more than 20 soldiers"): whatever words the claim uses for the act,
    and whatever it counts, it claims that act. Not where the report named another doer."""
    if not last_told or b.evidence is None:
        return False
    responsibility = b.modality == Modality.CLAIMED and bool(_CLAIMED_RESPONSIBILITY.search(b.evidence.text))
    # (or the group's own words for what it did: "ISWAP said in a statement that its fighters had destroyed a vehicle
    # and killed nine soldiers", told right after the bombing of an army vehicle)
    if not (responsibility or (b.modality in _OWNED and _OWN_ACCOUNT.search(b.evidence.text))):
        return False
    if FAMILY_OF[a.event_type] not in VIOLENT_FAMILIES or FAMILY_OF[b.event_type] not in VIOLENT_FAMILIES or a.modality not in FACTUAL:
        return False
    if not 0 < b.sentence - _told_at(a, latest) <= _CLAIM_REACH or separate(b) or _ANOTHER.search(b.evidence.text):
        return False
    doer = b.actor1
    if doer is None or not doer.actor_id or doer.kind not in ARMED_NON_STATE:
        return False
    # the act's doer unnamed or the claimant; or a fight the claimant was the other side of, telling its side
    fought = (a.event_type in _HELD_GROUND and (a.actor2 is None or a.actor2.actor_id in (None, doer.actor_id))) \
        or (a.actor2 is not None and a.actor2.actor_id == doer.actor_id)  # (the side the act was done to tells it)
    # (the claim may name the act's doer beside the claimant: "Islamic State's regional affiliate, ISKP, claimed …")
    named = a.actor1 is not None and any(n and re.search(rf"\b{re.escape(n)}\b", b.evidence.text, re.I) for n in (a.actor1.name, a.actor1.text))
    if a.actor1 is not None and a.actor1.actor_id not in (None, doer.actor_id) and not fought and not named:
        return False
    # (a country the claim names is whose men it says it killed: "soldiers and 'mercenaries' of Russia's Wagner Group")
    if not (_place_ok(a, b) or not _own_place(b, dateline=False) or (b.location is not None and b.location.feature == "country")):
        return False
    return b.date is None or a.date is None or dates_agree(a, b) or not _own_date(b) or _claimed_days_after(a, b) or _stated_after(a, b)


def _stated_after(a: Event, b: Event) -> bool:
    """``b`` is dated by the statement that tells it ("in a statement on Tuesday"), on the act's day or a few days after."""
    return statement_day(b) and _days_after(a, b)


def _days_after(a: Event, b: Event) -> bool:
    """``b`` is dated on ``a``'s day or a few days after it (a claim or a statement about the act)."""
    if a.date is None or b.date is None:
        return False
    sa, ea, sb = a.date.start, a.date.end, b.date.start
    return sa is not None and ea is not None and sb is not None and sa <= sb and (sb - ea).days <= _CLAIM_DAYS


def _claimed_days_after(a: Event, b: Event) -> bool:
    """``b`` claims ``a`` on its own day, the act's or a few days after it ("claimed the attack on Thursday")."""
    return _claim_dated(a, b) and _days_after(a, b)


_HELD_GROUND = frozenset({"armed_clash", "government_regains_territory", "non_state_actor_overtakes_territory"})


def their_account(a: Event, b: Event) -> bool:
    """``b`` is the account of the side ``a`` was fought against: a named armed group that says in a few sentences'
    time what it did in that fight ("troops recaptured the village after hours of fighting … The group said its
    fighters had withdrawn and had killed 12 soldiers"). One fight, told by each side."""
    if a.event_type not in _HELD_GROUND or b.event_type != "armed_clash":
        return False
    if not (0 < b.sentence - a.sentence <= _RETELL_REACH and {a.modality, b.modality} <= _OWNED) or separate(b):
        return False
    teller = b.actor1
    if teller is None or not teller.actor_id or teller.kind not in ARMED_NON_STATE or a.actor1 is None or a.actor1.actor_id == teller.actor_id:
        return False
    if a.actor2 is not None and a.actor2.actor_id not in (None, teller.actor_id):
        return False
    if b.evidence is None or not _OWN_ACCOUNT.search(b.evidence.text) or not _one_side(a.actor1, b.actor2):
        return False
    return (dates_agree(a, b) or not _own_date(b)) and _place_ok(a, b)


# "the attackers arrived on motorcycles", "the gunmen fled": the people who did what the article told before
_ANAPHORIC_PERP = re.compile(r"^(?:the|these|those)\s+(?:same\s+)?(?:attackers?|assailants?|gunm[ae]n|kidnappers?|abductors?|killers?|murderers?|fighters|militants|"
                             r"bandits|insurgents|jihadists|militiam[ae]n|armed\s+men|"
                             r"raiders?|bombers?|perpetrators?|culprits?|hitm[ae]n|assassins?)$", re.I)
_POINT_REACH = 3  # sentences
_SUSPECTED = re.compile(r"\b(?:suspected|alleged|presumed)\s+$", re.I)
_SUSPECTED_OPENING = re.compile(r"(?:suspected|alleged|presumed)\s", re.I)


def _called_suspected(ref: ActorRef | None, evd: Span | None) -> bool:
    """The sentence ``evd`` names ``ref`` only as suspected ("Suspected ADF rebels", "three suspected militants");
    the hedge may open the actor's own words ("Suspected militants hurled a grenade")."""
    if ref is None or ref.start is None or evd is None or not evd.start <= ref.start <= evd.end:
        return False
    before = evd.text[max(0, ref.start - evd.start - 30) : ref.start - evd.start]
    return bool(_SUSPECTED.search(before) or _SUSPECTED_OPENING.match(ref.text or ""))


def _doer_suspected(ev: Event) -> bool:
    """The report names its doer only as suspected ("Suspected ADF rebels killed 29 civilians"), whatever
    firmer reports of the act were merged into it since."""
    return _called_suspected(ev.actor1, ev.evidence)


def _suspected_only(ev: Event) -> bool:
    """The event is hedged only in who did it ("suspected ADF rebels killed 11 villagers"): that the
    killing happened is reported, so it may merge with the reported details of the same incident (or
    hedged in who the victims are: "two soldiers and three suspected militants were killed in a firefight")."""
    return ev.modality == Modality.HEDGED and any(_called_suspected(ref, ev.evidence) for ref in (ev.actor1, ev.actor2))


def _points_back(a: Event, b: Event, latest: int | None = None, written: bool = False) -> bool:
    """``b`` is told by the people who did ``a`` ("The attackers arrived on motorcycles and opened fire"),
    a few sentences after ``a`` was last told (``latest``, else its first sentence), with no place or date of
    its own: more of the same incident. With ``written``, an unnamed doer counts only where its own words hold
    the article ("the attackers" as the parser took them)."""
    ref = b.actor1
    if ref is None:
        return False
    text = " ".join((ref.text or "").split())
    if ref.actor_id is None:
        if not (_ANAPHORIC_PERP.match(text) or (not written and _the_doers(ref, b))):  # ("the" may stand outside the actor's words)
            return False
    elif a.actor1 is None or a.actor1.actor_id != ref.actor_id or not _ANAPHORIC_PERP.match(f"the {text}"):
        return False  # "the attackers", read as the group the act's doer is ("the attackers used machine guns")
    if FAMILY_OF[a.event_type] not in VIOLENT_FAMILIES or FAMILY_OF[b.event_type] not in VIOLENT_FAMILIES:
        return False
    told_date = _stated_date(b) and not (b.date is not None and b.date.basis == "context")  # a date carried from before is none of its own
    told_at = _told_at(a, latest)
    if b.sentence - a.sentence > 0 and b.sentence - told_at <= _POINT_REACH and not told_date and not _own_place(b, dateline=False):
        return True
    # "Gunmen killed 132 people in an overnight raid on a village in northern Burkina Faso … The attackers struck Solhan,
    # a village in Yagha province, between Friday night and the early hours of Saturday": the lead's act, placed and dated
    return b.sentence - told_at == 1 and _narrows_lead(a, b)


def _narrows_lead(a: Event, b: Event) -> bool:
    """``b`` names a town inside the province or country ``a`` was placed in, on the same day or the next."""
    la, lb = a.location, b.location
    if la is None or lb is None or la.precision < 3 or lb.precision > 2 or la.country != lb.country:
        return False
    if la.feature != "country" and la.admin1 and lb.admin1 != la.admin1:
        return False
    return _near_days(a, b)


_MORE_WORD = re.compile(r"\b(?:also|another|further|additional)\b", re.I)
_OTHERS = re.compile(r"\bothers?\b", re.I)
_ATTACKERS = re.compile(r"\b(?:attackers?|assailants?|gunm[ae]n|militants?|insurgents?|rebels?|guerrillas?|terrorists?|jihadists?|"
                        r"bombers?|bandits?|kidnappers?|fighters?|militiam[ae]n|raiders?)\b", re.I)
_ALSO_VERB = re.compile(r"\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+also\b|\balso\s+(?:killed|died|dead|murdered|shot|wounded|injured|hurt|"
                        r"kidnapped|abducted|taken|arrested|detained|lost\s+their\s+lives)\b", re.I)


def _others_added(a: Count | None, b: Count | None) -> bool:
    return a is not None and b is not None and not stated(a) and bool(_OTHERS.search(b.text or "")) and not _ATTACKERS.search(b.text or "")


def _adds_to(a: Count | None, b: Count | None, ev: Event, host: Event | None = None) -> bool:
    """The later report counts more people, not the same ones again: "two of his bodyguards were also killed";
    "15 others died" after a named victim (after a stated toll, "others" may be those same dead). ``host`` is
    the event ``a`` belongs to: a count it took from ``ev``'s own sentence, or one person it already names
    ("killing a policeman and his son … the gunmen also killed the officer's son"), adds nobody."""
    if a is None or b is None or _ATTACKERS.search(b.text or ""):
        return False  # "three of the attackers were also killed": the attackers' own dead, not more victims
    if _MORE_WORD.search(b.text or ""):
        return True
    if host is not None and _told_before(a, b, ev, host):
        return False
    return (ev.evidence is not None and bool(_ALSO_VERB.search(ev.evidence.text))) or (not stated(a) and bool(_OTHERS.search(b.text or "")))


def _count_sides(c: Count) -> set[str]:
    """The sides of a fight a count's words name: a state's men ("two soldiers"), the armed men they fought ("nine militants")."""
    text = c.text or ""
    return {side for side, pattern in (("state", STATE_NOUN), ("armed", _ATTACKERS)) if pattern.search(text)}


def _other_side_dead(a: Count | None, b: Count | None) -> bool:
    """In a fight, ``b`` counts the dead of the side ``a`` did not count ("security forces killed nine militants …
    Two soldiers were killed in the exchange of fire"): both dead are the fight's. Only a count told as the dead
    ("two soldiers were killed"), not a side's account of those it killed ("the army said its units had neutralised
    about 40 assailants"), which is that side's word."""
    if a is None or b is None or not (stated(a) and stated(b)) or not COUNT_RE.match((b.text or "").strip()):
        return False
    sa, sb = _count_sides(a), _count_sides(b)
    return len(sa) == 1 and len(sb) == 1 and sa != sb


_PERSON_HEAD = re.compile(r"^(?:son|daughter|wife|husband|brother|sister|father|mother|child|nephew|niece|cousin|driver|bodyguard|"
                          r"escort|guard|secretary|assistant|companion|cook|maid|housekeeper|aide|chauffeur|colleague|friend)$", re.I)


def _told_before(a: Count, b: Count, ev: Event, host: Event) -> bool:
    """``b`` tells people ``a`` has counted: the same count phrase read again from one sentence (two clauses of
    it made two events), or one person named by a word of kinship or service that ``a``'s phrases already hold."""
    parts = {" ".join(t.split()).upper() for t in (a.text or "").split(";")}
    spans = {(s.start, s.end) for s in (host.evidence, *host.extra_evidence) if s is not None}
    same_sentence = ev.evidence is not None and (ev.evidence.start, ev.evidence.end) in spans
    if same_sentence and " ".join((b.text or "").split()).upper() in parts:
        return True
    words = re.findall(r"[\w'’-]+", b.text or "")
    return b.best == 1 and bool(words) and bool(_PERSON_HEAD.match(words[-1])) \
        and re.search(rf"\b{re.escape(words[-1])}\b", a.text or "", re.I) is not None


def _other_toll(ev: Event) -> bool:
    """The event's sentence gives another source's toll ("the ministry gave a higher toll, saying 43 …",
    "the group said it had killed 15"), not a toll that rose."""
    if ev.fatalities is None or ev.evidence is None:
        return False
    if _OWN_ACCOUNT.search(ev.evidence.text) and not _TOLL_ROSE.search(ev.evidence.text):
        return True  # the doer's own figure ("the group said it had killed 15") stays within the spread
    return _is_toll_update(ev) and not _TOLL_ROSE.search(ev.evidence.text)


def _merge_count(a: Count | None, b: Count | None, adds: bool = False, keep_first: bool = False) -> Count | None:
    """One count from two reports: more people ``adds``; else the larger (a toll that rose), or with
    ``keep_first`` the first report's figure, the other within the spread (another source's toll)."""
    if a is None or b is None:
        return a or b
    if adds:
        return add_counts(a, b)
    if stated(a) != stated(b):  # "killed the mayor" + "12 people were killed": the mayor is one of the 12
        return a if stated(a) else b
    lows = [x for x in (a.low, b.low) if x is not None]
    highs = [x for x in (a.high, b.high) if x is not None]
    best = max(x for x in (a.best, b.best) if x is not None) if (a.best is not None or b.best is not None) else None
    if keep_first and a.best is not None:
        told = [x for x in (a.best, b.best) if x is not None]
        lows, highs, best = lows + told, highs + told, a.best
    high = max(highs) if highs else None
    if high is not None and best is not None and high < best:
        high = best
    return Count(min(lows) if lows else None, best, high, a.qualifier or b.qualifier, f"{a.text}; {b.text}")


def _narrows(inner: DateSpan, outer: DateSpan) -> bool:
    """``inner`` is a shorter span that lies inside ``outer``, both told by the text (not the publication day)."""
    if inner.basis in UNDATED or outer.basis in UNDATED:
        return False
    if inner.start is None or inner.end is None or outer.start is None or outer.end is None:
        return False
    return outer.start <= inner.start and inner.end <= outer.end and (inner.end - inner.start) < (outer.end - outer.start)


def _new_spans(a: Event, spans: list[Span]) -> list[Span]:
    """``a``'s extra evidence with ``spans`` added, each sentence once (two acts of one sentence may both merge)."""
    seen = {(s.start, s.end) for s in (a.evidence, *a.extra_evidence) if s is not None}
    out = list(a.extra_evidence)
    for s in spans:
        if (s.start, s.end) not in seen:
            seen.add((s.start, s.end))
            out.append(s)
    return out


def _part_of(part: Place, whole: Place) -> bool:
    """``part`` is a named part of the town ``whole`` ("the Palmira neighbourhood" of the city another
    report of the same attack names): the gazetteer lacks it and placed it at the town's point."""
    return (part.geonameid is None and whole.geonameid is not None and part.feature == "place" and part.name != whole.name
            and part.lat is not None and (part.lat, part.lon) == (whole.lat, whole.lon))


def _filed_from(ev: Event) -> bool:
    """The event's place is written in the dateline: where the report was filed, which the act's own words
    may have named again ("MOPTI, Mali — … near Boni, in Mali's Mopti region": the region's name, not the town's)."""
    loc, evd = ev.location, ev.evidence
    return loc is not None and evd is not None and loc.start is not None and evd.start <= loc.start < evd.start + _dateline_len(ev)


def _coarseness(place: Place) -> int:
    """How large a kind of place is: a town, a district, a province or region, a country. Two towns
    are equally fine, whatever their precision: "on the outskirts of Kalehe" is no coarser a place
    than the town a later report of the act names ("officials in Bukavu said …"), and the first
    report's town stays."""
    if place.feature == "country":
        return 4
    if place.feature in ("admin1", "region"):
        return 3
    return 2 if place.feature == "admin2" else 1


def merge_pair(a: Event, b: Event) -> Event:
    """``a`` with ``b``'s information added (``a`` is the earlier report)."""
    rank = {t: i for i, t in enumerate(_SPECIFICITY)}
    # the more specific mode wins; between equals (an attack and a clash) the lead sentence's reading stays
    etype = b.event_type if rank.get(b.event_type, 99) < rank.get(a.event_type, 99) else a.event_type
    if FAMILY_OF[a.event_type] == "protests" or FAMILY_OF[b.event_type] == "protests":
        etype = _protest_type(a, b)
    elif destroyed_in(b, a):
        etype = b.event_type  # "torched homes and shot residents": the attack, whose destruction was told first
    elif FAMILY_OF[b.event_type] != FAMILY_OF[a.event_type] and (_is_toll_update(b) or (
            not _own_doer(b) and b.evidence is not None and _TAKEN.search(b.evidence.text))):
        # "the toll had risen to nine, and explosives had been seized", "the bodies of three rebels were recovered along
        # with four rifles and a homemade bomb": a toll, or arms found, name no new kind of act
        etype = a.event_type
    elif _passed_on(b, _TOLL_KINDS) and FAMILY_OF[b.event_type] == FAMILY_OF[a.event_type] and all(
            getattr(a, k) is not None for k in _COUNT_KINDS if stated(getattr(b, k))):
        # "… shooting dead four and carrying off more than 20 … police said seven had been killed and 26 abducted":
        # the raid's later toll, of people the raid was told to have killed and taken; not another kind of act
        etype = a.event_type
    loc = a.location
    own_a, own_b = _own_place(a, dateline=False), _own_place(b, dateline=False)
    if b.location and (loc is None or (own_b and not own_a) or (own_b == own_a and _coarseness(b.location) < _coarseness(loc))
                       or (own_b == own_a and _part_of(b.location, loc))
                       or (own_b == own_a and _coarseness(b.location) == _coarseness(loc) and _filed_from(a) and not _filed_from(b))) \
            and not (loc is not None and (_is_toll_update(b) or (_passed_on(b) and _spoken_from(b)) or (not own_b and refers_back(b)))):
        # a toll is given where its source speaks ("a local official in Djibo said 27 had been buried"); a retelling
        # that names no place of its own ("the group said it carried out the attack") keeps the place told first
        loc = b.location  # a place a report names itself beats one it inherited (the dateline, the story's country)
        kept = a.location
        if kept is not None and kept.admin1 and not loc.admin1 and kept.country == loc.country and _coarseness(kept) > _coarseness(loc):
            loc = replace(loc, admin1=kept.admin1)  # a village the gazetteer lacks lies in the district the first report named
    date = a.date
    if b.date and (date is None or date.basis in UNDATED) and b.date.basis not in UNDATED:
        date = b.date
    elif b.date and _stated_date(b) and not _stated_date(a) and not dates_agree(a, b) and not _is_toll_update(b) and not _claim_dated(a, b):
        date = b.date  # "said today … the killing took place on 24 March": the stated date is the event's
    elif b.date and date is not None and _narrows(b.date, date) and not _is_toll_update(b) and not _claim_dated(a, b):
        # "an overnight raid" … "shortly before midnight on Saturday": the day inside the span (not the day a
        # toll rose: "the toll rose to 19 on Tuesday" dates the count, not the ambush)
        date = b.date
    actor1, actor2 = _sides(etype, a, b)
    # another source's figure, or the doers' own boast in a claim ("more than 20 apostate soldiers"), stays in the spread
    # (not a toll that rose, told by others, in an act the claim was carried to: "the number of dead had risen to 38")
    rose = _is_toll_update(b) and b.evidence is not None and bool(_TOLL_ROSE.search(b.evidence.text))
    keep = _other_toll(b) or (b.modality == Modality.CLAIMED and (a.modality != Modality.CLAIMED or _claims_responsibility(b)) and not rose)
    # (the claim's own words, not a report the claim was carried to before merging)
    boasts = b.modality == Modality.CLAIMED and b.evidence is not None and _CLAIM_WORD.search(b.evidence.text) is not None \
        and not (a.evidence is not None and _CLAIM_WORD.search(a.evidence.text))
    return replace(
        a,
        event_type=etype,
        event_family=FAMILY_OF[etype],
        actor1=actor1,
        actor2=actor2,
        assoc_actor1=_union(a.assoc_actor1, b.assoc_actor1, a.actor1),
        assoc_actor2=_victims(a, b, actor2, actor1),
        physical_targets=one_per_thing([*a.physical_targets, *b.physical_targets]),
        location=loc,
        date=date,
        modality=_firmer(a.modality, b.modality),
        # (a claimant's figure never adds to a toll: "… three attackers were shot dead … the group claimed the bombing and said
        # more than 20 soldiers had been killed")
        fatalities=_merge_count(a.fatalities, b.fatalities, not boasts and (_adds_to(a.fatalities, b.fatalities, b, a)
                                or (etype in _FIGHTS and _other_side_dead(a.fatalities, b.fatalities))), keep_first=keep or boasts),
        injured=_merge_count(a.injured, b.injured, _adds_to(a.injured, b.injured, b, a), keep_first=keep),
        displaced=_merge_count(a.displaced, b.displaced, _adds_to(a.displaced, b.displaced, b, a)),
        abducted=_merge_count(a.abducted, b.abducted, _adds_to(a.abducted, b.abducted, b, a)),
        arrested=_merge_count(a.arrested, b.arrested, _adds_to(a.arrested, b.arrested, b, a)),
        weapon=a.weapon or b.weapon,
        civilian_targeting=a.civilian_targeting or b.civilian_targeting,
        extra_evidence=_new_spans(a, [*([b.evidence] if b.evidence else []), *b.extra_evidence]),
        confidence=max(a.confidence, b.confidence),
        doers_aside=[*a.doers_aside, *b.doers_aside],
    )


_CLAIM_WORD = re.compile(r"\bclaim(?:ed|s|ing)?\b", re.I)


def _claim_dated(a: Event, b: Event) -> bool:
    """``b`` is a claim of ``a`` made on a day of its own ("claimed the attack on Thursday"): the claim's day, not the act's."""
    return b.modality == Modality.CLAIMED and a.modality != Modality.CLAIMED and b.evidence is not None \
        and bool(_CLAIM_WORD.search(b.evidence.text))


def _claims_responsibility(ev: Event) -> bool:
    """The event's sentence is a claim of responsibility (whose figures are the claimant's, not the toll)."""
    return ev.evidence is not None and bool(_CLAIMED_RESPONSIBILITY.search(ev.evidence.text))


_FIRMNESS: list[str] = [Modality.REPORTED, Modality.CLAIMED, Modality.HEDGED]


def _firmer(a: str, b: str) -> str:
    """A hedged and a reported account of one event: it is reported."""
    if a in _FIRMNESS and b in _FIRMNESS:
        return min(a, b, key=_FIRMNESS.index)
    return a


def _main_actor(a: ActorRef | None, b: ActorRef | None) -> ActorRef | None:
    """The earlier report's actor, unless the later one names the same side where it did not."""
    if a is None:
        return b
    if b is not None and a.actor_id is None and b.actor_id is not None and _actor_ok(a, b):
        return b
    return a


def _union(kept: list[ActorRef], more: list[ActorRef], main: ActorRef | None) -> list[ActorRef]:
    """``kept`` and the actors of ``more`` not yet among them nor the main actor (by name)."""
    seen = {r.name for r in kept} | ({main.name} if main else set())
    out = list(kept)
    for r in more:
        if r.name not in seen:
            seen.add(r.name)
            out.append(r)
    return out


def _victims(a: Event, b: Event, main: ActorRef | None, doer: ActorRef | None) -> list[ActorRef]:
    """The co-victims of two reports of one act: the earlier report's, then those the later one adds. A later
    report mostly names the same victims again in other words ("at least 50 people", "residents"), so its
    main victim joins only where it is a person by name not yet among them ("Judge X was shot. His driver,
    Ana Ruiz, was also killed") or where the report says they are more ("his driver was also killed", "two
    other people were wounded")."""
    kept = [*([main] if main else []), *a.assoc_actor2]
    seen = {w for r in kept for w in _keys(r)}
    names = {r.name.lower() for r in kept}
    out = list(a.assoc_actor2)
    more = _victims_added(b)
    for r in (b.actor2, *b.assoc_actor2):
        if r is None or r is main or _keys(r) & seen or own_target(doer, r):
            continue
        if not (more or r.actor_id or r.kind == ActorKind.PERSON) and r.name.lower() in names:
            continue  # "schoolchildren", then "people": unnamed people of one kind are those same people again
        # people of another kind than any told, hurt in the act the report points back at, are others too
        # ("the judge was shot … two policemen were wounded in the attack")
        other_kind = r.kind != ActorKind.PERSON and all(k.kind != r.kind for k in kept) and _hurt_in_it(b, r)
        if r is b.actor2 and not (more or other_kind or (r.kind == ActorKind.PERSON and r.actor_id is None and named_in_full(r))):
            continue
        seen |= _keys(r)
        names.add(r.name.lower())
        out.append(r)
    return out


_HURT_IN_IT = re.compile(r"\b(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt)\s+"
                         r"(?:in|during|by)\s+(?:the|this|that)\s+(?:\w+\s+)?(?:attack|ambush|blast|explosion|bombing|raid|assault)\b", re.I)


def _hurt_in_it(ev: Event, r: ActorRef) -> bool:
    """The report says ``r`` was hurt in an act it names as told before ("… were wounded in the attack")."""
    if ev.evidence is None or r.end is None:
        return False
    after = ev.evidence.text[max(0, r.end - ev.evidence.start) :]
    return bool(_HURT_IN_IT.search(after[:160]))


def _keys(r: ActorRef) -> set[str]:
    """What tells one victim from another: a name where the actor has one of its own (a known actor, a person),
    else the words the text calls them by ("driver" and "bodyguard" are two, both "Civilians (Colombia)")."""
    if r.actor_id or r.kind == ActorKind.PERSON:
        return {r.name.lower(), r.text.lower()}
    return {r.text.lower()}


# Last words of the names of bodies and buildings, which the parser may take for a person's name ("the National
# Assembly", "the Supreme Court"): stormed or struck, they are no person.
_INSTITUTION = re.compile(r"^(?:assembly|parliament|congress|senate|council|court|tribunal|ministry|palace|embassy|house|hall|"
                          r"building|tower|centre|center|hotel|hospital|university|school|church|mosque|bank|station|airport|market)$", re.I)


def named_in_full(ref: ActorRef) -> bool:
    """Anyone but a person known only by one word the parser took for a name ("Jolan", "Zoobe junction": a
    district, a crossroads): a person added as a further victim has a full name, every word capitalised, that
    is no body's or building's name."""
    if ref.kind != ActorKind.PERSON or ref.actor_id:
        return True
    words = ref.text.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and not _INSTITUTION.match(words[-1])


def _victims_added(ev: Event) -> bool:
    """The report tells of more victims than those told before: "was also killed", "two other people"."""
    text = ev.evidence.text if ev.evidence is not None else ""
    return bool(_ALSO_VERB.search(text)) or bool(ev.actor2 is not None and (_MORE_WORD.search(ev.actor2.text) or _OTHERS.search(ev.actor2.text)))


_CROWDS = frozenset({ActorKind.PROTESTERS, ActorKind.RIOTERS, ActorKind.CIVILIANS})


def _sides(etype: str, a: Event, b: Event) -> tuple[ActorRef | None, ActorRef | None]:
    """The merged event's two sides. In a riot the crowd acts and the police are the other side
    ("some of them set fire to the office before police dispersed them"); in excessive force and an
    intervention the forces act on the crowd: whichever report gave which order, the merged type decides it.
    Elsewhere the earlier report's actor stays (see ``_main_actor``). No one is their own target."""
    doer_a, doer_b = a.actor1, b.actor1
    # a doer read only to type and place one report (see ``drop_aside_doers``) never displaces the doer the other names
    # ("…was shot dead by terrorists" merged with "…shouted their support for the Shining Path group")
    if doer_a is not None and _set_aside(b) and not _set_aside(a):
        doer_b = None
    if unknown_doer(doer_a) and not (b.modality == Modality.CLAIMED and refers_back(b)):
        # "unidentified gunmen shot three herders" keeps its doers against a group another report names, unless that
        # report is the group's claim of this act
        doer_b = None
    actor1, actor2 = _main_actor(doer_a, doer_b), a.actor2 or b.actor2
    if etype == "armed_clash" and b.actor2 is not None and b.actor2.kind in _ARMED and actor2 is not None \
            and actor2.kind in (ActorKind.PERSON, ActorKind.CIVILIANS) and not actor2.actor_id and _actor_ok(actor1, b.actor1) \
            and not own_target(actor1, b.actor2):
        # both sides of a fight are armed: a name the parser took for a person, or the people a lead said were killed
        # ("fighting between two armed groups killed seven people … the clashes pitted A against B"), gives way to the
        # side told later
        actor2 = b.actor2
    # (a claim of "the attack" told before, not of "some of the group's attacks"; it may come swapped, as a fight told
    # from the other side)
    told_back = refers_back(b)
    # (or its own account of what its men did: "a commander of the group said his forces had killed 40 fighters")
    own_account = not told_back and b.evidence is not None and bool(_OWN_ACCOUNT.search(b.evidence.text))
    claimant = next((r for r in (b.actor1, b.actor2) if r is not None and r.actor_id and r.kind in ARMED_NON_STATE), None) \
        if b.modality == Modality.CLAIMED and a.modality != Modality.CLAIMED and (told_back or own_account) else None
    # (a claimant whose account says it fought the other side off defended: "the group said its fighters had repelled the
    # apostate militias" after "soldiers entered the village after several hours of fighting")
    defended = b.evidence is not None and _FOUGHT_OFF.search(b.evidence.text) is not None
    if etype == "armed_clash" and claimant is not None and defended and _claimable(a.actor2, claimant) and a.actor1 is not None:
        actor1, actor2 = a.actor1, claimant
    elif etype == "armed_clash" and claimant is not None:
        # "soldiers fought off an assault by suspected jihadists … JNIM claimed the attack": the claimant is the
        # unnamed side, and the side that attacked (in its own account, the side told as attacking, where both are unnamed)
        if own_account and _claimable(a.actor1, claimant):
            actor1, actor2 = claimant, a.actor2 or b.actor2
        elif _claimable(a.actor2, claimant):
            actor1, actor2 = claimant, a.actor1 or b.actor2
        elif _claimable(a.actor1, claimant):
            actor1, actor2 = claimant, a.actor2 or b.actor2
    refs = [r for r in (a.actor1, b.actor1, a.actor2, b.actor2) if r is not None]
    # (people told as a crowd, protesters or rioters, before people the text names otherwise: "two leaders of the
    # movement" arrested are not the crowd that marched)
    crowd = next((r for r in refs if r.kind in (ActorKind.PROTESTERS, ActorKind.RIOTERS)), None) \
        or next((r for r in refs if r.kind in _CROWDS), None)
    force = next((r for r in refs if r.kind == ActorKind.STATE_FORCES), None)
    if crowd is not None and force is not None:
        if FAMILY_OF[etype] == "riots":
            actor1, actor2 = crowd, force
        elif etype in ("excessive_force_against_protesters", "protest_with_intervention"):
            # (the crowd is never lost: "rallied …; police fired tear gas"; ``passes.protesters_first`` writes a
            # protest with intervention in ACLED's order once every report is merged)
            actor1, actor2 = force, crowd
    if own_target(actor1, actor2):
        # "British aircraft using missiles killed 4 Iraqis": a clause that read the aircraft as the target gives way
        actor2 = next((r for r in (a.actor2, b.actor2) if r is not None and not own_target(actor1, r)
                       and not (actor1 is not None and (r.start, r.end) == (actor1.start, actor1.end))), None)
    return actor1, actor2


_FOUGHT_OFF = re.compile(rf"\b{_REPULSE}", re.I)  # a side's own account that it fought the other off, whatever it names


def _claimable(side: ActorRef | None, claimant: ActorRef) -> bool:
    """A side of a fight the claimant may be: the claimant itself, or armed men the report does not name."""
    return side is not None and (side.actor_id == claimant.actor_id or (
        side.actor_id is None and side.kind in ARMED_NON_STATE | {ActorKind.UNKNOWN}))


def _set_aside(ev: Event) -> bool:
    """The report's doer is one it read only to type and place the act."""
    return ev.actor1 is not None and (ev.actor1.start, ev.actor1.end) in ev.doers_aside


def own_target(actor1: ActorRef | None, actor2: ActorRef | None) -> bool:
    """Both sides resolve to one actor ("the blockade the group declared", read with JNIM as doer and
    "the group" as target): no one is their own target, so the target is dropped."""
    return actor1 is not None and actor2 is not None and bool(actor1.actor_id) and actor1.actor_id == actor2.actor_id


def _protest_type(a: Event, b: Event) -> str:
    """One protest event from a protest and the response to it: killing protesters is excessive force,
    arrests or dispersal are an intervention; violent protesters make a violent demonstration."""
    types = {a.event_type, b.event_type}
    killed = any(e.fatalities is not None and (e.fatalities.best or 0) > 0 for e in (a, b))
    if "violent_demonstration" in types or "looting_property_destruction" in types:  # (a crowd that burned shops rioted)
        return "violent_demonstration"
    if killed or "excessive_force_against_protesters" in types or types & {"attack"}:
        return "excessive_force_against_protesters"
    if types & {"arrest", "protest_with_intervention", "armed_clash"}:
        return "protest_with_intervention"
    return a.event_type if FAMILY_OF[a.event_type] == "protests" else b.event_type


_THING_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


def _thing_words(text: str) -> set[str]:
    return {w.lower() for w in _THING_WORD.findall(text)} - {"the", "a", "an", "of"}


def one_per_thing(things: list[PhysicalTarget]) -> list[PhysicalTarget]:
    """Each thing struck once, by its fullest name: "a bomb went off in the Hilton Hotel … the hotel was
    badly damaged" names one hotel, and so do "U.S. embassy facilities" and "the facilities". A name is
    the same thing as another of the same head noun whose words hold all of its own; things that differ in
    a word ("the National Bank", "the Agrarian Bank") stay apart. The fuller name takes the place of the
    first mention."""
    out: list[PhysicalTarget] = []
    for t in things:
        words = _thing_words(t.text)
        same = next((k for k, u in enumerate(out) if u.head.lower() == t.head.lower()
                     and (words <= _thing_words(u.text) or _thing_words(u.text) <= words)), None)
        if same is None:
            out.append(t)
        elif len(_thing_words(out[same].text)) < len(words):
            out[same] = t
    return out


def _named_within(r: ActorRef, o: ActorRef) -> bool:
    """``r`` is a person named by some of the words of person ``o``'s name ("Pedro" in "Pedro Rafael Osorio")."""
    if r.kind != ActorKind.PERSON or o.kind != ActorKind.PERSON or r.actor_id or o.actor_id:
        return False
    fuller = _thing_words(o.text) | _thing_words(o.name)
    return _thing_words(r.text) < fuller and _thing_words(r.name) <= fuller


def one_per_person(events: list[Event]) -> list[Event]:
    """A victim named twice is one victim: "Bernardo Jaramillo" beside "Bernardo Jaramillo Ossa" in one event
    is the same man, kept by his fuller name; "Lopez", a surname the article gives to Amando Lopez, stays apart
    from "Joaquin Lopez"."""
    for ev in events:
        victims = [r for r in (ev.actor2, *ev.assoc_actor2) if r is not None]
        short = [r for r in victims if any(o is not r and _named_within(r, o) for o in victims)]
        if not short:
            continue
        kept = [r for r in victims if all(r is not s for s in short)]
        main = ev.actor2
        if main is not None and any(main is s for s in short):
            main = next((o for o in kept if _named_within(main, o)), kept[0])
        ev.actor2 = main
        ev.assoc_actor2 = [r for r in kept if r is not main]
    return events


_CONTINUES_REACH = 2  # sentences


def _continues(ev: Event) -> bool:
    """The event's sentence names neither its place nor its day: both come from the story around it."""
    return not _own_place(ev) and not _date_written(ev)


def turns(sentences: Iterable[tuple[int, str]]) -> frozenset[int]:
    """The sentences (index, text) that open on another incident than those told before ("In another
    development, …", "Separately, …"), whether or not they report an event of their own."""
    return frozenset(i for i, text in sentences if opens_apart(text))


def opens_apart(sentence: str) -> bool:
    """The sentence opens on another incident than those told before ("In a separate attack on Monday, …",
    "Separately, …", "Elsewhere, …")."""
    return _SEPARATE.search(sentence[:80]) is not None


def merge_in_article(events: list[Event], turned: frozenset[int] = frozenset()) -> list[Event]:
    """Fold events that describe the same occurrence into the first report of it. ``turned``: the sentences
    where the writer turns to another incident (:func:`turns`); an act told after a turn is not one told
    wholly before it, unless it names the same victim or updates a toll."""
    out: list[Event] = []
    latest: list[int] = []  # the last sentence that told each kept event: "the attackers" point back from there
    for ev in events:
        # a report told by "the attackers" points at the latest incident before it; others at the first that fits
        order: list[int] = list(range(len(out) - 1, -1, -1) if any(_points_back(kept, ev, latest[i], written=True) for i, kept in enumerate(out)) else range(len(out)))
        before = [i for i in range(len(out)) if latest[i] < ev.sentence]
        violent = [i for i in before if FAMILY_OF[out[i].event_type] in VIOLENT_FAMILIES]
        last_told = max(violent, key=lambda i: latest[i]) if violent else None
        # (and for an act told with nothing of its own, a crowd fired on too)
        harm = [i for i in before if FAMILY_OF[out[i].event_type] in VIOLENT_FAMILIES or out[i].event_type in _HARMED_CROWDS]
        last_harm = max(harm, key=lambda i: latest[i]) if harm else None
        if _passed_on(ev, _TOLL_KINDS):
            # "The ministry said 15 fighters and two soldiers were killed": a toll someone passes on counts the act told
            # last that it can be the toll of
            host = next((i for i in sorted(range(len(out)), key=lambda i: -latest[i])
                         if toll_of(out[i], ev, latest[i], last_told=i == last_told)), None)
            order = order if host is None else [host, *(i for i in order if i != host)]
        elif last_told is not None and _continues(ev) and ev.sentence - latest[last_told] <= _CONTINUES_REACH:
            # "On Tuesday, soldiers clashed with gunmen in Jesús María. … One soldier was killed": a sentence that
            # names neither place nor day goes on with the act told just before it, not an older one it also fits
            order = [last_told, *(i for i in order if i != last_told)]
        # "In another development, … condemned the death of nine peasants … The nine were killed when …"
        turn = max((t for t in turned if t <= ev.sentence), default=-1)
        for i in order:
            kept = out[i]
            if latest[i] < turn and not (_same_person(kept, ev) or _is_toll_update(ev)):
                continue
            if same_occurrence(kept, ev, latest[i], last_told=i == last_told):
                # "troops repelled the attack": the troops are the side that was attacked
                swap = (retells(kept, ev, latest[i]) and bool(_retold_sides(kept, ev))) or mirrored(kept, ev) or their_account(kept, ev) \
                    or (attackers_dead(kept, ev, latest[i]) and ev.actor1 is not None)
                latest[i] = max(latest[i], ev.sentence)
                told = replace(ev, actor1=ev.actor2, actor2=ev.actor1) if swap else ev
                out[i] = merge_pair(kept, told)
                break
        else:
            if last_harm is not None and ev.sentence - latest[last_harm] <= _UNANCHORED_REACH and latest[last_harm] >= turn \
                    and unanchored(ev, out[last_harm]):
                # "… gunmen raided the market in Kawo on Sunday. Two traders were shot dead.": an act with no doer, no place
                # and no day of its own is the story's act told on, not another one nobody could place or date
                latest[last_harm] = max(latest[last_harm], ev.sentence)
                out[last_harm] = merge_pair(out[last_harm], ev)
                continue
            out.append(ev)
            latest.append(ev.sentence)
    return out


_UNANCHORED_REACH = 3  # sentences after the last that told the act
_BY_AGENT = re.compile(r"\b\w+(?:ed|en|ot)\s+by\s+(?!(?:the\s+)?(?:time|way|end|side|roadside|road|car|air|sea|night|day)\b)", re.I)
_ANY_DAY = dt.date(2000, 1, 1)  # a reference day for finding date words at all (what they resolve to does not matter)
_HARMED_CROWDS = frozenset({"excessive_force_against_protesters", "protest_with_intervention", "violent_demonstration", "mob_violence"})


def unanchored(ev: Event, told: Event) -> bool:
    """``ev`` is violence told with no doer, no place and no day of its own, after the violent act ``told``, both
    told as fact; and the writer does not mark it as another incident ("Separately, …", "in another attack")."""
    if FAMILY_OF[ev.event_type] not in VIOLENT_FAMILIES or not (FAMILY_OF[told.event_type] in VIOLENT_FAMILIES or told.event_type in _HARMED_CROWDS):
        return False  # (a crowd fired on, a riot: "… security forces fired on protesters. The doctor said the three were dead on arrival")
    if ev.actor1 is not None or not {ev.modality, told.modality} <= FACTUAL or ev.recalled or told.recalled:
        return False
    if not (_continues(ev) or (_care_place(ev) and not _date_written(ev))) or _own_date(ev):
        return False
    if ev.evidence is None or separate(ev) or _ANOTHER.search(ev.evidence.text) or _BY_AGENT.search(ev.evidence.text):
        return False  # (nor one whose doer the text names though none was resolved: "were murdered by FARC 12th Front members")
    if find_dates(ev.evidence.text[_dateline_len(ev):], _ANY_DAY):
        return False  # "she was caught in the shooting that took place on 11 November": a day the event did not take is still its own
    if any(_ATTACKERS.search(c.text or "") for c in (ev.fatalities, ev.injured) if c is not None):
        return False  # "Twenty insurgents were killed": the other side's dead, which the rules for a fight's two sides weigh
    # its people are among the act's ("a woman was shot dead" after "killing five"), or added to them ("two more
    # traders died"); a count larger than the act's ("more than 1,200 were killed in the crisis") is a total, not its
    # (a hospital's or a doctor's count is the act's toll as it stands, whatever the first report said: "… killing two.
    # A doctor at the main hospital said it had received four bodies")
    return all(_within(getattr(told, k), getattr(ev, k)) or _MORE_WORD.search(ev.evidence.text) for k in _TOLL_KINDS) \
        or bool(_CARE_SOURCE.search(ev.evidence.text))


def _care_place(ev: Event) -> bool:
    """The event's place is where its dead and wounded were counted, not where it happened ("a doctor at Kenyatta
    National Hospital said it had received four bodies")."""
    return ev.location is not None and bool(_CARE_SOURCE.search(ev.location.text or ev.location.name or ""))


# who counts the dead and wounded an act left, after it: hospitals, morgues, medics
_CARE_SOURCE = re.compile(r"\b(?:hospitals?|clinics?|morgues?|mortuar(?:y|ies)|doctors?|medics?|nurses?|paramedics?|medical\s+(?:staff|workers?|sources?|officials?)|"
                          r"health\s+(?:officials?|workers?|ministry|authorities|department))\b", re.I)


def _within(whole: Count | None, part: Count | None) -> bool:
    return part is None or part.best is None or (whole is not None and whole.best is not None and part.best <= whole.best)


_CARRY_REACH = 2  # sentences: how far a told doer carries to an act told without one
_ARMED = ARMED_NON_STATE | {ActorKind.STATE_FORCES, ActorKind.EXTERNAL}


def carry_perpetrators(events: list[Event]) -> list[Event]:
    """An act told without its doer, a sentence or two after one whose doer the article named ("ADF fighters
    raided the village at dawn … A church was set on fire nearby"; "fighters looted shops … Seven men were
    abducted"), was done by the same people, as a reader takes it: unless the writer says it is another incident ("Separately, …"), or those who suffered
    it are of the doer's own side ("six guerrillas were killed in the clashes" is no act of the guerrillas)."""
    out: list[Event] = []
    for ev in events:
        if ev.actor1 is None and FAMILY_OF[ev.event_type] in VIOLENT_FAMILIES and ev.modality in FACTUAL and not separate(ev):
            doer = next((p.actor1 for p in reversed(out) if p.actor1 is not None and 0 < ev.sentence - p.sentence <= _CARRY_REACH
                         and (FAMILY_OF[p.event_type] in VIOLENT_FAMILIES or p.event_type == "looting_property_destruction") and p.modality in FACTUAL
                         and p.actor1.kind in _ARMED), None)
            if doer is not None and not _own_side(doer, ev.actor2) and _could_have_done(doer, ev, out):
                ev = replace(ev, actor1=doer)
        out.append(ev)
    return out


def _could_have_done(doer: ActorRef, ev: Event, told: list[Event]) -> bool:
    """The doer of an earlier act may have done ``ev`` too: in the same country, and with its means (the gunmen of
    one sentence fly no air strike in the next, unless they were told striking from the air before)."""
    origin = next(p for p in reversed(told) if p.actor1 is doer)
    if ev.location is not None and origin.location is not None and ev.location.country and origin.location.country \
            and ev.location.country != origin.location.country:
        return False
    if ev.date is not None and origin.date is not None and ev.date.precision == origin.date.precision == "day" \
            and not dates_agree(origin, ev):
        return False  # a bomb "the following day" is another act, by whoever it was
    return ev.event_type != "air_drone_strike" or origin.event_type == "air_drone_strike" \
        or doer.kind in (ActorKind.STATE_FORCES, ActorKind.EXTERNAL)


def drop_aside_doers(events: list[Event]) -> list[Event]:
    """The record leaves out a doer read only to type and place an act (the nearest armed mention when it lies
    in a phrase about a place or a source, the subject of a clause that only follows the act: "police arrested
    three men after the bombing"), wherever merging or carrying took it. Typing, places and merging saw it, as
    they always have; only the reported perpetrator changes."""
    aside = {span for ev in events for span in ev.doers_aside}
    if not aside:
        return events
    return [replace(ev, actor1=None, assoc_actor1=[]) if ev.actor1 is not None and (ev.actor1.start, ev.actor1.end) in aside else ev
            for ev in events]


def separate(ev: Event) -> bool:
    """The event's sentence opens on another incident ("In a separate attack on Monday, …")."""
    return ev.evidence is not None and opens_apart(ev.evidence.text)


def _own_side(doer: ActorRef, victim: ActorRef | None) -> bool:
    """The victims belong to the doer's side: the same actor, or both armed groups, or both state forces."""
    if victim is None:
        return False
    if doer.actor_id is not None and doer.actor_id == victim.actor_id:
        return True
    return (doer.kind in ARMED_NON_STATE and victim.kind in ARMED_NON_STATE) or doer.kind == victim.kind == ActorKind.STATE_FORCES
