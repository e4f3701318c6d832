"""People counts linked to what happened to them: killed, injured, displaced, abducted, arrested.

A number alone says nothing; "12" becomes a fatality count only when the sentence ties it
to a death ("killed at least 12", "12 people were killed", "the death toll rose to 12",
"leaving 12 dead"). Patterns run on the sentence text with case ignored, so ALL-CAPS wires
work. Counts of the armed side ("three attackers were killed") are marked ``armed`` so that
the event stage can keep them apart from the victims.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from typing import Any

from tacitus.actors.generic import GENERIC, NO_LONGER_SERVING
from tacitus.events.lexicon import RUNNING_TOTAL
from tacitus.events.numbers import COUNT, COUNT_RE, add_counts, combine_reports, to_count
from tacitus.events.people import NOT_PEOPLE_WORDS, THING, list_after, list_before
from tacitus.model import Count
from tacitus.saying import SAID

CATEGORIES = ("fatalities", "injured", "displaced", "abducted", "arrested")

_VERBS = {
    "fatalities": r"killed|killing|kills|kill|murdering|dead|died|dies|die|deaths?|slain|martyred|slaughtered|massacred|executed|murdered|beheaded"
    r"|shot\s+dead|(?:shot|stabbed|beaten|clubbed)\s+to\s+death|gunned\s+down|lost\s+their\s+lives|perished|burned\s+to\s+death|burnt\s+to\s+death|hacked\s+to\s+death"
    r"|(?:shooting|stabbing|beating|hacking|clubbing|burning)\s+to\s+death"  # "hacking and shooting to death at least 19 civilians"
    r"|assassinated|bodies|lives|fatalities|fatally\s+(?:shot|wounded|injured)|drowned|lynched",
    # "twenty others were being treated for gunshot wounds": in hospital for their wounds, so wounded
    "injured": r"wounded|wounding|wounds|injured|injuring|injuries|hurt|maimed|treated\s+for\s+(?:[\w-]+\s+){0,2}?(?:wounds|injuries|burns)",
    "displaced": r"displaced|displacing|fled|flee|fleeing|homeless|uprooted|forced\s+from\s+their\s+homes|forced\s+to\s+flee|evacuated|driven\s+from",
    "abducted": r"abducted|abducting|abduct|kidnapped|kidnapping|kidnap|taken\s+hostage|held\s+hostage|hostages|seized|snatched|carried\s+off|carrying\s+off",
    "arrested": r"arrested|arresting|arrests|detained|detaining|apprehended|taken\s+into\s+custody|rounded\s+up|captured|nabbed",
}
# Up to four words between a number and its head noun / its verb ("12 unarmed Cameroonian villagers were").
_NP_STOP = (r"that|which|whose|claimed|reported|said|says|for|by|with|from|to|after|before|when|while|during|than|because|since|if|"
            r"suspected(?=\s+(?:of|in|to)\b)|accused|charged|convicted|blamed|responsible|involved|implicated|arrested|detained|sentenced")
_NP = rf"(?:(?!(?:{_NP_STOP})\b)[\w'’][\w'’.-]*\s+){{0,4}}?"
# the group after "of" in "four members of the village defence committee were killed": words of a name, no clause;
# a name may stand in quotes ('16 members of the "peasant defence patrol" died')
_OF_GROUP = (rf"(?:of\s+(?:(?!(?:{_NP_STOP}|who|whom|and|or|missing|wounded|injured|\d[\d,.]*)\b)[\"“‘]?[\w'’][\w'’.-]*[\"”’]?\s+)"
             r"{1,5}?)")
_AUX = r"(?:were|was|have\s+been|has\s+been|had\s+been|are|is|being|been|reportedly|allegedly|also|later|all|had|have|who\s+were|who\s+had\s+been)"
ARMED_NOUN = re.compile(
    r"\b(attackers?|assailants?|gunm[ae]n|militants?|insurgents?|rebels?|guerrillas?|terrorists?|jihadists?|fighters?|bombers?|"
    r"bandits?|militiam[ae]n|extremists?|kidnappers?|soldiers?|troops|policem[ae]n|police\s+officers?|officers|security\s+forces|"
    r"servicem[ae]n|personnel|combatants|members)\b",
    re.I,
)


def armed_noun(words: str) -> bool:
    """The counted people are armed: "three soldiers", "12 militants"; not "two former soldiers", who no longer serve."""
    m = ARMED_NOUN.search(words)
    return m is not None and not NO_LONGER_SERVING.search(words[: m.start()])


_CUMULATIVE_NOUN = re.compile(r"\b(lives|people)\b")


@dataclass(frozen=True, slots=True)
class CountMention:
    category: str
    count: Count
    start: int  # offsets within the sentence
    end: int
    noun: str  # the words between the number and the verb ("civilians")
    armed: bool
    running: bool = False  # a running total ("more than 500 have been killed since 2019"), not one event's toll
    past: bool = False  # set aside (``running``) only as a past incident's ("killed 17 fishermen last year"): the toll of an event dated then
    attackers: bool = False  # the text says the dead were the attackers ("one of the attacking gunmen died")


# the people a toll counts, so that a second group joins it: "has risen to 169 Afghans and 13 American troops"
_TOLL_NOUN = (r"(?P<noun>(?:\s+(?!(?:and|or|but|while|as|including|in|on|at|by|after|since|from|with|for|of|the|a|an|"
              r"yesterday|today|now|so|far|officials?|police|according|said|says)\b)[\w'’-]+){0,2})")


# between an act's noun and its victims: "the death yesterday of …", "the murder in Guatemala of …"
_WHEN_WHERE = (r"(?:(?:yesterday|today|last\s+(?:night|week|month)|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\s+|"
               r"in\s+(?:[\w'’.-]+\s+){1,3}?)?")


# the fighters an army says it "neutralised"
_NEUTRALISED = (r"(?:terrorists?|assailants?|attackers?|militants?|insurgents?|jihadists?|fighters?|gunm[ae]n|bandits?|rebels?|"
                r"criminals?|elements?|extremists?|combatants?)")


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    out: list[tuple[str, re.Pattern[str]]] = []
    for cat, verbs in _VERBS.items():
        v = f"(?:{verbs})"
        out += [
            # "12 people were killed", "90 civilians burned to death", "four members of the village defence
            # committee were killed" (the group after "of" may be long)
            (cat, re.compile(rf"\b{COUNT}\s+(?P<noun>{_NP}{_OF_GROUP}?)(?:{_AUX}\s+){{0,3}}(?:{v})\b", re.I)),
            # "killed at least 12 people", "killing 5", "wounded 20 others"
            # the noun stops at a coordinator: "killing two and injuring 15" leaves "injuring 15" to its own count
            # "killing its two pilots", "killed the three guards": a determiner before the number
            (cat, re.compile(rf"\b(?:{v})\s+(?:(?:a\s+further|another|an\s+additional|the|its|his|her|their|our)\s+)?{COUNT}\b"
                             rf"(?P<noun>(?:\s+(?!(?:and|or|but|while|as|including)\b)[\w'’-]+){{0,3}})", re.I)),
            # "leaving 5 dead", "5 dead and 12 wounded"
            (cat, re.compile(rf"\b{COUNT}\s+(?P<noun>(?:[\w'’-]+\s+){{0,2}}?)(?:{v})\b", re.I)),
        ]
    # "three other attackers who tried to storm the post on foot after the blast were shot dead": a relative clause between
    # the people and what befell them (no comma: one noun phrase)
    for cat, verbs in _VERBS.items():
        out.append((cat, re.compile(rf"\b{COUNT}\s+(?P<noun>{_NP})who\s+(?!(?:were|was|had\s+been|have\s+been)\b)(?:[\w'’-]+\s+){{1,12}}?"
                                    rf"(?:were|was|had\s+been|have\s+been)\s+(?:{verbs})\b", re.I)))
    out.append(("fatalities", re.compile(
        rf"\b(?:put|puts|putting|placed|places|gave|gives|giving)\s+the\s+(?:death\s+|casualty\s+)?toll\s+at\s+{COUNT}{_TOLL_NOUN}", re.I)))
    out.append(("fatalities", re.compile(
        # "the number of soldiers and VDP killed had risen to 19": whoever the count is of
        rf"\bnumber\s+of\s+(?:(?!(?:killed|dead|who)\b)[\w'’-]+\s+){{0,4}}?(?:who\s+(?:were|have\s+been|had\s+been)\s+)?(?:killed|dead|who\s+died)\s+"
        rf"(?:[\w'’,-]+\s+){{0,20}}?(?:(?:has|had|have)\s+)?(?:rose|risen|rises|climbed|reached|stands\s+at|stood\s+at|jumped|increased)\s+(?:to\s+)?{COUNT}{_TOLL_NOUN}", re.I)))
    out.append(("fatalities", re.compile(
        rf"\b(?:bringing|brings|brought|taking|takes|took|raising|raises|raised|pushing|pushes|pushed|lifting|lifted)\s+the\s+"
        rf"(?:overall\s+|total\s+)?(?:(?:death|casualty)\s+)?toll\s+(?:[\w'’-]+\s+){{0,3}}?to\s+{COUNT}{_TOLL_NOUN}", re.I)))
    out.append(("fatalities", re.compile(
        rf"\b(?:(?:death|casualty)\s+)?toll\s+(?:[\w'’,-]+\s+){{0,20}}?(?:(?:has|had|have)\s+)?(?:rose|risen|rises|climbed|reached|stands\s+at|stood\s+at|jumped|increased|is|was|of|hit|at)\s+(?:to\s+)?{COUNT}{_TOLL_NOUN}", re.I)))
    out.append(("fatalities", re.compile(rf"\b(?:burn|burned|burnt|burning|hack|hacked|stab|stabbed|beat|beaten)\s+{COUNT}\s+(?P<noun>{_NP})to\s+death", re.I)))
    # armies' word for killing fighters ("troops neutralised 15 terrorists", "about 40 assailants were
    # neutralised"); not the bombs or drones they neutralise
    out.append(("fatalities", re.compile(rf"\bneutrali[sz](?:ed|es|ing|e)\s+(?:(?:about|around|at\s+least|some|more\s+than|over|nearly|up\s+to|another)\s+)?"
                                         rf"{COUNT}\s+(?P<noun>(?:[\w'’-]+\s+){{0,2}}?{_NEUTRALISED})\b", re.I)))
    out.append(("fatalities", re.compile(rf"\b{COUNT}\s+(?P<noun>(?:[\w'’-]+\s+){{0,2}}?{_NEUTRALISED})\s+(?:{_AUX}\s+){{1,3}}neutrali[sz]ed\b", re.I)))
    # "… struck a gathering of terrorists, neutralising several of them"
    out.append(("fatalities", re.compile(rf"\bneutrali[sz](?:ed|es|ing|e)\s+(?:(?:about|around|at\s+least|some|more\s+than|over|nearly|up\s+to)\s+)?"
                                         rf"{COUNT}\s+(?P<noun>of\s+(?:them|those|the\s+(?:[\w'’-]+\s+){{0,2}}?{_NEUTRALISED}))\b", re.I)))
    # "claimed the lives of 12 people", "the bodies of 15 peasants were found"
    out.append(("fatalities", re.compile(
        rf"\b(?:(?:claim|claimed|claiming|claims|took|taken|taking|takes|cost|costing|costs)\s+the\s+lives\s+of|(?:bodies|corpses|remains)\s+of)\s+"
        rf"(?:(?:the|at\s+least)\s+)?{COUNT}\b(?P<noun>(?:\s+(?!(?:and|or|but|while|as|including)\b)[\w'’-]+){{0,3}})", re.I)))
    # "the massacre of 12 persons", "the killing of nine farm workers"; a known incident named again: "the murder of
    # the six priests"; a time or a place between: "the death on Sunday of seven miners", "the murder in Quetta of two lawyers"
    out.append(("fatalities", re.compile(
        rf"\b(?:killings?|murders?|massacres?|deaths?|assassinations?|executions?|slaughter)\s+{_WHEN_WHERE}of\s+(?:(?:the|these|those)\s+)?"
        rf"{COUNT}\b(?P<noun>(?:\s+[\w'’-]+){{0,3}})", re.I)))
    out.append(("abducted", re.compile(rf"\b(?:kidnappings?|abductions?)\s+of\s+{COUNT}\b(?P<noun>(?:\s+[\w'’-]+){{0,3}})", re.I)))
    # "27 members of the garrison had been buried": the dead laid to rest; not people "buried under rubble" or "alive",
    # nor some of the dead already counted ("many of the victims were buried in a mass grave")
    out.append(("fatalities", re.compile(
        rf"\b{COUNT}\s+(?!of\b)(?P<noun>{_NP}{_OF_GROUP}?)(?:{_AUX}\s+){{1,3}}buried\b(?!\s+(?:under|beneath|alive|in\s+(?:the\s+)?rubble))", re.I)))
    return out


PATTERNS = _patterns()
# the verbs each pattern needs: a sentence without them skips the (slow) pattern; None = always try
_NEEDED: list[re.Pattern[str] | None] = [re.compile(rf"\b(?:{v})\b", re.I) for v in _VERBS.values() for _ in range(3)]
_NEEDED += [None] * (len(PATTERNS) - len(_NEEDED))
_SINGLE = re.compile(
    r"\b(?:killed|killing|murdered|assassinated|executed|beheaded|burned|burnt|shot\s+dead|kidnapped|abducted|abducting|arrested|wounded|injured|"
    r"beat(?:en)?\s+to\s+death|stabbed\s+to\s+death|hacked\s+to\s+death|lynched|shot\s+and\s+killed|detained|seized)\s+"
    r"(?P<det>a|an|one|the(?=\s+(?:\w+\s+)?(?:mayor|governor|leader|commander|chief|minister|priest|judge|official|driver|soldier|policeman|journalist|"
    r"reporter|president|director|councillor|councilman|head|owner|manager|son|daughter|wife|husband|brother|father|mother)\b))\s+(?P<noun>[\w'’-]+(?:\s+[\w'’-]+){0,2})|\b(?P<det2>a|an|one|another|a\s+second|a\s+third)\s+(?P<noun2>(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+"
    r"(?:was|has\s+been|had\s+been)\s+(?:\w+\s+)?(?P<verb2>killed|murdered|assassinated|executed|beheaded|kidnapped|abducted|arrested|wounded|injured|shot\s+dead)\b",
    re.I,
)
_SINGLE_CAT = {
    "killed": "fatalities", "killing": "fatalities", "murdered": "fatalities", "assassinated": "fatalities",
    "executed": "fatalities", "beheaded": "fatalities", "burned": "fatalities", "burnt": "fatalities", "shot dead": "fatalities",
    "kidnapped": "abducted", "abducted": "abducted", "abducting": "abducted", "arrested": "arrested", "wounded": "injured", "injured": "injured",
}
def _category_of(verb: str) -> str | None:
    if re.search(r"kidnap|abduct|seiz|carr(?:ied|ying)\s+off", verb):
        return "abducted"
    if re.search(r"arrest|detain", verb):
        return "arrested"
    if re.search(r"wound|injur", verb):
        return "injured"
    if re.search(r"death|kill|lynch|murder", verb):
        return "fatalities"
    return None


_NOT_PEOPLE = re.compile(rf"^(?:{NOT_PEOPLE_WORDS})\b", re.I)  # the first word of a count's noun


_MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
          r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?")
_DATE_BEFORE = re.compile(rf"\b{_MONTH}\s+$", re.I)
_DAY_MONTH_BEFORE = re.compile(rf"\b\d{{1,2}}\s+{_MONTH}\s+$", re.I)
_DATE_AFTER = re.compile(rf"^\s*{_MONTH}\b", re.I)
# an act or an episode a year is written before: "the 2000 kidnapping", "the 2019 anti-government protests"
_EPISODE = (r"(?:kidnapp\w+|abductions?|bombings?|attacks?|massacres?|killings?|murders?|assassinations?|"
            r"sieges?|raids?|protests?|uprisings?|revolts?|revolutions?|riots?|coups?|wars?|elections?|offensives?|"
            r"invasions?|insurgency|conflict|crisis|hijackings?|shootings?|blasts?|explosions?|ambush(?:es)?|clashes|battles?|campaigns?|"
            r"operations?|occupation|genocide|crackdown)")
_NAMED_BY_YEAR = re.compile(rf"^\s+(?:[\w-]+\s+){{0,2}}?{_EPISODE}\b", re.I)
# the toll of an episode a year names, told in a clause that hangs on it: "the 2019 protests, during which
# more than 500 demonstrators were killed", "the 2004 ferry bombing in the bay, which killed 116"
_YEAR_EPISODE_BEFORE = re.compile(rf"\bthe\s+(?:19|20)\d\d\s+(?:[\w-]+\s+){{0,2}}?{_EPISODE}\b[^.;]{{0,60}}?,\s+"
                                  r"(?:during\s+which|in\s+which|which|that|when)\b[^.;,]*$", re.I)
_LABEL_BEFORE = re.compile(r"(?:\bno\.|\bnumber|#|\w[-/])\s*$", re.I)


def not_a_count(sentence: str, m: re.Match[str]) -> bool:
    """The number is a date ("on 14 June", "March 31"), a label ("unit No. 4", "M-19") or an age
    ("aged 21 --"), whatever words follow it."""
    starts = [m.start(g) for g in ("q", "lo", "a", "n", "v") if m[g] is not None]
    ends = [m.end(g) for g in ("hi", "b", "n", "v") if m[g] is not None]
    if not starts or not ends:
        return False
    before, after = sentence[: min(starts)], sentence[max(ends) :]
    if _DATE_AFTER.match(after) or _LABEL_BEFORE.search(before) or re.match(r"\s*-\s*(?:years?|months?|weeks?|days?)\b", after, re.I):
        return True  # "his 2-year-old son" is one son
    if m["n"] and re.fullmatch(r"(?:19|20)\d\d", m["n"]) and (
            re.search(rf"(?:{_MONTH}|\b(?:in|of|since|until|year|from|between))\s+(?:(?:19|20)\d\d\s+(?:and|or|to)\s+)?$", before, re.I)
            or re.match(r"\s*,?\s*(?:when|while|as|after|before)\b", after, re.I)):
        return True  # "kidnapped on 25 January 1988 and found dead", "in 1979 and 1980 when they murdered": a year
    if m["n"] and re.fullmatch(r"(?:19|20)\d\d", m["n"]) and re.search(r"\b(?:the|its|their|his|her|[’']s)\s+$", before, re.I) \
            and _NAMED_BY_YEAR.match(after):
        return True  # "the 2000 kidnapping of 21 people", "the group's 2004 ferry bombing": the year of an act
    return bool(_DATE_BEFORE.search(before)) and not _DAY_MONTH_BEFORE.search(before)


_FUNCTION = re.compile(
    r"^(?:and|or|but|in|on|at|to|from|near|during|after|before|by|with|when|as|while|who|which|that|since|of|for|"
    r"including|among|inside|outside|across|over|under|into|the|a|an|last|this|early|late|on|yesterday|overnight|were|was|is|are|along|together|alongside)$",
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


_CONJ_TAIL = (
    rf"(?:(?:(?:his|her|their|its)\s+)?{COUNT}\b(?!\s*-\s*(?:years?|months?|weeks?|days?)\b)(?P<noun>(?:\s+[\w'’-]+){{0,3}})"
    rf"|(?P<det>his|her|their|its|an?)\s+(?P<one>(?:[\w'’-]+\s+){{0,2}}?[\w'’-]+)(?=\s*(?:[,;:.)]|$|\s+(?:and|as\s+well\s+as|in|on|at|by|near|during|while|when|who|as|after|before|yesterday|today|tonight|last|early|late|this|inside|outside|were|was|,)\b)))")
_CONJ = re.compile(
    r"^(?:\s+(?:of|in|from)\s+(?:[\w'’-]+\s*){1,6}?)?\s*(?:,\s*)?(?:and|as\s+well\s+as|plus|(?:along|together)\s+with|alongside|,)\s+"
    + _CONJ_TAIL, re.I)
# after one victim told in the passive only a joining word that keeps the verb: "X was killed along with four others",
# "…, as were three of his guards" ("X was killed and three others wounded" joins a clause of its own)
_CONJ_PASSIVE = re.compile(
    # the time and place of the act may stand between: "X was shot on Friday outside his office in the capital, together with three of his guards"
    r"^(?:\s*,?\s+(?:in|at|near|on|outside|inside|of)\s+(?:[\w'’-]+\s*){1,4}?){0,5}\s*(?:,\s*)?(?:(?:along|together)\s+with|alongside|as\s+(?:were|was))\s+" + _CONJ_TAIL, re.I)
_SAYS = re.compile(r"\b(?:said|says|say|reported|reports|told|added|stated|announced|confirmed|according)\b", re.I)
_OF_THE_DEAD = re.compile(r"\bof\s+(?:the|those)\s+(?:dead|victims|killed)\b", re.I)
_SUBSET = re.compile(r"^\s*of\s+(?:them|whom|those|the\s+dead|the\s+victims)\b", re.I)


# what follows a noun phrase that makes it the source of the report: "…, a soldier told reporters", "…, a war monitor
# and rescue workers said"
_SOURCE_AFTER = re.compile(r"\s*(?:(?:and|or)\s+(?:[\w'’-]+\s+){0,4}?)?(?:told|said|say|says|reported)\b", re.I)


# a conjunct with a verb of its own after it (past an apposition): "…, and 20 people, including a girl, were being treated"
_OWN_PREDICATE = re.compile(r"(?:\s*,[^,.;]{1,80},)?\s+(?:were|was|are|is|have\s+been|has\s+been|had\s+been|remain|remained)\b", re.I)


def _conjoined(sentence: str, found: list[CountMention], taken: list[tuple[int, int]],
               first: re.Pattern[str] = _CONJ) -> list[CountMention]:
    """Counts joined to a verb-first count: "killing nine soldiers and at least 20 militants",
    "killed a judge and his two bodyguards", "abducted a teacher and her husband"; ``first`` is the
    joining pattern the first conjunct must match (:data:`_CONJ_PASSIVE` after a passive)."""
    out: list[CountMention] = []
    for c in list(found):
        end = c.end
        pat = first
        chain: list[tuple[CountMention, tuple[int, int], bool]] = []  # each conjunct, its span, whether a comma joined it
        while True:
            m = pat.match(sentence[end:])
            pat = _CONJ
            if not m:
                break
            # ("…, a war monitor and rescue workers said": two sources)
            source = _SAYS.search(m["noun"] or "") or _SOURCE_AFTER.match(sentence[end + m.end():])
            if source:
                # "killed at least 50 people, a soldier and two residents told reporters": from the last comma on, the source
                commas = [i for i, (_, _, comma) in enumerate(chain) if comma]
                cut = len(chain) if m.group().lstrip().startswith(",") or not commas else commas[-1]
                for _, span0, _ in chain[cut:]:
                    taken.remove(span0)
                chain = chain[:cut]
                break
            if m["one"] is not None:  # "and his driver": one more person, if the word is a singular person
                noun = head_noun(m["one"])
                last = noun.split()[-1].lower() if noun else ""
                if _SAYS.search(m["one"]):
                    break  # "…, a rights group said": the source of the report, no victim
                if not noun or _NOT_PEOPLE.match(noun) or _COLLECTIVE.search(noun) or (last.endswith("s") and not last.endswith("ss")) \
                        or re.match(r"(?:body|bodies|car|house|home|vehicle|way|life|lives|head|hands?|family)\b", last):
                    break
                cnt: Count | None = Count(1, 1, 1, None, m.group().strip(" ,"))
                stop = end + m.end("one")
            else:
                raw = m["noun"] or ""
                if _SUBSET.match(raw) or not_a_count(sentence[end:], m):
                    break  # "nine villagers, six of them children": a part of the dead, not more of them
                cnt = to_count(m)
                noun = head_noun(raw)
                if cnt is None or not noun or _NOT_PEOPLE.match(noun):
                    break
                stop = end + m.start("noun") + (len(raw) - len(raw.lstrip())) + len(noun)
                if _OWN_PREDICATE.match(sentence, stop):
                    break  # "the toll had risen to four, and 20 people, including a girl, were being treated": a clause of its own
            span = (end + m.start(), stop)
            if cnt is None or any(a < span[1] and span[0] < b for a, b in taken):
                break
            taken.append(span)
            chain.append((CountMention(c.category, cnt, span[0], span[1], noun, armed_noun(noun), c.running), span,
                          m.group().lstrip().startswith(",")))
            end = stop
        out += [x for x, _, _ in chain]
    return out


# "seven soldiers and two civilians were killed", "four priests, their driver and his son were murdered":
# a list of victims before the verb, each item with its number or one person in the singular.
_NC_COUNT = re.sub(r"\(\?P<\w+>", "(?:", COUNT)
_CLAUSE_WORD = (r"(?:that|which|who|whose|whom|claimed|reported|said|says|for|by|with|from|to|after|before|when|while|during|than|because|since|if|"
                r"and|or|but|as|were|was|is|are|be|been|being|has|have|had|also|later|reportedly|allegedly|" + "|".join(_VERBS.values()) + ")")
_ITEM_WORD = rf"(?!{_CLAUSE_WORD}\b)[\w'’][\w'’-]*"
_ITEM_DET = rf"(?:(?:(?:his|her|their|its|the)\s+)?{_NC_COUNT}|an?|one|the|his|her|their|its)\s+(?:{_ITEM_WORD}\s+){{0,3}}?{_ITEM_WORD}"
# a name or title with no determiner ("Senator Luis Galan"), one person; checked item by item in _list_item
_ITEM = rf"(?:{_ITEM_DET}|(?:{_ITEM_WORD}\s+){{0,4}}?{_ITEM_WORD})"
_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+(?:and|as\s+well\s+as)\s+", re.I)
_PASSIVE = {
    "fatalities": r"killed|dead|died|slain|martyred|murdered|massacred|executed|assassinated|beheaded|shot\s+dead|gunned\s+down|lost\s+their\s+lives|perished|burned\s+to\s+death|hacked\s+to\s+death|shot\s+to\s+death",
    "injured": r"wounded|injured|hurt|maimed",
    "abducted": r"abducted|kidnapped|taken\s+hostage|seized|snatched",
    "arrested": r"arrested|detained|apprehended|taken\s+into\s+custody|captured",
}
_LISTS = [(cat, re.compile(rf"\b(?P<list>{_ITEM}(?:\s*,\s*{_ITEM})*\s*,?\s+(?:and|as\s+well\s+as)\s+{_ITEM})\s+(?:{_AUX}\s+){{0,3}}(?:\w+ly\s+)?(?:{v})\b", re.I))
          for cat, v in _PASSIVE.items()]
# What a list needs before the costly search is tried: a coordinator and the category's verb.
_LIST_CUES = {cat: re.compile(rf"\b(?:and|as\s+well\s+as)\b.*\b(?:{v})\b", re.I | re.S) for cat, v in _PASSIVE.items()}
# re.S: wire copy wraps lines inside a phrase ("the departmental\ngovernment secretary")
_DET_ONE = re.compile(r"^(?:an?|one|the|his|her|their|its)\s+(?P<rest>.+)$", re.I | re.S)
_POSSESSIVE = re.compile(r"^(?:his|her|their|its|the)\s+", re.I)


_TOLL_BEFORE = re.compile(r"\b(?:rose|risen|rises|climbed|reached|jumped|increased|stands|stood|toll\s+(?:\w+\s+){0,3}?(?:at|of|is|was))\s+"
                          r"(?:to\s+|at\s+)?(?:(?:at\s+least|more\s+than|over|nearly|about|some)\s+)?$", re.I)


def _list_item(item: str, caps: bool = False) -> tuple[Count, str] | None:
    """One item of a victim list: its number and head noun, or None when it is not a count of people."""
    bare = _POSSESSIVE.sub("", item)
    m = COUNT_RE.match(bare)
    if m and not not_a_count(bare, m) and m.end() < len(bare):
        cnt = to_count(m)
        noun = head_noun(bare[m.end():])
        if cnt is None or not noun or _NOT_PEOPLE.match(noun) or _SUBSET.match(bare[m.end():]):
            return None
        return cnt, noun
    d = _DET_ONE.match(item)
    if not d:
        return _bare_item(item, caps)
    noun = head_noun(d["rest"])
    last = noun.split()[-1].lower() if noun else ""
    if not noun or _NOT_PEOPLE.match(noun) or _COLLECTIVE.search(noun) or (last.endswith("s") and not last.endswith("ss")):
        return None
    return Count(1, 1, 1, None, item), noun


_INSTITUTION = re.compile(r"^(?:university|college|school|hospital|ministry|department|court|congress|church|company|bank|embassy|office|"
                          r"station|base|headquarters|airport|province|region|district|city|town|village|then|also|later|still|now)$", re.I)
_CALENDAR_WORD = re.compile(rf"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|{_MONTH})$", re.I)


def _bare_item(item: str, caps: bool) -> tuple[Count, str] | None:
    """A list item with no number or determiner counts one person when it reads as a name or a title
    in the singular ("Senator Luis Galan"); a plural ("soldiers") or a word of time or place does not.
    In mixed case a capitalised name may end in -s ("Gilda Flores")."""
    words = item.split()
    last = words[-1].lower() if words else ""
    name = not caps and len(words) >= 2 and all(w[:1].isupper() for w in words)
    if len(words) < 2 or any(re.search(r"(?:ed|ly|ing|['’]s)$", w, re.I) or _INSTITUTION.match(w) for w in words):
        return None  # "and then", "was attacked and a civilian", "seriously", "El Salvador's university"
    if not words or any(_FUNCTION.match(w) or _CALENDAR_WORD.match(w) or COUNT_RE.fullmatch(w) for w in words) \
            or (last.endswith("s") and not last.endswith("ss") and not name) or _NOT_PEOPLE.match(last) or _COLLECTIVE.search(last) or ARMED_NOUN.search(last):
        return None
    return Count(1, 1, 1, None, item), item


def _lists(sentence: str, taken: list[tuple[int, int]]) -> list[CountMention]:
    out: list[CountMention] = []
    for cat, pat in _LISTS:
        if not _LIST_CUES[cat].search(sentence):
            continue
        pos = 0
        while (m := pat.search(sentence, pos)) is not None:
            pos = m.start() + 1  # a rejected list ("on 16 November, six priests and two women") is searched again inside
            if re.search(r"\b(?:no|not)\s*$", sentence[max(0, m.start() - 5) : m.start()], re.I) \
                    or _TOLL_BEFORE.search(sentence[max(0, m.start() - 40) : m.start()]):
                continue  # "the toll has risen to 12 people and 30 others were wounded": the first item is the toll's
            raw = [x for x in _LIST_SPLIT.split(m["list"]) if x]
            items = [_list_item(x, sentence.upper() == sentence) for x in raw]
            if len(items) < 2 or any(x is None for x in items):
                continue
            bare = [not _DET_ONE.match(x) and not COUNT_RE.match(_POSSESSIVE.sub("", x)) for x in raw]
            if re.search(r"\b(?:including|among\s+them|among\s+whom)\s+(?:[^\s,;]+\s+){0,3}$", sentence[max(0, m.start() - 40) : m.start()], re.I):
                continue  # "killed 10, including leader X and 30 others": among the dead already told
            if any(b and x is not None and (x[0].best or 0) > 1 for b, x in zip(bare, items, strict=True)):
                continue
            named = [x for b, x in zip(bare, items, strict=True) if b]
            if len(named) >= 2 and not bare[0] and items[0] is not None and items[0][0].best == len(named):
                # "two of her bodyguards, Juan Ruiz and Luis Vera, were killed": the names are the two
                items = [x for b, x in zip(bare, items, strict=True) if not b]
            pos = m.end()
            span = (m.start(), m.end())
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue
            taken.append(span)
            # one mention an item, so that the attackers in "the gunman and a bystander died" stay apart
            out += [CountMention(cat, cnt, span[0], span[1], noun, armed_noun(noun)) for cnt, noun in (x for x in items if x is not None)]
    return out


# A running total is not one event's toll: "more than 500 people have been killed since 2019",
# "40 activists have been murdered in the past three months", "the war has killed 14,000".
_RUNNING = re.compile(
    rf"\b(?:since\b(?![^.;]*\b(?:rose|risen|climbed)\b)|{RUNNING_TOTAL}|"
    # the count's own clause only (detect does not hold back whole sentences for these)
    r"(?:in|during)\s+(?:this|the\s+past|the\s+last)\s+(?:decade|century)\b|"
    r"(?:in|during|over|within|for)\s+the\s+(?:last|past|previous)\s+(?:[\w-]+\s+){0,2}days\b|"
    r"\b(?:in|within|over)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a\s+few)\s+(?:weeks|months|years)\b|"
    # "7,000 have died during ten years of civil war", "three candidates have been murdered during the current campaign"
    r"\b(?:during|throughout)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|several|many)\s+(?:weeks|months|years|decades)\s+of\b|"
    r"\b(?:during|in|over|throughout)\s+the\s+(?:current|present|ongoing)\s+(?:[\w-]+\s+)?(?:campaign|year|term|war|conflict|offensive)\b|"
    # "the offensive the rebels began on 3 May against the capital has resulted in 410 dead": a whole campaign's toll
    r"\b(?:offensive|campaign|uprising|insurgency)\b[^.;]{0,140}?\b(?:has|have)\s+(?:so\s+far\s+|now\s+|already\s+)?"
    r"(?:resulted\s+in|caused|left|claimed|killed)\b|"
    r"\b(?:as\s+a\s+result\s+of|during|in\s+the\s+course\s+of)\s+(?:an?|the|this|their|its)\s+(?:[\w-]+\s+)?(?:offensive|campaign|uprising)\b|"
    # "three councillors have been shot dead in under ten days": a tally over days
    r"\b(?:in|within)\s+(?:less|fewer|more)\s+than\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+few)\s+(?:days|weeks|months|years)\b)",
    re.I)
# a whole month's dead are many incidents: "during October more than 350 people were killed"
_MONTH_SPAN = re.compile(r"\b(?:during|throughout)\s+(?:the\s+month\s+of\s+)?(?:january|february|march|april|may|june|july|august|"
                         r"september|october|november|december)\b(?!\s*\d)", re.I)
# dead counted over several acts in several places are a tally, no one event's toll: "four police officers and six
# rebels were killed on Tuesday during clashes in different parts of the province", "nine villagers had died in various
# attacks on farms", "the gang, which has killed several traders in previous raids"
_SPREAD = re.compile(
    r"\b(?:in|during|after|from)\s+(?:the\s+)?(?:various|several|separate|different|multiple|numerous|a\s+series\s+of|previous|earlier|prior|past)\s+(?:[\w-]+\s+)?"
    r"(?:clashes|attacks|actions|incidents|skirmishes|ambushes|raids|bombings|shootings|operations|engagements|confrontations|battles)\b|"
    r"\b(?:in|throughout|across)\s+(?:different|various|several)\s+(?:parts|areas|regions|zones|provinces|departments|states)\s+of\s+"
    r"(?!(?:his|her|their|the\s+body)\b)|\bthroughout\s+the\s+country\b", re.I)
# an incident of years past told as background: "murdered two years ago", "killed 17 fishermen last year"
_PAST = re.compile(r"\b(?:(?:years?|decades?)\s+ago|last\s+year)\b", re.I)
_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:now\s+|so\s+far\s+|already\s+|\w+ly\s+)?(?:been\s+)?\w+", re.I)


_IF_BEFORE = re.compile(r"\b(?:if|unless|lest)\s+(?:[\w'’-]+\s+){0,2}$", re.I)
_MAYBE = re.compile(r"\b(?:might|may|could|would)\s+(?:be|have\s+been)\s+$", re.I)
_NOT_DONE = re.compile(r"\b(?:to|will|would|could|might|may|shall|must|threat(?:en(?:ed|ing|s)?)?\s+to|plans?\s+to|vow(?:ed|s)?\s+to)\s*$", re.I)
# an object right after a number-first verb makes it active: the number is the doers, not the dead
# after armed doers any word but a preposition, adverb or conjunction is the object: "several gunmen killed Roberto X"
_OBJECT_AFTER = re.compile(
    r"\s+(?!(?:in|on|at|by|during|when|while|and|or|but|after|before|near|yesterday|today|tonight|last|this|early|late|as|inside|outside|"
    r"overnight|since|following|amid|across|over|around|along|with|from|between|throughout|earlier|later|recently|instantly|immediately|"
    r"there|here|so|too|then|because|were|was|had|have|has|is|are|according|said|say|says|police|officials?|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)[^\W\d_]", re.I)
_ACTIVE_AFTER = re.compile(r"\s+(?:a|an|the|his|her|their|its|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|dozens|scores|hundreds|at\s+least|more\s+than)\b", re.I)


def _search_all(pat: re.Pattern[str], sentence: str) -> list[re.Match[str]]:
    """Matches left to right; after a match that is not a count ("on 12 March 31 bodies…") the
    search goes on inside it, so the real count is still found."""
    out: list[re.Match[str]] = []
    pos = 0
    while (m := pat.search(sentence, pos)) is not None:
        noun_first = m["noun"] is not None and m.end("noun") != m.end()
        partitive = _PARTITIVE.match(m["noun"] or "") and re.search(rf"\b{_AUX}\s+(?:\w+ly\s+)?\S+$", m.group(), re.I)
        if not_a_count(sentence, m) or (noun_first and COUNT_RE.search(m["noun"]) and not partitive):
            pos = m.start() + 1  # "hundreds mourning three miners killed": the nearer number is the dead
            continue
        out.append(m)
        pos = max(m.end(), m.start() + 1)
    return out


_OR_HURT = re.compile(r"\s+(?:or|and/or)\s+(?:\w+ly\s+)?(?:wounded|injured|hurt|missing|captured)\b|"
                      r"\s+and\s+(?:wounded|injured)\b(?!\s+(?:\d|a|an|one|two|three|four|five|six|seven|eight|nine|ten|at|more|over|about|some|several|dozens|scores|hundreds)\b)", re.I)
# "killing and wounding 40 people": one figure for the dead and the wounded together, a count of neither
_KILLED_AND = re.compile(r"\b(?:kill(?:ed|ing|s)?|murder(?:ed|ing)?)\s+(?:and|or|and/or)\s+$", re.I)
# "five of the seven passengers were killed": the first number is the dead
_PARTITIVE = re.compile(r"\s*of\s+(?:the|those|these|its|their|his|her)\s+", re.I)
_ANY_OUTCOME = re.compile("|".join(f"(?:{v})" for v in _VERBS.values())
                          + r"|toll|killings?|murders?|massacres?|assassinations?|executions?|slaughter|kidnappings?|abductions?|\b(?:a|an|one|the)\b", re.I)


_ASIDE = re.compile(r"\s--\s[^-\[\]]{1,50}?\s--\s|\([^()]{1,60}\)|\[(?!of\s)[^\[\]]{1,80}\]", re.I)
# an editor's insertion that carries the phrase on is read as text: "the massacre [of six priests]", "at least [9] died"
_INSERTED = re.compile(r"\[(of\s[^\[\]]{1,80}|\d[\d,]*)\]", re.I)
# "two farmers, who had refused to pay, were shot dead", "X and Y, both of whom were teachers, were killed": a relative
# clause between the victims and their verb
_RELATIVE = re.compile(r",\s+(?:who|whom|whose|which|(?:both|all|each|neither|none|one|two|three|most|some)\s+of\s+(?:whom|which))\s+[^,;:()\[\]]{1,80},(?=\s+(?:were|was|have|has|had|are|is|died|all|later|also)\b)", re.I)
# "six priests and two women who worked with them were murdered": a bare relative clause before the victims' verb
_RELATIVE_BARE = re.compile(
    r"\swho\s+(?:[\w'’-]+\s+){1,8}?(?=(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:\w+ly\s+)?"
    r"(?:killed|murdered|assassinated|executed|slain|massacred|shot\s+dead|shot\s+to\s+death|kidnapped|abducted|wounded|injured|arrested)\b)", re.I)
# "eight peasants, including three women, were killed": a part of the dead between them and their verb
_INCLUDING_ASIDE = re.compile(r",\s+(?:including|among\s+them)\s+[^,;:()\[\]]{1,100},(?=\s+(?:were|was|have|had|has|all|later|also|died)\b)", re.I)
_OUTCOME_IN = re.compile("|".join(f"(?:{v})" for v in _VERBS.values()), re.I)


def _blank(m: re.Match[str]) -> str:
    return m.group() if _OUTCOME_IN.search(m.group()) else " " * len(m.group())


def find_counts(sentence: str) -> list[CountMention]:
    """Every people count the sentence ties to an outcome, non-overlapping, in text order."""
    if not _ANY_OUTCOME.search(sentence):
        return []
    # asides are blanked, offsets kept: "two missionaries -- aged 19 and 21 -- were shot", "[TEXT]", "(AFP)"
    sentence = _INSERTED.sub(lambda m: f" {m.group(1)} ", sentence)
    sentence = _ASIDE.sub(lambda m: " " * len(m.group()), sentence)
    sentence = _RELATIVE.sub(_blank, sentence)  # unless the clause tells deaths of its own ("who killed three")
    sentence = _RELATIVE_BARE.sub(_blank, sentence)
    sentence = _INCLUDING_ASIDE.sub(lambda m: " " * len(m.group()), sentence)
    taken: list[tuple[int, int]] = []
    found: list[CountMention] = _lists(sentence, taken)
    verb_first: list[CountMention] = []
    present = {id(need): need.search(sentence) is not None for need in _NEEDED if need is not None}
    for (cat, pat), need in zip(PATTERNS, _NEEDED, strict=True):
        if need is not None and not present[id(need)]:
            continue
        for m in _search_all(pat, sentence):
            cnt = to_count(m)
            if cnt is None or re.search(r"\b(?:no|not)\s*$", sentence[max(0, m.start() - 5) : m.start()], re.I) \
                    or _MAYBE.search(sentence[max(0, m.start() - 30) : m.start()]) or _IF_BEFORE.search(sentence[max(0, m.start() - 30) : m.start()]):
                continue  # "no one was hurt", "there may be dozens dead", "the talks would end if one were hurt"
            if cat == "fatalities" and _OR_HURT.match(sentence, m.end()) and m["noun"] is not None and m.end("noun") != m.end():
                continue  # "seven soldiers were killed or wounded": casualties, not a count of the dead
            if cat == "injured" and (re.search(r"\b(?:killed|dead)\s+(?:or|and|and/or)\s+\S+$", m.group(), re.I)
                                     or re.search(r"\b(?:killed|dead)\s+(?:or|and/or)\s+$", sentence[max(0, m.start() - 20) : m.start()], re.I)
                                     or (re.match(r"(?:wound|injur)", m.group(), re.I) and _KILLED_AND.search(sentence, max(0, m.start() - 20), m.start()))):
                continue  # nor of the wounded
            noun = head_noun(m["noun"] or "")
            after = sentence[m.end("n") if m["n"] else m.end() : (m.end("n") if m["n"] else m.end()) + 12]
            head = noun.split()[-1] if noun else ""  # "seized two assault rifles": things, whatever comes before the head
            things = _NOT_PEOPLE.fullmatch(head) or (_NOT_PEOPLE.match(noun) and not GENERIC.fullmatch(head))  # not "three bomb victims"
            if things or re.match(r"\s*-?\s*(?:year|month|day|week|hour)", after, re.I) \
                    or not_a_count(sentence, m) or _OF_THE_DEAD.search(m.group()):
                continue  # (nor "four of the dead were villagers": some of a toll already counted)
            first = m["noun"] is not None and m.end("noun") == m.end()  # verb-first: the phrase ends with its noun
            if first and _NOT_DONE.search(sentence[max(0, m.start() - 30) : m.start()]):
                continue  # "threatened to kill 10 judges", "would kill dozens": not an outcome
            if not first and re.search(r"(?:['’]s|\bthe|\bhis|\bher|\btheir|\bits)\s+(?:\w+\s+)?\w+$", m.group(), re.I) \
                    and re.search(r"(?:killing|murder|death|execution|assassination|kidnapping|abduction|arrest)s?$", m.group(), re.I):
                continue  # "thousands marched over the activist's killing": the noun is what they marched over
            active = _ACTIVE_AFTER.match(sentence, m.end()) or (ARMED_NOUN.search(noun) and _OBJECT_AFTER.match(sentence, m.end()))
            if not first and active and not re.search(rf"\b{_AUX}\s+(?:\w+ly\s+)?\S+$", m.group(), re.I) \
                    and not re.search(r"\b(?:died|dies|die|dead|(?<!to\s)deaths?|lives|bodies|fatalities|perished|drowned|hurt|homeless|fled|flee|fleeing)$", m.group(), re.I):
                continue  # "five gunmen shot to death a watchman": the number counts the killers
            end = m.end()
            if first:
                raw = m["noun"]
                end = m.start("noun") + (len(raw) - len(raw.lstrip())) + len(noun) if noun else m.start("noun")
            span = (m.start(), end)
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue
            taken.append(span)
            found.append(CountMention(cat, cnt, span[0], span[1], noun, armed_noun(noun)))
            if m["noun"] is not None and m.end("noun") == m.end():
                verb_first.append(found[-1])
    for m in _SINGLE.finditer(sentence):
        span = (m.start(), m.end())
        if re.search(r"\b(?:no|not\s+a\s*single|nobody|none)\s*$", sentence[max(0, m.start() - 14) : m.start()], re.I) or \
                (m["det2"] and re.search(r"\bnot?\s*$", sentence[max(0, m.start() - 5) : m.start()], re.I)):
            continue
        noun = head_noun(m["noun"] or m["noun2"] or "")
        verb = (m["verb2"] or sentence[m.start() : m.start("det")]).strip().lower()
        verb = re.sub(r"\s+", " ", verb)
        if verb in ("burned", "burnt") and not re.match(r"[^.;]{0,80}?\b(?:to\s+death|alive)\b", sentence[m.start():], re.I):
            continue  # "burned a gas station": a thing set on fire, not a person burned to death
        single = _SINGLE_CAT.get(verb) or _category_of(verb)
        last = noun.split()[-1] if noun else ""  # "a village chief" is a person, "a village" is not
        if single is None or _NOT_PEOPLE.match(last) or re.match(r"(?:number|total|group|series|village|town|car|truck|bomb)\b", last, re.I):
            continue
        if m["noun"] is not None and noun:  # "killed a local judge and his driver": the span stops at the noun
            raw = m["noun"]
            span = (span[0], m.start("noun") + raw.find(noun.split()[0]) + len(noun))
        if any(a < span[1] and span[0] < b for a, b in taken):
            continue  # checked on the span cut at the noun: "killed a child and wounded six" keeps both
        taken.append(span)
        found.append(CountMention(single, Count(1, 1, 1, None, m.group()), span[0], span[1], noun, armed_noun(noun)))
        if m["noun"] is not None:
            verb_first.append(found[-1])
    for m in _ANOTHER.finditer(sentence):  # "a policeman was killed and another was wounded": one more of the same
        span = (m.start("det"), m.end())
        prior = [c for c in found if c.end <= span[0]]
        cat = _category_of(m["verb"].lower()) or ("fatalities" if re.search(r"dead|slain", m["verb"], re.I) else "injured")
        if cat is None or not prior or any(a < span[1] and span[0] < b for a, b in taken):
            continue
        ref = max(prior, key=lambda c: c.end)
        taken.append(span)
        found.append(CountMention(cat, Count(1, 1, 1, None, m.group("det") + sentence[m.end("det") : m.end()]), span[0], span[1], ref.noun, ref.armed))
    passive: list[CountMention] = []
    for c in _one_victim(sentence, taken):
        found.append(c)
        (verb_first if c.noun else passive).append(c)
    found.extend(_conjoined(sentence, verb_first, taken))
    found.extend(_conjoined(sentence, passive, taken, _CONJ_PASSIVE))
    found = _people_lists(sentence, found)
    found.sort(key=lambda c: c.start)
    found = _reconcile_totals(_reconcile_tolls(sentence, found))
    found = [replace(c, running=True) if _spread_tally(sentence, c) else c for c in found]
    if _RUNNING.search(sentence):  # only a count whose own verb is a perfect: "have been killed since", "has killed"
        found = [replace(c, running=True) if _PERFECT.search(sentence[max(0, c.start - 25) : c.end]) else c for c in found]
        # "has left 305 dead and 373 wounded": the count joined to a running total is part of it
        found = _joined_running(sentence, found)
    # a past incident is no toll of the event told: its marker in the count's own clause
    found = [_past_marked(sentence, c) for c in found]
    # a figure the report replaces ("revising an earlier figure of 20 wounded", "up from 12") is no toll
    found = [replace(c, running=True) if _STALE_BEFORE.search(sentence, max(0, c.start - 60), c.start) else c for c in found]
    # an earlier death told in a past-perfect relative clause ("the funeral of a student who had been shot dead the day
    # before") or as what a gathering mourns ("the funeral of two protesters killed on Friday") is no toll of the event told
    earlier = [m.span() for m in _EARLIER_DEATH.finditer(sentence)]
    found = [replace(c, running=True) if any(c.start <= b and a - 40 <= c.end for a, b in earlier)  # the count is that clause's
             or (_MOURNED.search(sentence[max(0, c.start - 60) : c.start]) and not _VERB_FIRST.match(sentence, c.start)) else c for c in found]
    found = [replace(c, attackers=True) if _said_attackers(sentence, c) else c for c in found]
    return [_pair(sentence, c) for c in _drop_included(sentence, found)]


# "killing a couple and their two children", "an elderly couple was shot": one noun, two people
_COUPLE = re.compile(r"\b(?:a|an|the|one)\s+(?:[\w-]+\s+){0,2}?couple\b(?!\s+of\b)", re.I)


def _pair(sentence: str, c: CountMention) -> CountMention:
    """A count of one that names a couple counts two."""
    if c.count.best != 1 or not _COUPLE.search(sentence, c.start, max(c.end, c.start + len(c.count.text or ""))):
        return c
    return replace(c, count=replace(c.count, low=2, best=2, high=2))


_AS_A_RESULT = re.compile(r"\b(?:as\s+a\s+result|in\s+all|in\s+total|altogether|overall|leaving|left)\b", re.I)


def _spread_tally(sentence: str, c: CountMention) -> bool:
    """The count adds up several acts in several places: the spread is told in the count's own clause after it
    ("killed on Tuesday during clashes in different parts of the province"), or before it with the count as their sum
    ("rebels carried out attacks throughout the country overnight, and as a result seven guards were killed"). "In separate incidents
    on Sunday, a bomb killed two soldiers in X, …" lists the acts, each with its own toll; one person hurt is one
    incident, wherever the fighting was."""
    if c.count.best is not None and c.count.best <= 1:
        return False
    lefts = [m.end() for m in _CLAUSE_STOP.finditer(sentence, 0, c.start)]
    right = _CLAUSE_STOP.search(sentence, c.end)
    start, end = (lefts[-1] if lefts else 0), (right.start() if right else len(sentence))
    for m in _SPREAD.finditer(sentence, start, end):
        if _LATEST_BEFORE.search(sentence, max(0, m.start() - 30), m.start()):
            continue  # "…, in the latest in a series of deadly raids": the series the act belongs to, not a sum of acts
        if m.start() >= c.start or _AS_A_RESULT.search(sentence, m.end(), c.start):
            return True
    return False


_LATEST_BEFORE = re.compile(r"\b(?:latest|newest|most\s+recent|last)\s+(?:[\w-]+\s+)?$", re.I)


def _joined_running(sentence: str, found: list[CountMention]) -> list[CountMention]:
    out: list[CountMention] = []
    for c in found:
        prev = out[-1] if out else None
        if prev is not None and prev.running and not c.running and re.fullmatch(r"\s*(?:,\s*)?(?:and\s+)?", sentence[prev.end : c.start], re.I):
            c = replace(c, running=True)
        out.append(c)
    return out


def _past_marked(sentence: str, c: CountMention) -> CountMention:
    """A count in a clause about a past incident ("murdered two years ago", "killed 17 last year") or a span
    of months is no toll of the event told now; only the former may be the toll of an event dated then."""
    clause = _clause_around(sentence, c.start, c.end)
    if _PAST.search(clause) or _YEAR_EPISODE_BEFORE.search(sentence, 0, c.start):
        return replace(c, running=True, past=not c.running)
    span_before = _SPAN_EPISODE_BEFORE.search(sentence, max(0, c.start - 150), c.start)
    return replace(c, running=True) if _MONTH_SPAN.search(clause) or span_before else c


# the dead of years of violence, told in a clause that hangs on them: "after decades of military rule during which
# some 60,000 people died"
_SPAN_EPISODE_BEFORE = re.compile(r"\b(?:decades|years|months)\s+of\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+,?\s+(?:during\s+which|in\s+which)\b[^.;]*$", re.I)


_VERB_FIRST = re.compile(r"(?:kill|wound|injur|murder|leav|left|shoot|shot|slay|slew|massacr|execut)", re.I)
_ANOTHER = re.compile(
    r"(?:\band|,|;)\s+(?P<det>another|one\s+other|a\s+second)\s+(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    r"(?P<verb>killed|shot\s+dead|slain|murdered|wounded|injured|hurt|kidnapped|abducted|arrested|detained)\b", re.I)
_EARLIER_DEATH = re.compile(
    r"\b(?:who|whom|that|which)\s+had\s+(?:been\s+)?(?:\w+\s+){0,2}?(?:killed|shot|murdered|slain|died|beaten|stabbed|assassinated)\b"
    r"[^.;]{0,40}?\b(?:the\s+(?:day|night|week|month)\s+before|the\s+(?:previous|preceding)\s+(?:day|night|week|month|weekend)|"
    r"(?:a|one|two|three|several|a\s+few|\d+)\s+(?:days?|nights?|weeks?|months?)\s+(?:earlier|before)|earlier\s+(?:that|this|in\s+the)\s+\w+|"
    r"days?\s+earlier|weeks?\s+earlier|previously)\b", re.I)
_MOURNED = re.compile(
    r"\b(?:(?:funerals?|burials?|wakes?|memorials?|vigils?|anniversary)\s+(?:(?:in|at)\s+[\w'’-]+\s+)?(?:of|for)|"
    r"mourn(?:ed|ing)|buried|burying|commemorat(?:ed|ing))\s+(?:(?!(?:killing|killed|kills|wounding|wounded|injuring|left|leaving|that)\b)[\w'’-]+\s+){0,6}?$",
    re.I)


def earlier_deaths(sentence: str, counts: Iterable[CountMention]) -> list[tuple[int, int]]:
    """The spans of ``sentence`` that tell deaths before the event told: a past-perfect relative clause with
    its time ("the funeral of a teacher who had been shot dead the day before"), and the counts read as a past
    incident or a running total ("three miners killed on Sunday" that a crowd mourns). A trigger inside one
    tells that earlier death; the counts of the sentence's own event are not its."""
    return [m.span() for m in _EARLIER_DEATH.finditer(sentence)] + [(c.start, c.end) for c in counts if c.running]


