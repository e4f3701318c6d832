"""The pipeline: resources loaded once, stages run over batches of documents.

    res = Resources.load()
    for doc in run_articles(articles, res):
        ...

Each stage is ``stage(doc, res) -> Document``: it reads what earlier stages added and adds its
own part. The NLP stage is the one batch stage (``nlp.pipe`` over the candidate sentences of
a whole batch). Every failure inside a stage becomes a :class:`Skip` on the document, so one
bad article never stops a run.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Any

from tacitus.actors.kb import KnowledgeBase, load_kb
from tacitus.actors.matcher import NameMatcher, text_case
from tacitus.actors.resolve import ARMED_NON_STATE, Resolver
from tacitus.dateline import dateline_end, find_dateline
from tacitus.dates import find_dates, long_past
from tacitus.events.coref import (
    carry_perpetrators,
    drop_aside_doers,
    merge_in_article,
    one_per_person,
    turns,
)
from tacitus.events.detect import EventExtractor
from tacitus.events.lexicon import candidate_pattern
from tacitus.events.passes import (
    attribute_aircraft,
    blamed_doers,
    fold_crowd_casualties,
    fold_tolls,
    killing_raids,
    placed_in_detail,
    placed_unnamed,
    protesters_first,
)
from tacitus.model import ActorRef, Article, Document, Event, Place, Skip, Span
from tacitus.nlp import NlpResources, annotate, common_words, load_pipeline, load_splitter
from tacitus.nlp.case import CaseRestorer
from tacitus.relations.extract import RelationExtractor

log = logging.getLogger(__name__)
Stage = Callable[[Document, "Resources"], Document]


@dataclass
class Resources:
    """Everything a run shares: loaded once, never per document."""

    kb: KnowledgeBase
    nlp: NlpResources
    gazetteer: Any  # tacitus.geo.Gazetteer (or an in-memory twin)
    resolver: Resolver
    events: EventExtractor
    relations: RelationExtractor

    @classmethod
    def load(cls, gazetteer: Any = None, kb: KnowledgeBase | None = None, fast: bool = False) -> Resources:
        from tacitus.geo import ensure_gazetteer

        kb = kb or load_kb()
        nlp = load_pipeline()
        common = common_words(nlp)
        matcher = NameMatcher(kb, common_words=common)
        case = CaseRestorer((w for e in kb.entries.values() for n in e.names() for w in re.findall(r"[^\W\d_]+", n)), common)
        case.add_countries(kb.demonyms)
        gaz = gazetteer if gazetteer is not None else ensure_gazetteer()
        cue = candidate_pattern()
        return cls(
            kb=kb,
            nlp=NlpResources(nlp=nlp, splitter=load_splitter(), case=case, is_candidate=lambda s: cue.search(s) is not None, ner=not fast),
            gazetteer=gaz,
            resolver=Resolver(kb, matcher),
            events=EventExtractor({c.iso3: c.name for c in kb.countries.values()}, country_place=lambda iso: country_place(gaz, iso),
                                  common_words=frozenset(common), demonyms={k: v for k, v in kb.demonyms.items() if " " not in k},
                                  capital_place=lambda iso: capital_place(gaz, iso)),
            relations=RelationExtractor(kb),
        )


def country_place(gaz: Any, iso3: str) -> Place | None:
    """The gazetteer's point for a country, as a precision-3 Place."""
    rec = gaz.country(iso3)
    if rec is None:
        return None
    return Place(name=rec.name, country=rec.country, lat=rec.lat, lon=rec.lon, geonameid=rec.geonameid, precision=3, feature="country")


def capital_place(gaz: Any, iso3: str) -> Place | None:
    """The gazetteer's national capital of a country, as a town (precision 1)."""
    rec = gaz.capital(iso3)
    if rec is None:
        return None
    return Place(name=rec.name, country=rec.country, admin1=rec.admin1, admin2=rec.admin2, lat=rec.lat, lon=rec.lon,
                 geonameid=rec.geonameid, precision=1, feature="place")


# -- stages -----------------------------------------------------------------------------------

def resolve_actors(doc: Document, res: Resources) -> Document:
    res.resolver.resolve_document(doc)
    return doc


def locate_places(doc: Document, res: Resources) -> Document:
    from tacitus.geo import find_toponyms, resolve_toponyms
    from tacitus.geo.facilities import site_places

    text = doc.article.text
    ner = [(e.start, e.end, e.label) for e in doc.entities]
    mentions = find_toponyms(text, ner, res.gazetteer, res.events.common_words)
    dl = find_dateline(text)
    if dl and not any(s == dl[0] for s, _, _ in mentions):
        mentions = sorted([*mentions, (dl[0], dl[1], dl[2])])
    actor_countries = [r.country for r in doc.actors if r.country]
    places = resolve_toponyms(mentions, text, res.gazetteer, actor_countries=actor_countries)
    dateline = next((p for p in places if dl and p.start == dl[0]), None)
    head = dateline_end(text)
    mentioned, located = _body_countries(doc, places, head, res)
    towns = _town_countries([p for p in places if (p.start or 0) >= head], dateline)
    # A dateline abroad ("MOSCOW, 9 JUL 89 -- … Peruvian communists …") says where the report was
    # filed, not where events happened: it is no fallback location when the article is about elsewhere
    # and its body never names the dateline's country (the dateline's own "(SPAIN)" says where the
    # report was filed, not what it is about).
    # The towns the story names count too: a Salvadoran story from "SAN SALVADOR" that never names its
    # country but names "U.S." twice ("the U.S. embassy") is still about El Salvador.
    evidence = mentioned + towns
    # what the body says, before the dateline's own weight is added for its namesakes below
    body = mentioned + Counter(p.country for p in places if _is_town(p) and p.country and (p.start or 0) >= head)
    filed = dateline
    # only places say the story is elsewhere: "a Spaniard and a Frenchman were kidnapped" in a report
    # from Guatemala City says who the victims were, not that it happened abroad
    placed = located + towns
    if dateline is not None and dateline.country and not evidence[dateline.country] and placed and placed.most_common(1)[0][1] >= 2:
        dateline = None
    said = Counter(mentioned)  # the body's words alone, before the dateline's weight
    if dateline is not None and dateline.country:
        mentioned[dateline.country] += 2
    # a story that names no country at all is placed by the big cities it names: a hamlet abroad that shares
    # its name with a suburb ("the suburb of El Poblado" beside Medellín) is not where the story went
    cities = Counter() if mentioned else _city_countries([p for p in places if (p.start or 0) >= head], res.gazetteer)
    moved = [(p, keep_in_country(p, mentioned or _if_hamlet(p, cities, res.gazetteer), filed, towns, res.gazetteer, text, said))
             for p in places]
    # a foreign name moved by name alone is dropped where the text shows it names something else
    places = [q for p, q in moved if q is p or q.geonameid is not None or not names_no_place(text, q)]
    mixed = text_case(text) == "mixed"
    places = site_places(text, places, caps=not mixed)
    found = unresolved_places(text, places, frozenset() if mixed else res.events.common_words)
    found = [p for p in found if res.gazetteer.demonym(p.name) is None]  # "the eastern Congolese town of …"
    # a group the knowledge base knows names whose area it is, not where ("the Hezbollah area")
    groups = [(r.start, r.end) for r in doc.actors if r.actor_id and r.start is not None and r.end is not None]
    found = [p for p in found if not any(a < (p.end or 0) and (p.start or 0) < b for a, b in groups)]
    found += named_again(text, found, places, known=lambda name: bool(res.gazetteer.candidates(name)))
    places = superseded(places, found)
    home = dateline.country if dateline is not None and dateline.country else story_home(evidence, actor_countries)
    ordered = sorted((_with_country_point(p, res.gazetteer) for p in [*places, *found]), key=lambda p: p.start or 0)
    doc.places = one_sense(in_named_division(ordered, text), home)
    doc.place_modifiers = city_adjectives(doc.places, text, res.gazetteer) | group_adjectives(doc.places, doc.actors, text)
    doc.dateline = dateline
    doc.country_evidence = dict(body)
    return doc


