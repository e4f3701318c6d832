"""Name normalisation shared by the knowledge-base index and the matcher.

Transliterations of Arabic names vary in the article ("al-", "el-", "ad-", "ash-"), in
hyphenation and in apostrophes; news spellings of Somali and Arabic names vary in vowels
(Shabaab / Shebab / Shabab). Normalising both sides makes those variants one key.
"""

from __future__ import annotations

import re
import unicodedata

_APOS = re.compile(r"[’‘`´ʼʻʾʿ']")
_NONWORD = re.compile(r"[^\w]+")
# Arabic definite-article forms a transliteration may use before a sun letter.
_ARTICLE = re.compile(r"\b(?:al|el|ad|ash|as|an|ar|at|az|adh|ath|ul)\s+(?=\w)")


def fold(text: str) -> str:
    """Lower case, accents removed, apostrophes dropped, punctuation to single spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _APOS.sub("", text.lower())
    return _NONWORD.sub(" ", text).strip()


def key(text: str) -> str:
    """Matching key: folded, with every Arabic article form unified to ``al``."""
    folded = fold(text)
    folded = _ARTICLE.sub("al ", folded)
    return folded


def skeleton(text: str) -> str:
    """A vowel-light key for fuzzy transliteration matching ("shabaab", "shebab" → "shbb")."""
    k = re.sub(r"\bal ", "", key(text))
    return re.sub(r"[aeiouy]+|(.)(?=\1)", "", k.replace(" ", ""))
