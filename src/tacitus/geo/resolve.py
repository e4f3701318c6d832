"""Toponym resolution: which place does each name in an article mean?

Deciding apart from writing: :func:`rank_candidates` is a pure scorer of one name's
candidates given what the article says elsewhere (a :class:`GeoContext`);
:func:`resolve_toponyms` resolves all mentions of one article jointly — countries, demonyms,
regions and unambiguous places build the context, then every name is ranked against what the
*other* names say — and returns :class:`tacitus.model.Place` records.

Why context must win over size: population alone sends "Gao" to the wrong continent
(DESIGN.md: "Gao" → Guantánamo) and "Tripoli" to Libya in an article about Lebanon; so the
population prior is log-scaled (a decade of population is worth 0.5) while a country the
article names is worth up to 2.5 — more the more of the article's evidence it holds.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from tacitus.geo import normalize
from tacitus.geo.records import (
    ADMIN1,
    ADMIN2,
    COUNTRY,
    POPULATED,
    REGION,
    GazetteerLike,
    PlaceRecord,
)
from tacitus.geo.spans import DIRECTION_WORDS, find_toponyms, is_caps_text
from tacitus.geo.supplement import ADMIN1_ABBREVIATIONS, ADMIN_DESIGNATORS, abbreviation_key
from tacitus.geo.usage import NEAR_WORDS, owned_after
from tacitus.model import Place

__all__ = ["GeoContext", "Weights", "find_toponyms", "rank_candidates", "resolve_toponyms"]


@dataclass
class GeoContext:
    """What an article tells us about where it happens, beyond one name."""

    countries: Counter[str] = field(default_factory=Counter)  # ISO3 → names, demonyms, admin1s
    place_countries: Counter[str] = field(default_factory=Counter)  # ISO3 → resolved places
    region_countries: set[str] = field(default_factory=set)  # members of regions named
    dateline_country: str | None = None
    dateline_geonameid: int | None = None
    actor_countries: set[str] = field(default_factory=set)
    admin1s: Counter[tuple[str, str]] = field(default_factory=Counter)  # (ISO3, admin1)


@dataclass(frozen=True)
class Weights:
    """Score terms, in log-odds-like units; see the module docstring for the scale."""

    primary_name: float = 1.0  # the query is the record's own name
    alternate_name: float = 0.25  # one of its alternate names (often historic or foreign)
    variant_name: float = -1.0  # only matched once a leading article was dropped
    per_decade: float = 0.5  # population prior, per factor of ten
    capital: float = 1.0  # national capitals are named far beyond their size
    kind: tuple[tuple[str, float], ...] = ((COUNTRY, 3.0), (REGION, 2.5), (ADMIN2, -0.5))
    # Country agreement: per unit of evidence (up to two) plus the country's share of all
    # the article's country evidence; a place's country counts half a named country.
    country_evidence: float = 0.75
    country_share: float = 1.0
    place_evidence: float = 0.5
    region_member: float = 1.5
    dateline_country: float = 1.5
    actor_country: float = 1.0
    admin1_agrees: float = 1.5
    designator_match: float = 3.0  # "Idlib province" → a division
    designator_mismatch: float = -1.0
    dateline_is_place: float = 0.5  # datelines name towns
    nesting: float = 2.0  # "Atlanta, Georgia": a candidate fits the name beside it
    seat_min_population: int = 1000  # a town inside a same-named division is its seat
    famous_population: int = 1_000_000  # a city known worldwide (or a national capital) ...
    famous_share: int = 50  # ... dwarfs a foreign namesake with a fiftieth of its people or fewer
    seat_alias_share: int = 10  # a town known by the division's name only as an alternate: its share
    definite_town: float = -2.0  # "the tropical Atlantic": towns take no article, seas and regions do


WEIGHTS = Weights()
# A dateline names a town known far beyond it ("BOGOTA, 5 JUL 89 --" is never Bogota, New Jersey,
# however often the story says "U.S. embassy"): its size and capital status count double.
DATELINE_WEIGHTS = Weights(per_decade=2 * WEIGHTS.per_decade, capital=2 * WEIGHTS.capital)


def match_strength(name: str, rec: PlaceRecord, w: Weights = WEIGHTS) -> float:
    """How well ``name`` matches the record: its own name, an alternate, or only a variant."""
    key = normalize.name_key(name)
    if key in (normalize.name_key(rec.name), normalize.name_key(rec.ascii_name or "")):
        return w.primary_name
    if any(normalize.name_key(a) == key for a in rec.alternate_names):
        return w.alternate_name
    return w.variant_name


def context_score(rec: PlaceRecord, context: GeoContext, w: Weights = WEIGHTS) -> float:
    """Agreement of a record with the article's countries, dateline, actors and admin1s."""
    countries: set[str] = set(rec.members) if rec.kind == REGION else ({rec.country} if rec.country else set())
    score = _country_agreement(countries, context, w)
    if countries & context.region_countries:
        score += w.region_member
    if context.dateline_country in countries:
        score += w.dateline_country
    if countries & context.actor_countries:
        score += w.actor_country
    if rec.country and rec.admin1 and context.admin1s[(rec.country, rec.admin1)] > 0:
        score += w.admin1_agrees
    if context.dateline_geonameid is not None and rec.geonameid == context.dateline_geonameid:
        score += w.dateline_is_place
    return score


