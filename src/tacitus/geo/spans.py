"""Finding place names in text: NER spans plus a gazetteer-driven scan.

spaCy's small model tags "Gao" as PERSON and misses most names in ALL-CAPS wires, so we scan
capitalised token runs (every run, in ALL-CAPS text) for gazetteer names, longest first. A
scanned name that NER did not mark as a place must earn its place:

* it is not a common English word that happens to be a town ("Police", "Mobile", "Reading"),
  nor a function word (decisive in ALL-CAPS text: "IN", "US", "IT");
* it does not follow a title ("President Jordan", "Gen. Lima");
* it is *prominent* — under this very name, not an alternate one, a country, region, admin1,
  or a place or division of 100,000+ — or a locative word precedes it ("in", "near",
  "north of", "the town of" …, or another name of a list: "in Gao, Kidal and Menaka"), or
  it is the own name of a town of 50,000+ standing alone mid-sentence; a listed first name
  alone needs a locative or to be prominent under its own name ("Paul and Maria Keller");
* in ALL-CAPS text a single word needs more: a locative, a division word after it, the
  dateline position, or being the own name of a country, region or city of a million;
* in mixed-case text, a short all-capital word is an acronym ("BA", "NATO") unless it is a
  country code the gazetteer lists as a name ("US", "DRC");
* in mixed-case text, a name inside a longer capitalised run of unknown words is part of a
  name ("Andrew Jackson", "Ibrahim Boubacar Keïta") and is skipped, unless it is a country,
  region, admin1 or a city of 100,000+ under its own name ("Borno Governor …");
* with NER, a name inside a longer PERSON/ORG span, or any DATE/TIME span, is skipped, and a
  name NER calls PERSON/ORG as a whole must follow a locative word or be the own name (not
  an alternate, unless of a place in a country the article names) of a prominent place:
  "Gao" yes, "Chen" (an alternate of Chenzhou) no, "Qamishli" in a story about Syria yes;
* a capitalised preposition before a name opens the sentence, it is no part of the name
  ("In Klamath Falls").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from tacitus.geo import normalize
from tacitus.geo.given_names import GIVEN_NAMES
from tacitus.geo.people import first_name, initials_before, quoted_speaker, stems
from tacitus.geo.records import (
    ADMIN1,
    ADMIN2,
    COUNTRY,
    POPULATED,
    REGION,
    GazetteerLike,
    PlaceRecord,
)
from tacitus.geo.supplement import ADMIN1_ABBREVIATIONS, ADMIN_DESIGNATORS, abbreviation_key

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NAME_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})
def _place_then_time(scan: _Scan, span: tuple[int, int], ner: tuple[int, int], surface: str, locative: bool) -> bool:
    """NER took a place and the time after it for one TIME span ("fired at Kharkiv overnight")."""
    return (locative and not scan.caps and span[0] == ner[0] and _TIME_TAIL.match(scan.text, span[1], ner[1]) is not None
            and not _DATE_WORD.fullmatch(surface))


# "missiles at Kharkiv overnight" tagged TIME as a whole: after a locative, a name followed only by
# a time word is the place, the rest the time
_TIME_TAIL = re.compile(r"\s+(?:overnight|yesterday|today|tonight|(?:(?:last|this|early|late|on)\s+)?(?:night|morning|afternoon|evening|week|weekend|"
                        r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)|the\s+(?:following|next|previous|same)\s+(?:day|night|morning|evening|week))\W*$", re.I)
_DATE_WORD = re.compile(r"(?:jan|febr)uary|march|april|may|june|july|august|(?:sept|nov|dec)ember|october|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
                        r"|christmas|easter|ramadan|eid|spring|summer|autumn|winter", re.I)
TIME_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
# what a real date or time span holds: a figure, a month, a weekday or season, or a word of time
_TIMELY = re.compile(r"\d|\b(?i:years?|months?|weeks?|days?|nights?|hours?|minutes?|decades?|century|ago|today|tonight|"
                     r"yesterday|tomorrow|morning|afternoon|evening|dawn|dusk|noon|midnight|"
                     r"one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|first|second|third)\b")


def _timeless_after_locative(scan: _Scan, ner: tuple[int, int], locative: bool) -> bool:
    """NER called a name after "in"/"near" a date or a time though it holds no figure, month, weekday
    or word of time ("embedded with US forces in Manbij near the border" tagged DATE): the label is
    the model's slip and the gazetteer's reading stands."""
    if not locative or scan.caps:
        return False
    words = scan.text[ner[0]:ner[1]]
    return _TIMELY.search(words) is None and _DATE_WORD.search(words) is None

PROMINENT_POPULATION = 100_000
CAPS_PROMINENT_POPULATION = 1_000_000
STANDALONE_POPULATION = 50_000
MAX_TOKENS = 6

# Lower-case words allowed inside a multi-word name ("Deir ez-Zor", "Bosnia and Herzegovina").
CONNECTORS = frozenset(
    {"de", "del", "della", "des", "du", "da", "do", "dos", "das", "di", "la", "le", "les", "el",
     "al", "ez", "es", "er", "ed", "ad", "ash", "as", "az", "an", "ar", "of", "the", "and", "y",
     "en", "am", "im", "upon", "sur", "on", "bin", "ibn", "bou", "ben"}
)  # fmt: skip

# Words that, right before a name, say it is a place ("near Gao", "northern Mali").
LOCATIVES = frozenset(
    {"in", "near", "at", "outside", "from", "into", "towards", "toward", "around", "across",
     "through", "via", "inside", "within", "northern", "southern", "eastern", "western",
     "central", "northeastern", "northwestern", "southeastern", "southwestern", "reached",
     "entered", "captured", "seized", "attacked", "shelled", "bombed", "besieged", "fled",
     "stormed", "overran", "retook", "recaptured", "surrounded", "raided", "held", "defended",
     "hit", "struck", "took", "liberated", "occupied", "encircled", "abandoned", "evacuated",
     "controlled", "visited", "arrived", "returned", "displaced", "bombarded", "pounded"}
)  # fmt: skip
# Words that, followed by "of", put a name after them ("north of Gao", "the town of Djibo").
OF_HEADS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
     "outskirts", "suburbs", "suburb", "village", "villages", "town", "towns", "city", "province",
     "region", "district", "state", "capital", "governorate", "department", "county", "area",
     "vicinity", "centre", "center", "heart", "streets", "residents", "part", "parts",
     "municipality", "locality", "commune", "prefecture", "outskirt", "edge", "environs", "outside",
     "entrance", "entrances", "approaches", "gates", "inhabitants", "mayor"}
)  # fmt: skip
# Between two names of one list ("in Gao, Kidal and Menaka"). After a bare comma the list
# must go on or end ("In Mali, Tarabulus said" is not a list).
_LIST_AND = re.compile(r",?\s+(and|or)\s+")
_LIST_COMMA = re.compile(r"\s*,\s*")
_LIST_GOES_ON = re.compile(r"\s*([,.;:)]|(and|or)\s)")

TITLES = frozenset(
    {"mr", "mrs", "ms", "dr", "president", "general", "gen", "col", "colonel", "captain", "capt",
     "lt", "lieutenant", "sgt", "sergeant", "major", "minister", "governor", "gov", "senator",
     "sen", "rep", "king", "queen", "prince", "princess", "sheikh", "shaykh", "imam", "bishop",
     "pope", "father", "brother", "sister", "commander", "cmdr", "chief", "judge", "justice",
     "mullah", "emir", "sultan", "ambassador", "secretary", "spokesman", "spokeswoman",
     "officer", "private", "corporal", "admiral", "marshal", "professor", "prof", "rev",
     "reverend", "lord", "lady", "sir", "dame", "mayor", "deputy", "premier", "chancellor"}
)  # fmt: skip

# Function words: never a place by themselves (they decide ALL-CAPS text: "IN", "US", "IT").
FUNCTION_WORDS = frozenset(
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
        "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
        "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few",
        "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him",
        "his", "how", "i", "if", "in", "into", "is", "it", "its", "just", "me", "more", "most", "my",
        "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "out",
        "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their",
        "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under",
        "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who",
        "whom", "why", "will", "with", "would", "you", "your", "yet", "per", "via", "upon", "said",
        "says", "told", "amid", "among", "despite", "since", "toward", "towards", "near", "inside",
        "outside", "across", "along", "within", "without", "according", "today", "yesterday",
        "tomorrow",
    }
)  # fmt: skip

# Capitalised common words that are also GeoNames places (checked on the whole name).
COMMON_WORDS = frozenset(
    {
        "police", "mobile", "reading", "union", "march", "may", "june", "april", "august", "of", "van",
        "bar", "split", "nice", "bath", "sale", "orange", "chase", "best", "hope", "independence",
        "liberty", "unity", "victory", "justice", "peace", "progress", "security", "defence",
        "defense", "army", "navy", "government", "president", "general", "colonel", "mayor",
        "governor", "minister", "prime", "ministry", "interior", "church", "islam", "muslim",
        "christian", "congress", "parliament", "senate", "court", "central", "north", "south", "east",
        "west", "northern", "southern", "eastern", "western", "upper", "lower", "middle", "great",
        "new", "old", "little", "big", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "january", "february", "july", "september", "october", "november",
        "december", "republic", "democratic", "national", "federal", "state", "states", "city", "town",
        "village", "province", "region", "district", "county", "lake", "river", "mount", "bay",
        "island", "islands", "valley", "coast", "gulf", "sea", "ocean", "media", "radio", "television",
        "press", "news", "post", "times", "herald", "star", "sun", "mirror", "guardian", "telegraph",
        "hospital", "university", "college", "school", "airport", "street", "road", "camp", "base",
        "mission", "council", "committee", "commission", "party", "front", "movement", "forces",
        "force", "brigade", "battalion", "division", "regiment", "guard", "guards", "militia",
        "rebels", "rebel", "troops", "soldiers", "officials", "official", "authorities", "residents",
        "witnesses", "sources", "reuters", "ap", "afp", "associated", "agence", "bbc", "cnn", "al",
        "jazeera", "human", "rights", "watch", "amnesty", "international", "red", "cross", "crescent",
        "world", "bank", "food", "programme", "program", "nations", "united", "african", "asian",
        "european", "american", "arab", "kurdish", "islamic", "alliance", "coalition", "opposition",
        "assembly", "office", "department", "agency", "service", "services", "commerce", "trade",
        "energy", "oil", "gas", "power", "water", "health", "education", "emergency", "relief", "aid",
        "humanitarian", "refugee", "refugees", "camps", "border", "borders", "crossing", "checkpoint",
        "market", "mosque", "temple", "bridge", "highway", "port", "harbour", "harbor", "station",
        "square", "palace", "house", "hall", "centre", "center", "tower", "towers", "building",
        "plaza", "park", "garden", "prison", "jail", "barracks", "headquarters", "embassy",
        "consulate", "hotel", "zone", "area", "sector", "line", "lines", "conflict", "war",
        "ceasefire", "truce", "deal", "talks", "summit", "meeting", "conference", "election",
        "elections", "vote", "poll", "polls", "strike", "strikes", "protest", "protests", "marches",
        "riot", "riots", "clash", "clashes", "attack", "attacks", "bomb", "bombs", "blast",
        "explosion", "gunmen", "militants", "fighters", "jihadists", "insurgents", "bandits",
        "herders", "farmers", "civilians", "people", "children", "women", "men", "family", "families",
        "victims", "dead", "killed", "wounded", "injured", "missing", "hostages", "prisoners", "god",
        "allah", "christmas", "easter", "ramadan", "eid", "lent", "advent", "sabbath", "holy", "saint",
        "saints", "english", "french", "spanish", "arabic", "russian", "chinese", "german", "italian",
        "portuguese", "turkish", "persian", "urdu", "hindi", "swahili", "hausa", "somali", "amharic",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "act",
        "free", "first", "lakes", "industry", "commonwealth", "enterprise", "chapel", "cathedral", "basilica",
        "abbey", "olympic", "olympics", "royal", "federation", "capital",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "charge",
        "downtown", "uptown", "midtown", "northwest", "northeast", "southwest", "southeast", "midwest",
        "northeastern", "northwestern", "southeastern", "southwestern",
        "order", "addition", "turn", "time", "part", "place", "case", "fact", "view", "light",
        "response", "support", "control", "custody", "return", "exchange", "particular", "spite",
        "favor", "favour", "accordance", "touch", "session", "action", "advance", "question", "public",
        "private", "secret", "person", "writing", "hand", "hands", "home", "sight", "danger", "exile",
        "hiding", "command", "mind", "memory", "honor", "honour", "solidarity", "reply",
    }
)  # fmt: skip
# Peoples' names, never a place by themselves though GeoNames may give one to a village or as
# another place's alternate name ("Igbo" finds Igbo-Ukwu): "Igbo leaders" name a people.
PEOPLES = frozenset({"igbo", "ibo", "yoruba", "fulani", "tuareg", "pashtun", "zulu", "xhosa", "kikuyu",
                     "kalenjin", "uyghur", "uighur", "rohingya", "yazidi", "druze", "bedouin"})
_REJECTED_KEYS = frozenset(normalize.name_key(w) for w in COMMON_WORDS | FUNCTION_WORDS | PEOPLES)
# Only in ALL-CAPS text, where "US" is as likely the pronoun as the country. Written with its dots
# ("U.S.") it is never the pronoun: see :func:`_caps_rejected`.
_CAPS_REJECTED_KEYS = frozenset({"us"})
_DIRECTION_AND_DIVISIONS = re.compile(r"(?:(?:north|south|east|west)(?:ern)?|(?:north|south)[\s-]?(?:east|west)(?:ern)?|central)\s+"
                                      r"(?:provinces|regions|states|territories|areas|districts|departments)", re.I)


def _caps_rejected(key: str, surface: str) -> bool:
    """In capitals, "US" alone may be the pronoun ("TOLD US"); "U.S." is the country."""
    return key in _CAPS_REJECTED_KEYS and "." not in surface


def never_a_place(word: str) -> bool:
    """A word that never names a place on its own, whatever the gazetteer holds: a common or a
    function word ("western", "the") or a people's name ("Igbo")."""
    return normalize.name_key(word) in _REJECTED_KEYS

