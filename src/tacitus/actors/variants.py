"""Word-order variants of translated group names, and the other unit words of units named after a person, generated
when the knowledge base loads.

English wires translate Spanish, French, Portuguese and Arabic names word for word, so one group
is printed in two orders: "Ejército de Liberación Nacional" is the "National Liberation Army" and
the "Army of National Liberation"; the "Revolutionary Armed Forces of Colombia" are also the
"Colombian Revolutionary Armed Forces". :func:`word_order_variants` makes the other order of one
name; :func:`add_word_order_variants` gives them to the groups of a knowledge base, keeping only
variants no other actor, state or country is called.

A variant is made only when it is safe:
- the name ends in (or, before "of", has) an organisation noun: Army, Front, Forces, Movement…;
- the words moved across "of" are two or more modifier words from a closed list, the last a noun
  ("National Liberation", not "Liberation" alone, nor the adjective "People's Revolutionary");
- a country moves only between "of <country>" and its demonym, around two or more words;
- the result is not a state's forces in other words ("Colombian National Army").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from tacitus.actors.normalize import key
from tacitus.geo.given_names import GIVEN_NAMES
from tacitus.model import ActorKind

if TYPE_CHECKING:
    from tacitus.actors.kb import Country, KnowledgeBase

# Organisation nouns that head a group's name.
HEADS = frozenset({
    "army", "armies", "front", "movement", "forces", "force", "command", "commands", "union", "council",
    "brigade", "brigades", "party", "alliance", "organization", "organisation", "group", "groups", "league",
    "coalition", "committee", "units", "battalion", "battalions", "militia", "militias", "federation",
    "unity", "commando", "commandos", "nuclei", "cells",
})
# Words that belong to the head when they stand just before it ("Armed Forces", "Self-Defense Forces").
HEAD_PREFIXES = frozenset({"armed", "self-defense", "self-defence"})
# Modifier nouns: a run moved behind "of" must end in one ("Army of National Liberation").
NOUNS = frozenset({
    "liberation", "resistance", "salvation", "unity", "defense", "defence", "independence", "revolution",
    "struggle", "justice", "freedom", "solidarity", "reconciliation", "renewal", "change", "democracy",
    "emancipation", "reconstruction", "restoration", "self-determination", "sovereignty", "action",
    "liberty", "insurgency", "redemption", "integration",
})
# Modifier adjectives: may lead a run ("Popular Liberation"), never end one.
ADJECTIVES = frozenset({
    "national", "popular", "revolutionary", "patriotic", "democratic", "peoples", "socialist", "communist",
    "islamic", "united", "unified", "independent", "nationalist", "marxist", "leninist", "maoist", "workers",
    "proletarian", "indigenous", "peasant", "anti-imperialist", "anticommunist", "anti-communist", "secret",
    "free", "armed", "republican", "federal", "popular-revolutionary", "urban", "rural", "anti-fascist",
})
MODIFIERS = NOUNS | ADJECTIVES
# "for" reads as naturally as "of" before these ("Front for National Liberation").
FOR_NOUNS = frozenset({
    "liberation", "salvation", "defense", "defence", "independence", "freedom", "emancipation", "democracy",
    "justice", "change", "unity", "self-determination", "reconstruction", "restoration", "renewal", "sovereignty",
})
# Words a state's forces are named with: a variant made only of these (and a country) is the state's.
STATE_WORDS = frozenset({
    "national", "army", "armed", "forces", "force", "military", "police", "security", "defense", "defence",
    "self-defense", "self-defence", "government", "guard", "republic", "republican", "royal", "federal",
    "peoples", "popular", "special", "border", "navy", "naval", "air", "troops", "civil", "unity", "united",
})
_LINKS = frozenset({"of", "for"})


@dataclass(frozen=True, slots=True)
class _CountryForms:
    demonyms_of: dict[str, tuple[str, ...]]  # lower-case country name → its demonyms as written
    country_of: dict[str, str]  # demonym as written → country name


@lru_cache(maxsize=8)
def _country_forms(countries: tuple[Country, ...]) -> _CountryForms:
    # An all-caps "demonym" ("DRC") is an abbreviation of the country, not an adjective.
    demonyms_of = {c.name.lower(): tuple(d for d in c.demonyms if not d.isupper()) for c in countries}
    country_of = {d: c.name for c in countries for d in c.demonyms if not d.isupper()}
    return _CountryForms(demonyms_of, country_of)


def _norm(word: str) -> str:
    return word.lower().replace("'", "").replace("’", "")


def _head_len(words: Sequence[str]) -> int:
    """How many words at the end of ``words`` make the organisation head (0: none)."""
    if not words or _norm(words[-1]) not in HEADS:
        return 0
    return 2 if len(words) > 1 and _norm(words[-2]) in HEAD_PREFIXES else 1


def _modifier_run(words: Sequence[str]) -> int:
    """Length of the longest run of modifier words ending ``words``."""
    n = 0
    while n < len(words) and _norm(words[len(words) - 1 - n]) in MODIFIERS:
        n += 1
    return n


def _movable(mods: Sequence[str]) -> bool:
    return len(mods) >= 2 and _norm(mods[-1]) in NOUNS and all(_norm(w) in MODIFIERS for w in mods)


def _links_for(mods: Sequence[str]) -> tuple[str, ...]:
    return ("of", "for") if _norm(mods[-1]) in FOR_NOUNS else ("of",)


def _head_first(words: list[str]) -> list[str]:
    """ "[P] National Liberation Front" → "[P] Front of/for National Liberation"."""
    h = _head_len(words)
    if not h:
        return []
    rest, head = words[:-h], words[-h:]
    run = _modifier_run(rest)
    mods, prefix = rest[len(rest) - run :], rest[: len(rest) - run]
    if not _movable(mods):
        return []
    return [" ".join([*prefix, *head, link, *mods]) for link in _links_for(mods)]


def _head_last(words: list[str]) -> list[str]:
    """ "[P] Army of National Liberation" → "[P] National Liberation Army"."""
    for i, word in enumerate(words):
        if word.lower() in _LINKS and _head_len(words[:i]):
            mods = [w for w in words[i + 1 :] if w.lower() != "the"]
            if _movable(mods):
                return [" ".join(_insert_before_head(words[:i], mods))]
            return []
    return []


def _insert_before_head(front: list[str], mods: list[str]) -> list[str]:
    h = _head_len(front)
    return [*front[:-h], *mods, *front[-h:]]


def _core_ok(core: Sequence[str]) -> bool:
    """Two or more words, an organisation head, the others modifiers, and not all of them a state's."""
    h = _head_len(core)
    if not h or len(core) < 2:
        return False
    if not all(_norm(w) in MODIFIERS for w in core[:-h]):
        return False
    return not all(_norm(w) in STATE_WORDS for w in core)