def _country_agreement(countries: set[str], context: GeoContext, w: Weights) -> float:
    def evidence(c: str) -> float:
        return context.countries[c] + w.place_evidence * context.place_countries[c]

    # summed in a fixed order: a float sum in set order differs in its last bits between runs
    total = sum(evidence(c) for c in sorted(set(context.countries) | set(context.place_countries)))
    best = max((evidence(c) for c in countries), default=0.0)
    if best <= 0 or total <= 0:
        return 0.0
    return w.country_evidence * min(best, 2.0) + w.country_share * best / total


def prior_score(name: str, rec: PlaceRecord, w: Weights = WEIGHTS) -> float:
    """Context-free score: name match, log population, feature kind."""
    size = w.per_decade * math.log10(max(rec.population, 100))
    capital = w.capital if rec.capital else 0.0
    return match_strength(name, rec, w) + size + capital + dict(w.kind).get(rec.kind, 0.0)


def _designator_score(rec: PlaceRecord, designator: str | None, w: Weights) -> float:
    if designator is None:
        return 0.0
    return w.designator_match if rec.kind in (ADMIN1, ADMIN2) else w.designator_mismatch


def _inside(place: PlaceRecord, area: PlaceRecord) -> bool:
    """Whether ``place`` lies in ``area`` (a country, region, admin1 or admin2 record)."""
    if place is area or place.kind == area.kind:
        return False
    if area.kind == COUNTRY:
        return place.country == area.country and place.kind != REGION
    if area.kind == REGION:
        return bool(place.country) and place.country in area.members and place.kind != COUNTRY
    if area.kind == ADMIN1:
        return place.country == area.country and place.admin1 == area.name
    if area.kind == ADMIN2:
        return place.country == area.country and place.admin2 == area.name and place.kind in POPULATED
    return False


def _seat_adjusted(name: str, scored: list[tuple[PlaceRecord, float]], w: Weights) -> list[tuple[PlaceRecord, float]]:
    """A division and a town *inside it* answering to the same name: the town is meant.

    "Gao", "Idlib", "Tikrit", "Jenin" name both a division and its chief town; news means the
    town unless it says "province"/"region" (the designator term). The town takes the
    division's score when that is higher (the name fits the pair, whichever record holds it
    as its own name), and the division keeps a little less. Where the name is the division's own,
    a small town that only lists it among its alternates (GeoNames gives Minneota, 1,400 people, the
    alternate "Minnesota") is no seat of the state.
    """
    scores = [s for _, s in scored]
    for i, (area, _) in enumerate(scored):
        if area.kind not in (ADMIN1, ADMIN2):
            continue
        seats = [j for j, (r, _) in enumerate(scored) if r.kind in POPULATED and _inside(r, area)
                 and r.population >= w.seat_min_population
                 and not _only_alias_of(name, r, area, w)]  # fmt: skip
        if seats:
            seat = max(seats, key=lambda j: scores[j])
            scores[seat] = max(scores[seat], scores[i])
            scores[i] = scores[seat] - 0.5
    return [(rec, score) for (rec, _), score in zip(scored, scores, strict=True)]


