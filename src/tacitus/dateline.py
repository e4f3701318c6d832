"""The dateline at the top of a wire story: "MAIDUGURI, Nigeria (Reuters) —".

It says where the report was filed; places and names in it are never actors of an event.
"""

from __future__ import annotations

import re

_DATELINE = re.compile(r"^\s*(?P<place>[A-Z][A-Za-z .'’-]{1,40}?)(?:,\s*(?P<extra>[A-Z][\w .'’-]{1,40}?))?\s*(?:,\s*\d{1,2}\s+\w{3,9}\.?\s*\d{0,4})?\s*(?:\([^)]{1,60}\))?\s*(?:--|—|–|-)\s", re.M)


def find_dateline(text: str) -> tuple[int, int, str, str | None] | None:
    """(start, end, place, country-or-region) of the dateline's place, or None."""
    m = _DATELINE.match(text[:300])
    if not m:
        return None
    return m.start("place"), m.end("place"), m["place"].strip(), m["extra"]


def dateline_end(text: str) -> int:
    """Where the dateline ends (after its dash), or 0 when the text has none."""
    m = _DATELINE.match(text[:300])
    return m.end() if m else 0
