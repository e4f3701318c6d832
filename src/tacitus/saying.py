"""Verbs of saying: the words by which news attributes what it tells.

Several stages need to know that a stretch of text is someone's statement rather than the
event itself: a date after "said" dates the saying ("police said on Saturday"), a place after
"told reporters in" is where the news was given, the subject of "said" is a speaker and no
doer, and "the group said it had killed 15" is the doer's own account. They share this one
alternation, each adding only what its own purpose needs.
"""

from __future__ import annotations

# Forms of the verbs as regular-expression alternations (no groups, no word boundaries: callers
# wrap them). "told" is left out because it takes an object ("told reporters"), which each caller
# handles in its own way. The present forms are kept apart because several are also nouns ("member
# states in the region", "reports in the capital"), which a caller reading the words before a place
# must not take for a statement.
SAID_PAST = (r"said|stated|announced|added|reported|confirmed|claimed|denied|declared|noted|explained|indicated|"
             r"disclosed|revealed|alleged|warned|insisted|acknowledged")
SAID_PRESENT = r"says|say|states|announces|adds|reports|confirms|claims|denies|declares"
SAID = f"{SAID_PAST}|{SAID_PRESENT}"
# The verbs by which a party gives its own account as true: not denials, warnings or allegations
# ("the group said it had killed 15 soldiers").
AFFIRMED = r"said|says|stated|announced|claimed|claims|confirmed|added|reported"


def said_on(verbs: str = SAID) -> str:
    """The words just before a date that make it the day of a statement, as a pattern anchored at the
    date ("police said on Saturday", "the ministry said in a statement late on Sunday", "said in a statement
    read on its radio station on Monday"), over the verbs
    ``verbs`` (an alternation; "told" is always allowed)."""
    return (rf"\b(?:{verbs}|told\s+(?:\w+\s+){{0,2}}?)\s+(?:in\s+a\s+statement\s+(?:[\w'’-]+\s+){{0,6}}?)?(?:(?:late|early)\s+)?(?:on\s+|in\s+|at\s+)?$"
            # "a communique read on this station on Tuesday evening said …": the day the statement was given out
            r"|\b(?:statement|communiqu[eé]|bulletin|announcement)\s+(?:was\s+)?(?:read|issued|released|published|broadcast|aired)\s+"
            r"(?:[\w'’-]+\s+){0,5}?(?:(?:late|early)\s+)?(?:on\s+|in\s+|at\s+)?$")