def _only_alias_of(name: str, town: PlaceRecord, area: PlaceRecord, w: Weights) -> bool:
    """The name is the division's own and only an alternate of a town that is small beside it
    (a tenth of its people or fewer; "New York" the city, an alternate too, is not small)."""
    own = w.primary_name
    return (match_strength(name, area, w) == own and match_strength(name, town, w) != own
            and town.population * w.seat_alias_share < area.population)


def _nesting_score(rec: PlaceRecord, within: list[PlaceRecord], contains: list[PlaceRecord],
                   w: Weights) -> float:  # fmt: skip
    """"Alexandria, Louisiana": the first name lies in the second; reward the pairs that fit."""
    fits = any(_inside(rec, area) for area in within) or any(_inside(p, rec) for p in contains)
    return w.nesting if fits else 0.0


def famous_cities(candidates: list[PlaceRecord], w: Weights = WEIGHTS) -> list[PlaceRecord]:
    """The world cities (a million people) and national capitals among a name's candidates."""
    return [c for c in candidates if c.kind in POPULATED and (c.capital or c.population >= w.famous_population)]


def _dwarfed(rec: PlaceRecord, famous: list[PlaceRecord], w: Weights) -> bool:
    """A small town abroad that shares its name with a world city or a national capital (Brussels,
    Wisconsin, 1,100 people; London, Ohio; Paris, Kentucky)."""
    if rec.kind not in POPULATED or rec.capital:
        return False
    return any(c.country != rec.country and rec.population * w.famous_share <= c.population for c in famous)


def _context_or_local(rec: PlaceRecord, famous: list[PlaceRecord], context: GeoContext,
                      within: list[PlaceRecord], contains: list[PlaceRecord], w: Weights) -> float:  # fmt: skip
    """The context score, except that a town dwarfed by a famous namesake abroad takes the article's
    country only with local evidence: its province named too, a name beside it that holds it ("Paris,
    Texas"), or the dateline being that town. A story that names the United States twice does not
    make "Brussels" or "Rome" the American villages; one that names Kentucky may."""
    score = context_score(rec, context, w)
    if not famous or not _dwarfed(rec, famous, w):
        return score
    local = (bool(rec.admin1) and context.admin1s[(rec.country or "", rec.admin1 or "")] > 0) \
        or _nesting_score(rec, within, contains, w) > 0 \
        or (context.dateline_geonameid is not None and rec.geonameid == context.dateline_geonameid)  # fmt: skip
    return score if local else 0.0


def _definite_score(rec: PlaceRecord, candidates: list[PlaceRecord], definite: bool, w: Weights) -> float:
    """A name written with "the" and nothing after it ("the tropical Atlantic", "the eastern
    Pacific") is a sea, a region or a range, not a town or a county called so, where the name has
    such a reading."""
    if not definite or (rec.kind not in POPULATED and rec.kind != ADMIN2):
        return 0.0
    return w.definite_town if any(c.kind == REGION for c in candidates) else 0.0


def rank_candidates(name: str, candidates: list[PlaceRecord], context: GeoContext,
                    *, designator: str | None = None, within: list[PlaceRecord] | None = None,
                    contains: list[PlaceRecord] | None = None, definite: bool = False,
                    weights: Weights = WEIGHTS) -> list[tuple[PlaceRecord, float]]:  # fmt: skip
    """Candidates best first, each with a probability (softmax of its score).

    ``designator`` is a division word that follows the name in the text ("province").
    ``within`` are the candidates of a name written right after this one ("Alexandria,
    Louisiana": Louisiana's for Alexandria); ``contains`` those of the name right before it.
    ``definite``: the text writes the name after "the" and as a noun of its own ("the Atlantic").
    """
    if not candidates:
        return []
    within, contains = within or [], contains or []
    famous = famous_cities(candidates, weights)
    scored = [(rec, prior_score(name, rec, weights) + _context_or_local(rec, famous, context, within, contains, weights)
               + _designator_score(rec, designator, weights)
               + _nesting_score(rec, within, contains, weights)
               + _definite_score(rec, candidates, definite, weights)) for rec in candidates]  # fmt: skip
    scored = _seat_adjusted(name, scored, weights) if designator is None else scored
    top = max(s for _, s in scored)
    total = sum(math.exp(s - top) for _, s in scored)
    ranked = [(rec, math.exp(s - top) / total) for rec, s in scored]
    ranked.sort(key=lambda rs: (-rs[1], -rs[0].population, rs[0].name))
    return ranked


