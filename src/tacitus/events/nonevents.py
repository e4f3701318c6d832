"""Sentences that talk about violence without reporting a new act: disasters, running totals over
months or years, trials, anniversaries. ``blocked`` says which, so that the sentence's triggers are
held back with a recorded reason."""

from __future__ import annotations

import re

from tacitus.events.lexicon import RUNNING_TOTAL

_DISASTER = re.compile(
    r"\b(earthquakes?|quake|tsunami|volcan\w*|eruptions?|floods?|flooding|landslides?|mudslides?|avalanches?|cyclones?|hurricanes?|typhoons?|"
    r"tornado\w*|droughts?|wildfires?|bushfires?|(?:plane|car|bus|train|road|helicopter|vehicle)\s+crash\w*|crash(?:ed|es)?\b|(?:heavy\s+)?snow(?:fall|storms?)?|blizzards?|heat\s*waves?|(?:forest|bush|brush|grass)\s*fires|accident\w*|collisions?|derail\w*|capsiz\w*|"
    r"(?:gas|boiler|chemical|chlorine|ammonia|factory|plant|warehouse|fireworks|tanker|pipeline|cylinder|mine|coal|industrial)\s+(?:explosion|blast|leak\w*|fire|spill)|"
    r"(?:plant|factory|warehouse|depot|refinery|boiler|container|cylinder)\s+(?:\w+\s+){0,2}explod\w*|chemical\s+(?:leak|spill|plant)|fire\s+broke\s+out|electrocut\w*|"
    r"stampede|covid(?:-19)?|coronavirus|pandemic|cholera|ebola|epidemic|plunged\s+(?:\w+\s+){0,3}(?:ravine|river|gorge)|"
    r"(?:mine|building|bridge|roof|wall|dam)\s+collapsed?|collapse\s+of\s+(?:a|an|the)\s+(?:\w+\s+)?(?:mine|building|bridge)|caught\s+fire|accidental\w*)\b",
    re.I,
)


_ATTACK_CONTEXT = re.compile(r"\b(attack\w*|bomb\w*|militant\w*|terror\w*|insurgent\w*|suicide|gunm[ae]n|rebels?|jihadist\w*|shelling|air\s*strikes?)\b", re.I)


