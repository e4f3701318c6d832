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

import logging
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from tacitus.actors.kb import KnowledgeBase, load_kb
from tacitus.actors.matcher import NameMatcher, text_case
from tacitus.actors.resolve import Resolver
from tacitus.dateline import dateline_end, find_dateline
from tacitus.dates import find_dates
from tacitus.events.coref import merge_in_article
from tacitus.events.detect import EventExtractor
from tacitus.events.lexicon import candidate_pattern
from tacitus.model import Article, Document, Place, Skip, Span
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
        gaz = gazetteer if gazetteer is not None else ensure_gazetteer()
        cue = candidate_pattern()
        return cls(
            kb=kb,
            nlp=NlpResources(nlp=nlp, splitter=load_splitter(), case=case, is_candidate=lambda s: cue.search(s) is not None, ner=not fast),
            gazetteer=gaz,
            resolver=Resolver(kb, matcher),
            events=EventExtractor({c.iso3: c.name for c in kb.countries.values()}, country_place=lambda iso: country_place(gaz, iso),
                                  common_words=frozenset(common), demonyms={k: v for k, v in kb.demonyms.items() if " " not in k}),
            relations=RelationExtractor(kb),
        )


def country_place(gaz: Any, iso3: str) -> Place | None:
    """The gazetteer's point for a country, as a precision-3 Place."""
    rec = gaz.country(iso3)
    if rec is None:
        return None
    return Place(name=rec.name, country=rec.country, lat=rec.lat, lon=rec.lon, geonameid=rec.geonameid, precision=3, feature="country")


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
    mentioned, _located = _body_countries(doc, places, head, res)
    towns = _town_countries([p for p in places if (p.start or 0) >= head], dateline)
    # A dateline abroad ("MOSCOW, 9 JUL 89 -- … Peruvian communists …") says where the report was
    # filed, not where events happened: it is no fallback location when the article is about elsewhere
    # and never names the dateline's country (the dateline's own "(SPAIN)" counts as naming it).
    # The towns the story names count too: a Salvadoran story from "SAN SALVADOR" that never names its
    # country but names "U.S." twice ("the U.S. embassy") is still about El Salvador.
    evidence = mentioned + towns + (res.resolver.country_mentions(text[:head]) if head else Counter())
    # what the body says, before the dateline's own weight is added for its namesakes below
    body = mentioned + Counter(p.country for p in places if _is_town(p) and p.country and (p.start or 0) >= head)
    filed = dateline
    if dateline is not None and dateline.country and not evidence[dateline.country] and evidence and evidence.most_common(1)[0][1] >= 2:
        dateline = None
    if dateline is not None and dateline.country:
        mentioned[dateline.country] += 2
    places = [keep_in_country(p, mentioned, filed, towns) for p in places]
    mixed = text_case(text) == "mixed"
    places = site_places(text, places, caps=not mixed)
    found = unresolved_places(text, places, frozenset() if mixed else res.events.common_words)
    doc.places = sorted((_with_country_point(p, res.gazetteer) for p in [*places, *found]), key=lambda p: p.start or 0)
    doc.dateline = dateline
    doc.country_evidence = dict(body)
    return doc


def _body_countries(doc: Document, places: list[Place], head: int, res: Resources) -> tuple[Counter[str], Counter[str]]:
    """What the body (after the dateline's end ``head``) says of each country (ISO3 → count):
    how often it names it, its demonym or its provinces (``mentioned``, for namesakes), and how often
    it names it, or its provinces, as a place (``located``: no demonyms, which say who, not where).

    The dateline's own words ("MEXICO CITY (MEXICO), 10 NOV --") say where the report was filed, and
    a country named only for what belongs to it ("the U.S. embassy", "U.S. citizens") says nothing
    of where the story's towns are: neither counts."""
    from tacitus.geo.usage import locative_countries, owner_use

    text = doc.article.text
    mentioned = Counter(doc.country_mentions)  # counted by the actor stage
    if head:
        mentioned -= res.resolver.country_mentions(text[:head])
    owned = Counter(p.country for p in places if p.feature == "country" and p.country and owner_use(p, text))
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
    from dataclasses import replace

    return replace(place, lat=country.lat, lon=country.lon, precision=max(place.precision, 2))


