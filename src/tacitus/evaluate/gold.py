"""Gold files (``shared/eval/FORMAT.md``, v1) read into typed, validated records.

    records = read_gold(Path("../shared/eval/dev/muc4.jsonl"))

Every problem raises :class:`~tacitus.errors.EvalError` naming the file and line, the field,
and what was expected. Keys beyond the format are ignored (they are informational), except
``file``: a record with an empty ``text`` and a ``file`` takes its text from that file of the
bundled corpus (see :mod:`tacitus.evaluate.runner`).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tacitus.errors import EvalError
from tacitus.events.taxonomy import EVENT_TYPES

NONE_TYPE = "none"  # an explicit negative: the text reports no event of any taxonomy type
EVENT_CODES = frozenset(EVENT_TYPES) | {NONE_TYPE}
RELATION_TYPES = frozenset({
    "pledged_allegiance", "accepted_allegiance", "affiliates", "allies", "rivals", "splinter_of",
    "merged_into", "fighting_against", "member_of", "leader_of", "spokesperson_of",
})
FIELDS = frozenset({"event_type", "date", "location", "perpetrators", "targets", "fatalities", "injured"})

Spans = tuple[tuple[int, int], ...]
Entities = tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class GoldDate:
    """An interval; ``start`` None means "on or before ``end``", ``end`` None "on or after"."""

    start: dt.date | None
    end: dt.date | None


@dataclass(frozen=True, slots=True)
class GoldLocation:
    country: str | None = None
    admin1: str | None = None
    place: str | None = None
    names: tuple[str, ...] = ()
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True, slots=True)
class GoldEvent:
    event_type: tuple[str, ...]
    optional: bool = False
    date: GoldDate | None = None
    location: GoldLocation | None = None
    perpetrators: Entities | None = None
    targets: Entities | None = None
    fatalities: int | None = None
    injured: int | None = None
    evidence: Spans | None = None
    source_label: str | None = None

    @property
    def label(self) -> str:
        """The first acceptable code: the class this event is counted under."""
        return self.event_type[0]

    @property
    def is_none(self) -> bool:
        return self.event_type == (NONE_TYPE,)


@dataclass(frozen=True, slots=True)
class GoldToponym:
    start: int
    end: int
    name: str
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None


@dataclass(frozen=True, slots=True)
class GoldRelation:
    type: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    evidence: Spans | None = None


@dataclass(frozen=True, slots=True)
class GoldRecord:
    """One gold document. ``events``/``toponyms``/``relations`` are None where not annotated."""

    id: str
    dataset: str
    text: str
    published: dt.date | None = None
    annotates: frozenset[str] = frozenset()
    exhaustive: bool = False
    scope: frozenset[str] = frozenset()
    events: tuple[GoldEvent, ...] | None = None
    toponyms: tuple[GoldToponym, ...] | None = None
    relations: tuple[GoldRelation, ...] | None = None
    file: str | None = None  # corpus file that holds the text, when ``text`` is empty
    where: str = "<memory>"  # "path:line", for messages

    @property
    def none_only(self) -> bool:
        """The gold says this document reports no event at all (CASE 2021 negatives)."""
        return bool(self.events) and all(e.is_none for e in self.events or ())


# -- reading -----------------------------------------------------------------------------------

def read_gold(path: Path, limit: int | None = None) -> list[GoldRecord]:
    """The records of one gold file, in file order (the first ``limit`` when given)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as exc:
        raise EvalError(f"gold file {path} not found; pass files from shared/eval/dev/", code="E001") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalError(f"cannot read gold file {path}: {exc}; gold files are UTF-8 JSON Lines", code="E001") from exc
    records: list[GoldRecord] = []
    for n, line in enumerate(lines, 1):
        if limit is not None and len(records) >= limit:
            break
        if line.strip():
            records.append(parse_record(_load_line(line, f"{path}:{n}"), f"{path}:{n}"))
    check_unique_ids(records)
    return records


def _load_line(line: str, where: str) -> dict[str, Any]:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise EvalError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno}); each line must be one JSON object", code="E002") from exc
    if not isinstance(obj, dict):
        raise EvalError(f"{where}: a line must be a JSON object, found {type(obj).__name__}", code="E002")
    return obj


