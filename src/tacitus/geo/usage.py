"""How a text uses a place name: as the place where something is, or only as a word about something else.

"Fighting in Iraq" places fighting in Iraq; "U.S. officials", "a Britain-based group", "told
reporters in Washington" and "extradited to the United States" do not say where anything
happened. The place stage weighs country evidence with :func:`owner_use`; the event stage moves
events whose only place cannot hold them (:func:`where_it_happened`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from tacitus.model import Place
from tacitus.saying import SAID_PAST

_ADJECTIVAL = re.compile(r"^(?:-based|-born|-led|-backed|-funded|-owned|-made|-registered|\s*-\s*based|"
                         r"\s+(?:correspondents?|bureau)\b)", re.I)  # "our Nairobi correspondent": where a reporter is posted
_OWNED_NOUN = re.compile(r"\s+(?:troops|forces|soldiers|servicem[ae]n|officials?|embass(?:y|ies)|missions?|consulates?|diplomats?|citizens|nationals|"
                         r"government|army|military|navy|president|authorities|compan(?:y|ies)|firms?|officers?|police|ambassador|envoy|minister|"
                         r"delegation|warplanes?|jets|drones?|interests|bases?|aid\s+workers?|contractors?|journalists?|aid|congress|senate|"
                         r"secret\s+service|state\s+department|ministry|administration|advisers?|advisors?|marines?|intelligence|"
                         r"businessm[ae]n|missionar(?:y|ies)|priests?|nuns?|volunteers?|residents?|press|media|radio|television|"
                         r"newspapers?|agency|agencies|courts?|judges?|policy|public\s+opinion|citizen|national)\b", re.I)
_LOCATIVE = re.compile(r"\b(?:in|into|across|throughout|inside|near|to|from|within|over|outside|at|of|on)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)
_REPORTED_FROM = re.compile(r"\b(?:briefing|press\s+conference|news\s+conference|speaking|statement|interview|summit|meeting|met|conference|"
                            r"told\s+reporters|said|issued|published|it\s+(?:was|has\s+been)\s+(?:reported|announced|learned)|"
                            r"(?<!was\s)(?<!were\s)(?<!been\s)(?<!be\s)(?<!is\s)(?<!are\s)(?:"+SAID_PAST+r"))"
                            r"\s+(?:(?!that\b)\w+\s+){0,2}(?:in|from|at)\s+$", re.I)  # "clashes were reported in Kharkiv" places them
# (not "sources reported that in Anta the terrorists set schools on fire": the clause told places its act)
# A destination or an origin: where someone is sent, flown, fled or came from, not where the act was.
_MOVED = re.compile(r"\b(?:extradit\w*|deport\w*|expel\w*|sent|send(?:s|ing)?|flown|fl(?:y|ies|ew)|fled|flee(?:s|ing)?|"
                    r"taken|transferred|exiled|evacuated|airlift\w*|rushed|smuggled|shipped|shipments?|exported|imported|asylum)\s+(?:\w+\s+){0,3}(?:to|from|for)\s+(?:the\s+)?$", re.I)
# Where the dead will be buried: "was killed … and would be buried in his home village near Al-Arish" (not where they
# were buried, often where they died, nor a funeral's town: mourners are fired on there).
_BURIED = re.compile(r"\b(?:(?:would|will|to)\s+be\s+(?:buried|laid\s+to\s+rest))\s+(?:[\w'’-]+\s+){0,5}?(?:in|at|near|of)\s+(?:the\s+)?$", re.I)
# The town of the hospital the wounded were taken to or died in: "died on the way to Rafidia hospital in Nablus".
_HOSPITAL_IN = re.compile(r"\b(?:died|dies|treated|taken|admitted|rushed|evacuated|brought|transferred|flown|recovering|succumbed|hospitali[sz]ed)\s+"
                          r"(?:[\w'’-]+\s+){0,6}?(?:hospitals?|clinic|morgue|infirmary|medical\s+(?:centre|center|facility))\s+(?:in|at|of)\s+(?:the\s+)?$", re.I)
# Where someone was going, not where the act was: "a convoy escorting trucks towards the besieged town of
# Djibo came under fire near a village in Soum province"; and the country across a border ("groups
# operating near the border with Ecuador signed a ceasefire"). (Only a preference: a sentence naming no other
# place still places its act there, as "rebels advancing towards Goma clashed with troops" should.)
_HEADED = re.compile(r"\b(?:towards?|bound\s+for|head(?:ed|ing)\s+(?:to|for)|en\s+route\s+to|on\s+(?:its|their|the|his|her)\s+way\s+to|"
                     r"(?:border|frontier)\s+with)\s+"
                     r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:(?:town|city|village|capital|port|border)\s+(?:of\s+)?)?$", re.I)
# A country or town that is only the other end of a diplomatic tie or of someone's travels: "the
# ambassador to Spain", "the embassy of Japan", "a visit to Cuba", "he had visited Costa Rica",
# "returned from Panama". Whatever the sentence reports happened elsewhere. ("The ambassador in Bogota"
# is posted there: his residence in Bogota is in Bogota.)
_ABROAD = re.compile(r"\b(?:(?:ambassadors?|envoys?|consuls?|emissar(?:y|ies)|charg[eé]s?\s+d'affaires)\s+(?:to|from|of)|"
                     r"(?:embass(?:y|ies)|consulates?|legations?|diplomatic\s+(?:mission|representation)s?)\s+of|"
                     r"(?:visits?|trips?|tours?|journeys?)\s+to|visit(?:ed|ing|s)?|"
                     r"(?:return(?:ed|ing|s)?|back|arriv(?:ed|ing|es))\s+from)\s+(?:the\s+)?$", re.I)


# A place the text measures from: "Suleja, 40 km west of Abuja", "a village 40 miles from Mosul".
_MEASURED_FROM = re.compile(r"\b\d[\d,.]*\s*(?:-\s*)?(?:km|kms|kilomet(?:er|re)s?|miles?|mi)\b\.?\s+(?:\(?[\w ]+\)\s+)?"
                            r"(?:(?:\w+\s+){0,2}(?:of|from)|away\s+from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)

# An apposition that gives a bearing from a second place: "in Sirwah district, west of the city of Marib",
# "Kagara, north of Minna", "Qusra, a village south-east of Nablus". (Without the comma, "fighting west of Marib" is placed by Marib.)
_BEARING_FROM = re.compile(r"[A-Za-z)],\s+(?:an?\s+(?:small\s+|remote\s+)?(?:village|town|hamlet|settlement|district|area|camp|city)\s+)?"
                           r"(?:(?:just|some|far|about)\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
                           r"\s+of\s+(?:the\s+(?:\w+\s+)?(?:city|town|capital|village)\s+(?:of\s+)?)?$", re.I)


# Words that put the act beside a place, not in it ("near Gao", "on the outskirts of Sugapa", "12 km from Kidal"):
# ACLED's precision 2.
# the words that put a place beside another ("Pimbo, near Mongbwalu", "Kalari, not far from Konduga")
NEAR_WORDS = r"near|outside|close\s+to|not\s+far\s+from"
_NEAR_BEFORE = re.compile(r"\b(?:near|outside|close\s+to|(?:on\s+)?the\s+outskirts\s+of|outskirts\s+of|(?:north|south|east|west)(?:-?(?:east|west))?\s+of|"
                          r"km\s+from|kilomet(?:er|re)s\s+from|miles\s+from|between|around|(?:vicinity|edge)\s+of|road\s+(?:linking|between|from|to))\s+"
                          r"(?:the\s+)?(?:(?:town|village|city)\s+of\s+|\w+\s+)?$", re.I)


def written_near(place: Place, text: str, floor: int = 0) -> bool:
    """The text puts something beside ``place`` rather than in it, within 40 characters before it (and not before
    ``floor``, the start of its sentence)."""
    start = place.start or 0
    return _NEAR_BEFORE.search(text, max(floor, start - 40), start) is not None


def reference_point(place: Place, text: str) -> bool:
    """A place named only to say how far something else is from it: "Mubi, some 200 km south of
    Maiduguri", "a village 7 km north of Gao". What happened, happened at the other place."""
    start = place.start or 0
    return (_MEASURED_FROM.search(text[max(0, start - 60) : start]) is not None
            or _BEARING_FROM.search(text[max(0, start - 60) : start]) is not None)