def _is_town(place: Place) -> bool:
    return place.precision == 1 and place.feature not in ("country", "admin1", "admin2", "region")


def _town_countries(places: list[Place], dateline: Place | None) -> Counter[str]:
    """ISO3 → how many differently named towns the article places there (the dateline aside)."""
    named = {(p.name, p.country) for p in places if _is_town(p) and p.country
             and (dateline is None or p.start != dateline.start)}
    return Counter(country for _, country in named)


def keep_in_country(place: Place, mentioned: Counter[str], dateline: Place | None,
                    towns: Counter[str] | None = None) -> Place:
    """A town resolved to a country the article never mentions, when the article is plainly about
    another country, is most likely a namesake ("San Ramon" in a Salvadoran story is not the Californian
    one): keep the name, drop the foreign coordinates, place it in the article's country (precision 2).
    An event in the wrong country is worse than an imprecise one. Other towns the article places in
    the same country (``towns``: distinct names per country) are evidence too."""
    towns = towns or Counter()
    if place.precision != 1 or not place.country or mentioned[place.country]:
        return place
    if dateline is not None and place.start == dateline.start:
        return place
    if not mentioned:
        return place
    main, n = mentioned.most_common(1)[0]
    others = towns[place.country] - (1 if _is_town(place) else 0)  # other towns placed there
    if n < 2 or main == place.country or 2 * others >= n + towns[main]:
        return place
    return Place(name=place.text or place.name, country=main, precision=2, feature="place", text=place.text,
                 start=place.start, end=place.end)


_NAMED_PLACE = re.compile(
    r"\b(?i:town|village|hamlet|city|municipality|locality|settlement|neighbou?rhood|district|canton|jurisdiction|community|"
    r"camp|farm|finca|hacienda|estate|area|sector|barrio|colonia)\s+(?i:of\s+)?(?P<name>(?:[A-Z][\w'’.-]*|de|del|la|las|los|el|san|santa)"
    r"(?:\s+(?:[A-Z][\w'’.-]*|de|del|la|las|los|el|y|DE|DEL|LA|LAS|LOS|EL))*)"
)


def unresolved_places(text: str, places: list[Place], common: frozenset[str] = frozenset()) -> list[Place]:
    """Places the text names as such ("the village of Dalori", "FINCA SANTA ELENA") that the gazetteer
    does not know: kept by name, placed at the nearest known place after them or the article's main
    country, with precision 2 (ACLED: the coordinates are of a larger area)."""
    out: list[Place] = []
    known = [(p.start or 0, p.end or 0) for p in places]
    countries = [p.country for p in places if p.country]
    main = max(set(countries), key=countries.count) if countries else None
    for m in _NAMED_PLACE.finditer(text):
        name = m["name"].strip(" .")
        if common:  # ALL-CAPS text: the name ends at the first ordinary English word
            words = name.split()
            keep = []
            for w in words:
                if w.lower() in common and w.lower() not in ("de", "del", "la", "las", "los", "el", "san", "santa", "y"):
                    break
                keep.append(w)
            name = " ".join(keep)
        if len(name) < 3 or name.lower() in ("de", "del", "la", "el", "san", "santa"):
            continue
        start, end = m.start("name"), m.start("name") + len(name)
        if any(a < end and start < b for a, b in known):
            continue
        after = [p for p in places if (p.start or 0) >= end and (p.start or 0) - end < 80 and p.country == (main or p.country)]
        anchor = after[0] if after else next((p for p in places if p.feature == "country" and p.country == main), None)
        out.append(Place(name=name.title() if name.isupper() else name, country=anchor.country if anchor else main,
                         admin1=anchor.admin1 if anchor else None, lat=anchor.lat if anchor else None,
                         lon=anchor.lon if anchor else None, precision=2, feature="place", text=name, start=start, end=end))
        known.append((start, end))
    return out


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
    doc.events = res.events.relocate(merge_in_article(res.events.extract(doc)), doc)
    return doc


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

