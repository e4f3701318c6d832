"""Readers: files of every supported format to raw records, or a skip with the reason.

Each reader yields :class:`RawRecord` or :class:`Skip`; nothing here raises on bad input.
Supported: .txt (with an optional ``Title:/Source:/Published:/URL:`` header), .html/.htm,
.jsonl/.json, .csv/.tsv, RSS/Atom (.xml/.rss/.atom), WARC (.warc/.warc.gz/.arc.gz).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from pathlib import Path

from tacitus.dateline import dateline_end
from tacitus.model import Skip

MAX_BYTES = 5_000_000  # no news article is 5 MB of text; bigger files are dumps or mistakes
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".json", ".ndjson"}
CSV_SUFFIXES = {".csv", ".tsv"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
WARC_SUFFIXES = {".warc", ".gz"}

_HEADER = re.compile(r"^(title|source|published|date|url|link|author|byline|id)\s*:\s*(.*)$", re.I)


@dataclass(slots=True)
class RawRecord:
    """What a reader found, before cleaning: the text may still be HTML."""

    text: str
    origin: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: dt.date | None = None
    html: bool = False
    record_id: str | None = None


def parse_date(value: object) -> dt.date | None:
    """A publication date from ISO strings, RFC 822 feed dates or datetimes; None if unreadable."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    s = str(value).strip()
    if not s:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(s).date()
    except (TypeError, ValueError, IndexError):
        return None


def _skip(origin: str, code: str, message: str) -> Skip:
    return Skip(article_id=origin, stage="ingest", code=code, message=message)


