"""Telling a person from a place that shares the name ("Campbell Paterson", "said Logan").

Many surnames are towns (Paterson, Logan, Nelson, Taylor, Bush), and news names people by
surname once it has introduced them. The scan marks a name as a person's where the text says
so — a first name or an initial right before it, or a quotation attributed to it — and then
drops the bare name elsewhere in the article unless a locative word makes it a place.

Measured on the dev geoparsing sets (GeoWebNews, TR-News), people's surnames were the largest
class of false toponyms that both corpora agree on.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tacitus.geo.given_names import GIVEN_NAMES
from tacitus.saying import SAID

# A quotation attributed to the name: '…," said Logan.' / '…,” Nelson says.'
_SPEECH = rf"(?:{SAID}|recalled|continued|asked|told|tweeted|wrote)"
_QUOTE_THEN_VERB = re.compile(rf"[\"”’'],?\s+{_SPEECH}\s+$")
_CLAUSE_END = re.compile(r"[.,;:!?]|\s*$")
_QUOTE_BEFORE = re.compile(r"[\"”’'],?\s+$")
_VERB_AFTER = re.compile(rf"\s+{_SPEECH}\b")
# Initials before a surname: "George H. W. Bush", "Jon R. Taylor".
_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.\s?)+$")
_FIRST_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?")


def quoted_speaker(text: str, start: int, end: int) -> bool:
    """The name is the speaker of a quotation: '…," said X.' or '…," X said'."""
    before = text[max(0, start - 30) : start]
    if _QUOTE_THEN_VERB.search(before) and _CLAUSE_END.match(text, end):
        return True
    return bool(_QUOTE_BEFORE.search(before)) and bool(_VERB_AFTER.match(text, end))


def initials_before(text: str, start: int) -> bool:
    """One or more initials come right before the name ("H. W. Bush")."""
    before = text[max(0, start - 12) : start]
    return before.endswith(" ") and bool(_INITIALS.search(before[:-1]))


def first_name(word: str, is_common: Callable[[str], bool], is_place: Callable[[str], bool]) -> bool:
    """``word`` reads as someone's first name: a listed given name, or a capitalised word
    that is neither an ordinary English word (nor an inflection of one: "Connecting
    California") nor a place ("Dewly", "Kataraina", "Jeb")."""
    folded = word.lower()
    if folded in GIVEN_NAMES:
        return True
    if not _FIRST_NAME.fullmatch(word) or len(word) < 3:
        return False
    return not any(is_common(stem) for stem in stems(folded)) and not is_place(word)


_SUFFIXES = (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""),
             ("ies", "y"), ("ied", "y"))  # fmt: skip


def stems(word: str) -> list[str]:
    """The word and what it may be an inflection of ("connecting" → "connect", "connecte")."""
    out = [word]
    for suffix, repl in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)] + repl
            out.append(stem)
            if len(stem) > 3 and stem[-1] == stem[-2]:  # "stopped" → "stopp" → "stop"
                out.append(stem[:-1])
    return out