# ---------------------------------------------------------------- one article

_WORD_AFTER = re.compile(r"[\s-]*([A-Za-z]+)")
_DATELINE_END = re.compile(r"\s*(,|\(|-|–|—|:)")
_APPOSITION = re.compile(r"\s*,\s*")


@dataclass
class _Mention:
    start: int
    end: int
    text: str
    name: str
    designator: str | None
    candidates: list[PlaceRecord]
    demonym: PlaceRecord | None = None
    choice: PlaceRecord | None = None
    within: list[PlaceRecord] = field(default_factory=list)  # candidates of "X, <this one>"
    contains: list[PlaceRecord] = field(default_factory=list)
    evidence: tuple[PlaceRecord, str] | None = None  # what it tells the other mentions
    owner: bool = False  # a country named for what belongs to it ("U.S. advisers"): no evidence
    definite: bool = False  # "the Atlantic": written with the article, as a noun of its own

    def rank(self, context: GeoContext, weights: Weights = WEIGHTS) -> list[tuple[PlaceRecord, float]]:
        return rank_candidates(self.name, self.candidates, context, designator=self.designator,
                               within=self.within, contains=self.contains, definite=self.definite,
                               weights=weights)  # fmt: skip


def designator_after(text: str, end: int, name: str) -> str | None:
    """The division word right after a name ("Idlib province" → "province"), if any."""
    if normalize.tokens(name)[-1:] and normalize.tokens(name)[-1] in ADMIN_DESIGNATORS:
        return None
    found = _WORD_AFTER.match(text, end)
    word = found.group(1).lower() if found else ""
    return word if word in ADMIN_DESIGNATORS else None


# "the southern region of Puno", "the province of Idlib", "Thailand's southern province of Narathiwat": a division word
# before the name, with "of"
# (not "the city of", which names a town)
_DESIGNATOR_BEFORE = re.compile(
    r"(?:\b(?i:the|its|their)|[A-Za-z]['’]s)\s+(?:(?i:north|south|east|west|central|northern|southern|eastern|western|far|"
    r"north-?eastern|north-?western|south-?eastern|south-?western|neighbou?ring|restive|troubled|remote|same|volatile|border|mountainous)\s+){0,2}"
    r"(?P<word>(?i:region|province|state|department|governorate|prefecture|oblast))\s+of\s+$")


def designator_before(text: str, start: int) -> str | None:
    """The division word written before a name with "of" ("the region of Puno" → "region"), if any."""
    found = _DESIGNATOR_BEFORE.search(text, max(0, start - 60), start)
    return found["word"].lower() if found else None


# "the Atlantic", "the eastern Pacific", "the tropical Atlantic": the article, lower-case words
_THE_BEFORE = re.compile(r"\b(?i:the)\s+(?:[a-z][a-z-]*\s+){0,2}$")
# and nothing after the name that it could be modifying ("the Atlantic coast" is a coast)
_NOUN_AFTER = re.compile(r"[-\s]+(?![a-z]*ly\b)(?!(?:and|or|but|as|at|by|for|from|in|into|is|are|was|were|has|had|have|"
                         r"of|off|on|since|that|to|where|which|while|with|will|would|could|can|remains?|starts?|"
                         r"began|begins|between|near|until|during)\b)[A-Za-z]")


def definite_use(text: str, start: int, end: int) -> bool:
    """The name is written after "the" and is itself the noun ("the tropical Atlantic, which",
    "in the Pacific."), not a modifier ("the Toronto police", "the Atlantic coast")."""
    if text[start:start + 4].lower() == "the ":
        start += 4
    elif _THE_BEFORE.search(text, max(0, start - 40), start) is None:
        return False
    return _NOUN_AFTER.match(text, end) is None


def _strip_the(surface: str) -> str:
    return surface[4:] if surface.lower().startswith("the ") else surface


