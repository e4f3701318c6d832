"""Date expressions in news text, resolved to intervals against the publication date.

Two entry points share one table of compiled rules:

* :func:`resolve` reads one expression (a NER ``DATE`` span, a regex hit), possibly with a
  leading preposition, and returns a :class:`~tacitus.model.DateSpan` or ``None``;
* :func:`find_dates` finds every expression in a text with the same rules.

Each rule is a regex for the *core* of an expression ("Saturday", "12 March 2015", "last
week") inside an optional frame: a time of day ("the night of", "late on"), a part of a
period ("early", "mid-", "the end of") and the preposition before it ("on", "since"). A rule's
handler turns the core into a span; the frame then narrows it ("late 2019") or opens it
("since 2009"). All rules are also joined into one scanner regex, so :func:`find_dates` reads
a text once rather than once per rule.

What the :class:`DateSpan` fields mean here:

* ``precision`` is the unit the expression is stated in, not the width of the interval:
  "late 2019" is September-December with precision ``year``; "the past two days" is three
  days with precision ``day``.
* ``basis`` is what the span is anchored on: ``explicit`` when the text names the calendar
  date, year included; ``relative`` when the publication date was needed (weekdays, "last
  week", a day written without its year); ``publication`` when the span *is* the publication
  day ("today", "tonight"); ``before_publication`` only for :func:`before_publication`.

No rule fires on durations ("for three years", "six-year"), ages ("10-year-old"), habits
("every Saturday") or bare numbers, so they resolve to ``None``. dateparser is not used: it
reads durations, "we" and "M23" as dates, and costs far more per call than these regexes.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import NamedTuple

from tacitus.model import DateSpan

__all__ = ["ahead", "before_publication", "find_dates", "resolve", "shift_from"]

_ONE_DAY = dt.timedelta(days=1)
# "on 2 January" in a 30 December article is the coming date; a yearless date further ahead
# than this is nearly always last year's.
_FUTURE_GRACE = dt.timedelta(days=14)
# MUC-era wire copy writes two-digit years ("30 DEC 89"); 00-30 are read as this century.
_TWO_DIGIT_PIVOT = 30

_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_MONTHS = {name[:3]: number for number, name in enumerate(_MONTH_NAMES, start=1)}
_WEEKDAYS = {
    name: number
    for number, name in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    )
}
# "the past few days" is a window: "few"/"several" take an upper bound, so the window covers.
_VAGUE_COUNTS = {"few": 7, "a few": 7, "several": 7}
_COUNTS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "couple of": 2, "a couple of": 2,
    **_VAGUE_COUNTS,
}  # fmt: skip
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
# Prepositions that change what the date means; the others ("on", "in", "at dawn on") don't.
_OPENING_PREPS = frozenset({"since", "until", "till", "before", "after"})
# A bare year or month name is a date only after one of these ("in 2014", "since March"):
# "by 2000 soldiers" and "of 2000" are counts too often.
_CONTEXT_PREPS = frozenset({"in", "during", "throughout"}) | _OPENING_PREPS
_PARTS = {"early": "early", "beginning": "early", "start": "early", "mid": "mid",
          "middle": "mid", "late": "late", "end": "late"}  # fmt: skip
# "this may be", "this march was peaceful": month names that are also common words.
_WORDLIKE_MONTHS = frozenset({"may", "march"})

# --- regex building blocks ----------------------------------------------------------------

_MONTH_RX = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?)(?![a-z])"
)
_WEEKDAY_RX = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_DAY_RX = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th)?(?![a-z])"
_YEAR4_RX = r"(?:19|20)\d\d(?!\d)"
# A two-digit year must end the date ("30 DEC 89 (ACAN-EFE) --"), so that "on 3 May 15
# people died" stays "3 May".
_YEAR2_RX = r"\d\d(?=[ \t]*(?:[-–—(),.;:\]\n]|$))"
_YEAR_RX = rf"(?:{_YEAR4_RX}|{_YEAR2_RX})"
_SEP_RX = r"(?P<sep>\s*(?:--?|–|—)\s*|\s+(?:to|and|until|till|through|thru)\s+)"
_RANGE_KW_RX = r"(?:(?P<kw>between|from)\s+)?"
_UNIT_RX = r"(?:hour|day|week|month|year)s?"
_COUNT_RX = (
    r"(?:\d{1,3}|(?:a\s+)?couple\s+of|(?:a\s+)?few|several|an|a|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)"
)
_PREP_RX = (
    r"(?:at\s+(?:dawn|dusk|midnight|noon|night)(?:\s+on)?|on|in|at|by|during|over|throughout"
    r"|within|for|of|since|until|till|before|after)"
)
_TOD_RX = (
    r"(?:(?:the\s+)?(?:night|morning|evening|afternoon|(?:early|small)\s+hours|early\s+morning)"
    r"\s+of|overnight(?:\s+(?:on|into))?|(?:early|late)\s+on)"
)
_PART_RX = r"(?:the\s+)?(?:early|late|mid|(?:beginning|start|end|middle)\s+of)"


def _point_rx(tag: str) -> str:
    """A day date, day-month or month-day, with an optional year; groups prefixed by ``tag``."""
    return (
        rf"(?:(?:the\s+)?(?P<{tag}d1>{_DAY_RX})(?:\s+of)?\s+(?P<{tag}m1>{_MONTH_RX})"
        rf"|(?P<{tag}m2>{_MONTH_RX})\s+(?:the\s+)?(?P<{tag}d2>{_DAY_RX}))"
        rf"(?:,?\s+(?P<{tag}y>{_YEAR_RX}))?"
    )


# How an expression (time of day and part of period included) can begin: a digit or one
# of these words. "the" and "a" begin one only before certain words ("the night of", "the
# 1990s", "a week ago"), so they are listed with them. The scanner checks for one of them
# before trying any rule: most words cannot begin a date, and rejecting them early makes
# scanning several times faster. A start missing here is never found, so the tests of
# resolve() (which uses the same scanner) cover every rule's start.
_STARTS = (
    *_MONTH_NAMES,
    *("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
    *_WEEKDAYS,
    *("yesterday", "today", "tonight", "overnight", "night", "morning", "evening", "afternoon"),
    *("early", "late", "mid", "beginning", "start", "end", "middle", "small", "earlier", "later"),
    *("between", "from", "last", "this", "next", "every", "each", "past", "previous", "coming"),
    *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"),
    *("twelve", "fifteen", "twenty", "thirty", "couple", "few", "several"),
    *(f"the {word}" for word in ("night", "morning", "evening", "afternoon", "early", "small")),
    *(f"the {word}" for word in ("late", "mid", "beginning", "start", "end", "middle", "day")),
    *(f"the {word}" for word in ("past", "last", "previous", "coming", "weekend")),
    *(f"a {word}" for word in ("few", "couple", "day", "week", "month", "year")),
    "an hour",
)


_Trie = dict[str, "_Trie"]


def _trie_rx(words: Iterable[str]) -> str:
    """A regex matching exactly ``words`` (a space matching any whitespace), letter by letter.

    Python's ``re`` tries the branches of ``a|b|c`` one after another; sharing prefixes
    ("sat|sep|since" as "s(?:at|ep|ince)") makes rejecting a word cost a few comparisons.
    """
    tree: _Trie = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_rx(tree)


def _node_rx(node: _Trie) -> str:
    """The regex of one trie node: its branches, optional where a word may end here."""
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _node_rx(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _compile(core: str) -> re.Pattern[str]:
    """The rule regex: ``core`` in its optional frame, not glued to a word, code or number.

    The guards keep "M23", "F-16", "AK-47", "2,000" and "1.5" from contributing digits. A
    preposition before the expression is read apart, by :data:`_PREP_BEFORE`.
    """
    return re.compile(
        rf"(?<![\w/-])(?<!\d[.,])(?=\d|the\s+\d|{_trie_rx(_STARTS)}\b)"
        rf"(?:(?P<tod>{_TOD_RX})\s+)?"
        rf"(?:(?P<part>{_PART_RX})(?:\s+|-))?"
        rf"(?P<core>{core})"
        r"(?![\w/]|[-.,]\d)",
        re.IGNORECASE,
    )


# The preposition just before an expression (searched up to its start), and at the head of
# an expression given to resolve(). "on", "in" and "since" are too common to let the scanner
# try every one of them, so they are looked for only where an expression was found.
_PREP_BEFORE = re.compile(rf"(?<![\w-])(?:{_PREP_RX})\s+$", re.IGNORECASE)
_PREP_HEAD = re.compile(rf"(?:{_PREP_RX})\s+", re.IGNORECASE)
_PREP_REACH = 24  # longer than any preposition with its spaces ("at midnight on ")


# --- calendar arithmetic ------------------------------------------------------------------


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None where it does not exist (31 April, 29 February 2015)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_last(year: int, month: int) -> dt.date:
    """The last day of the month."""
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - _ONE_DAY


def _add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, clamped to the end of a shorter month."""
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = _month_last(year, month0 + 1)
    return last.replace(day=min(day.day, last.day))