def story_home(evidence: Counter[str], actor_countries: Iterable[str]) -> str | None:
    """With no dateline, the country the body most places the story in; on a tie, the one its actors
    belong to ("Salvadoran troops", and two towns each in El Salvador and Mexico), then the one named
    first (the counter's order), never one the string hash picks."""
    if not evidence:
        return None
    actors = set(actor_countries)
    return max(evidence, key=lambda c: (evidence[c], c in actors))


def _body_countries(doc: Document, places: list[Place], head: int, res: Resources) -> tuple[Counter[str], Counter[str]]:
    """What the body (after the dateline's end ``head``) says of each country (ISO3 → count):
    how often it names it, its demonym or its provinces (``mentioned``, for namesakes), and how often
    it names it, or its provinces, as a place (``located``: no demonyms, which say who, not where).

    The dateline's own words ("MEXICO CITY (MEXICO), 10 NOV --") say where the report was filed, and
    a country named only for what belongs to it ("the U.S. embassy", "U.S. citizens") or for what a
    crowd opposes ("protesting against Rwanda") says nothing of where the story's towns are: none counts."""
    from tacitus.geo.usage import locative_countries, opposed, owner_use

    text = doc.article.text
    mentioned = Counter(doc.country_mentions)  # counted by the actor stage
    if head:
        mentioned -= res.resolver.country_mentions(text[:head])
    owned = Counter(p.country for p in places if p.feature == "country" and p.country and (owner_use(p, text) or opposed(p, text)))
    mentioned = Counter({iso: n - owned[iso] for iso, n in mentioned.items() if n > owned[iso]})
    located = locative_countries(places, text, after=head)
    for iso, n in located.items():  # a name is counted once, not as a word and again as a place
        mentioned[iso] = max(mentioned[iso], n)
    provinces = Counter(p.country for p in places if p.feature == "admin1" and p.country and (p.start or 0) >= head)
    return mentioned + provinces, located + provinces


def _with_country_point(place: Place, gaz: Any) -> Place:
    """A place known only by name gets its country's point (its precision says how coarse that is)."""
    if place.lat is not None or not place.country:
        return place
    country = country_place(gaz, place.country)
    if country is None:
        return place
    return replace(place, lat=country.lat, lon=country.lon, precision=max(place.precision, 2))


def _is_town(place: Place) -> bool:
    return place.precision == 1 and place.feature not in ("country", "admin1", "admin2", "region")


def _town_countries(places: list[Place], dateline: Place | None) -> Counter[str]:
    """ISO3 → how many differently named towns the article places there (the dateline aside)."""
    # distinct names in text order (a dict, not a set: a tie between two countries in the counter goes to
    # the one whose town comes first, never to whichever the string hash puts first)
    named = dict.fromkeys((p.name, p.country) for p in places if _is_town(p) and p.country
                          and (dateline is None or p.start != dateline.start))
    return Counter(country for _, country in named)


