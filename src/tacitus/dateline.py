"""The dateline at the top of a wire story: "MAIDUGURI, Nigeria (Reuters) —",
"LIMA (PERU), 12 MAY 90 (EFE) --".

It says where the report was filed; places and names in it are never actors of an event.
"""

from __future__ import annotations

import re

# "12 MAY 90", "June 11 89", "April 05, 2018", "NO DATE"
_DATE = r"(?:\d{1,2}\s+[A-Za-z]{3,9}\.?\s*\d{0,4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s*\d{0,4}|NO\s+DATE)"
# a capital letter, then letters (accented too: "LOMÉ", "BOGOTÁ", "São Tomé"), spaces, dots, apostrophes, hyphens
_CAP = r"[A-ZÀ-ÖØ-Þ]"
_NAME = r"(?:[^\W\d_]|[ .'’-])"
_DATELINE = re.compile(rf"^\s*(?P<place>{_CAP}{_NAME}{{1,40}}?)"
                       rf"(?:\s*/\s*{_CAP}{_NAME}{{1,40}}?)?"  # a report filed from two towns ("SANAA/ADEN —"): the first
                       rf"(?:\s*\((?P<country>{_CAP}{_NAME}{{1,30}})\))?"  # wire services' "CITY (COUNTRY)"
                       rf"(?:,\s*(?P<extra>{_CAP}{_NAME}{{1,40}}?))?"
                       rf"\s*(?:,\s*{_DATE})?\s*(?:\([^)]{{1,60}}\))?\s*(?:--|—|–|-)\s", re.M)
_NO_CITY = re.compile(r"NO\s+CITY", re.I)  # "NO CITY (PERU), 16 SEP 89 --": filed from somewhere in Peru


def _head(text: str) -> str:
    """The first 300 characters to match a dateline in; lower-cased text ("peshawar, pakistan (nov
    25) - …") in capitals, character for character, so that offsets stay those of the text."""
    head = text[:300]
    if any(c.isupper() for c in head):
        return head
    return "".join(u if len(u := c.upper()) == 1 else c for c in head)


def find_dateline(text: str) -> tuple[int, int, str, str | None] | None:
    """(start, end, place, country-or-region) of the dateline's place, or None. A dateline that
    names no city ("NO CITY (PERU)") gives its country as the place."""
    m = _DATELINE.match(_head(text))
    if not m:
        return None
    if m["country"] and _NO_CITY.fullmatch(m["place"].strip()):
        return m.start("country"), m.end("country"), m["country"].strip(), None
    return m.start("place"), m.end("place"), m["place"].strip(), m["country"] or m["extra"]


def dateline_end(text: str) -> int:
    """Where the dateline ends (after its dash), or 0 when the text has none."""
    m = _DATELINE.match(_head(text))
    return m.end() if m else 0