# Sentences that talk about events without reporting a new one.
_CUMULATIVE = re.compile(
    rf"\b({RUNNING_TOTAL}|since\s+(?:19|20)\d\d|since\s+the\s+(?:start|beginning|outbreak|first\s+(?:attacks?|incursions?|raids?|clashes))|"
    r"(?:have|has)\s+been\s+(?:\w+\s+){0,2}?(?:killed|displaced|detained|arrested|abducted)\b[^.;]{0,60}?\bsince\s+the\s+(?:[\w-]+\s+)?"
    r"(?:coup|war|invasion|conflict|insurgency|uprising|takeover|revolution)\b|since\s+(?:it|the\s+\w+)\s+(?:began|started|erupted)|"
    r"(?:has|have)\s+(?:been\s+)?\w+(?:\s+[\w,]+){0,6}?\s+since\s+(?:then|that\s+time)\b|"  # "6,000 civilians have been killed since then"
    r"for\s+(?:several|many|some)\s+(?:weeks|months|years)|"  # "for several months, the gang has waged war on its rivals"
    r"(?:insurgency|conflict|war|violence|campaign|rebellion|crisis|fighting)(?:,\s+(?:which|that)\s+[^,.;]{1,80},)?\s+(?:has|have|had)\s+(?:\w+\s+){0,2}(?:killed|claimed|left|displaced|forced|cost)|"
    # a war named by its sides: "the war between the army and the RSF, which began in April, has killed" (not violence or
    # fighting somewhere: "violence in the capital has left three dead" is news)
    r"(?:insurgency|conflict|war|rebellion|crisis)\s+(?:between|against|with|in)\s+[^,.;]{1,60}?(?:,\s+(?:which|that)\s+[^,.;]{1,80},)?\s+"
    r"(?:has|have|had)\s+(?:\w+\s+){0,2}(?:killed|claimed|left|displaced|forced|cost)|"
    r"for\s+(?:months|years|decades)|(?:six|five|four|three|two|seven|eight|nine|ten|\d+)-year\s+(?:insurgency|conflict|war|campaign)|"
    r"(?:killed|died|dead|lost\s+their\s+lives)\s+(?:\w+\s+){0,3}?(?:during|throughout)\s+(?:19|20)\d\d\b|"  # "700 have died during 1990": a year's toll
    # "600 civilians were killed across Somalia in 2022": a country's toll over a year
    r"(?:killed|died|dead)\s+across\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?in\s+(?:19|20)\d\d\b|"
    r"(?:killed|died|dead|lost\s+their\s+lives)\s+(?:\w+\s+){0,3}?(?:in|during)\s+(?:the\s+)?(?:conflict|violence|insurgency|war|fighting|unrest)\s+"
    r"(?:(?:last|this)\s+year|in\s+(?:19|20)\d\d)\b|"  # "79 people were killed in the conflict last year": a year's toll
    # "more than 1,200 people were killed in the crisis that followed": a whole crisis's or war's dead
    r"(?:killed|died|dead|lost\s+their\s+lives)\s+(?:\w+\s+){0,3}?(?:in|during|over)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:crisis|conflict|war|insurgency|uprising|rebellion)(?![\w-])(?!\s+(?:zone|area|region|belt)s?\b)|"
    # "the militants have kept up raids on villages and suicide bombings in markets": a campaign, not one act
    r"\b(?:kept|keep|keeps|keeping)\s+up\s+(?:[\w-]+\s+){0,3}?(?:attacks|raids|bombings|strikes|shelling|assaults|killings|ambushes)\b|"
    # "whose followers have killed thousands of civilians in suicide bombings and village raids": many acts' dead
    r"(?:has|have)\s+killed\s+(?:\w+\s+){0,2}?(?:thousands|hundreds|dozens)\b[^.;]{0,60}?\bin\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attacks|bombings|raids|massacres|ambushes|strikes|assaults)\b|"
    r"(?:this|last)\s+year\s+alone|\b(?:in|during)\s+\w+\s+alone\b|every\s+(?:year|month|week|day)|annually|\d[\d,]*\s+times\s+(?:in|since|this|last|over|during)\b|(?:people|deaths|times|civilians|\d[\d,]*)\s+a\s+year\b)",
    re.I,
)


# "have killed thousands across the region in recent years": a tally over years, unless a superlative
# ranks one act among them ("one of the deadliest attacks in recent years")
_RECENT_YEARS = re.compile(r"\b(?:in\s+recent\s+(?:years|months|decades|times)|over\s+(?:recent|the)\s+years)\b", re.I)


_SUPERLATIVE = re.compile(r"\b(?:deadliest|bloodiest|worst|biggest|largest|heaviest|fiercest|gravest|highest|boldest|most\s+\w+)\b", re.I)


_NON_EVENT = re.compile(
    r"\b(anniversary|commemorat\w*|marks?\s+(?:\w+\s+){0,2}(?:years?|months?)\s+since|memorial\s+service|sentenced|convicted|acquitted|verdict|trials?|let\s+us\s+recall|recalled\s+that|tribunal|indicted|"
    r"court\s+(?:heard|ruled|found)|testified|hypothetical|in\s+the\s+event\s+of|charges?\s+of|charged\s+with|(?:inquiry|enquiry)\s+into)\b",
    re.I,
)


# "Fighting continued between the M23 and pro-government militias": a state of affairs, not an act, where the
# sentence gives it no day, no toll and no one harmed
_ONGOING = re.compile(r"\b(?:fighting|clashes|hostilities|violence)\s+(?:has\s+|have\s+|had\s+)?(?:continued|continues|raged|rages|persisted|persists|"
                      r"went\s+on|goes\s+on)\b", re.I)
_ANY_DAY_OR_HARM = re.compile(r"\d|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|overnight|night|morning|"
                              r"afternoon|evening|week|weekend|january|february|march|april|may|june|july|august|september|october|november|"
                              r"december|killed|killing|dead|died|wounded|injured|casualties|fled|displaced|one|two|three|four|five|six|seven|"
                              r"eight|nine|ten|dozens?|scores|hundreds|several)\b", re.I)


_REMEMBRANCE = re.compile(r"\b(?:anniversary|commemorat\w*|memorial\s+service|marks?\s+(?:\w+\s+){0,2}(?:years?|months?)\s+since)\b", re.I)


