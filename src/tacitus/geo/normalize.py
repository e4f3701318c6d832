"""Name normalisation shared by the gazetteer build and its lookups.

One function decides what "the same name" means: :func:`name_key`. It folds case and
accents, drops apostrophes, treats hyphens, dots and spaces alike, strips a leading "the",
expands "St."/"Mt."/"Ft." and finally removes all spaces, so that "Deir ez-Zor",
"DEIR EZ ZOR" and "Deïr ez Zor" share the key ``deirezzor``. :func:`article_variant` gives
the key without a leading Arabic article ("al-Fashir" → ``fashir``), which the gazetteer
stores and queries as a weaker, second-rank match.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters NFKD does not decompose into an ASCII base letter plus marks.
_SPECIAL = str.maketrans(
    {
        "ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d",
        "Ð": "D", "þ": "th", "Þ": "Th", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe",
        "Œ": "Oe", "ħ": "h", "Ħ": "H", "ŧ": "t", "ŋ": "ng", "ə": "e", "Ə": "E", "ɛ": "e",
        "ɔ": "o", "ƒ": "f", "ʒ": "z", "ſ": "s",
    }
)  # fmt: skip

# Apostrophe-like marks vanish ("Ma'rib" = "Marib", "Qal‘at" = "Qalat").
_APOSTROPHES = re.compile(r"['’‘`´ʻʼʾʿ′\u02bb\u02bc]")
# Everything that is not a letter or digit separates tokens.
_SEPARATORS = re.compile(r"[^0-9a-z]+")

# Leading Arabic articles and their sun-letter forms ("ar-Raqqah", "as-Sulaymaniyah").
ARTICLES = frozenset(
    {"al", "el", "ar", "as", "ad", "ash", "az", "an", "at", "ath", "ed", "er", "es", "ez"}
)

_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}


def fold(text: str) -> str:
    """Lower-case ASCII-ish form: accents, special letters and apostrophes removed."""
    if text.isascii():  # the same result, three times faster: nothing to translate or decompose
        return _APOSTROPHES.sub("", text).lower()
    text = _APOSTROPHES.sub("", text.translate(_SPECIAL))
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def tokens(text: str) -> list[str]:
    """Folded tokens, with the leading "the" dropped and common abbreviations expanded."""
    parts = [p for p in _SEPARATORS.split(fold(text)) if p]
    if len(parts) > 1 and parts[0] == "the":
        parts = parts[1:]
    return [_ABBREVIATIONS.get(p, p) for p in parts]


@lru_cache(maxsize=200_000)
def name_key(text: str) -> str:
    """The lookup key of a name: folded tokens joined without spaces ("" if none)."""
    return "".join(tokens(text))


@lru_cache(maxsize=200_000)
def article_variant(text: str) -> str | None:
    """The key without a leading article ("al-Hudaydah" → ``hudaydah``), else None."""
    parts = tokens(text)
    if len(parts) > 1 and parts[0] in ARTICLES:
        return "".join(parts[1:])
    return None


@lru_cache(maxsize=4096)
def _is_latin_char(char: str) -> bool:
    return "LATIN" in unicodedata.name(char, "")


def is_latin(text: str) -> bool:
    """True when every letter of ``text`` is a Latin-script letter (digits, marks allowed)."""
    return all(_is_latin_char(c) for c in text if c.isalpha())


def is_useful_alternate(name: str) -> bool:
    """Whether a GeoNames alternate name is worth indexing.

    GeoNames' alternate names mix real exonyms with noise: airport codes ("GAQ", "MIU"),
    machine transliterations written all in lower case ("maydwghwry", "jia ao"), one-syllable
    Chinese short forms ("Chen" for Chenzhou) that collide with surnames, and names in other
    scripts. We keep Latin-script names of four letters or more that carry a capital letter
    and are not all-capital codes of four letters or fewer.
    """
    stripped = name.strip()
    if not is_latin(stripped) or not any(c.isupper() for c in stripped):
        return False
    letters = [c for c in stripped if c.isalpha()]
    if len(letters) < 4:
        return False
    return not (len(letters) <= 4 and stripped.isupper())


def unique_names(names: list[str]) -> list[str]:
    """Names in first-seen order with exact duplicates removed."""
    return list(dict.fromkeys(n.strip() for n in names if n and n.strip()))


def ascii_form(text: str) -> str:
    """The name in plain ASCII letters, case kept ("Ménaka" → "Menaka", "Tikrīt" → "Tikrit")."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# How a name matched a record, best first; the gazetteer stores the best per (key, record).
PRIMARY = 0  # the record's own name (or its ASCII form)
ALTERNATE = 1  # one of its alternate names
VARIANT = 2  # a name with its leading article dropped ("El-Hodeidah" → Hodeidah)


def record_keys(primary: list[str], alternates: list[str]) -> dict[str, int]:
    """Every lookup key of a record with the best way (PRIMARY/ALTERNATE/VARIANT) it matches."""
    out: dict[str, int] = {}

    def add(key: str | None, how: int) -> None:
        if key and len(key) >= 2 and out.get(key, VARIANT + 1) > how:
            out[key] = how

    for how, names in ((PRIMARY, primary), (ALTERNATE, alternates)):
        for name in names:
            add(name_key(name), how)
            add(article_variant(name), VARIANT)
    return out


def demonym_forms(demonym: str) -> list[str]:
    """A demonym and its plural where the plural adds an s ("Iraqi" → "Iraqis"; "Sudanese")."""
    if demonym.endswith(("s", "ese", "ch", "sh")):
        return [demonym]
    return [demonym, demonym + "s"]
