"""Who can take part in a relation: resolved actors, and the forces news names without a KB entry.

Relations often hold between actors the knowledge base does not know: "Iraqi security
forces", "the U.S.-led coalition", "the 2nd Battalion", "the Kurdistan Regional Government",
or a country acting as a state ("Turkey", "the UK"). Such a participant carries the words of
the text (``text``) and no ``actor_id``. Resolved mentions keep their KB link; a generic noun
("forces", "fighters") grows to its whole noun phrase ("Coalition military forces") so that
the relation names what the article names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from tacitus.actors.generic import GENERIC_NAMES
from tacitus.model import ActorKind, ActorRef

PHRASE_SCORE = 0.25  # the score of a participant found here: below a generic noun's 0.3
_CAP = r"(?:[A-Z][\w'’.-]*|\d+(?:st|nd|rd|th))"
# Nouns that head the name of a force, a unit or a state body ("... Fighter Squadron").
_FORCE_HEADS = (r"forces?|troops|army|armies|military|coalition|alliance|government|regime|administration|battalion|regiment|squadron|"
                r"wing|brigade|division|command|corps|unit|task\s+force|navy|air\s+force|marines|militias?|fighters|militants|insurgents|"
                r"rebels|guerrillas|terrorists|jihadists|separatists|soldiers|airmen|partners|allies|front|movement|group|ministry|council|nations|countries|community")
_STATE_HEADS = re.compile(r"\b(?:forces?|troops|army|armies|military|coalition|alliance|government|regime|administration|battalion|regiment|squadron|wing|"
                          r"brigade|division|command|corps|unit|task\s+force|navy|air\s+force|marines|soldiers|airmen|partners|allies|ministry|council|nations|countries|community)$", re.I)
_ARMED_HEADS = re.compile(r"\b(?:militias?|fighters|militants|insurgents|rebels|guerrillas|terrorists|jihadists|separatists|front|movement|group)$", re.I)
# Lower-case words that may stand inside a force's noun phrase ("Coalition military forces",
# "local ground forces", "U.S.-led coalition", "pro-government militias").
_MODIFIERS = (r"military|security|armed|government|opposition|ground|local|enemy|allied|coalition|paramilitary|special|rebel|"
              r"national|federal|regional|international|global|wider|partner|naval|air|[\w.]+-(?:led|backed|allied|aligned|government)")
_NP = re.compile(
    rf"(?:\b(?:the|its|their|our)\s+)?(?P<np>(?:(?:{_CAP}|(?i:{_MODIFIERS}))\s+){{0,6}}(?i:{_FORCE_HEADS})\b(?:\s+of\s+(?:the\s+)?{_CAP}(?:\s+{_CAP}){{0,3}})?)",
)
_PROPER = re.compile(rf"\b{_CAP}(?:\s+(?:of\s+(?:the\s+)?)?{_CAP}){{0,7}}")
# Lower-case descriptions that still name one party: "the international coalition".
_LOWER_OK = re.compile(r"\b(?:international|global|[\w.]+-led)\s+(?:coalition|alliance|community)$|\b\w+\s+(?:coalition|government)$", re.I)
# "a rival militia known as Zaire": the name that follows stands for the phrase
_KNOWN_AS = re.compile(rf",?\s+(?:known\s+as|called|calling\s+itself)\s+(?:the\s+)?({_CAP}(?:\s+{_CAP}){{0,4}})")
# What may stand before a country acting as a party: the sentence start, a list, an agent.
_PARTY_SLOT = re.compile(r"(?:^|[,;:(—–]|\b(?:and|by|that|as|notably|especially|including|includes?|included|while|which|whom|said|says|the))\s*(?:the\s+)?$", re.I)
_SENTENCE_WORDS = frozenset(["the", "a", "an", "in", "on", "at", "as", "it", "its", "this", "that", "these", "those", "he", "she", "they", "we", "our", "their", "his", "her", "but", "and", "or", "if", "when", "while", "after", "before", "since", "for", "with", "by", "during", "elsewhere", "meanwhile", "however", "also"])


def _strip_initial(text: str, start: int) -> tuple[str, int]:
    """Drop capitalised function words that open a sentence ("The", "In")."""
    while True:
        m = re.match(r"(\w+)\s+", text)
        if not m or m.group(1).lower() not in _SENTENCE_WORDS:
            return text, start
        text, start = text[m.end():], start + m.end()


def phrase_mentions(text: str, start: int, end: int, refs: list[ActorRef], countries: dict[str, str],
                    keep: Callable[[ActorRef], bool] = lambda r: True) -> list[ActorRef]:
    """Participants in ``text[start:end]``: ``refs`` grown to their noun phrase, plus forces and
    countries the resolver left unnamed; other refs pass through where ``keep`` says so.
    ``countries`` maps a lower-cased country name to ISO3."""
    span = text[start:end]
    out: list[ActorRef] = []
    taken: list[tuple[int, int]] = []
    for m in _NP.finditer(span):
        np_text, s = _strip_initial(m.group("np"), start + m.start("np"))
        e = start + m.end("np")
        alias = _KNOWN_AS.match(text, e)
        if not np_text or (not alias and not re.search(r"[A-Z]", np_text) and not _LOWER_OK.search(np_text)):
            continue  # "forces", "ground forces": a description, not a party the article names
        if re.match(r"\s+[A-Z]", text[e : e + 2]) or re.match(r"['’]s\b", text[e : e + 3]):
            continue  # "Armed Forces Day", "the coalition's strikes": part of a longer name or a possessor
        inside = [r for r in refs if r.start is not None and s <= r.start and (r.end or 0) <= e]
        named = [r for r in inside if r.actor_id]
        if any((r.start is not None and r.start < s < (r.end or 0)) or (r.start is not None and r.start < e < (r.end or 0)) for r in refs):
            continue  # straddles a resolved name: let the name stand
        if named and (len(named) > 1 or named[0].end != e or " of " in text[s : named[0].start or s]):
            continue  # "the armed wing of the KNU", "ISIL targets": the name stands on its own
        if named:
            ref = replace(named[0], text=text[s:e], start=s, end=e)
        else:
            kind = ActorKind.STATE_FORCES if _STATE_HEADS.search(np_text) else ActorKind.REBEL if _ARMED_HEADS.search(np_text) else ActorKind.UNKNOWN
            base = inside[0] if len(inside) == 1 and not inside[0].actor_id else None
            ref = ActorRef(name=base.name if base else GENERIC_NAMES.get(kind, np_text), text=text[s:e], kind=kind,
                           country=base.country if base else None, start=s, end=e, score=PHRASE_SCORE)
            if alias:
                ref = replace(ref, name=alias.group(1), text=alias.group(1))
        out.append(ref)
        taken.append((s, e))
    for m in _PROPER.finditer(span):
        s0 = start + m.start()
        name, s = _strip_initial(m.group(), s0)
        if name.endswith(".") and name.count(".") == 1:
            name = name[:-1]  # the full stop after "… and Greece."
        e = s + len(name)
        iso = countries.get(name.lower()) or countries.get(re.sub(r"^the\s+", "", name.lower()))
        if not iso or any(a < e and s < b for a, b in taken) or any(r.start is not None and r.start < e and s < (r.end or 0) for r in refs):
            continue
        if not _PARTY_SLOT.search(text[max(start, s - 20) : s]):
            continue  # "strikes in northern Iraq", "the border with Uganda": a place, not a party
        out.append(ActorRef(name=name, text=name, kind=ActorKind.STATE_FORCES, country=iso, start=s, end=e, score=PHRASE_SCORE))
        taken.append((s, e))
    for r in refs:
        if text[r.end or 0 : (r.end or 0) + 1] == "-":
            continue  # "al-Qaeda-linked groups": the name modifies another noun
        if keep(r) and not any(a <= (r.start or 0) < b for a, b in taken):
            out.append(r)
    out.sort(key=lambda r: (r.start or 0, -(r.end or 0)))
    return out


def same_actor(a: ActorRef, b: ActorRef) -> bool:
    if a.actor_id or b.actor_id:
        return a.actor_id == b.actor_id
    return a.text.lower() == b.text.lower()
