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
from typing import Any

from tacitus.actors.resolve import ARMED_NON_STATE
from tacitus.model import ActorKind, ActorRef

_PRONOUNS = {"it", "they", "he", "she", "them", "its", "their", "we"}
_TARGET_PREPS = {"on", "against", "upon", "at", "into"}


def _span(tok: Any) -> tuple[int, int]:
    sub = list(tok.subtree)
    return sub[0].idx, sub[-1].idx + len(sub[-1].text)


def _head_span(tok: Any) -> tuple[int, int]:
    """The token and its compounds/modifiers on the left (the noun phrase without clauses)."""
    left = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "poss", "nmod", "det", "nummod", "quantmod")]
    start = min([tok.idx] + [next(iter(c.subtree)).idx for c in left])
    return start, tok.idx + len(tok.text)


_SPEECH = re.compile(r"^\W*(?:\w+\W+){0,2}(?:said|says|say|reported|reports|announced|stated|told|confirmed|added|claimed|denied|indicated|explained|noted|"
                     r"warned|disclosed|revealed|alleged|charged|accused|blamed|believe[sd]?|described|has\s+reported|have\s+reported|has\s+said|have\s+said)\b", re.I)
_SPEECH_LEMMAS = {"announce", "declare", "say", "state", "claim", "admit", "confirm"}
_ACCORDING = re.compile(r"according\s+to\s+(?:the\s+)?$", re.I)
_NOT_ACTORS = re.compile(r"^(?:day|days|night|morning|afternoon|evening|week|weeks|month|months|year|years|hours?|time|area|zone|region|town|city|village|"
                         r"department|province|district|road|street|highway|attack|attacks|operation|incident|responsibility|way|part|number|place|"
                         r"scene|site|house|houses|building|vehicle|car|bus|truck|office|offices|headquarters)$", re.I)


