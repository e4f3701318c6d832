"""Personal names: given names, titles and particles, and a surname's full name in an article.

In an all-capitals wire ("GUNMEN KILLED JUDGE MARIA DIAZ") a surname that is also a dictionary
word ("DIAZ", "ROSA", "CARLOS") cannot be told from English by its case; a given name before it
can. :data:`GIVEN_NAMES` joins the geocoder's list (``tacitus.geo.given_names``, names that are
also places) with frequent given names of Spanish, Portuguese, Arabic, Persian, Turkish, South
Asian and African usage that conflict reporting meets often. Lower case, ASCII-folded.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tacitus.geo.given_names import GIVEN_NAMES as _PLACE_LIKE

_MORE = """
    adolfo agustin alberto alejandro alfonso alfredo alicia alonso alvaro amparo andres angel angela
    anibal antonio armando arturo augusto aurelio beatriz benito bernardo blanca camilo candelaria
    carmen catalina cecilia cesar concepcion consuelo cristina cristobal dario diego domingo edgar
    efrain elena eliseo elvira emilio enrique ernesto esteban eugenio ezequiel fabio facundo
    federico felipe fidel flor gerardo german gilberto gloria gonzalo graciela guadalupe guillermo
    gustavo hector heriberto hernan hernando horacio humberto ignacio ines isidro jaime jairo javier
    jesus joaquin jorge julio leonardo leonel leonor lucia luz manuela marcela marco marcos
    margarita mariano mario marta martha matias mauricio mercedes miguel milagros nelson nestor
    nicolas octavio orlando osvaldo pilar ramiro ramon raul reinaldo rigoberto roberto rodolfo
    rodrigo rogelio rosa rosario ruben salvador santiago sergio silvia socorro tomas ulises
    valentin vicente wilson ximena yolanda
    abdel abdelaziz abdallah abdulrahman abu adel ahmad ahmed amin amina amir anwar ayman bashir
    fadi farid faris fatima habib hamza hani hassan hossein hussein ibrahim ismail jamal karim
    khaled khalid leila mahmoud majid malik mansour marwan mohamed mohammad mohammed mostafa
    mustafa nabil nasser omar rashid reza saad said salah salem sami samir tariq walid yasser
    youssef yusuf zainab zaid
    abubakar aliyu amadou ibrahima mamadou moussa oumar ousmane seydou yaya kofi kwame musa
    joao jose maria francisco paulo pedro ricardo sebastiao thiago
