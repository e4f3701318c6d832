"""Relations between actors: allegiance, alliance, split, merger, rivalry, membership, roles.

Patterns are read over a sentence in which actor mentions are known (with offsets); each
pattern names which mention is the source and which the target. Negation ("stopped short of
pledging"), denial ("denied any link") and hedging ("purportedly") are read from the words
before the cue. People stand for their organisation in group-to-group relations (Shekau's
pledge is Boko Haram's pledge; "the caliph" accepting is the Islamic State accepting).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from tacitus.actors.kb import KnowledgeBase
from tacitus.actors.normalize import key
from tacitus.actors.resolve import ARMED_NON_STATE
from tacitus.dates import before_publication
from tacitus.model import (
    ActorKind,
    ActorRef,
    DateSpan,
    Document,
    Modality,
    Relation,
    Sentence,
    Span,
)
from tacitus.relations.mentions import PHRASE_SCORE, people_named, phrase_mentions, same_actor

_NEGATION = re.compile(
    r"\b(stopped\s+short\s+of|refused\s+to|declined\s+to|did\s+not|didn't|does\s+not|doesn't|has\s+not|hasn't|have\s+not|never|"
    r"denied|denies|deny|without|no\s+longer|rejected|rejects|not\s+yet|yet\s+to|rather\s+than|instead\s+of)\b[^.;]{0,40}$",
    re.I,
)
_HEDGE = re.compile(r"\b(purportedly|allegedly|reportedly|apparently|unconfirmed|unverified|said\s+to\s+have|believed\s+to)\b", re.I)
_FUTURE = re.compile(r"\b(will|would|could|might|may|plans?\s+to|intends?\s+to|considering|urged|called\s+on|vow(?:s|ed)?\s+to|threat\w*\s+to|promis\w*\s+to)\s+(?:\w+\s+){0,4}$", re.I)

# The oath of allegiance as wires transliterate it: "bay'ah", "bay’a", "bayah", "bayat", "baiat".
_BAYAH = r"ba[iy]['’ʿ`]?(?:ah?|at)\b"
# (type, cue pattern, where the source is, where the target is): "before"/"after" the cue.
_GROUP_CUES: list[tuple[str, re.Pattern[str], str, str]] = [
    ("accepted_allegiance", re.compile(rf"\b(?:accept\w*|welcom\w*|acknowledg\w*)\s+(?:\w+\s+){{0,2}}(?:pledges?|oaths?|allegiance|{_BAYAH}|loyalty)(?:\s+of\s+allegiance)?", re.I), "before", "after"),
    ("pledged_allegiance", re.compile(rf"\b(?:pledg\w*|swor\w*|swear\w*|announc\w*|declar\w*|offer\w*|gave|giving|give|renew\w*)\s+(?:\w+\s+){{0,3}}?(?:allegiance|{_BAYAH}|loyalty|oath\s+of\s+(?:allegiance|loyalty))(?:\s+to\b)?", re.I), "before", "after"),
    ("pledged_allegiance", re.compile(r"\ballegiance\s+to\b", re.I), "before", "after"),
    ("splinter_of", re.compile(r"\b(?:split|splintered|broke\s+away|breaking\s+away|broken\s+away|defected|separated)\s+from\b|\b(?:splinter|breakaway)\s+(?:group|faction|cell|movement)\s+(?:of|from)\b|\bfaction\s+(?:that\s+)?(?:split|broke)\s+(?:away\s+)?from\b", re.I), "before", "after"),
    ("splinter_of", re.compile(r"\b(?:grew|emerged|sprang|spun\s+off)\s+(?:out\s+of|from)\b|\b(?:broke|split|parted\s+ways)\s+with\b|\b(?:breakaway|dissident|renegade)\s+(?:faction|wing)\s+of\b", re.I), "before", "after"),
    ("merged_into", re.compile(r"\b(?:folded|absorbed|subsumed|integrated)\s+into\b", re.I), "before", "after"),
    ("merged_into", re.compile(r"\bmerg(?:e|es|ed|ing)\s+(?:(?:its|their|his)\s+(?:[\w-]+\s+){0,3}?)?(?:into|with)\b|\bmerger\s+(?:with|of)\b|\bjoined\s+(?:together\s+)?(?:to\s+form|into)\b", re.I), "before", "after"),
    ("member_of", re.compile(r"\b(?:armed|military|youth|political)\s+wing\s+of\b", re.I), "before", "after"),
    ("affiliates", re.compile(r"\b(?:affiliate|branch|franchise|province|wing|arm|offshoot)\s+of\b|\b(?:affiliated|linked|aligned|associated)\s+(?:with|to)\b|\bloyal\s+to\b", re.I), "before", "after"),
    ("allies", re.compile(r"\b(?:allied\s+(?:with|to)|(?:an?\s+)?ally\s+of|alliance\s+with|in\s+alliance\s+with|joined\s+forces\s+with|teamed\s+up\s+with|coalition\s+with|backed\s+by|supported\s+by|cooperat\w+\s+with|"
                          r"(?:fighting|fought|fight|fights|battling|battled)\s+alongside|partnered\s+with|in\s+partnership\s+with)", re.I), "before", "after"),
    # "strikes in support of the Iraqi government", "together with our partners", "with the support of X"
    ("allies", re.compile(r"\b(?:in\s+(?:direct\s+)?support\s+of|together\s+with|(?:with|thanks\s+to)\s+(?:the\s+)?(?:support|help|aid|backing)\s+of|"
                          r"(?:support|help|aid|backing)\s+(?:\w+\s+){0,3}?from|aided\s+by|assisted\s+by|(?:is|are|was|were|has\s+been|have\s+been)\s+"
                          r"(?:\w+\s+)?(?:supporting|assisting|backing|arming|training)|(?:supports|supported|assists|assisted|backs|arms|armed|trains|trained)(?=\s+(?:the\s+)?[A-Z]))", re.I), "before", "after"),
    ("rivals", re.compile(r"\b(?:rival(?:s|ry)?\s+(?:of|to|with)|rivalry\s+with|compet(?:ing|ed|es)\s+with|(?:sworn\s+|bitter\s+|arch-?)?(?:enemy|enemies|foes?|nemesis)\s+of|feud\w*\s+(?:\w+\s+){0,2}?with|at\s+odds\s+with|"
                          r"(?:its|their|a)\s+(?:\w+\s+)?rival)\b", re.I), "before", "after"),
    # "the rivalry between X and Y": both sides follow the cue
    ("rivals", re.compile(r"\b(?:rivalry|competition|feud|enmity|infighting)\s+between\b", re.I), "after", "after"),
    ("fighting_against", re.compile(r"\b(?:fighting|fought|battling|battled|clashed\s+with|clashes\s+with|(?:confrontations?|skirmish(?:es)?|gun\s*battles?|gunfights?|firefights?|exchanges?\s+of\s+fire)\s+with|war\s+(?:with|against)|at\s+war\s+with|war\s+on|"
                                    r"(?:offensives?|campaigns?|fight|struggle|(?:air\s*)?strikes?|attacks?|operations?|raids?|assaults?|missions?|efforts?|munitions|fire|"
                                    r"defen[cs]es|actions?|war|insurgenc(?:y|ies)|rebellion|uprising|jihad|resistance)\s+(?:\w+\s+){0,3}?(?:against|on)|(?:unite[sd]?|stand|stood|standing)\s+against)\b", re.I), "before", "after"),
    # "to degrade and defeat ISIL", "its campaign to destroy the group", "the defeat of X"
    ("fighting_against", re.compile(r"\b(?:(?:degrad\w*|isolat\w*)\s+and\s+(?:ultimately\s+)?)?(?:defeat(?:s|ed|ing)?|destroy(?:s|ed|ing)?|eliminat(?:e|es|ed|ing)|"
                                    r"dismantl\w+|confront(?:s|ed|ing)?|counter(?:ing)?|oust(?:s|ed|ing)?|expel(?:s|led|ling)?|(?:drive|drove|driven|pushing|pushed|push)\s+(?:back|out))\b(?:\s+of)?", re.I), "before", "after"),
    # "fighting between the army and the RSF": both sides follow the cue
    ("fighting_against", re.compile(r"\b(?:fighting|clashes|battles?|war|hostilities|conflict)\s+between\b", re.I), "after", "after"),
    # "troops retook the town from the rebels", "liberated Dabiq from ISIL": ground taken from a side is fought for
    ("fighting_against", re.compile(r"\b(?:seiz|retak|retook|recaptur|liberat|captur|wrest|took\s+back|take\s+back|taking\s+back|reclaim)\w*\s+"
                                    r"(?:control\s+of\s+)?(?:[\w'’-]+\s+){0,6}?from\b", re.I), "before", "after"),
    ("leader_of", re.compile(r"\b(?:(?:was\s+)?(?:founded|led|headed|commanded|run)\s+by)\b", re.I), "after", "before"),
    ("member_of", re.compile(r"\b(?:(?:a\s+)?members?\s+of|belong(?:s|ed|ing)?\s+to|(?:assigned|attached)\s+to|deployed\s+from|(?:as|is|are|was|were|been|became|become|becoming)\s+(?:now\s+|also\s+|still\s+|\w+ly\s+)?(?:an?\s+)?(?:integral\s+|key\s+)?part\s+of)\b", re.I), "before", "after"),
]
# Pairs joined by "and" before a cue: "X and Y formed an alliance", "X and Y merged".
_PAIR_CUES = [
    ("allies", re.compile(r"^\s*(?:have\s+|had\s+)?(?:formed|forged|announced|signed|agreed|struck|sealed)\s+(?:\w+\s+){0,2}(?:alliance|pact|coalition|partnership)", re.I)),
    ("merged_into", re.compile(r"^\s*(?:have\s+|had\s+)?(?:merged|united|joined\s+forces)", re.I)),
    ("rivals", re.compile(r"^\s*(?:are|were|have\s+been|remain)\s+(?:bitter\s+|fierce\s+)?rivals", re.I)),
    ("fighting_against", re.compile(r"^\s*(?:have\s+|had\s+)?(?:clashed|fought|battled)", re.I)),
    # "X and Y have been fighting each other since 2020", "are at war"
    ("fighting_against", re.compile(r"^\s*(?:have\s+been|had\s+been|are|were|kept|continue\s+to\s+be|remain)\s+(?:fighting|battling|at\s+war)\b", re.I)),
]
# A parent group named in an epithet of its affiliate: "JNIM, al-Qaeda's affiliate in Mali",
# "al-Qaeda's Sahel branch, JNIM", "JNIM, the al-Qaeda affiliate", "the Islamic State-linked ADF".
_AFFILIATE_NOUN = r"(?:affiliate|branch|franchise|offshoot|arm|wing|province|proxy)"
_EPITHET_AFTER = re.compile(rf"^['’]s\s+(?:[\w-]+\s+){{0,2}}?{_AFFILIATE_NOUN}\b", re.I)  # parent, then "'s affiliate"
_EPITHET_PLAIN = re.compile(rf"^\s+(?:[\w-]+\s+)?{_AFFILIATE_NOUN}\b", re.I)  # "the al-Qaeda (Sahel) affiliate"
_EPITHET_BEFORE = re.compile(rf"^(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?{_AFFILIATE_NOUN}\s*,?\s*(?:the\s+)?$", re.I)  # "al-Qaeda's (Sahel) branch, JNIM"
_LINKED_AFTER = re.compile(r"^\s*-\s*(?:linked|affiliated|aligned|allied)\s+(?:\w+\s+)?(?:group|movement|faction|militia|insurgents|jihadists|militants|network|organi[sz]ation)\b", re.I)  # "X, the IS-linked group"
_LINKED = re.compile(r"^\s*-\s*(?:linked|affiliated|aligned|allied|inspired)\s+(?:\w+\s+)?$", re.I)  # "the IS-linked ADF"
# A rank between a role word and the name: "the junta's leader, Senior General Min Aung Hlaing"
_RANK = r"(?:(?:Senior\s+|Lieutenant\s+|Lt\.?\s+|Major\s+|Maj\.?\s+|Brigadier\s+)?(?:General|Gen\.)\s+|Colonel\s+|Col\.\s+|Brigadier\s+|Commodore\s+|Admiral\s+|Sheikh\s+|Dr\.?\s+)?"
_ROLE_WORDS = [
    ("spokesperson_of", r"spokes(?:man|woman|person)|mouthpiece|media\s+(?:chief|officer)"),
    ("leader_of", r"leader|chief|head|emir|amir|caliph|supreme\s+leader|commander-in-chief|founder|boss|chairman|president"),
    ("member_of", r"commander|member|fighter|militant|operative|official|deputy|lieutenant|ideologue|financier|recruiter|bomb[\s-]?maker"),
]


# Role words read only after a name: "X, the commander of the 5th Division" leads it, while "an
# ISIS commander" is one of many (a member); and "X, a fighter in/with the group" is a member.
_AFTER_ONLY = {"leader_of": r"|commander|commanding\s+officer"}
_IN = {"member_of": r"|in|with"}


@dataclass
class _Mention:
    ref: ActorRef
    org: ActorRef | None  # the organisation it stands for in group relations


_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"})


def _participates(r: ActorRef) -> bool:
    """A known actor, a person, or an armed force written as a name ("Wagner fighters"); not an
    unnamed one that a capital opens ("The government said troops backed by …")."""
    if r.actor_id or r.kind == ActorKind.PERSON:
        return True
    first = r.text.split()[0] if r.text.split() else ""
    return r.kind in _ARMED and first[:1].isupper() and first.lower() not in _DETERMINERS


class RelationExtractor:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        # built once, not per article; with the abbreviations a country goes by ("the UK", "the UAE")
        self.countries = {n.lower(): c.iso3 for c in kb.countries.values()
                          for n in (c.name, *(d for d in c.demonyms if d.replace(".", "").isupper()))}

    def extract(self, doc: Document) -> list[Relation]:
        out: list[Relation] = []
        places = [(p.start, p.end) for p in doc.places if p.start is not None and p.end is not None]
        for sent in doc.sentences:
            in_sent = [r for r in doc.actors if r.start is not None and sent.start <= r.start < sent.end]
            out.extend(self._two_sides(doc, sent))  # the sides may all be named in the sentence before
            persons = [(e.start, e.end) for e in doc.entities if e.label == "PERSON" and sent.start <= e.start < sent.end]
            people = people_named(doc.article.text, sent.start, sent.end, in_sent, persons, places)
            refs = phrase_mentions(doc.article.text, sent.start, sent.end, in_sent + people, self.countries, keep=_participates, places=places)
            if not refs:
                continue
            roles = self._roles(doc, sent, refs)
            out.extend(roles)
            out.extend(self._group_relations(doc, sent, refs, roles, out))
            out.extend(self._members(doc, sent, refs))
            out.extend(self._units(doc, sent, refs))
            out.extend(self._epithets(doc, sent, in_sent))  # the resolver's names, hyphenated modifiers included
        out.extend(_from_events(doc))
        for rel in out:
            rel.source, rel.target = self._group_name(rel.source), self._group_name(rel.target)
        return dedupe(out)

    def _group_name(self, ref: ActorRef) -> ActorRef:
        """A known group as the relation's party, without the members' noun the mention carried:
        the coalition fights "ISIL", not "ISIL terrorists" (only where the rest is a name of that
        same actor)."""
        m = _MEMBERS_NOUN.search(ref.text)
        if m is None or not ref.actor_id or ref.kind == ActorKind.PERSON:
            return ref
        core = ref.text[: m.start()]
        if ref.actor_id not in self.kb.by_key.get(key(core), ()):
            return ref
        return replace(ref, text=core, end=None if ref.start is None else ref.start + len(core))

    # -- people and their roles -------------------------------------------------------------
    def _roles(self, doc: Document, sent: Sentence, refs: list[ActorRef]) -> list[Relation]:
        text = doc.article.text
        out = []
        people = [r for r in refs if r.kind == ActorKind.PERSON]
        orgs = [r for r in doc.actors if r.actor_id and r.kind != ActorKind.PERSON and r.start is not None and r.start < sent.end]
        # a unit or force the sentence names without a KB entry ("the 5th Infantry Division"); a bare
        # "Army" or "Police" opening a sentence names no one in particular
        orgs += [r for r in refs if not r.actor_id and r.kind != ActorKind.PERSON and r.start is not None and len(r.text.split()) > 1
                 and not any(o.start == r.start for o in orgs)]
        orgs.sort(key=lambda r: r.start or 0)
        for person in people:
            before = text[max(sent.start, (person.start or 0) - 60) : person.start or 0]
            after = text[person.end or 0 : min(sent.end, (person.end or 0) + 60)]
            for rtype, words in _ROLE_WORDS:
                # "ISIS spokesman Mohammed al-Adnani" / "Boko Haram leader Abubakar Shekau" / "its spokesman X"
                m = re.search(rf"(?:^|\W)({words})\s*,?\s*{_RANK}$", before, re.I)
                org = None
                if m:
                    org = self._org_before(orgs, (person.start or 0) - len(before) + m.start(1), text, person)
                else:
                    # "X, the leader of Y" / "X, a spokesman for Y" / "X, who leads Y"
                    m2 = re.match(rf"\s*,\s*(?:the|a|an|its|their)?\s*(?:\w+\s+){{0,2}}?({words}{_AFTER_ONLY.get(rtype, '')})\s*(?:of|for|,{_IN.get(rtype, '')})\s+"
                                  r"(?:(?:the\s+)?[A-Z][\w-]*['’]s\s+)?", after, re.I)
                    if m2 is not None and rtype == "leader_of" and re.match(r"\s*,\s*an?\s", after, re.I):
                        m2 = None  # "X, a commander of the group" is one of its commanders
                    if m2 is None and rtype == "leader_of":  # "X, the man who has led Y since 2009"
                        m2 = re.match(r"\s*,\s*(?:the|a|an)\s+(?:\w+\s+){0,2}?(who)\s+(?:has\s+|had\s+|once\s+)?(?:led|leads|heads|headed|founded|commands|commanded|runs|ran)\s+"
                                      r"(?:(?:[A-Z]\w+)['’]s\s+)?", after)
                    if m2 is None:  # "X, the Taliban's chief spokesman"
                        org = next((o for o in orgs if o.start is not None and (person.end or 0) < o.start <= (person.end or 0) + 7
                                    and re.fullmatch(r"\s*,\s*(?:the\s+)?", text[person.end or 0 : o.start])
                                    and re.match(rf"['’]s\s+(?:\w+\s+){{0,2}}?(?:{words})\b", text[o.end or 0 : sent.end], re.I)), None)
                    if m2:
                        pos = (person.end or 0) + m2.end()
                        org = next((o for o in orgs if o.start == pos or (o.start is not None and 0 <= o.start - pos <= 4)), None)
                        if org is None:
                            org = next((o for o in doc.actors if o.actor_id and o.kind != ActorKind.PERSON and o.start is not None and 0 <= o.start - pos <= 4), None)
                if org is None or org.kind == ActorKind.PERSON:
                    continue
                out.append(Relation(rtype, person, org, date=_date(doc, sent), evidence=Span(sent.start, sent.end, sent.text),
                                    modality=Modality.REPORTED, confidence=0.8))
                break
        return out

    def _org_before(self, orgs: list[ActorRef], pos: int, text: str, person: ActorRef) -> ActorRef | None:
        """The organisation named just before a role word, or the antecedent of "its"/"the group's"."""
        # in the person's own sentence: "… by the Ukrainian army. President X said" is no army's president
        direct = [o for o in orgs if o.end is not None and 0 <= pos - o.end <= 3 and not re.search(r"[.!?]", text[o.end : pos])]
        if direct:
            return direct[-1]
        det = text[max(0, pos - 16) : pos].lower()
        if re.search(r"\b(its|the\s+group's|their|the\s+movement's|the\s+organi[sz]ation's)\s*$", det):
            earlier = [o for o in orgs if (o.end or 0) <= pos and o.kind in ARMED_NON_STATE | {ActorKind.EXTERNAL}]
            return earlier[-1] if earlier else None
        # KB knowledge: the person's organisation with that role at the time
        entry = self.kb.get(person.actor_id)
        if entry is not None and entry.roles:
            org_ids = {r.org for r in entry.roles}
            named = [o for o in orgs if o.actor_id in org_ids]
            return named[-1] if named else None
        return None

    # -- group to group ---------------------------------------------------------------------
    def _as_org(self, ref: ActorRef, day: dt.date | None, told: Sequence[Relation] = ()) -> ActorRef | None:
        """The organisation a mention stands for: itself, or a known person's organisation at
        ``day``; else the one the sentence gives the person a role in (``told``: "Boko Haram
        leader X", read after X's death, still makes X's fight Boko Haram's)."""
        if ref.kind != ActorKind.PERSON:
            return ref
        entry = self.kb.get(ref.actor_id)
        if entry is None:
            return None
        roles = [r for r in entry.roles if r.covers(day) and r.role in ("leader", "spokesperson", "deputy_leader", "founder")] or \
                [r for r in entry.roles if r.covers(day)]
        if not roles:
            role = next((r for r in told if r.source.start == ref.start and r.target.actor_id and r.target.kind != ActorKind.PERSON), None)
            return None if role is None else replace(role.target, text=ref.text, start=ref.start, end=ref.end, score=ref.score * 0.9)
        org = self.kb.get(roles[0].org)
        if org is None:
            return None
        return ActorRef(name=org.name, text=ref.text, kind=org.kind, actor_id=org.id,
                        country=org.countries[0] if len(org.countries) == 1 else None, start=ref.start, end=ref.end, score=ref.score * 0.9)

    def _group_relations(self, doc: Document, sent: Sentence, refs: list[ActorRef], roles: Sequence[Relation] = (),
                         earlier: Sequence[Relation] = ()) -> list[Relation]:
        """Relations a cue states between the groups around it; ``roles`` are the people's roles
        the sentence tells, ``earlier`` the relations of the sentences before."""
        text = doc.article.text
        day = doc.article.published
        out: list[Relation] = []
        used_spans: list[tuple[int, int]] = []
        sentence_asides = _asides(sent)
        # a person the knowledge base does not know stands for no group: such people take part only in roles
        group_refs = [r for r in refs if r.actor_id or r.kind != ActorKind.PERSON]
        for rtype, cue, _src, _tgt in _GROUP_CUES:
            if rtype in ("leader_of", "member_of") and not refs:
                continue
            parties = refs if rtype in ("leader_of", "member_of") else group_refs
            for m in cue.finditer(sent.text):
                cs, ce = sent.start + m.start(), sent.start + m.end()
                if any(a < ce and cs < b for a, b in used_spans) or _in_a_name(text, sent, cs, ce):
                    continue
                asides = [(a, b) for a, b in sentence_asides if b <= cs]
                # "JNIM, which pledged allegiance to al-Qaeda, has been fighting IS": a name inside an aside is not the subject
                before = [r for r in parties if (r.end or 0) <= cs and not any(a <= (r.start or 0) < b for a, b in asides)]
                after = [r for r in parties if ce <= (r.start or 0) <= ce + _TARGET_GAP]
                if _src == "after" and _tgt == "after":  # "the rivalry between X and Y"
                    before, after = after[:1], after[1:2]
                elif _src == "after":  # "the group was founded by X": the source comes after the cue
                    # "fighters led by X" leads the fighters, not the battalion named before them
                    led = before[-1:] if before and _LEADS_GAP.fullmatch(text[before[-1].end or 0 : cs]) else []
                    before, after = after[:1], led
                if before and _src == "after" and not _governed(text, ce, before[0]):
                    continue  # "backed by tribal fighters, said …": the cue's object is no named party
                if _src == "before":  # "The M23, made up mostly of Tutsi fighters, captured …": the list is not the subject
                    before = [r for r in before if not _CONSTITUENT.search(text[max(sent.start, (r.start or 0) - 40) : r.start or 0])]
                if rtype in _FRIENDLY and _src == "before" and before and _HOSTILE_BEFORE.search(text[max(sent.start, (before[-1].start or 0) - 40) : before[-1].start or 0]):
                    continue  # "fire from ISIL fighters …, they requested support from the Coalition": the enemy supports no one
                source = self._speaker(doc, sent, cs) if not before else before[-1]
                if rtype in ("accepted_allegiance",):
                    source = before[-1] if before else self._speaker(doc, sent, cs)
                if rtype == "accepted_allegiance" and source is not None and (not after or not _governed(text, ce, after[0])):
                    # "… said it accepted the bay'ah of our brothers": the pledge told before names them
                    if (accepted := self._acceptance(doc, sent, cs, source, [*earlier, *out])) is not None:
                        used_spans.append((cs, ce))
                        out.append(accepted)
                    continue
                if source is None or not after:
                    continue
                if rtype in ("leader_of", "member_of"):
                    tgt = after[0]
                    if _tgt == "after" and not _governed(text, ce, tgt):
                        continue
                    if rtype == "member_of" and not _MEMBER_GAP.fullmatch(text[source.end or 0 : cs]):
                        continue  # "the U.S. charged three members of the group": the member is the one the cue follows
                    if not same_actor(tgt, source) and tgt.kind != ActorKind.PERSON and (rtype == "member_of" or source.kind == ActorKind.PERSON):
                        used_spans.append((cs, ce))
                        out.append(Relation(rtype, source, tgt, date=_date(doc, sent), evidence=Span(sent.start, sent.end, sent.text),
                                            modality=self._modality(text, sent, cs), confidence=0.5))
                    continue
                src_org = self._as_org(source, day, roles)
                if src_org is None:
                    continue
                tgt_org = self._target(rtype, text, ce, src_org, after[:3], day, roles, governed=_tgt == "after" and _src == "before")
                if tgt_org is None:
                    continue
                if rtype in ("fighting_against", "rivals", "allies") and not (
                        src_org.kind in ARMED_NON_STATE | {ActorKind.STATE_FORCES, ActorKind.EXTERNAL} and tgt_org.kind in ARMED_NON_STATE | {ActorKind.STATE_FORCES, ActorKind.EXTERNAL}):
                    continue
                if rtype not in _OPEN_TYPES and PHRASE_SCORE in (src_org.score, tgt_org.score):
                    continue  # allegiance, affiliation, splits and mergers: between groups the KB knows
                modality = self._modality(text, sent, cs)
                used_spans.append((cs, ce))
                out.append(Relation(rtype, src_org, tgt_org, date=_date(doc, sent, cs), evidence=Span(sent.start, sent.end, sent.text),
                                    modality=modality, confidence=0.7 if modality == Modality.REPORTED else 0.5))
        # "X and Y formed an alliance"
        for i in range(len(group_refs) - 1):
            a, b = group_refs[i], group_refs[i + 1]
            between = text[a.end or 0 : b.start or 0]
            if not re.fullmatch(r"\s*(?:,|and|&)\s*", between):
                continue
            rest = text[b.end or 0 : sent.end]
            for rtype, cue in _PAIR_CUES:
                if cue.match(rest):
                    oa, ob = self._as_org(a, day, roles), self._as_org(b, day, roles)
                    if oa and ob and not same_actor(oa, ob):
                        out.append(Relation(rtype, oa, ob, date=_date(doc, sent), evidence=Span(sent.start, sent.end, sent.text),
                                            modality=Modality.REPORTED, confidence=0.7))
                    break
        return out

    def _target(self, rtype: str, text: str, cue_end: int, source: ActorRef, after: list[ActorRef], day: dt.date | None,
                roles: Sequence[Relation], governed: bool) -> ActorRef | None:
        """The first mention after the cue that is not the source itself ("…to the group made by
        X"); where ``governed``, only if the cue governs it ("attacks on three villages in the
        Rafi local government area" attacks no government)."""
        skipped: list[ActorRef] = []
        for t in after:
            org = self._as_org(t, day, roles)
            if org is None or same_actor(org, source):
                skipped.append(t)
                continue
            return org if not governed or _governed(text, cue_end, t, skipped, friendly=rtype == "allies") else None
        return None

    def _acceptance(self, doc: Document, sent: Sentence, cue: int, source: ActorRef, earlier: Sequence[Relation]) -> Relation | None:
        """An acceptance that names no one ("accepted the oath of our brothers"): it answers the
        latest pledge to the accepting group told in this sentence or the two before."""
        org = self._as_org(source, doc.article.published)
        if org is None or not org.actor_id:
            return None
        lo = doc.sentences[max(0, sent.index - 2)].start
        pledges = [r for r in earlier if r.type == "pledged_allegiance" and r.target.actor_id == org.actor_id
                   and r.evidence is not None and lo <= r.evidence.start <= sent.start and r.modality in _FACTUAL]
        if not pledges:
            return None
        modality = self._modality(doc.article.text, sent, cue)
        return Relation("accepted_allegiance", org, pledges[-1].source, date=_date(doc, sent, cue),
                        evidence=Span(sent.start, sent.end, sent.text), modality=modality,
                        confidence=0.6 if modality == Modality.REPORTED else 0.5)

    @staticmethod
    def _modality(text: str, sent: Sentence, cue_start: int) -> str:
        prefix = text[max(sent.start, cue_start - 60) : cue_start]
        if _NEGATION.search(prefix):
            return Modality.NEGATED
        if _FUTURE.search(prefix):
            return Modality.CALLED_FOR
        if _HEDGE.search(sent.text):
            return Modality.HEDGED
        return Modality.REPORTED

    def _members(self, doc: Document, sent: Sentence, refs: list[ActorRef]) -> list[Relation]:
        """"The alliance is made up of A, B and C", "an alliance of groups including A and B":
        each listed group is a member of the group named before the list."""
        m = _MEMBER_LIST.search(sent.text) or _INCLUDES.search(sent.text)
        if not m:
            return []
        cue = sent.start + m.start()
        before = [r for r in refs if (r.end or 0) <= cue and r.kind in _ARMED and (r.actor_id or r.text[:1].isupper())]
        container = before[-1] if before else None
        if container is None:
            container = self._antecedent_group(doc, sent)
        if container is None:
            return []
        if m.re is _INCLUDES and (container.actor_id or not _COLLECTIVE.search(container.text) or (container.end or 0) + 30 < cue):
            return []  # "including" lists members only after a coalition named just before ("Coalition nations … include")
        members = [r for r in refs if (r.start or 0) >= sent.start + m.end() and r.kind in _ARMED and (r.actor_id or r.text[:1].isupper())
                   and not same_actor(r, container)]
        if len({r.actor_id or r.text for r in members}) < (1 if m.re is _INCLUDES else 2):
            return []  # a list names several members; one name after "made up of" is rarely one
        return [Relation("member_of", member, container, date=_date(doc, sent), evidence=Span(sent.start, sent.end, sent.text),
                         modality=self._modality(doc.article.text, sent, cue), confidence=0.6) for member in members]

    def _units(self, doc: Document, sent: Sentence, refs: list[ActorRef]) -> list[Relation]:
        """"3rd Company, 41st Mechanised Brigade": a unit named before the larger unit it
        belongs to, as military releases write a soldier's assignment."""
        text = doc.article.text
        out = []
        for a, b in itertools.pairwise(sorted(refs, key=lambda r: r.start or 0)):
            ra, rb = _unit_rank(a.text), _unit_rank(b.text)
            if ra is None or rb is None or ra >= rb or not re.fullmatch(r"\s*,\s*(?:the\s+)?", text[a.end or 0 : b.start or 0]):
                continue
            out.append(Relation("member_of", a, b, date=_date(doc, sent), evidence=Span(sent.start, sent.end, sent.text),
                                modality=self._modality(text, sent, a.start or sent.start), confidence=0.6))
        return out

    def _epithets(self, doc: Document, sent: Sentence, refs: list[ActorRef]) -> list[Relation]:
        """An affiliation told in a name's epithet rather than with a verb: "JNIM, al-Qaeda's
        affiliate in Mali", "al-Qaeda's Sahel branch, JNIM", "the IS-linked ADF". Both groups
        must be known to the knowledge base (as for other affiliations)."""
        text = doc.article.text
        out = []
        known = sorted((r for r in refs if r.actor_id and r.kind in ARMED_NON_STATE | {ActorKind.EXTERNAL}), key=lambda r: r.start or 0)
        for a, b in itertools.pairwise(known):
            between = text[a.end or 0 : b.start or 0]
            after_b = text[b.end or 0 : sent.end]
            if re.fullmatch(r"\)?\s*,\s*(?:the\s+|an?\s+)?", between) and (_EPITHET_AFTER.match(after_b) or _LINKED_AFTER.match(after_b) or
                                                                           (between.strip(" ,)") and _EPITHET_PLAIN.match(after_b))):
                child, parent = a, b  # "JNIM, al-Qaeda's affiliate" / "JNIM, the al-Qaeda affiliate"
            elif _EPITHET_BEFORE.match(between) or _LINKED.match(between):
                child, parent = b, a  # "al-Qaeda's branch, JNIM" / "the IS-linked ADF"
            else:
                continue
            if same_actor(child, parent):
                continue
            out.append(Relation("affiliates", child, parent, date=_date(doc, sent), evidence=Span(sent.start, sent.end, sent.text),
                                modality=self._modality(text, sent, a.start or sent.start), confidence=0.6))
        return out

    def _two_sides(self, doc: Document, sent: Sentence) -> list[Relation]:
        """"The two groups have fought each other since 2020", "both movements are at war": the last
        two armed groups named in this sentence or the one before."""
        m = _TWO_SIDES.search(sent.text)
        if not m:
            return []
        lo = doc.sentences[sent.index - 1].start if sent.index > 0 else sent.start
        named: list[ActorRef] = []
        for r in sorted((r for r in doc.actors if r.actor_id and r.kind in _ARMED and r.start is not None
                         and lo <= r.start < sent.start + m.start()), key=lambda r: r.start or 0):
            named = [n for n in named if not same_actor(n, r)] + [r]
        if len(named) < 2:
            return []
        a, b = named[-2], named[-1]
        rtype = "rivals" if re.search(r"\b(?:rivals|compet\w+|enem\w+)\b", m.group(), re.I) else "fighting_against"
        return [Relation(rtype, a, b, date=_date(doc, sent), evidence=Span(sent.start, sent.end, sent.text),
                         modality=self._modality(doc.article.text, sent, sent.start + m.start()), confidence=0.5)]

    def _antecedent_group(self, doc: Document, sent: Sentence) -> ActorRef | None:
        """"The alliance is made up of …": the last named coalition or group before the sentence."""
        if not re.match(r"\s*(?:the|this|that)\s+(?:alliance|coalition|group|front|movement|umbrella)", sent.text, re.I):
            return None
        earlier = [r for r in doc.actors if r.actor_id and r.kind in _ARMED and (r.end or 0) <= sent.start]
        return earlier[-1] if earlier else None

    def _speaker(self, doc: Document, sent: Sentence, pos: int) -> ActorRef | None:
        """The speaker of a first-person quote ("…Shekau said \"we announce our allegiance…\"")."""
        quote = doc.article.text[sent.start : pos]
        if not re.search(r"[\"“].*\b(we|our|i)\b", quote, re.I | re.S):
            return None
        q = max(quote.rfind('"'), quote.rfind("“"))
        speakers = [r for r in doc.actors if r.start is not None and sent.start <= r.start < sent.start + q
                    and (r.kind == ActorKind.PERSON or r.kind in ARMED_NON_STATE)]
        return speakers[-1] if speakers else None


_TARGET_GAP = 40
# What may stand between a cue and the party it governs: no clause break, place or second noun
# phrase ("backed by tribal fighters, said they repelled a Houthi assault"; "raids on two hamlets
# in the X local government area"), unless a preposition takes the party up again ("fighting in
# Idlib against HTS").
_GAP_BREAK = re.compile(r"[,;:]|\b(?:in|at|near|inside|outside|across|around|into|said|says|who|which|that|while|after|before|when|where|but|and)\b", re.I)
_APPOSITION = re.compile(r"\s*,\s*(?:(?:the|an?)\s+)?", re.I)
# Relations an enemy does not enter: "raids on al-Shabaab bases as part of the joint operation".
_FRIENDLY = frozenset({"allies", "member_of", "affiliates"})
# Words that make the mention after them an enemy: "fire from", "the fight against", "defeating these".
_HOSTILE_BEFORE = re.compile(r"\b(?:against|fire\s+from|attacks?\s+(?:on|by)|strikes?\s+on|war\s+on|defeat\w*|destroy\w*|fight\w*)\s+"
                             r"(?:(?:the|these|those|its|their)\s+)?$", re.I)
_GAP_RESUMES = re.compile(r"\b(?:against|with|alongside)\s+(?:(?:the|its|their)\s+)?$", re.I)
# Between a group and "led by"/"founded by" that tells its leader: an aside's opening at most.
_LEADS_GAP = re.compile(r"\)?\s*,?\s*(?:(?:which|that|who)\s+)?(?:(?:is|was|are|were|has|have|had|been|being|now|then|currently|once|formerly|"
                        r"previously|later|still|also|reportedly|allegedly|jointly|originally|initially|long)\s+)*", re.I)


def _in_a_name(text: str, sent: Sentence, cue_start: int, cue_end: int) -> bool:
    """A capitalised cue inside a proper name ("F-16 Fighting Falcons", "the Counter ISIL
    Coalition"), in a sentence not written all in capitals and not at its start."""
    if cue_start == sent.start or not text[cue_start].isupper() or sent.text.isupper():
        return False
    return bool(re.match(r"\s+[A-Z]", text[cue_end : cue_end + 2]))


# Between a member and "member of", "part of", "assigned to": an apposition or a copula, and an
# article with up to two adjectives ("X, a senior member of", "X is working as part of").
_MEMBER_GAP = re.compile(r"\)?\s*(?:,\s*)?(?:(?:which|that|who)\s+)?(?:(?:is|was|are|were|has|have|had|been|being|became|becomes|now|then|currently|"
                         r"once|formerly|previously|later|still|also|reportedly|allegedly|long)\s+)*(?:[a-z]+ing\s+)?(?:(?:an?|the|one\s+of\s+the)\s+(?:[\w-]+\s+){0,2})?")
# Unit sizes, smallest first: a unit named just before a larger one is part of it.
_UNIT_RANKS = [r"company|battery|troop|platoon|detachment", r"battalion|squadron", r"regiment|group|wing", r"brigade", r"division|fleet", r"corps"]
_UNIT = re.compile(r"^(?:[Tt]he\s+)?(?:\d+(?:st|nd|rd|th)|[A-Z][\w-]*)\s+(?:[A-Z][\w-]*\s+){0,4}?((?i:" + "|".join(_UNIT_RANKS) + r"))$")


def _unit_rank(name: str) -> int | None:
    """The size rank of a military unit's name ("3rd Battalion" → 1), or None for other names."""
    m = _UNIT.match(name)
    if m is None:
        return None
    head = m.group(1).lower()
    return next(i for i, words in enumerate(_UNIT_RANKS) if re.fullmatch(words, head))


def _governed(text: str, cue_end: int, ref: ActorRef, skipped: Sequence[ActorRef] = (), friendly: bool = False) -> bool:
    """Whether the words between a cue's end and ``ref`` (less the ``skipped`` mentions) leave
    ``ref`` the party the cue speaks of. For a ``friendly`` cue, a party taken up by "against"
    is the enemy ("in support of the campaign against Daesh")."""
    start = ref.start or 0
    gap = text[cue_end:start]
    for r in sorted(skipped, key=lambda r: -(r.start or 0)):
        if r.start is not None and r.end is not None and cue_end <= r.start and r.end <= start:
            gap = gap[: r.start - cue_end] + gap[r.end - cue_end :]
    if _APPOSITION.fullmatch(gap):
        return True  # "Boko Haram and its rival, ISWAP, …": the name in apposition is the cue's party
    if friendly:
        return not _GAP_BREAK.search(gap) and not _HOSTILE_BEFORE.search(gap)
    return not _GAP_BREAK.search(gap) or bool(_GAP_RESUMES.search(gap))
_MEMBERS_NOUN = re.compile(r"\s+(?:fighters|militants|terrorists|insurgents|rebels|jihadists|gunmen|members|guerrillas|loyalists|"
                           r"operatives|militiamen|targets|positions)$", re.I)
_TWO_SIDES = re.compile(r"\b(?:the\s+two|both)\s+(?:\w+\s+)?(?:groups|movements|factions|sides|organi[sz]ations|militias|rivals)\s+"
                        r"(?:have\s+|had\s+|are\s+|were\s+|also\s+|long\s+|repeatedly\s+|since\s+)*"
                        r"(?:been\s+)?(?:fought|fight|fighting|clashed|clash|battled|at\s+war|rivals|compet\w+|enem\w+)\b", re.I)
# Relation types that may hold between actors the knowledge base does not know ("Iraqi forces").
_OPEN_TYPES = frozenset({"fighting_against", "allies", "rivals", "member_of", "leader_of"})
_CONSTITUENT = re.compile(r"\b(?:made\s+up|composed|consisting|comprised)\s+(?:\w+\s+){0,2}?of\s+(?:\w+\s+){0,2}$", re.I)  # characters between a cue and its target, at most
_ARMED = ARMED_NON_STATE | {ActorKind.STATE_FORCES, ActorKind.EXTERNAL}
_MEMBER_LIST = re.compile(r"\b(?:made\s+up\s+of|composed\s+of|comprising|comprises|comprised\s+of|consisting\s+of|consists\s+of|"
                          r"brings\s+together|bringing\s+together|(?:alliance|coalition|umbrella)\s+of\s+(?:\w+\s+){0,4}?(?:groups|factions|militias|movements)\s+including)\b", re.I)


_INCLUDES = re.compile(r"\b(?:(?:which|that)\s+(?:\w+\s+){0,8}?)?(?:includes?|included|including)\b", re.I)
_COLLECTIVE = re.compile(r"\b(?:coalition|alliance|nations|countries|partners|members|front|union|bloc)$", re.I)


def _date(doc: Document, sent: Sentence, cue: int | None = None) -> DateSpan:
    """The sentence's first date, leaving out one told in an aside the cue at offset ``cue`` is not
    in: "JNIM, which pledged allegiance to al-Qaeda in 2017, has been fighting IS" dates the
    pledge, not the fighting."""
    asides = _asides(sent) if cue is not None else []
    in_sent = [d for s, d in doc.dates if sent.start <= s.start < sent.end
               and not any(a <= s.start < b and not a <= (cue or 0) < b for a, b in asides)]
    if in_sent:
        return in_sent[0]
    return before_publication(doc.article.published)


_ASIDE = re.compile(r",\s+(?:which|who|whose|whom)\b[^,;:]*,")


def _asides(sent: Sentence) -> list[tuple[int, int]]:
    """Document offsets of the relative clauses set off by commas in the sentence."""
    return [(sent.start + m.start(), sent.start + m.end()) for m in _ASIDE.finditer(sent.text)]


_FACTUAL = {Modality.REPORTED, Modality.CLAIMED, Modality.HEDGED}
# Events in which one armed party acts on another: each is a dated instance of their fighting.
_HOSTILE_FAMILIES = frozenset({"battles", "explosions_remote_violence"})


def _from_events(doc: Document) -> list[Relation]:
    """"Rebels seized the town after a day of fighting with government troops": the event stage has
    already read who fought whom; a factual battle or strike between two armed parties the
    knowledge base knows is a dated ``fighting_against`` relation, with the event's evidence and modality."""
    out = []
    for ev in doc.events:
        a, b = ev.actor1, ev.actor2
        if ev.event_family not in _HOSTILE_FAMILIES or ev.modality not in _FACTUAL or a is None or b is None:
            continue
        if a.kind not in _ARMED or b.kind not in _ARMED or not _named(a) or not _named(b) or same_actor(a, b):
            continue
        if any(doc.article.text[r.end or 0 : (r.end or 0) + 1] == "-" for r in (a, b)):
            continue  # "an al-Qaeda-linked group": the name modifies another noun
        if a.country and a.country == b.country and a.kind == b.kind == ActorKind.STATE_FORCES:
            continue  # two of one state's forces ("police and soldiers") are not enemies
        out.append(Relation("fighting_against", a, b, date=ev.date, evidence=ev.evidence, modality=ev.modality, confidence=0.6))
    return out


def _named(r: ActorRef) -> bool:
    """A party the knowledge base knows, named or described ("the army" of a known country), not
    "gunmen", "unidentified attackers" or forces of no known country."""
    return bool(r.actor_id) and not r.name.startswith("Unidentified")


def _better(a: Relation, b: Relation) -> Relation:
    """Of two statements of one relation: the one with a real date, then the plainer modality."""
    def rank(r: Relation) -> tuple[int, int]:
        dated = r.date is not None and r.date.basis != "before_publication"
        return (1 if dated else 0, 1 if r.modality == Modality.REPORTED else 0)

    return a if rank(a) >= rank(b) else b


# Relations that hold both ways: "the army fights the RSF" and "the RSF fights the army" are one.
_SYMMETRIC = frozenset({"allies", "fighting_against"})


def dedupe(relations: list[Relation]) -> list[Relation]:
    """One relation per (type, source, target, factual or not), keeping the best-dated statement;
    the two directions of a symmetric relation are one relation."""
    kept: dict[tuple[str, str, str, bool], Relation] = {}
    for r in relations:
        a, b = r.source.actor_id or r.source.text.lower(), r.target.actor_id or r.target.text.lower()
        if r.type in _SYMMETRIC and b < a:
            a, b = b, a
        k = (r.type, a, b, r.modality in _FACTUAL)
        kept[k] = _better(kept[k], r) if k in kept else r
    return list(kept.values())