def owner_use(place: Place, text: str) -> bool:
    """A country's name used for what belongs to it, not for where something is: "the U.S.
    embassy", "French troops", "a Britain-based group"."""
    return owned_after(text, place.end or 0, country=place.feature == "country")


def owned_after(text: str, end: int, country: bool) -> bool:
    """What follows a name ending at ``end`` makes it an owner: "-based", or (for a country) a noun
    that belongs to it ("U.S. ADVISERS", "the Iraqi army"). A country's initials ("U.S.", "UK")
    stand before a noun as its adjective ("U.S. sponsors", "the U.S. Mormon missionaries"): any
    word after them but a function word ("in the U.S. on Monday") makes them an owner."""
    if _ADJECTIVAL.match(text[end : end + 20]):
        return True
    if not country:
        return False
    if _OWNED_NOUN.match(text, end):
        return True
    if not _INITIALS_END.search(text, max(0, end - 8), end):
        return False
    word = _NEXT_WORD.match(text, end)
    return word is not None and word[1].lower() not in _NOT_OWNED


# a country's possessive before a lower-case noun names what it owns (the story may still be about it);
# before a part of its land, where
_POSSESSED = re.compile(r"['’]s\s+([a-z][a-z-]*)\b")
_LAND_WORDS = frozenset(["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast",
                         "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west",
                         "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
                         "south-eastern", "south-western", "far", "restive", "remote", "volatile", "troubled", "mountainous",
                         "capital", "border", "borders", "frontier", "coast", "coastal", "interior", "heartland", "countryside",
                         "territory", "territories", "largest", "second", "third", "biggest", "main", "oil-rich", "rural",
                         "tribal", "semi-autonomous", "autonomous", "breakaway", "occupied", "disputed", "conflict-hit",
                         "insurgency-hit", "war-torn", "embattled", "besieged", "rebel-held"])
