"""Find knowledge-base names in text: a token trie over normalised aliases.

Matching is on folded tokens, so case, accents, apostrophes and hyphens do not matter, and
"the" is ignored on both sides ("the Islamic State" = "Islamic State"; "the Sunni group for
preaching and the jihad" = the translation "Sunni Group for Preaching and Jihad"). Case does
matter for short abbreviations in mixed-case text: "IS" is the group, "is" a verb.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from tacitus.actors.kb import KnowledgeBase
from tacitus.actors.normalize import key
from tacitus.actors.variants import HEADS

_TOKEN = re.compile(r"\w+(?:['’]\w+)*")
_IGNORED = {"the"}
_GAP = re.compile(r"[\s\-‑–.'’/&]{0,3}(?:the\s+)?$", re.I)
# The places where an ALL-CAPS abbreviation that is also a dictionary word names a group.
_AFTER_THE = re.compile(r"\bthe\s+$", re.I)
_GROUP_WORDS = (r"(?:guerrillas?|guerillas?|rebels?|members?|militants?|fighters?|commandos?|units?|fronts?|terrorists?|insurgents?|"
                r"groups?|organi[sz]ations?|leaders?|leadership|command|columns?|cells?|forces|spokesm[ae]n|militias?|gunmen|squads?|"
                r"attacks?|offensive|bombings?|dissidents?|factions?|cadres?)")
_MEMBERS_AFTER = re.compile(rf"\s+{_GROUP_WORDS}\b", re.I)
_MEMBERS_BEFORE = re.compile(rf"\b{_GROUP_WORDS}\s+(?:of\s+)?(?:the\s+)?$", re.I)
# Hyphen-attached Arabic article forms map to "al" ("ash-Shabaab" = "al-Shabaab").
_ARTICLES = {"el", "ad", "ash", "as", "an", "ar", "at", "az", "adh", "ath", "ul", "al"}


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    norm: str
    possessive: bool = False  # "Haram's": the name may end before the apostrophe

    @property
    def stem(self) -> str:
        """The token without its possessive ending ("harams" → "haram")."""
        return self.norm[:-1] if self.possessive else self.norm


@dataclass(frozen=True, slots=True)
class NameMatch:
    start: int
    end: int
    text: str
    ids: tuple[str, ...]
    alias_key: str


def _fold_token(tok: str) -> str:
    tok = unicodedata.normalize("NFKD", tok)
    tok = "".join(ch for ch in tok if not unicodedata.combining(ch))
    return tok.lower().replace("'", "").replace("’", "")


def tokenize(text: str) -> list[Token]:
    """Folded word tokens with offsets; "the" dropped; hyphenated Arabic articles unified."""
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        norm = _fold_token(m.group())
        if norm in _IGNORED:
            continue
        if norm in _ARTICLES and text[m.end() : m.end() + 1] in "-‑–":
            norm = "al"
        word = m.group()
        out.append(Token(m.start(), m.end(), norm, len(word) > 3 and word[-2:].lower() in ("'s", "’s")))
    return out


@lru_cache(maxsize=256)
def text_case(text: str) -> str:
    """'upper' for ALL-CAPS wire text, 'lower' for lower-cased scrapes, else 'mixed' (pure, and asked
    of one article by several stages: cached)."""
    letters = [c for c in text[:20000] if c.isalpha()]
    if not letters:
        return "mixed"
    upper = sum(c.isupper() for c in letters) / len(letters)
    if upper > 0.7:
        return "upper"
    if upper < 0.01:
        return "lower"
    return "mixed"


class NameMatcher:
    """Longest-match, non-overlapping search for every name in a knowledge base."""

    def __init__(self, kb: KnowledgeBase, common_words: Iterable[str] = ()) -> None:
        self._trie: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
        self._abbrev: set[str] = set()  # keys that must match case exactly in mixed-case text
        self._worded: set[str] = set()  # keys some name writes as an ordinary word
        self._common_single: set[str] = set()  # one-word names that are also English words: need capitals
        self._common = {w.lower() for w in common_words}
        self._generated: set[str] = set()  # keys that only a generated word-order variant has
        self.max_len = 1
        for alias_key, raw, translated in self._names(kb):
            toks = tuple(t for t in alias_key.split() if t not in _IGNORED)
            if not toks:
                continue
            if len(toks) == 1 and toks[0] in self._common and not raw.isupper():
                if translated:
                    continue  # a one-word translation that is an ordinary word ("The Base")
                self._common_single.add(alias_key)  # a name that is also a word ("Taliban", "Platform")
            self._trie[toks[0]].append((toks, alias_key))
            self.max_len = max(self.max_len, len(toks))
        # "HAMAS" is an abbreviation only if no name with that key is written as a word ("Hamas")
        self._abbrev -= self._worded
        curated = {key(n) for e in kb.entries.values() for n in (e.name, *e.aliases, *e.translations)}
        self._generated = {key(v) for e in kb.entries.values() for v in e.variants} - curated
        for entries in self._trie.values():
            entries.sort(key=lambda e: -len(e[0]))
        self._kb = kb

    def _names(self, kb: KnowledgeBase) -> Iterable[tuple[str, str, bool]]:
        for entry in kb.entries.values():
            translations = set(entry.translations)
            for name in entry.names():
                k = key(name)
                stripped = name.replace(".", "").replace("-", "")
                if stripped.isupper() and len(stripped) <= 5:
                    self._abbrev.add(k)
                elif not stripped.isupper():
                    self._worded.add(k)
                yield k, name, name in translations and name not in entry.aliases and name != entry.name

    def find(self, text: str, tokens: list[Token] | None = None, case: str | None = None) -> list[NameMatch]:
        toks = tokens if tokens is not None else tokenize(text)
        case = case or text_case(text)
        out: list[NameMatch] = []
        i = 0
        while i < len(toks):
            hit = self._match_at(text, toks, i, case)
            if hit is None:
                i += 1
                continue
            n, alias_key = hit
            last = toks[i + n - 1]
            start = toks[i].start
            # "Boko Haram's leader": the name ends before the possessive unless the name has it ("People's")
            end = last.end - 2 if last.possessive and alias_key.split()[-1] == last.stem else last.end
            out.append(NameMatch(start, end, text[start:end], self._kb.by_key.get(alias_key, ()), alias_key))
            i += n
        return out

    def _match_at(self, text: str, toks: list[Token], i: int, case: str) -> tuple[int, str] | None:
        first = toks[i]
        cands = list(self._trie.get(first.norm, ()))
        if first.possessive:
            # "Hamas's": a one-word name before the possessive; it comes before a one-word name that
            # ends in the possessive's s ("AQI's" is al-Qaeda in Iraq's, not AQIS)
            own = [(c, k) for c, k in self._trie.get(first.stem, ()) if len(c) == 1]
            cands = [x for x in cands if len(x[0]) > 1] + own + [x for x in cands if len(x[0]) == 1]
        for cand, alias_key in cands:
            n = len(cand)
            if i + n > len(toks) or any(toks[i + j].norm != cand[j] for j in range(1, n - 1)):
                continue
            if n > 1 and cand[-1] not in (toks[i + n - 1].norm, toks[i + n - 1].stem):
                continue
            if any(not _GAP.match(text, toks[i + j].end, toks[i + j + 1].start) for j in range(n - 1)):
                continue  # words of a name are adjacent, not split by a clause
            if alias_key in self._generated and i + n < len(toks) and toks[i + n].norm in HEADS:
                continue  # "units of the People's Defence Force": a variant's tail starts another name
            start, end = toks[i].start, toks[i + n - 1].end
            if self._case_ok(text[start:end], alias_key, case) or (case == "upper" and self._abbreviation_in_use(text, start, end, alias_key)):
                return n, alias_key
        return None

    def _abbreviation_in_use(self, text: str, start: int, end: int, alias_key: str) -> bool:
        """In ALL-CAPS wire text an abbreviation that dictionaries also list as a word ("FARC",
        "ETA", "IRA" are in WordNet) is the group where the text uses it as one: in brackets,
        after "the", or beside a word for its members ("FARC GUERRILLAS", "THE ELN")."""
        if alias_key not in self._abbrev or len(alias_key.replace(" ", "")) < 3:
            return False
        bracketed = start > 0 and text[start - 1] in "([" and text[end : end + 1] in (")", "]")
        return bool(bracketed or _AFTER_THE.search(text, max(0, start - 8), start)
                    or _MEMBERS_AFTER.match(text, end) or _MEMBERS_BEFORE.search(text, max(0, start - 24), start))

    def _case_ok(self, surface: str, alias_key: str, case: str) -> bool:
        if alias_key in self._abbrev:
            if case == "mixed":
                return surface.replace(".", "").replace("-", "").isupper() or any(c.isupper() for c in surface[1:])
            # Lower-case and ALL-CAPS text: a two-letter abbreviation is too often a word; one with a digit ("3R") is none.
            return (len(alias_key.replace(" ", "")) > 2 or any(c.isdigit() for c in alias_key)) and alias_key not in self._common
        if case != "mixed":
            return alias_key not in self._common_single  # without capitals, "taliban" is told from a word by nothing
        # In mixed-case text a name is written with at least one capital.
        return any(c.isupper() for c in surface)