def _prepare(mentions: Iterable[tuple[int, int, str]], text: str, gaz: GazetteerLike) -> list[_Mention]:
    out = []
    caps = is_caps_text(text)
    for start, end, surface in sorted(mentions):
        name = _strip_the(surface.strip())
        # a country is never named without its article ("Salvador" is a surname or a Brazilian
        # city, not El Salvador)
        cands = [c for c in gaz.candidates(name) if c.kind != COUNTRY or not _without_article(name, c)]
        first, _, rest = name.partition(" ")
        if not cands and rest and first in DIRECTION_WORDS:  # "West Wales": Wales
            name, cands = rest, gaz.candidates(rest)
        abbreviation = abbreviation_key(name) if not caps else None  # "LA" in capitals is Spanish
        if abbreviation is not None:  # "Ky.", "B.C.": the state or province it stands for
            iso3, full = ADMIN1_ABBREVIATIONS[abbreviation]
            division = gaz.admin1(iso3, full)
            cands = [division] if division is not None else cands
        countries = [c for c in cands if c.kind == COUNTRY and match_strength(name, c) > 0]
        demonym = None if countries else gaz.demonym(name)
        out.append(_Mention(start, end, surface, name, designator_after(text, end, name) or designator_before(text, start),
                            [] if demonym else cands, demonym, definite=definite_use(text, start, end)))  # fmt: skip
    return out


def _without_article(name: str, rec: PlaceRecord) -> bool:
    """``name`` is the record's own name with its leading article dropped ("Salvador" of "El Salvador")."""
    first, _, rest = rec.name.partition(" ")
    return first.lower() in normalize.ARTICLES and normalize.name_key(rest) == normalize.name_key(name)


def _link_appositions(mentions: list[_Mention], text: str) -> None:
    """"Alexandria, Louisiana": the second name of a comma pair may contain the first."""
    for first, second in pairwise(mentions):
        if _APPOSITION.fullmatch(text[first.end : second.start]):
            first.within, second.contains = second.candidates, first.candidates


def _is_dateline(m: _Mention, text: str) -> bool:
    """A name that opens the article and is followed by ',', '(' or a dash; in mixed-case text also
    one in capitals after the headline ("Council to vote on budget. GALWAY — The mayor …")."""
    if not _DATELINE_END.match(text, m.end):
        return False
    if not text[: m.start].strip():
        return True
    return m.start < 300 and m.text.isupper() and len(m.text) > 3 and not is_caps_text(text)


def _unambiguous(m: _Mention) -> bool:
    return bool(m.candidates) and len({c.country for c in m.candidates}) == 1


# What a mention contributes to the context of the others.
EXPLICIT = "explicit"  # a country, demonym or unambiguous admin1: counts in ``countries``
PLACE = "place"  # a resolved place: counts in ``place_countries``
GUESS = "guess"  # an ambiguous name's first choice: counts for its country, never for its admin1


def _evidence(m: _Mention) -> tuple[PlaceRecord, str] | None:
    """Pass one: what a mention says on its own (ranked without any context)."""
    if m.demonym is not None:
        return m.demonym, EXPLICIT
    best = m.rank(GeoContext())
    if not best:
        return None
    top = best[0][0]
    if top.kind in (COUNTRY, REGION) or (top.kind == ADMIN1 and _unambiguous(m)):
        return top, EXPLICIT
    return (top, PLACE) if _unambiguous(m) else None


def _add(ctx: GeoContext, rec: PlaceRecord, how: str) -> None:
    if rec.kind == REGION:
        ctx.region_countries.update(rec.members)
        return
    if not rec.country:
        return
    counter = ctx.countries if how == EXPLICIT else ctx.place_countries
    counter[rec.country] += 1
    # a guess's province would vouch for its namesakes there ("Edmonton" guessed in Alberta made
    # "Queensland" the Albertan village)
    if rec.admin1 and how != GUESS:
        ctx.admin1s[(rec.country, rec.admin1)] += 1


def context_without(mentions: list[_Mention], base: GeoContext, name: str | None) -> GeoContext:
    """The context the *other* names give (those not called ``name``), on top of ``base``.

    Leaving a name's own evidence out keeps a first guess from voting for itself ("Georgia"
    read as the country must not make the article Georgian).
    """
    ctx = GeoContext(dateline_country=base.dateline_country,
                     dateline_geonameid=base.dateline_geonameid,
                     actor_countries=set(base.actor_countries))  # fmt: skip
    key = normalize.name_key(name) if name is not None else None
    for m in mentions:
        if m.evidence is not None and normalize.name_key(m.name) != key:
            _add(ctx, *m.evidence)
    return ctx


