"""Actor resolution: every way an article names an actor, linked to the knowledge base.

Deciding is apart from writing: :func:`rank_entries` is pure (candidates, date, context in;
ranked candidates out); :func:`resolve_actors` writes the chosen links onto the document.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property

from rapidfuzz import fuzz, process

from tacitus.actors.generic import (
    ANAPHOR_DET,
    GENERIC,
    NO_LONGER_SERVING,
    POLICE,
    GenericMention,
    find_generic,
    generic_name,
)
from tacitus.actors.kb import ActorEntry, KnowledgeBase
from tacitus.actors.matcher import NameMatcher, text_case, tokenize
from tacitus.actors.normalize import key, skeleton
from tacitus.model import ActorKind, ActorRef, Document

ARMED_NON_STATE = {ActorKind.REBEL, ActorKind.POLITICAL_MILITIA, ActorKind.IDENTITY_MILITIA, ActorKind.OTHER_ARMED_GROUP}
_TITLE_CTX = re.compile(r"(?:\b(?:the|its|their|group's|movement's|organi[sz]ation's)\s+)$", re.I)
_HEDGE_DESCRIPTOR = re.compile(
    r"\bthe\s+(?:(?P<dem>[A-Z][a-z]+)\s+)?(?:jihadist|islamist|militant|extremist|terrorist|insurgent|rebel|armed|islamic)\s+"
    r"(?:group|organi[sz]ation|movement|militia|faction|outfit)\b"
)


# What makes a name a modifier of the noun after it rather than an actor: "the al-Qaeda-linked
# group", "Iran-backed militias", "an IS-inspired cell" (matched right after the name).
MODIFIER_AFTER = re.compile(r"\s*-\s*(?:linked|backed|affiliated|allied|aligned|inspired|sponsored|funded|supported|trained|armed|leaning|style)\b", re.I)


@dataclass
class Context:
    """What the article says that helps choose between candidates."""

    day: dt.date | None = None
    countries: Counter[str] = field(default_factory=Counter)
    named: Counter[str] = field(default_factory=Counter)  # KB ids named so far


def rank_entries(entries: list[ActorEntry], ctx: Context, surface: str | None = None) -> list[tuple[ActorEntry, float]]:
    """Candidates for one name, best first: active on the date, then country and salience. A mention
    written, in mixed case, exactly as an entry's own name is that entry's on a tie: "the Syrian
    National Army" is the Turkish-backed coalition, "Syrian national army" may be Damascus's."""
    written = re.sub(r"^[Tt]he\s+", "", " ".join(surface.split())) if surface and not surface.isupper() else None
    ranked = []
    for entry in entries:
        score = 1.0 + (0.01 if written is not None and written == entry.name else 0.0)
        if not entry.active_on(ctx.day):
            score -= 0.6
        elif not entry.active_strictly(ctx.day):
            score -= 0.1  # only within the year of slack: a renamed group's successor fits better
        overlap = sum(ctx.countries[c] for c in entry.countries)
        score += min(0.3, 0.1 * overlap)
        score += min(0.2, 0.05 * ctx.named[entry.id])
        if entry.kind == ActorKind.PERSON:
            score -= 0.05
        ranked.append((entry, round(score, 3)))
    ranked.sort(key=lambda pair: -pair[1])
    return ranked