def decode(data: bytes, origin: str) -> str | Skip:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if not data.strip():
        return _skip(origin, "empty", "file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return _skip(origin, "encoding", "UTF-16 byte-order mark but undecodable content")
    sample = data[:8192]
    if b"\x00" in sample or _control_ratio(sample) > 0.1:
        return _skip(origin, "binary", "looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    if text.count("\ufffd") > max(10, len(text) // 100):
        return _skip(origin, "encoding", "neither UTF-8 nor Windows-1252; re-save the file as UTF-8")
    return text


def _control_ratio(sample: bytes) -> float:
    bad = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return bad / max(1, len(sample))


def read_path(path: Path) -> Iterator[RawRecord | Skip]:
    """Every record in one file, by its suffix; unreadable files become one skip."""
    origin = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield _skip(origin, "unreadable", f"cannot read file: {exc.strerror}")
        return
    suffix = path.suffix.lower()
    is_warc = suffix in {".warc"} or path.name.lower().endswith((".warc.gz", ".arc.gz"))
    limit = MAX_BYTES * 40 if (is_warc or suffix in JSONL_SUFFIXES | CSV_SUFFIXES | FEED_SUFFIXES) else MAX_BYTES
    if size > limit:
        yield _skip(origin, "too_large", f"{size / 1e6:.1f} MB is over the {limit / 1e6:.0f} MB limit for a {suffix or 'text'} file")
        return
    if is_warc:
        yield from read_warc(path)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield _skip(origin, "unreadable", f"cannot read file: {exc.strerror}")
        return
    text = decode(data, origin)
    if isinstance(text, Skip):
        yield text
        return
    if suffix in HTML_SUFFIXES or (suffix not in JSONL_SUFFIXES | CSV_SUFFIXES | FEED_SUFFIXES and _looks_like_html(text)):
        yield RawRecord(text=text, origin=origin, html=True)
    elif suffix in JSONL_SUFFIXES:
        yield from read_jsonl(text, origin)
    elif suffix in CSV_SUFFIXES:
        yield from read_csv(text, origin, delimiter="\t" if suffix == ".tsv" else ",")
    elif suffix in FEED_SUFFIXES:
        yield from read_feed(text, origin)
    else:
        yield read_text(text, origin)


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or ("<p>" in head and "</p>" in head)


def read_text(text: str, origin: str) -> RawRecord:
    """Plain text with an optional header block of ``Key: value`` lines before a blank line."""
    meta: dict[str, str] = {}
    lines = text.lstrip("\ufeff").split("\n")
    i = 0
    while i < len(lines) and i < 12:
        m = _HEADER.match(lines[i].strip())
        if not m:
            break
        meta[m[1].lower()] = m[2].strip()
        i += 1
    if meta and (i >= len(lines) or not lines[i].strip()):
        body = "\n".join(lines[i:])
    else:
        meta, body = {}, text
    title = meta.get("title")
    if title is None:
        title, body = split_headline(body)
    return RawRecord(
        text=body,
        origin=origin,
        title=title,
        url=meta.get("url") or meta.get("link"),
        source=meta.get("source"),
        published=parse_date(meta.get("published") or meta.get("date")),
    )


_SENTENCE_END = re.compile(r"[.!?:;,]['\"’”)]*$")


def split_headline(body: str) -> tuple[str | None, str]:
    """(headline, the rest) when plain text opens with a headline: one short line with no
    sentence ending, then a blank line, then the story. Otherwise (None, body).

    The headline is the article's title, not its first sentence: left in the text it would hide
    the dateline below it ("YANGON, Nov 24 -"), whose date would then pass for the date of the
    first event, and it would tell the lead's news a second time."""
    stripped = body.lstrip("\ufeff\n\r\t ")
    first, sep, rest = stripped.partition("\n")
    line = first.strip()
    if not sep or not line or len(line) > 200 or len(line.split()) > 30 or _SENTENCE_END.search(line):
        return None, body
    if dateline_end(line + " ") or line.endswith(("--", "—", "–", "]")):
        return None, body  # "NO CITY, NO DATE (WIRE) -- [TEXT]": the dateline itself
    if rest.strip("\r\t ")[:1] not in ("\n", "") or not rest.strip():
        return None, body  # no blank line after it: the first line of a paragraph
    return line, rest.lstrip("\r\n\t ")


_TEXT_KEYS = ("text", "body", "content", "article", "full_text", "maintext")
_DATE_KEYS = ("published", "date", "publish_date", "date_publish", "pubdate", "published_at")


def _from_mapping(rec: dict[str, object], origin: str) -> RawRecord | Skip:
    text = next((rec[k] for k in _TEXT_KEYS if isinstance(rec.get(k), str) and rec[k]), None)
    if not isinstance(text, str):
        return _skip(origin, "no_text", f"record has none of the text fields {', '.join(_TEXT_KEYS)}")
    rid = rec.get("id")
    return RawRecord(
        text=text,
        origin=origin,
        title=str(rec["title"]) if rec.get("title") else None,
        url=str(rec.get("url") or rec.get("link") or "") or None,
        source=str(rec["source"]) if rec.get("source") else None,
        published=parse_date(next((rec[k] for k in _DATE_KEYS if rec.get(k)), None)),
        html=_looks_like_html(text),
        record_id=str(rid) if rid is not None else None,
    )


def read_jsonl(text: str, origin: str) -> Iterator[RawRecord | Skip]:
    stripped = text.lstrip()
    if stripped.startswith("["):  # a JSON array of records
        try:
            items = json.loads(stripped)
        except json.JSONDecodeError as exc:
            yield _skip(origin, "bad_json", f"invalid JSON: {exc.msg} at line {exc.lineno}")
            return
        for n, item in enumerate(items if isinstance(items, list) else [], 1):
            yield _from_mapping(item, f"{origin}#{n}") if isinstance(item, dict) else _skip(f"{origin}#{n}", "bad_json", "not an object")
        return
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{origin}#{n}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _skip(where, "bad_json", f"line {n} is not valid JSON: {exc.msg}")
            continue
        yield _from_mapping(item, where) if isinstance(item, dict) else _skip(where, "bad_json", f"line {n} is not a JSON object")


def read_csv(text: str, origin: str, delimiter: str = ",") -> Iterator[RawRecord | Skip]:
    csv.field_size_limit(MAX_BYTES)
    try:
        reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
        for n, row in enumerate(reader, 2):
            clean = {(k or "").strip().lower(): v for k, v in row.items() if isinstance(v, str)}
            yield _from_mapping(dict(clean), f"{origin}#{n}")
    except csv.Error as exc:
        yield _skip(origin, "bad_csv", f"CSV error: {exc}")


def read_feed(text: str, origin: str) -> Iterator[RawRecord | Skip]:
    import feedparser  # imported here: only feed files pay for it

    feed = feedparser.parse(text)
    if not feed.entries:
        yield _skip(origin, "bad_feed", "no RSS/Atom entries found" + (f" ({feed.bozo_exception})" if feed.bozo else ""))
        return
    title = feed.feed.get("title") if hasattr(feed, "feed") else None
    for n, entry in enumerate(feed.entries, 1):
        content = entry.get("content")
        body = content[0].get("value") if content else entry.get("summary") or entry.get("description")
        if not body:
            yield _skip(f"{origin}#{n}", "no_text", "feed item has no content or description")
            continue
        published = None
        for key in ("published_parsed", "updated_parsed"):
            if entry.get(key):
                published = dt.date(*entry[key][:3])
                break
        yield RawRecord(
            text=body,
            origin=f"{origin}#{n}",
            title=entry.get("title"),
            url=entry.get("link"),
            source=entry.get("author") or title,
            published=published,
            html=True,
            record_id=entry.get("id"),
        )


def read_warc(path: Path) -> Iterator[RawRecord | Skip]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    origin = str(path)
    try:
        with path.open("rb") as fh:
            for n, record in enumerate(ArchiveIterator(fh), 1):
                if record.rec_type != "response":
                    continue
                ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
                if "html" not in ctype and "text" not in ctype:
                    continue
                data = record.content_stream().read(MAX_BYTES + 1)
                where = f"{origin}#{n}"
                if len(data) > MAX_BYTES:
                    yield _skip(where, "too_large", "WARC record over the 5 MB limit")
                    continue
                text = decode(data, where)
                if isinstance(text, Skip):
                    yield text
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                yield RawRecord(text=text, origin=where, url=url, html="html" in ctype,
                                published=parse_date(record.rec_headers.get_header("WARC-Date")))
    except ArchiveLoadFailed as exc:
        yield _skip(origin, "bad_warc", f"not a readable WARC file: {exc}")