# Abbreviated first words of names, written with a dot ("St. Louis"): the dot does not part them.
_NAME_ABBREVIATIONS = frozenset({"st", "ste", "mt", "ft"})
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?:;\"“”\n]")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    folded: str  # normalize.fold(text), computed once


def tokenize(text: str, split_hyphens: bool = False) -> list[Token]:
    """Word tokens with offsets; a possessive "'s" is cut off ("Ankara's" → "Ankara").

    With ``split_hyphens``, a compound of capitalised parts is cut at its hyphens
    ("Canada-EU", "Asia-Pacific", "Nelson-Creston"): each part may be a name, and the scan
    still finds a hyphenated name whole ("Guinea-Bissau"), since a hyphen joins a run.
    """
    out = []
    for m in _TOKEN.finditer(text):
        word = _POSSESSIVE.sub("", m.group()) if len(m.group()) > 3 else m.group()
        start = m.start()
        parts = word.split("-")
        if split_hyphens and len(parts) > 1 and all(p[:1].isupper() for p in parts) \
                and not _ARTICLE_PREFIXED.match(word):  # fmt: skip
            for part in parts:
                out.append(Token(start, start + len(part), part, normalize.fold(part)))
                start += len(part) + 1
            continue
        out.append(Token(start, start + len(word), word, normalize.fold(word)))
    return out


def is_caps_text(text: str) -> bool:
    """True for text whose case says nothing about names: ALL CAPS (wire style) or all lower
    case (careless scrapes); judged on its letters. Both are scanned without capital cues."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 20:
        return False
    upper = sum(c.isupper() for c in letters) / len(letters)
    return upper > 0.8 or upper < 0.01


_ARTICLE_PREFIXED = re.compile(r"^(?:al|el|ar|as|ad|ash|az|an|at|ed|er|es|ez)[-'’][^\W\d_]", re.IGNORECASE)


def _capitalised(tok: Token) -> bool:
    """Starts with a capital, or with an article before one ("al-Fashir", "ar-Raqqah")."""
    if tok.text[:1].isupper():
        return True
    return bool(_ARTICLE_PREFIXED.match(tok.text)) and tok.text.split("-", 1)[-1][:1].isupper()


def _ordinary_in_caps(folded: str, common: frozenset[str]) -> bool:
    """An ordinary English word or a verb form of one ("waging", "confronted"). Only the -ing and -ed
    endings are undone: a Spanish or Portuguese name's -s or -es ("CORRALES", "BARRANCAS") is its own."""
    if folded in common:
        return True
    return folded.endswith(("ing", "ed")) and any(s in common for s in stems(folded)[1:] if len(s) >= 3)