def keep_in_country(place: Place, mentioned: Counter[str], dateline: Place | None,
                    towns: Counter[str] | None = None, gaz: Any = None, text: str = "",
                    said: Counter[str] | None = None) -> Place:
    """A town resolved to a country the article never mentions, when the article is plainly about
    another country, is most likely a namesake ("San Ramon" in a Salvadoran story is not the Californian
    one): keep the name, drop the foreign coordinates, place it in the article's country (precision 2).
    An event in the wrong country is worse than an imprecise one. Other towns the article places in
    the same country (``towns``: distinct names per country) are evidence too.

    With the gazetteer (``gaz``), a namesake it knows in the article's country is taken, point and
    all; and a city of 100,000 or more with no namesake there stays where it is ("the church met in
    Medellin" in a story from Panama is Colombia's Medellín), unless the article's ``text`` writes a
    division word after it ("the Madina district" of a Somali story is no Saudi city) or the noun of a
    named thing ("the Naivasha market" of a Sudanese story is no Kenyan town) or is in
    capitals, where such a "city" is as often a surname ("RODRIGUEZ", "CANO") unless it is a world city
    (a capital or a city of a million) after "in" ("THE BISHOPS MET IN MEDELLIN"). A national capital in
    capitals stays where the text uses it as a place ("DIED IN SAN SALVADOR") or where only the
    dateline's weight makes the article's country (``said``: what the body itself says of each
    country): "the archbishop of San Salvador" in a report filed from Paris is the Salvadoran capital."""
    towns = towns or Counter()
    if place.precision != 1 or not place.country or mentioned[place.country]:
        return place
    if dateline is not None and place.start == dateline.start:
        return place
    if not mentioned:
        return place
    main, n = mentioned.most_common(1)[0]
    others = towns[place.country] - (1 if _is_town(place) else 0)  # other towns placed there
    # the towns placed in the article's country count with its mentions; on a tie, the country the
    # text names beats one it never names
    if n + towns[main] < 2 or main == place.country or 2 * others > n + towns[main]:
        return place
    if gaz is not None:
        from tacitus.geo.resolve import designator_after
        from tacitus.geo.spans import is_caps_text

        found = _namesake(place, main, gaz)
        # in capitals a "big city" is as often a surname ("RODRIGUEZ", "CANO"): only mixed case trusts it
        caps = bool(text) and is_caps_text(text)
        district = bool(text) and designator_after(text, place.end or 0, place.text or place.name) is not None
        # "the Naivasha market in the south of the city" in a Sudanese story: a foreign city's name on a
        # market, a street or a hotel names that thing, not the city
        named_thing = bool(text) and _NAMED_THING_AFTER.match(text, place.end or 0) is not None
        if found is not None and found is not place and not caps and _dwarfs(place, found, gaz) \
                and not _NAME_TAIL.search(text, max(0, (place.start or 0) - 30), place.start or 0):  # fmt: skip
            # "Brussels" in a story about the United States is still Belgium's capital; but the tail of
            # a longer name ("the Santa Rosa de Lima cartel") is no reading of the capital at all
            return place
        # in capitals a world city after "in" is used as a place ("MET IN MEDELLIN"), not a surname (a smaller city's
        # name, "IN SAN MIGUELITO", "NEAR SAVANA", is as often the story's own village)
        if found is not None and not (found is place and (district or (caps and not (_after_in(text, place) and _famous(place, gaz))) or named_thing)):
            return found
        only_filed = said is not None and said[main] < 2
        if found is place and not district and (_after_in(text, place) or only_filed) and _national_capital(place, gaz):
            return place
    return Place(name=place.text or place.name, country=main, precision=2, feature="place", text=place.text,
                 start=place.start, end=place.end)


_PLACE_PREPOSITION = re.compile(r"\b(?i:in|near|outside|inside|into|around)\s+$")


def _after_in(text: str, place: Place) -> bool:
    """The name follows "in", "near" and the like: the text uses it as a place, not as a surname."""
    start = place.start or 0
    return _PLACE_PREPOSITION.search(text, max(0, start - 12), start) is not None


def _famous(place: Place, gaz: Any) -> bool:
    """A national capital or a city of a million, written under its own name ("MEDELLIN", not "CANO" for
    Kano): known worldwide by its name alone."""
    from tacitus.geo.normalize import name_key
    from tacitus.geo.resolve import famous_cities

    written = name_key(place.text or place.name)
    return any(c.geonameid == place.geonameid and name_key(c.name) == written for c in famous_cities(gaz.candidates(place.text or place.name)))


def _national_capital(place: Place, gaz: Any) -> bool:
    return any(c.geonameid == place.geonameid and c.capital for c in gaz.candidates(place.text or place.name))


# "the sprawling Caracas district of Petare", "the Kabul suburb of Paghman": a city named as the adjective of its part
_PART_OF_CITY = re.compile(r"\s+(?:district|neighbou?rhood|suburb|quarter|slum|shanty\s*town|township|borough|barrio)\s+of\s+(?:the\s+)?", re.I)


def city_adjectives(places: list[Place], text: str, gaz: Any) -> set[tuple[int, int]]:
    """The spans of cities written before the kind and name of one of their parts ("the Caracas district of
    Petare"): the part is where things happened. Only where the gazetteer says the city is the larger place: "the
    Hamdallaye neighbourhood of Conakry" writes the part first."""
    return {(city.start or 0, city.end or 0) for city, part in pairwise(places)
            if _is_town(city) and part.geonameid is not None and city.geonameid is not None
            and _PART_OF_CITY.fullmatch(text, city.end or 0, part.start or 0)
            and (_population(city, gaz) or 0) > (_population(part, gaz) or 0)}


def group_adjectives(places: list[Place], actors: list[ActorRef], text: str) -> set[tuple[int, int]]:
    """The spans of places written as the first word of an armed group's description ("the Zaire militia", "former
    Darfur rebel movements"): where the fighters come from or are named after, not where anything happened. (A
    force of the state keeps its town: "Kano police arrested five" is in Kano.)"""
    starts = {r.start for r in actors if r.kind in ARMED_NON_STATE and r.start is not None}
    out = set()
    for p in places:
        gap = _BEFORE_GROUP_NOUN.match(text, p.end or 0)
        # (not after a locative: "IN SAN CLEMENTE TERRORISTS THREW BOMBS" names where, the comma left out)
        if p.feature != "country" and gap is not None and gap.end() in starts and not _LOCATIVE_BEFORE.search(text, max(0, (p.start or 0) - 30), p.start or 0):
            out.add((p.start or 0, p.end or 0))
    return out


_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|around)\s+(?:the\s+)?(?:(?:town|city|village|district|province|region|area)\s+of\s+)?$", re.I)
_BEFORE_GROUP_NOUN = re.compile(r"[ ]+(?:(?:armed|ethnic|tribal|local|self-defen[cs]e|community)\s+)?")


_TOWN_THEN_DIVISION = re.compile(r"\s*,\s*(?:also\s+in\s+(?:the\s+)?)?|\s+in\s+(?:the\s+)?")  # "Kukawa, Borno state", "Tame in Arauca department"
_DIVISION_WORD = re.compile(r"\b(?:province|district|department|state|county|prefecture|governorate|municipality|territory)\b", re.I)