def _country_moves(words: list[str], forms: _CountryForms) -> list[str]:
    """ "Revolutionary Armed Forces of Colombia" ↔ "Colombian Revolutionary Armed Forces"."""
    out: list[str] = []
    for i, word in enumerate(words):
        if word.lower() != "of":
            continue
        tail = words[i + 1 :]
        if tail and tail[0].lower() == "the":
            tail = tail[1:]
        demonyms = forms.demonyms_of.get(" ".join(tail).lower())
        if demonyms and _core_ok(words[:i]):
            out += [" ".join([d, *words[:i]]) for d in demonyms]
    if words and words[0] in forms.country_of and _core_ok(words[1:]):
        out.append(" ".join([*words[1:], "of", forms.country_of[words[0]]]))
    return out


def _state_like(variant: str, forms: _CountryForms) -> bool:
    words = [w for w in variant.split() if w.lower() not in _LINKS | {"the"} and w not in forms.country_of]
    names = f" {' '.join(words).lower()} "
    for country in forms.demonyms_of:
        names = names.replace(f" {country} ", " ")
    return all(_norm(w) in STATE_WORDS for w in names.split())


def word_order_variants(name: str, countries: Iterable[Country] = ()) -> list[str]:
    """The other word orders in which the press prints ``name``; empty where none is safe."""
    if any(ch in name for ch in "()[]/,"):
        return []  # a display name with a disambiguator, or a list
    words = name.split()
    if len(words) < 3:
        return []
    forms = _country_forms(tuple(countries))
    made = _head_first(words) + _head_last(words) + _country_moves(words, forms)
    out: list[str] = []
    for v in made:
        if key(v) != key(name) and v not in out and len(v.split()) >= 3 and not _state_like(v, forms):
            out.append(v)
    return out


# the words the press uses interchangeably for a unit named after a person ("the Jaime Martinez front", "the Jaime
# Martinez column"): FARC dissident fronts and mobile columns, the blocs of the old paramilitaries
UNIT_WORDS = ("Mobile Column", "Column", "Front", "Bloc")


def unit_variants(name: str) -> list[str]:
    """The other unit words of a unit named after a person ("Jaime Martinez Mobile Column" is also written "Jaime
    Martinez Front"); none where the words before the unit word are no person's name ("Popular Front", "Levant
    Conquest Front", "Central Bolivar Bloc")."""
    for unit in UNIT_WORDS:
        if not name.endswith(" " + unit):
            continue
        base = name[: -len(unit) - 1].split()
        # (a person's name: a given name first, then capitalised words that are no modifiers)
        if len(base) < 2 or base[0].lower() not in GIVEN_NAMES or any(w.lower() in MODIFIERS | HEADS or not w[:1].isupper() for w in base):
            return []
        return [f"{' '.join(base)} {other}" for other in UNIT_WORDS if other != unit]
    return []


def add_word_order_variants(kb: KnowledgeBase) -> None:
    """Give every group of ``kb`` the variants of its names when none names another actor, state or country.

    People and state forces get none (a state's "Army of Colombia" is the military's own name). A
    variant two actors would both get is kept only when it comes from a name they already share.
    """
    curated = kb.by_key
    countries = tuple(kb.countries.values())
    sources: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    written: dict[tuple[str, str], str] = {}
    for entry in kb.entries.values():
        if entry.kind in (ActorKind.STATE_FORCES, ActorKind.PERSON):
            continue
        for name in entry.names():
            made = [(v, key(v)) for v in (*word_order_variants(name, countries), *unit_variants(name))]
            if any(vk in kb.demonyms or set(curated.get(vk, ())) - {entry.id} for _, vk in made):
                continue  # one order of this name is another actor's (or a country's): every order is doubtful
            for variant, vk in made:
                if vk in curated:
                    continue
                sources[vk][entry.id].add(key(name))
                written.setdefault((entry.id, vk), variant)
    gained: dict[str, list[str]] = defaultdict(list)
    for vk, by_actor in sources.items():
        if set.intersection(*by_actor.values()):
            for actor_id in by_actor:
                gained[actor_id].append(written[(actor_id, vk)])
    for actor_id, variants in gained.items():
        kb.update(replace(kb.entries[actor_id], variants=tuple(variants)))