_SETTLEMENTS = frozenset({"town", "village", "city", "hamlet", "locality", "commune", "municipality", "district", "settlement"})


def _settlement_of(scan: _Scan, i: int) -> bool:
    """Token i follows "the town of", "the village of" and the like."""
    return i >= 2 and _previous_word(scan, i) == "of" and _previous_word(scan, i - 1) in _SETTLEMENTS


def _joined(text: str, left: Token, right: Token) -> bool:
    """Two tokens belong to one run: only spaces, a hyphen or one line break between them
    (wires wrap lines mid-name: "NORTHERN SAN\nSALVADOR")."""
    gap = text[left.end : right.start]
    if gap == ". " and left.folded in _NAME_ABBREVIATIONS:
        return True  # "St. Louis", "Mt. Kenya", "Ft. Worth"
    if gap.lower() in ("'s ", "’s ") and left.folded == "people":
        # "the Democratic People's Republic of Korea" is one name, not "Republic of Korea"; in capitals
        # too ("THE PEOPLE'S REPUBLIC OF CHINA" is no reading of Taiwan)
        return True
    return gap in (" ", "-", " - ") or (gap.strip() == "" and gap.count("\n") <= 1 and len(gap) <= 8)


def runs(text: str, tokens: Sequence[Token], caps: bool) -> list[list[int]]:
    """Runs of token indices that may hold a name: capitalised words and connectors."""
    out: list[list[int]] = []
    current: list[int] = []
    for i, tok in enumerate(tokens):
        usable = caps or _capitalised(tok) or tok.folded in CONNECTORS or tok.folded in ADMIN_DESIGNATORS
        if usable and current and _joined(text, tokens[current[-1]], tok):
            current.append(i)
            continue
        if current:
            out.append(current)
        current = [i] if usable else []
    if current:
        out.append(current)
    return out


def _can_bound(tok: Token, caps: bool, first: bool) -> bool:
    """Whether a token may start (first=True) or end a name.

    Names may start with an article or particle ("El Fasher", "La Paz", "As Sulaymaniyah")
    but not end with one, and never start or end with an English function word.
    """
    word = tok.folded
    if first:
        # "El Fasher", "As Sulaymaniyah"; in ALL CAPS an English word is one ("OFFICIALS AT HUANCAYO")
        if word in FUNCTION_WORDS and not (word in normalize.ARTICLES and not caps and _capitalised(tok)):
            return False
        return caps or _capitalised(tok)
    if word in FUNCTION_WORDS or word in CONNECTORS:
        return False
    return caps or _capitalised(tok) or word in ADMIN_DESIGNATORS


def _own_name(surface: str, rec: PlaceRecord) -> bool:
    key = normalize.name_key(surface)
    return key in (normalize.name_key(rec.name), normalize.name_key(rec.ascii_name or ""))


def _prominent(surface: str, cands: Sequence[PlaceRecord], min_population: int = PROMINENT_POPULATION,
               admin1: bool = True, admin2: bool = True,
               trusted: frozenset[str] | None = frozenset()) -> bool:  # fmt: skip
    """Known under this very name as a country or region, an admin1 (if ``admin1``), or a
    place — or an admin2, if ``admin2`` — of ``min_population`` or more.

    Alternate names count only for places in ``trusted`` countries (None: all): "Raqqa" is an
    alternate of Ar Raqqah, but "Chen" (Chenzhou) and "Saratu" (Saratov) are too. Admin2s
    are often named after people ("Keïta"), admin1s after heroes ("Vargas", "Duarte"), so
    stricter callers leave them out."""
    for c in cands:
        # a country's other names of several words are its own ("Holy See", "Great Britain"); one
        # word may be a word ("Car": CAR) or part of a name ("Bank of America")
        if not _own_name(surface, c) and not (trusted is None or c.country in trusted
                                              or (c.kind == COUNTRY and " " in surface.strip())):
            continue
        if c.kind in (COUNTRY, REGION) or (c.kind == ADMIN1 and admin1):
            return True
        if c.population >= min_population and (c.kind in POPULATED or (c.kind == ADMIN2 and admin2)):
            return True
    return False


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclass(frozen=True)
class _Scan:
    text: str
    tokens: Sequence[Token]
    caps: bool
    ner: Sequence[tuple[int, int, str]]
    # Countries whose places may be prominent under an alternate name (None: any).
    trusted: frozenset[str] | None = None
    gaz: GazetteerLike | None = None
    # Names seen as part of a person's or organisation's name ("Georgia" of "Georgia
    # Stevens"): alone they need a locative word before them. Filled as the scan goes.
    person_parts: set[str] = field(default_factory=set)
    # Ordinary English words (lower case): a capitalised word outside them before a surname
    # reads as a first name ("Dewly Nelson"). Empty: only listed given names do.
    common: frozenset[str] = frozenset()


def _previous_word(scan: _Scan, i: int) -> str:
    if i == 0:
        return ""
    prev = scan.tokens[i - 1]
    between = scan.text[prev.end : scan.tokens[i].start]
    if between.strip() not in ("", ".", ","):
        return ""
    return prev.folded


# Titles written short with a dot ("Gen. Lima"); after a full word a dot ends the sentence
# ("… the Ministry of Justice. Azerbaijan has …").
_SHORT_TITLES = frozenset({"mr", "mrs", "ms", "dr", "gen", "col", "capt", "lt", "sgt", "gov", "sen", "rep",
                           "cmdr", "prof", "rev", "st"})


def _title_before(scan: _Scan, i: int) -> bool:
    word = _previous_word(scan, i)
    if word not in TITLES:
        return False
    return "." not in scan.text[scan.tokens[i - 1].end : scan.tokens[i].start] or word in _SHORT_TITLES


def _sentence_initial(scan: _Scan, i: int) -> bool:
    if i == 0:
        return True
    return bool(_SENTENCE_END.search(scan.text[scan.tokens[i - 1].end : scan.tokens[i].start]))


def _locative(scan: _Scan, i: int, last_end: int) -> bool:
    """A locative word, "north of"-style phrase, or list of names leads up to token i."""
    prev = _previous_word(scan, i)
    if prev in LOCATIVES or _motion_to(scan, i):
        return True
    if prev == "between" and normalize.name_key(scan.tokens[i].text) not in scan.person_parts:
        return True  # "between Coggeshall and Braintree", not "between Bush and Steele" once named as people
    if prev == "of" and _previous_word(scan, i - 1) in OF_HEADS:
        return True
    start = scan.tokens[i].start
    if not 0 <= last_end < start:
        return False
    gap = scan.text[last_end:start]
    if _LIST_AND.fullmatch(gap):
        return True
    return bool(_LIST_COMMA.fullmatch(gap)) and _list_goes_on(scan, i)


# Words of going somewhere that make "to" a locative ("drove to Hinton", "a trip to Ada", "moved
# back to Innisfail"); "to" alone is as often a person's ("spoke to Logan").
MOTION_BEFORE_TO = frozenset(
    {"go", "goes", "going", "went", "gone", "come", "comes", "coming", "came", "travel", "travels",
     "travelled", "traveled", "travelling", "traveling", "drive", "drives", "drove", "driving", "driven",
     "fly", "flies", "flew", "flying", "flown", "move", "moves", "moved", "moving", "head", "heads",
     "headed", "heading", "trip", "trips", "journey", "return", "returns", "returned", "returning",
     "back", "relocated", "relocate", "switching", "switched", "honeymoon", "route", "road", "bound",
     "flight", "flights", "train", "trains", "way", "walked", "walk", "sailed", "rode", "transferred",
     "south", "north", "east", "west", "commute", "commuted", "emigrated", "migrated", "deployed"}
)  # fmt: skip


_FROM_BEFORE_TO = re.compile(r"\bfrom\s+(?:[\w'’.-]+\s+){1,5}to\s+$", re.IGNORECASE)


def _motion_to(scan: _Scan, i: int) -> bool:
    """"drove to X", or "from A to X" (a route: "the road from the roundabout to Cirencester")."""
    if _previous_word(scan, i) != "to" or i < 2:
        return False
    start = scan.tokens[i].start
    if _previous_word(scan, i - 1) in MOTION_BEFORE_TO:
        return True
    # "from his father to Prate's office": an owner, not a route's end
    owner = scan.text[scan.tokens[i].end : scan.tokens[i].end + 2] in ("'s", "’s")
    return not owner and bool(_FROM_BEFORE_TO.search(scan.text, max(0, start - 60), start))