"""

GIVEN_NAMES: frozenset[str] = frozenset(_PLACE_LIKE) | frozenset(_MORE.split())

# Particles inside a name ("Angela de Guerrero", "Maria del Carmen Perez").
NAME_PARTICLES = frozenset(["de", "del", "la", "las", "los", "y", "da", "das", "do", "dos", "van", "von", "der", "bin", "ibn", "ben"])
# Words that stand before a name and are no part of it ("General Gustavo Alvarez", "Msgr Romero").
TITLES = frozenset(["general", "colonel", "lieutenant", "captain", "major", "sergeant", "corporal", "commander", "admiral", "brigadier",
                    "marshal", "monsignor", "father", "bishop", "archbishop", "cardinal", "reverend", "sister", "brother", "doctor",
                    "professor", "senator", "deputy", "congressman", "congresswoman", "councilman", "judge", "magistrate", "mayor",
                    "governor", "president", "minister", "ambassador", "consul", "attorney", "chief", "inspector", "superintendent",
                    "sheikh", "imam", "former", "late", "comrade", "citizen", "mr", "mrs", "ms", "miss", "sir", "don", "dona", "doña"])

TITLE_ABBREVIATIONS = frozenset(["mr", "mrs", "ms", "dr", "gen", "col", "lt", "maj", "capt", "sgt", "msgr", "fr", "rev", "sen", "rep",
                                 "gov", "pres", "cmdr", "adm", "brig", "cpl", "pvt", "insp", "supt"])
_NAME_WORD = r"[^\W\d_][\w'’-]*"


def full_name(text: str, surface: str, common: Iterable[str]) -> str | None:
    """The longest personal name in ``text`` that ends with ``surface`` ("Quintero" → "Waldemar
    Franklin Quintero"): the words before it must be names, not ordinary English ("mayor",
    "the") nor titles ("Col."), and capitalised unless the text is in one case. None when the
    article never gives more than ``surface``."""
    words = surface.split()
    if not words or len(words) > 3 or not text:
        return None
    mixed = text != text.upper() and text != text.lower()
    common_set = common if isinstance(common, (set, frozenset)) else frozenset(common)
    tail = r"\s+".join(re.escape(w) for w in words)
    pattern = re.compile(rf"((?:{_NAME_WORD}\s+){{1,4}}){tail}\b(?:[ \t]+({_NAME_WORD}))?", 0 if mixed else re.IGNORECASE)

    def is_name(w: str) -> bool:
        low = w.lower().strip("'’-")
        if low in TITLE_ABBREVIATIONS or low in TITLES or (mixed and not w[0].isupper()) or w.endswith(("'s", "’s")) or _AGE_WORD.match(low):
            return False
        # a given name is a name even where the dictionary lists it too ("CARLOS", "OSCAR" in a capitals wire),
        # unless it is also a word of reporting that often stands before a name ("police SAID Quintero")
        return not _ordinary(low, common_set) or (low in GIVEN_NAMES and low not in _REPORTING_WORDS)

    def bridged(before: list[str]) -> int:
        """How many words at the end of ``before`` a given name opens although the dictionary lists some of
        them ("CARLOS VALENCIA", "HECTOR JIMENEZ": surnames that are words too, in a capitals wire): 0 where
        no given name stands two words or fewer before the surname, or a word between is a title, a word
        of reporting or a function word."""
        for k in (1, 2):
            if len(before) <= k:
                break
            opener, between = before[-k - 1], before[-k:]
            if opener.lower() in GIVEN_NAMES and opener.lower() not in _REPORTING_WORDS and (mixed or opener == opener.upper()) \
                    and all(w.lower() not in TITLES and w.lower() not in _REPORTING_WORDS and w.lower() not in _FUNCTION_WORDS
                            and not w.endswith(("'s", "’s")) and (w[0].isupper() or not mixed) for w in between):
                return k + 1
        return 0

    best: list[str] = []
    for m in pattern.finditer(text):
        kept: list[str] = []
        before = m.group(1).split()
        while before:
            w = before[-1]
            if is_name(w):
                kept.insert(0, before.pop())
                continue
            k = bridged(before)
            if not k:
                break
            kept[:0] = before[-k:]
            del before[-k:]
        if not kept:
            continue
        # a second surname after the one the article repeats ("Alvaro Diego Montoya Escobar")
        after = [m.group(2)] if m.group(2) and is_name(m.group(2)) and len(kept) >= 1 else []
        if len(kept) + len(after) > len(best):
            best = [*kept, *words, *after]
    if not best:
        return None
    return " ".join(best)


_AGE_WORD = re.compile(r"(?:year|month)s?-old$")  # "53-YEAR-OLD" is no name, though the dictionary lacks it
_REPORTING_WORDS = frozenset(["said", "says", "told", "added", "asked"])
# Words no surname is: a given name two words before a surname opens the name only across other words
_FUNCTION_WORDS = frozenset(["the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "by", "for", "with", "from", "was", "were", "is",
                             "are", "has", "had", "have", "who", "which", "that", "when", "after", "before", "as", "but", "not"])


def _ordinary(word: str, common: frozenset[str] | set[str]) -> bool:
    """An English word, inflected or not ("killed", "photographers", "including")."""
    forms = {word}
    for suffix, repl in (("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("ers", ""), ("ers", "e")):
        # ("died": the past of a three-letter verb is as short as its ending allows)
        if word.endswith(suffix) and len(word) > len(suffix) + (1 if repl == "e" else 2):
            forms.add(word[: -len(suffix)] + repl)
    return any(f in common for f in forms)