# The text says the dead were the ones who attacked: their own words say so ("the attackers", "one of
# the attacking guerrillas", "the bomber", "a hired assassin"), or, for armed dead, their clause does
# ("a guerrilla died while attacking the residence", "killed by the grenade he was trying to throw").
_ATTACKER_NOUN = re.compile(r"\b(?:attackers?|assailants?|attacking|bombers?|raiders?|hijackers?|kidnappers?|assassins?|hit\s*men)\b", re.I)
_ATTACKER_CLAUSE = re.compile(
    r"\b(?:while|when|as)\s+(?:(?:he|she|they)\s+(?:was|were)\s+)?(?:attacking|trying\s+to\s+(?:throw|plant|place|attack)|planting|placing)\b|"
    r"\b(?:he|she|they)\s+(?:was|were)\s+(?:trying\s+to\s+(?:throw|plant|place)|carrying|planting|placing)\b", re.I)


# "a militant was killed during an attack by militants on a checkpoint": the dead are of the kind that attacked
_ATTACK_BY = re.compile(r"\b(?:attack|assault|raid|ambush|offensive)\s+(?:(?:carried\s+out|staged|launched|mounted)\s+)?by\s+"
                        r"(?P<doer>(?:[\w'’-]+\s+){0,2}[\w'’-]+)", re.I)


