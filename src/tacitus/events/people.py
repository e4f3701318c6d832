"""Lists of the people an act struck, as news writes them, and how many people they are.

A list mixes counted groups ("five other priests", "two of her bodyguards"), single people in
the singular ("their cook", "a civilian"), names with their titles ("Senator Luis Galan"), and
appositives that describe someone already listed rather than add a person: an age ("X, 45,"),
a role ("X, head of the clinic,", "X, a member of the party,"), the name of a person just
described ("their cook, Ana Ruiz,"), or a breakdown of a plural ("the nuns, three Italians and
one Kenyan,"). ``list_before`` reads the list that ends where a verb begins ("… were
killed"); ``list_after`` the one that starts after a verb or noun ("murdered …", "the murders
of …"). Both return None unless the text is a list of at least two people, all of them counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from tacitus.actors.names import GIVEN_NAMES
from tacitus.events.numbers import COUNT_RE, to_count

# re.S: wire copy wraps lines inside a phrase ("the departmental\ngovernment secretary")
_DET_ONE = re.compile(r"^(?:an?|one|another|the|his|her|their|its)\s+(?P<rest>.+)$", re.I | re.S)
_POSSESSIVE = re.compile(r"^(?:his|her|their|its|the|these|those)\s+", re.I)
_RESTATES = re.compile(r"^(?:the\s+(?:first|last|other|former|latter)|both|all|each|either|neither)\b", re.I)
_SUBSET = re.compile(r"^of\s+(?:them|whom|those|these)\b", re.I)
_OF_GROUP = re.compile(r"^of\s+(?:his|her|their|its|the|our|my)\b", re.I)
# Words that never stand in a person's name: function words, verbs of reporting, time words.
_NOT_NAME = re.compile(
    r"^(?:the|a|an|of|in|on|at|by|with|for|to|from|who|whom|which|that|was|were|had|has|have|been|being|is|are|be|said|says|"
    r"told|reported|according|also|not|no|all|both|their|his|her|its|our|while|when|where|after|before|during|today|"
    r"yesterday|tonight|ago|as|but|or|if|than|then|there|here|this|these|those|some|many|several|other|others|people|"
    r"persons|one|two|three|four|five|six|seven|eight|nine|ten|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"morning|evening|night|afternoon|police|army|government|whose|instead|meanwhile|furthermore|moreover|however|besides|"
    r"likewise|nevertheless|nonetheless|finally|later|earlier|now|still|yet|thus|therefore|consequently|accordingly|"
    r"similarly|otherwise|first|second|third|lastly|again|believes|thinks|claims|says|insists|added|meanwhile|nobody|none|"
    r"nothing|anyone|everyone|someone|it|they|we|you|i|near|outside|inside|around|behind|along|across|toward|towards|between|"
    r"among|against|into|via|noon|midnight|dawn|so|far)$", re.I)
# The last word of a role, not a name: "X, Patriotic Union presidential candidate," describes X.
_ROLE = re.compile(
    r"^(?:candidate|leader|president|director|secretary|member|rector|mayor|governor|judge|minister|official|chief|commander|"
    r"councilman|councillor|deputy|senator|journalist|reporter|lawyer|attorney|priest|teacher|student|businessman|banker|"
    r"activist|technician|photographer|cameraman|founder|editor|publisher|owner|manager|ideologue|chairman|spokesman|"
    r"head|advisor|adviser|ambassador|consul|magistrate|inspector|officer|agent|driver|bodyguard|guard|trader|farmer|"
    r"doctor|nurse|engineer|pastor|imam|chief|elder|worker|vendor|hopeful|politician|official|lieutenant|captain|colonel)$", re.I)
# Plural common nouns for people ("soldiers", "peasants", "journalists"); a capitalised name may end in -s
# too ("Flores", "Ramos", "Vargas"), so in ALL-CAPS text only these endings say "plural".
_PLURAL_PEOPLE = re.compile(
    r"(?:ers|ors|ants|ents|ians|ists|ards|als|ees|ives|ges|ses|ies|ics|ites|its|ests|ans|ats|uns|ths|ols|ens|ins|ads|ops|els|"
    r"[^aeiou]men|people|children|folk)$", re.I)
_TITLE = re.compile(
    r"^(?:senator|deputy|candidate|president|mayor|judge|colonel|general|major|captain|lieutenant|leader|minister|governor|"
    r"councilman|councillor|magistrate|commander|father|bishop|archbishop|dr\.?|doctor|professor|journalist|attorney|former)$",
    re.I)
_SPLIT = re.compile(r"\s*[,;]\s*(?:and\s+|as\s+well\s+as\s+|(?:along|together)\s+with\s+)?|\s+(?:and|as\s+well\s+as|(?:along|together)\s+with)\s+", re.I)
_AND = re.compile(r"^\s*(?:[,;]\s*)?(?:and|as\s+well\s+as|(?:along|together)\s+with)\s*$", re.I)
# a relative or a companion named after the word: "her daughter Celina", "his companion Lucia Marin"
_KIN = re.compile(r"^(?:daughter|son|wife|husband|companion|brother|sister|mother|father|child|nephew|niece|cousin|driver|"
                  r"bodyguard|secretary|cook|maid|aide|assistant|partner|fianc[ée]e?|girlfriend|boyfriend)$", re.I)
_COLLECTIVE = re.compile(
    r"(?:police|army|military|government|population|community|crowd|group|family|village|town|city|convoy|patrol|unit|"
    r"force|forces|guard|staff|personnel|militia|movement|party|front|embassy|office|headquarters|station|building|company|team|"
    r"committee|ministry|agency|council|commission|department|court|network|radio|newspaper|service|command|source|sources)$", re.I)
# Head words of things, times and measures, not people ("three days", "40 rockets", "a cache of rifles");
# one list for the list reader here and the count patterns of ``events.counts``.
NOT_PEOPLE_WORDS = (
    r"years?|months?|weeks?|days?|hours?|minutes?|mornings?|evenings?|nights?|afternoons?|dawn|dusk|weekends?|noon|midnight|"
    r"kilomet(?:er|re)s?|km|miles?|met(?:er|re)s?|percent|per\s+cent|%|tonnes?|tons?|"
    r"vehicles?|cars?|trucks?|houses?|homes|buildings?|shops?|villages?|towns?|dollars?|\$|euros?|naira|pesos?|"
    r"rounds?|rockets?|missiles?|bombs?|shots?|bullets?|grenades?|mines?|shells?|kg|kilos?|times?|killed|dead|"
    r"o'clock|am|pm|a\.m\.|p\.m\.|"
    # things seized or taken: "seized a large cache of rifles"
    r"cache|caches|weapons?|arms|ammunition|rifles?|guns?|explosives?|drugs?|cocaine|heroin|haul|consignment|shipment|stockpile|"
    r"equipment|documents?|cash|money|vessels?|ships?|boats?|aircraft|planes?|helicopters?|bases?|posts?|checkpoints?|positions?|"
    # acts, not people: "the offensive has brought 20 raids, 14 rebels and 3 policemen killed"
    r"clash(?:es)?|raids?|attacks?|ambush(?:es)?|skirmish(?:es)?|battles?|incidents?|operations?|arrests?|seizures?|bombings?|explosions?")
_NOT_PEOPLE = re.compile(rf"^(?:{NOT_PEOPLE_WORDS})$", re.I)
# Where a list that runs forward stops: a preposition, a clause word, a verb of the clause.
_FORWARD_WORDS = (
    r"--|\s(?:in|on|at|near|by|during|while|when|after|before|who|whom|whose|which|that|as|because|with(?<!along\swith)(?<!together\swith)|for|from|inside|"
    r"outside|yesterday|today|tonight|last|this|early|late|was|were|is|are|has|had|have|carried|committed|perpetrated|"
    r"occurred|took|since|until|over|under|against|into|according|said|says|reported|reports|told|added|stated|announced|"
    r"confirmed|amid|despite)\b")
_FORWARD_STOP = re.compile(rf"[.;:!?\"“”—]|{_FORWARD_WORDS}", re.I)
# a list whose items semicolons set apart runs on over them: "killing the driver, X, 42; a teacher, Y; and Z"
_FORWARD_STOP_SEMI = re.compile(rf"[.:!?\"“”—]|{_FORWARD_WORDS}", re.I)
# Where a list that runs back to its verb starts: a clause word or a verb of reporting.
_BACK_START = re.compile(
    r"[:\"“”—]|--|\b(?:that|when|where|while|after|before|because|since|which|who|whom|whose|said|says|reported|reports|indicates|"
    r"indicated|confirmed|announced|added|stated|learned|revealed|disclosed|where|whereby|but|if)\b", re.I)


# Head nouns of things and happenings, not people: "the extension of the state of siege", "the fact".
THING = re.compile(
    r"(?:tion|sion|ment|ness|ity|ance|ence|ism|ship|hood)$|^(?:fact|case|crime|attack|incident|event|state|siege|area|place|"
    r"time|day|way|matter|issue|death|murder|killing|assassination|massacre|bomb|car|house|home|road|street|law|news|"
    r"report|war|offensive|violence|situation|question|problem|action|act|side|country|nation|region|world|"
    r"bridge|tower|pylon|pipeline|plant|substation|line|bus|plane|train|vehicle|truck|office|station)$", re.I)
_CLAUSE_VERB = re.compile(r"\b(?:have|has|had|were|was|are|is|been|be|died|killed|wounded|injured|said|says|told)\b", re.I)
_PARTICLES = frozenset({"de", "del", "la", "y", "van", "von", "bin", "al", "da", "dos"})


@dataclass(frozen=True, slots=True)
class Item:
    """One comma- or 'and'-separated piece of a list: what kind of phrase it is and how many people it adds."""

    text: str
    kind: str  # count | one | name | plural | desc | title | subset
    n: int = 0
    after_and: bool = False  # joined to the item before by "and" / "as well as"
    comma: bool = True  # a comma stands before it ("X, Y" or "X, and Y"); not in "X and Y"
    semi: bool = False  # a semicolon stands before it: the list's items are set apart by semicolons


_MONTH_AFTER = re.compile(r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|^-?\s*(?:years?|months?)\b", re.I)


def _words(text: str) -> list[str]:
    return re.findall(r"[^\s,;()\[\]]+", text)


def classify(text: str, caps: bool) -> Item | None:
    """What one list item is, or None when it is no person phrase ("on 16 November", "in the attack")."""
    t = re.sub(r"^of\s+", "", text.strip(" ,;.-"), flags=re.I)  # "the murders of X, Y and of Z"
    if not t:
        return None
    if re.fullmatch(r"(?:aged\s+)?\d{1,3}(?:\s*-?\s*years?\s*-?\s*old|\s+years\s+of\s+age)?", t, re.I):
        return Item(t, "desc")  # an age: "X, 45,", "X, 20 years old,"
    if _RESTATES.match(t):
        return Item(t, "desc")
    bare = _POSSESSIVE.sub("", t)
    m = COUNT_RE.match(bare)
    if m and m.end() < len(bare):
        cnt = to_count(m)
        rest = bare[m.end():].strip()
        if cnt is None or cnt.best is None or not rest or _MONTH_AFTER.match(rest) or _CLAUSE_VERB.search(rest):
            return None  # "26 OCT 89": a date, not 26 people; "four guerrillas have died": a clause of its own
        if _SUBSET.match(rest):
            return Item(t, "subset")  # "five of them Spaniards": among the people counted already
        if _OF_GROUP.match(rest) or not _NOT_PEOPLE.match(rest.split()[0]):
            return Item(t, "count", cnt.best)
        return None
    d = _DET_ONE.match(t)
    if d and _CLAUSE_VERB.search(d["rest"]):
        return None
    if d:
        # the head stops at a preposition: "a railroad bridge between X and Y" is a bridge
        head = re.split(r"\s+(?:of|between|near|in|at|on|from|outside|inside|across|along)\s+", d["rest"], maxsplit=1, flags=re.I)[0]
        words = _words(head)
        if not words or COUNT_RE.fullmatch(words[0]):
            return None
        last = words[-1].lower()
        if _NOT_PEOPLE.match(last) or _COLLECTIVE.fullmatch(last) or THING.search(last):
            return None  # "the extension of the state of siege", "the fact": no person
        if len(words) >= 2 and _KIN.match(words[0]):
            return Item(t, "one", 1)  # "her daughter Celina Ramos": one person, whatever the name ends with
        for k, w in enumerate(words[:-1]):
            named = words[k + 1 :]
            plural = bool(_PLURAL_PEOPLE.search(w)) if caps else (w.islower() and w.endswith("s") and not w.endswith("ss"))
            if plural and (len(named) >= 2 if caps else all(x[:1].isupper() for x in named)):
                return Item(t, "name", 1)  # "the Jesuit priests Ignacio Ellacuria, …": the group's word, then its first name
        if last.endswith("s") and not last.endswith(("ss", "'s", "’s")):
            return Item(t, "plural")
        return Item(t, "one", 1)
    if re.search(r"\s+of\s+", t, re.I):
        return Item(t, "desc")  # "rector of the university", "members of the civil defence"
    words = _words(t)
    if len(words) == 1 and _TITLE.match(words[0]):
        return Item(t, "title")
    if not 1 <= len(words) <= 6 or any(_NOT_NAME.match(w) or not re.fullmatch(r"[^\W\d_][\w.'’-]*", w)
                                         or (re.search(r"(?:ed|ing|ly)$", w, re.I) and w.lower() not in GIVEN_NAMES) for w in words):
        return None
    lead = 0
    while lead < len(words) - 1 and (_TITLE.match(words[lead]) or _ROLE.match(words[lead])):
        lead += 1  # "councilman Joao Tavares", "trader Sekou Traore": a title before the name
    if not caps and not all(w[:1].isupper() or w.lower() in _PARTICLES for w in words[lead:]):
        return None
    last = words[-1]
    if caps and (_PLURAL_PEOPLE.search(last) or (len(words) == 1 and last.lower().endswith("s"))):
        return Item(t, "plural")  # "believes", "soldiers": no name
    if _ROLE.match(last):
        return Item(t, "role")  # "Patriotic Union presidential candidate": who someone is, or one person
    return Item(t, "name", 1)


def _items(text: str, caps: bool) -> list[Item | None]:
    out: list[Item | None] = []
    pos = 0
    joiner = ""
    for m in [*_SPLIT.finditer(text), None]:
        piece = text[pos : m.start() if m else len(text)]
        item = classify(piece, caps)
        out.append(Item(item.text, item.kind, item.n, bool(_AND.match(joiner)), "," in joiner or ";" in joiner, ";" in joiner)
                   if item else None)
        if m is None:
            break
        joiner, pos = m.group(), m.end()
    return out


def units(items: list[Item], alone: bool = False) -> list[tuple[str, int]] | None:
    """The people a list of classified items counts, item by item, or None when a plural has no number.

    An item describes the one before it, and adds nobody, when it is an age or a role ("X, 45, rector of
    the university,"), a name after a person in the singular ("their cook, Ana Ruiz"), "a"/"an" after a name
    ("X, a lawyer,"), names after a counted group ("two journalists, Ana Ruiz and Pedro Gil"), or what
    follows such a description without a comma ("leader of the party and the front"). Where semicolons set the
    items apart ("his son, William; Ana Ruiz, the secretary; and a bodyguard"), what a comma adds inside an item
    describes the person the item names.
    """
    # only where the semicolons set every item apart, the last one too ("…; and Z"), not in "X, rector; Y, Z and W"
    semicolons = any(it.semi for it in items) and all(it.semi for it in items if it.after_and)
    out: list[tuple[str, int]] = []
    last: Item | None = None  # the item before, counted or not
    counted: Item | None = None  # the last item that added people
    budget = 0  # names that may still restate a counted group
    describing = False  # the item before described someone rather than adding a person
    breakdown = False  # "the nuns, three Italians and one Kenyan": the numbers count a plural
    for k, it in enumerate(items):
        appositive = False
        if it.kind == "title":
            if it.comma and not it.after_and and counted is not None:
                describing = True  # "X, senator and presidential hopeful,": who X is
            continue  # "Senator and presidential candidate X": one person with two titles
        if semicolons and last is not None and it.comma and not it.semi and not it.after_and:
            appositive = True  # "the mayor's son, William;": William is the son
        elif semicolons and it.semi and it.kind in ("name", "one", "role", "count"):
            pass  # a semicolon opens the next person
        elif describing and not it.comma:
            appositive = True  # "leader of the movement and the front", "an admired friend and a great Colombian"
        elif it.kind in ("desc", "subset"):
            if last is None:
                return None
            appositive = True
        elif it.kind == "role":
            appositive = counted is not None and not it.after_and
        elif it.kind == "plural":
            nxt = items[k + 1] if k + 1 < len(items) else None
            if last is None and nxt is not None and nxt.kind == "count" and not nxt.after_and:
                breakdown = True
                last = it
                continue
            return None
        elif it.kind == "name" and last is not None and (budget > 0 or (last.kind == "one" and not it.after_and)):
            budget = max(0, budget - 1)
            appositive = True
        elif it.kind == "name" and last is not None and last.kind == "desc" and len(_words(it.text)) == 1 and not it.after_and:
            appositive = True  # "leader of the Movement of the Revolutionary Left, MIR,"
        elif it.kind == "one" and not it.after_and and counted is not None and counted.kind in ("name", "role") \
                and last is not None and last.kind in ("name", "role", "desc") and re.match(r"(?:an?|the)\s", it.text, re.I):
            appositive = True  # "Gilda Flores, a lawyer,"
        describing = appositive
        last = it
        if appositive:
            continue
        out.append((it.text, it.n if it.kind != "role" else 1))
        budget = it.n if it.kind == "count" else 0
        counted = it
    people = sum(n for _, n in out)
    if breakdown:
        return out or None
    if alone and len(out) == 1 and items[0].kind in ("name", "one", "role"):
        return out  # "X, 45, head of the council, died": one person named alone, with what describes them
    return out if len(out) >= 2 or (people >= 2 and len(items) >= 2) else None


def list_before(sentence: str, end: int, alone: bool = False) -> tuple[int, list[tuple[str, int]]] | None:
    """The list of people that runs up to ``end`` (a verb: "… were killed"): its start and its people, item by item.
    With ``alone``, one person named with appositives is a list too ("X, 45, a lawyer, died")."""
    left = sentence[:end].rstrip(" ,")
    starts = [m.end() for m in _BACK_START.finditer(left)]
    begin = starts[-1] if starts else 0
    text = left[begin:]
    items = _items(text, sentence.upper() == sentence)
    # the list is the longest run of person phrases that ends at the verb
    k = len(items)
    while k > 0 and items[k - 1] is not None:
        k -= 1
    run = [x for x in items[k:] if x is not None]
    for j in range(len(run) - 1, 0, -1):
        if run[j - 1].kind == "plural" and not (run[j].kind == "count" and not run[j].after_and):
            run = run[j:]  # "launched by FARC rebels, five peasants and four guerrillas died": the list starts after the doers
            break
    while run and (run[0].kind in ("desc", "subset") or (len(run) > 1 and run[0].kind == "name"
                   and len(_words(run[0].text)) == 1 and run[1].kind != "name")):
        run = run[1:]  # "early in the morning of 16 November, X and Y were killed", "Lima, three people…": no person yet
    if any(it.semi for it in run) and all(it.semi for it in run if it.after_and):
        # "near Tibu, Santander, Ana Ruiz, a clerk; Luis Vera, …; and …": where semicolons set the people apart, two
        # bare names before the first semicolon are a place and a person; the list starts at the last of them
        first = next(k for k, it in enumerate(run) if it.semi)
        names = [k for k in range(first) if run[k].kind == "name" and not re.search(r"['’]s?\b", run[k].text)]
        if len(names) >= 2:
            run = run[names[-1]:]
    if len(run) < (1 if alone else 2):
        return None
    run = [replace(run[0], after_and=False), *run[1:]]
    got = units(run, alone)
    if got is None:
        return None
    return begin + text.find(run[0].text), got


_SAYING = re.compile(r"\s(?:said|says|according|reported|reports|told|added|stated|announced|confirmed)", re.I)


def list_after(sentence: str, start: int) -> tuple[int, list[tuple[str, int]]] | None:
    """The list of people that begins at ``start`` ("murdered X, Y and Z in …"): its end and its people, item by item."""
    caps = sentence.upper() == sentence
    stop = _FORWARD_STOP.search(sentence, start)
    text = sentence[start : stop.start() if stop else len(sentence)].rstrip(" ,")
    items = _items(text, caps)
    speaker_cut = False
    if stop is not None and stop.group() == ";":
        wide_stop = _FORWARD_STOP_SEMI.search(sentence, start)
        wide = sentence[start : wide_stop.start() if wide_stop else len(sentence)].rstrip(" ,;")
        wide_items = _items(wide, caps)
        if wide_items and wide_items[-1] is None and wide_stop is not None and _SAYING.match(wide_stop.group()):
            wide_items, speaker_cut = wide_items[:-1], True  # "…; and a farmer, Idris Kano, police said": the speaker ends it
        if len(wide_items) > 1 and all(it is not None for it in wide_items):  # every piece up to the end is a person phrase
            stop, text, items = wide_stop, wide, wide_items
        else:
            speaker_cut = False
    run: list[Item] = []
    for it in items:
        if it is None:
            break
        run.append(it)
    # ("…, a war monitor and rescue workers said": the speakers may end in words no list of victims holds)
    to_speaker = len(run) == len(items) or (len(run) == len(items) - 1 and items[-1] is None)
    if stop is not None and _SAYING.match(stop.group()) and to_speaker and not speaker_cut:
        # "killed X, police spokesman Y said": the last name is the speaker; "killed 30 people, a soldier and two
        # residents told …": the speakers run from the last comma on
        commas = [k for k, it in enumerate(run) if k > 0 and it.comma]
        run = run[: commas[-1]] if commas and not run[-1].comma else run[:-1]
    if len(run) < 2:
        return None
    got = units(run)
    if got is None:
        return None
    return start + text.find(run[-1].text) + len(run[-1].text), got
