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
from collections.abc import Callable, Sequence
from dataclasses import replace

from tacitus.actors.generic import GENERIC, GENERIC_NAMES
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
              r"terrorist|militant|jihadist|insurgent|extremist|islamist|"
              r"national|federal|regional|international|global|wider|partner|naval|air|[\w.]+-(?:led|backed|allied|aligned|government)")
# What may follow a group's name in its noun phrase: "the ISIL terrorist group", "the al-Shabaab militant network"
_GROUP_NOUN = re.compile(r"(?:[^\S\n]+(?:terrorist|militant|jihadist|insurgent|extremist|islamist|armed|rebel))?[^\S\n]+(?:group|movement|organi[sz]ation|network)", re.I)
_SP = r"[^\S\n]+"  # the space between the words of one name: a line break ends a heading, not a name
_NP = re.compile(
    rf"(?:\b(?:the|its|their|our)\s+)?(?P<np>(?:(?:{_CAP}|(?i:{_MODIFIERS})){_SP}){{0,6}}(?i:{_FORCE_HEADS})\b(?:{_SP}of{_SP}(?:the{_SP})?{_CAP}(?:{_SP}{_CAP}){{0,3}})?)",
)
_PROPER = re.compile(rf"\b{_CAP}(?:{_SP}(?:of{_SP}(?:the{_SP})?)?{_CAP}){{0,7}}")
# Lower-case descriptions that still name one party: "the international coalition".
_LOWER_OK = re.compile(r"\b(?:international|global|[\w.]+-led)\s+(?:coalition|alliance|community)$|\b\w+\s+(?:coalition|government)$", re.I)
# A lower-case "front" after a name is a front line ("the Kassala front"); a named front is
# capitalised ("the Polisario Front"). "X local government" is a Nigerian district.
_NOT_A_PARTY = re.compile(r"(?<![A-Z])\bfront$|\blocal\s+government$")
# A force's name that modifies a noun of place: "the Ituri army sector", "the coalition area".
_PLACE_NOUN_AFTER = re.compile(r"\s+(?:area|areas|sector|zone|district|territory|headquarters|secretariat)\b")
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
                    keep: Callable[[ActorRef], bool] = lambda r: True, places: Sequence[tuple[int, int]] = ()) -> list[ActorRef]:
    """Participants in ``text[start:end]``: ``refs`` grown to their noun phrase, plus forces and
    countries the resolver left unnamed; other refs pass through where ``keep`` says so.
    ``countries`` maps a lower-cased country name to ISO3; ``places`` are the place mentions'
    offsets (a country right after "Town, " is where the town is)."""
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
        if _NOT_A_PARTY.search(np_text) or _PLACE_NOUN_AFTER.match(text, e):
            continue  # "the Marib front", "the Rafi local government area": a front line or an area
        # "the al-Shabaab militant group": the phrase grows to the whole name its capitals begin inside
        s = next((r.start for r in refs if r.actor_id and r.start is not None and r.start < s < (r.end or 0)
                  and _GROUP_NOUN.fullmatch(text, r.end or e, e)), s)
        inside = [r for r in refs if r.start is not None and s <= r.start and (r.end or 0) <= e]
        named = [r for r in inside if r.actor_id]
        if any((r.start is not None and r.start < s < (r.end or 0)) or (r.start is not None and r.start < e < (r.end or 0)) for r in refs):
            continue  # straddles a resolved name: let the name stand
        grown = len(named) == 1 and named[0].start == s and _GROUP_NOUN.fullmatch(text, named[0].end or e, e) is not None
        if named and not grown and (len(named) > 1 or named[0].end != e or " of " in text[s : named[0].start or s]):
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
        if any(b <= s and re.fullmatch(r",\s*", text[b:s]) and text[a:b].lower() not in countries for a, b in places):
            continue  # "a meeting in Berlin, Germany": the country names where the town is
        out.append(ActorRef(name=name, text=name, kind=ActorKind.STATE_FORCES, country=iso, start=s, end=e, score=PHRASE_SCORE))
        taken.append((s, e))
    for r in refs:
        if text[r.end or 0 : (r.end or 0) + 1] == "-":
            continue  # "al-Qaeda-linked groups": the name modifies another noun
        if (not r.actor_id or GENERIC.fullmatch(r.text)) and r.kind != ActorKind.PERSON and re.match(r" [A-Z][a-z]", text[r.end or 0 : (r.end or 0) + 3]):
            continue  # "the Tiyas Military Airfield": a generic noun inside a longer name
        if keep(r) and not any(a <= (r.start or 0) < b for a, b in taken):
            out.append(r)
    out.sort(key=lambda r: (r.start or 0, -(r.end or 0)))
    return out


def same_actor(a: ActorRef, b: ActorRef) -> bool:
    if a.actor_id or b.actor_id:
        return a.actor_id == b.actor_id
    return a.text.lower() == b.text.lower()