def in_named_division(places: list[Place], text: str) -> list[Place]:
    """A town written just before the province or district it lies in ("the village of Kukawa, Borno
    state", "Barbacoas, Yondo municipality") is in that division: a namesake elsewhere that the
    resolver preferred (a bigger one across the border, one in another province), or a village the
    gazetteer lacks, takes the division's point, precision 2, with the name kept. (Of a district the
    gazetteer may not say which district a town is in: only its province is checked.)"""
    out = list(places)
    for i, town in enumerate(places):
        area = _division_after(places, i, text)
        if area is None:
            continue
        by_name = town.geonameid is None and town.feature == "place"  # a village kept by name only
        if not ((_is_town(town) or by_name) and area.feature in ("admin1", "admin2") and area.country and area.lat is not None):
            continue
        province = area.admin1 or (area.name if area.feature == "admin1" else None)
        # districts share names across borders: one abroad is likelier the misreading, unless the text calls it a division
        # ("near Pensa, also in Sanmatenga province": the gazetteer knows Pensa only as Russia's Penza)
        named_division = bool(_DIVISION_WORD.search(area.text or ""))
        if area.feature == "admin2" and (province is None or (town.country != area.country and not by_name and not named_division)):
            continue
        if town.country == area.country and (town.admin1 in (province, area.name) or (town.admin1 is None and not by_name)):
            continue
        # (a namesake abroad keeps only the name the text gives it: "Nasir" is no "Nasir Extension" of Khartoum)
        name = town.name if town.country == area.country or not town.text else (town.text.title() if town.text.isupper() else town.text)
        out[i] = Place(name=name, country=area.country, admin1=province, admin2=area.name if area.feature == "admin2" else None,
                       lat=area.lat, lon=area.lon, precision=2, feature="place", text=town.text, start=town.start, end=town.end)
    return out


# "Nasir in South Sudan's Upper Nile state": the country that owns the province, between the town and it
_IN_COUNTRYS = re.compile(r"\s+in\s+(?:the\s+)?(?P<country>[^,;.]{2,40}?)['’]s?\s+(?:(?:north|south|east|west|central)\w*\s+|far[\s-]+\w+\s+)?$", re.I)


def _division_after(places: list[Place], i: int, text: str) -> Place | None:
    """The place written right after ``places[i]`` as the division it lies in: after a comma or "in" ("Kukawa, Borno
    state", "Tame in Arauca department"), or after "in" and the possessive of the division's country ("Nasir in South
    Sudan's Upper Nile state"); None otherwise."""
    town = places[i]
    if i + 1 < len(places) and places[i + 1].feature != "country" and _TOWN_THEN_DIVISION.fullmatch(text[town.end or 0 : places[i + 1].start or 0]):
        return places[i + 1]
    if i + 2 < len(places) and places[i + 1].feature == "country" and places[i + 1].country == places[i + 2].country:
        between = text[town.end or 0 : places[i + 2].start or 0]
        m = _IN_COUNTRYS.fullmatch(between)
        if m is not None and m.start("country") == (places[i + 1].start or 0) - (town.end or 0):
            return places[i + 2]
    return None


def one_sense(places: list[Place], home: str | None) -> list[Place]:
    """One name, one place in an article: a town named again that the resolver sent abroad (a
    Texan "Paris" beside the French one of two lines before) is the reading the
    article already gave it in its ``home`` country (the dateline's, else the best attested)."""
    if home is None:
        return places
    from tacitus.geo.normalize import name_key

    at_home: dict[str, Place] = {}
    for p in places:
        if p.country == home and p.feature not in ("country", "region") and p.text:
            at_home.setdefault(name_key(p.text), p)
    out = []
    for p in places:
        same = at_home.get(name_key(p.text)) if p.text and p.country != home and p.feature not in ("country", "region") else None
        out.append(replace(same, text=p.text, start=p.start, end=p.end) if same is not None else p)
    return out


# What follows a name that makes it a person's ("RODRIGUEZ, 42, WAS KILLED") or part of the name of
# a street, a building or a work ("ON SAN DIEGO STREET", "THE VICTORIA HOTEL", "THE PACIFIC PIPELINE").
_AGE_AFTER = re.compile(r",\s*\d{1,2}\s*,")
_WHO_AFTER = re.compile(r",\s*(?i:who|whom|whose)\b")
_NAMED_THING_AFTER = re.compile(
    r"\s+(?i:street|streets|avenue|avenues|boulevard|road|highway|square|plaza|bridge|hotel|building|tower|"
    r"garrison|barracks|warehouse|market|school|college|university|hospital|church|cathedral|stadium|"
    r"pipeline|dam|station|company|bank|newspaper|radio)\b")
_STREET_WORD = re.compile(r"(?i:streets?|avenues?|boulevards?|roads?|highways?|squares?)")


def names_no_place(text: str, place: Place) -> bool:
    """A name the gazetteer places only abroad, in a story set elsewhere, that the text uses for a
    person ("MENDOZA, 56,") or as part of another thing's name ("the Victoria hotel"): not a place
    of the story. A known town keeps its reading; only a name moved by name alone is judged."""
    end = place.end or 0
    return bool(_AGE_AFTER.match(text, end) or _NAMED_THING_AFTER.match(text, end)
                or _STREET_WORD.fullmatch(place.text or place.name) or _person_elsewhere(text, place))


def _person_elsewhere(text: str, place: Place) -> bool:
    """Somewhere the text writes the same name as a person's: with an age after it or a "who"
    ("the colonel, Luis Ortega, who was …"); one name in one article is one thing."""
    surface = " ".join((place.text or place.name).split())
    if len(surface) < 3:
        return False
    pattern = r"(?<![\w-])" + r"\s+".join(re.escape(w) for w in surface.split()) + r"(?![\w-])"
    return any(_AGE_AFTER.match(text, m.end()) or _WHO_AFTER.match(text, m.end()) for m in re.finditer(pattern, text))


BIG_CITY = 100_000


_NAME_TAIL = re.compile(r"[A-Z][\w'’-]*\s+(?:de|del|da|do|dos|das|di|la|le|el)\s+$")


HAMLET = 5_000


def _population(place: Place, gaz: Any) -> int | None:
    return next((c.population for c in gaz.candidates(place.text or place.name) if place.geonameid is not None and c.geonameid == place.geonameid), None)


def _city_countries(places: list[Place], gaz: Any) -> Counter[str]:
    """ISO3 → how many differently named cities of ``BIG_CITY`` people or more the places are."""
    named = {(p.name, p.country) for p in places if _is_town(p) and p.country and (_population(p, gaz) or 0) >= BIG_CITY}
    return Counter(country for _, country in named)


def _if_hamlet(place: Place, cities: Counter[str], gaz: Any) -> Counter[str]:
    """``cities`` as the evidence of where the story is, for a hamlet (fewer than ``HAMLET`` people) in a
    country none of them is in; nothing otherwise (a town of size abroad may well be where the story went)."""
    if not cities or not _is_town(place) or place.country in cities:
        return Counter()
    people = _population(place, gaz)
    return cities if people is not None and people < HAMLET else Counter()


