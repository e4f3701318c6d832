"""Cross-article merging: reports of one event in many articles become one event.

Two reports are one event when they agree on what (compatible type family), where (same
place, or points within 25 km), when (dates within two days) and who (no conflicting named
perpetrator). A report that names only the province joins the one located event of that
province, day and kind, if there is exactly one. Matching is blocked by country and family, so the work grows with the number
of reports per country-family, not with the square of the store. ``cluster_id`` is the
smallest event id of each connected group; the ``merged_events`` view reconciles the rest.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import dataclass

from tacitus.store import Store

MAX_KM = 25.0
MAX_DAYS = 2


@dataclass(frozen=True, slots=True)
class Report:
    id: str
    article_id: str
    family: str
    country: str | None
    location: str | None
    lat: float | None
    lon: float | None
    precision: int | None
    day: dt.date | None
    actor1_id: str | None
    actor2_id: str | None
    admin1: str | None = None


def km(a: Report, b: Report) -> float:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return math.inf
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))  # type: ignore[arg-type]
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def same_event(a: Report, b: Report) -> bool:
    """Whether two reports from different articles describe one event."""
    if a.article_id == b.article_id or a.family != b.family:
        return False
    if a.day is None or b.day is None or abs((a.day - b.day).days) > MAX_DAYS:
        return False
    same_place = (a.precision or 3) <= 2 and (b.precision or 3) <= 2 and (a.location == b.location or km(a, b) <= MAX_KM)
    if same_place and abs((a.day - b.day).days) <= 1:
        # Same town, same or next day, same kind of violence: outlets often credit different
        # perpetrators early on (a group and its parent organisation); that is not two events.
        return True
    if a.actor1_id and b.actor1_id and a.actor1_id != b.actor1_id:
        return False
    if same_place:
        return True
    if (a.precision or 3) <= 2 and (b.precision or 3) <= 2:
        return False
    # a country-level report joins a located one only if it names the same perpetrator and target
    return bool(a.actor1_id and a.actor1_id == b.actor1_id and (a.actor2_id == b.actor2_id))


def clusters(reports: list[Report]) -> dict[str, str]:
    """event id → cluster id (union-find within country-family blocks)."""
    parent = {r.id: r.id for r in reports}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    blocks: dict[tuple[str | None, str], list[Report]] = defaultdict(list)
    for r in reports:
        blocks[(r.country, r.family)].append(r)
    for block in blocks.values():
        block.sort(key=lambda r: r.day or dt.date.min)
        for i, a in enumerate(block):
            for b in block[i + 1 :]:
                if a.day and b.day and (b.day - a.day).days > MAX_DAYS:
                    break
                if same_event(a, b):
                    ra, rb = find(a.id), find(b.id)
                    if ra != rb:
                        parent[max(ra, rb)] = min(ra, rb)
        # a report placed only at province level joins the one located event of that province, day and kind
        located: dict[str, list[Report]] = defaultdict(list)
        for r in block:
            if r.admin1 and (r.precision or 3) <= 2:
                located[r.admin1].append(r)
        for coarse in block:
            if not coarse.admin1 or coarse.admin1 not in located:
                continue
            hosts = {find(b.id) for b in located[coarse.admin1] if in_province(coarse, b)}
            if len(hosts) == 1:
                ra, rb = find(coarse.id), hosts.pop()
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
    return {r.id: find(r.id) for r in reports}


def in_province(coarse: Report, fine: Report) -> bool:
    """``coarse`` tells, at the level of a province ("gunmen killed 23 people in Zamfara state"), an
    event that ``fine`` places in a town of that province, within a day, from another article, with
    no named perpetrator against it. Used only when one located event (one cluster) fits."""
    if coarse.article_id == fine.article_id or coarse.family != fine.family or not coarse.admin1 or coarse.admin1 != fine.admin1:
        return False
    if coarse.precision != 3 or coarse.location != coarse.admin1 or (fine.precision or 3) > 2:
        return False
    if coarse.day is None or fine.day is None or abs((coarse.day - fine.day).days) > 1:
        return False
    return not (coarse.actor1_id and fine.actor1_id and coarse.actor1_id != fine.actor1_id)


def recluster(store: Store) -> int:
    """Recompute every event's cluster id; returns the number of merged (multi-report) events."""
    rows = store.con.execute(
        "SELECT e.id, e.article_id, e.event_family, e.country, e.location, e.lat, e.lon, e.geo_precision, "
        "coalesce(CASE WHEN e.date_basis <> 'before_publication' THEN e.date_end END, a.published), e.actor1_id, e.actor2_id, e.admin1 "
        "FROM events e JOIN articles a ON a.id = e.article_id"
    ).fetchall()
    reports = [Report(*row) for row in rows]
    mapping = clusters(reports)
    store.con.execute("CREATE OR REPLACE TEMP TABLE cluster_map (id VARCHAR, cluster_id VARCHAR)")
    if mapping:
        store.con.execute("INSERT INTO cluster_map SELECT unnest($1), unnest($2)", [list(mapping), list(mapping.values())])
    store.con.execute("UPDATE events SET cluster_id = m.cluster_id FROM cluster_map m WHERE events.id = m.id")
    return sum(1 for k, v in mapping.items() if k != v)