def remembered_after(sentence: str, pos: int) -> bool:
    """The sentence's only non-event words are a remembrance told after ``pos`` and past a comma ("a missile
    struck the city on Tuesday, killing two, … as Moscow kept up strikes ahead of its Victory Day
    commemorations"): the act told before it is news."""
    marks = list(_NON_EVENT.finditer(sentence))
    return bool(marks) and all(_REMEMBRANCE.fullmatch(m.group()) and m.start() > pos and "," in sentence[pos : m.start()] for m in marks)


# a tally spread over many areas, not one event: "shot down 105 drones over 13 Russian regions", "attacks across
# several provinces" (a handful of named places are coded one by one; this says how many, not where)
_SPREAD = re.compile(r"\b(?:over|across|in)\s+(?:(?:at\s+least|more\s+than|some|about)\s+)?(?P<n>\d+|four|five|six|seven|eight|nine|ten|eleven|"
                     r"twelve|several|many|numerous|dozens\s+of)\s+(?:[\w-]+\s+)?(?:regions|provinces|districts|states|oblasts|governorates|"
                     r"departments|counties|prefectures)\b", re.I)


# a rate of change, not an act: "the number of missing persons has increased 600 percent", "homicides fell
# by 12% compared with last year"
_STATISTIC = re.compile(
    r"\b(?:increased?|decreased?|rose|risen|fell|fallen|dropped|grew|grown|jumped|declined|climbed|up|down)\s+(?:by\s+)?"
    r"(?:(?:some|about|around|nearly|almost|more\s+than|over)\s+)?\d[\d,.]*\s*(?:percent|per\s+cent|%)|"
    r"\bcompared\s+(?:to|with)\s+(?:(?:the\s+same\s+(?:period|months?)\s+(?:of|in)\s+)?(?:last\s+year|(?:19|20)\d\d)|a\s+year\s+(?:earlier|ago))",
    re.I,
)


def _spread(sentence: str) -> bool:
    m = _SPREAD.search(sentence)
    return m is not None and not (m["n"].isdigit() and int(m["n"]) < 4)


def cumulative_aside(sentence: str, act_start: int, act_end: int) -> bool:
    """Every running total or span the sentence names is set apart from the act told at ``act_start``–``act_end``
    (offsets of its first words): after it, past a comma ("Gunmen killed five villagers on Monday, the latest attack
    in a conflict that has killed thousands since 2017", "… on the highway, which has been closed for months"), or
    before it inside a relative clause between commas ("Bandits, who have killed 300 people since 2019, attacked
    Zurmi on Monday"). The act is news; the total is its backdrop."""
    asides = [m.span() for m in _RELATIVE_ASIDE.finditer(sentence, 0, act_start)]
    starts = [m.start() for m in _CUMULATIVE.finditer(sentence)] + [m.start() for m in _RECENT_YEARS.finditer(sentence)]
    return bool(starts) and all((at > act_end and "," in sentence[act_end:at] and not _NEW_CLAUSE.search(sentence, act_end, at))
                                or any(a < at < b for a, b in asides) for at in starts)


# a comma that joins a clause of the sentence's own ("…, and 6,000 civilians have been killed since then"), no aside
_NEW_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas|as|so)\b", re.I)
# a relative clause set apart by commas: ", who have killed 300 people since 2019,"
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whose)\b[^,;]*,")


def blocked(sentence: str) -> str | None:
    """Why a sentence reports no new event (cumulative figures, trials, anniversaries, disasters, rates of
    change), or None."""
    if _DISASTER.search(sentence) and not _ATTACK_CONTEXT.search(sentence):
        return "disaster"
    if _CUMULATIVE.search(sentence):
        return "cumulative"
    recent = _RECENT_YEARS.search(sentence)
    if recent and not _SUPERLATIVE.search(sentence, 0, recent.start()):
        return "cumulative"
    if _NON_EVENT.search(sentence):
        return "non_event"
    if _ONGOING.search(sentence) and not _ANY_DAY_OR_HARM.search(sentence):
        return "ongoing"
    if _spread(sentence):
        return "spread"
    if _STATISTIC.search(sentence):
        return "statistic"
    return None