def _said_attackers(sentence: str, c: CountMention) -> bool:
    if c.category != "fatalities":
        return False
    own = f"{c.count.text or ''} {c.noun}"
    if _ATTACKER_NOUN.search(own):
        return True
    if not c.armed or STATE_NOUN.search(c.noun):
        return False
    if _ATTACKER_CLAUSE.search(sentence[c.start : c.end + 80]):
        return True
    head = _singular((ARMED_NOUN.findall(own) or [""])[-1])
    return bool(head) and any(head in (_singular(w) for w in m["doer"].split()) for m in _ATTACK_BY.finditer(sentence, c.end))


def _singular(word: str) -> str:
    word = word.lower()
    return word[:-3] + "man" if word.endswith("men") else word.rstrip("s")


# "the murder in Guatemala of X and Y": the place of the act may stand between the noun and its victims
_IN_PLACE = r"(?:in\s+(?:[\w'’.-]+\s+){1,3}?)?"
# "shot dead within three days, Mayor X, Captain Y and Judge Z": a time set off by a comma before the victims
_TIME_ASIDE = (r"(?:(?:in|within|over|during)\s+(?:(?:less|more)\s+than\s+|the\s+(?:past|last|same)\s+|just\s+)?"
               r"(?:a|an|one|two|three|four|five|six|seven|eight|ten|\d+|several|a\s+few)?\s*(?:hours?|days?|weeks?|night|day|week)|"
               r"on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last\s+(?:night|week)|yesterday|today)\s*,\s+")