def _dwarfs(place: Place, namesake: Place, gaz: Any) -> bool:
    """``place`` is a national capital or a city of a million that a town of a fiftieth of its
    people or fewer merely shares a name with (London and London, Ohio; Paris and Paris, Kentucky)."""
    from tacitus.geo.resolve import WEIGHTS, famous_cities

    by_id = {c.geonameid: c for c in gaz.candidates(place.text or place.name) if c.geonameid is not None}
    own, other = by_id.get(place.geonameid), by_id.get(namesake.geonameid)
    if own is None or other is None or not famous_cities([own]):
        return False
    return other.population * WEIGHTS.famous_share <= own.population


def _namesake(place: Place, main: str, gaz: Any) -> Place | None:
    """The gazetteer's namesake of ``place`` in the country ``main`` (the largest), as a Place at the
    same mention; ``place`` itself when it is a big city with no namesake there; None otherwise."""
    cands = gaz.candidates(place.text or place.name)
    same = [c for c in cands if c.country == main and c.kind not in ("country", "region")]
    if same:
        rec = max(same, key=lambda c: c.population)
        return Place(name=rec.name, country=rec.country, admin1=rec.admin1, admin2=rec.admin2, lat=rec.lat,
                     lon=rec.lon, geonameid=rec.geonameid, precision=rec.precision, feature=rec.feature,
                     text=place.text, start=place.start, end=place.end)
    return place if (_population(place, gaz) or 0) >= BIG_CITY else None


# A name word: capitalised (an initial or "St." may keep its dot, no other word: "McKenna. He" is two
# sentences), or a particle of Spanish and Portuguese names; each ends at a word boundary ("la" of
# "launched" is no particle).
_NAME_WORD = r"(?:[A-Z]\.|(?:St|Sta|Mt|Ft)\.|[A-Z][\w'’-]*|de|del|la|las|los|el|san|santa)(?![\w'’])"
# An Arabic article joined to the name word after it ("Suq al-Shuyukh", "Tell ash-Shaykh")
_ARTICLE_WORD = r"(?:al|el|ash|as|ad|an|ar|at|az|ez|ath)-[A-Z][\w'’-]*"
_NAMED_PLACE = re.compile(
    r"\b(?P<head>(?i:town|village|hamlet|city|municipality|locality|settlement|neighbou?rhood|district|canton|jurisdiction|community|"
    r"camp|farm|finca|hacienda|estate|area|sector|barrio|colonia|commune|suburb|slum|township))\s+(?P<of>(?i:of\s+))?"
    rf"(?P<name>{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|{_ARTICLE_WORD}|y|DE|DEL|LA|LAS|LOS|EL)(?![\w'’]))*)"
)
# A name the text says a place is called ("at the place called La Esperanza", "a hamlet known as Bajo Verde")
_CALLED_PLACE = re.compile(
    r"\b(?P<head>(?i:place|spot|site|village|town|hamlet|area|locality|settlement|farm|estate|neighbou?rhood))\s+"
    rf"(?P<of>(?i:called|known\s+as|named)\s+)(?P<name>{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|{_ARTICLE_WORD}|y|DE|DEL|LA|LAS|LOS|EL)(?![\w'’]))*)"
)
# Heads that begin a place's own name ("Camp Bastion", "Finca La Esperanza", "Colonia Escalón"); the
# others, capitalised and with no "of", make a name of another kind ("District Court", "City Hall",
# "Town MP").
_NAME_FORMING_HEADS = frozenset({"camp", "farm", "finca", "hacienda", "estate", "barrio", "colonia"})


def _named_place_name(m: re.Match[str], text: str, common: frozenset[str]) -> str | None:
    """The place name a "town of …" match gives, or None where the words name something else."""
    from tacitus.geo.spans import FUNCTION_WORDS, TITLES, never_a_place

    head, name = m["head"], m["name"].strip(" .")
    if not common and not m["of"] and head[:1].isupper() and head.lower() not in _NAME_FORMING_HEADS:
        return None  # mixed case: "Cloverhill District Court", "Grants Town MP Travis Robinson"
    if common:  # ALL-CAPS text: the name ends at the first ordinary English word
        keep = []
        for w in name.split():
            if _ordinary(w, common):
                break
            keep.append(w)
        name = " ".join(keep)
    first = name.split()[0].lower().rstrip(".") if name else ""
    if len(name) < 3 or name.lower() in _PARTICLES or first in TITLES or first in FUNCTION_WORDS or all(never_a_place(w) for w in name.split()):
        return None  # "District Judge Aoife McKenna", "QUEZON CITY Update"
    return name


_PARTICLES = frozenset({"de", "del", "la", "las", "los", "el", "san", "santa", "y"})


def _ordinary(word: str, common: frozenset[str]) -> bool:
    """An ordinary English word, inflected or not ("ADVISERS", "CONFRONTED"): the lemma index that
    ``common`` comes from holds base forms only. Name particles never are."""
    w = word.lower().strip("'’.,")
    if w in _PARTICLES:
        return False
    if "-" in w.strip("-"):  # "DENSELY-POPULATED", "WELL-KNOWN": ordinary words joined
        return all(_ordinary(part, common) for part in w.split("-") if part)
    forms = {w, w[:-1] if w.endswith("s") else w, w[:-2] if w.endswith(("es", "ed")) else w,
             w[:-3] + "y" if w.endswith(("ies", "ied")) else w, w[:-1] if w.endswith("ed") else w,
             w[:-3] if w.endswith("ing") else w, w[:-3] + "e" if w.endswith("ing") else w,
             w[:-2] if w.endswith("ly") else w,
             w[:-3] if len(w) > 5 and w.endswith(("ed", "er")) and w[-3] == w[-4] else w}  # "STOPPED", "DENIED" above
    return bool(forms & common)

# The name before its kind ("the Karrada district", "Sagaing region's Tamu township", "IN THE MIRAFLORES
# NEIGHBORHOOD", "THE LAS LOMAS AND EL CARMEN CANTONS"). In mixed case the kind is written in lower case
# (capitalised, it is part of a longer name: "Cloverhill District Court").
_KIND_AFTER = (r"neighbou?rhoods?|districts?|municipality|municipalities|cantons?|hamlets?|townships?|suburbs?|towns?|villages?|"
               r"jurisdiction|corregimiento|vereda|colonia|barrio|settlement|communes?|area|valley")
