"""People counts linked to what happened to them: killed, injured, displaced, abducted, arrested.

A number alone says nothing; "12" becomes a fatality count only when the sentence ties it
to a death ("killed at least 12", "12 people were killed", "the death toll rose to 12",
"leaving 12 dead"). Patterns run on the sentence text with case ignored, so ALL-CAPS wires
work. Counts of the armed side ("three attackers were killed") are marked ``armed`` so that
the event stage can keep them apart from the victims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tacitus.events.numbers import COUNT, to_count
from tacitus.model import Count

CATEGORIES = ("fatalities", "injured", "displaced", "abducted", "arrested")

_VERBS = {
    "fatalities": r"killed|killing|kills|kill|dead|died|dies|die|deaths?|slain|slaughtered|massacred|executed|murdered|beheaded"
    r"|shot\s+dead|gunned\s+down|lost\s+their\s+lives|perished|burned\s+to\s+death|burnt\s+to\s+death|hacked\s+to\s+death"
    r"|assassinated|bodies|lives|fatalities|fatally\s+(?:shot|wounded|injured)|drowned|lynched",
    "injured": r"wounded|wounding|wounds|injured|injuring|injuries|hurt|maimed",
    "displaced": r"displaced|displacing|fled|flee|fleeing|homeless|uprooted|forced\s+from\s+their\s+homes|forced\s+to\s+flee|evacuated|driven\s+from",
    "abducted": r"abducted|abducting|abduct|kidnapped|kidnapping|kidnap|taken\s+hostage|held\s+hostage|hostages|seized|snatched|carried\s+off",
    "arrested": r"arrested|arresting|arrests|detained|detaining|apprehended|taken\s+into\s+custody|rounded\s+up|captured|nabbed",
}
# Up to four words between a number and its head noun / its verb ("12 unarmed Cameroonian villagers were").
_NP = r"(?:[\w'’-]+\s+){0,4}?"
_AUX = r"(?:were|was|have\s+been|has\s+been|had\s+been|are|is|being|been|reportedly|allegedly|also|later|all|had|have|who\s+were|who\s+had\s+been)"
ARMED_NOUN = re.compile(
    r"\b(attackers?|assailants?|gunm[ae]n|militants?|insurgents?|rebels?|guerrillas?|terrorists?|jihadists?|fighters?|bombers?|"
    r"bandits?|militiam[ae]n|extremists?|kidnappers?|soldiers?|troops|policem[ae]n|police\s+officers?|officers|security\s+forces|"
    r"servicem[ae]n|personnel|combatants|members)\b",
    re.I,
)
_CUMULATIVE_NOUN = re.compile(r"\b(lives|people)\b")


@dataclass(frozen=True, slots=True)
class CountMention:
    category: str
    count: Count
    start: int  # offsets within the sentence
    end: int
    noun: str  # the words between the number and the verb ("civilians")
    armed: bool


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    out: list[tuple[str, re.Pattern[str]]] = []
    for cat, verbs in _VERBS.items():
        v = f"(?:{verbs})"
        out += [
            # "12 people were killed", "90 civilians burned to death"
            (cat, re.compile(rf"\b{COUNT}\s+(?P<noun>{_NP})(?:{_AUX}\s+){{0,3}}(?:{v})\b", re.I)),
            # "killed at least 12 people", "killing 5", "wounded 20 others"
            (cat, re.compile(rf"\b(?:{v})\s+(?:(?:a\s+further|another|an\s+additional)\s+)?{COUNT}\b(?P<noun>(?:\s+[\w'’-]+){{0,3}})", re.I)),
            # "leaving 5 dead", "5 dead and 12 wounded"
            (cat, re.compile(rf"\b{COUNT}\s+(?P<noun>(?:[\w'’-]+\s+){{0,2}}?)(?:{v})\b", re.I)),
        ]
    out.append(("fatalities", re.compile(
        rf"\b(?:death|casualty)\s+toll\s+(?:[\w'’,-]+\s+){{0,8}}?(?:(?:has|had|have)\s+)?(?:rose|risen|rises|climbed|reached|stands\s+at|stood\s+at|jumped|increased|is|was|of|hit|at)\s+(?:to\s+)?{COUNT}(?P<noun>)", re.I)))
    out.append(("fatalities", re.compile(rf"\b(?:burn|burned|burnt|burning|hack|hacked|stab|stabbed|beat|beaten)\s+{COUNT}\s+(?P<noun>{_NP})to\s+death", re.I)))
    # "the massacre of 12 persons", "the murder of 10 union members"
    out.append(("fatalities", re.compile(rf"\b(?:killings?|murders?|massacres?|deaths?|assassinations?|executions?|slaughter)\s+of\s+{COUNT}\b(?P<noun>(?:\s+[\w'’-]+){{0,3}})", re.I)))
    out.append(("abducted", re.compile(rf"\b(?:kidnappings?|abductions?)\s+of\s+{COUNT}\b(?P<noun>(?:\s+[\w'’-]+){{0,3}})", re.I)))
    return out


PATTERNS = _patterns()
_SINGLE = re.compile(
    r"\b(?:killed|killing|murdered|assassinated|executed|beheaded|burned|burnt|shot\s+dead|kidnapped|abducted|abducting|arrested|wounded|injured|"
    r"beat(?:en)?\s+to\s+death|stabbed\s+to\s+death|hacked\s+to\s+death|lynched|shot\s+and\s+killed|detained|seized)\s+"
    r"(?P<det>a|an|one|the(?=\s+(?:\w+\s+)?(?:mayor|governor|leader|commander|chief|minister|priest|judge|official|driver|soldier|policeman|journalist|"
    r"reporter|president|director|councillor|councilman|head|owner|manager|son|daughter|wife|husband|brother|father|mother)\b))\s+(?P<noun>[\w'’-]+(?:\s+[\w'’-]+){0,2})|\b(?P<det2>a|an|one)\s+(?P<noun2>(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+"
    r"(?:was|has\s+been|had\s+been)\s+(?:\w+\s+)?(?P<verb2>killed|murdered|assassinated|executed|beheaded|kidnapped|abducted|arrested|wounded|injured|shot\s+dead)\b",
    re.I,
)
_SINGLE_CAT = {
    "killed": "fatalities", "killing": "fatalities", "murdered": "fatalities", "assassinated": "fatalities",
    "executed": "fatalities", "beheaded": "fatalities", "burned": "fatalities", "burnt": "fatalities", "shot dead": "fatalities",
    "kidnapped": "abducted", "abducted": "abducted", "abducting": "abducted", "arrested": "arrested", "wounded": "injured", "injured": "injured",
}
def _category_of(verb: str) -> str | None:
    if re.search(r"kidnap|abduct|seiz", verb):
        return "abducted"
    if re.search(r"arrest|detain", verb):
        return "arrested"
    if re.search(r"wound|injur", verb):
        return "injured"
    if re.search(r"death|kill|lynch|murder", verb):
        return "fatalities"
    return None


_NOT_PEOPLE = re.compile(
    r"^(?:years?|months?|weeks?|days?|hours?|minutes?|kilomet(?:er|re)s?|km|miles?|metres?|meters?|percent|per\s+cent|%|tonnes?|tons?|"
    r"vehicles?|cars?|trucks?|houses?|homes|buildings?|shops?|villages?|towns?|dollars?|\$|euros?|naira|rounds?|rockets?|missiles?|bombs?|"
    r"mines?|shells?|times?|killed|dead|o'clock|am|pm|a\.m\.|p\.m\.)\b",
    re.I,
)


_FUNCTION = re.compile(
    r"^(?:and|or|but|in|on|at|to|from|near|during|after|before|by|with|when|as|while|who|which|that|since|of|for|"
    r"including|among|inside|outside|across|over|under|into|the|a|an|last|this|early|late|on|yesterday|overnight)$",
    re.I,
)


def head_noun(words: str) -> str:
    """The noun phrase part of the words around a count: up to the first function word."""
    out: list[str] = []
    for w in words.split():
        if _FUNCTION.match(w) or not re.match(r"[\w'’-]+$", w):
            if out:
                break
            continue
        out.append(w)
    return " ".join(out)


_CONJ = re.compile(rf"^(?:\s+(?:of|in|from)\s+(?:[\w'’-]+\s*){{1,4}}?)?\s*(?:,\s*)?(?:and|as\s+well\s+as|plus|along\s+with|,)\s+{COUNT}\b(?P<noun>(?:\s+[\w'’-]+){{0,3}})", re.I)


def _conjoined(sentence: str, found: list[CountMention], taken: list[tuple[int, int]]) -> list[CountMention]:
    """Counts joined to a verb-first count: "killing nine soldiers and at least 20 militants"."""
    out: list[CountMention] = []
    for c in list(found):
        end = c.end
        while True:
            m = _CONJ.match(sentence[end:])
            if not m:
                break
            cnt = to_count(m)
            noun = head_noun(m["noun"] or "")
            if cnt is None or not noun or _NOT_PEOPLE.match(noun):
                break
            raw = m["noun"] or ""
            stop = end + m.start("noun") + (len(raw) - len(raw.lstrip())) + len(noun)
            span = (end + m.start(), stop)
            if any(a < span[1] and span[0] < b for a, b in taken):
                break
            taken.append(span)
            out.append(CountMention(c.category, cnt, span[0], span[1], noun, bool(ARMED_NOUN.search(noun))))
            end = stop
    return out


_ANY_OUTCOME = re.compile("|".join(f"(?:{v})" for v in _VERBS.values())
                          + r"|toll|killings?|murders?|massacres?|assassinations?|executions?|slaughter|kidnappings?|abductions?|\b(?:a|an|one|the)\b", re.I)


def find_counts(sentence: str) -> list[CountMention]:
    """Every people count the sentence ties to an outcome, non-overlapping, in text order."""
    if not _ANY_OUTCOME.search(sentence):
        return []
    found: list[CountMention] = []
    taken: list[tuple[int, int]] = []
    for cat, pat in PATTERNS:
        for m in pat.finditer(sentence):
            cnt = to_count(m)
            if cnt is None or re.search(r"\b(?:no|not)\s*$", sentence[max(0, m.start() - 5) : m.start()], re.I):
                continue  # "no one was hurt"
            noun = head_noun(m["noun"] or "")
            after = sentence[m.end("n") if m["n"] else m.end() : (m.end("n") if m["n"] else m.end()) + 12]
            if _NOT_PEOPLE.match(noun) or re.match(r"\s*-?\s*(?:year|month|day|week|hour)", after, re.I):
                continue
            end = m.end()
            if m["noun"] is not None and m.end("noun") == m.end():  # verb-first: the phrase ends with its noun
                raw = m["noun"]
                end = m.start("noun") + (len(raw) - len(raw.lstrip())) + len(noun) if noun else m.start("noun")
            span = (m.start(), end)
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue
            taken.append(span)
            found.append(CountMention(cat, cnt, span[0], span[1], noun, bool(ARMED_NOUN.search(noun))))
    for m in _SINGLE.finditer(sentence):
        span = (m.start(), m.end())
        if re.search(r"\b(?:no|not\s+a\s*single|nobody|none)\s*$", sentence[max(0, m.start() - 14) : m.start()], re.I) or \
                (m["det2"] and re.search(r"\bno\s*$", sentence[max(0, m.start() - 4) : m.start()], re.I)):
            continue
        if any(a < span[1] and span[0] < b for a, b in taken):
            continue
        noun = head_noun(m["noun"] or m["noun2"] or "")
        verb = (m["verb2"] or sentence[m.start() : m.start("det")]).strip().lower()
        verb = re.sub(r"\s+", " ", verb)
        single = _SINGLE_CAT.get(verb) or _category_of(verb)
        if single is None or _NOT_PEOPLE.match(noun) or re.match(r"(?:number|total|group|series|village|town|car|truck|bomb)\b", noun, re.I):
            continue
        taken.append(span)
        found.append(CountMention(single, Count(1, 1, 1, None, m.group()), span[0], span[1], noun, bool(ARMED_NOUN.search(noun))))
    found.extend(_conjoined(sentence, found, taken))
    found.sort(key=lambda c: c.start)
    return found


_STATE_NOUN = re.compile(
    r"\b(?:soldiers?|troops|policem[ae]n|police|officers?|security\s+forces|servicem[ae]n|personnel|guards?|army|marines?|"
    r"sergeants?|subsergeants?|corporals?|lieutenants?|captains?|majors?|colonels?|agents?)\b", re.I)


def perpetrators_own(c: CountMention, perpetrator_is_state: bool) -> bool:
    """An armed count on the attackers' side ("three attackers were killed"), not among the victims.

    Soldiers or police killed by unidentified gunmen are victims; gunmen killed by the police are not.
    """
    return c.armed and bool(_STATE_NOUN.search(c.noun)) == perpetrator_is_state



# -- the victim the parse found, when no count phrase names the dead ---------------------------

_LETHAL = re.compile(
    r"\b(?:kill(?:ed|ing|s)?|murder\w*|assassinat\w*|execut\w*|slain|slaughter\w*|massacr\w*|behead\w*|lynch\w*|"
    r"shot\s+(?:dead|and\s+killed)|gunned\s+down|to\s+death|found\s+dead|bodies)\b", re.I)
# Singular nouns that stand for many people: "the army was attacked" counts no one.
_COLLECTIVE = re.compile(
    r"\b(?:police|army|military|government|people|population|community|crowd|group|family|village|town|city|convoy|patrol|unit|"
    r"force|guard|staff|personnel|militia|movement|party|front|embassy|office|headquarters|station|building|company|team|"
    r"administration|regime|press|public|youth|clergy|church|opposition|leadership|command|battalion|brigade|squad|cell|"
    r"network|organi[sz]ation|union|faction|side|enemy|civilian\s+population|neighbo(?:u)?rhood)$", re.I)
_NUMBER_BEFORE = re.compile(rf"\b{COUNT}\s+(?:[a-z'’-]+\s+){{0,2}}$", re.I)


def victim_count(trigger_text: str, before: str, target_text: str, person: bool = False, group: bool = False,
                 after: str = "") -> Count | None:
    """The dead as the victim phrase gives them, for a killing with no count phrase.

    "six Jesuits were assassinated" — the number in front of the victim; "Judge X was shot dead"
    — one person named or described in the singular is one death. ``before`` is the text that
    runs up to the victim phrase; ``person`` says the phrase names one person, ``group`` that it names an
    organisation; ``after`` is the text that follows it. A wounding, torture or a plural with no number gives nothing.
    """
    if not _LETHAL.search(trigger_text) or re.search(r"\bby\s+(?:[\w'’-]+\s+){0,3}$", before[-50:], re.I):
        return None  # "murdered by three men": the killers, not the dead
    m = _NUMBER_BEFORE.search(before[-60:])
    if m:
        cnt = to_count(m)
        digits = re.fullmatch(r"\d{4}", (m["n"] or "").strip())
        if cnt is not None and not digits and (cnt.best or 0) > 0:
            return Count(cnt.low, cnt.best, cnt.high, cnt.qualifier, f"{m.group().strip()} {target_text}")
    if group:
        return None  # an organisation counts its dead only with a number
    nxt = re.match(r"\s+(?!(?:was|has|is|his|its|this|as|us)\b)[a-z'’-]+s\b(?![’'])(?P<rest>\s+[a-z'’-]+)?", after, re.I)
    rest = (nxt["rest"] or "").strip() if nxt else ""
    if nxt and (not rest or _FUNCTION.match(rest) or _LETHAL.match(rest) or re.fullmatch(r"were|was|are|is|have|has|had", rest, re.I)):
        return None  # the phrase runs on into a plural: "the Jesuit priests were"; "Leader Luis Carlos" is a name
    words = target_text.split()
    if person and words:
        return Count(1, 1, 1, None, target_text)  # a named person, whatever the last letter of the name
    plural = bool(words) and words[-1].lower().endswith("s") and not words[-1].lower().endswith("ss")
    if not words or plural or _COLLECTIVE.search(target_text):
        return None
    return Count(1, 1, 1, None, target_text)