# a head of state, government or mission after a demonym: someone who speaks for that country
_ENVOY_AFTER = re.compile(r"\s+(?:(?:vice|deputy|former)[\s-]+)?(?:president|prime\s+minister|premier|foreign\s+minister|"
                          r"chancellor|king|queen|ambassadors?|embass(?:y|ies)|envoys?|consul(?:ate)?|diplomats?|"
                          r"foreign\s+ministry|head\s+of\s+state)\b", re.I)


def _first_pass(mentions: list[_Mention], text: str,
                  actor_countries: Iterable[str] = ()) -> GeoContext:  # fmt: skip
    """Pass one: each mention's own evidence, the whole article's context and its dateline."""
    for m in mentions:
        m.evidence = _evidence(m)
        if m.demonym is None and m.evidence is not None and m.evidence[0].kind == COUNTRY \
                and owned_after(text, m.end, country=True):  # fmt: skip
            # "U.S. ADVISERS", "the U.S. embassy": says whose, not where the story's towns are
            # (a demonym says who the people are: "Lebanese troops deployed in Tripoli")
            m.evidence, m.owner = None, True
        elif m.demonym is not None and _ENVOY_AFTER.match(text, m.end):
            # "a call to Costa Rican President Oscar Arias", "the Spanish ambassador": a foreign
            # government's people are named for what they say, not where the story is
            m.evidence, m.owner = None, True
    base = GeoContext(actor_countries=set(actor_countries))
    dateline = next((m for m in mentions[:3] if _is_dateline(m, text)), None)
    if dateline is not None and dateline.candidates:
        choice = dateline.rank(context_without(mentions, base, dateline.name), DATELINE_WEIGHTS)[0][0]
        base.dateline_country, base.dateline_geonameid = choice.country, choice.geonameid
    return context_without(mentions, base, None)


def to_place(rec: PlaceRecord, m: _Mention) -> Place:
    return Place(
        name=rec.name, country=rec.country, admin1=rec.admin1, admin2=rec.admin2,
        lat=rec.lat, lon=rec.lon, geonameid=rec.geonameid, precision=rec.precision,
        feature=rec.feature, text=m.text, start=m.start, end=m.end,
    )  # fmt: skip


def resolve_toponyms(mentions: list[tuple[int, int, str]], text: str, gaz: GazetteerLike,
                     *, actor_countries: Iterable[str] = ()) -> list[Place]:  # fmt: skip
    """Places for an article's mentions (start, end, surface), resolved jointly.

    Pass one gathers what countries, demonyms, regions and unambiguous names say; pass two
    ranks every name against what the *other* names say; a last pass adds pass two's
    choices for the ambiguous names as evidence and ranks those again. Demonyms
    ("Nigerian") feed the context but are not returned; names the gazetteer does not know
    are dropped. One :class:`Place` per resolved mention, in text order. A capitalised direction
    stays in the mention ("West Wales", "Southern California": the name as written, as both
    geoparsing corpora mark it) and the place is the area it names part of, at the area's point.
    """
    prepared = _prepare(mentions, text, gaz)
    _link_appositions(prepared, text)
    base = _first_pass(prepared, text, actor_countries)
    for m in prepared:
        if m.candidates:
            m.choice = m.rank(context_without(prepared, base, m.name))[0][0]
    for m in prepared:
        if m.evidence is None and m.choice is not None and not m.owner:
            m.evidence = (m.choice, GUESS)
    for m in prepared:
        if m.candidates and not _unambiguous(m):
            m.choice = m.rank(context_without(prepared, base, m.name))[0][0]
    near: dict[int, PlaceRecord] = {}
    for m, nxt in pairwise(prepared):
        # "Shaqra, a village about 20 km west of El Fasher": the village lies in its neighbour's country; the
        # gazetteer's namesake abroad is not it, so it is kept near the neighbour (precision 2)
        # (or a town written just before a town of another country it is near: "an attack on Kalari, near Konduga in Borno
        # state", where GeoNames knows "Kalari" only as a name of Cagliari)
        if m.choice is not None and nxt.choice is not None and nxt.choice.country and m.choice.country != nxt.choice.country \
                and (_DESCRIBED_NEAR.fullmatch(text, m.end, nxt.start) or (
                    m.choice.kind in POPULATED and (nxt.choice.kind in POPULATED or nxt.choice.kind == ADMIN2)
                    and _NEAR_TOWN.fullmatch(text, m.end, nxt.start))):
            m.choice, near[m.start] = None, nxt.choice
    placed = _placed_inside(prepared, text)
    for m in prepared:
        if (area := placed.get(m.start)) is None:
            continue
        # "the village of Boni, in central Mali's Mopti region": a namesake outside the area the text puts the
        # name in is not it (GeoNames lists "Boni" among Bonn's old names); a namesake inside is, else the name
        # is kept with the area's point
        inside = [c for c in m.candidates if c.country == area.country and (area.kind not in (ADMIN1, ADMIN2) or _inside(c, area))]
        if m.choice is not None and m.choice.country != area.country:
            m.choice = max(inside, key=lambda c: c.population) if inside else None
    located = _located(prepared, base)
    for m in prepared:
        division = m.designator or (found[1].lower() if (found := _LOCAL_DIVISION.match(text, m.end)) else None)
        if m.choice is not None and stray(m.choice, context_without(prepared, base, m.name), division,
                                          located[""] - located[normalize.name_key(m.name)]):
            m.choice = None
    return [to_place(m.choice, m) if m.choice is not None
            else _near_place(near[m.start], m) if m.start in near else _place_within(placed[m.start], m)
            for m in prepared if m.choice is not None or m.start in near or m.start in placed]