_NAMED_BEFORE_KIND = re.compile(
    rf"(?<![\w'’-])(?P<name>(?:{_NAME_WORD}|al|as|ash)(?:[ \n-](?:{_NAME_WORD}|y|al|and|DE|DEL|LA|LAS|LOS|EL|AND)(?![\w'’]))*)"
    rf"[ \n](?P<head>(?i:{_KIND_AFTER}))(?![\w-])"  # a wire's line may break inside a name or before its kind
    # ("the remote Andean town of Macusani": the town's name follows "of"; "the Kibera slum of Nairobi" is Kibera)
    r"(?!(?:(?<=[Tt]own)|(?<=TOWN)|(?<=[Cc]ity)|(?<=CITY)|(?<=[Vv]illage)|(?<=VILLAGE))\s+(?i:of)\s+[A-Z])"
)

# a run of name words and a comma: what an apposition or a distance after it tells of
_NAME_THEN_COMMA = (rf"(?<![\w'’-])(?P<name>{_NAME_WORD}(?:[ \n](?:{_NAME_WORD}|{_ARTICLE_WORD}|y|DE|DEL|LA|LAS|LOS|EL)(?![\w'’]))*),[ \n]+")

# A name the apposition after it calls a place ("Gidan Dawa, a settlement about 20 km from Maradun", "Mucojo,
# an administrative post on the coast"): the kind word ends its noun phrase (a punctuation mark, a
# preposition or a distance follows), so "Musa Bello, a village head" names a man, and only modifiers come
# between the article and the kind word ("Ahmed Musa, a resident of the village" names a man too).
_KIND_APPOSED = (r"villages?|towns?|hamlets?|settlements?|communit(?:y|ies)|localit(?:y|ies)|townships?|suburbs?|"
                 r"neighbou?rhoods?|(?:administrative\s+)?posts?|districts?|municipalit(?:y|ies)|cantons?|market\s+towns?|communes?")
_NAMED_THEN_KIND = re.compile(
    rf"{_NAME_THEN_COMMA}"
    rf"(?i:an?|the)[ \n]+(?:(?!(?i:of|in|at|on|from|for|with|near|who|and|or|to|by)\b)[\w'’-]+[ \n]+){{0,3}}?(?P<head>(?i:{_KIND_APPOSED}))"
    r"(?=\s*[,.;:)]|\s+(?i:in|of|on|near|about|some|around|roughly|nearly|close|just|outside|along|north|south|east|west|"
    r"north-?east|north-?west|south-?east|south-?west|where|which|that|\d))"
)

# ... or measures it from another place ("the attack on San Pedro Nonualco, 7 km from Zacatecoluca", "Kolofata,
# some 10 km north of the border"): only places are told by their distance from a place
_NAMED_THEN_DISTANCE = re.compile(
    rf"{_NAME_THEN_COMMA}"
    r"(?:(?i:some|about|around|approximately|nearly|roughly|just|less\s+than|more\s+than)[ \n]+)?\d[\d,.]*[ \n]*"
    r"(?P<head>(?i:km|kms|kilomet(?:er|re)s?|miles?))\b"
)


def _names_before_kind(m: re.Match[str], common: frozenset[str]) -> list[tuple[int, str]]:
    """(start, name) of each place a "<name> district" match names ("THE MIRAFLORES AND SAN ISIDRO
    NEIGHBORHOODS": two); none where the words name no place."""
    head = m["head"]
    if (not common and head[:1].isupper()) or (common and not head.isupper()):
        return []
    text = m["name"]
    owner = max(text.rfind("'s "), text.rfind("’s "), text.rfind("'S "), text.rfind("’S "))
    offset = m.start("name") + (owner + 3 if owner >= 0 else 0)  # "Baghdad's Karrada district": Karrada
    out: list[tuple[int, str]] = []
    parts = list(re.finditer(r"\S+(?:[ \n](?!(?i:and)\b)\S+)*", text[offset - m.start("name"):]))
    for part in reversed(parts):  # from the kind word back: "THE MIRAFLORES AND SAN ISIDRO NEIGHBORHOODS"
        found = _name_before_kind_part(part[0], offset + part.start(), common)
        if found is None:
            break
        out.insert(0, found)
        if common and found[1] != part[0] and not _only_function_words(part[0][: len(part[0]) - len(found[1])]):
            break  # "MILITARY ADVISERS AND …": ordinary words before a name end the list
    return out


def _only_function_words(words: str) -> bool:
    from tacitus.geo.spans import FUNCTION_WORDS

    return all(w.lower() in FUNCTION_WORDS for w in words.split())


def _name_before_kind_part(name: str, start: int, common: frozenset[str]) -> tuple[int, str] | None:
    from tacitus.geo.spans import FUNCTION_WORDS, ORGANISATION_TAILS, TITLES, never_a_place

    words = name.split()
    end = start + len(name)
    if common:  # ALL-CAPS text: the name is the run of unusual words right before the kind
        keep: list[str] = []
        for w in reversed(words):
            if _ordinary(w, common):
                break
            keep.insert(0, w)
        words = keep
    while words and (words[0].lower() in FUNCTION_WORDS or words[0].lower() in TITLES):
        words = words[1:]  # "the", "Judge"
    # a word with a lower-case tail is a description of the place, and the name (if any) follows it:
    # "a Houthi-held district", "the Taliban-controlled Tirah area"
    described = [i for i, w in enumerate(words) if _DESCRIBING_TAIL.search(w)]
    if described:
        words = words[described[-1] + 1:]
    name = " ".join(words)
    if len(name) < 3 or all(never_a_place(w) or _letters(w) in _FAITHS for w in words):
        return None  # "the Kurdish district", "THE WESTERN DISTRICT", "a Sunni district"
    if not common and words[-1].lower() in _BODIES | ORGANISATION_TAILS:
        return None  # a body's name says whose area it is, not where: "the Northern Trust area"
    return end - len(name), name


# Last words of the names of bodies that serve or govern an area ("the Western Health Trust area")
_BODIES = frozenset({"trust", "council", "authority", "board", "command", "service", "services", "police", "force",
                     "forces", "agency", "company", "corporation", "committee", "university", "college", "school",
                     "hospital", "church", "party", "group", "club", "office", "department", "ministry", "bank"})


