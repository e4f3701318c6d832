"""Event filters, sort orders and cursors: parsed from query strings, turned into SQL.

Parsing is pure (strings in, an :class:`EventFilter` or an :class:`ApiError` naming the
field out) so that every rule is testable without a server. The SQL runs on the reader's
``ev`` table (see :mod:`tacitus.api.reader`).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from typing import Any

from tacitus.api.errors import ApiError, invalid
from tacitus.events.taxonomy import EVENT_TYPES, FAMILIES

MAX_PAGE = 500
DEFAULT_PAGE = 100
MAX_TEXT = 200  # characters in a free-text parameter (actor, q, admin1)
MAX_ACTOR_NAMES = 300  # distinct actor names one actor filter may stand for (the query grows with them)
_ISO3 = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class EventFilter:
    """Which merged events a request asks for; the empty filter matches every event."""

    types: tuple[str, ...] = ()
    families: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    admin1: str | None = None
    actor: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    bbox: tuple[float, float, float, float] | None = None
    min_fatalities: int | None = None
    q: str | None = None
    actor_keys: tuple[int, ...] = ()  # keys of the names ``actor`` matches, filled by resolve_actor

    def where(self) -> tuple[str, list[Any]]:
        """A SQL condition on ``ev`` and its parameters."""
        parts: list[str] = []
        params: list[Any] = []
        for column, values in (("event_type", self.types), ("event_family", self.families), ("country", self.countries)):
            if values:
                parts.append(f"{column} IN ({', '.join('?' * len(values))})")
                params.extend(values)
        if self.admin1:
            parts.append("admin1 = ?")
            params.append(self.admin1)
        if self.actor:
            # The keys of the names that contain the text or carry the KB id (see resolve_actor).
            # Spelled out as equalities: DuckDB runs "a1 IN (…) OR a2 IN (…)" as a join, ten times slower.
            parts.append("(" + (" OR ".join("a1 = ? OR a2 = ?" for _ in self.actor_keys) or "FALSE") + ")")
            params += [k for key in self.actor_keys for k in (key, key)]
        if self.since:  # the event ends on or after since (day = end, or start when no end)
            parts.append("day >= ?")
            params.append(self.since)
        if self.until:  # and starts on or before until
            parts.append("day_from <= ?")
            params.append(self.until)
        if self.bbox:
            parts.append(_bbox_sql(self.bbox))
            minlon, minlat, maxlon, maxlat = self.bbox
            params += [minlat, maxlat, minlon, maxlon]
        if self.min_fatalities is not None:
            parts.append("fatalities >= ?")
            params.append(self.min_fatalities)
        if self.q:
            parts.append("contains(search, ?)")
            params.append(self.q.lower())
        return (" AND ".join(parts) or "TRUE"), params

    def without_dates(self) -> EventFilter:
        return replace(self, since=None, until=None)

    def resolve_actor(self, cur: Any) -> EventFilter:
        """The filter with ``actor_keys`` filled from the reader's table of distinct names: those
        that contain ``actor`` (case-insensitive) or appear with it as KB id."""
        if not self.actor:
            return self
        found = cur.execute("SELECT k FROM actor_names WHERE contains(lc, ?) OR list_contains(ids, ?) ORDER BY k",
                            [self.actor.lower(), self.actor]).fetchall()
        if len(found) > MAX_ACTOR_NAMES:
            raise invalid("actor", f"'{self.actor}' matches {len(found)} actor names; give more of the name, or a KB id")
        return replace(self, actor_keys=tuple(k for (k,) in found))


def _bbox_sql(bbox: tuple[float, float, float, float]) -> str:
    minlon, _, maxlon, _ = bbox
    if minlon <= maxlon:
        return "(lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?)"
    # A box across the antimeridian (minlon 170, maxlon -170).
    return "(lat BETWEEN ? AND ? AND (lon >= ? OR lon <= ?))"


# -- parsing ------------------------------------------------------------------------------

def _codes(name: str, raw: str | None, allowed: Collection[str]) -> tuple[str, ...]:
    if raw is None or not raw.strip():
        return ()
    values = tuple(v.strip() for v in raw.split(",") if v.strip())
    bad = [v for v in values if v not in allowed]
    if bad:
        shown = ", ".join(sorted(allowed)) if len(allowed) <= 40 else f"{len(allowed)} codes"
        raise invalid(name, f"unknown {name} '{bad[0]}'; use one or more (comma-separated) of: {shown}")
    return values


def parse_countries(raw: str | None, known: Collection[str]) -> tuple[str, ...]:
    if raw is None or not raw.strip():
        return ()
    values = tuple(v.strip().upper() for v in raw.split(",") if v.strip())
    for v in values:
        if not _ISO3.match(v):
            raise invalid("country", f"'{v}' is not an ISO 3166 alpha-3 code such as NGA or MLI")
        if known and v not in known:
            raise invalid("country", f"unknown country code '{v}'; use ISO 3166 alpha-3 (NGA, MLI, SYR)")
    return values


def parse_date(name: str, raw: str | None) -> dt.date | None:
    if raw is None or raw == "":
        return None
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise invalid(name, f"'{raw}' is not a date; use YYYY-MM-DD") from None


def parse_bbox(raw: str | None) -> tuple[float, float, float, float] | None:
    if raw is None or raw == "":
        return None
    parts = raw.split(",")
    try:
        minlon, minlat, maxlon, maxlat = (float(p) for p in parts)
    except ValueError:
        raise invalid("bbox", f"'{raw}' is not a box; use minlon,minlat,maxlon,maxlat in degrees, e.g. 2,4,15,14") from None
    if not all(-180 <= v <= 180 for v in (minlon, maxlon)) or not all(-90 <= v <= 90 for v in (minlat, maxlat)):
        raise invalid("bbox", "longitudes must lie in [-180, 180] and latitudes in [-90, 90]")
    if minlat > maxlat:
        raise invalid("bbox", f"minlat {minlat:g} is north of maxlat {maxlat:g}; the order is minlon,minlat,maxlon,maxlat")
    return minlon, minlat, maxlon, maxlat


def parse_text(name: str, raw: str | None, min_len: int = 1) -> str | None:
    if raw is None or not raw.strip():
        return None
    text = raw.strip()
    if len(text) > MAX_TEXT:
        raise invalid(name, f"{name} is {len(text)} characters long; at most {MAX_TEXT} are accepted")
    if len(text) < min_len:
        raise invalid(name, f"{name} needs at least {min_len} characters")
    return text


def parse_event_filter(*, types: str | None = None, families: str | None = None, countries: str | None = None,
                       admin1: str | None = None, actor: str | None = None, since: str | None = None,
                       until: str | None = None, bbox: str | None = None, min_fatalities: int | None = None,
                       q: str | None = None, known_countries: Collection[str] = ()) -> EventFilter:
    """Check every filter parameter; the first bad one raises a 400 naming it."""
    start, end = parse_date("since", since), parse_date("until", until)
    if start and end and start > end:
        raise invalid("until", f"until {end} is before since {start}")
    if min_fatalities is not None and min_fatalities < 0:
        raise invalid("min_fatalities", "min_fatalities must be 0 or more")
    return EventFilter(
        types=_codes("type", types, EVENT_TYPES),
        families=_codes("family", families, tuple(FAMILIES)),
        countries=parse_countries(countries, known_countries),
        admin1=parse_text("admin1", admin1),
        actor=parse_text("actor", actor),
        since=start,
        until=end,
        bbox=parse_bbox(bbox),
        min_fatalities=min_fatalities,
        q=parse_text("q", q, min_len=2),
    )


# -- sort and cursors ---------------------------------------------------------------------

@dataclass(frozen=True)
class Sort:
    """A sort order over ``ev``: a key column, its direction, and ``id`` to break ties."""

    name: str
    column: str
    descending: bool

    def order_by(self) -> str:
        direction = "DESC" if self.descending else "ASC"
        return f"{self.column} {direction} NULLS LAST, id {direction}"

    def key_of(self, row: dict[str, Any]) -> Any:
        if self.column == "day":
            day = row.get("date_end") or row.get("date_start")
            return day.isoformat() if isinstance(day, dt.date) else None
        value = row.get("fatalities")
        return -1 if value is None else value

    def after(self, key: Any, last_id: str) -> tuple[str, list[Any]]:
        """The keyset condition for rows after (``key``, ``last_id``) in this order."""
        op = "<" if self.descending else ">"
        if key is None:  # only rows without a day remain (they sort last)
            return f"({self.column} IS NULL AND id {op} ?)", [last_id]
        # NULLS LAST in both directions: rows without a key always come after keyed ones.
        return f"({self.column} {op} ? OR ({self.column} = ? AND id {op} ?) OR {self.column} IS NULL)", [key, key, last_id]


SORTS = {
    "date": Sort("date", "day", False),
    "-date": Sort("-date", "day", True),
    "fatalities": Sort("fatalities", "fatal_key", False),
    "-fatalities": Sort("-fatalities", "fatal_key", True),
}


def parse_sort(raw: str | None, default: str = "-date") -> Sort:
    name = raw or default
    if name not in SORTS:
        raise invalid("sort", f"unknown sort '{name}'; use one of: {', '.join(SORTS)}")
    return SORTS[name]


def encode_cursor(sort: str, key: Any, last_id: str) -> str:
    raw = json.dumps([sort, key, last_id], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(raw: str, sort: str) -> tuple[Any, str]:
    """The (key, id) a cursor continues after; 400 if it is not ours or was made for another sort."""
    try:
        padded = raw + "=" * (-len(raw) % 4)
        name, key, last_id = json.loads(base64.urlsafe_b64decode(padded.encode()))
    except (ValueError, TypeError, binascii.Error):
        raise invalid("cursor", "this cursor was not made by this API; pass back next_cursor unchanged") from None
    if name != sort:
        raise invalid("cursor", f"this cursor belongs to sort '{name}', not '{sort}'; start again without a cursor")
    if not isinstance(last_id, str):
        raise invalid("cursor", "this cursor was not made by this API; pass back next_cursor unchanged")
    return key, last_id


def cursor_key_param(sort: Sort, key: Any) -> Any:
    """The cursor's key as a SQL parameter (dates travel as ISO strings)."""
    if key is None:
        return None
    try:
        return dt.date.fromisoformat(key) if sort.column == "day" else int(key)
    except (TypeError, ValueError):
        raise invalid("cursor", "this cursor was not made by this API; pass back next_cursor unchanged") from None


def check_limit(limit: int) -> int:
    if not 1 <= limit <= MAX_PAGE:
        raise ApiError(400, "invalid_parameter", f"limit must be between 1 and {MAX_PAGE}", "limit")
    return limit