_NESTING = re.compile(r"(?:, (?:in (?:the )?)?| (?:area|village|town|hamlet|locality|neighbou?rhood|suburb|district|sub-district|subdistrict|tehsil|commune)"
                      r" (?:of|in) (?:the )?)(?P<name>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})(?=[\s,.;:)!?]|$)")


def _nested_in(scan: _Scan, j: int, cands: Sequence[PlaceRecord]) -> bool:
    """A comma, or a kind word in lower case and "of" or "in", and the name of a division or country
    that holds one of the candidates follow ("Hugo, Oklahoma", "Croft, Yorkshire", "Tarbes, France",
    "the Mir Ali area of North Waziristan"): the writer is placing a town."""
    m = _NESTING.match(scan.text, scan.tokens[j].end)
    if m is None or scan.gaz is None:
        return False
    holders = [c for c in scan.gaz.candidates(m["name"]) if c.kind in (COUNTRY, ADMIN1, ADMIN2) and _division_name(m["name"], c)]
    return any(_holds(h, c) for h in holders for c in cands if c.kind not in (COUNTRY, REGION))


_AREA_AFTER = re.compile(r" (?:area|district|province|region|governorate|county|department|prefecture|municipality)\b(?! (?:of|in) (?:the )?[A-Z])")


def _area_of(scan: _Scan, i: int, j: int) -> bool:
    """"the X area", "the X district": the writer names the land around a place or a division ("clashes in the
    Ansongo area", "shot dead in the Kech district"); where a division follows ("the X area of Y"), it must hold
    the place (``_nested_in``)."""
    return _previous_word(scan, i) == "the" and _AREA_AFTER.match(scan.text, scan.tokens[j].end) is not None


def _division_name(surface: str, rec: PlaceRecord) -> bool:
    """``surface`` is the division's own name, with or without the division word its record ends in
    ("North Waziristan" for "North Wazīristān District")."""
    words = normalize.tokens(rec.name)
    bare = " ".join(words[:-1]) if len(words) > 1 and words[-1] in ADMIN_DESIGNATORS else None
    return _own_name(surface, rec) or (bare is not None and normalize.name_key(surface) == normalize.name_key(bare))


def _holds(holder: PlaceRecord, rec: PlaceRecord) -> bool:
    if holder.country != rec.country:
        return False
    if holder.kind == COUNTRY:
        return True
    inner = rec.admin1 if holder.kind == ADMIN1 else rec.admin2
    return inner is not None and normalize.name_key(inner) == normalize.name_key(holder.name)


def _list_goes_on(scan: _Scan, i: int) -> bool:
    """After the run holding token i, the text continues a list or ends the sentence."""
    j = i
    while j + 1 < len(scan.tokens) and _joined(scan.text, scan.tokens[j], scan.tokens[j + 1]) \
            and (scan.caps or _capitalised(scan.tokens[j + 1])):  # fmt: skip
        j += 1
    return bool(_LIST_GOES_ON.match(scan.text, scan.tokens[j].end)) or scan.tokens[j].end == len(scan.text)


_JOIN_BEFORE = re.compile(r"\s(?:or|and)\s$|,\s$")
_JOIN_AFTER = re.compile(r"^(?:\s(?:or|and)\s|,)")
_OF_BEFORE = re.compile(r"^[A-Z][a-z]+\s+of\s$")
_IN_DIVISION_AFTER = re.compile(r"\s+in\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?i:department|province|state|district|region|county|governorate|prefecture|municipality)")


def _ner_joined(scan: _Scan, span: tuple[int, int], ner: tuple[int, int], label: str) -> bool:
    """NER ran one name over a place that the text lists or places on its own: two towns joined by
    "or"/"and" ("south to Ingham or Townsville" tagged ORG), or a person "of" a town ("Leonard of Ada,
    Oklahoma" tagged PERSON). Read only where the place follows a locative or a division."""
    before, after = scan.text[ner[0] : span[0]], scan.text[span[1] : ner[1]]
    if label == "PERSON" and _OF_BEFORE.match(before) and not after:
        return True
    if not before and _IN_DIVISION_AFTER.fullmatch(after):
        return True  # "near the town of Tame in Arauca department", all tagged ORG: a town, then its division
    return (not before or _JOIN_BEFORE.search(before) is not None) and (not after or _JOIN_AFTER.match(after) is not None)


_OWNS = re.compile(r"['’]s\s+(?:[a-z]+\s+)?[a-z]+")


def _owns_a_thing(scan: _Scan, j: int) -> bool:
    """A possessive and a common noun follow the name ("Rod's career", "Kelly's first attempts")."""
    return _OWNS.match(scan.text, scan.tokens[j].end) is not None


def _acronym(surface: str) -> bool:
    letters = [c for c in surface if c.isalpha()]
    return len(letters) <= 4 and surface.isupper()


_KIN_AFTER = re.compile(r"\s+(?i:tribes?|tribesm[ae]n|clans?|sub-?clans?)\b")


def _accept(scan: _Scan, i: int, j: int, run: list[int], cands: Sequence[PlaceRecord],
            last_end: int) -> bool:  # fmt: skip
    """Whether tokens i..j (inclusive), which the gazetteer knows, are a place mention."""
    span = (scan.tokens[i].start, scan.tokens[j].end)
    surface = scan.text[span[0] : span[1]]
    key = normalize.name_key(surface)
    if key in _REJECTED_KEYS or (scan.caps and _caps_rejected(key, surface)) or _DIRECTION_AND_DIVISIONS.fullmatch(surface):
        return False  # (nor "the southern provinces", "the Northern Areas": words that describe a part of any country)
    if _KIN_AFTER.match(scan.text, span[1]):
        return False  # "a young man from the Tarabin tribe": a people's name
    if _title_before(scan, i):
        if not scan.caps and _capitalised(scan.tokens[i - 1]) and not _sovereign(surface, cands):
            scan.person_parts.add(key)  # "Mayor Ryan Bingham … Bingham said"
        return False
    if not scan.caps and _person_named(scan, i, j, run, span, cands):
        scan.person_parts.add(key)
        return False
    if not scan.caps and _acronym(surface):  # "BA", "NATO": only country codes like "US", "DRC"
        return any(c.kind in (COUNTRY, REGION) for c in cands)
    if not scan.caps and (_saints_site(scan, i, j) or _direction_only(scan, i, j, run)):
        return False  # "St. Michael's Hospital", "St Peter and St Paul Church"; "Far North Queensland"
    if not scan.caps and _in_organisation_name(scan, i, j, run):
        return False  # "The Washington Post", "Air Zimbabwe", "Real Madrid", "the Texas Rangers"
    if _named_division(scan, j, run) and any(c.kind in (ADMIN1, ADMIN2) for c in cands):
        return True  # "Metcalfe County", "Fars Province": the division word says what it is
    prominent = _prominent(surface, cands, trusted=scan.trusted)
    locative = _locative(scan, i, last_end) or (not scan.caps and (_nested_in(scan, j, cands) or _area_of(scan, i, j)))
    if scan.caps and i < j and scan.common and all(
            scan.tokens[k].folded in scan.common or scan.tokens[k].folded in FUNCTION_WORDS for k in range(i, j + 1)):
        # "LET US" (Letuš), "GOOD HOPE": ordinary words in capitals are a place only as the text's
        # first words, a country, region, admin1 or city of a million ("UNITED STATES", "NEW YORK"),
        # or after a locative as a city of 100,000+
        if i == 0 or _prominent(surface, cands, CAPS_PROMINENT_POPULATION, admin2=False):
            return True
        return locative and _prominent(surface, cands, admin2=False)
    if scan.caps and i == j and _after_given_name(scan, i):
        return False  # "JUDGE CARLOS MORENO VEGA": a surname after a first name
    if scan.caps and i == j and (_before_given_name(scan, i, run) or (not locative and scan.tokens[i].folded in GIVEN_NAMES)) \
            and not _prominent(surface, cands, admin2=False):  # fmt: skip
        # "IN CALI, JUAN CARLOS RUIZ, WHO …": a first name before a second one; "WILL MEET WITH FRANCOIS
        # MITTERRAND": a first name alone is a place only as a big one or after a locative, as in mixed case
        return False
    if scan.caps and i == j:
        if _dotted_country(surface, cands):
            return True  # "U.S.", "U.K.": a country's initials, dots and all, are neither a word nor a surname
        if scan.common and _ordinary_in_caps(scan.tokens[i].folded, scan.common):
            # "AT DAWN", "STATE OF MAXIMUM ALERT", "COFFEE REGIONS", "WAGING STRONG CLASHES" (a verb's
            # -ing or -ed form: the lemma index holds base forms): in capitals an ordinary word is
            # a place only as the text's first word (a dateline), as a country, region or city of a
            # million, or after a locative as an admin1 or city of 100,000+ (all under its own name)
            if i == 0 or _prominent(surface, cands, CAPS_PROMINENT_POPULATION, admin1=False, admin2=False):
                return True
            # "THE TOWN OF RASK": a settlement word and "of" before it say it is a name, whatever else the word is
            return (locative and _prominent(surface, cands, admin2=False)) or _settlement_of(scan, i)
        return locative or _caps_single_word_ok(scan, i, run, surface, cands)
    if not scan.caps and not locative and _surname_after(scan, i, j, run, cands):
        scan.person_parts.add(key)
        return False  # "Kobe Bryant", "Nigel Clough's side": a city's name as a first name
    for start, end, label in scan.ner:
        if label in TIME_LABELS and _overlaps(span, (start, end)) and not _place_then_time(scan, span, (start, end), surface, locative) \
                and not _timeless_after_locative(scan, (start, end), locative):  # fmt: skip
            return False
        if label in NAME_LABELS and _overlaps(span, (start, end)):
            if (start, end) != span and start <= span[0] and span[1] <= end and not (locative and _ner_joined(scan, span, (start, end), label)):
                return False  # part of a longer name
            if not (locative or _prominent(surface, cands, admin2=False, trusted=scan.trusted or frozenset())):
                return False
    if not scan.caps and _inside_unknown_run(scan, i, j, run) and not _prominent(surface, cands, admin2=False):
        return False  # "Andrew Jackson", "Ibrahim Boubacar Keïta", "Ramadi Operations Command"
    if not scan.caps and _name_neighbour(scan, i, j, run):
        scan.person_parts.add(key)
        return False  # "Georgia Stevens", "Vladimir Putin", "Andrew Jordan"
    if key in scan.person_parts and not locative:
        return False  # "Ashley Sutton won … Sutton's rival": the same person again
    if i == j and scan.tokens[i].folded in GIVEN_NAMES and (not locative or _owns_a_thing(scan, j)) \
            and not _prominent(surface, cands, admin2=False, trusted=frozenset()):  # fmt: skip
        # "In 2019, Paul and Maria Keller …": a first name alone is a place only as a big one; after
        # "of" or "through" too when it owns something ("the best years of Rod's career")
        return False
    if prominent or locative:
        return True
    if scan.caps or _sentence_initial(scan, i):
        return False
    return _prominent(surface, cands, STANDALONE_POPULATION, admin1=False, admin2=False, trusted=scan.trusted)