# Lists of people the patterns above read only in part: names with titles and ages, appositives
# ("X, head of the clinic, four other nurses and two drivers were killed"), see events.people.
_LIST_VERBS: list[tuple[str, str, re.Pattern[str]]] = [
    *((cat, "before", re.compile(rf"\b(?:were|have\s+been|had\s+been)\s+(?:(?:also|all|later|then|reportedly|allegedly|\w+ly)\s+)?"
                             rf"(?:\w+\s+and\s+(?:then\s+|later\s+|\w+ly\s+)?|"
                             # "were taken before a rebel tribunal, and then shot dead": the same people, later
                             rf"\w+\b[^.;:]{{0,80}}?\s+and\s+(?:then|later|subsequently|afterwards)\s+)?(?:{v})\b", re.I))
      for cat, v in _PASSIVE.items()),
    # "his wife and two aides also died": an adverb may stand before the verb
    ("fatalities", "alone", re.compile(r"\b(?:(?:also|later|both|all|reportedly|subsequently)\s+)?(?:died|passed\s+away|perished|lost\s+(?:their|his|her)\s+lives?)\b", re.I)),
    ("fatalities", "after", re.compile(rf"\b(?:murders?|assassinations?|killings?|deaths?|massacre|slayings?|executions?)\s+{_IN_PLACE}of\s+", re.I)),
    ("abducted", "after", re.compile(r"\b(?:kidnappings?|abductions?)\s+of\s+", re.I)),
    ("fatalities", "after", re.compile(r"\b(?:killed|killing|murdered|murdering|assassinated|assassinating|executed|massacred|shot\s+dead)\s+"
                                       rf"(?:{_TIME_ASIDE})?", re.I)),
    ("abducted", "after", re.compile(r"\b(?:kidnapped|abducted|kidnapping|abducting)\s+", re.I)),
    ("injured", "after", re.compile(r"\b(?:wounded|injured|wounding|injuring)\s+", re.I)),
]