def _foreign_acronym(best: tuple[ActorEntry, float], surface: str, ctx: Context) -> bool:
    """An acronym that names, of all the knowledge base knows, only the police of a country the article never
    mentions: "the National Civil Police (PNC)" in a story from Guatemala is not the Congolese police. Left
    unresolved rather than placed abroad. Police act at home; an army's acronym may well stand in a story about
    where it fights without its country being named ("IDF troops in Nablus")."""
    if not best[0].id.startswith("police_") or not ctx.countries:
        return False
    word = surface.strip()
    return bool(re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", word)) and not any(ctx.countries[c] for c in best[0].countries)


def to_ref(entry: ActorEntry, text: str, start: int | None, end: int | None, score: float, kb: KnowledgeBase) -> ActorRef:
    country = entry.countries[0] if len(entry.countries) == 1 else None
    return ActorRef(name=entry.name, text=text, kind=entry.kind, actor_id=entry.id, country=country,
                    start=start, end=end, score=score)


_POSSESSIVE = re.compile(r"['’]s$", re.I)

# "Central American", "Latin American": a part of the continent, not the United States.
_PARTS_OF_AMERICA = frozenset({"central", "latin", "south", "north", "meso", "pan", "ibero"})


class Resolver:
    """One resolver for the pipeline stage and for ``tacitus actors resolve``."""

    def __init__(self, kb: KnowledgeBase, matcher: NameMatcher) -> None:
        self.kb = kb
        self.matcher = matcher
        self._keys = list(kb.by_key)
        self._skeletons: dict[str, list[str]] = {}
        for k in self._keys:
            sk = skeleton(k)
            if len(sk) >= 4:
                self._skeletons.setdefault(sk, []).append(k)

    # -- deciding -------------------------------------------------------------------------
    def candidates(self, ids: tuple[str, ...]) -> list[ActorEntry]:
        return [e for e in (self.kb.get(i) for i in ids) if e is not None]

    def best(self, ids: tuple[str, ...], ctx: Context, surface: str | None = None) -> tuple[ActorEntry, float] | None:
        ranked = rank_entries(self.candidates(ids), ctx, surface)
        return ranked[0] if ranked else None

    def fuzzy_ids(self, text: str) -> tuple[tuple[str, ...], float]:
        """Ids for a name not in the index: transliteration skeleton, then edit distance."""
        k = re.sub(r"^(?:the|a|an)\s+", "", key(text))
        if len(k) < 5 or GENERIC.fullmatch(text.strip()) or GENERIC.fullmatch(k):
            return (), 0.0  # "the army", "troops": a generic noun is no misspelt name
        sk = skeleton(k)
        if sk in self._skeletons and len(sk) >= 4:
            keys = self._skeletons[sk]
            return tuple(i for kk in keys for i in self.kb.by_key[kk]), 0.85
        hit = process.extractOne(k, self._keys, scorer=fuzz.ratio, score_cutoff=90)
        if hit:
            return self.kb.by_key[hit[0]], hit[1] / 100
        return (), 0.0

    def resolve_title(self, title: str, ctx: Context) -> tuple[ActorEntry, float] | None:
        """A person from a title alone ("the caliph" in 2015 → Abu Bakr al-Baghdadi)."""
        holders = self.kb.titles.get(key(title), [])
        live = [(e, r) for e, r in holders if r.covers(ctx.day)]
        if not live:
            return None
        live.sort(key=lambda er: -ctx.named[er[1].org])
        rivals = [er for er in live[1:] if er[0].id != live[0][0].id and ctx.named[er[1].org] == ctx.named[live[0][1].org]]
        if rivals:
            return None  # two people hold that title then and the article names neither's group
        holder, role = live[0]
        org = self.kb.get(role.org)
        where = {*holder.countries, *(org.countries if org is not None else ())}
        if ctx.countries and not ctx.named[role.org] and not any(ctx.countries[c] for c in where):
            return None  # one country's office in a story about another: "the intelligence chief" in Honduras is not Somalia's
        return holder, 0.8

    def resolve_text(self, text: str, ctx: Context | None = None) -> ActorRef | None:
        """Resolve a free-standing name or description (the ``actors resolve`` command)."""
        ctx = ctx or Context()
        text = text.strip()
        ids = self.kb.by_key.get(key(text), ())
        score = 1.0
        if not ids:
            stripped = re.sub(r"^(the|a|an)\s+", "", text, flags=re.I)
            title = self.resolve_title(stripped, ctx)
            if title:
                return to_ref(title[0], text, None, None, title[1], self.kb)
            matches = [m for m in self.matcher.find(text) if m.ids]
            if matches:
                longest = max(matches, key=lambda m: m.end - m.start)
                ids, score = longest.ids, 0.9 * (longest.end - longest.start) / max(1, len(text))
                score = max(score, 0.6)
            else:
                ids, score = self.fuzzy_ids(text)
        if not ids:
            return None
        best = self.best(ids, ctx)
        if best is None:
            return None
        return to_ref(best[0], text, None, None, round(min(1.0, score * best[1]), 3), self.kb)

    # -- writing --------------------------------------------------------------------------
    def resolve_document(self, doc: Document) -> None:
        """Add every actor mention of the article to ``doc.actors``, in text order."""
        text = doc.article.text
        tokens = tokenize(text)
        doc.country_mentions = self.country_mentions(text, tokens)
        ctx = Context(day=doc.article.published, countries=Counter(doc.country_mentions))
        named = []
        for m in (m for m in self.matcher.find(text, tokens) if m.ids):
            best = self.best(m.ids, ctx, m.text)
            if best and not _foreign_acronym(best, m.text, ctx):
                ctx.named[best[0].id] += 1
                named.append(m)
        refs: list[ActorRef] = []
        for m in named:
            best = self.best(m.ids, ctx, m.text)
            if best:
                refs.append(to_ref(best[0], m.text, m.start, m.end, best[1], self.kb))
        refs.extend(self._titles(text, ctx, refs))
        refs.extend(self._led_factions(text, ctx))
        refs.extend(self._described(text, ctx, refs))
        refs.extend(self._generic(text, refs, ctx))
        refs = [self._out_of_service(r, text) for r in refs]
        refs.sort(key=lambda r: (r.start or 0, -(r.end or 0)))
        doc.actors = _drop_nested(refs)

    def _out_of_service(self, ref: ActorRef, text: str) -> ActorRef:
        """Soldiers or police who no longer serve ("a retired army colonel", "two former Afghan soldiers",
        "ex-policemen") are civilians, ACLED's coding of them as victims."""
        if ref.kind != ActorKind.STATE_FORCES or ref.start is None or not NO_LONGER_SERVING.search(text[max(0, ref.start - 40) : ref.start]):
            return ref
        return replace(ref, kind=ActorKind.CIVILIANS, actor_id=None,
                       name=generic_name(ActorKind.CIVILIANS, self._country_name(ref.country)))

    @cached_property
    def _descriptors(self) -> tuple[re.Pattern[str], dict[str, ActorEntry]] | None:
        """Every descriptor only one entry of the knowledge base gives ("islamic state's sahel branch"), as one pattern."""
        owners: dict[str, list[ActorEntry]] = {}
        for entry in self.kb.entries.values():
            for d in entry.descriptors:
                owners.setdefault(" ".join(d.split()), []).append(entry)
        unique = {d: es[0] for d, es in owners.items() if len(es) == 1 and len(d) >= 8}
        if not unique:
            return None
        words = sorted(unique, key=len, reverse=True)
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(d).replace(r"\ ", r"\s+") for d in words) + r")(?![\w-])", re.I)
        return pattern, unique

    def _described(self, text: str, ctx: Context, refs: list[ActorRef]) -> list[ActorRef]:
        """A group written as the knowledge base describes it ("the Islamic State's Sahel branch" is the Islamic State
        Sahel Province, "Turkish-backed factions" the Syrian National Army): only in a story that names one of its
        countries, while it is active, and where no other group has that description."""
        if self._descriptors is None:
            return []
        pattern, owners = self._descriptors
        out = []
        for m in pattern.finditer(text):
            entry = owners.get(" ".join(m.group().lower().split()))
            if entry is None or not entry.active_on(ctx.day) or not any(ctx.countries[c] for c in entry.countries):
                continue
            if not self._names_someone(m.group()):
                continue  # "rebel fighters", "Syrian rebels": words for many groups, whatever one entry lists them
            if any(r.actor_id == entry.id and r.start is not None and r.start < m.end() and m.start() < (r.end or 0) for r in refs):
                continue  # "Boko Haram terrorists": the group's own name is found already
            out.append(to_ref(entry, m.group(), m.start(), m.end(), 0.7, self.kb))
        return out

    def _government_force(self, actor_id: str | None, noun: GenericMention) -> ActorEntry | None:
        """The forces of the state whose government ``actor_id`` is, where the noun ``noun`` names state forces
        ("Syrian government warplanes", "the government said its troops"): its police for a police word, else its army."""
        if not (actor_id or "").startswith("government_") or noun.kind != ActorKind.STATE_FORCES:
            return None
        iso = (actor_id or "").removeprefix("government_")
        return (self.kb.get("police_" + iso) if POLICE.search(noun.text) else None) or self.kb.get("military_" + iso)

    def _names_someone(self, surface: str) -> bool:
        """The description holds a name, written as one in mixed-case text: a capitalised word that is no demonym
        ("the Islamic State's Sahel branch"), or a patron's ("Turkish-backed factions")."""
        if surface.isupper():
            return False
        for w in re.findall(r"[A-Za-z][\w'’-]*", surface):
            if not w[0].isupper():
                continue
            if re.search(r"-(?:backed|led|linked|allied|aligned)$", w, re.I) or key(w.split("-")[0].rstrip("'’s")) not in self.kb.demonyms:
                return True
        return False

    def _led_factions(self, text: str, ctx: Context) -> list[ActorRef]:
        """"A breakaway wing of the TTP, led by commander Y": a part of a group told by its leader is the armed
        group known by the leader's name ("the Y Group", "the Y faction"), where the KB has one; the
        parent group named inside the phrase is not the actor."""
        out = []
        for m in _LED_FACTION.finditer(text):
            ids = tuple(i for word in _FACTION_WORDS for i in self.kb.by_key.get(key(f"{m['leader']} {word}"), ()))
            best = self.best(ids, ctx)
            if best is not None and best[0].kind in ARMED_NON_STATE:
                out.append(to_ref(best[0], m.group(), m.start(), m.end(), best[1], self.kb))
        return out

    def country_mentions(self, text: str, tokens: list | None = None) -> Counter[str]:
        """ISO3 → how often the text names the country or uses its demonym."""
        tokens = tokens if tokens is not None else tokenize(text)
        found: Counter[str] = Counter()
        demonyms = self.kb.demonyms
        mixed = text_case(text) == "mixed"
        i = 0
        while i < len(tokens):
            step = 1
            for n in (3, 2, 1):
                k = " ".join(t.norm for t in tokens[i : i + n])
                if k == "us" and not (mixed and text[tokens[i].start : tokens[i].end] == "US"):
                    continue  # the pronoun ("they told us"; in ALL CAPS, wires write "U.S.")
                last = tokens[min(i + n, len(tokens)) - 1]
                if k not in demonyms and _POSSESSIVE.search(text, last.start, last.end):
                    k = k[:-1]  # "Guatemala's Sololá department", "South Sudan's army"
                if k in demonyms:
                    if not (k == "american" and i > 0 and tokens[i - 1].norm in _PARTS_OF_AMERICA):
                        found[demonyms[k]] += 1
                    step = n  # the words of the name found are read once: "South Sudan" names no Sudan
                    break
            i += step
        return found

    @cached_property
    def _title_pattern(self) -> re.Pattern[str]:
        titles = sorted((t for t in self.kb.titles if len(t) >= 4), key=len, reverse=True)
        return re.compile(r"\b(?:" + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in titles) + r")\b", re.I)

    def _titles(self, text: str, ctx: Context, refs: list[ActorRef]) -> list[ActorRef]:
        """People named only by a title ("the caliph", "its spokesman") where one holder fits."""
        out: list[ActorRef] = []
        if not self.kb.titles:
            return out
        for m in self._title_pattern.finditer(text):
            if any(r.start is not None and r.start <= m.start() < (r.end or 0) for r in refs):
                continue
            if not _TITLE_CTX.search(text[max(0, m.start() - 20) : m.start()]):
                continue
            hit = self.resolve_title(m.group(), ctx)
            if hit:
                out.append(to_ref(hit[0], m.group(), m.start(), m.end(), hit[1], self.kb))
        return out

    def _generic(self, text: str, refs: list[ActorRef], ctx: Context) -> list[ActorRef]:
        out = []
        # a name that only modifies another noun ("the al-Qaeda-linked group") is no antecedent
        named_groups = [r for r in refs if r.kind in ARMED_NON_STATE and r.actor_id and not MODIFIER_AFTER.match(text, r.end or 0)]
        for g in find_generic(text):
            if any(r.start is not None and r.start <= g.start < (r.end or 0) for r in refs):
                continue
            prefix = text[max(0, g.start - 40) : g.start]
            if DISGUISED_AS.search(prefix) or _DRESS_AFTER.match(text, g.end):
                continue  # "men dressed as soldiers", "gunmen in police uniforms": what they looked like, not who they were
            demonym_iso = self._demonym_before(prefix)
            country = demonym_iso
            patron = _PATRON_BEFORE.search(prefix)
            if g.kind == ActorKind.STATE_FORCES and patron and (patron["how"].lower() != "led" or self.kb.demonyms.get(key(patron["who"])) is None):
                # "Turkish-backed forces", "Kurdish-led forces": a side some state backs, or a people leads, is no state's army
                g = replace(g, kind=ActorKind.REBEL)
            ref = ActorRef(name=generic_name(g.kind, self._country_name(country), g.text), text=g.text, kind=g.kind,
                           country=country, start=g.start, end=g.end, score=0.3)
            # "Boko Haram terrorists": the noun extends the group named just before it.
            before = [r for r in refs if r.end is not None and 0 <= g.start - r.end <= 1]
            if g.kind != ActorKind.CIVILIANS and any(r.start is not None and 0 <= r.start - g.end <= 1 and r.kind in ARMED_NON_STATE | {ActorKind.STATE_FORCES}
                                                     for r in refs):
                continue  # "the paramilitary Rapid Support Forces", "rebel M23": a word that describes the name after it
            glossed = [r for r in refs if r.end is not None and _GLOSS_END.fullmatch(text, r.end, g.start)]
            named_as = None
            if not before and glossed and glossed[-1].actor_id and any(
                    r.end is not None and r.actor_id == glossed[-1].actor_id and _GLOSS_START.fullmatch(text, r.end, glossed[-1].start or 0)
                    for r in refs):
                # "Allied Democratic Forces (ADF) militants", "the KDP [Kurdistan Democratic Party] fighters": the
                # noun extends the gloss of the name before it (the mention's text stays the gloss, as written)
                before = [glossed[-1]]
                named_as = glossed[-1].text
            if before and g.kind != ActorKind.CIVILIANS and before[-1].kind in ARMED_NON_STATE | {ActorKind.STATE_FORCES, ActorKind.EXTERNAL}:
                before[-1].end = g.end
                before[-1].text = named_as or text[before[-1].start or 0 : g.end]
                force = self._government_force(before[-1].actor_id, g)
                if force is not None:  # "Syrian government warplanes" are the military's
                    before[-1].actor_id, before[-1].name = force.id, force.name
                continue
            leader = _HIS.search(prefix) and g.kind in ARMED_NON_STATE | {ActorKind.STATE_FORCES}
            if leader:
                # "a commander of the Syrian National Army said his forces had killed 40": the forces of the group
                # or state whose man speaks, named earlier in the sentence
                own = [r for r in refs if r.actor_id and r.end is not None and r.end <= g.start and r.kind in ARMED_NON_STATE | {ActorKind.STATE_FORCES}
                       and not _SENTENCE_BREAK.search(text, r.end, g.start)]
                if own:
                    r = own[-1]
                    force = self._government_force(r.actor_id, g)  # "Niger's government said its troops had …": its army
                    if force is not None:
                        out.append(to_ref(force, g.text, g.start, g.end, 0.6, self.kb))
                    else:
                        out.append(ActorRef(name=r.name, text=g.text, kind=r.kind, actor_id=r.actor_id, country=r.country,
                                            start=g.start, end=g.end, score=0.6))
                    continue
            anaphoric = bool(ANAPHOR_DET.search(prefix[-30:])) or g.text.lower().startswith("the ")
            if g.kind in ARMED_NON_STATE and anaphoric:
                # "ELN rebels … FARC fighters … the fighters": the group last named with that member noun,
                # before any armed group named last ("three fighters" stay unnamed: they may be anyone's)
                antecedent = _named_with(named_groups, g.text, g.start, text)
                if antecedent is None and anaphoric:
                    antecedent = self._antecedent(named_groups, g.start, demonym_iso, text=text)
                if antecedent:
                    ref = ActorRef(name=antecedent.name, text=g.text, kind=antecedent.kind, actor_id=antecedent.actor_id,
                                   country=antecedent.country, start=g.start, end=g.end, score=0.6)
            out.append(ref)
        for m in _MEMBER_ONLY.finditer(text):
            # nouns that say whose members people are but name no kind of actor alone ("the dissidents",
            # "three loyalists"): an actor only where a group was named with that noun before
            prefix = text[max(0, m.start() - 40) : m.start()]
            if any(r.start is not None and r.start <= m.start() < (r.end or 0) for r in refs) or not (
                    ANAPHOR_DET.search(prefix[-30:]) or _COUNTED.search(prefix)):
                continue
            antecedent = _named_with(named_groups, m.group(), m.start(), text)
            if antecedent:
                out.append(ActorRef(name=antecedent.name, text=m.group(), kind=antecedent.kind, actor_id=antecedent.actor_id,
                                    country=antecedent.country, start=m.start(), end=m.end(), score=0.6))
        for m in _HEDGE_DESCRIPTOR.finditer(text):
            iso = self.kb.demonyms.get(key(m["dem"])) if m["dem"] else None
            antecedent = self._antecedent(named_groups, m.start(), iso, allow_after=True, text=text)
            if antecedent:
                out.append(ActorRef(name=antecedent.name, text=m.group(), kind=antecedent.kind, actor_id=antecedent.actor_id,
                                    country=antecedent.country, start=m.start(), end=m.end(), score=0.6))
        return out

    def _antecedent(self, groups: list[ActorRef], pos: int, iso: str | None, allow_after: bool = False,
                    text: str = "") -> ActorRef | None:
        def fits(r: ActorRef) -> bool:
            entry = self.kb.get(r.actor_id)
            return iso is None or (entry is not None and iso in entry.countries)

        earlier = [r for r in groups if (r.start or 0) < pos and fits(r)]
        # "JNIM, al-Qaeda's affiliate in the Sahel, … its fighters": a group named only to say whose branch the
        # group is stands for no one
        described = [r for r in earlier if text and r.end is not None and (
            _WHOSE_BRANCH.match(text, r.end) or BRANCH_OF.search(text, max(0, (r.start or 0) - 40), r.start or 0))]
        if described and len(described) < len(earlier):
            earlier = [r for r in earlier if r not in described]
        if earlier:
            return earlier[-1]
        if allow_after:  # "the Nigerian jihadist organization Boko Haram": apposition
            later = [r for r in groups if (r.start or 0) > pos and fits(r) and (r.start or 0) - pos < 60]
            return later[0] if later else None
        return None

    def _demonym_before(self, prefix: str) -> str | None:
        """A demonym among the three words before a noun ("Kenyan foreign troops"), within its phrase: not
        across a dash or a bracket ("BEIRUT, Lebanon (Agency) — fighters"), and not a patron's ("Turkish-backed
        fighters" are no Turkish force)."""
        phrase = re.split(r"[()\[\]—–;:,]|(?<![A-Z])\.\s", prefix)[-1]
        words = re.findall(r"[\w'’-]+", phrase)[-3:]
        for i in range(len(words) - 1, -1, -1):
            if MODIFIER_AFTER.match(words[i], words[i].find("-")) and "-" in words[i]:
                return None
            for n in (2, 1):
                if i - n + 1 < 0:
                    continue
                iso = self.kb.demonyms.get(key(" ".join(words[i - n + 1 : i + 1])))
                if iso:
                    return iso
        return None

    def _country_name(self, iso: str | None) -> str | None:
        c = self.kb.countries.get(iso) if iso else None
        return c.name if c else None


