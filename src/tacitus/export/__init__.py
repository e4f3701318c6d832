"""Exporters: merged events to ACLED CSV, CSV, JSON Lines and GeoJSON; relations to GraphML/JSON.

ACLED's column names and value conventions are reproduced so that notebooks written for
ACLED exports load ours unchanged.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable
from typing import Any

from tacitus.events.taxonomy import (
    ACLED_EVENT_TYPE,
    ACLED_SUB_EVENT_TYPE,
    INTER_CODE,
    disorder_type,
)
from tacitus.model import ActorKind

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]
_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
# the acts ACLED codes with "Unidentified Armed Group (Country)" as actor 1 when the doers are unknown (not air or
# artillery strikes, whose unknown doer is a state's forces, nor protests and strategic developments)
_UNIDENTIFIED_DOERS = frozenset({"armed_clash", "attack", "abduction", "sexual_violence", "remote_explosive", "grenade",
                                 "suicide_bomb", "looting_property_destruction"})


def _json_default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def to_jsonl(rows: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, default=_json_default, ensure_ascii=False) + "\n" for r in rows)


def to_csv(rows: list[dict[str, Any]], columns: list[str] | None = None) -> str:
    buf = io.StringIO()
    cols = columns or (list(rows[0]) if rows else [])
    writer = csv.DictWriter(buf, fieldnames=cols, extrasaction="ignore")
    writer.writeheader()
    for r in rows:
        writer.writerow({k: (json.dumps(v, default=_json_default) if isinstance(v, (list, dict)) else v) for k, v in r.items()})
    return buf.getvalue()


def acled_row(ev: dict[str, Any], countries: dict[str, tuple[str, str]]) -> dict[str, Any]:
    """One merged event as an ACLED row; ``countries`` maps ISO3 → (name, ACLED region)."""
    iso = ev.get("country")
    cname, region = countries.get(iso or "", (None, None))
    day = ev.get("date_end") or ev.get("date_start")
    k1, k2 = ev.get("actor1_kind"), ev.get("actor2_kind")
    actor1, interaction = ev.get("actor1") or "", ev.get("interaction")
    if not actor1 and cname and ev["event_type"] in _UNIDENTIFIED_DOERS:
        # ACLED's convention for an act whose doers the report does not name; the record itself leaves actor 1 empty
        actor1, k1, interaction = f"Unidentified Armed Group ({cname})", ActorKind.POLITICAL_MILITIA, None
    i1, i2 = INTER_CODE.get(k1 or "", 0), INTER_CODE.get(k2 or "", 0)
    sources = ev.get("sources") or []
    return {
        "event_id_cnty": f"{iso or 'XXX'}{ev['id'][:8].upper()}",
        "event_date": day.isoformat() if isinstance(day, dt.date) else day,
        "year": day.year if isinstance(day, dt.date) else None,
        "time_precision": _TIME_PRECISION.get(ev.get("date_precision") or "", 3),
        "disorder_type": disorder_type(ev["event_type"]),
        "event_type": ACLED_EVENT_TYPE[ev["event_family"]],
        "sub_event_type": ACLED_SUB_EVENT_TYPE[ev["event_type"]],
        "actor1": actor1,
        "assoc_actor_1": ev.get("assoc_actor1") or "",
        "inter1": i1,
        "actor2": ev.get("actor2") or "",
        "assoc_actor_2": ev.get("assoc_actor2") or "",
        "inter2": i2,
        "interaction": interaction or (f"{min(i1, i2)}{max(i1, i2)}" if i1 and i2 else f"{max(i1, i2)}0"),
        "civilian_targeting": "Civilian targeting" if ev.get("civilian_targeting") else "",
        "iso": _isonum(iso),
        "region": region or "",
        "country": cname or "",
        "admin1": ev.get("admin1") or "",
        "admin2": ev.get("admin2") or "",
        "admin3": "",
        "location": ev.get("location") or "",
        "latitude": ev.get("lat"),
        "longitude": ev.get("lon"),
        "geo_precision": ev.get("geo_precision") or 3,
        "source": "; ".join(s for s in sources if s),
        "source_scale": "",
        "notes": (ev.get("evidence") or "")[:1000],
        "fatalities": ev.get("fatalities") or 0,
        "tags": "",
        "timestamp": int(dt.datetime.now(dt.UTC).timestamp()),
    }


def _isonum(iso3: str | None) -> int | None:
    if not iso3:
        return None
    try:
        import pycountry

        c = pycountry.countries.get(alpha_3=iso3)
        return int(c.numeric) if c else None
    except (ImportError, KeyError, ValueError):
        return None


def to_geojson(rows: list[dict[str, Any]]) -> str:
    feats = []
    for r in rows:
        if r.get("lat") is None or r.get("lon") is None:
            continue
        props = {k: v for k, v in r.items() if k not in ("lat", "lon")}
        feats.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [r["lon"], r["lat"]]}, "properties": props})
    return json.dumps({"type": "FeatureCollection", "features": feats}, default=_json_default, ensure_ascii=False)


def relation_graph(rows: list[dict[str, Any]]) -> Any:
    """A networkx MultiDiGraph of relations (one edge per reported relation, dated)."""
    import networkx as nx

    g = nx.MultiDiGraph()
    for r in rows:
        s = r.get("source_id") or r["source"]
        t = r.get("target_id") or r["target"]
        g.add_node(s, label=r["source"], kind=r.get("source_kind") or "")
        g.add_node(t, label=r["target"], kind=r.get("target_kind") or "")
        g.add_edge(s, t, type=r["type"], date_start=str(r.get("date_start") or ""), date_end=str(r.get("date_end") or ""),
                   modality=r.get("modality") or "", evidence=r.get("evidence") or "", article_id=r.get("article_id") or "")
    return g


def to_graphml(rows: list[dict[str, Any]]) -> str:
    import networkx as nx

    buf = io.BytesIO()
    nx.write_graphml(relation_graph(rows), buf)
    return buf.getvalue().decode("utf-8")