def _people_lists(sentence: str, found: list[CountMention]) -> list[CountMention]:
    """Where a list of people counts more than the counts found inside it, the list's count replaces them."""
    for cat, side, pat in _LIST_VERBS:
        for m in pat.finditer(sentence):
            if re.search(r"\b(?:no|not)\s*$", sentence[max(0, m.start() - 5) : m.start()], re.I):
                continue
            if side in ("before", "alone"):
                before = list_before(sentence, m.start(), alone=side == "alone")
                if before is None:
                    continue
                start, people = before
                end = m.end()
            else:
                if _NOT_DONE.search(sentence[max(0, m.start() - 30) : m.start()]) or _GRIEVANCE.search(sentence[: m.start()]):
                    continue  # "threatened to kill …", "marched against the killing of …"
                after = list_after(sentence, m.end())
                if after is None:
                    continue
                end, people = after
                start = m.start()
            n = sum(k for _, k in people)
            inside = [c for c in found if c.category == cat and c.start < end and start < c.end]
            if n == sum(c.count.best or 0 for c in inside):
                continue
            same_list = bool(inside) and all(c.start == start and c.end == end for c in inside)  # the items read one by one
            if not same_list and (n < sum(c.count.best or 0 for c in inside) or any(c.start < start or c.end > end for c in inside)):
                continue
            found = [c for c in found if c not in inside]
            # one mention an item, so that the attackers in a list stay apart from the victims
            found += [CountMention(cat, Count(k, k, k, None, text), start, end, head_noun(text) or text, armed_noun(text))
                      for text, k in people]
    return found


