"""String comparison for scoring: names equal modulo case, accents, punctuation and articles.

MUC-4 keys are upper case without accents ("FARABUNDO MARTI NATIONAL LIBERATION FRONT"),
WikiEvents keeps the text's own mentions ("the Islamic State"), and our output title-cases
knowledge-base names ("Jama'at Nusrat al-Islam wal-Muslimin"): all three must compare equal to
their obvious variants, and nothing more, for the exact score.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_APOSTROPHES = re.compile(r"['’‘`ʼ]")
_NON_WORD = re.compile(r"[\W_]+")
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
# Words that never carry the head of a name: articles, prepositions, and the particles of
# Spanish, French and Arabic names as the gold writes them ("de", "al").
_FUNCTION_WORDS = frozenset(
    ["the", "a", "an", "of", "and", "in", "on", "at", "for", "to", "by", "with", "from", "de", "del", "la", "el", "los", "las", "le", "les", "du", "des", "y", "et", "al"]
)
HEAD_MIN_LETTERS = 4  # a word this long anywhere in a prediction may carry the head


def fold(text: str) -> str:
    """Case- and accent-insensitive form, punctuation kept (for codes and place names)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def normalize(text: str) -> str:
    """Folded, punctuation to spaces (apostrophes dropped), leading article removed."""
    words = _NON_WORD.sub(" ", _APOSTROPHES.sub("", fold(text))).strip()
    return _LEADING_ARTICLE.sub("", words)


def content_words(text: str) -> list[str]:
    return [w for w in normalize(text).split() if w not in _FUNCTION_WORDS]


def head_word(text: str) -> str | None:
    """The last content word: the head of an English noun phrase ("forces" in "armed forces")."""
    words = content_words(text)
    return words[-1] if words else None


def exact_match(predicted: Iterable[str], acceptable: Iterable[str]) -> bool:
    """Any predicted string equals any acceptable string after :func:`normalize`."""
    wanted = {normalize(s) for s in acceptable} - {""}
    return any(normalize(p) in wanted for p in predicted)


def relaxed_match(predicted: Iterable[str], acceptable: Iterable[str]) -> bool:
    """Exact, or head-word relaxed: the head of an acceptable string is the last content word
    of a predicted string, or any word of at least four letters in it ("Boko Haram fighters"
    holds "haram", the head of "Boko Haram")."""
    predicted = list(predicted)
    acceptable = list(acceptable)
    if exact_match(predicted, acceptable):
        return True
    heads = {h for h in (head_word(s) for s in acceptable) if h}
    for p in predicted:
        words = content_words(p)
        if words and (words[-1] in heads or any(len(w) >= HEAD_MIN_LETTERS and w in heads for w in words)):
            return True
    return False