# what may stand between a name and the area the text puts it in: "Boni, in central Mali's", "Ghazni in eastern
# Afghanistan", "Kidal, Mali"
_PUT_IN = re.compile(r"\s*(?:,\s*)?(?:in\s+)?(?:the\s+)?(?:(?:far\s+)?(?:(?:north|south)(?:-?(?:east|west))?|east|west|central)(?:ern)?\s+)?")
_POSSESSIVE = re.compile(r"['’]s\s+(?:(?:far\s+)?(?:(?:north|south)(?:-?(?:east|west))?|east|west|central)(?:ern)?\s+)?")


def _placed_inside(mentions: list[_Mention], text: str) -> dict[int, PlaceRecord]:
    """The names of towns or districts the text puts inside a country or province written right after them
    ("Boni, in central Mali's Mopti region", "Ghazni in eastern Afghanistan"), with the smallest such area, by
    where the name starts."""
    found: dict[int, PlaceRecord] = {}
    for i, m in enumerate(mentions[:-1]):
        nxt = mentions[i + 1]
        # (a country or province; or a town written as the division it heads: "Boni in Douentza circle")
        division = nxt.designator is not None or _LOCAL_DIVISION.match(text, nxt.end) is not None
        if not m.candidates or nxt.choice is None or not (nxt.choice.kind in (COUNTRY, ADMIN1, ADMIN2) or division) \
                or (m.choice is not None and m.choice.kind not in POPULATED and m.choice.kind != ADMIN2):
            continue
        between = text[m.end : nxt.start]
        if not between.strip() or not _PUT_IN.fullmatch(between):
            continue
        area = nxt.choice
        # ("Mali's Mopti region": the province of that country, where the text names one)
        after = mentions[i + 2] if i + 2 < len(mentions) else None
        if area.kind == COUNTRY and after is not None and after.choice is not None and after.choice.kind == ADMIN1 \
                and after.choice.country == area.country and _POSSESSIVE.fullmatch(text, nxt.end, after.start):
            area = after.choice
        found[m.start] = area
    return found


def _place_within(area: PlaceRecord, m: _Mention) -> Place:
    """A place the gazetteer lacks, written as inside a province or country: its name, at the area's point and
    with the area's precision (the province is all that is known of where it lies)."""
    town = area.kind not in (COUNTRY, ADMIN1, ADMIN2)  # the town that heads the division: near it (ACLED: precision 2)
    return Place(name=_strip_the(m.text), country=area.country, admin1=area.admin1 if area.kind != COUNTRY else None,
                 admin2=area.admin2 if town else None, lat=area.lat, lon=area.lon, geonameid=None, precision=2 if town else 3,
                 feature="place", text=m.text, start=m.start, end=m.end)


def _near_place(neighbour: PlaceRecord, m: _Mention) -> Place:
    """A place the gazetteer lacks, written as near a known one: its name, at the neighbour's point."""
    return Place(name=_strip_the(m.text), country=neighbour.country, admin1=neighbour.admin1, admin2=neighbour.admin2,
                 lat=neighbour.lat, lon=neighbour.lon, geonameid=None, precision=2, feature="place",
                 text=m.text, start=m.start, end=m.end)


