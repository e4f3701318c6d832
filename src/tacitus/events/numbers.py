"""Numbers as news writes them: "12", "1,500", "2.3 million", "seven", "twenty-one", "a dozen",
"dozens", "scores", "hundreds", "between 10 and 15", with the qualifier kept.

Vague quantities follow ACLED's conservative coding: "dozens" = 12, "hundreds" = 100,
"thousands" = 1,000, "several"/"many" = 10 (see DESIGN.md, counts).
"""

from __future__ import annotations

import re

from tacitus.model import Count

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
# vague word → (low, best, high)
_VAGUE = {
    "a dozen": (12, 12, 12), "half a dozen": (6, 6, 6), "two dozen": (24, 24, 24), "three dozen": (36, 36, 36),
    "dozens": (12, 12, None), "several dozen": (12, 12, None), "a few dozen": (12, 12, None), "scores": (20, 20, None), "hundreds": (100, 100, None), "thousands": (1000, 1000, None),
    "tens of thousands": (10000, 10000, None), "hundreds of thousands": (100000, 100000, None),
    "millions": (1_000_000, 1_000_000, None), "several": (2, 10, None), "many": (2, 10, None),
    "numerous": (2, 10, None), "a number of": (2, 10, None), "a few": (2, 3, None), "a handful of": (2, 3, None),
    "a couple of": (2, 2, 2), "a score of": (20, 20, 20),
}
_SPELLED = "|".join(sorted(list(_UNITS) + list(_TENS), key=len, reverse=True))
_WORDNUM = rf"(?:(?:{_SPELLED})(?:[\s-]+(?:{_SPELLED}|hundred|thousand|and(?=[\s-]+(?:{_SPELLED})\b)))*)"  # "two hundred and fifty", not "two and"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
_SCALE = r"(?:\s+(?:hundred|thousand|million|billion))?"
NUM = rf"(?:{_DIGITS}{_SCALE}|{_WORDNUM}{_SCALE})"
_VAGUE_RE = "|".join(re.escape(v) for v in sorted(_VAGUE, key=len, reverse=True))
QUALIFIER = (
    r"(?:at\s+least|not\s+less\s+than|no\s+fewer\s+than|more\s+than|over|upwards\s+of|in\s+excess\s+of|nearly|almost|close\s+to"
    r"|about|around|approximately|roughly|some|an\s+estimated|estimated|up\s+to|as\s+many\s+as|fewer\s+than|less\s+than|under"
    r"|at\s+most|a\s+total\s+of|a\s+further|another|an\s+additional)"
)
COUNT = (
    rf"(?:(?P<q>{QUALIFIER})\s+)?"
    rf"(?:between\s+(?P<lo>{NUM})\s+and\s+(?P<hi>{NUM})|(?P<a>{NUM})\s*(?:-|–|to|or)\s*(?P<b>{NUM})(?!\s*-?\s*year)|(?P<n>{NUM})|(?P<v>{_VAGUE_RE}))"
)
COUNT_RE = re.compile(rf"\b{COUNT}\b", re.IGNORECASE)


def parse_number(text: str) -> int | None:
    """An integer from digits or English words; None if it is not a number."""
    t = text.lower().replace("–", "-").strip()
    m = re.fullmatch(rf"({_DIGITS})(?:\s+(hundred|thousand|million|billion))?", t)
    if m:
        value = float(m[1].replace(",", ""))
        if m[2]:
            value *= _SCALES[m[2]]
        return round(value)
    total, current = 0, 0
    words = [w for w in re.split(r"[\s-]+", t) if w and w != "and"]
    if not words:
        return None
    for w in words:
        if w in _UNITS:
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w == "hundred":
            current = max(current, 1) * 100
        elif w in ("thousand", "million", "billion"):
            total += max(current, 1) * _SCALES[w]
            current = 0
        else:
            return None
    return total + current


def to_count(m: re.Match[str]) -> Count | None:
    """The Count a :data:`COUNT_RE` match stands for, qualifier applied."""
    q = (m["q"] or "").lower()
    q = re.sub(r"\s+", " ", q)
    if m["v"]:
        low, best, high = _VAGUE[re.sub(r"\s+", " ", m["v"].lower())]
        return Count(low, best, high, q or m["v"].lower(), m.group())
    if m["lo"] or m["a"]:
        lo = parse_number(m["lo"] or m["a"])
        hi = parse_number(m["hi"] or m["b"])
        if lo is not None and hi is not None and hi >= lo:
            return Count(lo, lo, hi, "between", m.group())
        whole = parse_number(f"{m['a']}-{m['b']}") if m["a"] else None  # "twenty-one", not a range
        return _qualified(whole, q, m.group()) if whole is not None else None
    n = parse_number(m["n"]) if m["n"] else None
    return _qualified(n, q, m.group()) if n is not None else None


def _qualified(n: int, q: str, text: str) -> Count:
    if q in ("at least", "not less than", "no fewer than", "more than", "over", "upwards of", "in excess of"):
        return Count(n, n, None, q, text)
    if q in ("up to", "as many as", "fewer than", "less than", "under", "at most", "nearly", "almost", "close to"):
        return Count(None, n, n, q, text)
    if q in ("about", "around", "approximately", "roughly", "some", "an estimated", "estimated"):
        return Count(None, n, None, q, text)
    return Count(n, n, n, q or None, text)


def add_counts(a: Count | None, b: Count | None) -> Count | None:
    """Sum of two counts of the same event ("12 soldiers and 3 civilians")."""
    if a is None or b is None:
        return a or b

    def plus(x: int | None, y: int | None) -> int | None:
        return None if x is None or y is None else x + y

    return Count(plus(a.low, b.low), plus(a.best, b.best), plus(a.high, b.high), a.qualifier or b.qualifier,
                 f"{a.text}; {b.text}")


def combine_reports(a: Count | None, b: Count | None) -> Count | None:
    """Two reports of the same figure (conflicting sources, a later toll): a range over both."""
    if a is None or b is None:
        return a or b
    lows = [x for x in (a.low, b.low) if x is not None]
    highs = [x for x in (a.high, b.high) if x is not None]
    bests = [x for x in (a.best, b.best) if x is not None]
    return Count(min(lows) if lows else None, max(bests) if bests else None,
                 max(highs) if highs and len(highs) == 2 else None, a.qualifier or b.qualifier, f"{a.text}; {b.text}")