# Last words of the names of newspapers, sports clubs and companies that begin with a place's
# name ("The Washington Post", "Bolton Wanderers", "Malaysia Airlines", "Dallas Mavericks"): the
# place is no mention of its own there; both geoparsing corpora leave it out.
ORGANISATION_TAILS = frozenset(
    {"times", "post", "journal", "tribune", "herald", "gazette", "chronicle", "inquirer", "examiner",
     "courier", "telegraph", "dispatch", "advertiser", "wire", "monitor", "sentinel",
     "bulletin", "standard", "mail", "express", "fc", "afc", "cf", "wanderers", "rovers", "athletic", "athletics", "albion",
     "hotspur", "united", "rangers", "mavericks", "bisons", "yankees", "mets", "dodgers", "giants", "lakers",
     "clippers", "knicks", "nets", "bulls", "celtics", "raptors", "rockets", "spurs", "warriors",
     "steelers", "cowboys", "patriots", "packers", "bears", "lions", "eagles", "saints", "jets",
     "dolphins", "chargers", "raiders", "broncos", "chiefs", "seahawks", "texans", "titans", "colts",
     "jaguars", "ravens", "bengals", "browns", "bills", "vikings", "cardinals", "falcons", "panthers",
     "buccaneers", "redskins", "capitals", "canadiens", "oilers", "flames", "canucks",
     "senators", "predators", "blackhawks", "cubs", "astros", "mariners", "orioles",
     "royals", "twins", "brewers", "phillies", "pirates", "reds", "padres", "marlins", "nationals",
     "airlines", "airways", "analytica", "limited", "ltd", "inc", "plc", "corp", "gmbh"}
)  # fmt: skip
# First words of such names: "Air Zimbabwe", "Real Madrid", "Atletico Madrid", "Inter Milan".
ORGANISATION_HEADS = frozenset({"air", "real", "atletico", "sporting", "inter", "dynamo", "dinamo", "olympique"})
# News agencies whose names are also towns ("Xinhua" is a town in China).
NEWS_AGENCIES = frozenset({"xinhua", "interfax", "kyodo", "yonhap", "bernama", "antara", "wafa", "irna",
                           "tasnim", "kuna", "mena"})


def _in_organisation_name(scan: _Scan, i: int, j: int, run: list[int]) -> bool:
    """The match opens or closes a newspaper's, club's or company's name, or is a news agency's."""
    if scan.tokens[i].folded in NEWS_AGENCIES and i == j:
        return True
    nxt, prev = j + 1, i - 1
    if _university_after(scan, j, run) or _us_college_state(scan, i, j, run):
        return True
    if nxt in run and _joined_by_space(scan, j, nxt):
        tail = [nxt, nxt + 1] if nxt + 1 in run and scan.text[scan.tokens[nxt].end : scan.tokens[nxt + 1].start] == "-" else [nxt]
        if any(scan.tokens[k].folded in ORGANISATION_TAILS for k in tail):  # "Star-Advertiser": its last part
            return True
    return prev in run and _joined_by_space(scan, prev, i) and _capitalised(scan.tokens[prev]) \
        and scan.tokens[prev].folded in ORGANISATION_HEADS  # fmt: skip


def _university_after(scan: _Scan, j: int, run: list[int]) -> bool:
    """A university's name goes on after the place ("Ohio State University", "Florida Atlantic
    University"): the words name a school, wherever its campus is."""
    for k in range(j + 1, min(j + 4, run[-1] + 1)):
        if k not in run or not _joined_by_space(scan, k - 1, k) or not _capitalised(scan.tokens[k]):
            return False
        if scan.tokens[k].folded == "university":
            return True
    return False


_SAINT = re.compile(r"(?:St\.?|Saint|Ste\.?|San|Santa)\s", re.IGNORECASE)
_SAINTS_SITE_AFTER = re.compile(r"(?:['’]s\s+[A-Z]|\s+and\s+(?:St\.?|Saint)\s)")


def _saints_site(scan: _Scan, i: int, j: int) -> bool:
    """A saint's name with "'s" and a capitalised word after it, or joined to another saint's,
    names a church, school or hospital ("St. Michael's Hospital", "St. John's University",
    "St Peter and St Paul Church"), not the towns called after the saint."""
    first = i - 1 if i > 0 and scan.tokens[i - 1].folded in _SAINT_WORDS and _joined(scan.text, scan.tokens[i - 1], scan.tokens[i]) else i
    surface = scan.text[scan.tokens[first].start : scan.tokens[j].end + 1]
    if not _SAINT.match(surface) or len(surface.split()) > 3:
        return False
    before = scan.text[max(0, scan.tokens[first].start - 30) : scan.tokens[first].start]
    return bool(_SAINTS_SITE_AFTER.match(scan.text, scan.tokens[j].end) or _SAINT_AND_BEFORE.search(before))


_SAINT_WORDS = frozenset({"st", "saint", "ste"})
_SAINT_AND_BEFORE = re.compile(r"(?:St\.?|Saint)\s+[A-Z][\w'’-]*\s+and\s+$")


_DIRECTION_KEYS = frozenset({"far", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
                             "upper", "lower", "central", "northeast", "northwest", "southeast", "southwest"})


def _direction_only(scan: _Scan, i: int, j: int, run: list[int]) -> bool:
    """Only direction words, before another capitalised word: they say which part of the name
    that follows is meant ("Far North Queensland", "North West Frontier"), they name no place."""
    if not all(scan.tokens[k].folded in _DIRECTION_KEYS for k in range(i, j + 1)):
        return False
    return j + 1 in run and _joined_by_space(scan, j, j + 1) and _capitalised(scan.tokens[j + 1])