# Member nouns that are no actor noun of their own ("political dissidents" may be anyone).
_MEMBER_ONLY = re.compile(r"\b(?:dissidents?|loyalists?|cadres?|operatives?|combatants?)\b(?![-‐]\w)", re.I)
# A number or quantity right before a noun: "three dissidents", "12 rebels", "several militants".
_COUNTED = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|dozens\s+of|"
                      r"hundreds\s+of|several|some|many|more)\s+(?:\w+\s+)?$", re.I)


# "al-Qaeda's affiliate", "the Islamic State's West Africa branch": the possessor names whose branch another group is
# "TPNPB, the armed wing of the Free Papua Organisation": the group after "of" is named to say whose wing it is
BRANCH_OF = re.compile(r"\b(?:affiliates?|branch(?:es)?|wings?|arms?|offshoots?|franchises?|factions?|splinter\s+groups?|off-?shoots?)\s+of\s+(?:the\s+)?$", re.I)
_WHOSE_BRANCH = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:affiliates?|branch(?:es)?|wings?|ally|allies|offshoots?|franchises?|arms?|"
                           r"partners?|provinces?|factions?|splinter\s+groups?)\b", re.I)


_BANDS = frozenset(["group", "organization", "organisation", "movement", "faction", "militia"])


def _member_word(text: str) -> str:
    words = re.findall(r"[\w'’-]+", text.lower())
    return words[-1].removesuffix("s") if words else ""