# ", a village about 20 km west of", ", a town near", ", a district of the city of": what lies next is its neighbour
_DESCRIBED_NEAR = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:village|town|city|settlement|district|suburb|hamlet|locality|"
                             r"area|camp|neighbou?rhood|township|municipality|commune)\s+(?:(?:about|some|around|roughly|nearly|just|only)\s+)?"
                             r"(?:\d[\d.,]*\s*(?:km|kilometres|kilometers|miles|mi)\s+)?(?:(?:north|south|east|west|north-?east|north-?west|"
                             r"south-?east|south-?west)(?:ern)?\s+)?(?:of|in|near|outside|from)\s+(?:the\s+)?"
                             r"(?:(?:town|city|village|province|region|district|state|capital)\s+(?:of\s+)?)?", re.I)
# ", near the town of", " not far from": what lies next is a town the name is near
_NEAR_TOWN = re.compile(rf",?\s+(?:(?:just|about|some)\s+)?(?:{NEAR_WORDS})\s+(?:the\s+(?:town|city|village)\s+of\s+)?")
# local divisions the text may write after a name ("Kani township", "Bol sub-prefecture"): a division, not a town
_LOCAL_DIVISION = re.compile(r"\s+(township|commune|tehsil|taluka|sub-?district|sub-?county|sub-?prefecture|chiefdom|ward|locality|circle|cercle)\b", re.I)
STRAY_HOME_EVIDENCE = 2  # the article must say plainly where it is before a town abroad is doubted
STRAY_POPULATION = 50_000


def _support(country: str, ctx: GeoContext) -> float:
    return ctx.countries[country] + ctx.place_countries[country] + (country in ctx.region_countries) \
        + 2 * (ctx.dateline_country == country) + (country in ctx.actor_countries)


def _located(mentions: list[_Mention], base: GeoContext) -> defaultdict[str, Counter[str]]:
    """ISO3 → how plainly the article says its story is there: the dateline (twice) and the names of places
    (not demonyms nor actors: "a Ukrainian drone … near the town of Shebekino" says whose drone, not that the
    story is in Ukraine). Under "" the whole article; under a name's key what that name alone adds, so that
    a name's own mentions can be taken out of what vouches for it."""
    found: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for other in mentions:
        rec = other.choice or (other.evidence[0] if other.evidence is not None and other.demonym is None else None)
        if other.demonym is None and not other.owner and rec is not None and rec.country:
            found[""][rec.country] += 1
            found[normalize.name_key(other.name)][rec.country] += 1
    if base.dateline_country:
        found[""][base.dateline_country] += 2
    return found


_BEARING_KEYS = frozenset(w.lower() for w in DIRECTION_WORDS) | {"and", "far"}


def _bearings_only(name: str) -> bool:
    """A name made of bearings alone ("Central and Western", "Northern", "Far North"): the words any
    text uses for a part of its own country."""
    words = re.split(r"[\s-]+", name.lower().strip())
    return all(w in _BEARING_KEYS for w in words)


def stray(rec: PlaceRecord, ctx: GeoContext, designator: str | None = None, located: Counter[str] | None = None) -> bool:
    """A town (or district) in a country nothing else in the article points to, in an article that says
    plainly where it is: a village the gazetteer lacks, matched to a namesake abroad (a township in
    a report from Myanmar is not the Japanese city of its name), or a word read as a name ("Salt",
    "Quarter"), or a province named by bearings alone ("the country's central and western region" is no
    district of Hong Kong). Dropped: no place beats the wrong country. A capital or a city of 50,000 stays
    (world news names them without their country); so does any town where the text names its
    country, province or neighbours."""
    bearings = _bearings_only(rec.name)
    if rec.kind not in POPULATED and rec.kind != ADMIN2 and not (rec.kind == ADMIN1 and bearings):
        return False
    if not rec.country or rec.capital:
        return False
    # a town, not a city many readers know; or a division the text names as one ("Kani township")
    # matched to a town; a province named by bearings alone is known only where its country is
    if rec.population >= STRAY_POPULATION and not (designator and rec.kind in POPULATED) and not bearings:
        return False
    if _support(rec.country, ctx) > 0:
        return False
    return max((located or Counter()).values(), default=0) >= STRAY_HOME_EVIDENCE