# The US states that news also calls "<name> State" ("New York State", "Washington State").
_STATES_CALLED_STATE = frozenset({"new york", "washington"})


def _us_college_state(scan: _Scan, i: int, j: int, run: list[int]) -> bool:
    """"Mississippi State beat Baylor", "Ohio State's coach": a US state's name and "State",
    ending the name, is a university (its teams, its researchers); US states are not called so,
    but for New York and Washington. "Kentucky State Police" goes on: an agency of the state."""
    state = j if scan.tokens[j].folded == "state" else j + 1
    if state not in run or scan.tokens[state].text != "State" or state + 1 in run or state == i:
        return False
    name = scan.text[scan.tokens[i].start : scan.tokens[state - 1].end]
    if name.lower() in _STATES_CALLED_STATE or scan.gaz is None:
        return False
    return any(c.kind == ADMIN1 and c.country == "USA" and _own_name(name, c) for c in scan.gaz.candidates(name))


def _joined_by_space(scan: _Scan, a: int, b: int) -> bool:
    return scan.text[scan.tokens[a].end : scan.tokens[b].start] in (" ", "-")


def _surname_after(scan: _Scan, i: int, j: int, run: list[int], cands: Sequence[PlaceRecord]) -> bool:
    """A town's or city's one-word name, right before a capitalised word that is no English word,
    title, division word or place and ends the run, is a first name ("Kobe Bryant", "Nigel
    Clough", "Preston Smithers"). Countries, regions and admin1s are never first names here."""
    nxt = j + 1
    if i != j or nxt not in run or nxt + 1 in run or scan.gaz is None or not scan.common:
        return False
    if any(c.kind in (COUNTRY, REGION, ADMIN1) and _own_name(scan.text[scan.tokens[i].start : scan.tokens[j].end], c)
           for c in cands):
        return False
    tok = scan.tokens[nxt]
    if scan.text[scan.tokens[j].end : tok.start] != " " or not _capitalised(tok) or _acronym(tok.text):
        return False
    word = tok.folded
    if word in CONNECTORS or word in ADMIN_DESIGNATORS or word in TITLES or normalize.name_key(tok.text) in _REJECTED_KEYS:
        return False
    if word in ORGANISATION_TAILS or any(s in scan.common for s in stems(word)):
        return False
    return scan.gaz.demonym(tok.text) is None and not _prominent(tok.text, scan.gaz.candidates(tok.text), admin2=False)


_NAME_PARTICLES = frozenset({"san", "santa", "santo", "sao", "saint", "st", "de", "del", "la", "el", "los", "las"})


def _after_given_name(scan: _Scan, i: int) -> bool:
    """In capitals, token i follows a listed given name ("CARLOS VALENCIA") that is not itself
    part of a place's name ("SAN CARLOS", "PUERTO CARLOS") nor after a locative word."""
    if i == 0 or scan.text[scan.tokens[i - 1].end : scan.tokens[i].start] != " ":
        return False
    prev = scan.tokens[i - 1]
    if prev.folded not in GIVEN_NAMES:
        return False
    before = _previous_word(scan, i - 1)
    return before not in _NAME_PARTICLES and before not in _PLACE_PREFIXES and before not in LOCATIVES


def _before_given_name(scan: _Scan, i: int, run: list[int]) -> bool:
    """In capitals, token i is a listed given name and so is the word right after it in its run
    ("PEDRO LUIS OSORIO", "MARIA ELENA CRUZ"): a person's first names, not a place and a surname."""
    if scan.tokens[i].folded not in GIVEN_NAMES or i + 1 not in run:
        return False
    nxt = scan.tokens[i + 1]
    return scan.text[scan.tokens[i].end : nxt.start] == " " and nxt.folded in GIVEN_NAMES


def _first_name_alone(scan: _Scan, i: int | None, gaz: GazetteerLike) -> bool:
    """Token i is a listed given name, not after a locative, that names no big place."""
    if i is None or scan.tokens[i].folded not in GIVEN_NAMES or _previous_word(scan, i) in LOCATIVES:
        return False
    name = scan.tokens[i].text
    return not _prominent(name, gaz.candidates(name), admin2=False)


def _sovereign(surface: str, cands: Sequence[PlaceRecord]) -> bool:
    """A country, region or admin1 under this very name: never taken for a surname."""
    return any(c.kind in (COUNTRY, REGION, ADMIN1) and _own_name(surface, c) for c in cands)


# First words of place names that are not English words ("Kafr Nabl", "Wadi Hadramawt"):
# before a known name they make a longer place name, not a person's.
_PLACE_PREFIXES = frozenset(
    {"kafr", "tal", "tell", "deir", "dayr", "beit", "bayt", "ain", "bir", "jebel", "jabal", "wadi",
     "ras", "khan", "abu", "umm", "bab", "sidi", "qaryat", "nueva", "nuevo", "ciudad", "puerto",
     "porto", "bandar", "kampung", "tanjung", "pulau", "kota", "sungai", "ban", "chak", "hay", "sheikh"}
)  # fmt: skip


def _person_named(scan: _Scan, i: int, j: int, run: list[int], span: tuple[int, int],
                  cands: Sequence[PlaceRecord]) -> bool:  # fmt: skip
    """The text names a person by this word: it is a quoted speaker ('," said Logan'), or a
    single word after initials ("H. W. Bush") or after a first name ("Jeb Bush"). A
    country or region is never a surname; an admin1 ("Tamil Nadu said") may speak."""
    surface = scan.text[span[0] : span[1]]
    if quoted_speaker(scan.text, *span):
        return not _sovereign(surface, cands)
    if i != j or any(c.kind in (COUNTRY, REGION) and _own_name(surface, c) for c in cands):
        return False
    if initials_before(scan.text, span[0]):
        return True
    if i - 1 not in run or scan.text[scan.tokens[i - 1].end : span[0]] != " ":
        return False
    prev = scan.tokens[i - 1]
    if prev.folded in GIVEN_NAMES:
        return _capitalised(prev)
    if not scan.common or scan.gaz is None or prev.folded in _PLACE_PREFIXES:
        return False
    gaz = scan.gaz

    def is_common(word: str) -> bool:
        return word in scan.common or normalize.name_key(word) in _REJECTED_KEYS or word in TITLES \
            or word in ADMIN_DESIGNATORS or word in CONNECTORS  # fmt: skip

    def is_place(word: str) -> bool:
        return gaz.demonym(word) is not None or _prominent(word, gaz.candidates(word), admin2=False)

    return first_name(prev.text, is_common, is_place)


def _dotted_country(surface: str, cands: Sequence[PlaceRecord]) -> bool:
    return bool(_DOTTED_INITIALS.fullmatch(surface)) and any(c.kind == COUNTRY for c in cands)


_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


def _caps_single_word_ok(scan: _Scan, i: int, run: list[int], surface: str,
                         cands: Sequence[PlaceRecord]) -> bool:  # fmt: skip
    """One word in ALL-CAPS text, with no locative before it, is a place only if it opens the
    text (a dateline), a division word follows it ("USULUTAN DEPARTMENT"), or it is the own
    name of a country, region or city of a million. In capitals a surname ("GARCIA",
    "VARGAS", "DUARTE" are all divisions somewhere) looks exactly like a place."""
    if i == 0:
        return True
    nxt = i + 1
    if nxt in run and scan.tokens[nxt].folded.rstrip("s") in ADMIN_DESIGNATORS:
        return True
    return _prominent(surface, cands, CAPS_PROMINENT_POPULATION, admin1=False, admin2=False)


def _name_neighbour(scan: _Scan, i: int, j: int, run: list[int]) -> bool:
    """The match is part of a person's name: a given name comes right before it ("Andrew
    Jordan", "Ashley Sutton"), or it is itself a one-word given name followed by a surname
    ("Georgia Stevens", "Vladimir Putin") — a capitalised word that is no ordinary word,
    title, division word or prominent place ("Victoria Falls" and "Austin Police" stay)."""
    if i - 1 in run and scan.text[scan.tokens[i - 1].end : scan.tokens[i].start] == " ":
        prev = scan.tokens[i - 1]
        if _capitalised(prev) and prev.folded in GIVEN_NAMES:
            return True
    if i != j or scan.tokens[i].folded not in GIVEN_NAMES or j + 1 not in run:
        return False
    nxt = scan.tokens[j + 1]
    word = nxt.folded
    if scan.text[scan.tokens[j].end : nxt.start] != " " or not _capitalised(nxt) or _acronym(nxt.text):
        return False
    if word in CONNECTORS or word in ADMIN_DESIGNATORS or word in TITLES or normalize.name_key(nxt.text) in _REJECTED_KEYS:
        return False
    return not (scan.gaz is not None and _prominent(nxt.text, scan.gaz.candidates(nxt.text), admin2=False))