_BARE_TOTAL = re.compile(r"^(?:(?:people|persons)(?:\s+in\s+all|\s+in\s+total)?)?$", re.I)
_LEAVING = re.compile(r"\b(?:leaving|left|leaves)\b", re.I)


def _reconcile_totals(found: list[CountMention]) -> list[CountMention]:
    """"Killed a judge, his driver and two bodyguards, leaving four dead": the total restates the list,
    it adds no one; "left five dead: three soldiers and two civilians" likewise."""
    for cat in ("fatalities", "injured"):
        mine = [c for c in found if c.category == cat and not c.running]
        for t in mine:
            others = [c for c in mine if c is not t]
            if not others or not _BARE_TOTAL.match(t.noun) or t.count.best is None or not COUNT_RE.search(t.count.text or ""):
                # "X was killed along with his driver": one victim told with no number is no total
                continue
            summed = sum(c.count.best or 0 for c in others)
            after_all = all(c.end <= t.start for c in others)
            if summed == t.count.best or (after_all and _LEAVING.search(t.count.text or "") and summed < t.count.best):
                found = [c for c in found if c not in others]
                break
    return found


def _clause_around(sentence: str, start: int, end: int) -> str:
    """The text from the clause boundary before ``start`` to the one after ``end`` (commas, semicolons, 'when', 'where')."""
    lefts = [m.end() for m in _CLAUSE_STOP.finditer(sentence, 0, start)]
    right = _CLAUSE_STOP.search(sentence, end)
    return sentence[lefts[-1] if lefts else 0 : right.start() if right else len(sentence)]


_CLAUSE_STOP = re.compile(r";|\.\s|\s(?:when|where|while|but|because|since|after|before)\s", re.I)