def check_unique_ids(records: Iterable[GoldRecord]) -> None:
    """Raise when two records share an id (predictions are joined to gold by id)."""
    seen: dict[str, str] = {}
    for rec in records:
        if rec.id in seen:
            raise EvalError(f"{rec.where}: id '{rec.id}' already used at {seen[rec.id]}; ids must be unique across the gold files", code="E006")
        seen[rec.id] = rec.where


def parse_record(obj: Mapping[str, Any], where: str) -> GoldRecord:
    """One validated record from its decoded JSON object."""
    text = _typed(obj, "text", str, where)
    file = _optional(obj, "file", str, where)
    if not text and not file:
        raise EvalError(f"{where}: 'text' is empty and there is no 'file' to read it from", code="E003")
    annotates = frozenset(_str_list(obj, "annotates", where))
    unknown = annotates - FIELDS
    if unknown:
        raise EvalError(f"{where}: 'annotates' has unknown fields {sorted(unknown)}; known: {sorted(FIELDS)}", code="E004")
    scope = frozenset(_str_list(obj, "scope", where))
    _check_codes(scope, f"{where}: 'scope'")
    return GoldRecord(
        id=_typed(obj, "id", str, where),
        dataset=_typed(obj, "dataset", str, where),
        text=text,
        published=_date(obj.get("published"), f"{where}: 'published'"),
        annotates=annotates,
        exhaustive=_typed(obj, "exhaustive", bool, where),
        scope=scope,
        events=_section(obj, "events", where, lambda e, w: parse_event(e, w, text)),
        toponyms=_section(obj, "toponyms", where, lambda t, w: parse_toponym(t, w, text)),
        relations=_section(obj, "relations", where, lambda r, w: parse_relation(r, w, text)),
        file=file,
        where=where,
    )


def _section(obj: Mapping[str, Any], key: str, where: str, parse: Any) -> tuple[Any, ...] | None:
    items = obj.get(key)
    if items is None:
        return None
    if not isinstance(items, list):
        raise EvalError(f"{where}: '{key}' must be a list", code="E003")
    return tuple(parse(_object(item, f"{where}: {key}[{i}]"), f"{where}: {key}[{i}]") for i, item in enumerate(items))


def parse_event(obj: Mapping[str, Any], where: str, text: str = "") -> GoldEvent:
    types = tuple(_str_list(obj, "event_type", where))
    if not types:
        raise EvalError(f"{where}: 'event_type' is empty; list at least one code (or 'none')", code="E004")
    _check_codes(types, f"{where}: 'event_type'")
    return GoldEvent(
        event_type=types,
        optional=bool(obj.get("optional", False)),
        date=_gold_date(obj.get("date"), f"{where}: 'date'"),
        location=_location(obj.get("location"), f"{where}: 'location'"),
        perpetrators=_entities(obj.get("perpetrators"), f"{where}: 'perpetrators'"),
        targets=_entities(obj.get("targets"), f"{where}: 'targets'"),
        fatalities=_count(obj.get("fatalities"), f"{where}: 'fatalities'"),
        injured=_count(obj.get("injured"), f"{where}: 'injured'"),
        evidence=_spans(obj.get("evidence"), f"{where}: 'evidence'", text),
        source_label=obj.get("source_label") if isinstance(obj.get("source_label"), str) else None,
    )


def parse_toponym(obj: Mapping[str, Any], where: str, text: str = "") -> GoldToponym:
    start, end = _typed(obj, "start", int, where), _typed(obj, "end", int, where)
    _check_span(start, end, where, text)
    gid = obj.get("geonameid")
    return GoldToponym(
        start=start, end=end, name=_typed(obj, "name", str, where),
        geonameid=int(gid) if isinstance(gid, int) else None,
        lat=_number(obj.get("lat"), f"{where}: 'lat'"), lon=_number(obj.get("lon"), f"{where}: 'lon'"),
        country=obj.get("country") if isinstance(obj.get("country"), str) else None,
    )