def _inside_unknown_run(scan: _Scan, i: int, j: int, run: list[int]) -> bool:
    """Capitalised words next to the match that are not connectors or designators."""
    neighbours = [k for k in (i - 1, j + 1) if k in run]
    # a capitalised preposition is no part of a name: it opens the sentence ("In Klamath Falls, …")
    return any(_capitalised(scan.tokens[k]) and scan.tokens[k].folded not in ADMIN_DESIGNATORS
               and not (k == i - 1 and scan.tokens[k].folded in LOCATIVES) for k in neighbours)  # fmt: skip


def _scan_run(scan: _Scan, run: list[int], gaz: GazetteerLike, last_end: int) -> list[tuple[int, int]]:
    """Longest-first gazetteer matches in one run; ``last_end`` ends the previous match.

    A trailing division word stays out of the span when the name without it is a place too
    ("Borno State" → "Borno", "Idlib province" → "Idlib"): resolution reads it as a hint.
    """
    found = []
    pos = 0
    while pos < len(run):
        length = _longest_match(scan, run, pos, gaz, last_end, MAX_TOKENS)
        if length:
            last = run[pos + length - 1]
            if length > 1 and _designator_droppable(scan, run, pos, length, gaz, last_end):
                last = run[pos + length - 2]
            found.append((scan.tokens[run[pos]].start, scan.tokens[last].end))
            last_end = scan.tokens[last].end
        pos += length or 1
    return found


def _named_division(scan: _Scan, j: int, run: list[int]) -> bool:
    """Token j is a capitalised division word that ends the name ("Borno State", "Fars
    Province", "Laurel County"): it belongs to the name, as both geoparsing corpora mark it.
    Not in ALL-CAPS text (where case says nothing), not lower case ("Idlib province": a
    description), and not before another capitalised word ("Kentucky State Police": an
    organisation's name)."""
    tok = scan.tokens[j]
    if scan.caps or tok.folded not in ADMIN_DESIGNATORS or not tok.text[:1].isupper() or j == run[0]:
        return False
    # "Plymouth County Sheriff's Office", "Los Angeles County Fire Department": a US county's full
    # name is "X County", and its agencies keep it (both corpora mark "Plymouth County" there)
    return tok.folded in _WHOLE_NAME_DESIGNATORS or not (j + 1 in run and _capitalised(scan.tokens[j + 1]))


_WHOLE_NAME_DESIGNATORS = frozenset({"county", "parish"})


def _designator_droppable(scan: _Scan, run: list[int], pos: int, length: int,
                          gaz: GazetteerLike, last_end: int) -> bool:  # fmt: skip
    """The match ends in a division word and, without it, names that division too.

    "Borno State" → "Borno" (Borno is a state). "X County" stays whole: that is the full name
    of a US county, as the build keeps it.
    """
    word = scan.tokens[run[pos + length - 1]].folded
    if word not in ADMIN_DESIGNATORS or word == "county" or _named_division(scan, run[pos + length - 1], run):
        return False
    if _longest_match(scan, run, pos, gaz, last_end, length - 1) != length - 1:
        return False
    shorter = scan.text[scan.tokens[run[pos]].start : scan.tokens[run[pos + length - 2]].end]
    return any(c.kind in (ADMIN1, ADMIN2) for c in gaz.candidates(shorter))


def _longest_match(scan: _Scan, run: list[int], pos: int, gaz: GazetteerLike, last_end: int,
                   max_tokens: int) -> int:  # fmt: skip
    """Token count (≤ max_tokens) of the longest accepted name at ``run[pos]``; 0 if none."""
    i = run[pos]
    if not _can_bound(scan.tokens[i], scan.caps, first=True):
        return 0
    for length in range(min(max_tokens, len(run) - pos), 0, -1):
        j = run[pos + length - 1]
        if not _can_bound(scan.tokens[j], scan.caps, first=length == 1):
            continue
        cands = gaz.candidates(scan.text[scan.tokens[i].start : scan.tokens[j].end])
        if cands and _accept(scan, i, j, run, cands, last_end):
            return length
    return 0


def _demonyms(scan: _Scan, gaz: GazetteerLike) -> list[tuple[int, int]]:
    rejected = _REJECTED_KEYS | (_CAPS_REJECTED_KEYS if scan.caps else frozenset())
    return [(t.start, t.end) for t in scan.tokens
            if (scan.caps or _capitalised(t)) and normalize.name_key(t.text) not in rejected
            and gaz.demonym(t.text) is not None]  # fmt: skip


def _scan(scan: _Scan, gaz: GazetteerLike) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for run in runs(scan.text, scan.tokens, scan.caps):
        found += _scan_run(scan, run, gaz, found[-1][1] if found else -1)
    return found


def _article_countries(scan: _Scan, found: list[tuple[int, int]], gaz: GazetteerLike) -> frozenset[str]:
    """Countries the article names outright: countries and admin1s by their own names, and
    demonyms."""
    out: set[str] = set()
    for start, end in found:
        surface = scan.text[start:end]
        out.update(c.country for c in gaz.candidates(surface)
                   if c.kind in (COUNTRY, ADMIN1) and c.country and _own_name(surface, c))  # fmt: skip
    for start, end in _demonyms(scan, gaz):
        rec = gaz.demonym(scan.text[start:end])
        if rec is not None and rec.country:
            out.add(rec.country)
    return frozenset(out)


def _abbreviation_form(key: str) -> str:
    if key.isupper():  # "BC": "BC" or "B.C."
        return re.escape(key) + "|" + "".join(re.escape(c) + r"\." for c in key)
    if key == "WVa":
        return r"W\.\s?Va\.|WVa\.?"
    return re.escape(key) + r"\.?"


# Postal codes that are also words or other abbreviations: only with dots ("Ore.", "La.").
# Capital ones are never taken, dotted or not ("M.D.", "P.A.", "L.A." say other things).
_AMBIGUOUS_CODES = frozenset({"OK", "IN", "OR", "ME", "HI", "ID", "LA", "DE", "CO", "MA", "PA", "MO", "AL",
                              "NE", "ON", "IA", "MI", "MS", "MT", "NT", "ACT", "MD", "CA", "GA", "VA",
                              "AR", "SD", "NS", "UT", "NU", "Cal", "Del", "Penn", "Ind",
                              "Ill", "Miss", "Man", "Mass", "Wash", "Vic", "Tas", "Ga", "La", "Mo", "Pa",
                              "Md", "Ore", "Kan"})  # fmt: skip
_ABBREVIATION_ALT = "|".join(
    _abbreviation_form(k) for k in sorted(ADMIN1_ABBREVIATIONS, key=len, reverse=True) if k not in _AMBIGUOUS_CODES
)
_DOTTED_ALT = "|".join(
    re.escape(k) + r"\."
    for k in sorted(_AMBIGUOUS_CODES & ADMIN1_ABBREVIATIONS.keys(), key=len, reverse=True) if not k.isupper()
)
# "Gainesville, Va.", "Surrey, B.C.", "Austin, TX": a state or province after a town.
_AFTER_TOWN = re.compile(
    rf"(?<=[A-Za-z]), (?P<abbr>(?:{_DOTTED_ALT})|(?:{_ABBREVIATION_ALT})(?![\w.]))"
)
# "In B.C., snow is expected": a dotted capital abbreviation stands alone (not "500 B.C.").
_DOTTED_ALONE = re.compile(
    r"(?<![\w.])(?P<abbr>(?:[A-Z]\.){2,3})(?![\w])"
)


def _abbreviations(text: str, caps: bool) -> list[tuple[int, int]]:
    """States and provinces written as abbreviations ("Ky.", "B.C.", "TX"), in mixed case only."""
    if caps:
        return []
    out = []
    for m in _AFTER_TOWN.finditer(text):
        town = text[max(0, m.start() - 40) : m.start()].split()
        if town and town[-1][:1].isupper():
            out.append((m.start("abbr"), m.end("abbr")))
    for m in _DOTTED_ALONE.finditer(text):
        before = text[max(0, m.start() - 12) : m.start()]
        key = abbreviation_key(m["abbr"])
        if key and key not in _AMBIGUOUS_CODES and not re.search(r"\d\s*$", before):
            out.append((m.start("abbr"), m.end("abbr")))
    # "Washington, D.C." is the city's name, one mention.
    out = [(w.start(), e) if (w := _WASHINGTON.search(text, 0, s)) and w.end() == s else (s, e) for s, e in out]
    return sorted(set(out))