def _unit_bounds(day: dt.date, unit: str) -> tuple[dt.date, dt.date]:
    """The calendar week (Monday-Sunday), month or year containing ``day``."""
    if unit == "week":
        monday = day - day.weekday() * _ONE_DAY
        return monday, monday + 6 * _ONE_DAY
    if unit == "month":
        return day.replace(day=1), _month_last(day.year, day.month)
    return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)


def _shift(day: dt.date, count: int, unit: str) -> dt.date:
    """``day`` moved by ``count`` days, weeks, months or years."""
    if unit == "day":
        return day + count * _ONE_DAY
    if unit == "week":
        return day + 7 * count * _ONE_DAY
    return _add_months(day, count * (12 if unit == "year" else 1))


def _year_of(text: str) -> int:
    """A written year as a full year: "1989" stays, "89" is 1989, "15" is 2015."""
    year = int(text)
    if len(text) > 2:
        return year
    return 2000 + year if year <= _TWO_DIGIT_PIVOT else 1900 + year


def _infer_year(month: int, day: int, published: dt.date) -> dt.date | None:
    """The latest date with this month and day at most two weeks after publication."""
    latest = published + _FUTURE_GRACE
    for year in (published.year + 1, published.year, published.year - 1):
        candidate = _safe_date(year, month, day)
        if candidate is not None and candidate <= latest:
            return candidate
    return None


# --- spans from parts ---------------------------------------------------------------------


def _day_span(day: int, month: int, year: int | None, published: dt.date | None) -> DateSpan | None:
    """One day; without a year it is placed by :func:`_infer_year` (needs publication)."""
    if year is not None:
        date = _safe_date(year, month, day)
        return None if date is None else DateSpan(date, date, "day", "explicit")
    if published is None:
        return None
    date = _infer_year(month, day, published)
    return None if date is None else DateSpan(date, date, "day", "relative")


def _month_span(month: int, year: int | None, published: dt.date | None) -> DateSpan | None:
    """A whole month; without a year, the most recent such month not after publication."""
    basis = "explicit"
    if year is None:
        if published is None:
            return None
        year = published.year if month <= published.month else published.year - 1
        basis = "relative"
    return DateSpan(dt.date(year, month, 1), _month_last(year, month), "month", basis)


