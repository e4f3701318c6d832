"""Named sites: streets, hospitals, universities, airports, churches, stadiums, prisons.

News places events at sites as often as in towns ("shots were fired on Hutcheson Road",
"taken to Colchester General Hospital", "a bomb at St. Mark's Cathedral"). The gazetteer
knows few of them, so they are found by their head word: one to five capitalised words and
then "Street", "Hospital", "University" … ("Dufferin Street", "Colchester General
Hospital"), or the head word first ("University of Manitoba", "Church of St. Mary").

A site is placed where the text puts it: at a place named inside it ("Colchester" of
"Colchester General Hospital", which it replaces as a mention), else at the nearest town the
article names around it, else nowhere more precise than the article's main division or
country. Its precision is 2 (ACLED: near a town), so a town named in the same sentence
still places an event first.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from tacitus.model import Place

# Head words written after the name ("Dufferin Street", "Manila Cathedral").
HEADS_AFTER = (
    "Street", "Road", "Avenue", "Boulevard", "Drive", "Lane", "Highway", "Square", "Bridge",
    "Airport", "Hospital", "University", "College", "Church", "Cathedral", "Chapel", "Mosque",
    "Synagogue", "Temple", "Shrine", "Castle", "Palace", "Stadium", "Arena", "Prison", "Museum",
    "Gallery", "Theatre", "Theater", "Park", "Centre", "Center",
)  # fmt: skip
# Of these a name made of ordinary words is still a name ("Main Street", "Royal Street").
STREET_HEADS = frozenset({"Street", "Road", "Avenue", "Boulevard", "Drive", "Lane", "Highway", "Square", "Bridge"})
# Head words written before the name ("University of Manitoba").
HEADS_BEFORE = ("University", "Church", "Cathedral", "Basilica", "Mosque", "Palace", "Castle")

# Words that open a sentence or name a time, not a site ("On Monday Street …" never is).
_NOT_NAME = frozenset(
    {"the", "a", "an", "in", "on", "at", "of", "and", "or", "to", "from", "by", "for", "with",
     "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your", "when",
     "while", "after", "before", "but", "if", "as", "monday", "tuesday", "wednesday",
     "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
     "may", "june", "july", "august", "september", "october", "november", "december"}
)  # fmt: skip
# Names made only of these words are kinds of site, not names ("Medical Center").
_GENERIC = frozenset(
    {"medical", "health", "research", "data", "shopping", "community", "national",
     "international", "regional", "general", "central", "city", "town", "state", "federal",
     "county", "district", "public", "private", "new", "old", "main", "high", "north", "south",
     "east", "west", "northern", "southern", "eastern", "western", "upper", "lower", "great",
     "little", "royal", "memorial", "children's", "childrens", "women's", "university",
     "teaching", "military", "police", "detention", "trade", "business", "convention", "world",
     "science", "technology", "arts", "art", "sports", "news", "media", "press", "call", "care",
     "service", "services", "support", "resource", "information", "training", "control",
     "command", "operations", "security", "emergency", "relief", "distribution", "day",
     "family", "youth", "senior", "learning", "treatment", "rehabilitation", "fitness"}
)  # fmt: skip

_WORD = r"(?:St\.|Mt\.|[A-Z]\.|[A-Z][\w’'&-]*)"
_AFTER = re.compile(rf"(?<![\w’'-])(?P<name>{_WORD}(?: {_WORD}){{0,4}}) (?P<head>{'|'.join(HEADS_AFTER)})(?![\w-])")
_BEFORE = re.compile(rf"(?<![\w’'-])(?P<head>{'|'.join(HEADS_BEFORE)}) of (?:the )?(?P<name>{_WORD}(?: {_WORD}){{0,3}})(?![\w-])")
_HEAD_TOWN_HALL = re.compile(r"(?<![\w’'-])(?:Town|City) Hall(?![\w-])")


_POSSESSIVE = re.compile(r"[’']s ")
# A capitalised word right after the head: the site's name goes on ("Avenue West"), or the words
# name something else ("Wall Street Journal").
_NEXT_WORD = re.compile(r" ([A-Z][\w’'-]*)")
_DIRECTIONS = frozenset({"North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest"})


# "the Vatican-owned Bambino Gesu Hospital", "a state-run clinic": who owns or runs it, not its name
_OWNER_WORD = re.compile(r"-(?:owned|run|operated|based|backed|funded|controlled|held|affiliated|linked)$")


def _words(name: str) -> list[str]:
    return [w.lower().rstrip(".") for w in name.split()]


def _trim(text: str, start: int, name: str) -> tuple[int, str] | None:
    """Drop leading words that open a sentence, name a time or say who owns the site ("Vatican-owned");
    None if nothing is left."""
    words = name.split(" ")
    while words and (words[0].lower().rstrip(".,") in _NOT_NAME or _OWNER_WORD.search(words[0])):
        start += len(words[0]) + 1
        words = words[1:]
    if not words:
        return None
    return start, " ".join(words)


def find_sites(text: str) -> list[tuple[int, int]]:
    """Spans of named sites, in text order, without overlaps (longest first)."""
    found: list[tuple[int, int]] = []
    for m in _AFTER.finditer(text):
        if m["head"] in ("Center", "Centre") and text.startswith(" for ", m.end()):
            continue  # "Southern Poverty Law Center for …": an organisation
        after = _NEXT_WORD.match(text, m.end())
        if after and after[1].lower() not in _NOT_NAME and after[1] not in _DIRECTIONS:
            continue  # "The Wall Street Journal", "the National Highway Traffic Safety Administration"
        end = m.end() + (len(after[0]) if after and after[1] in _DIRECTIONS else 0)  # "Eglinton Avenue West"
        trimmed = _trim(text, m.start("name"), m["name"])
        if trimmed is None:
            continue
        start, name = trimmed
        if m["head"] not in STREET_HEADS and all(w in _GENERIC for w in _words(name)):
            continue  # "Medical Center"; but "Royal Street", "Main Street" are streets' own names
        found.append((start, end))
    for m in _BEFORE.finditer(text):
        found.append((m.start(), m.end()))
    for m in _HEAD_TOWN_HALL.finditer(text):
        found.append((m.start(), m.end()))
    out: list[tuple[int, int]] = []
    for span in sorted(found, key=lambda s: (-(s[1] - s[0]), s[0])):
        if not any(span[0] < b and a < span[1] for a, b in out):
            out.append(span)
    return sorted(out)


def site_places(text: str, places: Sequence[Place], caps: bool = False) -> list[Place]:
    """``places`` with named sites added: a place named inside a site gives way to the site
    and lends it its point; other sites take the nearest town around them."""
    if caps:
        return list(places)
    sites = find_sites(text)
    if not sites:
        return list(places)
    kept = list(places)
    towns = [p for p in places if p.start is not None and p.feature not in _AREAS and p.precision == 1
             and p.lat is not None]  # fmt: skip
    out: list[Place] = []
    for start, end in sites:
        owner = next((p for p in kept if p.start == start and p.end is not None
                      and _POSSESSIVE.match(text, p.end)), None)  # fmt: skip
        if owner is not None and owner.end is not None:  # "Toronto's Pearson Airport": Toronto's site
            start = _POSSESSIVE.match(text, owner.end).end()  # type: ignore[union-attr]
        inside = [p for p in kept if p.start is not None and p.end is not None and start <= p.start and p.end <= end]
        if any(p.start is not None and p.end is not None and p.start < end and start < p.end
               and not (start <= p.start and p.end <= end) for p in kept):  # fmt: skip
            continue  # a place that straddles the site's edge: leave both as they are
        anchor = owner or next((p for p in inside if p.lat is not None and p.feature not in _AREAS), None)
        if anchor is None and not _NAMED_FOR.search(text[start:end]):
            # a site with a division inside ("Laurel County Detention Center") leaves it standing
            anchor = _nearest(towns, start, end, text) or (None if inside else _story_town(towns))
        if anchor is None:
            continue
        kept = [p for p in kept if p not in inside]
        name = text[start:end]
        out.append(Place(name=name, country=anchor.country, admin1=anchor.admin1, admin2=anchor.admin2,
                         lat=anchor.lat, lon=anchor.lon, precision=max(anchor.precision, 2), feature="site",
                         text=name, start=start, end=end))  # fmt: skip
    return sorted([*kept, *out], key=lambda p: p.start or 0)


# Institutions are often named for somewhere else, and written of far from it ("Cornell
# University", "Colorado State University" in a story from Miami): only a town in their own
# name places them.
_NAMED_FOR = re.compile(r"\b(?:University|College)\b")
_AREAS = frozenset({"country", "region", "admin1", "admin2", "site"})


def _story_town(towns: Sequence[Place]) -> Place | None:
    """Where a local story puts a site it names with no town nearby ("in the 400 block of Assiniboine
    Avenue"): the town it names most often (the first named of those tied), the story's own town."""
    if not towns:
        return None
    counts = Counter((p.name, p.country) for p in towns)
    first = min(towns, key=lambda p: (-counts[(p.name, p.country)], p.start or 0))
    return replace(first)


def _nearest(towns: Sequence[Place], start: int, end: int, text: str, window: int = 150) -> Place | None:
    """The town named closest to a site in its paragraph, within ``window`` characters."""
    best: tuple[int, Place] | None = None
    for p in towns:
        gap = start - (p.end or 0) if (p.end or 0) <= start else (p.start or 0) - end
        between = text[min(end, p.end or 0) : max(start, p.start or 0)]
        if "\n\n" in between:
            continue
        if 0 <= gap <= window and (best is None or gap < best[0]):
            best = (gap, p)
    return replace(best[1]) if best else None