_WASHINGTON = re.compile(r"\bWashington,? $")


def _clean_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "the " and a trailing possessive from an NER span."""
    if text[start : start + 4].lower() == "the ":
        start += 4
    m = _POSSESSIVE.search(text[start:end])
    return start, (start + m.start()) if m else end


# A dateline in capitals that opens a line or follows the headline's full stop, in mixed-case text
# ("GALWAY — The mayor …", "ST. PAUL – St. Paul police …", "HOBOKEN, N.J. -- …"): followed
# by a comma, a bracket or a dash, or (at a line's start) by the story's first capitalised word.
_CAPS_WORD = r"[A-Z][A-Z'’.-]*[A-Z.]"
_CAPS_DATELINE = re.compile(
    rf"(?:^|(?<=[.!?\"”]\s))[ \t]*(?P<place>{_CAPS_WORD}(?: {_CAPS_WORD}){{0,3}})"
    r"(?=\s*(?:,|\(|--|—|–|-\s))|^[ \t]*(?P<lone>" + _CAPS_WORD + r"(?: " + _CAPS_WORD + r"){0,3})(?= [A-Z][a-z])",
    re.MULTILINE,
)


def _caps_datelines(text: str, gaz: GazetteerLike) -> list[tuple[int, int]]:
    """Datelines written in capitals inside mixed-case text that the gazetteer knows."""
    out = []
    for m in _CAPS_DATELINE.finditer(text[:2000]):
        group = "place" if m["place"] else "lone"
        start, end = m.start(group), m.end(group)
        surface = text[start:end].rstrip(".") if not text[start:end].endswith(("ST.", "MT.", "FT.")) else text[start:end]
        end = start + len(surface)
        letters = sum(c.isalpha() for c in surface)
        if letters < 4 or normalize.name_key(surface) in _REJECTED_KEYS or not gaz.candidates(surface):
            continue
        out.append((start, end))
    return out


def find_toponyms(text: str, ner_spans: list[tuple[int, int, str]] | None, gaz: GazetteerLike,
                  common_words: frozenset[str] = frozenset()) -> list[tuple[int, int, str]]:  # fmt: skip
    """Place-name spans (start, end, surface) in text order, without overlaps.

    NER GPE/LOC/FAC spans come first; a gazetteer scan adds names NER missed or mislabelled,
    and demonyms ("Nigerian") which resolution uses as country context.
    """
    ner = list(ner_spans or [])
    caps = is_caps_text(text)
    spans: list[tuple[int, int]] = [] if caps else _caps_datelines(text, gaz)
    for start, end, label in ner:
        if (label in PLACE_LABELS or (label == "NORP" and gaz.demonym(text[start:end]))) and not _KIN_AFTER.match(text, end):
            span = _clean_span(text, start, end)
            if span[1] > span[0] and not any(_overlaps(span, other) for other in spans):
                spans.append(span)
    scan = _Scan(text, tokenize(text, split_hyphens=not caps), caps, ner, gaz=gaz, common=common_words)
    found = _scan(scan, gaz)
    trusted = _article_countries(scan, found, gaz)
    if trusted or scan.person_parts:
        # Scan again: trusting alternate names only in the article's countries, and knowing
        # which names the article uses for people.
        found = _scan(replace(scan, trusted=trusted or None), gaz)
    # NER often cuts a long name short ("SAN JOSE DEL GUAVIARE" → "DEL GUAVIARE", "PUERTO ASIS" →
    # "PUERTO"): a gazetteer name that holds an NER span whole is the mention.
    spans = list(dict.fromkeys(next((f for f in found if f[0] <= a and b <= f[1]), (a, b)) for a, b in spans))
    # and one the gazetteer does not know whose words hold a name it knows and a kind word ("HUANCAYO CITY",
    # "Kotido town"): the name
    spans = list(dict.fromkeys(_known_inside(text, a, b, found, gaz) for a, b in spans))
    if caps:  # NER in capitals takes first names for places too ("FRANCOIS MITTERRAND"): the scan's rule holds
        word_at = {(t.start, t.end): k for k, t in enumerate(scan.tokens)}  # a span of one word: that word's index
        spans = [(a, b) for a, b in spans if not _first_name_alone(scan, word_at.get((a, b)), gaz)]
    found += _demonyms(scan, gaz)
    abbreviations = _abbreviations(text, scan.caps)
    spans += [a for a in abbreviations if not any(_overlaps(a, other) for other in spans)]
    for span in sorted(found, key=lambda s: (s[0], -s[1])):
        if not any(_overlaps(span, other) for other in spans):
            spans.append(span)
    if not caps:
        spans = [_with_direction(text, s, e) for s, e in spans]
    return [(s, e, text[s:e]) for s, e in sorted(spans) if not _currency(text, s, e) and (caps or not _office_of(text, s))]


_KIND_TAIL = re.compile(r"\s+(?i:city|town|village)$")  # (not "Taftan County": a division's name is no town's)


def _known_inside(text: str, a: int, b: int, found: list[tuple[int, int]], gaz: GazetteerLike) -> tuple[int, int]:
    """The NER span (a, b), or the name the gazetteer found inside it where the span is that name and a kind word."""
    inner = next((f for f in found if a <= f[0] and f[1] <= b and (f[0], f[1]) != (a, b)), None)
    if inner is None or inner[0] != a or not _KIND_TAIL.fullmatch(text[inner[1] : b]) or gaz.candidates(text[a:b]):
        return (a, b)
    return inner


# A capitalised direction before a name is part of it ("West Wales", "Southern California", "North
# London", "Upper Edmonton", "Greater Toronto Area"); resolution looks the name up without it.
DIRECTION_WORDS = frozenset(
    {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Upper", "Lower",
     "Greater", "Central", "Northeast", "Northwest", "Southeast", "Southwest", "Northeastern",
     "Northwestern", "Southeastern", "Southwestern", "Inner", "Outer"}
)  # fmt: skip
_DIRECTION_BEFORE = re.compile(r"(?<![\w'’-])(?<!Far )(?P<word>[A-Z][a-z]+) $")


def _with_direction(text: str, start: int, end: int) -> tuple[int, int]:
    m = _DIRECTION_BEFORE.search(text, max(0, start - 14), start)
    return (m.start("word"), end) if m and m["word"] in DIRECTION_WORDS else (start, end)


# A title or a national institution "of" the place: "the President of Ghana", "Crown Prince of
# Dubai", "the Minister of Defence of Chile", "the Bank of Canada", "the Embassy of Peru". The
# place names whose office it is, not where anything is; both geoparsing corpora leave it out
# (capitalised titles only: "the people of Kigali" is marked by one corpus and not the other).
_OFFICE_WORDS = (
    "President|Vice-President|Minister|Ministers|Secretary|Prince|Princess|King|Queen|Emir|Sultan|Ruler|"
    "Governor|Mayor|Premier|Chancellor|Speaker|Ambassador|Envoy|Consul|Plenipotentiary|Commissioner|"
    "Chairman|Chairwoman|Chairperson|Archbishop|Bishop|Patriarch|Catholicos|Archduke|Duke|Duchess|Earl|"
    "Bank|Embassy|Consulate"
)
_OFFICE_OF = re.compile(
    rf"\b(?:{_OFFICE_WORDS})(?: (?:of|for)(?: the)? [A-Z][\w'’-]*(?: (?:and )?[A-Z][\w'’-]*)*)? of (?:the )?$"
)


def _office_of(text: str, start: int) -> bool:
    """The name ends an office's title or an institution's name ("Prime Minister of Peru")."""
    return bool(_OFFICE_OF.search(text, max(0, start - 80), start))


_CURRENCY_AFTER = re.compile(r"\$|\s?dollars?\b", re.IGNORECASE)


def _currency(text: str, start: int, end: int) -> bool:
    """A country's name that is part of a currency's: "$US1.7 billion", "US$3.7m", "40 US dollars"."""
    return text[start - 1 : start] == "$" or bool(_CURRENCY_AFTER.match(text, end))