_DESCRIBING_TAIL = re.compile(r"[\w'’]-[a-z]+$")

# Faiths and sects describe a district's people, they do not name it ("a mainly Shi'ite district").
_FAITHS = frozenset({"shiite", "shia", "shii", "sunni", "alawite", "druze", "catholic", "protestant", "jewish",
                     "hindu", "sikh", "buddhist", "coptic", "yazidi", "maronite", "orthodox", "evangelical",
                     "christian", "muslim", "islamic",
                     # peoples, who live in a village and do not name it ("a Fulani village", "Tuareg towns")
                     "fulani", "peul", "hausa", "dogon", "bambara", "tuareg", "songhai", "hutu", "tutsi", "hema", "lendu",
                     "nuer", "dinka", "masalit", "zaghawa", "fur", "arab", "kurdish", "turkmen", "rohingya", "pashtun",
                     "baloch", "berber", "amhara", "oromo", "tigrayan", "somali", "ijaw", "tiv", "berom", "kanuri"})


def _letters(word: str) -> str:
    return re.sub(r"[^a-z]", "", word.lower())


# "area" is a common noun: a name before it names a place only with the article before both ("near the X
# area", "the remote X area"); "to X area controlled by …", "in X District area" are names of other shapes
_THE_BEFORE = re.compile(r"\b(?i:the)[ \n]+(?:(?:[a-z][\w'’-]*|[\w'’]+-[a-z][\w'’-]*)[ \n]+){0,2}$")
_CITY_PART = re.compile(r"neighbou?rhoods?|barrio|colonia|suburbs?|districts?|sector", re.I)


def unresolved_places(text: str, places: list[Place], common: frozenset[str] = frozenset()) -> list[Place]:
    """Places the text names as such ("the village of Dalori", "FINCA SANTA ELENA") that the gazetteer
    does not know: kept by name, placed at the nearest known place after them or the article's main
    country, with precision 2 (ACLED: the coordinates are of a larger area)."""
    from tacitus.geo.usage import owner_use

    out: list[Place] = []
    known = [(p.start or 0, p.end or 0) for p in places]
    # "the U.S. embassy" says whose, not where: it does not make the story American
    countries = [p.country for p in places if p.country and not (p.feature == "country" and owner_use(p, text))]
    # the most named country; a tie goes to the one named first (text order, never hash order)
    main = Counter(countries).most_common(1)[0][0] if countries else None
    named = [(m.start("name"), name, m["head"]) for pattern in (_NAMED_PLACE, _CALLED_PLACE) for m in pattern.finditer(text)
             if (name := _named_place_name(m, text, common))]
    named += [(*found, m["head"]) for m in _NAMED_BEFORE_KIND.finditer(text) for found in _names_before_kind(m, common)
              if m["head"].lower() != "area" or _THE_BEFORE.search(text, max(0, found[0] - 60), found[0])]
    named += [(*found, m["head"]) for pattern in (_NAMED_THEN_KIND, _NAMED_THEN_DISTANCE) for m in pattern.finditer(text)
              if (found := _name_before_kind_part(m["name"], m.start("name"), common)) is not None]
    for start, name, head in sorted(named):
        end = start + len(name)
        inner = _known_inside(places, start, end, text, common)
        if any(a < end and start < b for a, b in known) and not inner:
            continue
        anchor = _anchor(places, start, end, main)
        if inner and (anchor is None or anchor.feature == "country"):
            anchor = inner[0]  # "THE BELLO NORTE MUNICIPALITY": named for the town, and beside it
        # ACLED codes a part of a city at the city's point with precision 1 ("the Kibera neighbourhood
        # of Nairobi"); a village placed at a nearby town's point is precision 2
        within = anchor is not None and anchor.feature == "place" and anchor.precision == 1 and _CITY_PART.fullmatch(head) is not None
        out.append(Place(name=name.title() if name.isupper() else name, country=anchor.country if anchor else main,
                         admin1=anchor.admin1 if anchor else None, lat=anchor.lat if anchor else None,
                         lon=anchor.lon if anchor else None, precision=1 if within else 2, feature="place", text=name, start=start, end=end))
        known.append((start, end))
    return out


def _known_inside(places: list[Place], start: int, end: int, text: str, common: frozenset[str]) -> list[Place]:
    """In capitals, the known places that are only the first words of a longer name before its kind
    ("THE SAN JERONIMO ALTO NEIGHBORHOOD", "IN SANTA LUCIA NORTE CANTON", where "NORTE" may be a place of
    its own too): the gazetteer knew shorter names, and capitals do not show where the name ends. Empty when any known place crosses
    the name's edges, or the words left over are ordinary ones ("THE MOSUL OLD CITY DISTRICT")."""
    if not common:
        return []
    overlapping = [p for p in places if (p.start or 0) < end and start < (p.end or 0)]
    if not overlapping or any((p.start or 0) < start or (p.end or 0) > end for p in overlapping):
        return []
    if any((p.end or 0) - (p.start or 0) >= end - start for p in overlapping):
        return []
    words = list(re.finditer(r"\S+", text[start:end]))
    if len(words) < 2 or re.search(r"['’][Ss]$", words[-1][0]):
        return []  # "THE AREA OF ANTIOCH'S …": one word, its owner's mark aside
    rest = [w[0] for w in words if not any((p.start or 0) <= start + w.start() < (p.end or 0) for p in overlapping)]
    if any(_ordinary(w, common) for w in rest):
        return []
    return overlapping