_INITIALS_END = re.compile(r"(?<![\w.])(?:(?:[A-Z]\.){2,3}|US|UK|USA)$")
_NEXT_WORD = re.compile(r"[ \t]*\n?[ \t]*([A-Za-z]+)\b")
# Words that may follow a country's initials used as a noun ("the U.S. and Canada", "the U.S. said").
_NOT_OWNED = frozenset({
    "a", "an", "the", "and", "or", "but", "nor", "as", "at", "by", "for", "from", "in", "into", "of", "off",
    "on", "onto", "out", "over", "to", "under", "with", "within", "without", "is", "are", "was", "were",
    "be", "been", "being", "has", "have", "had", "will", "would", "shall", "should", "can", "could", "may",
    "might", "must", "do", "does", "did", "said", "says", "say", "told", "asked", "announced", "reported",
    "accused", "denied", "warned", "urged", "called", "this", "that", "these", "those", "it", "its", "which",
    "who", "whom", "whose", "when", "where", "while", "after", "before", "since", "until", "during",
    "because", "if", "than", "then", "so", "also", "yesterday", "today", "tonight", "last", "next", "ago",
    "he", "she", "they", "we", "i"
})  # fmt: skip


# what a crowd marches against is no place it marched in
_PROTESTED = re.compile(r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied|ying)|march(?:es|ed|ing)?|sit-ins?|chant\w*)\s+"
                        r"(?:\w+\s+){0,2}?against\s+(?:the\s+)?$", re.I)
# a place that speaks, denies or accuses is the government seated there
_SPEAKS = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?(?:said|says|denie[sd]|deny|accuse[sd]|blame[sd]|warn(?:ed|s)|"
                     r"reject(?:ed|s)|insist(?:ed|s)|condemn(?:ed|s)|announce[sd]|claim(?:ed|s))\b(?!\s+by\b)", re.I)


