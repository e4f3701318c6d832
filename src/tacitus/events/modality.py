"""What is said about an event: reported, claimed, denied, negated, threatened, called for.

A threat, a call to arms, a plan or a denial uses the same verbs as a report ("attack",
"kill"); the difference is in the words that govern the trigger. These functions read the
spaCy parse of the trigger's sentence and never look at other sentences.
"""

from __future__ import annotations

import re
from typing import Any

from tacitus.events.lexicon import SHARE_NOUNS
from tacitus.model import Modality

_THREAT = {"threaten", "vow", "warn", "promise", "swear", "pledge", "threat"}
_CALL = {"urge", "call", "appeal", "demand", "ask", "encourage", "incite", "exhort", "instruct", "order", "invite"}
_PLAN = {"plan", "intend", "prepare", "plot", "seek", "want", "aim", "hope", "consider", "propose", "mull", "attempt",
         "bid", "effort", "try", "push", "drive", "goal", "objective", "vow", "intention", "ready", "able", "expect",
         "offer", "pledge", "undertake", "willing", "prepared", "proposal", "initiative"}
# plans only as nouns ("a drive to recruit", "a push to retake"): "drove a truck" is no plan
_PLAN_NOUNS = {"drive", "push", "bid", "effort", "goal", "objective", "intention", "proposal", "initiative"}
_DONE = {"carry", "execute", "commit", "perpetrate", "stage"}  # "planned and carried out": the act took place
_DENY = {"deny", "reject", "dismiss", "refute"}
# "refrain from using car bombs", "its decision to stop sabotaging", "ceased bombing pipelines",
# "stopped short of arresting him": the act is said not to take place
_CEASE = {"refrain", "cease", "stop", "suspend", "halt", "renounce", "abandon", "quit", "abstain"}
# "to prevent new attacks", "averted a bombing": the act is kept from taking place
_PREVENT = {"prevent", "avert", "forestall", "preempt", "pre-empt", "deter"}
_CLAIM = {"claim"}
_RUMOUR = {"rumour", "rumor", "hearsay", "speculation"}
_MODALS = {"will", "would", "could", "might", "may", "shall", "should", "can", "must", "'ll"}
_NEG_WORDS = {"no", "not", "n't", "never", "none", "nobody", "without"}
HEDGES = re.compile(r"\b(purportedly|allegedly|reportedly|apparently|unconfirmed|unverified|rumou?red|possibly|suspected)\b", re.I)


def modality_of(token: Any) -> tuple[str, bool]:
    """(modality, negated) of the event whose trigger is ``token`` (a spaCy Token)."""
    negated = _negated(token)
    if any(c.dep_ in ("compound", "amod") and c.lower_.endswith("ing") and c.lemma_.lower().removesuffix("ing") in _PLAN | {"plann", "plott"}
           for c in token.children):
        return Modality.THREATENED, negated  # "responsible for planning attacks": the parse may take the plan word for a noun
    path = [token, *list(token.ancestors)[:4]]
    if token.dep_ == "acl" and token.tag_ == "VBG" and token.i > 0 and token.doc[token.i - 1].text == "," and token.head.pos_ == "NOUN":
        # "repelled an RSF attempt to advance on the city, killing dozens of fighters": a result set off by a comma,
        # hung by the parse from the noun before it, tells what the sentence's act did, not what the noun planned
        path = [token, *[a for a in token.ancestors if a.pos_ in ("VERB", "AUX")][:4]]
    for i, tok in enumerate(path):
        lemma = tok.lemma_.lower()
        if i > 0 or tok.pos_ in ("NOUN",):
            if lemma in _DENY:
                return Modality.DENIED, negated
            if lemma in _CEASE and i > 0 and _ceased(tok, path[i - 1]):
                return Modality.NEGATED, True
            if lemma in _PREVENT and i > 0 and path[i - 1].dep_ in ("dobj", "prep", "pcomp", "xcomp"):
                return Modality.NEGATED, True
            if i > 0 and (lemma in _RUMOUR or any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _RUMOUR for c in tok.children)):
                return Modality.HEDGED, negated  # "after a rumour spread that a youth had been killed": said, not known
            if lemma in _CLAIM or (lemma == "responsibility" and i > 0):
                return Modality.CLAIMED, negated
            if lemma in _CALL and i > 0:
                return Modality.CALLED_FOR, negated
            if lemma in _THREAT and i > 0:
                return Modality.THREATENED, negated
            if lemma in _PLAN and i > 0 and not _attempted(tok) and _plan_over(tok, path[i - 1]) \
                    and not (lemma in _PLAN_NOUNS and tok.pos_ != "NOUN"):
                return Modality.THREATENED, negated  # "attempted to kill" happened: a failed attack
        if tok.pos_ in ("VERB", "AUX"):
            aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
            if aux & _MODALS:
                # "may have been killed": a hedged report of the past, not a hypothesis
                if aux & {"have", "'ve"} and aux & {"may", "might", "could", "must"}:
                    return Modality.HEDGED, negated
                return Modality.HYPOTHETICAL, negated
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "lest") for c in tok.children):
                return Modality.HYPOTHETICAL, negated
            planned = _misparsed_plan(tok)
            if planned is not None:
                return planned, negated
            if any(c.lower_ == "to" and c.dep_ == "aux" for c in tok.children) and i == 0 and tok.dep_ in ("xcomp",) and tok.head.lemma_ in _CALL | _THREAT | _PLAN \
                    and not _attempted(tok.head):
                return Modality.CALLED_FOR, negated
            if tok.dep_ == "advcl" and tok.tag_ == "VB" and all(p.dep_ == "conj" for p in path[:i]) and token.lemma_.lower() in _HARM_INTENDED \
                    and any(c.lower_ == "to" and c.dep_ == "aux" for c in tok.children):
                # "deployed 30,000 troops to intimidate and murder opposition supporters": what an act was for, not
                # what it did
                return Modality.THREATENED, negated
            if i >= 1 and tok.dep_ == "ROOT":
                break
        if i == 0 and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.i > tok.head.i \
                and any(c.dep_ in ("agent", "prep", "npadvmod", "advmod") for c in tok.children) \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in tok.children):
            # "asked them to help free a citizen kidnapped last week by rebels": what was done to him, told
            # after him with its own when, where or by whom, is told as done ("denied executing captured
            # soldiers" still denies the capture)
            break
    return Modality.REPORTED, negated


