"""Case restoration for ALL-CAPS and all-lower-case text.

spaCy's English pipeline was trained on mixed-case text: on telex-style capitals
("GUERRILLAS ATTACKED A MILITARY POST IN SAN MIGUEL") it tags nearly every word a proper noun
and its parse falls apart. We rewrite the sentence into ordinary case before parsing: lower
case, capitals at sentence starts, and capitals on words known to be names (from the actor
knowledge base, the gazetteer, months and weekdays) that are not ordinary English words.
The result has exactly the original length, so every offset still points into the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tacitus.actors.matcher import text_case

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# a sentence starts the text, follows an end mark or a blank line; a single line break is no sentence start
# (wires wrap their lines mid-sentence: "THE MURDER WAS COMMITTED\nBY TERRORISTS" keeps "by" lower case)
_SENT_START = re.compile(r"(^|[.!?]\s+|\n[ \t]*\n\s*)([\"'“(]*)([^\W\d_])")
_CALENDAR = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


# words of country names that are plain words of their own, left to the sentence to capitalise
_NAME_WORDS = frozenset(["the", "and", "new", "south", "north", "east", "west", "central", "united", "republic", "kingdom", "democratic",
                         "island", "islands", "islander", "city", "coast", "saint", "cape", "minor", "outlying", "ocean", "territory",
                         "sandwich", "heard", "man", "northern", "southern", "western", "eastern", "equatorial", "virgin", "ivory",
                         "isle", "christmas", "jan", "martin", "cook", "marshall", "solomon", "pierre", "helena", "kiwi", "pole"])
# country names that are more often something else in a sentence
_COMMON_COUNTRY_WORDS = frozenset(["turkey", "chad", "jordan", "jersey"])


class CaseRestorer:
    def __init__(self, names: Iterable[str] = (), common: Iterable[str] = ()) -> None:
        common_set = {w.lower() for w in common}
        self._names = {w for w in (n.lower() for n in names) if len(w) > 1 and w not in common_set}
        self._names.update(_CALENDAR)
        self._names.discard("may")  # the verb is far more frequent than the month in news

    def add_names(self, names: Iterable[str], common: Iterable[str] = ()) -> None:
        common_set = {w.lower() for w in common}
        self._names.update(w for w in (n.lower() for n in names) if len(w) > 1 and w not in common_set)

    def add_countries(self, names: Iterable[str]) -> None:
        """Country names and demonyms, which the common words hold ("IN SAN SALVADOR", "THE HONDURAN GOVERNMENT"),
        less the plain words of their names ("South", "Republic", "Coast") and names mostly used as common nouns."""
        self._names.update(w for name in names for w in _WORD.findall(name.lower())
                           if len(w) > 2 and w not in _NAME_WORDS and w not in _COMMON_COUNTRY_WORDS)

    @staticmethod
    def needs(text: str) -> bool:
        return text_case(text) != "mixed"

    def restore(self, text: str) -> str:
        """The same text in ordinary case; same length, same offsets."""
        lowered = text.lower()
        if len(lowered) != len(text):  # a character whose lower case is longer (e.g. 'İ')
            lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        chars = list(lowered)
        for m in _WORD.finditer(lowered):
            if m.group() in self._names:
                chars[m.start()] = chars[m.start()].upper()
        for m in _SENT_START.finditer(lowered):
            pos = m.start(3)
            chars[pos] = chars[pos].upper()
        # "i" as a pronoun
        out = "".join(chars)
        return re.sub(r"(?<!\w)i(?!\w)", "I", out)