def _named_with(groups: list[ActorRef], noun: str, pos: int, text: str) -> ActorRef | None:
    """The group last named before ``pos`` with the member noun that ends ``noun`` ("FARC dissidents" for
    "the dissidents", "ELN rebels" for "three rebels", "ISIS cadres" for "two cadres"), or None."""
    word = _member_word(noun)
    if word in _BANDS:
        return None  # "the group" stands for any group named before, "Islamic State group" or not

    def member(r: ActorRef) -> str:
        if len(r.text.split()) > 1:
            return _member_word(r.text)
        after = re.match(r"\s([\w'’-]+)", text[r.end or 0 : (r.end or 0) + 30])
        return _member_word(after.group(1)) if after else ""

    named = [r for r in groups if (r.end or 0) <= pos and member(r) == word]
    return named[-1] if word and named else None


# a part of a group told by who leads it: "a faction of the TTP led by X", "a splinter group led by X"
_LED_FACTION = re.compile(r"\b(?:[Aa]|[Tt]he|[Oo]ne|[Aa]nother)\s+(?:(?:breakaway|splinter|rival|dissident)\s+)?(?:faction|splinter\s+group|wing|breakaway\s+group)"
                          r"(?:\s+of\s+(?:the\s+)?[^.;,]{1,60}?)?,?\s+led\s+by\s+(?:(?:the\s+)?(?:militant\s+|veteran\s+)?commander\s+)?"
                          r"(?P<leader>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|al-[\w'’-]+|bin|ibn|ul|ud|e)){0,4})")