_INCLUDING = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)\s*$", re.I)


def _drop_included(sentence: str, found: list[CountMention]) -> list[CountMention]:
    """"Some 40 dead, including six priests who were murdered": the priests are among the 40, not more; nor are
    "many" told right after a count ("39 bodies, many killed with machetes")."""
    out: list[CountMention] = []
    for c in found:
        if _INCLUDING.search(sentence[max(0, c.start - 20) : c.start]) and any(o.category == c.category and not o.armed for o in out):
            continue
        if _VAGUE_PART.match(c.count.text or "") and any(o.category == c.category and re.fullmatch(r"\s*,\s*", sentence[o.end : c.start])
                                                          for o in out):
            continue
        out.append(c)
    return out


_VAGUE_PART = re.compile(r"(?:many|most|some|several|a\s+few|all|half)\b", re.I)
# the words that give a figure the report then replaces
_STALE_BEFORE = re.compile(
    r"\b(?:(?:earlier|initial|previous|preliminary|original|first|provisional)\s+(?:official\s+)?(?:death\s+|casualty\s+)?"
    r"(?:figure|toll|count|tally|estimate|number)s?\s+(?:of|at)|(?:up|down|revised|revising\s+it)\s+from)\s+$", re.I)


# One person, told without a number ("was"/"has been": "had been" may be plural): "Judge X, 52, was shot to death", "broke into his house and
# killed him", "the murder of Dr X" (and, through the conjuncts, "the murder of X and his driver").
_LETHAL_PASSIVE = re.compile(
    r"\b(?:was|has\s+(?:also\s+|reportedly\s+|allegedly\s+)?been)\s+(?:(?!nearly|almost|narrowly)\w+ly\s+|reportedly\s+|allegedly\s+|also\s+)?"
    r"(?:shot\s+(?:to\s+death|dead)|murdered|killed|assassinated|executed|beheaded|lynched|(?:stabbed|beaten|hacked|burned|burnt)\s+to\s+death|"
    r"gunned\s+down|found\s+(?:dead|murdered|slain|killed|shot\s+dead|strangled)|slain)\b", re.I)
# One person hurt, told without a number: "Senator X was seriously wounded", "the driver has also been injured"
_HURT_PASSIVE = re.compile(
    r"\b(?:was|has\s+(?:also\s+)?been)\s+(?:(?!nearly|almost|narrowly)\w+ly\s+|reportedly\s+|allegedly\s+|also\s+){0,2}"
    r"(?:wounded|injured|hurt)\b(?!\s+(?:by\s+(?:the\s+)?(?:news|remarks|decision|criticism)|feelings))", re.I)
# "neither he nor ... was injured", "whether anyone was hurt": no one hurt, or no one known to be
_NOT_HURT_BEFORE = re.compile(r"\b(?:whether|if|anyone|anybody|nor)\b[^,;.]{0,30}$", re.I)
_KILLED_HIM = re.compile(r"\b(?:killed|killing|murdered|murdering|assassinated|executed|shot\s+dead|shot\s+and\s+killed)\s+(?:him|her)\b", re.I)
# "guards shot the gunman to death", "villagers beat a suspected thief to death": one person, the object between
_TO_DEATH_ONE = re.compile(
    r"\b(?:shot|shoot|shooting|stabbed|stabbing|beat|beaten|beating|hacked|hacking|clubbed|stoned|kicked|burned|burnt|tortured)\s+"
    r"(?:(?:a|an|one|the|his|her|their|its)\s+(?P<noun>(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+)|him|her)\s+to\s+death\b", re.I)
_NOMINAL_ONE = re.compile(
    r"\b(?:murder|assassination|killing|execution|slaying)\s+of\s+(?P<noun>(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)"
    r"(?=\s*(?:[,;:.)\]]|$|\s+(?:and|in|on|at|by|near|during|who|which|last|this|yesterday|today|was|were|has|had|is|as|for)\b))", re.I)
# "after Senator X's murder", "Galan's assassination": the one person whose death it was (not "the army's killing of …")
_POSSESSIVE_ONE = re.compile(
    r"\b(?P<noun>[\w.-]+)(?:['’]s|(?<=[sS])['’])\s+(?:(?:brutal|cowardly|recent|tragic|violent|reported|alleged)\s+)?"
    r"(?:murder|assassination|killing|slaying|execution|death(?!\s+(?:toll|threats?|squads?|sentences?|penalty|list|march|camps?)\b))\b(?!\s+of\b)", re.I)
_NOT_ONE_POSSESSOR = re.compile(
    r"^(?:government|army|state|regime|cartel|group|country|nation|city|town|village|party|front|movement|military|police|"
    r"week|year|month|day|night|today|yesterday|it|one|someone|anyone|everyone)$", re.I)
# "rallied against the killing of a classmate": what a protest is about, not a toll of the protest
_GRIEVANCE = re.compile(r"\b(?:against|over|protest\w*|to\s+denounce|demand\w*\s+justice\s+for)\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?$", re.I)
_NOBODY = re.compile(r"\b(?:no\s+one|nobody|none|not\s+a\s+single\s+\w+|no\s+\w+|neither\s+\w+|not\s+one)\s*(?:,\s*)?$", re.I)


def _one_victim(sentence: str, taken: list[tuple[int, int]]) -> list[CountMention]:
    out: list[CountMention] = []

    def add(start: int, end: int, noun: str, window: str, category: str = "fatalities") -> None:
        if any(a < end and start < b for a, b in taken):
            return
        taken.append((start, end))
        out.append(CountMention(category, Count(1, 1, 1, None, sentence[start:end]), start, end, noun, armed_noun(window)))

    for pat, category in ((_LETHAL_PASSIVE, "fatalities"), (_HURT_PASSIVE, "injured")):
        for m in pat.finditer(sentence):
            before = sentence[max(0, m.start() - 40) : m.start()]
            if _NOBODY.search(before) or (category == "injured" and _NOT_HURT_BEFORE.search(before)):
                continue  # "no one was killed", "not a single soldier was killed"
            subj = before.split(",")[0] if before.count(",") >= 2 else before  # "X, 52, a teacher, was killed": the name
            add(m.start(), m.end(), "", subj[-30:], category)
    for m in _KILLED_HIM.finditer(sentence):
        add(m.start(), m.end(), "", "")
    for m in _TO_DEATH_ONE.finditer(sentence):
        noun = m["noun"] or ""
        last = noun.split()[-1].lower() if noun else ""
        if (last.endswith("s") and not last.endswith("ss")) or _COLLECTIVE.search(noun) or (last and _NOT_PEOPLE.match(last)) \
                or re.search(r"\b(?:and|or)\b", noun, re.I):
            continue  # "beat the villagers to death": many, and with no number no count; "the mayor and his driver": a list
        add(m.start(), m.end(), head_noun(noun) if noun else "", noun)
    for m in _POSSESSIVE_ONE.finditer(sentence):
        noun = m["noun"]
        if _NOT_ONE_POSSESSOR.match(noun) or _COLLECTIVE.search(noun) or ARMED_NOUN.search(noun) or _GRIEVANCE.search(sentence[: m.start()]):
            continue
        if re.match(r"['’]\s", sentence[m.end("noun") :]) and (GENERIC.fullmatch(noun) or (noun.islower() and sentence.upper() != sentence)):
            continue  # "the victims' deaths", "the hostages' killing": many people, not one name ending in -s
        add(m.start(), m.end(), noun, noun)
    for m in _NOMINAL_ONE.finditer(sentence):
        noun = m["noun"]
        words = noun.split()
        last = words[-1].lower().strip(".")
        caps = sentence.upper() == sentence
        # a plural anywhere is many people ("the murder of the Jesuit priests"); in mixed case a capitalised name may end in -s
        plural = any((caps or w.islower()) and w.lower().strip(".,;:)]").endswith("s") and not w.lower().strip(".,;:)]").endswith(("ss", "'s", "’s"))
                     for w in words)
        if COUNT_RE.match(noun) or plural or _COLLECTIVE.search(noun) or _NOT_PEOPLE.match(last) or _GRIEVANCE.search(sentence[: m.start()]):
            continue
        start, end = m.start(), m.end("noun")
        add(start, end, head_noun(noun) or noun, noun)
    return out


_TOLL_WORD = re.compile(r"\btoll\b|\bnumber\s+of\b", re.I)


# "the UN said 58 people had been killed, while a local leader said volunteers had counted 62 bodies": a
# second source after a contrast word, with its own verb of saying
_GAVE_FIGURE = rf"(?:{SAID}|told|according|put|counted)"  # "police said", "local media put the toll at"
_OTHER_SOURCE = re.compile(rf"^[^.;]*?\b(?:while|whereas|but)\b[^.;]*?\b{_GAVE_FIGURE}\b", re.I)
_SAID_BEFORE = re.compile(rf"\b{_GAVE_FIGURE}\b", re.I)


def _two_sources(sentence: str, fatal: list[CountMention]) -> Count | None:
    """Two sources' figures for the same dead in one sentence: the first report's figure, the other in
    the spread (as a toll given by another source is kept when reports merge)."""
    if len(fatal) != 2 or not _SAID_BEFORE.search(sentence[: fatal[0].start]) \
            or not _OTHER_SOURCE.match(sentence[fatal[0].end : fatal[1].start]):
        return None
    a, b = fatal[0].count, fatal[1].count
    if a.best is None or b.best is None:
        return None
    return Count(min(x for x in (a.low, b.low, a.best, b.best) if x is not None), a.best,
                 max(x for x in (a.high, b.high, a.best, b.best) if x is not None), a.qualifier, f"{a.text}; {b.text}")


def _reconcile_tolls(sentence: str, found: list[CountMention]) -> list[CountMention]:
    """"Police said eight people were killed, while local media put the toll at 14": two reports of
    one figure, kept as a range over both, not added up."""
    fatal = [c for c in found if c.category == "fatalities" and not c.armed]
    if (both := _two_sources(sentence, fatal)) is not None:
        keep = replace(fatal[0], count=both, end=fatal[1].end)
        return [keep if c is fatal[0] else c for c in found if c is not fatal[1]]
    tolls = [c for c in fatal if _TOLL_WORD.search(sentence[c.start : c.end])]
    if not tolls or len(fatal) < 2:
        return found
    if not re.search(r"\b(?:while|whereas|but|put|puts|put\s+the|according\s+to|other\s+reports?|said)\b", sentence, re.I):
        # "the death toll rose to 29 after six of the wounded died": the toll is the total, the rest are among it
        return [c for c in found if c not in fatal or c in tolls]
    merged = None
    for c in fatal:
        merged = combine_reports(merged, c.count)
    assert merged is not None
    first = fatal[0]
    keep = replace(first, count=merged, end=max(c.end for c in fatal))
    return [keep if c is first else c for c in found if c not in fatal or c is first]


