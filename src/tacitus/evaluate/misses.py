"""The errors a developer reads: missed gold events and false positives, with their sentence.

Worst first: a missed event ranks above any false positive (recall is what analysts lose
silently), missed events by their death toll, false positives by the confidence the
pipeline gave them (a confident mistake is the one to fix first).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tacitus.evaluate.gold import GoldEvent
from tacitus.evaluate.predictions import PredEvent

MAX_SENTENCE = 300
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n\s*\n")


@dataclass(frozen=True, slots=True)
class Miss:
    kind: str  # "missed" (a gold event nothing matched) or "false_positive"
    dataset: str
    doc_id: str
    event_type: str
    severity: float
    sentence: str
    detail: str = ""


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence(s) holding ``text[start:end]``, on one line, cut to 300 characters."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, max(0, start))), default=0)
    right_match = _SENTENCE_END.search(text, max(end, start))
    right = right_match.end() if right_match else len(text)
    sentence = " ".join(text[left:right].split())
    return sentence if len(sentence) <= MAX_SENTENCE else sentence[: MAX_SENTENCE - 1] + "…"


def gold_anchor(gold: GoldEvent, text: str) -> tuple[int, int] | None:
    """Where the text states a gold event: its evidence, else the first of its argument
    strings found in the text (MUC-4 keys have no offsets, only string fills)."""
    if gold.evidence:
        return gold.evidence[0]
    loc = gold.location
    strings = [*(loc.names if loc else ()), *(s for e in gold.targets or () for s in e),
               *(s for e in gold.perpetrators or () for s in e)]
    folded = text.casefold()
    for s in strings:
        at = folded.find(s.casefold())
        if s.strip() and at >= 0:
            return at, at + len(s)
    return None


def missed_event(gold: GoldEvent, text: str, dataset: str, doc_id: str) -> Miss:
    anchor = gold_anchor(gold, text)
    sentence = sentence_around(text, *anchor) if anchor else sentence_around(text, 0, 0)
    toll = gold.fatalities or 0
    perps = "; ".join(e[0] for e in gold.perpetrators or ())
    detail = ", ".join(x for x in (f"fatalities {gold.fatalities}" if gold.fatalities else "",
                                   f"perpetrators {perps}" if perps else "") if x)
    return Miss("missed", dataset, doc_id, "/".join(gold.event_type), 1.0 + toll / (toll + 10), sentence, detail)


def false_positive(pred: PredEvent, text: str, dataset: str, doc_id: str) -> Miss:
    span = pred.evidence or (0, 0)
    return Miss("false_positive", dataset, doc_id, pred.event_type, min(1.0, pred.confidence),
                sentence_around(text, *span), f"confidence {pred.confidence:.2f}")