class ArgumentFinder:
    """Maps parse tokens of one sentence to the actor mentions found in it."""

    def __init__(self, refs: list[ActorRef], sent_start: int, previous: list[ActorRef], text: str = "",
                 is_name: Callable[[Any], bool] | None = None) -> None:
        self.refs = refs  # actor mentions inside the sentence (article offsets)
        self.base = sent_start
        self.previous = previous  # mentions before the sentence, for pronouns
        self.text = text  # the article text
        self.is_name = is_name or (lambda tok: tok.pos_ == "PROPN")

    def phrase_ref(self, tok: Any) -> ActorRef | None:
        """An actor the knowledge base does not know, named by the noun phrase itself
        ("former defence minister Enrique Lopez Albujar"): kept as written, kind person."""
        if tok.pos_ not in ("PROPN", "NOUN") or _NOT_ACTORS.match(tok.text) or tok.ent_type_ in ("GPE", "LOC", "DATE", "TIME", "FAC"):
            return None
        if not self.is_name(tok):
            return None
        chain = [t for t in tok.lefts if t.dep_ in ("compound", "flat") and self.is_name(t)] + [tok]
        chain += [t for t in tok.rights if t.dep_ in ("compound", "flat") and self.is_name(t)]
        start = self.base + min(t.idx for t in chain)
        end = self.base + max(t.idx + len(t.text) for t in chain)
        surface = self.text[start:end] if self.text else " ".join(t.text for t in chain)
        return ActorRef(name=surface, text=surface, kind=ActorKind.PERSON, start=start, end=end, score=0.2)

    def ref_for(self, tok: Any) -> ActorRef | None:
        """The actor mention that the noun phrase headed by ``tok`` names."""
        if tok is None:
            return None
        if tok.lower_ in _PRONOUNS:
            return self._pronoun(tok)
        hs, he = _head_span(tok)
        ss, se = _span(tok)
        best = None
        for lo, hi in ((hs, he), (ss, se)):
            lo, hi = lo + self.base, hi + self.base
            inside = [r for r in self.refs if r.start is not None and lo <= r.start < hi]
            named = [r for r in inside if r.actor_id]
            if named:
                # "fighters of Boko Haram": the named group, not the generic head
                return named[0]
            if inside and best is None:
                best = inside[0]
        if best is not None and best.actor_id is None:
            # "leftist leader Hector Oqueli": the name says more than the generic noun
            for child in tok.children:
                if child.dep_ in ("appos", "compound", "flat") and child.i > tok.i:
                    by_name = self.phrase_ref(child)
                    if by_name is not None:
                        return by_name
        return best or self.phrase_ref(tok)

    def _pronoun(self, tok: Any) -> ActorRef | None:
        pos = self.base + tok.idx
        cands = [r for r in self.refs if (r.end or 0) <= pos] + []
        pool = list(reversed(cands)) + list(reversed(self.previous))
        for r in pool:
            if r.kind in ARMED_NON_STATE | {ActorKind.STATE_FORCES, ActorKind.EXTERNAL} and r.actor_id:
                return r
        return None

    def perpetrator(self, trig: Any) -> ActorRef | None:
        for tok in self._agents(trig):
            ref = self.ref_for(tok)
            # "police reported that an attack…": the reporter is no perpetrator; "the group announced
            # a new leader": the announcer is the actor of the announcement itself
            if ref is not None and (tok.lower_ in _PRONOUNS or not self.is_source(ref) or trig.lemma_.lower() in _SPEECH_LEMMAS
                                    or trig.head.lemma_.lower() in _SPEECH_LEMMAS):
                return ref
        return None

    def target(self, trig: Any) -> ActorRef | None:
        for tok in self._patients(trig):
            ref = self.ref_for(tok)
            if ref is not None:
                return ref
        return None

    def _agents(self, trig: Any) -> Iterable[Any]:
        verb = trig
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        for c in verb.children:
            if c.dep_ == "agent":
                yield from (g for g in c.children if g.dep_ == "pobj")
            if c.dep_ in ("nsubj",) and not passive:
                yield c
            if c.dep_ in ("poss", "compound", "amod", "nmod") and trig.pos_ in ("NOUN", "PROPN"):
                yield c
            if c.dep_ == "prep" and c.lower_ in ("by", "from", "between") and trig.pos_ in ("NOUN", "PROPN"):
                yield from (g for g in c.children if g.dep_ == "pobj")
        # "militants stormed the village and killed 12": the conjunct inherits the subject
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            yield from self._agents(verb.head)
        # "sparking the terrorists to burn…": object control
        if verb.dep_ in ("xcomp", "ccomp") and not any(c.dep_ == "nsubj" for c in verb.children):
            yield from (c for c in verb.head.children if c.dep_ in ("dobj",))
        # "an attack by X", "a bomb planted by X" — participial modifiers
        if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN") and verb.dep_ == "relcl":
            yield verb.head
        # a nominal trigger inside a verb's phrase: "carried out an attack", "launched an assault"
        if trig.pos_ in ("NOUN", "PROPN") and trig.dep_ in ("dobj", "pobj", "attr") and trig.head.pos_ in ("VERB", "AUX", "ADP"):
            head = trig.head if trig.head.pos_ != "ADP" else trig.head.head
            yield from (c for c in head.children if c.dep_ == "nsubj")

    def _patients(self, trig: Any) -> Iterable[Any]:
        for c in trig.children:
            if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd"):
                yield c
            if c.dep_ == "prep" and c.lower_ in _TARGET_PREPS:
                yield from (g for g in c.children if g.dep_ == "pobj")
            if c.dep_ == "prep" and c.lower_ == "of" and trig.pos_ == "NOUN":  # "the killing of 12 villagers"
                yield from (g for g in c.children if g.dep_ == "pobj")
        if trig.dep_ == "conj" and trig.head.pos_ == "VERB":
            passive = any(c.dep_ == "nsubjpass" for c in trig.head.children)
            if passive and not any(c.dep_ in ("dobj", "nsubjpass") for c in trig.children):
                yield from (c for c in trig.head.children if c.dep_ == "nsubjpass")
        if trig.dep_ in ("acl",) and trig.head.pos_ in ("NOUN", "PROPN"):  # "villagers killed in the raid"
            yield trig.head

    def is_source(self, ref: ActorRef) -> bool:
        """The actor reports, rather than acts: "police said", "according to the army"."""
        if not self.text or ref.start is None or ref.end is None:
            return False
        return bool(_SPEECH.match(self.text[ref.end : ref.end + 40]) or _ACCORDING.search(self.text[max(0, ref.start - 20) : ref.start]))

    def nearest(self, pos: int, before: bool, kinds: set[str] | None = None) -> ActorRef | None:
        pool = [r for r in self.refs if r.start is not None and ((r.end or 0) <= pos if before else r.start >= pos) and not self.is_source(r)]
        if kinds is not None:
            pool = [r for r in pool if r.kind in kinds]
        if not pool:
            return None
        return pool[-1] if before else pool[0]