def _year_span(year: int) -> DateSpan:
    """A whole calendar year."""
    return DateSpan(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", "explicit")


def _relative(start: dt.date, end: dt.date, precision: str) -> DateSpan:
    """A span computed from the publication date."""
    return DateSpan(start, end, precision, "relative")


class _Point(NamedTuple):
    """A date as written, any part possibly missing ("3" in "between 3 and 5 May")."""

    day: int | None
    month: int | None
    year: int | None


def _point_span(point: _Point, published: dt.date | None) -> DateSpan | None:
    """The span of a point: a day, a month or a year, whichever is its finest part."""
    if point.month is None:
        return None if point.year is None else _year_span(point.year)
    if point.day is None:
        return _month_span(point.month, point.year, published)
    return _day_span(point.day, point.month, point.year, published)


def _range_span(left: _Point, right: _Point, published: dt.date | None) -> DateSpan | None:
    """``left`` to ``right``; a year written on one side only is read for both.

    The end is placed first; a start without its own year moves back a year where it would
    otherwise follow the end ("between 30 December and 2 January"), and an end without its
    own year moves forward where it would precede the start ("28 December 2015 to 2 January").
    """
    end = _point_span(right._replace(year=right.year or left.year), published)
    if end is None or end.start is None or end.end is None:
        return None
    start = _point_span(left._replace(year=left.year or end.start.year), published)
    if start is None or start.start is None:
        return None
    inverted = start.start > end.end
    if inverted and left.year is None:
        start = _point_span(left._replace(year=end.start.year - 1), published)
    elif inverted and right.year is None and left.year is not None:
        end = _point_span(right._replace(year=left.year + 1), published)
    if start is None or start.start is None or end is None or end.end is None:
        return None
    if start.start > end.end:
        return None
    precision = max(start.precision, end.precision, key=_PRECISION_RANK.__getitem__)
    basis = "explicit" if start.basis == end.basis == "explicit" else "relative"
    return DateSpan(start.start, end.end, precision, basis)


# --- match helpers ------------------------------------------------------------------------

_FRAME_GROUPS = frozenset({"tod", "part", "core"})


class _Hit:
    """One rule's view of a match: the frame's groups, the rule's own, and the preposition.

    In the combined scanner each rule's groups carry the rule name as a prefix, so that one
    regex can hold every rule; handlers ask for them by their plain names.
    """

    __slots__ = ("match", "prefix", "prep")

    def __init__(self, match: re.Match[str], prefix: str = "", prep: str | None = None) -> None:
        self.match = match
        self.prefix = prefix
        self.prep = prep

    def group(self, name: str) -> str | None:
        """The text of a group, None where it did not take part in the match."""
        if name == "prep":
            return self.prep
        return self.match.group(name if name in _FRAME_GROUPS else self.prefix + name)

    def required(self, name: str) -> str:
        """The text of a group the rule's regex always fills."""
        value = self.group(name)
        if value is None:
            # A bug in this module, not a bad input: the regex and handler must agree.
            raise LookupError(f"date rule group {name!r} did not match; fix the rule's handler")
        return value


def _words(text: str | None) -> str:
    """Lower case with single spaces: the key the lookup tables use."""
    return " ".join(text.lower().split()) if text else ""


def _month_of(text: str) -> int:
    return _MONTHS[text[:3].lower()]


def _int_of(text: str) -> int:
    """The number of a written day ("3rd" is 3)."""
    return int(text.lower().rstrip("stndrh"))


def _prep_kind(m: _Hit) -> str:
    """The first word of the preposition, lower case ("" where there is none)."""
    prep = m.group("prep")
    return prep.split()[0].lower() if prep else ""


def _in_context(m: _Hit) -> bool:
    """Whether a bare year or month name is framed as a date ("in 2014", "mid-March")."""
    return bool(m.group("part")) or _prep_kind(m) in _CONTEXT_PREPS


def _point_of(m: _Hit, tag: str = "") -> _Point:
    """The point that :func:`_point_rx` groups hold."""
    day = m.group(f"{tag}d1") or m.group(f"{tag}d2")
    month = m.group(f"{tag}m1") or m.group(f"{tag}m2")
    year = m.group(f"{tag}y")
    return _Point(
        _int_of(day) if day else None,
        _month_of(month) if month else None,
        _year_of(year) if year else None,
    )


def _list_not_range(m: _Hit) -> bool:
    """Whether "and" joins two dates ("12 March and 5 April") rather than ends a range."""
    return _words(m.group("sep")) == "and" and _words(m.group("kw")) != "between"


# --- handlers: one per rule, core match to span (the frame is applied afterwards) ---------

_Handler = Callable[[_Hit, dt.date | None], DateSpan | None]


def _on_date_range(m: _Hit, published: dt.date | None) -> DateSpan | None:
    if _list_not_range(m):
        return None
    return _range_span(_point_of(m, "a"), _point_of(m, "b"), published)


def _on_day_range(m: _Hit, published: dt.date | None) -> DateSpan | None:
    # "3 and 5 May" lists two days, but within one month the interval covering both is
    # close enough, unlike "12 March and 5 April".
    month, year_text = _month_of(m.required("m")), m.group("y")
    year = _year_of(year_text) if year_text else None
    left = _Point(_int_of(m.required("d1")), month, year)
    return _range_span(left, _Point(_int_of(m.required("d2")), month, year), published)


def _on_month_range(m: _Hit, published: dt.date | None) -> DateSpan | None:
    if _list_not_range(m):
        return None
    first_year, last_year = m.group("y1"), m.group("y2")
    left = _Point(None, _month_of(m.required("m1")), int(first_year) if first_year else None)
    right = _Point(None, _month_of(m.required("m2")), int(last_year) if last_year else None)
    return _range_span(left, right, published)


def _on_year_range(m: _Hit, published: dt.date | None) -> DateSpan | None:
    if _list_not_range(m):
        return None
    first, written_last = int(m.required("y1")), m.group("y2")
    last = int(written_last) if written_last else first // 100 * 100 + int(m.required("y2s"))
    if last <= first:  # "2015-03" is a month, "2009-2005" nothing
        return None
    return DateSpan(dt.date(first, 1, 1), dt.date(last, 12, 31), "year", "explicit")


def _on_iso(m: _Hit, published: dt.date | None) -> DateSpan | None:
    return _day_span(int(m.required("d")), int(m.required("m")), int(m.required("y")), published)


def _on_numeric(m: _Hit, published: dt.date | None) -> DateSpan | None:
    """dd/mm/yyyy or mm/dd/yyyy, only where one reading is impossible (3/12/2015 is None)."""
    first, second, year = int(m.required("a")), int(m.required("b")), int(m.required("y"))
    if first > 12 >= second or first == second:
        return _day_span(first, second, year, published)
    if second > 12 >= first:
        return _day_span(second, first, year, published)
    return None


def _on_date(m: _Hit, published: dt.date | None) -> DateSpan | None:
    point = _point_of(m)
    assert point.day is not None and point.month is not None  # the regex requires both
    return _day_span(point.day, point.month, point.year, published)


def _on_month(m: _Hit, published: dt.date | None) -> DateSpan | None:
    """ "March 2015", "in March", "March last year", "last March"."""
    written, year_text = m.required("month"), m.group("year")
    month = _month_of(written)
    if year_text:
        return _month_span(month, int(year_text), published)
    if written.lower().rstrip(".") not in _MONTH_NAMES:
        return None  # a bare "Mar" or "Dec" is too often another word
    year_rel, month_rel = _words(m.group("rel")), _words(m.group("rel0"))
    if published is None or not (year_rel or month_rel or _in_context(m)):
        return None
    if year_rel:
        year = published.year + {"last": -1, "this": 0, "next": 1}[year_rel]
    elif month_rel:
        if written.lower() in _WORDLIKE_MONTHS and written.islower():
            return None
        year = _year_for_named_month(month, month_rel, published)
    else:
        return _month_span(month, None, published)
    return _relative(dt.date(year, month, 1), _month_last(year, month), "month")


def _year_for_named_month(month: int, rel: str, published: dt.date) -> int:
    """The year of "last March" (before this month), "this March", "next March" (after)."""
    if rel == "last":
        return published.year if month < published.month else published.year - 1
    if rel == "next":
        return published.year if month > published.month else published.year + 1
    return published.year


def _on_year(m: _Hit, published: dt.date | None) -> DateSpan | None:
    return _year_span(int(m.required("year"))) if _in_context(m) else None


def _on_decade(m: _Hit, published: dt.date | None) -> DateSpan | None:
    first = int(m.required("decade"))
    return DateSpan(dt.date(first, 1, 1), dt.date(first + 9, 12, 31), "year", "explicit")


def _on_weekday(m: _Hit, published: dt.date | None) -> DateSpan | None:
    """The most recent such weekday on or before publication; "next" looks forward.

    News reports the past: "on Saturday" in a Thursday article is five days earlier, and
    "Thursday" in a Thursday article is the day itself. "last Thursday" then means a week ago.
    """
    if m.group("habit") or published is None:
        return None
    weekday, rel = _WEEKDAYS[m.required("wd").lower()], _words(m.group("rel"))
    if rel == "next":
        day = published + ((weekday - published.weekday()) % 7 or 7) * _ONE_DAY
    else:
        back = (published.weekday() - weekday) % 7
        day = published - (back or (7 if rel == "last" else 0)) * _ONE_DAY
    return _relative(day, day, "day")


# word -> (first day, last day) as offsets from publication, and the basis
_RELATIVE_DAYS = {
    "the day before yesterday": (-2, -2, "relative"),
    "yesterday": (-1, -1, "relative"),
    "last night": (-1, -1, "relative"),  # the evening before publication: coders date it to that day
    "overnight": (-1, 0, "relative"),
    "today": (0, 0, "publication"),
    "earlier today": (0, 0, "publication"),
    "later today": (0, 0, "publication"),
    "tonight": (0, 0, "publication"),
    "this morning": (0, 0, "publication"),
    "this afternoon": (0, 0, "publication"),
    "this evening": (0, 0, "publication"),
}


def _on_relative_day(m: _Hit, published: dt.date | None) -> DateSpan | None:
    if published is None:
        return None
    word = _words(m.group("word"))
    first, last, basis = _RELATIVE_DAYS["yesterday" if word.startswith("yesterday") else word]
    return DateSpan(published + first * _ONE_DAY, published + last * _ONE_DAY, "day", basis)


_PERIOD_KINDS = {
    "this": "current", "earlier this": "earlier", "later this": "later",
    "last": "previous", "previous": "previous", "the previous": "previous",
    "next": "next", "coming": "next", "the coming": "next",
    "past": "rolling", "the past": "rolling", "the last": "rolling", "this past": "rolling",
}  # fmt: skip


def _on_period(m: _Hit, published: dt.date | None) -> DateSpan | None:
    """ "this week", "last month", "earlier this year", "the past week", "the weekend"."""
    rel, unit = _words(m.group("rel")), m.required("unit").lower()
    if published is None:
        return None
    if unit == "weekend":
        return _weekend(rel, published)
    kind = _PERIOD_KINDS.get(rel)
    first, last = _unit_bounds(published, unit)
    if kind == "current":
        return _relative(first, published, unit)
    if kind == "earlier":
        # "earlier this week" leaves out the day of publication, but "earlier this month" is
        # written of yesterday as often as of the 1st, so it keeps it.
        end = max(first, published - _ONE_DAY) if unit == "week" else published
        return _relative(first, end, unit)
    if kind == "later":
        return _relative(published, last, unit)
    if kind == "previous":
        return _relative(*_unit_bounds(first - _ONE_DAY, unit), unit)
    if kind == "next":
        return _relative(*_unit_bounds(last + _ONE_DAY, unit), unit)
    if kind == "rolling":
        return _relative(_shift(published, -1, unit), published, unit)
    return None  # "the week", "the year": a span of text, not a time


def _weekend(rel: str, published: dt.date) -> DateSpan:
    """Saturday-Sunday: the latest one begun by publication; "last"/"next" step a week."""
    saturday = published - ((published.weekday() - 5) % 7) * _ONE_DAY
    if rel in ("last", "previous", "the previous") and published.weekday() >= 5:
        saturday -= 7 * _ONE_DAY
    elif rel in ("next", "coming", "the coming"):
        saturday += 7 * _ONE_DAY
    sunday = saturday + _ONE_DAY
    return _relative(saturday, min(sunday, published) if saturday <= published else sunday, "week")


def _unit_of(text: str) -> str:
    return text.lower().rstrip("s")


def _on_rolling(m: _Hit, published: dt.date | None) -> DateSpan | None:
    """ "the past two days": from that many units before publication to publication."""
    if published is None:
        return None
    written, unit = _words(m.required("n")), _unit_of(m.required("unit"))
    count = _COUNTS.get(written) or int(written)
    if unit == "hour":
        return _relative(published - math.ceil(count / 24) * _ONE_DAY, published, "day")
    return _relative(_shift(published, -count, unit), published, unit)


def _on_ago(m: _Hit, published: dt.date | None) -> DateSpan | None:
    """ "two weeks ago": the day, or the calendar week, month or year, that long before."""
    written = _words(m.required("n"))
    if published is None or written in _VAGUE_COUNTS:
        return None
    count, unit = _COUNTS.get(written) or int(written), _unit_of(m.required("unit"))
    if unit == "hour":
        day = published - (count // 24) * _ONE_DAY
        return _relative(day, day, "day")
    then = _shift(published, -count, unit)
    if unit == "day":
        return _relative(then, then, "day")
    return _relative(*_unit_bounds(then, unit), unit)


# --- the frame ----------------------------------------------------------------------------


def _apply_part(span: DateSpan, part: str) -> DateSpan:
    """Narrow a month or year span to its early, mid or late third.

    Months split 1-10, 11-20, 21-end; years January-April, May-August, September-December.
    A part of a clipped span ("early this year") is intersected with it. Days and weeks, and
    spans longer than one month or year, are returned unchanged.
    """
    start, end = span.start, span.end
    if start is None or end is None:
        return span
    index = ("early", "mid", "late").index(_PARTS[_words(part).removeprefix("the ").split()[0]])
    if span.precision == "month" and (start.year, start.month) == (end.year, end.month):
        last = _month_last(start.year, start.month)
        lo, hi = start.replace(day=(1, 11, 21)[index]), last.replace(day=(10, 20, last.day)[index])
    elif span.precision == "year" and start.year == end.year:
        lo = dt.date(start.year, (1, 5, 9)[index], 1)
        hi = _month_last(start.year, (4, 8, 12)[index])
    else:
        return span
    if hi < start or lo > end:
        return replace(span, start=lo, end=hi)
    return replace(span, start=max(lo, start), end=min(hi, end))


def _apply_prep(span: DateSpan, kind: str, published: dt.date | None) -> DateSpan:
    """Open the span for "since", "until"/"till", "before" and "after".

    "since 2009" runs to publication (callers treat it as cumulative background); "until X"
    and "before X" keep only the end; "after X" runs from the day after X to publication.
    Without a publication date the open end is None.
    """
    if kind == "since":
        return replace(span, end=published)
    if kind in ("until", "till"):
        return replace(span, start=None)
    if kind == "before" and span.start is not None:
        return replace(span, start=None, end=span.start - _ONE_DAY)
    if kind == "after" and span.end is not None:
        end = published if published and published > span.end else None
        return replace(span, start=span.end + _ONE_DAY, end=end)
    return span


class _Rule(NamedTuple):
    name: str
    core: str  # the regex of the expression itself; see _compile for the frame around it
    handler: _Handler


def _interpret(rule: _Rule, m: _Hit, published: dt.date | None) -> DateSpan | None:
    """The span a rule match means, frame included (text not yet set)."""
    try:
        span = rule.handler(m, published)
        if span is None:
            return None
        part = m.group("part")
        if part:
            span = _apply_part(span, part)
        kind = _prep_kind(m)
        return _apply_prep(span, kind, published) if kind in _OPENING_PREPS else span
    except (ValueError, OverflowError):
        # Only dates at the edge of the calendar (feeds use 0001-01-01 as a placeholder
        # publication date) push the arithmetic off it; such a span means nothing.
        return None


def _prep_before(text: str, start: int) -> re.Match[str] | None:
    """The preposition that ends where an expression starts, if any."""
    return _PREP_BEFORE.search(text, max(start - _PREP_REACH, 0), start)


def _reported_start(m: re.Match[str], prep: re.Match[str] | None) -> int:
    """Where the expression starts: at "since"-like prepositions, else after "on"/"in"."""
    if prep is not None and prep.group().split()[0].lower() in _OPENING_PREPS:
        return prep.start()
    for group in ("tod", "part"):
        if m.group(group):
            return m.start(group)
    return m.start("core")


# In priority order: where two rules match the same text, the earlier one wins.
_RULES: tuple[_Rule, ...] = tuple(
    _Rule(name, core, handler)
    for name, core, handler in (
        ("date_range", rf"{_RANGE_KW_RX}{_point_rx('a')}{_SEP_RX}{_point_rx('b')}",
         _on_date_range),
        ("day_range", rf"{_RANGE_KW_RX}(?:the\s+)?(?P<d1>{_DAY_RX}){_SEP_RX}(?:the\s+)?"
         rf"(?P<d2>{_DAY_RX})(?:\s+of)?\s+(?P<m>{_MONTH_RX})(?:,?\s+(?P<y>{_YEAR_RX}))?",
         _on_day_range),
        ("month_day_range", rf"{_RANGE_KW_RX}(?P<m>{_MONTH_RX})\s+(?P<d1>{_DAY_RX}){_SEP_RX}"
         rf"(?P<d2>{_DAY_RX})(?:,?\s+(?P<y>{_YEAR_RX}))?", _on_day_range),
        ("month_range", rf"{_RANGE_KW_RX}(?P<m1>{_MONTH_RX})(?:,?\s+(?P<y1>{_YEAR4_RX}))?"
         rf"{_SEP_RX}(?P<m2>{_MONTH_RX})(?:,?\s+(?P<y2>{_YEAR4_RX}))?", _on_month_range),
        ("year_range", rf"{_RANGE_KW_RX}(?P<y1>{_YEAR4_RX})"
         rf"(?:{_SEP_RX}(?P<y2>{_YEAR4_RX})|[-–/](?P<y2s>\d\d)(?!\d))", _on_year_range),
        ("iso", r"(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-2]\d|3[01])", _on_iso),
        ("numeric", r"(?P<a>\d{1,2})(?P<s>[/.-])(?P<b>\d{1,2})(?P=s)(?P<y>(?:19|20)\d\d)(?!\d)",
         _on_numeric),
        ("date", rf"(?:{_WEEKDAY_RX},?\s+)?{_point_rx('')}", _on_date),
        ("month", rf"(?:(?P<rel0>last|this|next)\s+)?(?P<month>{_MONTH_RX})"
         rf"(?:(?:\s+of)?,?\s+(?P<year>{_YEAR4_RX})|(?:\s+of)?\s+(?P<rel>last|this|next)\s+year)?",
         _on_month),
        ("year", rf"(?P<year>{_YEAR4_RX})", _on_year),
        ("decade", r"(?:the\s+)?(?P<decade>(?:19|20)\d0)['’]?s", _on_decade),
        ("weekday", rf"(?:(?P<habit>every|each)\s+)?(?:(?P<rel>last|next|this\s+past|this|past)"
         rf"\s+)?(?P<wd>{_WEEKDAY_RX})(?:\s+(?:night|morning|afternoon|evening))?", _on_weekday),
        ("relative_day", r"(?P<word>the\s+day\s+before\s+yesterday|yesterday(?:\s+(?:morning"
         r"|afternoon|evening|night))?|(?:earlier\s+|later\s+)?today|tonight"
         r"|this\s+(?:morning|afternoon|evening)|last\s+night|overnight)", _on_relative_day),
        ("period", r"(?P<rel>earlier\s+this|later\s+this|this\s+past|this|last|next"
         r"|the\s+(?:past|last|previous|coming)|past|previous|coming|the)"
         r"\s+(?P<unit>weekend|week|month|year)", _on_period),
        ("rolling", rf"(?:the\s+)?(?:past|last|previous)\s+(?P<n>{_COUNT_RX})"
         rf"\s+(?P<unit>{_UNIT_RX})", _on_rolling),
        ("ago", rf"(?P<n>{_COUNT_RX})\s+(?P<unit>{_UNIT_RX})\s+ago", _on_ago),
    )
)  # fmt: skip
_PATTERNS = tuple(_compile(rule.core) for rule in _RULES)


def _prefixed(core: str, prefix: str) -> str:
    """``core`` with its group names (and back-references) prefixed."""
    return re.sub(r"\(\?P([<=])(\w+)", lambda g: f"(?P{g.group(1)}{prefix}{g.group(2)}", core)


# All rules in one regex, so that a text is scanned once, not once per rule: the alternation
# tries rules in priority order at each position.
_SCANNER = _compile(
    "|".join(f"(?P<{rule.name}>{_prefixed(rule.core, rule.name + '__')})" for rule in _RULES)
)

# Quotes, brackets and trailing punctuation around a span, and a possessive after a word
# ("Saturday's"; "1990's" keeps it).
_EDGE_JUNK = re.compile(r"^[\s(\[\"“]+|(?:(?<=[a-z])['’]s)?[\s.,;:!?)\]\"”]*$", re.IGNORECASE)


# --- scanning, and the public API ---------------------------------------------------------


def _first_meaning(
    m: re.Match[str], text: str, prep: str | None, published: dt.date | None, whole: bool
) -> tuple[re.Match[str], DateSpan] | None:
    """The span of the scanner's match ``m``, or of the next rule that matches there.

    A rule can match and still mean no date ("2014" without "in", "every Saturday", "12 March
    and 5 April"); the rules after it then get their turn at the same position (over the
    rest of ``text`` when ``whole``).
    """
    first = next(i for i, rule in enumerate(_RULES) if m.start(rule.name) >= 0)
    span = _interpret(_RULES[first], _Hit(m, _RULES[first].name + "__", prep), published)
    if span is not None:
        return m, span
    for rule, pattern in zip(_RULES[first + 1 :], _PATTERNS[first + 1 :], strict=True):
        own = pattern.fullmatch(text, m.start()) if whole else pattern.match(text, m.start())
        if own is not None:
            span = _interpret(rule, _Hit(own, "", prep), published)
            if span is not None:
                return own, span
    return None


def resolve(expression: str, published: dt.date | None) -> DateSpan | None:
    """The interval one date expression means, read against the publication date.

    ``expression`` is the whole expression, as a NER ``DATE`` span or a regex hit gives it,
    optionally after a preposition ("on Saturday", "since 2009", "at dawn on Sunday") and with
    surrounding quotes, brackets, punctuation or a possessive "'s". Case does not matter.

    Returns a span with ``precision`` (day, week, month, year) and ``basis`` (explicit,
    relative, publication), ``text`` the trimmed expression; ``None`` for anything that is
    not a date of an event (durations, ages, habits, ambiguous numeric dates such as
    3/12/2015) and for relative expressions when ``published`` is None.
    """
    text = _EDGE_JUNK.sub("", expression)
    head = _PREP_HEAD.match(text)
    m = _SCANNER.fullmatch(text, head.end()) if head else None
    if m is None:  # no preposition, or the "preposition" belongs to the expression
        head, m = None, _SCANNER.fullmatch(text)
    prep = head.group().strip() if head else None
    found = None if m is None else _first_meaning(m, text, prep, published, whole=True)
    if found is None:  # two expressions that read as one: "ten years ago on Sunday"
        whole = [span for start, end, span in find_dates(text, published) if start == 0 and end == len(text)]
        return replace(whole[0], text=text) if whole else None
    return replace(found[1], text=text)


def find_dates(text: str, published: dt.date | None) -> list[tuple[int, int, DateSpan]]:
    """All date expressions in ``text`` as ``(start, end, span)``, in text order.

    Offsets slice ``text`` to the expression, without a neutral preposition ("on Saturday"
    gives "Saturday") but with one that changes the meaning ("since 2009"). Matches do not
    overlap: the leftmost wins, and at one position the rule listed first. Expressions that
    cannot be resolved (relative ones without ``published``) are left out.
    """
    found: list[tuple[int, int, DateSpan]] = []
    pos = 0
    while (m := _SCANNER.search(text, pos)) is not None:
        prep = _prep_before(text, m.start())
        prep_text = prep.group().strip() if prep else None
        meaning = _first_meaning(m, text, prep_text, published, whole=False)
        if meaning is None:  # "every Saturday" holds no date, and neither does "Saturday" in it
            pos = m.end()
            continue
        own, span = meaning
        start, pos = _reported_start(own, prep), own.end()
        if _IN_A_NAME_AFTER.match(text, own.end()) or _IN_A_NAME_BEFORE.search(text[max(0, own.start() - 20) : own.start()]):
            continue  # "13 May Square", "the March 23 Movement", "Avenida 9 de Julio": a name, not a day
        found.append((start, pos, replace(span, text=text[start:pos])))
    return _anniversaries(text, found)


# the words that make a date part of a name: of a square, a street, a movement ("13 May Square", "the April 6 Youth
# Movement", "Plaza de Mayo"), written with a capital as names are
_IN_A_NAME_AFTER = re.compile(r"(?:\s+Youth)?\s+(?:Square|Street|Avenue|Road|Bridge|Stadium|Park|Boulevard|Plaza|Roundabout|Mosque|Camp|"
                              r"Barracks|Movement|Brigade|Front|Revolution|Hospital|University|School|Airport|Market|Station|District|Neighbou?rhood)\b")
_IN_A_NAME_BEFORE = re.compile(r"(?:Plaza|Avenida|Calle|Rue|Place|Boulevard|Avenue|Street)\s+(?:de\s+|du\s+|of\s+)?$")


_AGO = re.compile(rf"^(?P<n>{_COUNT_RX})\s+(?P<unit>years?|months?|weeks?)\s+ago$", re.I)
_ON_GAP = re.compile(r"^\s*(?:on|this)?\s*$", re.I)


def _anniversaries(text: str, found: list[tuple[int, int, DateSpan]]) -> list[tuple[int, int, DateSpan]]:
    """"Ten years ago on Sunday", "five years ago today": the day named, that long before (not the
    year ten years back and, apart, this Sunday)."""
    out: list[tuple[int, int, DateSpan]] = []
    i = 0
    while i < len(found):
        start, end, _ = found[i]
        m = _AGO.match(text[start:end])
        if m and i + 1 < len(found) and _ON_GAP.match(text[end : found[i + 1][0]]):
            _, nend, day = found[i + 1]
            written = _words(m["n"])
            if day.start is not None and day.end is not None and day.precision in ("day", "week") and written not in _VAGUE_COUNTS:
                count, unit = _COUNTS.get(written) or int(written), _unit_of(m["unit"])
                shifted = replace(day, start=_shift(day.start, -count, unit), end=_shift(day.end, -count, unit),
                                  basis="relative", text=text[start:nend])
                out.append((start, nend, shifted))
                i += 2
                continue
        out.append(found[i])
        i += 1
    return out


def before_publication(published: dt.date | None) -> DateSpan:
    """The span of an event with no date expression: on or before publication.

    ``start`` is None, ``end`` the publication date (None when it is unknown), precision
    ``unknown``, basis ``before_publication``.
    """
    return DateSpan(None, published, "unknown", "before_publication")


# "two days earlier", "a week later", "the day before", "the previous day", "the next day": a
# distance from a day the text told before, not from publication
_FROM_TOLD = re.compile(
    rf"\b(?:(?P<n>{_COUNT_RX})\s+(?P<unit>days?|weeks?)\s+(?:(?P<dir>earlier|later)|(?P<pdir>before|after)(?=\s*(?:[,.;:)]|$)))"
    r"|the\s+(?:(?P<dir2>previous\s+day|next\s+day|following\s+day)|(?P<pdir2>day\s+before|day\s+after)(?=\s*(?:[,.;:)]|$)))"
    # "the same day", "later that day": the day told
    r"|(?P<same>(?:the|that)\s+(?:very\s+)?same\s+day|(?:later|earlier)\s+(?:that|the\s+same)\s+day)"
    # "the attack came a day after a gunfight …": what follows "after" was that long before the day told
    rf"|\b(?:came|happened|occurred|took\s+place)\s+(?:just\s+|only\s+)?(?P<n3>{_COUNT_RX})\s+(?P<unit3>days?|weeks?)\s+after(?=\s+\w|$))\b",
    re.I,
)  # "before"/"after" only as adverbs: "two days before the election" counts from the election


def distance_from_told(text: str) -> bool:
    """``text`` is a distance from a day told before ("two days earlier", "came a day after"), as
    ``shift_from`` writes into the date it gives."""
    return _FROM_TOLD.fullmatch(text) is not None


def names_the_same_day(text: str) -> bool:
    """``text`` puts what it tells on the day told before ("the same day", "later that day")."""
    m = _FROM_TOLD.search(text)
    return m is not None and m["same"] is not None


def names_a_distance(text: str) -> bool:
    """Somewhere in ``text`` a distance from a day told before ("the following day", "two days later")."""
    return _FROM_TOLD.search(text) is not None


def shift_from(text: str, told: DateSpan, came_after: bool = False) -> DateSpan | None:
    """The day ``text`` puts at a distance from ``told`` (the date of what was told before it):
    "Two days earlier, soldiers killed 11 bandits" after an attack on Friday is Wednesday. None
    when ``text`` gives no such distance or ``told`` is not a day or a week. With ``came_after``, only
    "the attack came a day after a gunfight", which moves the story to an earlier incident."""
    m = _FROM_TOLD.search(text)
    if m is None or told.start is None or told.end is None or told.precision not in ("day", "week") or (came_after and not m["n3"]):
        return None
    way = m["dir"] or m["pdir"] or ("earlier" if m["n3"] else "")
    if m["same"]:
        count, unit = 0, "day"
    elif m["dir2"] or m["pdir2"]:
        back = _words(m["dir2"] or m["pdir2"]) in ("day before", "previous day")
        count, unit = (-1 if back else 1), "day"
    else:
        written = _words(m["n"] or m["n3"])
        if written in _VAGUE_COUNTS:
            return None
        count = _COUNTS.get(written) or int(written)
        unit = _unit_of(m["unit"] or m["unit3"])
        count = -count if way.lower() in ("earlier", "before") else count
    start, end = _shift(told.start, count, unit), _shift(told.end, count, unit)
    return DateSpan(start, end, told.precision, "context", m.group())


# "on Wednesday, a day after protesters set fire to parliament": what follows "after" was that long before the day told
_AFTER_TOLD = re.compile(rf",\s*(?:just\s+|only\s+)?(?P<n>{_COUNT_RX})\s+(?P<unit>days?|weeks?)\s+after\s+", re.I)


def before_told(text: str, told: DateSpan) -> DateSpan | None:
    """The day of what ``text`` (the words between the day written and an act) tells after ", a day after", ", two
    days after" when that distance opens the act's clause (no comma or semicolon after it), counted back from
    ``told``: "on Wednesday, a day after protesters set fire to parliament" is Tuesday. None when there is no such
    distance or ``told`` is not a day."""
    m = next((m for m in _AFTER_TOLD.finditer(text) if not re.search(r"[,;]", text[m.end() :])), None)
    if m is None or told.start is None or told.end is None or told.precision != "day":
        return None
    written = _words(m["n"])
    if written in _VAGUE_COUNTS:
        return None
    count = -(_COUNTS.get(written) or int(written))
    unit = _unit_of(m["unit"])
    return DateSpan(_shift(told.start, count, unit), _shift(told.end, count, unit), "day" if unit == "day" else "week", "context", m.group().strip())


_WEEKDAY_ONLY = re.compile(rf"(?:on\s+)?{_WEEKDAY_RX}", re.I)


def ahead(date: DateSpan | None, published: dt.date | None) -> DateSpan | None:
    """A weekday told of what is called for or threatened lies ahead: "organisers called for another
    protest on Thursday" in a Wednesday report is tomorrow, not last week's Thursday (weekdays
    otherwise resolve backwards, as news reports the past)."""
    if date is None or published is None or date.start is None or date.end is None or date.basis != "relative":
        return date
    if not date.text or not _WEEKDAY_ONLY.fullmatch(date.text) or date.start >= published:
        return date
    return replace(date, start=date.start + 7 * _ONE_DAY, end=date.end + 7 * _ONE_DAY)


# An act dated this many days or more before publication is background ("in 2014 the group seized
# Mosul", "clashes killed nine last year"), not the news the article reports.
PAST_DAYS = 180


def long_past(date: DateSpan | None, published: dt.date | None) -> bool:
    """The date ("ten years ago on Sunday", "in 2014") was written in the text, and lies half a year or
    more before publication."""
    return (date is not None and published is not None and date.end is not None and date.basis in ("explicit", "relative")
            and (published - date.end).days > PAST_DAYS)