# A rank or title that opens a person's name ("Lt. Gen. Stephen J. Townsend", "Commodore Andrew
# Burns", "Sheikh Abu Omar"). Civil offices are left out: "President Biden" is a state's voice,
# and the knowledge base holds the office holders who matter to relations.
RANK = (r"(?:(?:Senior|Lieutenant|Lt\.?|Major|Maj\.?|Brigadier|Brig\.?)\s+)?(?:General|Gen\.)|Lieutenant\s+Colonel|Lt\.?\s+Col\.?|"
        r"Colonel|Col\.|Brigadier|Brig\.|Major|Maj\.|Captain|Capt\.|Commodore|(?:Rear\s+|Vice\s+)?Admiral|Adm\.|Commander|Cmdr\.|"
        r"Sergeant|Sgt\.|Field\s+Marshal|Marshal|Sheikh|Shaikh|Mullah|Maulana|Emir|Amir|Imam")
_NAME_PART = r"(?:[A-Z][a-z'’-]+(?:-[A-Z][a-z'’-]+)?|[A-Z]\.|al-[A-Z][a-z'’-]+|bin|ibn|bint|el-[A-Z][a-z'’-]+)"
# words that make "General", "Imam" or "Sheikh" part of another name: "the General Assembly", "the
# Imam Ali Mosque", "Sheikh Zayed Road", "the Imam Hussein Brigades"
_NOT_A_NAME = (r"Assembly|Staff|Command|Commands|Motors|Electric|Secretary|Secretariat|Directorate|Prosecutor|Council|Court|Security|"
               r"Intelligence|Department|Headquarters|Administration|Authority|Office|Elections?|League|Hospital")
_NAMED_AFTER = re.compile(r"\s+(?:Mosque|Shrine|University|Hospital|Square|Street|Road|Bridge|Brigades?|Division|Battalions?|Regiment|"
                          r"Airport|Air\s+Base|Base|Stadium|School|Camp|Port|District|Hall|Palace)\b")
_RANKED = re.compile(rf"\b(?:{RANK})\s+(?!(?:{_NOT_A_NAME})\b)((?:{_NAME_PART}\s+){{0,3}}{_NAME_PART})")
# "Abu Mohammed al-Jawlani", "Abdul Rahman": Arabic names that open with a kunya or a servant-of name
_RANK_BEFORE = re.compile(rf"\b(?:{RANK})\s+$")  # a rank just before a name the NER found
_RANK_AT = re.compile(rf"(?:{RANK})\s+")
_RANK_REACH = 30  # characters: the longest rank ("Lieutenant General ") and its space
_ARABIC = re.compile(rf"\b(?:Abu|Abou|Umm|Abdul|Abdel|Abd\s+al-\w+)\s+(?:{_NAME_PART}\s+){{0,2}}{_NAME_PART}")


def people_named(text: str, start: int, end: int, refs: list[ActorRef], persons: list[tuple[int, int]],
                 places: Sequence[tuple[int, int]] = ()) -> list[ActorRef]:
    """People in ``text[start:end]`` whom the knowledge base does not know, as relation parties:
    the NER's PERSON spans (``persons``), a rank or title before capitalised words, or an Arabic
    kunya. A rank before a name is kept in the mention's text ("Lt. Gen. Stephen Townsend"), as
    news coders write it, and left out of its name. Mentions that overlap ``refs`` or a place (``places``: "Abu Dhabi") are left
    to them, and so are the names that a place or a unit is called by ("Imam Ali Mosque")."""
    spans: list[tuple[int, int]] = [(s, e) for s, e in persons if start <= s and e <= end]
    span = text[start:end]
    for m in _RANKED.finditer(span):
        spans.append((start + m.start(), start + m.end()))
    for m in _ARABIC.finditer(span):
        spans.append((start + m.start(), start + m.end()))
    out: list[ActorRef] = []
    for s, e in sorted(spans, key=lambda p: (p[0], -p[1])):
        window = max(start, s - _RANK_REACH)
        rank = _RANK_BEFORE.search(text, window, s)
        if rank:
            s = rank.start()
        if _NAMED_AFTER.match(text, e) or any(a < e and s < b for a, b in places):
            continue
        if any(r.start is not None and r.start < e and s < (r.end or 0) for r in refs) or any(o.start is not None and (o.start or 0) < e and s < (o.end or 0) for o in out):
            continue
        bare = s
        while (title := _RANK_AT.match(text, bare, e)) is not None:
            bare = title.end()
        # the text keeps the rank as written; the name is the person's own ("Abdel Fattah al-Burhan")
        out.append(ActorRef(name=text[bare:e], text=text[s:e], kind=ActorKind.PERSON, start=s, end=e, score=PHRASE_SCORE))
    return out