def parse_relation(obj: Mapping[str, Any], where: str, text: str = "") -> GoldRelation:
    rtype = _typed(obj, "type", str, where)
    if rtype not in RELATION_TYPES:
        raise EvalError(f"{where}: relation type '{rtype}' is not one of {sorted(RELATION_TYPES)}", code="E005")
    return GoldRelation(
        type=rtype,
        source=tuple(_str_list(obj, "source", where)),
        target=tuple(_str_list(obj, "target", where)),
        evidence=_spans(obj.get("evidence"), f"{where}: 'evidence'", text),
    )


# -- field parsers -----------------------------------------------------------------------------

def _object(value: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise EvalError(f"{where}: expected a JSON object, found {type(value).__name__}", code="E003")
    return value


def _typed(obj: Mapping[str, Any], key: str, kind: type, where: str) -> Any:
    if key not in obj:
        raise EvalError(f"{where}: missing required key '{key}' (see shared/eval/FORMAT.md)", code="E003")
    value = obj[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise EvalError(f"{where}: '{key}' must be {kind.__name__}, found {type(value).__name__}", code="E003")
    return value


def _optional(obj: Mapping[str, Any], key: str, kind: type, where: str) -> Any:
    return None if obj.get(key) is None else _typed(obj, key, kind, where)


def _str_list(obj: Mapping[str, Any], key: str, where: str) -> list[str]:
    value = _typed(obj, key, list, where)
    if not all(isinstance(v, str) for v in value):
        raise EvalError(f"{where}: '{key}' must be a list of strings", code="E003")
    return value


def _check_codes(codes: Iterable[str], where: str) -> None:
    unknown = sorted(set(codes) - EVENT_CODES)
    if unknown:
        raise EvalError(f"{where}: unknown event codes {unknown}; use the taxonomy in FORMAT.md (or 'none')", code="E005")


def _date(value: Any, where: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError) as exc:
        raise EvalError(f"{where}: {value!r} is not an ISO date (YYYY-MM-DD)", code="E007") from exc


def _gold_date(value: Any, where: str) -> GoldDate | None:
    if value is None:
        return None
    obj = _object(value, where)
    date = GoldDate(_date(obj.get("start"), f"{where}.start"), _date(obj.get("end"), f"{where}.end"))
    if date.start and date.end and date.start > date.end:
        raise EvalError(f"{where}: start {date.start} is after end {date.end}", code="E007")
    return None if date.start is None and date.end is None else date


def _location(value: Any, where: str) -> GoldLocation | None:
    if value is None:
        return None
    obj = _object(value, where)
    names = obj.get("names") or []
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise EvalError(f"{where}: 'names' must be a list of strings", code="E003")
    return GoldLocation(
        country=_optional(obj, "country", str, where), admin1=_optional(obj, "admin1", str, where),
        place=_optional(obj, "place", str, where), names=tuple(names),
        lat=_number(obj.get("lat"), f"{where}.lat"), lon=_number(obj.get("lon"), f"{where}.lon"),
    )


def _entities(value: Any, where: str) -> Entities | None:
    if value is None:
        return None
    ok = isinstance(value, list) and all(isinstance(e, list) and e and all(isinstance(s, str) for s in e) for e in value)
    if not ok:
        raise EvalError(f"{where}: must be a list of entities, each a non-empty list of acceptable strings", code="E003")
    return tuple(tuple(e) for e in value)


def _count(value: Any, where: str) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise EvalError(f"{where}: must be a non-negative integer or null, found {value!r}", code="E003")
    return value


def _number(value: Any, where: str) -> float | None:
    if value is None:
        return None
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        raise EvalError(f"{where}: must be a number or null, found {value!r}", code="E003")
    return float(value)


def _spans(value: Any, where: str, text: str) -> Spans | None:
    if value is None:
        return None
    ok = isinstance(value, list) and all(
        isinstance(s, list) and len(s) == 2 and all(isinstance(i, int) for i in s) for s in value)
    if not ok:
        raise EvalError(f"{where}: must be a list of [start, end] character offsets", code="E003")
    for start, end in value:
        _check_span(start, end, where, text)
    return tuple((s, e) for s, e in value)


def _check_span(start: int, end: int, where: str, text: str) -> None:
    if not 0 <= start < end or (text and end > len(text)):
        raise EvalError(f"{where}: span [{start}, {end}] is not inside the text ({len(text)} characters)", code="E008")