STATE_NOUN = re.compile(
    r"\b(?:soldiers?|troops|policem[ae]n|police|officers?|security\s+forces|servicem[ae]n|personnel|guards?|army|marines?|jawans?|"
    r"sergeants?|subsergeants?|corporals?|lieutenants?|captains?|majors?|colonels?|agents?)\b", re.I)


def perpetrators_own(c: CountMention, perpetrator_is_state: bool) -> bool:
    """A count on the attackers' side ("three attackers were killed"), not among the victims: armed dead of the
    perpetrator's side, or dead the text says were the attackers (``CountMention.attackers``).

    Soldiers or police killed by unidentified gunmen are victims; gunmen killed by the police are not.
    """
    return side_of(c, perpetrator_is_state) != "victims"


Side = str  # "victims", "own" (the perpetrator's armed side) or "attackers" (the dead the text calls the attackers)


def side_of(c: CountMention, perpetrator_is_state: bool, clash: bool = False) -> Side:
    """Whose dead a count tells, for the event's toll: the ``victims``; the perpetrator's ``own`` armed side
    ("two soldiers were killed" when troops attacked); or the ``attackers`` the text says died in their own act
    ("one of the attacking guerrillas died", "killed by the grenade he was trying to throw").

    In a clash (``clash``) every death is the fight's, whichever side, as ACLED counts a battle's dead ("police
    returned fire, killing three attackers"). Troops who kill attackers have victims: the flag counts only where
    the perpetrator is not the state.
    """
    if clash:
        return "victims"
    if c.attackers and not perpetrator_is_state:
        return "attackers"
    if c.armed and bool(STATE_NOUN.search(c.noun)) == perpetrator_is_state:
        return "own"
    return "victims"


# the word itself: "the toll rose to 19" gives the whole; "the number of dead has risen to 61 civilians and 9
# police officers" gives its parts
DEATH_TOLL = re.compile(r"\btoll\b", re.I)


def within_the_toll(counts: list[CountMention], category: str) -> list[CountMention]:
    """Where one count of ``category`` is written as the toll, the others of that category are inside it: "the toll
    rose to 19 after search teams recovered the bodies of several missing fighters" (those found are in the 19),
    "the toll rose to 11 after three wounded soldiers died"."""
    totals = [c for c in counts if c.category == category and not c.running and DEATH_TOLL.search(c.count.text or "")]
    if len(totals) != 1:
        return counts
    return [c for c in counts if c.category != category or c is totals[0]]


def toll(counts: Iterable[CountMention], category: str, perpetrator_is_state: bool, clash: bool = False) -> Count | None:
    """An event's count of ``category``: the victims' (a running total is no one event's toll); with no victim
    dead, the armed side's own dead (ACLED counts them); never the attackers killed by their own act.
    Only deaths fall back to the armed side: "two gunmen were wounded" is no injured victim."""
    sides: dict[Side, Count | None] = {"victims": None, "own": None}
    counts = within_the_toll(list(counts), category)
    for c in counts:
        side = side_of(c, perpetrator_is_state, clash)
        if c.category == category and not c.running and side in sides:
            sides[side] = add_counts(sides[side], c.count)
    return sides["victims"] or (sides["own"] if category == "fatalities" else None)


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


_SUSPECTS_AFTER = re.compile(
    r"\s*,?\s*(?:(?:suspected|accused|charged|convicted|wanted|blamed|responsible|implicated|arrested|detained|held)\s+(?:of|for|with|in|over)\b|"
    r"(?:who|that)\s+(?:had\s+|allegedly\s+|reportedly\s+)?(?:killed|murdered|shot|assassinated|attacked|kidnapped|abducted|carried\s+out|committed))", re.I)


_ATTEMPT = re.compile(r"\b(?:attempt(?:s|ed)?|tried|try(?:ing)?|plot(?:s|ted)?)\b", re.I)
_ATTEMPT_BEFORE = re.compile(r"\b(?:attempt(?:s|ed)?|tried|trying|plot(?:s|ted)?)\s+(?:on\s+the\s+life\s+of|to\s+(?:kill|murder|assassinate)|against)\s+"
                             r"(?:[\w'’.,()\[\]-]+\s+){0,10}$", re.I)


_NEAR_MISS = r"(?:almost|nearly|narrowly)\s+"


def attempted(trigger_text: str, before: str, after: str = "") -> bool:
    """The act was only tried on the victim whose phrase follows ``before`` (``after`` follows it): "the assassination
    attempt against General X", "gunmen tried to kill the mayor", "X was almost killed"; the victim lived unless a
    count says otherwise."""
    if _ATTEMPT.search(trigger_text) or _ATTEMPT_BEFORE.search(before[-100:]) or re.search(rf"\b{_NEAR_MISS}$", before[-30:], re.I):
        return True
    verb = re.escape(trigger_text.split()[-1]) if trigger_text.split() else None
    return verb is not None and re.match(rf"[^.;:]{{0,50}}?\b(?:was|were|been)\s+{_NEAR_MISS}{verb}\b", after, re.I) is not None


def victim_count(trigger_text: str, before: str, target_text: str, person: bool = False, group: bool = False,
                 after: str = "") -> Count | None:
    """The dead as the victim phrase gives them, for a killing with no count phrase.

    "six Jesuits were assassinated" — the number in front of the victim; "Judge X was shot dead"
    — one person named or described in the singular is one death. ``before`` is the text that
    runs up to the victim phrase; ``person`` says the phrase names one person, ``group`` that it names an
    organisation; ``after`` is the text that follows it. A wounding, torture or a plural with no number gives nothing.
    """
    by = re.search(r"\bby\s+(?:[\w'’-]+\s+){0,3}$", before[-50:], re.I)
    if by is not None and re.search(rf"\b{re.escape(trigger_text.split()[-1])}\b", by.group(), re.I):
        by = None  # "the outrage caused by the assassination of X": the killing is between, X is its victim
    if attempted(trigger_text, before, after):
        return None  # "the assassination attempt against General X", "an attempt on the life of X": X lived
    if not _LETHAL.search(trigger_text) or by is not None or _SUSPECTS_AFTER.match(after) \
            or re.match(rf"\s+(?:{_AUX}\s+){{1,2}}(?:killed|dead)\s+(?:or|and/or)\s+(?:wounded|injured|hurt)\b", after, re.I) \
            or re.search(r"\b(?:kill\w*|murder\w*)\s+(?:and|or|and/or)\s+(?:wound\w*|injur\w*)\s+(?:[\w,.'’-]+\s+){0,3}$", before[-60:], re.I):
        # "murdered by three men", "five men suspected of killing X", "the men who killed X": the killers, not the dead;
        # "killing and wounding some 30 villagers": the dead and the wounded together, no count of the dead
        return None
    m = _NUMBER_BEFORE.search(before[-60:])
    words = target_text.split()
    last = words[-1].lower() if words else ""
    # "M-19 presidential candidate": a label, and no number of several goes with one person
    singular = bool(last) and not last.endswith("s") and not re.fullmatch(r"\w*(?:men|people|police|personnel|children|folk|staff)", last) \
        and not re.match(r"\s+[\w'’-]+s\b", after, re.I)  # "six Jesuit| priests": the phrase the parse found stops short
    if m and not _LABEL_BEFORE.search(before[-60:][: m.start()]):
        cnt = to_count(m)
        digits = re.fullmatch(r"\d{4}", (m["n"] or "").strip())
        if cnt is not None and not digits and (cnt.best or 0) > 0 and not (singular and (cnt.best or 0) > 1):
            return Count(cnt.low, cnt.best, cnt.high, cnt.qualifier, f"{m.group().strip()} {target_text}")
    if group:
        return None  # an organisation counts its dead only with a number
    nxt = re.match(r"\s+(?!(?:was|has|is|his|its|this|as|us)\b)[a-z'’-]+s\b(?![’'])(?P<rest>\s+[a-z'’-]+)?", after, re.I)
    rest = (nxt["rest"] or "").strip() if nxt else ""
    if nxt and (not rest or _FUNCTION.match(rest) or _LETHAL.match(rest) or re.fullmatch(r"were|was|are|is|have|has|had", rest, re.I)):
        return None  # the phrase runs on into a plural: "the Jesuit priests were"; "Leader Luis Carlos" is a name
    if person and words:
        return Count(1, 1, 1, None, target_text)  # a named person, whatever the last letter of the name
    plural = bool(words) and words[-1].lower().endswith("s") and not words[-1].lower().endswith("ss")
    if not words or plural or _COLLECTIVE.search(target_text) or THING.search(words[-1].lower()):
        return None  # "a better negotiating position": no one
    return Count(1, 1, 1, None, target_text)


# -- one person who died, as the parse gives the subject -----------------------------------------

_ONE_PRONOUN = {"he", "she"}


def lone_death(tokens: Iterable[Any], common: Collection[str]) -> Count | None:
    """One death where a single person "died" with no number ("Judge X died after he was shot",
    "X has died from gunshot wounds") and the death is tied to the clause's ``tokens`` in the parse.

    The tagger reads a name ending in -s ("Mendes") as a plural: a subject not among the ordinary
    English ``common`` words, or with a name before it, is one person all the same."""
    toks = [t for t in tokens if t is not None]
    if not toks:
        return None
    for d in toks[0].doc:
        if d.lemma_.lower() != "die" or d.tag_ not in ("VBD", "VBZ", "VBN"):
            continue
        if not any(d is t or d in t.ancestors or t in d.subtree for t in toks):
            continue
        for n in (c for c in d.children if c.dep_ == "nsubj"):
            if any(c.dep_ in ("conj", "nummod", "quantmod") for c in n.children) or any(c.lower_ in ("two", "both", "all") for c in n.lefts):
                continue
            low, lemma = n.lower_, n.lemma_.lower()
            plural_word = n.tag_ in ("NNS", "NNPS") and (low in common or lemma in common or low.removesuffix("s") in common)
            named = any(c.dep_ == "compound" and c.pos_ in ("PROPN", "NOUN") for c in n.children) and not _COLLECTIVE.search(low)
            if low in _ONE_PRONOUN or (n.tag_ in ("NN", "NNP") and not low.endswith("ed") and not _COLLECTIVE.search(low)) \
                    or (n.tag_ in ("NNS", "NNPS") and not plural_word and (named or n.pos_ == "PROPN")):
                return Count(1, 1, 1, None, f"{n.text} {d.text}")
    return None
