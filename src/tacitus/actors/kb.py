"""The actor knowledge base: our own data files, loaded once into an index.

Data (``tacitus/data``): ``actors/groups/*.yaml`` (non-state armed groups by region),
``actors/international.yaml`` (coalitions and missions), ``actors/people.yaml`` (leaders,
spokespeople, commanders with dated roles and titles) and ``countries.csv`` (from which the
state forces of every country are generated, with their demonym forms).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any, TypeAlias

import yaml

from tacitus.actors.normalize import key
from tacitus.actors.variants import add_word_order_variants
from tacitus.errors import ResourceError
from tacitus.geo.sources import CountryRow, read_countries_csv
from tacitus.model import ActorKind

DATA = resources.files("tacitus") / "data"


@dataclass(frozen=True, slots=True)
class Role:
    org: str
    role: str  # leader | deputy_leader | spokesperson | commander | founder | member
    start: dt.date | None
    end: dt.date | None
    titles: tuple[str, ...] = ()

    def covers(self, day: dt.date | None) -> bool:
        if day is None:
            return True
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


# One reader and one row type for data/countries.csv, shared with the gazetteer build.
Country: TypeAlias = CountryRow


@dataclass(frozen=True, slots=True)
class ActorEntry:
    id: str
    name: str
    kind: str
    countries: tuple[str, ...] = ()
    active: tuple[int | None, int | None] = (None, None)
    aliases: tuple[str, ...] = ()
    translations: tuple[str, ...] = ()
    descriptors: tuple[str, ...] = ()
    parent: str | None = None
    predecessor: str | None = None
    roles: tuple[Role, ...] = ()
    region_file: str = ""
    notes: str = ""
    variants: tuple[str, ...] = ()  # generated word orders of the names (``actors.variants``), not curated

    @property
    def is_person(self) -> bool:
        return self.kind == ActorKind.PERSON

    def active_strictly(self, day: dt.date | None) -> bool:
        """Whether ``day`` falls inside the active years exactly (no slack)."""
        if day is None:
            return True
        start, end = self.active
        return (start is None or start <= day.year) and (end is None or day.year <= end)

    def active_on(self, day: dt.date | None) -> bool:
        """Whether the actor existed on ``day`` (a year's slack on both ends: founding dates are fuzzy)."""
        if day is None:
            return True
        start, end = self.active
        return (start is None or start - 1 <= day.year) and (end is None or day.year <= end + 1)

    def names(self) -> Iterable[str]:
        yield self.name
        yield from self.aliases
        yield from self.translations
        yield from self.variants


def _date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    parts = [int(p) for p in str(value).split("-")]
    while len(parts) < 3:
        parts.append(1)
    return dt.date(*parts[:3])


def _end_date(value: Any) -> dt.date | None:
    """A role's end: a bare year or month means its last day."""
    if value in (None, ""):
        return None
    if isinstance(value, int) or (isinstance(value, str) and len(value) == 4):
        return dt.date(int(value), 12, 31)
    if isinstance(value, str) and len(value) == 7:
        y, m = (int(p) for p in value.split("-"))
        nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return _date(value)


def _tuple(value: Any) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(str(v) for v in value if v)


def entry_from_yaml(item: dict[str, Any], region: str) -> ActorEntry:
    active = item.get("active") or [None, None]
    return ActorEntry(
        id=str(item["id"]),
        name=str(item["name"]),
        kind=str(item.get("kind") or ActorKind.UNKNOWN),
        countries=_tuple(item.get("countries")),
        active=(active[0], active[1] if len(active) > 1 else None),
        aliases=_tuple(item.get("aliases")),
        translations=_tuple(item.get("translations")),
        descriptors=tuple(d.lower() for d in _tuple(item.get("descriptors"))),
        parent=item.get("parent"),
        predecessor=item.get("predecessor"),
        region_file=region,
        notes=str(item.get("notes") or ""),
    )


def person_from_yaml(item: dict[str, Any]) -> ActorEntry:
    roles = tuple(
        Role(
            org=str(r["org"]),
            role=str(r.get("role", "member")),
            start=_date(r.get("start")),
            end=_end_date(r.get("end")),
            titles=tuple(t.lower() for t in _tuple(r.get("titles"))),
        )
        for r in item.get("roles") or []
    )
    nationality = item.get("nationality")
    return ActorEntry(
        id=str(item["id"]),
        name=str(item["name"]),
        kind=ActorKind.PERSON,
        countries=(str(nationality),) if nationality else (),
        aliases=_tuple(item.get("aliases")),
        roles=roles,
        region_file="people",
        notes=str(item.get("notes") or ""),
    )


# Forms in which the press names a country's forces; "{d}" is a demonym, "{c}" the country name.
_MILITARY_FORMS = (
    "{d} army", "{d} military", "{d} troops", "{d} soldiers", "{d} forces", "{d} armed forces",
    "{d} government forces", "{d} security forces", "{d} defence forces", "{d} defense forces",
    "{d} air force", "{d} navy", "{d} special forces", "{d} warplanes", "{d} jets", "{d} fighter jets",
    "{d} aircraft", "{d} gunships", "{d} soldier", "{d} army troops", "{d} military forces", "{d} regime forces",
    "{d} regime", "{d} government soldiers", "{d} army soldiers", "{d} marines", "{d} paratroopers", "{d} national army",
    "{c} army", "{c}'s army", "{c}'s military", "{c}'s armed forces", "{c}'s security forces",
    "army of {c}", "armed forces of {c}", "military forces of {c}", "{d} government troops",
)
_POLICE_FORMS = ("{d} police", "{c} police", "{c}'s police", "police of {c}", "{d} policemen", "{d} police officers")
_GOVERNMENT_FORMS = ("{d} government", "government of {c}", "{c}'s government", "{d} authorities")


def state_entries(country: Country, extra: dict[str, list[str]] | None = None) -> list[ActorEntry]:
    """Military, police and government of one country, with every demonym form and the forces'
    own names from ``state_forces.yaml`` ("Tatmadaw", "FARDC", "IDF")."""
    extra = extra or {}
    names = [country.name] + ([f"the {country.name}"] if country.name.lower().startswith("united") else [])
    forms = {"military": _MILITARY_FORMS, "police": _POLICE_FORMS, "government": _GOVERNMENT_FORMS}
    titles = {
        "military": f"Military Forces of {country.name}",
        "police": f"Police Forces of {country.name}",
        "government": f"Government of {country.name}",
    }
    out = []
    for part, templates in forms.items():
        aliases = sorted({t.format(d=d, c=c) for t in templates for d in country.demonyms for c in names} | set(extra.get(part, [])))
        out.append(
            ActorEntry(
                id=f"{part}_{country.iso3.lower()}",
                name=titles[part],
                kind=ActorKind.STATE_FORCES,
                countries=(country.iso3,),
                aliases=tuple(aliases),
                region_file="countries",
            )
        )
    return out


@dataclass
class KnowledgeBase:
    """All actors, indexed by id and by normalised name."""

    entries: dict[str, ActorEntry] = field(default_factory=dict)
    countries: dict[str, Country] = field(default_factory=dict)

    def add(self, entry: ActorEntry) -> None:
        if entry.id in self.entries:
            raise ResourceError(f"actor id '{entry.id}' is defined twice ({self.entries[entry.id].region_file} and {entry.region_file}); ids must be unique", code="R010")
        self.entries[entry.id] = entry

    def update(self, entry: ActorEntry) -> None:
        """Replace the entry with ``entry``'s id, and forget the indexes built from the old one."""
        if entry.id not in self.entries:
            raise ResourceError(f"actor id '{entry.id}' is not in the knowledge base; add it before updating it", code="R012")
        self.entries[entry.id] = entry
        for index in ("by_key", "titles"):
            self.__dict__.pop(index, None)

    def get(self, actor_id: str | None) -> ActorEntry | None:
        return self.entries.get(actor_id) if actor_id else None

    @cached_property
    def by_key(self) -> dict[str, tuple[str, ...]]:
        """Normalised name → ids of every actor that has that name."""
        index: dict[str, list[str]] = defaultdict(list)
        for entry in self.entries.values():
            for name in entry.names():
                k = key(name)
                if k and entry.id not in index[k]:
                    index[k].append(entry.id)
        return {k: tuple(v) for k, v in index.items()}

    @cached_property
    def titles(self) -> dict[str, list[tuple[ActorEntry, Role]]]:
        """Lower-case title ("caliph", "supreme leader") → people holding it, with the role."""
        index: dict[str, list[tuple[ActorEntry, Role]]] = defaultdict(list)
        for entry in self.entries.values():
            for role in entry.roles:
                for title in role.titles:
                    index[key(title)].append((entry, role))
        return dict(index)

    @cached_property
    def demonyms(self) -> dict[str, str]:
        """Folded demonym or country name → ISO3."""
        out: dict[str, str] = {}
        for c in self.countries.values():
            for name in (c.name, *c.demonyms):
                out.setdefault(key(name), c.iso3)
        return out

    def roles_of(self, org_id: str, role: str, day: dt.date | None) -> list[ActorEntry]:
        """People holding ``role`` in ``org_id`` on ``day``."""
        return [e for e in self.entries.values() if any(r.org == org_id and r.role == role and r.covers(day) for r in e.roles)]

    def stats(self) -> dict[str, dict[str, int]]:
        """Counts by kind and by region file, for docs and the closing note."""
        by_kind: dict[str, int] = defaultdict(int)
        by_region: dict[str, int] = defaultdict(int)
        for e in self.entries.values():
            by_kind[e.kind] += 1
            by_region[e.region_file] += 1
        return {"by_kind": dict(by_kind), "by_region": dict(by_region)}


def _read_yaml(path: Any) -> list[dict[str, Any]]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ResourceError(f"knowledge-base file {path} is not valid YAML: {exc}", code="R011") from exc
    return list(data or [])


def read_countries(path: Any) -> dict[str, Country]:
    return {row.iso3: row for row in read_countries_csv(Path(str(path)))}


def load_kb(root: Path | None = None) -> KnowledgeBase:
    """Load every data file under ``root`` (default: the packaged data) into one index."""
    base: Any = root or DATA
    kb = KnowledgeBase()
    countries_file = base / "countries.csv"
    if countries_file.is_file():
        kb.countries = read_countries(countries_file)
        overlay_file = base / "actors" / "state_forces.yaml"
        overlay: dict[str, dict[str, list[str]]] = {}
        if overlay_file.is_file():
            overlay = {str(item["country"]): {k: list(v) for k, v in item.items() if k != "country"} for item in _read_yaml(overlay_file)}
        for country in kb.countries.values():
            for entry in state_entries(country, overlay.get(country.iso3)):
                kb.add(entry)
    actors = base / "actors"
    groups = actors / "groups"
    if groups.is_dir():
        for path in sorted(groups.iterdir(), key=lambda p: p.name):
            if path.name.endswith(".yaml"):
                for item in _read_yaml(path):
                    kb.add(entry_from_yaml(item, path.name.removesuffix(".yaml")))
    intl = actors / "international.yaml"
    if intl.is_file():
        for item in _read_yaml(intl):
            kb.add(entry_from_yaml(item, "international"))
    people = actors / "people.yaml"
    if people.is_file():
        for item in _read_yaml(people):
            kb.add(person_from_yaml(item))
    add_word_order_variants(kb)
    return kb