def stands_for_government(place: Place, text: str) -> bool:
    """The place speaks, denies or accuses ("a charge Kigali has repeatedly denied", "Moscow said")."""
    return place.end is not None and _SPEAKS.match(text, place.end) is not None


def moved_to(place: Place, text: str) -> bool:
    """The place is only where someone was sent, flown or taken, or came from ("airlifted to Raipur",
    "extradited to the United States"), not where anything happened to them."""
    start = place.start or 0
    return _MOVED.search(text, max(0, start - 60), start) is not None or after_the_act(place, text)


def after_the_act(place: Place, text: str) -> bool:
    """The place is only where the hurt were treated or the dead will be buried ("died on the way to Rafidia hospital in
    Nablus", "would be buried in his home village near Al-Arish"): what happened there came after the act."""
    start = place.start or 0
    return _BURIED.search(text, max(0, start - 70), start) is not None or _HOSPITAL_IN.search(text, max(0, start - 90), start) is not None


def opposed(place: Place, text: str) -> bool:
    """The place is what a crowd marches against ("students protesting against Rwanda"), not where."""
    start = place.start or 0
    return _PROTESTED.search(text, max(0, start - 50), start) is not None


def where_it_happened(place: Place, text: str) -> bool:
    """Whether a place mention can say where an event happened: not "a Britain-based group", not
    "told reporters in Washington", not "extradited to the United States", and a country only
    after a locative word ("in Iraq"), never as an adjective ("U.S. officials", "French missions"), nor
    as the far end of a tie or a journey ("the ambassador to Spain", "after a visit to Cuba")."""
    start = place.start or 0
    if owner_use(place, text):
        return False  # "near the French and U.S. missions": the country owns the noun, it is not the place
    before = text[max(0, start - 60) : start]
    if _REPORTED_FROM.search(before[-40:]) or _MOVED.search(before) or _ABROAD.search(before[-45:]) or _HEADED.search(before) \
            or after_the_act(place, text):
        return False
    if opposed(place, text):
        return False  # "students protesting against Rwanda", "a rally against France": what they oppose
    possessed = _POSSESSED.match(text, place.end or 0) if place.feature == "country" else None
    if possessed and possessed[1].lower() not in _LAND_WORDS:
        return False  # "near Somalia's parliament building": the building is where (not "in Nigeria's northeast")
    if stands_for_government(place, text):
        return False  # "a charge Kigali has denied", "Moscow said": the government the city stands for
    return not (place.feature == "country" and not _LOCATIVE.search(before[-40:]))


def locative_countries(places: Iterable[Place], text: str, after: int = 0) -> Counter[str]:
    """ISO3 → how often the text names a country where something is ("in Peru", "Peru's
    capital", a bare subject), leaving out its owner uses ("the U.S. embassy") and the mentions
    before ``after`` (a dateline's)."""
    return Counter(p.country for p in places if p.feature == "country" and p.country and (p.start or 0) >= after
                   and not owner_use(p, text) and not opposed(p, text))


# A saint's name before a building or institution names what it is dedicated to, not the town it
# stands in: "the San Miguel chapel in Leon", "the Santa Rita orphanage", "St Mary's school".
_SAINT_FIRST = re.compile(r"(?i:san|santa|santo|sao|são|saint|st\.?|ste\.?)\s")
_DEDICATED = re.compile(r"(?:['’]s)?\s+(?:high\s+)?(?:church|chapel|cathedral|basilica|parish|convent|monastery|school|college|"
                        r"institute|academy|seminary|shelter|refuge|orphanage|hospital|clinic|warehouse|market)\b", re.I)


def dedication(place: Place, text: str) -> bool:
    """A saint's name written before a church, school, shelter and the like: the name of that
    building, not of the town where it stands ("a grenade hit the Santa Rita orphanage in the capital")."""
    surface = place.text or ""
    return bool(_SAINT_FIRST.match(surface)) and _DEDICATED.match(text, place.end or 0) is not None