def named_again(text: str, found: list[Place], places: list[Place], known: Callable[[str], bool] | None = None) -> list[Place]:
    """The other mentions of a name the text once marked as a place the gazetteer lacks ("Mucojo, an
    administrative post …" and then "insurgents had taken Mucojo"): the same place, at the same point
    and precision. Not where the words are part of a longer known name or of another found one, nor
    for a name the gazetteer does know (``known``): the scan has read each of its mentions already,
    and a mention it left out names something else ("a Nenagh councillor")."""
    out: list[Place] = []
    taken = [(p.start or 0, p.end or 0) for p in found]
    seen: set[str] = set()
    for f in found:
        surface = " ".join((f.text or f.name).split())
        if surface in seen or len(surface) < 4 or (known is not None and known(surface)):
            continue
        seen.add(surface)
        pattern = r"(?<![\w'’-])" + r"\s+".join(re.escape(w) for w in surface.split()) + r"(?![\w'’-])"
        for m in re.finditer(pattern, text):
            start, end = m.start(), m.end()
            if any(a < end and start < b for a, b in taken):
                continue
            # a known place over the same words or crossing the name's edges wins; one inside it ("San Miguel"
            # of "San Miguel de Mercedes") gives way
            if any((p.start or 0) < end and start < (p.end or 0) and not (start <= (p.start or 0) and (p.end or 0) <= end
                                                                          and (p.end or 0) - (p.start or 0) < end - start)
                   for p in places):
                continue
            out.append(replace(f, text=m[0], start=start, end=end))
            taken.append((start, end))
    return out


def superseded(places: list[Place], found: list[Place]) -> list[Place]:
    """``places`` without those a longer name of ``found`` holds ("SAN JERONIMO" of "SAN JERONIMO ALTO")."""
    return [p for p in places if not any((f.start or 0) <= (p.start or 0) and (p.end or 0) <= (f.end or 0)
                                         and (f.end or 0) - (f.start or 0) > (p.end or 0) - (p.start or 0) for f in found)]


def _anchor(places: list[Place], start: int, end: int, main: str | None) -> Place | None:
    """The known place that locates a name the gazetteer lacks: the place right after it ("the Kibera
    neighbourhood of Nairobi"; the finest one, if a country comes first), else one just before it ("Giza's Haram district", "Lima's
    Miraflores district"), else the article's main country."""
    ok = [p for p in places if p.country == (main or p.country) and p.lat is not None]
    after = [p for p in ok if end <= (p.start or 0) < end + 80]
    before = [p for p in ok if start - 60 < (p.end or 0) <= start and p.feature != "country"]
    if after:
        # "Kurya village in Nigeria's northwestern Zamfara state": the province, not the country before it
        return next((p for p in after if p.feature != "country"), after[0])
    if before:
        return before[-1]
    return next((p for p in places if p.feature == "country" and p.country == main), None)


def resolve_dates(doc: Document, res: Resources) -> Document:
    """Every date expression of the body, resolved against the publication date. A date in the
    dateline ("LA PAZ, 12 JAN 90 (EFE) --") is when the report was filed, not when anything in
    it happened: it dates no event, and stands in for a publication date the record lacks."""
    text = doc.article.text
    head = dateline_end(text)
    found = find_dates(text, doc.article.published)
    filed = [span for s, _e, span in found if s < head and span.precision == "day" and span.start is not None]
    if doc.article.published is None and filed:
        found = find_dates(text, filed[0].start)  # "last night" in a wire filed on 12 January
    doc.dates = [(Span(s, e, text[s:e]), span) for s, e, span in found if s >= head]
    return doc


def extract_events(doc: Document, res: Resources) -> Document:
    turned = turns((s.index, s.text) for s in doc.sentences)
    merged = fold_crowd_casualties(merge_in_article(res.events.extract(doc), turned), doc)
    events = killing_raids(one_per_person(drop_aside_doers(carry_perpetrators(blamed_doers(placed_in_detail(res.events.relocate(fold_tolls(merged, doc), doc), doc), doc)))))
    events = placed_unnamed(protesters_first(attribute_aircraft(events, merged=True), res.events.country_names), res.events.country_names)
    doc.events = [replace(ev, recalled=True) if background(ev, doc.article.published) else ev for ev in events]
    return doc


def background(ev: Event, published: dt.date | None) -> bool:
    """An act the article dates half a year or more before its publication ("the twin bombing at the education
    ministry in October 2022", "after the military seized power in February 2021") is history it recalls, not news
    it reports: ACLED coded it when it happened, and coding it again from every article that recalls it would
    duplicate it. Such an act is kept in the record, marked ``recalled``, and left out of the merged events and of
    scoring. It still merges with what retells it (the mark comes last); an act whose date the text does not give
    itself (taken from its context) is news."""
    return long_past(ev.date, published)


def extract_relations(doc: Document, res: Resources) -> Document:
    doc.relations = res.relations.extract(doc)
    return doc


STAGES: tuple[tuple[str, Stage], ...] = (
    ("actors", resolve_actors),
    ("places", locate_places),
    ("dates", resolve_dates),
    ("events", extract_events),
    ("relations", extract_relations),
)


@dataclass
class RunStats:
    articles: int = 0
    seconds: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)


def process_batch(articles: list[Article], res: Resources, stats: RunStats | None = None) -> list[Document]:
    """Run every stage over one batch; a stage that fails on a document records a skip."""
    t0 = time.perf_counter()
    docs = [Document(article=a) for a in articles]
    try:
        annotate(docs, res.nlp)
    except Exception as exc:  # one broken text must not sink the batch: retry one by one
        log.warning("nlp batch failed (%s); retrying documents singly", exc)
        for doc in docs:
            try:
                annotate([doc], res.nlp)
            except Exception as inner:
                doc.skips.append(Skip(doc.article.id, "nlp", "nlp_error", f"{type(inner).__name__}: {inner}"))
    if stats is not None:
        stats.stage_seconds["nlp"] = stats.stage_seconds.get("nlp", 0.0) + time.perf_counter() - t0
    for doc in docs:
        if doc.skips:
            continue
        for name, stage in STAGES:
            t1 = time.perf_counter()
            try:
                stage(doc, res)
            except Exception as exc:
                log.exception("stage %s failed on %s", name, doc.article.id)
                doc.skips.append(Skip(doc.article.id, name, "stage_error", f"{type(exc).__name__}: {exc}"))
                break
            finally:
                if stats is not None:
                    stats.stage_seconds[name] = stats.stage_seconds.get(name, 0.0) + time.perf_counter() - t1
        doc.spacy = None  # parses are large; nothing after this point needs them
    if stats is not None:
        stats.articles += len(docs)
        stats.seconds += time.perf_counter() - t0
    return docs


def batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def run_articles(articles: Iterable[Article], res: Resources, batch_size: int = 32, stats: RunStats | None = None) -> Iterator[Document]:
    for batch in batched(articles, batch_size):
        yield from process_batch(batch, res, stats)


def extract_one(article: Article, res: Resources) -> Document:
    return process_batch([article], res)[0]