_FACTION_WORDS = ("group", "faction", "network")

_GLOSS_START = re.compile(r"\s*[(\[]\s*")
# "Turkish-backed", "Kurdish-led": who backs or leads the forces named next
_PATRON_BEFORE = re.compile(r"\b(?P<who>[A-Z][\w.'’]*)[-‐](?P<how>backed|led|allied|aligned|sponsored|supported|funded)\s+$")
# "his forces", "her fighters": a man's own side
_HIS = re.compile(r"\b(?:his|her|its)\s+(?:own\s+)?$", re.I)  # (not "their": "the military and the alliance agreed to separate their forces")
_SENTENCE_BREAK = re.compile(r"[.!?](?:\s|$)")
_GLOSS_END = re.compile(r"\s*[)\]]\s?")
# what a band looked like, not who it was: "men dressed as soldiers", "posing as policemen", "wearing army uniforms"
DISGUISED_AS = re.compile(r"\b(?:dressed|disguised|posing|masquerading|passing\s+(?:him|them)sel(?:f|ves)\s+off)\s+as\s+"
                           r"(?:(?:an?|the)\s+)?(?:[\w-]+\s+)?$|\bin\s+the\s+guise\s+of\s+(?:an?\s+)?(?:[\w-]+\s+)?$", re.I)
_DRESS_AFTER = re.compile(r"[\s-]+(?:style\s+)?(?:uniforms?|fatigues|garb|attire|clothing|clothes|camouflage|insignia)\b", re.I)


def _drop_nested(refs: list[ActorRef]) -> list[ActorRef]:
    """Keep the outermost mention where spans overlap (a KB name over a generic noun inside it)."""
    out: list[ActorRef] = []
    for r in refs:
        if out and r.start is not None and out[-1].end is not None and r.start < out[-1].end:
            if (out[-1].actor_id is None) and r.actor_id is not None and (r.end or 0) >= (out[-1].end or 0):
                out[-1] = r
            continue
        out.append(r)
    return out