# harm an act may be told as being for ("sent troops to murder opposition supporters"); not the crowd control or
# arrests that "to disperse", "to arrest" mostly tell as done
_HARM_INTENDED = frozenset({"kill", "murder", "assassinate", "massacre", "exterminate", "eliminate", "execute", "slaughter", "attack",
                            "bomb", "kidnap", "abduct", "burn", "destroy"})


def _misparsed_plan(verb: Any) -> Modality | None:
    """An infinitive the parse made the sentence's root, after a plan or call word it took for a noun ("Residents in
    Bunia plan to march on Friday", parsed "[Bunia plan] to march"): the plan's modality."""
    if verb.dep_ != "ROOT" or verb.tag_ != "VB":
        return None
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to" and c.i == verb.i - 1), None)
    if to is None or to.i == 0:
        return None
    word = verb.doc[to.i - 1].lemma_.lower()
    if word in _CALL:
        return Modality.CALLED_FOR
    return Modality.THREATENED if word in _PLAN | _THREAT else None


def _ceased(verb: Any, below: Any) -> bool:
    """The act is the complement of a verb of ceasing: "refrain from using", "stop sabotaging",
    "stopped short of arresting" (not its subject, and "stopped the attack" is a foiled attack)."""
    if below.dep_ in ("nsubj", "nsubjpass", "csubj", "conj"):
        return False
    if verb.lemma_.lower() in ("stop", "halt"):
        # "stopped the attack" foiled it; "stop its attacks" is the doer's own: it ceases
        own = below.dep_ == "dobj" and any(c.dep_ == "poss" for c in below.children)
        return own or below.dep_ in ("xcomp", "pcomp", "prep", "advmod", "acomp")
    # its object or "from"-complement; not a backdrop ("suspended the talks following the attack")
    return below.dep_ in ("dobj", "xcomp", "pcomp") or (below.dep_ == "prep" and below.lower_ in ("from", "of"))


def _plan_over(plan: Any, below: Any) -> bool:
    """The trigger is what the plan word is about, not the plan's own name: "a recruitment drive" was
    launched (the drive is the recruiting), "a drive to recruit" is still a plan. An act "planned and
    carried out" by someone took place: the plan is told beside its doing."""
    if below.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "conj" and c.lemma_.lower() in _DONE for c in plan.children):
        return False
    return below.dep_ not in ("compound", "amod", "nmod")


def _attempted(tok: Any) -> bool:
    """"attempted to kill": a failed attack took place; "plans to attempt" is still a plan."""
    return bool(tok.lemma_.lower() in ("attempt", "try") and tok.tag_ in ("VBD", "VBN"))


# the share someone had in an act: negated, the act is not theirs (and not news of its own)
_INVOLVEMENT = SHARE_NOUNS | {"involve", "involved", "take", "participate"}


def _negated(token: Any) -> bool:
    """Negation on the trigger, its verb, or a "no" on the victims ("no one was killed")."""
    heads = [token]
    if token.dep_ == "pcomp" and token.head.lower_ == "without":
        return True  # "police withdrew without detaining anyone"
    if token.pos_ != "VERB" and token.head is not token and token.head.pos_ in ("VERB", "AUX"):
        heads.append(token.head)
    if token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.lemma_.lower() in _INVOLVEMENT:
        # "is not involved in the attacks", "took no part in the raid": whoever says it had no share in the act
        heads.append(token.head.head)
        if token.head.head.dep_ == "dobj":
            heads.append(token.head.head.head)
    first = token
    while first.dep_ == "conj" and first.head is not first and first.head.pos_ == first.pos_:
        first = first.head  # "no priest has been imprisoned, murdered or exiled": the first conjunct holds the subject
        heads.append(first)
    for tok in heads:
        for child in tok.children:
            if child.dep_ == "neg":
                return True
            if child.dep_ == "amod" and child.pos_ == "VERB" and any(g.dep_ == "neg" for g in child.children):
                return True  # 'would not be "held hostage"', parsed with the verb as the noun's modifier
            if child.dep_ in ("nsubjpass", "nsubj", "dobj", "det") and child.lower_ in ("no", "none", "nobody", "noone"):
                return True
            if child.dep_ in ("nsubjpass", "nsubj", "dobj") and any(g.lower_ == "no" and g.dep_ == "det" for g in child.children):
                return True
    return False


def hedged(sentence: str, arrest: bool = False, victims: tuple[int, int] | None = None) -> bool:
    """A hedge word doubts the report. In an arrest, "suspected" describes the people held
    ("arrested 12 suspected kidnappers"), not the arrest; so it does the victims ("police killed four suspected
    gang members"), whose span in the sentence ``victims`` gives."""
    def doubts(m: re.Match[str]) -> bool:
        if m.group().lower() != "suspected":
            return True
        if arrest:
            return False
        return victims is None or not victims[0] - 12 <= m.start() < victims[1]
    return any(doubts(m) for m in HEDGES.finditer(sentence))
